"""The termly CME report's figures: what came in, what became of it, and how long it took.

Counted from the case store as it stood at the end of the term (or now, for the term in progress).
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from intake import workflow
from intake.desk import area_of, corrections_of, overlay
from intake.terms import Term
from storage import models, repositories

FOUR_WEEKS = timedelta(days=28)
CONTACT_STEPS = ("enquiries", "home_visit")
NOT_KNOWN = "not_known"


@dataclass
class Days:
    """Days taken, over the referrals where it happened."""

    values: list[float] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float | None:
        return round(statistics.median(self.values), 1) if self.values else None

    @property
    def mean(self) -> float | None:
        return round(statistics.fmean(self.values), 1) if self.values else None


@dataclass
class CaseLine:
    """One referral in the report: what the data team's CSV gets, with no child's name in it."""

    reference: str
    received_at: datetime
    channel: str
    agency: str
    reasons: list[str]
    risk_indicators: list[str]
    child_protection_concern: bool
    children: int
    priority: str
    area: str | None
    assigned_to: str | None
    status: str  # as it stood at the end of the report period
    outcome: str | None
    outcome_detail: str | None
    outcome_at: datetime | None
    days_to_first_contact: float | None
    days_to_resolution: float | None
    sao_instigated: bool


@dataclass
class TermReport:
    term: Term
    as_of: datetime
    cases: list[CaseLine]  # referrals received in the term
    by_agency: Counter[str]
    by_reason: Counter[str]
    by_risk: Counter[str]
    outcomes: Counter[str]
    first_contact: Days
    resolution: Days
    open_over_four_weeks: list[CaseLine]  # received any time, still open at as_of after 28 days or more
    tracked_out: list[CaseLine]  # children who left the authority, by outcome recorded in the term
    sao_instigated: int

    @property
    def received(self) -> int:
        return len(self.cases)

    @property
    def children(self) -> int:
        return sum(c.children for c in self.cases)


def _days(start: datetime, end: datetime) -> float:
    return round((end - start).total_seconds() / 86400, 1)


def case_line(
    referral: models.Referral, steps: list[models.CaseStep], corrections: list[models.FieldCorrection],
    as_of: datetime,
) -> CaseLine:
    """A referral's story up to as_of, from its workflow steps."""
    steps = [s for s in steps if s.at < as_of]
    status = "received"
    outcome: models.CaseStep | None = None
    for s in steps:
        status = workflow.STATUS_OF_STEP.get(s.step, status)
        if s.step == "outcome":
            outcome = s
        elif s.step == "reopened":
            outcome = None
    contact = next((s for s in steps if s.step in CONTACT_STEPS), None)
    resolved = next((s for s in steps if s.step in ("outcome", "closed")), None)
    detail = outcome.detail if outcome else {}
    return CaseLine(
        reference=referral.reference or "",
        received_at=referral.received_at,
        channel=referral.channel,
        agency=referral.referrer_agency or NOT_KNOWN,
        reasons=list(referral.reasons or []),
        risk_indicators=list(referral.risk_indicators or []),
        child_protection_concern=referral.child_protection_concern,
        children=len(referral.children),
        priority=referral.priority or "normal",
        area=area_of(overlay(referral, corrections)),
        assigned_to=referral.assigned_to,
        status=status,
        outcome=detail.get("outcome"),
        outcome_detail=detail.get("school") or detail.get("destination") or detail.get("referred_to"),
        outcome_at=outcome.at if outcome else None,
        days_to_first_contact=_days(referral.received_at, contact.at) if contact else None,
        days_to_resolution=_days(referral.received_at, resolved.at) if resolved else None,
        sao_instigated=any(s.step == "sao" for s in steps),
    )


def build(session: Session, term: Term, now: datetime) -> TermReport:
    """The report for a term, as the case store stood at the term's end (or now, if sooner)."""
    as_of = min(now, term.ends)
    referrals = list(session.scalars(
        select(models.Referral)
        .where(models.Referral.reference.is_not(None), models.Referral.received_at < as_of)
        .options(selectinload(models.Referral.children))
        .order_by(models.Referral.received_at, models.Referral.id)
    ))
    steps: dict[int, list[models.CaseStep]] = {}
    for s in session.scalars(select(models.CaseStep).order_by(models.CaseStep.at, models.CaseStep.id)):
        steps.setdefault(s.referral_id, []).append(s)
    corrected = corrections_of(session, [r.id for r in referrals])
    lines = [case_line(r, steps.get(r.id, []), corrected.get(r.id, []), as_of) for r in referrals]
    in_term = [c for c in lines if term.starts <= c.received_at < term.ends]

    report = TermReport(
        term=term, as_of=as_of, cases=in_term,
        by_agency=Counter(c.agency for c in in_term),
        by_reason=Counter(r for c in in_term for r in (c.reasons or [NOT_KNOWN])),
        by_risk=Counter(r for c in in_term for r in (c.risk_indicators or ["none"])),
        outcomes=Counter(c.outcome or "no_outcome_yet" for c in in_term),
        first_contact=Days([c.days_to_first_contact for c in in_term if c.days_to_first_contact is not None]),
        resolution=Days([c.days_to_resolution for c in in_term if c.days_to_resolution is not None]),
        open_over_four_weeks=[
            c for c in lines if c.status != "closed" and as_of - c.received_at >= FOUR_WEEKS
        ],
        tracked_out=[c for c in lines if c.outcome in workflow.TRACKED_OUT and c.outcome_at is not None
                     and term.starts <= c.outcome_at < term.ends],
        sao_instigated=sum(c.sao_instigated for c in in_term),
    )
    return report


def termly_report(db_session: Session, term: Term, now: datetime, actor: str) -> TermReport:
    """Build the report and note in the audit log who produced it."""
    report = build(db_session, term, now)
    repositories.audit(db_session, actor=actor, action="report_built", now=now,
                       detail={"term": term.name, "received": report.received})
    return report
