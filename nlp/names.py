"""Person-name mentions: runs of capitalised words that can be a name, with titles split off."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicon import NOT_NAME, POLICE_RANKS, TITLES, WORD_FORENAMES

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŴŶŸŹŻŽȘȚ"
_TOKEN = rf"[{UPPER}][\w'’]*(?:-[\w'’]+)*\.?"
_PARTICLE = r"(?:ap|ab|van|von|de|dela|del|der|den|da|dos|das|di|du|le|la|bin|binti|al|el|ni|nic|mac|y)"
# The small words inside a surname that carry it on ("Mali ap Gwyn", "Tiago Ferreira dos Santos"), never its end.
# ("Miguel dela Cruz", as Filipino surnames are written)
_INNER_PARTICLES = {"y", "ap", "ab", "de", "dela", "del", "van", "von", "al", "el", "da", "dos", "das", "der", "den"}
_PARTICLES_AFTER_A_FORENAME = _INNER_PARTICLES - {"y"}  # a Welsh "y" after a name starts a place, not a surname
# ... as a regex alternation, for the patterns that read a name out of a phrase ("Mr Tiago da Silva (father)")
SURNAME_PARTICLE = "|".join(sorted(_PARTICLES_AFTER_A_FORENAME))
# A run of name-like tokens on one line (titles and particles allowed inside).
# Words of one name are one or two spaces apart: a run of spaces or a tab separates a form's or a table's cells
# ("Child name:  Shannon Ffug          Age: 9").
NAME_RUN = re.compile(rf"(?<![\w'’-])({_TOKEN}(?:[ ]{{1,2}}(?:{_PARTICLE}[ ]{{1,2}}){{0,2}}{_TOKEN})*)")  # "van der"


# Words that are NOT_NAME on their own but are middle names between a forename and a surname.
# ... and day and month names that are forenames too, inside a name: "NGUYEN Thu Ha", "LI Sun Mei", "WANG Jun Hao"
_MIDDLE_NAMES = WORD_FORENAMES | {"mae", "thu", "sun", "jun"}
# Street words that are surnames too, after a forename with no house number before it.
_STREET_SURNAMES = {"lane"}
# ... and forenames too when a surname follows: "Summer Price", "April Hughes", "Jun CHEN" (but "Summer Term" is no
# one).
_FORENAMES_TOO = {"may", "june", "april", "summer", "autumn", "jun"}


@dataclass(frozen=True)
class NameMention:
    """A person's name as written, its span, and the title or rank written before it."""

    text: str
    start: int
    end: int
    title: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


