"""Whether a name, where it is written, is a child's of the report: the cues beside it (`child_cues.py`), the
signs of an adult or a place (`adult_cues.py`), and the date of birth or age stated with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from nlp.adult_cues import (
    ADULT_NOUN,
    ADULT_TITLES,
    BABY_BEFORE,
    DIED_BEFORE,
    FAMILY_NAME,
    IN_PLACE,
    KIN_APPOSITION,
    KIN_BRACKET_BEFORE,
    KIN_CALLED_BEFORE,
    LEFT_ADULT,
    LEFT_PARTNER,
    NICKNAME_BEFORE,
    NOT_A_PUPIL_AFTER,
    ORG_BEFORE,
    ORG_LAST_WORD,
    ORG_NEXT,
    RIGHT_ADULT,
    SCHOOL_NAME_HEAD,
    TOWN_AFTER_ORG,
)
from nlp.child_cues import (
    ASIDE_AFTER,
    CALLED_CHILDREN,
    CHILD_NOUN,
    CHILD_THEN_BRACKET,
    COUNTED_PUPILS,
    DOB_LINE_BELOW,
    GAVE_NAME_AS,
    LABEL_AFTER,
    LEFT_CHILD,
    LEFT_LABEL,
    LEFT_LABEL_LIST,
    LEFT_YEAR,
    LEFT_YEAR_COMMA,
    LEFT_YEAR_DASH,
    LEFT_YEAR_PAIR,
    LINE_LABEL,
    LIST_HEAD,
    LIST_ITEM_REST,
    MY_CHILD_BEFORE,
    MY_GRANDCHILD_SAID,
    NAME_GUESSED_AFTER,
    NAME_IS,
    NAME_ROW,
    NEW_STARTER_BEFORE,
    NEXT_LINE_DOB,
    NEXT_SENTENCE_PUPIL,
    NICKNAME_AFTER,
    OWN_DOB_AFTER,
    PAIR_AFTER_FIRST,
    PAIR_AGES,
    PAIR_OF_FIRSTS_AFTER,
    PARENT_BEFORE,
    PARENT_OF_AFTER,
    PLACED_BEFORE,
    RIGHT_ABOUT,
    RIGHT_AGE_PAREN,
    RIGHT_AGED,
    RIGHT_BARE_AGE,
    RIGHT_COMMA_AGE,
    RIGHT_DOB,
    RIGHT_FROM_SCHOOL,
    RIGHT_IS,
    RIGHT_IS_THE_CHILD,
    RIGHT_LIST_AGE,
    RIGHT_OED,
    RIGHT_PUPIL_VERB,
    RIGHT_SCHOOL_BRACKET,
    RIGHT_UPN,
    RIGHT_YEAR,
    RIGHT_YRS,
    SENTENCE_AGE,
    SENTENCE_DOB,
    SIGNED_PARENT_OF,
    WORKER_OF,
    YEAR_GROUP,
    YEAR_GROUP_DASHED,
)
from nlp.forms import in_adult_section, is_heading, label_children
from nlp.lexicon import NUMBER_WORDS, SCHOOL_HEAD, SCHOOL_TAIL, WORD_FORENAMES
from nlp.names import UPPER, NameMention, find_names
from nlp.validators import DATE_RE, age_on, parse_date_match


@dataclass
class ChildMention:
    """A child's name where it is written, with what stands beside it."""

    mention: NameMention
    dob: tuple[date, int, int] | None = None
    age: tuple[int, int, int] | None = None


# "Year 4 - St Anne's Catholic Primary": a school's name after a year group, not a pupil's
_SCHOOLISH = re.compile(rf"(?:St\.?|Saint|Ysgol)\b|[^\n]{{0,40}}?\b{SCHOOL_TAIL}")


