"""Layouts and phrasings found missing by a review of a fourth hold-out set's error categories, on fresh fictional
reports (every name, street and school here is made up)."""

from nlp.validators import DATE_RE, parse_date_match


def child(ex, i=0):
    return ex.children[i].to_schema()


def test_words_before_the_house_number_are_not_the_address(read):
    ex = read(
        "Hi,\n\nDetails:\nMabli CROWE, DOB 02/02/2016\nIolo CROWE, aged 7\n"
        "Both of 31 Heol Fferws, Ystrad Ffug, CF99 2QQ\n\nThanks\n"
    )
    assert child(ex, 0)["address"] == child(ex, 1)["address"] == "31 Heol Fferws, Ystrad Ffug, CF99 2QQ"
    ex = read("Hello,\n\nI'm writing about Tesni Gard, DOB 2012-04-01, of 9 Stryd Ffug, Cwmdummy, CF99 7ZZ.\n")
    assert child(ex)["address"] == "9 Stryd Ffug, Cwmdummy, CF99 7ZZ"


def test_an_address_a_part_to_an_indented_line(read):
    ex = read(
        "Pasted from SIMS\nLegal Surname: ORRIN\nLegal Forename: Caio\nDOB: 01/09/2017\n"
        "Address: 4 Heol Ffug\n         Cwm Ffug\n         CF99 4AB\nContact 1: Della ORRIN\nRelationship: Mother\n"
    )
    assert child(ex)["name"] == "Caio Orrin"
    assert child(ex)["address"] == "4 Heol Ffug, Cwm Ffug, CF99 4AB"
    # The relationship on the next line belongs to the contact above it.
    assert child(ex)["carer"] == {"name": "Della Orrin", "relationship": "mother"}


def test_a_new_address_wins_over_the_last_known_one(read):
    ex = read(
        "Dear colleague,\n\nSurname: VANCE\nForename(s): Idony\nDate of birth: 12-Mar-2014\n"
        "Last known address (Leeds): 3 Fake Street, Leeds, LS99 1AA\n"
        "Believed new address: 7 Heol Ffug, Trefug, CF99 3BB\n"
    )
    assert child(ex)["address"] == "7 Heol Ffug, Trefug, CF99 3BB"
    assert child(ex)["date_of_birth"] == "2014-03-12"
    ex = read("Dear colleague,\n\nName: Idony Vance\nDOB: 12/03/2014\nLast known address: 3 Fake St, Leeds, LS99 1AA")
    assert child(ex)["address"] == "3 Fake St, Leeds, LS99 1AA"


def test_dates_with_hyphens_and_month_names():
    for text, iso in (("30-Jun-2013", "2013-06-30"), ("4-September-2015", "2015-09-04"), ("4 Sept 2015", "2015-09-04")):
        m = DATE_RE.search(text)
        assert m and str(parse_date_match(m)) == iso, text


def test_carers_named_with_an_initial_an_article_or_an_equals_sign(read):
    ex = read("Hello,\n\nWrenna Tull (DOB 01/01/2015) is not in school.\nCarer: Mrs P Tull (grandmother).\n")
    assert child(ex)["carer"] == {"name": "P Tull", "relationship": "grandmother"}
    ex = read("Hi,\n\nSkye Arnott, DOB 3rd May 2016, has no school place.\nMother is a Ms Rhona Arnott, no phone.\n")
    assert child(ex)["carer"] == {"name": "Rhona Arnott", "relationship": "mother"}
    ex = read("hi all\n• Zaid Omari, 9\ndad = Mr Samir Omari, speaks arabic\naddress: 2 Heol Ffug, Cwm, CF99 1AB\n")
    assert child(ex)["carer"] == {"name": "Samir Omari", "relationship": "father"}


def test_a_month_or_season_is_a_forename_before_a_surname(read):
    ex = read(
        "Hi,\n\nMum has two children with her:\n- Summer Quill, 12 (DOB 02/03/2014)\n- Rio, who is 9\n"
        "Neither has been in school since the Summer Term.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Summer Quill", "Rio"]


def test_a_surname_that_is_a_street_word(read):
    ex = read("Dear all,\n\nDuring the visit it was clear that Ottilie Lane (DOB 15/03/2020) is not attending school.")
    assert child(ex)["name"] == "Ottilie Lane"
    ex = read("Dear all,\n\nTomos Reed (DOB 15/03/2016) lives at 12 Maple Lane, Cwm Ffug, CF99 5DD.\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Tomos Reed"]


def test_each_form_block_pairs_a_surname_with_its_own_forename(read):
    ex = read(
        "Dear CME Officer,\n\nRE: NOTIFICATION OF CHILDREN BELIEVED TO BE IN YOUR AREA\n\n"
        "CHILD 1\nSurname: FENWICK\nForename: Lark\nDOB: 09/11/2015\n\n"
        "CHILD 2\nSurname: FENWICK\nForename: Jory\nDOB: 23/07/2019\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lark Fenwick", "Jory Fenwick"]
    assert child(ex, 1)["date_of_birth"] == "2019-07-23"


def test_welsh_mutated_kinship_words(read):
    ex = read(
        "Annwyl Syr,\n\nRwy'n poeni am fy ŵyr, Cai Ffug. Dyddiad geni Cai yw 3 Ebrill 2016.\n"
        "Mae Cai yn byw gyda'i thad, Dewi Ffug, yn 5 Heol Ffug, Cwm, CF99 6EE.\n"
    )
    assert child(ex)["date_of_birth"] == "2016-04-03"
    assert child(ex)["carer"] == {"name": "Dewi Ffug", "relationship": "father"}
    # "fy nhad" is the writer's father, not the child's.
    ex = read(
        "Noswaith dda,\n\nRydyn ni'n byw gyda fy nhad, Emrys Ffug. Dydy fy merch, Alaw Ffug (9 oed), ddim mewn ysgol.\n"
    )
    assert (child(ex)["carer"] or {}).get("name") != "Emrys Ffug"


def test_welsh_surgery_with_the_article(read):
    ex = read("bore da\n• Enw: Nedw Ffug\n• Dyddiad geni: 17/06/2016\n• Meddyg teulu: Dr Ffug, Meddygfa'r Dyffryn\n")
    assert child(ex)["gp"] == {"doctor": "Dr Ffug", "practice": "Meddygfa'r Dyffryn"}


def test_bilingual_form_labels(read):
    ex = read(
        "Annwyl gydweithiwr / Dear colleague,\n\nEnw / Name: Gethin Ffug Rowe\n"
        "Dyddiad geni / Date of birth: 21 Mawrth 2015\nSurname / Cyfenw: ROWE\n"
        "Cyfeiriad newydd / New address: 4 Heol Ffug, Cwm, CF99 8GG\n"
        "Rhiant/Gofalwr / Parent/Carer: Tad - Huw Rowe\n"
    )
    assert child(ex)["name"] == "Gethin Ffug Rowe"
    assert child(ex)["date_of_birth"] == "2015-03-21"
    assert child(ex)["address"] == "4 Heol Ffug, Cwm, CF99 8GG"
    assert child(ex)["carer"] == {"name": "Huw Rowe", "relationship": "father"}


