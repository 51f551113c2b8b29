"""The missing-details form for Slack referrers: what it shows, and its submission merged like any answer.

The Slack edge builds the Block Kit view from `form_for` and turns a submission into a `FormAnswer`;
everything about the referral happens here, through the case store, in one unit of work.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import nlp
from intake import conversation, replies, triage
from intake.answers import ChildAnswer
from intake.areas import normalise_postcode
from intake.context import Context
from intake.references import slack_thread_key
from intake.referral import CORE_FIELDS, missing_fields
from intake.respond import queue_reply
from storage import models, repositories
from storage.db import Database

log = logging.getLogger(__name__)

# The button on the bot's question, and the form it opens.
FORM_ACTION_ID = "cme_open_missing_details"
FORM_CALLBACK_ID = "cme_missing_details"
# The form's boxes, in the order they are shown; each is one labelled text input per child.
FORM_INPUTS = ("name", "date_of_birth", "age", "address", "carer_name", "gp", "school")
# Which core field each box answers, for "I do not know this".
CORE_OF_INPUT = {
    "name": "name", "date_of_birth": "age", "age": "age", "address": "address", "carer_name": "carer",
    "gp": "gp", "school": "school",
}
_DOCTOR = re.compile(r"^\s*(?:Dr|Doctor)\.?\s+\S+(?:\s+[A-Z][\w'-]+)?", re.IGNORECASE)


@dataclass
class FormChild:
    position: int
    name: str | None
    values: dict[str, str]  # input -> the value held, as text
    missing: list[str]  # core fields still to ask for


@dataclass
class FormView:
    """What the form shows for one referral."""

    reference: str
    language: str
    children: list[FormChild]


@dataclass
class FormAnswer:
    """A submitted form, as the Slack edge read it."""

    reference: str
    submission_id: str  # the Slack view id: one submission per opened form
    channel: str
    thread_ts: str
    user: str | None = None
    user_name: str | None = None
    values: dict[int, dict[str, str]] = field(default_factory=dict)  # position -> input -> text typed
    unknown: dict[int, set[str]] = field(default_factory=dict)  # position -> core fields not known


def question_blocks(text: str, referral: models.Referral) -> list[dict[str, Any]] | None:
    """Block Kit for a Slack question: the text, and a button opening the form while anything is missing."""
    if referral.channel != "slack" or not any(missing_fields(c) for c in referral.children):
        return None
    # A section holds at most 3000 characters: long bilingual texts go in several.
    chunks, current = [], ""
    for paragraph in text.split("\n\n"):
        if current and len(current) + len(paragraph) + 2 > 2900:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{paragraph}" if current else paragraph
    chunks.append(current)
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "plain_text", "text": chunk[:2990], "emoji": False}}
        for chunk in chunks
    ]
    blocks.append({
        "type": "actions",
        "block_id": "cme_form",
        "elements": [{
            "type": "button",
            "action_id": FORM_ACTION_ID,
            "value": referral.reference or "",
            "style": "primary",
            "text": {"type": "plain_text", "text": replies.form_label(referral.language, "button")[:75]},
        }],
    })
    return blocks


def form_for(db: Database, reference: str) -> FormView | None:
    """What the form for `reference` shows: each child's held values and what is still missing."""
    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, reference)
        if referral is None:
            return None
        return FormView(
            reference=reference,
            language=referral.language or "en",
            children=[
                FormChild(position=i, name=c.name, values=_held_values(c), missing=missing_fields(c))
                for i, c in enumerate(referral.children)
            ],
        )


def _held_values(child: models.ReferralChild) -> dict[str, str]:
    values = {
        "name": child.name,
        "date_of_birth": child.date_of_birth.strftime("%d/%m/%Y") if child.date_of_birth else None,
        "age": str(child.age) if child.age is not None and child.date_of_birth is None else None,
        "address": child.address,
        "carer_name": child.carer_name,
        "gp": ", ".join(p for p in (child.gp_doctor, child.gp_practice) if p) or None,
        "school": child.school,
    }
    return {k: v for k, v in values.items() if v}


def check_form(answer: FormAnswer, language: str | None) -> dict[str, str]:
    """Errors to show beside the boxes: {"position:input": message}. Empty when the form can be merged."""
    errors = {}
    for position, values in answer.values.items():
        dob = (values.get("date_of_birth") or "").strip()
        if dob and _parse_date(dob) is None:
            errors[f"{position}:date_of_birth"] = replies.form_label(language, "bad_date")
        age = (values.get("age") or "").strip()
        if age and not (age.isdigit() and 0 < int(age) < 25):
            errors[f"{position}:age"] = replies.form_label(language, "bad_age")
    return errors


