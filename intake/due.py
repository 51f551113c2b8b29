"""Due dates: first contact and the home visit, within days set by priority; overdue cases are chased.

An overdue first contact or home visit tells the AWO once, and the manager once, later, if it is still
not recorded. The periodic check is safe to run from several processes: cases are locked while checked
and each notice has a dedupe key in the outbox.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from intake import notify
from intake.context import Context
from intake.polling import poll
from intake.priority import days_for
from intake.routing import Contact, routing_in_force
from intake.settings import Settings
from storage import cases as case_store
from storage import models
from storage.db import Database

log = logging.getLogger(__name__)

DUES = {"first_contact": "first contact", "home_visit": "home visit"}
# Steps recorded on the AWO's desk that count as each due thing done, on any report of the case.
DONE_BY_STEPS = {
    "first_contact": ("enquiries", "home_visit", "outcome", "closed"),
    "home_visit": ("home_visit", "outcome", "closed"),
}


def due_dates(priority: str, opened_at: datetime, settings: Settings) -> tuple[datetime, datetime]:
    """When first contact and the home visit are due for a case opened at `opened_at`."""
    return (
        opened_at + days_for(settings.first_contact_days, priority),
        opened_at + days_for(settings.home_visit_days, priority),
    )


def set_due_dates(case: models.Case, priority: str, settings: Settings) -> None:
    """Set or bring forward a case's due dates; a later, lower priority report never puts them back."""
    first_contact, home_visit = due_dates(priority, case.opened_at, settings)
    if case.first_contact_due is None or first_contact < case.first_contact_due:
        case.first_contact_due = first_contact
    if case.home_visit_due is None or home_visit < case.home_visit_due:
        case.home_visit_due = home_visit


def awo_of(case: models.Case, settings: Settings) -> Contact:
    if case.awo_email or case.awo_slack:
        return Contact(name=case.awo_name or case.assigned_to or "AWO", username=case.assigned_to,
                       email=case.awo_email, slack=case.awo_slack)
    return routing_in_force(settings).duty_awo


def check_overdue(db_or_session: Database | Session, ctx: Context) -> int:
    """Chase overdue cases: the AWO first, then the manager. Returns how many notices were queued."""
    if isinstance(db_or_session, Database):
        with db_or_session.unit_of_work() as session:
            return _check(session, ctx)
    return _check(db_or_session, ctx)


def _check(session: Session, ctx: Context) -> int:
    now = ctx.now()
    settings = ctx.settings
    escalate_after = timedelta(hours=settings.manager_escalation_hours)
    sent = 0
    for case in case_store.cases_with_due_dates_passed(session, now):
        catch_up_from_desk(session, case)
        for what, label in DUES.items():
            due: datetime | None = getattr(case, f"{what}_due")
            if due is None or due > now or getattr(case, f"{what}_at") is not None:
                continue
            if getattr(case, f"{what}_awo_notified_at") is None:
                sent += _notice(session, case, what, label, due, awo_of(case, settings), "awo", ctx)
                setattr(case, f"{what}_awo_notified_at", now)
            elif getattr(case, f"{what}_manager_notified_at") is None and now >= due + escalate_after:
                manager = routing_in_force(settings).manager
                sent += _notice(session, case, what, label, due, manager, "manager", ctx)
                setattr(case, f"{what}_manager_notified_at", now)
    return sent


def _notice(
    session: Session, case: models.Case, what: str, label: str, due: datetime, to: Contact, role: str,
    ctx: Context,
) -> int:
    referrals = case_store.referrals_on_case(session, case.id)
    if not referrals:
        return 0
    referral = referrals[0]
    others = [r.reference for r in referrals[1:] if r.reference]
    notes = [f"The {label} was due {due:%d/%m/%Y %H:%M} UTC and is not recorded."]
    if role == "manager":
        awo = case.awo_name or case.assigned_to or "unassigned"
        notes.append(f"The AWO ({awo}) was told when it fell due.")
    if others:
        notes.append("Other reports on this case: " + ", ".join(others))
    title = f"Overdue {label}: CME case {case.id} ({referral.reference})"
    notice = notify.referral_notice(referral, ctx.settings, title=title, notes=notes)
    notice.actions = role == "awo" and case.accepted_at is None
    queued = notify.send(
        session, to, notice, purpose=f"overdue_{what}", dedupe_key=f"overdue:{case.id}:{what}:{role}",
        referral_id=referral.id, ctx=ctx,
    )
    log.info("case %s: %s overdue, %s told", case.id, label, role)
    return len(queued)


def catch_up_from_desk(session: Session, case: models.Case) -> None:
    """Take first contact and home visit as done when the desk has recorded a step that shows it."""
    steps = case_store.steps_on_case(session, case.id)
    for what, done_by in DONE_BY_STEPS.items():
        at = min((step_at for step, step_at in steps if step in done_by), default=None)
        if at is not None and getattr(case, f"{what}_at") is None:
            setattr(case, f"{what}_at", at)


def record_first_contact(case: models.Case, at: datetime) -> None:
    if case.first_contact_at is None:
        case.first_contact_at = at


def record_home_visit(case: models.Case, at: datetime) -> None:
    """A home visit is contact too: it stops both chases."""
    record_first_contact(case, at)
    if case.home_visit_at is None:
        case.home_visit_at = at


async def run_due_worker(db: Database, ctx: Context, stop: asyncio.Event) -> None:
    """Check for overdue cases every `due_check_seconds` until asked to stop."""
    await poll(
        "overdue check", lambda: asyncio.to_thread(check_overdue, db, ctx), stop, ctx.settings.due_check_seconds,
        rest_after_work=True,
    )
