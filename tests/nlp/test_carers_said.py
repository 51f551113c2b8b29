"""Carers as partners name them in labels, prose and signatures (fictional people throughout)."""

from nlp.carers import find_carers
from nlp.names import find_names


def carer(ex, i=0):
    return ex.children[i].to_schema()["carer"]


def test_a_lives_with_label_naming_the_relative(read):
    ex = read(
        "Name: Brandon Ffug-Hughes\nDate of birth: 7th February 2011\n"
        "Lives with: maternal grandmother (nain), Mrs Glenys Ffughes\n"
        "Address: Flat 2, Cwrt y Ffug, Kidwelly, SA17 4UE\n"
    )
    assert carer(ex) == {"name": "Glenys Ffughes", "relationship": "grandmother"}


def test_the_client_a_housing_officer_works_with(read):
    ex = read(
        "Good afternoon,\n\nI'm the Housing Options officer working with Ms Danielle Ffugan, who we placed in "
        "temporary accommodation after the family were evicted.\n\n"
        "The children are:\n- Jac Ffugan, 11\n- Ruby Ffugan, 7\n"
    )
    assert carer(ex) == carer(ex, 1) == {"name": "Danielle Ffugan", "relationship": "mother"}


def test_a_mother_registering_herself_and_her_two_children(read):
    ex = read(
        "Dear Colleague,\n\nMrs Elena Ffugescu registered herself and her two children. The children are "
        "Andrei Ffugescu (DOB 01/02/2015) and Ana Ffugescu (DOB 03/04/2018).\n"
    )
    assert carer(ex) == {"name": "Elena Ffugescu", "relationship": "mother"}


def test_an_ex_partner_who_took_the_children_is_their_carer(read):
    ex = read(
        "Hi my name is Jamie Ffugorne and im writing because my ex partner Kayleigh Ffugies has took our 2 girls and I "
        "dont know where they are. Lexi Ffugorne born 12th august 2016 and Mollie Ffugorne 3/3/19.\n"
    )
    assert carer(ex)["name"] == "Kayleigh Ffugies"


def test_a_parent_signing_with_the_childs_name_is_named_in_the_header(read):
    ex = read(
        "Please see below.\n\n-----Original Message-----\nFrom: Jade Ffugclough <jade@example.org>\n"
        "Sent: 12 June 2026\n"
        "Subject: school place\n\n> My son Leon Ffugclough was born 2019-02-19 and he was at Penffug Primary.\n"
        "> Thanks Jade (Leon's mum)\n"
    )
    assert carer(ex) == {"name": "Jade Ffugclough", "relationship": "mother"}


def test_the_head_of_household_and_a_family_friend_the_child_lives_with(read):
    ex = read(
        "The family are from Eritrea. The head of household is Mrs Saba Ffugamariam, who speaks Tigrinya.\n\n"
        "Feven Ffugedhin (DOB 01/02/2015) and Robel Ffugedhin (DOB 03/04/2017) are not in school.\n"
    )
    assert carer(ex) == {"name": "Saba Ffugamariam", "relationship": "mother"}
    ex = read(
        "Kacper Ffugcik (DOB 17/10/2014) has been living since January with a family friend, Mrs Agnieszka "
        "Ffugińska, at 62 Heol Ffug, Llanelli, SA15 3PN. His mother went back to Poland.\n"
    )
    assert carer(ex) == {"name": "Agnieszka Ffugińska", "relationship": "other"}


def test_a_mother_who_told_officers_about_her_three_youngest(read):
    ex = read(
        "During engagement Mrs Bridget Ffugonagh told officers that her three youngest don't go to school while they "
        "travel: Patrick (11), Maggie (9) and John-Joe (6).\n"
    )
    assert carer(ex)["name"] == "Bridget Ffugonagh"


def test_what_is_said_of_dad_does_not_rule_out_the_stepmum_named_after_it(read):
    ex = read(
        "- Poppy Ffugridge, Y4, DOB 2nd July 2017\n- moved in April to live with Dad & stepmum at 11 Clos y Ffug, "
        "Rhuthun LL15 1FF. Dad works offshore so stepmum (Mrs Rachel Ffugridge) is main carer\n",
        channel="slack",
        sender="U0FFUG0012",
    )
    assert carer(ex) == {"name": "Rachel Ffugridge", "relationship": "stepmother"}


def test_she_and_her_children_after_the_named_parent(read):
    ex = read(
        "Morning,\n\nWe accepted a duty to Ms Shannon Ffugaye on 10/11/26 following an illegal eviction. She and her "
        "three children are in a B&B.\n\nKids: Tia Ffugaye (DOB 01/02/2015), Jac Ffugaye (DOB 03/04/2017)\n"
    )
    assert carer(ex) == {"name": "Shannon Ffugaye", "relationship": "mother"}


def test_moved_to_live_with_a_grandmother_names_her_as_carer(read):
    ex = read(
        "Morgan Ffug (DOB 01/02/2011) has moved to live with their maternal grandmother, Glenys Ffugrowe, who holds a "
        "Special Guardianship Order. Dad is Mr Huw Ffug, who sees Morgan at weekends.\n"
    )
    assert carer(ex) == {"name": "Glenys Ffugrowe", "relationship": "grandmother"}


def test_a_carer_on_admission_label_and_a_welsh_grandfathers_letter(read):
    ex = read("Name: Erion Ffugxha\nDOB: 12/12/2010\nCarer on admission: Mr Arben Ffugola, stated to be his uncle\n")
    assert carer(ex)["name"] == "Arben Ffugola"
    ex = read(
        "Annwyl Swyddog,\n\nFi yw tad-cu Cerys a Tomos Ffugies. Mae'r plant wedi bod yn byw gyda fi. Mae Cerys yn 10 "
        "oed a Tomos yn 7 oed.\n"
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [
        ("Cerys Ffugies", 10),
        ("Tomos Ffugies", 7),
    ]


def test_a_parent_who_came_with_her_or_his_children_further_along_the_sentence(read):
    ex = read(
        "I am writing with the consent of Ms Jasmine Ffugarke, who was admitted to one of our refuges with her two "
        "children on 28 April.\n\nKai Ffugarke (DOB 01/02/2016) and Lily Ffugarke (DOB 03/04/2018).\n"
    )
    assert carer(ex) == {"name": "Jasmine Ffugarke", "relationship": "mother"}
    ex = read("Mr Omar Ffug-Khatib arrived in Newport in July with his two older children, Yusuf (12) and Lina (9).\n")
    assert carer(ex) == {"name": "Omar Ffug-Khatib", "relationship": "father"}


def test_a_landlords_tenant_and_a_lodgings_provider(read):
    ex = read(
        "Hi, I own 3 Station Ffug, Ebbw Vale, NP23 6HE. My tenant Mrs Karen Ffugen has left without notice with her "
        "son Dylan Ffugen (DOB 01/02/2013).\n"
    )
    assert carer(ex) == {"name": "Karen Ffugen", "relationship": "mother"}
    ex = read(
        "Jay Ffugale (DOB 01/02/2010) is now living in supported lodgings. His lodgings provider is Mrs Pam Ffugwell, "
        "who is very experienced.\n"
    )
    assert carer(ex) == {"name": "Pam Ffugwell", "relationship": "other"}


def test_a_postcodes_last_letter_is_no_initial_of_a_name(read):
    ex = read(
        "I signed up a new tenancy at 31 Heol y Ffug, Aberdare, CF44 6DG. The tenant is Gabriela Ffugteanu, she has "
        "moved from Leicester with her two children:\n\nȘtefan Ffugteanu - 13\nDaria Ffugteanu - 9\n"
    )
    assert carer(ex)["name"] == "Gabriela Ffugteanu"


def test_a_death_of_the_carers_own_mother_does_not_rule_out_the_carer(read):
    ex = read(
        "Connor Ffugines (born 2013-01-19) is off. Connor's mum, who I understand is called Michelle Ffugines, has "
        "been drinking heavily since her own mother died.\n"
    )
    assert carer(ex) == {"name": "Michelle Ffugines", "relationship": "mother"}


def test_mum_said_they_moved_and_mums_number(read):
    ex = read(
        "Nevaeh Ffug (Bl 6) – mum says they moved to Bridgend last week, no school app yet.",
        channel="slack",
        sender="U0F3",
    )
    assert carer(ex) == {"name": None, "relationship": "mother"}
    ex = read(
        "Amelia Ffugak (DOB 17/03/2018) was due to start with us and never arrived. Mum's number dead.",
        channel="slack",
        sender="U0F4",
    )
    assert carer(ex) == {"name": None, "relationship": "mother"}


def test_an_age_after_the_year_group_in_brackets_and_a_dob_as_stated(read):
    ex = read("Lily Ffugchen (Yr 7, 11) off 4 wks now.", channel="slack", sender="U0F5")
    assert ex.children[0].to_schema()["age"] == 11
    ex = read("Name: Erion FFUGXHA\nDate of birth (as stated on admission): 12/12/2010\nYear group: 11\n")
    assert ex.children[0].to_schema()["date_of_birth"] == "2010-12-12"


def test_a_victim_labelled_with_her_dob_then_her_relationship(read):
    ex = read(
        "SUBJECTS\nVictim: Agnieszka FFUGAK (DOB 22/07/1996) - mother\nSuspect: Tomasz FFUGAK (DOB 11/11/1993) - "
        "father. Bailed.\n\nCHILDREN\nKacper FFUGAK (DOB 01/02/2016)\n"
    )
    assert carer(ex) == {"name": "Agnieszka Ffugak", "relationship": "mother"}


def test_living_with_labels_naming_a_friend_or_a_relationship_after_the_name(read):
    ex = read(
        "Name: Precious Ffugafor\nDOB: 2/9/2015\nLiving with: Mrs Janet Ffugafor (family friend, not a relative)\n"
    )
    assert carer(ex) == {"name": "Janet Ffugafor", "relationship": "other"}
    ex = read("Name: Scarlett Ffug\nDOB: 2011/03/17\nLives with: Lee FFUGKINS (stepfather). Mother is in hospital.\n")
    assert carer(ex) == {"name": "Lee Ffugkins", "relationship": "stepfather"}


def test_a_titled_parent_with_children_and_a_welsh_parent_writing(read):
    ex = read(
        "FYI tenancy started at 7 Heol Ffug, Caerphilly CF83 3HW. Mrs Zainab Ffugsan with children Ahmed (14), "
        "Maryam (11) and Yusuf (5).",
        channel="slack",
        sender="U0F13",
    )
    assert carer(ex) == {"name": "Zainab Ffugsan", "relationship": "mother"}
    ex = read(
        "Helo, mae gen i ddau o blant, Cai (9) a Lili (6), dim lle ysgol eto. 14 Stryd y Ffug, Aberystwyth "
        "SY23 1JR. Diolch, Manon Ffugwyd",
        sender="manon@example.org",
        sender_name="Manon Ffugwyd",
    )
    assert carer(ex)["name"] == "Manon Ffugwyd"


def test_no_nationality_or_role_for_a_carers_name_and_a_bilingual_parent_line(read):
    ex = read(
        "> The new family at no 27 are very nice, the dad is Polish and works nights. His little boy Kacper Ffugak "
        "is 9.\n"
    )
    assert carer(ex) in (None, {"name": None, "relationship": "father"})
    ex = read("Enw / Name: Osian Ffugan\nOed / Age: 9\nRhiant / Parent: Mam / Mother – Catrin Ffugan\n")
    assert carer(ex) == {"name": "Catrin Ffugan", "relationship": "mother"}
    ex = read(
        "Name: Precious Ffugafor\nLiving with: Mrs Janet Ffugafor (family friend)\n\nPrecious came to live with Mrs "
        "Ffugafor in August.\n"
    )
    assert carer(ex)["name"] == "Janet Ffugafor"


def test_a_titled_adult_of_the_childs_surname_whom_the_report_calls_mum(read):
    ex = read(
        "Hi,\n\nI completed a new birth visit yesterday to Mrs Anjali Ffugma at Flat 2, 19 Stryd Ffug, Trefug, "
        "SA99 3TR for baby Arjun. During the visit mum mentioned that her daughter Priya Ffugma (DOB 7th June 2019) "
        "has not been to school since they moved here.\n\nMany thanks,\nSioned Ffuglloyd\nHealth Visitor\n",
        sender_name="Sioned Ffuglloyd",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Anjali Ffugma", "relationship": "mother"}


def test_a_titled_adult_of_the_same_surname_is_no_carer_when_no_parent_is_spoken_of(read):
    ex = read(
        "Priya Ffugma (DOB 7th June 2019) has not been to school since September. Mr Dev Ffugma, the landlord, "
        "says the flat at 19 Stryd Ffug, Trefug, SA99 3TR is empty.\n"
    )
    assert ex.children[0].to_schema()["carer"] is None


def test_a_parent_writing_in_welsh_names_themselves(read):
    ex = read(
        "Noswaith dda,\n\nIestyn Ffugrhys ydw i, tad Alaw a Math. Rydyn ni wedi symud i Gaernarfon.\n\n"
        "Alaw Ffugrhys - ganwyd 2 Hydref 2013 - Blwyddyn 8\nMath Ffugrhys - ganwyd 23/05/2018 - Blwyddyn 4\n\n"
        "Diolch yn fawr,\nIestyn\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Iestyn Ffugrhys", "relationship": "father"}] * 2


def test_a_parent_writing_in_english_names_themselves(read):
    ex = read("Hello, my name is Carys Ffugwen, I'm mum to Tomos Ffugwen (DOB 02/03/2016). We moved last week.\n")
    assert ex.children[0].to_schema()["carer"] == {"name": "Carys Ffugwen", "relationship": "mother"}


def test_the_mother_who_left_home_with_the_children_to_stay_with_her_sister(read):
    ex = read(
        "The mother, Niamh O'Ffug, has left the family home at 5 Ffug Crescent, Casnewydd NP99 3DF with the two "
        "children following an assault by her ex-partner. Since Saturday Niamh and the children have been staying "
        "with the maternal aunt, Siobhan Ffugdoyle, at 61 Heol Ffug, Casnewydd, NP99 8FB.\n\n"
        "Children:\nKayden O'Ffug - DOB 19/04/2016\nAoife O'Ffug - DOB 1 March 2019\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Niamh O'Ffug", "relationship": "mother"}] * 2


def test_a_mother_who_fled_with_her_children_into_refuge_is_their_carer(read):
    ex = read(
        "I am the support worker at our refuge. Mum Rubina Ffugbegum and her two children came into refuge on "
        "1 October after fleeing domestic abuse.\n\nAisha Ffugbegum - DOB 15th August 2017\n"
        "Ibrahim Ffugbegum - DOB 3rd March 2021\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Rubina Ffugbegum", "relationship": "mother"}] * 2


def test_the_mother_who_fled_with_the_children_not_the_father_they_fled(read):
    # "after fleeing" said after her name is what she did, with the children; fled from, it would be said of him.
    ex = read(
        "I am referring two children who arrived in our refuge with their mother, Ffion Ffugescu, on 2 May after "
        "fleeing domestic abuse in Wrecsam.\n\n1. Ioana Ffugescu - DOB 03/09/2017\n2. Andrei Ffugescu - DOB "
        "21/01/2020\n\nThe father, Mr Ion Ffugescu, still lives at the family home and knows the school.\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Ffion Ffugescu", "relationship": "mother"}] * 2


def test_the_parent_said_to_be_at_home_with_the_children_of_two_listed(read):
    ex = read(
        "Household:\nMr Rui Ffugeira - dad\nMrs Ana Ffugeira - mum\nBeatriz Ffugeira - 09-03-2017\n\n"
        "Dad works nights and mum is at home with the children, so she is the best contact.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Ana Ffugeira", "relationship": "mother"}


def test_a_mother_admitted_to_hospital_is_not_the_carer_the_nain_is(read):
    ex = read(
        "Mum, Bethan Ffugellyn, was admitted to a mental health unit in Wrecsam in September, and the children are "
        "now living with their Nain, Mrs Gwenda Ffugellyn, at 4 Heol Ffug, Ystrad, CF99 7SR.\n\n"
        "Tomos, born 18/02/2016\nMegan, born 27/10/2019\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [
        {"name": "Gwenda Ffugellyn", "relationship": "grandmother"}
    ] * 2


def test_a_father_not_been_involved_for_years_is_not_the_carer(read):
    ex = read(
        "I am the social worker for Osian Ffugpowell (DOB 14.02.2016). His father, Mr Darren Ffugprice, has not "
        "been involved in his life for several years. Since 28 March Osian has lived with his maternal grandfather, "
        "Mr Emrys Ffugjones, at 9 Bryn Ffug, Llanharan, CF99 9RN.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Emrys Ffugjones", "relationship": "grandfather"}


def test_the_main_carer_when_dad_works_away_named_in_full_elsewhere(read):
    ex = read(
        "Lily Ffugmorgan (goes by Gracie), born February 3rd, 2019, was taken off roll in January. Gracie has since "
        "moved to live with her father, Dean Ffugmorgan, and stepmother, Shannon Ffugmorgan, at 19 Clos Ffug, "
        "Y Barri CF99 9HT. Dad works away on the rigs for three weeks at a time, so her stepmum Shannon is the main "
        "carer day to day.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Shannon Ffugmorgan", "relationship": "stepmother"}