def test_care_of_address_is_current(read):
    ex = read(
        "Dear CME Officer,\n\nName: Nell Ffug\nDOB: 01/02/2016\n"
        "Last known address (Leeds): 7 Fake Way, Leeds, LS99 2AA\n"
        "Believed current address: c/o 19 Heol Ffug, Cwm, CF99 3PG (home of an aunt)\n"
    )
    assert child(ex)["address"] == "19 Heol Ffug, Cwm, CF99 3PG"


def test_mother_named_before_her_children(read):
    ex = read(
        "Good morning,\n\nPresent were the victim, Ms Carys Ffug, and her two children:\n\n"
        "Jac Ffug - DOB 09/09/2018\nMia Ffug - DOB 11/04/2020\n"
    )
    assert child(ex, 0)["carer"] == child(ex, 1)["carer"] == {"name": "Carys Ffug", "relationship": "mother"}
    ex = read(
        "Hello,\n\nThe tenant is Ms Adwoa Ffug, who moved into Flat 9, Cwrt Ffug, Wrecsam, LL99 2SB in September. "
        "Her daughter Blessing is 12.\n"
    )
    assert child(ex)["carer"] == {"name": "Adwoa Ffug", "relationship": "mother"}


def test_church_in_wales_and_old_in_school_names(read):
    ex = read("Hi,\n\nRhodri Ffug, 8, was at St Teilo's Church in Wales Primary until July.\n")
    assert child(ex)["school"] == "St Teilo's Church in Wales Primary"
    ex = read("Hi,\n\nI was the school nurse for Lowri Ffug (DOB 2013-12-03) at Old Quarry High School until June.")
    assert child(ex)["school"] == "Old Quarry High School"


def test_a_welsh_school_name_is_not_a_child(read):
    ex = read("hi\nTegan Ffug, Y11 here at Ysgol Uwchradd Maes Ffug, dob 30.04.2011 - had a baby in august.", "slack")
    assert [c.to_schema()["name"] for c in ex.children] == ["Tegan Ffug"]


def test_a_parents_letter_pasted_by_school_staff(read):
    ex = read(
        "hi - we've had a letter from a parent, pasting the key bits:\n"
        "&gt; I am withdrawing my son Osian Ffug (born 5th September 2015) from our school to home educate him.\n"
        "&gt; Nerys Ffug, 16 Heol Ffug, Cwm, CF99 7ND\n"
        "mum's been really positive with school.",
        channel="slack",
        sender="U0FAKE123",
        sender_name="Dai Ffug | Deputy Head | Ffug Primary",
    )
    assert child(ex)["carer"] == {"name": "Nerys Ffug", "relationship": "mother"}
    assert child(ex)["address"] == "16 Heol Ffug, Cwm, CF99 7ND"


