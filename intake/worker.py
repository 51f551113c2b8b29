"""The inbox worker: drains stored messages through the pipeline, retrying failures and parking the stubborn."""

from __future__ import annotations

import asyncio
import logging
import traceback

from intake.context import Context
from intake.pipeline import process_message
from intake.polling import poll
from storage import models, queue
from storage.db import Database

log = logging.getLogger(__name__)


def process_due(db: Database, ctx: Context, limit: int = 10) -> int:
    """Process the inbox messages that are due. Returns how many were tried."""
    with db.unit_of_work() as session:
        ids = [row.id for row in queue.due(session, models.InboundMessage, ctx.now(), limit)]
    for message_id in ids:
        process_one(db, ctx, message_id)
    return len(ids)


def process_one(db: Database, ctx: Context, message_id: int) -> None:
    """One message in its own transaction, so one bad message never stalls the rest."""
    try:
        with db.unit_of_work() as session:
            row = session.get(models.InboundMessage, message_id, with_for_update=True)
            if row is None or row.status not in queue.RUNNABLE:
                return  # another worker got there first
            process_message(session, row, ctx)
    except Exception as exc:  # noqa: BLE001 - any failure is recorded and retried, never lost
        # Log the id and the error type only: an error's text may quote a child's details. The traceback
        # goes to the inbox row, which only the case store's authorised users can read.
        log.warning("inbox message %s failed: %s", message_id, type(exc).__name__)
        with db.unit_of_work() as session:
            row = session.get(models.InboundMessage, message_id)
            if row is not None:
                queue.record_failure(
                    row, traceback.format_exc(limit=20), ctx.now(),
                    ctx.settings.max_attempts, ctx.settings.retry_base_seconds,
                )


async def run_inbox_worker(db: Database, ctx: Context, stop: asyncio.Event) -> None:
    """Poll the inbox until asked to stop. Extraction is CPU work, so it runs off the event loop."""
    await poll(
        "inbox worker", lambda: asyncio.to_thread(process_due, db, ctx), stop, ctx.settings.worker_poll_seconds
    )
