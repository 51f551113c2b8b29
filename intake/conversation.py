"""A referrer's answer to our questions, merged into the referral it belongs to."""

from __future__ import annotations

import nlp
from intake.context import Context
from intake.filing import apply_found, report_of
from intake.references import find_reference
from storage import models, repositories


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
    """Merge what the answer states into the referral's children. Returns the changes per child position.

    Values the referral already holds are kept; the conversation issue refines corrections and siblings.
    """
    extraction = ctx.extract(report_of(message))
    changes: dict[str, dict] = {}
    for position, found in enumerate(extraction.children):
        if position >= len(referral.children):
            break
        child_changes = apply_found(referral.children[position], found, message.id, overwrite=False)
        if child_changes:
            changes[str(position)] = child_changes
    message.referral_id = referral.id
    referral.updated_at = ctx.now()
    return changes


def extraction_for(message: models.InboundMessage, ctx: Context) -> nlp.Extraction:
    return ctx.extract(report_of(message))
