"""General capabilities found missing by a review of hold-out errors, on fresh fictional reports."""


def child(ex, i=0):
    return ex.children[i].to_schema()


def test_school_under_a_country_label_is_the_school(read):
    for label in ("School in Poland", "Previous school (Romania)", "Last school abroad"):
        ex = read(f"Hi,\n\nName: Oskar Wrona\nDOB: 4 May 2015\n{label}: Szkola Podstawowa nr 9 w Lublinie\n\nThanks\n")
        assert child(ex)["school"] == "Szkola Podstawowa nr 9 w Lublinie", label


def test_sims_primary_contact_wins_over_contact_two(read):
    ex = read(
        "Pasted from SIMS:\n\nName: Tiago Ferreira\nDOB: 12/02/2014\nContact 2: Mr Rui Ferreira (Father)\n"
        "Primary Contact: Mrs Joana Ferreira (Mother)\n\nThanks\n"
    )
    assert child(ex)["carer"] == {"name": "Joana Ferreira", "relationship": "mother"}


def test_twins_share_a_surname_and_an_age(read):
    for joiner in ("+", "and", "&"):
        ex = read(
            f"Hello,\n\nWe have been asked about twins Lina {joiner} Omar Haddad (8), who arrived last month.\n"
            "They live at 3 Cae Mawr, Ystrad, CF41 7AB.\n\nThanks\n"
        )
        names = [c["name"] for c in (child(ex, 0), child(ex, 1))]
        assert names == ["Lina Haddad", "Omar Haddad"], joiner
        assert child(ex, 0)["age"] == 8 and child(ex, 1)["age"] == 8


def test_flat_in_a_named_building_is_a_home_address(read):
    ex = read(
        "Hi,\n\nI am worried about her son Ruaridh Quigley (aged 12) at Flat 3, Llys Eithin, Abercynon, CF45 4XY. "
        "He has not been in school.\n\nThanks\n"
    )
    assert child(ex)["address"] == "Flat 3, Llys Eithin, Abercynon, CF45 4XY"
    ex = read(
        "Hi,\n\nRe: Tegan Oyelaran, DOB 03/03/2014.\nHome address is Flat 2, Llys Derwen, Heol y Bont, Cilfynydd. "
        "Mum has no phone.\n\nThanks\n"
    )
    assert child(ex)["address"] == "Flat 2, Llys Derwen, Heol y Bont, Cilfynydd"
    ex = read("Hi,\n\nRuaridh Quigley (aged 12) lives at Flat 3 Maple Court, Abercynon. He is not in school.\n")
    assert child(ex)["address"] == "Flat 3 Maple Court, Abercynon"


def test_welsh_prose_letter_from_a_grandmother(read):
    ex = read(
        "Annwyl Swyddog,\n\nRwy'n ysgrifennu am fy wyres, Elan Mair Pritchard (dyddiad geni: 9 Mawrth 2015). "
        "Mae hi'n byw gyda fi yn 3 Heol y Nant, Cwmdâr, CF44 8ZZ ers mis Medi. Nid yw hi wedi bod yn yr ysgol "
        "ers pythefnos.\n\nDiolch yn fawr,\nGwenllian Pritchard (Nain)\n"
    )
    c = child(ex)
    assert c["name"] == "Elan Mair Pritchard" and c["date_of_birth"] == "2015-03-09"
    assert c["address"] == "3 Heol y Nant, Cwmdâr, CF44 8ZZ"
    assert c["carer"] == {"name": "Gwenllian Pritchard", "relationship": "grandmother"}


def test_welsh_grandson_with_age_in_oed_and_writer_naming_herself_nain(read):
    ex = read(
        "Bore da,\n\nFi yw Nain Osian. Mae fy ŵyr, Osian Rhys Gwilym (8 oed), yn byw gyda fi yn 12 Stryd Fawr, "
        "Llanbradach, CF83 3ZZ. Mae e wedi symud ysgol.\n\nDiolch,\nMererid Gwilym\n"
    )
    c = child(ex)
    assert c["name"] == "Osian Rhys Gwilym" and c["age"] == 8
    assert c["carer"] == {"name": "Mererid Gwilym", "relationship": "grandmother"}
    ex = read("Helo,\n\nMae ei mab, Gethin Morys (dyddiad geni: 3 Ebrill 2016), wedi gadael yr ysgol.\n\nDiolch\n")
    assert child(ex)["name"] == "Gethin Morys" and child(ex)["date_of_birth"] == "2016-04-03"


