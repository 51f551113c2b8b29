"""The GP as partners say it in prose, Welsh and English (fictional practices and people)."""


def gp(ex, i=0):
    return ex.children[i].to_schema()["gp"]


def test_a_practice_the_children_are_with_and_a_welsh_registered_with(read):
    ex = read("Children:\n- Frankie Ffug, 10\n- Levi Ffug, 8\n\nAll three are with the Ffugney Medical Practice.\n")
    assert gp(ex) == gp(ex, 1) == {"doctor": None, "practice": "Ffugney Medical Practice"}
    ex = read(
        "Annwyl Syr,\n\nMae fy wyres Elan Ffug (DOB 01/02/2016) yn byw gyda fi.\n\n"
        "Mae hi wedi'i chofrestru gyda Meddygfa Ffugdwr.\n"
    )
    assert gp(ex) == {"doctor": None, "practice": "Meddygfa Ffugdwr"}


def test_a_gp_writing_about_a_patient_they_saw_is_the_childs_gp(read):
    ex = read(
        "Re: Aisha FFUGMAN   DOB 02/02/2017\n8 Heol y Ffug, Carmarthen, SA31 3DF\n\n"
        "I saw Aisha yesterday with her mother for a follow-up. I have discussed this with our practice "
        "safeguarding lead.\n\nYours sincerely,\n\nDr Meleri Ffug MBBCh MRCGP\nGP Partner\n"
        "Meddygfa Ffugwi, Heol Myrddin, Carmarthen SA31 1LH\n",
        sender="meleri.ffug@wales.nhs.uk",
        sender_name="Dr Meleri Ffug",
    )
    assert gp(ex) == {"doctor": "Dr Meleri Ffug", "practice": "Meddygfa Ffugwi"}


def test_welsh_practice_names_mutated_or_a_medical_centre(read):
    ex = read("Mia Ffugis DOB 01/09/2017. Family are registered with Dr Ffugias at Canolfan Feddygol Dŵr y Ffug.")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ffugias", "practice": "Canolfan Feddygol Dŵr y Ffug"}
    ex = read("Mali Ffug (8). Mae hi wedi cofrestru gyda Dr Ffugiams yn Feddygfa Llanffug.")
    assert ex.children[0].to_schema()["gp"]["practice"] == "Meddygfa Llanffug"  # the name, unmutated


def test_a_gp_referrer_is_not_the_childs_gp_when_the_usual_gp_is_named(read):
    ex = read(
        "Dear colleagues,\n\nI am the safeguarding lead GP at Ffug Health Centre. I saw Aled Ffugh (DOB 02 Feb 2014) "
        "with his mother for a review of anxiety. Aled is registered with our practice; his usual named GP is "
        "Dr Ffugwells.\n\nWith kind regards,\n\nDr Farah Ffugiqui MBBCh MRCGP\nGP Partner and Safeguarding Lead\n"
        "Ffug Health Centre, Ffug Road, Llantrisant CF72 8DJ\n",
        sender="farah.ffugiqui@wales.nhs.uk",
        sender_name="Dr Farah Ffugiqui",
    )
    assert ex.children[0].to_schema()["gp"]["doctor"] == "Dr Ffugwells"


def test_a_practice_named_before_its_doctor_or_with_the_doctor_after_it(read):
    ex = read("Gwion Ffugrees (DOB 03/03/2015) has not been in school since June. GP was Bro Ffugddyfi (Dr Rees).")
    assert gp(ex) == {"doctor": "Dr Rees", "practice": "Bro Ffugddyfi"}
    ex = read("Tegan Ffugowen (DOB 03/03/2011) is registered at Meddygfa Ffugsul with Dr Gethin Ffugkins.")
    assert gp(ex) == {"doctor": "Dr Gethin Ffugkins", "practice": "Meddygfa Ffugsul"}


def test_a_practice_managers_signature_on_behalf_of_the_doctor(read):
    ex = read(
        "Dr Elin Ffugpugh has asked me to pass on the following concern. Dr Ffugpugh saw Cerys Ffugwilliams (date "
        "of birth 09/09/2014) in surgery last Thursday. During the consultation her mother said Cerys doesn't go to "
        "school any more.\n\nYours faithfully,\n\nMrs Delyth Ffuggriffith\nPractice Manager\n"
        "on behalf of Dr Elin Ffugpugh\nMeddygfa Ffugbach, Botwnnog, Pwllheli, LL53 8RA\n",
        sender="rheolwr.ffugbach@wales.nhs.uk",
    )
    assert gp(ex) == {"doctor": "Dr Elin Ffugpugh", "practice": "Meddygfa Ffugbach"}