def test_the_one_who_has_day_to_day_care_while_mum_is_in_rehab(read):
    ex = read(
        "The household was Craig Ffugmaddox, who has had day-to-day care of all the children since their mother "
        "Stacey Ffugbevan went into residential rehab in August.\n\n- Ruby Ffugmaddox, dob 30/06/2011, Year 11\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Craig Ffugmaddox"


def test_a_first_name_given_with_a_surname_that_is_a_possessive_or_a_year_group_is_not_completed(read):
    ex = read(
        "Ela Ffug (Y4) has not been in since May. Mum is Anke, she works at Gareth Ffugmorgan's garage.\n"
        "Dad Hassan Y9 parents evening was missed too.\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Anke"


def test_carers_said_in_more_ways(read):
    cases = [
        ("Tyler Ffugbevan (DOB 8/9/2014), LAC, foster placement with Mrs Karen Ffuglewis at 9 Cae Ffug, Trefug.",
         {"name": "Karen Ffuglewis", "relationship": None}),
        ("Florin Ffugica (yr 3, DOB 06/06/2017) not been in since 23/9. mum Mariana's number disconnected.",
         {"name": "Mariana", "relationship": "mother"}),
        ("Nia Ffuglewis (13) - mum Sarah rang to say they've moved to Pen-y-bont and she'll sort a school.",
         {"name": "Sarah", "relationship": "mother"}),
        ("Kai Ffugescu (10) is on his bike all day. His mum I think is called Ramona, I don't know the surname.",
         {"name": "Ramona", "relationship": "mother"}),
        ("PERSONS PRESENT:\nFFUGNOWAK, Agnieszka     DOB 03/11/1988   (IP - mother)\n"
         "FFUGNOWAK, Kacper     DOB 12/02/2015\n",
         {"name": "Agnieszka Ffugnowak", "relationship": "mother"}),
        ("Kai Ffug (DOB 1/2/2016) came from Syria last year and lives with an adult he describes as his cousin, "
         "Mr Bilal Al-Ffug, at Flat 9, 120 Heol Ffug.",
         {"name": "Bilal Al-Ffug", "relationship": "other"}),
    ]
    for text, carer in cases:
        got = read(text).children[0].to_schema()["carer"]
        if carer["relationship"] is None:
            assert got is not None and got["name"] == carer["name"], text
        else:
            assert got == carer, text


def test_a_carer_label_outranks_a_mother_label_in_a_police_notice(read):
    ex = read(
        "CHILD:          FFUGHES, Elis Wyn\nDOB:            22.02.2014\n"
        "ADDRESS:        2 TAN Y FFUG, CAERGYBI, LL99 2TW\n"
        "CARER:          FFUGWILLIAMS, Glenys (maternal grandmother - \"Nain\")\n"
        "MOTHER:         FFUGHES, Sara (NFA - sofa surfing)\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Glenys Ffugwilliams", "relationship": "grandmother"}


def test_a_titled_uncle_who_is_now_the_legal_guardian(read):
    ex = read(
        "Mr Mohamed Ffugadam has asked us to help him get a school place for his nephew. The boy's parents died in "
        "Sudan and Mr Ffugadam is now his legal guardian.\n\nName: Ahmed Ibrahim Ffugadam\nAge: 12\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Mohamed Ffugadam", "relationship": "guardian"}


def test_a_mother_who_is_in_another_town_now_is_not_the_carer(read):
    ex = read(
        "Chloe Ffugshire (14) is still with me at 27 Heol Ffug, Trefug. Her mum Stacey Ffugshire is in Bryste now "
        "and her dad is not around.\n"
    )
    assert (ex.children[0].to_schema()["carer"] or {}).get("name") != "Stacey Ffugshire"


def test_the_main_carer_of_a_foster_couple_and_a_police_notices_adult_row(read):
    ex = read(
        "Kai Ffug (DOB 02/02/2015) moved on 14 November to a new foster placement, with foster carers Mr and Mrs "
        "Ffugbal (Nadia Ffugbal is the main carer).\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Nadia Ffugbal", "relationship": "foster carer"}
    ex = read(
        "Children present in the property at the time.\n\nAdult 1 (victim): Ngozi Ffugafor, mother\n"
        "Adult 2 (suspect): Emeka Ffugafor, father\n\nChild: Chidi Ffugafor (DOB 01/01/2015)\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Ngozi Ffugafor", "relationship": "mother"}


def test_a_titled_surname_completed_from_a_name_written_in_capitals(read):
    ex = read(
        "Principal applicant: Selam Tesfay FFUGMEDHIN (F)\nDependants:\n  1. Yonas Tesfay (M) - DOB 15/08/2014\n\n"
        "Welfare notes: Mrs Ffugmedhin is the sole carer; her husband's whereabouts are unknown.\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Selam Tesfay Ffugmedhin"


def test_a_parents_forwarded_letter_signed_with_a_title_and_the_home_address(read):
    ex = read(
        "Dear EHE Officer,\n\nPlease find below a letter we received yesterday from a parent.\n\n"
        "Noah Ffug-Singh, born 2019-02-28, Year 3\n\nBest wishes,\nMenna Ffugwatkin\n"
        "Office Manager, Ysgol Bryn Ffug\n\n"
        "--- Forwarded letter ---\nTo the Headteacher,\n\nI am writing to inform you that from today I will be "
        "educating my son Noah at home. Please remove him from the register.\n\nMr Arjun Ffug-Singh\n"
        "17 Ffordd Ffug, Y Waun, Wrecsam, LL99 5DG\n"
    )
    kid = ex.children[0].to_schema()
    assert kid["carer"] == {"name": "Arjun Ffug-Singh", "relationship": "father"}
    assert kid["address"] == "17 Ffordd Ffug, Y Waun, Wrecsam, LL99 5DG"


def test_a_household_list_with_roles_after_the_names(read):
    ex = read(
        "The family are:\n\nAhmad Al-Ffug - father\nFatima Ffugleh - mother\nOmar Al-Ffug - born 4 April 2018\n\n"
        "Neither parent speaks English yet; mum is the main carer for the children at home.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Fatima Ffugleh", "relationship": "mother"}
    ex = read(
        "SUBJECTS:\nNeha FFUGMA - mother, victim\nVikram FFUGMA - father, suspect\n\nCHILDREN:\n"
        "Anika FFUGMA - DOB 02/02/2015\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Neha Ffugma", "relationship": "mother"}
    ex = read(
        "The household at 5 Stryd Ffug, Casnewydd is:\n\nMarius Ffugtus (father) - works nights at a car wash\n"
        "Ramona Ffugtus (mother) - at home with the children\nCostel Ffugtus - DOB 03/03/2015\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Ramona Ffugtus", "relationship": "mother"}


def test_carers_in_households_with_a_partner_a_friend_and_a_parent_away(read):
    cases = [
        ("Deio Ffugmorgan (Y2) has been absent for 15 school days. Mum, Mererid Ffugmorgan, rang on the first two "
         "days to say he was poorly but we have had no contact since.",
         {"name": "Mererid Ffugmorgan", "relationship": "mother"}),
        ("Poppy Ffughes (DOB 15/11/2019) is not registered with any school. Mum, Chloe Ffughes, said she didn't "
         "realise.\n\nMum lives with her partner Ashley Ffuggreen (Poppy's stepfather).",
         {"name": "Chloe Ffughes", "relationship": "mother"}),
        ("Tolu Ffugyemi (DOB 20th January 2013) has been living since November with a family friend, Grace "
         "Ffugafor, at 21 Heol Ffug. No concerns about Grace's care so far.",
         {"name": "Grace Ffugafor", "relationship": "other"}),
        ("Our former tenant Amy Ffugharris was evicted for rent arrears on 30 October from 16 Maes-y-Ffug, Pen-y-bont, "
         "CF99 4NR. She lived there with her partner Shane Ffugcollins and her three children:\n\n"
         "Reece Ffugharris, DOB 22/07/2012\n",
         {"name": "Amy Ffugharris", "relationship": "mother"}),
    ]
    for text, carer in cases:
        ex = read(text)
        assert [c.to_schema()["carer"] for c in ex.children][:1] == [carer], text


def test_a_mother_working_abroad_is_not_the_carer_of_either_child(read):
    ex = read(
        "As part of his bail conditions Callum Ffugreilly (DOB 5 May 2011) must reside with his maternal "
        "grandmother, Pat Ffugsullivan, at 71 Heol Ffug. His sister Erin Ffugreilly (DOB 30 October 2012) moved "
        "there with him in August.\n\nTheir mum Louise Ffugreilly is working the season in Tenerife until November.\n"
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Pat Ffugsullivan", "Pat Ffugsullivan"]


def test_a_grandparent_writing_names_the_mother_as_carer(read):
    ex = read(
        "Hello,\n\nI'm writing about my grandson Finley Ffug-Price who is 11. My daughter Stacey Ffugmorgan took him "
        "out of school in January and told the school she was going to home educate him.\n\nJean Ffugprice\n",
        sender_name="Jean Ffugprice",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Stacey Ffugmorgan", "relationship": "mother"}


def test_a_police_notices_adult_row_written_surname_first_with_mother_of(read):
    ex = read(
        "CHILDREN\nC1  FFUGLAND Jayden    DOB 02/02/2014\n\nADULTS\n"
        "V1  FFUGLAND Kerry-Ann    DOB 19/06/1994   mother of C1\nS1  FFUGSON Dean    DOB 01/01/1990   suspect\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Kerry-Ann Ffugland", "relationship": "mother"}


def test_a_reply_opening_with_a_heading_word_is_no_household_row(read):
    ex = read(
        "Update - mum says they have moved in with her sister.\n\nAnna Ffugska (DOB 02/02/2015), mum Joanna Ffugska.\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Joanna Ffugska"


def test_victim_mothers_in_police_notices(read):
    cases = [
        ("ADULTS INVOLVED:\n1. FFUGNOWAK, Agnieszka   DOB 22/04/1996   (mother / victim)\n2. FFUGSKI, Marek   DOB "
         "01/01/1990   (suspect)\n\nCHILDREN:\nFFUGNOWAK, Kacper   DOB 12/02/2015\n",
         {"name": "Agnieszka Ffugnowak", "relationship": "mother"}),
        ("ADULTS INVOLVED\nAdult 1 (mother / victim): Abena FFUG-ASANTE, DOB 22/09/1994, same address\n\n"
         "CHILD: Kofi Ffug-Asante (DOB 03/03/2015)\n",
         {"name": "Abena Ffug-Asante", "relationship": "mother"}),
        ("Officers attended following an altercation between Kerry Ffugkins (mother) and her ex-partner Dean Ffug. "
         "Tyler Ffugkins (DOB 02/02/2014) was present.",
         {"name": "Kerry Ffugkins", "relationship": "mother"}),
    ]
    for text, carer in cases:
        assert read(text).children[0].to_schema()["carer"] == carer, text


def test_parents_named_as_a_pair_and_a_friend_the_child_calls_auntie(read):
    ex = read("Tomos Ffugrhys (born 3rd March 2020) is not at school. Parents Dylan and Cerys Ffugrhys told me they "
              "didn't get round to applying.")
    assert ex.children[0].to_schema()["carer"]["name"] == "Cerys Ffugrhys"
    ex = read("Ruby Ffug, DOB 14/02/2012\n• Has been living with a family friend she calls \"Auntie\", Mrs Grace "
              "Ffugyemi (not a relative), at Flat 12, Heol Ffug.\n")
    assert ex.children[0].to_schema()["carer"] == {"name": "Grace Ffugyemi", "relationship": "other"}
    ex = read("Mum has confirmed the family are living with her parents, Mr and Mrs Ffugchard, at 18 Stryd Ffug. "
              "Mum is Leanne Ffugreid. Cai Ffugreid (DOB 01/01/2016) has not been in school.")
    assert ex.children[0].to_schema()["carer"]["name"] == "Leanne Ffugreid"


def test_a_titled_mother_who_has_school_age_kids_with_her(read):
    ex = read(
        "FYI new roadside encampment, 4 trailers. Spoke to Mrs Bridget Ffugdonagh this morning, she has 2 school age "
        "kids with her: Michael Ffugdonagh (11) and Kathleen Ffugdonagh (8)."
    )
    mother = {"name": "Bridget Ffugdonagh", "relationship": "mother"}
    assert [c.to_schema()["carer"] for c in ex.children] == [mother, mother]


def test_a_labelled_tenant_mother_and_a_mum_said_to_be_called_something(read):
    ex = read(
        "Tenant (parent/carer): Ms Nicola Ffugbevan - mother\nProperty address: 19 Heol Ffug, Pentre, CF99 7UP\n\n"
        "Children: Cai Ffugbevan (DOB 01/01/2015)\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Nicola Ffugbevan", "relationship": "mother"}
    ex = read(
        "Child's first name: Alfie\nApproximate age: 8\n"
        "Name of parent/carer: don't know - I think it's his mum, she's called Gemma\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Alfie"]


def test_a_table_cell_that_says_the_name_is_not_known_names_no_carer(read):
    ex = read(
        "| Forename | Surname | DOB        | Parent/Carer        |\n|---|---|---|---|\n"
        "| Cai      | Ffug    | 01/01/2015 | Dad - name N/K      |\n"
    )
    assert (ex.children[0].to_schema()["carer"] or {}).get("name") is None


def test_a_carer_whose_name_is_not_known_is_a_relationship_without_a_name(read):
    ex = read(
        "Child's name: Osian Ffug\nDOB: 3 Mar 2017\nAddress: 4 Heol Ffug, Rhyl, LL18 2AB\n"
        "Parent/carer: Dad - name N/K\nPhone: TBC\n"
    )
    assert carer(ex) == {"name": None, "relationship": "father"}


def test_a_month_before_a_bracketed_mum_is_not_her_name(read):
    ex = read(
        "The Ffugescu children left for Romania on 15th December (mum said it was to visit family).\n\n"
        "Andrei Ffugescu (DOB 11/04/2015) - Year 6\n\nMum is Elena Ffugescu, address 7 Clos Ffug, Aberdare, CF44 0AZ.\n"
    )
    assert carer(ex) == {"name": "Elena Ffugescu", "relationship": "mother"}


def test_a_forwarded_letter_signed_by_the_mother_on_the_line_below_her_name(read):
    ex = read(
        "Please see below a letter from Maja's mother. Dad (Tomasz) rang separately on Tuesday.\n\n"
        "Maja Ffugczyk, DOB 14/06/2017, Year 4\n\n---------- Forwarded message ---------\n"
        "Dear Headteacher,\n\nMaja will not be coming to school any more. I will teach her at home.\n\n"
        "Thank you,\nAnna Ffugczyk\n(Maja's mum)\n"
    )
    assert carer(ex) == {"name": "Anna Ffugczyk", "relationship": "mother"}


def test_a_letter_signed_by_a_grandparent_does_not_make_them_the_carer(read):
    ex = read(
        "Annwyl Syr,\n\nMae Mali Ffug (8) yn byw gyda'i thad, Aled Ffug, yn 3 Stryd Ffug, Aberaeron.\n\n"
        "Yn gywir,\n\nEmrys Ffug\n(Tad-cu Mali)\n"
    )
    assert carer(ex)["name"] != "Emrys Ffug"


def test_a_boyfriends_mum_typed_without_an_apostrophe_is_not_the_childrens_carer(read):
    ex = read(
        "Please see the email below from Shannon Ffugees, who has moved with the children without telling us.\n\n"
        "Harper Ffugees - DOB 14/09/2018\n\n"
        "From: Shannon Ffugees\nhi we are stopping at my boyfriend Deans mum and dads house now. the kids are fine "
        "Deans mum Mrs Carol Ffugwards is helping me out loads with them\n"
    )
    assert carer(ex)["name"] != "Carol Ffugwards"


def test_a_claimant_who_disclosed_that_her_daughter_is_out_of_school_is_the_mother(read):
    ex = read(
        "Hello,\n\nI'm a Work Coach at Aberdare Jobcentre. One of my claimants, Jade Ffugter, disclosed at her "
        "appointment today that\nher daughter Ruby (aged 8) hasn't been in school since they moved here.\n"
    )
    assert carer(ex) == {"name": "Jade Ffugter", "relationship": "mother"}


def test_a_mother_named_after_her_name_is_and_a_numbered_parent_carer_row(read):
    ex = read("The boy is called Kian, about 10. Their mum I think her name is Jodie. There is shouting most nights.")
    assert carer(ex) == {"name": "Jodie", "relationship": "mother"}
    ex = read(
        "| Child name        | Ffion Ffugik                   |\n"
        "| Date of birth     | 02/03/2016                    |\n"
        "| Parent/carer 1    | Saima Ffugik - mother          |\n"
        "| Parent/carer 2    | Imran Ffugik - father          |\n"
    )
    assert carer(ex) == {"name": "Saima Ffugik", "relationship": "mother"}


def test_an_older_sibling_writing_that_they_look_after_their_brother_is_the_carer(read):
    ex = read(
        "Hi\n\nI'm 20 and I have been looking after my little brother Dylan Ffughes since our mum went into rehab "
        "in February.\n\nDylan's DOB is 07/12/2012.\n\nThanks\nChloe",
        sender="chloe.ffughes@example.org",
        sender_name="Chloe Ffughes",
    )
    assert carer(ex) == {"name": "Chloe Ffughes", "relationship": "sibling"}


def test_children_left_with_an_aunt_while_mum_went_back_abroad(read):
    ex = read(
        "could you log a CME for Amelia Ffugak (Y4). Not been in since 12th Jan. Mum (Marta) flew back to Poland "
        "before xmas & the kids were left with their aunt Kasia Ffugcik - 17 Stryd Ffug, Trallwn, CF37 4PD.",
        channel="slack",
        sender="U0FFUG0004",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Kasia Ffugcik", "relationship": "aunt"}


def test_a_parents_mobile_with_the_name_in_brackets_and_she_told_me_her_daughter(read):
    ex = read(
        "Kayden Ffug-Jones (Bl 4, DOB 03/02/2018) hasn't been back since Easter. Tried mam's mobile (Shannon Ffug) x3.",
        channel="slack",
        sender="U0FFUG0015",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Shannon Ffug", "relationship": "mother"}
    ex = read(
        "The door was answered by the landlord, Mr Arben Ffugniqi. He fetched the tenant, who gave her name as "
        "Mrs Elira Ffugxha. She told me her daughter, Ardita, is 9 and not in school."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Elira Ffugxha", "relationship": "mother"}


def test_mammy_is_a_mother(read):
    ex = read(
        "They're an Irish Traveller family.\n\nMammy is Margaret Ffugagh. The kids are:\n- Bridget, 11\n- Patrick, 8\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Margaret Ffugagh", "relationship": "mother"}] * 2


def test_a_sibling_who_is_a_pupil_or_lives_with_someone_else_is_not_the_carer(read):
    ex = read(
        "Shannon-Leigh Ffug (DOB 02/02/2015) lives with her Nain, Glenys Ffugry, who has a Special Guardianship "
        "Order. Shan's older brother Jake (17) also lives with Nain and is working."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Glenys Ffugry", "relationship": "grandmother"}
    ex = read(
        "Lucy Ffug (Y4) has gone to stay w grandparents in Fuzhou, dad told us. her sister Amy in 6S is still here.",
        channel="slack",
        sender="U0FFUG0017",
    )
    assert ex.children[0].to_schema()["carer"] != {"name": "Amy", "relationship": "sibling"}


def test_a_relative_then_a_dash_or_colon_then_their_titled_name(read):
    ex = read(
        "Ruby Ffugson, Yr 9, dob 9/5/2013. Moved up from Liverpool to live with her Taid (mum's dad) – Mr Alan "
        "Ffugson, 23 Ffordd Las, Prestatyn LL19 9RU."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Alan Ffugson", "relationship": "grandfather"}
    ex = read(
        "Kai Ffugreid (DOB 03/03/2011) must not live at his mother's address and he is now living with his aunt:\n\n"
        "Ms Tanya Ffugreid\nFlat 3, 88 Ffug Road East\nCanton, Cardiff\nCF11 9DU\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Tanya Ffugreid", "relationship": "aunt"}


def test_moved_up_to_her_mam_gu_and_a_parent_who_does_not_live_with_the_child(read):
    ex = read(
        "Mali Ffugkins, Yr 2, dob 28/2/2019. Mam has gone into residential rehab and Mali's been moved up to her "
        "Mam-gu in Tregaron. Mam-gu is Mrs Eirlys Ffugkins, Maesyderw, Tregaron SY25 6JE. Tad (Aled) is still in "
        "the flat in Penparcau."
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Eirlys Ffugkins", "relationship": "grandmother"}
    ex = read(
        "Name: Harley Ffugner\nDOB: 12/03/2012\nParent/carer 1:       Mr James Ffugner (father) - does not live "
        "with Harley\nParent/carer 2:       Ms Tracey Ffugner (mother) - 07700 900812\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Tracey Ffugner", "relationship": "mother"}


def test_a_mam_gu_writing_is_not_a_mother_writing(read):
    # "I am their Mam-gu" must not read as "I am their Mam": the mother named is still the carer.
    ex = read(
        "I am writing about my grandchildren Elis and Mali Ffugbowen, who live with their mother, my daughter "
        "Catrin Ffugbowen, at 2 Heol y Ffug, Llanharan, CF99 9RE. I am their Mam-gu. Elis is 9 and Mali is 7.\n"
        "My eldest grandson Gethin (16) has been living with me since the summer and goes to college.\n\n"
        "Yours faithfully,\nEirlys Ffuglloyd\n",
        sender_name="Eirlys Ffuglloyd",
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [
        {"name": "Catrin Ffugbowen", "relationship": "mother"}
    ] * 2


def test_a_grandmother_he_has_lived_with_since_his_mother_went_to_live_abroad(read):
    ex = read(
        "I am writing about my grandson Ellis Ffugcarey, date of birth 11-09-2014. I am his Mam-gu and he has lived "
        "with me since June, when my daughter Rachel (his mother) went to live in Spain with her partner.\n\n"
        "Yours faithfully,\nMargaret Ffugthomas\n",
        sender_name="Margaret Ffugthomas",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Margaret Ffugthomas", "relationship": "grandmother"}


def test_an_aunt_he_now_lives_full_time_with_after_a_breakdown_with_his_mother(read):
    ex = read(
        "I'm the YJS case manager for Tyler-James Ffugmorgan (DOB 02/12/2011). Following a breakdown in the "
        "relationship with his mother, Donna Ffugmorgan (14 Stryd y Ffug, Treorci), he now lives full-time with his "
        "aunt, Ms Sian Ffugbowen - he calls her \"Anti Sian\" - at 6 Ffug Street, Tonypandy, CF99 2BD.\n"
    )
    child = ex.children[0].to_schema()
    assert child["carer"] == {"name": "Sian Ffugbowen", "relationship": "aunt"}
    assert child["postcode"] == "CF99 2BD"


def test_the_mother_who_remains_the_main_carer_while_they_stay_with_her_mum(read):
    ex = read(
        "Victim: Gemma FFUGREES (31)\nChildren present:\n  Maisie FFUGBELL   DOB 13/06/2017\n"
        "Current address: c/o Carol FFUGREES (maternal grandmother), 5 Heol Ffug, Llanharan, CF99 9RF\n\n"
        "Gemma and the children are staying with Gemma's mum, Carol, for the foreseeable future and Gemma remains "
        "their main carer.\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Gemma Ffugrees"


def test_a_family_word_for_a_grandparent_is_no_name_and_the_bracket_says_which(read):
    ex = read(
        "Lucy Ffugchen, DOB 09/02/2015, lives with her Po Po (maternal grandmother), Mrs Ffugwong Mei Ling, at 21A "
        "Ffug Street, Tonypandy, CF99 1AN.\n\nTahmid Ffugrahman (DOB 16/07/2015) is living with his Nana (maternal "
        "grandfather), Mr Abdul Ffugkarim, at 112 Heol Ffug, Tylorstown, CF98 3HB.\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [
        {"name": "Ffugwong Mei Ling", "relationship": "grandmother"},
        {"name": "Abdul Ffugkarim", "relationship": "grandfather"},
    ]


def test_welsh_anti_is_an_aunt_and_not_anti_social(read):
    ex = read(
        "Lili Ffugtudor (Bl 3) has been off 2 weeks. Mam is in Abertawe with a new partner & the kids are with their "
        "Anti Carys in Ynyshir. Lili dob 14.03.2019.\n",
        channel="slack",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Carys", "relationship": "aunt"}
    ex = read("Jac Ffugjones, DOB 02/03/2015, has had anti-social behaviour warnings; no carer is named here.\n")
    assert ex.children[0].to_schema()["carer"] is None


def test_the_relative_she_is_living_with_not_the_dad_who_said_so(read):
    ex = read(
        "Seren Ffugjones (Bl.2) - no attendance since 6/3. Spoke to her Dad, he says she's living with her Nain now "
        "cos of stuff at home. She's 6 (dob 1/10/2020).\n",
        channel="slack",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": None, "relationship": "grandmother"}


def test_foster_carers_of_a_placement_over_a_birth_mother_with_no_current_contact(read):
    ex = read(
        "Brooke FFUGJENKINS (DOB 12/12/2017) moved to a new placement with foster carers Nadia and Imran Ffugchaudhry "
        "at 2 Llys Ffug, Llanilltud Faerdref, CF99 2FX. Birth mother Chantelle Ffugjenkins has no current contact.\n"
    )
    assert ex.children[0].to_schema()["carer"]["relationship"] == "foster carer"


def test_welsh_nain_yw_names_her_and_a_childs_friend_is_no_carer_and_no_school(read):
    ex = read(
        "Disgybl Bl 6: Osian Ffugdavies, dob 11/11/2015. Byw gyda'i Nain a'i Daid – Nain yw Mrs Glenys Ffugdavies – "
        "yn 5 Heol y Ffug, Aberdâr CF99 8BG. His friend Tomos from Ysgol Ffugdâr saw him in town.\n",
        channel="slack",
    )
    child = ex.children[0].to_schema()
    assert child["carer"] == {"name": "Glenys Ffugdavies", "relationship": "grandmother"}
    assert child["school"] is None


def test_a_short_name_then_the_full_name_in_brackets(read):
    ex = read(
        "3 from us - Harri Ffugevans Y3 and his sister Seren Ffugevans Y1 - living with Aunty Jo (Joanne Ffugbowen) "
        "at 8 Ffug Terrace, Maerdy CF99 4DF. DOBs Harri 3/3/2019, Seren 25/12/2020\n",
        channel="slack",
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [
        {"name": "Joanne Ffugbowen", "relationship": "aunt"}
    ] * 2


def test_a_titled_surname_completed_from_the_adult_not_the_child_named_first(read):
    ex = read(
        "I attended a domestic incident involving Agnieszka FFUGNOWAK and her former partner. Ms Ffugnowak and her "
        "son Kacper (DOB 14/02/2018) have since left that address.\n",
        subject="CME referral - Kacper FFUGNOWAK",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Agnieszka Ffugnowak", "relationship": "mother"}


def test_a_big_brother_in_school_is_no_carer(read):
    ex = read(
        "Worried about Jakub Ffugniewski (Yr 5) - not in for 3 wks now, 0 contact from mum. Their big brother Filip "
        "(Ffug Comp, still attending :+1:) told his tutor they're living at their auntie's now.\n",
        channel="slack",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": None, "relationship": "mother"}


def test_a_mother_abroad_with_the_child_not_with_her_sister(read):
    ex = read(
        "Sumaiya Ffugrahman (DOB 23-06-2013, Year 10) travelled to Bangladesh with her mother in July. Her mother, "
        "Mrs Rokeya Ffugbegum, is still in Bangladesh with her.\n\nFather: Mr Abdul Ffugrahman (at the family home)\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Rokeya Ffugbegum", "relationship": "mother"}
    ex = read(
        "Omar Ffugosman, 9, has no school place. Dad is Mr Adam Ffugosman. Mum is still in Egypt with her sister and "
        "hopes to join them later this year.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Adam Ffugosman", "relationship": "father"}


def test_a_man_who_stated_he_is_their_father_and_mr_surname_caring_for_the_children(read):
    ex = read(
        "At 11:20 I spoke to a male, Craig FFUGGRAINGER, in the car park at Talbot Green. He had two children with "
        "him, Alfie FFUGGRAINGER (12) and Ruby FFUGGRAINGER (9), and stated he is their father.\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [
        {"name": "Craig Ffuggrainger", "relationship": "father"}
    ] * 2
    ex = read(
        "Principal applicant: Mr Sayed FFUGRAHIMI\nSpouse: Mrs Fariba FFUGRAHIMI - remains in hospital\n"
        "Dependants:\n  Zahra FFUGRAHIMI   DOB 01/01/2017\n\nMr Ffugrahimi is caring for the children while Mrs "
        "Ffugrahimi is in hospital.\n"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Sayed Ffugrahimi"


def test_a_street_after_a_relative_is_no_carers_name(read):
    ex = read(
        "Ellie-Mai Ffugkins 7C – not been in since 16/1, phone dead, HV done Fri no answer. Lives w/ her nan, 23 "
        "Chapel Street, Penygraig. DOB 1.2.2015. Any ideas??\n",
        channel="slack",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": None, "relationship": "grandmother"}




def test_a_mother_who_phoned_to_say_theyd_moved_is_still_the_carer():
    # The carer rule itself: other readers (the parse, the surname) may rescue the name in a whole report.
    text = "Mum (Siwan Ffugwen) phoned on the 12th to say they'd moved to 23 Heol Ffug, Llanharan, CF72 9RD."
    spans = [(n.start, n.end) for n in find_names(text)]
    found = [(c.name, c.relationship) for c in find_carers(text, [], ["Cai Ffugoney"], spans)]
    assert found[0] == ("Siwan Ffugwen", "mother")


def test_a_grandmother_the_child_has_been_living_with_is_the_carer_not_the_mother_in_hospital(read):
    ex = read(
        "Dear Sir or Madam,\n\nMy grandson Rhys Ffugner has been living with me since February because his mam, my "
        "daughter Sara Ffugner, has been very poorly and is in the Royal Glamorgan now.\n\nRhys is 9 and goes to "
        "Ysgol Ffug.\n\nYours faithfully,\nGlenys Ffugheroe (Mrs)\n",
        sender_name="Glenys Ffugheroe",
    )
    assert carer(ex) == {"name": "Glenys Ffugheroe", "relationship": "grandmother"}


def test_a_first_name_and_her_children_is_the_full_name_given_before(read):
    ex = read(
        "One of our tenants, Jade Ffugella, was evicted from Flat 6, Ffug Court on 6th February.\n\nJade and her two "
        "children are staying with a friend (Leanne Ffugris) at 48 Heol Ffug, Ynyshir, CF39 0EG.\n\n"
        "Finn Ffugella - 18/02/2015\nLily Ffugella - 01/03/2019\n"
    )
    assert [carer(ex, i) for i in (0, 1)] == [{"name": "Jade Ffugella", "relationship": "mother"}] * 2


def test_a_labelled_mother_written_surname_first_in_capitals_and_a_father_still_abroad(read):
    ex = read(
        "Children:\n1. FFUNG Ka Ho (known as Kelvin), DOB 30/08/2015\n\n"
        "Mother: LAU Mei Ling (Mrs Lau) - main carer. Father Mr FFUNG Chi Keung is still working in Hong Kong and "
        "will join them in the summer.\n"
    )
    assert carer(ex) == {"name": "Lau Mei Ling", "relationship": "mother"}


def test_a_father_still_working_abroad_is_not_the_carer(read):
    ex = read("Cai Ffugson (Y4) has no school place. His dad Rhodri Ffugson is still working in Dubai.")
    assert carer(ex)["name"] is None


def test_an_occupant_with_a_nickname_in_brackets_who_lives_there_with_her_children(read):
    ex = read(
        "The male, Marek Ffugski, had left. The occupant, Katarzyna (Kasia) Ffugak, lives at the address with her two "
        "children:\n\nZofia Ffugak – DOB 12/05/2016\nAntoni Ffugak – DOB 30/11/2018\n"
    )
    assert carer(ex) == {"name": "Katarzyna Ffugak", "relationship": "mother"}


def test_mums_facebook_is_no_carer(read):
    ex = read(
        "Kai Ffugell (Y4) moved out last weekend according to mum's Facebook :eyes: Mum is Gemma Ffugell.",
        channel="slack",
        sender="U0FFUG0103",
    )
    assert carer(ex) == {"name": "Gemma Ffugell", "relationship": "mother"}


def test_the_parent_said_to_be_the_main_contact_of_two_named(read):
    ex = read(
        "Jiayi Ffugen, DOB 8 April 2016, was deregistered in January. Her parents are Ffugen Hao (father) and Li Na "
        "(mother); Li Na is the main contact and has reasonable English."
    )
    assert carer(ex) == {"name": "Li Na", "relationship": "mother"}


def test_a_relative_who_came_in_named_in_brackets_after(read):
    ex = read(
        "Had Nain in at the office this morning (Mrs Gwenda Ffugchard) asking for places for her 2 grandchildren. "
        "Lowri Ffugchard is 10 and Deio Ffugchard is 7.",
        channel="slack",
        sender="U0FFUG0104",
    )
    assert carer(ex) == {"name": "Gwenda Ffugchard", "relationship": "grandmother"}


def test_a_father_currently_in_hospital_and_a_mother_caring_for_the_children(read):
    ex = read(
        "The household is:\n\n- Mr Khaled Ffugasri (father) - currently in the Royal Ffug Hospital following an "
        "operation\n- Mrs Rasha Ffugasri (mother) - caring for the children\n- Lana Ffugasri, born 15 March 2016\n"
    )
    assert carer(ex) == {"name": "Rasha Ffugasri", "relationship": "mother"}
    ex = read("Tyler Ffugeill (Y9). Mam (Sinéad Ffugeill) has been in hospital twice this year.")
    assert carer(ex) == {"name": "Sinéad Ffugeill", "relationship": "mother"}


def test_the_tenant_of_a_household_table_with_children_rows(read):
    ex = read(
        "Household on tenancy file:\n\nName              Relationship   DOB\nZsófia Ffugács     Tenant         "
        "12/03/1990\nBence Ffugács      Son            09/09/2015\nLili Ffugács       Daughter       18/12/2016\n"
    )
    assert [carer(ex, i)["name"] for i in (0, 1)] == ["Zsófia Ffugács"] * 2


def test_a_great_aunt_named_after_a_long_bracket_and_a_prison_is_no_home(read):
    ex = read(
        "I am the social worker for Kacey-Leigh Ffugans, born 30th Nov 2015.\n\nKacey-Leigh's mother, Ms Jade "
        "Ffugans, received a custodial sentence on 6 May and is currently at HMP Ffug Park, Falfield, GL12 8DB. She "
        "arranged for Kacey-Leigh to live with her own aunt (Kacey-Leigh's great-aunt), Mrs Pamela Ffuglands, at:\n\n"
        "Bungalow 2, Maes Ffug\nBala\nLL23 7BZ\n"
    )
    kid = ex.children[0].to_schema()
    assert kid["carer"]["name"] == "Pamela Ffuglands"
    assert kid["address"] == "Bungalow 2, Maes Ffug, Bala, LL23 7BZ"


def test_the_parent_who_does_most_of_the_childcare(read):
    ex = read(
        "Children: Lana Ffughamwi (8) and Omar Ffughamwi (6)\n\nFather: Khalil Ffughamwi\n"
        "Mother: Rima Ffughamwi (Rima does most of the childcare; Khalil has health problems)\n"
    )
    assert carer(ex)["name"] == "Rima Ffughamwi"


def test_a_tenant_looking_after_a_boy_day_to_day_and_the_mother_who_asked_him_to_leave(read):
    ex = read(
        "One of our tenants, Lisa Ffugris, has had her son's friend staying with her for three weeks.\n\n"
        "The young person is Jordan Ffugone, DOB 17.01.2011. His mum, Sharon Ffugone, asked him to leave after an "
        "argument. Lisa is looking after him day to day but can't keep him long term.\n"
    )
    assert carer(ex)["name"] == "Lisa Ffugris"


def test_a_grandmother_the_children_are_with_full_time_and_a_mother_who_is_not_around(read):
    ex = read(
        "For five weeks a grandmother, Jean Ffugiths, has been coming in with her two grandchildren, Skye (10) and "
        "Alfie (13) Ffugiths. Jean told me the children's mam can't cope and the children have been with her full "
        "time since they were evicted. Their mother is Kayla Ffugiths but she's not around (I think she is in "
        "Swansea).\n"
    )
    assert carer(ex) == {"name": "Jean Ffugiths", "relationship": "grandmother"}


def test_a_parents_mail_forwarded_under_its_own_subject_names_the_parent_not_the_forwarder(read):
    ex = read(
        "Hi CME team,\n\nForwarding as discussed. These two were offered places at Ffugfoot CP School and never "
        "turned up. Mum's email to us from March is below.\n\nThanks\nJac Ffugdus\nSchool Admissions Officer\n"
        "Ffugshire County Council\n\n---------- Forwarded message ---------\n"
        "From: Mariana Ffugosta <m.ffugosta@example.com>\nDate: Mon, 16 Mar 2026 at 21:04\n"
        "Subject: school place for my children\n\nGood evening,\n\nMy name is Mariana Ffugosta, I work now at a "
        "hotel in Ffugfoot for the season. My children came with me:\n\nGabriel Ffugosta - 04/07/2016\n"
        "Leonor Ffugosta - 25/12/2019\n\nPlease can they go to the school?\n\nObrigada,\nMariana Ffugosta\n",
        subject="FW: Fwd: school place for my children",
    )
    assert carer(ex) == {"name": "Mariana Ffugosta", "relationship": "mother"}


def test_the_relative_a_girl_is_now_living_with_over_the_friend_she_stayed_with(read):
    ex = read(
        "Update on Jess - she moved out on Friday and is now living with her aunt, Michelle Ffugrees, at "
        "4 Bryn Ffug, CF99 8DG.\n\n> I'd like to refer Jessica Ffugcole, DOB 09/03/2011. Since mum went into rehab "
        "Jess has been staying with a family friend, Mrs Dawn Ffughale, at 17 Maes Ffug, CF99 8EA.\n"
    )
    assert carer(ex)["name"] == "Michelle Ffugrees"


def test_mum_is_the_best_contact_of_two_named_parents(read):
    ex = read(
        "I met Stefan Ffugrov (15) and his sister Elena Ffugrova (14) last Thursday. The family came over in March "
        "for the season - dad Georgi works on maintenance and mum Petya Ffugrova cleans the lodges.\n\n"
        "Mum is the best contact - Petya speaks good English.\n"
    )
    assert carer(ex) == {"name": "Petya Ffugrova", "relationship": "mother"}


def test_a_parent_named_in_brackets_after_a_possessive(read):
    ex = read(
        "CME referral for Jayden-Lee Ffugprice, Y9. Not seen since 28/11. Neighbour says they moved out. No "
        "forwarding address, mum's (Leanne Ffugprice) number disconnected. Last known: 5 Dan y Ffug, CF99 3HB."
    )
    assert carer(ex) == {"name": "Leanne Ffugprice", "relationship": "mother"}


def test_a_title_and_the_childs_surname_name_the_parent_spoken_of(read):
    ex = read(
        "Mum of Harvey Ffuglewis (Y8) emailed to say she's deregistering him to home educate. Mrs Ffuglewis "
        "wouldn't say why. DOB 8/10/13, address 19 Ffug Street, Ffugpandy CF99 1BQ."
    )
    assert carer(ex) == {"name": "Mrs Ffuglewis", "relationship": "mother"}
    ex = read(
        "Mum of Harvey Ffuglewis (Y8) emailed to say she's deregistering him. Mr Ffuglewis wouldn't say why."
    )
    assert carer(ex) == {"name": None, "relationship": "mother"}


def test_a_relative_whose_own_home_is_given_in_an_aside_is_not_the_carer(read):
    ex = read(
        "Lily Ffugjones Y1 - dad collected her 10/2 & said they're moving to Ffugedegar. Nan (Pat Ffugjones, lives "
        "on Winch Ffug) says they're up the valley now. Last address we had: 51 Heol Ffug, Gurnos CF99 9HB."
    )
    assert carer(ex) == {"name": None, "relationship": "father"}
    ex = read(
        "Lily Ffugjones Y1 has not been in since 10/2. Nan (Pat Ffugjones, lives at the same address) says "
        "they're up the valley now."
    )
    assert carer(ex)["name"] == "Pat Ffugjones"


def test_the_carers_husband_is_not_the_carer(read):
    ex = read(
        "Child: Seren Ffugbayo\nDOB: 21/03/2014\nAddress: 2 Bron Ffug, Llanffug CF99 3PP\n"
        "Carer: Menna Ffugroberts (Nain) - Special Guardian; lives with her husband Alun Ffugroberts (Taid)\n"
    )
    assert carer(ex) == {"name": "Menna Ffugroberts", "relationship": "grandmother"}


def test_a_grandparent_who_tells_of_his_granddaughter(read):
    ex = read(
        "During an appointment a customer, Mr Keith Ffugdavies, mentioned that his granddaughter Demi-Leigh "
        "Ffugdavies (14), who lives with him full time, has had no schooling since November."
    )
    assert carer(ex) == {"name": "Keith Ffugdavies", "relationship": "grandfather"}
    ex = read(
        "Demi-Leigh Ffugdavies (14) has had no schooling since November. Mr Ffugdavies is Demi-Leigh's Tad-cu and "
        "has looked after her since she was small. His first name is not known to us."
    )
    assert carer(ex)["relationship"] == "grandfather" and carer(ex)["name"].endswith("Ffugdavies")


def test_a_parent_the_children_visit_is_not_the_carer(read):
    ex = read(
        "Lead parent: Kerry-Ann Ffughoney (Mum)\nChildren:\nTia Ffugavanagh | D.O.B 4th Oct 2015 | Y4 | Ffug Primary\n"
        "Father (Tia): Sean Ffugavanagh, 4 Maes y Ffug, Maesteg - contact every other weekend\n"
    )
    assert carer(ex)["name"] == "Kerry-Ann Ffughoney"


def test_the_parent_said_to_live_or_move_with_her_children(read):
    ex = read(
        "Our tenant Kerry-Ann Ffugprice appears to have abandoned her tenancy at 3 Rhes Ffug, Llanidloes, SY18 6DG.\n"
        "Kerry-Ann lived there with her two children, Mason (8) and Ellie-Mai (6)."
    )
    assert carer(ex) == {"name": "Kerry-Ann Ffugprice", "relationship": "mother"}
    ex = read(
        "I'm writing from Ireland about my sister's children. My sister Róisín Ffugolly moved from Ennis to Wales in "
        "July with her new partner, Gavin, and her three children: Aoife (born 2nd February 2013) and Cian (10).\n\n"
        "I'm their aunt and godmother.\n\nMáiréad Ffugolly\nMobile +353 87 900 4417"
    )
    assert carer(ex) == {"name": "Róisín Ffugolly", "relationship": "mother"}
    ex = read(
        "Mirela Ffugescu has worked in our kitchens since 1 May and lives in staff chalet B7 with her two children, "
        "Andrei (11) and Sofia (8). Neither child is in school."
    )
    assert [carer(ex, i) for i in range(2)] == [{"name": "Mirela Ffugescu", "relationship": "mother"}] * 2


def test_the_parent_a_child_has_gone_to_live_with_over_the_parent_who_rang(read):
    ex = read(
        "flagging one of our Y8s - Callum Ffugrees (DOB 12.05.2013) hasn't been back since half term. Dad (Steve) "
        "rang first thing to say Callum's gone to live with his mam in Port Talbot & he doesn't have the address.",
        channel="slack",
        sender="U0FFUG0400",
    )
    assert carer(ex) == {"name": None, "relationship": "mother"}


def test_the_relative_a_child_went_to_live_with_after_a_parent_went_into_rehab(read):
    ex = read(
        "Reuben Ffugscoll Y8 (dob 4/4/2014) has been off since 3rd Nov. Mum (Siobhan) is in rehab & he's gone to "
        "live with his uncle Declan in Crickhowell.\nUncle's address: 6 Ffug Street, Crickhowell NP8 1BP\n"
        "(Old home address was 21 Maes y Ffug, Llanfair Caereinion SY21 0BB - empty now)",
        channel="slack",
        sender="U0FFUG0500",
    )
    kid = ex.children[0].to_schema()
    assert kid["carer"] == {"name": "Declan", "relationship": "uncle"}
    assert kid["address"] == "6 Ffug Street, Crickhowell, NP8 1BP"


def test_a_parent_named_in_full_with_a_possessive_before_the_child(read):
    ex = read(
        "Just flagging that Kevin Ffugerty's son Cian (DOB 03/11/2013) hasn't been to school since they became "
        "homeless in February. Kevin says the bus is too expensive."
    )
    assert carer(ex)["name"] == "Kevin Ffugerty"
    ex = read("My son Stuart's children, Ffion (DOB 03/11/2013) and Cai (DOB 04/04/2015), are not in school.")
    assert (carer(ex) or {}).get("name") != "Stuart's"


def test_the_adult_said_to_be_the_main_carer_in_other_words(read):
    ex = read(
        "Cai Ffugebayo (born 1 December 2014) is not on any school roll. Mr Ffugebayo works nights, so his wife, "
        "Mrs Folake Ffugebayo, is at home with the children and is their main carer day to day."
    )
    assert carer(ex)["name"] == "Folake Ffugebayo"
    ex = read(
        "Household: 10 Ffordd y Ffug, Llanharan CF72 9RE\n"
        "Adults: Ms Juliana Ffugos (mother, Brazilian national) - main carer; Mr Nuno Ffugsa (stepfather)\n"
        "Children referred:\n - Gabriel Ffugos, 11 (born 03/03/2015)"
    )
    assert carer(ex) == {"name": "Juliana Ffugos", "relationship": "mother"}
    ex = read(
        "Connor Ffugle (DOB 02/02/2013) has lived with his dad, Sean Ffugle, and his stepmum, Kerry Ffugle, at 3 "
        "Ffug Terrace, Aberaman CF44 6RR since August. Sean works away on the rigs most weeks, so Kerry is the one "
        "who has Connor day to day."
    )
    assert carer(ex) == {"name": "Kerry Ffugle", "relationship": "stepmother"}


def test_a_relationship_set_beside_the_adults_name(read):
    ex = read(
        "I've been contacted by Mrs Halina Ffugińska, the grandmother of Kacper Ffugiński (DOB 21/07/2012). "
        "Kacper lives with his grandparents at Flat 4, Cwrt y Ffug, Tonyrefail, CF39 8AB."
    )
    assert carer(ex) == {"name": "Halina Ffugińska", "relationship": "grandmother"}
    ex = read(
        "Officers stopped a car; the passenger gave his name as Ardit Ffugxha, aged 13. The driver, Mr Arben "
        "Ffugxha (38), stated he is the boy's uncle and that Ardit has lived with him since arriving."
    )
    assert carer(ex)["name"] == "Arben Ffugxha"


def test_a_surname_possessive_with_the_apostrophe_after_the_s_names_someone_else(read):
    ex = read(
        "Cadi Ffugliams (DOB 23/09/2019) is subject to a plan. Their mother, Kelly Ffugliams, left her home address "
        "at 14 Ffordd Garth, Gwersyllt, Wrexham, LL11 4EE without notice on 9 July. We now believe the family are "
        "living with Ms Ffugliams' new partner at Flat 9, Maes yr Haf, Mountain Ash, CF45 4BY."
    )
    assert carer(ex) == {"name": "Kelly Ffugliams", "relationship": "mother"}


def test_the_adult_who_says_the_child_lives_with_her_over_a_father_sent_to_prison(read):
    ex = read(
        "I did a welfare check today. Chantelle Ffugmoss confirmed that Poppy Ffugreilly has lived with her since "
        "Poppy's dad, Jordan Ffugreilly, was sent to prison in August. Poppy is 8 and was at Ffug Primary.\n\n"
        "Address: 7 Heol y Ffynnon, Cwmbach, Aberdare CF44 0PA\nPoppy's DOB per Niche: 15/02/2018"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Poppy Ffugreilly"]
    assert carer(ex)["name"] == "Chantelle Ffugmoss"


def test_a_neighbours_own_daughter_is_no_sign_the_neighbour_is_the_carer(read):
    ex = read(
        "theres a little girl living next door to me with her grandad and she never goes to school. shes called "
        "Maisie, she told my daughter shes six. her grandads name is Terry Ffugobbs, i think her mum passed away "
        "last year.\n\ntheir address is 11 Maes y Ffug, Tonyrefail, mine is 13.\n\nDebbie",
        sender="debbie.ffug@example.org",
        sender_name="Debbie Ffugrowlands",
    )
    assert carer(ex) == {"name": "Terry Ffugobbs", "relationship": "grandfather"}


def test_the_adult_the_children_are_looked_after_by(read):
    ex = read(
        "Their mother, Danielle Ffugmarsh, was seriously injured in a collision. They are now being looked after by "
        "Danielle's husband (their stepfather), Ioan Ffugriffiths, who visits daily.\n\n"
        "Sophie Ffugmarsh - 10 years old\nLeo Ffugmarsh - 6 years old\n\n"
        "Their father, Kieran Ffugmarsh, lives in Bridgend but has not been in contact."
    )
    assert carer(ex) == {"name": "Ioan Ffugriffiths", "relationship": "stepfather"}
    ex = read(
        "I am the social worker for Brooke Ffugkins (DOB 12/12/2017), who is looked after by Merthyr Tydfil County "
        "Borough Council. She moved to foster carers Nadia and Imran Ffugaudhry at 2 Llys Ffug, CF38 2FX."
    )
    assert "County" not in (carer(ex) or {}).get("name", "")


def test_an_adult_said_to_have_the_children_with_her(read):
    ex = read(
        "We placed a household in temporary accommodation on Thursday. Ms Shannon Ffugkins presented as homeless "
        "after an eviction from her private let (3 Lôn y Ffug, Caerphilly, CF83 1QQ - now vacant).\n\n"
        "She has two children with her:\n  - Leo Ffugkins, 9\n  - Maisie Ffugcarter, 6\n"
    )
    assert carer(ex) == {"name": "Shannon Ffugkins", "relationship": "mother"}
    ex = read(
        "One of the workers, Galina Ffugova, has her two children living with her:\n"
        "- Viktoria Ffugova, born 08.11.2016\n- Stefan Ffugov, 8 years old\n"
    )
    assert carer(ex) == {"name": "Galina Ffugova", "relationship": "mother"}
    ex = read(
        "Just back from a visit to a family on the lay-by. It's Rosie Ffugswell and her partner with three children:"
        "\n\n- Levi, about 10\n- Mercy, 7\n"
    )
    assert carer(ex) == {"name": "Rosie Ffugswell", "relationship": "mother"}


def test_a_carer_named_after_a_wrapped_line_or_looking_after_a_girl(read):
    ex = read(
        "I am the allocated social worker for Osian Ffugkins (11). Since January Osian has been living with his "
        "Tad-cu,\nGareth Ffugkins, at 3 Bryn Eglwys, Ferndale, CF43 4LE."
    )
    assert carer(ex) == {"name": "Gareth Ffugkins", "relationship": "grandfather"}
    ex = read(
        "At a drop-in on Saturday I met Mrs Grace Ffugemi, who told me she has been looking after a 13 year old "
        "girl, Chidera Ffugonkwo, since the summer."
    )
    assert carer(ex)["name"] == "Grace Ffugemi"


def test_a_title_and_surname_said_to_care_mean_the_one_named_in_full_with_that_title(read):
    ex = read(
        "My tenants are Mr László Ffugács and Mrs Erika Ffugács. They have three children: Zsófia, who is 12, "
        "Bence, who is 8, and a baby. Mrs Ffugács is at home with the children, Mr Ffugács works long hours."
    )
    assert carer(ex)["name"] == "Erika Ffugács"
    ex = read(
        "Kieran Ffugson (DOB 01/08/2014) was placed on 2nd May with foster carers Mr Dafydd ap Ffug and Mrs Heledd "
        "ap Ffug at Tŷ Gwyn, Ffug Road, Mountain Ash, CF45 3YF. Mrs ap Ffug is the main carer as Mr ap Ffug works "
        "full time."
    )
    assert carer(ex)["name"] == "Heledd ap Ffug"
    ex = read(
        "Evan Ffugh (DOB 25.10.2013) lives with his father, Mark Ffugh, and stepmother, Joanna Ffugh. Mark works "
        "offshore so in practice Joanna has day-to-day care of Evan."
    )
    assert carer(ex)["name"] == "Joanna Ffugh"


def test_a_parent_named_with_a_title_before_a_sentence_about_their_child(read):
    ex = read(
        "I saw Mr Chen Ffugwei at our outreach session on Friday about a benefits issue and, with his consent, I'm "
        "passing on the following.\n\nHis daughter, Yutong Ffugchen, who is 13, came from China in March to join him."
    )
    assert carer(ex)["name"] == "Chen Ffugwei"


def test_a_schools_lost_contact_is_not_said_of_the_parent_named_after_it(read):
    ex = read(
        "*Tiago Ffugreira* 9G (03/02/2013) went to Madeira for a wedding. Not back. No contact for 4 wks - dad's "
        "phone (Nuno Ffugreira) off, emails bouncing.",
        channel="slack",
        sender="U0FFUG1200",
    )
    assert carer(ex) == {"name": "Nuno Ffugreira", "relationship": "father"}


def test_a_relatives_name_given_with_a_label_or_for_the_record(read):
    for said in (
        "Mother's name: Kelly Ffug",
        "Carer's name: Kelly Ffug",
        "Mum's full name for your records is Kelly Ffug.",
    ):
        ex = read(f"Tyler Ffug (10) has not been in school since May.\n{said}\n")
        assert carer(ex)["name"] == "Kelly Ffug", said


def test_grandparents_named_together_give_the_first_named_with_the_shared_surname(read):
    ex = read(
        "Tyler Ffug (10) has not been in school since May. He lives with his grandparents, Jean and Bill Ffugson, "
        "at 4 Heol Ffug, Ffugtown."
    )
    assert carer(ex) == {"name": "Jean Ffugson", "relationship": None}


def test_a_surname_with_a_particle(read):
    ex = read(
        "Rafael Ffug (DOB 15/01/2017) has been off roll for 10 school days.\n"
        "Parent/carer: Mr Tiago da Ffugva (father)\n"
    )
    assert carer(ex) == {"name": "Tiago da Ffugva", "relationship": "father"}


def test_a_parent_named_after_but_in_a_sentence_about_a_sibling_who_attends(read):
    ex = read(
        "Hi - Leo Ffugaya in Y1 here is still coming in (refuge are sorting a taxi) but Mum (Ayşe Ffugaya) told me "
        "his brothers Emre Ffugaya (Y6) and Deniz Ffugaya (Y4) haven't been to their school since they went into the "
        "refuge.",
        channel="slack",
        sender="U0FFUG8824",
    )
    assert [k["name"] for k in (c.to_schema() for c in ex.children)] == ["Emre Ffugaya", "Deniz Ffugaya"]
    assert carer(ex) == {"name": "Ayşe Ffugaya", "relationship": "mother"}


def test_a_foster_carer_who_moved_and_took_the_child_along(read):
    ex = read(
        "Ruby-Leigh Ffugmer (Y2) - her foster carer Mrs Joanne Ffugchard moved to Bridgend last Friday and took "
        "Ruby-Leigh with her. New address is 5 Maes Ffug, Pencoed CF35 6PQ. Not in school this week.",
        channel="slack",
        sender="U0FFUG8726",
    )
    assert carer(ex) == {"name": "Joanne Ffugchard", "relationship": "foster carer"}


def test_a_relative_spoken_to_today_then_named(read):
    ex = read(
        "Dávid & Nikola Ffugoš (Y4 & Y2) last in school 3 wks ago. Spoke to their aunt today, Mária Ffugošová, she "
        "says mum & dad have gone back to Slovakia for a few months and the kids are staying with her.",
        channel="slack",
        sender="U0FFUG8733",
    )
    assert carer(ex) == {"name": "Mária Ffugošová", "relationship": "aunt"}


def test_a_tenant_named_with_his_address_who_has_his_children_living_with_him(read):
    ex = read(
        "One of our tenants, Mr Jun Ffugchen, Flat 9, Nant Ffug Court, Ffugtown, CF44 8AB, has his two children "
        "living with him and I've noticed both of them at home every weekday morning. The boy is Wei, about 10."
    )
    assert carer(ex)["name"] == "Jun Ffugchen"


def test_a_sister_in_the_schools_reception_class_is_no_carer(read):
    ex = read(
        "Lili Ffugne - DOB 07/03/2019 - has been withdrawn for home education.\n\nTheir sister Gwen is in our "
        "Reception class and is staying with us."
    )
    assert (carer(ex) or {}).get("name") != "Gwen"


def test_the_parent_a_child_previously_lived_with_is_not_the_carer(read):
    ex = read(
        "I'm the allocated social worker for Ayaan Ffugman (DOB 5 August 2016), who has been placed on an emergency "
        "basis with his maternal aunt, Mrs Shirin Ffugtar, who has been approved as a connected persons foster "
        "carer. Mrs Ffugtar lives with her husband Kamal and their two children at:\n\n31 Maes Ffug, Llantrisant, "
        "CF72 8EU\n\nAyaan previously lived with his mother, Ms Rehana Ffugman, at 9 Ffug Road, Cardiff, CF11 6JU. "
        "Mum is not to have unsupervised contact."
    )
    assert carer(ex) == {"name": "Shirin Ffugtar", "relationship": "aunt"}


def test_a_relatives_home_with_their_name_in_brackets(read):
    ex = read("Tyler Ffug (10) has not been in school since May. He has been staying at his nan's (Jean Ffugson).")
    assert carer(ex) == {"name": "Jean Ffugson", "relationship": "grandmother"}


def test_a_mother_who_moved_here_with_the_children_is_their_carer(read):
    ex = read("Tyler Ffug (9), 9 Heol Ffug, Ffugdare.\n\nMum, Kerry-Ann Ffug, moved to the above address with her "
              "two children in November.")
    assert carer(ex)["name"] == "Kerry-Ann Ffug"
    ex = read("Tyler Ffug (9) lives with his nan, Glenys Ffug.\n\nMum, Kerry-Ann Ffug, moved to Rhyl with her new "
              "partner in November.")
    assert carer(ex)["name"] == "Glenys Ffug"


def test_a_mothers_name_on_the_form_and_a_date_of_birth_on_it(read):
    ex = read("New Year 1 starter who hasn't arrived - Elis Ffug, DOB on the admissions form 04/03/2020. Mam's name "
              "on the form is Catrin Ffug, address 16 Stryd y Ffug, Ffugdare.")
    assert carer(ex) == {"name": "Catrin Ffug", "relationship": "mother"}
    assert ex.children[0].to_schema()["age"] == 6


def test_a_mother_who_went_into_custody_is_not_the_carer_and_the_partner_who_cares_is(read):
    ex = read("Jayden Ffug (DOB 28-10-2014) lives at 3 Maes Ffug, Ffugton. His mum, Stacey Ffug, went into custody "
              "in January.")
    assert carer(ex) is None
    ex = read("Jayden Ffug (DOB 28-10-2014) lives at 3 Maes Ffug, Ffugton with his mother's partner, Darren Ffugson, "
              "who has cared for him since his mum, Stacey Ffug, went into custody in January.")
    assert carer(ex)["name"] == "Darren Ffugson"
    ex = read("Jayden Ffug (DOB 28-10-2014) lives at 3 Maes Ffug, Ffugton with his mum, Stacey Ffug. Her partner, "
              "Darren Ffugson, was arrested.")
    assert carer(ex)["name"] == "Stacey Ffug"


def test_the_parent_who_deals_with_everything_over_a_grandmother_who_also_lives_with_them(read):
    ex = read(
        "A family moved to 15 Stryd Ffug, Ffugdare in March.\n\nParents: Marek Ffug (father) and Jana Ffugova "
        "(mother). Jana is the one who deals with everything for the children; Marek works shifts. The children's "
        "grandmother, Mrs Helena Ffugova, also lives with them but she is not well.\n\nChildren:\n- Denis Ffug - 14\n"
        "- Nikola Ffugova - 11\n"
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Jana Ffugova"] * 2



def test_a_main_carer_row_over_a_mother_with_supervised_contact_only(read):
    ex = read(
        "CHILD DETAILS\nName:              Jac Ffug-Ellis\nDOB:               2013-08-25\nMain carer:        Eirlys "
        "Ffug (maternal grandmother - \"Mam-gu\")\n\nPARENT DETAILS\nMother:            Kirsty Ellis - Flat 6, Cwrt "
        "Ffug, Carmarthen SA31 1QT (supervised contact only)\nFather:            Not involved\n"
    )
    assert carer(ex) == {"name": "Eirlys Ffug", "relationship": "grandmother"}
    ex = read("Reuben Ffug (DOB 09/09/2012) is on the register. His father, Gareth Ffug, has moved with him to 11 Lôn "
              "Ffug, St Asaph. Mum, Kirsty Dean, remains in Flint and has supervised contact only.")
    assert carer(ex)["name"] == "Gareth Ffug"


def test_a_mothers_details_row_and_a_pr_holder_row(read):
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nMother's details: Rhian Ffug, 07700 900123\n")
    assert carer(ex) == {"name": "Rhian Ffug", "relationship": "mother"}
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nPR holder: Rhian Ffug\n")
    assert carer(ex)["name"] == "Rhian Ffug"


def test_the_eldest_brother_the_children_live_with_not_the_brother_in_school(read):
    ex = read(
        "I'm worried about Kian Ffug, DOB 1 May 2011.\n\nSince their mum (Hannah Ffug) died in November, Kian and his "
        "younger brother Ellis have been living with their eldest brother, Daniel Ffug (19), at the family home.\n\n"
        "Ellis (11) is still on roll at Ystrad Primary and attending well, so I'm not referring him."
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Kian Ffug"]
    assert carer(ex) == {"name": "Daniel Ffug", "relationship": "sibling"}
    ex = read("Since their mum died in November, Kian Ffug (15) has not attended.")
    assert [c.to_schema()["name"] for c in ex.children] == ["Kian Ffug"]


def test_the_relative_caring_while_a_parent_is_away_or_cannot_cope(read):
    ex = read("Tomos Ffug (8) has not been in since Friday. He lives with his Nan, Carol Ffugins, because mum's been "
              "in HMP Ffug Park since Nov.")
    assert carer(ex) == {"name": "Carol Ffugins", "relationship": "grandmother"}
    ex = read("Hart Ffug is 9 and he has come to live with me permanently as his mother, my daughter Lisa, can't cope "
              "at the moment.\n\nThank you\nMargaret Ffug (Nan)")
    assert carer(ex)["name"] == "Margaret Ffug"
    ex = read("Ellie-Mai Ffug (Y4) has not been in since Easter. Mum left the family home a few weeks ago & Ellie-Mai "
              "is being looked after by mum's partner Jason - don't have a surname.")
    assert carer(ex)["name"] == "Jason"
    ex = read("Zayn Ffug (Y6) has been off since March. Mum Sophie Ffug has been admitted to hospital and Dad Imran "
              "Ffug is looking after them but says he's \"not coping\".")
    assert carer(ex)["name"] == "Imran Ffug"


def test_a_contact_label_naming_a_social_worker_is_no_carer(read):
    ex = read("Name: Brooklyn Ffug\nDOB: 01/02/2013\nPerson with PR: Ffug County Council (Care Order)\n"
              "Contact: Jo Ffugett, Social Worker, 01597 000221\nPrevious school: Ffug High School\n")
    assert carer(ex) is None
    ex = read("Name: Brooklyn Ffug\nDOB: 01/02/2013\nContact: Jo Ffugett (mother), 07700 900221\n")
    assert carer(ex)["name"] == "Jo Ffugett"


def test_a_foster_placement_with_a_couple_named_without_titles(read):
    ex = read(
        "Dear CME Officer,\n\nRe: Kayden Ffug, DOB 16.04.2016\n\nOn 30 June Kayden moved to a new long-term foster "
        "placement with Anwen and Huw Ffugson at 4 Heol Ffug, Cymmer, Porth, CF39 9HA, which is in your authority. "
        "He has had no school place since.\n\nKind regards\n\nRachel Ffugwen\nSocial Worker"
    )
    assert carer(ex) == {"name": "Anwen Ffugson", "relationship": "foster carer"}
    # A parent who moved away from the child is still not the carer.
    ex = read("Hi,\n\nLuca Ffug (9) lives with his nan, Mrs Dilys Ffug. His dad moved to Spain in May.\n\nJo")
    assert carer(ex) == {"name": "Dilys Ffug", "relationship": "grandmother"}


def test_the_adult_a_settled_sibling_lives_with_is_not_the_referred_childs_carer(read):
    ex = read(
        "Two from us pls\n1) Macsen Ffug-Davies Bl.4 DOB 3/4/2016\n2) Elin Ffug-Davies Bl.1 DOB 11/1/2019\n"
        "Mam (Rhiannon) pulled them out on Fri after a row with the Head.\n"
        "Their big sister Non (Bl.6) is staying with us, she's living with Dad (Aled Ffug) in Gilfach Goch.\n",
        channel="slack",
        sender="U0FFUG0010",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Macsen Ffug-Davies", "Elin Ffug-Davies"]
    assert carer(ex) == {"name": "Rhiannon", "relationship": "mother"}


def test_a_brother_at_school_is_no_carer(read):
    for school in ("Ffug Community School", "Ysgol Ffug", "Cardiff University"):
        ex = read(
            f"Zuzanna Ffugska, Yr 3, DOB 14th Aug 2017. Went to Poland for Christmas, not back. Big brother Jakub "
            f"Ffugski is at {school}, I've asked them whether he's back.",
            channel="slack",
            sender="U0FFUG0011",
        )
        assert carer(ex) is None
    # A brother who is an adult and looks after her still is.
    ex = read("Hi,\n\nZuzanna Ffugska (DOB 14/08/2017) lives with her brother Jakub Ffugski, 22, who cares for her.\n")
    assert carer(ex)["name"] == "Jakub Ffugski"


def test_a_younger_sister_a_father_who_has_had_the_children_and_the_one_looking_after_him(read):
    ex = read(
        "Child: Tomos Ffug\nDOB: 2nd October 2019\nMother: Cerys Ffug, tel 07700 900 552\n\n"
        "Tomos lives with Mum and his younger sister Alys (20 months), who is on my caseload.\n"
    )
    assert carer(ex) == {"name": "Cerys Ffug", "relationship": "mother"}
    ex = read(
        "Hi,\n\nI'm raising this with consent from my client, Craig Ffugwick.\n\nCraig has had his two children "
        "living with him since their mum went into prison in October:\nHarley Ffugwick, DOB 2013-03-22\n"
    )
    assert carer(ex) == {"name": "Craig Ffugwick", "relationship": "father"}
    ex = read(
        "Hi,\n\nI'm referring Callum Ffug (DOB 05/07/2011). He told me that his mum, Kerry Ffug, asked him to leave "
        "the family home just after Christmas. Since then he has been sleeping on the sofa at his aunt's house - his "
        "aunt is Donna Ffugard. Donna is the one looking after him day to day.\n"
    )
    assert carer(ex) == {"name": "Donna Ffugard", "relationship": "aunt"}


def test_a_mothers_name_given_after_what_she_is(read):
    ex = read(
        "Hi,\n\nThere's Kasia who is 8 and her brother Bartek who is 11 I think. They haven't been going to school "
        "since before Christmas.\n\nTheir mum is Polish, I think her name is Ewa, she doesn't speak much "
        "English.\n\nBev"
    )
    assert carer(ex) == {"name": "Ewa", "relationship": "mother"}


def test_a_church_members_title_sister_is_no_sibling(read):
    ex = read(
        "Dear Sir/Madam,\n\nA family joined our congregation recently. They have two children, Chiamaka (9) and "
        "Emeka (7), who have not yet been able to get into a school. The family are lodging for now with one of our "
        "church members, Sister Comfort Ffug, at 15 Ffug Road, Pontypridd, CF37 2EY.\n"
    )
    assert carer(ex) is None or carer(ex)["name"] != "Comfort Ffug"
    # A sister who looks after them is still one.
    ex = read("Hi,\n\nKai Ffug (9) lives with his sister Comfort Ffug, 24, who looks after him.\n")
    assert carer(ex) == {"name": "Comfort Ffug", "relationship": "sibling"}


def test_a_parents_own_mother_in_the_household_is_not_the_named_carer(read):
    ex = read(
        "Dear Sir/Madam\n\nMr Wei Ffug (father) mentioned that his daughter, Yuxin FFUG (DOB 18 April 2018), has not "
        "started school. Mr Ffug's mother, Mrs Li Mei-ling, lives with the family and helps out while the parents "
        "are at work.\n"
    )
    assert carer(ex) == {"name": "Wei Ffug", "relationship": "father"}


def test_a_couple_named_before_their_children(read):
    ex = read(
        "Dear Sir/Madam,\n\nA family joined our congregation recently - Mr Chukwuemeka Ffug and his wife, Mrs Ngozi "
        "Ffug, who came from Lagos in August. They have two children, Chiamaka (9) and Emeka (7), who have not yet "
        "been able to get into a school.\n"
    )
    assert carer(ex) == {"name": "Chukwuemeka Ffug", "relationship": "father"}


def test_a_persons_present_row_with_an_aside_and_a_comma_before_the_role(read):
    ex = read(
        "Persons present:\n- Kerry FFUG (IP), mother\n- Dean FFUGLANDS, 34, mother's partner (suspect)\n"
        "- Maisie FFUG, DOB 23/10/2016\n"
    )
    assert carer(ex) == {"name": "Kerry Ffug", "relationship": "mother"}


def test_a_mother_writing_of_my_daughters_after_leaving_their_dad(read):
    ex = read(
        "Hi,\nMy name is Aaliyah and I've just moved to Wrexham with my daughters after leaving their dad. "
        "The girls are Zara and Imani Ffugbell (they have their dad's surname). Zara is 10 and Imani is 7.\n"
        "Thank you\nAaliyah Ffugrant",
        sender="aaliyah.ffugrant@mail.example",
        sender_name="Aaliyah Ffugrant",
    )
    assert carer(ex) == {"name": "Aaliyah Ffugrant", "relationship": "mother"}
    assert carer(ex, 1)["name"] == "Aaliyah Ffugrant"


def test_a_parents_mail_pasted_below_names_the_parent_in_its_header(read):
    ex = read(
        "Hi both - Year 11 pupil, Ellie Ffugker (dob 09/04/2011), 11 Ffordd Ffug, Rhuthun, LL15 1LD. Dad sent the "
        "email below on Friday. No new school has been in touch. Pasting it in:\n"
        "> From: Mark Ffugker\n> Sent: 01 December 2025 21:47\n> Subject: Ellie\n>\n"
        "> Dear Mr Jones, Ellie won't be coming back, we are moving to England after Christmas. Regards, Mark\n"
        "Not sure this is genuine EHE or a move.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Mark Ffugker", "relationship": "father"}


def test_a_parent_writing_of_our_son_with_his_dad_and_i(read):
    ex = read(
        "Noswaith dda,\nI am writing to let you know that as of today we have withdrawn our son Elis Ffug (born 17 "
        "August 2016) from Ysgol Gynradd Ffug to home educate him.\nElis's dad Aled and I have thought about this "
        "for a long time.\nDiolch yn fawr,\nRhiannon Ffug",
        sender="rhiannon.ffug@mail.example",
        sender_name="Rhiannon Ffug",
    )
    assert carer(ex) == {"name": "Rhiannon Ffug", "relationship": "mother"}


def test_the_mums_called(read):
    ex = read("There are two kiddies living there, a boy called Kai, he's 10.\nThe mum's called Stacey I think.")
    assert carer(ex) == {"name": "Stacey", "relationship": "mother"}


def test_a_titled_name_between_an_agency_and_with_his_son(read):
    ex = read(
        "Hi, passing this on from Housing Solutions: Mr Jason Ffugard presented as homeless today with his son Alfie "
        "Ffugard (aged 10). Dad says Alfie hasn't been to school since the eviction.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Jason Ffugard", "relationship": "father"}


def test_carers_set_off_by_en_dashes(read):
    ex = read("• Name: Jac Ffug\n• DOB 7/1/2013\n• Lives with his Nan – Brenda Ffug – at 2 Bryn Ffug, Blaenau LL41 3DH")
    assert carer(ex) == {"name": "Brenda Ffug", "relationship": "grandmother"}
    ex = read(
        "Child: Wiktoria Ffug\nDOB: 30/09/2016\n"
        "Staying with: Mrs Ewa Ffugska – family friend, not a relative. Mum is still in Poland."
    )
    assert carer(ex) == {"name": "Ewa Ffugska", "relationship": "other"}


def test_a_parent_introducing_my_children_are_over_the_host_they_live_with(read):
    ex = read(
        "Hello,\nMy name is Olena Ffugenko. We came to Wales from Ukraine three weeks ago and now live with our host "
        "Mrs Jane Ffugells at Ty Ffug, Llanfair Road, Abergavenny, NP7 5NR.\nMy children are Maksym Ffugenko (born "
        "02.11.2013) and Sofiia Ffugenko (born 17.05.2017). How do I get school places please?\nThank you,\nOlena",
        sender="olena@example.net",
        sender_name="Olena Ffugenko",
    )
    assert [carer(ex, i)["name"] for i in (0, 1)] == ["Olena Ffugenko", "Olena Ffugenko"]


def test_carers_named_in_three_more_ways(read):
    # a mother's number with the apostrophe left out
    ex = read("Dylan Ffugczyk yr 10 not been in since 29/02. mams number (Marta) disconnected.", channel="slack")
    assert carer(ex) == {"name": "Marta", "relationship": "mother"}
    # a grandparent writing of "his father (my son) Rhys Ffug"
    ex = read(
        "I am writing about my grandson Osian Ffug who is 11. Since his Mam died last year he has lived with his "
        "father (my son) Rhys Ffug at 27 Heol Ffug, Treharris, CF46 5NB.\nDiolch yn fawr,\nAlun Ffug (Tad-cu)"
    )
    assert carer(ex) == {"name": "Rhys Ffug", "relationship": "father"}
    # a grandmother who is the one looking after the child, though the mother lives there too
    ex = read(
        "I am writing about my granddaughter, Cadi Ffug (date of birth 21/05/2017). She and her mother (my daughter, "
        "Sara) moved in with me just before Christmas. Sara is not well at the moment and I am the one looking after "
        "Cadi day to day.\nDiolch yn fawr,\nMenna Ffug (Nain)",
        sender_name="Menna Ffug",
    )
    assert carer(ex) == {"name": "Menna Ffug", "relationship": "grandmother"}


def test_her_daughter_in_the_sentence_after_a_named_mother(read):
    ex = read(
        "Hi,\nI'm a family support worker. I visit Shannon Ffugrien weekly (postnatal depression). Her daughter Tegan "
        "Ffugrien turned 5 at the end of December (DOB 30/12/2020) and hasn't started school."
    )
    assert carer(ex) == {"name": "Shannon Ffugrien", "relationship": "mother"}
    # not a family's people: "The Ffugwells are a Romany Gypsy family. His son Elijah ..."
    ex = read(
        "I spoke with Nelson Ffugwell on plot 11 about a complaint. The Ffugwells are a Romany Gypsy family. His son "
        "Elijah Ffugwell (12) was there helping him and said he doesn't go to school."
    )
    assert (carer(ex) or {}).get("name") != "Romany Gypsy"


def test_a_bare_relationship_set_off_by_commas_after_a_name(read):
    ex = read(
        "Andrei Ffugu (DOB 09/05/2012) attended our Emergency Department yesterday with a burn. He was brought in by "
        "a man who gave his name as Mihai Ffugu, uncle, of 15 Stryd y Ffug, Pontypridd, CF37 4DA."
    )
    assert carer(ex) == {"name": "Mihai Ffugu", "relationship": "uncle"}


def test_a_mother_sectioned_is_not_the_carer_the_children_moved_to(read):
    ex = read(
        "Concern re Osian &amp; Lowri Ffowc (Bl 2 a Bl 4; DOBs 15/05/2019 &amp; 02/09/2016). Mam (Rhian Ffowc) was "
        "sectioned last week and the kids have moved in with Tad-cu, Mr Emlyn Ffowc, at 7 Ffug Terrace, Ystrad "
        "Ffug, CF82 7ZZ for the foreseeable.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Emlyn Ffowc"] * 2


def test_a_big_sister_at_school_or_college_and_a_grown_brother_at_home_are_no_carers(read):
    ex = read(
        "Had an email from mum this morning (Hannah Ffowc) to say she's deregistering Amelia (Y5, dob 02/05/2017) "
        "&amp; Oscar (Y1, dob 03/10/2020) to home educate. Their big sister Freya is staying at Ffug High, mum says "
        "that's not changing.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Hannah Ffowc"] * 2
    ex = read(
        "Megan Ffowc (born 9th June 2012) and her mum, Julie Ffowc, moved to Flat 1, 3 Ffug Street, Carmarthen "
        "SA31 1ZZ in July. Julie has MS and Megan does most of the caring. Megan's brother Kieran (19) lives with "
        "them but works nights. Megan hasn't been enrolled at a school here.\n"
    )
    assert carer(ex)["name"] == "Julie Ffowc"
    ex = read(
        "Hi,\n\nWe moved here in July. My son Oliver (born 6/6/2017) was at Ffug Primary School and has been at home "
        "with me since. His big sister Grace is fine, she's started at the college in Llandeilo.\n\nThanks\n"
        "Claire Ffowc\n"
    )
    assert carer(ex)["name"] == "Claire Ffowc"


def test_a_mother_named_by_her_first_name_gets_the_surname_of_the_parents_pair(read):
    ex = read(
        "Two of the children are not in school:\n- Denisa Ffowc, 11 years, DOB 23.07.2015\n- Florin Ffowc, DOB "
        "2018-12-01, 7 years\n\nParents are Elena and Ionuț Ffowc; Mum (Elena) is the main carer as Dad works long "
        "shifts.\n"
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Elena Ffowc"] * 2


def test_a_young_persons_host_is_the_carer_but_a_familys_host_is_not(read):
    ex = read(
        "I'm the support worker for Kayleigh Ffowc (DOB 22/06/2011). She is now staying with one of our trained "
        "hosts, Mrs Pam Ffugards, at 8 Ffordd y Ffug, Tredegar NP22 3ZZ.\n"
    )
    assert carer(ex)["name"] == "Pam Ffugards"
    ex = read(
        "Mum is Olena Ffowc. They are staying with a host family, Mr and Mrs Ffugies, at Ffug Farm, Gelligaer, "
        "CF82 8ZZ.\n\nChildren:\nSofiia - 13 (born 5 May 2013)\nMaksym - 10\n"
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Olena Ffowc"] * 2


def test_a_tenant_named_after_a_label_or_an_address_and_a_street_before_with_her_children(read):
    ex = read("Household:\nLead tenant: Ms Ifrah Ffowc\nChildren: Abdi Ffowc (DOB 02/02/2014), Sagal Ffowc (9)\n")
    assert [carer(ex, i)["name"] for i in range(2)] == ["Ifrah Ffowc"] * 2
    ex = read(
        "FYI - the tenant at 7 Ffug Park, Newport NP19 0ZZ, Ms Ivana Ffowc, appears to have abandoned the property. "
        "Her children Luka (9) and Mia (7) were at Ffug Primary.\n"
    )
    assert carer(ex)["name"] == "Ivana Ffowc"
    ex = read(
        "Kerry-Ann FFOWC has fled her former address at 41 Ty-Ffug Road, Llanffug, Cardiff CF14 5ZZ with her two "
        "children, Jac (8) and Mali (6).\n"
    )
    assert carer(ex) is None or carer(ex)["name"] == "Kerry-Ann Ffowc"  # never the street


def test_welsh_and_labelled_grandparents_and_a_titled_couple(read):
    ex = read(
        "Ers mis Awst mae Dewi Ffowc (Bl 6) wedi bod yn byw gyda'i Daid, Mr Emrys Ffowc, yn Llanffug.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert carer(ex)["name"] == "Emrys Ffowc"
    ex = read(
        "Mae rhieni Elis wedi gwahanu ac mae Elis ap Ffowc (Bl 5) a'i chwaer fach Non (4 oed) bellach yn byw gyda'u "
        "Tad-cu, Mr Ieuan Ffowc, ar ei fferm.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert carer(ex)["name"] == "Ieuan Ffowc"
    ex = read(
        "Name: Ella-Rose Ffowc\nDOB: 03/03/2013\nLives with: her grandparents (Mam-gu and Tad-cu, as she calls them), "
        "Mrs Eirlys Ffowc and Mr Glyn Ffowc\n"
    )
    assert carer(ex)["name"] == "Eirlys Ffowc"
    ex = read(
        "Amara Ffowc-Jones (born 3rd of March 2014) was placed with our foster carers Mr David and Mrs Helen Ffugce "
        "at 32 Ffug Road, Heath, Cardiff CF14 3ZZ on 10/11.\n"
    )
    assert carer(ex)["name"] == "David Ffugce"


def test_a_lone_parent_with_an_aside_and_a_mother_known_only_by_her_first_name(read):
    ex = read("Household: Mr Darren Ffowc (lone parent) and his three sons\nLewis Ffowc (DOB 01/01/2014)\n")
    assert carer(ex)["name"] == "Darren Ffowc"
    ex = read(
        "The two children next door, Daisy (7) and Alfie (10), have not been to school since Easter. Their mum, I "
        "only know her as Shannon, works evenings at the pub.\n"
    )
    assert [carer(ex, i)["name"] for i in range(2)] == ["Shannon"] * 2


def test_a_police_notices_victim_row_written_surname_first_with_the_relationship(read):
    ex = read(
        "Name:                FFOWC, Ellie-Mai\nDOB:                 03/03/2016\nVictim:              FFOWC, Laura "
        "(mother) - same address\n"
    )
    assert carer(ex)["name"] == "Laura Ffowc"


def test_a_place_after_in_is_no_person_between_the_carer_and_her_children(read):
    ex = read(
        "We accepted a homeless duty yesterday for Ms Jade Ffug, who has family in Colwyn Bay. She has three children "
        "with her:\n\nKai Ffug  DOB 02/11/2012\n\nMum is keen for the kids to get into school.\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Jade Ffug", "relationship": "mother"}


def test_a_parents_label_naming_both_and_the_one_to_speak_to(read):
    ex = read(
        "Parents: Martin and Nora Ffugdonagh (Nora is the one to speak to - Martin is away working most days)\n"
        "Children:\n- Martin Jnr, 12\n- Bridget, 9\n"
    )
    assert [k.to_schema()["carer"]["name"] for k in ex.children] == ["Nora Ffugdonagh", "Nora Ffugdonagh"]
    ex = read("Parents: Martin and Nora Ffugdonagh (Nora is the one to speak to)\nChildren:\n- Bridget, 9\n- Pat, 7\n")
    assert [k.to_schema()["carer"]["name"] for k in ex.children] == ["Nora Ffugdonagh", "Nora Ffugdonagh"]


def test_a_forwarded_mail_from_a_public_bodys_display_name_is_no_parents(read):
    ex = read(
        "Forwarding on behalf of one of my health visitors.\n\n-----Original Message-----\n"
        "From: Ffug, Catrin (BCUHB)\nSent: 15 June 2026 16:58\nSubject: 2 children not in school\n\n"
        "Julie - can you send this on to the CME team please, I'm off from tomorrow.\n\n"
        "New birth visit today to Mrs Agnieszka Ffugska at 4 Tan y Ffug, Penmaenmawr, LL99 6DH. Her older two, Filip "
        "Ffugski (d.o.b. 7/7/17) and Natalia Ffugska (d.o.b. 13/5/19), came over from Poland in March. Neither child "
        "is in school - mum thought they couldn't start until September.\n\nCatrin\n"
    )
    assert [k.to_schema()["carer"]["name"] for k in ex.children] == ["Agnieszka Ffugska", "Agnieszka Ffugska"]


def test_the_parent_who_has_taken_the_children_over_the_one_who_writes(read):
    ex = read(
        "My name is Craig Ffug and I'm the dad of Finley Ffug (DOB 12/04/2018) and Poppy Ffug (DOB 03/01/2019).\n\n"
        "My ex partner Leanne Ffugips has moved the kids down to Tenby to live with her new boyfriend. They were at "
        "Ffug Park Primary and left at half term.\n\nCraig Ffug\n"
    )
    assert [k.to_schema()["carer"] for k in ex.children] == [{"name": "Leanne Ffugips", "relationship": "mother"}] * 2
    ex = read(
        "My son Huw died suddenly last May. His wife Catrin has since taken my grandchildren, Efa Ffug-Jones (born 18 "
        "November 2016) and Osian Ffug-Jones (6), out of Ysgol Ffug. She told the school she would home educate them."
        "\n\nGwynfor Ffug-Jones\n",
        sender="gwynfor@example.org",
        sender_name="Gwynfor Ffug-Jones",
    )
    assert [k.to_schema()["carer"]["name"] for k in ex.children] == ["Catrin"] * 2


def test_a_parent_signing_with_part_of_the_name_they_send_as(read):
    ex = read(
        "Good evening,\n\nMy name is Ana Paula Ffugos, I am from Brazil. My children are:\n\nGabriel Ffugos Oliveira - "
        "11 years, born 15/05/2015\n\nWe live now in 9 Ffug Street, Butetown, Cardiff CF99 5GA.\n\nThank you very "
        "much\nAna Paula\n",
        sender="anapaula@example.org",
        sender_name="Ana Paula Ffugos",
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Ana Paula Ffugos"
    assert ex.referrer_name.value == "Ana Paula Ffugos"


def test_a_titled_father_named_surname_first_and_a_father_whose_family_moved(read):
    ex = read(
        "Father: Mr Ffong Chi-keung (main carer; mum is still in Hong Kong)\n\nChildren:\n1. FFONG Tsz-hin, date of "
        "birth 05/03/2015\n"
    )
    assert carer(ex) == {"name": "Ffong Chi-keung", "relationship": "father"}
    ex = read(
        "Dad (Huw Ffug-Davies) rang this afternoon to say the family have moved to 4 Ffug Street, Hay-on-Wye, HR9 "
        "5AD and Rowan (9) won't be coming back."
    )
    assert carer(ex) == {"name": "Huw Ffug-Davies", "relationship": "father"}


def test_the_family_are_a_named_couple_and_a_mum_named_with_her_children(read):
    ex = read(
        "The family are Mr Ali Ffugmadi and his wife Mrs Fatima Ffugmadi, from Afghanistan.\n\nChildren:\n- Zahra, "
        "12\n- Mohammad Reza, 9\n"
    )
    assert carer(ex) == {"name": "Ali Ffugmadi", "relationship": "father"}
    ex = read(
        "FYI a mum came into the office this morning asking for places - Ms Danielle Ffug, with Tommy (7) and Lola "
        "(5). Told her to apply via admissions.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Danielle Ffug", "relationship": "mother"}


def test_a_parents_mail_forwarded_with_their_consent(read):
    ex = read(
        "Hello,\n\nWith mum's consent I'm forwarding the email below. I'm supporting the family after the sudden death "
        "of the boys' father in August and neither boy has been in school since the start of term.\n\nGwen Ffug\n"
        "Family Support Worker\nFfug Bereavement Support\nRegistered charity 1234567\n\n"
        "---------- Forwarded message ---------\nFrom: Meinir Ffowc <meinir@example.org>\nDate: Tue, 13 Oct 2026\n"
        "Subject: the boys\nTo: Gwen Ffug <gwen@example.org>\n\nHi Gwen, details you asked for:\n\nIfan Ffowc - born "
        "2.11.2013 - Ysgol Uwchradd Ffug, Bl 7\n"
    )
    assert carer(ex) == {"name": "Meinir Ffowc", "relationship": "mother"}


def test_a_doctor_who_is_the_father_the_mum_on_sims_and_the_adult_a_police_notice_names(read):
    ex = read(
        "Please see the email below from Dr Ffug, father of our Year 5 twins Zainab and Ibrahim Ffug (both DOB "
        "21/01/2016).\n\n---------- Forwarded message ---------\nFrom: Ahmed Ffug <a.ffug@example.org>\nDate: Mon, 7 "
        "Dec 2026\n\nDear Mrs Ffugyne,\n"
    )
    assert carer(ex) == {"name": "Ahmed Ffug", "relationship": "father"}
    assert ex.children[0].to_schema()["gp"] is None
    ex = read("Hamza Ffug (Y8, 13) travelled to Kenya in Jan. Mum on SIMS is Sahra Ffugsame.", channel="slack")
    assert carer(ex) == {"name": "Sahra Ffugsame", "relationship": "mother"}
    ex = read(
        "The adult, Ms Hannah FFUG, stated they had been living in the car. The children with her were:\n\nCharlie "
        "FFUG - DOB 17/03/2015\nPoppy FFUG - DOB 04/12/2017\n"
    )
    assert carer(ex) == {"name": "Hannah Ffug", "relationship": "mother"}


def test_a_place_after_a_relationship_in_the_subject_is_no_carer(read):
    ex = read(
        "I spoke with a boy, Dylan Ffug, aged 12. Since September Dylan has been living with his Tad-cu, Mr Emrys "
        "Ffug, at 2 Heol Ffug, Gelliffug, Hengoed CF82 9FR.",
        subject="Boy not in school - living with grandfather - Gelliffug",
    )
    assert carer(ex) == {"name": "Emrys Ffug", "relationship": "grandfather"}


def test_a_client_named_then_with_her_two_children(read):
    ex = read(
        "I've been helping a client, Danielle Ffug, with rent arrears. She and her two children lost their tenancy "
        "in September.\n\n- Tia Ffug, 13 (DOB 08/08/2013) - hasn't been in school since.\n- Kian Ffug, 11 - never "
        "started high school."
    )
    assert carer(ex) == {"name": "Danielle Ffug", "relationship": "mother"}


def test_their_mother_my_former_daughter_in_law(read):
    ex = read(
        "I am the Taid (grandfather) of Gruffydd Ffug, born 4th December 2016. He lives with his mother, my former "
        "daughter-in-law Kelly Ffugter, at 62 Heol Ffug, Maesteg CF34 9HE.\n\nYours faithfully,\n\nGwilym Ffug (Taid)"
    )
    assert carer(ex) == {"name": "Kelly Ffugter", "relationship": "mother"}


def test_the_parent_the_child_stayed_abroad_with_over_the_one_who_came_in(read):
    ex = read(
        "Tahmina Ffug, Yr 9, DOB 01/12/2012, went to Sylhet for a family wedding, due back 4th Sept. Still not back. "
        "Dad (Abdul Ffug) came in yesterday & says mum & Tahmina are staying on because nani is poorly. Mum is "
        "Rokeya Ffug.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Rokeya Ffug", "relationship": "mother"}


def test_a_customer_or_tenant_named_then_said_to_have_her_children(read):
    ex = read(
        "One of my customers, Roisin Ffug, who recently moved here from Newry, mentioned at her appointment today "
        "that her two children haven't been in school.\n\nThe children are:\nCiara Ffug, born 24/11/2016\nOisín "
        "Ffug, born 01/05/2019"
    )
    assert carer(ex) == {"name": "Roisin Ffug", "relationship": "mother"}
    ex = read(
        "I signed up a new tenancy last week with Mrs Ngozi Ffug at 52 Ffug Road, Chepstow, NP16 9JG. She has moved "
        "from Gloucester (previous address 17 Ffug Road, Gloucester, GL1 9QF) with her two sons, Chidera (10) and "
        "Tobenna (8)."
    )
    assert carer(ex) == {"name": "Ngozi Ffug", "relationship": "mother"}


def test_the_mother_who_took_the_child_over_the_grandfather_who_writes(read):
    ex = read(
        "My grandson is Dewi Ffug, he is 11. My son Huw passed away in May and in August Dewi's mother, Michelle "
        "Ffug, took Dewi away from Abergele. I am not trying to cause trouble but the boy has lost his father and I "
        "need to know he is safe.\n\nYn gywir,\n\nEmrys Ffug (Tad-cu)\n2 Heol Ffug, Abergele LL22 9DH"
    )
    assert carer(ex) == {"name": "Michelle Ffug", "relationship": "mother"}


def test_a_father_named_with_an_apposition_who_passed_away(read):
    ex = read(
        "I am writing about my grandson Jac Ffug, date of birth 3rd of August 2016. My son Lee, Jac's Dad, passed "
        "away suddenly in September, so Jac has come to live with me (his Mam-gu) at 12 Heol Ffug, Ystrad, CF41 "
        "9RR.\n\nYours faithfully,\n\nGlenys Ffug (Mrs)"
    )
    assert carer(ex)["name"] != "Lee"


def test_a_claimant_tenant_or_mother_at_a_birth_visit_or_named_in_an_aside(read):
    ex = read(
        "One of my claimants, Ms Natasha Ffug, moved from Shrewsbury to 17 Cae Ffug, Brymbo in August. During her "
        "appointment today she mentioned that her two younger children, Kai (14) and Ava (12), are not in school."
    )
    assert carer(ex) == {"name": "Natasha Ffug", "relationship": "mother"}
    ex = read(
        "I visited our tenant Jodie Ffug at Flat 6, Maes y Ffug, Rhos, LL14 9BA this morning about her rent "
        "arrears. A notice seeking possession was served last month.\n\nBoth her children were at home: Kayden (12) "
        "and Poppy (7)."
    )
    assert carer(ex) == {"name": "Jodie Ffug", "relationship": "mother"}
    ex = read(
        "I did a new birth visit yesterday to Mrs Mandy Ffug at 2 Ffug Close, Chirk. There are two older children "
        "who are not registered at any school:\n\nHayley Ffug, DOB 2021-01-20\nEthan Ffug, DOB 2017-06-02"
    )
    assert carer(ex) == {"name": "Mandy Ffug", "relationship": "mother"}
    ex = read("There are two children, Kai who is 9 and his little sister Poppy who's 6. Mum's nice (her name is Jade)")
    assert carer(ex) == {"name": "Jade", "relationship": "mother"}


def test_a_toddler_sister_in_brackets_is_no_carer(read):
    ex = read(
        "Harvey Ffug, 12 years old\nMum: Lisa Ffug\n\nMum has relapsed and Harvey is doing most of the shopping and "
        "looking after his little sister (Ruby, 3)."
    )
    assert carer(ex) == {"name": "Lisa Ffug", "relationship": "mother"}


def test_a_mothers_name_with_her_number_or_moving_with_the_family(read):
    ex = read(
        "Elis Ffug, DOB 21.01.2021, allocated to us in April. Not been in at all and no answer on Mam's phone (Ffion "
        "ap Ffug 07700 900562).",
        channel="slack",
    )
    assert carer(ex) == {"name": "Ffion ap Ffug", "relationship": "mother"}
    ex = read(
        'Amelia-Rose Ffug, Y1, dob 6/6/2020. Mum (Shannon Ffug) & her partner posted on FB that they\'ve "moved to '
        'Cornwall for a fresh start".',
        channel="slack",
    )
    assert carer(ex) == {"name": "Shannon Ffug", "relationship": "mother"}
    ex = read(
        "The tenant was Kelly Ffug. Her partner Liam was living there too, and her two children, Jayden Ffug who is "
        "12 and Kiera Ffug who I believe is 8."
    )
    assert carer(ex) == {"name": "Kelly Ffug", "relationship": "mother"}


def test_a_parent_named_then_said_to_be_one(read):
    ex = read(
        "I support Mr Marcus Ffug, who is in treatment for heroin use. He has had sole care of his two children since "
        "last year: Jayden Ffug (DOB 01/02/2014) and Tilly Ffug (DOB 03/04/2017). Their mum, Toni, lives in Bristol."
    )
    assert carer(ex) == {"name": "Marcus Ffug", "relationship": "father"}
    ex = read(
        "Household:\nChantelle Ffug - lead applicant (mum)\nTyler Ffug - DOB 3rd March 2016\n\nMum has told us Tyler "
        "was on roll at Ysgol Ffug."
    )
    assert carer(ex) == {"name": "Chantelle Ffug", "relationship": "mother"}
    ex = read(
        "The booking is in the name of Darren Ffug, who says he is the girls' dad. There are two girls, Sophie Ffug "
        "(DOB 01/02/2015) and Chloe Ffug (DOB 03/04/2018). Mr Ffug has told reception they have nowhere else to go."
    )
    assert carer(ex) == {"name": "Darren Ffug", "relationship": "father"}
    ex = read(
        "I'm supporting Kyle Ffug, a single dad who lost his tenancy. Kyle has two children with him. His son Alfie "
        "(14) is still getting the bus to Archbishop Ffug and attending fine. His daughter Poppy Ffug, date of birth "
        "2nd June 2016, was at Ffug Primary School but hasn't gone since they moved."
    )
    assert carer(ex) == {"name": "Kyle Ffug", "relationship": "father"}


def test_a_partner_who_lives_with_their_children_and_a_mother_arrested(read):
    ex = read(
        "Darren's partner, Nicola FFUG, lives at the address with their two children:\n\nMason FFUG   DOB 08-Jan-2013"
        "\n\nNicola's mother, Glenys Ffug, has been calling in to help with meals."
    )
    assert carer(ex)["name"] == "Nicola Ffug"
    ex = read(
        "Two children were found at home:\n\nTommy FFUG - DOB 03/06/2017\n\nTheir mother, Natalie FFUG, was arrested "
        "on suspicion of possession. The children stayed with a neighbour and are back home with mum."
    )
    assert carer(ex) == {"name": "Natalie Ffug", "relationship": "mother"}


def test_a_grandmother_writing_of_her_daughters_children(read):
    ex = read(
        "I'm writing about my grandchildren, I'm their Mam-gu. I live in Swansea so I don't see them often.\n\nMy "
        "daughter Catrin took Elis and Mali out of Ffug Primary in the summer. Elis is 9. Mali is 7.\n\nCatrin has "
        "been very low since she split up with their father and I don't think she's coping.\n\nMenna Ffug",
        sender_name="Menna Ffug",
    )
    assert carer(ex) == {"name": "Catrin", "relationship": "mother"}


def test_the_parent_the_children_are_with_over_a_neighbour_a_host_or_a_grandparent(read):
    ex = read(
        "Abandonment check at 31 Ffug Close (tenant Ms Kelly-Anne Ffug). Next door (Mrs Ffugans at no. 29) says "
        "Kelly-Anne left in a van about three weeks ago with her boys Mason (11) and Alfie (8)."
    )
    assert carer(ex) == {"name": "Kelly-Anne Ffug", "relationship": "mother"}
    ex = read(
        "Amari Ffug (DOB 01/02/2016) was taken off roll. Amari and his mother, Shanice Ffug, are now staying with his "
        "maternal grandmother, Mrs Pearl Ffug, at 60 Ffug Road, Dowlais."
    )
    assert carer(ex) == {"name": "Shanice Ffug", "relationship": "mother"}
    ex = read(
        "I am writing about my grandchildren Gethin Ffug (10) and Mali Ffug (7). In August their father, Steffan "
        "Ffug, moved them down to Merthyr Tydfil.\n\nYours faithfully,\n\nEmrys Ffugson (Taid)\n4 Ffordd Ffug, "
        "Bangor LL57 2BX",
        sender_name="Emrys Ffugson",
    )
    assert carer(ex) == {"name": "Steffan Ffug", "relationship": "father"}
    ex = read(
        "Health visitor here. I saw Courtney Ffug yesterday for a routine review of her youngest, and her eldest, "
        "Jac Ffug (DOB 14/10/2021), was at home."
    )
    assert carer(ex) == {"name": "Courtney Ffug", "relationship": "mother"}


def test_a_carer_said_by_label_or_beside_the_children(read):
    ex = read("Placed Leanne Ffug + 2 children at Ffug Guest House, Room 6.\n\nChildren: Tyler Ffug (9), Mia Ffug (6)")
    assert carer(ex)["name"] == "Leanne Ffug"
    ex = read(
        "One of my customers, Mr Sorin Ffug, has brought his two sons with him to every appointment. They are Andrei "
        "Ffug (11) and Matei Ffug (8)."
    )
    assert carer(ex) == {"name": "Sorin Ffug", "relationship": "father"}
    ex = read(
        "Parents: Mr Vikram Ffug and Mrs Meera Ffug (Mrs Ffug is the main contact and provides the home education)"
        "\nChildren: Arjun Ffug (DOB 01/02/2014)"
    )
    assert carer(ex) == {"name": "Meera Ffug", "relationship": "mother"}
    ex = read(
        "Enw: Chiamaka Ffug\nDyddiad geni: 19/03/2012\nGofalwr: Ms Rachel Ffug (ffrind i'r teulu)\nMam: Ngozi Ffug, "
        "sy'n byw yn Lerpwl ac yn yr ysbyty ar hyn o bryd"
    )
    assert carer(ex)["name"] == "Rachel Ffug"


def test_a_place_or_a_brother_or_sister_is_no_carer(read):
    ex = read(
        "We authorised 10 school days for a family funeral in Lagos (grandad). Not back.\n• Ayomide Ffug - Y6 - "
        "14.02.2016\nMum is Mrs Funmilayo Ffug.",
        channel="slack",
    )
    assert carer(ex)["name"] == "Funmilayo Ffug"
    ex = read(
        "Sofía DOB 15/07/2017, Mateo DOB 01/03/2020\nDad = Javier\nTheir big brother Pablo is 17 and is staying in "
        "Swansea with his uncle to finish at Ffug College.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Javier", "relationship": "father"}
    ex = read(
        "Hamza Ffug (Y9, DOB 04/02/2013) went to Bangladesh in July. Dad (Mr Abdul Ffug) told us they'd be back. "
        "Their sister Ayesha came back early with an aunt & is in Y11 with us.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Abdul Ffug", "relationship": "father"}


def test_a_parent_said_with_their_children_in_more_ways(read):
    ex = read(
        "We are working with Siobhan Ffug, who is in treatment for heroin use. Two of her children, Connor Ffug (12) "
        "and Ella Ffug (9), have come off roll."
    )
    assert carer(ex) == {"name": "Siobhan Ffug", "relationship": "mother"}
    ex = read(
        "Last week we met Mr Abdelrahman Osman Ffug, who has been moved by the Home Office into dispersal "
        "accommodation at Flat 2, 38 Ffordd Ffug, Wrexham LL11 2TH with his three children:\n\n- Rayan Ffug, 12\n"
        "- Malaz Ffug, 9\n"
    )
    assert carer(ex) == {"name": "Abdelrahman Osman Ffug", "relationship": "father"}
    ex = read(
        "The tenancy is in the name of Mr Wai Keung Ffug, who lives there with his wife and their two children, "
        "Karen (12) and Jason (8)."
    )
    assert carer(ex) == {"name": "Wai Keung Ffug", "relationship": "father"}
    ex = read(
        "One of our new tenants, Mrs Ffug Li Na, moved into 12 Ffug Grove on 21 September from Manchester with her "
        "son and daughter.\n\nHer son Hao Ffug, DOB 2013.03.18, does not go to school."
    )
    assert carer(ex) == {"name": "Ffug Li Na", "relationship": "mother"}


def test_a_household_lists_adult_row_names_the_carer(read):
    ex = read(
        "Placement confirmed for the Ffug household from tonight.\n\nHousehold:\n"
        "Danielle Ffug - applicant (mother) - DOB 02/03/1990\nTyler Ffug - 12 - not in school since July\n"
        "Keeley Ffug - 9 - not in school since July\n"
    )
    assert carer(ex) == {"name": "Danielle Ffug", "relationship": "mother"}
    ex = read(
        "New tenancy started 2/11 at 6 Clos y Ffug, Holyhead, LL65 2AA. Household:\nFadumo Ffug (lead tenant)\n"
        "Hodan Ffugdi, daughter, dob 28/01/2012\nAbdi Ffugdi, son, dob 15/05/2015\n"
    )
    assert carer(ex)["name"] == "Fadumo Ffug"


def test_the_host_of_the_whole_family_is_not_the_carer_where_a_parent_is_named(read):
    ex = read(
        "family walked into our office this morning asking for school places, just arrived from Slovakia (Roma "
        "family, dad has some English). 2 boys: Gabriel Ffug DOB 11.06.2014 &amp; Denis Ffug DOB 2.10.2017.\n"
        "They're staying with the uncle (Zoltan Ffug) at Flat 1, 51 High Street, Ferndale CF43 4AA. Dad is Milan "
        "Ffug, mob 07700 900402.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Milan Ffug", "relationship": "father"}
    ex = read(
        "Ms Agnieszka FFUG (DOB 11/01/1990) and her daughter Maja FFUG, DOB 17/06/2016, are currently staying with a "
        "friend, Ms Joanna Ffugis, at 41 Ffug Street, Newport NP20 2AA."
    )
    assert carer(ex)["name"] == "Agnieszka Ffug"


def test_the_parent_said_first_is_the_carer_over_her_partner_named_after(read):
    ex = read(
        "Freya Ffug (DOB 01/07/2013) has not attended since Easter. Her mother, Rachel Ffug, has written to the school "
        "to withdraw her.\n\nFreya lives with mum and her stepdad, Mark Ffugis, at Rose Cottage, Ffordd y Llan, "
        "Northop, CH7 6AA."
    )
    assert carer(ex) == {"name": "Rachel Ffug", "relationship": "mother"}


def test_a_carer_label_that_says_where_names_the_relative_and_the_carer(read):
    ex = read(
        "Legal name: FFUG Yuxin (known as Lucy)\nDOB: 09/10/2014\nFather: Mr FFUG Jun (mobile 07700 900129 - not "
        "answering)\nCarer in Penarth: maternal grandmother, Mrs FFUGLIN Xiaoling\n"
    )
    assert carer(ex) == {"name": "Ffuglin Xiaoling", "relationship": "grandmother"}


def test_a_mam_of_the_children_listed_and_a_foster_carer_in_brackets_are_the_carers(read):
    ex = read(
        "Four trailers arrived Friday.\n\nI spoke with Bridget Ffug, mam of:\nMichael Ffug (17) - works with his "
        "daddy\nPatrick Ffug (12)\nMargaret Ffug (9)\n"
    )
    assert carer(ex) == {"name": "Bridget Ffug", "relationship": "mother"}
    ex = read(
        "Minh Ffug (DOB 01/01/2011) has been placed in foster care in the Bangor area with Mrs Helen Ffug (Gwynedd "
        "foster carer). He is not on roll anywhere."
    )
    assert carer(ex) == {"name": "Helen Ffug", "relationship": "foster carer"}


def test_a_mum_who_says_they_have_gone_back_abroad_is_still_the_carer(read):
    ex = read(
        "Amelia Ffug (Y4, DOB 17.06.2017) &amp; her brother Kacper (Y1, 6) have been off since 2nd Oct. Mum Agnieszka "
        "messaged to say they'd gone back to Poland for a funeral and would be back in a week or two.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Agnieszka", "relationship": "mother"}


def test_a_foster_carer_named_after_where_they_live_is_the_carer(read):
    ex = read(
        "Minh Ffug (DOB 01/01/2011) was placed the same day with a foster carer in Pentwyn, Mrs Grace Ffugoro, via "
        "Children's Services. He is not on roll anywhere."
    )
    assert carer(ex) == {"name": "Grace Ffugoro", "relationship": "foster carer"}


def test_the_tenancy_holder_a_service_user_with_children_living_with_him_and_who_they_live_with_past_a_place(read):
    ex = read(
        "The tenancy is in the name of Ms Shannon Ffug. The household members on our tenancy file are:\n\n"
        "Kai Ffug - 13/06/2014\nMia Ffug - 08/10/2017\n\nNo forwarding address has been given."
    )
    assert carer(ex)["name"] == "Shannon Ffug" and carer(ex, 1)["name"] == "Shannon Ffug"
    ex = read(
        "One of my service users, Dale Ffugwright, has two children living with him who I understand are not "
        "attending school.\n\nRhys Ffugwright - d.o.b. 14/03/13\nEmily Ffugwright - d.o.b. 22/06/15\n"
    )
    assert carer(ex) == {"name": "Dale Ffugwright", "relationship": "father"}
    ex = read(
        "Two boys were found working:\n1) Andrei FFUGESCU - gave his age as 15\n\nHe is living in the flat above the "
        "shop (Flat 1, Unit 2, Ffug Road, Pontllanfraith, NP12 2DQ) with Mr Ionut FFUGARU, who says he is his uncle."
    )
    assert carer(ex)["name"] == "Ionut Ffugaru"
    assert ex.children[0].to_schema()["address"] == "Flat 1, Unit 2, Ffug Road, Pontllanfraith, NP12 2DQ"


def test_a_family_friend_who_says_the_child_lives_with_her_and_a_parent_applying_for_my_two(read):
    ex = read(
        "Kai Ffug (DOB 03/04/2015) has not been in school since July. I have since spoken to a Mrs Pam Ffugson, a "
        "family friend, who says Kai has been living with her at 6 Ffug Street, Pyle, CF33 6BY since August."
    )
    assert carer(ex)["name"] == "Pam Ffugson"
    ex = read(
        "Hi,\n\nWe moved to Aberffug from Dublin in November and I applied online for school places for my two about "
        "three weeks ago but haven't heard anything back.\n\nCiarán Ffug - 5/3/2017\nRóisín Ffug - 22/7/2020\n\n"
        "Thanks a million,\nSiobhán Ffug\n07700 900347\n",
        sender="siobhan.ffug82@gmail.com",
        sender_name="Siobhán Ffug",
    )
    assert carer(ex)["name"] == "Siobhán Ffug" and carer(ex, 1)["name"] == "Siobhán Ffug"


def test_one_of_our_supported_lodgings_hosts_is_the_carer_over_a_mother_who_moved_away(read):
    ex = read(
        "We have placed a young man, Rhys Ffug (DOB 10/12/2010), in emergency supported lodgings.\n\nRhys is staying "
        "with one of our supported lodgings hosts, Mrs Janet Ffuglowe, at 5 Ffug Road, Wrexham LL11 1DY.\n\nRhys's "
        "mum, Michelle Ffug, moved with her partner to Buckley in October."
    )
    assert carer(ex) == {"name": "Janet Ffuglowe", "relationship": "other"}


def test_children_living_at_an_address_with_a_titled_adult_of_their_surname_live_with_their_parent(read):
    ex = read(
        "The incident was between Ms Kerry-Ann Ffug and her ex-partner Mr Liam Ffugler.\n\nTwo children live at the "
        "address with Ms Ffug:\n- Skye Ffug, DOB 22/10/2015\n- Alfie Ffug, DOB 07/03/2019\n\nAlfie is not at any "
        "school as far as mum is aware."
    )
    assert carer(ex) == {"name": "Kerry-Ann Ffug", "relationship": "mother"}


def test_the_adult_a_worker_supports_who_shares_the_childrens_surname_is_their_parent(read):
    ex = read(
        "I'm a Family Recovery Worker and I'm supporting Danielle Ffugis, who is in treatment with us. At my visit "
        "Danielle told me that her two children, Riley Ffugis (12) and Evie-Rose Ffugis (7), have not been in school "
        "since they moved."
    )
    assert carer(ex) == {"name": "Danielle Ffugis", "relationship": "mother"}
    ex = read(
        "I'm a recovery worker and I support Lee Ffugry, who is in treatment with us. I'm contacting you with Lee's "
        "agreement about his son Callum.\n\nCallum Ffugry (born 8 August 2012) has never started at Ysgol Ffug."
    )
    assert carer(ex) == {"name": "Lee Ffugry", "relationship": "father"}


def test_a_titled_adult_who_looks_after_the_children_a_form_row_mid_line_and_not_the_childs_own_name(read):
    ex = read(
        "The family of five were placed in temporary accommodation. Mrs Rokeya Ffugum is the main applicant and looks "
        "after the children during the day.\n\nChildren: Tanvir Ffug (DOB 01/02/2014), Sadia Ffug (DOB 03/04/2017)."
    )
    assert carer(ex)["name"] == "Rokeya Ffugum"
    ex = read(
        "Admissions allocated us a Yr 3 girl to start Mon 16th Nov - Gabija Ffugaitė, born 3rd Feb 2019. Parent/carer "
        "on the form: Rasa Ffugienė (Lithuanian, interpreter needed). She has not arrived.",
        channel="slack",
    )
    assert carer(ex)["name"] == "Rasa Ffugienė"
    ex = read(
        "Quick one for CME :thinking_face: *Ciarán Ffug* (Y6, he's 10) - mum rang the office last Fri to say they've "
        "moved to Scotland.",
        channel="slack",
    )
    assert carer(ex) == {"name": None, "relationship": "mother"}


def test_a_lone_parent_named_as_such_and_a_parent_the_family_moved_with(read):
    ex = read(
        "Mr Oluwaseun Ffug (lone parent) presented as homeless on 30/10 after being evicted.\n\nHousehold:\n- Damilola "
        "Ffug, DOB 03/01/2015 - last attended Ffug High School\n- Ifeoluwa Ffug, DOB 19/11/2017\n"
    )
    assert carer(ex) == {"name": "Oluwaseun Ffug", "relationship": "father"}
    ex = read(
        "I've recently started working with Andre Ffug, a single dad who moved to Wrexham from Cardiff in November for "
        "a new job. He has two children:\n\n- Jada Ffug, Year 9, DOB 2012-10-14\n- Malachi Ffug, Year 7, DOB "
        "2015-02-21\n\nBoth are still without a school."
    )
    assert carer(ex) == {"name": "Andre Ffug", "relationship": "father"}


def test_a_parent_named_after_another_sentence_about_the_family_moving_is_still_the_carer(read):
    ex = read(
        "new Y3 starter Amira Al-Ffug was due to start with us on 4th Sept but never turned up. DOB 03/11/2018. tried "
        "mum's mobile x3 & it's not recognised. a neighbour thought the family might have gone back to Cardiff?? mum "
        "is Rania Al-Ffug. can you pick up pls",
        channel="slack",
    )
    assert carer(ex)["name"] == "Rania Al-Ffug"
    ex = read(
        "Two of our pupils have not attended since 2nd October. Mum (Lauren Ffug) texted to say they have \"moved to "
        "Wales\" for a fresh start.\n\nNoah Ffug   Y6   DOB 06-Jun-2016\nEvie Ffug   Y2   DOB 15-Feb-2020\n"
    )
    assert carer(ex)["name"] == "Lauren Ffug"


def test_a_mum_named_by_title_and_surname_is_not_completed_from_the_childs_other_name(read):
    ex = read(
        "Morning :wave: Y6 pupil Kayla Ffug (Ffug Hoi Ying on her passport) is still in Hong Kong. Mum (Mrs Ffug) "
        "says they'll be back after Christmas.",
        channel="slack",
    )
    assert carer(ex) == {"name": "Ffug", "relationship": "mother"}


def test_a_mother_who_stayed_on_with_the_child_and_a_victim_row_written_surname_first(read):
    ex = read(
        "Ayesha Ffugman (Year 10) left for a two-week visit to relatives. Ayesha's father, Mr Abdul Ffugman, and her "
        "younger brother have returned. Mr Ffugman says Ayesha has stayed on with her mother, Mrs Shahida Ffugman, and "
        "gave no return date."
    )
    assert carer(ex)["name"] == "Shahida Ffugman"
    ex = read(
        "Children: Zara Ffug (DOB 01/02/2015) and Adam Ffug (DOB 03/04/2018).\nAdult victim: FFUG, Nasreen (mother of "
        "both children)\n\nNasreen left with both children that night and they have not been in school since."
    )
    assert carer(ex)["name"] == "Nasreen Ffug"


def test_the_occupant_with_her_date_of_birth_who_moved_with_her_two_children(read):
    ex = read(
        "Officers attended Flat 2, 17 Heol Ffug, Rhyl, LL18 1BN. The occupant, Jade FFUG (DOB 11/04/1994), moved to "
        "the "
        "address from Liverpool at the start of August with her two children:\n\nKayden FFUG - DOB 14/02/2016\n"
        "Skye FFUG - DOB 03/09/2019\n"
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Jade Ffug", "relationship": "mother"}] * 2


def test_a_grandparent_writing_from_home_of_a_daughter_in_law_who_moved_with_the_children(read):
    ex = read(
        "I am writing about my two grandchildren, Gethin and Mali Ffug. I am their Taid and I live in Wrexham - my "
        "address is 12 Heol Ffug, Wrexham LL11 3RS.\n\nMy daughter-in-law, Siân Ffug, moved down to Newport with the "
        "children in the summer. They are living at Flat 4, 210 Ffug Road, Newport, NP19 7GQ.\n\nGethin was born on "
        "the 3rd of June 2015 and Mali on the 18th of December 2017.\n\nYours faithfully\nElwyn Ffug (Taid)"
    )
    assert [(c.to_schema()["carer"], c.to_schema()["address"]) for c in ex.children] == [
        ({"name": "Siân Ffug", "relationship": "mother"}, "Flat 4, 210 Ffug Road, Newport, NP19 7GQ")
    ] * 2


def test_a_cousin_of_ten_staying_with_the_family_is_no_carer(read):
    ex = read(
        "our showmen family are back in winter quarters since the fair finished - Jimmy (9) &amp; Shannon (6) Ffug "
        "were "
        "on distance learning packs with us but haven't come back in yet. Dad (Jim Ffug snr) has said \"next week\" "
        "twice.\nTheir cousin Levi is staying with them too, he's 10 &amp; on roll at a school in Bristol apparently "
        "so "
        "not one of ours.",
        channel="slack",
        sender_name="Sian Ffug (Pantffug Primary)",
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Jim Ffug"] * 2


def test_a_parent_named_in_brackets_before_the_days_the_child_lives_there(read):
    ex = read(
        "we've had a deregistration letter today for Ffion Ffug (Bl. 6 / Y6, DOB 05/11/2015).\nShe lives with Dad "
        "(Rhys Ffug) Mon-Fri and Mum at weekends. Letter is signed by Dad only.",
        channel="slack",
        sender_name="Llinos Ffug",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Rhys Ffug", "relationship": "father"}


def test_a_neighbour_who_thinks_she_knows_the_mothers_name(read):
    ex = read(
        "I'm worried about the 2 children living next door to me at 19 Heol Ffug, Ely. There's Leo who is 8 and his "
        "sister Maisie who I think is 11. Their mum is nice enough, I think her name is Jade.",
        sender="neighbour.ffug@gmail.com",
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Jade", "relationship": "mother"}] * 2


def test_the_mother_who_removed_the_children_over_the_father_the_solicitor_acts_for(read):
    ex = read(
        "We act for Mr Daniel Ffug in private law proceedings concerning his children:\n\nOllie Ffug (born 23 June "
        "2016)\nIsla Ffug (born 10 October 2018)\n\nUntil September the children lived with our client. On 12 "
        "September the children's mother, Ms Gemma Ffugwright, removed them to her mother's home, where we understand "
        "they remain in her care."
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Gemma Ffugwright"] * 2


def test_the_father_who_wrote_the_forwarded_email_below(read):
    ex = read(
        "Forwarding for a CME referral please. The girls were authorised 10 days' leave and have not returned, and we "
        "have now had the email below from Dad.\n\nRahima Ffug - Y5 - DOB 22/02/2017\nSumaiya Ffug - Y2 - DOB "
        "06/10/2019\n\nKind regards,\nKamrul Ffug\nHeadteacher\n\n---------- Forwarded message ---------\nFrom: Jamal "
        "Ffug <jamal.ffug@example.com>\nDate: Tue, 20 Oct 2026 at 22:14\nSubject: Re: Leave\n\nSorry for the late "
        "reply. We have to stay longer. Thanks, Jamal\n",
        sender="k.ffug@ffugfields.cardiff.sch.uk",
        sender_name="Kamrul Ffug",
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Jamal Ffug", "relationship": "father"}] * 2


def test_a_parent_with_four_names(read):
    ex = read(
        "Hi, my name is Ana Paula Sousa Ffug and my son Tiago Ffug (DOB 14/04/2017) has no school place. We live at "
        "43 Heol Ffug, Canton, Cardiff CF11 9NW"
    )
    assert ex.children[0].to_schema()["carer"]["name"] == "Ana Paula Sousa Ffug"


def test_a_father_named_before_his_bracketed_kin_word_who_works_away(read):
    ex = read(
        "Hi, Seán Ffug (Y4) hasn't been in since the 3rd. Mammy (Nora Ffug) rang to say they are travelling. Martin "
        "(Dad) is working away.",
        channel="slack",
        sender_name="Mrs Ffug",
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Nora Ffug", "relationship": "mother"}


def test_a_carer_named_after_the_verb_that_starts_the_line(read):
    ex = read(
        "Lacey Ffug (10) and Ethan Ffug (7) are not in school.\nPlaced Nicole Ffug and her 3 kids at Tŷ Ffug on "
        "Friday: Room 4, Tŷ Ffug Hostel, 22 Heol Ffug, Ebbw Vale, NP23 6BG."
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Nicole Ffug"] * 2


def test_the_parent_who_applied_for_her_two_children_who_had_moved(read):
    ex = read(
        "We received an in-year application on 14 September from Mrs Rasa Ffugienė for her two children, who had "
        "moved to Blaina from Lithuania. Places were offered but neither has ever attended.\n\nEmilija FFUGAITĖ - DOB "
        "14/02/2016 - Y5\nJonas FFUGAS - DOB 03/11/2019 - Y2\nAddress on application: 27 Heol Ffug, Blaina, NP13 3HX",
        sender="admissions@ffug.gov.uk",
        sender_name="School Admissions",
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Rasa Ffugienė"] * 2


def test_a_place_or_a_postcode_before_with_her_children_is_no_carer_and_a_dad_named_after(read):
    ex = read(
        "I attended a domestic incident at 27 Heol Ffug, Newtown, SY16 1PL. The occupant, Chantelle FFUG (27/03/1992), "
        "moved to the address approx. 3 weeks ago from the West Midlands with her two children:\n\nTyler FFUG  DOB "
        "14/02/2017\nMaisie FFUG  DOB 02/11/2019\n"
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Chantelle Ffug"] * 2
    ex = read(
        "I run the community pantry and a dad has been coming in on Saturdays for the last month or so. He's Florin "
        "Ffug, from Romania, and the family are living in a static caravan at Cefn Ffug Farm, Llanbrynmair SY19 7DU. "
        "He has his two children with him, Ionut (9) and Elena (6) Ffug."
    )
    assert [c.to_schema()["carer"] for c in ex.children] == [{"name": "Florin Ffug", "relationship": "father"}] * 2


def test_a_mother_who_took_a_child_whose_age_follows_in_brackets(read):
    ex = read(
        "I am writing about my grandchildren.\n\nMy daughter Sian Ffug took Cai (he's 10) and Efa (she is 7) out of "
        "Ysgol Gymraeg Ffug in October saying she was going to teach them at home. The children call me Mam-gu.\n\n"
        "Please can someone check on them. I have not told Sian I am writing.\n\nMrs Glenys Ffugland",
        sender="glenys.ffug@hotmail.co.uk",
        sender_name="Glenys Ffugland",
    )
    assert [c.to_schema()["carer"]["name"] for c in ex.children] == ["Sian Ffug"] * 2