def test_first_person_parent_is_the_carer_with_relation_from_signature_or_title(read):
    ex = read(
        "Hello,\n\nMy name is Adjoa Boateng and I moved to Tonypandy in August with my son Kwesi Boateng (10). "
        "He has no school place yet. We live at 7 Ffordd Glas, Tonypandy, CF40 1ZZ.\n\nThanks\nAdjoa (Kwesi's mum)\n"
    )
    assert child(ex)["carer"] == {"name": "Adjoa Boateng", "relationship": "mother"}
    ex = read(
        "Hello,\n\nMy name is Mrs Akosua Mensah. My son Kojo Mensah (9) has no school place. We live at "
        "7 Ffordd Glas, Tonypandy, CF40 1ZZ.\n\nThanks\nMrs Akosua Mensah\n"
    )
    assert child(ex)["carer"]["relationship"] == "mother"


def test_a_child_given_only_a_first_name_in_prose(read):
    ex = read(
        "Hi,\n\nThere is a lad who hangs around the shop on Bute Street every school day. His name is Tayo and he "
        "is about 7. Mum is called Shantelle.\n\nThanks\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tayo"]
    assert child(ex)["age"] == 7 and child(ex)["carer"] == {"name": "Shantelle", "relationship": "mother"}
    ex = read(
        "Hi,\n\nI saw a boy outside the library again today. The boy, called Remi, said he does not go to school. "
        "He looks about 10.\n\nThanks\n"
    )
    assert child(ex)["name"] == "Remi" and child(ex)["age"] == 10
    ex = read("Hi,\n\nA little girl keeps coming to the cafe in school hours, she's called Lowri and she's 8.\n")
    assert child(ex)["name"] == "Lowri"


def test_an_adult_named_by_name_is_is_not_a_child(read):
    ex = read(
        "Hi,\n\nWe are worried about a boy, Jaden Pryce (11). His mum's name is Kerry and she is 34. The neighbour, "
        "her name is Dilys, says he is never at school.\n\nThanks\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jaden Pryce"]


def test_no_child_is_made_from_an_organisation_or_a_town(read):
    ex = read(
        "Hi,\n\nRegarding Corey Blewitt (14), who has been attending the Pupil Referral Unit in Trallwn since "
        "March. He lives with his dad at 8 Oak Street, Trallwn, CF37 9ZZ.\n\nThanks\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Corey Blewitt"]
    ex = read(
        "Hi,\n\nThe Ionescu family has been placed at Flat C, 22 Stryd y Capel, Penydarren, Merthyr Tydfil, "
        "CF47 9ZZ. Mum Ileana Ionescu asked about school places for her children.\n\nThanks\n",
        subject="2 children not in school (Penydarren)",
    )
    assert not any("Penydarren" in (c.to_schema()["name"] or "") for c in ex.children)


def test_an_adult_suspects_address_is_not_the_childs(read):
    ex = read(
        "Hi,\n\nPolice attended after a 31-year-old man, Darren Hoskins, who lives at 14 Cefn Road, Blackwood, "
        "NP12 9ZZ, was arrested for assault. The child, Millie Sayer (7), was present. Millie's home is "
        "3 Elm Close, Blackwood, NP12 1ZZ.\n\nThanks\n"
    )
    assert child(ex)["address"] == "3 Elm Close, Blackwood, NP12 1ZZ"
    ex = read(
        "Hi,\n\nMillie Sayer (7) was present when the suspect, Darren Hoskins (31) of 14 Cefn Road, Blackwood, "
        "was arrested.\n\nThanks\n"
    )
    assert child(ex)["address"] is None


def test_a_consultant_is_not_the_gp(read):
    ex = read(
        "Hi,\n\nFreya Colley (9) has been seen by Dr Imran Qureshi, consultant paediatrician at Prince Charles "
        "Hospital, for her asthma. She is registered at Abercanaid Surgery with Dr Lewis.\n\nThanks\n"
    )
    assert child(ex)["gp"] == {"doctor": "Dr Lewis", "practice": "Abercanaid Surgery"}
    ex = read(
        "Hi,\n\nFreya Colley (9) is under Dr Qureshi (consultant paediatrician). Her GP practice is Abercanaid "
        "Surgery.\n\nThanks\n"
    )
    assert child(ex)["gp"] == {"doctor": None, "practice": "Abercanaid Surgery"}


