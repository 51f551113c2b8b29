"""The export of filed referrals, one JSON object per referral."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from intake.referral import ReferralView
from storage import repositories
from storage.db import Database


def export_referrals(db: Database) -> Iterator[dict[str, Any]]:
    with db.unit_of_work() as session:
        rows = repositories.all_referrals(session)
        views = [ReferralView.from_row(r) for r in rows]
    for view in views:
        yield view.model_dump(mode="json")
