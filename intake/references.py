"""Referral references (CME-2026-00042) and the thread keys that tie replies to a referral."""

from __future__ import annotations

import re
from datetime import datetime

REFERENCE_RE = re.compile(r"\bCME-(\d{4})-(\d{5,})\b")


def make_reference(received_at: datetime, referral_id: int) -> str:
    return f"CME-{received_at.year}-{referral_id:05d}"


def find_reference(text: str | None) -> str | None:
    """The first referral reference in a subject or body, if any."""
    if not text:
        return None
    m = REFERENCE_RE.search(text)
    return m.group(0) if m else None


def slack_thread_key(channel: str, ts: str) -> str:
    return f"{channel}:{ts}"