def test_a_starter_who_never_started_keeps_the_school_last_attended(read):
    ex = read(
        "morning :wave: one of our new yr 7s hasn't turned up since term started\n• Macsen Ffug\n• dob 19.2.15\n"
        "• came up to us from Ysgol Gynradd Ffug Isaf, transition all done in july\n"
        "we've taken him off the admissions list now as he never started, so he's not on roll with us.",
        channel="slack",
        sender="U0FAKE999",
        sender_name="Ann Ffug | Attendance Officer | Ysgol Gyfun Ffug Uchaf",
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Ffug Isaf"


def test_reception_is_a_class_not_a_name(read):
    ex = read(
        "morning all\n• Ela Ffug - Y3 - 11/10/2018\n• Gruff Ffug - Reception - 15/03/2022\n"
        "| Nia Ffug | Rec | 07.02.2022 |\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ela Ffug", "Gruff Ffug", "Nia Ffug"]
    assert ex.children[1].to_schema()["date_of_birth"] == "2022-03-15"


def test_a_form_subject_under_any_label(read):
    ex = read("Hi,\n\nDetained person: Caden Ffug\nDOB: 30/09/2011\nHome address given: 2 Heol Ffug, Cwm, CF99 4EQ\n")
    assert ex.children[0].to_schema()["name"] == "Caden Ffug"
    # An adult's date of birth under a label is not a child's.
    ex = read("Hi,\n\nDetained person: Caden Ffug\nDOB: 30/09/1980\n")
    assert ex.children == []


def test_welsh_address_label_is_the_current_address(read):
    ex = read(
        "Annwyl Syr,\n\nRoedd Cari yn byw yn 12 Stryd Ffug, Caernarfon cyn hynny.\n\nEnw: Cari Ffug\n"
        "Dyddiad geni: 3 Tachwedd 2016\nCyfeiriad: Bryn Ffug, Lôn Bach, Llanffug, LL99 4BY\n"
    )
    assert ex.children[0].to_schema()["address"] == "Bryn Ffug, Lôn Bach, Llanffug, LL99 4BY"


def test_year_group_then_age_and_a_high_school_without_school(read):
    ex = read(
        "hi team, one of ours was permanently excluded last week\nTomi Ffug, Yr 9, 14\n62 Maes Ffug, Rhyl, LL99 2BW",
        channel="slack",
        sender_name="Mr R Ffug - Ffug Road High",
    )
    assert ex.children[0].to_schema()["age"] == 14
    assert ex.children[0].to_schema()["school"] == "Ffug Road High"


def test_a_boyfriend_of_seventeen_is_not_a_child_and_the_home_she_left_is_not_hers(read):
    ex = read(
        "Hi,\n\nShe is Eira Ffug, DOB 14th Aug 2011. Eira has not been living with her mum, Ann Ffug "
        "(40 Heol Ffug, Dowlais, CF99 3NB), since the summer. She has been staying with her boyfriend Ceiron Ffug (17) "
        "at his mother's house, 5 Stryd Ffug, Merthyr, CF99 8PL.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Eira Ffug"]
    assert ex.children[0].to_schema()["address"] == "5 Stryd Ffug, Merthyr, CF99 8PL"
    assert (ex.children[0].to_schema()["carer"] or {}).get("name") != "Ann Ffug"


def test_a_family_unit_address_over_several_lines(read):
    ex = read(
        "Good morning,\n\nMs Tia Ffug and her children are at:\n\nUnit 3, Tŷ Ffug Family Unit\n45 Ffordd Ffug\n"
        "Caerffili\nCF99 1LJ\n\nThe children are:\n1. Jac Ffug - DOB 05/01/2015\n2. Alfi Ffug - age 6\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jac Ffug", "Alfi Ffug"]
    assert ex.children[1].to_schema()["age"] == 6
    assert ex.children[0].to_schema()["address"] == "Unit 3, Tŷ Ffug Family Unit, 45 Ffordd Ffug, Caerffili, CF99 1LJ"


def test_a_town_after_a_school_and_a_school_with_a_year_are_not_children(read):
    ex = read(
        "Hi,\n\nChild: Mali Ffug\nBorn: February 9, 2019\nPrevious school: Ffug Primary Academy, Henffordd (Year 3)\n"
        "\nChild 2\nChild's name: Owi Ffug\nDate of birth: 30.1.2018\nSchool: Ffugacre Academy (Year 4)\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Mali Ffug", "Owi Ffug"]


def test_was_born_on(read):
    ex = read("Hi,\n\nMaia Ffug is 12. Twm Ffug was born on 28 May 2020 so he'll be seven soon.\n")
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == [None, "2020-05-28"]


def test_a_forwarded_parents_email_signed_with_a_first_name(read):
    ex = read(
        "Hi,\n\nForwarding the email below from the mum of Isla Ffug-Morgan (Year 4). Isla's DOB is 14/09/2017.\n\n"
        "Deborah Ffug\nAttendance Lead\nFfug Primary School, Heol yr Ysgol, Porthcawl, CF99 3PZ\n\n"
        "From: Laura Ffug-Morgan <laura@example.com>\nSent: 18 March 2027 20:41\nTo: Office <office@example.org>\n"
        "Subject: Isla\n\nHi, Isla won't be in next week as we have to fly out, my dad is poorly. I'll keep you posted."
        "\n\nLaura\n",
        subject="FW: Isla",
    )
    assert (child(ex)["carer"] or {}).get("name") == "Laura Ffug-Morgan"


def test_the_aunt_looking_after_him_day_to_day(read):
    ex = read(
        "Hi,\n\nCai Ffug (14) has been at his aunt's since March. Mum (Dona Ffug) agreed to it, so his aunt has been "
        "looking after him day to day since then. Aunt is Meinir Ffug and the address is 9 Bryn Ffug, Cwm, CF99 3YN.\n"
    )
    assert child(ex)["carer"] == {"name": "Meinir Ffug", "relationship": "aunt"}


def test_evicted_from_is_a_previous_address(read):
    ex = read(
        "hey, not seen Rhys Ffug (8) since half term. mum says they were evicted from 19 Heol Ffug the week before "
        "& the council have put them in Room 12, Tŷ Ffug, 4 Ffordd Ffug, Abertawe, SA9 1NW (hostel)",
        channel="slack",
    )
    assert child(ex)["address"] == "Room 12, Tŷ Ffug, 4 Ffordd Ffug, Abertawe, SA9 1NW"


def test_age_in_brackets_after_a_year_group(read):
    ex = read("morning - 2 of ours:\n1. Jac Ffug, Y5 (9)\n2. Lois Ffug, Y2 (6)\n", channel="slack")
    assert [c.to_schema()["age"] for c in ex.children] == [9, 6]


def test_a_rambling_neighbour_names_the_boy_and_the_mum(read):
    ex = read(
        "hello theres a family moved in next door and the kids never go to school, theres a boy he told me hes 10 "
        "called Connor and a little girl Lily, the mum is called Dona i think Dona Ffug, theres a man there aswell"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Connor", "Lily"]
    assert child(ex)["carer"] == {"name": "Dona Ffug", "relationship": "mother"}


def test_welsh_grandfather_writes_about_two_grandchildren(read):
    ex = read(
        "Annwyl Swyddog,\n\nRwy'n ysgrifennu fel Taid i Gethin ac Efa Ffug.\n\nMae'r plant yn byw gyda'u tad, "
        "fy mab Emyr Ffug, yn 5 Lôn Ffug, Pontffug, CF99 9BQ. Gethin yw'r ieuengaf, mae'n 8 oed. Cafodd Efa ei "
        "geni ar 2 Chwefror 2013. Eu meddyg yw Dr Ffug ym Meddygfa Heol Ffug.\n\nYn gywir,\nIfan Ffug\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Gethin Ffug", "Efa Ffug"]
    assert ex.children[1].to_schema()["date_of_birth"] == "2013-02-02"
    assert child(ex)["carer"] == {"name": "Emyr Ffug", "relationship": "father"}
    assert child(ex, 1)["gp"] == child(ex, 0)["gp"] == {"doctor": "Dr Ffug", "practice": "Meddygfa Heol Ffug"}


def test_a_tenant_who_moved_with_her_children(read):
    ex = read(
        "Hi,\n\nThe tenant is Gabriela Ffug, she has moved from Leicester with her two children:\n\n"
        "Ștefan Ffug - 13\nDaria Ffug - 9\n"
    )
    assert child(ex, 1)["carer"] == {"name": "Gabriela Ffug", "relationship": "mother"}


def test_a_date_is_no_house_number_and_a_school_no_street(read):
    ex = read(
        "Mum: Amina Ffug\nChildren:\n  Layla Ffug   DOB 22.03.2015   Highgate Lane Primary, Birmingham\n"
        "  Yusuf Ffug   DOB 01.11.2017   Highgate Lane Primary, Birmingham\n"
    )
    assert [c.to_schema()["address"] for c in ex.children] == [None, None]


def test_a_pupil_then_mum_in_brackets(read):
    ex = read("hi, Y8 Ruby Ffug - mum (Tasha Ffug) emailed Fri to take her off roll for home ed.", channel="slack")
    assert [c.to_schema()["name"] for c in ex.children] == ["Ruby Ffug"]
    assert child(ex)["carer"] == {"name": "Tasha Ffug", "relationship": "mother"}


def test_a_subject_line_street_and_the_full_address_below_are_one(read):
    ex = read(
        "Hi,\n\nLocation: 27 Heol Ffug, Ferndale, CF99 4TH\nChildren present:\n  Kai FFUG, DOB 11/11/2012\n",
        subject="FW: PPN - 27 Heol Ffug, Ferndale - children not attending school",
    )
    assert child(ex)["address"] == "27 Heol Ffug, Ferndale, CF99 4TH"


def test_school_label_town_dropped_and_high_in_a_sender_name(read):
    ex = read("Dear colleague,\n\nName: Zara FFUG\nDOB: 30/12/2012\nLast school: Coed Ffug Comprehensive, Bridgend\n")
    assert child(ex)["school"] == "Coed Ffug Comprehensive"
    ex = read("hi, Y8 Ruby Ffug off since monday", channel="slack", sender_name="Jo Ffug | Attendance | Bryncelyn High")
    assert child(ex)["school"] == "Bryncelyn High"


def test_carers_named_as_caring_under_a_parents_label_or_beside_a_relationship(read):
    ex = read(
        "Dear Sir,\n\nRe: Mason Ffug, date of birth 21 March 2015\n\nMason was registered by Ms Toni Ffugor, who "
        "explained that she is a friend of Mason's mother and has been looking after him since June.\n"
    )
    assert (child(ex)["carer"] or {}).get("name") == "Toni Ffugor"
    ex = read("> Pupil: Anjali FFUG\n> DOB: 2015-06-02\n> Parents: Mrs Priya Ffug / Mr Vikram Ffug\n")
    assert child(ex)["carer"] == {"name": "Priya Ffug", "relationship": "mother"}
    ex = read("Child's name: Marcus Ffug\nDOB: 2015-11-30\nParent/carer name: Kwame Ffug   Relationship: Father")
    assert child(ex)["carer"] == {"name": "Kwame Ffug", "relationship": "father"}


def test_a_street_without_a_number_and_a_welsh_yn_before_a_house_name(read):
    ex = read("Hiya,\n\nBradley Ffug (12) moved in the summer to live with his dad on Bryn Ffug Terrace, Cwmaman.\n")
    assert child(ex)["address"] == "Bryn Ffug Terrace, Cwmaman"
    ex = read("Mae Elis Ffug (Bl.3) yn byw gyda'i Nain, Mrs Menna Ffug, yn Tŷ Capel, 2 Heol Ffug, Tonffug, CF99 8RD.")
    assert child(ex)["address"] == "Tŷ Capel, 2 Heol Ffug, Tonffug, CF99 8RD"


def test_a_verb_opening_a_sentence_is_not_part_of_a_name(read):
    ex = read("Hi Rachel,\n\nBooked Keira Ffug today, DOB 12/03/2011, approx 14 weeks.\n")
    assert child(ex)["name"] == "Keira Ffug" and child(ex)["date_of_birth"] == "2011-03-12"


def test_welsh_named_and_aged_children(read):
    ex = read(
        "Noswaith dda,\n\nMae dau o blant yn byw yno efo'u mam, Nia – hogyn o'r enw Gethin sy'n 10 oed a'i chwaer fach "
        "Lois sy'n 7. Dim ysgol ers y Nadolig.\n"
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Gethin", 10), ("Lois", 7)]
    ex = read("Bore da, dim sôn am Osian Ffug (bl. 4, dyddiad geni 22/1/2019) ers tair wythnos.", channel="slack")
    assert child(ex)["date_of_birth"] == "2019-01-22"


def test_welsh_ordinals_and_iso_dates_with_slashes():
    cases = (("14eg Hydref 2019", "2019-10-14"), ("1af Mawrth 2016", "2016-03-01"), ("2013/08/05", "2013-08-05"))
    for text, iso in cases:
        m = DATE_RE.search(text)
        assert m and str(parse_date_match(m)) == iso, text


def test_homes_left_behind_are_not_the_address(read):
    ex = read(
        "Hi,\n\nI'm dealing with Ms Ann Ffug, who left her rented property in Ffugtown (28 Ffug Road, Ffugtown, "
        "NP9 5EX) because of disrepair. We have placed her at:\n\nFlat 7\nFfug Court\nHeol Ffug\nMerthyr\nCF99 8AS\n\n"
        "The eldest, Harley (DOB 14/08/2013), Summer (10) and the youngest, Alfi (d.o.b. 01.03.2020).\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Harley", "Summer", "Alfi"]
    assert child(ex)["address"] == "Flat 7, Ffug Court, Heol Ffug, Merthyr, CF99 8AS"
    ex = read(
        "Misper: Amber FFUG, DOB 27.05.13. Located at 19 Ffug Court, Abertawe, SA9 1TB, the flat of an adult male. "
        "Amber is placed with foster carers Mr and Mrs Ffug at 6 Ffordd Ffug, Gorseinon, SA9 4GT.\n"
    )
    assert child(ex)["address"] == "6 Ffordd Ffug, Gorseinon, SA9 4GT"
    ex = read(
        "Children –\nRyan Ffug, DOB 04/09/2012\n\nFollowing an incident at the family home (12 Ffug Street, Penfro) on "
        "30/03/2028, Ms Ffug and the children left the property. They are currently sofa-surfing with a friend at "
        "43 Ffug Street, Penfro, SA99 6BE.\n"
    )
    assert child(ex)["address"] == "43 Ffug Street, Penfro, SA99 6BE"


def test_a_sibling_not_in_school_anywhere_is_not_the_senders_pupil(read):
    ex = read(
        "heads up, one of our yr 8s has a younger sister who I don't think is in school anywhere\n"
        "- Mia Ffug, she's 9\n- was at Cwm Ffug Primary till end of summer term\n",
        channel="slack",
        sender_name="Rhodri Ffug | DSL | Ffug Heights High School",
    )
    assert child(ex)["school"] == "Cwm Ffug Primary"


def test_one_of_ours_and_a_sibling_at_another_school(read):
    ex = read(
        "Prynhawn da\n1. Jac Ffug – bl. 8 – gyda ni\n2. Efa Ffug – bl. 5 – Ysgol Gynradd Pen-y-ffug\n",
        channel="slack",
        sender_name="Llinos Ffug | Swyddog | Ysgol Uwchradd Ffug",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ysgol Uwchradd Ffug", "Ysgol Gynradd Pen-y-ffug"]


def test_a_pasted_table_and_surname_first_labels(read):
    ex = read(
        "details from SIMS:\nSurname        Forename   DOB          NCY\nFFUGESCU       Darius     19/12/2016   5\n"
        "Contact 1: FFUGESCU, Elena - Mother\n",
        channel="slack",
    )
    assert child(ex)["name"] == "Darius Ffugescu" and child(ex)["date_of_birth"] == "2016-12-19"
    ex = read("Pupil: Ffugosa, Beatriz    DOB: 09/08/2017\nContact 1: Ffugosa, Rui (Father) - PR\n", channel="slack")
    assert child(ex)["name"] == "Beatriz Ffugosa"
    assert child(ex)["carer"] == {"name": "Rui Ffugosa", "relationship": "father"}


def test_siblings_share_home_and_carer_unless_told_otherwise(read):
    ex = read(
        "Pupil: Ffugosa, Beatriz    DOB: 09/08/2017\nAddress: 60 Heol Ffug, Penlan, Abertawe SA9 7BS\n"
        "Contact 1: Ffugosa, Rui (Father) - PR - lives with\n\nwas due back 24/4 - dad texted fri.\n"
        "her brother Tiago (yr 9, same addr) is at another school",
        channel="slack",
    )
    tiago = child(ex, 1)
    assert tiago["name"] == "Tiago"
    assert tiago["address"] == child(ex, 0)["address"]
    assert tiago["carer"] == {"name": "Rui Ffugosa", "relationship": "father"}


def test_a_dob_beside_one_child_is_not_the_others(read):
    ex = read(
        "Dear Mrs Ffug,\n\nRuby Ffug-Bell is 10 and her brother Jac (DOB 07/07/2020) is 7. They live with their "
        "grandmother.\n"
    )
    assert [(c.to_schema()["date_of_birth"], c.to_schema()["age"]) for c in ex.children] == [
        (None, 10),
        ("2020-07-07", 6),
    ]


def test_her_name_and_date_of_birth_in_one_sentence(read):
    ex = read(
        "Hi,\n\nI met a young woman at the drop-in who has not been in school since moving.\n\nHer name is Chloe Ffug "
        "and her date of birth is the 25th of November 2012, so she should be in Year 10.\n"
    )
    assert child(ex)["name"] == "Chloe Ffug" and child(ex)["date_of_birth"] == "2012-11-25"


def test_a_name_in_capitals_after_named(read):
    ex = read("I spoke with the father of a boy who was present, named BOBBY, who he said is 12 years old.")
    assert child(ex)["name"] == "Bobby" and child(ex)["age"] == 12


def test_welsh_school_initials_and_a_starter_never_added_to_the_roll(read):
    ex = read("Dim sôn am Osian Ffug (bl. 4) ers tair wythnos.", channel="slack", sender_name="H Ffug | YGG Cwm Ffug")
    assert child(ex)["school"] == "YGG Cwm Ffug"
    ex = read(
        "last one from our yr 7 intake who never turned up\nLegal Surname: FFUG\nForename: Mason\nDOB: 2016-01-19\n"
        "Prev school: Ffug Fields Primary\n(never added to our roll).",
        channel="slack",
        sender_name="Gethin Ffug | Transition Lead | Ffug Heath High",
    )
    assert child(ex)["school"] == "Ffug Fields Primary"


def test_both_go_to_is_the_school_on_roll(read):
    ex = read("Hi,\n\nSummer (10) and the youngest, Alfi (d.o.b. 01.03.2020), both go to Ffug Park Primary.\n")
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Park Primary", "Ffug Park Primary"]


def test_a_wrapped_quoted_paragraph_is_read_as_one(read):
    ex = read(
        "Rob\n\nOn Mon, 24 Jan 2028 at 16:02, Rob Ffug <r@example.org> wrote:\n"
        "> Ruby Ffug-Bell is 10 and her brother Jac (DOB 07/07/2020) is 7. Since\n"
        "> 4th January they have been living with their maternal grandmother,\n"
        "> Eirlys Bell, and her husband Haydn at the following address:\n"
        "> Awelfryn, 2 Heol Ffug, Ystalyffug, SA9 2EJ\n"
    )
    assert child(ex)["carer"] == {"name": "Eirlys Bell", "relationship": "grandmother"}
    assert child(ex)["address"] == "Awelfryn, 2 Heol Ffug, Ystalyffug, SA9 2EJ"


def test_numbered_surname_first_children_and_contacts(read):
    ex = read(
        "CHILDREN\n1. FFUGSON, Mason        DOB 11/07/2017   M\n2. FFUGSON, Ruby         DOB 23/01/2020   F\n\n"
        "DATE/TIME OF INCIDENT: 06/02/2028 22:40\n\nContacts (both):\n  1. Ffugson, Claire     Mother       PR Y\n"
        "  2. Ward, Robert        Father       PR Y\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Mason Ffugson", "Ruby Ffugson"]
    assert child(ex)["carer"] == {"name": "Claire Ffugson", "relationship": "mother"}


def test_a_contacts_name_under_a_parent_section_is_not_a_child(read):
    ex = read(
        "SECTION B - CHILD 1\nSurname: FFUGACS\nForename(s): Bence\nDate of birth: 02/03/2015\n\n"
        "SECTION C - PARENT/CARER\nName: Erika Ffugacs\nRelationship: Mother\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Bence Ffugacs"]
    assert child(ex)["carer"] == {"name": "Erika Ffugacs", "relationship": "mother"}


def test_a_baby_and_a_late_mother_are_not_children_of_the_report(read):
    ex = read("Hi,\n\nName: Demi Ffug\nDOB: 27 Jan 2013\n\nDemi is 15 and has a baby son, Archie, who is 4 months old.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Demi Ffug"]
    ex = read(
        "Annwyl Syr,\n\nNain Gethin a Mali Ffug ydw i. Bu farw fy merch, Sioned, fis Tachwedd ac mae'r plant wedi mynd "
        "i fyw at eu tad, Aled Ffug.\n\nGethin - ganwyd 9 Ebrill 2016\nMali - ganwyd 17 Awst 2019\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Gethin Ffug", "Mali Ffug"]
    assert child(ex)["carer"] == {"name": "Aled Ffug", "relationship": "father"}


def test_the_girl_is_named_and_a_guess_between_two_ages_is_no_age(read):
    ex = read("Hi,\n\nHer mum Tanya was with her. Girl is Kacey Ffug, she told me shes 9.\n")
    assert child(ex)["name"] == "Kacey Ffug" and child(ex)["age"] == 9
    ex = read("hi, theres Riley who is 10 and his little sister Skye who is maybe 6 or 7.\n")
    assert [c.to_schema()["age"] for c in ex.children] == [10, None]


def test_carers_in_brackets_with_a_role_with_her_children_or_lived_with(read):
    ex = read("Household:\n- Ms Kerry-Ann Ffug (lead applicant, mother)\n- Tyler Ffug, DOB 09/04/2016\n")
    assert child(ex)["carer"] == {"name": "Kerry-Ann Ffug", "relationship": "mother"}
    ex = read("Hi,\n\nA lady called Rania Ffug has been coming in with her two children, Amira (11) and Yusuf (8).\n")
    assert child(ex)["carer"] == {"name": "Rania Ffug", "relationship": "mother"}
    ex = read(
        "Child: Adwoa Ffug, born 03/12/2018. Adwoa arrived to live with Mrs Akosua Ffugwu, who is her mother's "
        "cousin. Adwoa's mother, Abena Ffug, remains in Kumasi.\n"
    )
    assert (child(ex)["carer"] or {}).get("name") == "Akosua Ffugwu"
    ex = read("Hi,\n\nLewis Ffug, Y8, is with foster carers Gail and Martin Ffugerts at 2 Heol Ffug, Cwm, NP99 3RB.\n")
    assert (child(ex)["carer"] or {}).get("name") == "Gail Ffugerts"


def test_a_parent_writing_about_my_two_children_or_with_my_wife(read):
    ex = read(
        "To whom it may concern,\n\nI am electively home educating my two children:\n\n"
        "- Elowen Ffug, born 14.2.2018\n- Rafferty Ffug, born 30.10.2020\n\nYours faithfully,\n\nHannah Ffug\n"
        "Hafod Ffug, Heol Fach, Penderyn, CF99 9JT\n"
    )
    assert child(ex)["carer"]["name"] == "Hannah Ffug"
    assert child(ex)["address"] == "Hafod Ffug, Heol Fach, Penderyn, CF99 9JT"
    ex = read(
        "Hello,\n\nMy name is Mihai Ffug. I have two children, my son Andrei (born 05/01/2018). Now my children stay "
        "at home all day with my wife Elena.\n\nThank you very much\nMihai Ffug\n"
    )
    assert child(ex)["carer"] == {"name": "Mihai Ffug", "relationship": "father"}


def test_inline_answers_and_a_bed_and_breakfast_address(read):
    ex = read(
        "Please see our answers below.\n\nSandra\n\n________________________________\nFrom: Rhodri Ffug <r@x.org>\n"
        "Sent: 05 June 2028 14:03\nSubject: CME enquiry - Nathaniel Ffug DOB 19/11/2015\n\n"
        "2. What address do you hold for him?\n>> Flat 7, Ffug House, Mill Street, Tonffug, CF99 8AW\n"
        ">> (previous address on the transferred record: 112 Ffug Road, London, SW99 4TR)\n",
        subject="RE: CME enquiry - Nathaniel Ffug DOB 19/11/2015",
    )
    assert child(ex)["address"] == "Flat 7, Ffug House, Mill Street, Tonffug, CF99 8AW"
    ex = read(
        "Good morning,\n\nThe household were evicted from their property at 19 Ffug Road, Newport, NP99 0GT.\n"
        "We have placed the family at:\n\nCastle Ffug B&B, Room 6\n44 High Street\nTredegar\nNP99 3BZ\n\n"
        "- Tyler Ffug, DOB 09/04/2016\n"
    )
    assert child(ex)["address"] == "Castle Ffug B&B, Room 6, 44 High Street, Tredegar, NP99 3BZ"


def test_a_house_named_rural_address(read):
    ex = read("Hi,\n\nName: Mali Ffug\nDOB: 01/02/2016\nAddress: Ffug Cottage, Abaty-cwm-ffug, Llandrindod, LD9 6PH\n")
    assert child(ex)["address"] == "Ffug Cottage, Abaty-cwm-ffug, Llandrindod, LD9 6PH"


def test_a_paragraph_starting_with_a_childs_name_speaks_of_all(read):
    ex = read(
        "Boys are:\nTyler Ffug - born 3rd May 2017\nKayden Ffug - born 21st October 2020\n\n"
        "Tyler was at Ysgol Uwchradd Ffug in Wrecsam and Kayden was in Year 1 at Ffug Road Community Primary. Their "
        "old address was 9 Maes Ffug, Rhosffug, Wrecsam, LL99 2NT. New address is Flat 2, 41 Ffug Street, "
        "Y Trallwng, SY99 7SQ.\n"
    )
    assert [c.to_schema()["address"] for c in ex.children] == ["Flat 2, 41 Ffug Street, Y Trallwng, SY99 7SQ"] * 2


def test_a_pasted_letter_signed_off_inside_a_slack_message(read):
    ex = read(
        "EHE letter came in today, pasting as asked:\n&gt; I have decided to educate my daughter Poppy Ffug at home.\n"
        "&gt; Yours sincerely, Rachel Ffug\n&gt; Ty Newydd, Llanffug Fawr, Llanfair-ym-Ffug, LD9 3PN\n\n"
        "poppy's dob is 30/01/2016. her brother Jacob is yr 5 at Ysgol Gynradd Ffug and mum says he'll come out too",
        channel="slack",
        sender_name="Gareth Ffug (Head of Year 8, Ysgol Calon Ffug)",
    )
    # Jacob takes the family's surname from the mother writing of "my daughter Poppy Ffug".
    assert [c.to_schema()["name"] for c in ex.children] == ["Poppy Ffug", "Jacob Ffug"]
    assert child(ex)["date_of_birth"] == "2016-01-30"


def test_lads_and_a_table_with_a_name_column(read):
    ex = read("Hiya,\n\nI coach the under 13s. One of my lads, Kai Ffug, told me he doesn't do school anymore.\n")
    assert child(ex)["name"] == "Kai Ffug"
    ex = read(
        "Details below.\n\nChild           | DOB / age            | Last school\n"
        "Levi Ffug       | 13 (DOB not given)   | Ysgol Gynradd Ffug\n"
        "Shania Ffug     | 02/11/2018           | Ffug Primary\n"
    )
    ages = [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children]
    assert ages == [("Levi Ffug", 13), ("Shania Ffug", 7)]
    ex = read("GOOD MORNING,\n\nCHILD 1: DAKOTA LEIGH FFUG\nDOB: 05/05/2015\nCHILD 2: RILEY FFUG\nDOB: NOT HELD\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Dakota Leigh Ffug", "Riley Ffug"]


def test_a_mis_contact_block_with_priority_and_lives_with(read):
    ex = read(
        "Pasting from SIMS\n\nLegal Surname:        FFUGKINS\nLegal Forename:       Tyler\n"
        "Preferred Surname:    Ffugkins-Reid\nDate of Birth:        30/10/2017\n\n"
        "Contact 1:  Mr Dean Ffugreid\n  Relationship:       Father\n  Lives with pupil:   No\n  Priority:  2\n"
        "Contact 2:  Ms Kirsty Ffugkins\n  Relationship:       Mother\n  Lives with pupil:   Yes\n  Priority:  1\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tyler Ffugkins"]
    assert child(ex)["carer"] == {"name": "Kirsty Ffugkins", "relationship": "mother"}


def test_a_customer_with_her_children_and_a_nickname_in_brackets(read):
    ex = read(
        "Good afternoon,\n\nA customer mentioned that her two children have not been in school.\n\n"
        "Customer: Ewa Ffugczyk\nChildren: Filip, age 9, and Zuzanna, age 6\n"
    )
    assert child(ex)["carer"] == {"name": "Ewa Ffugczyk", "relationship": "mother"}
    ex = read("Hi,\n\nMum: Samantha (Sam) Ffug, DOB 19/05/1990\nChildren:\n1. Kai FFUG - 17.04.2017\n")
    assert child(ex)["carer"] == {"name": "Samantha Ffug", "relationship": "mother"}


def test_a_father_writing_about_his_boys_and_a_welsh_grandmother_they_live_with(read):
    ex = read(
        "Hello,\n\nI need to get my two boys into school.\nFinley Ffug - 12/05/2019\n\nTheir mum and I are separated "
        "and the boys live with me full time now.\n\nCheers,\nCraig Ffug\n"
    )
    assert child(ex)["carer"] == {"name": "Craig Ffug", "relationship": "father"}
    ex = read(
        "Annwyl Syr,\n\nYsgrifennaf ynglŷn â fy ŵyr, Cai Ffug (ganwyd 4 Mehefin 2019). Mae o wedi dod i fyw ataf i, "
        "gan fod ei fam, fy merch Sioned, yn yr ysbyty.\n\nYn gywir,\nEirlys Ffug\n(Nain Cai)\n"
    )
    assert child(ex)["carer"] == {"name": "Eirlys Ffug", "relationship": "grandmother"}


def test_a_label_with_a_date_is_not_a_child_and_a_separated_fathers_address_is_not_home(read):
    ex = read(
        "Mum + 3 placed under our duty.\nPlaced: 05/04/2030\nLast known address: 12 Clos Ffug, Caerau, CF99 0SU\n"
        "Children:\n1. Kai FFUG - 17.04.2017\n\nBobby's father, Kwame Ffug, lives at 5 Heol Ffug, Pencoed, CF99 5LX.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kai Ffug"]
    assert child(ex)["address"] == "12 Clos Ffug, Caerau, CF99 0SU"


def test_a_pasted_letter_signed_after_yours_sincerely_and_a_lower_case_first_name(read):
    ex = read(
        "EHE letter came in today for one of my yr 8s. pasting as asked:\n"
        "&gt; I have decided to educate my daughter Poppy Ffug at home.\n"
        "&gt; Yours sincerely, Rachel Ffug\n&gt; Ty Ffug, Llanffug Fawr, Llanfair-ym-Ffug, LD9 3PN\n\n"
        "poppy's dob is 30/01/2016. her brother Jacob is yr 5 at Ysgol Gynradd Ffug and mum says he'll come out too",
        channel="slack",
        sender_name="Gareth Ffug (Head of Year 8, Ysgol Calon Ffug)",
    )
    poppy, jacob = (c.to_schema() for c in ex.children)
    assert poppy["carer"] == {"name": "Rachel Ffug", "relationship": "mother"}
    assert poppy["address"] == "Ty Ffug, Llanffug Fawr, Llanfair-ym-Ffug, LD9 3PN"
    assert poppy["school"] == "Ysgol Calon Ffug"
    assert (poppy["date_of_birth"], jacob["date_of_birth"]) == ("2016-01-30", None)


def test_a_nickname_in_brackets_and_a_name_in_capitals_before_a_date(read):
    ex = read("Hi,\n\nJessica (Jess) Ffugoney, DOB 03/03/2013, has not been in school since Easter.\n")
    assert child(ex)["name"] == "Jessica Ffugoney"
    ex = read("Could you let me have the following:\n\nELI-JAY FFUG, 01/08/2022\n")
    assert child(ex)["name"] == "Eli-Jay Ffug" and child(ex)["date_of_birth"] == "2022-08-01"


def test_a_named_woman_then_she_with_her_children(read):
    ex = read(
        "Morning,\n\nI had a long chat with the occupant, Leanne Ffugbrother. She moved down from Wrecsam just before "
        "Christmas with her two boys.\n\nBoys are:\nTyler Ffugbrother - born 3rd May 2017\n"
    )
    assert child(ex)["carer"] == {"name": "Leanne Ffugbrother", "relationship": "mother"}


def test_ppn_codes_welsh_about_ages_and_children_called_further_on(read):
    ex = read("V1  FFUGLAND Kerry-Ann    DOB 19/06/1994   mother of C1-C2\nC1  FFUGLAND Jayden       DOB 03/04/2019\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Jayden Ffugland"]
    ex = read("Mae mam ifanc yn dod atom gyda'i dau blentyn, Mia (tua 9 oed) a'i brawd bach Lucas (6).")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Mia", 9), ("Lucas", 6)]
    ex = read("There were two girls there in the middle of a school day, I think they're called Poppy and Sienna.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Poppy", "Sienna"]
    ex = read("spoke to 2 kids by the slipway. boy Kai approx 11yrs and his sister Tegan Ffug who's 8.")
    assert child(ex, 1)["name"] == "Tegan Ffug" and child(ex, 1)["age"] == 8


def test_a_house_named_address_under_a_label_line(read):
    ex = read("Name: Isla Ffug\nD.O.B. 9 Nov 2017\nAddress:\nGelli Ffug\nFfordd y Capel\nPenparc\nAberteifi\nSA99 1RQ")
    assert child(ex)["address"] == "Gelli Ffug, Ffordd y Capel, Penparc, Aberteifi, SA99 1RQ"


def test_a_possessive_names_someone_else(read):
    ex = read(
        "Hi,\n\nBianca Ffug (DOB 30/05/2016) is living with the children's uncle (Mr Viorel Ffug's brother) at "
        "71 Ffug Road, Aberpennar, CF99 4DA. Mum is Mrs Elena Ffug.\n"
    )
    assert (child(ex)["carer"] or {}).get("name") != "Viorel Ffug"


def test_the_writer_who_says_im_their_mum_and_a_young_mam_named(read):
    ex = read(
        "Hello,\n\nMy children are Ffion Ffug 04/04/2019 and Hattie Ffug 09/10/2020 (I'm their mum, Gareth is their "
        "dad).\n\nKind regards,\nAnke Ffug\n"
    )
    assert child(ex, 1)["carer"] == {"name": "Anke Ffug", "relationship": "mother"}
    ex = read("Mae mam ifanc, Sharon Ffug, wedi bod yn dod atom gyda'i dau blentyn, Mia (tua 9 oed) a Lucas (6).")
    assert child(ex)["carer"] == {"name": "Sharon Ffug", "relationship": "mother"}
    ex = read("Hi,\n\nThey placed Mrs Tracey Ffug with us after the family were evicted in Llanelli, and her daughter "
              "Destiny Ffug (DOB 01/02/2018) came with her.\n")
    assert (child(ex)["carer"] or {}).get("name") != "Llanelli"


def test_his_name_was_and_a_relationship_before_the_dob(read):
    ex = read("Spoke to a lad in the park. Said his name was Brandon and hes 11. Lives with his dad.")
    assert child(ex)["name"] == "Brandon" and child(ex)["age"] == 11
    ex = read("Household:\nLacey           - daughter, DOB 04.04.2018\nMason Ffug-Coleman   - son, DOB 19.01.2022")
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2018-04-04", "2022-01-19"]


def test_a_name_line_then_a_class_line_and_a_nickname_before_a_year(read):
    ex = read(
        "copied from Arbor:\n\nTommy Ffug\nYear 2 · 2R\nDate of birth: 30 Jan 2020\nPrimary contact: Gemma Ffug (Mum)\n"
        "\n"
        "Nevaeh Ffug-Gould\nYear 5 · 5H\nDate of birth: 14 Jul 2017\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tommy Ffug", "Nevaeh Ffug-Gould"]
    ex = read("morning. McKenzie Ffug-Rae (Kenzie) Y9 has been reported missing again.", channel="slack")
    assert child(ex)["name"] == "McKenzie Ffug-Rae"


def test_a_ppn_names_the_mother_by_surname_only_later(read):
    ex = read(
        "Victim:   Leanne FFUGLKES (31)\n\nCHILDREN\n1) Kayden FFUGLKES   dob 03.11.2019\n\n"
        "FFUGLKES is mother of both children.\n"
    )
    assert child(ex)["carer"] == {"name": "Leanne Ffuglkes", "relationship": "mother"}


def test_surname_first_lines_in_capitals_without_a_number(read):
    ex = read(
        "hiya, two to flag\n\nFFUGMAS, Jac (Y6)  DOB 05/05/2021\nHOPFFUG, Evie (Y3)  DOB 12/12/2023\n\n"
        "SURNAME, Forename      DOB\nO'FFUG, Summer-Rain   30.03.20\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jac Ffugmas", "Evie Hopffug", "Summer-Rain O'Ffug"]


def test_a_starter_we_havent_put_on_roll_keeps_the_school_before(read):
    ex = read(
        "We had a Year 3 admission for this term, Ruben Ffug (dob 11.02.2019). He has never turned up. We haven't put "
        "him on roll. Mum said he was at Ffugsillian Vale Primary in Truro.",
        channel="slack",
        sender_name="Dyfan Ffug (Pennaeth / Headteacher, Ysgol Gynradd Llwyn Ffug)",
    )
    assert child(ex)["school"] == "Ffugsillian Vale Primary"


def test_a_family_in_brackets_names_no_carer(read):
    ex = read(
        "Hi - FYI the McFfug family (Irish Travellers) left the site on Sunday.\n\nChildren:\n"
        "• Paddy McFfug, Y5, dob 12/12/2018\n",
        channel="slack",
    )
    assert (child(ex)["carer"] or {}).get("name") != "Irish Travellers"


def test_name_rows_in_a_forms_parent_and_referrer_sections_are_not_children(read):
    ex = read(
        "MULTI AGENCY SAFEGUARDING HUB - REFERRAL FORM\n\n"
        "SECTION 1 - CHILD / YOUNG PERSON\nFull name: Kacper Ffugowski\nDate of birth: 22/11/2016\n"
        "Current address: Flat 3, 4 Stryd Ffug, Porth, CF39 9TB\n\n"
        "SECTION 2 - PARENTS / CARERS\n"
        "Name: Magda Ffugowska      Relationship: Mother    PR: Yes\n"
        "Name: Tomek Ffugowski      Relationship: Father    PR: Yes (not resident)\n\n"
        "SECTION 6 - REFERRER\nName: Rhian Ffugard\nRole: Social Worker, MASH\n"
    )
    assert [c.name.value for c in ex.children] == ["Kacper Ffugowski"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Magda Ffugowska", "relationship": "mother"}


def test_a_referral_forms_own_title_does_not_make_its_child_an_adult(read):
    ex = read(
        "CME REFERRAL FORM\n\nChild name: Nathan Ffugmini\nDOB: 2017/12/01\nParent/carer: Thandi Ffugmini (Mother)\n"
    )
    assert [c.name.value for c in ex.children] == ["Nathan Ffugmini"]


def test_a_form_laid_out_in_columns_without_colons_numbered_a_block_per_child(read):
    ex = read(
        "PUBLIC PROTECTION NOTIFICATION (PPN) - CHILD(REN)\n"
        "Occurrence no.      43-117604\n"
        "SUBJECT(S)\n"
        "1.  Surname         AL-FFUGED\n    Forename(s)     Yusuf\n    DOB             14/02/2015\n"
        "    School          Not attending - see below\n\n"
        "2.  Surname         AL-FFUGED\n    Forename(s)     Mariam\n    DOB             30/09/2019\n"
        "    School          Not attending - see below\n"
        "PARENT/CARER        Noor AL-FFUGED (mother)\n"
    )
    assert [c.name.value for c in ex.children] == ["Yusuf Al-Ffuged", "Mariam Al-Ffuged"]
    assert [c.age.value for c in ex.children] == [11, 7]


def test_a_tables_header_row_is_not_a_surname_label(read):
    ex = read(
        "Surname        Forename  DOB         Year\n"
        "FFUG-DAVIES    Llyr      03/03/2012  Y10\n"
    )
    assert [c.name.value for c in ex.children] == ["Llyr Ffug-Davies"]


def test_names_from_passports_surname_first_in_capitals_before_a_bare_date(read):
    ex = read(
        "mum came in with 2 kids asking for places\nnames from their passports:\n"
        "FFUGOICA Florin Andrei - 12.04.2016\nFFUGOICA Denisa Maria - 03.10.2019\nmum: Loredana Ffugoica\n",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Florin Andrei Ffugoica", "Denisa Maria Ffugoica"]
    assert [c.age.value for c in ex.children] == [10, 6]


def test_a_young_person_row_written_surname_first(read):
    ex = read("Young person: FFUGIES, Kyle Anthony\nD.O.B.: 28-08-2011\nLives with: Father (Robert Ffugies).\n")
    assert [c.name.value for c in ex.children] == ["Kyle Ffugies"]


def test_a_referral_form_with_name_of_child_and_relationship_to_child_rows(read):
    ex = read(
        "Hi,\n\nFamily known to us through the baby.\n\n"
        "Name of child: Mikey Ffugan\nAge: 6\nD.O.B.: unknown\n"
        "Parent/Carer name: Chantelle Ffugan\nRelationship to child: mother\n"
        "Named GP: Dr Ffugvarez\n\nJoy Ffugunleye, Health Visitor"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [(k["name"], k["age"]) for k in kids] == [("Mikey Ffugan", 6)]
    assert kids[0]["carer"] == {"name": "Chantelle Ffugan", "relationship": "mother"}


def test_an_email_hard_wrapped_at_72_characters_is_read_as_its_sentences(read):
    ex = read(
        "Good morning,\n"
        "I am writing to refer a child who I believe is not currently attending\n"
        "any school. I attended an address in Porth on Friday and spoke with the\n"
        "occupant, Mrs Jean Ffugerts, who is the maternal grandmother of Seren\n"
        "FFUGONEY (DOB 14/02/2016). Seren has lived with her nan since then at\n"
        "7 Heol Ffug, Porth, CF39 0LG. Before that Seren lived with her mother\n"
        "at 58 Ffug Road, Dowlais, Merthyr Tydfil CF48 3SJ and attended Ffug\n"
        "Community Primary School in Dowlais.\n"
        "Regards\n"
        "PC 4417 Rhiannon Ffugan\n"
    )
    c = ex.children[0].to_schema()
    assert c["name"] == "Seren Ffugoney"
    assert c["address"] == "7 Heol Ffug, Porth, CF39 0LG"
    assert c["school"] == "Ffug Community Primary School"


def test_a_quick_post_with_labels_set_off_by_dashes(read):
    ex = read(
        "quick one from us :point_down:\nname – Mali-Jo Ffug\ndob – 3.2.17\n"
        "address – 9 Heol Ffug, Abergwaun, SA65 9AA\n"
        "carer - Dai Ffug (stepdad)\nschool – Ysgol Ffug\nGP – Dr Ffugsah, Meddygfa Ffug\nNot in since the summer.",
        channel="slack",
    )
    c = ex.children[0].to_schema()
    assert (c["name"], c["age"]) == ("Mali-Jo Ffug", 9)
    assert c["address"] == "9 Heol Ffug, Abergwaun, SA65 9AA"
    assert c["carer"] == {"name": "Dai Ffug", "relationship": "stepfather"}
    assert c["school"] == "Ysgol Ffug"


def test_lettered_rows_written_surname_first(read):
    ex = read(
        "Parent: Mrs Amal Ffugrahman (mother)\n\n"
        "Children:\na) FFUGMAN Yasir, DOB 12.10.16\nb) FFUGMAN Reem, DOB 3.5.19\n\n"
        "They arrived last month."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Yasir Ffugman", 9), ("Reem Ffugman", 7)]


def test_child_rows_one_under_another_are_not_columns_or_a_wrapped_line(read):
    ex = read(
        "Dear colleague,\n\nThe Ffugdown family have moved from Oswestry to Wales. Our records:\n\n"
        "Child 1: Ellie Ffugdown, 08/12/2014, last school The Ffug Marches School\n"
        "Child 2: Harry Ffugdown, 23/04/2019, last school Ffugwood Primary School\n"
        "Parent: Mark Ffugdown (father) and Claire Ffugdown (stepmother)\n"
        "New address: 44 Ffug Road, Newtown, SY16 1HL\n\nNeither school has had a CTF request from anyone yet.\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [(k["name"], k["age"]) for k in kids] == [("Ellie Ffugdown", 11), ("Harry Ffugdown", 7)]
    assert kids[1]["school"] == "Ffugwood Primary School"


def test_two_child_rows_on_one_line_are_not_a_form_written_in_columns(read):
    ex = read(
        "Our records:\nChild 1: Ellie Ffugdown, 08/12/2014      Child 2: Harry Ffugdown, 23/04/2019\n"
        "Address: 44 Ffug Road, Newtown, SY16 1HL\n"
    )
    assert [c.name.value for c in ex.children] == ["Ellie Ffugdown", "Harry Ffugdown"]



def test_numbered_rows_written_surname_first_with_the_date_of_birth_in_brackets(read):
    ex = read(
        "SUBJECTS:\n1. FFUGAL, Imran (DOB 11/02/1992) - SUSPECT\n2. FFUGITE, Jodie (DOB 23/09/1997) - VICTIM\n\n"
        "CHILDREN:\n1. FFUGITE, Kayden (DOB 07/05/2015) - present at incident\n"
        "2. FFUGAL, Aaliyah (DOB 19/12/2020) - present, asleep upstairs\n"
    )
    assert [c.name.value for c in ex.children] == ["Kayden Ffugite", "Aaliyah Ffugal"]
