"""Priority with reasons: a child protection concern, the high risk groups, length of absence, vulnerability.

Each reason keeps the words of the report that set it, with where they are in which message, so the AWO
sees why and the web app can highlight them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from nlp.codes import RISK_PHRASES
from nlp.codes import child_protection_concern as extractor_concern

URGENT, HIGH, NORMAL = "urgent", "high", "normal"
CONCERN = "child_protection_concern"
LEVELS = (URGENT, HIGH, NORMAL)

# High risk groups that are safeguarding matters in themselves: as urgent as a child protection concern.
SAFEGUARDING_GROUPS = {
    "sexual_exploitation", "trafficking", "forced_marriage", "honour_based_violence",
    "child_protection_register", "young_runaway",
}

GROUP_LABELS = {
    "young_runaway": "young runaway",
    "criminal_justice": "in the criminal justice system",
    "refuge": "living in a refuge",
    "refugee_asylum": "refugee or asylum seeker",
    "sexual_exploitation": "at risk of sexual exploitation",
    "trafficking": "at risk of trafficking",
    "forced_marriage": "at risk of forced marriage",
    "honour_based_violence": "at risk of honour based violence",
    "domestic_violence": "domestic violence in the family",
    "homelessness": "homeless or in temporary accommodation",
    "bereavement": "bereaved",
    "substance_misuse": "substance misuse",
    "mental_health": "mental health",
    "privately_fostered": "privately fostered",
    "teenage_parent": "teenage parent",
    "permanently_excluded": "permanently excluded",
    "extended_absence_abroad": "extended absence abroad",
    "migrant_family": "migrant family",
    "gypsy_traveller": "Gypsy, Roma or Traveller family",
    "child_protection_register": "on the child protection register",
}

# Words that show each group, to find the report's own words when the extractor gave none for it.
GROUP_WORDS = {
    "young_runaway": r"ran away|run(?:ning)? away|runaway|missing from home|went missing|reported missing",
    "criminal_justice": (
        r"youth offending|(?-i:YOS|YJS)\b|arrested|charged|court|custody|police caution|offend\w*"
    ),
    "refuge": r"refuge|women'?s aid",
    "refugee_asylum": r"refugee|asylum|Home Office|resettle\w*",
    "sexual_exploitation": r"sexual(?:ly)? exploit\w*|(?-i:CSE)\b|groom\w*|older (?:men|males)",
    "trafficking": r"traffick\w*|(?-i:NRM)\b|national referral mechanism|modern slavery",
    "forced_marriage": r"forced marriage|(?:be|been|being|get) married|engaged to|marri\w+ abroad",
    "honour_based_violence": r"honour[- ]based|honour",
    "domestic_violence": r"domestic (?:abuse|violence)|(?-i:DV|DA|MARAC|DASH)\b|violent partner|fleeing",
    "homelessness": r"homeless\w*|sofa[- ]surfing|temporary accommodation|B&B|hostel|evicted|eviction",
    "bereavement": r"bereave\w*|passed away|died|death of|funeral",
    "substance_misuse": r"substance|drugs?|alcohol|drinking|cannabis",
    "mental_health": r"mental health|CAMHS|self[- ]harm\w*|anxiety|depress\w*|suicid\w*",
    "privately_fostered": r"private(?:ly)? foster\w*|living with (?:a )?family friend",
    "teenage_parent": r"pregnan\w*|teenage (?:mum|mother|parent)|young (?:mum|mother|parent)|has a baby",
    "permanently_excluded": r"permanent(?:ly)? exclu\w*",
    "extended_absence_abroad": r"abroad|overseas|extended (?:holiday|leave)|gone to|travelled to",
    "migrant_family": r"migrant|EU nationals?|recently arrived|new to the UK|moved from \w+",
    "gypsy_traveller": r"gypsy|traveller|roma\b|showm[ae]n|caravan",
    "child_protection_register": r"child protection (?:register|plan)|on a CP plan|(?-i:CPR)\b|(?-i:CP) plan",
}

CONCERN_WORDS = (
    r"safeguarding|child protection|concern(?:ed|s)? for (?:his|her|their) (?:safety|welfare)|disclos\w*|"
    r"bruis\w*|injur\w*|neglect\w*|abuse\w*|(?-i:MASH)\b|strategy (?:meeting|discussion)|section 47|s47|"
    r"at risk|unsafe|harm"
)

VULNERABILITY_WORDS = (
    r"(?-i:ALN|SEN|SEND)\b|additional learning needs?|special educational needs?|statement of SEN|"
    r"(?-i:IDP)\b|individual development plan|disabilit(?:y|ies)|disabled|autis(?:m|tic)|(?-i:ASD|ADHD)\b|"
    r"learning difficult(?:y|ies)|medical (?:needs?|condition)|epilep\w*|diabet\w*|young carer|"
    r"looked after|care experienced|non[- ]verbal|speaks (?:little|no) English|no English"
)

# Words that say a child is out of school; "missing" alone is left out, as it is often missing from home.
_ABSENCE = (
    r"(?:(?:not|n't|never)\s+(?:once\s+)?(?:been\s+)?(?:in|at|to|seen|attended|attending|back|returned|enrolled)\b|"
    r"absent|absence|out of (?:school|education)|missing (?:from )?(?:school|education)|off school|missed|"
    r"no attendance|no education|stopped attending|last (?:seen|attended)|did not return|not returned)"
)
_MONTHS = {
    m: i + 1 for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = (
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})(?:\s+(?P<y>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{2,4}}))?"
    rf"|(?:the\s+(?P<edge>start|beginning|end)\s+of\s+)?(?P<m3>{_MONTH})(?:\s+(?P<y3>\d{{4}}))?"
    rf"|the\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)\b)"
)
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 2, "a couple of": 2,
}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "term": 91, "year": 365}
_SINCE = re.compile(rf"{_ABSENCE}[^.\n]{{0,60}}?\bsince\s+{_DATE}\b", re.I)
_LAST_SEEN = re.compile(rf"last (?:seen|attended)[^.\n]{{0,60}}?\b(?:on\s+)?{_DATE}\b", re.I)
_FOR = re.compile(
    rf"{_ABSENCE}[^.\n]{{0,60}}?\b(?:for|over|in)\s+"
    r"(?:over\s+|more than\s+|about\s+|nearly\s+|almost\s+|around\s+)?"
    r"(?P<n>\d+|a couple of|a few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:school\s+)?(?P<unit>day|week|month|term|year)s?\b",
    re.I,
)


@dataclass(frozen=True)
class Words:
    """Words of a report, and where they are: a message's id and a character span of its text."""

    text: str
    message_id: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Reason:
    code: str
    level: str
    reason: str
    words: Words | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "level": self.level, "reason": self.reason}
        if self.words is not None:
            out |= {
                "words": self.words.text, "message_id": self.words.message_id,
                "start": self.words.start, "end": self.words.end,
            }
        else:
            out["words"] = None
        return out


