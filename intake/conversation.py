"""A referrer's answer to our questions, merged into the referral it belongs to."""

from __future__ import annotations

import re
from typing import Any

import nlp
from intake import answers
from intake.answers import ChildAnswer, HeldChild
from intake.areas import normalise_postcode
from intake.context import Context
from intake.filing import CHILD_COLUMNS, _plain, apply_found, found_json, report_of
from intake.references import find_reference
from intake.referral import known_fields, missing_fields
from storage import models, repositories

# Columns that belong together: when the first of a pair is taken from an answer, the second comes with it.
PAIRED = {"carer_name": "carer_relationship", "address": "postcode"}
# The columns that hold each core field.
COLUMNS_OF_FIELD = {
    "name": ("name",), "address": ("address", "postcode"), "age": ("date_of_birth", "age"),
    "carer": ("carer_name",), "gp": ("gp_doctor", "gp_practice"), "school": ("school",),
}
# What brothers and sisters share unless told otherwise.
FAMILY_COLUMNS = ("address", "postcode", "carer_name", "carer_relationship", "gp_doctor", "gp_practice")


def find_referral(session, message: models.InboundMessage) -> models.Referral | None:
    """The referral a message answers: by its thread, or by the reference in its subject."""
    referral = repositories.referral_by_thread(session, message.thread_refs or [])
    if referral is None and message.channel == "email":
        reference = find_reference(message.subject)
        if reference:
            referral = repositories.referral_by_reference(session, reference)
    return referral


def merge_answer(
    session, referral: models.Referral, message: models.InboundMessage, ctx: Context
) -> dict[str, dict]:
    """Merge what the answer states into the referral's children: {child position: {column: (old, new)}}.

    A value fills a gap; a held value changes only when the answer corrects it or tells of a change. Fields
    the referrer says they do not know are recorded and not asked again. A child the answer names for the
    first time is added. Every change is audited against the message it came from.
    """
    sent = repositories.outbox_for_referral(session, referral.id)
    our_texts = [str(row.payload.get("text") or "") for row in sent]
    text = answers.prepare(message.text or "", message.channel, message.subject, our_texts)
    changes = merge_named_children(session, referral, text, message, ctx)
    read = answers.read_answer(
        text, held_children(referral), received_at=referral.received_at, channel=message.channel
    )
    _not_a_carer(read, referral, text)
    for position, child_changes in merge_read(session, referral, read, message, ctx).items():
        changes.setdefault(position, {}).update(child_changes)
    return changes


def held_children(referral: models.Referral) -> list[HeldChild]:
    return [
        HeldChild(c.name, missing_fields(c), {col: getattr(c, col) for col in (*CHILD_COLUMNS,)})
        for c in referral.children
    ]


def merge_named_children(
    session, referral: models.Referral, text: str, message: models.InboundMessage, ctx: Context
) -> dict[str, dict]:
    """Children the answer names: a name completed ("Tilly" -> "Tilly Coleman"), an unnamed child named, and a
    brother or sister the report left out added, sharing the family's address, carer and GP unless told."""
    first = referral.sources[0] if referral.sources else message
    named = answers.named_children(
        text, held_children(referral), received_at=referral.received_at, channel=message.channel,
        sender=first.sender, sender_name=first.sender_name, extract=ctx.extract,
    )
    changes: dict[str, dict] = {}
    for position, found in named:
        found.carer_name = found.carer_relationship = None  # the answer's carer is read in context below
        if position is None:
            child = models.ReferralChild(position=len(referral.children), unknown_fields=[], provenance={})
            apply_found(child, found, message.id, overwrite=True)
            if referral.children:
                _share_family(referral.children[0], child)
                if child.school is None and answers.at_the_same_school(text, child.name):
                    child.school = referral.children[0].school
            referral.children.append(child)
            session.flush()
            changes[str(child.position)] = {"added": (None, child.name)}
            repositories.audit(
                session, actor=f"{message.channel}:{message.sender or 'unknown'}", action="child_added",
                now=ctx.now(), referral_id=referral.id, inbound_message_id=message.id,
                detail={"child": child.position},
            )
            continue
        child = referral.children[position]
        child_changes = apply_found(child, found, message.id, overwrite=False)
        new_name = str(found.name.value) if found.name else ""
        if child.name and _completes(child.name, new_name):
            child_changes["name"] = (child.name, new_name)
            child.name = new_name
        if child_changes:
            changes[str(position)] = child_changes
    return changes


def _completes(held: str, new: str) -> bool:
    """A fuller form of the held name: "Tilly" -> "Tilly Coleman"."""
    held_words, new_words = held.lower().split(), new.lower().split()
    return len(new_words) > len(held_words) and new_words[: len(held_words)] == held_words


def _share_family(sibling: models.ReferralChild, child: models.ReferralChild) -> None:
    """A brother or sister added by an answer lives with the same family unless the answer says otherwise."""
    provenance = dict(child.provenance or {})
    for column in FAMILY_COLUMNS:
        if getattr(child, column) is None and getattr(sibling, column) is not None:
            setattr(child, column, getattr(sibling, column))
            if column in (sibling.provenance or {}):
                provenance[column] = sibling.provenance[column]
    child.provenance = provenance


