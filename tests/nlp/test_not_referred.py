"""Siblings a report names but does not refer (fictional families throughout)."""

from datetime import date

import pytest

from nlp.not_referred import _past_compulsory_school_age


def names(ex):
    return [c.to_schema()["name"] for c in ex.children]


def test_a_sibling_who_attends_well_is_not_referred(read):
    ex = read(
        "Kacper Ffugak (DOB 02/03/2013) has not been in school since September; mum says he is being bullied.\n\n"
        "His younger sister Zofia (8) attends Ffug Vale Primary and mum says she goes every day.\n"
    )
    assert names(ex) == ["Kacper Ffugak"]


def test_a_sixteen_year_old_at_work_and_a_four_year_old_at_nursery_are_not_referred(read):
    ex = read(
        "The children:\n"
        "- Mo Ffugman, DOB 3/1/2016\n"
        "- Fatima Ffugman, DOB 22/11/2013\n"
        "- Ibrahim Ffugman is 16 and working with his uncle\n"
        "- Hawa Ffugman is 4 and started at the nursery at Ffug Primary last week\n\n"
        "So it is Mo and Fatima who have no school at all.\n"
    )
    assert names(ex) == ["Mo Ffugman", "Fatima Ffugman"]


def test_what_follows_a_list_of_names_is_said_of_them_all(read):
    ex = read(
        "Darius Ffugescu (DOB 12/06/2014) and Bianca Ffugescu (DOB 19/06/2018) arrived from Romania in May and have "
        "no school place. Mrs Ffugtru's own children, Stefan and Larisa, attend Ysgol Ffug and are not part of this "
        "referral.\n"
    )
    assert names(ex) == ["Darius Ffugescu", "Bianca Ffugescu"]


def test_already_referred_or_with_a_place_starting_is_not_referred_again(read):
    ex = read(
        "Children:\n"
        "1. Chidera Ffugonkwo, 21/05/2013 - has a place at St Ffug School and starts on Monday, so she is sorted.\n"
        "2. Ebuka Ffugonkwo, 09/12/2015\n"
        "3. Jakub Ffugonkwo, 09/02/2014 - already referred to you by Ysgol Ffug last week.\n"
    )
    assert names(ex) == ["Ebuka Ffugonkwo"]


def test_a_nursery_child_missing_with_the_others_is_still_referred(read):
    ex = read(
        "not seen Reuben Ffugves (8) and his little sister Poppy (4) since half term. Reuben's Y3 with us, "
        "Poppy is in our nursery class.",
        channel="slack",
        sender="U0FFUG0001",
    )
    assert [n.split()[0] for n in names(ex)] == ["Reuben", "Poppy"]


def test_when_every_child_reads_as_settled_the_report_still_names_them(read):
    ex = read("Seren Ffug (Y4) attends well now, but mum has asked us to refer her anyway for support.")
    assert names(ex) == ["Seren Ffug"]


def test_compulsory_school_age_ends_in_the_june_after_the_sixteenth_birthday():
    # 16 in July 2026: left at the end of June 2026. 16 in October 2025: stays until June 2026.
    assert _past_compulsory_school_age(date(2010, 7, 30), date(2026, 10, 1))
    assert not _past_compulsory_school_age(date(2009, 10, 15), date(2026, 3, 1))
    assert _past_compulsory_school_age(date(2009, 10, 15), date(2026, 7, 1))
    assert not _past_compulsory_school_age(date(2012, 2, 29), date(2026, 10, 1))


