"""Which child a stated fact belongs to: the child named in the same clause or line, else every child."""

from __future__ import annotations

import re

from nlp.children import Child

# Clause ends: ; ! ? and full stops that do not follow a title or an initial.
_CLAUSE_END = re.compile(r"[;!?\n]|(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\b[A-Z])\.(?=\s)")


def _bounds(text: str, pos: int, rx: re.Pattern[str]) -> tuple[int, int]:
    start = 0
    for m in rx.finditer(text, 0, pos):
        start = m.end()
    m = rx.search(text, pos)
    return start, (m.start() if m else len(text))


def owners(text: str, pos: int, children: list[Child]) -> list[int]:
    """Indices of the children a fact at `pos` is about."""
    if len(children) <= 1:
        return list(range(len(children)))
    for rx in (_CLAUSE_END, re.compile(r"\n")):
        s, _ = _bounds(text, pos, rx)
        named = [i for i, ch in enumerate(children) if any(s <= m.start < pos for m in ch.mentions)]
        if named:
            return named
    return list(range(len(children)))


def is_shared(text: str, pos: int, children: list[Child]) -> bool:
    """True when the fact is not tied to one child in particular."""
    return len(owners(text, pos, children)) != 1 or len(children) == 1