_MY_OWN_CHILD_BEFORE = re.compile(r"\b(?:my|fy)[ \t]+(?:daughter|son|merch|ferch|mab|fab)[ \t]*,?[ \t]*$", re.I)
_GRANDPARENT = r"(?:nan|nana|nain|gran|granny|grandmother|grandma|grandad|grandfather|taid|mam-?gu|tad-?cu)"
_WRITER_IS_GRANDPARENT = re.compile(
    rf"\bI(?:['’]m|[ \t]+am)[ \t]+(?:their|the|his|her)[ \t]+{_GRANDPARENT}\b|\bmy[ \t]+grand(?:children|kids)\b"
    rf"|\b{_GRANDPARENT}[ \t]+[^.\n]{{0,30}}\bydw[ \t]+i\b|\b(?:fy|ein)[ \t]+wyrion\b"  # Welsh "Mam-gu X ydw i"
    # a web form's "Your relationship to the child(ren): Nain (grandmother)"
    rf"|\byour[ \t]+relationship[^:\n]{{0,30}}:[ \t]*(?:\w+[ \t]+)?\(?{_GRANDPARENT}\b",
    re.IGNORECASE,
)
_OTHER_NAMES_ASIDE = re.compile(
    r"\([^()\n]*?\b(?:Chinese|Cantonese|Mandarin|Vietnamese|Arabic|Welsh|English|Polish|Romanian|home|birth|real"
    r"|legal|official|proper)[ \t]+names?[ \t]+(?:are|is)\b[^()\n]*\)"
)
_NAME_PAIR_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+[{UPPER}][\w'’-]+[ \t]*,")
# "the school nurse for King Henry VIII": a monarch's number names a school or a place, never a child
_REGNAL = re.compile(r"[ \t](?:II|III|IV|VI|VII|VIII|IX)$")
# "the school nurse for Connah's Quay High School": a name before "'s Quay" is a place's
_PLACE_OF = re.compile(
    r"['’]s[ \t]+(?:Quay|Bay|Town|Bridge|Well|Cross|Castle|Mill|Island|Head|Point|Green|Wood|Park|Hill|Vale)\b"
)
# "EHE deregistration at Osbaston - Year 6 Freya Ffug": the year group is the full name's after it, not the one word's
_YEAR_OF_THE_NEXT = re.compile(rf"[ \t]*[-–—|][ \t]*{YEAR_GROUP}[ \t]+[{UPPER}][\w'’-]+[ \t]+[{UPPER}]")
_HEADER_ROW = re.compile(r"[ \t]*(?:From|To|Cc|Sent)[ \t]*:", re.IGNORECASE)
_BORN_IN_YEAR = re.compile(r"[ \t]*[-–—,(]?[ \t]*(?i:born|b\.)[ \t]+(?:in[ \t]+)?((?:19|20)\d{2})\b(?![/.-]\d)")
_WHOSE_PARENT = re.compile(r"['’]s[ \t]+(?i:mam|mum|mother|dad|father|tad|parents|family)\b")


_DOB_SENTENCE = re.compile(r"['’]s[ \t]+(?:DOB|date[ \t]+of[ \t]+birth)[ \t]+is\b")


def _whose_parent(m: NameMention, right: str) -> bool:
    """'Tomos ap Ffug's mam': a full name whose parent is spoken of (not 'In June Arjun's father')."""
    return len(m.tokens) >= 2 and m.tokens[0].lower() not in WORD_FORENAMES and bool(_WHOSE_PARENT.match(right))


def corrected_away(text: str, start: int) -> bool:
    """'it's Evie-Rose Ffug, not Evie Ffug, sorry typo': the name at `start` is the one corrected away."""
    return bool(re.search(r"(?:,|\bis)[ \t]+not[ \t]+$", text[max(0, start - 10) : start]))


def named_as_parent(text: str, m: NameMention) -> bool:
    if PARENT_OF_AFTER.match(text[m.end : m.end + 20]):
        return True
    # A grandparent writing "my grandson Finley ... My daughter Stacey took him out": the daughter is his mother.
    # (or a form's "Your relationship to the child(ren): Nain")
    grandparent_writes = MY_GRANDCHILD_SAID.search(text) or _WRITER_IS_GRANDPARENT.search(text)
    if grandparent_writes and MY_CHILD_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return True
    # "not living with Osian's grandmother": the possessive names the child, not the one lived with.
    return bool(PARENT_BEFORE.search(text[max(0, m.start - 60) : m.start])) and not re.match(r"['’]s\b", text[m.end :])


def _next_line_child_dob(text: str, line_end: int, today: date) -> bool:
    # A class line may come between: "Tommy Ffug\nYear 2 · 2R\nDate of birth: 30 Jan 2026".
    year_line = re.match(rf"\n[ \t]*{YEAR_GROUP}\b[^\n]{{0,30}}(?=\n)", text[line_end : line_end + 50])
    if year_line:
        return True
    m = NEXT_LINE_DOB.match(text[line_end : line_end + 40])
    if not m:
        # "Kacey Ffug\n14/08/2017\nLlwyn Onn, ...": a line that is only a date, a school-age child's.
        bare = re.match(r"\n[ \t]*(?=\d)", text[line_end : line_end + 40])
        d = DATE_RE.match(text, line_end + bare.end()) if bare else None
        dob = parse_date_match(d, today) if d else None
        rest = text[d.end() : text.find("\n", d.end()) if "\n" in text[d.end() :] else len(text)] if d else "x"
        return bool(dob and 3 <= age_on(dob, today) <= 19 and not rest.strip())
    d = DATE_RE.match(text, line_end + m.end() - 1)
    dob = parse_date_match(d, today) if d else None
    return dob is None or 0 <= age_on(dob, today) <= 19


def _named_child(text: str, m: NameMention, today: date) -> bool:
    if not NAME_IS.search(text[max(0, m.start - 30) : m.start]):
        return False
    age = SENTENCE_AGE.match(text[m.end : m.end + 80])
    if age:
        return 2 <= number(age.group(1)) <= 18
    born = SENTENCE_DOB.match(text[m.end : m.end + 120])
    dob = DATE_RE.match(text, m.end + born.end()) if born else None
    if dob and (when := parse_date_match(dob)):
        # "Her name is Chloe Ffug and her date of birth is the 25th of November 2012": a child's date of birth
        return 2 <= age_on(when, today) <= 19
    before = text[max(0, m.start - 160) : m.start]
    kids = [x.end() for x in CHILD_NOUN.finditer(before)]
    # "the girl said her name is Destiny and her brother is Jayden": a child's brother is a child here
    adults = [x.end() for x in ADULT_NOUN.finditer(before) if not re.fullmatch(r"(?i)brothers?|sisters?", x.group())]
    return bool(kids) and (not adults or kids[-1] > adults[-1])


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def age_beside(right: str, at: int, line_start: bool) -> tuple[int, int, int] | None:
    nick = NICKNAME_AFTER.match(right)  # 'Beatriz Ffug ("Bea"), 6 years old'
    if nick:
        right, at = right[nick.end() :], at + nick.end()
    line_rx = (RIGHT_LIST_AGE, RIGHT_BARE_AGE) if line_start else ()
    for rx in (RIGHT_AGE_PAREN, RIGHT_AGED, RIGHT_IS, RIGHT_ABOUT, RIGHT_COMMA_AGE, RIGHT_YRS, RIGHT_OED) + line_rx:
        m = rx.match(right)
        if m and 2 <= number(m.group(1)) <= 19:
            return number(m.group(1)), at + m.start(1), at + m.end(1)
    return None


def dob_beside(right: str, at: int, today: date) -> tuple[date, int, int] | None:
    m = RIGHT_DOB.match(right)
    if not m:
        return None
    d = DATE_RE.match(right, m.end())
    if not d:
        return None
    dob = parse_date_match(d, today)
    if dob and 0 <= age_on(dob, today) <= 19 and dob < today:
        return dob, at + d.start(), at + d.end()
    return None


def row_dob(text: str, at: int, today: date) -> tuple[date, int, int] | None:
    """A table row's date of birth, cells after its name ("| Elin | Ffug | 2017-07-14 |")."""
    end = line_bounds(text, at)[1]
    if not _in_cells(text[at:end]):
        return None
    for d in DATE_RE.finditer(text, at, end):
        dob = parse_date_match(d, today)
        # A school-age child's, not the date the row was added or the child left.
        if dob and 3 <= age_on(dob, today) <= 19:
            return dob, d.start(), d.end()
    return None


def _in_cells(rest_of_row: str) -> bool:
    """Cells split by pipes, tabs or a run of spaces ("Zsófia Ffug     Tenant         12/03/1990")."""
    return "|" in rest_of_row or "\t" in rest_of_row or bool(re.search(r"\S {3,}\S", rest_of_row))


def adult_row(text: str, at: int, today: date) -> bool:
    """'Zsófia Ffug     Tenant         12/03/1990': a table row whose only date of birth is an adult's."""
    end = line_bounds(text, at)[1]
    if not _in_cells(text[at:end]):
        return False
    dobs = [d for m in DATE_RE.finditer(text, at, end) if (d := parse_date_match(m, today))]
    return bool(dobs) and all(age_on(d, today) >= 19 for d in dobs)


def adult_dob_beside(right: str, today: date) -> bool:
    """'Kirsty FFUG (DOB 11/03/1994)': a date of birth beside the name that makes them an adult."""
    m = RIGHT_DOB.match(right)
    d = DATE_RE.match(right, m.end()) if m else None
    dob = parse_date_match(d, today) if d else None
    return bool(dob and age_on(dob, today) >= 19)


_BABY_IN_MONTHS = re.compile(
    # (or in a column of its own: "Samuel Ffug     8 months (my caseload)")
    r"(?:[ \t]*[-–—,(]|[ \t]{2,}|\t)[ \t]*(?:baby|infant|toddler)?[ \t]*,?[ \t]*"
    r"\d{1,2}[ \t]*(?:months?|mths?|weeks?)\b",
    re.IGNORECASE,
)


def baby_row(right: str, today: date) -> bool:
    """'FFUG, Antoni  DOB 05/05/2026  (infant)': a baby's row; a row with a year group is a pupil's whatever its DOB."""
    if re.search(rf"\b{YEAR_GROUP}\b", right):
        return False
    if _BABY_IN_MONTHS.match(right):
        return True  # "Kathleen – baby, 11 months", "Florin Ffug (baby, 14 months)"
    d = dob_beside(right, 0, today)
    if d:
        return age_on(d[0], today) < 3
    # "Ellis Ffug | 08/2042 | - | -": a month and year of birth in the row's first cell
    born = re.match(r"[ \t]*[|\t,][ \t]*(?:(?:DOB|born)[ \t:]*)?(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b", right, re.I)
    return bool(born and age_on(date(int(born.group(2)), int(born.group(1)), 1), today) < 3)


def _in_list_under_head(text: str, line_start: int) -> bool:
    """A line in a block that a 'Children:' style heading introduces."""
    pos = line_start
    for _ in range(8):
        if pos <= 0:
            return False
        prev_s = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_s : pos - 1]
        if LIST_HEAD.match(prev):
            return True
        if not prev.strip():
            return False
        pos = prev_s
    return False


