"""Telling people about a referral: the AWO by Slack direct message and email, Children's Services by email.

Everything goes through the outbox, so a Slack or relay outage delays a notification and never loses it.
A notification names the child by first name and postcode district only, unless the settings allow more:
the AWO opens the web app for the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any

from sqlalchemy.orm import Session

from intake.areas import postcode_district
from intake.context import Context
from intake.matching import first_name
from intake.referral import missing_fields
from intake.routing import Contact
from intake.settings import Settings
from storage import models, repositories

# How the AWO sees each missing core field (the referrer's wording, in both languages, is the replies').
FIELD_LABELS = {
    "name": "full name", "address": "address", "age": "date of birth or age", "carer": "carer's name",
    "gp": "GP", "school": "school",
}
ACCEPT_ACTION = "accept_case"
OPEN_ACTION = "open_referral"
# Slack refuses section text over 3,000 characters; a quotation is a pointer, not the whole report.
WORDS_MAX = 120


@dataclass
class Notice:
    """What a notification says, already cut down to the personal data the settings allow."""

    title: str
    reference: str
    priority: str
    reasons: list[str]
    children: list[str]
    missing: list[str]
    url: str
    notes: list[str] = field(default_factory=list)
    actions: bool = True


def referral_url(settings: Settings, reference: str) -> str:
    return f"{settings.public_url.rstrip('/')}/referrals/{reference}"


def _private_words(referral: models.Referral, settings: Settings) -> list[str]:
    """Personal details a quotation must not carry: surnames, carers' names, addresses, postcodes, UPNs."""
    private: list[str] = []
    for child in referral.children:
        words = (child.name or "").replace(",", " ").split()
        if not settings.notify_include_surname:
            private += words[1:] if "," not in (child.name or "") else words[:1]
        if not settings.notify_include_address:
            private += [p.strip() for p in re.split(r"[,\n]", child.address or "") if p.strip()]
            private += [child.postcode or ""]
        private += (child.carer_name or "").split() + [child.upn or ""]
        if child.date_of_birth:
            private += [f"{child.date_of_birth:%d/%m/%Y}", child.date_of_birth.isoformat()]
    return sorted({p for p in private if len(p) > 1}, key=len, reverse=True)


def redact(text: str, private: list[str]) -> str:
    for secret in private:
        text = re.sub(rf"(?<!\w){re.escape(secret)}(?!\w)", "…", text, flags=re.I)
    return text if len(text) <= WORDS_MAX else text[: WORDS_MAX - 1] + "…"


def child_line(child: models.ReferralChild, settings: Settings) -> str:
    name = (child.name if settings.notify_include_surname else first_name(child.name)) or "name not known"
    if settings.notify_include_address and child.address:
        area = child.address
    else:
        area = postcode_district(child.postcode) or postcode_district(child.address) or "area not known"
    return f"{name} ({area})"


def reason_lines(referral: models.Referral, settings: Settings) -> list[str]:
    private = _private_words(referral, settings)
    lines = []
    for reason in referral.priority_reasons or []:
        if not isinstance(reason, dict):
            lines.append(str(reason))
            continue
        words = reason.get("words")
        quoted = f': "{redact(words, private)}"' if words else ""
        lines.append(f"{reason.get('reason', reason.get('code', ''))}{quoted}")
    return lines


def referral_notice(
    referral: models.Referral, settings: Settings, *, title: str, notes: list[str] | None = None
) -> Notice:
    needed = {f for c in referral.children for f in missing_fields(c)}
    missing = [label for f, label in FIELD_LABELS.items() if f in needed]
    return Notice(
        title=title,
        reference=referral.reference or "",
        priority=referral.priority or "normal",
        reasons=reason_lines(referral, settings),
        children=[child_line(c, settings) for c in referral.children],
        missing=missing,
        url=referral_url(settings, referral.reference or ""),
        notes=list(notes or []),
    )