def _not_a_carer(read: dict[int, ChildAnswer], referral: models.Referral, text: str) -> None:
    """A child of the referral named beside a kinship word ("her brother Bilal") is not the carer."""
    names = [c.name for c in referral.children if c.name]
    lowered = {n.lower() for n in names}
    firsts = "|".join(re.escape(n.split()[0]) for n in names)
    for answer in read.values():
        name, relationship = answer.found.carer_name, answer.found.carer_relationship
        names_a_child = name is not None and str(name.value).lower() in lowered
        after = text[relationship.end:] if relationship is not None else ""
        kin_of_a_child = (
            name is None and relationship is not None and bool(firsts)
            and re.match(rf"[\w'’-]*\s*,?\s*(?:{firsts})\b", after, re.IGNORECASE) is not None
        )
        if names_a_child or kin_of_a_child:
            answer.found.carer_name = answer.found.carer_relationship = None
            answer.corrected -= {"carer_name", "carer_relationship"}


def merge_read(
    session, referral: models.Referral, read: dict[int, ChildAnswer], message: models.InboundMessage,
    ctx: Context,
) -> dict[str, dict]:
    """Apply an answer already read (from text or from a form) and audit each correction."""
    changes: dict[str, dict] = {}
    now = ctx.now()
    for position, answer in sorted(read.items()):
        if position >= len(referral.children):
            continue
        child = referral.children[position]
        child_changes = merge_child(child, answer, message.id, referral.received_at)
        if not child_changes:
            continue
        changes[str(position)] = child_changes
        for column, (old, new) in child_changes.items():
            if old not in (None, [], "") and column != "unknown_fields":
                repositories.audit(
                    session, actor=f"{message.channel}:{message.sender or 'unknown'}",
                    action="field_corrected", now=now, referral_id=referral.id, inbound_message_id=message.id,
                    detail={"child": position, "field": column, "old": old, "new": new},
                )
    message.referral_id = referral.id
    if changes:
        referral.updated_at = now
    return changes


def merge_child(
    child: models.ReferralChild, answer: ChildAnswer, message_id: int, received_at: Any
) -> dict[str, Any]:
    """Copy an answer onto one child. Returns {column: (old, new)} of what changed."""
    found = answer.found
    changes: dict[str, Any] = {}
    provenance = dict(child.provenance or {})
    taken: set[str] = set()
    for column in CHILD_COLUMNS:
        item: nlp.Found | None = getattr(found, column)
        if item is None or item.value in (None, ""):
            continue
        old = getattr(child, column)
        if old == item.value:
            continue
        pair_of = next((first for first, second in PAIRED.items() if second == column), None)
        follows_pair = pair_of is not None and pair_of in taken
        if old is not None and column not in answer.corrected and not follows_pair:
            continue
        _set(child, column, item.value, changes)
        provenance[column] = found_json(item, message_id)
        taken.add(column)
    _keep_pairs(child, found, taken, changes)
    _keep_age(child, found, taken, received_at, changes)
    _merge_unknown(child, found.unknown, changes)
    child.provenance = provenance
    return changes


def _set(child: models.ReferralChild, column: str, value: Any, changes: dict[str, Any]) -> None:
    old = getattr(child, column)
    if old == value:
        return
    setattr(child, column, value)
    first_old = changes[column][0] if column in changes else _plain(old)
    changes[column] = (first_old, _plain(value))


def _keep_pairs(
    child: models.ReferralChild, found: nlp.ChildFound, taken: set[str], changes: dict[str, Any]
) -> None:
    """A new address brings its own postcode; a new carer is not left with the old carer's relationship."""
    if "address" in taken and "postcode" not in taken:
        _set(child, "postcode", normalise_postcode(child.address), changes)
    if "carer_name" in taken and "carer_relationship" not in taken and found.carer_relationship is None:
        if changes.get("carer_name", (None,))[0] is not None:
            _set(child, "carer_relationship", None, changes)


def _keep_age(
    child: models.ReferralChild, found: nlp.ChildFound, taken: set[str], received_at: Any,
    changes: dict[str, Any],
) -> None:
    """Age follows a new date of birth, counted on the day the referral was received."""
    if "date_of_birth" in taken and "age" not in taken and child.date_of_birth is not None and received_at:
        from nlp.validators import age_on

        _set(child, "age", age_on(child.date_of_birth, received_at.date()), changes)


def _merge_unknown(child: models.ReferralChild, declared: set[str], changes: dict[str, Any]) -> None:
    """Record what the referrer does not know, and forget an unknown once a value arrives.

    A held value the referrer never wrote (inferred, such as a school taken from a sender's name) gives way
    when they say they do not know it: nothing is guessed.
    """
    for field_name in declared & known_fields(child):
        columns = COLUMNS_OF_FIELD[field_name]
        spans = [(child.provenance or {}).get(c) for c in columns if getattr(child, c) is not None]
        if spans and all(s and s.get("end", 0) <= s.get("start", 0) for s in spans):
            for column in columns:
                _set(child, column, None, changes)
    before = list(child.unknown_fields or [])
    after = sorted((set(before) | set(declared)) - known_fields(child))
    if after != sorted(before):
        child.unknown_fields = after
        changes["unknown_fields"] = (sorted(before), after)


def extraction_for(message: models.InboundMessage, ctx: Context) -> nlp.Extraction:
    return ctx.extract(report_of(message))
