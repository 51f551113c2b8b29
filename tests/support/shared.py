"""The shared folder beside the checkout: the eval set and the email corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpora" / "email"


def corpus_messages() -> list[Path]:
    """Every message of the shared email corpus. CI always has it; a developer without it is told so."""
    messages = sorted(CORPUS.rglob("*.eml"))
    if not messages:
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"the shared email corpus is not at {CORPUS}")
    return messages
