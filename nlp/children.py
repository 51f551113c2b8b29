"""Which people in a report are the children it is about, and what is said right beside their names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from nlp.child_cues import (
    DOB_WORD,
    LEFT_YEAR,
    LIST_ITEM_REST,
    MY_CHILD_BEFORE,
    MY_GRANDCHILD_SAID,
    NICKNAME_AFTER,
    NUM,
    PAIR_AGES,
    PARENT_BEFORE,
    PARENT_OF_AFTER,
    RIGHT_AGE_PAREN,
    RIGHT_AGED,
    RIGHT_BARE_AGE,
    RIGHT_COMMA_AGE,
    RIGHT_DOB,
    RIGHT_FROM_SCHOOL,
    RIGHT_IS,
    RIGHT_LIST_AGE,
    RIGHT_OED,
    RIGHT_PUPIL_VERB,
    RIGHT_YEAR,
    RIGHT_YRS,
    YEAR_GROUP,
)
from nlp.forms import in_adult_section, is_heading, label_children
from nlp.lexicon import (
    KIN_PATTERN,
    NOT_NAME,
    NUMBER_WORDS,
    PRACTICE_TAIL,
    SCHOOL_HEAD,
    SCHOOL_TAIL,
    WORD_FORENAMES,
)
from nlp.names import NameMention, display_name, find_names
from nlp.not_referred import without_settled
from nlp.validators import DATE_RE, age_on, parse_date_match


def corrected_away(text: str, start: int) -> bool:
    """'it's Evie-Rose Ffug, not Evie Ffug, sorry typo': the name at `start` is the one corrected away."""
    return bool(re.search(r"(?:,|\bis)[ \t]+not[ \t]+$", text[max(0, start - 10) : start]))


def _named_as_parent(text: str, m: NameMention) -> bool:
    if PARENT_OF_AFTER.match(text[m.end : m.end + 20]):
        return True
    # A grandparent writing "my grandson Finley ... My daughter Stacey took him out": the daughter is his mother.
    if MY_GRANDCHILD_SAID.search(text) and MY_CHILD_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return True
    # "not living with Osian's grandmother": the possessive names the child, not the one lived with.
    return bool(PARENT_BEFORE.search(text[max(0, m.start - 60) : m.start])) and not re.match(r"['’]s\b", text[m.end :])