def _is_caps(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _nameable(tok: str) -> bool:
    low = tok.lower().rstrip(".").strip("'’")
    if low in NOT_NAME or low.rstrip("'s’") in NOT_NAME and tok.endswith(("'s", "’s")):
        return False
    if any(ch.isdigit() for ch in tok):
        return False
    return len(tok.rstrip(".")) >= 2 or tok.endswith(".")  # "J." is an initial


def find_names(text: str, start: int = 0, end: int | None = None) -> list[NameMention]:
    """Candidate person names in text[start:end], title-led or plain, each up to four words."""
    end = len(text) if end is None else end
    out: list[NameMention] = []
    for m in NAME_RUN.finditer(text, start, end):
        toks = [(t.group(), m.start() + t.start(), m.start() + t.end()) for t in re.finditer(r"\S+", m.group())]
        title: str | None = None
        run: list[tuple[str, int, int]] = []

        def flush() -> None:
            nonlocal run, title
            while run and (
                run[-1][0].lower() in _INNER_PARTICLES
                or run[-1][0].endswith(".")
                and len(run[-1][0]) > 2
            ):
                run.pop()
            # An all-capitals word is a surname only after a forename ("Aled PROSSER").
            if (
                run
                and _is_caps(run[0][0])
                and not (title and len(run) == 1)
                and not _surname_first(text, run)
                and not _AFTER_NICKNAME.search(text, max(0, run[0][1] - 40), run[0][1])
            ):
                run = []
            while run and re.fullmatch(r"[A-Z]\.?", run[-1][0]):
                run.pop()  # an initial ends no name
            # "Ceri Walsh MB BCh MRCGP": letters after a name are not part of it (only when the run is too long).
            while len(run) > 4 and re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,}", run[-1][0]):
                run.pop()
            # (four words, not counting the small words inside a surname: "Tiago Miguel Ferreira da Silva")
            if run and len([t for t in run if t[0].lower() not in _PARTICLES_AFTER_A_FORENAME]) <= 4:
                s, e = run[0][1], run[-1][2]
                # "Mia Ffugers' (Y4) little brother": the span ends before a possessive's apostrophe, as it does
                # before "'s", so that what is said after it is read as said after a possessive
                name = text[s:e].rstrip("'’")
                out.append(NameMention(name, s, s + len(name), title))
            run = []
            title = None

        for i, (tok, s, e) in enumerate(toks):
            low = tok.lower().rstrip(".")
            if (
                low in _MIDDLE_NAMES
                and (run or low in _FORENAMES_TOO)
                and not tok.endswith(".")
                and i + 1 < len(toks)
                and _nameable(toks[i + 1][0].rstrip("."))
            ) or (
                # "Summer (11)", "Kayden who is 8 and Summer who I think is 11": an age after says a name
                not run
                and low in _FORENAMES_TOO
                # ... "the girl Summer is 8 I think"
                and _AGE_AFTER_WORD_NAME.match(text, e)
            ):
                run.append((tok, s, e))  # "Olivia Mae Harris": a month or a Welsh word as a middle name
                continue
            if low in TITLES or low in POLICE_RANKS:
                flush()
                title = tok.rstrip(".")
                continue
            if re.fullmatch(r"[A-Z]['’]s", tok):
                flush()  # "Z's DOB 03/02/2029": an initial's, which names no one
                continue
            if tok.endswith(("'s", "’s")) and _nameable(tok[:-2]):
                run.append((tok[:-2], s, e - 2))
                flush()
                continue
            initial = re.fullmatch(r"[A-Z]\.?", tok) is not None
            surname_too = (
                low in _STREET_SURNAMES and len(run) == 1 and not re.search(r"\d[ \t]*$", text[: run[0][1]])
            )  # "Oscar Lane (DOB ...)" is a boy; "12 Oak Lane" is a street
            particle = bool(run) and tok.lower() in _PARTICLES_AFTER_A_FORENAME
            if _nameable(tok) or initial or surname_too or particle:
                sentence_end = tok.endswith(".") and not initial
                run.append((tok.rstrip(".") if sentence_end else tok, s, e - (1 if sentence_end else 0)))
                if sentence_end:
                    flush()
            else:
                flush()
        flush()
    return _join_nicknames(text, out)


# 'Oluwatobiloba ("Tobi") ADEYEMI': a surname in capitals after a forename and its nickname
_AFTER_NICKNAME = re.compile(
    r"\b[A-Z][\w'’-]+[ \t]+(?:\([ \t]*[\"“‘']?[\w-]{1,15}[\"”’']?[ \t]*\)|[\"“‘'][\w-]{1,15}[\"”’'])[ \t]+$"
)
# An age straight after a word that is a forename too: "Summer (11)", "Summer who I think is 11", "Summer is 8"
_AGE_AFTER_WORD_NAME = re.compile(r"[ \t]*\(\s*\d{1,2}\s*\)|[ \t]+(?:who\b[^.\n\d]{0,15}\b)?is\s+\d{1,2}\b")
# What may stand before a surname in capitals on its line: a list mark or number, a label, a title, or words
# that introduce a person.
_SURNAME_FIRST_AFTER = re.compile(
    r"[ \t]*(?:(?:[-•*]|\d{1,2}[.)])[ \t]*)?|[^\n]*:[ \t]*|[^\n]*\b(?:Mr|Mrs|Ms|Miss)\.?[ \t]+"
    # "A Vietnamese male, NGUYEN Van Minh,", "a school for my son CHEN Yuxuan"
    r"|[^\n]*\b(?:male|female|boy|girl|man|woman|juvenile|teenager|youth|child|named|called|as|son|daughter"
    r"|grandson|granddaughter|pupil),?[ \t]+"
)