@dataclass(frozen=True)
class Priority:
    level: str
    reasons: tuple[Reason, ...]


# A quotation is the clause around the words that matched, so it reads as the referrer wrote it.
CLAUSE_MAX = 160


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause holding text[start:end], cut to CLAUSE_MAX characters around it."""
    left = max((text.rfind(c, 0, start) for c in ".!?;\n"), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in ".!?;\n") if i != -1]
    right = min(rights) if rights else len(text)
    left = max(left, start - (CLAUSE_MAX - (end - start)) // 2)
    right = min(right, left + max(CLAUSE_MAX, end - start))
    while left < start and text[left].isspace():
        left += 1
    return left, right


def find_words(pattern: str, messages: Mapping[int, str]) -> Words | None:
    """The clause of the first message where the pattern occurs."""
    rx = re.compile(rf"\b(?:{pattern})", re.I)
    for message_id, text in messages.items():
        m = rx.search(text)
        if m:
            start, end = clause_around(text, m.start(), m.end())
            return Words(text[start:end].rstrip(), message_id, start, start + len(text[start:end].rstrip()))
    return None


def _pattern_for(code: str) -> str:
    """The extractor's own phrases for a code, then ours: how its words are found in the stored text."""
    if code == CONCERN:
        return CONCERN_WORDS
    phrases = [p for p in (RISK_PHRASES.get(code), GROUP_WORDS.get(code)) if p]
    return "|".join(f"(?:{p})" for p in phrases) or "$^"


def _clause(text: str, message_id: int, start: int, end: int) -> Words:
    start, end = clause_around(text, start, end)
    quoted = text[start:end].rstrip()
    return Words(quoted, message_id, start, start + len(quoted))


def _says(code: str, words: str) -> bool:
    """Whether evidence given as words speaks to the code: the concern takes words no risk group claims."""
    if code != CONCERN:
        return re.search(rf"\b(?:{_pattern_for(code)})", words, re.I) is not None
    return not any(re.search(rf"\b(?:{_pattern_for(c)})", words, re.I) for c in GROUP_LABELS)


