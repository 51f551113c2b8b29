"""Tables pasted from a school's MIS or another council's notification (fictional names throughout)."""

from datetime import date

from nlp.children import find_children


def names(ex):
    return [c.to_schema()["name"] for c in ex.children]


def test_a_padded_markdown_table_with_forename_and_surname_columns(read):
    ex = read(
        "Bore da,\n\nThe following children left our schools:\n\n"
        "| Forename | Surname    | DOB        | Last school              |\n"
        "|----------|------------|------------|--------------------------|\n"
        "| Elin     | Ffugson    | 2017-07-14 | Ysgol Gynradd Ffug       |\n"
        "| Steffan  | Ffug-Rees  | 2015-01-30 | Ysgol Gynradd Ffug       |\n\n"
        "Parent: Nia Ffugson (mother).\n"
    )
    assert names(ex) == ["Elin Ffugson", "Steffan Ffug-Rees"]
    assert ex.children[1].to_schema()["date_of_birth"] == "2015-01-30"


def test_a_pupil_column_written_surname_first_and_lines_after_the_table(read):
    ex = read(
        "can someone pick this up pls\n```\n"
        "Pupil             | DOB        | Yr\n"
        "Ffugwell, Brooke  | 11.04.2016 | 6\n"
        "Ffugcroft, Mason  | 08.02.2019 | 3\n"
        "Contact: Stacey Ffugwell (mum)\n"
        "Last known: Flat 5, Llys Ffug, Trefug CF99 3ET\n```\n",
        channel="slack",
        sender="U0FFUG0001",
    )
    assert names(ex) == ["Brooke Ffugwell", "Mason Ffugcroft"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2016-04-11"


def test_a_name_line_then_a_line_that_is_only_a_date(read):
    ex = read(
        "Bore da,\n\nI found a young person who has come off roll.\n\nKaci Ffugen\n14/08/2011\n"
        "Llwyn Ffug, Drefach, Llandysul, SA44 5XE\n\nMum withdrew her in January.\n"
    )
    assert names(ex) == ["Kaci Ffugen"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2011-08-14"
    # A date on its own line after an adult's name is not a child's birthday.
    ex = read("Hi,\n\nVisited today:\n\nMorgan Ffugen\n14/08/1990\n\nBella Ffugen (DOB 01/02/2016) is at home.\n")
    assert names(ex) == ["Bella Ffugen"]


def test_a_two_column_field_and_detail_table_is_read_as_a_form(read):
    ex = read(
        "Hello,\n\nCME notification - pupil believed to have moved into your area.\n\n"
        "| Field              | Detail                                    |\n"
        "|--------------------|-------------------------------------------|\n"
        "| Pupil              | Deshawn Ffugson                           |\n"
        "| DOB                | 2015-12-11                                |\n"
        "| Parent/carer       | Andre Ffugson (father)                    |\n"
        "| Reported address   | Flat 5, 8 Ffug Street, Llanelli, SA15 2BE |\n"
    )
    child = ex.children[0].to_schema()
    assert child["name"] == "Deshawn Ffugson"
    assert child["date_of_birth"] == "2015-12-11"
    assert child["carer"] == {"name": "Andre Ffugson", "relationship": "father"}
    assert child["address"] == "Flat 5, 8 Ffug Street, Llanelli, SA15 2BE"


def test_surname_first_lines_with_a_year_group_before_the_dob(read):
    ex = read(
        "siblings not back from holiday.\n```\nFFUGAIN, Zain      Yr9   DOB 03/03/2012\n"
        "FFUGAIN, Maryam    Yr7   DOB 28/11/2013\nAddr: 43 Ffug Crescent, Llanelli SA15 3AE\n```\n",
        channel="slack",
        sender="U0FFUG0008",
    )
    assert names(ex) == ["Zain Ffugain", "Maryam Ffugain"]


def test_a_surname_first_pupil_after_a_colon_and_a_priority_contact(read):
    ex = read("pls log: FFUGSMITH, Jayden – 03-May-2015 – Yr 6. Left roll Fri.", channel="slack", sender="U0F2")
    assert names(ex) == ["Jayden Ffugsmith"]
    ex = read(
        "Legal Surname: FFUG-BAINES\nLegal Forename: Tobi\nDOB: 01/02/2016\n"
        "Priority 1: Ffug-Baines, Adaeze (Mother)   Resp: Y  Lives with: Y\n"
        "Priority 2: Baines, Robert (Father)           Resp: Y  Lives with: N\n"
    )
    assert ex.children[0].to_schema()["carer"] == {"name": "Adaeze Ffug-Baines", "relationship": "mother"}


def test_ppn_rows_of_adults_and_an_infant_are_not_children(read):
    ex = read(
        "ADULTS INVOLVED:\n1. FFUGAK, Agnieszka   DOB 22/04/1996   (mother / victim)\n"
        "2. FFUGCZYK, Tomasz  DOB 09/12/1993   (mother's partner / suspect)\n\nCHILDREN:\n"
        "1. FFUGAK, Kacper      DOB 14/03/2016   M\n2. FFUGAK, Zofia       DOB 02/11/2019   F\n"
        "3. FFUGCZYK, Antoni  DOB 05/05/2026   M   (infant, 4 months)\n"
    )
    assert names(ex) == ["Kacper Ffugak", "Zofia Ffugak"]


def test_mis_rows_with_a_gender_letter_and_a_name_line_with_the_surname_in_capitals(read):
    ex = read(
        "```\nFFUGIS, Harper    F  DOB 02/05/2016  Y6\nFFUGIS, Archie    M  DOB 17/01/2019  Y3\n```\n",
        channel="slack",
        sender="U0F6",
    )
    assert names(ex) == ["Harper Ffugis", "Archie Ffugis"]
    ex = read(
        "```\nName:      FFUGEN Yuxuan (known as Ethan)\nDOB:       15/03/2015\n```\n", channel="slack", sender="U0F7"
    )
    assert names(ex) == ["Yuxuan Ffugen"]


def test_surname_first_rows_with_two_forenames_and_a_name_label_with_a_note(read):
    ex = read(
        "Did not arrive at the start of term.\n\nFFUGEN, Gethin Wyn    DOB 02/03/2014   M\n"
        "FFUGEN, Cadi Haf      DOB 02/03/2014   F   (twin)\n"
    )
    assert names(ex) == ["Gethin Wyn Ffugen", "Cadi Haf Ffugen"]
    ex = read("Name (as given): FFUGYEN Van Minh\nAge: states he is 15\nPlace recovered: Modern Slavery case\n")
    assert names(ex) == ["Van Minh Ffugyen"]


def test_rows_with_the_surname_in_capitals_and_no_comma_in_a_forwarded_list(read):
    # A forwarded list keeps its rows apart: runs of spaces line the columns up, so they are not one wrapped
    # paragraph. The 17-year-old's row is no child's, and his date of birth is not his brother's.
    ex = read(
        "Passing this on.\n\n-----Original Message-----\nFrom: Duty Team\nSent: 01 September 2026\n\n"
        "> Children:\n"
        "> FFUGSON Callum   DOB 22/04/2009 - apprentice, not in school\n"
        "> FFUGSON Ela      DOB 3rd Dec 2014 - Y7, Ysgol Uwchradd Ffug\n"
        "> FFUGSON Rhodri   aged 7 - Y2, Ysgol Gynradd Ffug\n"
    )
    assert names(ex) == ["Ela Ffugson", "Rhodri Ffugson"]
    assert ex.children[0].to_schema()["date_of_birth"] == "2014-12-03"
    assert ex.children[1].to_schema()["age"] == 7
    assert ex.children[1].to_schema()["date_of_birth"] is None


def test_a_surname_in_capitals_with_accents_before_a_claimed_dob(read):
    ex = read("Hello,\n\nFFUGÁROVÁ Nikola - DOB 21/01/2017\nFFUGYEN Van Minh, claimed DOB 01/01/2011\n")
    assert names(ex) == ["Nikola Ffugárová", "Van Minh Ffugyen"]


def test_a_missing_person_notice_names_its_child_surname_first(read):
    ex = read("MISPER: FFUG-O'NEILL, Shona Louise\nDOB: 07.07.2011 (15)\nSTATUS: FOUND SAFE\n")
    assert names(ex) == ["Shona Ffug-O'Neill"]
    assert ex.children[0].to_schema()["age"] == 15


def test_a_kinship_carer_label_with_the_surname_first(read):
    ex = read(
        "Grandfather / kinship carer: MacFFUG, Angus  DOB 11/09/1968\nAddress: 4 Lon Ffug, Trefug, LL99 8AR\n\n"
        "Children:\nMACFFUG Isla     DOB 3rd Dec 2013\n"
    )
    carer = ex.children[0].to_schema()["carer"]
    assert carer == {"name": "Angus MacFFUG", "relationship": "grandfather"}


def test_a_form_class_after_a_full_name_in_the_middle_of_a_slack_line(read):
    ex = read(
        "absence flag :red_circle: *Zofia Kowalczyk* 6H – 0% since 2 March, dad's mobile goes to voicemail.",
        channel="slack",
        sender="U0FFUG0002",
    )
    assert names(ex) == ["Zofia Kowalczyk"]


def test_a_police_notice_lists_linked_children_with_lettered_rows(read):
    ex = read(
        "SUBJECTS:\n(1) IP - FFUGHES, Danielle Marie   DOB 12/05/1994\n\n"
        "CHILDREN LINKED:\n(a) FFUGHES-PARRY, Alfie    DOB 17/08/2016\n(b) FFUGHES, Kayden         DOB 02/03/2012\n"
    )
    assert names(ex) == ["Alfie Ffughes-Parry", "Kayden Ffughes"]


def test_a_markdown_table_with_forenames_and_a_parent_carer_column(read):
    ex = read(
        "The twins below have not arrived.\n\n"
        "| Forename(s) | Surname | D.O.B.     | Address                        | Parent/Carer          |\n"
        "|-------------|---------|------------|--------------------------------|-----------------------|\n"
        "| Noah        | Ffugadi | 04/04/2015 | 15 Heol Ffug, Cwmbran, NP99 3HT | Leila Ffugadi (mother) |\n"
        "| Sofia       | Ffugadi | 04/04/2015 | 15 Heol Ffug, Cwmbran, NP99 3HT | Leila Ffugadi (mother) |\n"
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Noah Ffugadi", "Sofia Ffugadi"]
    assert kids[1]["carer"] == {"name": "Leila Ffugadi", "relationship": "mother"}


def test_a_tab_separated_mis_export_gives_each_row_its_own_contact_address_and_school(read):
    ex = read(
        "Year 7 no-shows, pasted from the MIS.\n\n"
        "Legal Surname\tLegal Forename\tDOB\tPrimary School\tAddress\tPostcode\tPriority Contact\tRel\n"
        "Ffugczyk\tAmelia\t2014-02-11\tYsgol Gynradd Ffugnedd\t14 Heol Ffug, Castell-nedd\tSA99 2PT\tAleksandra "
        "Ffugczyk\tMother\n"
        "Ffugson\tRiley\t2013-10-03\tFfugallt Primary School\t9 Llys Ffug, Castell-nedd\tSA99 3DW\tSteven Ffugson\t"
        "Stepfather\n",
        channel="slack",
        sender="U0FFUG0018",
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Amelia Ffugczyk", "Riley Ffugson"]
    assert [k["carer"] for k in kids] == [
        {"name": "Aleksandra Ffugczyk", "relationship": "mother"},
        {"name": "Steven Ffugson", "relationship": "stepfather"},
    ]
    assert [k["address"] for k in kids] == [
        "14 Heol Ffug, Castell-nedd, SA99 2PT",
        "9 Llys Ffug, Castell-nedd, SA99 3DW",
    ]
    assert [k["school"] for k in kids] == ["Ysgol Gynradd Ffugnedd", "Ffugallt Primary School"]


def test_form_fields_on_one_line_and_combined_labels(read):
    ex = read(
        "Child name:  Shannon Ffugprice          Age: 9\nChild name:  Levi Ffugprice             Age: 6\n"
        "Address:  Pitch 6, Llys Ffug Traveller Site, Casnewydd, NP99 4RW\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Shannon Ffugprice", "Levi Ffugprice"]
    ex = read("Forename(s) / Surname: Mason / Ffughes\nDate of Birth: 2017-06-25\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Mason Ffughes"]
    ex = read(
        "Your name: Janet Ffugkins\nChild's first name: Alfie\nChild's surname: unknown\nApproximate age: 8\n"
        "Where does the child live?: 10 Heol Ffug, Rhiwbina, Caerdydd, CF99 6LS\n"
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [("Alfie", 8)]


def test_a_sims_export_with_the_upn_first_gives_each_row_its_upn(read):
    ex = read(
        "Export from SIMS below.\n\nUPN\tSurname\tForename\tDOB\tContact 1\tRelationship\n"
        "Q674402700001\tFfugssain\tZainab\t14/02/2012\tShazia Ffugssain\tMother\n"
        "E674402700002\tFfugum\tRayhan\t30/06/2011\tAbdul Ffugum\tFather\n",
        channel="slack",
        sender="U0FFUG0019",
    )
    kids = [c.to_schema() for c in ex.children]
    assert [k["name"] for k in kids] == ["Zainab Ffugssain", "Rayhan Ffugum"]
    assert [k["upn"] for k in kids] == ["Q674402700001", "E674402700002"]


def test_numbered_passport_style_rows_with_a_known_as_aside(read):
    ex = read(
        "We accommodated Mrs FFUGCHEN Xiaoling and her two children.\n\n"
        "1. FFUGCHEN Yuxuan (known as Ava), DOB 16/09/2016\n2. FFUGCHEN Haoran (known as Leo), DOB 2019-03-02\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Yuxuan Ffugchen", "Haoran Ffugchen"]


def test_surname_first_rows_with_a_pipe_before_the_date_or_in_a_numbered_list(read):
    ex = read("Pupils:\nFFUGILL, Jasleen    | DOB 19/03/2015 | Yr 6\nFFUGILL, Arjun      | DOB 02/11/2017 | Yr 3\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Jasleen Ffugill", "Arjun Ffugill"]
    ex = read("1. Ffugczyk, Filip - born 17 March 2017\n2. Ffugczyk, Zofia - born 4 September 2019\n")
    assert [c.to_schema()["name"] for c in ex.children] == ["Filip Ffugczyk", "Zofia Ffugczyk"]


def test_a_household_table_in_columns_of_spaces_keeps_the_adults_and_the_over_16s_out(read):
    ex = read(
        "Household on tenancy file:\n\nName              Relationship   DOB\nZsófia Ffugács     Tenant         "
        "12/03/1990\nDominik Ffugács    Son            22/07/2008\nBence Ffugács      Son            09/09/2015\n"
        "Lili Ffugács       Daughter       18/12/2016\n"
    )
    assert [(c.to_schema()["name"], c.to_schema()["age"]) for c in ex.children] == [
        ("Bence Ffugács", 11),
        ("Lili Ffugács", 9),
    ]




def test_a_forms_children_in_columns_with_a_sex_letter_before_the_date_of_birth():
    # The rules themselves, not the trained model's fallback for a report where they find no child.
    text = (
        "Parent/carer:   Tirhas Ffugle (mother)\nChildren:\n  Awet Ffugane       F   DOB 14/02/2017\n"
        "  Yonas Ffugane      M   DOB 05/12/2019\nLanguages:   Tigrinya\n"
    )
    kids = find_children(text, date(2026, 10, 1), [])
    assert [(k.name, k.dob[0] if k.dob else None) for k in kids] == [
        ("Awet Ffugane", date(2017, 2, 14)),
        ("Yonas Ffugane", date(2019, 12, 5)),
    ]


def test_a_household_tables_adults_and_baby_are_not_referred_and_its_age_column_is_read(read):
    ex = read(
        "Household:\nName             | Relationship | Age        | Notes\nSharon Ffug      | Applicant    | 45 |\n"
        "Liam Ffug        | Son          | 19         | Working\nKayden Ffug      | Son          | 11         | Not in "
        "school since Jan\nNevaeh Ffug      | Daughter     | 20 months  |\n"
    )
    assert names(ex) == ["Kayden Ffug"]
    assert ex.children[0].to_schema()["age"] == 11


def carer(ex, i=0):
    c = ex.children[i].to_schema()["carer"] or {}
    return c.get("name"), c.get("relationship")


def test_a_household_tables_parent_row_names_the_carer_of_the_children_in_it(read):
    ex = read(
        "HOUSEHOLD MEMBERS\n"
        "Name            | Role          | DOB         | School\n"
        "----------------|---------------|-------------|--------------------\n"
        "Marta FFUGOWSKA | Victim / mum  | 02/08/1990  | n/a\n"
        "Piotr FFUGEK    | Suspect       | 19/11/1988  | n/a\n"
        "Lena FFUGOWSKA  | Child         | 12/05/2014  | NONE - not in school\n"
    )
    assert names(ex) == ["Lena Ffugowska"]
    assert carer(ex) == ("Marta Ffugowska", "mother")
    # Columns of spaces, the relation with a note after it: the first parent row, not the father's after it.
    ex = read(
        "HOUSEHOLD\n"
        "Name                 DOB / age        Notes\n"
        "Ioana FFUGESCU       41               Mum\n"
        "Radu FFUGESCU        44               Dad - at work\n"
        "Sara FFUGESCU        15.02.2012       NOT IN SCHOOL since March\n"
    )
    assert carer(ex) == ("Ioana Ffugescu", "mother")
    ex = read(
        "Persons present:\n"
        "NAME          | DOB          | RELATIONSHIP     | EDUCATION\n"
        "Dai FFUG      | 03-May-1985  | Father (sole)    | -\n"
        "Cerys FFUG    | 18-Aug-2017  | Daughter         | NONE - last school Ffug Primary\n"
    )
    assert carer(ex) == ("Dai Ffug", "father")


def test_a_mothers_partners_row_or_a_childs_contact_cell_is_not_a_parent_row(read):
    ex = read(
        "Name            | Relationship       | DOB\n"
        "Wayne FFUGSON   | Mother's partner   | 01/01/1980\n"
        "Kai FFUG        | Son                | 03/03/2014\n\nKai is not in school.\n"
    )
    assert names(ex) == ["Kai Ffug"]
    assert carer(ex) == (None, None)