# "I'm writing as Kyle's case manager": the one a worker is assigned to is a child of the report.
# ... "A Vietnamese male, NGUYEN Van Minh, was found inside. He states he is 15 years old"
_NEXT_SENTENCE_PUPIL = re.compile(
    r"[^.!?\n]{0,60}[.!]\s+(?:She|He)(?:\s+(?:states|stated|says|said|claims|claimed)\s+(?:that\s+)?(?:she|he))?"
    r"(?:['’]s|\s+is)\s+(?:in\s+)?(?:(?:Y|Yr|Year)\s?\d{1,2}\b|aged\s+\d|(?:[5-9]|1[0-6])\b)"
)
_KIN_CALLED_BEFORE = re.compile(
    rf"\b{KIN_PATTERN}\b[^.\n]{{0,15}}\b(?:she|he)(?:['’]s|\s+is)\s+(?:called|named)\s*$", re.IGNORECASE
)
_IN_PLACE = re.compile(r"(?<![\w'’-])(?:in|near)[ \t]+$")
_PLACED_BEFORE = re.compile(r"\b(?:placed|admitted|allocated)[ \t]+$")
_WORKER_OF = re.compile(
    r"^['’]s[ \t]+(?:(?:YOT|YJS|allocated|named)[ \t]+)?"
    r"(?:case[ \t]+manager|social[ \t]+worker|key[ \t]*worker|support[ \t]+worker|youth[ \t]+worker"
    r"|case[ \t]*worker|YOT[ \t]+worker|school[ \t]+nurse|form[ \t]+tutor|head[ \t]+of[ \t]+year|class[ \t]+teacher)\b",
    re.IGNORECASE,
)
# "RE: Ffugeira children": a family name before the children, not a child.
_FAMILY_NAME = re.compile(r"^[ \t]+(?:children|family|kids|siblings|twins|boys|girls|household)\b", re.IGNORECASE)
# A name alone on its line, with a date of birth on the next line (pasted pupil details).
_NEXT_LINE_DOB = re.compile(rf"^\s*\n[ \t]*(?:{DOB_WORD})\s*:?\s*\d", re.IGNORECASE)
_LEFT_CHILD = re.compile(
    rf"(?:(?:{YEAR_GROUP}|reception|nursery)\s+(?:boy|girl|pupil|student|child|starter|learner|lad|lass)"
    r"|\b\d{1,2}\s*(?:yo|y/o|yr\s+old|year\s+old)\s+"  # "her 7yo João"
    r"|\b(?:son|daughter|granddaughter|grandson|grandchild|grandchildren|step-?son|step-?daughter|niece|nephew"
    r"|little sister|little brother|younger sister|younger brother|baby brother|baby sister|twins?"
    r"|(?:boy|girl|child|kid|son|daughter|one|lad|lass|pupil|student|(?:he|she)(?:'s|’s| is))"
    r"\s*,?\s+(?:who\s+is\s+|is\s+)?"
    r"(?:called|named)"
    r"|pupil|student|boy|girl|child\s*,|(?:lad|lass|young person|teenager|youngster)\s*,"  # "a lad, Riley, comes in"
    r"|(?:\d+|two|three|four)\s+(?:boys|girls|kids|children)\s*,"
    r"|children are|kids are|names are|one is called|one|flagging|concerning"
    r"|\b(?:older|younger|little|big|eldest|youngest|middle|other)\s+one\s+is"  # "The older one is Kai and he's 10"
    r"|\bthe\s+(?:youngest|eldest|oldest)\s*,"  # "... and the youngest, Bianca, who was born 30.05.2026"
    r"|\b(?:lads|boys|girls|kids|children|sons|daughters)\s*,"  # "one of my lads, Kai Ffug, told me"
    r"|regarding|referring|refer|about|re:?|following up on|referral\s+(?:please\s+)?(?:for|on|about)"
    r"|(?:the\s+)?(?:young person|child|pupil)(?:['’]s name)?\s+is"  # "The young person is Kieran Ffug"
    # "My son is Tiago Ffug Santos, he was born ...", "my daughter's name is Zara"
    r"|\b(?:my|our)\s+(?:(?:eldest|oldest|youngest|younger|older)\s+)?(?:son|daughter|grandson|granddaughter|child)"
    r"(?:['’]s\s+(?:full\s+)?name)?\s+is"
    r"|(?:Fi|Rwy['’]n|Dw\s+i['’]n)\s+(?:ydy|yw)?\s*(?:tad|mam|nain|taid|mam-gu|tad-cu)"  # "Fi ydy tad Gruffudd Ffug"
    r"|(?:social|key|case|support|allocated|youth)\s+worker\s+for|(?:health\s+visitor|school\s+nurse)\s+for"
    r"|\b(?:boys?|girls?|lads?|kids?|child|children)\b(?:(?!\b(?:mum|mam|mother|dad|father|nan|man|woman|lady)(?:s|['’]s)?\b)[^.\n]){0,30}"
    r"\b(?:called|named)"  # "a boy he told me hes 10 called Connor"
    # Welsh: "fy wyres" (my granddaughter), "ei mab" (her son), "fy ŵyr", "fy merch", "fy nith", "ei fab".
    r"|\b(?:Taid|Nain|Tad-cu|Mam-gu|Mam|Tad)\s+i|o['’]r\s+enw|(?:chwaer|brawd)(?:\s+(?:fach|bach|mawr|fawr))?"
    r"|(?:fy|ei|eu|'i|’i)\s+(?:(?:dau|dwy|tri|tair)\s+)?(?:wyres|ŵyr|wyr|wyrion|mab|fab|merch|ferch|nith|nai|plentyn|blentyn|plant)"
    r"(?:\s+(?:bach|fach|hynaf|ieuengaf|ifancaf))?)\s*,?\s*:?\s*"
    r"|\b(?:twins?|children|kids|siblings|brothers|sisters)\b(?!['’]s\s+Services)[^()\n]{0,20}\(\s*)\s*$",
    re.IGNORECASE,
)
# A bracketed aside after a name that is not a relationship or role: "(Paddy)", "(we call her LR, she insists)"
# ... or set off by dashes: "Margaret - known as Maggie - (9)"
_ASIDE_AFTER = re.compile(
    rf"[ \t]*\((?![^()\n]*\b(?i:{KIN_PATTERN}|SW|PR|social worker)\b)[^()\n]{{1,60}}\)"
    r"|[ \t]+[-–][ \t]+(?:known[ \t]+as|aka|called)[ \t]+[A-Z][\w'’-]+[ \t]+[-–](?=[ \t]*\()"
)
# The rest of a form's label after its first word: " age: 8", " (if different):"
_LABEL_AFTER = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}[a-z]*[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*:")
_LEFT_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*]\s*|\d+[.)]\s*)?"
    r"(?:Child(?:\s*\d)?(?:'s)?(?:\s+full|\s+first)?(?:\s+name)?|Name|Pupil(?:\s+name)?|"
    r"Young person|Student(?:\s+name)?|Learner|Enw(?:au)?(?:['’]r\s+(?:plentyn|plant|disgybl))?|Plentyn|Plant|Names"
    r"|Full name|Name\s+of\s+(?:the\s+)?(?:child|pupil|young\s+person|learner|student))"
    r"(?:\s*\(\d\))?\s*:\s*$",  # "Child's name (2): Princess Ffug"
    re.IGNORECASE,
)
# A form's bare "Name:" row, which names whoever its section is about.
_NAME_ROW = re.compile(r"(?:^|\n)[ \t]*(?:[-•*]\s*|\d+[.)]\s*)?(?:Full\s+)?Names?\s*:\s*$", re.IGNORECASE)
_NAME_GUESSED_AFTER = re.compile(r"[ \t,]+(?:i|I)[ \t]+think[ \t]+(?:his|her)[ \t]+name[ \t]+is\b")
_LIST_HEAD = re.compile(
    r"^\s*(?:(?:The|Our)\s+)?(?:Children|Pupils|Kids|Young people|Siblings|Plant|Children present|Children involved"
    r"|Children in household|Names?)\b[^:\n]{0,40}:\s*$"
    # "@Dafydd three names from the Y6 absence list:"
    r"|^[^:\n]{0,50}\b(?:names|pupils|children|learners)\b[^:\n]{0,40}\b(?:list|below)?:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "His name is Tayo": a first name given for a child the report already calls a boy, girl or son, or who is
# given a child's age in the same sentence.
_NAME_IS = re.compile(
    r"\b(?:his|her|the (?:boy|girl|child|lad)['’]s)\s+name\s+(?:is|was)\s*$"
    r"|\b(?:girl|boy|child|lad|kid)\s+(?:is|was)\s*$"
    r"|\b(?:her|his)\s+(?:little\s+|younger\s+|baby\s+)?(?:brother|sister)\s+is\s*$",  # "her brother is Jayden"
    re.IGNORECASE,
)
_CHILD_NOUN = re.compile(
    r"\b(?:boy|girl|lad|lass|child|kid|son|daughter|teenager|pupil|toddler|grandson|granddaughter)s?\b", re.IGNORECASE
)
_ADULT_NOUN = re.compile(
    rf"\b(?:{KIN_PATTERN}|neighbour|woman|man|lady|gentleman|officer|teacher|worker|partner|friend|adult)s?\b",
    re.IGNORECASE,
)
_SENTENCE_AGE = re.compile(
    rf"^[^.\n]{{0,60}}?\b(?:(?:he|she)\s*(?:'s|’s|is|s|looks)\s+(?:about\s+|around\s+|only\s+|roughly\s+)?|aged?\s+)"
    rf"{NUM}\b(?!\s*(?:weeks?|months?|days?|%|:))",
    re.IGNORECASE,
)


# "Detained person: Declan Ffug" with "DOB: ..." on the next line: a form's subject, whatever its label.
_LINE_LABEL = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?![\w'’ ]*(?i:surname|forename))[A-Z][\w'’ ]{2,30}:[ \t]*$")


def _next_line_child_dob(text: str, line_end: int, today: date) -> bool:
    # A class line may come between: "Tommy Ffug\nYear 2 · 2R\nDate of birth: 30 Jan 2026".
    year_line = re.match(rf"\n[ \t]*{YEAR_GROUP}\b[^\n]{{0,30}}(?=\n)", text[line_end : line_end + 50])
    if year_line:
        return True
    m = _NEXT_LINE_DOB.match(text[line_end : line_end + 40])
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


_SENTENCE_DOB = re.compile(
    r"^[^.\n]{0,60}?\b(?:date of birth|DOB|born)\s*(?:is|was|:|on)?\s*(?:the\s+)?(?=\d)", re.IGNORECASE
)


_OWN_DOB_AFTER = re.compile(
    r"[ \t]+(?:gives|gave|has\s+given|states|stated|says|said)\s+(?:his|her)\s+(?:date\s+of\s+birth|DOB|d\.o\.b\.?)"
    r"\s+(?:as|is|was)?\s*(?:the\s+)?(?=\d)",
    re.IGNORECASE,
)


def _named_child(text: str, m: NameMention, today: date) -> bool:
    if not _NAME_IS.search(text[max(0, m.start - 30) : m.start]):
        return False
    age = _SENTENCE_AGE.match(text[m.end : m.end + 80])
    if age:
        return 2 <= _num(age.group(1)) <= 18
    born = _SENTENCE_DOB.match(text[m.end : m.end + 120])
    dob = DATE_RE.match(text, m.end + born.end()) if born else None
    if dob and (when := parse_date_match(dob)):
        # "Her name is Chloe Ffug and her date of birth is the 25th of November 2012": a child's date of birth
        return 2 <= age_on(when, today) <= 19
    before = text[max(0, m.start - 160) : m.start]
    kids = [x.end() for x in _CHILD_NOUN.finditer(before)]
    # "the girl said her name is Destiny and her brother is Jayden": a child's brother is a child here
    adults = [x.end() for x in _ADULT_NOUN.finditer(before) if not re.fullmatch(r"(?i)brothers?|sisters?", x.group())]
    return bool(kids) and (not adults or kids[-1] > adults[-1])


_TITLE_ADULT = {"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "rev", "pc", "pcso", "dc", "ds", "sgt"}
_LEFT_ADULT = re.compile(
    rf"(?:\b{KIN_PATTERN}|social worker|\bSW|partner|landlord|interpreter|officer|worker|teacher|tutor|"
    r"headteacher|nurse|manager|caseworker|neighbour|victim|suspect|perpetrator|boyfriend|girlfriend|fianc[eé]e?|Contact\s*\d*|parent(?:/carer)?|"
    r"carer|cousin|with|by|from|to|Dear|Hi|Hello|Annwyl|I'm|I am|name is|spoke to|Thanks|Diolch|Regards|Ta)"
    r"(?:'s name)?\s*(?:is|was|:|\(|,|-)?\s*$",
    re.IGNORECASE,
)
_RIGHT_ADULT = re.compile(
    rf"^\s*(?:\(\s*{KIN_PATTERN}\s*\)|,?\s*(?:their|his|her|the child(?:ren)?'s)\s+{KIN_PATTERN}|\(\s*(?:PR|SW)\b"
    rf"|\s*\((?:1[9]|[2-9]\d)\)|,\s*(?:who is\s+)?(?:1[9]|[2-9]\d)\b|\s*-\s*{KIN_PATTERN}\b(?!\s*[(:=-]))",
    re.IGNORECASE,
)


@dataclass
class ChildMention:
    """A child's name where it is written, with what stands beside it."""

    mention: NameMention
    dob: tuple[date, int, int] | None = None
    age: tuple[int, int, int] | None = None


@dataclass
class Child:
    """One child of the report: its names as written and the facts stated beside them."""

    name: str
    start: int
    end: int
    mentions: list[NameMention] = field(default_factory=list)
    dob: tuple[date, int, int] | None = None
    age: tuple[int, int, int] | None = None
    confidence: float = 0.9

    @property
    def first(self) -> str:
        return self.name.split()[0] if self.name else ""


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


def _num(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _age_beside(right: str, at: int, line_start: bool) -> tuple[int, int, int] | None:
    nick = NICKNAME_AFTER.match(right)  # 'Beatriz Ffug ("Bea"), 6 years old'
    if nick:
        right, at = right[nick.end() :], at + nick.end()
    line_rx = (RIGHT_LIST_AGE, RIGHT_BARE_AGE) if line_start else ()
    for rx in (RIGHT_AGE_PAREN, RIGHT_AGED, RIGHT_IS, RIGHT_COMMA_AGE, RIGHT_YRS, RIGHT_OED) + line_rx:
        m = rx.match(right)
        if m and 2 <= _num(m.group(1)) <= 19:
            return _num(m.group(1)), at + m.start(1), at + m.end(1)
    return None


def _dob_beside(right: str, at: int, today: date) -> tuple[date, int, int] | None:
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


def _row_dob(text: str, at: int, today: date) -> tuple[date, int, int] | None:
    """A table row's date of birth, cells after its name ("| Elin | Ffug | 2017-07-14 |")."""
    end = _line_bounds(text, at)[1]
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


def _adult_row(text: str, at: int, today: date) -> bool:
    """'Zsófia Ffug     Tenant         12/03/1990': a table row whose only date of birth is an adult's."""
    end = _line_bounds(text, at)[1]
    if not _in_cells(text[at:end]):
        return False
    dobs = [d for m in DATE_RE.finditer(text, at, end) if (d := parse_date_match(m, today))]
    return bool(dobs) and all(age_on(d, today) >= 19 for d in dobs)


def _adult_dob_beside(right: str, today: date) -> bool:
    """'Kirsty FFUG (DOB 11/03/1994)': a date of birth beside the name that makes them an adult."""
    m = RIGHT_DOB.match(right)
    d = DATE_RE.match(right, m.end()) if m else None
    dob = parse_date_match(d, today) if d else None
    return bool(dob and age_on(dob, today) >= 19)


def _baby_row(right: str, today: date) -> bool:
    """'FFUG, Antoni  DOB 05/05/2026  (infant)': a baby's row; a row with a year group is a pupil's whatever its DOB."""
    d = _dob_beside(right, 0, today)
    return bool(d and age_on(d[0], today) < 3 and not re.search(rf"\b{YEAR_GROUP}\b", right))


def _in_list_under_head(text: str, line_start: int) -> bool:
    """A line in a block that a 'Children:' style heading introduces."""
    pos = line_start
    for _ in range(8):
        if pos <= 0:
            return False
        prev_s = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_s : pos - 1]
        if _LIST_HEAD.match(prev):
            return True
        if not prev.strip():
            return False
        pos = prev_s
    return False


def is_adult(text: str, m: NameMention) -> bool:
    if m.title and m.title.lower() in _TITLE_ADULT or _RIGHT_ADULT.match(text[m.end : m.end + 40]):
        return True
    ls, _ = _line_bounds(text, m.start)
    left = text[max(ls, m.start - 40) : m.start]
    if _LEFT_CHILD.search(left):
        return False
    return bool(_LEFT_ADULT.search(left))


# "A male was found working on site who gave his name as NGUYEN Van Minh and states he is 15": a child's cue only
# when nothing says adult ("The father gave his name as ..." is not: is_adult still rules).
_GAVE_NAME_AS = re.compile(
    r"(?:^|[.!?][ \t]+)"  # from the sentence's start, as far as the words before the name reach back
    r"(?:(?!\b(?:father|mother|dad|mum|mam|man|woman|lady|adult|parent|carer|uncle|aunt|partner|grand\w+)\b)[^.!?\n])*"
    r"\b(?:(?:gave|gives|giving|given)\s+(?:his|her|their)\s+(?:full\s+)?name\s+as"
    r"|identifie[sd]\s+(?:himself|herself|themselves)\s+as)\s*$",  # "Identified himself as NGUYEN Van Minh"
    re.IGNORECASE,
)


def _own_full_name(left: str, m: NameMention) -> bool:
    """'For identification, Tegan's full name is Tegan Louise Ffug and her date of birth is ...'"""
    said = re.search(r"\b([A-Z][\w'’-]+)['’]s\s+(?:full\s+|legal\s+)?name\s+is\s*$", left)
    return bool(said and said.group(1) == m.tokens[0])


# A capitalised word before one of these is part of an organisation's or a building's name, not a person's.
_ORG_NEXT = re.compile(
    r"^[ \t]+(?:Unit|Service|Services|Team|Centre|Center|Project|Trust|Council|Academy|Primary|School|Hub|Surgery"
    r"|Practice|Clinic|Hospital|Board|Department|Office|Police|College|Nursery|Group|Partnership|Agency|Church"
    r"|Chapel|Library|Hall|House|Court|Road|Street|Lane|Avenue|Close|Terrace|Park|Estate)\b"
)


# ... and after these, the rest of a Welsh school's or surgery's name: "Ysgol Uwchradd Maes Menai", "Ysgol y Mynydd".
_ORG_BEFORE = re.compile(rf"\b(?:{SCHOOL_HEAD}|Meddygfa|Canolfan)[ \t]+(?:(?:y|yr|['’]r)[ \t]+)?$")


# "Oakfield Primary Academy, Hereford (Year 3)": the word after a school's or surgery's name is its town.
_TOWN_AFTER_ORG = re.compile(rf"(?:{SCHOOL_TAIL}|{PRACTICE_TAIL}),[ \t]*$")


_SCHOOL_NAME_HEAD = re.compile(rf"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,3}})[ \t]+{SCHOOL_TAIL}\b")
# "at Cathays Ffug High, DOB ...", "the council One Stop Shop": a place, not a person
_ORG_LAST_WORD = re.compile(rf"\b(?:{SCHOOL_TAIL}|{PRACTICE_TAIL}|High|Shop|Store|Stores|Market|Foodbank|Pantry)$")


# "gyda'u tad, fy mab Rhodri" (with their father, my son Rhodri): the writer's son is the children's father.
# "ei mam, fy merch Sioned", "His mam, our daughter Sioned": the writer's child is the referred child's parent
_KIN_APPOSITION = re.compile(rf"\b{KIN_PATTERN}\s*,\s*(?:fy|my|our|ein)\s+(?:mab|son|merch|ferch|daughter)\s*$")
# A contact's name in a form ("Name: Erika Ffug\nRelationship: Mother"); a baby ("Archie, who is 4 months old").
_NOT_A_PUPIL_AFTER = re.compile(
    r"^[ \t]*\n[ \t]*Relationship[ \t]*:|^[^.\n]{0,25}?\b\d{1,2}\s*(?:months?|weeks?)\s+old\b"
    r"|^[ \t]*\(\s*\d{1,2}\s*(?:months?|mths?|weeks?|wks?)\b"  # "the youngest, Mabli (10 months)"
    r"|^[ \t]*[,\-–][ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)\b"  # "Son: Omar, 18 months"
    # "the youngest, Yousef, who is 14 months"
    r"|^[ \t]*,[ \t]*(?:who[ \t]+is|who['’]s)[ \t]+(?:only[ \t]+)?\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)\b"
    r"|^[ \t]+(?:who[ \t]+)?(?:passed[ \t]+away|died|has[ \t]+died)\b"  # "My daughter Rhian passed away"
    # "Poppy Ffug - 2/8/2022 - was in nursery class, not yet statutory school age"
    # (not "Patrick (Y5) and Mary-Kate (Y3) – baby Bridget's not school age", "Amir (Y5) & Sara (Y2), plus a
    # baby (Rayan) who's not school age": said of another child named after)
    r"|^(?![^\n]{0,60}?(?:\b(?:baby|and|but|plus)[ \t]+\(?|&[ \t]*)(?-i:[A-Z]))"
    r"[^\n]{0,80}\bnot[ \t]+(?:yet[ \t]+)?(?:of[ \t]+)?(?:statutory[ \t]+|compulsory[ \t]+)?school[ \t]+age\b",
    re.IGNORECASE,
)
_KIN_BRACKET_BEFORE = re.compile(r"\b(?:mum|mam|mother|dad|father|tad)[ \t]*\([^()\n]{0,40}$", re.IGNORECASE)
# "Bu farw fy merch, Sioned" (my daughter, Sioned, died): the children's late mother is no child of the report.
_DIED_BEFORE = re.compile(r"\b(?:bu farw|died|passed away|the late)\b[^.\n]{0,30}\Z", re.IGNORECASE)
# "Osian Ffug-Hughes (we call him Osi)", "Jac Ffug, known as JJ": a child's other name, said beside the name, is
# not another child ("the others call him Jayden" names the one child there is).
_NICKNAME_BEFORE = re.compile(
    r"(?:\([^()\n]{0,15}\b(?:call(?:s|ed)?\s+(?:him|her)|known\s+as|goes\s+by|a\.?k\.?a\.?|nick-?named"
    r"|uses\s+the\s+name)"
    r"|,\s*(?:known\s+as|goes\s+by|a\.?k\.?a\.?))\s*['\"‘“]?$",
    re.IGNORECASE,
)
# "two girls there in the middle of a school day, I think they're called Poppy and Sienna"
_CALLED_CHILDREN = re.compile(
    r"\b(?:boys?|girls?|lads?|kids|child|children)\b(?:(?!\b(?:mum|mam|mother|dad|father|nan|man|woman|lady)(?:s|['’]s)?\b)"
    r"[^.\n]){0,120}\b(?:called|named|name(?:d)?\s+(?:given\s+)?as|name\s+is|call\s+(?:him|her))\s*$",
    re.IGNORECASE,
)
# "3 of our yr6 leavers from july never showed at Ffug High - Kacper Ffug, Sienna Ffug & Jamal Ffug": a count of
# pupils, then their names in a list (each name read with the ones listed before it)
_COUNTED_PUPILS = re.compile(
    rf"\b(?:\d|two|three|four|five|six)\s+(?:of\s+(?:our|my|the)\s+)?(?:{YEAR_GROUP}\s+)?"
    # "2 kids living next door to me, Ruby and Alfie" (not "3 kids next door at 34 Ffordd Ffug, Holyhead": a town)
    # "Two boys Kacper and Filip."
    r"(?:leavers|pupils|learners|students|kids|children|girls|boys)\b(?:[^.\n]{0,80}?(?:\s[-–]|:|\bare)|[^.\n\d]{0,60},|)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*(?:,|&|and)\s*){0,5}$",
    re.IGNORECASE,
)
# "There is also a baby, Sorina, ...", "had her baby (boy, Reggie)": a baby is no child of the report.
_BABY_BEFORE = re.compile(r"\bbaby\b[^.\n]{0,30}$", re.IGNORECASE)
# ... or a friend: "also her mate Kayleigh in 11F is off again today but thats just a bug"
_LEFT_PARTNER = re.compile(
    r"\b(?:boyfriend|girlfriend|partner|fianc[eé]e?|husband|wife|(?:best\s+)?(?:mate|friend|pal))\s*,?\s*$",
    re.IGNORECASE,
)


def _place_words(text: str, zones: list[tuple[int, int]]) -> tuple[set[str], list[tuple[int, int]]]:
    """The town and district words of the report's addresses, and the addresses' spans."""
    from nlp.addresses import find_addresses  # addresses does not depend on children

    words: set[str] = set()
    spans = []
    for a in find_addresses(text, zones):
        spans.append((a.start, a.end))
        for part in a.value.split(","):
            if not re.search(r"\d", part):
                words.add(part.strip().lower())
    return words, spans


def find_children(text: str, today: date, zones: list[tuple[int, int]]) -> list[Child]:
    """The children a report is about, in order of first mention, with DOB or age stated beside them."""
    return read_children(text, today, zones)[0]


# A parent signing "Jamal Ffug (father of Tanvir Ffug, Year 9, DOB 14/03/2015)": the child named in the signature.
_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|mum|mam|dad|carer|guardian|grandmother|grandfather)[ \t]+(?:of|to)[ \t]+$", re.I
)


