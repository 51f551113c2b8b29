"""Areas of the authority as the desk uses them: the postcode district (outward code) of the child's home."""

from __future__ import annotations

import re

_POSTCODE_RE = re.compile(r"^([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9][A-Z]{2})$")


def postcode_district(postcode: str | None) -> str | None:
    """'CF42 6AA' -> 'CF42'; None when there is no usable postcode."""
    if not postcode:
        return None
    m = _POSTCODE_RE.match(postcode.strip().upper())
    return m.group(1) if m else None
