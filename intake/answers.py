"""Reading a referrer's answer in the context of the referral it answers.

An answer is short and leans on what was asked: "DOB 12/05/2015, GP not known", "sorry, he's 11 not 10",
"Amy goes to Cymer Primary, Tom to Porth Community School". The extractor reads a whole first report; here its
findings are placed on the right child, corrections are told apart from repetition, and fields the referrer
does not know are recorded. When the extractor offers its own answer reader (`nlp.extract_answer`), that is
used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

import nlp
from intake.filing import CHILD_COLUMNS
from intake.referral import CORE_FIELDS

# Fields of a family rather than a child: stated once in an answer about siblings, they hold for each.
FAMILY_COLUMNS = ("address", "postcode", "carer_name", "carer_relationship", "gp_doctor", "gp_practice")
# Which core field a column answers.
FIELD_OF_COLUMN = {
    "name": "name", "date_of_birth": "age", "age": "age", "address": "address", "postcode": "address",
    "carer_name": "carer", "carer_relationship": "carer", "gp_doctor": "gp", "gp_practice": "gp",
    "school": "school", "upn": None,
}

# A referrer putting right what they said before: the values in that sentence replace what is held.
CORRECTION = re.compile(
    r"\b(?:sorry|apologies|correction|actually|my mistake|mistake|typo|i meant|meant to say|should (?:have )?"
    r"(?:said|read|be)|not\s+\w[\w'/.-]*\s*(?:as|like)\s+i\s+said|wrong|is in fact|in fact|cywiriad"
    r"|mae'n ddrwg)"
    r"|\b\d{1,2}\s+not\s+\d{1,2}\b|,?\s+not\s+(?-i:(?=[A-Z0-9]))",
    re.IGNORECASE,
)
# Words that name a core field, English and Welsh, for "GP not known" and "don't know the school".
FIELD_WORDS = {
    "gp": r"GP|G\.P\.|doctor|doctors|surgery|meddyg(?: teulu)?|meddygfa",
    "school": r"school|ysgol",
    "address": r"address|where (?:they|she|he) (?:live|lives|are living)|cyfeiriad",
    "age": r"DOB|D\.O\.B\.?|date of birth|birthday|age|dyddiad geni|oed",
    "carer": r"mum|mam|mother|dad|father|tad|parent|parents|carer|rhiant|gofalwr|mum's name|dad's name",
    "name": r"surname|last name|full name|(?:his|her|their) name|cyfenw|enw llawn",
}
_NEG = (
    r"(?:(?:I|we)\s+)?(?:don'?t|do\s+not|dont|didn'?t)\s+(?:know|have|hold)|no\s+idea\s+(?:of|about|what|where|who)?"
    r"|ddim\s+yn\s+gwybod|dim\s+syniad"
)
_UNKNOWN_AFTER = (
    r"\s*(?::|-|is|are|was)?\s*(?:not\s+known|unknown|n/?k|not\s+sure|unsure|unclear|ddim\s+yn\s+hysbys|anhysbys)"
)
# "not known", "no idea" on their own: the referrer does not know any of what was asked.
_BLANKET_UNKNOWN = re.compile(
    r"^\W*(?:(?:sorry|thanks|thank you|diolch)\W+)*(?:(?:I|we)\s+)?(?:don'?t|do not)\s+know(?:\s+any\s+of\s+"
    r"(?:that|those|these|them|it))?|^\W*(?:not\s+known|unknown|no\s+idea|dim\s+syniad|ddim\s+yn\s+gwybod)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"^\W*(?:and\s+|but\s+)?(?:he|she|his|her|him|they|their|e|hi|ei)\b", re.IGNORECASE)
_SEVERAL = re.compile(r"\b(?:both|all|they|them|their|the children|the kids|each|siblings|y ddau|y plant)\b",
                      re.IGNORECASE)
_AGE = re.compile(
    r"(?:\b(?:he|she|they)\s*(?:'s|’s|is|are)\s+(?:now\s+|actually\s+|only\s+)?|\baged?\s*:?\s*|\bage\s+is\s+)"
    r"(\d{1,2})\b(?!\s*(?:weeks?|months?|days?|%|:|/))"
    r"|\b(\d{1,2})\s*(?:years?\s+old|yrs?\b|y/?o\b|oed\b)",
    re.IGNORECASE,
)
_NOT_VALUE = re.compile(r"\bnot\s+(\d{1,2})\b", re.IGNORECASE)


@dataclass
class ChildAnswer:
    """What one answer says about one child: values, fields the referrer does not know, and corrections."""

    found: nlp.ChildFound = field(default_factory=nlp.ChildFound)
    # Columns stated as a correction: these replace a held value; any other held value is kept.
    corrected: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        return not self.found.unknown and all(
            getattr(self.found, c) is None for c in CHILD_COLUMNS
        )


@dataclass
class HeldChild:
    """What the referral holds about a child, as the answer reader needs it."""

    name: str | None
    missing: list[str]
    known: set[str]


def prepare(text: str, channel: str, subject: str | None, our_texts: list[str]) -> str:
    """The new words of an answer: no quoted earlier mail, no signature, no repeat of what we sent them."""
    prepare_text = getattr(nlp, "prepare_text", None)
    if prepare_text is None:
        from nlp.prepare import prepare_text
    prepared = prepare_text(text, channel, subject) if subject is not None else prepare_text(text, channel)
    return drop_our_words(prepared, our_texts)


def drop_our_words(text: str, our_texts: list[str]) -> str:
    """Remove lines that repeat the bot's own messages: a quote that escaped quote-stripping is not news."""
    ours = {_line_key(line) for t in our_texts for line in t.splitlines()}
    ours.discard("")
    kept = [line for line in text.splitlines() if _line_key(line) not in ours]
    return "\n".join(kept).strip()


