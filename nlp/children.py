"""Which people in a report are the children it is about, and what is said right beside their names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from nlp.adult_cues import LEFT_PARTNER, NOT_A_PUPIL_AFTER
from nlp.carer_cues import PARENT_PAIR
from nlp.child_cues import NUM, PAIR_AGES
from nlp.child_mentions import (
    ADULT_TITLES,
    NICKNAME_BEFORE,
    ChildMention,
    age_beside,
    candidate_mentions,
    cued_mention,
    is_adult,
    labelled_rows,
    line_bounds,
    named_as_parent,
    number,
)
from nlp.lexicon import NOT_NAME, NUMBER_WORDS, SIBLING_AFTER_AND, TOWNS, WORD_FORENAMES
from nlp.names import UPPER, NameMention, display_name
from nlp.not_referred import without_settled
from nlp.validators import DATE_RE, parse_date_match


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


def find_children(text: str, today: date, zones: list[tuple[int, int]]) -> list[Child]:
    """The children a report is about, in order of first mention, with DOB or age stated beside them."""
    return read_children(text, today, zones)[0]


def read_children(text: str, today: date, zones: list[tuple[int, int]]) -> tuple[list[Child], list[tuple[int, int]]]:
    """The children a report is about, and the spans of what it says of the siblings it names but does not refer
    (see nlp/not_referred.py)."""
    mentions, places = candidate_mentions(text, zones)
    # Mentions named as someone's parent ("my son Stuart's children", "the children live with Michelle").
    as_parent = [m for m in mentions if named_as_parent(text, m)]
    cued: list[ChildMention] = []
    for m in mentions:
        if c := cued_mention(text, m, today, places, as_parent, cued[-1] if cued else None):
            cued.append(c)
    _share_pair_cues(cued, mentions, text, today)
    _add_sibling_said_after_cued(cued, mentions, text)
    # Someone named as a parent once ("the children live with Michelle") is not a child where a weaker cue
    # names them again ("concerns about Michelle's drinking").
    # "Ms Toni Ffug" once, "Toni" later: a first name said with an adult's title is an adult's.
    # "her new partner, Darren Ffug ... I am also worried about Darren": a partner named in full once is an adult
    adults = as_parent + [
        m
        for m in mentions
        if len(m.tokens) >= 2
        and (
            m.title and m.title.lower() in ADULT_TITLES
            or LEFT_PARTNER.search(text[max(0, m.start - 30) : m.start])
        )
    ]
    parents = {m.tokens[0] for m in adults}
    # ... named again by the first name alone or in the same full name (not "Wong Chun Kit" beside his mum "Wong Mei
    # Ling": written surname first, their first word is the family's surname)
    adult_names = {m.text for m in adults}
    cued = [
        c
        for c in cued
        if c.dob
        or c.age
        or c.mention.text.split()[0] not in parents
        or (
            len(c.mention.tokens) >= 2
            and len(c.mention.tokens[0].rstrip(".")) > 1  # not "A. Ffug", an initial
            and c.mention.text not in adult_names
        )
    ]
    # "Re: Wyre - not returned ... Wyre family still not back": a family's surname alone names no one child.
    families = set(re.findall(r"\b([A-Z][\w'’-]+)[ \t]+(?:family|household|children|kids)\b", text))
    cued = [c for c in cued if c.dob or c.age or len(c.mention.tokens) > 1 or c.mention.text not in families]
    cued = _under_full_names(cued, mentions, text)
    _add_listed_before_cued(cued, mentions, text)
    labelled = labelled_rows(text, zones, today)
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
                line_bounds(text, x.mention.start) == line_bounds(text, c.mention.start)
                and c.mention.text in x.mention.text.split()[1:]
            )
            for x in labelled
        )
    ]
    in_order = sorted(labelled + cued, key=lambda c: c.mention.start)
    return without_settled(_merge(in_order, mentions, text, today), text, today)


# "Nel and Gwil", "Florin Ffug & his sister Ana-Maria Ffug (Yr 6 and Yr 2)"
_PAIR_JOIN = re.compile(
    # "my boys is Patrick 10 and Michael 7": an age may stand after the first name
    r"(?:[ \t]+(?P<age>\d{1,2})(?=[ \t]+(?:and|&)[ \t]))?"
    # ... or in brackets, the first's own: "her children Harley (approx 12) and Ruby-Rose (about 8 or 9?)"
    r"(?P<own>[ \t]*\((?:(?:approx\.?|about|aged|age)?[ \t]*\d{1,2}\??"
    # ... or the first's date of birth: "Elis Ffug (born 28/11/2035) and Cadi Ffug (Cadi was 5 in August)"
    r"|(?:born|b\.|DOB|D\.O\.B\.?)[ \t]*:?[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\)(?=[ \t]+(?:and|&)[ \t]))?"
    # ... or the first's year group: "Ibrahim (Y6) & Safiya (Y3), aged 10 & 8"
    r"(?P<year>[ \t]*\((?:Y|Yr|Year|Bl)\.?[ \t]*\d{1,2}\)(?=[ \t]+(?:and|&)[ \t]))?"
    rf"\s*(?:and|&|\+|a|ac)\s*(?P<sibling>{SIBLING_AFTER_AND})?"
)


_SIBLING_OR_GREETING = re.compile(
    r"(?:\b(?:his|her|their)[ \t]+(?:little[ \t]+|big[ \t]+|younger[ \t]+|older[ \t]+)?(?:brother|sister)"
    r"|(?:^|\n)[ \t]*(?:<@\w+>[ \t]*)?(?:Hi|Hello|Helo|Morning|Afternoon)(?:[ \t]+(?:all|team|both))?[ \t]*[,!-]?)"
    r"[ \t]*\Z",
    re.IGNORECASE,
)


def _share_pair_cues(cued: list[ChildMention], mentions: list[NameMention], text: str, today: date) -> None:
    # "Nel and Gwil (5, DOB ...)", "Mabli and Idris Vaughan": a pair of names shares its cue.
    for i, m in enumerate(mentions[:-1]):
        nxt = mentions[i + 1]
        join = _PAIR_JOIN.fullmatch(text, m.end, nxt.start)
        if not join:
            continue
        if join.group("sibling") and (
            re.search(r"[A-Z][\w'’-]*[ \t]+$", text[max(0, m.start - 30) : m.start])
            or re.search(rf"\b(?:Ysgol|YGG|YG)[ \t]+{re.escape(m.text)}\b", text)
        ):
            # "I rang Ysgol Gynradd Ynyswen and his sister Seren": the first is a school's last word; "from Ysgol Cae
            # Ffug ... I rang Cae Ffug and his little sister Amina": a school named short
            continue
        first = next((c for c in cued if c.mention is m), None)
        second = next((c for c in cued if c.mention is nxt), None)
        own_age = join.group("own") or join.group("age")
        after = None if own_age else age_beside(text[nxt.end : nxt.end + 30], nxt.end, False)
        if after and after[0] < 4:
            # "twins (Mahad and Maryan Ffug, aged 2)": the age after the pair is both of theirs, too young for school
            if first:
                cued.remove(first)
            continue
        ages = _pair_ages(text, join, nxt.end)
        if first and second and ages:
            first.age, second.age = ages
        dobs = _pair_dobs(text, nxt.end, today)
        if dobs and second is None and not is_adult(text, nxt):
            second = ChildMention(nxt, dobs[1], None)  # the dates say children, as one date beside a name does
            cued.append(second)
        if first and second and dobs:
            # "Mohammed and Safiya Ffug (DOBs 14/11/2033 and 25/02/2036)": each of the pair has its own date
            first.dob, second.dob = dobs
        twins = re.search(r"\btwins?\b[^.\n]{0,20}\Z", text[max(0, m.start - 30) : m.start], re.IGNORECASE) or re.match(
            r"[ \t]*[(,][ \t]*twins\b", text[nxt.end : nxt.end + 12], re.IGNORECASE
        )  # "Blessing and Favour Ffug (twins, DOB 19/08/2017)", "Mia Ffug and Maisie Ffug, twins, DOB ..."
        both = re.match(r"[ \t]*,?[ \t]*both[ \t]+(?:DOB|D\.O\.B|born)", text[nxt.end : nxt.end + 20], re.IGNORECASE)
        if first and second and (twins or both):  # "Matej and Lukas Ffug, both DOB 22.09.2018"
            # Twins share a date of birth and an age.
            for a, b in ((first, second), (second, first)):
                a.dob = a.dob or b.dob
                a.age = a.age or b.age
        if (first is None) == (second is None):
            continue
        other = nxt if first else m
        # (the "sister" of "Bailey Ffug (9) and his sister Lacey" joins the pair; it makes no adult of Lacey)
        sibling = join.group("sibling") and other is nxt and not other.title
        # (nor does "Y4 twins Amelia & Harry Ffug - Dad rang ..." make an adult of Harry: twins are both children)
        if is_adult(text, other) and not sibling and not twins:
            continue
        if NOT_A_PUPIL_AFTER.match(text[other.end : other.end + 110]):
            continue  # "Tomos Ffug (12) and Iolo Ffug (14 months)": the second is a baby, not the first's like
        name = other.text
        if other is m and len(m.tokens) == 1 and len(nxt.tokens) >= 2:
            name = f"{m.text} {nxt.tokens[-1]}"
        source = first or second
        assert source is not None
        # the first's bracketed age, date of birth or year group is theirs alone
        age = None if join.group("own") or join.group("year") else source.age
        dob = None if join.group("own") else source.dob
        theirs = age_beside(text[nxt.end : nxt.end + 30], nxt.end, False) if join.group("own") else None
        if theirs and other is nxt:
            if theirs[0] < 4:
                continue  # "Tyler Ffug (DOB 14/02/2034) and Ruby Ffug (aged 2)": a toddler, not of school age
            age = theirs
        if dobs:
            source.dob = dobs[1] if source.mention is nxt else dobs[0]
            dob = dobs[0] if other is m else dobs[1]
        if ages:
            # Each of the pair gets its own age; the cued one is updated too.
            a1, a2 = ages
            source.age = a2 if source.mention is nxt else a1
            age = a1 if other is m else a2
        cued.append(ChildMention(NameMention(name, other.start, other.end, None), dob, age))


_BARE_AGE = re.compile(r"[ \t]+(\d{1,2})\b(?![/.:]\d)")  # "... and Michael 7": a number straight after, no date


def _pair_ages(text: str, join: re.Match[str], end: int) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The pair's ages, first's first: after both ("Ben and Alfie Moss, about 8 and 11") or one after each name
    ("Patrick 10 and Michael 7")."""
    ages = PAIR_AGES.match(text[end : end + 40])
    if ages:
        return (
            (number(ages.group(1)), end + ages.start(1), end + ages.end(1)),
            (number(ages.group(2)), end + ages.start(2), end + ages.end(2)),
        )
    second = _BARE_AGE.match(text, end)
    if join.group("age") and second:
        return (
            (int(join.group("age")), join.start("age"), join.end("age")),
            (int(second.group(1)), second.start(1), second.end(1)),
        )
    return None