def test_a_previous_gp_gives_way_to_the_practice_now_named(read):
    ex = read(
        "Noah Ffugbrown (DOB 13/06/2014) was removed from roll. Enquiries with Noah's previous GP (Dr Ffugollis, "
        "Fishponds Family Practice) show that his registration was transferred on 25/11 to Cynon Ffug Medical "
        "Practice."
    )
    assert ex.children[0].to_schema()["gp"] == {"doctor": None, "practice": "Cynon Ffug Medical Practice"}
    ex = read("Noah Ffugbrown (DOB 13/06/2014) is not in school. His previous GP was Dr Ffugollis at Ffug Surgery.")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ffugollis", "practice": "Ffug Surgery"}


def test_a_practice_named_only_by_its_place_after_a_gp_label(read):
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. Mum is Rhian Ffug.\nGP: Ffugwen Partnership\n")
    assert gp(ex)["practice"] == "Ffugwen Partnership"
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. Mum is Rhian Ffug. His GP surgery is Bro Ffug.")
    assert gp(ex)["practice"] == "Bro Ffug"
    ex = read("Referring Tomos Ffug (9), 12 Heol Ffug, Ffugdare. Mum is Rhian Ffug.\nGP: Not known\n")
    assert gp(ex) is None


def test_a_practice_after_a_gp_label_with_no_colon(read):
    ex = read("Referring Mali Ffug (9) of 4 Heol Ffug, Ffugtown. Mum is Sian Ffug. GP Ffug Gate. She left in July.")
    assert gp(ex) == {"doctor": None, "practice": "Ffug Gate"}
    ex = read("Tomos Ffug (9), 12 Heol Ffug, Ffugdare.\nGP Llanffug\nSchool: none since July\n")
    assert gp(ex) == {"doctor": None, "practice": "Llanffug"}
    # a role or a document after "GP" is not a practice
    ex = read("Referring Mali Ffug (9) of 4 Heol Ffug, Ffugtown. Mum is Sian Ffug. GP Practice Manager.")
    assert gp(ex) is None


def test_a_registration_a_parent_who_is_a_doctor_and_a_practice_only_advised(read):
    ex = read("Jac Ffug (9) is not in school. The family have temporary registration with Llanffug Medical Group.")
    assert ex.children[0].to_schema()["gp"] == {"doctor": None, "practice": "Llanffug Medical Group"}
    ex = read("Jac Ffug (9) is not in school. Dad, Dr Chen Ffugguo, is a visiting lecturer. Dr Chen says he applied.")
    assert ex.children[0].to_schema()["gp"] is None
    ex = read("Jac Ffug (9) is not in school. The family are not yet registered with a GP here; I have advised them to "
              "register at Fflint Health Centre.")
    assert ex.children[0].to_schema()["gp"] is None


def test_a_doctor_in_brackets_after_a_practice_the_writer_is_unsure_of(read):
    ex = read("Alfie Ffug (dob 03.01.20) never turned up. Reg'd at Ffug Lane Surgery I think (Dr Ffugmed).", "slack")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ffugmed", "practice": "Ffug Lane Surgery"}


def test_a_doctors_surname_with_a_welsh_particle(read):
    ex = read("Name: Lili-Haf Ffug\nDOB: 09/02/2014\nGP: Dr Iolo ap Ffug, Meddygfa Ffug\n")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Iolo ap Ffug", "practice": "Meddygfa Ffug"}


def test_a_safeguarding_lead_and_a_lead_practice_nurse_are_not_the_gp(read):
    ex = read(
        "I am the lead practice nurse at Ffug Hill Surgery.\n\nTiago Ffug (DOB 8 November 2015) attended with his "
        "mother. Our safeguarding lead, Dr Catrin Ffug, asked me to pass this on. Tiago's registered GP is Dr "
        "Ffugdes.\n\nKind regards,\n\nSarah Ffug RGN\nLead Practice Nurse\nFfug Hill Surgery\nTel 01632 960 355",
        sender="sarah.ffug@wales.nhs.uk",
    )
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ffugdes", "practice": "Ffug Hill Surgery"}


def test_the_safeguarding_lead_who_is_the_childrens_gp_by_the_fuller_name(read):
    ex = read(
        "Our safeguarding lead, Dr Lucia Ffug, has asked me to contact you. Ms Shannon Ffug registered herself and "
        "her son Logan Ffug (DOB 01/12/2012) with the practice in May. Logan is registered with Dr Ffug at this "
        "surgery.\n\nKind regards,\n\nJo Ffug\nPractice Manager\nFfug View Surgery\n2 Ffug Road, Rhyl, LL18 9HB",
        sender="jo.ffug@wales.nhs.uk",
    )
    assert gp(ex) == {"doctor": "Dr Lucia Ffug", "practice": "Ffug View Surgery"}


