"""The termly report from a seeded autumn term: every figure checked."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from intake import casework, desk, report_output
from intake.report import build
from intake.terms import term
from storage import repositories
from tests.support.service import REPO
from tests.web.seed import RHONDDA_REPORT, TAFF_REPORT, file_referral


def _at(clock, when: datetime) -> None:
    clock.now = when


def _file(db, ctx, clock, when, agency, reasons, risks, text=RHONDDA_REPORT):
    _at(clock, when)
    ref = file_referral(db, ctx, text)
    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, ref)
        referral.referrer_agency, referral.reasons, referral.risk_indicators = agency, reasons, risks
    return ref


def _do(db, clock, officer, ref, when, step, *args, **kwargs):
    _at(clock, when)
    with db.unit_of_work() as session:
        referral, _ = desk.load_referral(session, officer, ref)
        getattr(casework, step)(session, officer, referral, *args, now=when, **kwargs)


@pytest.fixture
def autumn(db, ctx, clock, officers):
    """A term of referrals, with steps before, during and after it."""
    m = officers["mair.manager"]
    day = timedelta(days=1)
    t0 = datetime(2026, 8, 20, 10, tzinfo=UTC)
    r0 = _file(db, ctx, clock, t0, "school", ["did_not_arrive"], [])  # summer term, still open
    t1 = datetime(2026, 9, 7, 9, tzinfo=UTC)
    r1 = _file(db, ctx, clock, t1, "police", ["moved_into_area"], ["domestic_violence"])
    _do(db, clock, m, r1, t1 + day, "record_enquiries", "School asked")
    _do(db, clock, m, r1, t1 + 3 * day, "record_home_visit", visited_on="", result="child_seen", note="")
    _do(db, clock, m, r1, t1 + 10 * day, "record_outcome", outcome="back_on_roll", school="Ysgol Porth")
    _do(db, clock, m, r1, t1 + 10 * day, "close", "On roll")
    t2 = datetime(2026, 9, 14, 9, tzinfo=UTC)
    r2 = _file(db, ctx, clock, t2, "school", ["did_not_arrive"], [], TAFF_REPORT)
    _do(db, clock, m, r2, t2 + 2 * day, "record_enquiries", "Called the family")
    _do(
        db,
        clock,
        m,
        r2,
        t2 + 20 * day,
        "record_outcome",
        outcome="moved_out_known_destination",
        destination="Bristol City Council",
    )
    _do(db, clock, m, r2, t2 + 20 * day, "close", "CTF sent to the new authority")
    t3 = datetime(2026, 10, 5, 9, tzinfo=UTC)
    r3 = _file(
        db,
        ctx,
        clock,
        t3,
        "health",
        ["moved_away_unknown_destination", "extended_leave_not_returned"],
        ["extended_absence_abroad"],
    )
    _do(db, clock, m, r3, t3 + 4 * day, "record_enquiries", "Health visitor asked")
    _do(db, clock, m, r3, t3 + 30 * day, "record_outcome", outcome="destination_unknown")
    t4 = datetime(2026, 11, 2, 9, tzinfo=UTC)
    r4 = _file(db, ctx, clock, t4, "police", ["other"], ["young_runaway", "criminal_justice"])
    _do(db, clock, m, r4, datetime(2027, 1, 10, 9, tzinfo=UTC), "record_enquiries", "After the term")
    t5 = datetime(2026, 12, 20, 9, tzinfo=UTC)
    r5 = _file(db, ctx, clock, t5, "school", ["not_registered_at_5"], [])
    _do(db, clock, m, r5, t5 + day, "record_enquiries", "Admissions asked")
    _file(db, ctx, clock, datetime(2027, 1, 5, 9, tzinfo=UTC), "police", ["other"], [])  # spring term
    _at(clock, datetime(2027, 1, 15, 12, tzinfo=UTC))
    return {"r0": r0, "r1": r1, "r2": r2, "r3": r3, "r4": r4, "r5": r5}


def test_the_figures_of_a_seeded_term(db, ctx, autumn):
    with db.unit_of_work() as session:
        report = build(session, term("autumn-2026"), ctx.now())
    assert report.as_of == datetime(2027, 1, 1, tzinfo=UTC)
    assert report.received == 5
    assert report.by_agency == {"police": 2, "school": 2, "health": 1}
    assert report.by_reason == {
        "moved_into_area": 1,
        "did_not_arrive": 1,
        "moved_away_unknown_destination": 1,
        "extended_leave_not_returned": 1,
        "other": 1,
        "not_registered_at_5": 1,
    }
    assert report.by_risk == {
        "domestic_violence": 1,
        "none": 2,
        "extended_absence_abroad": 1,
        "young_runaway": 1,
        "criminal_justice": 1,
    }
    assert report.outcomes == {
        "back_on_roll": 1,
        "moved_out_known_destination": 1,
        "destination_unknown": 1,
        "no_outcome_yet": 2,
    }
    # First contact after 1, 2, 4 and 1 days; the enquiries into r4 came after the term and do not count.
    assert sorted(report.first_contact.values) == [1.0, 1.0, 2.0, 4.0]
    assert (report.first_contact.median, report.first_contact.mean) == (1.5, 2.0)
    assert sorted(report.resolution.values) == [10.0, 20.0, 30.0]
    assert (report.resolution.median, report.resolution.mean) == (20.0, 20.0)
    # Open at the term's end after four weeks or more: last term's r0, r3 (outcome but not closed), r4.
    assert sorted(c.reference for c in report.open_over_four_weeks) == sorted(
        [autumn["r0"], autumn["r3"], autumn["r4"]]
    )
    assert {c.reference: (c.outcome, c.outcome_detail) for c in report.tracked_out} == {
        autumn["r2"]: ("moved_out_known_destination", "Bristol City Council"),
        autumn["r3"]: ("destination_unknown", None),
    }


def test_csv_has_a_row_per_referral_and_no_childs_name(db, ctx, autumn):
    with db.unit_of_work() as session:
        report = build(session, term("autumn-2026"), ctx.now())
    text = report_output.to_csv(report)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["reference"] for r in rows] == [autumn[k] for k in ("r1", "r2", "r3", "r4", "r5")]
    assert rows[0]["outcome"] == "back_on_roll" and rows[0]["days_to_first_contact"] == "1.0"
    assert rows[3]["status"] == "received" and rows[3]["days_to_first_contact"] == ""
    assert "Seren" not in text and "Bevan" not in text


def test_html_and_pdf_carry_the_figures_and_charts(db, ctx, autumn):
    with db.unit_of_work() as session:
        report = build(session, term("autumn-2026"), ctx.now())
    html = report_output.to_html(report)
    assert '<dd id="fig-received">5</dd>' in html
    assert '<dd id="fig-open-old">3</dd>' in html
    assert html.count("data:image/png;base64,") == 4
    assert "Bristol City Council" in html
    pdf = report_output.to_pdf(report)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1


def test_the_report_command_writes_csv_for_the_data_team(db, ctx, autumn, database_url, tmp_path):
    out = tmp_path / "autumn.csv"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "report",
            "--term",
            "autumn-2026",
            "--format",
            "csv",
            "--output",
            str(out),
        ],
        cwd=REPO,
        env={**os.environ, "CME_DATABASE_URL": database_url},
        check=True,
        capture_output=True,
        timeout=120,
    )
    # The command counts as of the real clock, not the fixture's: it must write what the use case builds now.
    with db.unit_of_work() as session:
        expected = report_output.to_csv(build(session, term("autumn-2026"), datetime.now(UTC)))
    assert out.read_bytes() == expected.encode()
    assert len(list(csv.DictReader(out.open()))) >= 4


def test_csv_cells_a_spreadsheet_would_run_are_defused(db, ctx, clock, officers):
    m = officers["mair.manager"]
    when = datetime(2026, 9, 7, 9, tzinfo=UTC)
    ref = _file(db, ctx, clock, when, "police", ["other"], [])
    _do(db, clock, m, ref, when + timedelta(days=1), "record_outcome", outcome="moved_out_known_destination",
        destination="=HYPERLINK(\"http://example.invalid\")")
    with db.unit_of_work() as session:
        text = report_output.to_csv(build(session, term("autumn-2026"), datetime(2027, 1, 2, tzinfo=UTC)))
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["outcome_detail"].startswith("'=HYPERLINK")
