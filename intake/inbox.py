"""Accepting a message: store it durably before the channel acknowledges it."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from intake.messages import InboundMessage
from storage import models, repositories
from storage.db import Database


def accept(db: Database, message: InboundMessage) -> tuple[int | None, bool]:
    """Store the message in the inbox. Returns (inbox id, is_new); a duplicate is not stored twice.

    Only after this returns may the channel say "received" (SMTP 250, Slack 200).
    """
    now = datetime.now(UTC)
    try:
        with db.unit_of_work() as session:
            if repositories.inbound_exists(session, message.channel, message.source_id, message.event_id):
                return None, False
            row = models.InboundMessage(
                channel=message.channel,
                source_id=message.source_id,
                event_id=message.event_id,
                received_at=message.received_at,
                sender=message.sender,
                sender_name=message.sender_name,
                subject=message.subject,
                text=message.text,
                thread_refs=list(message.thread_refs),
                reply_to=dict(message.reply_to),
                raw=message.raw,
                auto_reason=message.auto_reason,
                parse_error=message.parse_error,
                status="pending",
                attempts=0,
                created_at=now,
            )
            session.add(row)
            session.flush()
            return row.id, True
    except IntegrityError:
        # Two deliveries of the same message raced; the other one stored it.
        return None, False


def to_message(row: models.InboundMessage) -> InboundMessage:
    """The stored inbox row back as the channel-neutral message."""
    return InboundMessage(
        channel=row.channel,  # type: ignore[arg-type]
        source_id=row.source_id,
        event_id=row.event_id,
        received_at=row.received_at,
        sender=row.sender,
        sender_name=row.sender_name,
        subject=row.subject,
        text=row.text,
        thread_refs=list(row.thread_refs or []),
        reply_to=dict(row.reply_to or {}),
        auto_reason=row.auto_reason,
        parse_error=row.parse_error,
    )
