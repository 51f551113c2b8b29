"""Shared fixtures: the extractor's pipeline is loaded once per test session."""

from __future__ import annotations

from datetime import datetime

import pytest

from nlp import Extraction, Report, extract
from nlp.pipeline import load_pipeline


@pytest.fixture(scope="session", autouse=True)
def pipeline():
    return load_pipeline()


@pytest.fixture
def read():
    def _read(
        text: str,
        channel: str = "email",
        sender: str = "someone@example.org",
        sender_name: str | None = None,
        subject: str | None = None,
        when: datetime = datetime(2026, 10, 1, 9, 0),
    ) -> Extraction:
        return extract(
            Report(
                text=text, received_at=when, channel=channel, sender=sender, sender_name=sender_name, subject=subject
            )
        )

    return _read
