"""What the service says back to a referrer: summaries of what is held and questions for what is missing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from intake.referral import missing_fields
from storage import models

TEMPLATES = Path(__file__).parent / "templates"

# How each core field is asked for. The Welsh wording lives with the templates (issue 4).
FIELD_LABELS = {
    "name": "the child's full name",
    "address": "home address",
    "age": "date of birth or age",
    "carer": "parent or carer's name",
    "gp": "GP (doctor or surgery)",
    "school": "school (current or last attended)",
}

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # plain text for mail and Slack; Slack escaping is done by the Slack sender
)


@dataclass
class ChildSummary:
    label: str
    held: list[str]
    missing: list[str]


def summarise_child(child: models.ReferralChild, index: int, count: int) -> ChildSummary:
    label = f"Child {index + 1}" if count > 1 else "Child"
    if child.name:
        label = f"{label}: {child.name}" if count > 1 else child.name
    held: list[str] = []
    if child.date_of_birth:
        held.append(f"Date of birth: {child.date_of_birth:%d/%m/%Y}")
    elif child.age is not None:
        held.append(f"Age: {child.age}")
    if child.address:
        held.append(f"Address: {child.address}")
    if child.carer_name or child.carer_relationship:
        rel = f" ({child.carer_relationship})" if child.carer_relationship else ""
        held.append(f"Carer: {child.carer_name or 'name not given'}{rel}")
    if child.gp_doctor or child.gp_practice:
        held.append("GP: " + ", ".join(p for p in (child.gp_doctor, child.gp_practice) if p))
    if child.school:
        held.append(f"School: {child.school}")
    for field in child.unknown_fields or []:
        held.append(f"{FIELD_LABELS.get(field, field).capitalize()}: not known")
    return ChildSummary(label, held, [FIELD_LABELS[f] for f in missing_fields(child)])


def render(template: str, referral: models.Referral) -> str:
    children = referral.children
    summaries = [summarise_child(c, i, len(children)) for i, c in enumerate(children)]
    lang = "en"
    return _env.get_template(f"{lang}/{template}.j2").render(
        reference=referral.reference,
        channel=referral.channel,
        children=summaries,
        any_missing=any(s.missing for s in summaries),
    )


def reply_subject(original: str | None, reference: str) -> str:
    """'Re: <their subject> [reference]', without stacking 'Re:' or repeating the reference."""
    subject = (original or "").strip()
    while subject.lower().startswith(("re:", "fw:", "fwd:")):
        subject = subject.split(":", 1)[1].strip()
    if reference not in subject:
        subject = f"{subject} [{reference}]".strip()
    return f"Re: {subject}"
