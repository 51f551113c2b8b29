"""Priority and the words of the report that set it."""

from __future__ import annotations

from datetime import date

import pytest

from intake import priority as p

RECEIVED = date(2026, 11, 20)


def assess(text: str, *, concern: bool = False, indicators: tuple[str, ...] = (), evidence=()) -> p.Priority:
    return p.assess(
        child_protection_concern=concern, risk_indicators=indicators, evidence=list(evidence),
        messages={7: text}, received=RECEIVED, long_absence_days=28,
    )


def test_nothing_pressing_is_normal_with_no_reasons() -> None:
    found = assess("Family moved into the area last week; not yet on a school roll.")
    assert found.level == p.NORMAL and found.reasons == ()


def test_a_child_protection_concern_is_urgent_and_quotes_the_evidence_where_it_stands() -> None:
    text = "Hi. Cai came in with bruising to his arm and said dad did it. Not in school since Monday."
    words = "bruising to his arm"
    found = assess(text, concern=True, evidence=[{"value": words, "message_id": 7, "start": 0, "end": 5}])
    assert found.level == p.URGENT
    reason = found.reasons[0].to_json()
    assert reason["code"] == "child_protection_concern"
    assert reason["words"] == words
    # The extractor's span is into its own prepared text: the words are placed in the stored text.
    assert text[reason["start"]:reason["end"]] == words and reason["message_id"] == 7


def test_a_concern_without_evidence_quotes_the_clause_of_the_report_that_raised_it() -> None:
    text = "Moved here in May. School have safeguarding concerns about the home; no GP known."
    words = assess(text, concern=True).reasons[0].words
    assert words is not None and words.text == "School have safeguarding concerns about the home"
    assert text[words.start:words.end] == words.text


def test_high_risk_groups_raise_priority_and_the_gravest_are_urgent() -> None:
    dv = assess("Mum and the children fled domestic abuse and are at the refuge.",
                indicators=("domestic_violence", "refuge"))
    assert dv.level == p.HIGH
    assert [r.code for r in dv.reasons] == ["domestic_violence", "refuge"]
    assert dv.reasons[0].words.text == "Mum and the children fled domestic abuse and are at the refuge"
    cse = assess("Police believe she is being groomed by older males.", indicators=("sexual_exploitation",))
    assert cse.level == p.URGENT and "groomed by older males" in cse.reasons[0].words.text


def test_length_of_absence_counts_from_the_date_given() -> None:
    long_gone = assess("Ffion has not attended since 3rd October.")
    assert long_gone.level == p.HIGH
    assert long_gone.reasons[0].code == "length_of_absence"
    assert long_gone.reasons[0].words.text == "Ffion has not attended since 3rd October"
    recent = assess("Ffion has not attended since 16 November.")
    assert recent.level == p.NORMAL


def test_length_of_absence_in_weeks_and_last_seen_dates() -> None:
    assert p.absence_days({1: "He has been absent for six weeks now."}, RECEIVED)[0] == 42
    assert p.absence_days({1: "Last seen on 01/09/2026 at the gate."}, RECEIVED)[0] == 80
    # A date later in the year than the report is last year's.
    assert p.absence_days({1: "Not been in school since December."}, RECEIVED)[0] == 354


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Osian hasn't been in school since the end of June.", 145),
        ("The twins have not been in since the 14th, no answer at the door.", 6),
        ("She's been out of school for nearly 3 weeks now.", 21),
        ("Tomos hasn't been in for 2 weeks.", 14),
        ("Previous school: Ysgol Ffug (last attended on 23/10/2026).", 28),
        ("Mali has been reported missing from home on three occasions since May.", None),
        ("Dad said they would be away for a few weeks.", None),
    ],
)
def test_the_ways_referrers_say_how_long_a_child_has_been_out_of_school(text: str, days: int | None) -> None:
    found = p.absence_days({1: text}, RECEIVED)
    assert (found[0] if found else None) == days


def test_vulnerability_raises_priority_with_its_words() -> None:
    found = assess("He is autistic and non-verbal; mum says they moved to Swansea.")
    assert found.level == p.HIGH
    assert found.reasons[0].code == "vulnerability"
    assert found.reasons[0].words.text == "He is autistic and non-verbal"


def test_reasons_come_most_pressing_first() -> None:
    found = assess("Not attended for 2 months. Disclosed that she was hit at home.", concern=True,
                   indicators=("domestic_violence",))
    assert [r.level for r in found.reasons] == sorted((r.level for r in found.reasons), key=p.LEVELS.index)
    assert found.reasons[0].code == "child_protection_concern"


def test_higher_picks_the_more_pressing() -> None:
    assert p.higher("normal", "urgent") == "urgent"
    assert p.higher(None, "high") == "high"
    assert p.higher(None, None) == "normal"


def test_a_long_sentence_is_quoted_around_its_words_only() -> None:
    text = "Background: " + "the family moved several times in recent years and " * 6 + "mum disclosed abuse."
    words = p.find_words(p.CONCERN_WORDS, {1: text})
    assert words is not None and "disclosed" in words.text and len(words.text) <= p.CLAUSE_MAX


def test_coded_evidence_quotes_the_words_at_its_span_when_they_are_there() -> None:
    text = "Update: the family fled domestic abuse in Bristol. Not at school."
    start = text.index("domestic abuse")
    evidence = [{"value": "domestic_violence", "message_id": 7, "start": start, "end": start + 14}]
    words = assess(text, indicators=("domestic_violence",), evidence=evidence).reasons[0].words
    assert words is not None and words.text == "Update: the family fled domestic abuse in Bristol"


def test_coded_evidence_with_a_span_into_other_text_is_looked_for_afresh_never_quoted_as_a_code() -> None:
    text = "> quoted earlier mail\nMum says they are staying at a refuge for now."
    evidence = [{"value": "refuge", "message_id": 7, "start": 0, "end": 6}]  # a span into the prepared text
    found = assess(text, indicators=("refuge",), evidence=evidence)
    assert found.reasons[0].words is not None
    assert found.reasons[0].words.text == "Mum says they are staying at a refuge for now"
    concern = assess(text, concern=True, evidence=[{"value": "child_protection_concern", "message_id": 7,
                                                    "start": 0, "end": 5}])
    assert concern.reasons[0].words is None or "child_protection_concern" not in concern.reasons[0].words.text
