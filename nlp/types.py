"""What the extractor takes and gives. Plain dataclasses: `nlp` depends on nothing of ours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# The six fields every referral should record, in the order the AWS asks for them.
CORE_FIELDS = ("name", "address", "age", "carer", "gp", "school")


@dataclass(frozen=True)
class Report:
    """One inbound report as the extractor sees it (SCHEMA.md's input part)."""

    text: str
    received_at: datetime
    channel: str = "email"  # "email" or "slack"
    sender: str | None = None
    sender_name: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class Found:
    """One extracted value with where it came from: a character span in `Extraction.text`."""

    value: Any
    start: int
    end: int
    confidence: float


@dataclass
class ChildFound:
    """Everything found about one child. A field is None when the report does not state it."""

    name: Found | None = None
    date_of_birth: Found | None = None  # value: datetime.date
    age: Found | None = None  # value: int, whole years on the day received
    address: Found | None = None
    postcode: Found | None = None
    carer_name: Found | None = None
    carer_relationship: Found | None = None  # one of SCHEMA.md's relationships
    gp_doctor: Found | None = None
    gp_practice: Found | None = None
    school: Found | None = None
    upn: Found | None = None
    # Core fields the referrer said they do not know ("GP not known"): not to be asked again.
    unknown: set[str] = field(default_factory=set)

    def to_schema(self) -> dict[str, Any]:
        """The child in the gold shape of SCHEMA.md."""

        def v(f: Found | None) -> Any:
            if f is None:
                return None
            return f.value.isoformat() if isinstance(f.value, date) else f.value

        carer = None
        if self.carer_name or self.carer_relationship:
            carer = {"name": v(self.carer_name), "relationship": v(self.carer_relationship)}
        gp = None
        if self.gp_doctor or self.gp_practice:
            gp = {"doctor": v(self.gp_doctor), "practice": v(self.gp_practice)}
        return {
            "name": v(self.name),
            "date_of_birth": v(self.date_of_birth),
            "age": v(self.age),
            "address": v(self.address),
            "postcode": v(self.postcode),
            "carer": carer,
            "gp": gp,
            "school": v(self.school),
            "upn": v(self.upn),
        }


@dataclass
class Extraction:
    """The extractor's answer for one report."""

    text: str  # the prepared text the spans point into (quotes, signatures, markup removed)
    children: list[ChildFound] = field(default_factory=list)
    referrer_name: Found | None = None
    referrer_agency: Found | None = None  # one of SCHEMA.md's agencies
    reasons: list[str] = field(default_factory=list)
    risk_indicators: list[str] = field(default_factory=list)
    child_protection_concern: bool = False
    # Words that raised a child protection concern or a risk indicator, for the AWO's screen.
    evidence: list[Found] = field(default_factory=list)
    language: str = "en"  # "cy" when the report is written in Welsh
    # Phone numbers written in the report (outside the signature), so the AWO can call the family.
    phone_numbers: list[Found] = field(default_factory=list)

    def to_schema(self, record_id: str | None = None) -> dict[str, Any]:
        """The `cme-intake extract` output line for this extraction."""
        out: dict[str, Any] = {}
        if record_id is not None:
            out["id"] = record_id
        out.update(
            {
                "children": [c.to_schema() for c in self.children],
                "referrer": {
                    "name": self.referrer_name.value if self.referrer_name else None,
                    "agency": self.referrer_agency.value if self.referrer_agency else None,
                },
                "reasons": list(self.reasons),
                "risk_indicators": list(self.risk_indicators),
                "child_protection_concern": self.child_protection_concern,
            }
        )
        return out