def read_children(text: str, today: date, zones: list[tuple[int, int]]) -> tuple[list[Child], list[tuple[int, int]]]:
    """The children a report is about, and the spans of what it says of the siblings it names but does not refer
    (see nlp/not_referred.py)."""
    places, address_spans = _place_words(text, zones)
    # "returned to Filwood Park in Year 2": a school's name said without its "Primary School" is no child.
    places |= {m.group(1).lower() for m in _SCHOOL_NAME_HEAD.finditer(text)}
    mentions = [
        m
        for m in find_names(text)
        if not any(s <= m.start < e for s, e in address_spans)
        and (not any(s <= m.start < e for s, e in zones) or _PARENT_OF.search(text, max(0, m.start - 30), m.start))
        and not _ORG_NEXT.match(text[m.end : m.end + 20])
        and not _ORG_BEFORE.search(text[max(0, m.start - 30) : m.start])
        # "Bryn y Môr", "Pen yr Heol": after the Welsh article a capital starts a place's name, not a person's
        and not re.search(r"(?<![\w'’-])(?:y|yr)[ \t]+$", text[max(0, m.start - 12) : m.start])
        and not re.match(r"[ \t]+(?:y|yr)[ \t]+[A-Z]", text[m.end : m.end + 6])  # "Glan yr Afon site"
        # "previously at Belgrave Ffug Academy in Leicester (Year 8)": one word after "in" is a town
        and not (len(m.tokens) == 1 and _IN_PLACE.search(text[max(0, m.start - 8) : m.start]))
        and not _TOWN_AFTER_ORG.search(text[max(0, m.start - 40) : m.start])
        and not _ORG_LAST_WORD.search(m.text)
    ]
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
    # Mentions named as someone's parent ("my son Stuart's children", "the children live with Michelle").
    as_parent = [m for m in mentions if _named_as_parent(text, m)]
    cued: list[ChildMention] = []
    for m in mentions:
        ls, le = _line_bounds(text, m.start)
        right = text[m.end : le]
        line_start = not re.sub(r"^[\s\-•*\d.)]*", "", text[ls : m.start])
        if line_start and _LABEL_AFTER.match(right) and len(m.tokens) == 1:
            continue  # "Placed: 05/04/2030", "Approximate age: 8": a form's label, not a name
        dob = _dob_beside(right, m.end, today)
        if dob and len(m.tokens) == 1 and re.match(r"['’]s\b", right):
            dob = None  # "Gruff's DOB ...": a short name's date goes to the child by the usual attribution
        # "Ruby Hale (9), Alfie Hale (7) and Poppy Hale 5": after a sibling's age, a bare number is an age too.
        after_age = bool(re.search(r"(?:\d\s*\)?|\)\s*)\s*(?:,|and|&)\s*$", text[max(ls, m.start - 12) : m.start]))
        # "kids are Levi Ffug 10, ...": a bare number after a name that a list's opening words introduce is an age.
        left = text[max(ls, m.start - 40) : m.start]
        own_name = _own_full_name(left, m)  # "Tegan's full name is ...": a cue, and says pupil
        introduced = re.search(r"\b(?:children|kids|names|they)\s+are\s*$", left)
        age = None if dob else _age_beside(right, m.end, line_start or after_age or bool(introduced))
        # "Patrick Ffug (Paddy) - DOB 3/3/2031", "Lacey (we call her LR) is Y3": an aside between a name and its cue
        aside = _ASIDE_AFTER.match(right)
        past_aside = right[aside.end() :] if aside else ""
        if aside and not dob and not age:
            dob = _dob_beside(past_aside, m.end + aside.end(), today)
            age = None if dob else _age_beside(past_aside, m.end + aside.end(), line_start)
        year_after_aside = bool(aside and RIGHT_YEAR.match(past_aside))
        born_on = re.match(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?=\d)", right)  # "... and Tomos on the 1st of December"
        if not dob and born_on and re.search(r"\bborn\b[^.\n]{0,80}$", text[max(ls, m.start - 100) : m.start]):
            # "Efa was born on 9 February 2026 and Cai on 22.08.29": the second child's date after "on".
            d = DATE_RE.match(text, m.end + born_on.end())
            when = parse_date_match(d, today) if d else None
            dob = (when, d.start(), d.end()) if d and when else None
        own = None if dob else _OWN_DOB_AFTER.match(text, m.end, m.end + 80)
        said = DATE_RE.match(text, own.end()) if own else None
        if said and (day := parse_date_match(said, today)):
            dob = (day, said.start(), said.end())  # "Minh gives his date of birth as 01/01/2034"
        if line_start and not dob and not age and not right.strip() and le < len(text):
            dob = _dob_beside(text[le : _line_bounds(text, le + 1)[1]], le, today)  # "Kacey Ffug\n14/08/2017"
        pair_ages = PAIR_AGES.match(right)
        if pair_ages and not age:
            age = (_num(pair_ages.group(2)), m.end + pair_ages.start(2), m.end + pair_ages.end(2))
        # "kids are Levi Ffug 10, Shelby Ffug 8 and Dolly Ffug who'll be 6": the list of children goes on.
        listed_after_child = after_age and len(m.tokens) >= 2 and bool(cued) and m.start - cued[-1].mention.end < 12
        cue = bool(
            listed_after_child
            or dob
            or age
            or RIGHT_YEAR.match(right)
            or year_after_aside
            or _LEFT_CHILD.search(left)
            or _GAVE_NAME_AS.search(left)
            or own_name
            or _CALLED_CHILDREN.search(text[max(ls, m.start - 140) : m.start])
            or (
                _COUNTED_PUPILS.search(text[max(ls, m.start - 200) : m.start])
                and not _FAMILY_NAME.match(right)  # "Two children with no school place - Ffug family"
            )
            or (len(m.tokens) >= 2 and LEFT_YEAR.search(left))
            or _LEFT_LABEL.search(text[max(0, ls - 1) : m.start])
            or (line_start and _in_list_under_head(text, ls) and LIST_ITEM_REST.match(right))
            or (line_start and len(m.tokens) >= 2 and RIGHT_FROM_SCHOOL.match(right))
            or (len(m.tokens) >= 2 and RIGHT_PUPIL_VERB.match(right))
            or _WORKER_OF.match(text[m.end : m.end + 30])
            or _NAME_GUESSED_AFTER.match(right)  # "theres a lad from number 4, Tyler i think his name is"
            # "it's Evie-Rose Ffug, not Evie Ffug, sorry typo. She's Y1, DOB ...": said of the one full name before it
            or (len(m.tokens) >= 2 and bool(_NEXT_SENTENCE_PUPIL.match(text[m.end : m.end + 120])))
            # "LA placed Mateus Ffug with us from 15 April": a pupil placed with the writer's school
            or (bool(_PLACED_BEFORE.search(left)) and bool(re.match(r"[ \t]+(?:with|to)[ \t]+us\b", right)))
            # "Zofia Ffug 9W - left 12/1 ...": a form class after a full name at the start of a line
            # (or after a Slack message's opening words: "absence flag :red_circle: *Zofia Ffug* 6H – 0% since ...")
            or (len(m.tokens) >= 2 and re.match(r"(?:[ \t]+|,[ \t]*)\d{1,2}[A-Z]{1,2}\b(?![ \t]*\d)", right))
            or (
                (line_start or _LINE_LABEL.match(text[ls : m.start]))
                and not right.strip()
                and _next_line_child_dob(text, le, today)
            )
        )
        if (
            age
            and age[0] >= 17  # past compulsory school age: an adult, or an older sibling
            or (dob and age_on(dob[0], today) >= 17)
            or (dob and age_on(dob[0], today) < 4)  # a baby or toddler: not of school age
            or (age and age[0] < 4 and not dob)
            or (not dob and _adult_dob_beside(right, today))
            # "Name: Ceri FFUG\nDOB: 02/09/1998": the date of birth on the next line is an adult's
            or (not dob and not right.strip() and _adult_dob_beside(text[le : _line_bounds(text, le + 1)[1]], today))
            or (not dob and not (age and age[0] >= 3) and _BABY_BEFORE.search(left))
            or (not dob and not age and m.text.lower() in places)
            or _LEFT_PARTNER.search(left)
            or _KIN_APPOSITION.search(left)
            or _KIN_BRACKET_BEFORE.search(text[max(0, m.start - 45) : m.start])  # "mum (Denise's daughter, Chantelle)"
            or is_heading(text[ls:le])  # "Student Basic Details"
            # "SECTION 2 - PARENTS / CARERS\nName: Magda Ffug": a name row in a section about the adults
            or (_NAME_ROW.search(text[max(0, ls - 1) : m.start]) and in_adult_section(text, m.start))
            or _NOT_A_PUPIL_AFTER.match(text[m.end : m.end + 110])
            or _DIED_BEFORE.search(text[max(0, m.start - 40) : m.start])
            or _NICKNAME_BEFORE.search(text[max(0, m.start - 30) : m.start])
            # "I think it's his mum, she's called Gemma": the one called so is the mother
            or _KIN_CALLED_BEFORE.search(text[max(0, m.start - 50) : m.start])
            # "it's Evie-Rose Ffug, not Evie Ffug, sorry typo": the name corrected away
            or corrected_away(text, m.start)
            or (len(m.tokens) == 1 and _FAMILY_NAME.match(right))
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
            or _WORKER_OF.match(text[m.end : m.end + 40])  # "I am Jordan Ffug's YOT case manager"
            or own_name
            or _NAME_GUESSED_AFTER.match(right)
        )
        if cue and (pupil or not is_adult(text, m)) and not (m.title and m.title.lower() in _TITLE_ADULT):
            cued.append(ChildMention(m, dob, age))
    # "Nel and Gwil (5, DOB ...)", "Mabli and Idris Vaughan": a pair of names shares its cue.
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        if not re.fullmatch(r"\s*(?:and|&|\+|a|ac)\s*", text[m.end : nxt.start]):
            continue
        first = next((c for c in cued if c.mention is m), None)
        second = next((c for c in cued if c.mention is nxt), None)
        ages = PAIR_AGES.match(text[nxt.end : nxt.end + 40])
        if first and second and ages:
            first.age = (_num(ages.group(1)), nxt.end + ages.start(1), nxt.end + ages.end(1))
            second.age = (_num(ages.group(2)), nxt.end + ages.start(2), nxt.end + ages.end(2))
        twins = re.search(r"\btwins?\b[^.\n]{0,20}\Z", text[max(0, m.start - 30) : m.start], re.IGNORECASE)
        if first and second and twins:
            # Twins share a date of birth and an age.
            for a, b in ((first, second), (second, first)):
                a.dob = a.dob or b.dob
                a.age = a.age or b.age
        if (first is None) == (second is None):
            continue
        other = nxt if first else m
        if is_adult(text, other):
            continue
        name = other.text
        if other is m and len(m.tokens) == 1 and len(nxt.tokens) >= 2:
            name = f"{m.text} {nxt.tokens[-1]}"
        source = first or second
        assert source is not None
        age = source.age
        if ages:
            # Each of the pair gets its own age; the cued one is updated too.
            a1 = (_num(ages.group(1)), nxt.end + ages.start(1), nxt.end + ages.end(1))
            a2 = (_num(ages.group(2)), nxt.end + ages.start(2), nxt.end + ages.end(2))
            source.age = a2 if source.mention is nxt else a1
            age = a1 if other is m else a2
        cued.append(ChildMention(NameMention(name, other.start, other.end, None), source.dob, age))
    # Someone named as a parent once ("the children live with Michelle") is not a child where a weaker cue
    # names them again ("concerns about Michelle's drinking").
    parents = {m.tokens[0] for m in as_parent}
    # "Ms Toni Ffug" once, "Toni" later: a first name said with an adult's title is an adult's.
    parents |= {m.tokens[0] for m in mentions if m.title and m.title.lower() in _TITLE_ADULT and len(m.tokens) >= 2}
    cued = [c for c in cued if c.dob or c.age or c.mention.text.split()[0] not in parents]
    # "Re: Wyre - not returned ... Wyre family still not back": a family's surname alone names no one child.
    families = set(re.findall(r"\b([A-Z][\w'’-]+)[ \t]+(?:family|household|children|kids)\b", text))
    cued = [c for c in cued if c.dob or c.age or len(c.mention.tokens) > 1 or c.mention.text not in families]
    cued = _under_full_names(cued, mentions, text)
    # "Maddison, Tayla and Jaxon Ffug (Y7, Y4, Y1)": first names listed before a cued pair are children too.
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        listed = len(m.tokens) == len(nxt.tokens) == 1 and re.fullmatch(r"\s*,\s*", text[m.end : nxt.start])
        in_list = listed and re.match(r"\s*(?:,|and|&)\s+[A-Z]", text[nxt.end : nxt.end + 8])
        if in_list and any(c.mention.start == nxt.start for c in cued) and not any(c.mention is m for c in cued):
            if not is_adult(text, m) and m.text.lower() not in NOT_NAME:
                cued.append(ChildMention(m, None, None))
    labelled = [
        # A table row's date of birth, or age, stands in a later cell of the row.
        ChildMention(
            NameMention(n, s, e),
            _dob_beside(text[e : _line_bounds(text, e)[1]], e, today) or _row_dob(text, e, today),
            _age_beside(text[e : _line_bounds(text, e)[1]], e, True),
        )
        for n, s, e in label_children(text, zones)
        # "1. FFUG, Agnieszka  DOB 22/04/2006 (mother)", "(infant, 8 months)": an adult's or a baby's row
        if not _adult_dob_beside(text[e : _line_bounds(text, e)[1]], today)
        and not _adult_row(text, e, today)
        and not _baby_row(text[e : _line_bounds(text, e)[1]], today)
    ]
    # "FFUGSON Callum   DOB 22/04/2009 - apprentice": a row past compulsory school age, as for a named child
    labelled = [c for c in labelled if not (c.dob and age_on(c.dob[0], today) >= 17 or c.age and c.age[0] >= 17)]
    # "Pupil: Ffugosa, Beatriz": the surname before a labelled forename is not a child of its own.
    # "| Ela | Ffug | 2027-07-14 |": nor is the surname cell of a table row whose forename is labelled; and the
    # forenames a labelled row starts with are that row's child ("OWEN, Gethin Wyn  DOB ...").
    cued = [
        c
        for c in cued
        if not any(
            0 < x.mention.start - c.mention.end <= 3
            or c.mention.start <= x.mention.start < c.mention.end  # "Ffugczyk\tAmelia": a row's two cells as one
            or x.mention.start == c.mention.start
            or (
                _line_bounds(text, x.mention.start) == _line_bounds(text, c.mention.start)
                and c.mention.text in x.mention.text.split()[1:]
            )
            for x in labelled
        )
    ]
    in_order = sorted(labelled + cued, key=lambda c: c.mention.start)
    return without_settled(_merge(in_order, mentions, text, today), text, today)


