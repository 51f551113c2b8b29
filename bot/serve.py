"""`cme-intake serve`: the SMTP listener, the HTTP server (Slack events, web app) and the workers in one loop."""

from __future__ import annotations

import asyncio
import logging
import signal
from functools import partial

from aiohttp import web

from bot.mail.listener import ReferralMailHandler, smtp_factory
from bot.mail.send import send_email
from bot.outbox import Sender, run_outbox_worker
from bot.web.app import add_web_routes
from intake.context import Context
from intake.settings import Settings, get_settings
from intake.worker import run_inbox_worker
from storage.db import Database

log = logging.getLogger(__name__)


def build_http_app(db: Database, ctx: Context, senders: dict[str, Sender]) -> web.Application:
    """The aiohttp application: Slack events at /slack/events (when configured) and the web app at /."""
    app = web.Application(client_max_size=2 * 1024 * 1024)
    settings = ctx.settings
    if settings.slack_enabled:
        from bot.slack.app import create_slack_app, slack_events_handler, web_client
        from bot.slack.send import post_message

        slack_app = create_slack_app(db, settings)
        app.router.add_post("/slack/events", slack_events_handler(slack_app))
        senders["slack"] = partial(post_message, web_client(settings))
    else:
        log.warning("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to receive school messages")
    add_web_routes(app, db, ctx)
    return app


async def serve(settings: Settings, stop: asyncio.Event) -> None:
    db = Database(settings.database_url)
    await asyncio.to_thread(db.migrate)
    ctx = Context(settings=settings)
    senders: dict[str, Sender] = {
        "email": partial(send_email, host=settings.relay_host, port=settings.relay_port),
    }
    http_app = build_http_app(db, ctx, senders)
    runner = web.AppRunner(http_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.http_host, settings.http_port).start()
    loop = asyncio.get_running_loop()
    handler = ReferralMailHandler(db, settings.referral_address)
    smtp_server = await loop.create_server(
        smtp_factory(handler, "cme-intake", settings.smtp_max_message_bytes),
        host=settings.smtp_host,
        port=settings.smtp_port,
    )
    workers = []
    if settings.run_workers:
        workers = [
            asyncio.create_task(run_inbox_worker(db, ctx, stop), name="inbox-worker"),
            asyncio.create_task(run_outbox_worker(db, ctx, senders, stop), name="outbox-worker"),
        ]
        workers += [asyncio.create_task(w, name=n) for n, w in extra_workers(db, ctx, stop)]
    else:
        log.warning("workers are off (CME_RUN_WORKERS=false): messages are stored but not processed")
    log.info(
        "CME Intake serving: SMTP on %s:%s, HTTP on %s:%s",
        settings.smtp_host, settings.smtp_port, settings.http_host, settings.http_port,
    )
    try:
        await stop.wait()
    finally:
        smtp_server.close()
        await smtp_server.wait_closed()
        await asyncio.gather(*workers, return_exceptions=True)
        await runner.cleanup()
        db.dispose()
        log.info("CME Intake stopped")


def extra_workers(db: Database, ctx: Context, stop: asyncio.Event) -> list:
    """Periodic jobs beside the inbox and outbox: (name, coroutine) pairs."""
    from intake.due import run_due_worker
    from intake.reminders import run_reminder_worker

    return [
        ("reminder-worker", run_reminder_worker(db, ctx, stop)),
        ("overdue-worker", run_due_worker(db, ctx, stop)),
    ]


def main() -> int:
    settings = get_settings()

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(settings, stop)

    asyncio.run(run())
    return 0
