"""What an AWO does with a case from a notification: accept it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from intake.context import Context
from intake.routing import Contact, routing_in_force
from storage import models, repositories
from storage.db import Database


class CaseNotFound(LookupError):
    """No referral, or no case, by that reference."""


def known_contacts(ctx: Context) -> list[Contact]:
    routing = routing_in_force(ctx.settings)
    return [routing.duty_awo, *routing.awos.values(), *routing.routes.values()]


def accept_case(session: Session, reference: str, by: str, ctx: Context) -> models.Case:
    """An AWO accepts a referral's case ("Accept case" in Slack, or the web app); again changes nothing.

    `by` is the AWO's username or Slack user id. Once accepted, triage no longer moves the case elsewhere.
    """
    referral = repositories.referral_by_reference(session, reference)
    case = session.get(models.Case, referral.case_id) if referral and referral.case_id else None
    if referral is None or case is None:
        raise CaseNotFound(reference)
    if case.accepted_at is not None:
        return case
    contact = next((c for c in known_contacts(ctx) if by in (c.slack, c.username)), None)
    who = contact.username if contact and contact.username else by
    now = ctx.now()
    case.accepted_at, case.accepted_by = now, who
    if case.assigned_to != who:
        # Someone other than the routed AWO took it: overdue notices follow them, where we can reach them.
        case.assigned_to = who
        case.awo_name = contact.name if contact else who
        case.awo_email = contact.email if contact else None
        case.awo_slack = contact.slack if contact else None
    referral.assigned_to = who
    repositories.audit(
        session, actor=f"user:{who}", action="case_accepted", now=now, referral_id=referral.id,
        detail={"case": case.id, "by": who},
    )
    return case


def accept_from_slack(
    db: Database, reference: str, slack_user: str, reply_channel: str | None, ctx: Context
) -> bool:
    """The "Accept case" button: accept, and say so in the AWO's DM through the outbox. False if unknown."""
    with db.unit_of_work() as session:
        try:
            case = accept_case(session, reference, slack_user, ctx)
        except CaseNotFound:
            return False
        if reply_channel:
            repositories.enqueue(
                session, kind="slack", purpose="case_accepted", dedupe_key=f"case_accepted:{case.id}",
                payload={"channel": reply_channel, "text": f"Case for {reference} accepted by <@{slack_user}>."},
                referral_id=case_referral_id(session, reference), now=ctx.now(),
            )
        return True


def case_referral_id(session: Session, reference: str) -> int | None:
    referral = repositories.referral_by_reference(session, reference)
    return referral.id if referral else None
