"""Hard cases for the extractor, on fictional reports."""

from datetime import date


def child(ex, i=0):
    return ex.children[i].to_schema()


def test_form_block_with_welsh_kinship(read):
    ex = read(
        "Bore da,\n\nName: Seren Ap Iorwerth\nDOB: 3rd March 2018\nAddress: 7 Heol y Dderwen, Treharris, "
        "CF46 5AB\nMam: Meinir Ap Iorwerth\nGP: Dr Okeke, Treharris Health Centre\n\nDiolch"
    )
    c = child(ex)
    assert c["name"] == "Seren Ap Iorwerth"
    assert c["date_of_birth"] == "2018-03-03" and c["age"] == 8
    assert c["carer"] == {"name": "Meinir Ap Iorwerth", "relationship": "mother"}
    assert c["gp"] == {"doctor": "Dr Okeke", "practice": "Treharris Health Centre"}
    assert c["postcode"] == "CF46 5AB"


def test_mam_gu_and_tad_cu_are_grandparents(read):
    ex = read(
        "Hi, Mam-gu (Mrs Eirwen Bowen) came in about her grandson Iolo Bowen (DOB 04/05/2016). "
        "He lives with her at 2 Maes Glas, Nelson, CF46 6XY."
    )
    assert child(ex)["carer"] == {"name": "Eirwen Bowen", "relationship": "grandmother"}
    ex = read(
        "I am writing as Tad-cu to Nel Jenkins (9). She lives with her Tad-cu, Emrys Jenkins, at "
        "4 Heol Isaf, Nelson, CF46 6AA."
    )
    assert child(ex)["carer"]["relationship"] == "grandfather"


def test_siblings_each_get_their_own_facts_and_share_the_family_ones(read):
    ex = read(
        "Hi,\n\nThe family live at 12 Oak Street, Risca, NP11 6AA. Mum is Kerry Watkins.\n\n"
        "- Alfie Watkins, aged 7 - was at Risca Primary\n- Mia Watkins, DOB 02/01/2013 - was at Risca "
        "Comprehensive\n\nAll registered with Dr Nair at Risca Surgery.\n\nThanks\nBethan"
    )
    names = [c.name.value for c in ex.children]
    assert names == ["Alfie Watkins", "Mia Watkins"]
    a, m = child(ex, 0), child(ex, 1)
    assert a["age"] == 7 and a["school"] == "Risca Primary"
    assert m["age"] == 13 and m["school"] == "Risca Comprehensive"
    assert a["address"] == m["address"] == "12 Oak Street, Risca, NP11 6AA"
    assert a["carer"]["name"] == m["carer"]["name"] == "Kerry Watkins"


def test_distractor_people_and_addresses_are_not_the_child(read):
    ex = read(
        "Good morning,\n\nI spoke to Callum Rees (DOB 01/09/2014) at 3 Bryn Road, Bargoed, CF81 8AA. "
        "A neighbour, Mrs Sandra Pugh, said he has not been at school. His mother, Joanne Rees, was out.\n\n"
        "Kind regards,\n\nPC 4411 Geraint Bevan\nBargoed Police Station, 1 Hanbury Road, Bargoed, CF81 8QT",
        sender="geraint.bevan@south-wales.police.uk",
    )
    assert [c.name.value for c in ex.children] == ["Callum Rees"]
    c = child(ex)
    assert c["address"] == "3 Bryn Road, Bargoed, CF81 8AA"
    assert c["carer"] == {"name": "Joanne Rees", "relationship": "mother"}
    assert ex.referrer_agency.value == "police"
    assert "Geraint Bevan" in ex.referrer_name.value


def test_stated_age_when_no_dob_and_year_group_is_not_an_age(read):
    ex = read(
        "Y4 boy Tomasz Nowak not been in since September, he is 9. Dad Piotr Nowak not answering.",
        channel="slack",
        sender="U1",
        sender_name="Mrs Hale - Nelson Primary",
    )
    c = child(ex)
    assert c["age"] == 9 and c["date_of_birth"] is None
    assert c["school"] == "Nelson Primary"  # a Slack sender's own pupil


def test_gp_not_known_is_recorded_as_unknown(read):
    ex = read("Child: Lena Kowalski\nDOB: 05/06/2017\nAddress: 8 Mill Lane, Rhymney, NP22 5AA\nDon't know GP.")
    assert ex.children[0].gp_doctor is None and "gp" in ex.children[0].unknown


def test_spans_point_into_the_prepared_text(read):
    ex = read("Child: Lena Kowalski\nDOB: 05/06/2017\n")
    c = ex.children[0]
    assert ex.text[c.name.start : c.name.end] == "Lena Kowalski"
    assert c.date_of_birth.value == date(2017, 6, 5)