def _esc(text: str) -> str:
    """Slack mrkdwn treats &, < and > as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def blocks(notice: Notice) -> list[dict[str, Any]]:
    """The Block Kit message: reference, priority and why, the child, what is missing, and the buttons."""
    why = "\n".join(f"• {_esc(r)}" for r in notice.reasons) or "No risk factors found in the report."
    out: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": notice.title[:150]}},
        {
            "type": "section",
            "fields": [
                {"type": "mrkdwn", "text": f"*Reference*\n{_esc(notice.reference)}"},
                {"type": "mrkdwn", "text": f"*Priority*\n{notice.priority.capitalize()}"},
                {"type": "mrkdwn", "text": "*Child*\n" + _esc(", ".join(notice.children) or "not named")},
                {"type": "mrkdwn", "text": "*Still needed*\n" + _esc(", ".join(notice.missing) or "nothing")},
            ],
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Why*\n{why}"[:3000]}},
    ]
    if notice.notes:
        notes = [{"type": "mrkdwn", "text": _esc(n)} for n in notice.notes]
        out.append({"type": "context", "elements": notes})
    if notice.actions:
        out.append({
            "type": "actions",
            "block_id": f"case:{notice.reference}",
            "elements": [
                {
                    "type": "button", "action_id": ACCEPT_ACTION, "style": "primary",
                    "value": notice.reference,
                    "text": {"type": "plain_text", "text": "Accept case"},
                },
                {
                    "type": "button", "action_id": OPEN_ACTION, "url": notice.url,
                    "text": {"type": "plain_text", "text": "Open in web app"},
                },
            ],
        })
    return out


def plain_text(notice: Notice) -> str:
    lines = [
        notice.title, "",
        f"Reference: {notice.reference}",
        f"Priority: {notice.priority}",
        "Child: " + (", ".join(notice.children) or "not named"),
        "Still needed: " + (", ".join(notice.missing) or "nothing"),
        "", "Why:",
        *(f"- {r}" for r in notice.reasons or ["No risk factors found in the report."]),
    ]
    if notice.notes:
        lines += ["", *notice.notes]
    lines += ["", f"Open it in the web app: {notice.url}"]
    return "\n".join(lines) + "\n"


def send(
    session: Session, contact: Contact, notice: Notice, *, purpose: str, dedupe_key: str,
    referral_id: int | None, ctx: Context,
) -> list[models.OutboxMessage]:
    """Queue the notice for a person or team: a Slack DM if they have a Slack id, an email if an address."""
    queued = []
    now = ctx.now()
    if contact.slack:
        payload = {"channel": contact.slack, "text": _esc(f"{notice.title} ({notice.priority})"),
                   "blocks": blocks(notice)}
        queued.append(repositories.enqueue(
            session, kind="slack", purpose=purpose, dedupe_key=f"{dedupe_key}:slack:{contact.slack}",
            payload=payload, referral_id=referral_id, now=now,
        ))
    if contact.email:
        domain = ctx.settings.referral_address.rpartition("@")[2] or None
        payload = {
            "to": contact.email,
            "from": ctx.settings.referral_address,
            "subject": f"{notice.title} [{notice.reference}]" if notice.reference not in notice.title
            else notice.title,
            "text": plain_text(notice),
            "message_id": make_msgid(domain=domain),
        }
        queued.append(repositories.enqueue(
            session, kind="email", purpose=purpose, dedupe_key=f"{dedupe_key}:email:{contact.email}",
            payload=payload, referral_id=referral_id, now=now,
        ))
    return queued


def notify_awo(
    session: Session, referral: models.Referral, contact: Contact, ctx: Context, *, notes: list[str],
    linked: bool,
) -> list[models.OutboxMessage]:
    """Put the referral before its AWO, once per AWO and priority: a rise in priority tells them again."""
    what = "New report on an open CME case" if linked else "New CME referral"
    notice = referral_notice(referral, ctx.settings, title=f"{what} {referral.reference}", notes=notes)
    key = f"awo_notification:{referral.reference}:{contact.username or contact.name}:{referral.priority}"
    return send(session, contact, notice, purpose="awo_notification", dedupe_key=key,
                referral_id=referral.id, ctx=ctx)


def notify_childrens_services(
    session: Session, referral: models.Referral, contact: Contact, ctx: Context
) -> list[models.OutboxMessage]:
    """A child protection concern goes to Children's Services at once, whatever else triage decides."""
    notice = referral_notice(
        referral, ctx.settings, title=f"Child protection concern in CME referral {referral.reference}",
        notes=["Raised from a referral to the Attendance and Well Being Service; the AWO has it too."],
    )
    notice.actions = False
    return send(session, contact, notice, purpose="childrens_services_notification",
                dedupe_key=f"childrens_services:{referral.reference}", referral_id=referral.id, ctx=ctx)
