"""Triage on a real case store: priority, eligibility, routing, notifications, linking and re-triage."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import select

from intake import cases, triage
from intake.context import Context
from intake.eligibility import local_date
from intake.export import export_referrals
from intake.pipeline import process_message
from storage import models
from tests.triage.support import Report, child, file_and_triage, make_ctx, outbox, referral, store_message

CONCERN = Report(
    "Hello, Cerys Prydderch-Ffug (DOB 12/05/2015), 22 Heol Ddychmygol, Cwmffug, CF99 6QZ, has not attended "
    "Ysgol Gynradd Cwm Ffug since 29th September. She told her teacher that mum's partner hits her.",
    [child("Cerys Prydderch-Ffug", dob=date(2015, 5, 12), address="22 Heol Ddychmygol, Cwmffug, CF99 6QZ",
           postcode="CF99 6QZ", school="Ysgol Gynradd Cwm Ffug", carer="Rhian Prydderch",
           relationship="mother")],
    concern=True,
    evidence=("mum's partner hits her",),
)


def slack_text(row: models.OutboxMessage) -> str:
    return json.dumps(row.payload, ensure_ascii=False)


def test_a_child_protection_concern_is_urgent_and_says_why(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        row = referral(session, reference)
        assert row.priority == "urgent"
        reasons = {r["code"]: r for r in row.priority_reasons}
        assert reasons["child_protection_concern"]["words"] == "mum's partner hits her"
        assert reasons["length_of_absence"]["level"] == "high"
        assert row.eligibility == "compulsory_school_age"
        assert row.assigned_to == "awo.cwm"  # the school's AWO
        case = session.get(models.Case, row.case_id)
        assert case is not None and case.priority == "urgent" and case.awo_slack == "U0FICT0001"


def test_the_awo_gets_a_slack_dm_and_an_email_naming_the_child_by_first_name_and_area(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        slack = outbox(session, "awo_notification")
        dm = next(r for r in slack if r.kind == "slack")
        email = next(r for r in slack if r.kind == "email")
        assert dm.payload["channel"] == "U0FICT0001"
        assert email.payload["to"] == "nia.prydderch@example.gov.wales"
        assert reference in email.payload["subject"]
        for text in (slack_text(dm), email.payload["text"]):
            assert "Cerys" in text and "CF99" in text and "Urgent".lower() in text.lower()
            # No surname, address, postcode, carer's name or date of birth by default.
            for private in ("Prydderch", "Ffug-", "Heol Ddychmygol", "CF99 6QZ", "Rhian", "12/05/2015"):
                assert private not in text
        actions = next(b for b in dm.payload["blocks"] if b["type"] == "actions")["elements"]
        accept, open_ = actions
        assert (accept["action_id"], accept["value"]) == ("accept_case", reference)
        assert open_["url"] == f"http://127.0.0.1:8080/referrals/{reference}"
        assert "GP" in slack_text(dm)  # what is still missing


def test_settings_can_allow_the_surname_and_address_in_notifications(db) -> None:
    ctx = make_ctx(notify_include_surname=True, notify_include_address=True)
    file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        dm = next(r for r in outbox(session, "awo_notification") if r.kind == "slack")
        assert "Cerys Prydderch-Ffug" in slack_text(dm) and "22 Heol Ddychmygol" in slack_text(dm)


def test_a_child_protection_concern_goes_to_childrens_services_at_once(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        (sent,) = outbox(session, "childrens_services_notification")
        assert sent.kind == "email" and sent.payload["to"] == "childrens-services@example.gov.wales"
        assert reference in sent.payload["text"] and "Prydderch" not in sent.payload["text"]


def test_without_a_routing_file_the_duty_awo_of_the_settings_is_assigned(db) -> None:
    ctx = make_ctx(routing_file=None)
    reference = file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        assert referral(session, reference).assigned_to == "duty-awo"
        sent = outbox(session, "awo_notification")
        # The default duty AWO has an email address and no Slack id.
        assert [(r.kind, r.payload["to"]) for r in sent] == [("email", "duty-awo@example.gov.wales")]


def test_an_electively_home_educated_child_is_filed_and_sent_to_the_ehe_team(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, Report(
        "Mum has written to withdraw Tomos Ffug (9) from Ysgol Gynradd Cwm Ffug to electively home educate.",
        [child("Tomos Ffug", age=9, school="Ysgol Gynradd Cwm Ffug", postcode="CF99 1AA")],
        reasons=("withdrawn_by_parent", "elective_home_education"),
    ))
    with db.unit_of_work() as session:
        row = referral(session, reference)
        assert row.status == "received" and row.eligibility == "elective_home_education"
        assert row.assigned_to == "Elective Home Education team (fictional)"
        case = session.get(models.Case, row.case_id)
        assert case.first_contact_due is None  # not on the CME queue's clock
        (email,) = outbox(session, "awo_notification")
        assert email.payload["to"] == "ehe-team@example.gov.wales"
        assert "electively home educated" in email.payload["text"]


def test_triage_again_queues_nothing_twice_and_tells_the_awo_again_when_priority_rises(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, Report(
        "Osian Bevan, 8, SA99 4CD, moved into the area and is not on a school roll.",
        [child("Osian Bevan", age=8, postcode="SA99 4CD")], reasons=("moved_into_area",),
    ))
    with db.unit_of_work() as session:
        row = referral(session, reference)
        assert row.priority == "normal" and row.assigned_to == "awo.bryn"
        triage.triage(session, row, ctx)
        assert len(outbox(session, "awo_notification")) == 2  # one DM, one email
        row.child_protection_concern = True
        row.evidence = [{"value": "not on a school roll", "message_id": None, "start": 0, "end": 0}]
        triage.triage(session, row, ctx)
        assert row.priority == "urgent"
        assert len(outbox(session, "awo_notification")) == 4
        assert len(outbox(session, "childrens_services_notification")) == 1
        assert session.get(models.Case, row.case_id).priority == "urgent"


def test_an_answer_that_reveals_an_open_case_folds_the_new_case_into_it(db) -> None:
    ctx = make_ctx()
    first = file_and_triage(db, ctx, Report(
        "Gruff Bevan, born 01/02/2018, 3 Clos Ffug, SA99 4CD, left Pantffug Primary School.",
        [child("Gruff Bevan", dob=date(2018, 2, 1), postcode="SA99 4CD", school="Pantffug Primary School")],
    ))
    second = file_and_triage(db, ctx, Report("Gruff Bevan has not been seen.", [child("Gruff Bevan")]))
    with db.unit_of_work() as session:
        a, b = referral(session, first), referral(session, second)
        assert a.case_id != b.case_id
        # The referrer's answer gives the date of birth and postcode: now it is clearly the same child.
        b.children[0].date_of_birth, b.children[0].postcode = date(2018, 2, 1), "SA99 4CD"
        folded = b.case_id
        triage.triage(session, b, ctx)
        assert b.case_id == a.case_id
        assert session.get(models.Case, folded).status == "merged"
        assert b.assigned_to == a.assigned_to


def test_the_export_shows_triage(db) -> None:
    ctx = make_ctx()
    first = file_and_triage(db, ctx, CONCERN)
    second = file_and_triage(db, ctx, Report(
        "Cerys Prydderch Ffug, 11, of 22 Heol Ddychmygol CF99 6QZ is missing education.",
        [child("Cerys Prydderch Ffug", age=11, postcode="CF99 6QZ")], sender="hv@health.example.org",
    ))
    rows = {r["reference"]: r for r in export_referrals(db)}
    assert rows[first]["priority"] == "urgent"
    assert rows[first]["priority_reasons"][0]["code"] == "child_protection_concern"
    assert rows[first]["eligibility"] == "compulsory_school_age"
    assert rows[first]["assigned_to"] == rows[second]["assigned_to"] == "awo.cwm"
    assert rows[first]["case_id"] == rows[second]["case_id"] is not None
    assert rows[first]["linked_reports"] == [second] and rows[second]["linked_reports"] == [first]


def test_the_referrer_is_told_their_report_joined_an_open_case(db) -> None:
    reports = {
        "first": Report("Nel Morgan, 10, 8 Rhodfa Ffug, SA99 2EF, has left the area.",
                        [child("Nel Morgan", age=10, postcode="SA99 2EF")]),
        "second": Report("Nel Morgan aged 10, 8 Rhodfa Ffug SA99 2EF, not at school.",
                         [child("Nel Morgan", age=10, postcode="SA99 2EF")], sender="police@example.org"),
    }
    by_text = {r.text: r.extraction() for r in reports.values()}
    ctx = make_ctx()
    ctx = Context(ctx.settings, clock=ctx.clock, extract=lambda report: by_text[report.text])
    texts = {}
    for report in reports.values():
        with db.unit_of_work() as session:
            process_message(session, store_message(session, report), ctx)
    with db.unit_of_work() as session:
        for row in outbox(session, "acknowledgement"):
            texts[row.payload["to"]] = row.payload["text"]
    assert "open case" not in texts[reports["first"].sender]
    told = texts["police@example.org"]
    assert "We already have an open case for Nel" in told and "achos agored eisoes ar gyfer Nel" in told


def test_an_awo_accepts_the_case_from_slack_and_triage_then_leaves_it_with_them(db) -> None:
    ctx = make_ctx()
    reference = file_and_triage(db, ctx, CONCERN)
    with db.unit_of_work() as session:
        case = cases.accept_case(session, reference, "U0FICT0003", ctx)  # Siwan, not the routed AWO
        assert (case.accepted_by, case.assigned_to, case.awo_slack) == ("awo.bryn", "awo.bryn", "U0FICT0003")
        first_accepted = case.accepted_at
        ctx.clock.advance(hours=1)  # type: ignore[attr-defined]
        assert cases.accept_case(session, reference, "U0FICT0001", ctx).accepted_at == first_accepted
        row = referral(session, reference)
        triage.triage(session, row, ctx)
        assert row.assigned_to == "awo.bryn"
        assert session.scalar(select(models.AuditEvent).where(models.AuditEvent.action == "case_accepted"))


def test_ages_are_reckoned_on_the_welsh_date_of_receipt(db) -> None:
    # 23:30 UTC on 31 August is 00:30 on 1 September in Wales: the first day of the new school year.
    received = datetime(2026, 8, 31, 23, 30, tzinfo=UTC)
    assert local_date(received) == date(2026, 9, 1)


def test_with_the_real_extractor_the_reasons_quote_the_report(db) -> None:
    ctx = make_ctx()  # the project's own extractor
    report = Report(
        "Hello,\n\nWe are worried about Elis Ffug (DOB 02/02/2014) of 9 Teras Ffug, Cwmffug, CF99 7XY. He has not "
        "attended since 1st October and mum told us they fled domestic abuse and are now in a refuge.\n\n"
        "Thanks,\nAttendance Officer, Ysgol Gyfun Afon Ddychmygol",
        [],
    )
    with db.unit_of_work() as session:
        process_message(session, store_message(session, report), ctx)
    (row,) = list(export_referrals(db))
    assert row["priority"] in ("high", "urgent")
    quoted = {r["code"]: r["words"] for r in row["priority_reasons"]}
    assert "domestic abuse" in quoted["domestic_violence"]
    assert "since 1st October" in quoted["length_of_absence"]
    assert not any(w in (r["words"] or "") for r in row["priority_reasons"] for w in ("_violence", "refuge\""))