def _line_key(line: str) -> str:
    return " ".join(line.lstrip("> \t").split()).casefold()


def read_answer(
    text: str, children: list[HeldChild], *, received_at: datetime, channel: str,
    extract: Any = None,
) -> dict[int, ChildAnswer]:
    """What a prepared answer says about each child of the referral, by child position."""
    extract_answer = getattr(nlp, "extract_answer", None)
    if extract_answer is not None:
        return _from_nlp(extract_answer, text, children, received_at)
    extract = extract or nlp.extract
    answers: dict[int, ChildAnswer] = {}
    shared: list[tuple[str, ChildAnswer]] = []
    for index, clause in attribute_clauses(text, [c.name for c in children]):
        answer = read_clause(clause, received_at, channel, extract)
        if index is None and len(children) == 1:
            index = 0
        if index is None:
            shared.append((clause, answer))
        else:
            _combine(answers.setdefault(index, ChildAnswer()), answer)
    for clause, answer in shared:
        _share(answers, answer, clause, children)
    _blanket_unknown(text, answers, children)
    return {i: a for i, a in answers.items() if not a.is_empty()}


def read_clause(clause: str, received_at: datetime, channel: str, extract: Any) -> ChildAnswer:
    """Values, unknowns and corrections in one clause that is about one child (or about the family)."""
    report = nlp.Report(text=clause, received_at=received_at, channel=channel)
    extraction = extract(report)
    found = nlp.ChildFound()
    for child in extraction.children:
        _fill(found, child)
    today = received_at.date()
    if found.date_of_birth is None and found.age is None:
        _read_birth(found, clause, today)
    found.unknown |= declared_unknown(clause)
    answer = ChildAnswer(found=found)
    if CORRECTION.search(clause):
        answer.corrected = {c for c in CHILD_COLUMNS if getattr(found, c) is not None}
    return answer


def _read_birth(found: nlp.ChildFound, clause: str, today: date) -> None:
    """Date of birth or age stated without the child's name beside it: "DOB 12/05/2015", "he's 11 not 10"."""
    from nlp.validators import find_dates, is_school_age_dob

    for value, start, end in find_dates(clause, today):
        if is_school_age_dob(value, today):
            found.date_of_birth = nlp.Found(value, start, end, 0.8)
            return
    wrong = {m.group(1) for m in _NOT_VALUE.finditer(clause)}
    for m in _AGE.finditer(clause):
        number = m.group(1) or m.group(2)
        if number in wrong or not 3 <= int(number) <= 18:
            continue
        found.age = nlp.Found(int(number), m.start(), m.end(), 0.7)
        return


def declared_unknown(clause: str) -> set[str]:
    """Core fields the clause says the referrer does not know: "GP not known", "don't know the school"."""
    unknown = set()
    for field_name, words in FIELD_WORDS.items():
        before = re.compile(rf"{_NEG}\s+(?:\w+\s+){{0,3}}?(?:{words})\b", re.IGNORECASE)
        after = re.compile(rf"\b(?:{words})(?:\s+details|\s+name)?{_UNKNOWN_AFTER}\b", re.IGNORECASE)
        if before.search(clause) or after.search(clause):
            unknown.add(field_name)
    return unknown