# "(DOBs 14/11/2033 and 25/02/2036)" after a pair of names: the first date is the first name's
_PAIR_DOBS_HEAD = re.compile(
    r"[ \t]*,?[ \t]*\(?[ \t]*(?:DOBs?|D\.O\.B\.?s?|dates[ \t]+of[ \t]+birth|born)[ \t]*:?[ \t]*", re.IGNORECASE
)
_PAIR_DOBS_JOIN = re.compile(r"[ \t]*(?:and|&|,)[ \t]*", re.IGNORECASE)


def _pair_dobs(text: str, at: int, today: date) -> tuple[tuple[date, int, int], tuple[date, int, int]] | None:
    """The two dates of birth written straight after a pair of names, first's first."""
    head = _PAIR_DOBS_HEAD.match(text, at)
    first = DATE_RE.match(text, head.end()) if head else None
    join = _PAIR_DOBS_JOIN.match(text, first.end()) if first else None
    second = DATE_RE.match(text, join.end()) if join else None
    if not (first and second):
        return None
    d1, d2 = parse_date_match(first, today), parse_date_match(second, today)
    return ((d1, first.start(), first.end()), (d2, second.start(), second.end())) if d1 and d2 else None


# "... and his sister Lacey", "& her little brother Kai": a sibling joined on to what is said of a child
_AND_SIBLING_BEFORE = re.compile(
    r"(?:\band|&)[ \t]+(?:his|her)[ \t]+(?:(?:older|younger|little|big|twin)[ \t]+)?(?:sister|brother)[ \t]+$",
    re.IGNORECASE,
)