def test_an_address_never_starts_with_a_persons_name(read):
    for who in ("Rhonwen Parry", "Mrs Rhonwen Parry"):
        ex = read(
            f"Hi,\n\nRe: Cai Parry (DOB 02/02/2015). He lives with his nan at {who}, 6 Bryn Eithin, Ystrad Mynach, "
            "CF82 7ZZ.\n\nThanks\n"
        )
        assert child(ex)["address"] == "6 Bryn Eithin, Ystrad Mynach, CF82 7ZZ", who
    ex = read("Hi,\n\nRe: Cai Parry (DOB 02/02/2015)\nAddress: Tŷ Eithin, 6 Heol Fach, Nelson, CF46 6ZZ\n")
    assert child(ex)["address"] == "Tŷ Eithin, 6 Heol Fach, Nelson, CF46 6ZZ"


_FORWARDED = (
    "Hi team,\n\nPlease see the email below from {who}, can someone pick this up?\n\nThanks\nSian Howells\n"
    "Admissions Officer\n\n---------- Forwarded message ---------\nFrom: Gareth Lake <g.lake@example.com>\n"
    "Date: Mon, 14 Sept 2026 at 19:02\nSubject: School place\nTo: admissions@example.gov.uk\n\nHello,\n\n{body}"
    "\n\nThanks\nGareth Lake\n{signature}\n07700 900123\n"
)


def test_forwarded_parent_email_signature_gives_carer_and_home(read):
    ex = read(
        _FORWARDED.format(
            who="a parent",
            body="We have just moved back to the area and my son Tomos Lake (8) needs a school place.",
            signature="Bwthyn Glas, 3 Heol Isaf, Abercwmboi, CF44 6ZZ",
        )
    )
    c = child(ex)
    assert c["carer"]["name"] == "Gareth Lake"
    assert c["address"] == "Bwthyn Glas, 3 Heol Isaf, Abercwmboi, CF44 6ZZ" and c["postcode"] == "CF44 6ZZ"
    ex = read(
        _FORWARDED.format(
            who="Ffion's dad",
            body="I am writing to say we are taking Ffion Lake (DOB 05/06/2017) out of school to teach her at home.",
            signature="Hafod Wen, 8 Heol Las, Aberaman, CF44 6ZY",
        )
    )
    c = child(ex)
    assert c["carer"] == {"name": "Gareth Lake", "relationship": "father"}
    assert c["address"] == "Hafod Wen, 8 Heol Las, Aberaman, CF44 6ZY"


def test_forwarded_colleagues_email_signature_is_not_the_childs_home(read):
    ex = read(
        _FORWARDED.format(
            who="a colleague",
            body="I am worried about Ffion Lake (DOB 05/06/2017); mum says she is not in school.",
            signature="Family Support Worker\nUnit 2, 8 Heol Las, Aberaman, CF44 6ZY",
        )
    )
    c = child(ex)
    assert c["address"] is None and (c["carer"] or {}).get("name") != "Gareth Lake"


def test_welsh_writer_roles_with_mutation_and_word_order(read):
    for intro in ("Mam-gu Alaw ydw i.", "Rwy'n fam-gu i Alaw."):
        ex = read(
            f"Annwyl Syr,\n\n{intro} Mae fy wyres, Alaw Hughes (dyddiad geni: 12 Ionawr 2017), yn byw gyda fi.\n\n"
            "Diolch,\nSioned Hughes\n"
        )
        assert child(ex)["carer"] == {"name": "Sioned Hughes", "relationship": "grandmother"}, intro
    ex = read(
        "Annwyl Syr,\n\nMae fy merch, Alaw Hughes (9 oed), yn byw gyda fi yn 5 Heol y Garn, Ton Pentre, CF41 7ZZ."
        "\n\nDiolch,\nSioned Hughes (Mam)\n"
    )
    c = child(ex)
    assert c["age"] == 9 and c["carer"] == {"name": "Sioned Hughes", "relationship": "mother"}
    assert c["address"] == "5 Heol y Garn, Ton Pentre, CF41 7ZZ"