# 'Tobenna "Tobi" Ffug', 'Ifeoma ("Ify") Ffug', 'Wing Yan (Wendy) Ffug': the nickname between forename and surname
_NICKNAME_IN_NAME = re.compile(r"[ \t]*(?:\([\"“‘']?|[\"“‘'])([A-Z][\w'’-]+)(?:[\"”’']?\)|[\"”’'])[ \t]+\S")


def _nicknamed(children: list[Child], m: NameMention, text: str) -> Child | None:
    """'Ifeoma ("Ify") Ffug ... Ify and Obi were at Ffug Primary': the child whose full name holds the nickname."""
    if len(m.tokens) != 1:
        return None
    for ch in children:
        for x in ch.mentions:
            nick = _NICKNAME_IN_NAME.match(text, x.start + len(x.tokens[0]), x.end)
            if nick and nick.group(1) == m.text:
                return ch
    return None


def _under_full_names(cued: list[ChildMention], mentions: list[NameMention], text: str) -> list[ChildMention]:
    """'Zhang Yuxuan (known as Ethan) ... Ethan turned 5', 'Tobenna "Tobi" Ffug ... Tobi 2nd Aug 2041': the
    nickname's later mentions are the named child's."""
    alias: dict[str, NameMention] = {}
    for c in cued:
        first_end = c.mention.start + len(c.mention.tokens[0])
        nick = _NICKNAME_IN_NAME.match(text, first_end, c.mention.end)
        if len(c.mention.tokens) >= 2 and nick:
            alias[nick.group(1)] = c.mention
    for m in mentions:
        if len(m.tokens) == 1 and _NICKNAME_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            owner = [x for x in mentions if len(x.tokens) >= 2 and x.end <= m.start and m.start - x.end < 30]
            if owner:
                alias[m.text] = owner[-1]
    return [
        ChildMention(NameMention(alias[c.mention.text].text, c.mention.start, c.mention.end), c.dob, c.age)
        if c.mention.text in alias
        else c
        for c in cued
    ]


