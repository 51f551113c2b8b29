"""Reading a referrer's answer in the context of the referral it answers.

The extractor reads the reply per child (`nlp.extract_answer`: values, fields not known, corrections, which
sibling each value is about) and, like any report, for the children it names (`extract`). Here that is put in
the conversation's terms: which values replace what is held (a correction, or news such as "now living with
her nan"), which named children are new to the referral, and "X not Y" put right inside a held value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from typing import Any

import nlp
from intake.filing import CHILD_COLUMNS

# News that replaces what was true before: the values in that clause override what is held.
UPDATE = re.compile(
    r"\b(?:update[ds]?|now\s+(?:living|lives|live|staying|stays|with|at|in)|has\s+(?:now\s+)?moved|have\s+(?:now\s+)?"
    r"moved|moved\s+(?:to|in)|new\s+address|is\s+now|are\s+now|changed|since\s+I\s+(?:e-?mailed|wrote|messaged))\b",
    re.IGNORECASE,
)
# "flat 4 not 3", "it's Aaliyah not Aliyah", "number 41 Heol y Nant, not 14": a word put right in place.
_NOT = re.compile(r"\bnot\s+([\w'’-]+)", re.IGNORECASE)
_CLAUSE = re.compile(r"[;!?\n]|\.(?=\s|$)")
_WORD = re.compile(r"[\w'’-]+")
# A child's own facts, as against the family's.
OWN_COLUMNS = ("date_of_birth", "age", "school", "upn")
_BOTH = re.compile(r"\b(?:both|all|each|the children|the kids|y ddau|y plant)\b", re.IGNORECASE)
# Columns whose held text a "X not Y" may put right.
TEXT_COLUMNS = ("name", "address", "carer_name", "school", "gp_doctor", "gp_practice")


@dataclass
class ChildAnswer:
    """What one answer says about one child: values, fields the referrer does not know, and overrides."""

    found: nlp.ChildFound = field(default_factory=nlp.ChildFound)
    # Columns stated as a correction or as news: these replace a held value; any other held value is kept.
    corrected: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        return not self.found.unknown and all(getattr(self.found, c) is None for c in CHILD_COLUMNS)


@dataclass
class HeldChild:
    """What the referral holds about a child, as the answer reader needs it."""

    name: str | None
    missing: list[str]
    values: dict[str, Any] = field(default_factory=dict)


def prepare(text: str, channel: str, subject: str | None, our_texts: list[str]) -> str:
    """The new words of an answer: no quoted earlier mail, no signature, no repeat of what we sent them."""
    return drop_our_words(nlp.prepare_text(text, channel, subject), our_texts)


def drop_our_words(text: str, our_texts: list[str]) -> str:
    """Remove lines that repeat the bot's own messages: a quote that escaped quote-stripping is not news."""
    ours = {_line_key(line) for t in our_texts for line in t.splitlines()}
    ours.discard("")
    kept = [line for line in text.splitlines() if _line_key(line) not in ours]
    return "\n".join(kept).strip()


def _line_key(line: str) -> str:
    return " ".join(line.lstrip("> \t").split()).casefold()


def read_answer(
    text: str, children: list[HeldChild], *, received_at: datetime, channel: str
) -> dict[int, ChildAnswer]:
    """What a prepared answer says about each child of the referral, by child position."""
    result = nlp.extract_answer(
        text,
        received_at=received_at,
        children_names=[c.name for c in children],
        asked=[list(c.missing) for c in children],
        channel=channel,
    )
    answers: dict[int, ChildAnswer] = {}
    for index, found in result.children.items():
        if not 0 <= index < len(children):
            continue
        corrected = set(result.corrections.get(index, ()))
        corrected |= {c for c in CHILD_COLUMNS if _is_news(result.text, getattr(found, c))}
        answers[index] = ChildAnswer(found=found, corrected=corrected)
    _own_facts_to_nearest_child(result.text, answers, children)
    for index, column, value in put_right(result.text, children):
        answer = answers.setdefault(index, ChildAnswer())
        setattr(answer.found, column, nlp.Found(value, 0, 0, 0.7))
        answer.corrected.add(column)
    return {i: a for i, a in answers.items() if not a.is_empty()}


def _own_facts_to_nearest_child(
    text: str, answers: dict[int, ChildAnswer], children: list[HeldChild]
) -> None:
    """A child's own fact (birth date, school) read for several children goes to the one named last before it,
    unless the sentence says it holds for both."""
    spans: dict[tuple[str, int], list[int]] = {}
    for index, answer in answers.items():
        for column in OWN_COLUMNS:
            item = getattr(answer.found, column)
            if item is not None and item.end > item.start:
                spans.setdefault((column, item.start), []).append(index)
    for (column, start), owners in spans.items():
        if len(owners) < 2:
            continue
        sentence_start = max((m.end() for m in re.finditer(r"[.!?\n]\s", text[:start])), default=0)
        if _BOTH.search(text, sentence_start, start + 40):
            continue
        mentions = {i: _last_mention(text[:start], children[i].name) for i in owners}
        nearest = max(mentions, key=lambda i: mentions[i])
        if mentions[nearest] < 0:
            continue
        for i in owners:
            if i != nearest:
                setattr(answers[i].found, column, None)
                answers[i].corrected.discard(column)


