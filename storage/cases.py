"""Queries about cases: which children are on open cases, and which reports a case holds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import Case, CaseChild, CaseStep, Referral, ReferralChild


def open_case_children(
    session: Session, except_referral_id: int | None = None
) -> list[tuple[Case, ReferralChild, datetime]]:
    """Every child on an open case, with the case and when its report arrived: what new reports match."""
    stmt = (
        select(Case, ReferralChild, Referral.received_at)
        .join(CaseChild, CaseChild.case_id == Case.id)
        .join(ReferralChild, ReferralChild.id == CaseChild.referral_child_id)
        .join(Referral, Referral.id == CaseChild.referral_id)
        .where(Case.status == "open")
        .order_by(Case.id, ReferralChild.id)
    )
    if except_referral_id is not None:
        stmt = stmt.where(CaseChild.referral_id != except_referral_id)
    return [(case, child, received_at) for case, child, received_at in session.execute(stmt)]


def links_of_referral(session: Session, referral_id: int) -> dict[int, CaseChild]:
    """This referral's children's case links, by child id."""
    rows = session.scalars(select(CaseChild).where(CaseChild.referral_id == referral_id))
    return {row.referral_child_id: row for row in rows}


def referral_ids_on_case(session: Session, case_id: int) -> set[int]:
    return set(session.scalars(select(CaseChild.referral_id).where(CaseChild.case_id == case_id)))


def linked_references(session: Session, referral_id: int) -> list[str]:
    """References of the other reports on the same cases as this referral's children."""
    case_ids = select(CaseChild.case_id).where(CaseChild.referral_id == referral_id)
    stmt = (
        select(Referral.reference)
        .join(CaseChild, CaseChild.referral_id == Referral.id)
        .where(CaseChild.case_id.in_(case_ids), Referral.id != referral_id, Referral.reference.is_not(None))
        .distinct()
        .order_by(Referral.reference)
    )
    return [ref for ref in session.scalars(stmt) if ref]


def family_references(session: Session, case_ids: set[int]) -> list[str]:
    """References of reports on the open cases of these cases' families, other than the cases themselves."""
    if not case_ids:
        return []
    keys = select(Case.family_key).where(Case.id.in_(case_ids), Case.family_key.is_not(None))
    family = select(Case.id).where(Case.family_key.in_(keys), Case.status == "open", Case.id.not_in(case_ids))
    stmt = (
        select(Referral.reference)
        .join(CaseChild, CaseChild.referral_id == Referral.id)
        .where(CaseChild.case_id.in_(family), Referral.reference.is_not(None))
        .distinct()
        .order_by(Referral.reference)
    )
    return [ref for ref in session.scalars(stmt) if ref]


def cases_with_due_dates_passed(session: Session, now: datetime) -> list[Case]:
    """Open cases whose first contact or home visit is due and not yet recorded, oldest first."""
    stmt = (
        select(Case)
        .where(Case.status == "open")
        .where(
            or_(
                (Case.first_contact_due <= now) & Case.first_contact_at.is_(None),
                (Case.home_visit_due <= now) & Case.home_visit_at.is_(None),
            )
        )
        .order_by(Case.id)
        .with_for_update(skip_locked=True)
    )
    return list(session.scalars(stmt))


def referrals_on_case(session: Session, case_id: int) -> list[Referral]:
    # IN, not JOIN + DISTINCT: PostgreSQL cannot compare the JSON columns DISTINCT would need.
    on_case = select(CaseChild.referral_id).where(CaseChild.case_id == case_id)
    stmt = select(Referral).where(Referral.id.in_(on_case)).order_by(Referral.id)
    return list(session.scalars(stmt))


def steps_on_case(session: Session, case_id: int) -> list[tuple[str, datetime]]:
    """The desk's workflow steps on any report of the case: (step, when)."""
    on_case = select(CaseChild.referral_id).where(CaseChild.case_id == case_id)
    rows = session.execute(select(CaseStep.step, CaseStep.at).where(CaseStep.referral_id.in_(on_case)))
    return [(step, at) for step, at in rows]
