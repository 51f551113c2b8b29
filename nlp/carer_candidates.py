"""Where a report names a carer: every candidate the carer patterns find, with the relationship said and a first
weight. `carers.find_carers` then weighs what is said around each one and completes their names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from nlp.carer_cues import (
    ADULT_KIN_LABEL,
    ADULT_ROW,
    APPOSED_KIN,
    BARE,
    BIRTH_VISIT_TO,
    CAPS_ROW_KIN_OF,
    CARING_FOR,
    CLIENT,
    COUPLE_THEN_CHILDREN,
    FORM_FILLER,
    FOSTER_PLACEMENT_WITH,
    GENERIC_LABEL,
    GENERIC_LABEL_KIN,
    GRANDPARENT_WRITES,
    HAS_CHILDREN_WITH,
    HEAD_OF_HOUSEHOLD,
    HOST_SAID,
    HOUSEHOLD_ADULT_ROW,
    IS_CHILDS_KIN,
    IS_KIN,
    KIN_CALLED,
    KIN_NAME_ASIDE,
    KIN_THEN_NAME,
    LABEL,
    LABEL_KIN_NAME,
    LABEL_SURNAME_FIRST,
    LIVES_WITH_FRIEND,
    LIVES_WITH_LABEL,
    LIVES_WITH_NAMED,
    LONE_PARENT,
    LOOKED_AFTER_BY,
    MAIN_CARER,
    MY_CHILD_NAMED,
    NAME_PLUS_CHILDREN,
    NAME_THEN_RELATIONSHIP,
    NAMED_THEN_PARENT,
    PARENT_FORWARDED_BELOW,
    PARENT_OF,
    PARENT_PAIR,
    PARENT_POSSESSIVE,
    PARENT_SENT_BELOW,
    PARENTS_ARE,
    PARENTS_PAIR,
    PARTNER_WITH_THEIR_CHILDREN,
    PROSE,
    PROVIDER,
    REVERSE,
    ROLE_ROW,
    SAID_TO_BE_PARENT,
    SELF_NAMED,
    SHE_AND_HER_CHILDREN,
    SHE_HAS_KIDS,
    SUPPORTING,
    TITLED_WITH_CHILDREN,
    TOLD_OF_CHILD,
    TOLD_OF_GRANDCHILD,
    TOOK_OUR_CHILDREN,
    WITH_CHILD,
    WITH_HER_CHILDREN,
    WITH_MY_CHILD,
)
from nlp.lexicon import KIN_PATTERN, STREET_WORDS, kin_denied, relationship_of, sentence_end
from nlp.names import UPPER, display_name

T = TypeVar("T")

# A candidate: name (None for a bare "mum"), relationship (or None), span of the name, first weight.
Candidate = tuple[str | None, str | None, int, int, float]


@dataclass
class Candidates:
    candidates: list[Candidate] = field(default_factory=list)
    # "My name is X ... my son": what X did is not about another carer
    first_person: set[tuple[int, int]] = field(default_factory=set)
    # an ex-partner who has the children: their carer, ex or not
    took: set[tuple[int, int]] = field(default_factory=set)
    # "being looked after by mum's partner Jason": said to care for them, partner or not
    cared_by: set[tuple[int, int]] = field(default_factory=set)
    # "the email below from Dad ... From: Jamal Ffug <...>": a forwarded header's name, read though it is quoted
    forwarded_from: set[tuple[int, int]] = field(default_factory=set)


_NOT_CHILDS_KIN = re.compile(r"(?:baby'?s|victim'?s|suspect'?s|partner'?s|my|fy)\s*$", re.IGNORECASE)
# "Deans mum", typed without its apostrophe: a named person's relative, unless the name is a child's own.
_UNMARKED_POSSESSIVE = re.compile(r"\b([A-Z][a-z]+)s[ \t]+$")
# "Thanks mum", "Its mum": words, not names
_NOT_POSSESSIVE = {"Thank", "Cheer", "Ye", "It", "Ha", "Wa", "Mis", "Hi", "Say", "Tell", "Thi"}

# A job title after a labelled name: "Contact: Jo Ffug, Social Worker", "Contact: Dai Ffug (SW)"
_ROLE_AFTER = re.compile(
    r"[ \t]*(?:,|\(|[-–])[ \t]*(?:Senior[ \t]+)?(?i:social[ \t]+worker|SW\b|key[ \t]*worker|support[ \t]+worker"
    r"|practitioner|(?:housing|family[ \t]+support|liaison)[ \t]+officer|team[ \t]+manager|solicitor|advocate)"
)


# "a dad has been coming in on Saturdays for the last month or so. He's Florin Ffug, from Romania"
_A_PARENT_THEN_HES = re.compile(
    rf"\b(?i:a)[ \t]+((?i:mum|mam|mother|dad|father))\b[^.\n]{{0,80}}\.[ \t]+(?:He|She)(?:['’]s|[ \t]+is)[ \t]+"
    rf"([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)"
)
_APPLIED_FOR_HER_CHILDREN = re.compile(
    rf"\b(?i:application|applications|form|request)\b[^.\n]{{0,40}}?\bfrom[ \t]+"
    rf"((?:Mrs|Ms|Miss|Mr)\.?[ \t]+[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)[ \t]+for[ \t]+(her|his)[ \t]+"
    r"(?:(?:two|three|four|\d)[ \t]+)?(?:children|kids|sons?|daughters?)\b"
)
_A_PARENT_THEN_NAMED = re.compile(
    rf"\b(?i:a|the)[ \t]+((?i:mum|mam|mother|dad|father))\b[^.\n]{{0,50}}?[ \t][-–:][ \t]*"
    rf"((?:Mrs|Ms|Miss|Mr)\.?[ \t]+[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?)"
)
_EMAIL_BELOW_FROM_KIN = re.compile(
    r"\b(?:e-?mail|message|reply)\s+(?:below\s+)?from\s+(mum|mam|dad|mother|father)\b", re.IGNORECASE
)
_FORWARDED_FROM = re.compile(
    rf"^[ \t>]*From:[ \t]*([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,2}})[ \t]*(?:<|$)", re.MULTILINE
)
_WRITERS_CHILD_BEFORE = re.compile(r"\bmy[ \t]+(daughter|son)(?:-in-law)?[ \t]*,?[ \t]*$", re.IGNORECASE)


def _someone_elses(before: str, child_firsts: set[str]) -> bool:
    m = _UNMARKED_POSSESSIVE.search(before)
    if not m or m.group(1) in _NOT_POSSESSIVE:
        return False
    return m.group(1) not in child_firsts and f"{m.group(1)}s" not in child_firsts

_PARENTS_KIN = re.compile(r"(?:mum'?s|dad'?s|mother'?s|father'?s)\s*$", re.IGNORECASE)

_CONTACT_BLOCK_ENDS = (re.compile(r"\n[ \t]*\n"), re.compile(r"\n[ \t]*(?:[-•*][ \t]*)?(?i:contact|parent|carer)\b"))

# "Relationship:", "Relationship to child:", "Perthynas i'r plentyn:"
_RELATIONSHIP_LABEL = (
    r"(?:Relationship|Relation|Perthynas)(?:[ \t]+(?:to[ \t]+(?:the[ \t]+)?|i['’]r[ \t]+|i[ \t]+)"
    r"(?:child|pupil|young[ \t]+person|learner|plentyn|disgybl))?"
)

def _full_name_of(text: str, first: str, name_spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The full name the report gives elsewhere for a first name said alone, and where it stands."""
    for s, e in name_spans:
        words = text[s:e].split()
        if len(words) >= 2 and words[0] == first:
            return text[s:e], s
    return None