# First names that are everyday words as well: in lower case they are the word ("since the summer").
_WORDS_TOO = WORD_FORENAMES | {
    "will",
    "mark",
    "bill",
    "jack",
    "ivy",
    "holly",
    "rich",
    "sonny",
    "sunny",
    "rowan",
    "robin",
    "reed",
    "brook",
    "art",
}


def _merge(cued: list[ChildMention], mentions: list[NameMention], text: str, today: date) -> list[Child]:
    children: list[Child] = []
    for c in cued:
        name = display_name(c.mention.text)
        match = _find(children, name)
        if match is None:
            match = Child(name, c.mention.start, c.mention.end)
            children.append(match)
        elif len(name.split()) > len(match.name.split()):
            match.name = name
        match.mentions.append(c.mention)
        if c.dob and not match.dob:
            match.dob = c.dob
        if c.age and not match.age:
            match.age = c.age
    # Every later mention of a child's first name or full name belongs to that child, in lower case too
    # ("poppy's dob is ...").
    for kid in children:
        if kid.first and len(kid.first) > 2 and kid.first.lower() not in NOT_NAME | _WORDS_TOO:
            for low in re.finditer(rf"\b{re.escape(kid.first.lower())}\b", text):
                if not any(x.start == low.start() for x in kid.mentions):
                    kid.mentions.append(NameMention(text[low.start() : low.end()], low.start(), low.end()))
    for m in mentions:
        ch = _find(children, display_name(m.text)) or _nicknamed(children, m, text)
        if ch and m not in ch.mentions:
            ch.mentions.append(m)
            # "I'm Callum Ffug's auntie": a possessive names the child, however adult the words before it
            possessive = text[m.end : m.end + 2] in ("'s", "’s")
            if len(ch.name.split()) == 1 and len(m.tokens) == 2 and (possessive or not is_adult(text, m)):
                ch.name = display_name(m.text)
    # "the Balog family ... Zoltan and Erika": the family name completes a first name.
    # In a quick message the name may be in lower case: "the pritchard twins in yr 3 (Ffion + Osian)".
    family = next(
        (
            f
            for f in re.finditer(
                r"\b(?:the|all\s+(?:\d|two|three|four|five|six)|both)\s+([A-Za-z][\w'’-]+)\s+"
                r"(?:family|children|twins|kids|boys|girls|siblings)\b",
                text,
            )
            if f.group(1)[0].isupper() or f.group(1).lower() not in NOT_NAME | _WORDS_TOO | _NOT_FAMILY
        ),
        None,
    ) or _SURNAME_SAID.search(text) or _PARENTS_WITH_KIDS.search(text)
    for ch in children:
        if len(ch.name.split()) != 1:
            continue
        # "Mabli and Idris Ffug", "Maddison, Tayla and Jaxon Ffug": the surname written once, after the last name
        # ... and "Kwame (Y5) and Abena (Y3) Ffug", each name with its aside
        aside = r"(?:\s*\([^()\n]{1,20}\))?"
        pair = re.search(
            rf"\b{re.escape(ch.name)}{aside}(?:\s*,\s*[A-Z][\w'’-]+{aside})*\s+(?:and|&|\+|ac|a)\s+[A-Z][\w'’-]+"
            rf"{aside}\s+([A-Z][\w'’-]+)",
            text,
        ) or re.search(
            rf"\b[A-Z][\w'’-]+{aside}\s+(?:and|&|\+|ac|a)\s+{re.escape(ch.name)}\s*\([^()\n]{{1,20}}\)\s+([A-Z][\w'’-]+)",
            text,
        )
        if pair and pair.group(1).lower() not in NOT_NAME:
            ch.name = f"{ch.name} {pair.group(1)}"
        elif family:
            surname = family.group(1)
            ch.name = f"{ch.name} {surname.capitalize() if surname.islower() else display_name(surname)}"
    # "My son Emeka is 14 ... I forgot to say, his full name is Chukwuemeka Ffug": the one child's name in full
    full = _PRONOUN_FULL_NAME.search(text)
    if full and len(children) == 1 and len(children[0].name.split()) == 1:
        children[0].name = full.group(1)
    # "Subject: 2 children need schools - Ffug ... Tinashe Ffug - DOB ...": a family's surname said alone is no child
    # of its own when the children are named in full.
    surnames = {ch.name.split()[-1] for ch in children if len(ch.name.split()) > 1}
    children = [ch for ch in children if len(ch.name.split()) > 1 or ch.name not in surnames or ch.dob or ch.age]
    for ch in children:
        ch.start = min(x.start for x in ch.mentions)
    children.sort(key=lambda ch: ch.start)
    return children


