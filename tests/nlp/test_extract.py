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


def test_police_prose_with_born_on_and_welsh_grandmother(read):
    ex = read(
        "Hi,\n\nI attended an address in Porth and spoke to Zoë O'Neill, born on 3rd of May 2015, who lives with "
        "her Nain (Mrs Gwen Hughes) at Tŷ Gwyn, Heol y Graig, Porth, CF39 9AA. She was at Ysgol Gynradd Gymraeg "
        "Bronllwyn until July. GP: Dr. Patel (Porth Surgery).\n\nRegards\n\nPC 1234 Huw Morgan\n"
        "Porth Police Station, Porth, CF39 9UA",
        sender="huw.morgan@south-wales.police.uk",
    )
    assert [c.name.value for c in ex.children] == ["Zoë O'Neill"]
    c = child(ex)
    assert c["date_of_birth"] == "2015-05-03"
    assert c["address"] == "Tŷ Gwyn, Heol y Graig, Porth, CF39 9AA"  # not the police station
    assert c["carer"] == {"name": "Gwen Hughes", "relationship": "grandmother"}
    assert c["gp"] == {"doctor": "Dr Patel", "practice": "Porth Surgery"}
    assert c["school"] == "Ysgol Gynradd Gymraeg Bronllwyn"


def test_address_starts_after_the_sentence_before_it(read):
    ex = read(
        "Y3 girl Łucja Wójcik, DOB: 3/5/18, not in since 5/9. Step-dad: Piotr Lis. 12 Heol Onnen, Trehafod CF37 2AA.",
        channel="slack",
        sender="U1",
        sender_name="Mrs Jones - Trehafod Primary",
    )
    c = child(ex)
    assert c["address"] == "12 Heol Onnen, Trehafod, CF37 2AA"
    assert c["carer"] == {"name": "Piotr Lis", "relationship": "stepfather"}
    assert c["school"] == "Trehafod Primary"


def test_siblings_in_a_list_under_a_heading(read):
    ex = read(
        "Hi,\n\nSiblings:\nȘtefan Popescu (DOB 01/02/2014)\nIrina Popescu (DOB 03/04/2017)\nDad: Ion Popescu\n"
        "Address: Flat 1, 3 Mill Street, Aberdare, CF44 7AA\n\nKind regards\nJo Lewis\nHousing Officer"
    )
    assert [c.name.value for c in ex.children] == ["Ștefan Popescu", "Irina Popescu"]
    assert [c.age.value for c in ex.children] == [12, 9]


def test_grandparent_writing_about_grandchild_is_the_carer(read):
    ex = read(
        "Hi my grandson Tyler Jones is aged seven and hasnt been to school since september. he lives with me "
        "at 5 Elm St, Nelson CF46 6AA. im his nan.\n\nthanks\nMargaret Jones",
        sender="mj@gmail.com",
    )
    c = child(ex)
    assert c["age"] == 7
    assert c["carer"] == {"name": "Margaret Jones", "relationship": "grandmother"}
    assert ex.referrer_agency.value == "public"


def test_a_child_with_no_name_is_still_one_child(read):
    ex = read(
        "Hi, there's a little girl in the flat below me at 4 Bute Street, Treorchy who is never at school. "
        "She looks about eight.",
        sender="someone@gmail.com",
    )
    assert len(ex.children) == 1
    assert ex.children[0].name is None and ex.children[0].age.value == 8


def test_carer_named_by_a_relative_clause_is_found_by_the_parse(read):
    ex = read(
        "Hi,\n\nI met Osian Tudor (DOB 02/02/2016) today. He lives with an older cousin named Dylan Prowse who "
        "has care of him at 6 Heol Wen, Nelson, CF46 6AB.\n\nThanks\nAnn"
    )
    c = child(ex)
    assert c["carer"] == {"name": "Dylan Prowse", "relationship": "other"}


def test_list_under_a_heading_dates_are_not_ages_and_prose_lines_are_not_children(read):
    ex = read(
        "Hi,\nThe children are:\nGwen Morris - 13/04/2017\n- Rhodri Morris - 19.03.2012\n"
        "Came up from Ysgol Gyfun Derw. Auntie: Sioned Morris\nAddress: 2 Clos Eithin, Nelson, CF46 6PP"
    )
    assert [c.name.value for c in ex.children] == ["Gwen Morris", "Rhodri Morris"]
    assert [c.age.value for c in ex.children] == [9, 14]
    assert child(ex, 1)["carer"] == {"name": "Sioned Morris", "relationship": "aunt"}


def test_a_school_label_ends_with_its_sentence(read):
    ex = read("Child: Efa Rees (DOB 01/02/2016)\nLast school: Ysgol Bedw. Registered with Dr Nair at Bedw Surgery.")
    assert child(ex)["school"] == "Ysgol Bedw"
    assert child(ex)["gp"] == {"doctor": "Dr Nair", "practice": "Bedw Surgery"}


