"""Postcodes and the areas of the authority they name: sector, district (the desk's "area") and area."""

from __future__ import annotations

import re

_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][0-9A-Z]?)\s*([0-9])([A-Z]{2})\b")


def normalise_postcode(text: str | None) -> str | None:
    """The first full postcode in the text, upper case with one space: 'cf399ab' -> 'CF39 9AB'; else None."""
    if not text:
        return None
    m = _POSTCODE.search(text.upper())
    return f"{m.group(1)} {m.group(2)}{m.group(3)}" if m else None


def postcode_parts(postcode: str | None) -> tuple[str, str, str] | None:
    """(sector, district, area) of a full postcode: ('CF39 9', 'CF39', 'CF')."""
    full = normalise_postcode(postcode)
    if full is None:
        return None
    outward, inward = full.split()
    area = re.match(r"[A-Z]+", outward)
    return f"{outward} {inward[0]}", outward, area.group(0) if area else outward


def postcode_district(postcode: str | None) -> str | None:
    """'CF42 6AA' -> 'CF42'; None when there is no usable postcode."""
    parts = postcode_parts(postcode)
    return parts[1] if parts else None
