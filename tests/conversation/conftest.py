"""A conversation with a referrer, driven through the inbox and the pipeline with a clock the test sets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from intake import inbox
from intake.context import Context
from intake.messages import InboundMessage
from intake.settings import Settings
from intake.worker import process_due
from storage import models
from storage.db import Database
from tests.support.clock import Clock

START = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)
PARTNER = "meg.jones@partner-agency.example"


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def ctx(db: Database, clock: Clock) -> Context:
    return Context(settings=Settings(database_url=db.url, reminder_after_hours=48), clock=clock)


class Conversation:
    """Sends messages as a referrer would and reads what the service did with them."""

    def __init__(self, db: Database, ctx: Context, clock: Clock) -> None:
        self.db, self.ctx, self.clock = db, ctx, clock
        self._n = 0

    def email(
        self, text: str, *, subject: str = "Child not in school", in_reply_to: str | None = None
    ) -> str:
        self._n += 1
        message_id = f"<m{self._n}@partner-agency.example>"
        refs = [in_reply_to] if in_reply_to else []
        self._deliver(InboundMessage(
            channel="email", source_id=message_id, received_at=self.clock(), sender=PARTNER,
            sender_name="Meg Jones", subject=subject, text=text, thread_refs=refs,
            reply_to={"address": PARTNER, "message_id": message_id, "references": refs, "subject": subject},
        ))
        return message_id

    def slack(self, text: str, *, ts: str, thread_ts: str | None = None) -> None:
        self._deliver(InboundMessage(
            channel="slack", source_id=f"CSCHOOL:{ts}", received_at=self.clock(), sender="UTEACHER1",
            sender_name="Mrs Test Teacher - Ysgol Prawf", text=text,
            thread_refs=[f"CSCHOOL:{thread_ts}"] if thread_ts else [],
            reply_to={"channel": "CSCHOOL", "thread_ts": thread_ts or ts},
        ))

    def _deliver(self, message: InboundMessage) -> None:
        inbox.accept(self.db, message)
        while process_due(self.db, self.ctx):
            pass

    def replies(self, purpose: str | None = None) -> list[dict[str, Any]]:
        """What the service queued for the referrer (not the AWO notifications), oldest first."""
        purposes = {purpose} if purpose else {"acknowledgement", "confirmation", "reminder"}
        with self.db.unit_of_work() as s:
            rows = s.scalars(select(models.OutboxMessage).order_by(models.OutboxMessage.id))
            return [dict(r.payload) for r in rows if r.purpose in purposes]

    def referral(self) -> models.Referral:
        with self.db.unit_of_work() as s:
            referrals = list(s.scalars(select(models.Referral)))
            assert len(referrals) == 1, f"expected one referral, found {len(referrals)}"
            referral = referrals[0]
            _ = [c.name for c in referral.children]  # load the children before the session ends
            return referral

    def audit(self, action: str) -> list[models.AuditEvent]:
        with self.db.unit_of_work() as s:
            return list(s.scalars(select(models.AuditEvent).where(models.AuditEvent.action == action)))


@pytest.fixture
def conversation(db: Database, ctx: Context, clock: Clock) -> Conversation:
    return Conversation(db, ctx, clock)


def still_needed(text: str, language: str = "en") -> set[str]:
    """The fields a reply asks for, read from its "Still needed" lines in one language."""
    from intake.replies import labels

    words = labels(language)
    caption = words["held"]["still_needed"]
    asked: set[str] = set()
    for line in text.splitlines():
        if line.strip().startswith(caption + ":"):
            wanted = [part.strip() for part in line.split(":", 1)[1].split(";")]
            asked |= {f for f, label in words["fields"].items() if label in wanted}
    return asked
