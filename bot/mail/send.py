"""Outbound mail through the relay: queued replies and notifications become real messages."""

from __future__ import annotations

import asyncio
import smtplib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any


def build_email(payload: dict[str, Any]) -> EmailMessage:
    """The EmailMessage for an outbox payload, threaded to the message it answers."""
    msg = EmailMessage()
    msg["From"] = payload["from"]
    msg["To"] = payload["to"]
    msg["Subject"] = payload["subject"]
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = payload["message_id"]
    if payload.get("in_reply_to"):
        msg["In-Reply-To"] = payload["in_reply_to"]
    if payload.get("references"):
        msg["References"] = " ".join(payload["references"])
    # RFC 3834: we are an automatic responder; well-behaved systems will not answer us automatically.
    msg["Auto-Submitted"] = "auto-replied" if payload.get("in_reply_to") else "auto-generated"
    msg.set_content(payload["text"])
    return msg


def _send_sync(payload: dict[str, Any], host: str, port: int) -> None:
    msg = build_email(payload)
    with smtplib.SMTP(host, port, timeout=30) as smtp:
        smtp.send_message(msg)


async def send_email(payload: dict[str, Any], host: str, port: int) -> dict[str, Any]:
    """Send one queued email; raises if the relay refuses or cannot be reached."""
    await asyncio.to_thread(_send_sync, payload, host, port)
    return {"message_id": payload["message_id"]}
