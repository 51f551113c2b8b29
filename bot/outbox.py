"""The outbox dispatcher: sends queued replies and notifications, retrying with back-off when a channel is down."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from intake.context import Context
from intake.polling import poll
from storage import models, queue
from storage.db import Database

log = logging.getLogger(__name__)

# kind -> coroutine that sends one payload and returns what the channel said back.
Sender = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


def _claim(db: Database, ctx: Context, kinds: list[str], limit: int) -> list[tuple[int, str, dict[str, Any]]]:
    """Take due rows and lease them: another dispatcher (a second `serve` on the same database) skips them
    until the lease runs out, so a reply is not sent twice; a dispatcher that dies mid-send loses its lease
    and the row goes out later (at least once, never lost)."""
    with db.unit_of_work() as session:
        rows = queue.due(session, models.OutboxMessage, ctx.now(), limit, kinds=kinds)
        queue.lease(rows, ctx.now(), ctx.settings.outbox_lease_seconds)
        return [(row.id, row.kind, dict(row.payload)) for row in rows]


def _record(db: Database, ctx: Context, outbox_id: int, result: dict[str, Any] | None, error: str | None) -> None:
    with db.unit_of_work() as session:
        row = session.get(models.OutboxMessage, outbox_id, with_for_update=True)
        if row is None or row.status not in queue.RUNNABLE:
            return
        if error is None:
            row.status = "sent"
            row.sent_at = ctx.now()
            row.result = result or {}
            row.last_error = None
        else:
            settings = ctx.settings
            queue.record_failure(
                row, error, ctx.now(), settings.outbox_max_attempts, settings.retry_base_seconds,
                settings.outbox_retry_cap_seconds,
            )


async def send_due(db: Database, ctx: Context, senders: dict[str, Sender], limit: int = 20) -> int:
    """Send what is due on the channels we have senders for. Returns how many were tried."""
    claimed = await asyncio.to_thread(_claim, db, ctx, list(senders), limit)
    for outbox_id, kind, payload in claimed:
        try:
            result = await senders[kind](payload)
        except Exception as exc:  # noqa: BLE001 - any failure is retried later, never lost
            log.warning("outbox %s (%s) failed: %s", outbox_id, kind, type(exc).__name__)
            await asyncio.to_thread(_record, db, ctx, outbox_id, None, f"{type(exc).__name__}: {exc}")
        else:
            await asyncio.to_thread(_record, db, ctx, outbox_id, result, None)
    return len(claimed)


async def run_outbox_worker(db: Database, ctx: Context, senders: dict[str, Sender], stop: asyncio.Event) -> None:
    await poll("outbox worker", lambda: send_due(db, ctx, senders), stop, ctx.settings.worker_poll_seconds)
