"""One child, one case: true matches across spelling and hyphen variants, and near misses that do not."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from intake.matching import Identity, names_match, same_child, same_family
from intake.referral import ReferralView
from storage import models
from tests.triage.support import Report, child, file_and_triage, make_ctx, outbox, referral

ON = date(2026, 11, 20)


def who(name: str | None, **kw) -> Identity:
    return Identity(name=name, on=kw.pop("on", ON), **kw)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lily-Mae Prydderch", "Lily Mae Prydderch"),
        ("Lily-Mae Prydderch", "Lilly-Mae Prydderch"),
        ("Lily-Mae Prydderch", "Prydderch, Lily-Mae"),
        ("Siân Morgan-Rees", "Sian Morgan Rees"),
        ("Kacper Nowakowski", "Kacper Nowakowsky"),
        ("Tomos ap Ffug", "Tomos Ap-Ffug"),
        ("Lily-Mae", "Lily-Mae Prydderch"),
    ],
)
def test_spelling_accent_hyphen_and_order_variants_are_one_name(a: str, b: str) -> None:
    assert names_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ffion Jones", "Fflur Jones"),
        ("Lily Prydderch", "Lily-Mae Prydderch"),
        ("Jayden Jones", "Jayden Smith-Jones"),
        ("Osian Bevan", "Owain Bevan"),
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b)


def test_same_upn_is_the_same_child_whatever_else_differs() -> None:
    a = who("Cai Ffug", upn="A12345678901B")
    b = who("Kai Ffug-Jones", upn="a 1234 5678 901b", postcode="SA99 1AA")
    assert same_child(a, b) == "UPN"


def test_different_upns_are_different_children_even_with_the_same_details() -> None:
    a = who("Cai Ffug", upn="A12345678901B", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA")
    b = who("Cai Ffug", upn="A12345678901C", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA")
    assert same_child(a, b) is None


def test_name_date_of_birth_and_postcode_match() -> None:
    a = who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA")
    b = who("Lily Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="cf99 1aa")
    assert same_child(a, b) is not None


def test_an_age_agrees_with_a_date_of_birth_given_later() -> None:
    a = who("Lily-Mae Prydderch", age=10, postcode="CF99 1AA", on=date(2026, 11, 20))
    b = who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA", on=date(2027, 1, 10))
    assert same_child(a, b) is not None
    # Two ages a year apart, stated months apart, can be the same child.
    c = who("Lily-Mae Prydderch", age=11, postcode="CF99 1AA", on=date(2027, 4, 1))
    assert same_child(a, c) is not None


def test_an_address_without_a_postcode_matches_the_same_address() -> None:
    a = who("Osian Bevan", age=8, address="14 Heol y Ffug, Cwmffug")
    b = who("Osian Bevan", age=8, address="14 Heol-y-Ffug, Cwmffug, CF99 2ZZ")
    assert same_child(a, b) is not None


@pytest.mark.parametrize(
    "other",
    [
        # Same name, different date of birth: a different child.
        who("Lily-Mae Prydderch", date_of_birth=date(2017, 3, 4), postcode="CF99 1AA"),
        # Same name and date of birth at another address.
        who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 2AA"),
        # A twin: same date of birth and home, another name.
        who("Lacey-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA"),
        # An age that cannot be this child's.
        who("Lily-Mae Prydderch", age=7, postcode="CF99 1AA"),
        # Nothing but a name and address: not enough.
        who("Lily-Mae Prydderch", postcode="CF99 1AA"),
        # Another house in the same street.
        who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), address="16 Heol y Ffug, Cwmffug"),
    ],
)
def test_near_misses_do_not_match(other: Identity) -> None:
    me = who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA",
             address="14 Heol y Ffug, Cwmffug")
    assert same_child(me, other) is None


def test_siblings_share_a_home_and_a_surname_or_a_carer() -> None:
    lily = who("Lily-Mae Prydderch", date_of_birth=date(2016, 3, 4), postcode="CF99 1AA")
    jac = who("Jac Prydderch", date_of_birth=date(2019, 7, 1), postcode="CF99 1AA")
    half = who("Tomos Bevan", age=12, postcode="CF99 1AA", carer_name="Rhian Prydderch")
    assert same_family(lily, jac)
    jac_with_carer = Identity(name="Jac Prydderch", postcode="CF99 1AA", carer_name="Rhian Prydderch")
    assert same_family(half, jac_with_carer)
    assert not same_family(lily, who("Jac Prydderch", postcode="CF99 5AA"))


def test_a_second_report_about_a_child_joins_the_open_case(db) -> None:
    ctx = make_ctx()
    first = file_and_triage(db, ctx, Report(
        "Lily-Mae Prydderch (DOB 04/03/2016) of 14 Heol y Ffug, CF99 1AA has left Ysgol Gynradd Cwm Ffug.",
        [child("Lily-Mae Prydderch", dob=date(2016, 3, 4), address="14 Heol y Ffug, Cwmffug, CF99 1AA",
               postcode="CF99 1AA")],
    ))
    second = file_and_triage(db, ctx, Report(
        "Health visitor here: Lily Mae Prydderch, 10, 14 Heol-y-Ffug, CF99 1AA, not in school.",
        [child("Lily Mae Prydderch", age=10, address="14 Heol-y-Ffug, CF99 1AA", postcode="CF99 1AA")],
        sender="hv@health.example.org",
    ))
    other_child = file_and_triage(db, ctx, Report(
        "Lily-Mae Prydderch born 04/03/2017 at 2 Stryd Arall, CF99 8BB.",
        [child("Lily-Mae Prydderch", dob=date(2017, 3, 4), postcode="CF99 8BB")],
    ))
    with db.unit_of_work() as session:
        a, b, c = (referral(session, ref) for ref in (first, second, other_child))
        assert a.case_id == b.case_id and c.case_id != a.case_id
        assert session.scalar(select(models.Case).where(models.Case.id == a.case_id)).status == "open"
        # The second report goes to the AWO who holds the case, whatever its own routing says.
        assert b.assigned_to == a.assigned_to == "awo.cwm"
        assert ReferralView.from_row(a).linked_reports == [second]
        assert ReferralView.from_row(b).linked_reports == [first]
        assert ReferralView.from_row(c).linked_reports == []


def test_children_of_one_report_and_siblings_reported_later_are_one_family(db) -> None:
    ctx = make_ctx()
    first = file_and_triage(db, ctx, Report(
        "Two children: Osian Bevan (8) and Megan Bevan (11), 3 Clos Ffug, SA99 4CD.",
        [child("Osian Bevan", age=8, postcode="SA99 4CD"), child("Megan Bevan", age=11, postcode="SA99 4CD")],
    ))
    later = file_and_triage(db, ctx, Report(
        "Their brother Gruff Bevan, 6, also at 3 Clos Ffug, SA99 4CD, is not on a roll either.",
        [child("Gruff Bevan", age=6, postcode="SA99 4CD")],
    ))
    stranger = file_and_triage(db, ctx, Report(
        "Nel Ffug, 9, 3 Clos Ffug, SA99 4CD.", [child("Nel Ffug", age=9, postcode="SA99 4CD")],
    ))
    with db.unit_of_work() as session:
        cases = {
            ref: [link.case for link in session.scalars(
                select(models.CaseChild).where(models.CaseChild.referral_id == referral(session, ref).id))]
            for ref in (first, later, stranger)
        }
        osian, megan = cases[first]
        assert osian.id != megan.id  # one child, one case
        assert osian.family_key == megan.family_key == cases[later][0].family_key
        assert cases[stranger][0].family_key != osian.family_key
        # The AWO is told of the siblings already known.
        (dm,) = [r for r in outbox(session, "awo_notification")
                 if r.kind == "email" and r.referral_id == referral(session, later).id]
        assert f"Siblings known to the service: see {first}." in dm.payload["text"]
