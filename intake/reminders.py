"""The one reminder: a referrer who has not answered our question within the set time is asked once more."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from intake import forms, replies
from intake.context import Context
from intake.polling import poll
from intake.referral import missing_fields
from intake.respond import queue_reply
from storage import repositories
from storage.db import Database

log = logging.getLogger(__name__)


def send_due_reminders(session, ctx: Context) -> int:
    """Queue a reminder for each referral asked long enough ago and not answered since. Returns how many.

    A referral is reminded at most once, ever: `reminder_sent_at` is set even when there is no one to reach,
    so a later pass never tries again.
    """
    now = ctx.now()
    asked_before = now - timedelta(hours=ctx.settings.reminder_after_hours)
    sent = 0
    for referral in repositories.referrals_to_remind(session, asked_before):
        referral.reminder_sent_at = now
        if not any(missing_fields(c) for c in referral.children):
            continue  # answered in full since: nothing to remind about
        to = repositories.latest_referrer_message(session, referral.id)
        if to is None:
            continue
        text = replies.render("reminder", referral)
        blocks = forms.question_blocks(text, referral)
        row = queue_reply(session, referral, to, text, "reminder", ctx, blocks=blocks)
        if row is None:
            continue
        repositories.audit(
            session, actor="system", action="reminder_sent", now=now, referral_id=referral.id,
            detail={"asked_at": referral.last_asked_at.isoformat() if referral.last_asked_at else None},
        )
        sent += 1
        log.info("queued the reminder for %s", referral.reference)
    return sent


def remind_due(db: Database, ctx: Context) -> int:
    with db.unit_of_work() as session:
        return send_due_reminders(session, ctx)


async def run_reminder_worker(db: Database, ctx: Context, stop: asyncio.Event) -> None:
    """Look for referrals to remind every `reminder_check_seconds` until asked to stop."""
    await poll(
        "reminder check", lambda: asyncio.to_thread(remind_due, db, ctx), stop, ctx.settings.reminder_check_seconds,
        rest_after_work=True,
    )