def attribute_clauses(text: str, names: list[str | None]) -> list[tuple[int | None, str]]:
    """Split an answer into clauses, each with the child it is about (None: no child in particular)."""
    firsts = [_first_name(n) for n in names]
    patterns = [re.compile(rf"\b{re.escape(f)}\b", re.IGNORECASE) if f else None for f in firsts]
    anchor = "|".join(re.escape(f) for f in firsts if f)
    out: list[tuple[int | None, str]] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if not sentence.strip():
            continue
        # "Amy goes to X, Tom to Y" and "Amy is 9 and Tom 12": a new clause where another child is named.
        pieces = re.split(rf"[,;]\s*(?:and\s+|but\s+)?(?=(?:{anchor})\b)|\s+(?:and|but)\s+(?=(?:{anchor})\b)",
                          sentence, flags=re.IGNORECASE) if anchor and len(names) > 1 else [sentence]
        last: int | None = None
        for piece in pieces:
            named = [i for i, p in enumerate(patterns) if p is not None and p.search(piece)]
            if len(named) == 1:
                last = named[0]
                out.append((last, piece))
            elif not named and last is not None and _PRONOUN.search(piece):
                out.append((last, piece))
            elif not named and out and out[-1][0] is not None and _PRONOUN.search(piece):
                out.append((out[-1][0], piece))
            else:
                out.append((None, piece))
    return out


def _first_name(name: str | None) -> str | None:
    if not name:
        return None
    first = re.split(r"[\s]+", name.strip())[0]
    return first if len(first) > 1 else None


def _fill(target: nlp.ChildFound, source: nlp.ChildFound) -> None:
    """Take from `source` what `target` does not have yet."""
    for f in fields(nlp.ChildFound):
        if f.name == "unknown":
            target.unknown |= set(source.unknown)
        elif getattr(target, f.name) is None and getattr(source, f.name) is not None:
            setattr(target, f.name, getattr(source, f.name))


def _combine(target: ChildAnswer, source: ChildAnswer) -> None:
    _fill(target.found, source.found)
    target.corrected |= source.corrected


def _share(
    answers: dict[int, ChildAnswer], answer: ChildAnswer, clause: str, children: list[HeldChild]
) -> None:
    """A clause naming no child, in an answer about siblings: family facts hold for each child lacking them;
    a child's own facts go to the one child that lacks them, or to all when the clause says "both"."""
    several = bool(_SEVERAL.search(clause))
    for column in CHILD_COLUMNS:
        item = getattr(answer.found, column)
        if item is None:
            continue
        core = FIELD_OF_COLUMN[column]
        lacking = [i for i, c in enumerate(children) if core is None or core not in c.known]
        if column in FAMILY_COLUMNS or several:
            targets = lacking
        else:
            targets = lacking if len(lacking) == 1 else []
        for i in targets:
            target = answers.setdefault(i, ChildAnswer())
            if getattr(target.found, column) is None:
                setattr(target.found, column, item)
    for core in answer.found.unknown:
        for i, c in enumerate(children):
            if core in c.missing:
                answers.setdefault(i, ChildAnswer()).found.unknown.add(core)


def _blanket_unknown(text: str, answers: dict[int, ChildAnswer], children: list[HeldChild]) -> None:
    """"Don't know, sorry" with nothing else: none of what was asked is known to the referrer."""
    if answers and any(not a.is_empty() for a in answers.values()):
        return
    if not _BLANKET_UNKNOWN.search(text):
        return
    for i, child in enumerate(children):
        if child.missing:
            answers.setdefault(i, ChildAnswer()).found.unknown |= set(child.missing)


def _from_nlp(
    extract_answer: Any, text: str, children: list[HeldChild], received_at: datetime
) -> dict[int, ChildAnswer]:
    """The extractor's own answer reader, in this module's shape."""
    result = extract_answer(
        text,
        received_at=received_at,
        children_names=[c.name for c in children],
        asked=[list(c.missing) for c in children],
    )
    per_child = getattr(result, "children", result)
    items = per_child.items() if isinstance(per_child, dict) else enumerate(per_child)
    answers: dict[int, ChildAnswer] = {}
    corrections = getattr(result, "corrections", None) or {}
    for index, found in items:
        if found is None or not 0 <= int(index) < len(children):
            continue
        corrected = set(getattr(found, "corrected", None) or ())
        if isinstance(corrections, dict):
            corrected |= set(corrections.get(index, ()))
        answers[int(index)] = ChildAnswer(found=found, corrected=corrected)
    return {i: a for i, a in answers.items() if not a.is_empty()}


__all__ = ["CORE_FIELDS", "ChildAnswer", "HeldChild", "prepare", "read_answer"]