def test_a_gp_writing_about_a_patient_at_their_practice_is_the_gp(read):
    ex = read(
        "Dear colleagues,\n\nTegwen Ash (8) is registered at Treorchy Health Centre. She is waiting to see "
        "Dr Hughes, consultant paediatrician, and her mother has taken her out of school.\n\nYours sincerely,\n\n"
        "Dr Ceri Walsh MRCGP\nTreorchy Health Centre, 4 Stryd y Bont, Treorchy, CF42 6ZZ\n",
        sender="ceri.walsh@wales.nhs.uk",
        sender_name="Dr Ceri Walsh",
    )
    assert child(ex)["gp"] == {"doctor": "Dr Ceri Walsh", "practice": "Treorchy Health Centre"}


def test_yours_sincerely_and_postnominals_do_not_hide_the_signer(read):
    ex = read(
        "Dear colleagues,\n\nTegwen Ash (8) is a patient at Treorchy Health Centre. Her mother has taken her out of "
        "school.\n\nYours sincerely,\n\nDr Ceri Walsh MB BCh MRCGP\nTreorchy Health Centre, 4 Stryd y Bont, "
        "Treorchy, CF42 6ZZ\n",
        sender="reception@wales.nhs.uk",
    )
    assert ex.referrer_name is not None and ex.referrer_name.value == "Dr Ceri Walsh"
    assert child(ex)["gp"] == {"doctor": "Dr Ceri Walsh", "practice": "Treorchy Health Centre"}


def test_form_typed_in_capitals_is_read(read):
    ex = read(
        "Hi,\n\nCHILD NAME: MORGAN LEE TUDOR\nD.O.B: 14/06/2017\nADDRESS: 12 FERN ROW, CWMDARE, CF44 7QT\n"
        "PARENT: NAN - GLENYS TUDOR\nSCHOOL: BRYNCOCH PRIMARY\n\nThanks\n"
    )
    c = child(ex)
    assert c["name"] == "Morgan Lee Tudor" and c["date_of_birth"] == "2017-06-14"
    assert c["postcode"] == "CF44 7QT" and c["address"] == "12 Fern Row, Cwmdare, CF44 7QT"
    assert c["carer"] == {"name": "Glenys Tudor", "relationship": "grandmother"}
    assert c["school"] == "Bryncoch Primary"


def test_welsh_form_labels(read):
    ex = read(
        "Helo,\n\nEnw'r plentyn: Gethin Rowlands\nDyddiad geni: 03/11/2015\n"
        "Cyfeiriad: 7 Heol y Felin, Tonyrefail, CF39 8PL\nRhiant: Sioned Rowlands (mam)\n"
        "Ysgol: Ysgol Gynradd Penrhos\n\nDiolch\n"
    )
    c = child(ex)
    assert c["name"] == "Gethin Rowlands" and c["date_of_birth"] == "2015-11-03"
    assert c["address"] == "7 Heol y Felin, Tonyrefail, CF39 8PL"
    assert c["carer"] == {"name": "Sioned Rowlands", "relationship": "mother"}
    assert c["school"] == "Ysgol Gynradd Penrhos"


def test_holiday_words_in_quotes_are_no_children(read):
    ex = read(
        "Hi,\n\nSerena Holt (14, Year 10) came in with her mum. Serena says she has not been in school "
        "'since about Whitsun' and 'not since Christmas really'.\n\nThanks\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Serena Holt"]


def test_hostel_unit_is_the_current_home_not_the_previous_address(read):
    ex = read(
        "Hi team,\n\nFamily placed under emergency duty last Friday at Glasfryn Lodge Hostel, Unit 4, "
        "11 Lower Mill Road, Brynteg, Caerphilly, CF83 9ZZ after eviction from a private let in Tonpentre "
        "(previous address 8 Oak Row, Tonpentre, CF41 1ZZ).\n\nMum Kerry Vance and her son Dylan Vance (10).\n\n"
        "Thanks\n"
    )
    c = child(ex)
    assert c["name"] == "Dylan Vance"
    assert c["address"] == "Glasfryn Lodge Hostel, Unit 4, 11 Lower Mill Road, Brynteg, Caerphilly, CF83 9ZZ"
    assert c["carer"] == {"name": "Kerry Vance", "relationship": "mother"}