# "Hi all. WONG Hei Tung (Hayley), DOB 2029-11-05": a date of birth straight after says a person
_DOB_NEXT = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[,–-]?[ \t]*(?:DOB|D\.O\.B|d\.o\.b|born)\b")


def _surname_first(text: str, run: list[tuple[str, int, int]]) -> bool:
    """'Mother: LAU Mei Ling', '1. WONG Ka Ho', 'Mr WONG Chi Keung': a surname in capitals written first, as many
    naming customs do, then forenames in mixed case, where a label, a list number or a title starts it."""
    if len(run) < 2 or len(run[0][0]) < 2 or any(_is_caps(t) for t, _, _ in run[1:]):
        return False
    before = text[text.rfind("\n", 0, run[0][1]) + 1 : run[0][1]]
    if _SURNAME_FIRST_AFTER.fullmatch(before):
        return True
    # ... or starts a sentence or clause with a date of birth after it (not "at YGG Ffug, DOB ...": a school)
    # ... or a dash: "NEVER arrived since Sept - ZHANG Yuxi (goes by Lucy), DOB ..."
    return bool(re.search(r"(?:^|[.!?:;,(]\s*|\s[-–]\s+)$", before) and _DOB_NEXT.match(text, run[-1][2]))


def _join_nicknames(text: str, found: list[NameMention]) -> list[NameMention]:
    """'Jessica (Jess) Ffug', 'Wing Yan (Wendy) Ffug' are one person: the forenames and the surname around a nickname
    in brackets or quotes."""
    out: list[NameMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        # (or two names in the brackets: "Johnny (John Joseph) Ffug")
        if i + 2 < len(found) and len(a.tokens) <= 2 and len(found[i + 1].tokens) <= 2:
            nick, b = found[i + 1], found[i + 2]
            # or 'Tobenna "Tobi" Ffug', 'Ifeoma ("Ify") Ffug'
            # ... or 'Tomos (known as Tom) Ffug', 'Tomos (aka Tom) Ffug', 'Hei Tung (goes by Hayley) Ffug'
            opened = re.fullmatch(
                r"[ \t]*(?:\((?:(?:known[ \t]+as|aka|a\.k\.a\.?|called|goes[ \t]+by)[ \t]+)?[\"“‘']?|[\"“‘'])",
                text[a.end : nick.start],
                re.IGNORECASE,
            )
            if opened and re.fullmatch(r"(?:[\"”’']?\)|[\"”’'])[ \t]+", text[nick.end : b.start]):
                out.append(NameMention(f"{a.text} {b.text}", a.start, b.end, a.title))
                i += 3
                continue
        # "Dylan 'Dyl' Ffug", "Jordan 'JJ' Ffug-Mahoney", "Bridget ('Bridie') Ffug": a quoted nickname the name finder
        # did not take as a name
        if i + 1 < len(found) and len(a.tokens) == 1:
            b = found[i + 1]
            quoted = r"['\"‘“][\w-]{1,12}['\"’”]"
            if re.fullmatch(rf"[ \t]+(?:{quoted}|\({quoted}\))[ \t]+", text[a.end : b.start]):
                out.append(NameMention(f"{a.text} {b.text}", a.start, b.end, a.title))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def display_name(name: str) -> str:
    """'Nia WATTS-LLOYD' -> 'Nia Watts-Lloyd'; mixed case is left as written."""

    def fix(tok: str) -> str:
        if not _is_caps(tok):
            return tok
        return re.sub(r"[\w]+", lambda p: p.group().capitalize(), tok.lower())

    tokens = name.split()
    if len(tokens) > 2 and tokens[0].rstrip(".").lower() in _FOREIGN_TITLES:
        tokens = tokens[1:]  # "Sra Ana Paula Ffug": the title is not part of the name as English forms write it
    return " ".join(fix(t) for t in tokens)


_FOREIGN_TITLES = {"sr", "sra", "srta"}
