"""The case store's tables, as SQLAlchemy 2 typed models. Every change to them is an Alembic revision."""

from __future__ import annotations

from datetime import date, datetime, timezone
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
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (which keeps no offset) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the case store")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


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
