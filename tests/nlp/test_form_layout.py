"""Forms pasted from a management information system without their colons: labels above their values, beside
them in columns, or a column per child (fictional people throughout)."""

from nlp.layout import read_form_layout


def test_labels_above_their_values_are_read_as_label_rows(read):
    ex = read(
        "Details from SIMS below.\n\nStudent Basic Details\n---------------------\n"
        "Legal Surname\nFFUGMAN\nLegal Forename\nTahmid\nGender\nMale\nDate of Birth\n17/10/2018\n"
        "Address\nFlat 2\n56 Ffug Street\nPontypridd\nCF37 4TW\n\n"
        "Contacts\n--------\n"
        "Priority 1   Mrs Shirin Ffugter   Mother   07700 900233\n"
        "Priority 2   Mr Abdur Ffugman     Father   (currently abroad)\n\n"
        "Medical\n-------\nMedical Practice   Ffug Vale Medical Centre\nDoctor             Dr S Ffugdhury\n"
    )
    assert len(ex.children) == 1
    c = ex.children[0].to_schema()
    assert c["name"] == "Tahmid Ffugman" and c["age"] == 7
    assert c["address"] == "Flat 2, 56 Ffug Street, Pontypridd, CF37 4TW"
    assert c["carer"] == {"name": "Shirin Ffugter", "relationship": "mother"}
    assert c["gp"] == {"doctor": "Dr S Ffugdhury", "practice": "Ffug Vale Medical Centre"}


