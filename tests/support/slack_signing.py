"""Signing requests the way Slack does (v0 HMAC-SHA256 of 'v0:timestamp:body')."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any


def signed_headers(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + ts.encode() + b":" + body
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
        "Content-Type": "application/json",
    }


def message_event(
    *, text: str, user: str, channel: str, ts: str, event_id: str, thread_ts: str | None = None,
    channel_type: str = "channel", **extra: Any,
) -> bytes:
    event: dict[str, Any] = {
        "type": "message", "user": user, "text": text, "channel": channel, "ts": ts,
        "channel_type": channel_type, "event_ts": ts, **extra,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    body = {
        "token": "legacy", "team_id": "TCME01", "api_app_id": "ACME01", "type": "event_callback",
        "event_id": event_id, "event_time": int(float(ts)), "event": event,
        "authorizations": [{"team_id": "TCME01", "user_id": "UBOTCME01", "is_bot": True}],
    }
    return json.dumps(body).encode()
