"""The AWO's desk, read side: who may see which referral, the queue, and everything a referral page shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from intake.areas import postcode_district
from intake.due import DONE_BY_STEPS
from intake.users import Officer
from storage import models, repositories

# Fields of a child an officer can correct or confirm, with their labels, in the order shown.
CHILD_FIELDS = {
    "name": "Name",
    "date_of_birth": "Date of birth",
    "age": "Age",
    "address": "Address",
    "postcode": "Postcode",
    "carer_name": "Carer's name",
    "carer_relationship": "Carer's relationship",
    "gp_doctor": "GP (doctor)",
    "gp_practice": "GP practice",
    "school": "School",
    "upn": "UPN",
}

PRIORITY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
# Until triage sets a due date, enquiries are due this many days after receipt, by priority.
DEFAULT_DAYS_TO_DUE = {"urgent": 1, "high": 2, "normal": 10, "low": 20}


class NotFound(LookupError):
    """No referral by that reference."""


class Forbidden(PermissionError):
    """The officer may not see or change this referral."""


@dataclass
class FieldView:
    name: str
    label: str
    extracted: Any
    value: Any  # what the desk holds: the latest correction, else what was extracted
    corrected_by: str | None = None
    corrected_at: datetime | None = None
    confirmed_by: str | None = None
    confirmed_at: datetime | None = None
    source: dict[str, Any] | None = None  # {"message_id", "start", "end", "confidence"}

    # Below this the extractor doubted what it read (a UPN whose check letter is wrong, say): the desk says so.
    DOUBTFUL_BELOW = 0.5

    @property
    def doubtful(self) -> bool:
        """Read with low confidence and neither corrected nor confirmed by an officer since."""
        confidence = (self.source or {}).get("confidence")
        return (
            confidence is not None
            and confidence < self.DOUBTFUL_BELOW
            and not self.corrected_by
            and not self.confirmed_by
        )


@dataclass
class ChildView:
    id: int
    position: int
    fields: list[FieldView]

    def value(self, name: str) -> Any:
        return next(f.value for f in self.fields if f.name == name)


def corrections_of(session: Session, referral_ids: list[int]) -> dict[int, list[models.FieldCorrection]]:
    """Officers' corrections and confirmations of these referrals, oldest first, in one query."""
    out: dict[int, list[models.FieldCorrection]] = {}
    for c in session.scalars(
        select(models.FieldCorrection)
        .where(models.FieldCorrection.referral_id.in_(referral_ids))
        .order_by(models.FieldCorrection.at, models.FieldCorrection.id)
    ):
        out.setdefault(c.referral_id, []).append(c)
    return out


def child_views(session: Session, referral: models.Referral) -> list[ChildView]:
    """Each child's fields as extracted, with officers' corrections and confirmations laid over them."""
    return overlay(referral, corrections_of(session, [referral.id]).get(referral.id, []))


def overlay(referral: models.Referral, corrections: list[models.FieldCorrection]) -> list[ChildView]:
    """The children's fields with these corrections (oldest first) laid over what was extracted."""
    views = []
    for child in referral.children:
        fields = {
            name: FieldView(name, label, getattr(child, name), getattr(child, name),
                            source=(child.provenance or {}).get(name))
            for name, label in CHILD_FIELDS.items()
        }
        for c in corrections:
            if c.child_id != child.id or c.field not in fields:
                continue
            f = fields[c.field]
            if c.action == "corrected":
                f.value, f.corrected_by, f.corrected_at = c.value, c.actor, c.at
                f.confirmed_by = f.confirmed_at = None  # a new value needs confirming afresh
            else:
                f.confirmed_by, f.confirmed_at = c.actor, c.at
        views.append(ChildView(child.id, child.position, list(fields.values())))
    return views


def area_of(children: list[ChildView]) -> str | None:
    """The referral's area: the postcode district of the first child with a usable postcode."""
    for child in children:
        district = postcode_district(child.value("postcode"))
        if district:
            return district
    return None


def may_see(officer: Officer, referral: models.Referral, area: str | None) -> bool:
    """Managers see everything; an AWO sees their own area, what is assigned to them, and the unassigned."""
    if officer.is_manager:
        return True
    if officer.role != "awo":
        return False  # admins look after accounts and routing, not casework
    return referral.assigned_to in (None, officer.username) or (area is not None and area in officer.areas)


def due_date(referral: models.Referral, case: models.Case | None, steps_done: set[str]) -> date | None:
    """The next date the case must meet: first contact, then the home visit; None once both are done.

    Triage's dates on the child's case when there is one, else a default by priority. A step recorded
    here counts at once, before the overdue check has caught up with it.
    """
    first_done = bool(steps_done & set(DONE_BY_STEPS["first_contact"]))
    visit_done = bool(steps_done & set(DONE_BY_STEPS["home_visit"]))
    if case is not None:
        first_done = first_done or case.first_contact_at is not None
        visit_done = visit_done or case.home_visit_at is not None
        if not first_done and case.first_contact_due is not None:
            return case.first_contact_due.date()
        if not visit_done and case.home_visit_due is not None:
            return case.home_visit_due.date()
        return None
    if first_done or referral.status == "closed":
        return None
    days = DEFAULT_DAYS_TO_DUE.get(referral.priority or "normal", DEFAULT_DAYS_TO_DUE["normal"])
    return (referral.received_at + timedelta(days=days)).date()


