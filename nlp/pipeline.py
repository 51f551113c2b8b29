"""The project's spaCy pipeline: its own NER (trained by `make model`) plus a pattern component for the
structured items (postcodes, UPNs with a valid check letter, UK dates, phone numbers). Loaded once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.validators import DATE_RE, PHONE_RE, POSTCODE_RE, find_unchecked_upns, find_upns, parse_date_match

MODEL_DIR = Path(__file__).with_name("model")


@Language.component("cme_structured_items")
def structured_items(doc: Doc) -> Doc:
    """Spans in doc.spans['structured'] for POSTCODE, UPN, DATE and PHONE, each checked by its validator, and
    UPN_UNCHECKED for a labelled UPN whose check letter is wrong."""
    spans: list[Span] = []
    text = doc.text
    found = [(m.start(), m.end(), "POSTCODE") for m in POSTCODE_RE.finditer(text)]
    found += [(s, e, "UPN") for _, s, e in find_upns(text)]
    found += [(s, e, "UPN_UNCHECKED") for _, s, e in find_unchecked_upns(text)]  # labelled, check letter wrong
    found += [(m.start(), m.end(), "DATE") for m in DATE_RE.finditer(text) if parse_date_match(m)]
    found += [(m.start(), m.end(), "PHONE") for m in PHONE_RE.finditer(text)]
    for s, e, label in found:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["structured"] = spans
    return doc


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The trained pipeline (or a blank English one when the model has not been built yet)."""
    nlp = spacy.load(MODEL_DIR) if (MODEL_DIR / "meta.json").exists() else spacy.blank("en")
    nlp.add_pipe("cme_structured_items", last=True)
    return nlp


def entities(doc: Doc, label: str) -> list[Span]:
    """The NER's spans with one label."""
    return [e for e in doc.ents if e.label_ == label]
