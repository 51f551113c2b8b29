"""The AWO's desk, write side: correct and confirm fields, assign, record workflow steps, write notes.

Each function changes one referral inside the caller's unit of work and writes the change to the audit log.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import workflow
from intake.cases import accept_case
from intake.context import Context
from intake.desk import CHILD_FIELDS, Forbidden
from intake.users import Officer
from storage import cases, models, repositories

_UPN_RE = re.compile(r"^[A-Z][0-9A-Z]{12}$")
_NOTE_MAX = 10_000


class CaseworkError(ValueError):
    """A change that cannot be made as asked; the message says why, in words an officer can act on."""


def _clean(field: str, raw: str) -> str:
    """Check a corrected value is of the field's kind; returns it as it is stored."""
    value = raw.strip()
    if not value:
        raise CaseworkError(f"{CHILD_FIELDS[field]}: enter a value, or confirm the one held")
    if field == "date_of_birth":
        try:
            born = date.fromisoformat(value)
        except ValueError as exc:
            raise CaseworkError("Date of birth: use the form YYYY-MM-DD") from exc
        if born > date.today():
            raise CaseworkError("Date of birth: cannot be in the future")
        return born.isoformat()
    if field == "age":
        if not value.isdigit() or not 0 <= int(value) <= 25:
            raise CaseworkError("Age: a whole number of years")
        return str(int(value))
    if field == "postcode":
        return " ".join(value.upper().split())
    if field == "upn":
        upn = value.upper().replace(" ", "")
        if not _UPN_RE.match(upn):
            raise CaseworkError("UPN: one letter and 12 further letters or digits")
        return upn
    return value[:1000]


def _child(referral: models.Referral, child_id: int) -> models.ReferralChild:
    for child in referral.children:
        if child.id == child_id:
            return child
    raise CaseworkError("no such child on this referral")


def _writable(referral: models.Referral) -> None:
    if referral.status == "closed":
        raise CaseworkError("this referral is closed; reopen it first")


def correct_field(
    session: Session, officer: Officer, referral: models.Referral, child_id: int, field: str, raw: str,
    now: datetime,
) -> None:
    """Record an officer's value for a field, beside (never over) the extracted one."""
    if field not in CHILD_FIELDS:
        raise CaseworkError("no such field")
    _writable(referral)
    child = _child(referral, child_id)
    value = _clean(field, raw)
    session.add(models.FieldCorrection(referral_id=referral.id, child_id=child.id, field=field,
                                       action="corrected", value=value, actor=officer.username, at=now))
    referral.updated_at = now
    # The audit names the field, not the value: the log is read more widely than the case.
    repositories.audit(session, actor=officer.actor, action="field_corrected", now=now,
                       referral_id=referral.id, detail={"child": child.position, "field": field})


def confirm_field(
    session: Session, officer: Officer, referral: models.Referral, child_id: int, field: str, now: datetime
) -> None:
    """Record that an officer has checked the value held for a field and it is right."""
    if field not in CHILD_FIELDS:
        raise CaseworkError("no such field")
    _writable(referral)
    child = _child(referral, child_id)
    session.add(models.FieldCorrection(referral_id=referral.id, child_id=child.id, field=field,
                                       action="confirmed", value=None, actor=officer.username, at=now))
    repositories.audit(session, actor=officer.actor, action="field_confirmed", now=now,
                       referral_id=referral.id, detail={"child": child.position, "field": field})


def _step(
    session: Session, officer: Officer, referral: models.Referral, step: str, detail: dict[str, Any],
    now: datetime,
) -> models.CaseStep:
    row = models.CaseStep(referral_id=referral.id, step=step, detail=detail, actor=officer.username, at=now)
    session.add(row)
    if step in workflow.STATUS_OF_STEP:
        referral.status = workflow.STATUS_OF_STEP[step]
    referral.updated_at = now
    repositories.audit(session, actor=officer.actor, action=f"case_{step}", now=now, referral_id=referral.id,
                       detail={"step": step, **{k: v for k, v in detail.items() if k != "note"}})
    return row


def assign(
    session: Session, officer: Officer, referral: models.Referral, awo: str, now: datetime
) -> None:
    """Give the referral to an AWO. Managers assign anyone; an AWO may take an unassigned referral."""
    _writable(referral)
    if not officer.is_manager and not (officer.username == awo and referral.assigned_to is None):
        raise Forbidden("only a manager can reassign a referral")
    user = session.scalar(select(models.User).where(models.User.username == awo, models.User.role == "awo"))
    if user is None:
        raise CaseworkError(f"no AWO called {awo}")
    previous = referral.assigned_to
    referral.assigned_to = awo
    _step(session, officer, referral, "assigned", {"awo": awo, "previous": previous}, now)