def steps_done(session: Session, referral_ids: list[int]) -> dict[int, set[str]]:
    """The workflow steps recorded on each referral."""
    done: dict[int, set[str]] = {}
    stmt = select(models.CaseStep.referral_id, models.CaseStep.step).where(
        models.CaseStep.referral_id.in_(referral_ids))
    for referral_id, step in session.execute(stmt):
        done.setdefault(referral_id, set()).add(step)
    return done


def case_of(session: Session, referral: models.Referral) -> models.Case | None:
    return session.get(models.Case, referral.case_id) if referral.case_id is not None else None


@dataclass
class QueueRow:
    reference: str
    status: str
    priority: str
    received_at: datetime
    due: date | None
    overdue: bool
    area: str | None
    assigned_to: str | None
    children: list[str]
    agency: str | None


@dataclass
class QueueFilter:
    area: str | None = None
    status: str | None = None
    awo: str | None = None
    overdue: bool = False
    q: str | None = None
    include_closed: bool = False


def _matches(q: str, referral: models.Referral, children: list[ChildView]) -> bool:
    q = q.strip().lower()
    haystack = [referral.reference or ""]
    for child in children:
        for f in child.fields:
            if f.name in ("name", "upn"):
                haystack += [str(f.value or ""), str(f.extracted or "")]
    compact = q.replace(" ", "")
    return any(q in h.lower() or (compact and compact in h.lower().replace(" ", "")) for h in haystack)


def queue(session: Session, officer: Officer, flt: QueueFilter, today: date) -> list[QueueRow]:
    """Open referrals the officer may see, most urgent first, then by due date."""
    stmt = (
        select(models.Referral)
        .where(models.Referral.reference.is_not(None))
        .options(selectinload(models.Referral.children))
    )
    if not flt.include_closed and flt.status != "closed":
        stmt = stmt.where(models.Referral.status != "closed")
    if flt.status:
        stmt = stmt.where(models.Referral.status == flt.status)
    if flt.awo:
        stmt = stmt.where(models.Referral.assigned_to == flt.awo)
    referrals = list(session.scalars(stmt))
    case_ids = {r.case_id for r in referrals if r.case_id is not None}
    cases = {c.id: c for c in session.scalars(select(models.Case).where(models.Case.id.in_(case_ids)))}
    done = steps_done(session, [r.id for r in referrals])
    corrected = corrections_of(session, [r.id for r in referrals])
    rows = []
    for referral in referrals:
        children = overlay(referral, corrected.get(referral.id, []))
        area = area_of(children)
        if not may_see(officer, referral, area):
            continue
        if flt.area and area != flt.area.strip().upper().replace(" ", ""):
            continue
        if flt.q and not _matches(flt.q, referral, children):
            continue
        case = cases.get(referral.case_id) if referral.case_id is not None else None
        due = due_date(referral, case, done.get(referral.id, set()))
        overdue = due is not None and due < today and referral.status != "closed"
        if flt.overdue and not overdue:
            continue
        rows.append(QueueRow(
            reference=referral.reference or "", status=referral.status,
            priority=referral.priority or "normal",
            received_at=referral.received_at, due=due, overdue=overdue, area=area,
            assigned_to=referral.assigned_to, agency=referral.referrer_agency,
            children=[str(c.value("name") or "Name not known") for c in children],
        ))
    rows.sort(key=lambda r: (PRIORITY_ORDER.get(r.priority, 9), r.due or date.max, r.received_at))
    return rows


def load_referral(
    session: Session, officer: Officer, reference: str
) -> tuple[models.Referral, list[ChildView]]:
    """The referral and its children if the officer may see it; raises NotFound or Forbidden."""
    referral = repositories.referral_by_reference(session, reference)
    if referral is None:
        raise NotFound(reference)
    children = child_views(session, referral)
    if not may_see(officer, referral, area_of(children)):
        raise Forbidden(reference)
    return referral, children


@dataclass
class ConversationItem:
    at: datetime
    direction: str  # "in" | "out"
    channel: str
    who: str | None
    subject: str | None
    text: str
    message_id: int | None = None
    status: str | None = None