def is_adult(text: str, m: NameMention, by_role: bool = False) -> bool:
    """Whether the words around a name say it is an adult's. With by_role, a bare "to", "with", "by" or "from"
    before it does not count: "officers spoke to Kai Ffug" may well name a child."""
    if m.title and m.title.lower() in ADULT_TITLES or RIGHT_ADULT.match(text[m.end : m.end + 40]):
        return True
    ls, _ = line_bounds(text, m.start)
    left = text[max(ls, m.start - 40) : m.start]
    if LEFT_CHILD.search(left):
        return False
    said = LEFT_ADULT.search(left)
    return said is not None and not (by_role and _BARE_PREPOSITION.fullmatch(said.group()))


_BARE_PREPOSITION = re.compile(r"(?i)(?:with|by|from|to|spoke to)\s*(?:is|was|:|\(|,|-)?\s*")


def _own_full_name(left: str, m: NameMention) -> bool:
    """'For identification, Tegan's full name is Tegan Louise Ffug and her date of birth is ...'"""
    said = re.search(r"\b([A-Z][\w'’-]+)['’]s\s+(?:full\s+|legal\s+)?name\s+is\s*$", left)
    return bool(said and said.group(1) == m.tokens[0])


def _place_words(text: str, zones: list[tuple[int, int]]) -> tuple[set[str], list[tuple[int, int]]]:
    """The town and district words of the report's addresses, and the addresses' spans."""
    from nlp.addresses import find_addresses  # addresses does not depend on children

    words: set[str] = set()
    spans = []
    for a in find_addresses(text, zones):
        spans.append((a.start, a.end))
        for part in re.split(r"[,()]", a.value):  # "Aberteifi (Cardigan)": both names of the town
            if not re.search(r"\d", part) and part.strip():
                words.add(part.strip().lower())
    return words, spans


