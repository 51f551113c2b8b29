"""Posting queued Slack messages through the Web API."""

from __future__ import annotations

from typing import Any

from slack_sdk.web.async_client import AsyncWebClient


async def post_message(client: AsyncWebClient, payload: dict[str, Any]) -> dict[str, Any]:
    """chat.postMessage for an outbox payload; raises SlackApiError when Slack says no."""
    args = {k: v for k, v in payload.items() if v is not None}
    response = await client.chat_postMessage(**args)
    return {"ts": response.get("ts"), "channel": response.get("channel")}
