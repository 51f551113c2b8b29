"""Reading a referrer's reply in context: which child each stated value is about, what they do not know,
and what they put right ("sorry, he's 11 not 10")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from nlp.addresses import find_addresses
from nlp.attribution import CLAUSE_END
from nlp.carers import find_carers
from nlp.children import find_children, stated_age, stated_age_re
from nlp.extract import MAX_CHARS
from nlp.gp import find_gps
from nlp.names import find_names
from nlp.prepare import prepare_text
from nlp.schools import SCHOOL_NAME, clean_school, find_schools
from nlp.signature import signature_zones
from nlp.types import ChildFound, Found
from nlp.validators import DATE_RE, age_on, find_unchecked_upns, find_upns, is_school_age_dob, parse_date_match

_CORRECTION = re.compile(
    r"\b(?:correction|actually|my mistake|mistake|typo|i meant|meant to say|should (?:have )?(?:said|read|be)"
    r"|wrong|in fact|cywiriad)\b|\b\d{1,2}\s+not\s+\d{1,2}\b|\bnot\s+\d"
    r"|\b(?:sorry|apologies),?\s+(?:it'?s\s+|it\s+is\s+|the\s+|his\s+|her\s+|he'?s\s+|she'?s\s+)"
    # A change since the first report replaces what was said then.
    r"|\bnow\s+(?:living|lives|staying|stays|at|with)\b|\bupdate\b|\bhas\s+(?:since\s+)?moved\b|\bnew address\b",
    re.IGNORECASE,
)


_SHARED = re.compile(r"\b(?:both|all|they|them|their|the children|the kids|each|y ddau|y plant)\b", re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\W*(?:and\s+|but\s+|sorry,?\s+)?(?:he|she|his|her|him|e|hi|ei)\b", re.IGNORECASE)
_FIELD_WORDS = {
    "gp": r"GP|G\.P\.|doctors?|surgery|meddyg(?: teulu)?|meddygfa",
    "school": r"school|ysgol",
    "address": r"address|cyfeiriad|where (?:they|she|he) (?:live|lives|are living)",
    "age": r"DOB|D\.O\.B\.?|date of birth|birthday|age|dyddiad geni",
    "carer": r"mum'?s name|dad'?s name|mum|mam|mother|dad|father|parents?|carer",
    "name": r"surname|last name|full name|cyfenw",
}
_NEG_BEFORE = (
    r"(?:(?:I|we)\s+)?(?:don'?t|do\s+not|dont|didn'?t)\s+(?:know|have|hold)"
    r"(?:\s+(?:the|his|her|their|a|an|any|about))*\s+"
)
_NEG_AFTER = (
    r"(?:\s+details)?\s*(?::|-|is|are|was)?\s*(?:not\s+known|unknown|n/?k|not\s+sure|unsure|not\s+on\s+\w+|"
    r"ddim\s+yn\s+hysbys)"
)
# Family fields hold for every child when said once; the others belong to one child.
FAMILY_FIELDS = ("address", "postcode", "carer_name", "carer_relationship", "gp_doctor", "gp_practice")


@dataclass
class AnswerExtraction:
    """What a reply says, per child index: values found, fields not known, and corrected fields."""

    text: str
    children: dict[int, ChildFound] = field(default_factory=dict)
    corrections: dict[int, set[str]] = field(default_factory=dict)
    # Indices (from len(children_names) on) of children the reply names for the first time.
    new_children: list[int] = field(default_factory=list)


def _clauses(text: str, names: list[str | None]) -> list[tuple[int, int]]:
    """Clause spans; a comma followed by a child's name starts a new clause ("Amy ..., Tom ...")."""
    cuts = [0]
    for m in CLAUSE_END.finditer(text):
        cuts.append(m.end())
    firsts = [n.split()[0] for n in names if n]
    for f in firsts:
        for m in re.finditer(rf",\s*(?:and\s+)?{re.escape(f)}\b", text):
            cuts.append(m.start() + 1)
    cuts = sorted(set(cuts + [len(text)]))
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _child_in(text: str, names: list[str | None]) -> list[int]:
    out = []
    for i, n in enumerate(names):
        if n and re.search(rf"\b{re.escape(n.split()[0])}\b", text, re.IGNORECASE):
            out.append(i)
    return out