def _around_nickname(text: str, start: int, end: int, name_spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """'Katarzyna (Kasia) Ffug': the full name a surname ends, around a nickname in brackets or quotes."""
    for s, e in name_spans:
        if (s == start or e == end) and e - s > end - start and re.search(r"[(\"“'‘]", text[s:e]):
            return re.sub(r"\s*[(\"“'‘][^)\"”'’\n]*[)\"”'’]", "", text[s:e]), s
    return None


def _contact_block(text: str, pos: int) -> str:
    """The indented or following lines of one contact, up to the next contact or a blank line."""
    end = len(text)
    for stop in _CONTACT_BLOCK_ENDS:
        m = stop.search(text, pos)
        if m:
            end = min(end, m.start())
    return text[pos : min(end, pos + 400)]


def _block_field(block: str, label: str, value: str, convert: Callable[[str], T]) -> T | None:
    m = re.search(rf"(?im)^[ \t]*{label}[.:]?[ \t]*:?[ \t]*({value})\b", block)
    return convert(m.group(1)) if m else None


# A household table's rows: the tenant's and, below it, a child's.
_TENANT_ROW = re.compile(
    rf"(?m)^[ \t]*((?:[{UPPER}][\w'’-]+[ \t]){{1,3}}?[{UPPER}][\w'’-]+)(?:[ \t]{{2,}}|\t|[ \t]*\|[ \t]*)"
    r"(?:Lead[ \t]+|Joint[ \t]+|Sole[ \t]+)?(?:Tenant|Applicant|Head[ \t]+of[ \t]+household)\b"
)
_CHILD_ROW = re.compile(r"(?m)^[^\n]*(?:[ \t]{2,}|\t|\|[ \t]*)(?:Son|Daughter|Child)\b")


def _pronoun_parent(text: str) -> str | None:
    """'Customer: Ewa Ffug ... her two children': the customer is their mother."""
    m = re.search(r"\b(her|his)\s+(?:\w+\s+)?(?:children|kids|son|daughter|sons|daughters|boys|girls)\b", text, re.I)
    if m:
        return "mother" if m.group(1).lower() == "her" else "father"
    # "Resident: Joanna Ffug ... Mum has given consent": the one parent the report speaks of
    mum = re.search(r"\b(?:mum|mam|mother)\b", text, re.I)
    dad = re.search(r"\b(?:dad|tad|father)\b", text, re.I)
    return "mother" if mum and not dad else "father" if dad and not mum else None


def label_is_parent(label: str) -> bool:
    # "Spouse: Mrs Almaz Ffug" under a main applicant, in a household whose dependants are the children
    return label.lower().startswith(("parent", "rhiant", "spouse"))


_AND_TITLED = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?=(Mrs|Ms|Miss|Mr)\b)((?:Mrs|Ms|Miss|Mr)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)