def conversation(session: Session, referral: models.Referral) -> list[ConversationItem]:
    """The messages so far: what the referrer sent and what we replied (sent or still queued)."""
    inbound = select(models.InboundMessage).where(models.InboundMessage.referral_id == referral.id)
    items = [
        ConversationItem(m.received_at, "in", m.channel, m.sender_name or m.sender, m.subject, m.text or "",
                         m.id)
        for m in session.scalars(inbound)
    ]
    outbound = select(models.OutboxMessage).where(models.OutboxMessage.referral_id == referral.id)
    for o in session.scalars(outbound):
        payload = o.payload or {}
        items.append(ConversationItem(
            o.sent_at or o.created_at, "out", o.kind, payload.get("to") or payload.get("channel"),
            payload.get("subject"), payload.get("text") or "", status=o.status,
        ))
    items.sort(key=lambda i: i.at)
    return items


def sources(session: Session, referral: models.Referral) -> list[models.InboundMessage]:
    """The messages the referral was filed and completed from, oldest first."""
    return list(session.scalars(select(models.InboundMessage).where(
        models.InboundMessage.referral_id == referral.id).order_by(models.InboundMessage.id)))


@dataclass
class Linked:
    reference: str
    why: str
    status: str


def linked_referrals(session: Session, referral: models.Referral, children: list[ChildView]) -> list[Linked]:
    """Other reports about the same child (triage's case, or the same UPN or name and date of birth)
    and about their brothers and sisters (cases of one family)."""
    found: dict[str, Linked] = {}

    def add(other: models.Referral, why: str) -> None:
        if other.id != referral.id and other.reference:
            found.setdefault(other.reference, Linked(other.reference, why, other.status))

    own_cases = set(session.scalars(select(models.CaseChild.case_id).where(
        models.CaseChild.referral_id == referral.id)))
    for other in _referrals_on_cases(session, own_cases):
        add(other, "same child")
    family_keys = set(session.scalars(select(models.Case.family_key).where(
        models.Case.id.in_(own_cases), models.Case.family_key.is_not(None))))
    family_cases = set(session.scalars(select(models.Case.id).where(
        models.Case.family_key.in_(family_keys)))) - own_cases
    for other in _referrals_on_cases(session, family_cases):
        add(other, "brother or sister")

    # Reports triage could not join to a case (no case yet, or a correction made the match).
    upns = {str(c.value("upn")).upper() for c in children if c.value("upn")}
    named = {(str(c.value("name")).lower(), str(c.value("date_of_birth"))) for c in children
             if c.value("name") and c.value("date_of_birth")}
    if upns or named:
        stmt = select(models.ReferralChild).where(
            models.ReferralChild.referral_id != referral.id,
            func.upper(models.ReferralChild.upn).in_(upns)
            | func.lower(models.ReferralChild.name).in_({name for name, _ in named}),
        ).options(selectinload(models.ReferralChild.referral))
        for other_child in session.scalars(stmt):
            if other_child.upn and other_child.upn.upper() in upns:
                add(other_child.referral, "same UPN")
            elif (str(other_child.name or "").lower(), str(other_child.date_of_birth)) in named:
                add(other_child.referral, "same name and date of birth")
    if upns:
        corrected_upn = select(models.FieldCorrection.referral_id).where(
            models.FieldCorrection.field == "upn", models.FieldCorrection.action == "corrected",
            func.upper(models.FieldCorrection.value).in_(upns))
        for other in session.scalars(select(models.Referral).where(models.Referral.id.in_(corrected_upn))):
            add(other, "same UPN")
    return sorted(found.values(), key=lambda x: x.reference)


def _referrals_on_cases(session: Session, case_ids: set[int]) -> list[models.Referral]:
    if not case_ids:
        return []
    on_cases = select(models.CaseChild.referral_id).where(models.CaseChild.case_id.in_(case_ids))
    return list(session.scalars(select(models.Referral).where(models.Referral.id.in_(on_cases))))


def notes(session: Session, referral: models.Referral) -> list[models.CaseNote]:
    return list(session.scalars(select(models.CaseNote).where(
        models.CaseNote.referral_id == referral.id).order_by(models.CaseNote.created_at, models.CaseNote.id)))


def steps(session: Session, referral: models.Referral) -> list[models.CaseStep]:
    return list(session.scalars(select(models.CaseStep).where(
        models.CaseStep.referral_id == referral.id).order_by(models.CaseStep.at, models.CaseStep.id)))


def awo_usernames(session: Session) -> list[str]:
    return list(session.scalars(select(models.User.username).where(
        models.User.role == "awo", models.User.active.is_(True)).order_by(models.User.username)))


def audit_trail(session: Session, referral: models.Referral) -> list[models.AuditEvent]:
    """Who did what to the referral and when, newest first: for a manager checking access and changes."""
    stmt = (
        select(models.AuditEvent)
        .where(models.AuditEvent.referral_id == referral.id)
        .order_by(models.AuditEvent.at.desc(), models.AuditEvent.id.desc())
    )
    return list(session.scalars(stmt))


def record_view(session: Session, officer: Officer, referral: models.Referral, now: datetime) -> None:
    """Every view of a referral goes into the audit log."""
    repositories.audit(session, actor=officer.actor, action="referral_viewed", now=now,
                       referral_id=referral.id)
