"""The durable inbox and outbox as queues: claim what is due, record success, retry with back-off, park."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import InboundMessage, OutboxMessage

Queued = TypeVar("Queued", InboundMessage, OutboxMessage)

# Rows a worker should look at: new, or failed and due for another try.
RUNNABLE = ("pending", "failed")


def due(
    session: Session, model: type[Queued], now: datetime, limit: int = 10, kinds: Iterable[str] | None = None
) -> list[Queued]:
    """The oldest runnable rows whose time has come, locked against other workers where the database can.

    `kinds` limits outbox rows to the channels that can send now (Slack may be switched off).
    """
    stmt = (
        select(model)
        .where(model.status.in_(RUNNABLE))
        .where(or_(model.next_attempt_at.is_(None), model.next_attempt_at <= now))
        .order_by(model.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    if kinds is not None and model is OutboxMessage:
        stmt = stmt.where(OutboxMessage.kind.in_(list(kinds)))
    return list(session.scalars(stmt))


def lease(rows: Iterable[Queued], now: datetime, seconds: float) -> None:
    """Hide claimed rows from other workers until `now + seconds`; success or a recorded failure ends it."""
    for row in rows:
        row.next_attempt_at = now + timedelta(seconds=seconds)


def backoff(attempts: int, base_seconds: float, cap_seconds: float = 3600.0) -> timedelta:
    """Exponential back-off: base, 2*base, 4*base... capped."""
    return timedelta(seconds=min(cap_seconds, base_seconds * (2 ** max(0, attempts - 1))))


def record_failure(
    row: InboundMessage | OutboxMessage, error: str, now: datetime, max_attempts: int, base_seconds: float,
    cap_seconds: float = 3600.0,
) -> None:
    """Count a failed try; after max_attempts the row is parked for a person to look at."""
    row.attempts += 1
    row.last_error = error[-8000:]  # the end of a traceback says most
    if row.attempts >= max_attempts:
        row.status = "parked"
        row.next_attempt_at = None
    else:
        row.status = "failed"
        row.next_attempt_at = now + backoff(row.attempts, base_seconds, cap_seconds)
