"""Due dates by priority, and overdue cases chased: the AWO once, then the manager once, later."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from intake import due
from intake.context import Context
from storage import models
from tests.triage.support import RECEIVED, Clock, Report, child, file_and_triage, make_ctx, outbox, referral

ROUTINE = Report(
    "Megan Bevan, 11, 3 Clos Ffug, SA99 4CD, moved into the area and has no school place.",
    [child("Megan Bevan", age=11, postcode="SA99 4CD")], reasons=("moved_into_area",),
)


def case_of(session, reference: str) -> models.Case:
    case = session.get(models.Case, referral(session, reference).case_id)
    assert case is not None
    return case


def test_due_dates_follow_priority_and_settings(db) -> None:
    ctx = make_ctx(first_contact_days={"urgent": 1, "high": 3, "normal": 7}, home_visit_days={"normal": 14})
    reference = file_and_triage(db, ctx, ROUTINE)
    with db.unit_of_work() as session:
        case = case_of(session, reference)
        assert case.priority == "normal"
        assert case.first_contact_due == RECEIVED + timedelta(days=7)
        assert case.home_visit_due == RECEIVED + timedelta(days=14)


def test_a_rise_in_priority_brings_the_due_dates_forward_and_never_back() -> None:
    settings = make_ctx().settings
    case = models.Case(status="open", opened_at=RECEIVED)
    due.set_due_dates(case, "normal", settings)
    normal_due = case.first_contact_due
    due.set_due_dates(case, "urgent", settings)
    assert case.first_contact_due == RECEIVED + timedelta(days=1) < normal_due
    due.set_due_dates(case, "normal", settings)
    assert case.first_contact_due == RECEIVED + timedelta(days=1)


def test_an_overdue_case_tells_the_awo_once_then_the_manager_once(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, manager_escalation_hours=24)
    reference = file_and_triage(db, ctx, ROUTINE)
    assert due.check_overdue(db, ctx) == 0

    clock.advance(days=5, minutes=1)  # first contact was due after five days
    assert due.check_overdue(db, ctx) == 2  # the AWO's Slack DM and email
    assert due.check_overdue(db, ctx) == 0
    with db.unit_of_work() as session:
        sent = outbox(session, "overdue_first_contact")
        assert {r.payload.get("channel") or r.payload.get("to") for r in sent} == {
            "U0FICT0003", "siwan.bevan@example.gov.wales",
        }
        for row in sent:
            words = str(row.payload.get("blocks") or row.payload.get("text"))
            assert "Megan" in words and "Bevan" not in words and "4CD" not in words
        assert reference in sent[0].payload["text"]

    clock.advance(hours=23)
    assert due.check_overdue(db, ctx) == 0  # not yet a day past due
    clock.advance(hours=2)
    assert due.check_overdue(db, ctx) == 2  # the manager, by Slack and email
    assert due.check_overdue(db, ctx) == 0
    with db.unit_of_work() as session:
        sent = outbox(session, "overdue_first_contact")
        to = {r.payload.get("channel") or r.payload.get("to") for r in sent}
        assert {"U0FICT0100", "aws-manager@example.gov.wales"} <= to
        case = case_of(session, reference)
        assert case.first_contact_awo_notified_at is not None
        assert case.first_contact_manager_notified_at is not None


def test_first_contact_recorded_stops_the_chase(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock)
    reference = file_and_triage(db, ctx, ROUTINE)
    with db.unit_of_work() as session:
        due.record_first_contact(case_of(session, reference), clock.now + timedelta(days=1))
    clock.advance(days=6)
    assert due.check_overdue(db, ctx) == 0


def test_a_step_recorded_on_the_desk_counts(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock)
    reference = file_and_triage(db, ctx, ROUTINE)
    with db.unit_of_work() as session:
        session.add(models.CaseStep(referral_id=referral(session, reference).id, step="enquiries",
                                    detail={}, actor="awo.bryn", at=clock.now + timedelta(days=2)))
    clock.advance(days=6)
    assert due.check_overdue(db, ctx) == 0  # first contact made; the home visit is not yet due
    clock.advance(days=5)
    assert due.check_overdue(db, ctx) == 2
    with db.unit_of_work() as session:
        assert outbox(session, "overdue_first_contact") == []
        assert len(outbox(session, "overdue_home_visit")) == 2


async def test_the_due_worker_checks_until_stopped(db) -> None:
    clock = Clock(RECEIVED)
    ctx = make_ctx(clock, due_check_seconds=0.05)
    reference = await asyncio.to_thread(file_and_triage, db, ctx, ROUTINE)
    clock.advance(days=30)
    stop = asyncio.Event()
    worker = asyncio.create_task(due.run_due_worker(db, ctx, stop))
    for _ in range(200):
        with db.unit_of_work() as session:
            if case_of(session, reference).home_visit_awo_notified_at is not None:
                break
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(worker, 5)
    with db.unit_of_work() as session:
        assert case_of(session, reference).home_visit_awo_notified_at is not None


def test_check_overdue_takes_a_session_too(db) -> None:
    clock = Clock(RECEIVED)
    ctx: Context = make_ctx(clock)
    file_and_triage(db, ctx, ROUTINE)
    clock.advance(days=11)
    with db.unit_of_work() as session:
        assert due.check_overdue(session, ctx) == 4  # first contact and home visit, Slack and email each
