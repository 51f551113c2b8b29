"""A parent the report names without saying "mum" or "dad" beside the name, found by the child's surname: a titled
adult ("Miss Jade Ffug ... mum"), a police notice's adult victim, or an adult whose own age, date of birth or
children make them one ("Kirsty FFUG (DOB 11/03/1994) ... looking after his mum")."""

from __future__ import annotations

import re
from datetime import date

from nlp.lexicon import KIN_PATTERN, kin_denied
from nlp.names import UPPER, NameMention, display_name
from nlp.validators import DATE_RE, parse_date_match

_TITLE_PARENT = {"mrs": "mother", "ms": "mother", "miss": "mother", "mr": "father"}
# Words that make a titled adult of the child's surname the parent: "Ms Jade Ffug ... She has her son with her",
# "a new birth visit to Mrs Anjali Ffug ... mum mentioned that her daughter Priya Ffug ...".
_OFFSPRING = r"(?:\w+\s+)?(?:son|daughter|child|children|kids|boys?|girls?)"
_PARENT_SAID = {
    "mother": re.compile(rf"\b(?:her\s+{_OFFSPRING}|mum|mam|mother)\b", re.I),
    "father": re.compile(rf"\b(?:his\s+{_OFFSPRING}|dad|tad|father)\b", re.I),
}


def parent_by_surname(
    text: str, mentions: list[NameMention], surname: str, relationship: str | None
) -> tuple[str, str, int, int] | None:
    """A carer not named by any cue: the first adult written with a title and the child's own surname, when the
    report speaks of a parent at all and the title fits the relationship it gives ("Mrs Anjali Ffug ... mum")."""
    for m in mentions:
        rel = _TITLE_PARENT.get((m.title or "").lower().rstrip("."))
        if rel is None or len(m.tokens) < 2 or m.tokens[-1].lower() != surname.lower():
            continue
        if relationship != rel if relationship else not _PARENT_SAID[rel].search(text):
            continue
        return m.text, rel, m.start, m.end
    return None


def parent_by_title(
    text: str, mentions: list[NameMention], surname: str, relationship: str | None
) -> tuple[str, str, int, int] | None:
    """'Mum of Harvey Ffug emailed ... Mrs Ffug wouldn't say why': a title and the child's surname alone name the
    parent the report has spoken of, when no fuller name is given."""
    for m in mentions:
        rel = _TITLE_PARENT.get((m.title or "").lower().rstrip("."))
        if rel is not None and rel == relationship and len(m.tokens) == 1 and m.text.lower() == surname.lower():
            return f"{m.title} {display_name(m.text)}", rel, m.start, m.end
    return None


# A police notice's adult victim, surname first: "(1) IP - HUGHES, Danielle", "Subject (adult victim): FFUG, Leila".
_POLICE_VICTIM_ROW = re.compile(
    rf"(?m)^[ \t]*(?:\(\d+\)|\d+[.)])?[ \t]*(?i:subject[ \t]*)?\(?(?i:IP|(?:adult[ \t]+)?victim|injured[ \t]+party)\)?"
    rf"[ \t]*[-–:][ \t]*([{UPPER}][{UPPER}'’-]+),[ \t]*([{UPPER}][\w'’-]+(?:[ \t][{UPPER}][\w'’-]+)?)"
)
_VICTIM_SENTENCE = re.compile(r"[^.!?\n]*\b(?:IP|victim|injured party)\b[^.!?\n]*", re.IGNORECASE)


def police_victim_parent(text: str, surname: str) -> tuple[str, str, int, int] | None:
    """The adult victim a police notice lists, when they share the child's surname: the parent the children were
    with. Which parent is told by the pronouns of the sentences about the victim ("IP ... to her left cheek")."""
    for m in _POLICE_VICTIM_ROW.finditer(text):
        if m.group(1).lower() not in surname.lower().split("-"):
            continue
        about = " ".join(_VICTIM_SENTENCE.findall(text)).lower()
        she = len(re.findall(r"\b(?:she|her)\b", about))
        he = len(re.findall(r"\b(?:he|him|his)\b", about))
        if she == he:
            return None
        name = display_name(f"{m.group(2)} {m.group(1)}")
        return name, "mother" if she > he else "father", m.start(1), m.end(2)
    return None


