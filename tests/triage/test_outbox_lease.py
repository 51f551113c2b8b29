"""Two dispatchers on one database (two `serve` processes) never send the same notification twice, and one that
dies mid-send does not lose it: the outbox leases what it claims."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.outbox import send_due
from storage import models
from tests.triage.support import RECEIVED, Clock, file_and_triage, make_ctx, outbox
from tests.triage.test_triage import CONCERN

LEASE = 60.0


def rows(db) -> list[models.OutboxMessage]:
    with db.unit_of_work() as session:
        return outbox(session)


async def test_a_second_dispatcher_skips_what_the_first_is_sending(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, outbox_lease_seconds=LEASE)
    file_and_triage(db, ctx, CONCERN)
    queued = len(rows(db))
    assert queued >= 2  # the AWO's email and the referrer's acknowledgement, at least
    sent: list[dict[str, Any]] = []
    second_saw: list[int] = []

    async def second_sender(payload: dict[str, Any]) -> dict[str, Any]:
        sent.append(payload)
        return {}

    async def first_sender(payload: dict[str, Any]) -> dict[str, Any]:
        # While the first dispatcher is mid-send, the second looks for work on the same database.
        if not second_saw:
            second_saw.append(await send_due(db, ctx, {"email": second_sender, "slack": second_sender}))
        sent.append(payload)
        return {}

    tried = await send_due(db, ctx, {"email": first_sender, "slack": first_sender}, limit=queued)
    assert tried == queued
    assert second_saw == [0]
    assert len(sent) == queued
    assert {r.status for r in rows(db)} == {"sent"}


async def test_a_dispatcher_that_dies_mid_send_leaves_the_row_for_another_after_the_lease(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, outbox_lease_seconds=LEASE)
    file_and_triage(db, ctx, CONCERN)

    async def dies(payload: dict[str, Any]) -> dict[str, Any]:
        raise asyncio.CancelledError  # the process is stopped between sending and recording

    with pytest.raises(asyncio.CancelledError):
        await send_due(db, ctx, {"email": dies}, limit=1)
    (leased,) = [r for r in rows(db) if r.next_attempt_at is not None]
    assert leased.status == "pending" and leased.attempts == 0

    delivered: list[int] = []

    async def works(payload: dict[str, Any]) -> dict[str, Any]:
        delivered.append(1)
        return {}

    # Still leased: another dispatcher sends the rest, not that one.
    others = len([r for r in rows(db) if r.kind == "email"]) - 1
    assert await send_due(db, ctx, {"email": works}) == others
    assert next(r for r in rows(db) if r.id == leased.id).status == "pending"
    clock.advance(seconds=LEASE + 1)
    assert await send_due(db, ctx, {"email": works}) == 1
    assert next(r for r in rows(db) if r.id == leased.id).status == "sent"
