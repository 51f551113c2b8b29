"""The Referral model: what a filed referral says, in the shape the export and the AWOs see."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy.orm import object_session

from storage import cases, models

# The six fields every referral should record, in the order the referrer is asked for them.
CORE_FIELDS = ("name", "address", "age", "carer", "gp", "school")


class Carer(BaseModel):
    name: str | None = None
    relationship: str | None = None


class GP(BaseModel):
    doctor: str | None = None
    practice: str | None = None


class Child(BaseModel):
    """One child, in the gold-child shape of SCHEMA.md."""

    name: str | None = None
    date_of_birth: date | None = None
    age: int | None = None
    address: str | None = None
    postcode: str | None = None
    carer: Carer | None = None
    gp: GP | None = None
    school: str | None = None
    upn: str | None = None

    @classmethod
    def from_row(cls, row: models.ReferralChild) -> Child:
        carer = None
        if row.carer_name or row.carer_relationship:
            carer = Carer(name=row.carer_name, relationship=row.carer_relationship)
        gp = GP(doctor=row.gp_doctor, practice=row.gp_practice) if row.gp_doctor or row.gp_practice else None
        return cls(
            name=row.name,
            date_of_birth=row.date_of_birth,
            age=row.age,
            address=row.address,
            postcode=row.postcode,
            carer=carer,
            gp=gp,
            school=row.school,
            upn=row.upn,
        )


def known_fields(row: models.ReferralChild) -> set[str]:
    """Core fields the referral holds a value for. Age is met by a date of birth or a stated age."""
    held = {
        "name": row.name,
        "address": row.address,
        "age": row.age if row.age is not None else row.date_of_birth,
        # "mum" alone is a relationship without a name: the AWO still needs to know who to ask for.
        "carer": row.carer_name,
        "gp": row.gp_doctor or row.gp_practice,
        "school": row.school,
    }
    return {f for f, v in held.items() if v not in (None, "")}


def missing_fields(row: models.ReferralChild) -> list[str]:
    """Core fields still to ask for: neither known nor declared unknown by the referrer."""
    known = known_fields(row)
    unknown = set(row.unknown_fields or [])
    return [f for f in CORE_FIELDS if f not in known and f not in unknown]


class ReferralView(BaseModel):
    """A filed referral as `cme-intake referrals export` prints it."""

    reference: str | None
    status: str
    channel: str
    received_at: datetime
    referrer: dict[str, Any]
    children: list[Child]
    missing: list[list[str]]
    source_ids: list[str]
    reasons: list[str] = Field(default_factory=list)
    risk_indicators: list[str] = Field(default_factory=list)
    child_protection_concern: bool = False
    priority: str | None = None
    priority_reasons: list[Any] = Field(default_factory=list)
    eligibility: str | None = None
    assigned_to: str | None = None
    case_id: int | None = None
    # References of the other reports on the same child's case.
    linked_reports: list[str] = Field(default_factory=list)

    @classmethod
    def from_row(cls, row: models.Referral) -> ReferralView:
        return cls(
            reference=row.reference,
            status=row.status,
            channel=row.channel,
            received_at=row.received_at,
            referrer={"name": row.referrer_name, "agency": row.referrer_agency},
            children=[Child.from_row(c) for c in row.children],
            missing=[missing_fields(c) for c in row.children],
            source_ids=[m.source_id for m in row.sources],
            reasons=list(row.reasons or []),
            risk_indicators=list(row.risk_indicators or []),
            child_protection_concern=row.child_protection_concern,
            priority=row.priority,
            priority_reasons=list(row.priority_reasons or []),
            eligibility=row.eligibility,
            assigned_to=row.assigned_to,
            case_id=row.case_id,
            linked_reports=_linked_reports(row),
        )


def _linked_reports(row: models.Referral) -> list[str]:
    session = object_session(row)
    return cases.linked_references(session, row.id) if session is not None and row.id is not None else []