# "Elis Ffug, 9 (born 2 April 2017)", and in Welsh "9 oed (ganwyd 2 Ebrill 2017)" or "(g. 02/04/2017)"
_BRACKET_AFTER_AGE = re.compile(
    r"[ \t]*(?:(?:years?|yrs?)(?:[ \t]+old)?[ \t]*|oed[ \t]*)?[,(][ \t]*"
    r"(?:(?:DOB|D\.O\.B\.?|born|ganwyd|g\.)[ \t]*:?[ \t]*)?(?=\d)",
    re.I,
)


_ORGANISATION_ROW_AFTER = re.compile(
    r"(?:\n[^\n]*)?\n[ \t]*(?:Organi[sz]ation|Company|Job[ \t]+title|Role|Position|Agency)[ \t]*:", re.IGNORECASE
)


_YEAR_IN_ROW = re.compile(rf"\b{YEAR_GROUP}\b")
_SCHOOLS_TOWN_BEFORE = re.compile(rf"(?:{SCHOOL_HEAD}[ \t]+[\w'’.-]+(?:[ \t]+[\w'’.-]+){{0,3}}|{SCHOOL_TAIL}),[ \t]*$")


def _dob_after_age(text: str, age_end: int, today: date) -> tuple[date, int, int] | None:
    """A school-age child's date of birth in brackets, or after a comma, right after the age."""
    bracket = _BRACKET_AFTER_AGE.match(text, age_end, age_end + 30)
    d = DATE_RE.match(text, bracket.end()) if bracket else None
    dob = parse_date_match(d, today) if d else None
    if d and dob and 3 <= age_on(dob, today) <= 19 and dob < today:
        return dob, d.start(), d.end()
    return None


