"""Accepting a message: store it durably before the channel acknowledges it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from intake.messages import InboundMessage
from storage import models, repositories
from storage.db import Database


def accept(db: Database, message: InboundMessage) -> tuple[int | None, bool]:
    """Store the message in the inbox. Returns (inbox id, is_new); a duplicate is not stored twice.

    Only after this returns may the channel say "received" (SMTP 250, Slack 200).
    """
    try:
        with db.unit_of_work() as session:
            if repositories.inbound_exists(session, message.channel, message.source_id, message.event_id):
                return None, False
            # Every field of the message is a column of the inbox row of the same name.
            row = models.InboundMessage(
                **message.model_dump(), status="pending", attempts=0, created_at=datetime.now(UTC)
            )
            session.add(row)
            session.flush()
            return row.id, True
    except IntegrityError:
        # Two deliveries of the same message raced; the other one stored it.
        return None, False



def held_back(db: Database) -> list[dict[str, Any]]:
    """Inbound messages waiting on a person: parked after repeated failures, or failing now. No message text."""
    with db.unit_of_work() as session:
        rows = repositories.inbound_held_back(session)
        return [
            {
                "id": row.id, "channel": row.channel, "source_id": row.source_id, "status": row.status,
                "attempts": row.attempts, "received_at": row.received_at.isoformat(),
                "error": ((row.last_error or "").strip().splitlines() or [""])[-1],
            }
            for row in rows
        ]


def retry(db: Database, message_id: int) -> bool:
    """Send a parked or failed message round again, now (after the fault behind it is fixed)."""
    with db.unit_of_work() as session:
        row = session.get(models.InboundMessage, message_id, with_for_update=True)
        if row is None or row.status not in ("parked", "failed"):
            return False
        row.status, row.attempts, row.next_attempt_at = "pending", 0, None
        repositories.audit(
            session, actor="operator", action="message_retried", now=datetime.now(UTC),
            inbound_message_id=row.id, detail={"after_error": (row.last_error or "")[-500:]},
        )
        return True
