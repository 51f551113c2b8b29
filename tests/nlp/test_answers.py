from datetime import datetime

from nlp import extract_answer

WHEN = datetime(2026, 9, 10, 10, 0)


def test_correction_of_age_is_marked():
    r = extract_answer("sorry, he's 11 not 10", received_at=WHEN, children_names=["Mateusz Nowak"])
    assert r.children[0].age.value == 11
    assert "age" in r.corrections[0]


def test_unknown_gp_and_dob_for_single_child():
    r = extract_answer("DOB 12/05/2018, don't know GP sorry", received_at=WHEN, children_names=["Evie Kelly"])
    c = r.children[0]
    assert c.date_of_birth.value.isoformat() == "2018-05-12"
    assert "gp" in c.unknown
    assert 0 not in r.corrections


def test_sibling_attribution_of_schools():
    r = extract_answer(
        "Amy goes to Cymer Primary, Tom to Porth Community School",
        received_at=WHEN,
        children_names=["Amy Lewis", "Tom Lewis"],
    )
    assert r.children[0].school.value == "Cymer Primary"
    assert r.children[1].school.value == "Porth Community School"


def test_family_fact_said_once_holds_for_both():
    r = extract_answer(
        "Both registered with Dr Shah at Porth Surgery.", received_at=WHEN, children_names=["Amy Lewis", "Tom Lewis"]
    )
    assert r.children[0].gp_doctor.value == r.children[1].gp_doctor.value == "Dr Shah"


def test_quoted_earlier_mail_is_not_read():
    text = "Mum is Kelly Price.\n\nOn Wed, 16 Sept 2026 at 13:40, Rhys <r@x.uk> wrote:\n> he is 9"
    r = extract_answer(text, received_at=WHEN, children_names=["Charlie Price"])
    assert r.children[0].carer_name.value == "Kelly Price"
    assert r.children[0].age is None
