"""Checks and normalisers for structured values: postcodes, UPNs, UK dates, ages, phone numbers."""

from __future__ import annotations

import re
from datetime import date

POSTCODE_RE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)
# UK phone numbers: 10 or 11 digits from the leading 0 (or +44), spaces allowed between digits only.
PHONE_RE = re.compile(r"(?<!\d)(?:\+44 ?|0)\d(?: ?\d){8,9}(?!\d)")

# DfE "Unique Pupil Number" check letters: 23 letters, I, O and S left out.
_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN_RE = re.compile(r"\b([A-HJ-NP-RT-Z])\s?(\d{3})\s?(\d{4})\s?(\d{2})\s?(\d{2}[\dA-HJ-NP-RT-Z])\b")


def normalise_postcode(text: str) -> str | None:
    """'cf37 4ua' -> 'CF37 4UA'; None when there is no UK postcode in the text."""
    m = POSTCODE_RE.search(text)
    if not m:
        return None
    return f"{m.group(1).upper()} {m.group(2).upper()}"


def is_postcode(text: str) -> bool:
    """True when the whole text is one UK postcode."""
    m = POSTCODE_RE.fullmatch(text.strip())
    return m is not None


def upn_check_letter(body: str) -> str:
    """The DfE check letter for the last 12 characters of a UPN.

    Each character in positions 2-13 is weighted by its position (2..13); the sum modulo 23
    indexes the letter table. A temporary UPN ends in a letter, valued by its place in that table.
    """
    if len(body) != 12:
        raise ValueError("a UPN body has 12 characters")
    total = 0
    for weight, ch in enumerate(body.upper(), start=2):
        value = int(ch) if ch.isdigit() else _UPN_LETTERS.index(ch)
        total += weight * value
    return _UPN_LETTERS[total % 23]


def is_valid_upn(text: str) -> bool:
    """True when `text` is a 13-character UPN whose check letter is right."""
    upn = re.sub(r"\s+", "", text).upper()
    if len(upn) != 13 or upn[0] not in _UPN_LETTERS or not upn[1:12].isdigit():
        return False
    if not (upn[12].isdigit() or upn[12] in _UPN_LETTERS):
        return False
    return upn_check_letter(upn[1:]) == upn[0]


def find_upns(text: str) -> list[tuple[str, int, int]]:
    """Valid UPNs in the text as (upn, start, end)."""
    found = []
    for m in UPN_RE.finditer(text):
        upn = "".join(m.groups()).upper()
        if is_valid_upn(upn):
            found.append((upn, m.start(), m.end()))
    return found


# "UPN: K820427305118", "UPNs - Tomos K8204..., Cai ...", "Unique Pupil Number is ...": a UPN the referrer labelled.
_UPN_LABEL = re.compile(
    r"\b(?:UPNs?|U\.P\.N\.?|unique\s+pupil\s+numbers?|pupil\s+numbers?)\b[^\n]{0,60}$", re.IGNORECASE
)


def find_unchecked_upns(text: str) -> list[tuple[str, int, int]]:
    """UPN-shaped values written after a UPN label whose check letter is wrong, as (upn, start, end).

    A school's record can carry a mistyped UPN and a referrer can copy one wrongly; an officer still files what
    the referrer wrote and confirms it with the school, so these are kept, as doubtful, rather than dropped."""
    found = []
    for m in UPN_RE.finditer(text):
        upn = "".join(m.groups()).upper()
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not is_valid_upn(upn) and _UPN_LABEL.search(text, max(line_start, m.start() - 60), m.start()):
            found.append((upn, m.start(), m.end()))
    return found


MONTHS = {
    "jan": 1,
    "january": 1,
    "ionawr": 1,
    "feb": 2,
    "february": 2,
    "chwefror": 2,
    "mar": 3,
    "march": 3,
    "mawrth": 3,
    "apr": 4,
    "april": 4,
    "ebrill": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "june": 6,
    "mehefin": 6,
    "jul": 7,
    "july": 7,
    "gorffennaf": 7,
    "aug": 8,
    "august": 8,
    "awst": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "medi": 9,
    "oct": 10,
    "october": 10,
    "hydref": 10,
    "nov": 11,
    "november": 11,
    "tachwedd": 11,
    "dec": 12,
    "december": 12,
    "rhagfyr": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Numeric dates are read day first, as written in the UK; ISO dates are year first.
DATE_RE = re.compile(
    r"(?<![\d/.-])(?:"
    r"(?P<iy>(?:19|20)\d{2})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"|(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>(?:19|20)?\d{2})"
    r"|(?P<sd>\d{1,2})\.[ \t](?P<sm>\d{1,2})\.[ \t](?P<sy>(?:19|20)\d{2})"  # "14. 3. 2030", the Slovak way
    # "14th of the 6th 2032": the month by its number, as it is said aloud
    r"|(?P<od>\d{1,2})(?:st|nd|rd|th)\s+of\s+the\s+(?P<om>\d{1,2})(?:st|nd|rd|th)[ \t,]+(?P<oy>(?:19|20)\d{2})"
    r"|(?P<td>\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?(?:\s+of)?(?:\s+|-)(?P<tm>" + _MONTH_NAMES + r")\.?,?"
    r"(?:\s*/\s*(?:" + _MONTH_NAMES + r")\.?)?"  # a bilingual form's "12 Mawrth / March 2034"
    r"(?:\s+|-)['’]?(?P<ty>(?:19|20)?\d{2})(?!\d)"  # "21 Sept 24": a two-digit year too, or "27th Jan '16"
    r"|(?P<mm>" + _MONTH_NAMES + r")\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d{2})"
    r")(?![\d/])",
    re.IGNORECASE,
)


def _year(text: str, today: date | None) -> int:
    y = int(text)
    if y >= 100:
        return y
    # Two-digit years: the most recent century that does not put the date in the future.
    century = (today.year // 100) * 100 if today else 2000
    return century + y if today is None or century + y <= today.year else century - 100 + y


def parse_date_match(m: re.Match[str], today: date | None = None) -> date | None:
    """The date a DATE_RE match stands for, or None when it is not a real calendar date."""
    g = m.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["d"]:
            return date(_year(g["y"], today), int(g["m"]), int(g["d"]))
        if g["sd"]:
            return date(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        if g["od"]:
            return date(int(g["oy"]), int(g["om"]), int(g["od"]))
        if g["td"]:
            return date(_year(g["ty"], today), MONTHS[g["tm"].lower()], int(g["td"]))
        if g["mm"]:
            return date(int(g["my"]), MONTHS[g["mm"].lower()], int(g["md"]))
    except (ValueError, KeyError):
        return None
    return None


def parse_uk_date(text: str, today: date | None = None) -> date | None:
    """The first UK-written date in the text ('14/02/2017', '14th Feb 2017', '2017-02-14')."""
    for m in DATE_RE.finditer(text):
        d = parse_date_match(m, today)
        if d:
            return d
    return None


def age_on(dob: date, day: date) -> int:
    """Whole years from date of birth to `day`."""
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


def is_school_age_dob(dob: date, day: date) -> bool:
    """A date of birth that could be a child's (0-18 on the day), not an incident date."""
    return 0 <= age_on(dob, day) <= 18 and dob < day
