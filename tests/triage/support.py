"""Builders for triage tests: a report as stored in the inbox and what the extractor found in it.

Every name, address and school here is made up for these tests.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import nlp
from intake import filing, triage
from intake.context import Context
from intake.settings import Settings
from storage import models, repositories
from storage.db import Database
from tests.support.clock import Clock

ROUTING_EXAMPLE = Path(__file__).parents[2] / "config" / "routing.example.yaml"
RECEIVED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
_ids = itertools.count(1)


def make_ctx(clock: Clock | None = None, **settings: Any) -> Context:
    settings.setdefault("routing_file", str(ROUTING_EXAMPLE))
    return Context(Settings(**settings), clock=clock or Clock(RECEIVED))


def found(value: Any) -> nlp.Found | None:
    return None if value is None else nlp.Found(value, 0, 0, 0.9)


def child(
    name: str | None = None, *, dob: date | None = None, age: int | None = None, address: str | None = None,
    postcode: str | None = None, school: str | None = None, upn: str | None = None,
    carer: str | None = None, relationship: str | None = None, gp: str | None = None,
) -> nlp.ChildFound:
    return nlp.ChildFound(
        name=found(name), date_of_birth=found(dob), age=found(age), address=found(address),
        postcode=found(postcode), school=found(school), upn=found(upn), carer_name=found(carer),
        carer_relationship=found(relationship), gp_practice=found(gp),
    )


@dataclass
class Report:
    text: str
    children: list[nlp.ChildFound]
    concern: bool = False
    indicators: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    sender: str = "attendance@ysgol-ffug.example.org"
    received_at: datetime = RECEIVED

    def extraction(self) -> nlp.Extraction:
        return nlp.Extraction(
            text=self.text, children=self.children, referrer_agency=found("school"),
            reasons=list(self.reasons), risk_indicators=list(self.indicators),
            child_protection_concern=self.concern,
            evidence=[nlp.Found(words, 0, len(words), 0.9) for words in self.evidence],
        )


def store_message(session: Session, report: Report) -> models.InboundMessage:
    n = next(_ids)
    message = models.InboundMessage(
        channel="email", source_id=f"<triage-test-{n}@example.org>", received_at=report.received_at,
        sender=report.sender, sender_name="Attendance Officer", subject="CME referral", text=report.text,
        thread_refs=[], reply_to={"address": report.sender, "message_id": f"<triage-test-{n}@example.org>"},
        status="pending", attempts=0, created_at=report.received_at,
    )
    session.add(message)
    session.flush()
    return message


def file_and_triage(db: Database, ctx: Context, report: Report) -> str:
    """File the report as the pipeline does, triage it, and return its reference."""
    with db.unit_of_work() as session:
        message = store_message(session, report)
        row = filing.new_referral(session, message, report.extraction(), ctx)
        triage.triage(session, row, ctx)
        return row.reference or ""


def referral(session: Session, reference: str) -> models.Referral:
    row = repositories.referral_by_reference(session, reference)
    assert row is not None
    return row


def outbox(session: Session, purpose: str | None = None) -> list[models.OutboxMessage]:
    stmt = select(models.OutboxMessage).order_by(models.OutboxMessage.id)
    if purpose is not None:
        stmt = stmt.where(models.OutboxMessage.purpose == purpose)
    return list(session.scalars(stmt))