# "Amir (Y5) & Sara (Y2) ... Surname Ibrahim.", "Family name: KIDANE": the family's surname said on its own
# Said as a sentence or a line of its own: "Her mum is Dawn, I think the surname is Ffug" may be the mother's only.
_SURNAME_SAID = re.compile(
    r"(?:^|[.!?][ \t]+)[ \t]*(?i:surname|family[ \t]+name)[ \t]*(?:is[ \t]+|:[ \t]*|-[ \t]*)?"
    r"([A-Z][\w'’-]+)\b(?![ \t]*:)",
    re.MULTILINE,
)
_PRONOUN_FULL_NAME = re.compile(
    r"\b(?:his|her)[ \t]+(?:full|real|proper|legal)[ \t]+name[ \t]+is[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)
# "Michael and Kathleen Ffug with 4 kids. Kids are Mary 11, Patrick 9": the parents' surname is the children's
_PARENTS_WITH_KIDS = re.compile(
    r"\b[A-Z][\w'’-]+[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+[ \t]+([A-Z][\w'’-]+)[ \t]+(?:with|and)[ \t]+(?:their[ \t]+)?"
    r"(?:\d|two|three|four|five|six)[ \t]+(?:kids|children)\b"
)
# Words before "kids" or "children" that are no family's name: "the new kids", "the two boys".
_NOT_FAMILY = set(
    "new other older younger eldest youngest same whole poor little two three four both local school foster traveller"
    " roma gypsy refugee asylum missing above".split()
)

# "Tommy Jnr Ffug" is the son of "Tommy Ffug": a generation word tells two people of one name apart.
_GENERATION = {"jnr", "jr", "junior", "snr", "sr", "senior"}


def _find(children: list[Child], name: str) -> Child | None:
    low = name.lower().split()
    for ch in children:
        cl = ch.name.lower().split()
        if cl == low:
            return ch
    for ch in children:
        # "Ffug Wei (5)" in the subject, "FFUG Wei" read surname-first in the body as "Wei Ffug": one child
        if len(low) > 1 and sorted(ch.name.lower().split()) == sorted(low):
            return ch
    for ch in children:
        cl = ch.name.lower().split()
        if _GENERATION.intersection(cl) != _GENERATION.intersection(low) and len(cl) > 1 and len(low) > 1:
            continue
        if cl[0] == low[0] and (len(cl) == 1 or len(low) == 1 or cl[-1] == low[-1]):
            return ch
    return None


_UNNAMED = re.compile(
    r"\b(?:a|an|the)\s+(?:little\s+|young\s+|small\s+|teenage\s+|school[- ]age\s+)?(girl|boy|child|lad|teenager)\b",
    re.IGNORECASE,
)
_ABOUT_AGE = re.compile(rf"\b(?:about|around|roughly|maybe|aged?|looks)\s+(?:about\s+)?{NUM}\b", re.IGNORECASE)


def unnamed_child(text: str, zones: list[tuple[int, int]]) -> list[Child]:
    """A report about "a little girl" with no name is still about one child (name to be asked)."""
    found = [m for m in _UNNAMED.finditer(text) if not any(s <= m.start() < e for s, e in zones)]
    if not found:
        return []
    first = found[0]
    ch = Child("", first.start(), first.end(), [NameMention(first.group(), first.start(), first.end())], confidence=0.5)
    # The age may be given with a later mention: "a little girl at our club" (subject) ... "a girl ..., about 9".
    for m in found:
        age = _ABOUT_AGE.search(text[m.start() : m.start() + 200])
        if age and 2 <= _num(age.group(1)) <= 18:
            ch.age = (_num(age.group(1)), m.start() + age.start(1), m.start() + age.end(1))
            break
    return [ch]


def stated_age_re(names: list[str | None]) -> re.Pattern[str]:
    """An age said of a child away from its name: "he's 11", "Amy is 8", "aged 9", "a 10 year old"."""
    who = "|".join(["he", "she", "they"] + [re.escape(n.split()[0]) for n in names if n])
    return re.compile(
        rf"(?:\b(?:{who})\s*(?:'s|’s|is|are|looks?|(?:has\s+|have\s+|just\s+)?turned)\s+"
        r"(?:now\s+|actually\s+|only\s+|currently\s+|about\s+|around\s+)?"
        r"|\bs?hes\s+"  # "she told me shes 9"
        # "aged 9", a form's "Child's age (if known): about 10"
        r"|\baged?(?:[ \t]*\([^()\n]{1,20}\))?\s*:?\s*(?:about\s+|around\s+|approx\.?\s+)?)"
        r"(\d{1,2})\b(?!\s*(?:weeks?|months?|days?|%|:|/))"
        r"|\b(\d{1,2})[ -]?(?:years?[ -]old|yrs?\b|y/?o\b|oed\b)",
        re.IGNORECASE,
    )
