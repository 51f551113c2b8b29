"""Filing a new referral from a first report."""

from __future__ import annotations

from typing import Any

import nlp
from intake.context import Context
from intake.references import make_reference
from storage import models

# Fields of nlp.ChildFound that map one to one onto columns of ReferralChild.
CHILD_COLUMNS = (
    "name", "date_of_birth", "age", "address", "postcode", "carer_name", "carer_relationship",
    "gp_doctor", "gp_practice", "school", "upn",
)


def report_of(message: models.InboundMessage) -> nlp.Report:
    return nlp.Report(
        text=message.text or "",
        received_at=message.received_at,
        channel=message.channel,
        sender=message.sender,
        sender_name=message.sender_name,
        subject=message.subject,
    )


def found_json(found: nlp.Found, message_id: int) -> dict[str, Any]:
    return {"message_id": message_id, "start": found.start, "end": found.end, "confidence": found.confidence}


def apply_found(
    child: models.ReferralChild, found: nlp.ChildFound, message_id: int, overwrite: bool
) -> dict[str, Any]:
    """Copy extracted values onto a child. Returns {column: (old, new)} of what changed."""
    changes: dict[str, Any] = {}
    provenance = dict(child.provenance or {})
    for column in CHILD_COLUMNS:
        item: nlp.Found | None = getattr(found, column)
        if item is None or item.value in (None, ""):
            continue
        old = getattr(child, column)
        if old == item.value or (old is not None and not overwrite):
            continue
        setattr(child, column, item.value)
        provenance[column] = found_json(item, message_id)
        changes[column] = (_plain(old), _plain(item.value))
    unknown = set(child.unknown_fields or []) | set(found.unknown)
    if unknown != set(child.unknown_fields or []):
        changes["unknown_fields"] = (sorted(child.unknown_fields or []), sorted(unknown))
        child.unknown_fields = sorted(unknown)
    child.provenance = provenance
    return changes


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def new_referral(
    session, message: models.InboundMessage, extraction: nlp.Extraction, ctx: Context
) -> models.Referral:
    """File a referral with its children, numbered and ready to triage."""
    now = ctx.now()
    referral = models.Referral(
        status="received",
        channel=message.channel,
        received_at=message.received_at,
        language=extraction.language,
        referrer_name=(extraction.referrer_name.value if extraction.referrer_name else message.sender_name),
        referrer_agency=extraction.referrer_agency.value if extraction.referrer_agency else None,
        referrer_contact=message.sender,
        reasons=list(extraction.reasons),
        risk_indicators=list(extraction.risk_indicators),
        child_protection_concern=extraction.child_protection_concern,
        evidence=[found_json(f, message.id) | {"value": f.value} for f in extraction.evidence],
        priority_reasons=[],
        created_at=now,
        updated_at=now,
    )
    session.add(referral)
    session.flush()
    referral.reference = make_reference(message.received_at, referral.id)
    # A report that names no child still needs one: everything about that child is asked for.
    for position, found in enumerate(extraction.children or [nlp.ChildFound()]):
        child = models.ReferralChild(position=position, unknown_fields=[], provenance={})
        apply_found(child, found, message.id, overwrite=True)
        referral.children.append(child)
    message.referral_id = referral.id
    session.flush()
    return referral
