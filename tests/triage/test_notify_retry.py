"""The AWO's Slack DM goes out through the outbox and survives a Slack that fails at first.

A tiny fake of the Slack Web API runs in the test's own event loop; the lead's outbox dispatcher
(bot/outbox.py) sends with the real slack_sdk client pointed at it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from functools import partial
from typing import Any

import pytest
from aiohttp import web

from bot.outbox import send_due
from bot.slack.app import web_client
from bot.slack.send import post_message
from storage import models
from tests.triage.support import RECEIVED, Clock, file_and_triage, make_ctx, outbox
from tests.triage.test_triage import CONCERN

FAILURES = {
    "http_500": lambda: web.Response(status=500, text="internal error"),
    "ratelimited": lambda: web.json_response({"ok": False, "error": "ratelimited"}),
}


class FakeSlack:
    """chat.postMessage that fails the first `fail_first` calls the chosen way, then answers like Slack."""

    def __init__(self, failure: str, fail_first: int) -> None:
        self.failure = failure
        self.fail_first = fail_first
        self.posts: list[dict[str, Any]] = []
        self.url = ""

    async def post_message(self, request: web.Request) -> web.Response:
        if request.content_type == "application/json":
            args = await request.json()
        else:
            args = dict(await request.post())
        self.posts.append(args)
        if len(self.posts) <= self.fail_first:
            return FAILURES[self.failure]()
        ts = f"1764300000.{len(self.posts):06d}"
        return web.json_response({"ok": True, "channel": args.get("channel"), "ts": ts})


@pytest.fixture
async def slack_that_fails_first(request: pytest.FixtureRequest) -> AsyncIterator[FakeSlack]:
    failure, fail_first = request.param
    fake = FakeSlack(failure, fail_first)
    app = web.Application()
    app.router.add_post("/api/chat.postMessage", fake.post_message)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake.url = f"http://127.0.0.1:{port}/api/"
    yield fake
    await runner.cleanup()


def slack_row(db) -> models.OutboxMessage:
    with db.unit_of_work() as session:
        (row,) = [r for r in outbox(session, "awo_notification") if r.kind == "slack"]
        return row


@pytest.mark.parametrize("slack_that_fails_first", [("http_500", 1), ("ratelimited", 1)], indirect=True)
async def test_the_dm_is_retried_with_back_off_until_slack_takes_it(
    db, slack_that_fails_first: FakeSlack
) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, slack_api_url=slack_that_fails_first.url, slack_bot_token="xoxb-fake",
                   retry_base_seconds=2.0, max_attempts=5)
    reference = file_and_triage(db, ctx, CONCERN)
    senders = {"slack": partial(post_message, web_client(ctx.settings))}

    assert await send_due(db, ctx, senders) == 1
    row = slack_row(db)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.next_attempt_at == clock.now + timedelta(seconds=2)
    # Not due again until the back-off has passed.
    assert await send_due(db, ctx, senders) == 0
    clock.advance(seconds=2)
    assert await send_due(db, ctx, senders) == 1

    row = slack_row(db)
    assert (row.status, row.attempts) == ("sent", 1) and row.result["ts"]
    first, second = slack_that_fails_first.posts
    assert first == second  # the same message, tried again
    assert second["channel"] == "U0FICT0001"
    blocks = second["blocks"] if isinstance(second["blocks"], list) else json.loads(second["blocks"])
    posted = json.dumps(blocks, ensure_ascii=False)
    assert reference in posted and "Cerys" in posted and "CF99" in posted
    assert "Prydderch" not in posted and "Heol Ddychmygol" not in posted and "6QZ" not in posted


@pytest.mark.parametrize("slack_that_fails_first", [("ratelimited", 99)], indirect=True)
async def test_a_dm_slack_never_takes_is_parked_not_lost(db, slack_that_fails_first: FakeSlack) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, slack_api_url=slack_that_fails_first.url, slack_bot_token="xoxb-fake",
                   retry_base_seconds=1.0, outbox_max_attempts=3)
    file_and_triage(db, ctx, CONCERN)
    senders = {"slack": partial(post_message, web_client(ctx.settings))}
    for _ in range(3):
        assert await send_due(db, ctx, senders) == 1
        clock.advance(hours=1)
    row = slack_row(db)
    assert (row.status, row.attempts) == ("parked", 3) and "ratelimited" in (row.last_error or "")
    assert await send_due(db, ctx, senders) == 0
    assert len(slack_that_fails_first.posts) == 3


@pytest.mark.parametrize("slack_that_fails_first", [("http_500", 12)], indirect=True)
async def test_an_outage_longer_than_the_inbox_budget_never_parks_a_notification(
    db, slack_that_fails_first: FakeSlack
) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, slack_api_url=slack_that_fails_first.url, slack_bot_token="xoxb-fake",
                   retry_base_seconds=2.0, max_attempts=3, outbox_retry_cap_seconds=600)
    file_and_triage(db, ctx, CONCERN)
    senders = {"slack": partial(post_message, web_client(ctx.settings))}
    for _ in range(12):
        assert await send_due(db, ctx, senders) == 1
        row = slack_row(db)
        assert row.status == "failed"
        # Back-off grows, but never beyond the cap: an outage is noticed within minutes of its end.
        assert row.next_attempt_at - clock.now <= timedelta(seconds=600)
        clock.advance(seconds=600)
    assert await send_due(db, ctx, senders) == 1
    assert (slack_row(db).status, slack_row(db).attempts) == ("sent", 12)