def test_a_report_in_welsh(read):
    ex = read(
        "Bore da. Dydy Efa Jones (Bl.3) ddim wedi bod yn yr ysgol ers 3 wythnos.\nEnw: Efa Jones\n"
        "Dyddiad geni: 12/05/2018\nCyfeiriad: 4 Heol y Dderwen, Ystrad, CF41 7AA\nMam: Sian Jones\n"
        "Meddyg teulu: Dr Rees, Meddygfa Ystrad\nDiolch",
        channel="slack",
        sender="U3",
        sender_name="Mr Huw Jenkins - Ysgol Gynradd Bodringallt",
    )
    assert ex.language == "cy"
    assert [c.name.value for c in ex.children] == ["Efa Jones"]
    c = child(ex)
    assert c["date_of_birth"] == "2018-05-12"
    assert c["carer"] == {"name": "Sian Jones", "relationship": "mother"}
    assert c["gp"] == {"doctor": "Dr Rees", "practice": "Meddygfa Ystrad"}
    assert c["school"] == "Ysgol Gynradd Bodringallt"


def test_the_model_never_adds_a_parent_as_a_child(read):
    ex = read(
        "Hi,\n\nHe's called Tomos Bevan, he's six. Lives with his dad Gethin Bevan at 8 Bryn Terrace, "
        "Bargoed, CF81 8RR."
    )
    assert [c.name.value for c in ex.children] == ["Tomos Bevan"]
    assert child(ex)["age"] == 6
    assert child(ex)["carer"] == {"name": "Gethin Bevan", "relationship": "father"}


def test_an_address_after_a_sentence_that_starts_with_a_title(read):
    ex = read("Mrs Bowen and Efa Bowen (DOB 01/03/2015) moved from Barry to 19 Heol y Celyn, Nelson, CF46 6AB in May.")
    assert child(ex)["address"] == "19 Heol y Celyn, Nelson, CF46 6AB"


def test_an_address_a_part_to_a_line_and_date_of_birth_with_a_dash(read):
    ex = read(
        "Hi,\n\nChild's name: Alys Vaughan\nDate of Birth - 03/03/2015\nAddress:\n12 Mill Street\nNelson\n"
        "CF46 6AA\nMother - Jane Vaughan\n\nThanks\nBob Smith\nHousing Officer"
    )
    assert [c.name.value for c in ex.children] == ["Alys Vaughan"]
    c = child(ex)
    assert c["address"] == "12 Mill Street, Nelson, CF46 6AA"
    assert c["carer"] == {"name": "Jane Vaughan", "relationship": "mother"}


def test_an_address_typed_without_capitals(read):
    ex = read("Hi,\n\nName | DOB\nTom Reed | 01/02/2014\n\nMum: Gail Reed, 4 oak road, risca np11 6aa\n\nThanks")
    assert child(ex)["address"] == "4 oak road, risca, NP11 6AA"
    assert child(ex)["postcode"] == "NP11 6AA"


def test_year_group_is_not_an_age_but_a_ten_year_old_is(read):
    ex = read(
        "Hi, Seren Lloyd is in Year 4 and has not been in since September. Mum is Carys Lloyd.",
        channel="slack",
        sender="U9",
        sender_name="Mr Rees - Nelson Primary",
    )
    assert child(ex)["age"] is None
    ex = read("I spoke to a 10-year-old boy called Ianto Price who said he has no school. His mum is Nia Price.")
    assert [c.name.value for c in ex.children] == ["Ianto Price"]
    assert child(ex)["age"] == 10



def test_the_model_does_not_name_a_place_after_in_or_from_as_a_child():
    """When no rule finds a child, the NER may name one; "in Pont Dychmygol" is a place, whatever it says."""
    import spacy
    from spacy.tokens import Span

    from nlp.extract import _weigh_with_model
    from nlp.names import find_names

    doc = spacy.blank("en")("Gwenno Parri was at Ysgol Ffug in Pont Dychmygol before they moved from Tre Arall.")
    doc.ents = [Span(doc, 0, 2, "CHILD"), Span(doc, 7, 9, "CHILD"), Span(doc, 14, 16, "CHILD")]
    kids: list = []
    _weigh_with_model(kids, doc, [], find_names(doc.text))
    assert [k.name for k in kids] == ["Gwenno Parri"]


def test_a_list_of_dates_of_birth_without_names_goes_to_the_children_in_order(read):
    ex = read(
        "the Ffug kids - Mary-Kate (5H), Patrick (3B) & little Bridget (rec) - all off since the 19th. "
        "dobs 11/01/2016, 30/05/2018, 19/12/2020.",
        channel="slack",
        sender="U0FFUG0021",
    )
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2016-01-11", "2018-05-30", "2020-12-19"]