def accept(session: Session, officer: Officer, referral: models.Referral, ctx: Context) -> None:
    """An AWO takes on a referral they can see: its case is theirs from now on, and triage leaves it be."""
    _writable(referral)
    if officer.role != "awo":
        raise Forbidden("only an AWO accepts a case; a manager assigns one")
    case = session.get(models.Case, referral.case_id) if referral.case_id is not None else None
    if case is not None and case.accepted_at is not None and case.accepted_by == officer.username:
        return
    if case is not None:
        accept_case(session, referral.reference or "", officer.username, ctx)
    referral.assigned_to = officer.username
    _step(session, officer, referral, "assigned", {"awo": officer.username, "accepted": True}, ctx.now())


def record_enquiries(
    session: Session, officer: Officer, referral: models.Referral, note: str, now: datetime
) -> None:
    """Enquiries made (school, health, housing, the family): what was asked and learnt goes in the note."""
    _writable(referral)
    if not note.strip():
        raise CaseworkError("say which enquiries were made")
    _step(session, officer, referral, "enquiries", {"note": note.strip()[:_NOTE_MAX]}, now)


def record_home_visit(
    session: Session, officer: Officer, referral: models.Referral, *, visited_on: str, result: str, note: str,
    now: datetime,
) -> None:
    """A home visit: when, what was found, and any note."""
    _writable(referral)
    if result not in workflow.HOME_VISIT_RESULTS:
        raise CaseworkError("choose what the home visit found")
    try:
        day = date.fromisoformat(visited_on) if visited_on else now.date()
    except ValueError as exc:
        raise CaseworkError("Date of visit: use the form YYYY-MM-DD") from exc
    if day > now.date():
        raise CaseworkError("Date of visit: cannot be in the future")
    _step(session, officer, referral, "home_visit",
          {"visited_on": day.isoformat(), "result": result, "note": note.strip()[:_NOTE_MAX]}, now)


def record_outcome(
    session: Session, officer: Officer, referral: models.Referral, *, outcome: str, school: str = "",
    destination: str = "", referred_to: str = "", note: str = "", now: datetime,
) -> None:
    """The outcome of the enquiries, with what that outcome must say (the school, the destination...)."""
    _writable(referral)
    if outcome not in workflow.OUTCOMES:
        raise CaseworkError("choose an outcome")
    detail: dict[str, Any] = {"outcome": outcome}
    given = {"school": school.strip(), "destination": destination.strip(), "referred_to": referred_to.strip()}
    needed = workflow.OUTCOME_NEEDS.get(outcome)
    if needed and not given[needed]:
        raise CaseworkError(f"{workflow.OUTCOMES[outcome]}: say which {needed.replace('_', ' ')}")
    if outcome == "referred_on" and given["referred_to"] not in workflow.REFERRED_TO:
        raise CaseworkError("Referred on: choose Children's Services or the police")
    for key, value in given.items():
        if value:
            detail[key] = value[:320]
    if note.strip():
        detail["note"] = note.strip()[:_NOTE_MAX]
    _step(session, officer, referral, "outcome", detail, now)


def record_sao(
    session: Session, officer: Officer, referral: models.Referral, *, instigated_on: str, note: str,
    now: datetime,
) -> None:
    """Instigating a School Attendance Order, recorded beside the workflow."""
    _writable(referral)
    try:
        day = date.fromisoformat(instigated_on) if instigated_on else now.date()
    except ValueError as exc:
        raise CaseworkError("Date instigated: use the form YYYY-MM-DD") from exc
    detail = {"instigated_on": day.isoformat(), "note": note.strip()[:_NOTE_MAX]}
    _step(session, officer, referral, "sao", detail, now)


def close(session: Session, officer: Officer, referral: models.Referral, reason: str, now: datetime) -> None:
    """Close the referral with a reason; the child's case closes with its last open referral."""
    _writable(referral)
    if not reason.strip():
        raise CaseworkError("give the reason for closing")
    _step(session, officer, referral, "closed", {"reason": reason.strip()[:1000]}, now)
    case = session.get(models.Case, referral.case_id) if referral.case_id is not None else None
    if case is not None and case.status == "open":
        if all(r.status == "closed" for r in cases.referrals_on_case(session, case.id)):
            # Closed, a later report about the child opens a new case rather than joining this one.
            case.status, case.closed_at = "closed", now


def reopen(session: Session, officer: Officer, referral: models.Referral, reason: str, now: datetime) -> None:
    """Reopen a closed case (new information came in)."""
    if referral.status != "closed":
        raise CaseworkError("only a closed referral can be reopened")
    if not reason.strip():
        raise CaseworkError("give the reason for reopening")
    _step(session, officer, referral, "reopened", {"reason": reason.strip()[:1000]}, now)
    case = session.get(models.Case, referral.case_id) if referral.case_id is not None else None
    if case is not None and case.status == "closed":
        case.status, case.closed_at = "open", None


def add_note(session: Session, officer: Officer, referral: models.Referral, text: str, now: datetime) -> None:
    if not text.strip():
        raise CaseworkError("the note is empty")
    session.add(models.CaseNote(referral_id=referral.id, author=officer.username,
                                text=text.strip()[:_NOTE_MAX], created_at=now))
    referral.updated_at = now
    repositories.audit(session, actor=officer.actor, action="note_added", now=now, referral_id=referral.id)
