"""Which child a stated fact belongs to: the child named in the same clause or line, else every child."""

from __future__ import annotations

import re

from nlp.children import Child

# Clause ends: ; ! ? and full stops that do not follow a title or an initial.
CLAUSE_END = re.compile(r"[;!?\n]|(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\b[A-Z])\.(?=\s|$)")


def _bounds(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int]:
    start = 0
    for m in rx.finditer(text, 0, pos):
        start = m.end()
    after = rx.search(text, pos)
    return start, (after.start() if after else len(text))


_LINE = re.compile(r"\n")
# "..., Alfie at": a child's first name after a comma, and where they are
_BESIDE = r"\s+(?:(?:was|is|were|are)\s+)?(?:at|in)\s+"
_EVERY_CHILD = re.compile(
    r"\b(?:both|all|each|every|the children|the kids|they|their|neither"
    r"|eu|y plant|y ddau|y ddwy|ill dau|ill tri)\b",  # Welsh: their, the children, the two, both of them
    re.IGNORECASE,
)
_THE_OTHERS = re.compile(
    r"\bthe\s+(?:(?:two|three|four)\s+)?(?:younger|older|other)\s+(?:two|three|four|ones|children|kids|boys|girls)\b"
    r"|\bthe\s+(?:others|rest)\b",
    re.IGNORECASE,
)
_ITEM_START = re.compile(r"[ \t]*(?:[-•*|][ \t]*|\d+[.)][ \t]*)?")


def owners(text: str, pos: int, children: list[Child]) -> list[int]:
    """Indices of the children a fact at `pos` is about: those named earlier in its clause; else the child a
    list line starts with; else every child."""
    everyone = list(range(len(children)))
    if len(children) <= 1:
        return everyone
    s, _ = _bounds(text, pos, CLAUSE_END)
    named = [i for i, ch in enumerate(children) if any(s <= m.start < pos for m in ch.mentions)]
    if len(named) > 1:
        # "(Jayden was at Ffug Community School, Alfie at Ffug Primary School)": each fact beside its own name
        before = text[max(s, pos - 40) : pos]
        beside = [
            i
            for i in named
            if children[i].first
            and re.search(rf"[,;]\s*{re.escape(children[i].first)}{_BESIDE}$", before, re.IGNORECASE)
        ]
        if len(beside) == 1:
            return beside
    if len(named) == 1 and len(children) > 2:
        # "Zara was at Ffug Community School and the two younger ones were at Ffug Primary": the others
        said = max(m.end for m in children[named[0]].mentions if s <= m.start < pos)
        if _THE_OTHERS.search(text, said, pos):
            return [i for i in everyone if i not in named]
    if named:
        return named
    if _EVERY_CHILD.search(text[s:pos]):
        return everyone
    ls, le = _bounds(text, pos, _LINE)
    bullet = _ITEM_START.match(text, ls)  # always matches: every part is optional
    item = bullet.end() if bullet else ls
    # A list line is short; a paragraph that merely starts with a child's name speaks of them all.
    is_item = le - ls <= 160 or item > ls
    starts = [i for i, ch in enumerate(children) if is_item and any(m.start == item for m in ch.mentions)]
    if starts:
        return starts
    # "Tobenna Ffug - date of birth 04/04/2032. He has ... She attended ...": a paragraph headed by one child's name,
    # set off by a dash, colon or bracket, speaks of that child until another is named
    para = max((m.end() for m in _BLANK_LINE.finditer(text, 0, ls + 1)), default=0)
    headed = [i for i, ch in enumerate(children) if any(m.start == para for m in ch.mentions)]
    others = [i for i, ch in enumerate(children) if any(para < m.start < pos for m in ch.mentions)]
    if len(headed) == 1 and not set(others) - set(headed):
        head = next(m for m in children[headed[0]].mentions if m.start == para)
        if _HEAD_AFTER.match(text, head.end):
            return headed
    if _FORM_LINE.match(text, ls):
        # A form written a block per child ("CHILD 2 / Surname: / Forename: / DOB:"): the one child named
        # earlier in the same block, the blocks set apart by blank lines or numbered ("1.  Surname   FFUG").
        block = max([para] + [m.start() for m in _NUMBERED.finditer(text, 0, ls)])  # the paragraph read above
        in_block = [i for i, ch in enumerate(children) if any(block <= m.start < pos for m in ch.mentions)]
        if len(in_block) == 1:
            return in_block
    return everyone


# "DOB: 14/02/2033", or a form laid out in columns: "DOB             14/02/2033".
_FORM_LINE = re.compile(r"[ \t]*(?:[-•*][ \t]*)?[\w'’ /().-]{1,40}(?::|(?<=\w)(?:[ \t]{3,}|\t)\S)")
_NUMBERED = re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+\S")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HEAD_AFTER = re.compile(r"[ \t]*(?:[-–—:(]|,[ \t]*(?:DOB|born|aged?|\d))")