def test_welsh_g_dot_before_a_date_is_born(read):
    ex = read(
        "Disgybl Bl 6 sydd heb fynychu ers hanner tymor: Osian Llŷr Ffugdavies, g. 11/11/2015. Byw gyda'i Nain.\n",
        channel="slack",
    )
    assert [(c.to_schema()["name"], c.to_schema()["date_of_birth"]) for c in ex.children] == [
        ("Osian Llŷr Ffugdavies", "2015-11-11")
    ]


def test_a_pupil_who_hasnt_been_in_for_weeks_after_a_nickname_aside(read):
    ex = read(
        "Morning <@U01AWBS0DSL> – quick one from Y6 at Ffugtown Primary. Jayden Ffug-Morgan (everyone calls him Jay) "
        "hasn't been in for 3 wks. Mum (Kayleigh) told me at the gate. DOB 02/05/16. 88 Heol Ffug, Tylorstown CF99 "
        "3HS.\n[thread reply] Rhodri Ffughughes · 09:41\nalso forgot - he's got an IDP\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jayden Ffug-Morgan"]


def test_pupils_named_by_what_a_school_says_of_them(read):
    ex = read(
        "quick one from Ffug Primary - we've got a new starter on roll for Y3 from 1st Sept, Oliwia Ffugczyk, but "
        "she hasn't turned up once. DOB 21.03.2020.\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Oliwia Ffugczyk"]
    ex = read(
        "Bore da! Zainab Ffug-Clarke was in our Meithrin class here last year but never took up her Derbyn place - "
        "she turned 5 on Saturday (DOB 12.09.21).\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Zainab Ffug-Clarke"]


def test_children_named_as_the_older_one_and_in_a_list_before_a_baby_not_of_school_age(read):
    ex = read(
        "I am worried about the two boys next door at 15 Heol Ffug. The older one is Kai and he told me he is 10, the "
        "little one is Riley and he is 8 I think. Their mum is called Donna.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kai", "Riley"]
    ex = read("Rang Bridie (mam). Kids are Patrick (Y5) and Mary-Kate (Y3) – baby Bridget's not school age.", "slack")
    assert [c.to_schema()["name"] for c in ex.children] == ["Patrick", "Mary-Kate"]



def test_a_labelled_upn_with_a_wrong_check_letter_is_kept_as_doubtful(read):
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nUPN: A673221519004\nMum: Rhian Ffug")
    upn = ex.children[0].upn
    assert upn.value == "A673221519004" and upn.confidence < 0.5
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nUPN: N673221519004\nMum: Rhian Ffug")
    assert ex.children[0].upn.value == "N673221519004" and ex.children[0].upn.confidence > 0.9
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nPolice ref A673221519004\nMum: Rhian Ffug")
    assert ex.children[0].upn is None


def test_an_age_typed_as_whos_or_just_turned_in_a_list_is_read(read):
    ex = read(
        "Theres a boy called Kai who is 10 I think and a little girl Poppy whos 6. They havent been to school since "
        "before the summer."
    )
    assert [c.to_schema()["age"] for c in ex.children] == [10, 6]
    ex = read("Children:\nMichael Ffug - 12\nMargaret (Maggie) Ffug - just turned 5\n")
    assert [c.to_schema()["age"] for c in ex.children] == [12, 5]


def test_a_childs_birthday_is_their_date_of_birth(read):
    ex = read(
        "I am writing about my grandson Ethan Ffug-Cole. I am his Mam-gu. Ethan's birthday is 14th January 2013.\n\n"
        "In the summer Ethan fell out with his mother and has not been to school since."
    )
    assert ex.children[0].to_schema()["date_of_birth"] == "2013-01-14"


def test_a_schools_referral_signed_from_a_street_ending_in_church_and_a_sister_referred_separately(read):
    ex = read(
        "I would like to refer the pupil below.\n\nName: Tiago Ffug da Silva\nDOB: 08/09/2012\nYear: 9\nAddress: 12 "
        "Heol Ffug, Pencoed, CF35 6TH\n\nHis younger sister Beatriz was at Ffugcoed Primary – I have spoken to the "
        "head there and she will send a separate referral.\n\nKind regards\n\nLisa Ffug\nAttendance Officer\nFfugcoed "
        "Comprehensive School\nFfordd Coychurch, Pencoed, CF35 5LX",
        sender="lffug@ffugcoedcomp.cymru",
        sender_name="Lisa Ffug",
        subject="CME referral – Tiago Ffug (Yr 9)",
    )
    assert ex.referrer_agency.value == "school"
    assert [(c.name.value, c.to_schema()["school"]) for c in ex.children] == [
        ("Tiago Ffug da Silva", "Ffugcoed Comprehensive School")
    ]
