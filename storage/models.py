"""The case store's tables, as SQLAlchemy 2 typed models. Every change to them is an Alembic revision."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which keeps no offset) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the case store")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, datetime: UTCDateTime()}


class InboundMessage(Base):
    """A message as it arrived on a channel, stored before it is acknowledged (the durable inbox)."""

    __tablename__ = "inbound_messages"
    __table_args__ = (UniqueConstraint("channel", "source_id", name="uq_inbound_channel_source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # "email" | "slack"
    # Message-ID of an email, "CHANNEL:TS" of a Slack message: what makes a resend a duplicate.
    source_id: Mapped[str] = mapped_column(String(998))
    # Slack's event_id, so that a retried event is recognised even before it is parsed.
    event_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    received_at: Mapped[datetime]
    sender: Mapped[str | None] = mapped_column(String(320))
    sender_name: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    # Email: In-Reply-To and References message ids. Slack: the parent "CHANNEL:THREAD_TS".
    thread_refs: Mapped[list[Any]] = mapped_column(default=list)
    # Where a reply goes: the email address, or the Slack channel and thread.
    reply_to: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Why no reply may be sent (auto-reply, bounce, list mail); stored and marked, never answered.
    auto_reason: Mapped[str | None] = mapped_column(String(64))
    parse_error: Mapped[str | None] = mapped_column(Text)

    # Processing state: pending -> done | ignored, or failed (retried) -> parked after max attempts.
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    processed_at: Mapped[datetime | None]
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    created_at: Mapped[datetime]


class Referral(Base):
    """A filed CME referral: one report, its children and where it stands."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(32), default="received", index=True)
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime]
    language: Mapped[str] = mapped_column(String(8), default="en")

    referrer_name: Mapped[str | None] = mapped_column(String(320))
    referrer_agency: Mapped[str | None] = mapped_column(String(64))
    # The referrer's contact: an email address or a Slack user id.
    referrer_contact: Mapped[str | None] = mapped_column(String(320))
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    risk_indicators: Mapped[list[Any]] = mapped_column(default=list)
    child_protection_concern: Mapped[bool] = mapped_column(Boolean, default=False)
    # Words of the report behind concerns and indicators: [{"value", "start", "end", "confidence"}].
    evidence: Mapped[list[Any]] = mapped_column(default=list)

    # Conversation state: when the referrer was last asked, and whether the one reminder went.
    last_asked_at: Mapped[datetime | None]
    reminder_sent_at: Mapped[datetime | None]

    # Triage (issue 5) fills these.
    priority: Mapped[str | None] = mapped_column(String(16))
    priority_reasons: Mapped[list[Any]] = mapped_column(default=list)
    eligibility: Mapped[str | None] = mapped_column(String(64))
    assigned_to: Mapped[str | None] = mapped_column(String(128))
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    children: Mapped[list[ReferralChild]] = relationship(
        back_populates="referral", order_by="ReferralChild.position", cascade="all, delete-orphan"
    )
    sources: Mapped[list[InboundMessage]] = relationship(order_by="InboundMessage.id", viewonly=True)


class ReferralChild(Base):
    """One child of a referral, with the six fields and the extras, as extracted and merged."""

    __tablename__ = "referral_children"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str | None] = mapped_column(String(320))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    age: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str | None] = mapped_column(Text)
    postcode: Mapped[str | None] = mapped_column(String(16), index=True)
    carer_name: Mapped[str | None] = mapped_column(String(320))
    carer_relationship: Mapped[str | None] = mapped_column(String(32))
    gp_doctor: Mapped[str | None] = mapped_column(String(320))
    gp_practice: Mapped[str | None] = mapped_column(String(320))
    school: Mapped[str | None] = mapped_column(String(320))
    upn: Mapped[str | None] = mapped_column(String(16), index=True)
    # Core fields the referrer does not know: recorded, and not asked again.
    unknown_fields: Mapped[list[Any]] = mapped_column(default=list)
    # Per field: {"message_id", "start", "end", "confidence"} so the AWO's screen can highlight it.
    provenance: Mapped[dict[str, Any]] = mapped_column(default=dict)

    referral: Mapped[Referral] = relationship(back_populates="children")


class ThreadKey(Base):
    """A key by which a later message finds its referral: a Message-ID we sent or got, a Slack thread."""

    __tablename__ = "thread_keys"

    key: Mapped[str] = mapped_column(String(998), primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)