def _parse_date(text: str) -> date | None:
    from nlp.validators import parse_uk_date

    return parse_uk_date(text)


def receive_form(db: Database, answer: FormAnswer, ctx: Context) -> bool:
    """Merge a submitted form into its referral and confirm in the Slack thread. False if no such referral."""
    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, answer.reference)
        if referral is None:
            return False
        if repositories.inbound_exists(session, "slack", _source_id(answer), None):
            return True  # Slack sent the same submission twice
        now = ctx.now()
        text, read = _read_form(answer, referral)
        message = models.InboundMessage(
            channel="slack", source_id=_source_id(answer), received_at=now, sender=answer.user,
            sender_name=answer.user_name, subject=None, text=text,
            thread_refs=[slack_thread_key(answer.channel, answer.thread_ts)],
            reply_to={"channel": answer.channel, "thread_ts": answer.thread_ts},
            status="done", attempts=0, processed_at=now, referral_id=referral.id, created_at=now,
        )
        session.add(message)
        session.flush()
        changes = conversation.merge_read(session, referral, read, message, ctx)
        triage.triage(session, referral, ctx)
        repositories.audit(
            session, actor=f"slack:{answer.user or 'unknown'}", action="answer_merged", now=now,
            referral_id=referral.id, inbound_message_id=message.id,
            detail={"changes": changes, "via": "form"},
        )
        confirm(session, referral, message, ctx)
        log.info("merged form answer into %s", referral.reference)
        return True


def confirm(session, referral: models.Referral, message: models.InboundMessage, ctx: Context) -> None:
    """Tell the referrer what is now held and what is still missing; asking restarts the reminder clock."""
    text = replies.render("confirmation", referral)
    blocks = question_blocks(text, referral)
    row = queue_reply(session, referral, message, text, "confirmation", ctx, blocks=blocks)
    if row is not None and any(missing_fields(c) for c in referral.children):
        referral.last_asked_at = ctx.now()


def _source_id(answer: FormAnswer) -> str:
    return f"form:{answer.submission_id}"


def _read_form(answer: FormAnswer, referral: models.Referral) -> tuple[str, dict[int, ChildAnswer]]:
    """The form as text for the record, and as an answer: a changed box corrects, an empty one is silent."""
    lines: list[str] = []
    read: dict[int, ChildAnswer] = {}
    for position, child in enumerate(referral.children):
        typed = {k: (v or "").strip() for k, v in answer.values.get(position, {}).items()}
        held = _held_values(child)
        found = nlp.ChildFound()
        corrected: set[str] = set()
        lines.append(f"[{position + 1}]")
        for key in FORM_INPUTS:
            value = typed.get(key) or ""
            if not value or value == held.get(key, ""):
                continue
            start = sum(len(line) + 1 for line in lines) + len(key) + 2
            lines.append(f"{key}: {value}")
            span = (start, start + len(value))
            columns = _columns(key, value, span)
            for column, item in columns.items():
                setattr(found, column, item)
            if key in held:
                corrected |= set(columns)
        found.unknown = set(answer.unknown.get(position, set())) & set(CORE_FIELDS)
        if found.unknown:
            lines.append("not known: " + ", ".join(sorted(found.unknown)))
        read[position] = ChildAnswer(found=found, corrected=corrected)
    return "\n".join(lines), read


def _columns(key: str, value: str, span: tuple[int, int]) -> dict[str, nlp.Found]:
    """The child columns one box fills: a GP box may name a doctor and a practice, an address a postcode."""

    def found(v: Any) -> nlp.Found:
        return nlp.Found(v, span[0], span[1], 1.0)

    if key == "date_of_birth":
        parsed = _parse_date(value)
        return {"date_of_birth": found(parsed)} if parsed else {}
    if key == "age":
        return {"age": found(int(value))} if value.isdigit() else {}
    if key == "gp":
        parts = [p.strip() for p in value.split(",") if p.strip()]
        doctor = next((p for p in parts if _DOCTOR.match(p)), None)
        practice = ", ".join(p for p in parts if p != doctor) or None
        out = {}
        if doctor:
            out["gp_doctor"] = found(doctor)
        if practice:
            out["gp_practice"] = found(practice)
        return out
    if key == "address":
        out = {"address": found(value)}
        postcode = normalise_postcode(value)
        if postcode:
            out["postcode"] = found(postcode)
        return out
    return {key: found(value)}