def _owners_by_clause(text: str, names: list[str | None]) -> list[tuple[int, int, list[int]]]:
    """Each clause with the children it is about, carrying a child over to a following 'he'/'she' clause."""
    out: list[tuple[int, int, list[int]]] = []
    last: list[int] = []
    everyone = list(range(len(names)))
    for a, b in _clauses(text, names):
        clause = text[a:b]
        named = _child_in(clause, names)
        if len(names) <= 1:
            who = everyone
        elif named and not _SHARED.search(clause):
            who = named[:1] if len(named) == 1 else named
        elif named:
            who = named
        elif _PRONOUN_START.search(clause) and last:
            who = last
        else:
            who = everyone
        out.append((a, b, who))
        if named:
            last = who
    return out


def extract_answer(
    text: str,
    *,
    received_at: datetime,
    children_names: list[str | None],
    asked: dict[int, set[str]] | list[list[str]] | None = None,
    language: str = "en",
    channel: str = "email",
) -> AnswerExtraction:
    """Read a reply: per child index, values stated, fields declared unknown, and corrections."""
    prepared = prepare_text(text[: MAX_CHARS * 10], channel)[:MAX_CHARS]
    zones = signature_zones(prepared)
    if zones:
        prepared = prepared[: zones[0][0]].rstrip()
    names: list[str | None] = list(children_names) or [None]
    today = received_at.date()
    result = AnswerExtraction(text=prepared)
    _name_children(prepared, today, names, result)
    clauses = _owners_by_clause(prepared, names)
    asked_sets = _asked(asked, len(names))

    def who(pos: int, family: bool) -> list[int]:
        for a, b, w in clauses:
            if a <= pos < b:
                if family or len(w) == 1 or _SHARED.search(prepared[a:pos]):
                    return w
                # A child's own field among several names: the child named last before it.
                before = [
                    (m.start(), i)
                    for i in w
                    if names[i]
                    for m in re.finditer(rf"\b{re.escape(str(names[i]).split()[0])}\b", prepared[a:pos], re.I)
                ]
                return [max(before)[1]] if before else w
        return list(range(len(names)))

    def put(column: str, value: object, s: int, e: int, conf: float) -> None:
        for i in who(s, column in FAMILY_FIELDS):
            cf = result.children.setdefault(i, ChildFound())
            if getattr(cf, column) is None:
                setattr(cf, column, Found(value, s, e, conf))
            clause = next((prepared[a:b] for a, b, _ in clauses if a <= s < b), "")
            if _CORRECTION.search(clause):
                result.corrections.setdefault(i, set()).add(column)

    for m in DATE_RE.finditer(prepared):
        d = parse_date_match(m, today)
        if d and is_school_age_dob(d, today):
            put("date_of_birth", d, m.start(), m.end(), 0.9)
            put("age", age_on(d, today), m.start(), m.end(), 0.9)
    for m in stated_age_re(names).finditer(prepared):
        value = stated_age(m)
        if 2 <= value <= 18:
            put("age", value, m.start(1) if m.group(1) else m.start(2), m.end(), 0.8)
    for upn, s, e in find_upns(prepared):
        put("upn", upn, s, e, 0.99)
    for upn, s, e in find_unchecked_upns(prepared):
        put("upn", upn, s, e, 0.4)  # labelled, its check letter wrong: kept for the officer to confirm
    for a in find_addresses(prepared, []):
        put("address", a.value, a.start, a.end, 0.85)
        if a.postcode:
            put("postcode", a.postcode, a.start, a.end, 0.85)
    for sch in find_schools(prepared, []):
        if sch.on_roll or re.search(
            r"\b(?:goes|go|is|are|was|were|at)\b", prepared[max(0, sch.start - 12) : sch.start]
        ):
            put("school", sch.value, sch.start, sch.end, 0.85)
    for m in SCHOOL_NAME.finditer(prepared):
        put("school", clean_school(m.group()), m.start(), m.end(), 0.8)
    for g in find_gps(prepared, []):
        if g.doctor:
            put("gp_doctor", g.doctor[0], g.doctor[1], g.doctor[2], 0.85)
        if g.practice:
            put("gp_practice", g.practice[0], g.practice[1], g.practice[2], 0.85)
    spans = [(n.start, n.end) for n in find_names(prepared)]
    for c in find_carers(prepared, [], [n for n in names if n], spans):
        if c.name:
            put("carer_name", c.name, c.start, c.end, 0.8)
        if c.relationship and (c.name or re.search(r"\b(?:is|are|lives)\b", prepared[c.end : c.end + 20])):
            put("carer_relationship", c.relationship, c.start, c.end, 0.8)
    _fill_unknowns(prepared, result, who, asked_sets, len(names))
    return result