def test_role_words_and_schools_are_never_carer_names(read):
    ex = read(
        "Hi,\n\nPerpetrator (dad) Wayne Blyth. Children Lacey Blyth (6) and Kai Blyth (4). "
        "Mother is Donna Pearce.\n\nThanks\n"
    )
    assert child(ex)["carer"] == {"name": "Donna Pearce", "relationship": "mother"}
    from nlp.carers import _clean_name

    for raw in ("Perpetrator", "Mother", "Nain", "Victim", "Suspect", "Cwm Glas Community School"):
        assert _clean_name(raw) is None, raw


def test_carer_named_by_is_kin(read):
    ex = read(
        "Hi,\n\nVictim is Carys MOSTYN (31), who is the mother of the two children:\n\n"
        "  * Deio MOSTYN dob 02/02/2016\n  * Efa MOSTYN dob 05/05/2019\n\nThanks\n"
    )
    assert [child(ex, i)["carer"] for i in (0, 1)] == [{"name": "Carys Mostyn", "relationship": "mother"}] * 2
    ex = read("Hi,\n\nWe are worried about Ffion Kerr (8). Bethan Kerr is mum.\n\nThanks\n")
    assert child(ex)["carer"] == {"name": "Bethan Kerr", "relationship": "mother"}
    ex = read("Hi,\n\nJago Trewin (11) lives with her aunt Morwenna Hicks at 4 Bryn Road, Porth, CF39 9AA.\n")
    assert child(ex)["carer"] == {"name": "Morwenna Hicks", "relationship": "aunt"}


def test_lower_case_slack_pupil_with_year_group(read):
    for text in (
        "hiya, quick one - megan price yr 5 hasnt been in since the 12th. mum said they were moving\n",
        "tobias grant y4 not been in since sept, mum says they went to stay with family\n",
    ):
        ex = read(text, channel="slack")
        assert [c.to_schema()["name"] for c in ex.children] in (["Megan Price"], ["Tobias Grant"]), text
    ex = read("quick one - not been in yr 5 since monday\n", channel="slack")
    assert ex.children == [] or all(c.to_schema()["name"] in (None, "") for c in ex.children)


def test_bare_and_rough_ages(read):
    for text in (
        "Hi,\n\nChildren:\n- Ruby Hale 9\n- Alfie Hale 7\n- Poppy Hale 5\n\nThanks\n",
        "Hi,\n\nThe kids are Ruby Hale (9), Alfie Hale (7) and Poppy Hale 5.\n\nThanks\n",
    ):
        ex = read(text)
        got = [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children]
        assert got == [("Ruby Hale", 9), ("Alfie Hale", 7), ("Poppy Hale", 5)], text
    ex = read("Hi,\n\nNoah Pike, approx 10, has not been seen. His sister Mia Pike is roughly 7.\n\nThanks\n")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Noah Pike", 10), ("Mia Pike", 7)]


def test_middle_name_that_is_also_a_common_word(read):
    ex = read("Hi,\n\nConcern about Isla Mae Varney Y10 who has not attended since 3 May.\n\nThanks\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Isla Mae Varney"]


def test_first_report_reads_a_quoted_earlier_message(read):
    ex = read(
        "Hi CME team,\n\nPassing this on as below, can you help?\n\nThanks\nGwen\n\n"
        "On Mon, 5 Oct 2026 at 09:12, Harri Blythe <h.blythe@example.org> wrote:\n"
        "> Hello,\n> Kit Madoc (Year 4, DOB 02/03/2017) has left Bryn Glas Primary.\n"
        "> Lives with mum Elen Madoc at 5 Heol Eithin, Ynysybwl, CF37 3LL.\n> Harri\n"
    )
    c = child(ex)
    assert c["name"] == "Kit Madoc" and c["date_of_birth"] == "2017-03-02"
    assert c["address"] == "5 Heol Eithin, Ynysybwl, CF37 3LL"
    assert c["carer"] == {"name": "Elen Madoc", "relationship": "mother"}


def test_prepare_text_still_drops_a_replys_quote_by_default():
    from nlp import prepare_text

    text = "Yes he is 9.\n\nOn Mon, 5 Oct 2026 at 09:12, CME Team <cme@example.org> wrote:\n> How old is Kit?\n"
    assert "How old" not in prepare_text(text, "email")
    assert "How old" in prepare_text(text, "email", keep_quoted=True)