def test_the_school_a_settled_sibling_attends_is_not_given_to_the_child_referred(read):
    ex = read(
        "Children:\n"
        "- Mali Ffugescu, 05/10/2013 - already registered at Ysgol Ffug Uchaf from June, so no action needed\n"
        "- Maria Ffugescu, 08/01/2015 - not in any school since the move\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [(k["name"], k["school"]) for k in kids] == [("Maria Ffugescu", None)]


def test_a_row_that_starts_with_the_name_is_read_to_its_first_sentence(read):
    ex = read(
        "Kids:\nKai Ffugatts, 13 - still getting to Ffug Comp on the school taxi, all fine\n"
        "Skye Ffugatts, DOB 21/12/2015 - not been in since the eviction\n\n"
        "Skye went to Ffug Vale Primary until the move. No concerns about care at home.",
        channel="slack",
        sender="U0FFUG0002",
    )
    assert names(ex) == ["Skye Ffugatts"]


def test_a_brother_who_is_going_in_and_an_adult_brother_caring_are_not_referred(read):
    ex = read(
        "need to flag Lena & Maja Ffugczyk.\nLena Ffugczyk - Y5 - DOB 02/05/2017\nMaja Ffugczyk - Y1 - DOB 28/01/2021\n"
        "Neither been in since Whitsun. Their big brother Dawid who's 19 is looking after them at home. Their other "
        "brother Kacper is Y7 at Ffug High and he IS going in. Lena's attendance was 71% before.",
        channel="slack",
        sender="U0FFUG0003",
    )
    assert names(ex) == ["Lena Ffugczyk", "Maja Ffugczyk"]


def test_going_in_to_a_year_group_is_no_sign_of_attending(read):
    ex = read(
        "The girls are Lexi Ffugorne born 12th August 2015 and Mollie Ffugorne 3/3/18. Lexi is going in to year 6 "
        "and Mollie year 3, but neither has been in since the summer."
    )
    assert names(ex) == ["Lexi Ffugorne", "Mollie Ffugorne"]


def test_more_ways_of_saying_a_sibling_is_in_school(read):
    ex = read(
        "Humaira Ffugtar (DOB 02/02/2013) did not return from Pakistan and has not attended since. Her younger "
        "siblings, Imran (12) and Sana (10), returned with their mother and are attending school. Her brother Osian "
        "Ffugtar (11) attends Y Ffug School and there are no concerns in respect of him. Her cousin Tommy (5) started "
        "at Ffug Primary on Monday. Eldest grandson Gethin (16) goes to Coleg y Ffug. Bilal (Y6) is still with us "
        "and unaffected."
    )
    assert names(ex) == ["Humaira Ffugtar"]


def test_settling_well_is_said_of_a_childs_wellbeing_not_of_a_school(read):
    ex = read(
        "Children:\n1. Nia Ffugiths - DOB 09/12/2014 - Year 6\n2. Macsen Ffugiths - DOB 2019-04-18 - Year 2\n\n"
        "Nia is quite anxious and has been having nightmares; Macsen is settling well. Neither is in school."
    )
    assert names(ex) == ["Nia Ffugiths", "Macsen Ffugiths"]


def test_still_more_ways_of_leaving_a_sibling_out(read):
    ex = read(
        "Kacper Ffugak dob 02.11.2013 has not been in since Easter. His little sister Zofia is in our nursery "
        "(she's 3) so not including her. Their brother Tyler (Yr 9) is at Ysgol Ffug Uchaf - I've let them know, "
        "they'll sort him. Big brother Dylan (Bl 8) is staying with Dad in the week so he's not one for us. "
        "Mohammed's older sister Yara (Year 11), who is still attending here and doing well, lives with Dad.",
        channel="slack",
        sender="U0FFUG0005",
    )
    assert names(ex) == ["Kacper Ffugak"]


def test_a_nickname_after_uses_the_name_and_a_mother_who_is_the_writers_daughter(read):
    ex = read(
        "Name: FFUGWONG Ka Ho (uses the name Kelvin)\nDate of birth: 30 May 2012\n\nKelvin came here in September.\n\n"
        "Our grandson Ianto Ffug-Jones (8) has come to live with us. His mam, our daughter Sioned, is not well."
    )
    assert [n.split()[-1] for n in names(ex)] == ["Ffugwong", "Ffug-Jones"]


def test_not_knowing_whether_they_are_still_attending_leaves_the_child_in(read):
    ex = read(
        "Callum Ffug (DOB 20/05/2014) and Ellie-Mai Ffug (DOB 03/09/2017) have moved to Port Talbot. Ellie-Mai was "
        "at Ysgol Ffug Uchaf, but I don't know if they are still attending."
    )
    assert names(ex) == ["Callum Ffug", "Ellie-Mai Ffug"]


def test_a_sibling_who_is_not_referred_is_not_taken_for_the_carer(read):
    ex = read(
        "Amelia Ffugkins (Y6) hasn't been in since the CTF. Last address we had for Amelia was 17 Ffug Street "
        "Aberdare CF44 7BB, where her sister Poppy (Y11) still lives with dad - Poppy's in school fine.",
        channel="slack",
        sender="U0FFUG0006",
    )
    assert names(ex) == ["Amelia Ffugkins"]
    assert ex.children[0].to_schema()["carer"] != {"name": "Poppy", "relationship": "sibling"}


def test_an_adult_brother_who_is_not_referred_can_still_be_the_carer(read):
    ex = read(
        "need to flag Lena & Maja Ffugczyk.\nLena Ffugczyk - Y5 - DOB 02/05/2017\nMaja Ffugczyk - Y1 - DOB 28/01/2021\n"
        "Neither been in since Whitsun. Their big brother Dawid who's 19 is looking after them at home.",
        channel="slack",
        sender="U0FFUG0007",
    )
    assert ex.children[0].to_schema()["carer"]["name"] in ("Dawid", "Dawid Ffugczyk")


def test_a_table_row_marked_attending_is_not_referred(read):
    ex = read(
        "Children resident:\n1. Harvey FFUGWIS  06/02/2018  Ffug Primary School (attending)\n"
        "2. Evie-Rose FFUGWIS  30/09/2014  not on a school roll - mother states she is home educating\n"
    )
    assert names(ex) == ["Evie-Rose Ffugwis"]


def test_in_today_continues_to_attend_so_not_ours_and_only_three(read):
    ex = read(
        "aaliyah ffug (yr3) not seen since monday. older sister Sumaiya (yr5) DID start with us monday & is in today. "
        "Elis's cousin Nel Ffug (Year 4), who lives on the neighbouring farm, continues to attend. "
        "her little brother Macsen goes to the meithrin so not ours. "
        "little sister Ifeoma in our nursery class also gone but she's only 3 so not statutory i know",
        channel="slack",
        sender="U0FFUG0012",
    )
    assert names(ex) == ["Aaliyah Ffug"]


def test_a_sibling_said_to_be_enrolled_where_the_school_has_no_record_is_still_referred(read):
    ex = read(
        "• Fatima Ffugoor 8X - dob 02/02/2015 - not in since Easter\n"
        "• Shanice Ffugmas 10Z - dob 01/02/2012. dad says she's enrolled at Ffug High but they have no record of her\n",
        channel="slack",
        sender="U0FFUG0013",
    )
    assert names(ex) == ["Fatima Ffugoor", "Shanice Ffugmas"]


def test_a_count_of_pupils_then_their_names(read):
    ex = read(
        "transition check: 3 of our yr6 leavers from july never showed at Ffug Comp in sept - Kacper Ffugski, "
        "Sienna Ffugrowe & Jamal Ffugmed.\n- jamal: IGNORE, he's been at Y Ffug since day 1, all fine",
        channel="slack",
        sender="U0FFUG0014",
    )
    assert names(ex) == ["Kacper Ffugski", "Sienna Ffugrowe"]


def test_staying_with_us_a_nursery_sibling_and_a_forms_siblings_row(read):
    ex = read(
        "Dad emailed saying they're withdrawing Zara Ffugain (Y5) to home educate. Her little brother Ayaan (Y2) is "
        "staying with us so it's only Zara. Theo Ffugbayo (9) lives with mum and his little sister Esme (4, at "
        "nursery).\n\nSiblings:             Ella Ffugner, Year 2, Ffug Primary (school informed)\n"
    )
    assert names(ex) == ["Zara Ffugain", "Theo Ffugbayo"]


def test_a_portuguese_title_is_no_part_of_the_carers_name(read):
    ex = read(
        "Beatriz Ffug Costa - DOB 08-02-2015 has no school place. Mum, Sra Ana Paula Ffug, is the main contact as "
        "Dad, Sr Rui Ffug, works long shifts."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Ana Paula Ffug", "relationship": "mother"}


def test_only_one_turned_up_and_a_form_section_for_information_only(read):
    ex = read(
        "We had 3 from the Ffug family due to start this week - Ayaan (Rec), Zara (Y2) & Idris (Y4). Only Ayaan "
        "turned up. Mum says Zara and Idris are still in Birmingham.",
        channel="slack",
        sender="U0FFUG0016",
    )
    assert [n.split()[0] for n in names(ex)] == ["Zara", "Idris"]
    ex = read(
        "CHILD 1\nName: Lily Ffugkins\nDOB: 14/02/2016\n\nCHILD 2\nName: Jack Ffugkins\nDOB: 01/09/2018\n\n"
        "CHILD 3 (for information - not of compulsory school age)\nName: Poppy Ffugkins\nDOB: 14/02/2022\n"
    )
    assert names(ex) == ["Lily Ffugkins", "Jack Ffugkins"]


def test_referral_please_for_a_child_not_the_brother_who_is_in_every_day(read):
    ex = read(
        "Bore da :wave: Referral please for Deacon Ffugprice - turned 5 in July (dob 17.07.21). Mam never accepted "
        "the Reception place. His big brother Reece is in Y3 with us and is in every day so it's just Deacon.\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Deacon Ffugprice"]


def test_a_brother_still_going_to_school_and_his_home_with_tad_cu_are_not_referred(read):
    ex = read(
        "CME concern for 2 of ours - Lowri Ffugprice (Bl 5, dob 09.10.2016) & Gethin Ffugprice (Bl 2, dob "
        "23.01.2020). Last addy we have is 7 Stryd y Ffug, Treorci - house is empty now.\nTheir brother Elis (Yr 8) "
        "is still going to Ffugorchy Comp, he's stopping with Tad-cu at 31 Heol Ffug, Penygraig in the week.\n",
        channel="slack",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Lowri Ffugprice", "Gethin Ffugprice"]
    assert [c.to_schema()["address"] for c in ex.children] == ["7 Stryd y Ffug, Treorci"] * 2


def test_siblings_and_cousins_said_to_be_in_school_are_not_referred(read):
    ex = read(
        "Ionut Ffugpopa (Y5) and Bianca Ffugpopa (Y2) have not been in since Easter.\n"
        "Their cousin Andrei Ffugpopa (Y8) IS still attending, he lives with his own parents.\n"
        "Their younger brother Alfie (8) attends Ffug Primary and school report no concerns.\n"
        "Mia is staying in school as she is happy there.\n"
        "Their cousin Maria (15) stays some weeks but she goes to school in Rotherham.\n"
        "Not being referred:\n - Jaden Ffugpopa, 6 - attending Ffug Park Primary\n",
        channel="slack",
    )
    assert names(ex) == ["Ionut Ffugpopa", "Bianca Ffugpopa"]


def test_children_who_were_attending_a_school_until_they_left_are_still_referred(read):
    ex = read(
        "Amelia Ffuggrant (DOB 02/02/2016) and Harrison Ffuggrant (DOB 03/03/2018) - Amelia and Harrison were "
        "attending Ffugwood Primary School until the end of Feb.\n- Leo Ffuggrant, 11 - Year 7, was attending Ffug "
        "High School\n"
    )
    assert names(ex) == ["Amelia Ffuggrant", "Harrison Ffuggrant", "Leo Ffuggrant"]


def test_other_grandchildren_and_a_half_sister_living_with_mum_elsewhere_are_not_referred(read):
    ex = read(
        "Demi Ffugbaker (Y4) and Tyler Ffugbaker (Y2) are living with their Nain. She also cares for two other "
        "grandchildren, Kacey and Rio, who go to Ffug Primary. Nain also looks after her other grandson, Deio (4), "
        "during the day. Mum lives in Porthcawl with Demi's half-sister Ruby (6).\n",
        channel="slack",
    )
    assert names(ex) == ["Demi Ffugbaker", "Tyler Ffugbaker"]


def test_the_children_the_writer_says_they_are_referring_and_no_others(read):
    ex = read(
        "1) FFUGLAKA family - Denisa (12) and Marius (9). Denisa attends Ffug Comprehensive and Marius attends "
        "Ffug Primary; both schools have confirmed this.\n2) FFUGROST family - father with:\n   Florin FFUGROST, DOB "
        "19.04.2013\n   Ramona FFUGROST, DOB 03.12.2015\nI am referring Florin and Ramona to you as children missing "
        "education.\n"
    )
    assert names(ex) == ["Florin Ffugrost", "Ramona Ffugrost"]


def test_the_carers_own_children_and_a_brother_not_yet_statutory_are_not_referred(read):
    ex = read(
        "Chiamaka Ffugeze (DOB 07/07/2015) arrived from Lagos to live with her maternal aunt, Mrs Ngozi Ffugonkwo. "
        "Mrs Ffugonkwo's own children, Tobi (9) and Adaeze (6), attend Parc Ffug Primary.\n"
    )
    assert names(ex) == ["Chiamaka Ffugeze"]
    ex = read(
        "Harper Ffug-Price (Y4) hasn't been in since before half term. Little brother Jax was in our nursery so not "
        "statutory. Harper dob 03/05/2019.\n",
        channel="slack",
    )
    assert names(ex) == ["Harper Ffug-Price"]


def test_a_sibling_still_in_one_who_started_with_us_and_a_four_year_old_at_a_named_nursery(read):
    ex = read(
        "Two of ours went with them:\n- Levi Ffugsmith (Y4) – 02/10/2017\n- Britney Ffugsmith (Y6) – 15/4/2016\n"
        "Tyson Ffugsmith (Y1) is STILL IN :tada:\nOla Ffugsmith (Y3) started with us last month.\n"
        "Archie Ffugsmith - 4, was at Ffugadlys nursery\n",
        channel="slack",
    )
    assert names(ex) == ["Levi Ffugsmith", "Britney Ffugsmith"]
    ex = read("Sumaiya Ffugrahman (Y10) is still in Bangladesh with her mother. Her brother Rayhan (Y7) came back.\n")
    assert names(ex)[0] == "Sumaiya Ffugrahman"



def test_a_sibling_who_already_started_at_a_school_and_is_going_every_day(read):
    ex = read(
        "Children:\nMihai, 15 - he already started at Ffug Community School in February and is going every day.\n"
        "Sebastian, born 19.08.2015 - no school\nIonela, born 05.12.2018 - no school\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Sebastian", "Ionela"]


def test_a_sibling_who_attends_a_school_is_settled_unless_off_too_or_referred_in_the_same_sentence(read):
    ex = read(
        "Patient: Beatriz Ffugousa, DOB 29th February 2016\n\nThe family moved here last autumn. Beatriz's older "
        "brother, Tiago (14), attends Ffugdale Community School. Beatriz has been at home since November."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Beatriz Ffugousa"]
    ex = read(
        "Hodan Ffugdi (7C) hasn't been in since Monday. Her brother Abdi (Y4) attends Ffug Primary and they say "
        "he's off too."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Hodan Ffugdi", "Abdi"]


def test_a_sibling_still_getting_the_bus_to_the_old_school_is_settled(read):
    ex = read(
        "Children:\n- Tyler Ffugice, 14 - dad says he is still getting the bus to Pen y Ffug High School and wants "
        "to stay there\n- Kayden Ffugice, 9 (DOB 21/06/2017)\n- Skye Ffugice, 6 (DOB 02/01/2020)\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kayden Ffugice", "Skye Ffugice"]


def test_a_brother_who_lives_with_his_dad_and_goes_to_school_there_is_settled(read):
    ex = read(
        "Alys Ffugydd, DOB 07/05/2021, has never been registered with a school. Alys has an older brother, Gwion "
        "(12), who lives with his dad in Cardiff and goes to school there."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Alys Ffugydd"]


def test_a_daughter_in_the_writers_class_and_a_little_sister_at_a_named_school_are_settled(read):
    ex = read(
        "one of our mums, Mrs Amal Ffugman (her daughter Hiba is in my class), stopped me. her nephew Ahmed, who's 9, "
        "arrived from Sudan 3 weeks ago and has no school place.",
        channel="slack",
        sender="U0FFUG0106",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Ahmed"]
    ex = read(
        "Kacper Ffugak (Y8) hasn't been in since September.\nlittle sister Zofia is at Ysgol Gynradd Ffugprys so they "
        "might know more",
        channel="slack",
        sender="U0FFUG0107",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kacper Ffugak"]


def test_a_sixteen_year_old_finishing_her_gcses_online_is_not_referred(read):
    ex = read(
        "The household is mum, Ada Ffugwell, and three children:\n"
        "- Nell (16) – finishing her GCSEs online with her old school in Bristol\n"
        "- Rhodri Ffugwell, born 4th of May 2016\n- Wil Ffugwell, aged 7\n\nNeither boy has a school place here.\n"
    )
    assert names(ex) == ["Rhodri Ffugwell", "Wil Ffugwell"]


def test_a_four_year_old_starting_in_september_and_a_brother_who_is_not_the_schools(read):
    ex = read(
        "Patrick Ffugagh (Y3) and Mary Ffugagh (Y1) have not been in since the family left the site.\n"
        "Their big brother Jac (Y8) isn't ours, he's at Ffugford High so not sure if they've heard anything.\n"
        "Johnny is 4 and Mam doesn't want him starting until September.\n",
        channel="slack",
        sender="U0FFUG0101",
    )
    assert names(ex) == ["Patrick Ffugagh", "Mary Ffugagh"]


def test_a_sibling_in_year_7_elsewhere_and_doing_well(read):
    ex = read(
        "Children:\n• Paris Ffugeridge (9) – not attended since 3 March\n"
        "• Jesse Ffugeridge (12) is in Year 7 at Ysgol Ffugarth and doing well.\n"
    )
    assert names(ex) == ["Paris Ffugeridge"]


def test_a_sibling_starting_tomorrow_is_not_referred_but_a_claim_in_quotes_is_no_start(read):
    ex = read(
        "Hi all, mum came in today to start her eldest with us - Tobi Ffugemi, Y3, starting tomorrow :tada: BUT she "
        "mentioned her younger daughter is 5 and isn't at any school.\n"
        "Amara Ffugemi, DOB 01/12/2020, lives at 45 Ffug Road, Ffugwood NP99 1HB with mum and Tobi.\n",
        channel="slack",
        sender="U0FFUG0102",
    )
    assert names(ex) == ["Amara Ffugemi"]
    ex = read(
        "1. Tomos Ffugrice – 11 Stryd Ffug, Ffugeilo SA99 6AH – mum says on the phone he's \"starting next week\" "
        "but she said that last week too\n2. Summer Ffuggibbs – left in July, no school has asked for her file\n",
        channel="slack",
        sender="U0FFUG0103",
    )
    assert names(ex) == ["Tomos Ffugrice", "Summer Ffuggibbs"]


def test_a_jobcentre_is_no_child(read):
    ex = read(
        "One of our advisers (Lowri) met the young person below at Ffugoed Jobcentre with his mum yesterday. He's "
        "Year 11 age and isn't on a school roll anywhere.\n\nName: Kyle Ffugbrien\nDOB: 30/04/2011\n"
    )
    assert names(ex) == ["Kyle Ffugbrien"]


def test_a_listed_sibling_said_to_be_attending_is_not_referred(read):
    ex = read(
        "Children at the address:\n"
        "- Ffion FFUGSKA, DOB 12/05/2019 - mother states she has not started a school since the move.\n"
        "- Olek FFUGSKA, DOB 30/09/2014 - Year 7 at Ffugtown Community School, attending.\n"
    )
    assert names(ex) == ["Ffion Ffugska"]
    ex = read(
        "Children at the address:\n"
        "- Ffion FFUGSKA, DOB 12/05/2019 - not attending.\n"
        "- Olek FFUGSKA, DOB 30/09/2014 - Year 7, was attending until June.\n"
    )
    assert names(ex) == ["Ffion Ffugska", "Olek Ffugska"]


def test_siblings_settled_in_words_seen_in_a_term_of_referrals(read):
    ex = read(
        "Ayesha Ffugrashid (DOB 14/12/2011) left the UK with her father on 18/12. Ayesha's younger brother Bilal "
        "(11) is attending school as normal."
    )
    assert names(ex) == ["Ayesha Ffugrashid"]
    ex = read(
        "I spoke with two boys in the High Street during school hours.\nThe first, Osian Ffugjones (13), is a pupil "
        "at Ysgol Ffug. He was returned to school and his Mam informed - no further action needed for him.\n"
        "The second, Jayden Ffugsharpe (aged 12), told me he doesn't go to school anymore."
    )
    assert names(ex) == ["Jayden Ffugsharpe"]
    ex = read(
        "Children:\n • Senait Ffugyonas — 12 — born 05.09.2010\n • Ruta Ffugyonas — 4 (mum would like a nursery place "
        "for her if possible)\n"
    )
    assert names(ex) == ["Senait Ffugyonas"]


def test_a_pupil_who_arrived_this_morning_in_a_thread_update(read):
    ex = read(
        "Y7 no-shows so far:\n1. Mason Ffugloyd - 11/11/2014\n2. Tegan Ffugris - 26.06.2015\n\n"
        "Dai Ffug  2:20 PM  (reply in thread)\nUpdate - Mason Ffugloyd arrived this morning (had been in hospital, all "
        "fine). So just Tegan pls",
        channel="slack",
        sender="U0FFUG0700",
    )
    assert names(ex) == ["Tegan Ffugris"]


def test_a_pupil_whose_own_attendance_is_fine_is_not_referred(read):
    ex = read(
        "We've got Kenzie Ffugholt in Yr 2 here - his little sister Lexi Ffugholt turned 5 in the summer (DOB "
        "14/07/2021) and she's never been registered anywhere. Kenzie's attendance is fine btw",
        channel="slack",
        sender="U0FFUG0900",
    )
    assert names(ex) == ["Lexi Ffugholt"]


def test_a_new_pupil_who_still_has_not_started(read):
    ex = read(
        "Y7 no-show update: Filip Ffugmitru (from Ffug Primary) still hasn't started with us - day 4 now. "
        "DOB 16/03/2015 per transition list.",
        channel="slack",
        sender="U0FFUG1000",
    )
    assert names(ex) == ["Filip Ffugmitru"]


def test_siblings_settled_in_other_words(read):
    ex = read(
        "Children:\nKayden Ffugtlock, 15 - has got himself a place at Ffug Haven School and started last week, no "
        "issues.\nRuby-Rose Ffugtlock, DOB 30/09/2019\nEvie Ffugtlock, DOB 11/03/2020\n"
    )
    assert names(ex) == ["Ruby-Rose Ffugtlock", "Evie Ffugtlock"]
    ex = read("The family:\nFarid Ffugari (dad)\nAhmad, 14\nMariam, 11\nZahra, 4 (starting nursery in September)\n")
    assert names(ex) == ["Ahmad", "Mariam"]
    ex = read(
        "The Ffugward children have gone travelling - Patrick (Yr4) & Kathleen (Yr2). DOBs Patrick 04/12/2017, "
        "Kathleen 19/06/2019. Little one Mary isn't school age yet.",
        channel="slack",
        sender="U0FFUG1100",
    )
    assert names(ex) == ["Patrick Ffugward", "Kathleen Ffugward"] or names(ex) == ["Patrick", "Kathleen"]


def test_a_sibling_in_a_year_group_at_a_named_school_unless_the_same_is_said_of_them(read):
    ex = read(
        "Noah Ffugquinn (DOB 02/02/2018) not been in since Easter.\nMum - Jodie Ffugquinn\nolder bro Kai is in yr 7 "
        "at Ysgol Bryn Ffug, no issues there.",
        channel="slack",
        sender="U0FFUG1300",
    )
    assert names(ex) == ["Noah Ffugquinn"]
    ex = read(
        "Noah Ffugiths (DOB 02/02/2018) not been in since Easter.\nhis sister Ella Ffugiths is in yr 8 at Ysgol "
        "Dyffryn Ffug & they say same story for her",
        channel="slack",
        sender="U0FFUG1400",
    )
    assert names(ex) == ["Noah Ffugiths", "Ella Ffugiths"]


def test_a_neighbours_grandchild_at_school_is_not_referred(read):
    ex = read(
        "The boy next door, Filip Ffugnowak, is about 9 and is home every day.\n\nMy grandson Mason Ffugjones goes to "
        "Heol y Ffug Primary and he said Filip has never been there."
    )
    assert names(ex) == ["Filip Ffugnowak"]


def test_a_cousin_at_school_and_cousins_visiting_from_abroad_are_not_referred(read):
    ex = read(
        "Dorin Ffugica (12) and Ionela Ffugica (9) are not at school. The cousin who lives with them, Marian "
        "Ffugica (14), goes to Ffug Vale High School."
    )
    assert names(ex) == ["Dorin Ffugica", "Ionela Ffugica"]
    ex = read(
        "At the flat were mum, her son Luca Ffugescu (DOB 24/12/2016) and two of her sister's children, Ana and "
        "Matei, who are visiting from Romania and go to school over there. Luca is not registered at any school."
    )
    assert names(ex) == ["Luca Ffugescu"]


def test_new_starters_a_school_has_had_are_not_referred(read):
    ex = read(
        "Hi :wave: we've had two new starters this week, Eliza (Y4) & Josh Ffugfield (Y2). Mam says their little "
        "brother Harley Ffugfield is 5 and she hasn't applied for a school place for him anywhere.",
        channel="slack",
        sender="U0FFUG8800",
    )
    assert names(ex) == ["Harley Ffugfield"]


def test_another_of_the_writers_childrens_children_is_not_referred(read):
    ex = read(
        "I am Nain to Cai and Elin Ffugprice and I am very worried about them. They have not been going to school "
        "since January. Cai was born 12/4/2017 and Elin on 1st Nov 2019.\n\nMy other daughter Catrin's children, "
        "Nia and Harri, live in Cardiff and are fine."
    )
    assert names(ex) == ["Cai Ffugprice", "Elin Ffugprice"]


def test_a_baby_listed_in_months_and_a_row_marked_not_school_age_are_not_referred(read):
    ex = read(
        "Children (DOBs from their ARC cards):\n  1. Musab Ffugim      01/01/2013\n  2. Reem Ffugim       "
        "15/07/2016\n  3. Salma Ffugim      19 months\n\nNone of the children are in school yet."
    )
    assert names(ex) == ["Musab Ffugim", "Reem Ffugim"]
    ex = read(
        "Name | DOB | Last school\nAbdi Ffugame | 03/08/2013 | Ffug High School\nBilal Ffugame | (2 yrs) | not "
        "school age\n\nThe children have not been to school since the eviction."
    )
    assert names(ex) == ["Abdi Ffugame"]


def test_a_year_eleven_meant_to_be_sitting_gcses_is_still_referred(read):
    ex = read(
        "Liam Ffugbrien (DOB 15.09.2010, Year 11) and Shauna Ffugbrien (Year 9) haven't been to school since "
        "October. Liam knows he is meant to be sitting his GCSEs this summer but feels he's too far behind."
    )
    assert names(ex) == ["Liam Ffugbrien", "Shauna Ffugbrien"]


def test_an_older_sibling_attending_a_welsh_named_school_is_not_referred(read):
    ex = read(
        "Re: Tyler Ffug (Y6) and Mia Ffug (Y3) - not attended since May. Older sibling Kai Ffug (Y11) is attending "
        "Ysgol Gyfun Ffug."
    )
    assert names(ex) == ["Tyler Ffug", "Mia Ffug"]


def test_two_unnamed_children_each_with_their_age(read):
    ex = read(
        "I don't want to give my name. The family at 60 Ffug Street have two children, a boy who is 7 and a girl "
        "who is 9, and they are never at school. I don't know their names."
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [(None, 7), (None, 9)]


def test_a_sibling_still_travelling_back_to_the_old_school_is_not_referred(read):
    ex = read(
        "Household: applicant and her three children:\n- Liban Ffugsame, 15\n- Abdi Ffugsame, DOB 09/11/2016\n"
        "- Hodan Ffugsame, 7\n\nLiban is still travelling back to Ffug High School in Cardiff each day on the train. "
        "The two younger ones have not been to school since the move."
    )
    assert names(ex) == ["Abdi Ffugsame", "Hodan Ffugsame"]


def test_siblings_attending_home_educated_already_referred_or_started_are_not_referred(read):
    for said in (
        "His brother Kai Ffug (12) is on roll at Ffug High and attends.",
        "His sister Mia (8) is home educated.",
        "His sister Mia (8) has already been referred to you.",
        "Mia (8) has a place at Ffug Primary and started on Monday.",
        "His sister Mia (8) is registered at Ffug Primary and attending.",
    ):
        ex = read(f"Tyler Ffug (10) has not been in school since May. {said}")
        assert names(ex) == ["Tyler Ffug"], said


def test_a_sixteen_year_old_attending_college_in_a_household_list_is_not_referred(read):
    ex = read("Household: Florentina Ffug (34); Andrei Ffug (16, attending Coleg Ffug, Nantgarw campus); "
              "Alexandru Ffug (8); Bianca Ffug (6). The younger two are not in school.")
    assert names(ex) == ["Alexandru Ffug", "Bianca Ffug"]


def test_a_brother_attending_school_well_elsewhere_is_not_referred_nor_his_school_or_home_hers(read):
    ex = read(
        "At a drop-in Aleksander Ffug (Year 5, Ffugwen Primary) told me his sister has gone to their dad's. "
        "Zofia Ffug (DOB 15.08.2012) moved to her dad's in March. Dad is Marek Ffug, 19 Ffug Road, Ffugdare, "
        "CF44 8AE. Aleksander has stayed with mum at 42 Ffug Street, Cardiff CF11 7JB and is attending school "
        "well.\n\nZofia was a Year 8 pupil at Ffug Bridge High School."
    )
    assert names(ex) == ["Zofia Ffug"]
    child = ex.children[0].to_schema()
    assert child["school"] == "Ffug Bridge High School"
    assert child["address"] == "19 Ffug Road, Ffugdare, CF44 8AE"


def test_a_sibling_in_reception_elsewhere_or_living_with_the_other_parent_is_not_referred(read):
    ex = read("Amira Ffug (9) has not been in school. Her brother Yusuf (5) is in Reception at Ffugwen Primary.")
    assert names(ex) == ["Amira Ffug"]
    ex = read("Amira Ffug (9) has not attended since Easter. Her step-sister Chloe Ffugson (12) lives with her dad in "
              "Bristol.")
    assert names(ex) == ["Amira Ffug"]
    ex = read("Amira Ffug (9) has not been in school. Her brother Yusuf (7) lives with his dad in Cardiff and is not "
              "in school either.")
    assert names(ex) == ["Amira Ffug", "Yusuf"]


def test_siblings_listed_together_who_started_at_a_school_are_not_referred(read):
    ex = read("I'm writing about Omar Ffug, aged 14, who has no school place. Omar's younger siblings, Lina (10) and "
              "Yousef (7), started at Ffugwen Primary in April and are doing really well.")
    assert names(ex) == ["Omar Ffug"]


def test_this_referral_is_for_one_child_only(read):
    ex = read("Brandon Ffug, DOB 09.12.2011, is not on any roll. His younger brother Corey (13) still lives with mum "
              "and is attending Ffugrefail with no issues - this referral is for Brandon only.")
    assert names(ex) == ["Brandon Ffug"]
    ex = read("Brandon Ffug (15) and his brother Corey Ffug (13) are not in school. This referral is for Brandon only.")
    assert names(ex) == ["Brandon Ffug"]


def test_the_referrers_own_children_and_a_partners_children_are_not_referred(read):
    ex = read("My own two, Ffion (9) and Osian (6), are at Ysgol Ffug. My neighbour's boy Jayden Ffug has not been in "
              "school since before the summer. He's 8.")
    assert names(ex) == ["Jayden Ffug"]
    ex = read("Oscar Ffug-Lewis (born 15 August 2016) now lives with his father, Jamie Lewis. Also in the household "
              "are Mr Lewis's partner, Sarah Ffug, and her two children Ruby (11) and Max (6), who both attend Ffug "
              "Primary.")
    assert names(ex) == ["Oscar Ffug-Lewis"]


def test_a_cousin_who_isnt_part_of_this_referral_and_an_organisation_in_the_subject(read):
    ex = read("Tyrese Ffug - DOB 02/04/2012 has no provision. Their cousin Devonte Ffug (16, lives in Cardiff) is "
              "believed to be involved - he attends Ffugwen High and isn't part of this referral.")
    assert names(ex) == ["Tyrese Ffug"]
    ex = read("Mum: Claire Ffug\nAva - 12 - was at Ffugwen School\nNoah - 9 - Ffugwen Primary\n\nBecca\nLloches Refuge "
              "Services", subject="3 children needing school places - Lloches")
    assert names(ex) == ["Ava", "Noah"]


def test_a_pupil_all_fine_and_a_brother_who_mum_says_is_twelve(read):
    ex = read("Sibling of a pupil - Mia Ffug in Y2 (on roll here, all fine with her) has a big brother, Jack, who mum "
              "says is 12 and doesn't go anywhere at the mo.", channel="slack", sender_name="Ms Ffug (Ffugwen Primary)")
    assert names(ex) == ["Jack"]
    assert ex.children[0].to_schema()["age"] == 12
    ex = read("The children are Kayden (9) and Ava-Rose, who we were told is 6.")
    assert [c.to_schema()["age"] for c in ex.children] == [9, 6]


def test_a_listed_child_who_attends_a_school_with_nothing_said_of_absence_is_not_referred(read):
    text = ("Aoife Ffug lives with her two children at Fflat 1, Tŷ Ffug, Bethesda:\n  - Ciarán Ffug (05/09/2012) - "
            "attends Ysgol Dyffryn Ffug{}.\n  - Niamh Ffug (23/06/2014) - Aoife told officers Niamh is home schooled; "
            "we cannot find any record of EHE registration.\n")
    assert names(read(text.format(", a notification was sent to the school"))) == ["Niamh Ffug"]
    assert names(read(text.format(" but has not been in since May"))) == ["Ciarán Ffug", "Niamh Ffug"]


def test_a_sibling_admitted_to_a_school_and_settling_well_is_not_referred_but_one_settling_into_care_is(read):
    ex = read("Their son Ka Ho Ffug (Marcus), Year 9, was admitted to Ffugwen Comprehensive on 11th September and is "
              "settling well. His sister Chloe Ffug, DOB 11/02/2016, should be in Year 5 but has no place.")
    assert names(ex) == ["Chloe Ffug"]
    ex = read("Nia Ffug (DOB 01/02/2016) and Macsen Ffug (DOB 03/04/2018) were placed with us on Friday and neither "
              "is in school. Nia is quite anxious; Macsen is settling well.")
    assert names(ex) == ["Nia Ffug", "Macsen Ffug"]


@pytest.mark.parametrize(
    "said",
    [
        "is now on roll at Ffugwen High",
        "is happily settled at Ffugwen High",
        "was given a place at Ffugwen High straight away",
        "started Ffugwen High last week",
        "has been at Ffugwen High since September with good attendance",
        "was admitted to Ffugwen High in September",
        "is on roll and attending at Ffugwen High",
    ],
)
def test_a_brother_in_school_by_any_of_these_words_is_not_referred(read, said):
    ex = read(f"Chloe Ffug (DOB 11/02/2016) has no school place. Her brother Marcus Ffug (14) {said}.")
    assert names(ex) == ["Chloe Ffug"]
    ex = read(f"Chloe Ffug (DOB 11/02/2016) has no school place. Her brother Marcus Ffug (14) {said} but is off too.")
    assert names(ex) == ["Chloe Ffug", "Marcus Ffug"]


@pytest.mark.parametrize(
    "said",
    [
        "Her brother Marcus (Y9) hasn't missed a day.",
        "Her brother Marcus (Y9) is fine, 98% attendance.",
        "Her brother Marcus (Y9) is still coming to school.",
        "Her brother Marcus (Y9) has full attendance.",
        "Older sib Marcus (Y9) attending ok.",
    ],
)
def test_a_brother_whose_attendance_is_good_is_not_referred(read, said):
    assert names(read(f"Chloe Ffug (Y5) not in since Sept. {said}")) == ["Chloe Ffug"]


@pytest.mark.parametrize(
    "text, referred",
    [
        ("Gwenno Ffug (9) has not been in school since June. Her older brother Idris (13) has been attending Ffug High "
         "School since January and mum says he is happy there.", ["Gwenno Ffug"]),
        ("Morning :wave: Idris Ffug in Y5 is absolutely fine, 96% this year, no concerns at all. But mum said his "
         "little sister Gwenno Ffug isn't in school anywhere since they moved.", ["Gwenno Ffug"]),
        ("Children:\nIdris Ffug, 14 - still on roll at Ffug High School, the school confirm he's attending\n"
         "Gwenno Ffug, d.o.b. 02/03/2017 - not in school since May\n", ["Gwenno Ffug"]),
        ("Dad rang - he is back with the youngest, Idris, who's in Year 1 at Ffug Primary and has gone back in today, "
         "but mum is still abroad with Gwenno Ffug (10) and Cai Ffug (8).", ["Gwenno Ffug", "Cai Ffug"]),
        ("Gwenno Ffug, 12, said she has not been to school since May.\n\n2) Idris Ffug, 13, Gwenno's brother. Idris "
         "said he was off sick, but I phoned Ffug High School and they confirmed he is on roll and was marked absent "
         "this morning.", ["Gwenno Ffug"]),
        ("The Ffug family applied for three children. Cari (Year 5) and Idris (Year 2) were both offered places at "
         "Ffug Primary and started on 10/06/2026. Gwenno (Year 9, DOB 03/11/2012) has not taken up her place at Ffug "
         "High.", ["Gwenno Ffug"]),
        ("The other children are fine:\n- Cari Ffug (15) - Ffug High School, on a reduced timetable agreed by school; "
         "she is attending every morning\n- Idris Ffug (8) - Ffug Primary, attendance 98%\n\nGwenno Ffug (12) has "
         "been out of school since March.", ["Gwenno Ffug"]),
        ("Cari Ffug (Y11) is ours &amp; attending, no issues. Her brothers Idris &amp; Cai Ffug (Y8 twins) have been "
         "home educated since 2024 - registered with the EHE team. But mum says Gwenno Ffug (Y4) has not been "
         "anywhere since Easter.", ["Gwenno Ffug"]),
        ("Family details:\n\n| Name | DOB | Where living | Education |\n|---|---|---|---|\n"
         "| Cai Ffug | 14/06/2019 | Adopted 2021 - no contact | n/a |\n"
         "| Idris Ffug | 04/08/2012 | Grandmother, Neath | Ffug High School - attending |\n"
         "| Cari Ffug | 22/01/2015 | Home | Elective home education - registered with EHE team since 2024 |\n"
         "| Gwenno Ffug | 10/10/2017 | Home | WITHDRAWN from Ffug Primary - no EHE notification |\n", ["Gwenno Ffug"]),
        ("Cai Ffug (Y9) was excluded in July - he's getting tuition through the Tuition Service so I know he's not a "
         "CME. But his little sister Gwenno Ffug has been off since September.", ["Gwenno Ffug"]),
        ("Little sister Cari was only in our Meithrin class so I'm guessing she's not on your list. Gwenno Ffug (Y4) "
         "hasn't been in since May.", ["Gwenno Ffug"]),
        ("Children:\n- Cari (Year 8, previously ours) moved to Spain with her dad; he sent us a letter from her new "
         "school, so she is off roll with a known destination.\n- Gwenno Ffug (Year 4) has not been seen since June.\n",
         ["Gwenno Ffug"]),
        ("Household: Sian Ffug (mother), Idris Ffug (6, Gwenno's half-brother - attends Ysgol Ffug, no concerns raised "
         "by school)\n\nGwenno Ffug (12) has not been in school since March.", ["Gwenno Ffug"]),
        ("- Cari Ffug (10) and Idris Ffug (8): I visited on 20 May and both have suitable education in place. They "
         "are on our EHE register - no action needed.\n- Gwenno Ffug, DOB 01/02/2014, has not been seen.\n",
         ["Gwenno Ffug"]),
        ("Ffug siblings - Idris (Y9) is on a part-time timetable &amp; attending his mornings fine, no issue. His "
         "sister Gwenno Ffug (Y10) has been off since 20 Oct.", ["Gwenno Ffug"]),
        ("NAME | DOB | RELATIONSHIP | EDUCATION\nIdris FFUG   | 11-Dec-2011 | Son | Pupil Referral Unit - attends full "
         "time\nGwenno FFUG | 18-Aug-2016 | Daughter | NONE\n", ["Gwenno Ffug"]),
    ],
)
def test_a_sibling_said_to_be_in_school_in_these_words_is_not_referred(read, text, referred):
    assert names(read(text)) == referred


@pytest.mark.parametrize(
    "text, referred",
    [
        # twins listed together, their age said after the second name
        ("Children:\nGwenno Ffug - DOB 01/02/2016\nTwins Idris and Cari Ffug - 3 years old, nursery from September\n"
         "Gwenno has no school place.", ["Gwenno Ffug"]),
        ("I'm the health visitor for twins Cari and Gethin Ffug (DOB 02/02/2025). The family moved in September.\n\n"
         "Children in the home:\n- Mali Ffug, 9 - not in school since moving\n- Cari and Gethin Ffug, 21 months\n",
         ["Mali Ffug"]),
        ("Two children live there: Gwenno Ffug, age 7, and Cari Ffug, age 4. Gwenno has not been to school since "
         "Easter. Cari isn't in nursery.", ["Gwenno Ffug"]),
        ("I'm the midwife for Gwenno Ffug, DOB 30/11/2011, who gave birth to her son Idris on 1st August 2026. Gwenno "
         "was taken off roll at Ffug High School in January and is not in any education.", ["Gwenno Ffug"]),
        ("Their big brother Idris (16) stayed here with me when they moved. He's in the sixth form at Ysgol Ffug so "
         "he's fine. Gwenno Ffug (10) and Cai Ffug (8) have not started school in Leeds.", ["Gwenno Ffug", "Cai Ffug"]),
    ],
)
def test_a_sibling_not_of_compulsory_school_age_is_not_referred(read, text, referred):
    assert names(read(text)) == referred


@pytest.mark.parametrize(
    "said",
    [
        "is fine at school",
        "has a reduced timetable at Ffug High which he attends",
        "is receiving home tuition from the council's tuition service",
        "is excluded but has tuition arranged",
        "is in hospital school at the moment",
        "is in foster care and attends school",
        "is going to school",
        "still attends Ffug High",
        "returned to school last week",
        "has an EHE plan",
        "is known to the EHE team",
        "is being home schooled and the EHE team are aware",
        "is a Year 8 pupil at Ffug High",
    ],
)
def test_a_brother_in_school_or_taught_elsewhere_is_not_referred(read, said):
    for text in (
        f"Gwenno Ffug (10) has not been in school since May. Her brother Idris Ffug (13) {said}.",
        f"Her brother Idris (13) {said}. Gwenno Ffug (10) has not been in school since May.",
    ):
        assert names(read(text)) == ["Gwenno Ffug"], text


@pytest.mark.parametrize(
    "item", ["goes to Ffug High", "is on roll at Ffug High", "is in Year 8 at Ffug High", "is a pupil at Ffug High"]
)
def test_a_list_item_saying_the_child_is_at_a_school_is_not_referred(read, item):
    ex = read(f"Children:\n- Gwenno Ffug (10) - not in school since May\n- Idris Ffug (13) - {item}\n")
    assert names(ex) == ["Gwenno Ffug"]
    ex = read(f"Children:\n- Gwenno Ffug (10) - not in school since May\n- Idris Ffug (13) - {item}, absent 3 weeks\n")
    assert names(ex) == ["Gwenno Ffug", "Idris Ffug"]


@pytest.mark.parametrize(
    "said",
    [
        "transferred to Ffug High in September but never arrived",
        "is excluded and has no tuition arranged",
        "returned to school last week for one day and has not been back since",
        "still attends Ffug High but only some days and has missed 40 sessions",
        "is a pupil at Ffug High and hasn't been in since May either",
    ],
)
def test_a_brother_whose_schooling_is_taken_back_is_referred(read, said):
    ex = read(f"Gwenno Ffug (10) has not been in school since May. Her brother Idris Ffug (13) {said}.")
    assert names(ex) == ["Gwenno Ffug", "Idris Ffug"]


def test_a_sixteen_year_old_who_dropped_out_of_college_is_referred(read):
    ex = read("Gwenno Ffug (10) has not been in school since May. Idris Ffug (16) has started college in Bridgend.")
    assert names(ex) == ["Gwenno Ffug"]
    ex = read("Gwenno Ffug (10) has not been in school since May. Idris Ffug (16) started college but dropped out.")
    assert names(ex) == ["Gwenno Ffug", "Idris Ffug"]


def test_a_four_year_old_on_our_nursery_roll_missing_with_her_brother_is_referred(read):
    ex = read("Not seen Tomos Ffug (8) and his little sister Cari (4) since half term. Tomos is Y3 with us, Cari is in "
              "our nursery class.")
    assert names(ex) == ["Tomos Ffug", "Cari"]
    ex = read("Not seen Tomos Ffug (8) since half term. His sister Cari Ffug is 4 and mum would like her in a nursery "
              "class.")
    assert names(ex) == ["Tomos Ffug"]


def test_a_baby_whose_table_row_gives_months_is_not_referred(read):
    ex = read(
        "HOUSEHOLD\nName | Role | DOB | Education\nGwenno FFUG | Child | 02/03/2016 | none since May\n"
        "Cari FFUG | Child | (8 months) | at home with mum\n"
    )
    assert names(ex) == ["Gwenno Ffug"]


def test_a_column_table_row_that_attends_a_school_is_not_referred_nor_a_welfare_sentence(read):
    ex = read(
        "HOUSEHOLD\nName                 DOB / age        Notes\nMonika FFUGOVA       41               Mum\n"
        "Nikola FFUGOVA       15.02.2013       NOT IN SCHOOL - mum states no places\n"
        "Tomas FFUG           9                Attends Ffug Community Primary School\n\n"
        "Nikola appeared well cared for and there are no concerns about her welfare at home.\n"
    )
    assert names(ex) == ["Nikola Ffugova"]
    assert ex.children[0].to_schema()["school"] is None


@pytest.mark.parametrize(
    "text, referred",
    [
        ("I have withdrawn my son, Idris Ffug (Year 5, DOB 04/04/2016), from Ysgol Ffug. His sister Safiya (Year 7) "
         "will remain at Ysgol Gyfun Ffug.", ["Idris Ffug"]),
        ("Mason Ffug (Y4) is ours and he's in today. However Lacey Ffug (Y2) is NOT on our roll. Mum said Lacey goes "
         "to school in Llanelli but the EWO there says there's no trace of her.", ["Lacey Ffug"]),
    ],
)
def test_a_sibling_who_stays_or_is_in_today_and_a_claim_with_no_trace(read, text, referred):
    assert names(read(text)) == referred


@pytest.mark.parametrize(
    "said",
    [
        "Her brother Idris Ffug (13) has a place at Ffug High and goes in.",
        "Her brother Idris Ffug (13) is no concern to us.",
        "Mae ei brawd Idris Ffug (13) yn mynychu Ysgol Ffug yn iawn.",
        "Her sister Cari Ffug (4) is not yet of school age.",
    ],
)
def test_a_sibling_in_school_or_not_of_age_said_in_the_next_sentence(read, said):
    assert names(read(f"Gwenno Ffug (10) has not been in school since May. {said}")) == ["Gwenno Ffug"]


def test_too_far_to_take_them_every_day_settles_no_one(read):
    ex = read("Mae Megan Ffug yn 8 oed ac roedd hi yn Ysgol Gynradd Ffug, ond mae hynny'n rhy bell i mi fynd â nhw bob "
              "dydd heb gar. Mae Osian Ffug yn 10 oed.")
    assert names(ex) == ["Megan Ffug", "Osian Ffug"]


def test_a_four_year_old_named_only_as_a_little_brother_is_not_referred(read):
    ex = read("Natalia Ffug (9) has not been in since September. Dad is caring for Natalia and her little brother "
              "Oskar (4) on his own while working nights.")
    assert names(ex) == ["Natalia Ffug"]
    ex = read("Natalia Ffug (9) and her little brother Oskar (4) have not been to school or nursery since September.")
    assert names(ex) == ["Natalia Ffug", "Oskar"]


@pytest.mark.parametrize(
    "said",
    [
        "Her brothers Idris (14) and Cai (12) both attend Ffug High.",
        "Her older sister Cari (16) is doing A levels at Ffug High.",
    ],
)
def test_brothers_who_both_attend_and_a_sister_doing_a_levels_are_not_referred(read, said):
    assert names(read(f"Gwenno Ffug (10) has not been in school since May. {said}")) == ["Gwenno Ffug"]


def test_cousins_still_in_with_us_and_another_foster_child_who_attends(read):
    ex = read(
        "need to flag one of our Y6s - Kacey-Leigh Ffug (DOB 05.03.2014). Hasn't been in since half term. Her cousins "
        "Leo &amp; Freddie Ffug (Y5/Y3) are still in with us.",
        channel="slack",
        sender="U0FFUG0005",
    )
    assert names(ex) == ["Kacey-Leigh Ffug"]
    ex = read(
        "Hello,\n\nYonas FFUGAY (DOB 01/01/2011) is placed with foster carer Mrs Judith Ffug. Mrs Ffug also cares for "
        "another foster child, Ashton (12), who attends Ffug Comprehensive School. Yonas has never attended school "
        "in the UK.\n"
    )
    assert names(ex) == ["Yonas Ffugay"]
    # ... but another foster child who is off too is referred with him.
    ex = read(
        "Hello,\n\nYonas FFUGAY (DOB 01/01/2011) is placed with foster carer Mrs Judith Ffug. Mrs Ffug also cares for "
        "another foster child, Ashton (12), who attends Ffug Comprehensive School but has not been since May.\n"
    )
    assert names(ex) == ["Yonas Ffugay", "Ashton"]


def test_a_truant_taken_back_to_school_and_a_numbered_form_row_marked_attending(read):
    ex = read(
        "Hi,\n\nOn patrol we spoke to Ellis FFUG and his cousin Tayla FFUGWORTH (13). Tayla is on roll at Ffug School; "
        "we took her back to school and the school have dealt with it. Ellis (DOB 03/03/2013) has not been to any "
        "school since the family moved before Christmas.\n"
    )
    assert names(ex) == ["Ellis Ffug"]
    ex = read(
        "SUBJECT CHILDREN\n"
        "1. Name: Bailey FFUG    DOB: 11/10/2011    School: Ysgol Ffug (attending)\n"
        "2. Name: Jamie-Lee FFUG    DOB: 02/06/2015    School: NONE KNOWN\n"
    )
    assert names(ex) == ["Jamie-Lee Ffug"]
    ex = read(
        "SUBJECT CHILDREN\n"
        "1. Name: Bailey FFUG    DOB: 11/10/2011    School: Ysgol Ffug (not attending)\n"
        "2. Name: Jamie-Lee FFUG    DOB: 02/06/2015    School: NONE KNOWN\n"
    )
    assert names(ex) == ["Bailey Ffug", "Jamie-Lee Ffug"]


def test_a_sibling_another_school_will_refer_separately(read):
    ex = read(
        "Y8 pupil Denisa Ffugova (dob 12 Feb 2011) - Mam &amp; Dad took her to Slovakia in February and there has been "
        "no contact since. Younger brother Matej is at Ffug Primary &amp; hasn't been back either - I've told them to "
        "refer him separately.",
        channel="slack",
        sender="U0FFUG0008",
    )
    assert names(ex) == ["Denisa Ffugova"]


def test_a_sixteen_year_old_still_doing_his_exams(read):
    ex = read(
        "Cai Ffug (9) and Lowri Ffug (7) have not been in school since Easter. Their big brother Elis is 16 and still "
        "doing his exams at Ysgol Gyfun Ffug, he stays with me most nights."
    )
    assert names(ex) == ["Cai Ffug", "Lowri Ffug"]


def test_a_truant_returned_to_school_in_the_next_sentence(read):
    ex = read(
        "I spoke to two boys in the bus station.\nRiley Ffug (13) of 40 Stryd Ffug, Aberdare, CF44 7LQ said he was on "
        "a study day. I contacted Ysgol Gyfun Ffug who confirmed he should have been in school and he was returned "
        "there.\nKayden Ffug (12) said he isn't at any school because he moved up from Swansea in the summer."
    )
    assert names(ex) == ["Kayden Ffug"]


def test_an_older_sibling_admitted_to_a_school_and_a_household_list(read):
    ex = read(
        "We have confirmed that an older sibling, Sagal (Year 10), has been admitted to a secondary school in your "
        "area. However there is no record of the younger two being registered anywhere.\n"
        "Pupil 1: Ayaan Mohamed FFUGAH   DOB: 09-01-2017\nPupil 2: Hamza Mohamed FFUGAH   DOB: 21-06-2020\n"
        "Parent/Carer: Fadumo Ffug Ali (mother)"
    )
    assert names(ex) == ["Ayaan Mohamed Ffugah", "Hamza Mohamed Ffugah"]
    ex = read(
        "We moved the family into Flat 1, 77 Ffug Road, Caerphilly, CF83 3AS. Household is mum Rania Ffug-Khatib, "
        "Yousef (DOB 15/01/2016) and Lana (DOB 04/07/2019)."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Rania Ffug-Khatib", "relationship": "mother"}


def test_children_referred_and_not_in_five_more_ways(read):
    # her partner and her two children: hers, both referred
    ex = read(
        "The tenant, Ms Siobhan Ffugagh, has abandoned the property. Ms Ffugagh lived there with her partner Michael "
        "Ffugors and her two children, Ciara Ffugagh (11) and Sean Ffugagh (7). Nobody has an address."
    )
    assert names(ex) == ["Ciara Ffugagh", "Sean Ffugagh"]
    # "their names were", and "would be 9"
    ex = read("They told me their names were Amelia and Harvey Ffugkes and that they don't go to school here.")
    assert names(ex) == ["Amelia Ffugkes", "Harvey Ffugkes"]
    ex = read("I think they're called Jayden and Kai, Jayden is about 12 and Kai would be 9 I think. Never at school.")
    assert [(c.name.value, c.age.value) for c in ex.children] == [("Jayden", 12), ("Kai", 9)]
    # a year of birth that makes a toddler
    ex = read(
        "Children:\nDenis Ffug - born 14.5.2012 - was Year 9 at Ffug Community School\n"
        "Adam Ffug - born 2024 - at home with mum\n"
    )
    assert names(ex) == ["Denis Ffug"]
    # not part of this request
    ex = read(
        "I am the social worker for Mia-Rose Ffug (date of birth 14th August 2017), who needs a school place. "
        "Mia-Rose's brother, Jayden Ffug (14), is placed with foster carers in Neath and is attending school there, so "
        "he is not part of this request."
    )
    assert names(ex) == ["Mia-Rose Ffug"]


def test_the_attendance_and_well_being_service_is_no_child(read):
    ex = read(
        "Hi Gareth,\n\nJac came off our roll following the governors' decision on the PEx in July and his details went "
        "to the LA at the time. I'd suggest you contact the Attendance and Well Being Service at the council directly."
        "\n\nKind regards\nMrs H. Ffug\nSchool Office, Ffug High School"
    )
    assert "Well Being" not in names(ex)


def test_an_older_sibling_at_another_school_the_writer_is_unsure_about(read):
    ex = read(
        "Hi both, letter in from dad today deregistering Harleen Ffowc (5P, DOB 09/12/2016) for EHE from Monday. Dad "
        "= Mr Jaswinder Ffowc.\nShe has an older brother Arjun in Y8 at Ffug High - no idea if he's being taken out "
        "too.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Harleen Ffowc"]
    ex = read(
        "Lacey Ffowc, dob 30/9/2018. Not been in since 12th Sept. Lacey has an older bro Jordan (Y10 at Ffug "
        "Community School) - is he still with you?",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Lacey Ffowc"]


def test_a_boy_whose_school_the_officer_confirmed_and_a_baby_in_words(read):
    ex = read(
        "Hi,\n\nToday I spoke to two boys in the market. One, Bartek Ffowc, told me he attends Ysgol Ffug and was on "
        "his way back from a dental appointment; I confirmed this with the school.\n\nThe second boy gave his name "
        "as Dawid FFUGAK, aged 12. He has not been to school in Wales.\n"
    )
    assert names(ex) == ["Dawid Ffugak"]
    ex = read(
        "I am writing as the Health Visitor for Kelechi Ffowc, who is five months old. The two middle children are "
        "not in school:\n\nTobenna Ffowc - date of birth 04/04/2014.\n\nAdaeze Ffowc - date of birth 20 Oct 2018.\n"
    )
    assert names(ex) == ["Tobenna Ffowc", "Adaeze Ffowc"]


def test_siblings_back_in_class_still_going_to_a_school_or_referred_separately(read):
    ex = read(
        "Rania Ffowc (Y4) has been off 7 weeks now. Brother Bilal (Yr 6) came back on the 14th with an uncle and is "
        "in class, says Rania's staying with Mum in Mirpur 'for a bit'.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Rania Ffowc"]
    ex = read(
        "Denisa (Y5) and Marius (Y3) Ffowc have not been in since half term. Their older brother Ionuț (Yr 10) is "
        "staying with an uncle &amp; still going to Ffug Community School so might be worth asking him.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Denisa Ffowc", "Marius Ffowc"]
    ex = read(
        "Tyler-James Ffowc (DOB 02/02/2011) was recovered from a property in Swansea after being missing for four "
        "days, together with another young person, Reece Ffugdunn (16), who is a college student and has been "
        "referred separately.\n"
    )
    assert names(ex) == ["Tyler-James Ffowc"]


def test_a_list_item_started_at_a_school_and_a_sibling_fine_in_a_sentence_of_its_own(read):
    ex = read(
        "There are three children:\n\n- Omar, DOB 14.01.2016 - no school place\n- Lana, DOB 30.06.2018 - started at "
        "Ffug Primary on 15th September\n- Yousef, DOB 11.11.2019 - no school place\n"
    )
    assert names(ex) == ["Omar", "Yousef"]
    ex = read(
        "New admissions Lucas Ffowc (Y8) &amp; Sofia Ffowc (Y10, DOB 14/03/2012) were both booked to start Mon. "
        "Sofia hasn't arrived - Lucas says she's still at Dad's in Swindon, no idea when she's back. Can we refer "
        "Sofia? Lucas is fine.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Sofia Ffowc"]
    # "when he's back" says nothing settled of the boy away
    ex = read(
        "Tiago Ffowc (Y3) went to Portugal with Dad mid-Sept. His sister Inês (Y6) came back with an aunt last week "
        "and is in school, she says Tiago is staying with Avô for a bit but doesn't know when he's back.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Tiago Ffowc"]


def test_welsh_a_man_called_and_a_little_sister_of_four_and_a_claimed_dob(read):
    ex = read(
        "Nid yw Gethin Ffowc (Bl 8) wedi bod yn yr ysgol ers mis Medi. Mae cymdogion yn dweud bod Kelly wedi mynd "
        "efo'i chariad newydd, dyn o'r enw Darren, ond does neb yn gwybod i lle.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Gethin Ffowc"]
    ex = read(
        "Mae rhieni Elis Ffowc (Bl 5) wedi gwahanu ac mae Elis a'i chwaer fach Non (4 oed) bellach yn byw gyda'u "
        "Tad-cu ar ei fferm. Nid yw Elis wedi bod yn yr ysgol ers hynny.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert names(ex) == ["Elis Ffowc"]
    ex = read("Name: Dawit Ffowc\nClaimed DOB: 01/01/2011 (age assessment pending)\nNo school place yet.\n")
    assert names(ex) == ["Dawit Ffowc"]


def test_a_friend_who_passed_on_messages_is_not_referred(read):
    ex = read(
        "Seren Ffowc (Y9, DOB 15/12/2012) is refusing to come to school. Seren told her friend Lowri (screenshots "
        "forwarded below) that her stepdad hits her. Lowri in 8W came to me at lunch with the screenshots.\n"
    )
    assert names(ex) == ["Seren Ffowc"]


def test_a_sixteen_year_old_who_has_finished_school_is_not_referred(read):
    ex = read("Mam is Kath Ffug.\nChildren:\n- Bridget, 16 - finished school, not seeking a place\n- Patrick, 11\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Patrick"]


def test_a_sibling_still_getting_to_a_school_is_not_referred(read):
    ex = read("Kai (11) and Mia (8) were at Ffug CP School but haven't been in since the move. The eldest, Lacey-Rose "
              "(13), is still getting to Ffugfordd High on the school bus.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Kai", "Mia"]


def test_what_is_said_after_a_child_and_her_brother_is_said_of_both(read):
    ex = read(
        "Poppy Ffowc (Y3) and her brother George Ffowc (Y6) started with us at Ysgol Ffug on 7/9. Mum rang to say "
        "they are going back up north.",
        channel="slack",
    )
    assert names(ex) == ["Poppy Ffowc", "George Ffowc"]


def test_a_welsh_sister_of_the_child_who_goes_on_attending(read):
    # "Mae chwaer Dafydd, Alaw, yn parhau i fynychu'r ysgol": Dafydd's sister Alaw goes on attending
    ex = read(
        "Daeth Mr Emyr Ffug i'r ysgol i ddweud ei fod yn tynnu ei fab, Dafydd Ffug (Blwyddyn 9, dyddiad geni 9 Mawrth "
        "2012), oddi ar gofrestr yr ysgol.\n\nMae chwaer Dafydd, Alaw (Blwyddyn 7), yn parhau i fynychu'r ysgol yn "
        "rheolaidd."
    )
    assert names(ex) == ["Dafydd Ffug"]


def test_a_sibling_already_going_to_a_school_started_in_a_month_or_in_the_nursery_there(read):
    ex = read(
        "Household:\n- Ms Shannon Ffug (mum)\n- Kayden Ffug, 14 - mum says he is already going to Ffug School on the "
        "bus, his aunt sorted it last week\n- Tia-Rose Ffug, d.o.b. 03.03.2016\n"
    )
    assert names(ex) == ["Tia-Rose Ffug"]
    ex = read(
        "We are home educating our son, Rufus Ffug (born 2nd Feb 2015). Our daughter Poppy (15) has chosen to go to "
        "school and started at Ffug High School in September."
    )
    assert names(ex) == ["Rufus Ffug"]
    ex = read(
        "Skye Ffug (9) has not been in since May. Skye's brother Ryan (10) goes to Ffug Primary and her sister Poppy "
        "(4) is in the nursery class there."
    )
    assert names(ex) == ["Skye Ffug"]


def test_a_four_year_old_at_the_cylch_meithrin_after_a_dob_abbreviation(read):
    ex = read(
        "Mr Florin Ffug is a lone parent with three children:\n- Ana-Maria Ffug, d.o.b. 19/01/2016\n"
        "- Gabriel Ffug, d.o.b. 07/07/2018\n- Ioana Ffug, d.o.b. 03/03/2022 (attends the cylch meithrin 3 mornings)\n"
        "Ana-Maria and Gabriel have not attended anywhere since."
    )
    assert names(ex) == ["Ana-Maria Ffug", "Gabriel Ffug"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Florin Ffug", "relationship": "father"}


def test_a_boy_found_on_a_sweep_and_returned_to_school(read):
    ex = read(
        "We spoke with two boys on the seafront.\n\nThe first, Kyle Ffug (13), is a pupil at Ysgol Bae Ffug and was "
        "returned to school - the school have been informed.\n\nThe second boy, Chidi Ffug, gave his date of birth "
        "as 02/05/2014 and has never been to school here."
    )
    assert names(ex) == ["Chidi Ffug"]


def test_a_sister_referred_separately_when_this_one_is_just_for_her_sibling(read):
    ex = read(
        "Amelia-Rose Ffug, Y1, dob 6/6/21. Last attended 20th Nov. Mum posted that they've moved to Cornwall.\n"
        "Her big sister Ruby (Y6 here) has gone too - <@U05CDX81MNQ> is doing Ruby's referral separately so this "
        "one is just for Amelia-Rose. ty",
        channel="slack",
    )
    assert names(ex) == ["Amelia-Rose Ffug"]


def test_a_sister_said_after_a_child_and_the_sibling_in_school_or_too_young(read):
    ex = read(
        "There's a boy called Bailey who told me he's 9 and his sister Lacey who is older. I have never once seen "
        "them go to school."
    )
    assert names(ex) == ["Bailey", "Lacey"]
    ex = read("Bailey Ffug (9) and his sister Lacey have not been in school since Easter.")
    assert names(ex) == ["Bailey Ffug", "Lacey"]
    ex = read(
        "We are referring Lacey Ffug (DOB 30/07/2020) to you as a child missing education. Her brother Riley Ffug "
        "(DOB 11/03/2022) is below school age and is being traced via Health."
    )
    assert names(ex) == ["Lacey Ffug"]
    ex = read(
        "Children:\nAoife Ffug, 12 (dob 01/05/2014)\nGrace Ffug, 4 (dob 30/03/2022) - was in nursery\n\n"
        "Aoife hasn't attended since the eviction. Grace isn't statutory school age so mum is not worried about her."
    )
    assert names(ex) == ["Aoife Ffug"]


def test_a_sibling_who_has_started_returned_or_is_still_with_us(read):
    ex = read(
        "Ms Ffug and her three children moved here in July. The eldest, Oliwia (15), has started at Ffugafod School. "
        "The two younger children have not been registered with any school.\n\nKacper FFUG   DOB 14/02/2017\n"
        "Zofia FFUG    DOB 30/09/2019"
    )
    assert names(ex) == ["Kacper Ffug", "Zofia Ffug"]
    ex = read(
        "I'm writing about Mehwish Ffug (Year 11), date of birth 15 March 2011. Her younger brother Hamza (Year 8) "
        "returned to school on 6 November but Mehwish has not."
    )
    assert names(ex) == ["Mehwish Ffug"]
    ex = read(
        "Gruff Ffug (Bl 4) & Begw Ffug (Bl 1) have gone to live in Chester with their Dad.\nTheir big brother Osian "
        "(Bl 6) is staying with Nain so he's still with us here at Ysgol Ffug.",
        channel="slack",
    )
    assert names(ex) == ["Gruff Ffug", "Begw Ffug"]
    ex = read(
        "Children:\nShannon Ffug    DOB 21/08/2010\nTyler Ffug    DOB 06/05/2016\n\nTyler has not been to school "
        "since. Shannon is in Year 11 and her nan drives her in each day so she isn't missing any school."
    )
    assert names(ex) == ["Tyler Ffug"]


def test_the_term_starting_does_not_settle_the_child(read):
    ex = read(
        "Ethan Ffug (DOB 29/06/2015) lives with his mum. His younger sister Macy (6) is attending Ffug Primary well "
        "and is not a concern.\n\nEthan Ffug was allocated a place with us for Year 7 and is on our roll, but he "
        "has not attended a single day since term started on 4th September."
    )
    assert names(ex) == ["Ethan Ffug"]


def test_a_sister_joined_on_with_her_toddler_age(read):
    ex = read(
        "Evie Ffug, DOB 01/07/2021, and her sister Seren (aged 3) have been living with their Mam-gu, Mrs Carol "
        "Ffug, since their mum was admitted to hospital. Evie hasn't been to school since the move."
    )
    assert names(ex) == ["Evie Ffug"]
    assert ex.children[0].to_schema()["carer"] == {"name": "Carol Ffug", "relationship": "grandmother"}


def test_younger_children_too_young_or_the_older_two_or_a_sibling_who_attends(read):
    ex = read(
        "Children:\n1. Omar Ffug - 15/3/2015\n2. Rama Ffug - 8th August 2018\n3. Lina Ffug - 2023 (too young for "
        "school, comes to our creche)\n\nOmar and Rama have not been in school since arriving."
    )
    assert names(ex) == ["Omar Ffug", "Rama Ffug"]
    ex = read(
        "Family members:\n- Musa Ffug, DOB 01.01.2014\n- Hawa Ffug, DOB 01.01.2016\n- Idris Ffug, DOB 14.10.2021\n\n"
        "Mrs Ffug has asked for help to get the older two into school."
    )
    assert names(ex) == ["Musa Ffug", "Hawa Ffug"]
    ex = read(
        "Children:\n1. Mursal Ffug - girl - date of birth 01.01.2014\n2. Farid Ffug - boy - date of birth "
        "15.03.2017\n3. Sana Ffug - girl - aged 3\n\nMursal and Farid have never been to school here."
    )
    assert names(ex) == ["Mursal Ffug", "Farid Ffug"]
    ex = read(
        "Cerys Ffug\nDOB 05.01.2013\nMother: Donna Ffug (Cerys lives with Mum and her younger brother Mason, 8, who "
        "attends Ffug Primary)\nSchool: Ffug High (Mum deregistered her in June)"
    )
    assert names(ex) == ["Cerys Ffug"]
    ex = read(
        "His older sister Sofia (14) starts at Ffug High next week, so that one seems to be sorted - it is just "
        "Lucas Ffug (DOB 1 December 2019) who doesn't have a place."
    )
    assert names(ex) == ["Lucas Ffug"]
    ex = read(
        "There are three children:\n * Patrick, 13 - still on roll at Ysgol Ffug, he'll be going in from "
        "tomorrow.\n * Johnny, 10\n * Margaret, 8\n\nPlease open CME cases for Johnny and Margaret."
    )
    assert names(ex) == ["Johnny", "Margaret"]
    ex = read("Hodan Ffug, DOB 11/04/2020, is not on roll anywhere. There is also a 3 year old, Abdirahman, at home.")
    assert names(ex) == ["Hodan Ffug"]


def test_a_child_a_parent_thought_too_young_and_a_brother_referred_with_her(read):
    ex = read(
        "I learned that his younger sister Hodan Ffug, DOB 11/04/2021, is not on roll at any school. Mum thought "
        "Hodan was too young to start school."
    )
    assert names(ex) == ["Hodan Ffug"]
    ex = read(
        "I am writing to make a CME referral in respect of Amani Ffug (DOB 9th October 2017), who is on roll here, "
        "and her older brother Yusuf Ffug, who attends Ffug Community School. Neither child has returned."
    )
    assert names(ex) == ["Amani Ffug", "Yusuf Ffug"]


def test_a_brother_or_sister_said_to_be_at_school_in_other_words(read):
    ex = read(
        "Reception child Nia Ffug, dob 3/3/2021, has never come in. We're worried as her older brother (Ali, Yr 2) "
        "is on our roll too & his attendance has dropped.",
        channel="slack",
    )
    assert names(ex) == ["Nia Ffug"]
    ex = read("Referring Cai Ffug (Y10). Her brother Bilal (Year 7) has been attending as normal since half term.")
    assert names(ex) == ["Cai Ffug"]
    ex = read(
        "Referring Mason & Ivy Ffug. Their big sister Tegan (Yr 9) is staying with her Nan & still attending Ffug "
        "High so they might know more."
    )
    assert names(ex) == ["Mason Ffug", "Ivy Ffug"]
    ex = read(
        "Household:\nAndrei Ffug - dob 04/09/2014\nIoana Ffug - dob 21/03/2018\nSofia Ffug - dob 15/08/2019\n\nSofia "
        "has been staying with her aunt so she can carry on at Ysgol Ffug, and she is still going to school every "
        "day. I do not know about Andrei or Ioana."
    )
    assert names(ex) == ["Andrei Ffug", "Ioana Ffug"]
    ex = read("Children:\n- Rodrigo Ffug, 12\n- Their older brother Duarte (14) is already attending Ysgol Ffug.")
    assert names(ex) == ["Rodrigo Ffug"]
    ex = read(
        "Children:\nChidi Ffug - DOB 5/6/2014 - was at Ffug High School\n\nTheir eldest, Emeka (15), has chosen to "
        "stay with his father and remains at Ffug High."
    )
    assert names(ex) == ["Chidi Ffug"]


def test_a_welsh_little_brother_already_started_at_a_school(read):
    ex = read(
        "Ynglŷn ag Elis Ffug (dyddiad geni: 3 Mawrth 2016).\n\nMae brawd bach Elis, Gwion (6 oed), eisoes wedi "
        "dechrau yn Ysgol Ffug."
    )
    assert names(ex) == ["Elis Ffug"]


def test_a_welsh_year_group_does_not_end_the_sentence(read):
    ex = read(
        "Blwyddyn 7 starter who hasn't arrived - Mabli Ffug, DOB 26/06/2015. Big sister Elan (Bl. 10) is in every "
        "day no problem.",
        channel="slack",
    )
    assert names(ex) == ["Mabli Ffug"]


def test_more_brothers_and_sisters_in_school(read):
    ex = read(
        "Ayesha Ffug (Y10) travelled with her father on 12/11. Mum and younger brother Bilal (Year 8, attending "
        "normally) are still at home."
    )
    assert names(ex) == ["Ayesha Ffug"]
    ex = read(
        "Ayesha Ffug (DOB 01/02/2012) travelled to Pakistan. Dad and younger brother Zain (8, attending Ffug Primary) "
        "remain at the home address."
    )
    assert names(ex) == ["Ayesha Ffug"]
    ex = read(
        "Ms Ffug has three children with her:\nKai Ffug - 03.01.2012\nRuby Ffug - 22.06.2015\nAlfie Ffug - 09.10.2019"
        "\n\nAlfie was offered a place at Ffug Primary and has been attending since 7 September."
    )
    assert names(ex) == ["Kai Ffug", "Ruby Ffug"]
    ex = read(
        "Rumana Ffug (Y10) has not come back from Bangladesh. Younger brother Arif (Y8) is back & in school.",
        channel="slack",
    )
    assert names(ex) == ["Rumana Ffug"]
    ex = read(
        "Our new Yr 10 boy Omar Ffug (started w/ us 2 wks ago) says his brother Yousef Ffug (12) and sister Lina "
        "Ffug (9) have no school place.",
        channel="slack",
    )
    assert names(ex) == ["Yousef Ffug", "Lina Ffug"]


def test_a_sibling_another_school_refers_or_who_is_back_with_us_is_not_referred(read):
    ex = read(
        "Sioned Ffug (Y8, DOB 02/03/2013) has not been back since half term. Her brother Gethin (Y4) at Ffug "
        "Primary has not returned either - Ffug Primary referring separately."
    )
    assert names(ex) == ["Sioned Ffug"]
    ex = read(
        "Carys Ffug left us on 17 July, DOB 17/08/2012. Her younger brother Idris also left Ysgol Ffug in July - "
        "Ysgol Ffug are sending you their own referral for him."
    )
    assert names(ex) == ["Carys Ffug"]
    ex = read(
        "- Levi Ffug Y6 dob 04/05/2015\n- Shayla Ffug Y4 dob 22/11/2016\nWinter base is Pitch 7, Ffug Site. Their "
        "cousin Jimmy (Y5) is back with us so the family know term has started.",
        channel="slack",
    )
    assert names(ex) == ["Levi Ffug", "Shayla Ffug"]


def test_a_younger_one_who_was_in_our_nursery_is_not_referred(read):
    ex = read(
        "Alfie Ffug (Y4, dob 15/01/2017) & Poppy Ffug (Y2, dob 03/11/2018) haven't been in since half term. Their "
        "little sister Lola was in our nursery, also gone. Mum = Danielle Ffug.",
        channel="slack",
    )
    assert names(ex) == ["Alfie Ffug", "Poppy Ffug"]


def test_another_adults_own_children_listed_with_ages_who_attend_are_not_referred(read):
    ex = read(
        "Precious Ffug (DOB 05/02/2013) is living with a family friend, Mrs Funmi Ffugdipo, and is not registered "
        "at any school. Mrs Ffugdipo's own children (Tolu, 10, and David, 8) attend Ysgol Ffug."
    )
    assert names(ex) == ["Precious Ffug"]


def test_a_sibling_said_by_a_parent_to_go_to_a_school_is_not_referred(read):
    ex = read(
        "I spoke with a boy out during school hours: Ryan Ffug, DOB 30/07/2013. I took him home and spoke to his "
        "father, who said the family moved here in the spring. He mentioned that Ryan's younger sister Kathleen (8) "
        "goes to Ffugferry CP School."
    )
    assert names(ex) == ["Ryan Ffug"]


def test_a_welsh_sibling_who_attends_well_is_not_referred(read):
    ex = read(
        "Atgyfeiriad: Ifan Ffug, Blwyddyn 10\nDyddiad geni: 30.09.2011\n\nNid yw Ifan wedi bod yn yr ysgol ers 12 "
        "Hydref. Mae'r tad yn magu Ifan a'i chwaer fach, Lleucu (Bl 6, Ysgol Gynradd Ffug), ar ei ben ei hun. Mae "
        "Lleucu yn mynychu'n dda."
    )
    assert names(ex) == ["Ifan Ffug"]


def test_a_sibling_referred_separately_but_flagged_to_link_is_referred_here_too(read):
    ex = read(
        "4 x CME referrals from one family - all off since 06/01.\nChidi Ffug, DOB 03/09/2014\n"
        "Adaeze Ffug, DOB 21/04/2016\n\nBig sister Ngozi Ffug (DOB 15/07/2012) is off too - Ffug High are referring "
        "her separately but flagging so you can link.",
        channel="slack",
    )
    assert names(ex) == ["Chidi Ffug", "Adaeze Ffug", "Ngozi Ffug"]


def test_a_sibling_who_is_starting_at_a_school_on_monday_is_not_referred(read):
    ex = read(
        "mum came into our office this morning - just moved to 9 Maes Ffug, Llangefni LL77 7AA. 3 kids: Jayden (10) "
        "is starting at Ysgol y Ffug on Monday as they had a space, but the younger two - Evie (8) and Mason (6) - "
        "haven't been in any school since they moved.",
        channel="slack",
    )
    assert names(ex) == ["Evie", "Mason"]


def test_a_child_who_never_started_at_a_school_in_september_is_not_settled(read):
    ex = read(
        "I've just found out that Sam's eldest, Ellie-Mai Ffug (d.o.b 29.07.2014), never started at Eastern Ffug "
        "High in September. Her younger brother Archie goes to Bryn Ffug Primary and his attendance is fine."
    )
    assert names(ex) == ["Ellie-Mai Ffug"]


def test_a_pupil_in_my_class_whose_little_brother_stays_home_is_not_referred(read):
    ex = read(
        "Hi all, prob nothing but... Maisie Ffug's mum (Maisie's in my Y3 class) mentioned at pick up that Maisie's "
        'little brother Alfie "stays home with me" - he turned 5 in the summer and I don\'t think he\'s on roll '
        "anywhere??",
        channel="slack",
    )
    assert names(ex) == ["Alfie"]


def test_siblings_who_started_at_a_ysgol_started_back_or_are_of_nursery_age_are_not_referred(read):
    ex = read(
        "The eldest, Poppy (14), has started at Ysgol Gyfun Ffug. Mrs Ffug applied for Ffug Primary for the younger "
        "two, but was told it is full:\n\n  Isla Ffug     DOB 10/10/2016\n  Harvey Ffug   DOB 02/03/2019\n"
    )
    assert names(ex) == ["Isla Ffug", "Harvey Ffug"]
    ex = read(
        "Samira Ffug (Year 10, DOB 22/05/2011) travelled to Pakistan with her family on 10 July. Her brother Bilal "
        "(Year 8) returned and started back in September, but Samira did not."
    )
    assert names(ex) == ["Samira Ffug"]
    ex = read("Children:\n- Rama Ffug, DOB 1/3/2014\n- Omar Ffug, DOB 20/12/2017\n- Layan Ffug, 4 (nursery age)\n")
    assert names(ex) == ["Rama Ffug", "Omar Ffug"]


def test_a_child_who_should_have_started_at_a_ysgol_is_not_settled(read):
    ex = read(
        "I am writing about my grandchildren Gruffydd and Megan Ffug who live with their father. The children told me "
        "they had not been to school for ages. Gruffydd is 12 in January and should have started at Ysgol Bro Ffug in "
        "September - I don't think he has ever been. Megan is 8."
    )
    assert names(ex) == ["Gruffydd Ffug", "Megan Ffug"]


def test_a_sibling_another_school_will_report_or_not_counted_or_not_one_of_mine_is_not_referred(read):
    ex = read(
        "Aryan Ffugman Y5 (dob 03.05.2017) flew to Dhaka with the family in November and is still not back.\n\n"
        "His older sister Husna is Y9 at Ffug High and isn't back either, but that's their end to report.",
        channel="slack",
    )
    assert names(ex) == ["Aryan Ffugman"]
    ex = read(
        "Kids are Paddy Ffug (Y3, 7) and Briony Ffug (Y1, 5). Their little brother Mikey is only in our nursery so not "
        "counting him.",
        channel="slack",
    )
    assert names(ex) == ["Paddy Ffug", "Briony Ffug"]
    ex = read(
        "I'm the youth justice worker for Kieran Ffug, DOB 2 Aug 2012. He was excluded in June and is on no roll. He "
        "was arrested with another lad (Jordan Ffugson, 16 - not one of mine) last month."
    )
    assert names(ex) == ["Kieran Ffug"]


def test_a_four_year_old_who_is_not_a_worry_yet_is_not_referred(read):
    ex = read(
        "Two new starters from 1st Sept - Nabin Ffug (Y4, DOB 6 Jan 2018) and his sister Asha (Reception). Neither "
        "has come in. Asha is only 4 so not a worry yet, but Nabin should be here.",
        channel="slack",
    )
    assert names(ex) == ["Nabin Ffug"]


def test_a_sibling_who_is_with_us_is_not_referred_and_one_who_never_started_with_us_is(read):
    ex = read(
        "Flagging one for you - Halima Ffug (Y4) is with us, but her little brother *Yusuf Ffug* turned 5 in June "
        "(DOB 14.06.21) and isn't in any school.",
        channel="slack",
    )
    assert names(ex) == ["Yusuf Ffug"]
    ex = read(
        "Name: Kwame Ffug\nDOB: 02-03-2014\n\nKwame never started with us so he is not on our roll. His younger "
        "sister Esi started at Ffug Park Primary on 7th September and she is attending every day."
    )
    assert names(ex) == ["Kwame Ffug"]


def test_a_child_the_writer_hopes_will_be_in_school_is_not_settled(read):
    ex = read(
        "We received the health records for Omar Ffugah on his move from Cardiff.\n\nName: Omar Ffugah\nDOB: "
        "01-12-2014\n\nOmar's younger brother Bilal, who is 7, is not in school either. The sooner Omar is in school "
        "the sooner his care plan can start."
    )
    assert names(ex) == ["Omar Ffugah", "Bilal"]


def test_a_sibling_back_at_school_or_still_going_most_days_is_not_referred(read):
    ex = read(
        "Flagging a Yr 9 who hasn't come back after summer - Oliwia Ffugak, DOB 17/05/2013. Younger brother Kacper is "
        "back at Ysgol Ffug apparently, came home with his dad last week.",
        channel="slack",
    )
    assert names(ex) == ["Oliwia Ffugak"]
    ex = read(
        "Tinashe Ffug (12, Year 8 at Ffug High School) cares for his mum and has missed most of this half term. He "
        "also helps with his sister Chipo (6), who is still going to school most days as a family friend takes her."
    )
    assert names(ex) == ["Tinashe Ffug"]


def test_a_child_included_anyway_one_who_would_go_to_school_there_and_a_pair_whose_brother_is_settled(read):
    ex = read(
        "Tiago Ffug Silva - Year 6 - DOB 22/03/2016\nBeatriz Ffug Silva - Reception - DOB 01/05/2022\n\nI know "
        "Beatriz is not yet of compulsory school age but I have included her so that both children are tracked."
    )
    assert names(ex) == ["Tiago Ffug Silva", "Beatriz Ffug Silva"]
    ex = read(
        "Child's name: Gwenllian Haf Ffug\nDOB: 17/10/2013\n\nGwenllian did not return in September. Her mother said "
        "they had moved and that Gwenllian would go to school there. Older brother Dylan (16) has left school and is "
        "at Coleg Ffug."
    )
    assert names(ex) == ["Gwenllian Haf Ffug"]
    ex = read(
        "Children:\nLily-Rose Ffug   DOB 18.06.2015   Was due to start Ffug Academy in September but only attended 3 "
        "days.\nJaxon Ffug       DOB 01.04.2020   Ffug Primary School (Year 2)\n\nLily-Rose and Jaxon's older brother "
        "Kyle (17) is also with us - he has enrolled at Coleg Gwent and is attending."
    )
    assert names(ex) == ["Lily-Rose Ffug", "Jaxon Ffug"]


def test_a_brother_in_a_year_group_with_us_is_not_referred(read):
    text = "Mum of *Lowri Ffug* (Bl 4) is withdrawing her to home educate from today. Lowri's brother Iolo is in Bl 1 "
    ex = read(text + "with us and mum says he's staying :woman-shrugging:", channel="slack", sender_name="Rhian Ffug")
    assert [c.name.value for c in ex.children] == ["Lowri Ffug"]
    ex = read(text + "with us but hasn't been in since Friday either.", channel="slack", sender_name="Rhian Ffug")
    assert [c.name.value for c in ex.children] == ["Lowri Ffug", "Iolo"]


def test_a_brother_with_us_who_is_back_and_a_sister_who_attends_though_we_do_not_know_if_she_is_leaving(read):
    ex = read(
        "quick one - Tahmid Ffug (Yr 8 with us, DOB 26/01/2014) still not back from Bangladesh. Brother Farhan in "
        "Yr 11 with us IS back (came home early with an uncle).",
        channel="slack",
        sender_name="Gruff Ffug (St Ffug's School)",
    )
    assert [c.name.value for c in ex.children] == ["Tahmid Ffug"]
    ex = read(
        "Pupil name: Rhys Ffug\nDate of birth: 12/12/2013\nAddress: 17 Heol Ffug, Blackwood, NP12 3UX\n\nMam is "
        "withdrawing Rhys as the family are moving to Scotland.\n\nRhys's younger sister, Mali Ffug, attends Ysgol "
        "Gymraeg Ffug - we have let them know but do not know whether Mali is also leaving."
    )
    assert [c.name.value for c in ex.children] == ["Rhys Ffug"]


def test_a_brother_in_with_us_every_day_is_not_referred(read):
    ex = read(
        "can I check something re: Hamza Ffug (Y3, he's 7). Older brother Yusuf (Y6) is in with us at Ffugmanuel every "
        "day but Hamza hasn't been in since half term.",
        channel="slack",
        sender_name="Mrs Farzana Ffug (Ysgol Ffugmanuel)",
    )
    assert [c.name.value for c in ex.children] == ["Hamza Ffug"]


def test_a_big_sister_who_is_in_is_not_referred(read):
    ex = read(
        "Y7 non-arrival - Amir Ffug, DOB 03/01/2015. He's on roll here but hasn't set foot in the building since term "
        "started. His big sister Sagal (Y9) IS in &amp; says they're moving to Birmingham soon.",
        channel="slack",
        sender_name="Owain Ffug - HoY7 (Treffug Comp)",
    )
    assert [c.name.value for c in ex.children] == ["Amir Ffug"]


def test_brothers_who_came_back_and_are_in_school_are_not_referred(read):
    ex = read(
        "Y10 girl not back from Pakistan - need advice urgently pls\nSaima Ffug, DOB 22/11/2011, 7 Heol Ffug, Maesteg "
        "CF34 9EE\nBrothers Bilal (Y8) &amp; Usman (Y7) came back last week and are in school, Saima didn't.",
        channel="slack",
        sender_name="Jo Ffug - DSL",
    )
    assert [c.name.value for c in ex.children] == ["Saima Ffug"]


def test_a_brother_who_attends_in_brackets_and_a_sister_back_in_since_last_week(read):
    ex = read(
        "Subject child: Shilan FFUG\nDOB: 08/03/2011\nHousehold: Mother - Parwin FFUG; brothers Karwan FFUG (19) and "
        "Hemin FFUG (8, attends Ffugren Junior School)\n"
    )
    assert [c.name.value for c in ex.children] == ["Shilan Ffug"]
    ex = read(
        "Harri Ffug in my Yr6 class (DOB 10/02/2016) hasn't been back since his dad died. His sister Elin (Yr2) has "
        "been "
        "back in since last week - Nain brings her.",
        channel="slack",
        sender_name="Mr Gethin Ffug",
    )
    assert [c.name.value for c in ex.children] == ["Harri Ffug"]


def test_a_list_item_who_started_at_a_school_but_has_hardly_been_is_referred(read):
    ex = read(
        "Donna has told me the two younger ones haven't been going to school.\n\nCallum Ffug - 11 - started at St "
        "Ffug's RC High School in September but has hardly been\nIsla Ffug - 6 - Ffug Park Primary School\nJade Ffug - "
        "17 - at Coleg Gwent, doing fine\n"
    )
    assert [c.name.value for c in ex.children] == ["Callum Ffug", "Isla Ffug"]
