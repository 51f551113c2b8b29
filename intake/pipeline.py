"""The use case at the heart of the service: one inbox message through to a filed, answered referral."""

from __future__ import annotations

import logging

from intake import conversation, filing, forms, replies, triage
from intake.context import Context
from intake.references import slack_thread_key
from intake.respond import queue_reply
from storage import models, repositories

log = logging.getLogger(__name__)


def process_message(session, message: models.InboundMessage, ctx: Context) -> None:
    """Process one stored message inside the caller's unit of work: all of it commits, or none."""
    now = ctx.now()
    if message.auto_reason:
        # Auto-replies, bounces and list mail are kept for the record but never answered: no mail loops.
        message.status = "ignored"
        message.processed_at = now
        repositories.audit(
            session, actor="system", action="message_ignored", now=now, inbound_message_id=message.id,
            detail={"reason": message.auto_reason},
        )
        return
    referral = conversation.find_referral(session, message)
    if referral is not None:
        receive_answer(session, referral, message, ctx)
    else:
        receive_report(session, message, ctx)
    message.status = "done"
    message.processed_at = now


def receive_report(session, message: models.InboundMessage, ctx: Context) -> models.Referral:
    """A first report: extract, file, triage, and ask the referrer for what is missing."""
    extraction = conversation.extraction_for(message, ctx)
    referral = filing.new_referral(session, message, extraction, ctx)
    remember_thread(session, referral, message)
    triage.triage(session, referral, ctx)
    now = ctx.now()
    repositories.audit(
        session, actor=actor_of(message), action="referral_filed", now=now, referral_id=referral.id,
        inbound_message_id=message.id, detail={"reference": referral.reference, "channel": message.channel},
    )
    text = replies.render("acknowledgement", referral)
    blocks = forms.question_blocks(text, referral)
    if queue_reply(session, referral, message, text, "acknowledgement", ctx, blocks=blocks) is not None:
        referral.last_asked_at = now
    log.info("filed referral %s from %s message %s", referral.reference, message.channel, message.id)
    return referral


def receive_answer(session, referral: models.Referral, message: models.InboundMessage, ctx: Context) -> None:
    """A reply in a referral's thread: merge it and confirm what is now held."""
    changes = conversation.merge_answer(session, referral, message, ctx)
    remember_thread(session, referral, message)
    # What the answer added (an address, a date of birth) can change eligibility, priority, case and AWO.
    triage.triage(session, referral, ctx)
    now = ctx.now()
    repositories.audit(
        session, actor=actor_of(message), action="answer_merged", now=now, referral_id=referral.id,
        inbound_message_id=message.id, detail={"changes": changes},
    )
    forms.confirm(session, referral, message, ctx)
    log.info("merged answer into %s from %s message %s", referral.reference, message.channel, message.id)


def remember_thread(session, referral: models.Referral, message: models.InboundMessage) -> None:
    """Record the keys by which the next message in this conversation will find the referral."""
    if message.channel == "email":
        repositories.add_thread_key(session, message.source_id, referral.id)
    else:
        reply_to = message.reply_to or {}
        if reply_to.get("channel") and reply_to.get("thread_ts"):
            repositories.add_thread_key(
                session, slack_thread_key(reply_to["channel"], reply_to["thread_ts"]), referral.id
            )


def actor_of(message: models.InboundMessage) -> str:
    return f"{message.channel}:{message.sender or 'unknown'}"