def test_school_the_child_used_to_go_to(read):
    ex = read(
        "Hi,\n\nWe met Zara Pennock (8) and her mum. Zara told me she 'used to go to Hazel Dene' before they moved.\n"
    )
    assert child(ex)["school"] == "Hazel Dene"
    ex = read("Hi,\n\nZara Pennock (8) is going to go to Hazel Dene Primary next term.\n")
    assert child(ex)["school"] is None


def test_slack_display_name_with_pipes_gives_the_pupils_school(read):
    ex = read(
        "zara pennock yr3 not in since half term, mum not answering\n",
        channel="slack",
        sender_name="Ffion Rhys | DSL | Cwm Isaf Primary",
    )
    assert child(ex)["name"] == "Zara Pennock" and child(ex)["school"] == "Cwm Isaf Primary"


def test_carer_has_a_daughter_parents_are_and_kin_with_a_bracketed_word(read):
    ex = read(
        "Hello,\n\nOur tenant, Ms Lidia Varga, seems to have left the flat at 3 Heol Isaf, Llantwit Fardre, "
        "CF38 2ZZ. Ms Varga has a daughter, Noemi, aged about 9, who went to Efail Isaf Primary.\n\nRegards\n"
    )
    assert child(ex)["name"] == "Noemi" and child(ex)["age"] == 9
    assert child(ex)["carer"] == {"name": "Lidia Varga", "relationship": "mother"}
    ex = read(
        "Dear team,\n\nI am worried about Imran Qadir, Year 9, DOB 01/02/2012. Home address: 5 Park Place, "
        "Cilfynydd, CF37 4ZZ. Parents are Mr Yusuf Qadir and Mrs Hina Qadir.\n\nThanks\n"
    )
    assert child(ex)["carer"] == {"name": "Yusuf Qadir", "relationship": "father"}
    ex = read(
        "Hi,\n\nLowri Pryde (DOB 03/03/2015) has gone to live with her maternal grandmother (Mamgu), "
        "Mrs Delyth Ames, at 2 Bryn Road, Porth, CF39 9ZZ.\n- Mum, Anna Pryde, is at 9 Hill Street, Porth, "
        "CF39 8ZZ; contact is supervised.\n\nThanks\n"
    )
    assert child(ex)["carer"] == {"name": "Delyth Ames", "relationship": "grandmother"}


def test_rough_ages_of_a_boy_and_a_girl_in_the_names_order(read):
    ex = read(
        "hi the kids at number 9 never go to school, the boy is about 11 and the girl maybe 7, "
        "there names are Tom Cole and Ivy Cole\n"
    )
    got = [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children]
    assert got == [("Tom Cole", 11), ("Ivy Cole", 7)]


def test_the_writers_own_school_is_the_childs_only_for_their_pupil(read):
    ex = read(
        "Hiya - office at Bryn Celyn Primary here. A mum came in this morning, just moved to 4 Heol Wen, Porth, "
        "CF39 9ZZ. Son Marco Ruiz born 3rd May 2016. He's not on any school roll in Wales yet. Could CME help?",
        channel="slack",
        sender_name="Lia Moss",
    )
    assert child(ex)["name"] == "Marco Ruiz" and child(ex)["school"] is None
    ex = read(
        "Hiya - office at Bryn Celyn Primary here. Marco Ruiz Y5 hasn't been in since half term, mum not answering.",
        channel="slack",
        sender_name="Lia Moss",
    )
    assert child(ex)["school"] == "Bryn Celyn Primary"


def test_a_first_name_only_with_a_reception_class(read):
    ex = read(
        "Hi, Ava-May (Rec) never started with us in Sept. Dad says they're sorting it.\n",
        channel="slack",
        sender_name="Mrs Obi - Nant Celyn Primary",
    )
    assert child(ex)["name"] == "Ava-May" and child(ex)["school"] == "Nant Celyn Primary"


