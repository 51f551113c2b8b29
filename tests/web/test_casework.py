"""Moving a case along: corrections kept apart from extraction, the workflow's steps, notes, the audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake import casework, desk
from storage import models, repositories
from tests.web.seed import RHONDDA_REPORT, TAFF_REPORT, file_referral


def _load(session, officer, reference):
    return desk.load_referral(session, officer, reference)


def _audit(db, reference):
    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, reference)
        return list(
            session.execute(
                select(models.AuditEvent.actor, models.AuditEvent.action)
                .where(models.AuditEvent.referral_id == referral.id)
                .order_by(models.AuditEvent.id)
            )
        )


def test_a_correction_is_kept_apart_from_what_was_extracted(db, ctx, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        referral, children = _load(session, awo, ref)
        extracted_school = referral.children[0].school
        casework.correct_field(
            session, awo, referral, children[0].id, "school", "Ysgol Gymraeg Tonypandy", ctx.now()
        )
        casework.confirm_field(session, awo, referral, children[0].id, "postcode", ctx.now())
    with db.unit_of_work() as session:
        referral, children = _load(session, awo, ref)
        school = next(f for f in children[0].fields if f.name == "school")
        postcode = next(f for f in children[0].fields if f.name == "postcode")
        assert referral.children[0].school == extracted_school  # the extraction is untouched
        assert (school.value, school.extracted, school.corrected_by) == (
            "Ysgol Gymraeg Tonypandy",
            extracted_school,
            "awo.rhondda",
        )
        assert postcode.confirmed_by == "awo.rhondda"
        assert (
            session.scalar(
                select(models.FieldCorrection.value).where(models.FieldCorrection.field == "school")
            )
            == "Ysgol Gymraeg Tonypandy"
        )
    assert ("user:awo.rhondda", "field_corrected") in _audit(db, ref)


@pytest.mark.parametrize(
    "field,value,why",
    [
        ("date_of_birth", "31/02/2014", "YYYY-MM-DD"),
        ("age", "eleven", "whole number"),
        ("upn", "12345", "UPN"),
        ("name", "   ", "enter a value"),
    ],
)
def test_corrections_of_the_wrong_kind_are_refused(db, ctx, officers, field, value, why):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session, pytest.raises(casework.CaseworkError, match=why):
        referral, children = _load(session, awo, ref)
        casework.correct_field(session, awo, referral, children[0].id, field, value, ctx.now())


def test_the_workflow_from_assignment_to_closure_each_step_timestamped(db, ctx, clock, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    manager, awo = officers["mair.manager"], officers["awo.rhondda"]
    with db.unit_of_work() as session:
        casework.assign(session, manager, _load(session, manager, ref)[0], "awo.rhondda", ctx.now())
    clock.advance(days=1)
    with db.unit_of_work() as session:
        casework.record_enquiries(session, awo, _load(session, awo, ref)[0], "School and GP asked", ctx.now())
    clock.advance(days=2)
    with db.unit_of_work() as session:
        casework.record_home_visit(
            session,
            awo,
            _load(session, awo, ref)[0],
            visited_on="",
            result="child_seen",
            note="Seen with mother",
            now=ctx.now(),
        )
        with pytest.raises(casework.CaseworkError, match="which school"):
            casework.record_outcome(
                session, awo, _load(session, awo, ref)[0], outcome="back_on_roll", now=ctx.now()
            )
    with db.unit_of_work() as session:
        casework.record_outcome(
            session,
            awo,
            _load(session, awo, ref)[0],
            outcome="back_on_roll",
            school="Ysgol Tonypandy",
            now=ctx.now(),
        )
        casework.record_sao(
            session, awo, _load(session, awo, ref)[0], instigated_on="", note="", now=ctx.now()
        )
        casework.close(session, awo, _load(session, awo, ref)[0], "Back on roll and attending", ctx.now())
    with db.unit_of_work() as session:
        referral, _ = _load(session, awo, ref)
        steps = desk.steps(session, referral)
        assert referral.status == "closed"
        assert [s.step for s in steps] == ["assigned", "enquiries", "home_visit", "outcome", "sao", "closed"]
        assert steps[1].at - referral.received_at == timedelta(days=1)
        assert steps[2].at - steps[1].at == timedelta(days=2)
        assert steps[3].detail == {"outcome": "back_on_roll", "school": "Ysgol Tonypandy"}
        with pytest.raises(casework.CaseworkError, match="closed"):
            casework.record_enquiries(session, awo, referral, "more", ctx.now())
    actions = [a for _, a in _audit(db, ref)]
    for action in (
        "case_assigned",
        "case_enquiries",
        "case_home_visit",
        "case_outcome",
        "case_sao",
        "case_closed",
    ):
        assert action in actions


def test_a_closed_case_can_be_reopened_with_a_reason(db, ctx, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        casework.close(
            session, awo, _load(session, awo, ref)[0], "Duplicate of an earlier referral", ctx.now()
        )
    with db.unit_of_work() as session:
        casework.reopen(session, awo, _load(session, awo, ref)[0], "Not a duplicate after all", ctx.now())
    with db.unit_of_work() as session:
        assert _load(session, awo, ref)[0].status == "enquiries"


def test_only_a_manager_reassigns(db, ctx, officers):
    ref = file_referral(db, ctx, TAFF_REPORT)
    manager, taff, rhondda = officers["mair.manager"], officers["awo.taff"], officers["awo.rhondda"]
    with db.unit_of_work() as session:
        casework.assign(session, manager, _load(session, manager, ref)[0], "awo.taff", ctx.now())
    with db.unit_of_work() as session, pytest.raises(desk.Forbidden):
        casework.assign(session, taff, _load(session, taff, ref)[0], "awo.rhondda", ctx.now())
    with db.unit_of_work() as session, pytest.raises(desk.Forbidden):
        _load(session, rhondda, ref)  # someone else's, in someone else's area
    with db.unit_of_work() as session:
        casework.assign(session, manager, _load(session, manager, ref)[0], "awo.rhondda", ctx.now())
    with db.unit_of_work() as session:
        assert _load(session, rhondda, ref)[0].assigned_to == "awo.rhondda"


def test_an_awo_may_take_an_unassigned_referral_from_another_area(db, ctx, officers):
    ref = file_referral(db, ctx, TAFF_REPORT)
    rhondda = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        repositories.referral_by_reference(session, ref).assigned_to = None  # as if routing found no one
    with db.unit_of_work() as session:
        casework.assign(session, rhondda, _load(session, rhondda, ref)[0], "awo.rhondda", ctx.now())
    with db.unit_of_work() as session:
        assert _load(session, rhondda, ref)[0].assigned_to == "awo.rhondda"


def test_notes_are_kept_in_order_with_their_author(db, ctx, clock, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        casework.add_note(session, awo, _load(session, awo, ref)[0], "Phoned the school", ctx.now())
        clock.advance(minutes=5)
        casework.add_note(session, awo, _load(session, awo, ref)[0], "Left a card at the house", ctx.now())
    with db.unit_of_work() as session:
        notes = desk.notes(session, _load(session, awo, ref)[0])
    assert [(n.author, n.text) for n in notes] == [
        ("awo.rhondda", "Phoned the school"),
        ("awo.rhondda", "Left a card at the house"),
    ]


def test_an_awo_accepts_the_case_triage_opened(db, ctx, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        casework.accept(session, awo, _load(session, awo, ref)[0], ctx)
    with db.unit_of_work() as session:
        referral, _ = _load(session, awo, ref)
        assert referral.assigned_to == "awo.rhondda"
        assert [(s.step, s.detail["awo"]) for s in desk.steps(session, referral)] == [("assigned", "awo.rhondda")]
        case = desk.case_of(session, referral)  # triage opens one case per child
        assert case is not None
        assert (case.accepted_by, case.assigned_to) == ("awo.rhondda", "awo.rhondda")
    with db.unit_of_work() as session, pytest.raises(desk.Forbidden):
        manager = officers["mair.manager"]
        casework.accept(session, manager, _load(session, manager, ref)[0], ctx)


def test_closing_the_last_referral_closes_the_childs_case_and_reopening_reopens_it(db, ctx, officers):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    awo = officers["awo.rhondda"]
    with db.unit_of_work() as session:
        referral, _ = _load(session, awo, ref)
        assert desk.case_of(session, referral) is not None
        casework.close(session, awo, referral, "Found on roll elsewhere", ctx.now())
    with db.unit_of_work() as session:
        assert desk.case_of(session, _load(session, awo, ref)[0]).status == "closed"
        casework.reopen(session, awo, _load(session, awo, ref)[0], "New information", ctx.now())
    with db.unit_of_work() as session:
        assert desk.case_of(session, _load(session, awo, ref)[0]).status == "open"
