"""Queries the use cases need, named in the service's words. Each takes the unit of work's session."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from storage.models import AuditEvent, InboundMessage, OutboxMessage, Referral, ThreadKey


def inbound_exists(session: Session, channel: str, source_id: str, event_id: str | None) -> bool:
    """Whether this message (or this Slack event) is already in the inbox."""
    stmt = select(InboundMessage.id).where(
        InboundMessage.channel == channel, InboundMessage.source_id == source_id
    )
    if session.scalar(stmt) is not None:
        return True
    if event_id is not None:
        return session.scalar(select(InboundMessage.id).where(InboundMessage.event_id == event_id)) is not None
    return False


def referral_by_thread(session: Session, keys: Iterable[str]) -> Referral | None:
    """The referral a reply belongs to, from the message ids or Slack thread it refers to."""
    keys = [k for k in keys if k]
    if not keys:
        return None
    stmt = select(ThreadKey.referral_id).where(ThreadKey.key.in_(keys)).limit(1)
    referral_id = session.scalar(stmt)
    return session.get(Referral, referral_id) if referral_id is not None else None


def referral_by_reference(session: Session, reference: str) -> Referral | None:
    return session.scalar(select(Referral).where(Referral.reference == reference))


def add_thread_key(session: Session, key: str, referral_id: int) -> None:
    """Remember a key that later messages may refer to; a key already held is left alone."""
    if session.get(ThreadKey, key) is None:
        session.add(ThreadKey(key=key, referral_id=referral_id))


def enqueue(
    session: Session,
    *,
    kind: str,
    purpose: str,
    dedupe_key: str,
    payload: dict[str, Any],
    referral_id: int | None,
    now: datetime,
) -> OutboxMessage:
    """Queue a reply or notification once: a second call with the same dedupe_key returns the first."""
    existing = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == dedupe_key))
    if existing is not None:
        return existing
    row = OutboxMessage(
        kind=kind,
        purpose=purpose,
        dedupe_key=dedupe_key,
        payload=payload,
        referral_id=referral_id,
        status="pending",
        attempts=0,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def audit(
    session: Session,
    *,
    actor: str,
    action: str,
    now: datetime,
    referral_id: int | None = None,
    inbound_message_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=now,
            actor=actor,
            action=action,
            referral_id=referral_id,
            inbound_message_id=inbound_message_id,
            detail=detail or {},
        )
    )


def all_referrals(session: Session) -> list[Referral]:
    """Every filed referral with its children and sources, oldest first."""
    stmt = (
        select(Referral)
        .where(Referral.reference.is_not(None))
        .options(selectinload(Referral.children), selectinload(Referral.sources))
        .order_by(Referral.id)
    )
    return list(session.scalars(stmt))


def inbound_held_back(session: Session) -> list[InboundMessage]:
    """Inbound messages parked after repeated failures, or failing and due to be tried again."""
    stmt = select(InboundMessage).where(InboundMessage.status.in_(("parked", "failed"))).order_by(InboundMessage.id)
    return list(session.scalars(stmt))


def count_by_status(session: Session, model: type[InboundMessage] | type[OutboxMessage]) -> dict[str, int]:
    rows = session.execute(select(model.status, func.count()).group_by(model.status))
    return {status: n for status, n in rows}


# --- The conversation with the referrer (issue 4) ---


def outbox_for_referral(session: Session, referral_id: int) -> list[OutboxMessage]:
    """What we have queued or sent about a referral, oldest first: our own words, never to be read as news."""
    stmt = select(OutboxMessage).where(OutboxMessage.referral_id == referral_id).order_by(OutboxMessage.id)
    return list(session.scalars(stmt))


def referrals_to_remind(session: Session, asked_before: datetime, limit: int = 50) -> list[Referral]:
    """Referrals asked something before `asked_before`, not answered since, and never reminded."""
    stmt = (
        select(Referral)
        .where(Referral.reminder_sent_at.is_(None))
        .where(Referral.last_asked_at.is_not(None))
        .where(Referral.last_asked_at <= asked_before)
        .where(Referral.status != "closed")
        .order_by(Referral.last_asked_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return list(session.scalars(stmt))


def latest_referrer_message(session: Session, referral_id: int) -> InboundMessage | None:
    """The newest message in the referral's conversation that can be answered."""
    stmt = (
        select(InboundMessage)
        .where(InboundMessage.referral_id == referral_id)
        .where(InboundMessage.auto_reason.is_(None))
        .order_by(InboundMessage.received_at.desc(), InboundMessage.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)