def candidate_mentions(text: str, zones: list[tuple[int, int]]) -> tuple[list[NameMention], set[str]]:
    """The names that may be a child's (no place's, organisation's or building's), and the place words of the
    report's addresses."""
    places, address_spans = _place_words(text, zones)
    # "returned to Filwood Park in Year 2": a school's name said without its "Primary School" is no child.
    places |= {m.group(1).lower() for m in SCHOOL_NAME_HEAD.finditer(text)}
    mentions = [
        m
        for m in find_names(text)
        if not any(s <= m.start < e for s, e in address_spans)
        and (
            not any(s <= m.start < e for s, e in zones) or SIGNED_PARENT_OF.search(text, max(0, m.start - 30), m.start)
        )
        and not ORG_NEXT.match(text[m.end : m.end + 20])
        and not ORG_BEFORE.search(text[max(0, m.start - 30) : m.start])
        # "Bryn y Môr", "Pen yr Heol": after the Welsh article a capital starts a place's name, not a person's
        and not re.search(r"(?<![\w'’-])(?:y|yr)[ \t]+$", text[max(0, m.start - 12) : m.start])
        and not re.match(r"[ \t]+(?:y|yr)[ \t]+[A-Z]", text[m.end : m.end + 6])  # "Glan yr Afon site"
        # "Y2 here at Bryn Ffug - dob ...": the writer's school
        and not re.search(r"\b(?:here|with\s+us)\s+at\s+$", text[max(0, m.start - 15) : m.start])
        # "previously at Belgrave Ffug Academy in Leicester (Year 8)": one word after "in" is a town
        and not (
            len(m.tokens) == 1
            and IN_PLACE.search(text[max(0, m.start - 30) : m.start])
            # (not "next door at number 7 Maes y Ffug in Brymbo, Jayden and Kai": the names after the town)
            and not (text[max(0, m.start - 4) : m.start].rstrip().endswith(",") and _NAME_PAIR_AFTER.match(text, m.end))
        )
        # ... unless a person's clause goes on: "new starter here at Ffug Primary, Oskar Ffug, was meant to start"
        and not (
            TOWN_AFTER_ORG.search(text[max(0, m.start - 40) : m.start])
            and not re.match(r",?[ \t]+(?:was|is|has|had|who|aged?)\b", text[m.end : m.end + 10])
        )
        and not ORG_LAST_WORD.search(m.text)
    ]
    # "Karen and Jason Ffug (I think their Chinese names are Ka Yan and Chun Hei)": the same children's other names
    asides = [(a.start(), a.end()) for a in _OTHER_NAMES_ASIDE.finditer(text)]
    mentions = [m for m in mentions if not any(s < m.start < e for s, e in asides)]
    # "Zsófia (Zsófi), who is 12": a name in brackets after another is the same child's other name.
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (
            i
            and re.fullmatch(r"[ \t]*\([ \t]*", text[mentions[i - 1].end : m.start])
            and text[m.end : m.end + 1] == ")"
        )
    ]
    return mentions, places