def test_a_child_registered_with_us_is_at_the_writers_practice(read):
    ex = read(
        "Our practice safeguarding lead, Dr Amina Ffug, asked me to let you know about a little girl registered with "
        "us, Ruby-Jo Ffug, dob: 2020/12/03. Mum says she has not started school.\n\nKind regards\n\nJo Ffug\n"
        "Practice Nurse\nFfugshir Health Centre",
        sender="jo.ffug@wales.nhs.uk",
    )
    assert gp(ex) == {"doctor": None, "practice": "Ffugshir Health Centre"}


def test_a_practice_by_its_place_and_an_adults_own_gp(read):
    ex = read(
        "Kirsty Ffug has taken Ela Ffug (9) out of school. The children's doctor is Dr Owen at the Ffugtraeth "
        "surgery, I don't know if they are still with him."
    )
    assert gp(ex) == {"doctor": "Dr Owen", "practice": "Ffugtraeth surgery"}
    ex = read(
        "Tomiwa Ffug (DOB 02/02/2015) is not in school. Mrs Ffug is registered with Dr Bhatt at Ffug Street Surgery; "
        "Tomiwa is not yet registered with a GP."
    )
    assert gp(ex) is None


def test_a_practice_by_its_place_with_its_name_in_brackets(read):
    ex = read(
        "Cai Ffug was born 12/4/2015. Their doctor is Dr Rowlands at the Ystrad Ffug surgery (Ystrad Medical Centre)."
    )
    assert gp(ex) == {"doctor": "Dr Rowlands", "practice": "Ystrad Medical Centre"}


def test_a_practice_after_the_doctor_with_the_or_in_brackets_and_a_welsh_health_centre(read):
    ex = read(
        "Erin Ffug (DOB 01/02/2012).\nGP: Dr Sarah Ffug, The Hollies Health Centre\n\nMererid Ffug\nSchool Nurse\n"
        "Ffugtown Clinic, Merthyr Tydfil CF48 1AB",
        sender="mererid.ffug@wales.nhs.uk",
    )
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Sarah Ffug", "practice": "Hollies Health Centre"}
    ex = read("Shannon Ffug (DOB 01/02/2013) is off roll.\n\nGP: Dr Ffugbal (Hillffug).")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ffugbal", "practice": "Hillffug"}
    ex = read("Mali Ffug (8). Mae'r teulu wedi cofrestru gyda Dr Ravi Ffug yng Nghanolfan Iechyd Dolffug.")
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Ravi Ffug", "practice": "Canolfan Iechyd Dolffug"}


def test_a_gp_whose_role_line_holds_practice_and_a_welsh_gp_writing_of_my_patient(read):
    ex = read(
        "I saw Gabija Ffug (DOB 03/03/2015) in clinic yesterday; she is our patient and has not been in school since "
        "September.\n\nKind regards\n\nDr Aled Ffug\nGP Partner & Practice Safeguarding Lead\nTredegar Ffug Medical "
        "Practice\nPark Row, Tredegar, NP22 3AA\n",
        sender="aled.ffug@wales.nhs.uk",
    )
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Aled Ffug", "practice": "Tredegar Ffug Medical Practice"}
    ex = read(
        "Prynhawn da,\n\nRwy'n feddyg teulu ym Meddygfa'r Ffug. Mae Osian Ffug (ganwyd 07/05/2015) yn glaf i mi, ac "
        "nid yw wedi bod yn yr ysgol ers mis Medi.\n\nYn gywir,\n\nDr Elin Ffug\nMeddyg Teulu / General Practitioner\n"
        "Meddygfa'r Ffug, Ffordd Mona, Porthaethwy, LL59 5AA\n",
        sender="elin.ffug@wales.nhs.uk",
    )
    assert ex.children[0].to_schema()["gp"] == {"doctor": "Dr Elin Ffug", "practice": "Meddygfa'r Ffug"}


def test_a_doctors_three_word_name_is_kept_whole(read):
    ex = read(
        "Freya Ffug (DOB 01/07/2013) has not attended since Easter. Her GP is Dr Aled Wyn Ffug at Llys Ffug Surgery, "
        "Northop."
    )
    assert gp(ex)["doctor"] == "Dr Aled Wyn Ffug"
