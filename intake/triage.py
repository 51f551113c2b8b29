"""Triage: eligibility, priority and routing of a filed referral (deepened by the triage issue)."""

from __future__ import annotations

from intake.context import Context
from storage import models


def triage(session, referral: models.Referral, ctx: Context) -> None:
    """Set what triage decides. For now: a child protection concern is high priority, the rest normal."""
    if referral.child_protection_concern:
        referral.priority = "high"
        referral.priority_reasons = ["child protection concern raised"]
    else:
        referral.priority = "normal"
        referral.priority_reasons = []