def _add_sibling_said_after_cued(cued: list[ChildMention], mentions: list[NameMention], text: str) -> None:
    """'There's a boy called Bailey who told me he's 9 and his sister Lacey who is older': the sister joined on in
    the sentence about a child is a child too (a settled one is taken out later, as any is)."""
    for m in mentions:
        if any(c.mention.start == m.start for c in cued) or m.title or len(m.tokens) > 2:
            continue
        if not _AND_SIBLING_BEFORE.search(text, max(0, m.start - 40), m.start):
            continue
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start), 0)
        if any(sentence_start <= c.mention.start < m.start for c in cued) and m.text.lower() not in NOT_NAME:
            # "... and her sister Seren (aged 3)": with the age beside the name, a toddler is left out as any is
            cued.append(ChildMention(m, None, age_beside(text[m.end : m.end + 60], m.end, False)))
    cued.sort(key=lambda c: c.mention.start)


def _add_listed_before_cued(cued: list[ChildMention], mentions: list[NameMention], text: str) -> None:
    # "Maddison, Tayla and Jaxon Ffug (Y7, Y4, Y1)": first names listed before a cued pair are children too.
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        listed = len(m.tokens) == len(nxt.tokens) == 1 and re.fullmatch(r"\s*,\s*", text[m.end : nxt.start])
        in_list = listed and re.match(r"\s*(?:,|and|&)\s+[A-Z]", text[nxt.end : nxt.end + 8])
        if in_list and any(c.mention.start == nxt.start for c in cued) and not any(c.mention is m for c in cued):
            if not is_adult(text, m) and m.text.lower() not in NOT_NAME:
                cued.append(ChildMention(m, None, None))


# 'Tobenna "Tobi" Ffug', 'Ifeoma ("Ify") Ffug', 'Wing Yan (Wendy) Ffug': the nickname between forename and surname
_NICKNAME_IN_NAME = re.compile(r"[ \t]*(?:\([\"“‘']?|[\"“‘'])([A-Z][\w'’-]+?)(?:[\"”’']?\)|[\"”’'])[ \t]+\S")