def test_carer_set_off_by_commas_or_named_in_a_misspelt_possessive(read):
    ex = read(
        "Hiya - office at Bryn Celyn Primary here. Had a mum in reception this morning, Lucia Reyes, just moved "
        "here. Son Marco Reyes born 3rd May 2016.",
        channel="slack",
        sender_name="Lia Moss",
    )
    assert child(ex)["carer"] == {"name": "Lucia Reyes", "relationship": "mother"}
    ex = read(
        "hi the kids next door never go to school the boy is about 11 and the girl maybe 7 there names are Sam "
        "and Lily and the mams called Kerry i think the last name is Fenton\n"
    )
    assert child(ex)["carer"] == {"name": "Kerry Fenton", "relationship": "mother"}


def test_portuguese_surnames_with_dos_and_das(read):
    ex = read(
        "Please accept this as a CME referral for two pupils who have not returned from Portugal.\n"
        "Tiago Ffugeira dos Ffugantos – Y5 – DOB 02/02/2017\n"
        "Beatriz (Bia) Ffugeira das Ffugneves – Y2 – DOB 09/06/2020\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == [
        "Tiago Ffugeira dos Ffugantos",
        "Beatriz Ffugeira das Ffugneves",
    ]


def test_a_quoted_nickname_between_forename_and_surname(read):
    ex = read(
        "Y11 concern – Jordan 'JJ' Ffug-Mahoney hasn't been in since 6/10. Mum (Leanne Ffugmahoney) rang today. "
        "He's 15.\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jordan Ffug-Mahoney"]



def test_a_surname_in_capitals_first_is_a_name_after_a_label_a_list_number_or_a_title():
    from nlp.names import find_names

    assert [m.text for m in find_names("Mother: LAU Mei Ling")] == ["LAU Mei Ling"]
    assert [m.text for m in find_names("2. FFUNG Hoi Ying, DOB 14/02/2018")] == ["FFUNG Hoi Ying"]
    assert [m.text for m in find_names("We met SARAH Ffug today")] == []


def test_two_forenames_a_nickname_in_brackets_and_a_surname_are_one_person():
    from nlp.names import find_names

    text = "regarding Wing Yan (Wendy) Ffugan, DOB 19/03/2014, who came from Hong Kong"
    assert [m.text for m in find_names(text)][0] == "Wing Yan Ffugan"


def test_a_nickname_in_quoted_brackets_and_a_double_forename_said_short(read):
    ex = read(
        "Children:\nPatrick Ffugward - DOB 04/06/2016\nBridget ('Bridie') Ffugward - DOB 17/10/2018\n\n"
        "Patrick and Bridie were last in school at St Ffug's Catholic Primary, Flint, in the summer term.\n"
    )
    assert [child(ex, i)["name"] for i in range(len(ex.children))] == ["Patrick Ffugward", "Bridget Ffugward"]
    assert child(ex, 1)["school"] == "St Ffug's Catholic Primary"
    ex = read(
        "anyone know where the Ffugkelly kids went?? Brandon & Tia-Rose not in since half term, hse is empty. "
        "Brandon Y5 Tia Y2. mam Shelley Ffugkelly",
        channel="slack",
        sender="U0FFUG0200",
    )
    assert [child(ex, i)["name"] for i in range(len(ex.children))] == ["Brandon Ffugkelly", "Tia-Rose Ffugkelly"]


def test_a_date_of_birth_in_brackets_after_the_age(read):
    ex = read("Referral for Mason Ffugips. Mason is 9 (17.02.2017) and has no school place since moving here.")
    assert child(ex)["date_of_birth"] == "2017-02-17"
    ex = read("Referral for Mason Ffugips. Mason is 9 (mum thinks) and has no school place since moving here.")
    assert child(ex)["date_of_birth"] is None and child(ex)["age"] == 9


