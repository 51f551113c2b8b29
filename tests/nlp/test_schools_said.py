"""Schools named for the children in a partner's prose (fictional schools and people)."""

from nlp.schools import school_in_sender_name


def school(ex):
    return ex.children[0].to_schema()["school"]


def test_both_children_were_at_a_school_is_not_the_writers_own_school(read):
    ex = read(
        "Hi there\n\nA new family arrived at our refuge: a mum and her two children.\n\nMum: Gemma Ffugley\n"
        "Maisie Ffugley - DOB 17/03/2016\nLeo Ffugley - DOB 30/11/2018\n\n"
        "Both children were at Ffugddu Park Primary in Wrexham (Leo in Year 1). Mum would like them in school.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugddu Park Primary"] * 2


def test_a_school_named_for_two_of_three_children_is_not_the_thirds(read):
    ex = read(
        "Children:\n- Levi Ffug, 10\n- Mercy Ffug, 7\n- Johnny Ffug, 5\n\nLevi and Mercy were last at Ysgol Gynradd "
        "Parc y Ffug in Pembrokeshire. Johnny has never been registered anywhere.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ysgol Gynradd Parc y Ffug"] * 2 + [None]


def test_a_school_applied_for_is_not_the_school_on_roll(read):
    ex = read(
        "Zahra Ffugdat, born 15 January 2013\nOmid Ffugdat, born 3 April 2016\n\nApplications were submitted in "
        "August for Ysgol Maes y Ffug (Zahra) and Ysgol Gynradd Ffugberem (Omid), but neither has had an offer.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]
    ex = read(
        "Ahmad Ffug-Hassan – date of birth 2015.01.15\n\nAn application went in to Ysgol Gynradd Ffug on 28 June.\n"
    )
    assert ex.children[0].to_schema()["school"] is None


def test_an_older_siblings_college_and_a_school_column_per_row(read):
    ex = read(
        "The eldest, Grace, is 17 and has enrolled at Coleg Ffug on her own. The three younger ones are not in school."
        "\n\nTobi Ffugare (DOB 01/02/2012) was at Harris Ffug Academy until Easter.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Harris Ffug Academy"]
    ex = read(
        "| Child            | DOB        | School                         |\n"
        "| Ruqayyah Ffugmed | 03/03/2016 | Small Ffug School              |\n"
        "| Zakariya Ffugmed | 20/11/2018 | Anderton Ffug Primary School   |\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Small Ffug School", "Anderton Ffug Primary School"]


def test_a_school_only_asked_about_or_given_an_admission_form_is_not_on_roll(read):
    ex = read(
        "Mariam Ffugari (DOB 01/02/2015) is not in school. With our support, Mr Ffugari completed an in-year admission "
        "form for St Ffug's Primary School three weeks ago but has heard nothing.\n"
    )
    assert ex.children[0].to_schema()["school"] is None
    ex = read("Gethin Ffug (DOB 01/02/2016): dad asked about Rhiwffug Primary but nothing has been applied for.\n")
    assert ex.children[0].to_schema()["school"] is None


def test_schools_applied_for_in_welsh_are_not_on_roll(read):
    ex = read(
        "Gwnes i gais ar-lein ar gyfer Ysgol Uwchradd Ffug i Alaw ac Ysgol Gynradd Ffugfryn i Math ar 5 Ionawr.\n\n"
        "Manylion:\nAlaw Ffugrhys - ganwyd 2 Hydref 2013 - Blwyddyn 8 - Ysgol Gyfun Gymraeg Ffug tan 19 Rhagfyr\n"
        "Math Ffugrhys - ganwyd 23/05/2018 - Blwyddyn 4 - Ysgol Gymraeg Pen y Ffug tan 19 Rhagfyr\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ysgol Gyfun Gymraeg Ffug", "Ysgol Gymraeg Pen y Ffug"]


def test_a_school_named_only_in_the_signature_of_a_school_email_is_the_pupils(read):
    ex = read(
        "Dear colleagues,\n\nI am writing as Designated Safeguarding Lead about a Year 8 pupil, Skye Ffug-O'Brien, "
        "who has not attended since 2 June.\n\nDOB: 07-08-2013\n\nYours sincerely,\n\nHuw Ffugbevan\n"
        "Deputy Headteacher / DSL\nFfugsychan School\nIncline Road, Ffugsychan, Pont-y-ffug NP99 7DF\n",
        sender="h.ffugbevan@ffugsychan.example.org",
    )
    assert ex.referrer_agency.value == "school"
    assert ex.children[0].to_schema()["school"] == "Ffugsychan School"


def test_a_school_nursing_team_is_health_not_a_school(read):
    ex = read(
        "Hi,\n\nMaja Ffugovic (DOB 02/02/2016) is not on any school roll.\n\nKind regards\nKaren Ffugdoyle\n",
        sender="schoolnursing.vale@ffug.example.wales",
        sender_name="Penffug School Nursing",
    )
    assert ex.referrer_agency.value == "health"


def test_a_tables_allocated_school_column_is_not_the_school_on_roll(read):
    ex = read(
        "Dear CME team,\n\nThe pupils below, who left us in July, have not arrived at their allocated secondary "
        "schools.\n\nName\tDOB\tAddress\tAllocated school\n"
        "Ellie-Mai Ffugdavies\t05/09/2014\t19 Clos Ffug, Ystrad Ffug, CF99 7BZ\tFfug Girls' School\n"
        "Mohammed Ffugrahman\t17/01/2015\t4 Heol Ffug, Maesyffug, CF99 7PG\tFfugwood Comprehensive School\n\n"
        "All were on roll with us until the end of the summer term.\n\nRegards,\n\nMrs Helen Ffugmorgan\n"
        "Family Engagement Officer\nYsgol Gynradd Maesyffug\n",
        sender="hffugmorgan@maesyffug.example.cymru",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ysgol Gynradd Maesyffug"] * 2



def test_schools_said_of_children_named_in_brackets_and_a_school_she_stopped_going_to(read):
    ex = read(
        "Household:\nJonas Ffugkas, 13 (d.o.b. 5 Jan 2013)\nUgne Ffugkas, 10 (d.o.b. 22 Aug 2016)\n"
        "Matas Ffugkas, 6 (d.o.b. 14 Mar 2020)\n\nMum says the children were at Ffug Ridge High School (Jonas) and "
        "Ysgol Gynradd Nant Ffug (Ugne and Matas) but she can't get them there since the move.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == [
        "Ffug Ridge High School", "Ysgol Gynradd Nant Ffug", "Ysgol Gynradd Nant Ffug"
    ]
    ex = read("Name: Chloe Ffugjenkins\nDOB: 06/01/2011\n\nShe stopped going to Ffug Edge High School in Year 10.\n")
    assert ex.children[0].to_schema()["school"] == "Ffug Edge High School"


def test_a_schools_admissions_officer_writes_for_the_school(read):
    ex = read(
        "Hi there,\n\nWe admitted Farhad Ffugsadat (Y5, DOB 01/05/2016) in April. The children haven't been in since "
        "7th June.\n\nMany thanks,\nKerry\n\nKerry Ffugwalsh | Admissions & Attendance Officer\n"
        "Maindee Ffug Primary School\nHeol Ffug, Casnewydd, NP99 8BX\n",
        sender="admissions@maindeeffug.example.cymru",
        sender_name="Kerry Ffugwalsh",
    )
    assert ex.referrer_agency.value == "school"
    assert ex.children[0].to_schema()["school"] == "Maindee Ffug Primary School"


def test_school_names_not_to_be_taken(read):
    ex = read(
        "The family moved to Bala in December. School places were agreed for 6 January but the children did not "
        "arrive. Cai Ffug (DOB 03/03/2016) remains on roll at Ysgol Gynradd Parc Ffug in Wrecsam for now.\n"
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Parc Ffug"
    ex = read(
        "CHILDREN:\nRhodri FFUGKINS - 17 yrs, at Coleg Sir Ffug\nElis FFUGKINS - DOB 02/02/2016\n\n"
        "Elis has rarely attended since February.\n"
    )
    assert ex.children[0].to_schema()["school"] is None
    ex = read(
        "Morning - worried about Olivia Ffugbennett, Year 9 (DOB 19/01/2012), Ysgol Uwchradd Ffugweli.",
        channel="slack",
        sender="U0FFUG0016",
        sender_name="Ceri Ffuglloyd School Nurse",
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Uwchradd Ffugweli"


def test_an_older_sisters_college_is_not_the_pupils_school(read):
    ex = read(
        "I'm referring Deio Ffugmorgan, Year 2, date of birth 27 March 2019. His older sister Lois (17) is at Coleg "
        "Sir Ffug and has been attending as normal.\n\nGwenllian Ffughopkins\nWellbeing Officer\nYsgol Gynradd Ffug\n",
        sender="presenoldeb@ffug.sch.uk",
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Ffug"


def test_schools_a_child_never_arrived_at_or_is_only_wanted_for(read):
    cases = [
        ("Maria Ffugreira (DOB 03/03/2015) did not arrive at Ysgol Gynradd Morfa Ffug in September.", None),
        ("Ana Ffugreira (DOB 03/03/2019) did not attend nursery. Advised parents to apply urgently - they would like "
         "Ysgol y Ffug Isaf (nearest).", None),
        ("Selam Ffugfay (DOB 01/01/2014) has no school. The family have been in touch with Ysgol John Ffug directly "
         "but no application has been made.", None),
    ]
    for text, school in cases:
        assert read(text).children[0].to_schema()["school"] == school, text


def test_a_school_slack_sender_reporting_a_child_not_theirs(read):
    ex = read(
        "Neighbour rang :telephone_receiver: 2 kids, Lily and Finn, at 12 Stryd Ffug, Y Barri CF99 1HT haven't been "
        "to school since xmas. Mum says home schooled but they just play out. Not ours - can CME check?",
        channel="slack",
        sender="U0FFUG0017",
        sender_name="Reception - Barri Ffug Primary",
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]


def test_children_in_no_school_at_all_are_not_the_school_senders_pupils(read):
    for said in ("None of the three are in any school.", "Neither of them is in any school.",
                 "He says they aren't in any school."):
        ex = read(
            f"Ffion Ffug (Y5) has had her cousins living with her since half term: Kai Ffugson (11) and Mia Ffugson "
            f"(8). {said} Address 3 Rhes Ffug, Ffugdale CF43 4LS.",
            channel="slack",
            sender="U0FFUG0018",
            sender_name="Dewi Ffug (Ffug Park Primary)",
        )
        assert [c.to_schema()["name"] for c in ex.children] == ["Kai Ffugson", "Mia Ffugson"], said
        assert [c.to_schema()["school"] for c in ex.children] == [None, None], said


def test_a_pupil_who_left_us_is_a_child_of_the_report(read):
    ex = read(
        "Hi both - transition query. Tomos Ffug left us in July (Y6), was allocated Ffug High for Sept. They have just "
        "rung - he's never arrived. FYI Cari (Y2) is still with us on a part-time timetable - she IS attending so not "
        "one for you.",
        channel="slack",
        sender="U0FFUG0020",
        sender_name="Sara Ffug (Ffug Primary)",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Tomos Ffug"]
    assert ex.children[0].to_schema()["school"] == "Ffug Primary"


def test_a_sibling_who_is_the_school_senders_pupil_does_not_make_the_referred_child_one(read):
    ex = read(
        "Hello,\n\nEira Ffug (Y3) started with us last month and is settling well. Her brother Osian Ffug, 13, told "
        "us he has not been to school since they moved from Swindon in March; his last school was Ffug Vale Academy. "
        "Family live at 4 Heol Ffug, Ffugdare CF44 6ZZ.\n\nKind regards,\n\nSara Ffug\nFamily Engagement Officer\n"
        "Ffug Primary School\nFfug Road, Ffugdare CF44 6AA\n",
        sender="s.ffug@ffugprimary.example.org",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Osian Ffug"]
    assert ex.children[0].to_schema()["school"] == "Ffug Vale Academy"


def test_a_school_label_whose_value_starts_with_the_childs_name(read):
    ex = read(
        "Children:\nDaniela Ffugescu, DOB 01/02/2014\nLuca Ffugescu, DOB 03/04/2019\n"
        "Previous school(s): Daniela - Ffug Park Vale Primary Academy, Sheffield (left July); Luca not in UK school\n"
    )
    assert ex.children[0].to_schema()["school"] == "Ffug Park Vale Primary Academy"


def test_none_before_a_dash_in_a_school_label_is_no_childs_name(read):
    ex = read("Child: Sami Ffughre (DOB 01/02/2012)\nSCHOOL: None - on waiting list for Ffug Vale High School\n")
    assert ex.children[0].to_schema()["school"] is None


def test_a_new_school_the_family_named_is_not_on_roll(read):
    ex = read(
        "Hodan Ffugsame (yr 6) dob 05/05/2015\nboth left us at half term, dad said they were moving to Leicester and "
        "gave us Ffug Meadow Primary as the new school. rang them today - no application\n"
        "she's still showing on our roll at Ysgol Gynradd Ffugfa\n",
        channel="slack",
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Ffugfa"


def test_dim_in_a_bilingual_school_row_is_no_school(read):
    ex = read(
        "Child's name: Oksana Ffugenko\nDate of birth: 2 Medi / September 2016\nYsgol / School: dim / none in UK\n"
    )
    c = ex.children[0].to_schema()
    assert c["school"] is None and c["age"] == 10


def test_a_school_abroad_last_attended_is_the_childs_school(read):
    ex = read(
        "Beatriz Ffug Costa (DOB 08-02-2015) arrived from Madeira in February. She attended Escola Básica do Ffugiço "
        "until then and has no school place here."
    )
    assert ex.children[0].to_schema()["school"] == "Escola Básica do Ffugiço"
    ex = read("My grandchild Darcy Ffugley (born 12 March 2016) was going to Scoil Ffugre in Cork until July.")
    assert ex.children[0].to_schema()["school"] == "Scoil Ffugre"


def test_a_further_education_college_is_no_school_of_a_child_of_school_age(read):
    ex = read(
        "Elis Ffugbowen is 9 and Mali Ffugbowen is 7. Neither has a school place here. Their brother Gethin goes to "
        "Coleg y Ffug and Ffion (17) is at Ffugtown College.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]
    ex = read("Jac Ffugjones, DOB 02/03/2012, is on roll at Ffugpandy Community College but has not attended.\n")
    assert ex.children[0].to_schema()["school"] == "Ffugpandy Community College"


def test_a_school_other_children_attend_is_not_the_referred_childs(read):
    ex = read(
        "Sumaiya Ffugbegum turned 5 in January and is not in school yet. Her older brother and sister, Arif and "
        "Sadia, both attend Ffugcoed Primary School and are doing well.\n"
    )
    assert ex.children[0].to_schema()["school"] is None
    ex = read(
        "Mr Ffugnguyen's children, Minh (9) and Lan (7), have not been to school since they arrived. The previous "
        "tenants' children went to Cwmffug Primary, which is at the end of the road.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]
    ex = read("Three siblings on our roll at Ysgol Gynradd Ffugcoed: Tyler Ffugbevan (DOB 1/2/2016).")
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Ffugcoed"


def test_the_senders_school_when_another_school_says_she_never_started_there(read):
    ex = read(
        "found it - Bobbi's legal name is Roberta Ffugczyk, Y9, DOB 01.09.2013. Not seen since 3/11. We did get a CTF "
        "request from a school in Coventry but they've just emailed to say she never started there :grimacing:",
        channel="slack",
        sender_name="Eirian Ffuglewis (Treorci High)",
    )
    assert ex.children[0].to_schema()["school"] == "Treorci High"
    ex = read(
        "Kai Ffugjones (Y8, DOB 02/02/2013) hasn't been in since half term.",
        channel="slack",
        sender_name="Helen Ffugvaughan (DSL, Ffugash Comp)",
    )
    assert ex.children[0].to_schema()["school"] == "Ffugash Comp"



def test_a_sibling_who_was_there_shares_the_school_named_earlier_in_the_sentence(read):
    ex = read(
        "Zofia Ffugak (DOB 12/05/2016) and Antoni Ffugak (DOB 30/11/2019) have no school here. Zofia previously "
        "attended Ffugmill Primary School in Swansea and Antoni was in Year 1 there."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugmill Primary School"] * 2


def test_a_home_named_after_an_old_school_is_no_school(read):
    ex = read("Alys Ffugydd, DOB 07/05/2021, lives with Mam at Ty'r Ysgol Cottage, Llanwonno, CF37 3PH.")
    assert ex.children[0].to_schema()["school"] is None


def test_a_school_both_go_to_and_a_sibling_at_the_same_school(read):
    ex = read(
        "Jack Ffugell (DOB 03/03/2017) and Evie Ffugell (DOB 04/04/2019) are living in a car with mum. The kids "
        "haven't been to school since half term. Jack said they both go to Ffugmer Primary."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugmer Primary"] * 2
    ex = read(
        "Children:\nFfion Ffugbayo (10) – Year 6 at Ffugton Lane Primary School, Catterick\n"
        "Osian Ffugbayo (7) – Year 2, same school\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugton Lane Primary School"] * 2
    ex = read(
        "Kacper Ffugak (DOB 22/05/2016) was attending Pen y Ffug Primary School until March. Zofia Ffugak (DOB "
        "01/09/2019) has never started school; dad is keen for both to start, ideally at the same school."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Pen y Ffug Primary School", None]


def test_a_community_primary_written_cp_school_and_the_nearest_school_which_is_no_roll(read):
    ex = read(
        "Ana-Maria Ffugu (6) was dual registered with Ffugetty CP School last autumn and came off roll in January.\n"
    )
    assert school(ex) == "Ffugetty CP School"
    ex = read(
        "Mum told me Ana-Maria Ffugu (6) has never been to school. Mum would like help to apply for a school "
        "place. The nearest school would be Ffugbier VC School.\n"
    )
    assert school(ex) is None


def test_a_slack_senders_community_primary_in_brackets():
    assert school_in_sender_name("Llinos Ffugowen (Ffug Dock CP)") == "Ffug Dock CP"


def test_schools_named_without_primary_or_school(read):
    ex = read("Harvey Ffuglewis (Y8), DOB 8/10/2013. He's been on our roll at Ffugpandy CC since Y7.")
    assert school(ex) == "Ffugpandy CC"
    ex = read("Gwen Ffugbury (Y3) is on roll at Ffugdergast and has not attended since October.")
    assert school(ex) == "Ffugdergast"
    ex = read("Kai FFUGMITCHELL   DOB 19/01/2013   Year 7, Bridge Ffug Learning Campus   UPN: unknown\n")
    assert school(ex) == "Bridge Ffug Learning Campus"


def test_a_table_cells_school_label_and_another_familys_school_are_no_schools(read):
    ex = read(
        "Children present:\n  1) Ruby-Leigh FFUGHARRIS   DOB 14/07/2015   Age 7   School: NONE\n"
        "Ruby-Leigh said she used to go to \"Windsor Ffug\" school in Cardiff.\n"
    )
    assert school(ex) == "Windsor Ffug"
    ex = read(
        "At a parents' evening at St Ffug's RC Primary (for another family) I met Ana Ffugsilva, who arrived from "
        "Portugal in January. The children are not at school yet.\n\nTiago Ffugsilva, born 19/04/2014\n"
    )
    assert school(ex) is None


def test_a_sibling_never_at_school_on_the_next_list_line_leaves_the_others_school(read):
    ex = read(
        "There are three children:\n- Johnny, aged 11\n- Bridget, aged 9\n- Patrick, aged 6 - has never been in "
        "school\n\nJohnny and Bridget were last in school at St Ffug's Catholic Primary School in Wrexham."
    )
    school = "St Ffug's Catholic Primary School"
    assert [c.to_schema()["school"] for c in ex.children] == [school, school, None]


def test_the_school_a_carers_own_children_attend_is_not_the_childs(read):
    ex = read(
        "Chidera Ffugafor (DOB 30/06/2011) arrived from Lagos in August and is living with a family friend, Mrs "
        "Funmilayo Ffugyemi. Chidera has not been enrolled in any school. Mrs Ffugyemi's own two children attend "
        "Ysgol Ffugglais."
    )
    assert school(ex) is None


def test_forenames_said_without_the_surname_and_a_new_starter_never_put_on_roll(read):
    ex = read(
        "Family: Mrs Bridget Ffugward, with three children.\n- Mary Ffugward, 14\n- John Joe Ffugward, 11 - DOB "
        "02/02/2015\n- Kathleen Ffugward, 7 - DOB 9/8/2018\n\nMrs Ffugward told me John Joe and Kathleen were last "
        "in school at St Ffug's Primary in Llantwit Major."
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, "St Ffug's Primary", "St Ffug's Primary"]
    ex = read(
        "we were expecting a new starter on 6th Jan - Fatima Ffugsan, Y3, DOB 27/10/2017. Fatima never arrived & "
        "was never put on our roll. CTF came through from her old school (Ffug Embankment Primary).",
        channel="slack",
        sender="U0FFUG0600",
        sender_name="Hannah Ffug (Parc Ffug Primary)",
    )
    assert school(ex) == "Ffug Embankment Primary"


def test_two_schools_said_respectively(read):
    ex = read(
        "Children:\n- Tyler Ffugevan, 12\n- Mia Ffugevan, 8\n\nShannon tells me Tyler and Mia are still on roll at "
        "Afon Ffug High School and Ffugallog Primary respectively, but haven't been since the move."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Afon Ffug High School", "Ffugallog Primary"]


def test_the_writers_words_before_a_school_are_not_its_name():
    from nlp.schools import find_schools

    found = find_schools("Kayleigh hasn't been in since October. We're Ffug Community School, not in my name!", [])
    assert [f.value for f in found] == ["Ffug Community School"]


def test_each_childs_school_said_beside_their_name_after_a_comma(read):
    ex = read(
        "Children in the household:\n- Jayden Ffug, DOB 05/04/2016\n- Alfie Ffug, DOB 07/07/2019\n\nFollowing the "
        "move Jayden and Alfie stopped going to their schools (Jayden was at Ffug Community School, Alfie at "
        "Ffugtown Primary School)."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Community School", "Ffugtown Primary School"]


def test_a_school_a_child_has_not_been_going_to_is_theirs(read):
    ex = read(
        "Mum Lisa Ffug told me that her younger daughter Poppy Ffug (DOB 15/03/2019) hasn't been going to Ffug "
        "Vale Primary since September."
    )
    assert ex.children[0].to_schema()["school"] == "Ffug Vale Primary"


def test_a_primary_care_centre_is_a_surgery_not_a_school(read):
    ex = read(
        "Ela Ffugells, d.o.b. 21.06.2021, has never been registered for school. Ela is registered with Dr Ioan "
        "Ffugan at Ffugtown Primary Care Centre."
    )
    kid = ex.children[0].to_schema()
    assert kid["school"] is None
    assert kid["gp"]["practice"] == "Ffugtown Primary Care Centre"
    ex = read("Mei Ffug (DOB 01/02/2020) has no school place.\nGP: Dr O'Ffug, Ffugtown Primary Care Resource Centre\n")
    gp = ex.children[0].to_schema()["gp"]
    assert gp == {"doctor": "Dr O'Ffug", "practice": "Ffugtown Primary Care Resource Centre"}


def test_each_school_said_to_be_for_a_named_child(read):
    ex = read(
        "Cai Ffughes (born 19/08/2014) and Mali Ffughes (born 5/5/2019) have been living with their Tad-cu since 2 "
        "June. The farm is four miles from the children's schools (Ysgol Gyfun Ffug for Cai, YGG Ffugwynno for Mali) "
        "and neither child has attended since."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ysgol Gyfun Ffug", "YGG Ffugwynno"]


def test_a_community_primary_written_cp_without_school_is_a_school_but_a_cp_plan_is_not(read):
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. He was at Ffugwen CP until July.")
    assert school(ex) == "Ffugwen CP"
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. He is subject to an Initial CP conference next week.")
    assert school(ex) is None


def test_a_full_stop_inside_a_schools_name_does_not_cut_it(read):
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. He was a Year 5 pupil at Ffugwen C.P. School.")
    assert school(ex) == "Ffugwen C.P. School"
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. He was at St. Ffugan's Primary until July.")
    assert school(ex) == "St. Ffugan's Primary"


def test_a_school_a_child_had_a_place_at_is_theirs_unless_it_was_never_taken_up(read):
    ex = read("Two children lived at the property with her:\nBeatriz Ffug (DOB 17/02/2013) - had a place at Ffugtre "
              "High School")
    assert school(ex) == "Ffugtre High School"
    ex = read("Beatriz Ffug (DOB 17/02/2013) had a place at Ffugtre High School but never took it up.")
    assert school(ex) is None


def test_pupils_still_on_roll_here_at_a_school_named_without_school(read):
    ex = read("CME - Andrei Ffug (10G) & Maria Ffug (7B) not seen since Feb half term. Mum = Daniela Ffug. Both still "
              "on roll here at Nantffug.", channel="slack", sender_name="Mr Gareth Ffug")
    assert [c.to_schema()["school"] for c in ex.children] == ["Nantffug", "Nantffug"]


def test_a_school_a_twin_brother_started_at_is_not_the_referred_childs(read):
    ex = read("Layla Ffug (DOB 18/11/2012) has severe anxiety. Layla's twin brother, Zayn, started at Ffugdare "
              "Community School on 20th January and is attending well. Her last school was Ffugwern High School in "
              "Newport.")
    assert school(ex) == "Ffugwern High School"


def test_a_school_label_that_doubts_first_gives_the_school_after(read):
    ex = read("Child's name: Kai Ffug\nChild's age: about 13\nSchool (if known): dunno, they used to go to Ffug "
              "Primary\n")
    assert ex.children[0].to_schema()["school"] == "Ffug Primary"
    ex = read("Child's name: Kai Ffug\nChild's age: about 13\nSchool (if known): dunno\n")
    assert ex.children[0].to_schema()["school"] is None


def test_a_comprehensive_called_the_comp_and_a_siblings_comp(read):
    ex = read(
        "Hi there,\n\nKai Ffug, 15, told me he hasn't been in school since the autumn. He said he was at Mountain Ffug "
        "Comp until his family moved over to Aberaman in the summer.\n"
    )
    assert ex.children[0].to_schema()["school"] == "Mountain Ffug Comp"
    ex = read(
        "Jac Ffug (Y5) at Ffug Primary hasn't been in since Easter. Big sister Hala at Ffugcoed Comp is off too but "
        "their HoY says they're referring her themselves.",
        channel="slack",
        sender="U0FFUG0012",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Primary"]
    ex = read(
        "Old addy on SIMS is 14 Ffug Street but their big brother Filip (Ffugdale Comp, still attending) told his "
        "tutor that Lena Ffug (Y3) is living with nan now and not in school.",
        channel="slack",
        sender="U0FFUG0012",
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None]


def test_not_strictly_one_of_ours_takes_no_school_from_the_senders_name(read):
    ex = read(
        "not strictly one of ours but Kyle Ffug in 10H told his tutor that his little sister Ava Ffug (Y5) has been "
        "staying with her Nain in Rhyl since the summer and hasn't gone back to school. Kyle is still with us.",
        channel="slack",
        sender="U0FFUG0013",
        sender_name="Mrs Hughes (Ffugdale Community School)",
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None]


def test_numbered_schools_abroad(read):
    for said, school_name in (
        ("attended Școala Gimnazială nr. 5 in Craiova until June", "Școala Gimnazială nr. 5"),
        ("was at Lyceum No. 27 in Kharkiv before the war", "Lyceum No. 27"),
    ):
        ex = read(f"Hi,\n\nMaria Ffug (DOB 02/03/2014) arrived in October. She {said}. She has no school here.\n")
        assert ex.children[0].to_schema()["school"] == school_name


def test_schools_applied_for_in_a_long_sentence_are_not_on_roll(read):
    ex = read(
        "Children:\n• Omar Ffugwi - DOB 01/01/2013\n• Lana Ffugwi - DOB 14/07/2015\n\n"
        "Applications were made online in December for Ffug Bay Primary School (Lana) and Ffug Harbour High School "
        "(Omar) but the family has not heard anything."
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]


def test_a_school_he_doesnt_go_to_any_more_is_the_one_last_attended(read):
    ex = read(
        "I live in the flat below a young lad called Mason Ffug who I'm sure isn't going to school. He's 10. When I "
        "asked him he said he doesn't go to Ysgol Gynradd Ffug Fach any more because he got kicked out."
    )
    assert ex.children[0].to_schema()["school"] == "Ysgol Gynradd Ffug Fach"


def test_a_year_7_allocated_but_never_added_to_roll_keeps_the_last_school(read):
    ex = read(
        "Hiya - one of our Year 7 intake never arrived and we can't trace him.\nHarley Ffug, DOB 11/02/2014, "
        "transferring from Ffug Community Primary. He was allocated a place with us but has not turned up since term "
        "started and we haven't added him to roll.",
        channel="slack",
        sender_name="Kerry Ffug | Ffug Valley Comprehensive",
    )
    assert ex.children[0].to_schema()["school"] == "Ffug Community Primary"


def test_a_learning_community_is_a_school(read):
    ex = read(
        "Rhiannon Ffug (DOB 11/11/2012) has been reported missing four times. Her school, Ebbw Ffug Learning "
        "Community, say she was taken off roll in December."
    )
    assert ex.children[0].to_schema()["school"] == "Ebbw Ffug Learning Community"


def test_schools_the_child_is_not_on_roll_at(read):
    def school_of(text, **kw):
        return read(text, **kw).children[0].to_schema()["school"]

    # the nearest school, which mum only thinks is the one
    assert (
        school_of(
            "Amira Ffug (DOB 01/02/2021) has not started school. Mum would like Amira to go to the nearest school, "
            "which she thinks is Heol Ffug Primary."
        )
        is None
    )
    # a CTF sent on to a school the child never arrived at; still on the sender's roll
    assert (
        school_of(
            "Tomos Ffug Y8 - we sent the CTF to Ysgol Uwchradd Ffug and they've just emailed to say he never arrived. "
            "he's still technically on our roll here at Ffugref High",
            channel="slack",
        )
        == "Ffugref High"
    )
    # neither on the writer's roll nor at the school down the road
    assert (
        school_of(
            "Two children next door, Kai Ffug (8) and Mia Ffug (6), are home all day. I have checked and neither child "
            "is on our roll, nor at Ysgol Santes Ffug down the road.\nDelyth Ffug\nPennaeth, Ysgol Gynradd Llanffug",
            sender="pennaeth@ysgolllanffug.example.cymru",
        )
        is None
    )


def test_a_pupil_never_added_to_our_roll_keeps_the_previous_school(read):
    ex = read(
        "Musa Ffugdi (Year 2, DOB 03/04/2019) was allocated a place with us from September but did not arrive. As he "
        "has never attended he was not added to our roll.\nPrevious school: Ffug Fields Primary School, Bristol\n\n"
        "Diolch,\nHelen Ffug\nOffice Manager\nYsgol Gynradd Y Ffug, Heol y Ffug, Casnewydd, NP19 9EL",
        sender="swyddfa@ywern.newport.sch.uk",
        sender_name="Helen Ffug",
    )
    assert ex.children[0].to_schema()["school"] == "Ffug Fields Primary School"


def test_the_younger_ones_school_is_the_others_not_the_named_childs(read):
    ex = read(
        "Children: Zara Ffugum (14), Ibrahim Ffugum (9) and Safa Ffugum (7). Zara was at Ffug Hengoed Community School "
        "and the two younger ones were at Ffugmor Primary."
    )
    assert [c.to_schema()["school"] for c in ex.children] == [
        "Ffug Hengoed Community School",
        "Ffugmor Primary",
        "Ffugmor Primary",
    ]


def test_of_ours_at_a_school_named_alone(read):
    ex = read(
        "Has anyone got capacity to look at the Ffugica family? 3 of ours at Castle Ffug - Denisa (Yr 6, she's 11), "
        "Florin (Yr 3) and Marian (Rec) - none of them in since 21st Sept.",
        channel="slack",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Castle Ffug"] * 3


def test_ours_at_a_school_a_building_called_the_old_school_and_a_quoted_none(read):
    ex = read(
        "Kai Ffowc (Y9) - mum messaged to say they've moved to Bristol. He's ours at Ffug High, not been in for 3 "
        "weeks.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert school(ex) == "Ffug High"
    ex = read(
        "Johnny Ffowc (DOB 02/02/2015) is living with his mum at Unit 2, The Old School, Station Road, Llwydffug, CF44 "
        "0ZZ and has no school place.\n"
    )
    assert school(ex) is None
    ex = read('Name: Beatriz Ffowc\nDOB: 03/03/2015\nSchool: "none yet - arrived from Portugal 3 weeks ago"\n')
    assert school(ex) is None


def test_a_schools_staff_naming_their_own_school_by_one_word(read):
    cases = [
        ("hi we've got a Year 1 starter here at Ffugtre who never arrived - Teddie Ffug (DOB 1.6.20).", "Ffugtre"),
        ("flagging a Yr 10 girl here at Ffugfa, Ayesha Ffug (10T), not in since half term", "Ffugfa"),
        ("new Y7 Mihai Ffug, on roll with us at Ffughamon High from 2nd Sept but hasn't attended. DOB 17/06/2015.",
         "Ffughamon High"),
    ]
    for text, school in cases:
        assert read(text, channel="slack", sender="U0FFUG").children[0].to_schema()["school"] == school, text


def test_the_same_school_as_a_sibling_and_a_nickname_after_a_first_name(read):
    ex = read(
        "The children are Daniel Ffug (11) and Esther Ffug (7). Daniel was in Year 6 at St Ffug's CE Primary in "
        "Peckham and Esther was in Year 2 at the same school."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["St Ffug's CE Primary"] * 2
    ex = read(
        "Mam is Kathleen Ffugjoyce.\n\nChildren:\n- Patrick, 11\n- Margaret (Maggie), 8\n\nPatrick and Maggie last "
        "attended St Ffug's Catholic Primary School in Wrexham, until October.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["St Ffug's Catholic Primary School"] * 2


def test_a_high_school_by_one_word_and_a_school_after_a_role_in_a_display_name(read):
    ex = read("WONG Hei Tung, DOB 2012-11-05, allocated to us (Ffugays High) for Y8. She never arrived.", "slack")
    assert school(ex) is None
    ex = read("Y10 student Demi Ffug (Ffugowell High, DOB 12/10/2011) has not been in since October.", "slack")
    assert school(ex) == "Ffugowell High"
    ex = read("Jess Ffug (DOB 3/3/2011) has not attended Ffugern High since March.")
    assert school(ex) == "Ffugern High"
    ex = read("Kai Ffug (9) lives on Ffugton High Street and has been off since May.")
    assert school(ex) is None
    assert school_in_sender_name("Kate Ffug (DSL, Ffugchfa)") == "Ffugchfa"


def test_a_school_said_of_one_child_of_several_leaves_the_others_the_senders_pupils(read):
    ex = read(
        "Hi team, 3 x CME referrals from one family - all off since 06/01. MIS export:\n```\nLegal Surname | Forename "
        "| DOB        | UPN           | Reg\nFFUGAFOR | Chidi    | 03/09/2014 | L673220032318 | 5W\nFFUGAFOR | "
        "Adaeze   | 21/04/2016 | J673220034201 | 4G\n```\nBig sister Ngozi Ffugafor (DOB 15/07/2012, UPN "
        "Y673540030915) is at Ffugston High - flagging so you can link.",
        channel="slack",
        sender_name="Anwen Ffug (Attendance Officer, Ffug Meadow Primary)",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Meadow Primary"] * 2 + ["Ffugston High"]


def test_a_service_named_with_school_is_no_school_and_the_writers_high_school_after_us_at(read):
    ex = read(
        "I am a Primary Mental Health Worker with the CAMHS School In-Reach team. I am writing about Ffion Ffug, DOB "
        "3/3/2012, who has not been to Ffugsychan School since May.\n\nJonathan Ffug\nHome Tuition Tutor\nEducation "
        "Other Than At School (EOTAS) Service\n"
    )
    assert school(ex) == "Ffugsychan School"
    ex = read("the Ffug family pulled off the site - Patrick (Y8) not in to us at Ffugwell High since Fri.", "slack")
    assert school(ex) == "Ffugwell High"


def test_the_senders_school_said_as_here_at_or_off_roll_at(read):
    ex = read(
        "Hi all - 2 pupils here at Ffugwyn from the same family haven't been seen since 29th Sept.\n"
        "• Dávid Ffug Yr 4 (dob 05/01/2017)\n• Ester Ffug Yr 1 (dob 19/04/2020)",
        channel="slack",
        sender_name="Claire Ffug",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugwyn", "Ffugwyn"]
    ex = read(
        "Jonas Ffug (Yr 5) went to Lithuania on 6th Oct, due back 20th Oct. dob 28/02/2017. We're at 20 school days "
        "now - do we take him off roll at Ffugwg or wait for you?",
        channel="slack",
        sender_name="Dafydd Ffug",
    )
    assert school(ex) == "Ffugwg"


def test_a_slack_senders_school_by_its_short_name(read):
    ex = read(
        "Hi team :wave: need advice for 2 sibs at Deri Ffug please.\nAlfie Ffug (Y2, DOB 02.12.2019) & Isla Ffug "
        "(Y5, DOB 17.07.2017). Not been in since 18/9.",
        channel="slack",
        sender_name="Claire Ffug (Deri Ffug)",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Deri Ffug", "Deri Ffug"]
    ex = read(
        "Prynhawn da! Quick one from Bro Ffugyg - we have a Derbyn pupil who has not arrived.\nElis Ffug, DOB "
        "21.01.21, not been in at all since we started on the 3rd.",
        channel="slack",
        sender_name="Mrs Rhiannon Ffug",
    )
    assert school(ex) == "Bro Ffugyg"
    ex = read(
        "Hi all - Ffugref referral :slightly_frowning_face: Zainab Ffug (Y4, DOB 12th Feb 2017) went to Pakistan on "
        "16th Oct. Still not back.",
        channel="slack",
        sender_name="Sarah Ffug",
    )
    assert school(ex) == "Ffugref"


def test_a_place_the_slack_sender_writes_from_is_no_school(read):
    ex = read(
        "quick CME referral from Treffug :point_down:\nname – Ellie-Jo Ffug\ndob – 25.4.2013\n"
        "address – 7 Heol Ffug, Treffug, SA61 9QY\nNot back since the summer.",
        channel="slack",
        sender_name="Ffion Ffug (Haverfordwest)",
    )
    assert school(ex) is None


def test_a_saints_name_in_brackets_after_a_slack_senders_name(read):
    ex = read(
        "Hi both - new admission who never turned up. Kai Ffug, Y8, DOB 1.3.2014. Admissions put him on our roll "
        "from 6/10 but he's not been in once.",
        channel="slack",
        sender_name="Kate Ffug (St Ffugres)",
    )
    assert school(ex) == "St Ffugres"


def test_a_year_group_then_here_at_names_the_senders_school(read):
    ex = read(
        "Tasnim Ffug Yr 10 (10T) here at Ffugteg went to Bangladesh in July, was due back 4th Sept. Still not back. "
        "DOB 3rd Feb 2012.",
        channel="slack",
        sender_name="Huw Ffug",
    )
    assert school(ex) == "Ffugteg"


def test_a_school_applied_for_online_is_not_the_childs(read):
    ex = read(
        "Mrs Ffug's son, Ayaan Ffug (date of birth: 13th of July 2019), is not attending school. Mum says they "
        "applied online for Ffugdu Primary but haven't heard back. He was previously at Ffug Hill Primary School in "
        "Luton."
    )
    assert school(ex) == "Ffug Hill Primary School"


def test_a_year_group_a_school_is_full_in_is_not_the_childs(read):
    ex = read(
        "Little brother Ali is 5 (DOB 09/07/21) and should be in Y1, but we're full in Y1 here at Ffugwn and dad "
        "hasn't applied through the LA so he's at home.",
        channel="slack",
        sender_name="Mr Tom Ffug",
    )
    assert school(ex) is None


def test_a_slack_senders_school_said_in_passing(read):
    ex = read(
        "Quick CME q - Mihaela Ffug (Y4, dob 03/12/2017) went to Romania on 9 Oct. Not back.\nDo we refer now or "
        "wait? We're at Clawdd Ffug btw (new to slack!)",
        channel="slack",
        sender_name="Bethan Ffug",
    )
    assert school(ex) == "Clawdd Ffug"
    ex = read(
        "Kian Ffug Y9 (dob 08/08/2013) - moved to Abergele mid Oct.\nNot been in with us (Prestatyn High) since "
        "16/10.",
        channel="slack",
        sender_name="Darren Ffug",
    )
    assert school(ex) == "Prestatyn High"
    ex = read(
        "The Ffug twins (Tomás & Beatriz, Y5, both DOB 04/06/2016) haven't come back after half term.\nThis is "
        "Mountain Ffug btw :slightly_smiling_face:",
        channel="slack",
        sender_name="Gemma Ffug",
    )
    assert school(ex) == "Mountain Ffug"


def test_a_school_named_before_school_in_lower_case(read):
    ex = read("Jake Ffug (DOB 01/09/2015) was last seen in October. He went to Bryn Ffug school.")
    assert school(ex) == "Bryn Ffug"


def test_more_ways_a_slack_sender_names_their_own_school(read):
    ex = read(
        "Hi team, CME concern for one of our Yr 8s here at Ffugcoedtre - Sumaiya Ffug (DOB 16.03.2014).",
        channel="slack",
        sender_name="Sarah Ffug",
    )
    assert school(ex) == "Ffugcoedtre"
    ex = read(
        "Hiya :wave: one of our September Reception starters at Ffuglode has never turned up - Nia Ffug, DOB "
        "14.09.2021.",
        channel="slack",
        sender_name="Mrs Kaur",
    )
    assert school(ex) == "Ffuglode"
    ex = read(
        "urgent-ish :rotating_light: Mahnoor Ffug Y10, DOB 03/03/2012. Went to Pakistan with family in July.",
        channel="slack",
        sender_name="Sarah Ffug (Ffugalan DSL)",
    )
    assert school(ex) == "Ffugalan"
    ex = read("Children:\nAbdirahman Ffug   DOB: 02 May 2014   previously Ffug High, Cardiff\n")
    assert school(ex) == "Ffug High"


def test_a_slack_senders_school_in_thanks_greetings_and_roll(read):
    ex = read(
        "Morning :rotating_light: Alys Ffug (Y2) & Twm Ffug (Rec) haven't been in since Fri.\nCan AWBS log as CME "
        "pls? Thanks from all of us at St Ffugfride's",
        channel="slack",
        sender_name="Ceri-Ann Ffug",
    )
    assert school(ex) == "St Ffugfride's"
    ex = read(
        "Hiya :wave: One for you from Santes Ffug - Ava-Grace Ffug (Bl 2, DOB 30.04.2019) not in since 9/2.",
        channel="slack",
        sender_name="Ms Niamh Ffug",
    )
    assert school(ex) == "Santes Ffug"
    ex = read(
        "Y9 lad Kieran Ffug - 100% absence since 1st Oct. DOB 05/10/2012\nStill on Ffugedog roll for now.",
        channel="slack",
        sender_name="Craig Ffug",
    )
    assert school(ex) == "Ffugedog"
    ex = read("Kai Ffug (Y4) is on Monday roll call list. He is off.", channel="slack", sender_name="Jo Ffug")
    assert school(ex) is None


def test_a_slack_senders_school_said_as_here_or_in_the_display_name(read):
    ex = read(
        "hi :wave: Ffugwell (Chepstow) here - two of ours have gone. Ebony Ffug Y3 (dob 3.2.2018), moved away.",
        channel="slack",
        sender_name="Jo Ffug",
    )
    assert school(ex) == "Ffugwell"
    ex = read(
        "Sian here - Ebony Ffug Y3 (dob 3.2.2018) has moved away, no new school.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) is None
    ex = read(
        "The Ffug children have gone again. Dad told our FLO here at Bro Ffug they were heading to Cheshire. Bridget "
        "Ffug (Y6, DOB 01/02/2015).",
        channel="slack",
        sender_name="Ifan Ffug",
    )
    assert school(ex) == "Bro Ffug"
    ex = read(
        "Dau blentyn heb fod yma yn Llwyn yr Ffug ers 29/9 - Mali Ffug (Bl. 5, DOB 01/02/2016).",
        channel="slack",
        sender_name="Elin Ffug",
    )
    assert school(ex) == "Llwyn yr Ffug"
    ex = read(
        "Beatriz Ffug (Y4, DOB 01/02/2017) left for Portugal. We're St Ffug's if anyone's wondering :sweat_smile:",
        channel="slack",
        sender_name="Huw Ffug",
    )
    assert school(ex) == "St Ffug's"
    ex = read(
        "we've had a Y4 on our list since July who hasn't turned up - Daria Ffug, dob 30/04/2017.",
        channel="slack",
        sender_name="Sian Ffug - Glanffug",
    )
    assert school(ex) == "Glanffug"
    ex = read(
        "we've had a Y4 on our list since July who hasn't turned up - Daria Ffug, dob 30/04/2017.",
        channel="slack",
        sender_name="Sian Ffug - Learning Support",
    )
    assert school(ex) is None


def test_a_school_a_parent_has_in_mind_is_not_the_childs(read):
    ex = read(
        "Irish Traveller family pulled onto the lay-by. Margaret Ffug (8) and John Joe Ffug (6) have not been in "
        "school since March. Dad would consider Ffug CiW Primary while they're here."
    )
    assert school(ex) is None
    ex = read(
        "Leo Ffug (DOB 01/02/2016) has not been in school since they fled. Ms Ffug is keen to get him into school "
        "locally. She mentioned Ffug Primary and Ffug Comprehensive as the nearest."
    )
    assert school(ex) is None


def test_each_child_at_the_school_named_after_them(read):
    ex = read(
        "Niamh Ffug (DOB 01/02/2012) and Cian Ffug (DOB 03/04/2016). Dad says the kids were at school in Derry "
        "(Niamh at St Ffug's College and Cian at Holy Ffug Primary School) but they haven't been since."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["St Ffug's College", "Holy Ffug Primary School"]


def test_child_protection_in_a_subject_is_no_community_primary(read):
    ex = read(
        "Child 1: Lola FFUG, DOB 2016-02-01\nPrevious school: Ffug Park Primary School, Cardiff",
        subject="Transfer-in CP - Ffug children - not on roll",
    )
    assert school(ex) == "Ffug Park Primary School"


def test_children_listed_before_the_school_they_went_to(read):
    ex = read(
        "Children: Mason Ffug (14), Ellie Ffug (9), Tyler Ffug (7).\n\nSchools: Mason is at Ysgol Uwchradd Ffug, Ellie "
        "and Tyler at Ysgol Cae Ffug."
    )
    assert [c.to_schema()["school"] for c in ex.children] == [
        "Ysgol Uwchradd Ffug",
        "Ysgol Cae Ffug",
        "Ysgol Cae Ffug",
    ]
    ex = read(
        "Dávid Ffug (9) and Nikola Ffugová (7). Mum says Dávid and Nikola went to Ffug Primary School in Rotherham."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Primary School", "Ffug Primary School"]


def test_more_ways_a_school_is_said_to_be_the_childs(read):
    ex = read(
        "Hi team, Ffugnesni High here :wave: We've got a Y7 who has NEVER arrived - Lucy Ffug, DOB 11/11/2014. She's "
        "on our roll, came up from Ysgol Ffug Park.",
        channel="slack",
        sender_name="Gemma Ffug",
    )
    assert school(ex) == "Ffugnesni High"
    ex = read(
        "Just a heads up :wave: Mia Ffug Bl 3 left us here at Pennffug last Fri. Last address 4 Tai Ffug, Pennffug, "
        "Machynlleth SY20 9DW.",
        channel="slack",
        sender_name="Aled Ffug",
    )
    assert school(ex) == "Pennffug"
    ex = read(
        "Ana-Maria Ffug (Yr 4) hasn't come back after the summer hols. Little brother Luca is only 2 so not one of "
        "ours.",
        channel="slack",
        sender_name="Sian Ffug (Ffug Primary)",
    )
    assert school(ex) == "Ffug Primary"
    ex = read("Brooke Ffug (DOB 30-06-2012) says she is on the books at Glan y Ffug but never goes.")
    assert school(ex) == "Glan y Ffug"
    ex = read("Jac Ffug (9) and Mali Ffug (7): mum says she took them out of Ynysffug school because of bullying.")
    assert school(ex) == "Ynysffug"
    ex = read('Aaron Ffug, 12, said he was "kicked out" of Bishop Ffug before the summer.')
    assert school(ex) == "Bishop Ffug"


def test_a_school_to_start_at_and_places_that_were_theirs(read):
    ex = read(
        "Beatriz Ffug (Bl 4) and Tiago Ffug (Bl 2) will not come back. We are going back to Portugal. They will "
        "start at the Escola Ffug in September.",
        channel="slack",
        sender_name="Rhiannon Ffug (Ysgol Ffug Wyn)",
    )
    assert school(ex) == "Ysgol Ffug Wyn"
    ex = read(
        "Abdullahi Ffug (9) and Hani Ffug (7) have not been to school since September - mum thinks their places at "
        "Ysgol y Ffug might have been taken away."
    )
    assert school(ex) == "Ysgol y Ffug"


def test_a_sibling_taken_to_a_school_and_a_school_only_asked(read):
    ex = read(
        "I've been supporting Dylan Ffug (09/09/2014). His mum has MS, and Dylan is doing most of the caring - meds, "
        "shopping, and getting his little sister Ellie (7) to Ysgol Ffugref every morning.\n\nDylan has told me he "
        "hasn't been to Ffug High School since the beginning of October."
    )
    assert school(ex) == "Ffug High School"
    ex = read(
        "Omar mentioned his brother Yousef Ffug (12) and sister Lina Ffug (9) are at home all day. Checked with Ysgol "
        "Ffugbryn - not on roll & no application received.",
        channel="slack",
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]


def test_children_said_to_have_been_on_roll_at_a_school(read):
    ex = read(
        "Children:\nMichael Ffug (Jnr) - 14\nPatrick Ffug - 12\nMaggie Ffug - 10\n\nPatrick and Maggie were last on "
        "roll at St Ffug's Catholic Primary in Newport in spring."
    )
    st_ffugs = "St Ffug's Catholic Primary"
    assert [c.to_schema()["school"] for c in ex.children] == [None, st_ffugs, st_ffugs]


def test_a_slack_senders_school_said_as_to_us_at_or_been_in_to_is_the_pupils(read):
    ex = read(
        "Hi all - Oscar (Y6) &amp; Poppy Ffug (Y1) haven't been in to us at Ffug Park for 11 school "
        "days now :disappointed: House at 17 Maes Ffug, Barry CF62 8AA is empty.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Park", "Ffug Park"]
    ex = read(
        "we've got a Reception starter who hasn't turned up at all - Mason Ffug, DOB 14/02/2022, allocated to us at "
        "Craig yr Ffug for Sept.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) == "Craig yr Ffug"
    ex = read(
        "Prynhawn da :wave: Mali Ffug (Bl.2, d.o.b. 1/5/2020) hasn't been in to Gwaun y Ffug since 30/11.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) == "Gwaun y Ffug"


def test_the_nearest_school_and_the_school_that_sent_a_neighbour_here_are_not_the_childs(read):
    ex = read(
        "I am the health visitor for Amara Ffug (DOB 02/03/2021), who turned 5 and has no school place. Mum would "
        "welcome help with an application - Ffug Primary is the nearest school but she is not sure it has places."
    )
    assert school(ex) is None
    ex = read(
        "There is a boy, about 9, called Tomos Ffug at number 4 who is never at school. I don't know if this is the "
        "right place to write to but the school office at Ysgol Ffugland said to email you."
    )
    assert school(ex) is None


def test_off_our_roll_at_on_our_roll_at_sign_and_dsl_at_here_name_the_school(read):
    ex = read(
        "just letting you know governors upheld the PEx for Connor Ffug (Yr 9) on Monday. Off our roll at St John "
        "Ffug from today.\nDOB 14/08/2011, lives with mum Shelley at 5 Ffug Lane, Llanelli SA15 4AA.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) == "St John Ffug"
    ex = read(
        "Harrison Ffug (Y8, DOB 01/02/2013) has gone to live with dad in Bynea. Nothing in writing from dad. He's "
        "still on our roll @ Ffugwyn for now.",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) == "Ffugwyn"
    ex = read(
        "Hi - DSL at Glan y Ffug here. Two pupils not back from extended trip:\n• Nusrat Ffug, yr 9, age 13\n"
        "• Rayhan Ffug, yr 7, age 11 (her brother)\n",
        channel="slack",
        sender_name="Sian Ffug",
    )
    assert school(ex) == "Glan y Ffug"


def test_a_school_of_the_hosts_own_children_or_applied_for_in_brackets_is_not_the_childs(read):
    ex = read(
        "Larisa Ffug (DOB 03/03/2013) is privately fostered by Mrs Ffug. They live at 22 Ffordd Ffug, Caernarfon with "
        "Mrs Ffug's husband and their own two children (both at Ysgol Syr Ffug Owen). Larisa has not been registered "
        "at any school in Wales."
    )
    assert school(ex) is None
    ex = read(
        "Mohamed Ffug - DOB 15/08/2012\n\nMohamed is not yet on roll anywhere. Applications were sent to School "
        "Admissions for Mohamed (Ffugford High VC) on 17 September, but nobody has followed this up."
    )
    assert school(ex) is None


def test_a_child_who_has_never_been_to_school_here_is_not_the_slack_senders_pupil(read):
    ex = read(
        "hi not sure if this one's for you... Grace Ffug in my Yr 5 class mentioned her little brother Oscar stays "
        "home all day with their nainai. Spoke to Mum - Oscar is 6 &amp; has never been to school here or anywhere. "
        "Mum seemed happy to apply for a place with us :slightly_smiling_face:\nMali - Ysgol Bro Ffug",
        channel="slack",
        sender_name="Mali Ffug (Ysgol Bro Ffug)",
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Oscar"]
    assert school(ex) is None


def test_an_on_roll_row_outranks_a_tuition_services_signature_and_a_last_school_row_a_ctf_sent(read):
    ex = read(
        "I'd like to refer a pupil we've been working with.\n\nRhodri Ffug\nDOB 2 Jun 2012\nOn roll: Ffug Dre High "
        "School (Year 9) - receiving home tuition since October\nAddress: 51 Heol Ffug, Dowlais, CF48 3NA\n\nNobody "
        "has answered the door since January.\n\nAlun Ffug\nLead Tutor\nYsgol Ffug Dysgu Centre, Ffug Road, "
        "Merthyr Tydfil CF48 4BD\n",
        sender="alun.ffug@merthyr.gov.uk",
    )
    assert school(ex) == "Ffug Dre High School"
    ex = read(
        "We still haven't heard anything and the CTF we sent to Ffug Comprehensive School has not been picked up.\n\n"
        "Name: Tomas Ffug\nDOB: 09 Dec 2014\nLast school: Ffug Vale Academy (Year 7)\n"
    )
    assert school(ex) == "Ffug Vale Academy"


def test_a_school_named_by_its_age_range_and_a_last_school_row_without_its_town(read):
    ex = read("Mali Ffug (DOB 22/04/2012) was previously a pupil at King Ffug VIII 3-19 School but has not enrolled.")
    assert school(ex) == "King Ffug VIII 3-19 School"
    ex = read(
        "We are referring a pupil allocated a Year 8 place who has not arrived.\n\nName: Kofi Ffug\nDOB: 02-03-2014\n"
        "Previous school: Ffug Hill School, Lewisham, London\n\nAs Kofi never started with us he was not placed on "
        "our roll.\n\nSioned Ffug\nAttendance Manager\nFfug High School\n",
        sender="s.ffug@ffughigh.wrexham.sch.uk",
    )
    assert school(ex) == "Ffug Hill School"


def test_a_display_names_short_school_is_written_as_the_message_writes_it(read):
    ex = read(
        "the Ffugescu children have been off since 17th Nov:\nFlorin - Y6, 11\nDenisa - Y4, 8\nThey're all still on "
        "roll at Ysgol Gynradd Aberffug, what do you need from us?",
        channel="slack",
        sender_name="Carys Ffug (YG Aberffug)",
    )
    assert school(ex) == "Ysgol Gynradd Aberffug"


def test_a_display_names_bracket_after_a_role_or_a_community_school_is_the_senders_school(read):
    ex = read(
        "Y8 girl - Nevaeh Ffug (13, dob 2nd Nov 2012)\n\nNot been in since Mon 2nd March. Mum says she's staying at "
        "her boyfriend's.",
        channel="slack",
        sender_name="Rhys Ffug - Pastoral (Pen-y-Ffug)",
    )
    assert school(ex) == "Pen-y-Ffug"
    ex = read(
        "Riley Ffug Y10 (dob 30 Oct 2011) was permanently excluded on 1st Oct. He's now off our roll and at home.",
        channel="slack",
        sender_name="Mr K. Ffug (Dylan Ffug CS)",
    )
    assert school(ex) == "Dylan Ffug CS"


def test_a_school_that_asked_for_help_had_no_spaces_or_is_a_boys_forename_is_not_on_roll(read):
    ex = read(
        "I was asked by Ffugygraig Primary to help at a nursery meeting for their little brother (4).\n\nChildren not "
        "in school:\nDominik Ffug - 18.05.2017\nNikola Ffug - 09.01.2020\n\nIn Sheffield the children went to Pye "
        "Ffug CE Primary."
    )
    assert school(ex) == "Pye Ffug CE Primary"
    ex = read(
        "my 2 boys cant get in a school since we moved here, the council said there was no spaces at Ysgol Plas "
        "Ffug. Riley is 8 and Kian is 5, they was both at Ysgol Ffugwelyn in Rhyl before."
    )
    assert school(ex) == "Ysgol Ffugwelyn"
    ex = read(
        "Pupil surname:   FFUGSEI\nForename(s):     Kwame Junior\nDOB:             2017-11-04\nLast school:     Ffug "
        "Heath Academy (removed from roll 22/09/2026)\n"
    )
    assert school(ex) == "Ffug Heath Academy"


def test_a_saints_school_named_again_short_is_the_same_school(read):
    ex = read(
        "The mum is keen for the older two to get into school:\n\n- Bridget Ffug, aged 9 - last went to school at St "
        "Ffugeph's Catholic Primary, Birkenhead, in the spring\n- Patrick Ffug, aged 7 - has only had a few weeks in "
        "school in total, also at St Ffugeph's\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["St Ffugeph's Catholic Primary"] * 2


def test_a_slack_senders_school_said_as_theirs_in_passing_and_a_siblings_not_ours(read):
    for text, own in (
        (
            "Harri Ffug (Y6, DOB 03/03/2015) moved to Ffugtown in the summer. He was doing really well here at Morfa "
            "Ffug, no concerns. I've kept him on roll for now.",
            "Morfa Ffug",
        ),
        (
            "Hi all - Head of Y8 at Castell Ffug here. Had an email from Ffion Ffug's mam (Y8, DOB 02/02/2013) "
            "saying they've moved to Spain.",
            "Castell Ffug",
        ),
        (
            "Yr 1 starter Harrison Ffug (DOB 01/01/2020) has never started. We're Penffugffordd btw. Not sure "
            "whether to keep holding the place?",
            "Penffugffordd",
        ),
    ):
        ex = read(text, channel="slack", sender_name="Mrs Alwen Ffug")
        assert school(ex) == own, text
    ex = read(
        "CME pls - Dawid Ffug Y3, last in school 24th Sept. Mum & dad not answering.\nDOB 06/01/2019\n(older sister "
        "Natalia is 17, was at Coleg Ffug, not ours)",
        channel="slack",
        sender_name="Dan Ffug (Ysgol Ffugyn)",
    )
    assert school(ex) == "Ysgol Ffugyn"


def test_a_sibling_here_is_at_the_school_the_sender_named_for_the_first_child(read):
    ex = read(
        "Need advice please - Zara Ffug, Yr 10 (DOB 09/01/2012), Ffugwell Community School. Family went abroad on "
        "15/09 and are not back.\nHome address 10 Heol Ffug, Neath, SA10 8BD. Younger brother Bilal is in Yr 7 here "
        "and he's not back either.",
        channel="slack",
        sender_name="Aled Ffug",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugwell Community School"] * 2
    # from a school that is not the sender's, "here" says nothing
    ex = read(
        "Referring Zara Ffug (DOB 09/01/2012), last at Ffugwell Community School until July. Her brother Bilal Ffug "
        "(DOB 01/02/2015) is here in Wales with her but has no school.\nAddress: 10 Heol Ffug, Neath, SA10 8BD.",
        sender="worker@ffug-housing.org.uk",
    )
    assert ex.children[1].to_schema()["school"] is None


def test_a_school_in_brackets_in_the_display_name_of_a_sender_who_took_the_child_off_roll(read):
    text = (
        "Hi both, flagging a Yr 10 girl we've had to take off roll today - *Mali Ffug-Barnes*, DOB 17.05.2011.\n"
        "Dad (Paul Ffug) emailed to say he is withdrawing her to home educate. She lives with Dad at 4 Maes Ffug, "
        "Cimla, SA11 3SF."
    )
    ex = read(text, channel="slack", sender_name="Sioned Ffug (Cefn Ffug)")
    assert ex.children[0].to_schema()["school"] == "Cefn Ffug"


def test_a_school_by_its_short_name_after_the_year_the_child_was_in_there(read):
    ex = read(
        "Household: Ms Ffug and her two children - Kayden (12) and Alfie (6). As far as I know Alfie was at Ffugallt "
        "Primary and Kayden had just finished Year 7 at Cefn Ffug.\nProperty: 31 Heol Ffug, Neath, SA11 3TY"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Cefn Ffug", "Ffugallt Primary"]
    ex = read("Referring Lili Ffug (DOB 02/03/2017) of 3 Heol Ffug, Neath. She was in Yr 4 at Ffugwen until Easter.")
    assert ex.children[0].to_schema()["school"] == "Ffugwen"


def test_the_second_school_a_parent_would_like_is_not_on_roll_either(read):
    ex = read(
        "Efa Ffug - born 3 August 2014 (age 12)\nCai Ffug - born 29 October 2018 (age 7)\nMum: Rasa Ffug\nAddress: "
        "Flat B, 118 Heol Ffug, Port Talbot, SA13 1HU\n\nThe children attended school in Kaunas until June. Mum would "
        "like Efa to go to Ysgol Cwm Ffug and Cai to Ffugroes Primary."
    )
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]


def test_a_sibling_of_a_pupil_registered_at_no_school_is_not_the_senders_pupil(read):
    ex = read(
        "We have Leo Ffug in Yr 4 (attending fine). Mum (Hoa Ffug) mentioned that his little sister Mai is staying "
        "home until she's ready - Mai is 5, DOB 13/03/2021, and isn't registered at any school or nursery.\nAddress 12 "
        "Ffordd Ffug, Sandfields, SA12 7PR.",
        channel="slack",
        sender_name="Mrs R. Ffug (Ffugfields Primary)",
    )
    assert [(c.to_schema()["name"], c.to_schema()["school"]) for c in ex.children] == [("Mai", None)]


def test_a_school_called_a_college_that_a_child_was_in_year_seven_at(read):
    ex = read(
        "My name is Irina Ffug. We move to Resolven from Leicester in October. I have two children, my son Daniel is "
        "11 and my daughter Sofia is 6. Daniel was in Year 7 at Soar Ffug College and Sofia was in Year 2 at "
        "Ffugflower Primary School, both in Leicester.\nOur address is 8 Heol Ffug, Resolven, Neath SA11 4AB."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Soar Ffug College", "Ffugflower Primary School"]


def test_a_slovak_school_its_town_and_a_school_where_a_cousin_attends(read):
    ex = read(
        "GEMS were contacted by Ffugwenlly Primary, where a cousin attends, about a Roma family who arrived from "
        "Slovakia.\n\nAddress: 27 Heol Ffug, Newport, NP20 2AT\nChildren:\n • Denis Ffug - born 14.12.2014 - attended "
        "ZŠ Ffugského, Michalovce (Year 7 equivalent)\n • Vanessa Ffugová - born 27.06.2021 - has not been to school "
        "or kindergarten\n"
    )
    assert [(c.name.value, c.to_schema()["school"]) for c in ex.children] == [
        ("Denis Ffug", "ZŠ Ffugského"),
        ("Vanessa Ffugová", None),
    ]


def test_a_school_that_says_no_application_is_not_the_childs(read):
    ex = read(
        "quick one - *Jacob Ffug* Yr 10, DOB 09/02/2012 - off since 12/11. Mum says he's moved out to live with his "
        "Dad "
        "in Aberdare &amp; will be going to school up there - no CTF request from anyone &amp; Ffugdare Comp say no "
        "application.",
        channel="slack",
        sender_name="Gareth Ffug (Treffug Comp)",
    )
    assert ex.children[0].to_schema()["school"] == "Treffug Comp"


def test_siblings_here_at_the_senders_school_and_a_high_school_mum_told(read):
    ex = read(
        "Morning! we've got 2 siblings here at Millffug not seen since 21st Sept :worried: Beatriz Ffug (Yr 4, DOB "
        "22/05/18) &amp; Tiago Ffug (Yr 1, DOB 08/11/20).",
        channel="slack",
        sender_name="Kate Ffug",
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Millffug"] * 2
    ex = read(
        "Priya Ffug (12, Year 8) has not been in school this term. Mum told Llanffug High in early September that "
        "Priya "
        "was going to live with her aunt, so the school removed her from roll, but Priya never went."
    )
    assert ex.children[0].to_schema()["school"] == "Llanffug High"


def test_a_previous_school_cell_in_a_row_and_as_above_in_the_next(read):
    ex = read(
        "=== REFERRAL FORM ===\nMother's name: Jenna Ffug\nChildren referred:\n   1) Freddie Ffug   D.O.B. 11/09/2016 "
        "  "
        "Previous school: Ffug Mill Community Primary School, Plymouth\n   2) Poppy Ffug     D.O.B. 27/02/2019   "
        "Previous school: as above\nCurrent address: Flat 2, 44 Heol Ffug, Newport, NP20 4PB\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffug Mill Community Primary School"] * 2


def test_the_second_of_two_schools_applied_to_is_not_the_last_school(read):
    ex = read(
        "I moved to Newport from London with my son Kwame in October. I applied online to St Ffug's and Caerffug Comp "
        "and was told there are no places in Year 8.\n\nKwame Ffug, born 13th of January 2014\nHis last school was "
        "Thornton Ffug Academy in Croydon."
    )
    assert ex.children[0].to_schema()["school"] == "Thornton Ffug Academy"


def test_a_school_two_children_attended_abroad_and_a_school_two_other_juveniles_attend(read):
    ex = read(
        "Children not in school:\n- Dávid Ffug - nar. 19.07.2016\n- Klaudia Ffugová - nar. 02.03.2019\n\nNone of them "
        "have attended school in the UK. In Slovakia Dávid and Klaudia attended ZŠ Ffugova in Stará Ľubovňa."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["ZŠ Ffugova"] * 2
    ex = read(
        "I spoke with three juveniles in town during school hours. Two of them (Tyler Ffug and Logan Ffug) are pupils "
        "at Ffugwood Comprehensive. The third, Reece FFUG (DOB 03/08/2012), told me he is not at any school. He last "
        "went to school at Ffugminster Down School before Easter."
    )
    assert [(c.name.value, c.to_schema()["school"]) for c in ex.children] == [
        ("Reece Ffug", "Ffugminster Down School")
    ]


def test_a_romanian_school_named_in_quotes_and_a_school_by_one_word_left(read):
    ex = read(
        "We received a private fostering notification about Ioana Ffugescu (born 7th of December 2011), who is living "
        'with a family friend. Ioana told me she attended Colegiul Național "Gheorghe Ffugeanu" in Bacău.'
    )
    assert ex.children[0].to_schema()["school"] == 'Colegiul Național "Gheorghe Ffugeanu"'
    ex = read(
        "Kacey-Leigh Ffug, aged 13, has told us she hasn't been to school for ages. Kacey-Leigh says she was at "
        "Heolffug but hasn't been since Year 7."
    )
    assert ex.children[0].to_schema()["school"] == "Heolffug"


def test_an_irish_secondary_school_named_coláiste(read):
    ex = read(
        "My children are:\nSaoirse Ffug - 3rd May 2014\nCillian Ffug - 21/10/2017\n\nSaoirse was in first year at "
        "Laurel Ffug Coláiste FCJ and Cillian was at Scoil Ffuge in Corbally."
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Laurel Ffug Coláiste FCJ", "Scoil Ffuge"]


def test_a_primary_mental_health_worker_is_no_school_and_a_pupil_never_put_on_roll(read):
    ex = read(
        "I am writing as Mia's Primary Mental Health Worker in CAMHS.\n\nMia Ffug (DOB 8th January 2013) lives with "
        "her "
        "mother at 3 Heol Ffug, Radyr, Cardiff CF15 8EQ. In early September Mum wrote to Ffugescourt High School to "
        "say "
        "she was withdrawing Mia to home educate her."
    )
    assert ex.children[0].to_schema()["school"] == "Ffugescourt High School"
    ex = read(
        "Hamza Ffug (DOB 16/07/2015) was allocated a Year 7 place with us for September, transferring from Ffugbane "
        "Primary School. He has not arrived this term. As he has never attended, we have not put him on roll.\n\nKind "
        "regards,\nMrs H. Ffug\nAttendance Officer\nFfug High School\nHeol Ffug, Cardiff CF5 3XX",
        sender="h.ffug@ffughigh.cardiff.sch.uk",
        sender_name="Helen Ffug",
    )
    assert ex.children[0].to_schema()["school"] == "Ffugbane Primary School"


def test_a_school_that_offered_a_place_and_added_the_child_to_its_roll(read):
    ex = read(
        "Lili Ffug (DOB 02/03/2015) moved here in June. She was offered a place at Ffugwood Primary School, who added "
        "her to their roll in September, but she has never attended. Address: 3 Heol Ffug, Cardiff CF5 1AA."
    )
    assert ex.children[0].to_schema()["school"] == "Ffugwood Primary School"
