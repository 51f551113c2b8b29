"""Messages typed all in lower case: names, streets and schools are found where they stand (fictional text)."""

from nlp.truecase import truecase

RAMBLE = (
    "hi sorry to bother you i wasnt sure who to tell about this but i am worried about the girl across the road "
    "her name is tirion hale shes 9 and she lives at 14 heol y ffug cwm ffug with her nan glenys hale and an uncle "
    "tirion used to go to ysgol y ffug but i havent seen her go in since the summer and she is out all day thanks"
)


def test_truecase_capitalises_only_names_streets_and_schools():
    out = truecase(RAMBLE)
    assert len(out) == len(RAMBLE)
    assert "Tirion Hale" in out and "Glenys Hale" in out
    assert "14 Heol y Ffug Cwm Ffug" in out
    assert "Ysgol y Ffug" in out
    # Everything else is left as written.
    assert "i am worried about the girl across the road" in out and "with her nan" in out


def test_text_with_capitals_is_left_alone():
    text = (
        "Hi,\n\nI am worried about Tirion Hale, who is 9. She lives at 14 Heol y Ffug with her nan Glenys Hale. "
        "She used to go to Ysgol y Ffug but has not been in since the summer, and she is out all day. Thanks, Ann"
    )
    assert truecase(text) == text


def test_a_lower_case_report_is_read(read):
    ex = read(RAMBLE)
    child = ex.children[0].to_schema()
    assert child["name"] == "Tirion Hale" and child["age"] == 9
    assert child["carer"] == {"name": "Glenys Hale", "relationship": "grandmother"}
    assert child["school"] == "Ysgol y Ffug"


def test_children_by_age_and_a_mother_who_took_them(read):
    ex = read(
        "hiya i need help with my kids there mam carys has took them and moved to rhyl with her new fella and i dont "
        "think there in school, efa is 7 and jac just turned 10 they both went to ysgol gynradd ffug til the summer, "
        "they was living with me at 4 ffordd ffug prestatyn till august, i think there at 2 maes ffug rhyl now\n"
        "dai ffug (there dad)"
    )
    names = [c.to_schema()["name"] for c in ex.children]
    assert [n.split()[0] for n in names] == ["Efa", "Jac"]
    assert ex.children[1].to_schema()["age"] == 10
    assert ex.children[0].to_schema()["carer"] == {"name": "Carys", "relationship": "mother"}
    assert ex.children[0].to_schema()["address"].lower().startswith("2 maes ffug")


def test_a_nephew_named_in_a_lower_case_message(read):
    ex = read(
        "hi i dont know who else to tell about this my nephew kian ffug hes 11 and he hasnt been to school since "
        "before christmas his mum kayleigh who is my sister took him out she sent the school a letter saying she was "
        "going to teach him at home but she is not"
    )
    assert ex.children[0].to_schema()["name"] == "Kian Ffug" and ex.children[0].to_schema()["age"] == 11


