"""The queue and who sees what."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from intake import casework, desk
from intake.desk import QueueFilter
from storage import models, repositories
from tests.web.seed import RHONDDA_REPORT, TAFF_REPORT, file_referral


def _set(db, reference, **values):
    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, reference)
        for name, value in values.items():
            setattr(referral, name, value)


@pytest.fixture
def three(db, ctx, clock, officers):
    """Rhondda normal (oldest), Rhondda high, Taff normal assigned to the Taff AWO."""
    first = file_referral(db, ctx, RHONDDA_REPORT)
    clock.advance(hours=1)
    urgent = file_referral(db, ctx, RHONDDA_REPORT.replace("Seren Bevan", "Elis Bevan"))
    clock.advance(hours=1)
    taff = file_referral(db, ctx, TAFF_REPORT)
    _set(db, first, priority="normal", assigned_to=None)
    _set(db, urgent, priority="high", assigned_to=None)
    _set(db, taff, priority="normal", assigned_to="awo.taff")
    return first, urgent, taff


def _queue(db, ctx, officer, **flt):
    with db.unit_of_work() as session:
        return [r.reference for r in desk.queue(session, officer, QueueFilter(**flt), ctx.now().date())]


def test_queue_is_most_urgent_first_then_by_due_date(db, ctx, officers, three):
    first, urgent, taff = three
    assert _queue(db, ctx, officers["mair.manager"]) == [urgent, first, taff]


def test_an_awo_sees_their_own_area_and_the_unassigned_not_another_areas(db, ctx, officers, three):
    first, urgent, taff = three
    assert _queue(db, ctx, officers["awo.rhondda"]) == [urgent, first]
    assert _queue(db, ctx, officers["awo.taff"]) == [urgent, first, taff]  # the unassigned are anyone's
    assert _queue(db, ctx, officers["aled.admin"]) == []  # admins run accounts, not cases
    with db.unit_of_work() as session, pytest.raises(desk.Forbidden):
        desk.load_referral(session, officers["awo.rhondda"], taff)


def test_filters_and_search(db, ctx, clock, officers, three):
    first, urgent, taff = three
    manager = officers["mair.manager"]
    assert _queue(db, ctx, manager, area="cf37") == [taff]
    assert _queue(db, ctx, manager, awo="awo.taff") == [taff]
    assert _queue(db, ctx, manager, q="elis") == [urgent]
    assert _queue(db, ctx, manager, q=taff.lower()) == [taff]
    assert _queue(db, ctx, manager, overdue=True) == []
    with db.unit_of_work() as session:
        for ref in (first, taff):  # first contact made: next due is the home visit, further off
            casework.record_enquiries(
                session, manager, desk.load_referral(session, manager, ref)[0], "Asked", ctx.now()
            )
        referral, children = desk.load_referral(session, manager, first)
        casework.correct_field(session, manager, referral, children[0].id, "upn", "A12345678901X", ctx.now())
    clock.advance(days=6)  # past first contact for any priority, short of a home visit for normal ones
    assert _queue(db, ctx, manager, overdue=True) == [urgent]
    assert _queue(db, ctx, manager, q="a12345678901x") == [first]
    assert _queue(db, ctx, manager, status="enquiries") == [first, taff]
    with db.unit_of_work() as session:
        casework.close(session, manager, desk.load_referral(session, manager, first)[0], "Found", ctx.now())
    assert first not in _queue(db, ctx, manager)
    assert _queue(db, ctx, manager, status="closed") == [first]


def test_area_follows_a_corrected_postcode(db, ctx, officers, three):
    first, _, _ = three
    manager = officers["mair.manager"]
    with db.unit_of_work() as session:
        referral, children = desk.load_referral(session, manager, first)
        casework.correct_field(session, manager, referral, children[0].id, "postcode", "cf37 1aa", ctx.now())
    assert first in _queue(db, ctx, manager, area="CF37")


def test_every_view_is_in_the_audit_log(db, ctx, officers, three):
    first, _, _ = three
    with db.unit_of_work() as session:
        referral, _ = desk.load_referral(session, officers["awo.rhondda"], first)
        desk.record_view(session, officers["awo.rhondda"], referral, ctx.now())
    with db.unit_of_work() as session:
        row = session.scalar(select(models.AuditEvent).where(models.AuditEvent.action == "referral_viewed"))
        assert (row.actor, row.at, row.referral_id) == ("user:awo.rhondda", ctx.now(), referral.id)


def test_linked_reports_find_the_same_child_by_a_corrected_upn(db, ctx, officers, three):
    first, urgent, taff = three
    manager = officers["mair.manager"]
    with db.unit_of_work() as session:
        for ref in (first, taff):
            referral, children = desk.load_referral(session, manager, ref)
            casework.correct_field(session, manager, referral, children[0].id, "upn", "B98765432101Z", ctx.now())
    with db.unit_of_work() as session:
        referral, children = desk.load_referral(session, manager, first)
        linked = {(link.reference, link.why) for link in desk.linked_referrals(session, referral, children)}
    assert (taff, "same UPN") in linked
    assert first not in {ref for ref, _ in linked}


def test_linked_reports_follow_triages_cases_same_child_and_brothers_and_sisters(db, ctx, officers):
    seren = file_referral(db, ctx, RHONDDA_REPORT)
    elis = file_referral(
        db, ctx, RHONDDA_REPORT.replace("Seren Bevan", "Elis Bevan").replace("12/05/2014", "03/02/2016")
    )
    seren_again = file_referral(db, ctx, RHONDDA_REPORT)
    with db.unit_of_work() as session:
        referral, children = desk.load_referral(session, officers["mair.manager"], seren)
        linked = {(link.reference, link.why) for link in desk.linked_referrals(session, referral, children)}
    assert linked == {(elis, "brother or sister"), (seren_again, "same child")}