def test_a_form_with_a_column_per_child(read):
    ex = read(
        "Resident:            Joanna Ffugell\nRefuge address:      Hafan Ffug, 2 Llys Ffug, Mountain Ash, CF45 4GB\n"
        "Mum has given consent to share this.\n\n"
        "                     CHILD 1                          CHILD 2\n"
        "Name                 Poppy Ffugell                    Alfie Ffugell\n"
        "DOB                  19/06/2014                       02/11/2019\n"
        "Previous school      Ffug Park Primary School         Ffug Park Primary School\n"
        "GP (new)             Dr Ffugh,                        Dr Ffugh,\n"
        "                     Ffug Ash Health Centre           Ffug Ash Health Centre\n"
        "Child protection     CP plan - both children\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [(k["name"], k["age"]) for k in kids] == [("Poppy Ffugell", 12), ("Alfie Ffugell", 6)]
    assert all(k["gp"] == {"doctor": "Dr Ffugh", "practice": "Ffug Ash Health Centre"} for k in kids)
    assert all(k["carer"] == {"name": "Joanna Ffugell", "relationship": "mother"} for k in kids)


def test_a_slack_form_response_with_bold_labels(read):
    ex = read(
        "New CME notification (form response #12)\n*Pupil's full name*\nAmira Ffugalem\n*Date of birth*\n"
        "17/02/2020\n*Last known address*\n4 Heol Ffug, Cilfynydd, CF37 4HL\n"
        "*Parent/carer name and relationship*\nSamira Ffugalem - mother\n*GP (if known)*\nCilfynydd Surgery\n",
        channel="slack",
    )
    c = ex.children[0].to_schema()
    assert c["address"] == "4 Heol Ffug, Cilfynydd, CF37 4HL"
    assert c["carer"] == {"name": "Samira Ffugalem", "relationship": "mother"}


def test_prose_and_single_labels_are_left_as_written():
    text = "Address\nShe gave no address.\n\nWe will visit on Monday.\nSchool   is closed on Friday."
    assert read_form_layout(text) == text


def test_a_sentence_the_mailer_wrapped_is_joined_only_where_the_next_line_goes_on_in_lower_case():
    from nlp.layout import join_wrapped_lines

    text = (
        "One of my claimants, Jade Ffugter, disclosed at her appointment today that\nher daughter Ruby is at home.\n"
        "Name: Ruby Ffugter, a long line of a form that goes on and on and on\nAddress: 1 Ffug Street\n"
    )
    joined = join_wrapped_lines(text)
    assert len(joined) == len(text)
    assert "today that her daughter" in joined and "on and on\nAddress" in joined


def test_a_name_the_mailer_cut_in_two_is_joined(read):
    ex = read(
        "Hi CME team,\n\nForwarding the chain below as advised by Admissions. I am the social worker for Osian\n"
        "Ffugkins (11). Following the death of his mother in January Osian has been living with his Tad-cu.\n"
    )
    assert [c.name.value for c in ex.children] == ["Osian Ffugkins"]


def test_capitalised_lines_of_a_form_are_not_joined():
    from nlp.layout import join_wrapped_lines

    text = "Please find the details of the two children we spoke about with Mrs Ffug\nAddress: 1 Ffug Street\n"
    assert join_wrapped_lines(text) == text


def test_a_markdown_table_with_a_column_per_child(read):
    ex = read(
        "I'm sending in table form as per the protocol.\n\n| Field | Child 1 | Child 2 |\n|---|---|---|\n"
        "| Surname | FFUGNYK | FFUGNYK |\n| Forename | Sofiia | Maksym |\n| DOB | 19.03.2014 | 04.11.2018 |\n"
        "| Last school | Ysgol Bro Ffug | Ysgol Gynradd Ffug |\n\nMum is Oksana Ffugnyk.\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [(k["name"], k["age"], k["school"]) for k in kids] == [
        ("Sofiia Ffugnyk", 12, "Ysgol Bro Ffug"),
        ("Maksym Ffugnyk", 7, "Ysgol Gynradd Ffug"),
    ]


def test_a_web_form_numbering_its_children_in_brackets_and_a_school_not_known(read):
    ex = read(
        "Your name: Maricel Ffugsantos\nYour relationship to the child: Aunt\n"
        "Child's name: Angelo Ffugreyes\nChild's date of birth: 30/01/2018\n"
        "Child's name (2): Princess Ffugreyes\nChild's date of birth (2): 07/07/2020\nSchool: N/K - not since October\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Angelo Ffugreyes", "Princess Ffugreyes"]
    assert [c.to_schema()["school"] for c in ex.children] == [None, None]


def test_a_web_form_filled_in_by_an_aunt_names_the_carer(read):
    ex = read(
        "Your name: Maricel Ffugsantos\nYour relationship to the child: Aunt\nYour address: 3 Ffug Street, Trealaw, "
        "CF99 2TA\nChild's name: Angelo Ffugreyes\nChild's date of birth: 30/01/2018\n"
        "Does the child live at your address? Yes\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Maricel Ffugsantos", "relationship": "aunt"}



def test_a_web_form_the_public_fill_in_about_a_child_next_door(read):
    ex = read(
        "Form: Report a concern about a child's education\n\nYour name: Kevin Ffugwin\n"
        "Your address: 12 Ffug Terrace, Ffugson, CF99 6HJ\nYour relationship to the child: Neighbour\n\n"
        "Child's name: Riley (don't know surname)\nChild's age (if known): about 10\n"
        "Child's address: 10 Ffug Terrace, Ffugson\n"
    )
    child = ex.children[0].to_schema()
    # The form filler's own address is theirs; the child's is the one labelled as the child's.
    assert (child["name"], child["age"], child["address"]) == ("Riley", 10, "10 Ffug Terrace, Ffugson")


_LETTERED_FORM = (
    "=== CHILDREN MISSING EDUCATION - PARTNER REFERRAL FORM ===\n"
    "SECTION A: CHILD\n"
    "Child's full name: ......... Daria Ffugska\n"
    "Date of birth: ............. 07/03/2013\n"
    "Current address: ........... Flat 11, Ty Ffug, Heol y Bont, Kidwelly, SA17 4LA\n"
    "SECTION B: PARENT / CARER\n"
    "Name: Agnieszka Ffugska     Relationship: Mother     Tel: 07700 900 466\n"
    "SECTION C: SIBLINGS\n"
    "Kacper Ffugski, DOB 19.12.2010, Year 9 - also not attending any school since the move\n"
    "SECTION E: REFERRER\n"
    "Name: Kamran Ffugmood\n"
    "Agency: Tai Ffug Housing Association\n"
    "Address: Tai Ffug, 5 Heol Ffug, Carmarthen, SA31 1PX\n"
)


def test_a_form_with_dot_leaders_and_lettered_sections(read):
    ex = read(_LETTERED_FORM)
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Daria Ffugska", "Kacper Ffugski"]
    assert kids[0]["date_of_birth"] == "2013-03-07"
    assert kids[0]["carer"] == {"name": "Agnieszka Ffugska", "relationship": "mother"}
    # The referrer's section gives no child a home.
    assert [k["address"] for k in kids] == ["Flat 11, Ty Ffug, Heol y Bont, Kidwelly, SA17 4LA"] * 2
