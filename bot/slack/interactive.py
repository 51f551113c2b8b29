"""The form button and the form: open the modal within Slack's 3 seconds, hand submissions to intake."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.slack import blocks
from intake import cases, forms, notify
from intake.context import Context
from intake.settings import Settings
from storage.db import Database

log = logging.getLogger(__name__)


def register_interactive(app: AsyncApp, db: Database, settings: Settings) -> None:
    """Add the button and form listeners to the Bolt app."""
    ctx = Context(settings=settings)

    @app.action(forms.FORM_ACTION_ID)
    async def open_form(ack, body: dict[str, Any], client) -> None:  # type: ignore[no-untyped-def]
        await ack()
        reference = (body.get("actions") or [{}])[0].get("value") or ""
        # views.open must use the trigger_id within 3 seconds: read the store and open at once.
        view = await asyncio.to_thread(forms.form_for, db, reference)
        if view is None:
            log.info("form asked for an unknown referral")
            return
        metadata = json.dumps({"reference": reference, "language": view.language, **thread_of(body)})
        await client.views_open(trigger_id=body["trigger_id"], view=blocks.form_view(view, metadata))

    @app.action(notify.ACCEPT_ACTION)
    async def accept_case(ack, body: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
        await ack()
        reference = (body.get("actions") or [{}])[0].get("value") or ""
        user = (body.get("user") or {}).get("id") or ""
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        if not await asyncio.to_thread(cases.accept_from_slack, db, reference, user, channel, ctx):
            log.info("accept pressed for an unknown referral or case")

    @app.action(notify.OPEN_ACTION)
    async def open_in_web_app(ack) -> None:  # type: ignore[no-untyped-def]
        # A link button: Slack opens the URL itself and still tells us; acknowledging is all there is to do.
        await ack()

    @app.view(forms.FORM_CALLBACK_ID)
    async def submit_form(ack, body: dict[str, Any], view: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
        answer, language = form_answer(body, view)
        errors = forms.check_form(answer, language)
        if errors:
            await ack(**blocks.errors_response(errors))
            return
        await asyncio.to_thread(forms.receive_form, db, answer, ctx)
        await ack()


def thread_of(body: dict[str, Any]) -> dict[str, str]:
    """The Slack channel and thread of the message whose button was pressed."""
    message = body.get("message") or {}
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id") or ""
    thread_ts = message.get("thread_ts") or container.get("thread_ts") or message.get("ts") or ""
    return {"channel": channel, "thread_ts": thread_ts}


def form_answer(body: dict[str, Any], view: dict[str, Any]) -> tuple[forms.FormAnswer, str | None]:
    """The submitted modal as intake's FormAnswer, and the referral's language for any error message."""
    meta = json.loads(view.get("private_metadata") or "{}")
    user = body.get("user") or {}
    answer = forms.FormAnswer(
        reference=meta.get("reference", ""),
        submission_id=view.get("id") or "",
        channel=meta.get("channel", ""),
        thread_ts=meta.get("thread_ts", ""),
        user=user.get("id"),
        user_name=user.get("name") or user.get("username"),
    )
    for block_id, actions in ((view.get("state") or {}).get("values") or {}).items():
        position_text, _, key = block_id.partition(":")
        if not position_text.isdigit():
            continue
        position = int(position_text)
        state = actions.get(blocks.VALUE_ACTION) or {}
        if key == blocks.UNKNOWN_BLOCK:
            chosen = {o.get("value") for o in state.get("selected_options") or []}
            answer.unknown[position] = {c for c in chosen if c}
        elif key in forms.FORM_INPUTS:
            answer.values.setdefault(position, {})[key] = state.get("value") or ""
    return answer, meta.get("language")
