from datetime import datetime

from nlp import extract_answer

WHEN = datetime(2026, 9, 10, 10, 0)


def test_correction_of_age_is_marked():
    r = extract_answer("sorry, he's 11 not 10", received_at=WHEN, children_names=["Jakub Lis"])
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
    text = "Mum is Dana Webb.\n\nOn Tue, 8 Sept 2026 at 09:10, Gwyn <g@x.uk> wrote:\n> he is 9"
    r = extract_answer(text, received_at=WHEN, children_names=["Alfie Webb"])
    assert r.children[0].carer_name.value == "Dana Webb"
    assert r.children[0].age is None


def test_a_reply_names_an_unnamed_child():
    r = extract_answer("Her name is Nansi, no idea about school or doctor.", received_at=WHEN, children_names=[None])
    assert r.children[0].name.value == "Nansi"
    assert {"school", "gp"} <= r.children[0].unknown


def test_a_corrected_spelling_of_the_name():
    r = extract_answer("sorry it's Catryn not Catrin - typo!", received_at=WHEN, children_names=["Catrin Lowe"])
    assert r.children[0].name.value == "Catryn Lowe"
    assert "name" in r.corrections[0]


def test_a_sibling_first_named_in_the_reply_is_a_new_child():
    r = extract_answer(
        "oh and her brother Idris Saleh is in Y5 too, DOB 12/10/2016", received_at=WHEN, children_names=["Noor Saleh"]
    )
    assert r.new_children == [1]
    assert r.children[1].name.value == "Idris Saleh"
    assert r.children[1].date_of_birth.value.isoformat() == "2016-10-12"
    assert r.children[1].carer_relationship is None  # the brother is a child here, nobody's carer


def test_each_child_gets_the_date_written_after_its_name():
    r = extract_answer(
        "Zofia Lis Y6 DOB 02/02/2016 and Antek Lis Y3 DOB 11/09/2019.",
        received_at=WHEN,
        children_names=["Zofia Lis", "Antek Lis"],
    )
    assert r.children[0].date_of_birth.value.isoformat() == "2016-02-02"
    assert r.children[1].date_of_birth.value.isoformat() == "2019-09-11"


def test_an_address_number_is_not_an_age():
    r = extract_answer("Address is 12 Heol y Nant, Nelson CF46 6AA", received_at=WHEN, children_names=["Tom Hale"])
    assert r.children[0].age is None
    assert r.children[0].address.value == "12 Heol y Nant, Nelson, CF46 6AA"


def test_each_child_gets_its_own_age_in_one_line():
    r = extract_answer("Amy is 8, Tom is 11", received_at=WHEN, children_names=["Tom Hale", "Amy Hale"])
    assert (r.children[0].age.value, r.children[1].age.value) == (11, 8)


def test_a_new_carer_and_address_with_a_title():
    r = extract_answer(
        "Tom is with his nan now - Mrs Beryl Hale, 3 Oak Street, Nelson CF46 6AA",
        received_at=WHEN,
        children_names=["Tom Hale"],
    )
    c = r.children[0]
    assert (c.carer_name.value, c.carer_relationship.value) == ("Beryl Hale", "grandmother")
    assert c.address.value == "3 Oak Street, Nelson, CF46 6AA"


def test_not_known_answers_what_was_asked():
    r = extract_answer("don't know", received_at=WHEN, children_names=["Tom Hale"], asked={0: {"gp", "school"}})
    assert r.children[0].unknown == {"gp", "school"}


def test_a_reply_giving_a_upn_with_a_wrong_check_letter_gives_it_as_doubtful():
    r = extract_answer("His UPN is A673221519004", received_at=WHEN, children_names=["Tomos Ffug"])
    assert r.children[0].upn.value == "A673221519004" and r.children[0].upn.confidence < 0.5
    r = extract_answer("His UPN is N673221519004", received_at=WHEN, children_names=["Tomos Ffug"])
    assert r.children[0].upn.confidence > 0.9
