"""Marking the source of each value in the message as received."""

from __future__ import annotations

from bot.web.highlight import segments
from intake.desk import ChildView, FieldView
from intake.sources import locate

ORIGINAL = "Hi,\nSeren Bevan lives at 4 Stryd y Capel,\nTonypandy, CF40 1AB.\n> quoted older mail\n"
# What the extractor read: a subject line first, the quote gone, the line break inside the address joined.
READ = "Subject: Seren\n\nHi,\nSeren Bevan lives at 4 Stryd y Capel, Tonypandy, CF40 1AB.\n"


def _span(read_value: str) -> dict:
    start = READ.index(read_value, 10)
    return {"message_id": 7, "start": start, "end": start + len(read_value), "confidence": 0.9}


def _child(**sources: dict) -> ChildView:
    return ChildView(1, 0, [FieldView(name, name, None, None, source=src) for name, src in sources.items()])


def test_a_span_of_the_read_text_is_found_in_the_message_as_received():
    span = _span("4 Stryd y Capel, Tonypandy, CF40 1AB")
    start, end = locate(ORIGINAL, READ, span["start"], span["end"])
    assert ORIGINAL[start:end] == "4 Stryd y Capel,\nTonypandy, CF40 1AB"


def test_nested_spans_both_get_marked_and_anchored():
    child = _child(
        address=_span("4 Stryd y Capel, Tonypandy, CF40 1AB"),
        postcode=_span("CF40 1AB"),
        name=_span("Seren Bevan"),
    )
    segs = segments(ORIGINAL, READ, 7, [child])
    assert "".join(s.text for s in segs) == ORIGINAL
    marked = {s.text: s.labels for s in segs if s.labels}
    assert marked["CF40 1AB"] == ["child 1: address", "child 1: postcode"]
    assert marked["Seren Bevan"] == ["child 1: name"]
    starts = {a: s.text for s in segs for a in s.anchors}
    assert starts == {
        "src-0-address": "4 Stryd y Capel,\nTonypandy, ",
        "src-0-postcode": "CF40 1AB",
        "src-0-name": "Seren Bevan",
    }


def test_spans_of_another_message_or_out_of_range_are_left_alone():
    child = _child(
        name={"message_id": 8, "start": 0, "end": 5}, school={"message_id": 7, "start": 500, "end": 510}
    )
    assert [s.labels for s in segments(ORIGINAL, READ, 7, [child])] == [[]]


def test_a_value_read_from_a_form_typed_in_capitals_is_still_found():
    original = "CHILD NAME: SEREN BEVAN\nADDRESS: 4 STRYD Y CAPEL, TONYPANDY\n"
    read = "Child Name: Seren Bevan\nAddress: 4 Stryd y Capel, Tonypandy\n"  # the extractor's title case
    start = read.index("Seren Bevan")
    assert locate(original, read, start, start + len("Seren Bevan")) is not None
    found = locate(original, "Subject: x\n\n" + read, start + 12, start + 12 + len("Seren Bevan"))
    assert found is not None and original[found[0]:found[1]] == "SEREN BEVAN"
