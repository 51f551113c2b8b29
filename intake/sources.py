"""Where in the message as received an extracted value came from.

The extractor's spans point into the text it read (the subject line, then the body with quotes, signatures
and markup removed), not into the message as stored; the referral page shows the message as stored.
"""

from __future__ import annotations

import re

from intake.filing import report_of
from nlp.extract import read_text
from storage import models


def text_read(message: models.InboundMessage) -> str:
    """The text the extractor read for this message, which the stored spans index."""
    return read_text(report_of(message))


def _pattern(snippet: str) -> re.Pattern[str]:
    # Line breaks and runs of spaces may differ between the two texts: any whitespace matches any. Case
    # may differ too: the extractor reads a form typed in capitals ("CHILD NAME: RUBY") in title case.
    return re.compile(r"\s+".join(re.escape(part) for part in snippet.split()), re.IGNORECASE)


def locate(original: str, read: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `original` holding what `read[start:end]` holds; the occurrence nearest its place."""
    if not 0 <= start < end <= len(read):
        return None
    snippet = read[start:end]
    if not snippet.strip():
        return None
    if original[start:end] == snippet:
        return start, end
    # The read text starts with the subject line; the body's own offsets are about that much earlier.
    shift = len(read) - len(original) if len(read) > len(original) else 0
    hits = [(m.start(), m.end()) for m in _pattern(snippet).finditer(original)]
    if not hits:
        return None
    return min(hits, key=lambda h: abs(h[0] - (start - shift)))
