"""Words and people that a year group, a date or a table beside them could make look like a child, but are not
(fictional reports throughout)."""

from datetime import datetime


def names(ex):
    return [c.to_schema()["name"] for c in ex.children]


def test_a_subjects_first_word_before_a_year_group_is_not_a_child(read):
    ex = read(
        "Hello,\n\nCai Ffugwel (DOB 11.02.2012), Year 9, was taken off roll by his mum.\n",
        subject="Concern - Year 9 boy now home educated",
        when=datetime(2026, 3, 1),
    )
    assert names(ex) == ["Cai Ffugwel"]


def test_born_on_the_line_after_the_name_is_not_a_second_child(read):
    ex = read("Hi,\n\nI booked a 15 year old yesterday.\n\nCeri-Ann Ffugs\nBorn 30/04/2011\nStaying with her nan.\n")
    assert names(ex) == ["Ceri-Ann Ffugs"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2011-04-30"


def test_an_address_in_the_subject_does_not_run_on_into_the_greeting(read):
    ex = read(
        "Hi,\n\nPassing this on. Tenancy records:\n\nKerry Ffugdo (tenant)\nBrandon Ffugdo  d.o.b. 13/08/2015\n",
        subject="RE: Abandoned tenancy - 11 Clos Ffugallt",
    )
    assert names(ex) == ["Brandon Ffugdo"]
    assert "Hi" not in (ex.children[0].to_schema()["address"] or "")


def test_a_boy_whose_name_was_given_as(read):
    ex = read(
        "urgent-ish\nyr1 boy, in-year admission 17/11, name given as Kai Ffugsmith (no DOB). hasn't been in since "
        "thurs. the woman who enrolled him said she was his mum. his sister Mia Ffugsmith (Y6) is off too.",
        channel="slack",
        sender="U0FFUG0007",
    )
    assert names(ex) == ["Kai Ffugsmith", "Mia Ffugsmith"]


def test_a_baby_with_a_date_of_birth_is_not_a_child_of_the_report(read):
    ex = read(
        "Good afternoon,\n\nI am the health visitor for baby Nevi, born 14/12/2025 to Tegan Ffugrowe, who is 15 "
        "(DOB 09/10/2010). Tegan lives with her own mum and her younger brother Kai, who is 5.\n",
        when=datetime(2026, 3, 1),
    )
    assert names(ex) == ["Tegan Ffugrowe", "Kai"]
    # The baby's date of birth is nobody's here: each keeps the age said of them.
    assert [c.to_schema()["age"] for c in ex.children] == [15, 5]


def test_a_subjects_transfer_and_a_none_known_school_label(read):
    ex = read(
        "Hi,\n\nThe children are:\nPoppy Ffug-Tucker     DOB 02.11.2016\nMason Ffug-Tucker     DOB 17.08.2019\n",
        subject="Fwd: RE: Transfer in - Tucker family / children not in school",
    )
    assert names(ex) == ["Poppy Ffug-Tucker", "Mason Ffug-Tucker"]
    ex = read(
        "SUBJECT CHILD\nSurname:          FFUGSER\nForename(s):      Kayden James\nDOB:              03/05/2017\n"
        "School/Nursery:   NONE KNOWN - see circumstances\n\nHe was last at Ysgol Pen y Ffug in Wrexham.\n"
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Pen y Ffug"


def test_a_full_name_then_a_form_class_starts_a_pupils_line(read):
    ex = read(
        "Zofia Ffugak 9W - left 12/1 for a funeral in Poland, mum said back by the 26th. Nothing since.\n"
        "DOB 14/03/2012\nShe's ours (Ysgol Uwchradd Ffug) - do I refer to you?",
        channel="slack",
        sender="U0FFUG0010",
    )
    assert names(ex) == ["Zofia Ffugak"]


def test_babies_and_toddlers_named_beside_the_pupils_are_not_children_of_the_report(read):
    ex = read(
        "The children are:\nDenisa Ffugica - DOB 14/09/2015\nMarius Ffugica - born 2 March 2018\n\n"
        "There is also a baby, Sorina, aged 7 months, who is known to the health visitors.\n"
    )
    assert names(ex) == ["Denisa Ffugica", "Marius Ffugica"]
    ex = read(
        "Lowri Haf Ffugins (DOB 01/02/2012) is doing most of her mum's care as well as looking after her little "
        "brother Tomos, who is 2. The youngest, Lidia, is 2 years old and is not yet of school age.\n"
    )
    assert names(ex) == ["Lowri Haf Ffugins"]
    ex = read(
        "hi - need advice re a Year 10 girl\nChloe Ffugiels, 15, had her baby (boy, Reggie) on 2nd April. "
        "Hasn't been in since Feb.",
        channel="slack",
        sender="U0FFUG0011",
    )
    assert names(ex) == ["Chloe Ffugiels"]


def test_an_adult_with_a_date_of_birth_after_worried_about_is_not_a_child(read):
    ex = read(
        "I attended a welfare check at Flat 4, Y Ffug, Llanelli, SA15 3BW after a call from a family member worried "
        "about Kirsty FFUGRIES (DOB 11/03/1994). Her children Ethan FFUGRIES (DOB 01/02/2015) and Maisie FFUGRIES "
        "(DOB 03/04/2018) were at home.\n"
    )
    assert names(ex) == ["Ethan Ffugries", "Maisie Ffugries"]


def test_an_older_sibling_past_school_age_is_not_a_child_of_the_report(read):
    ex = read(
        "Children in the household:\n- Ashton Ffugcher, 13\n- Paige Ffugcher, 9\n- Shannon Ffugcher, 17 (at college)\n"
    )
    assert names(ex) == ["Ashton Ffugcher", "Paige Ffugcher"]
    ex = read("Kids: Sophie Ffugmer (DOB 01/02/2016), Kyle Ffugmer (DOB 03/04/2009)\n")
    assert names(ex) == ["Sophie Ffugmer"]


def test_a_ppn_victim_and_suspect_with_adult_dates_of_birth_on_the_next_line(read):
    ex = read(
        "SUBJECT / VICTIM\nName: Ceri FFUGHES\nDOB: 02/09/1998\nHome address: 23 Maes y Ffug, Aberdare, CF44 8PL\n\n"
        "SUSPECT\nName: Liam FFUGRICE\nDOB: 17/08/1996\n\nCHILDREN PRESENT\n1. Tyler FFUGHES (DOB 04/06/2016)\n"
        "2. Mia FFUGHES (DOB 12/11/2018)\n"
    )
    assert names(ex) == ["Tyler Ffughes", "Mia Ffughes"]


def test_parents_named_beside_the_children_are_not_children(read):
    ex = read(
        "I am writing about my grandchildren Alfie Ffugister who was born 23rd August 2016 and Evie Ffugister born "
        "1st March 2019, they are my son Stuart's children. Stuart works offshore.\n"
    )
    assert names(ex) == ["Alfie Ffugister", "Evie Ffugister"]
    ex = read(
        "Macsen Wyn Ffugry (born 8th April 2016) has not been to school since Christmas.\n\n"
        "Macsen lives with my daughter, Siân Ffugry, at 17 Ffordd Ffug, Pwllheli, LL53 5DL.\n"
    )
    assert names(ex) == ["Macsen Wyn Ffugry"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Siân Ffugry", "relationship": "mother"}
    ex = read(
        "Connor Ffugines (born 2013-01-19) has not been to school since Easter. Connor's mum, who I understand is "
        "called Michelle Ffugines, has been drinking. The children live with Michelle at 7 Ffug Road. Lee has "
        "concerns about Michelle's drinking.\n"
    )
    assert names(ex) == ["Connor Ffugines"]
    assert ex.children[0].to_schema()["carer"]["name"] == "Michelle Ffugines"


def test_greetings_and_headings_are_not_names(read):
    ex = read("Hey Tegan Ffug-Morgan (Y9, DOB 01/02/2011) hasn't been in for 3 weeks.", channel="slack", sender="U0F1")
    assert names(ex) == ["Tegan Ffug-Morgan"]
    ex = read(
        "--- Arbor Student Profile ---\nLegal Surname: O'FFUG\nLegal Forename: Ciarán\nDate of Birth: 17/08/2012\n"
    )
    assert names(ex) == ["Ciarán O'Ffug"]


def test_a_welsh_school_with_y_an_adult_said_with_a_title_and_a_babys_check(read):
    ex = read(
        "Name: Corey FFUGIVAN\nDOB: 02/02/2014\n\nMother stated Corey has been home schooled since leaving Ysgol y "
        "Mynydd Ffug in Year 4.\n"
    )
    assert names(ex) == ["Corey Ffugivan"]
    ex = read(
        "Riley Ffugerty (DOB 19/09/2014) has been living with a family friend, Ms Toni Ffugsh. His mother asked Toni "
        "to look after him, and Toni is not a relative.\n"
    )
    assert names(ex) == ["Riley Ffugerty"]
    ex = read(
        "I visited Miss Jade Ffugmer for baby Esme's 4-month contact. Sophie Ffugmer (DOB 01/02/2016) is not in "
        "school.\n"
    )
    assert names(ex) == ["Sophie Ffugmer"]


def test_a_word_after_the_welsh_article_is_a_place_not_a_child(read):
    ex = read("Gwenllian Ffugard (DOB 01/02/2016) left Ysgol Gynradd Gymraeg Bryn y Môr in July.\n", channel="email")
    assert names(ex) == ["Gwenllian Ffugard"]
    ex = read(
        "Hey <@U0CME1> :wave: Tegan Ffug-Morgan, Bl 9, DOB 2011-04-30 – off 6 weeks now.",
        channel="slack",
        sender="U0F10",
    )
    assert names(ex) == ["Tegan Ffug-Morgan"]


def test_a_young_carer_in_capitals_before_dob_and_a_nursery_brother_of_3(read):
    ex = read(
        "The adult, Ms Catrin Ffugh (dob 02/06/1991), has advanced MS. Her daughter TEGAN FFUGH, dob 14/02/2014, "
        "appears to be providing most of her care.\n\nThere is also a younger brother, Deio (3), who goes to "
        "nursery.\n",
        when=datetime(2026, 3, 1),
    )
    assert names(ex) == ["Tegan Ffugh"]


def test_a_police_subject_label_written_surname_first(read):
    ex = read("Subject: O'FFUGNOR, Tia-Louise\nDOB: 7 Nov 14\nHome address: 17 Heol Ffug, Pontardawe, SA8 4LW\n")
    assert names(ex) == ["Tia-Louise O'Ffugnor"]


def test_a_relative_named_in_apposition_is_not_a_child_where_a_weak_cue_names_her_again(read):
    ex = read(
        "The children then moved in with their aunt, Mared Ffughes (Mum's sister). As of last Monday the three of "
        "them live at 11 Ffordd Ffug, Llandrillo-yn-Ffug, Bae Ffug LL99 4AB.\n\n"
        "Cadi Ffugroberts, DOB 22/11/2012 - on roll at Ysgol Uwchradd Ffug\n"
        "Gethin Ffugroberts, DOB 06/08/2017 - on roll at Ysgol Gymraeg Ffug\n\n"
        "There are no safeguarding concerns about Mared's care.\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Cadi Ffugroberts", "Gethin Ffugroberts"]
    assert kids[0]["carer"] == {"name": "Mared Ffughes", "relationship": "aunt"}
    assert kids[0]["address"] == "11 Ffordd Ffug, Llandrillo-yn-Ffug, Bae Ffug, LL99 4AB"


def test_capitalised_words_of_systems_and_places_are_not_children(read):
    ex = read(
        "We have uploaded the Common Transfer File to the Lost Pupil Database (s2s) for the following pupil, who has "
        "left us: Bartosz Ffugski (Y6). Hotel reception told our FLO the family were moving on. He is an "
        "unaccompanied asylum-seeking child, Looked After (Ffug CC).\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Bartosz Ffugski"]


def test_a_welsh_year_group_in_brackets_is_not_a_name(read):
    ex = read("Mae mam Osian Rhys Ffugchard (Blwyddyn 4, d.o.b. 09.06.2016), Mrs Nia Ffugchard, wedi ffonio.\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Osian Rhys Ffugchard"]


def test_a_baby_son_in_a_family_list_and_a_daughter_who_died_are_not_children_of_the_report(read):
    ex = read(
        "Father: Mr Khaled Al-Ffug\nMother: Mrs Rasha Al-Ffug\nDaughter: Lana Al-Ffug, date of birth 2016/07/19\n"
        "Son: Omar, 18 months\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lana Al-Ffug"]
    ex = read(
        "My daughter Rhian passed away suddenly in September and my granddaughter, Nel Ffugvaughan, has come to "
        "live with me. Nel was born on the 2nd of July 2018.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Nel Ffugvaughan"]


def test_a_family_surname_in_the_subject_and_a_child_not_yet_of_school_age(read):
    ex = read(
        "Just a short one - Ffugwyre family still not back. Three children on roll here:\n"
        "FFUGJONES, Cerys Ann — 03/05/2016\nFFUGJONES, Owen — 11/11/2018\n",
        subject="Re: Ffugwyre - not returned",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Cerys Ann Ffugjones", "Owen Ffugjones"]
    ex = read(
        "Children:\n\n1. Mason Ffugfield - 24/10/2014 - was at Ffug School, last attended 6 June.\n"
        "2. Poppy Ffugfield - 2/8/2022 - was in nursery class, not yet statutory school age.\n",
        when=datetime(2027, 6, 16, 9, 0),
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Mason Ffugfield"]


def test_a_private_fostering_subject_names_no_child(read):
    ex = read("Chloe Anne Ffugshire was born 08/10/2012.\n", subject="Re: Re: Private fostering notification - Chloe")
    assert [c.to_schema()["name"] for c in ex.children] == ["Chloe Anne Ffugshire"]


def test_pupils_in_a_list_whose_absence_is_resolved_are_not_cme(read):
    ex = read(
        "@Dafydd three names from the Y6 absence list:\n"
        "- Ewan Ffugcole — back in today, no concerns\n"
        "- Priya Ffugnair — moved to Ysgol Gynradd Ffugety, enrolled there, CTF sent\n"
        "- Bilal Ffugdhry — nobody knows where he is. DOB 05/05/2016. Not been in since 9 Feb.\n"
        "Only Bilal needs to go to CME, he's still on roll with us at Ysgol Gynradd Penffug Isaf.",
        channel="slack",
        sender="U0FFUG0015",
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Bilal Ffugdhry"]
    assert kids[0]["school"] == "Ysgol Gynradd Penffug Isaf"


def test_a_family_name_in_lower_case_completes_the_first_names_in_brackets(read):
    ex = read(
        "morning :wave: quick one re the ffugard twins in yr 3 (Ffion + Osian) - neither of them back since monday\n"
        "dobs 14/11/2017 (both)\n",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Ffion Ffugard", "Osian Ffugard"]


def test_the_new_kids_is_no_family_name(read):
    ex = read("the new kids (Ffion + Osian) start on monday, both yr 3\n", channel="slack")
    assert [c.name.value for c in ex.children] == ["Ffion", "Osian"]


def test_a_sibling_the_report_says_is_attending_is_not_referred(read):
    ex = read(
        "Referring:\n• Ruby Ffug-Price, Y5, dob 12.04.2016\n• Alfie Ffug-Price, Y2, dob 30.01.2019\n"
        "Both on roll at Penrhiw Ffug Primary. Their big sister Chloe (Y10 at Cwm Ffug Comp) is staying with a friend "
        "and IS attending - so not her.\n"
    )
    assert [c.name.value for c in ex.children] == ["Ruby Ffug-Price", "Alfie Ffug-Price"]


def test_list_rows_with_a_nickname_before_the_age_or_a_pronoun_before_it(read):
    ex = read(
        "They have two children:\n\n- Gabriel Ffug, DOB 15/06/2015\n- Beatriz Ffug (\"Bea\"), 6 years old\n\n"
        "They live at 1 Ffordd Ffug, Bangor.\n"
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Gabriel Ffug", 11), ("Beatriz Ffug", 6)]
    ex = read("Hi,\n\nMary-Ellen Ffug - DOB 08/03/2015\nPatrick Ffug - he's 7\n\nAddress: Plot 7, Ffug Site\n")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Mary-Ellen Ffug", 11), ("Patrick Ffug", 7)]


def test_an_older_sibling_the_report_leaves_out_is_not_referred(read):
    ex = read(
        "Kacey Ffugell (Y4) and Brody Ffugell (Y1) haven't been in since the 10th.\n"
        "their older brother Jordan (16) is staying with his dad in Aberdare so not included.\n",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Kacey Ffugell", "Brody Ffugell"]
    ex = read(
        "Seren Ffugkins (Y3) left in a van a couple of weeks ago.\n"
        "(big brother Dylan is Y8 at the comp - they're doing their own referral for him)\n",
        channel="slack",
    )
    assert [c.name.value for c in ex.children] == ["Seren Ffugkins"]


def test_its_typed_without_an_apostrophe_is_not_part_of_a_name(read):
    ex = read("you said to email you about the boys. Its Tyler (born 3rd Feb 2017) and Mason who is 6.")
    assert [c.name.value for c in ex.children] == ["Tyler", "Mason"]


def test_the_mother_named_in_brackets_after_mum_is_not_a_child(read):
    ex = read(
        "She has had her two grandsons living with her since September as their mum (Denise's daughter, Chantelle) is "
        "in residential rehab. Tyler Ffugvis (born 3rd Feb 2017) and Mason Ffugvis who is 6.\n"
    )
    assert [c.name.value for c in ex.children] == ["Tyler Ffugvis", "Mason Ffugvis"]


def test_a_child_whose_name_the_writer_guesses(read):
    ex = read("There is a boy across the road, Tyler I think his name is, at home every day. He's about 10.")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Tyler", 10)]


def test_a_form_class_in_brackets_after_a_name_makes_a_pupil(read):
    ex = read("<@U03AWO1LS9Q> Tahmid Ffugiah (4B) still not back from Bangladesh.\ndob 02/02/2017", channel="slack")
    assert [c.name.value for c in ex.children] == ["Tahmid Ffugiah"]


def test_a_childs_full_name_given_as_a_possessive_completes_the_first_name(read):
    ex = read(
        "Hello\n\nI'm Callum Ffughes's auntie (his dad's sister). Callum is 14, his birthday is 30th April 2012.\n"
    )
    assert [c.name.value for c in ex.children] == ["Callum Ffughes"]


def test_a_council_one_stop_shop_is_no_child_and_a_mother_unable_to_look_after_them_is_no_carer(read):
    ex = read(
        "Dear Sir or Madam,\nI was given this email by the lady in the council One Stop Shop.\n"
        "My two grandchildren, Darcy Ffugley (born 12 March 2016) and Finn Ffugley (born 4 January 2019), came to "
        "live with me in July. Their mother (my daughter Aoife) is not well and not able to look after them.\n\n"
        "Thank you,\nMaureen Ffugivan (Nana)",
        sender_name="Maureen Ffugivan",
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Darcy Ffugley", "Finn Ffugley"]
    assert kids[0]["carer"] == {"name": "Maureen Ffugivan", "relationship": "grandmother"}


def test_a_nickname_or_aside_between_a_name_and_its_date_or_year_group_still_names_a_child(read):
    ex = read(
        "Their mother told me she took both children off roll last term.\n"
        "Shauna Ffugle - DOB 12/10/2012\n"
        "Patrick Ffugle (Paddy) - DOB 3/3/2015\n\n"
        "Also Lacey (we call her LR, she insists) is Y3 and not in either."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Shauna Ffugle", "Patrick Ffugle", "Lacey"]
    assert ex.children[1].to_schema()["date_of_birth"] == "2015-03-03"


def test_reception_written_in_lower_case_or_as_derbyn_before_a_date_of_birth(read):
    ex = read(
        "fyi Ruby-Rose Ffugard (rec, dob 04/03/2021) has never actually started - mum keeps her home.",
        channel="slack",
        sender="U0FFUG0018",
        when=datetime(2026, 2, 10),
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ruby-Rose Ffugard"]
    # (and "The Ffug children:" gives them the family's surname)
    ex = read("The Ffug children:\nTomos Bl 6 – dob 12/2/2015\nNel Derbyn/Rec – dob 20/7/2021\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Tomos Ffug", "Nel Ffug"]


def test_a_sibling_who_came_back_with_dad_is_not_referred(read):
    ex = read(
        "Zainab Ffugsein (rec, dob 3/9/2020) left for Somalia with mum on 1 dec, still not back. older bro "
        "Abdirahman (5T) came back with dad on the 6th.",
        channel="slack",
        sender="U0FFUG0019",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Zainab Ffugsein"]


def test_a_town_after_in_with_a_year_group_is_no_child(read):
    ex = read(
        "I am the social worker for Hodan Ffugabdi, born 2 August 2014. She was previously at Ffug Park Academy in "
        "Leicester (Year 8) and has not been registered with a school here.\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Hodan Ffugabdi"]



def test_a_baby_in_brackets_not_of_school_age_leaves_the_siblings_named_before_it_referred(read):
    ex = read(
        "A mum asked for places for her children - Lowri (Y5) &amp; Cai (Y2), plus a baby (Nel) who's not school "
        "age. Surname Ffugwen. Mum is Mrs Siwan Ffugwen.",
        channel="slack",
        sender="U0FFUG0100",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lowri Ffugwen", "Cai Ffugwen"]


def test_a_family_surname_said_on_its_own_completes_first_names(read):
    ex = read("Lowri (Y5) and Cai (Y2) are off again, no contact.\nSurname: FFUGWEN\nMam is Siwan, phone off.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Lowri Ffugwen", "Cai Ffugwen"]
    ex = read("Lowri (Y5) is off again. Her mam is Siwan, I think the surname is Ffugwen but not sure.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Lowri"]


def test_a_young_person_who_gave_his_name_as_is_the_child_but_a_father_who_did_is_not(read):
    ex = read("Officers found a male working at the car wash who gave his name as FFUGEN Van Huy and says he is 15.")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Ffugen Van Huy", 15)]
    ex = read("The father gave his name as Duc Ffugen. His son Bao (Y4) has not been in school since May.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Bao"]


def test_my_son_is_names_the_writers_child(read):
    ex = read("Good evening,\n\nMy son is Tiago Ffugeira Santos, he was born in Madeira. He has no school.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Tiago Ffugeira Santos"]


def test_a_nationality_or_a_people_is_no_child(read):
    ex = read("Name: Dawit FFUGAYE\nNationality: Eritrean\nDOB: 01/01/2012 (as claimed)\nPlacement: with foster carers")
    assert [c.to_schema()["name"] for c in ex.children] == ["Dawit Ffugaye"]
    ex = read(
        "I'm the specialist health visitor for Gypsy, Roma and Traveller families. A family has pulled onto the old "
        "site with three children; Ffion (8) has not been in school since Easter."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ffion"]


def test_a_family_surname_said_alone_in_the_subject_is_no_child_of_its_own(read):
    ex = read(
        "Mum: Tendai Ffugyo\nTinashe Ffugyo - DOB Sept 4th 2013 - previously Ffug High School, Cardiff\n"
        "Rufaro Ffugyo - DOB Jan 22nd 2017 - previously Ffugland Primary School, Cardiff\n",
        subject="Family in hostel - 2 children need schools - Ffugyo",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tinashe Ffugyo", "Rufaro Ffugyo"]


def test_a_first_name_with_another_in_brackets_is_one_child(read):
    ex = read("They have three children: Zsófia (Zsófi), who is 12, Bence, who is 8, and a baby. None are in school.")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Zsófia", 12), ("Bence", 8)]


def test_counted_kids_named_after_a_comma_and_an_age_said_with_i_think(read):
    ex = read("Hi, there are 2 kids living next door to me, Ruby and Alfie. Ruby is 8 and Alfie i think is 11.")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Ruby", 8), ("Alfie", 11)]
    ex = read("There are 3 kids next door at 34 Ffordd Ffug, Holyhead and I never see them go. Chantelle is about 13.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Chantelle"]


def test_an_emoji_between_a_school_and_a_pupil_keeps_them_apart_and_a_form_class_cues_the_pupil(read):
    ex = read(
        "Hi - failed transfer for you from Cefn Ffug High :face_with_rolling_eyes: Andrei Ffugescu (Yr 8) left us "
        "end of June. Mum = Mihaela Ffugescu.",
        channel="slack",
        sender="U0FFUG0102",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Andrei Ffugescu"]
    ex = read("Quick one :thinking_face: Tyler in 5B hasn't been in since Easter.", channel="slack", sender="U0FFUG3")
    assert [c.to_schema()["name"] for c in ex.children] == ["Tyler"]
    ex = read("Chloe Ffugice 11F hasn't been in since sept. Also her mate Kayleigh in 11F is off today but just a bug.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Chloe Ffugice"]


def test_the_second_child_born_on_the_date_said_after_on_the(read):
    ex = read("Seren Ffugoe was born on the 12th of August 2017 and Tomos on the 1st of December 2019.")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Seren Ffugoe", 9), ("Tomos", 6)]


def test_counted_boys_named_straight_after_and_a_house_written_no_8(read):
    ex = read(
        "theres a family moved into no.8 Heol Ffug Penygraig in the summer, polish I think. Two boys Kacper and "
        "Filip. They are out on their bikes every day in school time.\n\nGareth Ffugmas\n11 Heol Ffug"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Kacper", "Filip"]
    assert kids[0]["address"] == "no.8 Heol Ffug Penygraig"


def test_a_welsh_place_before_y_or_yr_is_no_child(read):
    ex = read(
        "Mary Ann Ffugice (DOB 22/09/2017) has not been on roll since January.",
        subject="Referral – Ffugice children, Glan yr Afon site",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Mary Ann Ffugice"]


def test_a_childs_full_name_given_for_identification(read):
    ex = read(
        "I have been seeing Tegan for four months. For identification, Tegan's full name is Tegan Louise Ffugsh and "
        "her date of birth is 30 October 2013."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Tegan Louise Ffugsh", 12)]


def test_grandparents_daughter_is_the_mother_not_a_child(read):
    ex = read(
        "We have recently taken on the care of our two grandchildren. Our daughter, Rachel, has had problems with "
        "drink. Cadi was at St Ffug's CE Primary School. Ianto is 5 now.\n\nCadi's full name is Cadi Ffugen and she "
        "was born on 2/3/2018."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Cadi Ffugen", "Ianto"]


def test_a_young_person_found_who_states_his_age_in_the_next_sentence(read):
    ex = read(
        "Officers executed a warrant at Unit 9, Ffug Industrial Estate. A Vietnamese male, FFUGEN Van Huy, was found "
        "inside. He states he is 15 years old and has no documents."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Ffugen Van Huy", 15)]


def test_the_youngest_named_after_a_comma_and_a_name_set_off_by_dashes(read):
    ex = read(
        "The children are Ionuț (14), Florentina (11, dob 02/09/2015) and the youngest, Bianca, who was born "
        "30.05.2021 so is 5. None has been in school here."
    )
    assert [c.to_schema()["name"] for c in ex.children][-1] == "Bianca"
    ex = read("Her three youngest are on the road with us: Patrick (11), Margaret - known as Maggie - (9) and Jo (6).")
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [
        ("Patrick", 11),
        ("Margaret", 9),
        ("Jo", 6),
    ]
    ex = read("I visit for the youngest, Yousef, who is 14 months. Mum said her daughter Amira (Y2) has not started.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Amira"]


def test_words_of_a_service_a_late_mother_a_form_filler_and_a_baby_by_month(read):
    ex = read(
        "Nadia Ffugrashid\nPupil Tracking & CME Officer\n\n---------- Forwarded message ----------\nFrom: Pupil "
        "Tracking\nLana Ffughassan (DOB 21/05/2012) did not return in September."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lana Ffughassan"]
    ex = read(
        "Sadly the mother of three children I'm supporting, Sinead Ffugthomas, died suddenly in December.\n"
        "- Osian Ffugthomas, DOB 10/10/2012\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Osian Ffugthomas"]
    ex = read(
        "Form: Contact us\nName: Alun Ffug-Williams\nOrganisation: Parc Ffug (site manager)\nMessage:\n"
        "A family are living in one of our caravans - Mrs Gemma Ffugerald and her two children, Sophia (about 14) "
        "and Leo (about 9)."
    )
    # (their mother's surname is theirs: "Mrs Gemma Ffugerald and her two children")
    assert [c.to_schema()["name"] for c in ex.children] == ["Sophia Ffugerald", "Leo Ffugerald"]
    ex = read(
        "Children:\nRiley Ffughoney | DOB 2012-07-19 | Y7 | Ffug Comprehensive\nEllis Ffugpugh | 08/2025 | - | -\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Riley Ffughoney"]


def test_a_welsh_neighbours_report_names_the_boy_and_the_mother(read):
    ex = read(
        "Mae 'na ddau o blant, hogyn tua 10 oed a hogan fach, a dwi byth yn eu gweld nhw'n mynd i'r ysgol. Enw'r "
        "fam ydi Chloe dwi'n meddwl, a Finn ydi'r hogyn."
    )
    kid = ex.children[0].to_schema()
    assert kid["name"] == "Finn" and kid["carer"] == {"name": "Chloe", "relationship": "mother"}


def test_a_question_s_verb_and_a_country_after_a_town_are_no_child(read):
    ex = read(
        "Has Kai Ffug-Morris (Y6) turned up on anyone's roll? Family did a flit over half term.\n\n"
        "Edit: his sister Paige Ffug-Morris in Y2 as well",
        channel="slack",
        sender="U0FFUG0600",
    )
    assert names(ex) == ["Kai Ffug-Morris", "Paige Ffug-Morris"]
    assert all(c.to_schema()["carer"] is None for c in ex.children)  # no "Morris" of a child's name as the carer
    ex = read(
        "Mr Abdul Ffugmiah mentioned that his wife and their three children have been in Sylhet, Bangladesh since "
        "September.\n\nNusrat Ffugmiah     DOB 06 Feb 2015\nAyaan Ffugmiah      DOB 2017-08-15\n"
    )
    assert names(ex) == ["Nusrat Ffugmiah", "Ayaan Ffugmiah"]
    ex = read("Since the father's death in February, Elis and Mali Ffugins (DOB 02/02/2016) have rarely attended.")
    assert "Elis Ffugins" in names(ex)


def test_a_partner_named_in_full_is_no_child_when_named_again_alone(read):
    ex = read(
        "I am worried about my grandchildren, Lowri Ffugbowen (born 14/10/2016) and Steffan Ffugbowen (born "
        "02/02/2019). My daughter moved with them to a caravan with her new partner, Darren Ffugpugh.\n\n"
        "I am also worried about Darren. The children are frightened of him."
    )
    assert names(ex) == ["Lowri Ffugbowen", "Steffan Ffugbowen"]


def test_a_country_after_a_town_is_no_child(read):
    ex = read("We were contacted about two children who arrived from Sylhet, Bangladesh, in March and have not yet "
              "been registered with any school.\n\n  Child 1:  Sumaiya Ffug      DOB (per passport) 2015/08/19   "
              "Girl\n")
    assert names(ex) == ["Sumaiya Ffug"]


def test_two_family_names_in_a_subject_are_no_child(read):
    ex = read(
        "Rafi Ffug (14) and Sumaiya Ffug (11) have not attended any school since May. Mrs Begum (mum) did not know "
        "how to apply.",
        subject="Two children not on roll - Begum/Ffug family",
    )
    assert names(ex) == ["Rafi Ffug", "Sumaiya Ffug"]


def test_a_son_given_with_his_phone_number_is_an_adult_and_her_english_no_name(read):
    ex = read("Rafi Ffug (13) and Nusrat Ffug (9) have not been in school for over a week. Mrs Ffugun's English is "
              "limited. Her son Jamal (07700 900902) is happy to help with phone calls.")
    assert names(ex) == ["Rafi Ffug", "Nusrat Ffug"]
    assert all(c.to_schema()["carer"] is None for c in ex.children)


def test_a_child_named_surname_first_beside_his_mother_of_the_same_surname(read):
    ex = read("I spoke to a boy in the town centre. He gave his name as FFUNG Chun Kit and his age as 10.\n\n"
              "His mum, Ffung Mei Ling, came to meet us.")
    assert names(ex) == ["Ffung Chun Kit"]
    ex = read("The children live with Michelle Ffug. Kai Ffug (9) is not in school. I am worried about Michelle.")
    assert names(ex) == ["Kai Ffug"]


def test_a_child_an_officer_spoke_to_is_named_in_full_by_that_mention(read):
    ex = read("Hi,\n\nOn patrol we spoke to Kai Ffugan. Kai (DOB 03/03/2013) has not been to school since March.\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Kai Ffugan"]
    # An adult so named by their role still does not lend a child the surname.
    ex = read("Hi,\n\nI spoke to Kai Ffugan (social worker). Kai Bell (DOB 03/03/2013) has not been to school.\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Kai Bell"]


def test_a_possessive_written_with_a_bare_apostrophe_names_the_sibling_after_it(read):
    ex = read(
        "hi - not one of ours but Mia Ffugers' (Y4) little brother Leo Ffugers has never been registered at a "
        "school. He's 6. Mum says she's home schooling him.",
        channel="slack",
        sender="U0FFUG0006",
    )
    assert names(ex) == ["Leo Ffugers"]


def test_twins_named_after_their_class(read):
    ex = read(
        "Hi - re our twins in Derbyn, Ella &amp; Ruby Ffug (both dob 21.12.2020). Dad rang to say they've moved to "
        "Merthyr. They're still on our roll.",
        channel="slack",
        sender="U0FFUG0007",
    )
    assert names(ex) == ["Ella Ffug", "Ruby Ffug"]
    # A town before the name still is one: "in Porth, Ella" does not make Porth a class.
    ex = read("Hi,\n\nThe family now live in Porth. Ruby Ffug (dob 21.12.2016) has not been in school.\n")
    assert names(ex) == ["Ruby Ffug"]


def test_a_council_a_college_a_medium_of_teaching_and_a_sentence_opening_verb_are_no_children(read):
    ex = read(
        "Hello, there's a lad, Connor, hanging round Tesco in Haverfordwest every day in school hours. Says he's 13 "
        "and lives on Ffug Street with his nan."
    )
    assert names(ex) == ["Connor"]
    ex = read(
        "I'm the children's social worker (Merthyr Tydfil CBC, Looked After Children Team). Skye Ffug (DOB "
        "02/02/2016) has not been in school since the placement moved. She left Coleg Cymunedol Cwm Ffug in Year 9. "
        "The family have been unsure about Welsh-medium vs English-medium education."
    )
    assert names(ex) == ["Skye Ffug"]


def test_a_school_named_again_without_primary_school_is_no_child(read):
    ex = read(
        "Both children attended Ffugwood Park Primary School in Bristol until July. Lily-Rose Ffug (DOB 01/02/2019) "
        "should have returned to Ffugwood Park in Year 2 in September but did not."
    )
    assert names(ex) == ["Lily-Rose Ffug"]


def test_a_year_groups_check_for_the_one_named(read):
    ex = read(
        "School nursing here. Tried to do Yr 7 health review for Kiera-Leigh Ffowc at Cwm Ffug, school say she's been "
        "off roll since Jan. Last address we have is 3 Maes Ffug, Blackwood NP12 1RG.",
        channel="slack",
    )
    assert names(ex) == ["Kiera-Leigh Ffowc"]


def test_a_year_old_or_a_juvenile_before_a_comma_and_the_name(read):
    ex = read("I'm the social worker for a 14 year old, Minh Ffugyen, who was placed with foster carers last month.")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Minh Ffugyen", 14)]
    ex = read(
        "Officers encountered a Vietnamese juvenile, FFUGYEN Van Minh (known as Minh), who states he is 15 years old."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Ffugyen Van Minh", 15)]


def test_a_pair_of_names_with_a_date_of_birth_each(read):
    ex = read(
        "Hi,\n\nMohammed and Safiya Ffugman (DOBs 14/11/2016 and 25/02/2019) have not attended since Easter. "
        "Dad rang to say they had moved."
    )
    assert [(c.name.value, c.date_of_birth.value.isoformat()) for c in ex.children] == [
        ("Mohammed Ffugman", "2016-11-14"),
        ("Safiya Ffugman", "2019-02-25"),
    ]


def test_the_three_ffug_children_gives_the_first_names_their_surname(read):
    ex = read(
        "Hi - the three Ffugczyk-Roberts children haven't been in since 1 April. Lena (Y6), Maja (Y4) and Olek (Y1).",
        channel="slack",
    )
    assert names(ex) == ["Lena Ffugczyk-Roberts", "Maja Ffugczyk-Roberts", "Olek Ffugczyk-Roberts"]


def test_children_named_in_four_more_ways(read):
    # whose mam wrote the letter
    ex = read(
        "fyi we've had a letter from Tomos ap Ffugydd's mam (Catrin ap Ffugydd) withdrawing him to home educate. "
        "He's yr 8 and has been off most of this term.",
        channel="slack",
    )
    assert names(ex) == ["Tomos ap Ffugydd"]
    # a year group's starter at a school, then the name set off by commas
    ex = read(
        "hi - new yr 4 starter here at Ffug Fields Primary, Oskar Ffugak, was meant to start mon and no sign of him.",
        channel="slack",
    )
    assert names(ex) == ["Oskar Ffugak"]
    # "Name given:" and a surname in capitals first
    ex = read("Name given: FFUGYEN Van Minh\nAge: states he is 15 (no documents)\nNationality: Vietnamese")
    assert names(ex) == ["Ffugyen Van Minh"]
    # twins, then their age and year group
    ex = read("dad just came in - Liam Ffugerty & Connor Ffugerty, twins, 11 (yr 6), moved down from Glasgow", "slack")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Liam Ffugerty", 11), ("Connor Ffugerty", 11)]


def test_a_month_before_a_possessive_is_no_childs_name(read):
    ex = read("I'm writing about her son Arjun Ffugh, d.o.b. 7th July 2015. In June Arjun's father took him to India.")
    assert names(ex) == ["Arjun Ffugh"]


def test_a_greeting_or_her_brother_before_a_childs_full_name(read):
    ex = read(
        "Hi, Shannon Ffugee and her brother Johnny Ffugee have been off since 29th jan.\n"
        "Shannon yr 5 dob 14/03/2016, Johnny yr 3 dob 21/07/2018 - both on roll at Ysgol Ffug.",
        channel="slack",
    )
    assert names(ex) == ["Shannon Ffugee", "Johnny Ffugee"]


def test_the_ffug_children_with_a_capital_the_gives_the_surname(read):
    ex = read("The Ffugătuș children haven't been in since Sept - Denisa (Y6), Marius (Y4) & Florin (Y1).", "slack")
    assert names(ex) == ["Denisa Ffugătuș", "Marius Ffugătuș", "Florin Ffugătuș"]


def test_a_place_in_the_subject_is_no_child_when_the_body_names_them_with_dates(read):
    ex = read(
        "Hello, Kacper Ffug (DOB 01/02/2017) and Zofia Ffug (DOB 02/03/2019) are not in school.",
        subject="CME referral – 2 children – Tŷ Ffug Farm, Llanffug (DA occurrence 43000021874)",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kacper Ffug", "Zofia Ffug"]


def test_a_town_said_alone_is_no_child(read):
    ex = read(
        "Osian Ffug (Bl.2, 7 oed) a'i chwaer Lowri Ffug (Bl.4, 9 oed) - haven't been in since 13/11.\n"
        "Mam has taken the kids up north. Taid said something about Bangor?? but not confirmed.",
        channel="slack",
    )
    assert names(ex) == ["Osian Ffug", "Lowri Ffug"]


def test_the_end_of_a_welsh_schools_long_name_is_no_child(read):
    ex = read(
        "I am seeing Ethan Ffug (date of birth 06/01/2013) for anxiety. He stopped attending Ysgol Gyfun Gymraeg "
        "Bro Ffugddin in Year 8 after a period of bullying."
    )
    assert names(ex) == ["Ethan Ffug"]


def test_a_comp_named_before_the_date_of_birth_is_no_child(read):
    ex = read(
        "FYI for the EHE/CME log - Evie-Grace Ffug, Y10 here at Ffugbridge Comp, DOB 03/05/2012. Mum emailed on "
        "Monday formally deregistering her.",
        channel="slack",
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Evie-Grace Ffug", 14)]


def test_a_name_row_under_a_parent_heading_is_no_child(read):
    ex = read(
        "SUBJECT CHILD\nName: FFUG, Daniel\nDOB: 27/08/2014\nHome address: 2 Ffug Terrace, Penarth, CF64 9AA\n\n"
        "PARENT/CARER\nName: FFUG, Andrei (father)\nAddress: as above\n\nOfficers found Daniel alone."
    )
    assert names(ex) == ["Daniel Ffug"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Andrei Ffug", "relationship": "father"}


def test_an_age_said_with_about_after_and(read):
    ex = read(
        "They are Kai and Jayden, I think Kai is about 10 and Jayden about 12. They have not been going to school.\n"
        "Found a lad by the pier in Colwyn Bay about 10.30 this morning."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Kai", 10), ("Jayden", 12)]


def test_the_children_a_grandmother_writes_as_mam_gu_to(read):
    ex = read("I am writing as Mam-gu to Tomos and Ffion Ffug, aged 10 and 7. They have not been to any school.")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Tomos Ffug", 10), ("Ffion Ffug", 7)]


def test_the_twins_age_said_of_both(read):
    ex = read(
        "Dad's name is Lee Ffug. I couldn't get DOBs, he said the twins are 9.\n\nThird time this month I've seen "
        "the Ffug twins, Alfie and Freddie, on the prom during school hours."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Alfie Ffug", 9), ("Freddie Ffug", 9)]


def test_welsh_ages_and_mother_said_with_ydi(read):
    ex = read(
        "Dw i'n poeni am y ddau blentyn sy'n byw drws nesa i mi yn 12 Stryd y Ffug, Bethesda. Ela ydi'r hogan, mae "
        "hi'n 8, a Gwion ydi'r hogyn, mae o'n 10. Eu mam ydi Sharon. Dydyn nhw ddim wedi bod yn yr ysgol ers y Pasg."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Ela", 8), ("Gwion", 10)]
    assert ex.children[0].to_schema()["carer"] == {"name": "Sharon", "relationship": "mother"}


def test_the_boys_name_is_said_of_one_of_a_described_pair(read):
    ex = read(
        "A family moved in next door in the summer. There are two children, a boy about 8 and a girl who looks "
        "about 11. I have never seen them go to school. The boys name is Riley I have heard his mum shouting him."
    )
    assert [(c.to_schema()["name"], c.age.value) for c in ex.children] == [("Riley", 8), (None, 11)]


def test_an_age_given_as_her_age_as(read):
    ex = read(
        "A girl was found working on the premises. She gave her name as Ffug Xiu and her age as 15. There is no "
        "record of Xiu ever attending school in the UK."
    )
    assert [c.age.value for c in ex.children] == [15]


def test_a_slack_line_of_a_name_a_dash_and_the_dob_below(read):
    ex = read(
        "Hi all - one Y7 DNA we still haven't tracked down :mag:\n*Mali Chen-Ffug* - allocated a Y7 place with us "
        "from Ysgol Ffug, Rhyl. Never arrived in Sept.\nDOB 21/07/2015, UPN E663 2300 19 204",
        channel="slack",
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Mali Chen-Ffug", 11)]


def test_ages_told_or_said_in_brackets_and_an_uncle_who_says_so(read):
    ex = read("Child's name (if known): Kacper and his brother Olek\nChild's age: Kacper told me he is 10, Olek is 7")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Kacper", 10), ("Olek", 7)]
    ex = read(
        "An adult male (gave his name as Viktor Ffug, says he is their uncle) drove off. The children gave their "
        "names as Rebeka Ffug (says she is 12) and Denis Ffug (says he is 10)."
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Rebeka Ffug", 12), ("Denis Ffug", 10)]


def test_a_year_group_before_the_name_and_the_school_after_here_at(read):
    ex = read(
        "quick one - we've got a Y7, *Lily Ffug*, who's on our roll but hasn't turned up once since term started. "
        "DOB 14.03.2015.",
        channel="slack",
    )
    assert names(ex) == ["Lily Ffug"]
    ex = read("flagging Lucy Ffug (Chinese name Ffug Xinyi), Y2 here at Bryn Ffugia - dob 2019-02-28.", "slack")
    assert names(ex) == ["Lucy Ffug"]


def test_numbered_pupil_rows_of_a_notification(read):
    ex = read(
        "Pupil 1 name:          Kai-Leigh FFUG\nPupil 1 DOB:           05/08/2013\nPupil 2 name:          Brandon "
        "FFUGMORE\nPupil 2 DOB:           30/11/2017\nParent/carer:          Jodie FFUGMORE (mother)"
    )
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Kai-Leigh Ffug", 13), ("Brandon Ffugmore", 8)]


def test_a_public_protection_unit_is_no_child(read):
    ex = read("I write from the Public Protection Unit regarding a girl known as Blessing Ffug, who states she is 13.")
    assert names(ex) == ["Blessing Ffug"]


def test_a_scheme_a_parent_is_signposted_to_is_no_child(read):
    ex = read(
        "Children:\n1) Omar Ffug - 11 years old\n2) Lana Ffug - 8 years old\n3) Yaman Ffug - 3 years old (we have "
        "signposted Dad to Flying Start)"
    )
    assert names(ex) == ["Omar Ffug", "Lana Ffug"]


def test_ages_said_for_a_pair_after_their_year_groups(read):
    ex = read("the Ffug children, Ibrahim (Y6) &amp; Safiya (Y3), aged 10 &amp; 8, went to Bangladesh.", "slack")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Ibrahim Ffug", 10), ("Safiya Ffug", 8)]


def test_dates_of_birth_with_spaced_dots_or_from_a_file(read):
    ex = read("1. Dušan Ffug - born 14. 3. 2013\n2. Klaudia Ffugová - born 8. 11. 2014")
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2013-03-14", "2014-11-08"]
    ex = read(
        "The tenant lived there with her two sons, Harley Ffug (date of birth on our tenancy file 07/01/2016) and "
        "Tommy-Lee Ffug, who is 7."
    )
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2016-01-07", None]


def test_pupils_named_in_our_year_after_a_new_starter_or_by_hyphenated_age(read):
    ex = read(
        "Morning. Gabriel Ffug in our Yr 4 at St Ffug's went to the Philippines on 2nd Oct. Still not back. DOB "
        "08-Jan-2018.",
        channel="slack",
    )
    assert names(ex) == ["Gabriel Ffug"]
    ex = read(
        "Hi - we were expecting a new starter in Bl 2 here at Ffugland on Tues (6th): Aoife Mc Ffug. Family came "
        "over on the ferry just before Xmas.",
        channel="slack",
    )
    assert names(ex) == ["Aoife Mc Ffug"]
    ex = read(
        "Morning - we had a new Yr3 due to start Mon 26th: Ibrahim Al-Ffug, CTF came through from Ffug Primary. He "
        "didn't arrive Mon or Tues.",
        channel="slack",
    )
    assert names(ex) == ["Ibrahim Al-Ffug"]
    ex = read("I saw 8-year-old Tiago Ffug Santos and his mother in surgery yesterday. Tiago has not started school.")
    assert names(ex) == ["Tiago Ffug Santos"]


def test_a_driver_with_nationality_and_age_and_a_child_who_told_staff_her_age(read):
    ex = read(
        "Driver: Ionuț FFUGUȘ (Romanian national, 34), who stated he is the uncle of the two child passengers:\n\n"
        "  Florin FFUG - passport DOB 17.08.2012\n  Roxana FFUG - passport DOB 02.11.2013"
    )
    assert names(ex) == ["Florin Ffug", "Roxana Ffug"]
    ex = read("There are two children - Rafael who is 7 and Inês who told my staff she is 10. They're never in school")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Rafael", 7), ("Inês", 10)]


def test_twins_both_born_on_one_date_and_a_health_scheme_named_first(read):
    ex = read(
        "Flying Start health visitor here. I'd like to refer twins on my caseload.\n\nAmelia Ffug-Baptiste and Oliver "
        "Ffug-Baptiste, both born 13/07/2021\nAddress: Flat 5, 9 Ffug Road, Cardiff CF11 9JN"
    )
    twins = [("Amelia Ffug-Baptiste", 5), ("Oliver Ffug-Baptiste", 5)]
    assert [(c.name.value, c.age.value) for c in ex.children] == twins


def test_a_pair_both_born_on_one_date(read):
    ex = read("Boys are Matej and Lukas Ffug, both DOB 22.09.2018. They never arrived.", channel="slack")
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2018-09-22", "2018-09-22"]


def test_a_school_before_a_year_group_a_monarchs_school_and_a_forwarded_sender_are_not_children(read):
    ex = read(
        "EHE deregistration at Ffugbaston - Year 6 Freya Ffug-Bell, DOB 14/09/2015. Dad emailed the office today.",
        channel="slack",
    )
    assert names(ex) == ["Freya Ffug-Bell"]
    ex = read(
        "I am the school nurse for King Henry VIII. One of the pupils allocated to us, Dylan Ffug (DOB 06/06/2015), "
        "has never started."
    )
    assert names(ex) == ["Dylan Ffug"]
    ex = read(
        "Please see below.\n\n---------- Forwarded message ----------\nFrom: Reception - Ffug Health Centre\n"
        "Hi Karen,\n\nRegistered a new family today.\n\nChildren: Florentina Ffug DOB 12.04.2015\n"
    )
    assert names(ex) == ["Florentina Ffug"]


def test_a_baby_in_months_in_a_column_of_its_own_is_not_a_child(read):
    ex = read(
        "Children:\nDávid Ffug      nar. / DOB 12. 4. 2020\nNatália Ffugová nar. / DOB 30. 8. 2021\n"
        "Samuel Ffug     8 months (my caseload)\n"
    )
    assert names(ex) == ["Dávid Ffug", "Natália Ffugová"]
    assert [c.to_schema()["date_of_birth"] for c in ex.children] == ["2020-04-12", "2021-08-30"]


def test_welsh_twins_joined_by_a(read):
    ex = read(
        "Prynhawn da! Efeilliaid Blwyddyn 2 - Osian a Mabli Ffug - heb fod yn yr ysgol ers 23/10.\n"
        "DOB 11/07/2019 (y ddau / both)\nMam: Catrin Ffug",
        channel="slack",
    )
    assert names(ex) == ["Osian Ffug", "Mabli Ffug"]


def test_a_baby_listed_last_with_months_for_an_age_is_not_a_child(read):
    ex = read(
        "Housing Options have placed the family in temporary accommodation.\n\nMother: Rhian Ffug\n"
        "Children: Tomos Ffug (12), Cari Ffug (8) and Iolo Ffug (14 months)\n"
    )
    assert names(ex) == ["Tomos Ffug", "Cari Ffug"]


def test_a_grandmothers_welsh_my_daughter_after_his_mother_is_the_mother_not_a_child(read):
    ex = read(
        "Helo, Fi ydi Nain Jac Ffug. Mae Jac (10 oed) wedi bod yn byw efo fi yma yn Amlwch ers diwedd Awst achos bod "
        "ei fam o, fy merch Kirsty, wedi mynd i ganolfan adsefydlu.",
    )
    assert [n for n in names(ex) if "Kirsty" in n] == []


def test_a_name_before_a_bilingual_date_of_birth_label_in_brackets_is_the_child(read):
    ex = read(
        "Osian Ffug (dyddiad geni / DOB: 29/04/2016) left Ysgol Ffug, Caernarfon at the end of the summer term. His "
        "mother, Catrin Ffug, said they were moving to Pontypridd."
    )
    assert names(ex) == ["Osian Ffug"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2016-04-29"


def test_a_month_word_before_a_surname_in_a_name_row_is_a_forename(read):
    ex = read(
        "The following pupils have not attended since 14 September.\n\n"
        "Name: Mei Lin FFUG      DOB: 2013-05-02   School: Ysgol Ffug\n"
        "Name: Jun FFUG          DOB: 2018-11-23   School: Ysgol Pen-y-Ffug\n"
    )
    assert names(ex) == ["Mei Lin Ffug", "Jun Ffug"]


def test_a_forwarded_list_of_children_a_row_each_is_not_read_as_one_wrapped_line(read):
    ex = read(
        "Please see below.\n\n---------- Forwarded message ---------\nFrom: Rebecca Ffug <r.ffug@example.gov.uk>\n"
        "Date: Wed, 16 Sept 2026 at 14:02\nSubject: Transfer in\n\nHi Sian,\n\nDetails:\n\n"
        "Jayden FFUG, DOB 12.08.2013, previously Year 8 at St Ffug's School, Caerffug\n"
        "Tia-Rose FFUG, DOB 01.04.2019, previously Year 1 at Cwrt Ffug Primary School\n\nMother: Chelsea Ffug.\n"
    )
    assert names(ex) == ["Jayden Ffug", "Tia-Rose Ffug"]


def test_a_legal_name_row_with_the_surname_first_and_two_forenames_in_brackets_name_one_child(read):
    ex = read(
        "We are trying to trace the following pupil.\n\nLegal name: FFUG Yuxin (known as Lucy)\nDOB: 09/10/2014\n"
        "Possible Penarth address: Flat 9, Ffug Court, Portway, Penarth, CF64 1AA\n"
    )
    assert names(ex) == ["Yuxin Ffug"]
    ex = read("Children:\n• Patrick Ffug – 02/08/2013\n• Johnny (John Joseph) Ffug – 30/06/2017\n")
    assert names(ex) == ["Patrick Ffug", "Johnny Ffug"]


def test_a_slovak_nar_date_makes_a_seventeen_year_old_too_old_to_refer(read):
    ex = read(
        "Children:\n- Dominik Ffug, nar. 04.07.2009 - working with his uncle, not in education\n"
        "- Vanesa Ffugova, nar. 02.03.2012\n- Marek Ffug, nar. 28.11.2015\n"
    )
    assert names(ex) == ["Vanesa Ffugova", "Marek Ffug"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2012-03-02"


def test_the_parent_a_grandparents_web_form_names_as_my_daughter_is_no_child(read):
    ex = read(
        "==== Report a child who is not in education ====\nYour name: Eirlys Ffug\nYour relationship to the "
        "child(ren): Nain (grandmother)\nChild(ren)'s name(s): Seren Ffug-Jenkins and Macsen Ffug-Jenkins\nDate(s) of "
        "birth: not sure - Seren is 8, Macsen turned 5 in September\nParent/carer name: Kayleigh Ffug (my daughter)\n"
        "Details of your concern:\nMy daughter Kayleigh has been very low since her partner left. I am really worried "
        "about the children and about Kayleigh.\n"
    )
    assert names(ex) == ["Seren Ffug-Jenkins", "Macsen Ffug-Jenkins"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Kayleigh Ffug", "relationship": "mother"}


def test_a_school_named_short_before_and_his_little_sister_is_no_child(read):
    ex = read(
        "Ibrahim Ffug was allocated a yr 7 place with us from Ysgol Cae Ffug but has never arrived this term. dob "
        "28/08/2014. I rang Cae Ffug and his little sister Amina (age 8, yr 4 there) hasn't been back since the "
        "summer either.",
        channel="slack",
    )
    assert names(ex) == ["Ibrahim Ffug", "Amina"]
    assert [c.to_schema()["age"] for c in ex.children] == [12, 8]


def test_a_pub_named_like_a_person_is_no_child(read):
    ex = read(
        "hi i dont want to give my name. theres a little girl living in a caravan behind the old Red Lion pub on Heol "
        "y Dre in Pontyberem with her mother and a man. shes about 10 i think. i never see her go to school."
    )
    assert names(ex) == [None]
    assert ex.children[0].to_schema()["age"] == 10


def test_a_place_named_with_a_possessive_and_a_teachers_slack_sign_off_are_not_children(read):
    ex = read(
        "I'm the school nurse for Connah's Quay High School. I'm writing about a Year 11 pupil, Chloe Ffug (DOB "
        "28/02/2011), who has not returned to school this term."
    )
    assert names(ex) == ["Chloe Ffug"]
    ex = read(
        "Jac Ffug in my class (Yr 3, he's 8) hasn't been in at all since we came back on 5th Jan.\nCan someone from "
        "attendance go out?\n- Kate, Yr 3, Ffug Street Primary",
        channel="slack",
        sender_name="Kate Ffugernethy",
    )
    assert names(ex) == ["Jac Ffug"]


def test_a_reference_or_a_passport_name_in_brackets_after_a_child_is_no_child(read):
    ex = read(
        "A pupil who's gone abroad - Oscar Ffug (Zihan on his passport) in Y8. Dad emailed to say the family have gone "
        "back to Guangzhou.",
        channel="slack",
    )
    assert names(ex) == ["Oscar Ffug"]
    ex = read(
        "Reference: FRM-2026-55812\nChild's first name: Precious\nAge: 9\n",
        subject="Online form submission: Report a child missing education (Ref FRM-2026-55812)",
    )
    assert "Ref" not in names(ex)


def test_a_baby_named_by_a_health_visitors_review_or_as_a_months_old_son(read):
    ex = read(
        "Child: Ayaan FFUG\nDOB: 2 June 2021\nAddress: Flat 3, 88 Heol Ffug, Canton, Cardiff CF11 9NL\n\nI visited on "
        "8 September for his younger sister Inaya's 1-year review. Mum told me Ayaan will start school when older."
    )
    assert [c.name.value for c in ex.children] == ["Ayaan Ffug"]
    ex = read(
        "Name: Precious Ffug\nDOB: 20 Sept 2010\nAddress: 8 Heol Ffug, Ely, Cardiff CF5 4DU\n\nShe was in Year 10 at "
        "Ffugmore High School. She has a 5-month-old son, Malachi, and hasn't attended any school since she moved."
    )
    assert [c.name.value for c in ex.children] == ["Precious Ffug"]


def test_a_baby_in_a_household_list_and_a_toddlers_27_month_review(read):
    ex = read(
        "Our records show two children in the household:\nSophie-Rose Ffug   DOB 19.01.2018\n"
        "Alfie Ffug         (baby - DOB not held)\n\nWe believe Sophie-Rose attended Ffugton Primary School."
    )
    assert [c.name.value for c in ex.children] == ["Sophie-Rose Ffug"]
    ex = read(
        "I visited mum, Agnieszka Ffug, at home yesterday for her younger son Antoni's 27-month review. Her daughter "
        "Zofia, who was born 12th March 2021, has not started school.\n\nChild: Zofia Ffug\n"
        "Address: 41 Heol Ffug, Newport NP19 8EA"
    )
    assert [c.name.value for c in ex.children] == ["Zofia Ffug"]


def test_a_records_acronym_a_peoples_name_and_a_four_year_old_at_home_are_not_children(read):
    ex = read(
        "Two children left a Bristol school in July. We have had no request for the children's records (CTFs are on "
        "hold).\n\nYuxuan Ffug (DOB 03/03/2015) and Haoran Ffug (DOB 04/04/2017), both of Flat 1, 54 Heol Ffug, "
        "Tredegar, NP22 3ND."
    )
    assert [c.name.value for c in ex.children] == ["Yuxuan Ffug", "Haoran Ffug"]
    ex = read(
        "Dávid Ffug (Y3) and Nikola Ffug (Y1) haven't been in since the 2nd. <@U02HJ8MW4LS> they're Roma &amp; we've "
        "always had a good relationship with mum so this is unusual.",
        channel="slack",
        sender_name="Mrs Ffug (Ffugla Primary)",
    )
    assert [c.name.value for c in ex.children] == ["Dávid Ffug", "Nikola Ffug"]
    ex = read(
        "had a mum in reception today asking for places - Mrs Chipo Ffug, moved up from Luton to 45 Heol Ffug, "
        "Nantyglo NP23 4LZ. Tanaka (10) and Rutendo (8) haven't been in school since. Youngest Nyasha is 4 and at home "
        "with her.",
        channel="slack",
        sender_name="Mrs Ffug (Ffugglo Primary)",
    )
    assert [(c.name.value, c.to_schema()["carer"]["name"]) for c in ex.children] == [
        ("Tanaka", "Chipo Ffug"),
        ("Rutendo", "Chipo Ffug"),
    ]
