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