def cued_mention(
    text: str,
    m: NameMention,
    today: date,
    places: set[str],
    as_parent: list[NameMention],
    previous: ChildMention | None,
) -> ChildMention | None:
    """The mention as a child's, with the date of birth or age beside it; None when nothing says child or something
    says adult. `previous` is the last mention taken as a child's (a list of children goes on after it)."""
    ls, le = line_bounds(text, m.start)
    right = text[m.end : le]
    line_start = not re.sub(r"^[\s\-•*\d.)]*", "", text[ls : m.start])
    if line_start and LABEL_AFTER.match(right) and len(m.tokens) == 1:
        return None  # "Placed: 05/04/2030", "Approximate age: 8": a form's label, not a name
    dob = dob_beside(right, m.end, today)
    possessive_dob = bool(dob and len(m.tokens) == 1 and re.match(r"['’]s\b", right))
    if possessive_dob:
        dob = None  # "Gruff's DOB ...": a short name's date goes to the child by the usual attribution
        # ... yet "Kiera-Louise Ffug ... Kiera-Louise's date of birth is ..." says the named one is a child
        possessive_dob = bool(re.search(rf"(?<![\w'’-]){re.escape(m.text)}[ \t]+[{UPPER}]", text[: m.start]))
        # ... as does "Harri's DOB is 5 Dec 2033 and Lili's is Feb 28th 2037": a sentence giving the dates
        possessive_dob = possessive_dob or bool(_DOB_SENTENCE.match(right))
    # "Ruby Hale (9), Alfie Hale (7) and Poppy Hale 5": after a sibling's age, a bare number is an age too.
    after_age = bool(re.search(r"(?:\d\s*\)?|\)\s*)\s*(?:,|and|&)\s*$", text[max(ls, m.start - 12) : m.start]))
    # "kids are Levi Ffug 10, ...": a bare number after a name that a list's opening words introduce is an age.
    left = text[max(ls, m.start - 40) : m.start]
    own_name = _own_full_name(left, m)  # "Tegan's full name is ...": a cue, and says pupil
    # "a letter from Tomos ap Ffug's mam (Catrin ap Ffug)": the one whose parent is named; a cue, and says pupil
    whose_parent = _whose_parent(m, right)
    introduced = re.search(r"\b(?:children|kids|names|they)\s+are\s*$", left)
    age = None if dob else age_beside(right, m.end, line_start or after_age or bool(introduced))
    # "Patrick Ffug (Paddy) - DOB 3/3/2031", "Lacey (we call her LR) is Y3": an aside between a name and its cue
    aside = ASIDE_AFTER.match(right)
    past_aside = right[aside.end() :] if aside else ""
    if aside and not dob and not age:
        dob = dob_beside(past_aside, m.end + aside.end(), today)
        age = None if dob else age_beside(past_aside, m.end + aside.end(), line_start)
    year_after_aside = bool(aside and RIGHT_YEAR.match(past_aside))
    born_on = re.match(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?=\d)", right)  # "... and Tomos on the 1st of December"
    if not dob and born_on and re.search(r"\bborn\b[^.\n]{0,80}$", text[max(ls, m.start - 100) : m.start]):
        # "Efa was born on 9 February 2026 and Cai on 22.08.29": the second child's date after "on".
        d = DATE_RE.match(text, m.end + born_on.end())
        when = parse_date_match(d, today) if d else None
        dob = (when, d.start(), d.end()) if d and when else None
    own = None if dob else OWN_DOB_AFTER.match(text, m.end, m.end + 80)
    said = DATE_RE.match(text, own.end()) if own else None
    if said and (day := parse_date_match(said, today)):
        dob = (day, said.start(), said.end())  # "Minh gives his date of birth as 01/01/2034"
    if age and not dob:
        dob = _dob_after_age(text, age[2], today)  # "Mason is 9 (17.02.2034)"
    if line_start and not dob and not age and not right.strip() and le < len(text):
        dob = dob_beside(text[le : line_bounds(text, le + 1)[1]], le, today)  # "Kacey Ffug\n14/08/2017"
    pair_ages = PAIR_AGES.match(right)
    if pair_ages and not age:
        age = (number(pair_ages.group(2)), m.end + pair_ages.start(2), m.end + pair_ages.end(2))
    # "kids are Levi Ffug 10, Shelby Ffug 8 and Dolly Ffug who'll be 6": the list of children goes on.
    listed_after_child = (
        after_age and len(m.tokens) >= 2 and previous is not None and m.start - previous.mention.end < 12
    )
    cue = bool(
        listed_after_child
        or possessive_dob  # "Kiera-Louise's date of birth is ...": said of a child, whose date it is
        or dob
        or age
        or RIGHT_YEAR.match(right)
        or year_after_aside
        or LEFT_CHILD.search(left)
        or (len(m.tokens) >= 2 and bool(CHILD_THEN_BRACKET.search(left)))
        or GAVE_NAME_AS.search(left)
        or own_name
        or CALLED_CHILDREN.search(text[max(ls, m.start - 140) : m.start])
        or (YEAR_GROUP_DASHED.search(text[max(ls, m.start - 100) : m.start]) and re.match(r"[ \t]+[-–][ \t]", right))
        or (
            COUNTED_PUPILS.search(text[max(ls, m.start - 200) : m.start])
            and not FAMILY_NAME.match(right)  # "Two children with no school place - Ffug family"
        )
        or (len(m.tokens) >= 2 and LEFT_YEAR.search(left))
        or (len(m.tokens) == 1 and bool(PAIR_AFTER_FIRST.match(right)) and bool(LEFT_YEAR_DASH.search(left)))
        or (len(m.tokens) == 1 and bool(PAIR_OF_FIRSTS_AFTER.match(right)) and bool(LEFT_YEAR_COMMA.search(left)))
        or (len(m.tokens) >= 2 and LEFT_YEAR_PAIR.search(left))
        # "Y5 - Tomos Ffug", not "Year 4 - St Anne's Catholic Primary"
        or (len(m.tokens) >= 2 and bool(LEFT_YEAR_DASH.search(left)) and not _SCHOOLISH.match(f"{m.text}{right}"))
        or LEFT_LABEL.search(text[max(0, ls - 1) : m.start])
        or LEFT_LABEL_LIST.search(text[max(0, ls - 1) : m.start])
        or (line_start and _in_list_under_head(text, ls) and LIST_ITEM_REST.match(right))
        or (line_start and len(m.tokens) >= 2 and RIGHT_FROM_SCHOOL.match(right))
        or (len(m.tokens) >= 2 and RIGHT_SCHOOL_BRACKET.match(right))
        or (len(m.tokens) >= 2 and RIGHT_PUPIL_VERB.match(right))
        or RIGHT_IS_THE_CHILD.match(right)
        or (len(m.tokens) >= 2 and bool(RIGHT_UPN.match(right)))
        or WORKER_OF.match(text[m.end : m.end + 30])
        or whose_parent
        or NAME_GUESSED_AFTER.match(right)  # "theres a lad from number 4, Tyler i think his name is"
        or (len(m.tokens) >= 2 and bool(NEW_STARTER_BEFORE.search(text, max(ls, m.start - 90), m.start)))
        # "it's Evie-Rose Ffug, not Evie Ffug, sorry typo. She's Y1, DOB ...": said of the one full name before it
        or (len(m.tokens) >= 2 and bool(NEXT_SENTENCE_PUPIL.match(text[m.end : m.end + 120])))
        # "LA placed Mateus Ffug with us from 15 April": a pupil placed with the writer's school
        or (bool(PLACED_BEFORE.search(left)) and bool(re.match(r"[ \t]+(?:with|to)[ \t]+us\b", right)))
        # "Zofia Ffug 9W - left 12/1 ...": a form class after a full name at the start of a line
        # (or after a Slack message's opening words: "absence flag :red_circle: *Zofia Ffug* 6H – 0% since ...")
        or (len(m.tokens) >= 2 and re.match(r"(?:[ \t]+|,[ \t]*)\d{1,2}[A-Z]{1,2}\b(?![ \t]*\d)", right))
        or (
            (line_start or LINE_LABEL.match(text[ls : m.start]))
            and not right.strip()
            and _next_line_child_dob(text, le, today)
        )
        # "*Mali Ffug* - allocated a Y7 place with us from Ysgol Ffug. Never arrived in Sept.\nDOB 21/07/2015"
        or (line_start and len(m.tokens) >= 2 and bool(re.match(r"[ \t]*[-–][ \t]", right)) and bool(
            DOB_LINE_BELOW.match(text, le)
        ))
    )
    if (
        age
        and age[0] >= 17  # past compulsory school age: an adult, or an older sibling
        or (dob and age_on(dob[0], today) >= 17)
        or (dob and age_on(dob[0], today) < 4)  # a baby or toddler: not of school age
        or (age and age[0] < 4 and not dob)
        # "Adam Ffug - born 2041 - at home with mum": a year of birth alone, under school age
        or (not dob and not age and (born := _BORN_IN_YEAR.match(right)) and today.year - int(born.group(1)) <= 3)
        or (line_start and not dob and not age and baby_row(right, today))  # "Ellis Ffug | 08/2042 | - | -"
        or (not dob and adult_dob_beside(right, today))
        # "Name: Ceri FFUG\nDOB: 02/09/1998": the date of birth on the next line is an adult's
        or (not dob and not right.strip() and adult_dob_beside(text[le : line_bounds(text, le + 1)[1]], today))
        or (not dob and not (age and age[0] >= 3) and BABY_BEFORE.search(left))
        or (not dob and not age and m.text.lower() in places)
        or LEFT_PARTNER.search(left)
        or KIN_APPOSITION.search(left)
        or KIN_BRACKET_BEFORE.search(text[max(0, m.start - 45) : m.start])  # "mum (Denise's daughter, Chantelle)"
        or is_heading(text[ls:le])  # "Student Basic Details"
        # "SECTION 2 - PARENTS / CARERS\nName: Magda Ffug": a name row in a section about the adults
        # ... or over an "Organisation:" row, a contact form's: whoever filled it in
        or (
            NAME_ROW.search(text[max(0, ls - 1) : m.start])
            and (in_adult_section(text, m.start) or _ORGANISATION_ROW_AFTER.match(text, le))
        )
        or NOT_A_PUPIL_AFTER.match(text[m.end : m.end + 110])
        or DIED_BEFORE.search(text[max(0, m.start - 40) : m.start])
        or NICKNAME_BEFORE.search(text[max(0, m.start - 30) : m.start])
        # "I think it's his mum, she's called Gemma": the one called so is the mother
        or KIN_CALLED_BEFORE.search(text[max(0, m.start - 50) : m.start])
        # "it's Evie-Rose Ffug, not Evie Ffug, sorry typo": the name corrected away
        or corrected_away(text, m.start)
        or (len(m.tokens) == 1 and FAMILY_NAME.match(right))
        or (len(m.tokens) == 1 and _YEAR_OF_THE_NEXT.match(right))
        # a grandparent's "my daughter, Catrin, and their dad split up": the children's mother
        or (_MY_OWN_CHILD_BEFORE.search(left) and _WRITER_IS_GRANDPARENT.search(text))
        # "attended ZŠ Komenského, Michalovce (Year 7 equivalent)": the school's town, not a child
        or (len(m.tokens) == 1 and bool(_SCHOOLS_TOWN_BEFORE.search(left)))
        # a forwarded message's "From: Reception - Ffug Health Centre": who sent it (not "Y5 - Tomos Ffug")
        or _HEADER_ROW.match(text, ls, m.start)
        or m in as_parent
    ):
        cue = False  # an adult's age; a town of the report's address; a child's boyfriend or partner
    named = not m.title and _named_child(text, m, today)
    cue = cue or named
    # A year group, DOB or a name given for "the boy" says child, whatever the words before it.
    pupil = bool(
        dob
        or age
        or RIGHT_YEAR.match(right)
        or year_after_aside
        or named
        or RIGHT_PUPIL_VERB.match(right)
        or RIGHT_IS_THE_CHILD.match(right)
        or (len(m.tokens) >= 2 and bool(RIGHT_UPN.match(right)))
        or WORKER_OF.match(text[m.end : m.end + 40])  # "I am Jordan Ffug's YOT case manager"
        or own_name
        or NAME_GUESSED_AFTER.match(right)
        or whose_parent
    )
    if _REGNAL.search(m.text) or _PLACE_OF.match(right):
        return None  # "King Henry VIII"; "the school nurse for Connah's Quay High School": a place
    if cue and (pupil or not is_adult(text, m)) and not (m.title and m.title.lower() in ADULT_TITLES):
        return ChildMention(m, dob, age)
    return None