def test_an_age_the_writer_doubts(read):
    ex = read(
        "Anyone know a family with kids Denisa (8?) and Marian (about 11)? They came to our office with their uncle.",
        channel="slack",
        sender="U0FFUG0800",
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Denisa", 8), ("Marian", 11)]


def test_a_name_and_an_age_typed_without_apostrophes_or_digits(read):
    ex = read(
        "theres a little girl living next door to me with her grandad and she never goes to school. shes called "
        "Maisie, she told my daughter shes six. they moved in at Easter."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Maisie", 6)]
    ex = read("Alfie Ffug is not in school. He is two of the three boys seen in the park.")  # no age of "two of"
    assert ex.children[0].to_schema()["age"] is None


def test_a_surname_of_two_particles_and_a_nickname_said_as_known_as(read):
    ex = read("Tomos van der Ffug (9) has not attended since June.")
    assert child(ex)["name"] == "Tomos van der Ffug"
    ex = read("Tomos (known as Tom) Ffug, 9, not in school since June.")
    assert child(ex)["name"] == "Tomos Ffug"
    ex = read("Tomos (aka Tom) Ffug, 9, not in school since June.")
    assert child(ex)["name"] == "Tomos Ffug"


def test_a_date_of_birth_written_b_dot_or_after_an_equals_and_a_welsh_oed(read):
    assert child(read("Referring Tomos Ffug, b. 01/02/2016, not in school."))["age"] == 10
    assert child(read("Referring Tomos Ffug; DOB = 01/02/2016"))["age"] == 10
    assert child(read("Referring Tomos Ffug (oed 9), ddim yn yr ysgol."))["age"] == 9


def test_ages_said_in_other_ways(read):
    def age(text, channel="email"):
        return [(c.name.value, c.age.value) for c in read(text, channel=channel).children]

    # an age believed, in the sentence after the name
    assert age("Officers found a boy who gave his name as Minh Ffugyen. He is believed to be 15. No documents.") == [
        ("Minh Ffugyen", 15)
    ]
    # a young mother: the baby's age is not hers
    assert age("met a Y11 girl today - Destiny Ffug, 15, has a 4 month old baby and hasn't been in.", "slack") == [
        ("Destiny Ffug", 15)
    ]
    # set off by a dash after a bracket
    assert age("flagging Zander (Alexander Ffug) - 14, permanently excluded in June", "slack")[0][1] == 14
    # the Welsh "d.g." (dyddiad geni, date of birth)
    assert age("Dydy Osian Ffug (bl. 4, d.g. 18/02/2017) ddim wedi bod yn yr ysgol ers pythefnos.", "slack") == [
        ("Osian Ffug", 9)
    ]
    # a date typed with spaces round its strokes
    assert age("Child name:\t\tNanw Ffug-Roberts\nD.O.B.  :\t23 / 08 / 2017\nMother  :\tFfion Ffug\n") == [
        ("Nanw Ffug-Roberts", 9)
    ]


def test_a_date_of_birth_in_brackets_after_an_age_in_welsh(read):
    def dob(text):
        return [c.to_schema()["date_of_birth"] for c in read(text).children]

    assert dob("Rwy'n cyfeirio Elis Ffug, 9 oed (ganwyd 2 Ebrill 2017), sydd heb ysgol ers mis Medi.") == ["2017-04-02"]
    assert dob("Rwy'n cyfeirio Elis Ffug, 9 oed (g. 02/04/2017), sydd heb ysgol ers mis Medi.") == ["2017-04-02"]
    assert dob("I am referring Elis Ffug, 9 (ganwyd 2 Ebrill 2017), who has had no school since September.") == [
        "2017-04-02"
    ]


def test_twins_set_off_by_commas_share_their_date_of_birth(read):
    ex = read("I'd like to refer Mia Ffugins and Maisie Ffugins, twins, DOB 12/06/2020, who live with their mother.")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Mia Ffugins", 6), ("Maisie Ffugins", 6)]


def test_a_po_box_is_never_a_home(read):
    ex = read("Ffion Ffug (DOB 01/02/2015) is missing from school. Reply to Blwch Post 1187, Merthyr Tudful, CF47 8WX.")
    assert ex.children[0].to_schema()["address"] is None


def test_an_age_after_a_comma_at_the_end_of_a_labelled_line(read):
    ex = read("I spoke to a woman with two kids in the shop.\n\nMum - Stacey Ffug\nGirl - Lacey Ffug, 10\n\n"
              "They're staying at Room 4, 19 Ffug Road, Roath, CF99 3AR (HMO).")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Lacey Ffug", 10)]


def test_a_pupil_who_has_never_turned_up_or_is_on_our_roll(read):
    cases = [
        ("Lily Ffug has never turned up. DOB 16/8/2015.", "Lily Ffug"),
        ("Morning, Lily-Grace Ffug has been on our roll since Sept but nobody has seen her.", "Lily-Grace Ffug"),
    ]
    for text, name in cases:
        ex = read(text, channel="slack", sender="U0FFUG")
        assert [c.to_schema()["name"] for c in ex.children] == [name], text
