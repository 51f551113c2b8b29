"""Whether a report is written in Welsh or English."""

from __future__ import annotations

import re

_WELSH = {
    "yn",
    "y",
    "yr",
    "ac",
    "a",
    "i",
    "o",
    "mae",
    "wedi",
    "ei",
    "eu",
    "ein",
    "ar",
    "gyda",
    "am",
    "ddim",
    "nid",
    "ydy",
    "oes",
    "sydd",
    "hi",
    "fe",
    "fo",
    "ni",
    "chi",
    "nhw",
    "plentyn",
    "ysgol",
    "diolch",
    "bore",
    "da",
    "annwyl",
    "gan",
    "hefyd",
    "mewn",
    "ond",
    "neu",
    "heb",
    "iddo",
    "iddi",
    "fy",
    "dy",
}
_ENGLISH = {"the", "and", "to", "of", "is", "in", "he", "she", "has", "not", "school", "we", "they", "was", "with"}


def detect_language(text: str) -> str:
    """'cy' when Welsh function words outnumber English ones, else 'en'."""
    words = re.findall(r"[a-zâêîôûŵŷ']+", text.lower())
    cy = sum(w in _WELSH for w in words)
    en = sum(w in _ENGLISH for w in words)
    return "cy" if cy > en * 1.2 and cy >= 5 else "en"