def labelled_rows(text: str, zones: list[tuple[int, int]], today: date) -> list[ChildMention]:
    """The children of a form's or table's labelled rows, with the date of birth or age in the row's later cells."""
    labelled = [
        # A table row's date of birth, or age, stands in a later cell of the row.
        ChildMention(
            NameMention(n, s, e),
            dob_beside(text[e : line_bounds(text, e)[1]], e, today) or row_dob(text, e, today),
            age_beside(text[e : line_bounds(text, e)[1]], e, True),
        )
        for n, s, e in label_children(text, zones)
        # "1. FFUG, Agnieszka  DOB 22/04/2006 (mother)", "(infant, 8 months)": an adult's or a baby's row
        if not adult_dob_beside(text[e : line_bounds(text, e)[1]], today)
        and not adult_row(text, e, today)
        and not baby_row(text[e : line_bounds(text, e)[1]], today)
    ]
    # "FFUGSON Callum   DOB 22/04/2009 - apprentice": a row past compulsory school age, as for a named child; and a
    # household table's toddler, "| Yousef Ffug | Son | 09/05/2023 |", under it (unless the row gives a school year)
    labelled = [
        c
        for c in labelled
        if not (c.dob and age_on(c.dob[0], today) >= 17 or c.age and c.age[0] >= 17)
        and not (c.dob and age_on(c.dob[0], today) < 4 and not _YEAR_IN_ROW.search(text, c.mention.end, c.dob[1]))
    ]
    return labelled
