"""What a use case needs from outside: settings, the clock and the extractor, passed in so tests can set them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import nlp
from intake.settings import Settings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    settings: Settings
    clock: Callable[[], datetime] = utc_now
    extract: Callable[[nlp.Report], nlp.Extraction] = field(default=nlp.extract)

    def now(self) -> datetime:
        return self.clock()
