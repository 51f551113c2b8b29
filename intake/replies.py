"""What the service says back to a referrer: what is held, and questions for what is missing.

Welsh Language Standards: a report written in Welsh is answered in Welsh; any other is answered in both
languages, Welsh first. Every word lives in `templates/` (the .j2 files and each language's labels.yaml),
which the council's translators own; this module only gathers the facts the templates show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import object_session

from intake.matching import linked_children
from intake.referral import missing_fields
from storage import models

TEMPLATES = Path(__file__).parent / "templates"
LANGUAGES = ("cy", "en")

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    undefined=StrictUndefined,
    keep_trailing_newline=False,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,  # plain text for mail and Slack; Slack escaping is done by the Slack sender
)


@dataclass
class ChildFacts:
    """One child as the templates show it: held values, fields not known, fields still needed."""

    name: str | None = None
    date_of_birth: date | None = None
    age: int | None = None
    address: str | None = None
    carer_name: str | None = None
    carer_relationship: str | None = None
    gp: str | None = None
    school: str | None = None
    unknown: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def child_facts(child: models.ReferralChild) -> ChildFacts:
    return ChildFacts(
        name=child.name,
        date_of_birth=child.date_of_birth,
        age=child.age,
        address=child.address,
        carer_name=child.carer_name,
        carer_relationship=child.carer_relationship,
        gp=", ".join(p for p in (child.gp_doctor, child.gp_practice) if p) or None,
        school=child.school,
        unknown=list(child.unknown_fields or []),
        missing=missing_fields(child),
    )


@lru_cache(maxsize=len(LANGUAGES))
def labels(language: str) -> dict[str, Any]:
    """The wording of one language's labels.yaml: field names, held-value captions, form texts."""
    with open(TEMPLATES / language / "labels.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def reply_languages(referral_language: str | None) -> tuple[str, ...]:
    """The languages of a reply, in order: Welsh alone for a Welsh report, else Welsh then English."""
    return ("cy",) if referral_language == "cy" else ("cy", "en")


def render(template: str, referral: models.Referral) -> str:
    """The text of a reply (acknowledgement, confirmation, reminder) about `referral`."""
    facts = [child_facts(c) for c in referral.children]
    variables = {
        "template": template,
        "reference": referral.reference,
        "channel": referral.channel,
        "children": facts,
        "any_missing": any(f.missing for f in facts),
        # Children whose report joined a case already open (triage): the referrer is told.
        "linked": linked_children(object_session(referral), referral),
    }
    languages = reply_languages(referral.language)
    if len(languages) == 1:
        language = languages[0]
        text = _env.get_template(f"{language}/{template}.j2").render(labels=labels(language), **variables)
    else:
        text = _env.get_template("bilingual.j2").render(
            labels_cy=labels("cy"), labels_en=labels("en"), **variables
        )
    return _tidy(text)


def _tidy(text: str) -> str:
    """No runs of blank lines where a template's optional parts were left out."""
    lines = [line.rstrip() for line in text.strip().split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out) + "\n"


def form_label(language: str | None, key: str, **values: Any) -> str:
    """A label of the Slack form ("fields.gp" for a nested one): Welsh alone for a Welsh referral, else
    "Welsh / English"."""
    texts = []
    for lang in reply_languages(language):
        entry: Any = labels(lang)["form"]
        for part in key.split("."):
            entry = entry[part]
        texts.append(str(entry).format(**values) if values else str(entry))
    return " / ".join(texts)


def reply_subject(original: str | None, reference: str) -> str:
    """'Re: <their subject> [reference]', without stacking 'Re:' or repeating the reference."""
    subject = (original or "").strip()
    while subject.lower().startswith(("re:", "fw:", "fwd:", "ateb:", "yml:")):
        subject = subject.split(":", 1)[1].strip()
    if reference not in subject:
        subject = f"{subject} [{reference}]".strip()
    return f"Re: {subject}"
