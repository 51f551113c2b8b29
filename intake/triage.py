"""Triage: eligibility, priority, one child one case, routing, due dates and notifications.

Called when a referral is filed and again when an answer is merged. Running it again is safe: a case
already opened is kept, notifications are queued once per recipient and priority, and an assignment an
officer has changed or accepted stands.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import eligibility, matching, notify, priority
from intake.context import Context
from intake.due import set_due_dates
from intake.eligibility import local_date
from intake.routing import Assignment, Contact, Routing, routing_in_force
from storage import cases as case_store
from storage import models, repositories

log = logging.getLogger(__name__)

def message_texts(session: Session, referral: models.Referral) -> dict[int, str]:
    """The stored text of every message of the referral, by id, oldest first."""
    rows = session.execute(
        select(models.InboundMessage.id, models.InboundMessage.text)
        .where(models.InboundMessage.referral_id == referral.id)
        .order_by(models.InboundMessage.id)
    )
    return {message_id: text or "" for message_id, text in rows}


def triage(session: Session, referral: models.Referral, ctx: Context) -> None:
    """Decide eligibility, priority, case and AWO for a referral, and tell those who need to know."""
    settings = ctx.settings
    now = ctx.now()
    on = local_date(referral.received_at)
    texts = message_texts(session, referral)
    routing = routing_in_force(settings)
    before = (referral.priority, referral.assigned_to)

    found = eligibility.assess(
        [(c.date_of_birth, c.age) for c in referral.children], referral.reasons or [],
        "\n".join(texts.values()), on, eligibility.TermDates.from_settings(settings),
    )
    assessed = priority.assess(
        child_protection_concern=referral.child_protection_concern,
        risk_indicators=referral.risk_indicators or [],
        evidence=referral.evidence or [],
        messages=texts,
        received=on,
        long_absence_days=settings.long_absence_days,
    )
    referral.eligibility = found.value
    referral.priority = assessed.level
    referral.priority_reasons = [r.to_json() for r in assessed.reasons]

    ours = _assigned_by_triage(session, referral)
    links = matching.link_cases(session, referral, on, now)
    assignment = _assignment(referral, links, routing, found)
    _update_cases(referral, links, assignment, found, ours, ctx)
    if links:
        referral.case_id = links[0].case.id
    referral.updated_at = now

    linked = [link for link in links if not link.opened]
    notes = _notes(session, referral, found, assignment, links)
    notify.notify_awo(session, referral, _contact_of(referral, links, assignment), ctx, notes=notes,
                      linked=bool(linked))
    if referral.child_protection_concern:
        notify.notify_childrens_services(session, referral, routing.childrens_services, ctx)

    after = (referral.priority, referral.assigned_to)
    if after != before or linked:
        repositories.audit(
            session, actor="system", action="referral_triaged", now=now, referral_id=referral.id,
            detail={
                "priority": referral.priority, "eligibility": referral.eligibility,
                "assigned_to": referral.assigned_to, "why_assigned": assignment.why,
                "cases": [link.case.id for link in links],
                "linked_on": {str(link.case.id): link.matched_on for link in linked},
            },
        )
    log.info("triaged %s: %s, %s, to %s (%s)", referral.reference, referral.priority, referral.eligibility,
             referral.assigned_to, assignment.why)


def _assignment(
    referral: models.Referral, links: list[matching.Link], routing: Routing, found: eligibility.Eligibility
) -> Assignment:
    """The AWO who already holds a child's open case keeps it; otherwise the routing file decides."""
    for link in links:
        case = link.case
        if not link.opened and case.assigned_to:
            return Assignment(
                Contact(name=case.awo_name or case.assigned_to, username=case.assigned_to,
                        email=case.awo_email, slack=case.awo_slack),
                "open case",
            )
    return routing.assign([(c.school, c.postcode or c.address) for c in referral.children], found.route)


def _assigned_by_triage(session: Session, referral: models.Referral) -> bool:
    """Whether the referral's AWO is still triage's choice: not yet accepted, nor changed by an officer."""
    if referral.assigned_to is None:
        return True
    case = session.get(models.Case, referral.case_id) if referral.case_id is not None else None
    return case is not None and case.accepted_at is None and case.assigned_to == referral.assigned_to


def _update_cases(
    referral: models.Referral, links: list[matching.Link], assignment: Assignment,
    found: eligibility.Eligibility, ours: bool, ctx: Context,
) -> None:
    contact = assignment.contact
    for link in links:
        case = link.case
        case.priority = priority.higher(case.priority, referral.priority)
        if link.opened or case.eligibility is None:
            case.eligibility = found.value
        if link.opened and ours and case.accepted_at is None:
            case.assigned_to = contact.username or contact.name
            case.awo_name, case.awo_email, case.awo_slack = contact.name, contact.email, contact.slack
        if found.in_cme_queue or not link.opened:
            set_due_dates(case, case.priority, ctx.settings)
    if ours:
        referral.assigned_to = contact.username or contact.name


def _contact_of(referral: models.Referral, links: list[matching.Link], assignment: Assignment) -> Contact:
    """Who to tell: the assignment, unless an officer has since given the referral to someone else."""
    first = links[0].case if links else None
    reachable = first is not None and (first.awo_email or first.awo_slack)
    if first is not None and reachable and referral.assigned_to == first.assigned_to:
        return Contact(name=first.awo_name or first.assigned_to or "AWO", username=first.assigned_to,
                       email=first.awo_email, slack=first.awo_slack)
    return assignment.contact


def _notes(
    session: Session, referral: models.Referral, found: eligibility.Eligibility, assignment: Assignment,
    links: list[matching.Link],
) -> list[str]:
    notes = [f"Eligibility: {found.description}."]
    if not found.in_cme_queue:
        notes.append("Not for the CME queue: sent to the team for this route.")
    notes.append(f"Assigned by {assignment.why}.")
    if any(not link.opened for link in links):
        others = case_store.linked_references(session, referral.id)
        notes.append("Linked to the open case of a child already referred"
                     + (f": see {', '.join(others)}." if others else "."))
    siblings = case_store.family_references(session, {link.case.id for link in links})
    if siblings:
        notes.append(f"Siblings known to the service: see {', '.join(siblings)}.")
    return notes
