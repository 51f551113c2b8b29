"""The Slack app: a thin Bolt listener that stores each referral message, then lets the workers act."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.events import display_name, is_from_person, to_inbound
from bot.slack.interactive import register_interactive
from intake import inbox
from intake.settings import Settings
from storage.db import Database

log = logging.getLogger(__name__)

# Looking up a sender's display name must never eat Slack's 3-second acknowledgement window.
USER_LOOKUP_SECONDS = 1.0


def web_client(settings: Settings) -> AsyncWebClient:
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return AsyncWebClient(token=settings.slack_bot_token, base_url=base_url)


def create_slack_app(db: Database, settings: Settings) -> AsyncApp:
    """The Bolt app. Signature checks, url_verification and the bot's own messages are Bolt's work."""
    app = AsyncApp(
        signing_secret=settings.slack_signing_secret,
        client=web_client(settings),
        # Store before answering 200: Slack retries anything we fail to acknowledge, so nothing is lost.
        process_before_response=True,
    )
    names: dict[str, str | None] = {}

    async def sender_name(client: AsyncWebClient, user: str | None) -> str | None:
        if not user:
            return None
        if user not in names:
            try:
                info = await asyncio.wait_for(client.users_info(user=user), USER_LOOKUP_SECONDS)
                data = info.data
                names[user] = display_name(data if isinstance(data, dict) else {})
            except Exception:  # noqa: BLE001 - a name is nice to have; the referral is not
                log.info("could not look up a Slack user's name")
                return None
        return names[user]

    @app.event("message")
    async def on_message(event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context) -> None:  # type: ignore[no-untyped-def]
        if not is_from_person(event, context.get("bot_user_id")):
            return
        message = to_inbound(event, body.get("event_id"), await sender_name(client, event.get("user")))
        inbox_id, is_new = await asyncio.to_thread(inbox.accept, db, message)
        if is_new:
            log.info("stored Slack message as inbox %s", inbox_id)

    @app.event("app_mention")
    async def on_mention() -> None:
        # The same words arrive as a message event too; that one is stored.
        return None

    register_interactive(app, db, settings)
    return app


def slack_events_handler(app: AsyncApp):  # type: ignore[no-untyped-def]
    """The aiohttp handler for /slack/events."""

    async def handle(request: web.Request) -> web.Response:
        bolt_response = await app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    return handle
