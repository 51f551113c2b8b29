"""Terms as the termly report counts them."""

from __future__ import annotations

from datetime import date

import pytest

from intake.terms import TermSettings, easter_sunday, term, term_containing


@pytest.mark.parametrize(
    "year,easter", [(2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)), (2028, date(2028, 4, 16))]
)
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_default_terms_meet_without_gaps():
    assert term("autumn-2026").first_day == date(2026, 9, 1)
    assert term("autumn-2026").last_day == date(2026, 12, 31)
    assert term("spring-2027").first_day == date(2027, 1, 1)
    assert term("spring-2027").last_day == date(2027, 3, 27)
    assert term("summer-2027").first_day == date(2027, 3, 28)
    assert term("summer-2027").last_day == date(2027, 8, 31)


def test_the_authoritys_own_dates_win():
    settings = TermSettings(term_dates={"spring-2027": (date(2027, 1, 4), date(2027, 3, 26))})
    assert term("spring-2027", settings).last_day == date(2027, 3, 26)


def test_term_containing_a_day():
    assert term_containing(date(2026, 11, 28)) == "autumn-2026"
    assert term_containing(date(2027, 4, 1)) == "summer-2027"


@pytest.mark.parametrize("bad", ["winter-2026", "autumn", "autumn-26"])
def test_names_that_are_not_terms(bad):
    with pytest.raises(ValueError):
        term(bad)