def words_for(code: str, evidence: Iterable[Mapping[str, Any]], messages: Mapping[int, str]) -> Words | None:
    """The words of the report behind a code (a risk indicator, or the child protection concern).

    The extractor's evidence names the code with a span into its own prepared text, so the span is used
    only where the stored text holds the code's words there; otherwise the words are looked for afresh.
    """
    rx = re.compile(rf"\b(?:{_pattern_for(code)})", re.I)
    for item in evidence:
        value, message_id = item.get("value"), item.get("message_id")
        if not isinstance(message_id, int) or message_id not in messages:
            continue
        text = messages[message_id]
        if value == code:
            start, end = item.get("start"), item.get("end")
            if isinstance(start, int) and isinstance(end, int) and rx.match(text, start, end):
                return _clause(text, message_id, start, end)
        elif isinstance(value, str) and value not in GROUP_LABELS and value != CONCERN and _says(code, value):
            # Evidence given as the words themselves.
            at = text.find(value)
            if at >= 0:
                return Words(value, message_id, at, at + len(value))
    if code == CONCERN:
        for message_id, text in messages.items():
            raised, span = extractor_concern(text)
            if raised and span is not None:
                return _clause(text, message_id, *span)
    return find_words(_pattern_for(code), messages)


def _parse_date(m: re.Match[str], received: date) -> date | None:
    g = m.groupdict()
    try:
        if g.get("m"):
            day, month, year = int(g["d"]), _MONTHS[g["m"][:3].lower()], g.get("y")
        elif g.get("m2"):
            day, month, year = int(g["d2"]), int(g["m2"]), g.get("y2")
        elif g.get("m3"):
            day = 28 if (g.get("edge") or "").lower() == "end" else 1
            day, month, year = day, _MONTHS[g["m3"][:3].lower()], g.get("y3")
        elif g.get("d4"):
            # "since the 14th": this month's, or last month's when that is still to come.
            day, month, year = int(g["d4"]), received.month, None
            if day > received.day:
                month = received.month - 1 or 12
                return date(received.year - (month == 12), month, day)
        else:
            return None
        if year is not None:
            y = int(year)
            return date(y + 2000 if y < 100 else y, month, day)
        # No year: the latest such day on or before the report.
        guess = date(received.year, month, day)
        return guess if guess <= received else date(received.year - 1, month, day)
    except (ValueError, KeyError):
        return None


def absence_days(messages: Mapping[int, str], received: date) -> tuple[int, Words] | None:
    """The longest absence the report states, in days, with its words."""
    best: tuple[int, Words] | None = None
    for message_id, text in messages.items():
        for rx in (_SINCE, _LAST_SEEN):
            for m in rx.finditer(text):
                since = _parse_date(m, received)
                if since is None or since > received:
                    continue
                days = (received - since).days
                if best is None or days > best[0]:
                    best = (days, _clause(text, message_id, m.start(), m.end()))
        for m in _FOR.finditer(text):
            n = m.group("n").lower()
            count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
            days = count * _UNIT_DAYS[m.group("unit").lower()]
            if best is None or days > best[0]:
                best = (days, _clause(text, message_id, m.start(), m.end()))
    return best


def assess(
    *,
    child_protection_concern: bool,
    risk_indicators: Iterable[str],
    evidence: Iterable[Mapping[str, Any]],
    messages: Mapping[int, str],
    received: date,
    long_absence_days: int,
) -> Priority:
    """The priority a report sets, most pressing reason first."""
    evidence = list(evidence)
    reasons: list[Reason] = []
    indicators = list(dict.fromkeys(risk_indicators))
    if child_protection_concern:
        words = words_for(CONCERN, evidence, messages)
        reasons.append(Reason(CONCERN, URGENT, "child protection concern", words))
    for code in indicators:
        level = URGENT if code in SAFEGUARDING_GROUPS else HIGH
        label = GROUP_LABELS.get(code, code.replace("_", " "))
        reasons.append(Reason(code, level, f"high risk group: {label}", words_for(code, evidence, messages)))
    absence = absence_days(messages, received)
    if absence is not None and absence[0] >= long_absence_days:
        weeks = absence[0] // 7
        why = f"out of school for about {weeks} weeks"
        reasons.append(Reason("length_of_absence", HIGH, why, absence[1]))
    vulnerable = find_words(VULNERABILITY_WORDS, messages)
    if vulnerable is not None:
        reasons.append(Reason("vulnerability", HIGH, "vulnerable child", vulnerable))
    reasons.sort(key=lambda r: LEVELS.index(r.level))
    level = reasons[0].level if reasons else NORMAL
    return Priority(level, tuple(reasons))


def higher(a: str | None, b: str | None) -> str:
    """The more pressing of two priorities."""
    ranked = [p for p in (a, b) if p in LEVELS]
    return min(ranked, key=LEVELS.index) if ranked else NORMAL


def days_for(table: Mapping[str, int], level: str) -> timedelta:
    return timedelta(days=table.get(level, table.get(NORMAL, 5)))
