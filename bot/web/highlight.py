"""Marking, in an original message, the words each extracted value came from."""

from __future__ import annotations

from dataclasses import dataclass

from intake.desk import ChildView


@dataclass
class Segment:
    text: str
    anchor: str | None = None  # id of the <mark>, which the field's "source" link jumps to
    label: str | None = None


def anchor(child_position: int, field: str) -> str:
    return f"src-{child_position}-{field}"


def segments(text: str, message_id: int, children: list[ChildView]) -> list[Segment]:
    """The message split into plain runs and marked spans; overlapping spans keep the first that starts."""
    spans = []
    for child in children:
        for f in child.fields:
            src = f.source or {}
            if src.get("message_id") != message_id:
                continue
            start, end = src.get("start"), src.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                label = f"child {child.position + 1}: {f.label}"
                spans.append((start, end, anchor(child.position, f.name), label))
    spans.sort()
    out: list[Segment] = []
    pos = 0
    for start, end, anchor_id, label in spans:
        if start < pos:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], anchor_id, label))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
