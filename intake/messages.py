"""The one inbound-message type every channel turns its input into."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class InboundMessage(BaseModel):
    """A message from a referrer, channel-neutral. Channel code builds it; intake never sees MIME or JSON."""

    channel: Literal["email", "slack"]
    # Message-ID of an email, "CHANNEL:TS" of a Slack message: a resend with the same id is a duplicate.
    source_id: str
    event_id: str | None = None  # Slack's event_id
    received_at: datetime
    sender: str | None = None  # email address or Slack user id
    sender_name: str | None = None
    subject: str | None = None
    text: str = ""
    # Keys that may tie it to an earlier conversation: In-Reply-To/References ids, or "CHANNEL:THREAD_TS".
    thread_refs: list[str] = Field(default_factory=list)
    # Where answers go. Email: address, message_id, references, subject. Slack: channel, thread_ts.
    reply_to: dict[str, Any] = Field(default_factory=dict)
    # Set when the message must never be answered: auto-reply, bounce, list mail.
    auto_reason: str | None = None
    parse_error: str | None = None
    raw: bytes | None = None
