"""Slack message events turned into the channel-neutral InboundMessage: small, pure, tested functions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from intake.messages import InboundMessage

# Message subtypes that are a person writing. Edits, deletions, joins and bot posts are not referrals.
PERSON_SUBTYPES = {None, "file_share", "thread_broadcast"}


def is_from_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    """Whether a message event is a person's new message (not the bot's own, a bot's, or an edit)."""
    if event.get("subtype") not in PERSON_SUBTYPES:
        return False
    if event.get("bot_id") or event.get("bot_profile"):
        return False
    user = event.get("user")
    return bool(user) and user != bot_user_id


def slack_time(ts: str | None) -> datetime:
    try:
        return datetime.fromtimestamp(float(ts or ""), tz=UTC)
    except ValueError:
        return datetime.now(UTC)


def to_inbound(event: dict[str, Any], event_id: str | None, sender_name: str | None) -> InboundMessage:
    """The InboundMessage for a Slack message event: keyed CHANNEL:TS, answered in its thread."""
    channel = event["channel"]
    ts = event["ts"]
    thread_ts = event.get("thread_ts")
    in_thread = bool(thread_ts and thread_ts != ts)
    return InboundMessage(
        channel="slack",
        source_id=f"{channel}:{ts}",
        event_id=event_id,
        received_at=slack_time(ts),
        sender=event.get("user"),
        sender_name=sender_name,
        subject=None,
        text=event.get("text") or "",
        thread_refs=[f"{channel}:{thread_ts}"] if in_thread else [],
        reply_to={"channel": channel, "thread_ts": thread_ts if in_thread else ts},
    )


def display_name(user_info: dict[str, Any]) -> str | None:
    """The name a school sender shows in Slack, e.g. 'Miss Ffion Parry - Ysgol Example'."""
    user = user_info.get("user") or {}
    profile = user.get("profile") or {}
    for candidate in (profile.get("display_name"), profile.get("real_name"), user.get("real_name")):
        if candidate:
            return str(candidate)
    return None
