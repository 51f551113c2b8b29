"""The inbox worker: idempotent, retried with back-off, a stubborn message parked while the rest move on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import nlp
from intake import inbox, worker
from intake.context import Context
from intake.messages import InboundMessage
from intake.settings import Settings
from storage import models
from storage.db import Database
from storage.queue import backoff
from tests.support.clock import Clock


def poisoned_extract(report: nlp.Report) -> nlp.Extraction:
    """The real extractor, except that it breaks on one message, as a bug in a rule might."""
    if "POISON" in report.text:
        raise ValueError("extractor broke")
    return nlp.extract(report)


def email(source_id: str, text: str) -> InboundMessage:
    return InboundMessage(
        channel="email", source_id=source_id, received_at=datetime(2026, 10, 5, 8, tzinfo=UTC),
        sender="hv@health.example", sender_name="Health Visitor", subject="Referral", text=text,
        reply_to={"address": "hv@health.example", "message_id": source_id, "references": []},
    )


def statuses(db: Database) -> dict[str, tuple[str, int]]:
    with db.unit_of_work() as s:
        return {m.source_id: (m.status, m.attempts) for m in s.query(models.InboundMessage)}


def test_a_failing_message_is_retried_then_parked_and_never_stalls_the_rest(db: Database) -> None:
    clock = Clock(datetime(2026, 10, 5, 9, 0, tzinfo=UTC))
    ctx = Context(settings=Settings(max_attempts=3, retry_base_seconds=10), clock=clock, extract=poisoned_extract)
    inbox.accept(db, email("<bad@x>", "POISON pill"))
    inbox.accept(db, email("<good@x>", "Child Tom Evans aged 8 lives at 1 Heol Un, Porth CF39 1AA."))

    worker.process_due(db, ctx)
    assert statuses(db) == {"<bad@x>": ("failed", 1), "<good@x>": ("done", 0)}

    # Not due yet: back-off holds it.
    assert worker.process_due(db, ctx) == 0
    clock.now += timedelta(seconds=10)
    worker.process_due(db, ctx)
    assert statuses(db)["<bad@x>"] == ("failed", 2)
    clock.now += timedelta(seconds=20)
    worker.process_due(db, ctx)
    assert statuses(db)["<bad@x>"] == ("parked", 3)
    clock.now += timedelta(days=1)
    assert worker.process_due(db, ctx) == 0
    with db.unit_of_work() as s:
        parked = s.query(models.InboundMessage).filter_by(source_id="<bad@x>").one()
        assert "ValueError: extractor broke" in (parked.last_error or "")
        # The failure left nothing half-filed: only the good message has a referral and replies.
        [referral] = s.query(models.Referral).all()
        assert {o.referral_id for o in s.query(models.OutboxMessage)} == {referral.id}
        assert s.query(models.ReferralChild).filter_by(referral_id=referral.id).count() >= 1


def test_processing_twice_files_once(db: Database) -> None:
    ctx = Context(settings=Settings())
    message_id, is_new = inbox.accept(db, email("<once@x>", "Child Nia Roberts aged 7."))
    assert is_new
    assert inbox.accept(db, email("<once@x>", "Child Nia Roberts aged 7.")) == (None, False)
    worker.process_due(db, ctx)
    assert message_id is not None
    worker.process_one(db, ctx, message_id)  # a second worker arriving late finds it done
    with db.unit_of_work() as s:
        assert s.query(models.Referral).count() == 1
        acknowledgements = s.query(models.OutboxMessage).filter_by(purpose="acknowledgement").count()
        assert acknowledgements == 1


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n, 2).total_seconds() for n in (1, 2, 3, 4)] == [2, 4, 8, 16]
    assert backoff(40, 2, cap_seconds=300).total_seconds() == 300


def test_a_parked_message_is_listed_and_once_the_fault_is_fixed_retried(db: Database) -> None:
    clock = Clock(datetime(2026, 10, 5, 9, 0, tzinfo=UTC))
    broken = Context(settings=Settings(max_attempts=1), clock=clock, extract=poisoned_extract)
    inbox.accept(db, email("<parked@x>", "POISON: Child Iestyn Ffug aged 10 at 4 Heol Ffug, Porth CF39 9ZZ."))
    worker.process_due(db, broken)

    [held] = inbox.held_back(db)
    assert (held["source_id"], held["status"], held["error"]) == ("<parked@x>", "parked", "ValueError: extractor broke")
    assert "Iestyn" not in str(held)  # an operator's listing carries no child's details

    assert inbox.retry(db, held["id"])
    assert not inbox.retry(db, held["id"])
    fixed = Context(settings=Settings(), clock=clock)  # the real extractor: the "fix" is deployed
    worker.process_due(db, fixed)
    assert statuses(db)["<parked@x>"][0] == "done"
    assert inbox.held_back(db) == []
