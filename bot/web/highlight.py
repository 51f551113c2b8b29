"""Marking, in an original message, the words each extracted value came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.desk import ChildView
from intake.sources import locate


@dataclass
class Segment:
    text: str
    labels: list[str] = field(default_factory=list)  # the fields this run of text is the source of
    anchors: list[str] = field(default_factory=list)  # ids of fields whose source starts here


def anchor(child_position: int, field_name: str) -> str:
    """The id a field's "source" link jumps to."""
    return f"src-{child_position}-{field_name}"


def segments(text: str, read: str, message_id: int, children: list[ChildView]) -> list[Segment]:
    """The message as stored cut at every span's edges, each run knowing which fields it is the source of.

    `read` is the text the extractor read, which the fields' sources index.

    Spans nest and overlap (a postcode inside an address), so runs are cut at all edges rather than
    marking whole spans, which would lose the inner one.
    """
    spans = []
    for child in children:
        for f in child.fields:
            src = f.source or {}
            start, end = src.get("start"), src.get("end")
            if src.get("message_id") != message_id or not isinstance(start, int) or not isinstance(end, int):
                continue
            found = locate(text, read, start, end)
            if found is not None:
                label = f"child {child.position + 1}: {f.label}"
                spans.append((found[0], found[1], anchor(child.position, f.name), label))
    edges = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        out.append(Segment(
            text[a:b],
            labels=[label for s, e, _, label in spans if s <= a and b <= e],
            anchors=[anchor_id for s, _, anchor_id, _ in spans if s == a],
        ))
    return out