def _nicknamed(children: list[Child], m: NameMention, text: str) -> Child | None:
    """'Ifeoma ("Ify") Ffug ... Ify and Obi were at Ffug Primary': the child whose full name holds the nickname."""
    if len(m.tokens) != 1:
        return None
    for ch in children:
        for x in ch.mentions:
            nick = _NICKNAME_IN_NAME.match(text, x.start + len(x.tokens[0]), x.end)
            # "- Margaret (Maggie), 8 ... Patrick and Maggie last attended ...": the nickname after a first name
            nick = nick or (_NICKNAME_AFTER.match(text, x.end) if len(x.tokens) == 1 else None)
            if nick and nick.group(1) == m.text:
                return ch
    return None


_NICKNAME_AFTER = re.compile(r"[ \t]*\([\"“‘']?([A-Z][\w'’-]+?)[\"”’']?\)")


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
        if len(m.tokens) == 1 and NICKNAME_BEFORE.search(text[max(0, m.start - 30) : m.start]):
            owner = [x for x in mentions if len(x.tokens) >= 2 and x.end <= m.start and m.start - x.end < 30]
            if owner:
                alias[m.text] = owner[-1]

    def aliased(c: ChildMention) -> NameMention | None:
        if c.mention.text in alias:
            return alias[c.mention.text]
        # "Freddie Ffug-Williams" beside "Frederick (Freddie) Ffug-Williams": the nickname with the surname
        toks = c.mention.tokens
        full = alias.get(toks[0]) if len(toks) == 2 else None
        return full if full and full.tokens[-1].lower() == toks[-1].lower() else None

    out = []
    for c in cued:
        full = aliased(c)
        out.append(ChildMention(NameMention(full.text, c.mention.start, c.mention.end), c.dob, c.age) if full else c)
    return out


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
        else:
            match.name = _longer_forename(match.name, name)
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
            ch.name = _longer_forename(ch.name, display_name(m.text))
            # "I'm Callum Ffug's auntie": a possessive names the child, however adult the words before it
            possessive = text[m.end : m.end + 2] in ("'s", "’s")
            # ... and "Hi, Shannon Ffug and her brother Johnny Ffug have been off": a greeting before a sentence
            # about the child, and a brother or sister, are no adult's words
            sibling = _SIBLING_OR_GREETING.search(text, max(0, m.start - 30), m.start) and not re.match(
                r"[ \t]*(?:,|\n|$)", text[m.end : m.end + 2]
            )
            adult = not (possessive or sibling) and is_adult(text, m, by_role=True)
            if len(ch.name.split()) == 1 and len(m.tokens) == 2 and not adult:
                ch.name = display_name(m.text)
    # "the Balog family ... Zoltan and Erika": the family name completes a first name.
    # In a quick message the name may be in lower case: "the pritchard twins in yr 3 (Ffion + Osian)".
    family = (
        next(
            (
                f
                for f in re.finditer(
                    # "the three Ffug-Roberts children"
                    # ... "Both Ribeiro children stopped coming ... - Tiago (Y6) & Beatriz (Y3)"
                    r"\b(?:[Tt]he(?:\s+(?:\d|two|three|four|five|six))?|[Aa]ll\s+(?:\d|two|three|four|five|six)|[Bb]oth)"
                    r"\s+([A-Za-z][\w'’-]+)\s+"
                    r"(?:family|children|twins|kids|boys|girls|siblings)\b",
                    text,
                )
                if (f.group(1)[0].isupper() or f.group(1).lower() not in NOT_NAME | _WORDS_TOO | _NOT_FAMILY)
                and not _another_familys(text, f, children)
            ),
            None,
        )
        or _SURNAME_SAID.search(text)
        # "Michael and Kathleen Ffug with 4 kids. Kids are Mary 11, Patrick 9": the parents' surname (group 1)
        or PARENT_PAIR.search(text)
        or _family_label(text)
        or _parent_with_children(text, children)
    )
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
        # "Jayden Ffug's little brother Reggie": the sibling's surname, written with the possessive
        pair = pair or re.search(
            rf"\b[A-Z][\w'’-]+[ \t]+([A-Z][\w'’-]+)['’]s[ \t]+(?:(?:little|big|younger|older|baby|twin)[ \t]+)?"
            rf"(?:brother|sister)[ \t]*,?[ \t]+{re.escape(ch.name)}\b",
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
    children = _fold_bracketed_full_names(children, text)
    children = _fold_short_forms(children)
    # "Subject: 2 children need schools - Ffug ... Tinashe Ffug - DOB ...": a family's surname said alone is no child
    # of its own when the children are named in full.
    surnames = {ch.name.split()[-1] for ch in children if len(ch.name.split()) > 1}
    children = [ch for ch in children if len(ch.name.split()) > 1 or ch.name not in surnames or ch.dob or ch.age]
    children = [ch for ch in children if ch.dob or ch.age or not _names_a_place(ch.name, text)]
    # "Subject: CME referral – 2 children – Tŷ Ffug Farm, Llanidloes": a name said only in the subject, with no age,
    # is no child when the body names children with their ages or dates of birth
    if text.startswith("Subject:"):
        subject_end = text.find("\n")
        in_body = {id(ch) for ch in children if any(x.start > subject_end for x in ch.mentions)}
        if any(id(ch) in in_body and (ch.dob or ch.age) for ch in children):
            children = [ch for ch in children if ch.dob or ch.age or id(ch) in in_body]
    for ch in children:
        ch.start = min(x.start for x in ch.mentions)
    children.sort(key=lambda ch: ch.start)
    return children


def _names_a_place(name: str, text: str) -> bool:
    """A name with no age that is an organisation's, a home's or a place's (mostly read from a subject line)."""
    return bool(
        # "Subject: 3 children needing school places - Lloches ... Lloches Refuge Services": an organisation's name
        len(name.split()) == 1 and re.search(rf"\b{re.escape(name)}\s+{_ORG_WORD}", text)
        # "Subject: CME referral – 2 children – Tŷ Ffug Farm, Llanidloes": a home's name
        or _HOME_NAME_LAST.search(name)
        # "Subject: Two children out of school - Ffug Meadow ... in Ffug Meadow shopping centre": a place's name
        or re.search(rf"\b{re.escape(name)}\s+{_PLACE_WORD}", text)
        or name.lower() in TOWNS  # "Taid said something about Bangor??"
    )


_HOME_NAME_LAST = re.compile(r"[ \t](?:Farm|Cottage|House|Road|Street|Lane|Terrace|Close|Avenue|Court|Park)$")
_PLACE_WORD = r"(?i:shopping\s+(?:centre|center|precinct)|retail\s+park|leisure\s+centre|bus\s+station|car\s+park)\b"
_ORG_WORD = (
    r"(?:Refuge|Services?|Housing|Trust|Project|Centre|Center|Association|Team|Group|Charity|Support|Council"
    r"|Partnership|Foundation|Network|Homes|Cymru|Wales)\b"
)


def _fold_bracketed_full_names(children: list[Child], text: str) -> list[Child]:
    """'Jess (Jessica Ffug, DOB ...)', 'Tobi (Oluwatobi Ffug, Y4)': a short name with the full one in brackets
    after it is one child, named in full."""
    out: list[Child] = []
    for ch in children:
        short = next(
            (
                a
                for a in out
                if _shortened(a.name.split()[0], ch.name.split()[0])
                and any(
                    re.fullmatch(r"[ \t]*\([ \t]*", text[x.end : y.start])
                    for x in a.mentions
                    for y in ch.mentions
                    if x.end <= y.start
                )
            ),
            None,
        )
        if short is None:
            out.append(ch)
            continue
        short.name = ch.name
        short.mentions.extend(ch.mentions)
        short.dob = short.dob or ch.dob
        short.age = short.age or ch.age
    return out


def _fold_short_forms(children: list[Child]) -> list[Child]:
    """'Beatriz Ffug in Y2 ... he says Bea is staying home', 'Damilola (Yr 3) ... DOBs: ..., Dami 02/09/2035': a
    first name that shortens another child's, with no date or age of its own that differs, is that child."""
    out: list[Child] = []
    for ch in children:
        full = next(
            (
                a
                for a in children
                if a is not ch
                and (
                    # "Dami" alone, or "Dami Ffug" beside "Damilola Ffug"
                    (len(ch.name.split()) == 1 or len(a.name.split()) > 1 and ch.name.split()[1:] == a.name.split()[1:])
                    and _cut_short(ch.name.split()[0], a.name.split()[0])
                    # ... or "Gruffydd" alone beside "Gruff Ffug": the full name is the one with the surname
                    or len(ch.name.split()) == 1
                    and len(a.name.split()) > 1
                    and _cut_short(a.name.split()[0], ch.name)
                )
                and (not ch.dob or not a.dob or ch.dob[0] == a.dob[0])
                and (not ch.age or not a.age or ch.age[0] == a.age[0])
            ),
            None,
        )
        if full is None:
            out.append(ch)
            continue
        full.mentions.extend(ch.mentions)
        full.dob = full.dob or ch.dob
        full.age = full.age or ch.age
    return out


def _cut_short(short: str, full: str) -> bool:
    """'Dami' of 'Damilola', 'Gruff' of 'Gruffydd': a forename shortened to its start."""
    return _shortened(short, full) and full.lower().startswith(short.lower())


def _shortened(short: str, full: str) -> bool:
    """'Jess' of 'Jessica', 'Tobi' of 'Oluwatobi': a forename shortened to its start or its end."""
    short, full = short.lower(), full.lower()
    return len(short) >= 3 and short != full and (full.startswith(short) or full.endswith(short))


# "Amir (Y5) & Sara (Y2) ... Surname Ibrahim.", "Family name: KIDANE": the family's surname said on its own
# Said as a sentence or a line of its own: "Her mum is Dawn, I think the surname is Ffug" may be the mother's only.
_SURNAME_SAID = re.compile(
    # ... "Their surname is Parry-Owen.", "The children's surname is Ffug."
    # ... "Kai and Cari, surname Ffug"
    r"(?:^|[.!?][ \t]+|,[ \t]*(?=(?i:(?:their[ \t]+)?surname)[ \t]))[ \t]*"
    r"(?i:(?:their|the[ \t]+(?:children|kids)['’]s?|the[ \t]+family['’]s)[ \t]+)?"
    r"(?i:surname|family[ \t]+name)[ \t]*(?:is[ \t]+|:[ \t]*|-[ \t]*)?"
    r"([A-Z][\w'’-]+)\b(?![ \t]*:)",
    re.MULTILINE,
)
_PRONOUN_FULL_NAME = re.compile(
    r"\b(?:his|her)[ \t]+(?:full|real|proper|legal)[ \t]+name[ \t]+is[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})"
)
# "Rahman family: Ayaan (Y6) & Inaya (Y2) went to ...", "Munteanu twins - Darius & Bianca (Y3)"
_FAMILY_LABEL = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)[ \t]+(?:family|twins|children|kids)[ \t]*(?::|[-–][ \t])")
# "Mrs Rania Ffug and her three children were moved ...", "Craig Ffug and his children": the parent's surname
_PARENT_AND_CHILDREN = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+([A-Z][\w'’-]+)[ \t]+and[ \t]+(?:her|his)[ \t]+"
    r"(?:(?:\d|two|three|four|five|six)[ \t]+)?(?:children|kids|sons|daughters)\b"
)
# "A mum, Akosua Ffug, has been coming to us for parcels since September with her two children, Kwame ..."
_PARENT_WITH_CHILDREN = re.compile(
    r"\b(?i:a|the)[ \t]+(?i:mum|mam|mother|dad|father),[ \t]+[A-Z][\w'’-]+[ \t]+([A-Z][\w'’-]+),[^.\n]{0,80}?"
    r"\bwith[ \t]+(?:her|his)[ \t]+(?:(?:\d|two|three|four|five|six)[ \t]+)?(?:children|kids|sons|daughters)\b"
)


_COMMUNITY_WORDS = {
    "traveller", "travellers", "gypsy", "roma", "romany", "romani", "refugee", "asylum", "foster",
    "service", "forces", "army", "military",  # "Service family - primary school places needed" ("Army Welfare Service")
}


def _family_label(text: str) -> re.Match[str] | None:
    """'Rahman family: Ayaan (Y6) & Inaya (Y2) ...' where a person is named by that surname elsewhere ('Dad (Mr
    Rahman)'), so that it is a surname and not a word ('Resettled family -', 'Polish family -')."""
    for m in _FAMILY_LABEL.finditer(text):
        if m.group(1).lower() in _COMMUNITY_WORDS:
            continue  # "Traveller family - Bedwas encampment" beside "an Irish Traveller family": no surname
        said = re.finditer(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|[A-Z][\w'’-]+)\.?[ \t]+{re.escape(m.group(1))}\b", text)
        if any(x.start() != m.start() and not x.start() < m.start() < x.end() for x in said):
            return m
    return None


def _parent_with_children(text: str, children: list[Child]) -> re.Match[str] | None:
    """'Mrs Rania Ffug and her three children', 'A mum, Akosua Ffug, ... with her two children': her surname, unless
    a child is named with another."""
    m = _PARENT_AND_CHILDREN.search(text) or _PARENT_WITH_CHILDREN.search(text)
    if m and all(ch.name.split()[-1] == m.group(1) for ch in children if len(ch.name.split()) > 1):
        return m
    return None


_TITLED_FULL_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss)\.?[ \t]+[{UPPER}][\w'’-]+[ \t]+([{UPPER}][\w'’-]+)")


def _another_familys(text: str, family: re.Match[str], children: list[Child]) -> bool:
    """'Plot 98 - Mr Sean Ffug and partner with two boys ... the Ffug boys go to school in Rhyl': a family named in a
    paragraph of its own, when the children's paragraphs name a parent by another surname ('Mum, Mrs Oana Ffugitru,
    ... Her children Bianca (10) and Rares (7)')."""

    def paragraph(pos: int) -> tuple[int, int]:
        end = text.find("\n\n", pos)
        return text.rfind("\n\n", 0, pos), len(text) if end < 0 else end

    own = paragraph(family.start())
    kids = {paragraph(m.start) for ch in children for m in ch.mentions}
    if not kids or own in kids:
        return False
    surname = family.group(1).lower()
    return any(
        t.group(1).lower() != surname
        for start, end in kids
        for t in _TITLED_FULL_NAME.finditer(text, max(0, start), end)
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
        if len(cl) == len(low) >= 3 and not set(cl[1:-1]) & set(low[1:-1]):
            continue  # "WONG Tsz Ching" and "WONG Tsz Hin": siblings who share a generation name, not one child
        if _same_forename(cl[0], low[0]) and (len(cl) == 1 or len(low) == 1 or cl[-1] == low[-1]):
            return ch
        if len(cl) > len(low) > 1 and cl[: len(low)] == low:
            return ch  # "John Joe" of "John Joe Ffug": the forenames without the surname
        if len(low) > len(cl) > 1 and low[: len(cl)] == cl:
            return ch  # a subject's "Tiago Ffug (Yr 9)" and the body's "Tiago Ffug da Silva": one child
    return None


def _same_forename(a: str, b: str) -> bool:
    """'Tia' and 'Tia-Rose': a double forename is often shortened to its first part."""
    return a == b or a.split("-")[0] == b or b.split("-")[0] == a


def _longer_forename(name: str, other: str) -> str:
    """The child's name with the fuller of two forms of its forename ('Tia Ffug', 'Tia-Rose' -> 'Tia-Rose Ffug')."""
    if not name.split() or not other.split():
        return name
    first, rest = name.split()[0], name.split()[1:]
    said = other.split()[0]
    if said.lower().startswith(first.lower() + "-") and (len(other.split()) == 1 or other.split()[1:] == rest):
        return " ".join([said, *rest])
    return name


_UNNAMED = re.compile(
    r"\b(?:a|an|the)\s+(?:little\s+|young\s+|small\s+|teenage\s+|school[- ]age\s+)?(girl|boy|child|lad|teenager)\b",
    re.IGNORECASE,
)
_ABOUT_AGE = re.compile(
    rf"\b(?:about|around|roughly|maybe|aged?|looks|who\s+is|who['’]s|(?:he|she)['’]?s|who\s+I\s+think\s+is)\s+"
    rf"(?:about\s+)?{NUM}\b(?![ \t]*(?:or|to|-|–)[ \t]*\d)"  # (not "about 5 or 6": no one age)
    rf"|^[^.\n(]{{0,20}}\({NUM}\)",
    re.IGNORECASE,
)
# "two children, a boy who is 7 and a girl who is 9": two unnamed children, each with its own age.
# (or "a little lad, I think he's called Riley, he'd be about 8, and a little girl who looks about 5")
_AND_ANOTHER = re.compile(r"[^.\n]{0,60}?\s(?:and|&)\s+$", re.IGNORECASE)


def unnamed_child(text: str, zones: list[tuple[int, int]]) -> list[Child]:
    """A report about "a little girl" with no name is still about one child (name to be asked); "a boy who is 7 and
    a girl who is 9" is about two."""
    found = [m for m in _UNNAMED.finditer(text) if not any(s <= m.start() < e for s, e in zones)]
    if not found:
        return []
    first = found[0]
    pair = len(found) > 1 and _AND_ANOTHER.fullmatch(text, first.end(), found[1].start()) is not None
    if pair:
        second = found[1]
        return [_unnamed(text, first, [first], second.start()), _unnamed(text, second, [second], second.end() + 200)]
    return [_unnamed(text, first, found, None)]


# "There is also a younger girl, maybe 6 - I didn't catch her name": a child besides the named ones, unnamed.
# ... "a boy called Alfie hes about 8 and a girl older maybe 10 or 11 i dont know her name", "Reem's little brother
# is with them too - not ours, about 6, ... don't know his name", a list's "Boy - didn't catch his name, he's 7"
_ALSO_UNNAMED = re.compile(
    r"(?:\b(?:also|another)\s+(?:a\s+|an\s+)?|\band\s+(?:there['’]?s\s+|there\s+is\s+)?(?:a|an)\s+"
    r"|(?-i:[A-Z])[\w'’-]+['’]s\s+|(?:^|\n)[ \t]*(?=(?:girl|boy)\s*[-–:])"
    # "his little brother who I think is 8"
    r"|\b(?:his|her)\s+(?=(?:younger\s+|older\s+|little\s+|big\s+)?(?:brother|sister)\s+who\b))"
    r"(?:younger\s+|older\s+|little\s+|small\s+)?(?:girl|boy|child|brother|sister)\b"
    r"(?=[^.\n]{0,100}?\b(?:didn['’]?t|did\s+not|don['’]?t|do\s+not)\s+(?:catch|know|get)\s+(?:her|his|their)\s+name)",
    re.IGNORECASE,
)


def other_of_a_pair(text: str, zones: list[tuple[int, int]], kids: list[Child]) -> list[Child]:
    """'a boy about 9 and a girl who looks about 12. I think the boy is called Leo': the one child named is one of a
    pair described, the other is a child unnamed; the named one takes the age said of them."""
    pair = unnamed_child(text, zones) if len(kids) == 1 and kids[0].first else []
    if len(pair) != 2:
        return []
    first = re.escape(kids[0].first)
    said = re.search(
        rf"\bthe\s+(boy|girl)(?:\b[^.\n]{{0,20}}?\b(?:called|named)|['’]?s\s+name\s+is)\s+{first}\b"
        rf"|\bcall(?:s|ed)?\s+the\s+(boy|girl)\s+{first}\b"
        # "a little lad, I think he's called Riley": named as soon as described
        rf"|\ban?\s+(?:little\s+|young\s+)?(boy|girl|lad)\b[^.\n]{{0,25}}?\b(?:called|named)\s+{first}\b",
        text,
        re.IGNORECASE,
    )
    if not said:
        return []
    as_said = {"lad": "boy"}  # "a little lad" is the boy of the pair
    said_as = next(g for g in said.groups() if g).lower()
    gender = as_said.get(said_as, said_as)
    genders = [as_said.get(w, w) for w in (ch.mentions[0].text.split()[-1].lower() for ch in pair)]
    if genders.count(gender) != 1:
        return []
    named_one, other = (pair[0], pair[1]) if genders[0] == gender else (pair[1], pair[0])
    kids[0].age = kids[0].age or named_one.age
    kids[0].start = min(kids[0].start, named_one.start)  # first said as "a boy about 8": in that order
    return [other]


def unnamed_besides(text: str, zones: list[tuple[int, int]]) -> list[Child]:
    """Children a report speaks of beside the named ones but whose names the writer does not know."""
    return [
        _unnamed(text, m, [m], m.end() + 60)
        for m in _ALSO_UNNAMED.finditer(text)
        if not any(s <= m.start() < e for s, e in zones)
    ]


def _unnamed(text: str, said: re.Match[str], mentions: list[re.Match[str]], limit: int | None) -> Child:
    """The unnamed child `said` first names, its age looked for after each of `mentions` (up to `limit`)."""
    ch = Child("", said.start(), said.end(), [NameMention(said.group(), said.start(), said.end())], confidence=0.5)
    # The age may be given with a later mention: "a little girl at our club" (subject) ... "a girl ..., about 9".
    for m in mentions:
        end = m.start() + 200 if limit is None else limit
        age = _ABOUT_AGE.search(text[m.end() : end])
        g = age.lastindex if age else None  # "about 9" or the bracketed "(9)": whichever group matched
        if age and g and 2 <= number(age.group(g)) <= 18:
            ch.age = (number(age.group(g)), m.end() + age.start(g), m.end() + age.end(g))
            break
    return ch


def stated_age_re(names: list[str | None]) -> re.Pattern[str]:
    """An age said of a child away from its name: "he's 11", "Amy is 8", "aged 9", "a 10 year old"."""
    # ... "he said the twins are 9"
    who = "|".join(["he", "she", "they", r"the\s+twins"] + [re.escape(n.split()[0]) for n in names if n])
    return re.compile(
        # "He is believed to be 15"
        rf"(?:\b(?:{who})\s*(?:is\s+(?:believed|thought|said|understood)\s+to\s+be|'s|’s|is|are|looks?"
        r"|(?:has\s+|have\s+|just\s+)?turned)\s+"
        r"(?:now\s+|actually\s+|only\s+|currently\s+|about\s+|around\s+)?"
        r"|\bs?hes\s+"  # "she told me shes 9"
        r"|\b(?:his|her)\s+age\s+as\s+"  # "She gave her name as Wang Xiu and her age as 15"
        r"|\bmae\s+(?:hi|o|e|fe)['’]n\s+"  # Welsh "Ela ydi'r hogan, mae hi'n 8" (she is 8)
        r"|\b(?:both|all)\s+(?:aged\s+)?(?=\d{1,2}\s*(?:[,.;)]|and\b|$))"  # "the Ffug twins (Y4, both 8)"
        # "aged 9", a form's "Child's age (if known): about 10"
        # "aged 9", Welsh "oed 9" (age 9)
        r"|\b(?:aged?|oed)(?:[ \t]*\([^()\n]{1,20}\))?\s*:?\s*(?:about\s+|around\s+|approx\.?\s+)?)"
        rf"(\d{{1,2}}|{_AGE_WORDS})\b(?!\s*(?:weeks?|months?|days?|hours?|minutes?|%|:|/|of\b))"
        # not a duration: "no contact for 2 yrs", "in Wales 3 years", "over 2 years"
        r"|(?<!\bfor\s)(?<!\bover\s)(?<!\blast\s)(?<!\bpast\s)(?<!\bwithin\s)"
        r"\b(\d{1,2})[ -]?(?:years?[ -]old|yrs?\b(?!\s+(?:ago|now|since|later))|y/?o\b|oed\b)",
        re.IGNORECASE,
    )


# School ages written as words ("she told my daughter shes six"): four to sixteen, not "one" or "two" of them.
_AGE_WORDS = "|".join(w for w, n in NUMBER_WORDS.items() if 4 <= n <= 16)


def stated_age(m: re.Match[str]) -> int:
    """The age a stated_age_re match says."""
    return number(m.group(1) or m.group(2))