def _parent_of_writers_child(word: str) -> str:
    """A grandparent's "my daughter" (Welsh "merch", "ferch") is the children's mother; "my son" their father."""
    return "mother" if word.lower() in ("daughter", "merch", "ferch") else "father"


def _parent_of_title(title: str) -> str:
    """'Mr Ffug' is the father, 'Mrs', 'Ms' or 'Miss Ffug' the mother."""
    return "father" if title.lower().rstrip(".") == "mr" else "mother"


def _partner_as_parent(word: str) -> str | None:
    """A wife or girlfriend is the children's mother, a husband or boyfriend their father; a "partner" says neither."""
    kind = word.lower()
    return "mother" if kind in ("wife", "girlfriend") else "father" if kind in ("husband", "boyfriend") else None


def collect_candidates(
    text: str, child_names: list[str], name_spans: list[tuple[int, int]]
) -> Candidates:
    """Every carer candidate the patterns find, in the order the patterns run."""
    raw: list[Candidate] = []
    cared_by: set[tuple[int, int]] = set()  # "being looked after by mum's partner Jason"
    forwarded_from: set[tuple[int, int]] = set()
    for m in LABEL.finditer(text):
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 3.0))
    for m in GENERIC_LABEL.finditer(text):
        kin = m.group(3) or m.group(4)
        rel = relationship_of(kin) if kin else None
        titled = re.match(r"(Mrs|Ms|Miss|Mr)\b", m.group(2))
        if rel is None and titled and label_is_parent(m.group(1)):
            rel = _parent_of_title(titled.group(1))  # "Parents: Mrs Priya Ffug / Mr ..."
        # SIMS contact blocks rank their contacts: the primary (or first) contact is the carer.
        label = m.group(1).lower()
        rank = re.search(r"(\d)", label)
        first = label.startswith(("primary", "priority", "first", "main")) or (rank and rank.group(1) == "1")
        score = 3.5 if first else 3.0
        if rank and rank.group(1) != "1":
            score = 2.8
        # A pasted MIS contact block says more on the lines below: relationship, priority, lives with pupil.
        block = _contact_block(text, m.end())
        rel = rel or _block_field(block, _RELATIONSHIP_LABEL, KIN_PATTERN, relationship_of)
        priority = _block_field(block, r"Priority", r"\d", int)
        lives = _block_field(block, r"Lives with(?: pupil| child)?", r"Yes|No|Y|N", lambda v: v.lower().startswith("y"))
        if lives is False:
            continue  # "Lives with pupil: No": a parent elsewhere, not the carer
        # a grandparent's form: "Parent/carer name: Kayleigh Ffug (my daughter)": the children's mother
        own_child = re.match(r"[ \t]*\((?:my|our)[ \t]+(daughter|son)\)", text[m.end(2) : m.end(2) + 20], re.I)
        if rel is None and own_child and label_is_parent(m.group(1)):
            rel = _parent_of_writers_child(own_child.group(1))
        if _ROLE_AFTER.match(text, m.end()):
            continue  # "Contact: Jo Ffug, Social Worker, 01597 000221": the professional to contact, not a carer
        if priority is not None:
            score = 3.6 if priority == 1 else 2.8
        if lives:
            score += 0.5
        household_head = label.startswith(("customer", "client", "claimant", "tenant", "resident", "service user"))
        if household_head or label.endswith("applicant"):
            # "Principal applicant: Tesfaye FFUG (male, Eritrean)" above the dependants: their father
            sex = re.match(r"[ \t]*\((male|female)\b", text[m.end(2) : m.end(2) + 12], re.IGNORECASE)
            by_sex = {"male": "father", "female": "mother"}[sex.group(1).lower()] if sex else None
            rel = rel or by_sex or _pronoun_parent(text)
        raw.append((m.group(2), rel, m.start(2), m.end(2), score))
        # "Parents: Mr Vikram Ffug and Mrs Meera Ffug": the second parent of the label too, named in full (not
        # "Parents: Mr & Mrs Ffug, Lagos")
        other = _AND_TITLED.match(text, m.end(2)) if label_is_parent(m.group(1)) else None
        if other:
            second = _parent_of_title(other.group(1))
            raw.append((other.group(2), second, other.start(2), other.end(2), score))
    for m in _TENANT_ROW.finditer(text):
        # "Zsófia Ffug     Tenant         12/03/1990" above "Bence Ffug      Son ...": the tenant of a household table
        if _CHILD_ROW.search(text, m.end()):
            raw.append((m.group(1), _pronoun_parent(text), m.start(1), m.end(1), 2.5))
    for m in LABEL_SURNAME_FIRST.finditer(text):
        g = 1 if m.group(1) else 5 if m.group(5) else 9  # "Contact 1: X, Y (kin)", "1. X, Y  kin", "X, Y ... (kin)"
        rank = re.search(r"(\d)", m.group(g))
        score = 2.8 if rank and rank.group(1) != "1" else 3.5
        if re.match(r"(?i)carer|guardian", m.group(g)):
            score += 0.5  # "CARER: WILLIAMS, Glenys (Nain)" over "MOTHER: FFUG, Sara (NFA - sofa surfing)"
        surname, forename, kin = m.group(g + 1), m.group(g + 2), m.group(g + 3)
        surname_first = f"{forename} {display_name(surname) if surname.isupper() else surname}"
        rel = relationship_of(kin or m.group(g).split("/")[0])
        raw.append((surname_first, rel, m.start(g + 1), m.end(g + 2), score))
    for m in SELF_NAMED.finditer(text):
        g = 1 if m.group(1) else 3
        raw.append((m.group(g), relationship_of(m.group(g + 1)), m.start(g), m.end(g), 3.0))
    for m in NAME_THEN_RELATIONSHIP.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 3.0))
    for m in GENERIC_LABEL_KIN.finditer(text):
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 3.2))
    for m in IS_KIN.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 2.5))
    for m in HAS_CHILDREN_WITH.finditer(text):
        g = next(i for i in range(1, HAS_CHILDREN_WITH.groups, 2) if m.group(i))
        pron = m.group(g + 1).lower()
        if pron == "their":
            title = text[max(0, m.start(g) - 6) : m.start(g)]
            pron = "his" if re.search(r"\bMr\.?[ \t]+$", title) else "her"
        raw.append((m.group(g), "mother" if pron in ("her", "she") else "father", m.start(g), m.end(g), 2.5))
    for m in LOOKED_AFTER_BY.finditer(text):
        # the relationship to the children in brackets ("(their stepfather)"), else the one said before the name
        kin = re.search(rf"\b((?i:{KIN_PATTERN}))\b", m.group(2) or "")
        rel = relationship_of(kin.group(1)) if kin else relationship_of(m.group(1)) if m.group(1) else None
        raw.append((m.group(3), rel, m.start(3), m.end(3), 3.0))
        cared_by.add((m.start(3), m.end(3)))
    for m in LONE_PARENT.finditer(text):
        word = m.group(3).lower()
        rel = relationship_of(word) if word != "parent" else _parent_of_title(m.group(1)) if m.group(1) else None
        raw.append((m.group(2), rel, m.start(2), m.end(2), 2.5))
    for m in SUPPORTING.finditer(text):
        surname = m.group(1).split()[-1]
        if len(m.group(1).split()) < 2 or not any(n.split()[-1] == surname for n in child_names if len(n.split()) > 1):
            continue
        # which parent: the first pronoun said of them ("Danielle told me that her two children ...")
        pronoun = re.search(r"\b(she|her|he|his|him)\b", text[m.end(1) : m.end(1) + 200], re.IGNORECASE)
        if pronoun:
            rel = "mother" if pronoun.group(1).lower() in ("she", "her") else "father"
            raw.append((m.group(1), rel, m.start(1), m.end(1), 2.0))
    for m in HOST_SAID.finditer(text):
        raw.append((m.group(1), None, m.start(1), m.end(1), 3.0))
    for m in APPOSED_KIN.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 2.5))
    for m in REVERSE.finditer(text):
        rel = relationship_of(m.group(2))
        if "\n" in text[m.end(1) : m.start(2)] and rel not in ("mother", "father"):
            continue  # a letter signed "Eirlys Ffug\n(Nain)": a grandparent writes, the parents may still be the carers
        raw.append((m.group(1), rel, m.start(1), m.end(1), 2.5))
    child_firsts = {n.split()[0] for n in child_names if n}
    for m in PROSE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if m.group(1).lower() == "friend" and re.search(r"\b(?:his|her|their)\s+(?:best\s+)?$", before, re.I):
            continue  # "His friend Tomos from Ysgol Ffug saw him in town": the child's friend, another child
        if _NOT_CHILDS_KIN.search(before) or _PARENTS_KIN.search(before) and "friend" not in m.group(1).lower():
            continue
        if _someone_elses(before, child_firsts):
            continue  # "my boyfriend Deans mum Mrs Carol Ffug": Dean's mother, not the children's
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 2.0))
    for m in WITH_CHILD.finditer(text):
        g = next(i for i in (1, 3, 5, 7, 9, 11, 13) if m.group(i))
        name, pron, s = m.group(g), m.group(g + 1), m.start(g)
        pron = {"she": "her", "he": "his"}.get(pron.lower(), pron)
        after_title = bool(re.search(r"\b(?:Mrs|Ms|Miss|Mr)\.?[ \t]+$", text[max(0, s - 6) : s]))
        given = None
        if len(name.split()) == 1:
            given = _around_nickname(text, s, s + len(name), name_spans)
            given = given or (_full_name_of(text, name, name_spans) if g == 1 else None)
        if given:
            name, s = given  # "our tenant, Jade Ffug, ... Jade and her two children are staying with a friend"
        elif len(name.split()) < 2 and (g in (5, 7, 9) or not after_title):
            continue  # "moved down from Wrexham ... with her two boys": a place, not a person
        if re.search(rf"\b{STREET_WORDS}$", name) or re.match(r"\d", text[max(0, s - 3) : s].strip() or "x"):
            continue  # "has fled her address at 41 Ty-Mawr Road, ... with her two children": a street
        raw.append((name, "mother" if pron.lower() == "her" else "father", s, s + len(name), 2.0))
    first_person: set[tuple[int, int]] = set()  # "My name is X ... my son": what X did is not about another carer
    took: set[tuple[int, int]] = set()  # an ex-partner who has the children: their carer, ex or not
    for rx in (KIN_THEN_NAME, KIN_CALLED):
        for m in rx.finditer(text):
            g = next(i for i in range(1, len(m.groups()), 2) if m.group(i))
            raw.append((m.group(g + 1), relationship_of(m.group(g).rstrip("s")), m.start(g + 1), m.end(g + 1), 2.0))
    for m in SHE_HAS_KIDS.finditer(text):
        raw.append((m.group(1), "mother" if m.group(2).lower() == "she" else "father", m.start(1), m.end(1), 2.5))
    for m in PARENTS_PAIR.finditer(text):
        raw.append((m.group(1), None, m.start(1), m.end(1), 2.5))
    for m in PARENTS_ARE.finditer(text):
        title_at = next(g for g in (1, 3, 5) if m.group(g))
        name_at = title_at + 1
        rel = _parent_of_title(m.group(title_at))
        raw.append((m.group(name_at), rel, m.start(name_at), m.end(name_at), 2.5))
    for m in TOLD_OF_CHILD.finditer(text):
        if m.group(1) or m.group(3):
            g = 1 if m.group(1) else 3
            rel = "mother" if m.group(g + 1).lower() == "her" else "father"
            raw.append((m.group(g), rel, m.start(g), m.end(g), 2.0))
        elif m.group(5):
            rel = _parent_of_title(text[m.start() : m.start(5)].strip())
            raw.append((m.group(5), rel, m.start(5), m.end(5), 2.0))
        else:
            raw.append((m.group(7), None, m.start(7), m.end(7), 2.5))
            first_person.add((m.start(7), m.end(7)))
    for m in PARENT_POSSESSIVE.finditer(text):
        raw.append((m.group(1), None, m.start(1), m.end(1), 2.0))
    for m in KIN_NAME_ASIDE.finditer(text):
        g = 2 if m.group(2) else 3
        raw.append((m.group(g), relationship_of(m.group(1)), m.start(g), m.end(g), 3.0))
    for m in _APPLIED_FOR_HER_CHILDREN.finditer(text):
        # "an in-year application from Mrs Rasa Ffug for her two children": the parent who applied
        raw.append((m.group(1), "mother" if m.group(2).lower() == "her" else "father", m.start(1), m.end(1), 2.5))
        took.add((m.start(1), m.end(1)))  # (the children "had moved" with her: no sign she has gone)
    for m in (*_A_PARENT_THEN_NAMED.finditer(text), *_A_PARENT_THEN_HES.finditer(text)):
        # "had a mum in reception today asking for places - Mrs Chipo Ffug, moved up from Luton"
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 2.5))
    for m in PARENT_PAIR.finditer(text):
        # "Family: Bridget and Patrick Ffug", "Siân and Dafydd Ffug with their two children": the first named, with the
        # surname written once after the second
        raw.append((f"{m.group(2)} {m.group(1)}", None, m.start(2), m.end(2), 2.0))
    for m in _EMAIL_BELOW_FROM_KIN.finditer(text):
        # "we have now had the email below from Dad ... From: Jamal Ffug <...>": the parent who wrote it
        sender = _FORWARDED_FROM.search(text, m.end())
        if sender:
            raw.append((sender.group(1), relationship_of(m.group(1)), sender.start(1), sender.end(1), 2.5))
            forwarded_from.add((sender.start(1), sender.end(1)))
    for m in BIRTH_VISIT_TO.finditer(text):
        raw.append((m.group(2), "mother", m.start(2), m.end(2), 2.5))
    for m in (*WITH_HER_CHILDREN.finditer(text), *SHE_AND_HER_CHILDREN.finditer(text)):
        rel = {"her": "mother", "his": "father"}.get((m.group(2) or "").lower())
        # ... "with the children" says no sex: a grandparent's "My daughter-in-law, Siân Ffug, moved ..." does
        kin = _WRITERS_CHILD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        rel = rel or (_parent_of_writers_child(kin.group(1)) if kin else None)
        # (the one the children moved or live with, over a grandparent who writes about them from elsewhere)
        raw.append((m.group(1), rel, m.start(1), m.end(1), 2.5 if m.re is WITH_HER_CHILDREN else 2.0))
    for m in TOLD_OF_GRANDCHILD.finditer(text):
        rel = "grandmother" if m.group(2).lower() == "her" else "grandfather"
        raw.append((m.group(1), rel, m.start(1), m.end(1), 2.0))
    for m in IS_CHILDS_KIN.finditer(text):
        if m.group(2) in child_firsts:
            raw.append((m.group(1), relationship_of(m.group(3)), m.start(1), m.end(1), 2.5))
    for m in LIVES_WITH_LABEL.finditer(text):
        after = m.group(3) or ""
        rel = relationship_of(m.group(1) or after) or ("other" if "friend" in after.lower() or after else None)
        raw.append((m.group(2), rel, m.start(2), m.end(2), 3.5))
    for m in LABEL_KIN_NAME.finditer(text):
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 3.5))
    for m in NAME_PLUS_CHILDREN.finditer(text):
        raw.append((m.group(1), None, m.start(1), m.end(1), 2.5))
    for m in PARTNER_WITH_THEIR_CHILDREN.finditer(text):
        raw.append((m.group(2), _partner_as_parent(m.group(1)), m.start(2), m.end(2), 2.5))
        cared_by.add((m.start(2), m.end(2)))  # a partner, and a carer
    for m in NAMED_THEN_PARENT.finditer(text):
        if m.group(3):  # "X, who lives there with his wife and their children": the father ("her husband": mother)
            raw.append((m.group(3), "father" if m.group(4) else "mother", m.start(3), m.end(3), 2.5))
            continue
        g = next(k for k in (1, 6) if m.group(k))
        raw.append((m.group(g), relationship_of(m.group(g + 1)), m.start(g), m.end(g), 2.5))
    for m in PARENT_OF.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 2.5))
    for m in HOUSEHOLD_ADULT_ROW.finditer(text):
        rel = relationship_of(m.group(2)) if m.group(2) else None
        raw.append((m.group(1), rel, m.start(1), m.end(1), 2.5))
    for m in TITLED_WITH_CHILDREN.finditer(text):
        if len(m.group(2).split()) < 2:
            continue  # "Ms O'Ffug and the children left": the surname alone, named in full elsewhere
        raw.append((m.group(2), _parent_of_title(m.group(1)), m.start(2), m.end(2), 2.5))
    for m in CLIENT.finditer(text):
        rel = _parent_of_title(m.group(1))
        raw.append((m.group(2), rel, m.start(2), m.end(2), 2.0))
    for m in TOOK_OUR_CHILDREN.finditer(text):
        rel = _partner_as_parent(m.group(1))
        if rel is None:  # "My ex partner Leanne Ffug has moved the kids ... to live with her new boyfriend"
            pronoun = re.search(r"\b(her|his)\b", text[m.end() : sentence_end(text, m.end())], re.IGNORECASE)
            rel = {"her": "mother", "his": "father"}[pronoun.group(1).lower()] if pronoun else None
        # the children are with them now: over the parent who writes ("My name is Craig Ffug and I'm the dad of")
        raw.append((m.group(2), rel, m.start(2), m.end(2), 3.5))
        took.add((m.start(2), m.end(2)))
    for m in LIVES_WITH_NAMED.finditer(text):
        described = m.group(1) or ""
        rel = "other" if "friend" in described or "neighbour" in described else None
        raw.append((m.group(2), rel, m.start(2), m.end(2), 2.5))
    for m in COUPLE_THEN_CHILDREN.finditer(text):
        rel = _parent_of_title(m.group(1))
        raw.append((m.group(2), rel, m.start(2), m.end(2), 2.5))
    for m in FOSTER_PLACEMENT_WITH.finditer(text):
        # "Anwen and Huw Ffug": the first-named carer, with the surname they share
        pair = re.fullmatch(r"(\S+)[ \t]+(?:and|&)[ \t]+\S+[ \t]+(.+)", m.group(1))
        name = f"{pair.group(1)} {pair.group(2)}" if pair else m.group(1)
        raw.append((name, "foster carer", m.start(1), m.end(1), 3.0))
    for m in WITH_MY_CHILD.finditer(text):
        raw.append((m.group(2), _parent_of_writers_child(m.group(1)), m.start(2), m.end(2), 3.0))
        first_person.add((m.start(2), m.end(2)))
    for m in HEAD_OF_HOUSEHOLD.finditer(text):
        rel = _parent_of_title(m.group(1))
        raw.append((m.group(2), rel, m.start(2), m.end(2), 2.5))
    for m in PROVIDER.finditer(text):
        raw.append((m.group(1), "other", m.start(1), m.end(1), 3.0))
    if GRANDPARENT_WRITES.search(text):
        for m in MY_CHILD_NAMED.finditer(text):
            raw.append((m.group(2), _parent_of_writers_child(m.group(1)), m.start(2), m.end(2), 3.0))
    for m in [*PARENT_SENT_BELOW.finditer(text), *PARENT_FORWARDED_BELOW.finditer(text)]:
        raw.append((m.group(2), relationship_of(m.group(1)), m.start(2), m.end(2), 2.5))
    for m in LIVES_WITH_FRIEND.finditer(text):
        raw.append((m.group(1), "other", m.start(1), m.end(1), 3.5))
    for m in CAPS_ROW_KIN_OF.finditer(text):
        raw.append((f"{m.group(2)} {display_name(m.group(1))}", relationship_of(m.group(3)), m.start(1), m.end(2), 3.0))
    for m in ROLE_ROW.finditer(text):
        if len(m.group(1).split()) >= 2:  # a person's full name, not a heading word
            raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 2.5))
    for m in FORM_FILLER.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 3.0))
    for m in SAID_TO_BE_PARENT.finditer(text):
        # the last full name before what they said, not a child's
        named = [(a, b) for a, b in name_spans if m.start() - 250 <= a < m.start() and " " in text[a:b].strip()]
        named = [
            (a, b)
            for a, b in named
            if text[a:b].split()[0] not in child_firsts
            and not re.search(r"\b(?:at|in|near|from|to)[ \t]+$", text[max(0, a - 6) : a])  # "at Talbot Green"
        ]
        if named:
            a, b = named[-1]
            raw.append((text[a:b], relationship_of(m.group(2)), a, b, 3.0))
    for m in MAIN_CARER.finditer(text):
        raw.append((m.group(1), None, m.start(1), m.end(1), 4.0))
    for m in ADULT_KIN_LABEL.finditer(text):
        raw.append((display_name(m.group(2)), relationship_of(m.group(1)), m.start(2), m.end(2), 3.0))
    for m in ADULT_ROW.finditer(text):
        raw.append((m.group(1), relationship_of(m.group(2)), m.start(1), m.end(1), 3.0))
    for m in CARING_FOR.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        # "an older cousin named Dylan Ffug who has care of him": the relationship said before the name
        before = text[max(0, m.start(g) - 30) : m.start(g)]
        kin = re.search(rf"\b((?i:{KIN_PATTERN}))[ \t]*(?:named|called|,)?[ \t]*$", before)
        rel = relationship_of(kin.group(1)) if kin else None
        raw.append((m.group(g), rel, m.start(g), m.end(g), {1: 2.5, 2: 3.5, 3: 3.0}[g]))
    for m in BARE.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _NOT_CHILDS_KIN.search(before) or _PARENTS_KIN.search(before):
            continue
        if kin_denied(text, m.start()):
            continue  # "Mr Ffug, who is not the children's father": a relationship denied, not given
        after = re.match(r"[\s,(]*([\w'’-]+)", text[m.end() : m.end() + 30])
        if after and after.group(1) in child_firsts:
            continue  # "her brother Idris": a sibling who is a child of the report, not a carer
        if re.match(r"\s+and\s+I\b", text[m.end() : m.end() + 8]):
            continue  # "their mum and I are separated": the other parent, writing
        # "mum is the main carer for the children": the bare word lends its weight to the named mother
        # ... as does "Mum is the best contact"
        main = re.match(
            r"[ \t]+is[ \t]+(?:the[ \t]+)?(?:(?:main|primary|sole)[ \t]+carer|(?:best|main)[ \t]+contact)\b",
            text[m.end() : m.end() + 30],
        )
        raw.append((None, relationship_of(m.group(1)), m.start(1), m.end(1), 3.0 if main else 1.0))
    return Candidates(raw, first_person, took, cared_by, forwarded_from)
