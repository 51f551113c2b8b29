"""Queueing a reply to the referrer, in the same email thread or Slack thread, through the outbox."""

from __future__ import annotations

from email.utils import make_msgid
from typing import Any

from intake.context import Context
from intake.replies import reply_subject
from storage import models, repositories


def queue_reply(
    session, referral: models.Referral, to: models.InboundMessage, text: str, purpose: str, ctx: Context,
    blocks: list[dict[str, Any]] | None = None,
) -> models.OutboxMessage | None:
    """Queue `text` as a reply to the message `to`. Returns None when the message cannot be answered.

    `blocks` (Slack only) carries Block Kit for the same words, such as the button that opens the form.
    """
    reply_to = to.reply_to or {}
    dedupe_key = f"{purpose}:{to.channel}:{to.source_id}"
    if to.channel == "email":
        address = reply_to.get("address")
        if not address:
            return None
        domain = ctx.settings.referral_address.rpartition("@")[2] or None
        message_id = make_msgid(domain=domain)
        references = [*reply_to.get("references", []), reply_to.get("message_id")]
        email_payload: dict[str, Any] = {
            "to": address,
            "from": ctx.settings.referral_address,
            "subject": reply_subject(to.subject, referral.reference or ""),
            "text": text,
            "message_id": message_id,
            "in_reply_to": reply_to.get("message_id"),
            "references": [r for r in references if r],
        }
        row = repositories.enqueue(
            session, kind="email", purpose=purpose, dedupe_key=dedupe_key, payload=email_payload,
            referral_id=referral.id, now=ctx.now(),
        )
        # Their answer will quote our Message-ID in In-Reply-To: that is how it finds this referral.
        repositories.add_thread_key(session, row.payload["message_id"], referral.id)
        return row
    channel = reply_to.get("channel")
    if not channel:
        return None
    payload: dict[str, Any] = {"channel": channel, "thread_ts": reply_to.get("thread_ts"), "text": text}
    if blocks:
        payload["blocks"] = blocks
    return repositories.enqueue(
        session, kind="slack", purpose=purpose, dedupe_key=dedupe_key, payload=payload,
        referral_id=referral.id, now=ctx.now(),
    )
