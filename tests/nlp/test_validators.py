from datetime import date

import pytest

from nlp.validators import (
    age_on,
    find_unchecked_upns,
    find_upns,
    is_valid_upn,
    normalise_postcode,
    parse_uk_date,
    upn_check_letter,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("cf37 4ua", "CF37 4UA"),
        ("Tonyrefail CF398HB", "CF39 8HB"),
        ("SW1A 1AA", "SW1A 1AA"),
        ("no code", None),
    ],
)
def test_postcode_normalised(text, expected):
    assert normalise_postcode(text) == expected


def test_upn_check_letter_computed_by_dfe_weights():
    # 6*2+7*3+3*4+2*5+2*6+1*7+5*8+1*9+9*10+0+0+4*13 = 265; 265 mod 23 = 12 -> N
    assert upn_check_letter("673221519004") == "N"
    assert is_valid_upn("N673221519004")


def test_upn_with_wrong_check_letter_rejected():
    assert not is_valid_upn("A673221519004")
    assert not is_valid_upn("N67322151900")  # too short
    assert find_upns("UPN A673221519004") == []


def test_a_labelled_upn_with_a_wrong_check_letter_is_found_as_unchecked():
    assert [u for u, _, _ in find_unchecked_upns("UPN: A673221519004")] == ["A673221519004"]
    assert [u for u, _, _ in find_unchecked_upns("Unique pupil numbers - Tomos A673221519004")] == ["A673221519004"]
    assert find_unchecked_upns("UPN: N673221519004") == []  # a valid one is not doubtful
    assert find_unchecked_upns("Ref A673221519004") == []  # nothing says it is a UPN
    assert find_unchecked_upns("UPN to follow.\nRef A673221519004") == []  # the label is on another line


def test_welsh_la_upn_found_in_text():
    assert [u for u, _, _ in find_upns("SIMS: UPN N673221519004, Y6")] == ["N673221519004"]


@pytest.mark.parametrize(
    "text",
    [
        "14/02/2017",
        "14.02.2017",
        "14th Feb 2017",
        "14 February 2017",
        "14 Feb 17",
        "14th Feb '17",
        "14 February ’17",
        "2017-02-14",
        "2017.02.14",
        "14/2/17",
        "February 14th, 2017",
        "DOB: 14-02-2017",
    ],
)
def test_uk_dates_in_many_forms(text):
    assert parse_uk_date(text, date(2026, 10, 1)) == date(2017, 2, 14)


def test_impossible_date_is_not_a_date():
    assert parse_uk_date("31/02/2017") is None


def test_age_in_whole_years_on_the_day():
    assert age_on(date(2016, 10, 1), date(2026, 10, 1)) == 10
    assert age_on(date(2016, 10, 2), date(2026, 10, 1)) == 9


def test_whole_text_postcode_check():
    from nlp.validators import is_postcode

    assert is_postcode("CF44 7DZ") and is_postcode("cf447dz")
    assert not is_postcode("CF44 7DZ please") and not is_postcode("CF44")


def test_a_bilingual_forms_date_with_both_month_names():
    from datetime import date

    from nlp.validators import DATE_RE, parse_date_match

    m = DATE_RE.search("Dyddiad geni / Date of birth: 12 Mawrth / March 2016")
    assert m and parse_date_match(m, date(2026, 10, 1)) == date(2016, 3, 12)


def test_a_date_written_with_spaced_dots():
    from nlp.validators import parse_uk_date

    assert parse_uk_date("born 14. 3. 2013") == date(2013, 3, 14)
    assert parse_uk_date("page 3. 4. 12 items") is None


def test_a_date_said_aloud_with_the_month_by_its_number():
    assert parse_uk_date("born 14th of the 6th 2015") == date(2015, 6, 14)
    assert parse_uk_date("born 9th of the 11th, 2017") == date(2017, 11, 9)
    assert parse_uk_date("on the 3rd of the 4th") is None
    assert parse_uk_date("31st of the 2nd 2017") is None