_CHILD_NAME_IS = re.compile(
    r"\b(?i:her|his|the (?:child|girl|boy)'?s?|their)\s+name\s+is\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_NAME_NOT = re.compile(
    r"\b(?:it'?s|its|name is|spelt|spelled|should be)\s+([A-Z][\w'’-]+)\s*,?\s+not\s+([A-Z][\w'’-]+)"
)


def _name_children(text: str, today: date, names: list[str | None], result: AnswerExtraction) -> None:
    """Names the reply gives: a first name for an unnamed child, a corrected spelling, or a new sibling."""
    m = _NAME_NOT.search(text)
    if m:
        for i, n in enumerate(names):
            if n and m.group(2).lower() in n.lower().split():
                fixed = " ".join(m.group(1) if w.lower() == m.group(2).lower() else w for w in n.split())
                result.children.setdefault(i, ChildFound()).name = Found(fixed, m.start(1), m.end(1), 0.9)
                result.corrections.setdefault(i, set()).add("name")
                names[i] = fixed
    m = _CHILD_NAME_IS.search(text)
    if m and None in names:
        i = names.index(None)
        result.children.setdefault(i, ChildFound()).name = Found(m.group(1), m.start(1), m.end(1), 0.85)
        names[i] = m.group(1)
    known = {n.split()[0].lower() for n in names if n}
    for ch in find_children(text, today, []):
        if not ch.name or ch.first.lower() in known:
            continue
        if None in names:
            i = names.index(None)
        else:
            i = len(names)
            names.append(None)
            result.new_children.append(i)
        names[i] = ch.name
        known.add(ch.first.lower())
        result.children.setdefault(i, ChildFound()).name = Found(ch.name, ch.start, ch.start + len(ch.name), 0.85)


def _asked(asked: dict[int, set[str]] | list[list[str]] | None, n: int) -> dict[int, set[str]]:
    if asked is None:
        return {}
    if isinstance(asked, dict):
        return {int(k): set(v) for k, v in asked.items()}
    return {i: set(v) for i, v in enumerate(asked) if i < n}


_NEGATION = re.compile(
    rf"{_NEG_BEFORE}|\bno\s+idea\s+(?:about|of|what|where|who|re)\s+|\bnot\s+sure\s+(?:about|of)\s+", re.IGNORECASE
)


def _fill_unknowns(
    text: str, result: AnswerExtraction, who: Callable[[int, bool], list[int]], asked: dict[int, set[str]], n: int
) -> None:
    # "No idea about school or doctor": every field named in the list after the negation.
    for neg in _NEGATION.finditer(text):
        listed = text[neg.end() :][:50].split(".")[0].split(";")[0].split("\n")[0]
        for core, words in _FIELD_WORDS.items():
            if core in {"carer", "name"}:
                continue
            if re.match(
                rf"(?:(?:the|his|her|their|a|any)\s+)?(?:[\w']+\s+(?:or|and|,)\s+)*(?:{words})\b|"
                rf".*\b(?:or|and|,)\s+(?:the\s+|his\s+|her\s+)?(?:{words})\b",
                listed,
                re.IGNORECASE,
            ):
                for i in who(neg.start(), True):
                    result.children.setdefault(i, ChildFound()).unknown.add(core)
    for core, words in _FIELD_WORDS.items():
        rx = re.compile(
            rf"{_NEG_BEFORE}(?:{words})\b|\b(?:{words}){_NEG_AFTER}|\bno\s+(?:{words})\b"
            rf"|not\s+registered\s+with\s+(?:a\s+|any\s+)?(?:{words})",
            re.IGNORECASE,
        )
        for m in rx.finditer(text):
            for i in who(m.start(), True):
                cf = result.children.setdefault(i, ChildFound())
                cf.unknown.add(core)
    # "not known" / "no idea" alone answers whatever was asked.
    if re.match(
        r"^\W*(?:(?:sorry|thanks|diolch)\W+)*(?:(?:I|we)\s+)?(?:don'?t know|not known|no idea)\W*$", text, re.IGNORECASE
    ):
        for i in range(n):
            if asked.get(i):
                result.children.setdefault(i, ChildFound()).unknown |= asked[i]