def test_the_oldest_a_hyphenated_name_and_twins_in_brackets(read):
    ex = read(
        "hi i dont know if this is the right place to send this i got the email off the council website. theres 3 "
        "kids living next door to me and none of them have been to school since easter. the oldest boy tyler must be "
        "about 13, then theres kacey-lee who is 10 and the little one bobby who is 7. please dont tell her it was me"
    )
    assert [c.to_schema()["name"] for c in ex.children][:2] == ["Tyler", "Kacey-Lee"]
    ex = read(
        "the twins in yr 1 (alfie & archie) haven't been back since half term, mum said at pick up on the friday "
        "before they might be moving to swansea soon. no transfer request and the phone is off, can you add them?",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Alfie", "Archie"]


def test_field_rows_keep_their_length():
    from nlp.truecase import field_rows_as_labels

    text = "| Pupil   | Ffion Ffug |\n|---|---|\n| Name | Ffug | 3 |\n"
    out = field_rows_as_labels(text)
    assert len(out) == len(text)
    assert out.splitlines()[0].strip() == "Pupil:    Ffion Ffug"
    # A rule line and a row of three cells are left as they are.
    assert out.splitlines()[1:] == text.splitlines()[1:]


def test_lower_case_pupils_in_a_message_otherwise_typed_with_capitals(read):
    ex = read(
        "anyone know where the ffug twins have gone?? kayden & kaiden ffugen, yr5, off since 30/9. walked past the "
        "house at 6 Ffordd Ffug, Kidwelly & theres a to let sign up.",
        channel="slack",
        sender="U0FFUG0005",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kayden Ffugen", "Kaiden Ffugen"]
    ex = read(
        "hi i dont know who else to contact. my sister has moved down to Wales with her new fella and took the kids "
        "harlee (11) and starla (7) with her. They were at Ffug Oak Primary in Salford before.",
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Harlee", 11), ("Starla", 7)]


def test_a_lower_case_name_before_its_dob_and_no_verb_taken_for_a_name(read):
    ex = read(
        "hey quick one - mum messaged on dojo saying they're moving to spain and then nothing since. "
        "ellie-rose ffugock, dob 17/04/19. last address we have is 21 clos y ffug, llanelli sa14 8ut.",
        channel="slack",
        sender="U0FFUG0006",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ellie-Rose Ffugock"]
    assert ex.children[0].to_schema()["carer"] == {"name": None, "relationship": "mother"}


def test_a_police_log_typed_in_capitals(read):
    ex = read(
        "STORM INCIDENT LOG EXTRACT\n\n01/04/2026 19:42 CALLER KAREN FFUGRIS (MOTHER) REPORTS DAUGHTER JESSICA ANNE "
        "FFUGRIS DOB 30/11/2011 MISSING FROM HOME ADDRESS 4 ROWAN FFUG CLOSE, CROSS HANDS, SA14 6UD SINCE 07:30.\n"
        "02/04/2026 03:20 MOTHER STATES JESSICA HAS NOT BEEN TO SCHOOL PROPERLY SINCE FEBRUARY. ON ROLL AT YSGOL GYFUN "
        "FFUG MAWR.\n"
    )
    child = ex.children[0].to_schema()
    assert [c.to_schema()["name"] for c in ex.children] == ["Jessica Anne Ffugris"]
    assert child["carer"] == {"name": "Karen Ffugris", "relationship": "mother"}
    assert child["address"] == "4 ROWAN FFUG CLOSE, CROSS HANDS, SA14 6UD"
    assert child["school"] == "Ysgol Gyfun Ffug Mawr"


def test_shouted_lines_keep_their_length_and_leave_form_lines_alone():
    from nlp.truecase import read_shouted_lines

    text = "SURNAME: FFUG\nMUM SAID AT THE CONCERT THEY WERE PROBABLY MOVING TO BRIDGEND NOTHING SINCE\nNormal line.\n"
    out = read_shouted_lines(text)
    assert len(out) == len(text)
    assert out.splitlines()[0] == "SURNAME: FFUG"
    assert out.splitlines()[1].startswith("mum said at the concert")
    assert out.splitlines()[2] == "Normal line."


def test_names_in_capitals_before_their_dob_mid_sentence(read):
    ex = read(
        "The door was answered by ETHAN FFUGWRIGHT (DOB 4 Jun 16), who was looking after his younger sister "
        "TIA FFUGWRIGHT (DOB 07/01/2019). No adult was present.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ethan Ffugwright", "Tia Ffugwright"]


def test_a_neighbours_lower_case_boy_and_a_girl_who_shes_8(read):
    ex = read(
        "hiya not sure if this is the rite place to send this but the kids next door to me are never in school and its "
        "been going on since easter the boy kian must be about 10 and his sister lacey is 7 they are in the garden all "
        "day every day. they live at 17 clos yr ffug caerphilly cf83 3hx."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Kian", 10), ("Lacey", 7)]
    ex = read(
        "hi u dont no me but the little girl over the road from me poppy shes 8 has been off skl 4 wks now her nan has "
        "her now coz her mum went in hospital. nan is sandra ffugen 41 heol las ystrad mynach. jus worried thats all x"
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Poppy", 8)]


def test_a_lower_case_full_name_before_hes_10_and_a_police_subject_in_capitals(read):
    ex = read(
        "my sisters kids havent been in school since before christmas and nobody seems to care\nits kayden ffugris hes "
        "10 and lacey-mai ffugris shes 7 and theres ronnie but hes only 2"
    )
    assert [c.to_schema()["name"] for c in ex.children][:2] == ["Kayden Ffugris", "Lacey-Mai Ffugris"]
    ex = read(
        "FROM: PC 1920 SAMANTHA FFUGEWIS, MISSING PERSONS UNIT\n\nSUBJECT: O'FFUGIEN, CONNOR PATRICK\n"
        "DOB: 09/06/2011\nHOME ADDRESS: 31 LLYS FFUG, PENCOED, CF35 6YT\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Connor O'Ffugien"]


def test_lower_case_slack_names_before_bracketed_ages_and_year_groups(read):
    ex = read(
        "morning all can you log these pls the ffugprice family have pulled off the site again over the weekend - "
        "3 of ours, all on roll here:\n• levi ffugprice (10)\n• roseanne ffugprice (8)\n• yuming ffugprice (6)\n"
        "last known is plot 9, cae ffug travellers site, heol ffug, llanffug, sa99 8pt. dad says they are going north",
        channel="slack",
        sender="U0FFUG0003",
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Levi Ffugprice", "Roseanne Ffugprice", "Yuming Ffugprice"]
    assert [k["age"] for k in kids] == [10, 8, 6]
    assert kids[0]["address"] == "Plot 9, Cae Ffug Travellers Site, Heol Ffug, Llanffug, SA99 8PT"


def test_a_lower_case_year_group_girl_and_a_referral_for(read):
    for text, name in (
        ("hi quick one yr2 girl amara ffugafor not been in since 1st day back. mum says they've moved to her sister's "
         "in town but wouldn't give an address, last known 3 maes y ffug, trefug, cf99 3ab. we've done 2 home visits",
         "Amara Ffugafor"),
        ("does anyone know if there's already a referral for ffion ffugjenkins? she's 8, lives with her mam-gu at "
         "6 lon y ffug, aberffug, sa99 0dg. mam-gu rang the office to say they're moving next week",
         "Ffion Ffugjenkins"),
    ):
        ex = read(text, channel="slack", sender="U0FFUG0004")
        assert [c.to_schema()["name"] for c in ex.children] == [name]


def test_a_lower_case_address_after_a_name_keeps_the_name_out_of_it():
    text = (
        "3 new starters never turned up, the kids were admitted to us from monday but haven't arrived. "
        "dad emeka ffugonkwo gave 29 clos y ffug, penffug, cf99 3sn on the form - landlord says they never moved in"
    )
    out = truecase(text)
    assert "Emeka Ffugonkwo gave 29 Clos y Ffug, Penffug, CF99 3SN" in out


def test_lower_case_first_names_before_year_groups_and_names_are(read):
    ex = read(
        "mum (adwoa ffugsei) has emailed to say she's deregistering kofi &amp; ama from today for home ed :books: "
        "kofi is yr6, ama yr3, both on roll with us. address on file 15 ffordd yr ffug, aberffug, sy99 3jp. no "
        "concerns from our side, just flagging as required",
        channel="slack",
        sender="U0FFUG0005",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kofi", "Ama"]
    ex = read(
        "hi i dont no if this is the rite place but im realy worried about the kids next door. there names are "
        "jayden and tia-rose and they live at 23 ffug terrace trefug with there mum kelly. jayden is about 7 and "
        "tia-rose is 5 i think. they havnt been to school since before xmas"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Jayden", "Tia-Rose"]


def test_a_lower_case_name_asked_about_before_a_year_group(read):
    ex = read(
        "can someone check on marek ffugvořák? yr9, he's on our roll, off since 15th nov &amp; family not answering "
        "calls or the door :worried: dob 30.06.12. we only have an old address that comes back as gone away",
        channel="slack",
        sender="U0FFUG0006",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Marek Ffugvořák"]


def test_a_nickname_beside_the_name_is_not_another_child(read):
    ex = read(
        "bore da\nquick one\nyear 4 boy, Osian Ffug-Hughes (we call him Osi), not back since half term\nhe's 8\n"
        "Mam is Carys Ffug, phone going straight to voicemail",
        channel="slack",
        sender="U0FFUG0007",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Osian Ffug-Hughes"]


def test_a_lower_case_mothers_name_in_brackets_that_looks_like_a_verb():
    text = (
        "hi quick one yr2 girl amara ffugafor not been in since 1st day back. mum (blessing) says they've moved to "
        "her sister's but wouldn't give an address. mum messaged the office last week too"
    )
    out = truecase(text)
    assert "mum (Blessing) says" in out and "mum messaged" in out


def test_lower_case_first_names_in_a_bracketed_list_with_their_dates_of_birth(read):
    ex = read(
        "hiya, the ffugper kids (maisie yr4 & alfie yr1) have been off since mon 30th\n"
        "spoke to mum (Lauren) this morning - they got evicted last month and are in a B&B now\n"
        "dobs maisie 21/01/2017, alfie 08/04/2020\nstill on roll here at Blaen Ffug Primary\n",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Maisie Ffugper", "Alfie Ffugper"]
    assert [c.age.value for c in ex.children] == [9, 6]


def test_a_lower_case_pupil_in_my_class_and_after_a_year_group(read):
    ex = read("hi, harper ffugones in my class - dad sent this to the class whatsapp\n", channel="slack")
    assert [c.name.value for c in ex.children] == ["Harper Ffugones"]
    ex = read(
        "we've got a little girl in yr3, seren ffugoyd, who hasn't been in since half term. Mam is Kerry Ffugoyd.",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Seren Ffugoyd"]


def test_quick_slack_lists_in_lower_case_name_their_pupils(read):
    ex = read(
        "all 4 Ffug-Baker kids off since last weds :broken_heart:\nlacey 6L dob 3/10/2016\nkian 4P dob 14-2-19\n"
        "poppy's dob is on SIMS",
        channel="slack",
        sender="U0FFUG0008",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lacey Ffug-Baker", "Kian Ffug-Baker"]


def test_a_lower_case_pair_with_a_non_english_surname_and_an_older_bro(read):
    ex = read(
        "two from 4P not back after xmas - tomasz & zofia wiśffugski (twins, dob 14.02.2018). older bro filip is "
        "yr9 at ffug high & apparently still going in??",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tomasz Wiśffugski", "Zofia Wiśffugski"]


def test_year_group_lad_a_form_class_after_a_comma_and_an_age_before_a_name(read):
    ex = read(
        "quick one - yr10 lad Callum Ffug-Rees not seen since 3rd nov.\n\n"
        "also new arrival Minh Ffugyen, 9N, no documents, not been in for 6 days.\n\n"
        "and mum Sandra de Ffug says her 7yo Joao isn't in any school",
        channel="slack",
        sender="U0FFUG0010",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Callum Ffug-Rees", "Minh Ffugyen", "Joao"]


def test_bro_stays_a_word_of_a_welsh_school_name(read):
    ex = read(
        "morning :wave: tilly-rose ffug (yr1, one of ours at ysgol gymraeg bro ffug) hasn't been seen since half "
        "term. she's 5. mum's phone is dead & curtains closed when we visited. address we've got is 2 ty ffug "
        "terrace, blaina, np13 3bn. anything on your side??",
        channel="slack",
        sender="U0FFUG0011",
    )
    assert ex.children[0].to_schema()["school"].lower() == "ysgol gymraeg bro ffug"


def test_a_lower_case_note_forwarded_in_a_capitalised_mail_is_read_for_names(read):
    ex = read(
        "Hi,\n\nOne of our new tenants sent me the below - can you help? She moved in from Bridgend in November.\n\n"
        "Thanks, Kelly\n\n---------- Forwarded message ----------\nFrom: Ffion Ffugips\n"
        "hi kelly its ffion from 6 maes y ffug Ffugpandy. CF99 2HY. i rang the council twice about school for "
        "mason and ava but no one got back to me. they was at pencoed primary before we moved. mason is 9 "
        "(17.02.2017) ava is 6 (29.06.2020). can you help please its been ages. thanks ffion"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Mason", "Ava"]
    assert [k["date_of_birth"] for k in kids] == ["2017-02-17", "2020-06-29"]
    assert kids[0]["school"] == "Pencoed Primary"
    assert kids[0]["address"] == "6 Maes y Ffug Ffugpandy, CF99 2HY"


def test_a_capitalised_paragraph_of_prose_is_left_as_written(read):
    ex = read(
        "Rhys Ffugan (DOB 17/03/2013) has not attended since September.\n\n"
        "Rhys is not currently at risk - there are no current concerns about self-harm and no safeguarding "
        "concerns - but isolation is making his anxiety worse. He has said he might manage a small group setting "
        "or a part-time timetable to begin with, and we would be happy to help with planning.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Rhys Ffugan"]


def test_a_childs_name_before_a_bilingual_label_is_kept(read):
    ex = read(
        "Prynhawn da,\n\nLili Ffugparry - Dyddiad geni / DOB: 01/05/2017\nGuto Ffugparry, Dyddiad geni / DOB: "
        "22/11/2019\n\nThe children live with their Nain and have been out of school for seven weeks."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [
        ("Lili Ffugparry", 9),
        ("Guto Ffugparry", 6),
    ]
