"""Compulsory school age at its edges, and the children the CME duty does not cover."""

from __future__ import annotations

from datetime import date

import pytest

from intake import eligibility as e
from intake.settings import Settings

TERMS = e.TermDates()


@pytest.mark.parametrize(
    ("born", "starts"),
    [
        # Turning five on the first day of a term: compulsory school age starts at the next term.
        (date(2020, 9, 1), date(2026, 1, 1)),
        (date(2021, 1, 1), date(2026, 4, 1)),
        (date(2021, 4, 1), date(2026, 9, 1)),
        # Turning five the day before a term starts (the prescribed day): that term.
        (date(2020, 8, 31), date(2025, 9, 1)),
        (date(2020, 12, 31), date(2026, 1, 1)),
        (date(2021, 3, 31), date(2026, 4, 1)),
        # In the middle of a term: the next one.
        (date(2020, 10, 15), date(2026, 1, 1)),
        (date(2021, 6, 20), date(2026, 9, 1)),
    ],
)
def test_compulsory_school_age_starts_the_term_after_the_fifth_birthday(born: date, starts: date) -> None:
    assert e.school_age_starts(born, TERMS) == starts


@pytest.mark.parametrize(
    ("born", "ends"),
    [
        # Sixteen on 1 September: the school year that ends the following summer.
        (date(2010, 9, 1), date(2027, 6, 25)),
        # Sixteen on 31 August: the school year that ends that summer, after its last Friday in June.
        (date(2010, 8, 31), date(2026, 6, 26)),
        # Sixteen in the spring: that June.
        (date(2010, 3, 14), date(2026, 6, 26)),
        # Sixteen on the very last Friday in June.
        (date(2010, 6, 26), date(2026, 6, 26)),
    ],
)
def test_compulsory_school_age_ends_on_the_last_friday_in_june(born: date, ends: date) -> None:
    assert e.school_age_ends(born) == ends
    assert ends.weekday() == 4 and ends.month == 6 and ends.day > 23


def test_last_friday_in_june_when_june_ends_on_a_friday() -> None:
    assert e.last_friday_in_june(2028) == date(2028, 6, 30)
    assert e.last_friday_in_june(2029) == date(2029, 6, 29)


def test_the_band_changes_on_the_first_day_of_term_and_after_the_last_friday() -> None:
    born = date(2020, 12, 31)  # five on 31 December 2025
    assert e.age_band(born, date(2025, 12, 31), TERMS) == e.UNDER_SCHOOL_AGE
    assert e.age_band(born, date(2026, 1, 1), TERMS) == e.COMPULSORY_SCHOOL_AGE
    leaver = date(2010, 5, 2)
    assert e.age_band(leaver, date(2026, 6, 26), TERMS) == e.COMPULSORY_SCHOOL_AGE
    assert e.age_band(leaver, date(2026, 6, 27), TERMS) == e.OVER_SCHOOL_AGE


def test_a_leap_day_birthday_is_reached_on_first_march() -> None:
    born = date(2020, 2, 29)
    assert e.birthday(born, 5) == date(2025, 3, 1)
    # Five on 1 March 2025, so the Easter term that begins on 1 April.
    assert e.school_age_starts(born, TERMS) == date(2025, 4, 1)


def test_an_easter_term_date_set_for_the_year_moves_the_start() -> None:
    terms = e.TermDates.from_settings(Settings(easter_term_starts={2026: date(2026, 4, 20)}))
    assert e.school_age_starts(date(2021, 4, 10), terms) == date(2026, 4, 20)
    assert e.school_age_starts(date(2021, 4, 10), TERMS) == date(2026, 9, 1)


def test_a_stated_age_at_an_edge_asks_for_the_date_of_birth() -> None:
    on = date(2026, 11, 20)
    assert e.child_band(None, 10, on, TERMS) == e.COMPULSORY_SCHOOL_AGE
    assert e.child_band(None, 3, on, TERMS) == e.UNDER_SCHOOL_AGE
    assert e.child_band(None, 17, on, TERMS) == e.OVER_SCHOOL_AGE
    # A five year old may have turned five since September (not yet of age) or before (of age).
    assert e.child_band(None, 5, on, TERMS) == e.TO_CONFIRM
    assert e.child_band(None, None, on, TERMS) == e.AGE_NOT_KNOWN


def test_a_report_outside_the_duty_is_filed_and_routed_elsewhere() -> None:
    on = date(2026, 11, 20)
    ehe = e.assess([(date(2016, 3, 4), None)], ["elective_home_education"], "", on, TERMS)
    assert ehe.value == e.ELECTIVE_HOME_EDUCATION and ehe.route == "elective_home_education"
    assert not ehe.in_cme_queue
    too_young = e.assess([(date(2022, 5, 1), None)], [], "", on, TERMS)
    assert too_young.value == e.UNDER_SCHOOL_AGE and too_young.route == "under_school_age"


def test_any_child_within_the_duty_keeps_the_report_in_the_cme_queue() -> None:
    on = date(2026, 11, 20)
    found = e.assess([(date(2023, 1, 1), None), (date(2016, 3, 4), None)], [], "", on, TERMS)
    assert found.value == e.COMPULSORY_SCHOOL_AGE and found.route is None
    assert found.per_child == (e.UNDER_SCHOOL_AGE, e.COMPULSORY_SCHOOL_AGE)


@pytest.mark.parametrize(
    ("text", "reasons", "expected"),
    [
        ("Mum has told us she is electively home educating him from Monday.", [], e.ELECTIVE_HOME_EDUCATION),
        ("She attends the pupil referral unit three mornings a week.", [], e.ALTERNATIVE_PROVISION),
        ("He is placed at an alternative provision in town.", [], e.ALTERNATIVE_PROVISION),
        ("Tomos is still on roll with us but has not attended since half term.", [], e.ON_ROLL_NOT_ATTENDING),
        # Still on roll, but nobody knows where the family went: that is a CME matter.
        ("Still on roll but the family have moved away, whereabouts unknown.", [], None),
        ("Remains on roll; we think they left for Poland.", ["moved_away_unknown_destination"], None),
        ("No evidence of home education being provided; not on any roll.", [], None),
        ("Removed from roll after 20 days of absence.", [], None),
    ],
)
def test_duty_exceptions_only_when_the_report_says_so(
    text: str, reasons: list[str], expected: str | None
) -> None:
    assert e.duty_exception(reasons, text) == expected