def _last_mention(text: str, name: str | None) -> int:
    if not name:
        return -1
    first = re.escape(name.split()[0])
    return max((m.start() for m in re.finditer(rf"\b{first}\b", text, re.IGNORECASE)), default=-1)


def _is_news(text: str, item: nlp.Found | None) -> bool:
    """Whether the clause a value was found in tells of a change ("now living with her Mam-gu at ...")."""
    if item is None or item.end <= item.start:
        return False
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, item.start)), default=0)
    # News is often announced once at the top ("Update - ..."), so look back to the answer's first clause.
    return bool(UPDATE.search(text, start, item.end) or UPDATE.search(text[: min(len(text), 40)]))


def put_right(text: str, children: list[HeldChild]) -> list[tuple[int, str, str]]:
    """(child, column, new value) for each "X not Y" whose Y is a word of a held value."""
    out = []
    for m in _NOT.finditer(text):
        wrong = m.group(1)
        if wrong.isdigit() and any(str(c.values.get("age")) == wrong for c in children):
            continue  # "11 not 10" is about the age, which the extractor reads
        right = _replacement(text[max(0, m.start() - 80): m.start()], wrong)
        if right is None:
            continue
        for index, child in enumerate(children):
            for column in TEXT_COLUMNS:
                held = child.values.get(column)
                word = re.compile(rf"(?<![\w'’-]){re.escape(wrong)}(?![\w'’-])", re.IGNORECASE)
                if isinstance(held, str) and word.search(held):
                    out.append((index, column, word.sub(right, held, count=1)))
    return out


def _replacement(before: str, wrong: str) -> str | None:
    """The word before "not <wrong>" that stands in its place: a number for a number, else a look-alike."""
    clause = re.split(r"[;!?\n]|\.(?=\s)", before)[-1]
    words = _WORD.findall(clause)[-8:]
    if wrong.isdigit():
        numbers = [w for w in words if w.isdigit() and w != wrong]
        return numbers[-1] if numbers else None
    best, score = None, 0.0
    for word in words:
        if word.lower() == wrong.lower():
            continue
        ratio = SequenceMatcher(None, word.lower(), wrong.lower()).ratio()
        if ratio > score:
            best, score = word, ratio
    return best if score >= 0.7 else None


def named_children(
    text: str, children: list[HeldChild], *, received_at: datetime, channel: str, sender: str | None,
    sender_name: str | None, extract: Any,
) -> list[tuple[int | None, nlp.ChildFound]]:
    """Children the answer names, read as a report would be: (held position it is, or None when new)."""
    extraction = extract(nlp.Report(text=text, received_at=received_at, channel=channel, sender=sender,
                                    sender_name=sender_name))
    out: list[tuple[int | None, nlp.ChildFound]] = []
    taken: set[int] = set()
    for found in [*extraction.children, *_siblings_named(text)]:
        if found.name is None or not _looks_like_a_name(str(found.name.value)):
            continue
        if any(f.name and str(f.name.value).lower() == str(found.name.value).lower() for _, f in out):
            continue
        position = _same_child(str(found.name.value), children, taken)
        if position is None:
            position = next((i for i, c in enumerate(children) if not c.name and i not in taken), None)
        if position is not None:
            taken.add(position)
        out.append((position, found))
    return out


def _same_child(name: str, children: list[HeldChild], taken: set[int]) -> int | None:
    """The held child with this name: the same first name, or a near spelling of the whole name."""
    words = name.lower().split()
    for i, child in enumerate(children):
        if i in taken or not child.name:
            continue
        if child.name.lower().split()[0] == words[0]:
            return i
        if SequenceMatcher(None, child.name.lower(), name.lower()).ratio() >= 0.85:
            return i
    return None


def _looks_like_a_name(name: str) -> bool:
    """One to four capitalised words: a child's name, not a phrase the extractor ran on into."""
    words = name.split()
    particles = {"ap", "ab", "de", "van"}
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in particles for w in words)


# "her brother Bilal Ali is in Y5 here too": a brother or sister of school age, not an adult relative.
_SIBLING = re.compile(
    r"\b(?:her|his|their)\s+(?:(?:little|younger|older|big|twin|half|step)[\s-]+)?(?:brother|sister)\s*,?\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_SCHOOL_AGE = re.compile(
    r"\b(?:Y(?:ear|r)?\s?\d{1,2}|DOB|born|aged?\s+\d{1,2}|too|also|as well|Bl(?:wyddyn)?\s?\d)\b"
)


def _siblings_named(text: str) -> list[nlp.ChildFound]:
    out = []
    for m in _SIBLING.finditer(text):
        sentence_end = re.search(r"[.!?\n]", text[m.end():])
        sentence = text[m.start(): m.end() + (sentence_end.start() if sentence_end else len(text))]
        if _SCHOOL_AGE.search(sentence):
            out.append(nlp.ChildFound(name=nlp.Found(m.group(1), m.start(1), m.end(1), 0.7)))
    return out


_SAME_SCHOOL = re.compile(r"\b(?:here|same school|with us|at ours|yma)\b", re.IGNORECASE)


def at_the_same_school(text: str, name: str | None) -> bool:
    """Whether the sentence naming a brother or sister new to the referral puts them at the same school
    ("is in Y5 here too")."""
    if not name:
        return False
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if re.search(rf"\b{re.escape(name.split()[0])}\b", sentence) and _SAME_SCHOOL.search(sentence):
            return True
    return False