# "(DOB 11/03/1994)", "(27)", "\nDOB: 02/09/2008": what makes the named person an adult, right after the name.
_AGE_AFTER = re.compile(r"[ \t]*(?:\(|,|\n[ \t]*)[ \t]*(?:(?i:DOB|d\.o\.b\.?|born|date of birth)[ \t]*:?[ \t]*)?")
_ADULT_AGE = re.compile(r"[ \t]*\((1[89]|[2-9]\d)\)")
# The words before a name that make it some other relative's: "her brother Jake Ffug", "nan, Jean Ffug".
_OTHER_KIN_BEFORE = re.compile(rf"\b(?i:{KIN_PATTERN})\b[ \t,:-]*(?:(?i:is|was|named|called)[ \t]+)?$")
_FEMALE_BEFORE = re.compile(r"\b(?i:adult[ \t]+female|female|woman|lady)\b[ \t,:-]*$")
_MALE_BEFORE = re.compile(r"\b(?i:adult[ \t]+male|male|man)\b[ \t,:-]*$")


def _speaks_of(text: str, relationship: str) -> bool:
    """A parent of this kind spoken of, and not denied ("he is not the father of any of the children")."""
    return any(not kin_denied(text, m.start()) for m in _PARENT_SAID[relationship].finditer(text))


def _is_adult(text: str, m: NameMention, today: date) -> bool:
    """Named as an adult: an adult's age or date of birth right after the name, or the name's owner has children."""
    if _ADULT_AGE.match(text, m.end):
        return True
    after = _AGE_AFTER.match(text, m.end)
    d = DATE_RE.match(text, after.end()) if after else None
    born = parse_date_match(d, today) if d else None
    if born and (today.year - born.year) >= 18:
        return True
    first = re.escape(m.tokens[0])
    return bool(re.search(rf"\b{first}['’]s[ \t]+{_OFFSPRING}\b", text))


def _gender(text: str, m: NameMention, surname: str) -> str | None:
    """Which parent the adult is, if the report says: "the adult female, Kelly Ffug", "Ms Ffug told me",
    "Kayleigh Ffug, her partner ..."."""
    left = text[max(0, m.start - 30) : m.start]
    if _FEMALE_BEFORE.search(left):
        return "mother"
    if _MALE_BEFORE.search(left):
        return "father"
    after = re.match(
        r",?[ \t]+(?:and[ \t]+)?(her|his)[ \t]+(?:partner|husband|wife|boyfriend|girlfriend|ex)\b", text[m.end :]
    )
    if after:
        return "mother" if after.group(1) == "her" else "father"
    titles = {t.lower() for t in re.findall(rf"\b(Mrs|Ms|Miss|Mr)\.?[ \t]+{re.escape(surname)}\b", text, re.I)}
    said = {_TITLE_PARENT[t] for t in titles}
    return said.pop() if len(said) == 1 else None


def adult_of_surname(
    text: str, mentions: list[NameMention], surname: str, relationship: str | None, today: date, child_firsts: set[str]
) -> tuple[str, str, int, int] | None:
    """The one untitled adult of the child's surname, when the report calls the carer a parent and nothing says this
    adult is the other parent or another relative."""
    if relationship not in _PARENT_SAID:
        return None
    other = "father" if relationship == "mother" else "mother"
    found: tuple[str, str, int, int] | None = None
    for m in mentions:
        if m.title or len(m.tokens) < 2 or m.tokens[-1].lower() != surname.lower() or m.tokens[0] in child_firsts:
            continue
        if not _is_adult(text, m, today) or _OTHER_KIN_BEFORE.search(text[max(0, m.start - 25) : m.start]):
            continue
        gender = _gender(text, m, surname)
        if gender != relationship and (gender or _speaks_of(text, other)):
            continue  # the other parent, or a parent of either kind when the report speaks of both
        if found and found[0] != display_name(m.text):
            return None  # two adults of the surname: not sure which
        found = (display_name(m.text), relationship, m.start, m.end)
    return found