class OutboxMessage(Base):
    """A reply or notification waiting to go out; a relay or Slack that is down delays it, never loses it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "email" | "slack"
    # What it is for (acknowledgement, reminder, awo_notification...), for the audit and the tests.
    purpose: Mapped[str] = mapped_column(String(64))
    # Stops the same reply being queued twice when a message is processed again.
    dedupe_key: Mapped[str] = mapped_column(String(998), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # What the channel said back (the Slack ts of a post), so threads can be followed.
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class AuditEvent(Base):
    """Who did what to which referral, and when. Append only."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(320))  # "system", "email:<addr>", "user:<name>"
    action: Mapped[str] = mapped_column(String(64))
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    inbound_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- The AWO's desk (issue 6): accounts, sign-in sessions, notes, case steps, field corrections. ---


class User(Base):
    """A person who signs in to the web app: an AWO, a manager or an admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(128), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(320))
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id
    role: Mapped[str] = mapped_column(String(16))  # "awo" | "manager" | "admin"
    # Postcode districts an AWO covers ("CF42"); empty for managers and admins.
    areas: Mapped[list[Any]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    last_sign_in_at: Mapped[datetime | None]


class WebSession(Base):
    """A signed-in browser. Only a hash of the cookie's token is kept, so a copied table signs no one in."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class CaseNote(Base):
    """A note an officer writes on a referral."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(128))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class CaseStep(Base):
    """One timestamped step of the CME workflow: assigned, enquiries, home visit, outcome, SAO, closed."""

    __tablename__ = "case_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(32), index=True)
    # Step details: the outcome code, the school back on roll, the destination, the closing reason...
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(index=True)


class FieldCorrection(Base):
    """An officer's correction or confirmation of one extracted field, kept apart from what was extracted."""

    __tablename__ = "field_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    child_id: Mapped[int] = mapped_column(ForeignKey("referral_children.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))  # "corrected" | "confirmed"
    value: Mapped[str | None] = mapped_column(Text)  # as the officer typed it; None when confirmed
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime]


# --- Triage (issue 5): one child, one case; siblings share a family key. ---


class Case(Base):
    """One child known to the service: every report about that child is linked to it while it is open."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed | merged
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    # A case opened twice for one child (the match only became clear later) points at the one kept.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    # Siblings' cases share a key, so the AWO sees the family together.
    family_key: Mapped[str | None] = mapped_column(String(32), index=True)
    priority: Mapped[str | None] = mapped_column(String(16))
    eligibility: Mapped[str | None] = mapped_column(String(64))
    # The AWO: the username the web app knows them by, and where notifications reach them.
    assigned_to: Mapped[str | None] = mapped_column(String(128))
    awo_name: Mapped[str | None] = mapped_column(String(320))
    awo_email: Mapped[str | None] = mapped_column(String(320))
    awo_slack: Mapped[str | None] = mapped_column(String(32))
    accepted_at: Mapped[datetime | None]
    accepted_by: Mapped[str | None] = mapped_column(String(128))
    first_contact_due: Mapped[datetime | None] = mapped_column(index=True)
    first_contact_at: Mapped[datetime | None]
    home_visit_due: Mapped[datetime | None] = mapped_column(index=True)
    home_visit_at: Mapped[datetime | None]
    # Overdue notices go once each: to the AWO when a date passes, to the manager later.
    first_contact_awo_notified_at: Mapped[datetime | None]
    first_contact_manager_notified_at: Mapped[datetime | None]
    home_visit_awo_notified_at: Mapped[datetime | None]
    home_visit_manager_notified_at: Mapped[datetime | None]

    children: Mapped[list[CaseChild]] = relationship(back_populates="case", order_by="CaseChild.linked_at")


class CaseChild(Base):
    """Which case a referral's child belongs to, and how the match was made."""

    __tablename__ = "case_children"

    referral_child_id: Mapped[int] = mapped_column(
        ForeignKey("referral_children.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    # "opened" for the report that opened the case; otherwise what matched ("upn", "name, age and address").
    matched_on: Mapped[str] = mapped_column(String(64))
    linked_at: Mapped[datetime]

    case: Mapped[Case] = relationship(back_populates="children")
    child: Mapped[ReferralChild] = relationship()
