"""Which of several addresses in a report is the child's home now (fictional streets and people)."""

from datetime import datetime


def address(ex, i=0):
    return ex.children[i].to_schema()["address"]


def test_the_home_moved_into_since_wins_over_the_hotel_placed_in_before(read):
    ex = read(
        "Jac Ffugsh (DOB 01/02/2015) and his mum were evicted from 31 Heol Ffug, Cwmbrân, NP44 3LL on 9 March. "
        "On 10 March we placed the family in emergency accommodation at the Ffug Stay Hotel, Malpas Road, Newport "
        "NP20 5PP. As of today the family have moved into self-contained temporary accommodation at Flat 5, Llys "
        "Ffug, 2 Heol y Nant, Pontypool, NP4 6JD.\n"
    )
    assert address(ex) == "Flat 5, Llys Ffug, 2 Heol y Nant, Pontypool, NP4 6JD"
    ex = read(
        "Home address at time of incident: 18 Maes Ffug, Ammanford, SA18 3EX\n\nCorey Ffugivan (DOB 02/02/2014) is "
        "now living with his grandmother, Mrs Pauline Ffugivan, at 7 Heol Tir Ffug, Betws, Ammanford, SA18 2HF.\n"
    )
    assert address(ex) == "7 Heol Tir Ffug, Betws, Ammanford, SA18 2HF"


def test_a_house_left_and_a_relatives_home_stopped_at(read):
    ex = read(
        "> Mum told us that they've had to leave their house at 31 Ffug Road,\n> Milford Haven, SA73 3RS because of "
        "damp, and that they're stopping with Ellie Ffugias's aunt at\n> 5 Cleddau Ffug Avenue, Neyland, SA73 1TF.\n"
        "> Ellie Ffugias (DOB 03/03/2016) has not been in since.\n"
    )
    assert address(ex) == "5 Cleddau Ffug Avenue, Neyland, SA73 1TF"


def test_a_relatives_own_home_gives_way_to_the_last_known_address(read):
    ex = read(
        "Name: Tyrese Ffugbell\nDOB: 01/02/2016\nLast known address:      Flat 12, Ffug House, 40 Warwick Road, "
        "Birmingham, B11 2LP\n\nShe has family in Llanelli - a maternal aunt, Ms Janice Ffug, who lives at 63 Marble "
        "Ffug Road.\n"
    )
    assert address(ex) == "Flat 12, Ffug House, 40 Warwick Road, Birmingham, B11 2LP"


def test_a_house_name_given_as_the_address_on_the_mis(read):
    ex = read("Cerys Ffug (Y4) left. Home address on SIMS is Hen Ffugdy, Llanfynydd, SA32 7TU but it is empty now.")
    assert address(ex) == "Hen Ffugdy, Llanfynydd, SA32 7TU"


def test_a_parent_or_client_who_lives_elsewhere_and_the_home_lived_in_since(read):
    ex = read(
        "At 11:20 I attended 56 Heol Ffug, Blaenavon, NP4 9AB. The door was answered by Ethan Ffugwright (DOB "
        "04/06/2016). Their father, Mr Dean Ffugwright, lives at 2 Park Ffug Lane, Pontypool, but they have not seen "
        "him.\n"
    )
    assert address(ex) == "56 Heol Ffug, Blaenavon, NP4 9AB"
    ex = read(
        "I am writing on behalf of a client of ours, Mr Lee Ffugines, who lives at Flat 3, 2 High Ffug Street, "
        "Cardigan. His son Connor Ffugines (born 2013-01-19) lives with his mum at 7 Maes Ffug, Lampeter, SA48 7AB.\n"
    )
    assert address(ex) == "7 Maes Ffug, Lampeter, SA48 7AB"
    ex = read(
        "Dylan Ffugivan (DOB 01/02/2012) no longer lives with his mum in Newport (she is at 3 Malpas Ffug Road "
        "there). Since January he has lived with his grandmother, Mrs Maureen Ffugivan, at 44 Heol Hir, Llanishen, "
        "Cardiff, CF14 5AB.\n"
    )
    assert address(ex) == "44 Heol Hir, Llanishen, Cardiff, CF14 5AB"


def test_emergency_accommodation_over_a_boarded_up_house_visited_later_in_the_chain(read):
    ex = read(
        "Hi CME team,\n\nHousing have placed the family in emergency accommodation: Room 12, Ffug Lodge, "
        "88 Heol Ffug, Trefug, CF99 1LT. For clarity the child is Tyla Ffugmorris (DOB 05.01.2012).\n\n"
        "From: Attendance <attendance@ffug.example.sch.uk>\nSent: 20 September 2026 09:12\nSubject: RE: Tyla\n\n"
        "> Hi Nia,\n> We did a home visit to 27 Heol Glan Ffug, Trefug, CF98 8SR on the 16th - the house is boarded "
        "up.\n"
    )
    assert ex.children[0].to_schema()["address"] == "Room 12, Ffug Lodge, 88 Heol Ffug, Trefug, CF99 1LT"


def test_a_home_visit_address_that_the_family_were_thrown_out_of_is_not_current(read):
    ex = read(
        "Ffion Ffugdale (Y5) has not been in since 2 September. We did a home visit to 4 Stryd Ffug, Trefug, "
        "CF97 2AB and a neighbour said the family had been thrown out. Mum has texted from 9 Maes Ffug, "
        "Trefug, CF97 3DE.\n"
    )
    assert ex.children[0].to_schema()["address"] == "9 Maes Ffug, Trefug, CF97 3DE"


def test_an_address_given_to_a_school_is_a_home_address(read):
    ex = read(
        "| Surname | Forename | DOB        |\n|---------|----------|------------|\n"
        "| FFUGJONES | Tegan  | 14/01/2014 |\n\n"
        "Address given by mum to Tegan's school: 6 Heol y Ffug, Doc Penfro SA99 6JT\n"
    )
    assert ex.children[0].to_schema()["address"] == "6 Heol y Ffug, Doc Penfro, SA99 6JT"


def test_the_dispersal_address_over_the_initial_accommodation(read):
    ex = read(
        "Dependants:\n  Selam Ffugtesfay, F, DOB 11/03/2013\n  Hiwet Ffugtesfay, F, DOB 02/01/2026\n\n"
        "The family were in initial accommodation at Ty Ffug Hotel, 1 Ffordd Ffug, Wrecsam, LL99 2AF from February "
        "until 17 June, when they were dispersed to:\n\nFlat B\n73 Heol Ffug\nAbertawe\nSA99 4QF\n"
    )
    assert [c.to_schema()["name"] for c in ex.children] == ["Selam Ffugtesfay"]  # the baby is not of school age
    assert ex.children[0].to_schema()["address"] == "Flat B, 73 Heol Ffug, Abertawe, SA99 4QF"


def test_the_former_family_home_is_not_the_childrens_current_address(read):
    ex = read(
        "Dad (Imran Ffugtar) has sole care of the two children; mum remains at the former family home, Flat 3, "
        "22 Gerddi Ffug, Trefug CF99 7SH.\n\nCurrent placement:\nRoom 12, Ffug Guest House, 41 Heol Ffug, Abertawe "
        "SA99 3UL\n\nChildren:\n1. Zainab Ffugtar  DOB 16-Sep-2014\n2. Hamza Ffugtar   DOB 09-Jan-2017\n"
    )
    assert ex.children[0].to_schema()["address"] == "Room 12, Ffug Guest House, 41 Heol Ffug, Abertawe, SA99 3UL"


def test_an_address_corrected_later_in_the_thread(read):
    ex = read(
        "Morning Mrs Ffuglloyd,\n\nApologies, the address is actually 31 Stryd y Ffug, Doc Penfro, SA99 6XA - mum "
        "confirmed it this morning.\n\nGethin\n\n> From: PCSO Gethin Ffugthomas\n> Sent: 11 October 2026 14:31\n>\n"
        "> Rhys Ffugjones (DOB 02/03/2016) is not in school. Address: 13 Stryd y Ffug, Doc Penfro, SA99 6XA.\n"
    )
    assert ex.children[0].to_schema()["address"] == "31 Stryd y Ffug, Doc Penfro, SA99 6XA"


def test_the_home_a_child_moved_to_live_in_over_the_mothers(read):
    ex = read(
        "I have been working with Mrs Shabnam Ffugmalik (mother) at her home address, 14 Heol Ffug, Caerffili, "
        "CF99 1SA. Her daughter Aaliyah Ffugmalik-Jones (DOB 20/09/2014) moved to live with her father, Mr Gavin "
        "Ffugjones, at 2 Bryn Ffug, Ystrad Ffug, CF99 7EP at the start of term.\n"
    )
    assert ex.children[0].to_schema()["address"] == "2 Bryn Ffug, Ystrad Ffug, CF99 7EP"


def test_the_full_address_given_after_a_partial_one(read):
    ex = read(
        "theres a lad from number 4, Tyler Ffug, he has been home every day since christmas. hes about 10.\n\n"
        "his mam is Kelly Ffug. they live at 4 Maes y Ffug, Trefug near the green.\n\n"
        "full address is 4 Maes y Ffug, Llanffug LL99 0DT if that helps\n"
    )
    assert ex.children[0].to_schema()["address"] == "4 Maes y Ffug, Llanffug, LL99 0DT"


def test_a_traveller_familys_lay_by_as_written(read):
    cases = [
        ("I visited an Irish Traveller family who are currently on the lay-by on the A465 near Glyn-Ffug (three "
         "trailers). Patsy Ffugward (9) is not in school.", "lay-by on the A465 near Glyn-Ffug"),
        ("The family are on the lay-by off the A48 near Pen-coed-ffug, 4 trailers. Kathleen Ffugdonagh (DOB 2/2/2016) "
         "has no school place.", "lay-by off the A48 near Pen-coed-ffug"),
        ("A family pulled onto the lay-by off Ffugbach Road, Abercanffug on Monday 26th. Patsy Ffugward (9) is not "
         "in school.", "lay-by off Ffugbach Road, Abercanffug"),
    ]
    for text, address in cases:
        assert read(text).children[0].to_schema()["address"] == address, text


def test_a_house_named_after_an_address_word_without_a_colon(read):
    ex = read("EHE letter in today for Harri Ffug, Y6, DOB 20/11/2014. Mum Elin Ffug, address Y Bwthyn, Cwm Ffug, "
              "Caerfyrddin SA99 6XJ.")
    assert ex.children[0].to_schema()["address"] == "Y Bwthyn, Cwm Ffug, Caerfyrddin, SA99 6XJ"
    ex = read("Name:    Lowri FFUG-PUGH\nDOB:     30/01/2012\nAddr:    Nant y Ffug, Llandysul, SA99 4RG\n")
    assert ex.children[0].to_schema()["address"] == "Nant y Ffug, Llandysul, SA99 4RG"


def test_where_an_incident_happened_or_a_suspect_was_arrested_is_not_the_childs_home(read):
    ex = read(
        "Children:\n1. FFUGAD, Amal   DOB 22/06/2016\n\n"
        "Incident location: Car park, Ffug Extra, Brecon Road, Abergavenny, NP7 7RA\n"
        "The suspect was arrested later that evening at his brother's address, 3 Ffug Crescent, Abergavenny, NP7 5TL.\n"
        "Previous address: 41 Cae Ffug, Abergavenny, NP7 5HT\n"
    )
    assert ex.children[0].to_schema()["address"] == "41 Cae Ffug, Abergavenny, NP7 5HT"


def test_the_home_a_child_now_lives_at_is_chosen_over_the_family_home_left(read):
    ex = read(
        "Niamh Ffugsh (DOB 2027-11-03) has not attended since Easter. Her parents relocated to Cork and sold the "
        "family home (Hafod, Glan Conwy, LL28 5TE). Niamh stayed behind and is living with her grandmother, "
        "Mrs Maureen Ffugsh, at 19 Ffug Square, Llandudno, LL30 2RB.",
        when=datetime(2043, 5, 1),
    )
    assert ex.children[0].to_schema()["address"] == "19 Ffug Square, Llandudno, LL30 2RB"


def test_a_current_address_label_with_a_note_in_brackets_is_still_the_current_address(read):
    ex = read(
        "Maria Ffugescu (DOB 08/01/2015) and her mother fled to us. The father still lives at the family home, "
        "9 Pen y Ffug, Wrexham LL13 7HG.\n\nCurrent address (CONFIDENTIAL - please do not disclose to anyone, "
        "including the previous school):\nTŷ Ffug, 12 Kymin Road, Abergavenny, NP7 5AS\n"
    )
    assert ex.children[0].to_schema()["address"] == "Tŷ Ffug, 12 Kymin Road, Abergavenny, NP7 5AS"


def test_a_neighbours_own_home_and_a_father_living_separately_are_not_the_childs(read):
    ex = read(
        "I live at 24 Heol Ffug, Rhydyfelin, CF37 5DH and a family moved in next door at number 26 Heol Ffug about "
        "2 months ago. There are two boys, Kacper Ffugak (about 10) and Filip Ffugak (about 7), home all day.\n\n"
        "Bev Ffuglloyd\n24 Heol Ffug"
    )
    assert address(ex).startswith("26 Heol Ffug")


def test_the_familys_address_is_over_a_father_who_lives_separately(read):
    ex = read(
        "I saw Aled Ffugh (DOB 02 Feb 2014) with his mother. The family's address is Ty Coch, Heol Ffug, Llanharry, "
        "CF72 9LP. Aled's father, Mr Gethin Ffugh, lives separately at 11 Ffug Road, Bridgend, CF31 1LR."
    )
    assert address(ex) == "Ty Coch, Heol Ffug, Llanharry, CF72 9LP"


def test_a_postcode_given_as_an_aside_in_brackets(read):
    ex = read(
        "2) Ryan Ffugonnell 1M dob 24/8/2019 - not been in 3 wks, 2 home visits no answer at 112 Heol Ffug, "
        "Pontyclun (think it's CF72 9AJ?). mum Tracey",
        channel="slack",
        sender="U0FFUG0020",
    )
    assert address(ex) == "112 Heol Ffug, Pontyclun, CF72 9AJ"
    ex = read(
        "the 2 kids next door Kayla (9) and Jayden (7) are home all day. Sandra lives at 41 Ffug Street Treorchy. "
        "i am at 43 (CF42 6NQ) if you need me."
    )
    assert "43" not in (address(ex) or "") and "CF42" not in (address(ex) or "")


def test_where_the_child_has_been_living_since_over_the_last_address_elsewhere(read):
    ex = read(
        "Name: Ellie-Mai FFUGCARTER\nDOB: 05/05/2016\nLast address in Bryste: 23 Ffug Road, Easton, Bryste, "
        "BS99 0QR\n\nUpdate: the grandmother confirmed that Ellie-Mai and her mum have been living with her since "
        "mid-May at:\n8 Glan y Ffug\nAbercynon\nCF99 4RL\n"
    )
    assert ex.children[0].to_schema()["address"] == "8 Glan y Ffug, Abercynon, CF99 4RL"


def test_a_boyfriends_address_where_she_was_found_is_not_her_home(read):
    ex = read(
        "Chloe-Ann FFUGFITHS, DOB 26/01/2012, was located at her boyfriend's address, Flat 2, 6 Ffug Street, "
        "Merthyr Tudful CF99 8UB. She has been returned home to her mother, Donna FFUGFITHS, at 17 Heol Ffug, "
        "Abercwmboi, CF99 6AH.\n"
    )
    assert ex.children[0].to_schema()["address"] == "17 Heol Ffug, Abercwmboi, CF99 6AH"


def test_the_hostel_address_in_the_signature_when_the_mail_says_address_below(read):
    ex = read(
        "We have a mum and two children who moved in with us on Friday. The children are Skye (8) and Harley (6). "
        "Both were at Ffug Primary until the family lost their tenancy at 4 Ffug Road, Y Barri CF99 8LN.\n"
        "They are in Room 12 here at the hostel (address below).\n\nThanks,\nKerry\n\nKerry Ffugconnell\n"
        "Family Support Worker\nThe Ffug Family Hostel\n88 Ffug Street\nTrefforest\nPontypridd\nCF99 1BE\n"
    )
    assert [c.to_schema()["postcode"] for c in ex.children] == ["CF99 1BE", "CF99 1BE"]


def test_the_pitch_on_a_traveller_site_over_the_lay_by_before_it(read):
    ex = read(
        "The Ffugward family pulled onto the council site last week and are now on:\n"
        "Pitch 4, Glan Ffug Gypsy and Traveller Site, Ynysboeth, Aberpennar, CF99 4XA\n"
        "Before that they were on the roadside (the lay-by on the A4059 near Abercynon) for a month. "
        "Nora Ffugward (mam) would like Bridget (9) to start school locally.\n"
    )
    assert ex.children[0].to_schema()["address"] == (
        "Pitch 4, Glan Ffug Gypsy and Traveller Site, Ynysboeth, Aberpennar, CF99 4XA"
    )


def test_where_they_moved_to_over_approved_premises(read):
    ex = read(
        "I am the Probation Practitioner for Jordan Ffuglewis, who is currently residing at Tŷ Ffug Approved "
        "Premises, 4 Ffug Street, Pen-y-bont CF99 4AX. Amber confirmed that she and the children moved at Easter "
        "from Merthyr Tudful to 29 Trem y Ffug, Llwynypia, CF99 2HS.\n\nKayden Ffuglewis (DOB 12.09.2015)\n"
    )
    assert ex.children[0].to_schema()["postcode"] == "CF99 2HS"


def test_the_new_foster_placement_over_the_previous_one(read):
    ex = read(
        "Riley Ffugson (DOB 30th April 2017) moved placement from his previous foster placement at Tŷ'r Ffug, "
        "Llanfabon, CF98 6PQ to new foster carers, Siobhan and Declan Ffugkelly, at 4 Clos y Ffug, Beddau, "
        "CF98 2SS.\n"
    )
    assert ex.children[0].to_schema()["postcode"] == "CF98 2SS"


def test_a_previous_address_labelled_with_its_town(read):
    ex = read(
        "Ms Ffugsame has made a claim at:\n47 Ffug Road, Pwllgwaun, Pontypridd, CF99 1HE (from 14/09/2026)\n"
        "Previous Bryste address: Flat 9, Ffug House, Barton Hill, Bryste, BS99 9XR\n"
        "Pupil name      | DOB        | School\nHamza FFUGIYE    | 11/02/2015 | Ffug High School\n"
    )
    assert ex.children[0].to_schema()["postcode"] == "CF99 1HE"


def test_a_referrers_address_in_a_form_is_not_the_childs(read):
    ex = read(
        "Referrer address: Ty Ffug, Abercynon, CF99 4UQ\nReferrer tel: 01443 000 291\n\nCHILD\nSurname: FFUGKINS\n"
        "Forename(s): Ellie-Mae\nDOB: 26.09.2012\nHome address: 58 Ffug Street, Aberpennar, CF99 3HB\n"
    )
    assert ex.children[0].to_schema()["postcode"] == "CF99 3HB"


def test_a_numbered_house_on_a_road_named_without_a_street_word(read):
    ex = read(
        "The family at 19 Mount Ffug, Abercynon (next door to me) have two girls - Amber, who's about 10, and Jade, "
        "who's about 12. They never go to school.\n\nDai Ffugprobert\n21 Mount Ffug\nAbercynon\nCF99 4SX\n"
    )
    assert [c.to_schema()["address"] for c in ex.children] == ["19 Mount Ffug, Abercynon"] * 2



def test_a_labelled_site_with_no_number_or_postcode_is_the_home(read):
    ex = read(
        "The school-age children are:\n\nJohnny Ffugonagh - 10\nBridget Ffugonagh - 8\n\n"
        "Location: old quarry site, off Heol Ffug Road, Aberdare (no postcode - opposite the garage)\n"
    )
    assert [c.to_schema()["address"] for c in ex.children] == ["old quarry site, off Heol Ffug Road, Aberdare"] * 2
    ex = read("Johnny Ffugonagh (10) is not in school.\nAddress: N/K (sofa surfing on Ffug Road)\n")
    assert ex.children[0].to_schema()["address"] is None


def test_the_last_address_we_have_is_a_plot_on_a_travellers_site(read):
    ex = read(
        "Tommy-Lee Ffugice (Bl 3) hasn't come back after the summer. Last address we have is Plot 6, Ffugwaun "
        "Travellers Site - site warden says the plot's empty.",
        channel="slack",
        sender="U0FFUG0101",
    )
    assert ex.children[0].to_schema()["address"] == "Plot 6, Ffugwaun Travellers Site"


def test_where_a_traveller_family_pulled_on_to_unless_a_fuller_address_is_given(read):
    ex = read(
        "A family pulled on to the roadside at the former Cwm Ffug Works, Llantwit Road, Beddau on Sunday.\n"
        "Johnny Ffugard (DOB 02/02/2015) and Mary-Kate Ffugard (DOB 27/09/2017) are not in school."
    )
    assert ex.children[0].to_schema()["address"] == "former Cwm Ffug Works, Llantwit Road, Beddau"
    ex = read(
        "The Ffugonagh family pulled onto Cae Ffug site last Tuesday and have been given Plot 4 (Plot 4, Cae Ffug "
        "Site, Heol Cae Ffug, Llwynypia, CF40 2TB). Bridget Ffugonagh (11) has no school place."
    )
    assert ex.children[0].to_schema()["address"] == "Plot 4, Cae Ffug Site, Heol Cae Ffug, Llwynypia, CF40 2TB"


def test_names_listed_after_the_town_are_not_part_of_the_address(read):
    ex = read("There are 2 kids next door to me at 23 Bryn Ffug Terrace Mountain Ash, Ruby and Alfie. Ruby is 8.")
    assert ex.children[0].to_schema()["address"] == "23 Bryn Ffug Terrace Mountain Ash"



def test_a_building_numbered_with_a_range(read):
    home = "Room 14, Llys Ffug House, 2-4 Broadway, Treforest, Pontypridd, CF37 1BA"
    ex = read(f"Grace Ffugafor (8) has no school.\nTemporary address: {home}\n")
    assert ex.children[0].to_schema()["address"] == home


def test_a_street_named_alone_is_part_of_the_fuller_address_given_later(read):
    ex = read(
        "home office moved a family into the hotel on Ffug Road 2 wks ago, kids not in school. Samuel Ffugaye (10), "
        "mum Selam. they're in Room 214, Ty Ffug Hotel, Ffug Road, Llantrisant CF72 8XZ.",
        channel="slack",
        sender="U0FFUG0105",
    )
    assert ex.children[0].to_schema()["address"] == "Room 214, Ty Ffug Hotel, Ffug Road, Llantrisant, CF72 8XZ"



def test_a_family_room_in_a_hostel_starts_the_address(read):
    home = "Family Room 2, Ffug Deg Hostel, 21 Heol y Ffug, Aberystwyth, SY23 2LP"
    ex = read(f"Destiny Ffugale (DOB 14/08/2012) has no school. They are staying in {home}.")
    assert ex.children[0].to_schema()["address"] == home


def test_welsh_yr_inside_a_street_or_building_name_is_read_whole(read):
    ex = read("Kyle Ffugnan (14) told us he lives at Flat 6, Cwrt yr Ffugbwr, Aberaeron with his nan.")
    assert ex.children[0].to_schema()["address"] == "Flat 6, Cwrt yr Ffugbwr, Aberaeron"
    ex = read("Cadi Ffugen (Y4) has moved to 12 Maes yr Haf, Tonyrefail with mum.")
    assert ex.children[0].to_schema()["address"] == "12 Maes yr Haf, Tonyrefail"


def test_a_pitch_or_lodge_said_before_the_site_is_part_of_the_home(read):
    ex = read(
        "Levi Ffugrice (Y5, age 10) and his family live on pitch 6 at Ffug Reach Travellers' Site, Ffugwest SA99 4RW."
    )
    assert ex.children[0].to_schema()["address"] == "Pitch 6, Ffug Reach Travellers' Site, Ffugwest, SA99 4RW"
    ex = read(
        "The family are living in Lodge 9 on the park (Ffug Woods Holiday Park, Ffugton, SA99 1NY) with their son, "
        "Jonas Ffugauskas who is 11."
    )
    assert ex.children[0].to_schema()["address"] == "Lodge 9, Ffug Woods Holiday Park, Ffugton, SA99 1NY"


def test_the_parent_a_boy_has_stayed_with_when_the_other_moved_away(read):
    ex = read(
        "They took him off roll in July because Mum told them the family were moving to Bristol. Only Mum moved. "
        "Jayden Ffugafor (DOB 19/07/2013) has stayed with his dad, Chidi Ffugafor, at 3 Heol Ffug, Ffugphilly, "
        "CF99 1NP.\n\n> Mum gave a new address of Flat 4, 61 Ffug Road, Bristol, BS9 5NR.\n"
    )
    assert ex.children[0].to_schema()["address"] == "3 Heol Ffug, Ffugphilly, CF99 1NP"


def test_rural_addresses_with_bilingual_towns_or_under_a_location_label(read):
    ex = read(
        "Evie Ffugmorgan, DOB 01/07/2019, is living with her Mam-gu, who has taken her to her home in Rhayader:\n\n"
        "Bryn Ffugheulog\nRhaeadr Gwy / Rhayader\nLD6 5BT\n"
    )
    assert ex.children[0].to_schema()["address"] == "Bryn Ffugheulog, Rhaeadr Gwy / Rhayader, LD6 5BT"
    ex = read("Child's name: Efa Ffugjenkins\nDate of birth: 21.08.2013\n"
              "Address: Blaen-ffug, Cwmann, Llanbedr Pont Steffan / Lampeter, SA48 8EL\n")
    assert ex.children[0].to_schema()["address"] == "Blaen-ffug, Cwmann, Llanbedr Pont Steffan / Lampeter, SA48 8EL"
    ex = read("Location: Upper Ffug Farm, Kerry, Newtown, Powys SY16 4LP\nChildren present:\n1. Tyler FFUGJONES - "
              "DOB 05/11/2012\n")
    assert ex.children[0].to_schema()["address"] == "Upper Ffug Farm, Kerry, Newtown, Powys, SY16 4LP"


def test_the_home_moved_to_and_a_siblings_home_elsewhere(read):
    ex = read(
        "I attended a domestic incident at 27 Heol Ffug, Sandfields, Port Talbot, SA12 7HS, the home address of "
        "Tomasz FFUGSKI (DOB 02/07/1990). The victim, Agnieszka FFUGSKA, has since moved with her two children to "
        "her sister's address:\n14 Ffordd y Ffug, Aberavon, Port Talbot, SA12 6LP\nChildren:\n"
        "1) Maja FFUGSKA – DOB 19/09/2015\n"
    )
    assert ex.children[0].to_schema()["address"] == "14 Ffordd y Ffug, Aberavon, Port Talbot, SA12 6LP"
    ex = read(
        "Ruby Ffugclough (Y5) hasn't been in since half term. Dad has kept her at his since 13th Feb. Her little "
        "brother Leo (Y2) is still in with us every day, he's staying at mam's at 8 Maes Ffug, Pencoed, CF35 5HG. "
        "Mam says dad's address is 12 Heol Ffug, Bridgend, CF31 3EW.",
        channel="slack",
        sender="U0FFUG0300",
    )
    assert ex.children[0].to_schema()["address"] == "12 Heol Ffug, Bridgend, CF31 3EW"


def test_the_address_of_the_parent_the_child_went_to_live_with(read):
    ex = read(
        "Name: Poppy FFUGTON\nDob: 23/03/2016\nLast known address: 4 Ffug Lane, Bishop's Castle, SY9 5AT (mother's "
        "address)\nPoppy's mother has told the school that Poppy went to live with her father, Mr Daniel Ffugton, "
        "over half term. His address was given as The Old Ffug Dairy, Churchstoke, Montgomery, Powys, SY15 6AG."
    )
    assert ex.children[0].to_schema()["address"] == "The Old Ffug Dairy, Churchstoke, Montgomery, Powys, SY15 6AG"


def test_a_holiday_makers_own_address_is_not_the_childs(read):
    ex = read(
        "My husband and I have been staying at Ffug Edge Holiday Park this week. There is a family living in a "
        "caravan all year round. There are two children, a girl called Brooke who told my granddaughter she is 9, "
        "and her brother Alfie who is 6.\n\nYours faithfully,\n\nSusan Ffugley\n5 Ffug Road, Hereford, HR1 2TS\n"
    )
    assert all(c.to_schema()["address"] is None for c in ex.children)


def test_the_fathers_address_row_when_the_children_now_live_with_him(read):
    ex = read(
        "Good afternoon,\n\nI am writing to refer two children who I believe are currently not attending school.\n\n"
        "On 11/09/2026 officers attended a domestic incident at the home address of Ms Agnieszka FFNOWAK, Flat 3, 41 "
        "Ffug Street, Pontypridd, CF37 4TR. Both children were present in the property at the time. Following the "
        "incident the children went to stay with their father and they are now living with him full time:\n\n"
        "Father: Tomasz FFNOWAK\nAddress: 22 Heol Ffug, Rhydyfelin, Pontypridd, CF37 5HJ\nTel: 07700 900318\n\n"
        "Children:\n1. Kacper FFNOWAK - DOB 14/02/2017\n2. Zofia FFNOWAK - DOB 03/09/2019\n\nMr Ffnowak told me that "
        "neither child has been in school since the incident. Ms Ffnowak has been spoken to and is aware the "
        "children are with their father.",
        subject="CME referral - Kacper and Zofia FFNOWAK - PPN submitted",
    )
    assert address(ex) == address(ex, 1) == "22 Heol Ffug, Rhydyfelin, Pontypridd, CF37 5HJ"


def test_moved_to_live_with_a_father_and_his_partner_at_and_the_mother_at_the_former_home(read):
    ex = read(
        "Child 1: Ruby FFUGIEN   DOB 07/07/2014   School: Ffug High School\n"
        "Child 2: Finn FFUGIEN   DOB 19/03/2016   School: Ffug Primary School\n\n"
        "The parents separated in January. The children moved to live with their father, Mr Liam Ffugien, and "
        "his partner Ms Stacey Ffughale at:\n8 Ffug Crescent, Ynysybwl, "
        "Pontypridd, CF37 3EN\n\nMother, Ms Shannon Ffugien, remains at the former family home (27 Ffug Road, "
        "Newport, NP19 0AR) and has confirmed the move."
    )
    assert address(ex) == "8 Ffug Crescent, Ynysybwl, Pontypridd, CF37 3EN"


def test_the_fathers_address_on_his_row_when_the_children_now_live_with_him(read):
    ex = read(
        "On 03/09/2026 officers attended 11 Ffug Street, Porth where Ms Joanne FFUGREES (32) was found deceased.\n\n"
        "Ms Ffugrees's children are now living with their father:\n- Bailey FFUGREES, DOB 30.09.2017\n\n"
        "Father: Mr Scott FFUGMER, 2 Ffug Terrace, Maerdy, Ferndale, CF43 4DA\n\nMr Ffugmer states that Bailey has "
        "not been back to school since his mum died."
    )
    assert address(ex) == "2 Ffug Terrace, Maerdy, Ferndale, CF43 4DA"


def test_the_parent_with_whom_the_child_lives_at(read):
    ex = read(
        "Emrys Ffug-Okafor, DOB 10/06/2017, was withdrawn from Ysgol Ffug for elective home education on 15 "
        "September by his father, Mr Chinedu Ffugafor, with whom Emrys lives at 9 Heol Ffug, Tonteg, CF38 1NA. The "
        "parents are separated."
    )
    assert address(ex) == "9 Heol Ffug, Tonteg, CF38 1NA"


def test_a_parent_who_lives_separately_is_not_where_the_child_lives(read):
    ex = read(
        "Tyler Ffug (10) has not been in school since May. Dad, who lives separately at 9 Ffug Road, Ffugville CF2 "
        "2BB, called us. Tyler lives with mum at 4 Heol Ffug, Ffugtown CF1 1AA."
    )
    assert address(ex) == "4 Heol Ffug, Ffugtown, CF1 1AA"


def test_a_neighbours_own_home_and_a_fathers_home_said_first_are_not_the_childs(read):
    ex = read(
        "Tyler Ffug (10) has not been in school since May. I live next door to them at 16 Ffug Street, Ffugtown CF1 "
        "1AB; they are at 14 Ffug Street, Ffugtown CF1 1AA."
    )
    assert address(ex) == "14 Ffug Street, Ffugtown, CF1 1AA"
    ex = read(
        "Tyler Ffug (10) has not been in school since May. Dad lives at 9 Ffug Road, Ffugville CF2 2BB; Tyler and mum "
        "are at 14 Ffug Street, Ffugtown CF1 1AA."
    )
    assert address(ex) == "14 Ffug Street, Ffugtown, CF1 1AA"


def test_a_suspects_bail_address_is_not_the_childs_home_but_a_young_persons_own_is(read):
    ex = read("Tyler Ffug (9). Incident location: 9 Heol Ffug, Ffugdare CF44 7AA.\n\nThe suspect, his father, was "
              "arrested at the scene. His bail address is 41 Ffug Street, Ffugpandy, CF40 1AQ.")
    assert address(ex) == "9 Heol Ffug, Ffugdare, CF44 7AA"
    ex = read("Referring Paddy Ffug (15), on conditional bail.\n\nBail address: 4 Maes Ffug, Llanffug, LL77 7QR\n"
              "Home address (prior to bail): 11 Ffug Road, Cardiff CF24 5SD")
    assert address(ex) == "4 Maes Ffug, Llanffug, LL77 7QR"


def test_the_home_he_has_been_living_at_with_dad_over_the_address_on_sims(read):
    ex = read("Year 8 lad, Matei Ffug, DOB 30/11/2013. Registered address on SIMS is Mum's (Ioana Ffug, 51 Ffug Road, "
              "Ffugclun CF72 9DQ) but she says he's been living with his dad, Radu Ffug, since the start of June at "
              "8 Heol Ffug, Cardiff CF14 5AA.")
    assert address(ex) == "8 Heol Ffug, Cardiff, CF14 5AA"


def test_an_address_the_family_never_moved_into_gives_way_to_the_previous_one(read):
    text = ("Child: Sara Ffug   DOB 19/06/2017\nAddress given on application: 7 Heol Ffug, Baglan, SA12 8TD\n"
            "Previous address (from application): 40 Ffug Glas, Penywaun, CF44 9HG\n\n")
    ex = read(text + "The property is empty and a neighbour said the family never moved in.")
    assert address(ex) == "40 Ffug Glas, Penywaun, CF44 9HG"
    ex = read(text + "The family moved in last week.")
    assert address(ex) == "7 Heol Ffug, Baglan, SA12 8TD"


def test_a_withheld_refuge_address_leaves_the_home_unknown_not_the_one_fled(read):
    text = ("Mum: Rania Ffug\nChildren:\n  - Amira Ffug, d.o.b. 2nd November 2016, Year 4\n\nCurrent address: Ffug "
            "Refuge - address withheld for safety.\n\nPrevious address: 9 Ffug Road, Maindee, Newport NP19 8EE. The "
            "perpetrator still lives at this address.")
    assert address(read(text)) is None
    given = read(text.replace(" - address withheld for safety", ""))
    assert address(given) == "9 Ffug Road, Maindee, Newport, NP19 8EE"


def test_a_mothers_address_is_not_the_home_of_a_child_in_a_confidential_placement(read):
    ex = read("Leyla Ffug, born 9 Feb 2015, is placed with a foster carer, Sandra Ffug. The placement address is "
              "confidential. Leyla's mother's address is 30 Heol Ffug, Caerau, Maesteg CF34 0TU.")
    assert address(ex) is None


def test_no_longer_at_the_address_we_had_and_hes_living_with_his_nan_at(read):
    ex = read("Kyle Ffug (Y8, DOB 28-03-2012) comes off our roll today. He's no longer at the Ely address we had (55 "
              "Ffug Avenue, Ely, CF5 4BL) - he's living with his nan, Pauline Ffug, at 9 Clos Ffug, Barry CF62 7SX.")
    assert address(ex) == "9 Clos Ffug, Barry, CF62 7SX"


def test_a_hostels_family_unit_and_where_she_had_been_staying_before(read):
    ex = read("Mum Shannon Ffug and her children moved into the hostel on 2nd May. Their room is:\n  Family Unit 4, Tŷ "
              "Ffug Family Hostel, 2 Ffug Street, Pontypridd, CF37 2SN\n\nChildren:\nMia Ffug (8)\n")
    assert address(ex) == "Family Unit 4, Tŷ Ffug Family Hostel, 2 Ffug Street, Pontypridd, CF37 2SN"
    ex = read("Mali-Haf Ffug (Bl 6, DOB 14/11/2013) has stopped coming. She'd been staying with her Nain at Tŷ Capel, "
              "Llanffug, LL55 4AL, but Mali's gone back to live with Mam at Mam's new place - 15 Stryd y Ffug, "
              "Caernarfon LL55 1RT.")
    assert address(ex) == "15 Stryd y Ffug, Caernarfon, LL55 1RT"


def test_a_previous_address_before_the_friends_home_they_are_staying_at(read):
    ex = read(
        "Kyle FFUG (14). Tanya FFUG (mother) - No Fixed Abode. Previously 33 Ffug Road, Ebbw Vale, NP23 6LT (evicted "
        "May 2026). Mother and Kyle are currently staying with a friend of mother's, Ms Donna Ffug, at 5 Heol Ffug, "
        "Tredegar, NP22 4AB."
    )
    assert ex.children[0].to_schema()["address"] == "5 Heol Ffug, Tredegar, NP22 4AB"


def test_a_flat_after_the_words_that_introduce_it_and_an_address_the_family_left(read):
    ex = read("Tomos Ffug (9) is not in school. Current address on SIMS Flat 4, 19 Ffug Road, Rhyl LL18 1BE.")
    assert ex.children[0].to_schema()["address"] == "Flat 4, 19 Ffug Road, Rhyl, LL18 1BE"
    ex = read("Tomos Ffug (9) is not in school. Last known address 9 Hen Ffordd, Cardiff CF5 2BB - family no longer "
              "there, believed to be at 3 Ffug Road, Ffugtown, CF1 1AA.")
    assert ex.children[0].to_schema()["address"] == "3 Ffug Road, Ffugtown, CF1 1AA"


def test_a_street_named_after_a_college_or_hospital_and_a_flat_numbered_before_the_house(read):
    ex = read(
        "Dear Sir/Madam,\n\nOur patient Ayaan Ffugman (date of birth 21-08-2016) is not at school.\n\n"
        "Address held on our records:\nFlat 1A, 56 College Street, Ammanford, SA18 3AF\n\nYours faithfully,\n\n"
        "Helen Ffugh\nPractice Manager\nFfug Medical Group\nMargaret Street, Ammanford, SA18 2PJ\n"
    )
    assert address(ex) == "Flat 1A, 56 College Street, Ammanford, SA18 3AF"
    ex = read(
        "concern re Jayden Ffug (Yr 8, DOB 28.01.2013). SIMS still has 7 Heol y Ffug, Trimsaran SA17 4AE but a caller "
        "said they've moved to 2/14 Parc y Ffug, Trimsaran SA17 4DF (flat 2). Not been in since Feb.",
        channel="slack",
        sender="U0FFUG0002",
    )
    assert address(ex) == "2/14 Parc y Ffug, Trimsaran, SA17 4DF"
    # A school, surgery or hospital is still no home.
    ex = read("Hi,\n\nKai Ffug (9) is not in school. Ffug Hospital, Hospital Lane, Ammanford, SA18 3AF rang us.\n")
    assert address(ex) is None


def test_the_home_the_child_is_bailed_to_and_the_home_evicted_from(read):
    ex = read(
        "Good afternoon,\n\nRhys Ffug (DOB 3rd December 2012) was bailed with a condition to reside at his father's "
        "address:\n\nFlat 3, 27 Ffug Street, Ammanford, SA18 3DB\n\nHe must not enter his mother's address at "
        "44 Heol Ffug, Ammanford, SA18 2HT. He has not attended school since March.\n"
    )
    assert address(ex) == "Flat 3, 27 Ffug Street, Ammanford, SA18 3DB"
    ex = read(
        "Hi,\n\nWe have placed Ms Dani Ffug and her children in B&B accommodation following an eviction from their "
        "private rented home at 61 Heol Ffug, Cross Hands, SA14 6LW on 17 February.\n\nCurrent placement: Room 4, "
        "Ffug Guest House, 9 Station Road, Kidwelly, SA17 4UT.\n\nLacey Ffug - 11/04/2015 - not in school.\n"
    )
    assert address(ex) == "Room 4, Ffug Guest House, 9 Station Road, Kidwelly, SA17 4UT"


def test_a_caravan_numbered_after_the_postcode_and_a_farm_a_form_gives(read):
    ex = read(
        "Referral for Lily Ffug (Yr 5, DOB 30/07/2015). Family lost their house in St Clears &amp; have moved into a "
        "static on Ffug Holiday Park, Pendine SA33 4NZ - caravan no. 112. Old address was 19 Heol y Ffug, St Clears "
        "SA33 4AH. Not been in for 2 wks.",
        channel="slack",
        sender="U0FFUG0003",
    )
    assert address(ex) == "Caravan 112, Ffug Holiday Park, Pendine, SA33 4NZ"
    ex = read(
        "We offered a place for Rosie Ffug (Year 1, DOB 05.05.2020). She never started. Admissions form says Cwm Ffug "
        "Farm, Llansteffan, Carmarthen SA33 5LG.",
        channel="slack",
        sender="U0FFUG0004",
    )
    assert address(ex) == "Cwm Ffug Farm, Llansteffan, Carmarthen, SA33 5LG"


def test_a_labelled_house_name_with_no_postcode(read):
    ex = read(
        "Hi all,\n\nChild: Tiago Ffug\nDOB: 16 May 2012\nLiving with: Mrs Delyth Ffug (family friend)\n"
        "Address: Hafod Ffug, Capel Dewi, Carmarthen (no postcode given - the farmhouse above the village)\n\n"
        "He has not attended any school this term.\n"
    )
    assert address(ex) == "Hafod Ffug, Capel Dewi, Carmarthen"
    # A labelled line of a person and places is no house.
    ex = read("Hi all,\n\nChild: Tiago Ffug\nDOB: 16 May 2012\nAddress: Dilys Ffug, Capel Dewi, Carmarthen\n")
    assert address(ex) is None


def test_a_room_in_a_shared_house_with_no_postcode(read):
    ex = read(
        "Hi,\n\nThe children are Beatriz Ffug (11) and Rodrigo Ffug (7). They're living as a family in one room in a "
        "shared house - Room 3, 40 Ffug Road, Llanelli (I don't have the postcode).\n"
    )
    assert [address(ex, i) for i in range(2)] == ["Room 3, 40 Ffug Road, Llanelli"] * 2


def test_the_house_a_landlord_lets_to_the_family(read):
    ex = read(
        "Hello,\n\nI'm the landlord of 22 Ffug Street, Abertillery, NP13 1QA. My tenant Ms Kelly Ffug (mum) has two "
        "children, Lily (8) and Jac (11), and they have not been at school since March.\n"
    )
    assert address(ex) == "22 Ffug Street, Abertillery, NP13 1QA"
    # A landlord's own home is still not theirs.
    ex = read(
        "Hello,\n\nThe landlord lives at 9 Ffug Road, Abertillery, NP13 1QB. Lily Ffug (8) has not been at school.\n"
    )
    assert address(ex) is None


def test_the_house_a_neighbour_says_they_moved_out_of_is_the_last_known_address(read):
    ex = read(
        "Morning, Tomos Ffug (Yr 4) hasn't been in since half term. Neighbour says they moved out of 11 Maes Ffug, "
        "Pontardawe SA8 4JR last week, no idea where to.",
        channel="slack",
        sender="U0FFUG0014",
    )
    assert address(ex) == "11 Maes Ffug, Pontardawe, SA8 4JR"
    # ... and a new home said after it wins.
    ex = read(
        "Tomos Ffug (Yr 4) hasn't been in. They moved out of 11 Maes Ffug, Pontardawe SA8 4JR and now live at "
        "3 Heol Ffug, Neath SA11 1AA.",
        channel="slack",
        sender="U0FFUG0014",
    )
    assert address(ex) == "3 Heol Ffug, Neath, SA11 1AA"


def test_a_new_address_in_quotes(read):
    ex = read(
        "Tomos Ffug (Y6) hasn't been in since 1 April. Their old address was 14 Stryd Ffug, Bala LL23 7AH but dad "
        'told us they\'d moved to "Pen Ffug Farm, Llandderfel, LL23 7RP" - phone dead.'
    )
    assert address(ex) == "Pen Ffug Farm, Llandderfel, LL23 7RP"


def test_an_address_label_without_its_colon_keeps_the_flat(read):
    ex = read("Tomos Ffug (Y6) not back from Slovakia.\nAddress Flat 1, 12 Heol Ffug, Pontypridd, CF37 2BW. No reply.")
    assert address(ex) == "Flat 1, 12 Heol Ffug, Pontypridd, CF37 2BW"


def test_an_address_label_without_its_colon_before_a_house_name(read):
    ex = read("Tomos Ffug (yr 8) withdrawn.\nAddress Tŷ Ffug, Heol y Mynydd, Llanwynno, CF37 3PB. DOB 03/07/2013.")
    assert address(ex) == "Tŷ Ffug, Heol y Mynydd, Llanwynno, CF37 3PB"
    ex = read("Oliwia Ffug (age 6) not in since 15/6. Current address on SIMS Flat 4, 19 Ffug Road, Rhyl LL18 1BE.")
    assert address(ex) == "Flat 4, 19 Ffug Road, Rhyl, LL18 1BE"


def test_the_b_and_b_they_are_now_at_and_a_grandmothers_own_address(read):
    ex = read(
        "They lost their tenancy with us at Flat 2, 9 Ffug Road, Aberaman, CF44 6UA in August. The council has placed "
        "them in bed and breakfast and they are now at:\nRoom 6, Ffug View Guest House, 22 Ffug Road, Merthyr Tydfil, "
        "CF47 8UN\nMum is Shannon Ffug. Kayden Ffug, born 7th July 2013, has not been in since term started."
    )
    assert address(ex) == "Room 6, Ffug View Guest House, 22 Ffug Road, Merthyr Tydfil, CF47 8UN"
    ex = read(
        "The family have left their home at 3 Ffug Terrace, Treharris, CF46 5RT.\nChildren:\n1. Bailey Ffug - DOB "
        "11/03/2017\nMaternal grandmother, Pauline Ffug, 40 Heol Ffug, Nelson CF46 6HL, says she has not heard."
    )
    assert address(ex) == "3 Ffug Terrace, Treharris, CF46 5RT"


def test_a_relatives_shop_is_no_home_and_the_flat_above_it_is(read):
    ex = read(
        "Emre Ffowc (DOB 02/03/2014) came from Izmir in September to live with his uncle, Mehmet Ffowc, who runs the "
        "barber's shop at 22 Heol Ffug. Emre lives with his uncle in the flat above the shop, 22A Heol Ffug, "
        "Ffugton, SA31 1ZZ.\n"
    )
    assert address(ex) == "22A Heol Ffug, Ffugton, SA31 1ZZ"


def test_a_neighbour_gives_their_own_address_and_the_familys_number(read):
    ex = read(
        "Hello\n\nI live at 25 Maes y Ffug in Pontyffug and the family next door at number 23 have got 2 kids, "
        "Kayden who is 8 and Summer who I think is 11, and they haven't been in school since they moved in.\n"
    )
    assert [address(ex, i) for i in range(2)] == ["23 Maes y Ffug, Pontyffug"] * 2
    # The writer's own house alone says nothing of the family's.
    ex = read("Hello\n\nI live at 25 Maes y Ffug in Pontyffug and the boy next door, Kayden (8), is never in school.\n")
    assert address(ex) != "23 Maes y Ffug, Pontyffug"


def test_traveller_sites_written_loosely_and_an_encampment_on_land(read):
    ex = read(
        "Bridie Ffowc (Y4) hasn't come back since we started. Bridie DOB 22.05.2018. They were living on plot 7 at "
        "Maes y Ffug site, Aberffug CF44 6ZZ but the warden said they pulled off the site end of August.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert address(ex) == "Plot 7, Maes y Ffug Site, Aberffug, CF44 6ZZ"
    ex = read(
        "Levi (11) &amp; Tilly (8) Ffowc - family gone off travelling again. Home is Pitch 9, Ffug Way Travellers "
        "Site, Tremorfa. Mum is Rosie Ffowc.",
        channel="slack",
        sender="U0FFUG0009",
    )
    assert address(ex) == "Pitch 9, Ffug Way Travellers Site, Tremorfa"
    ex = read(
        "Unauth encampment on land off Ffugwindy Road, Caerphilly (former council depot site) since 12/10. 6 caravans. "
        "His kids:\n- Bridget Ffowc, 11\n- Martin Ffowc, 8\n"
    )
    assert address(ex) == "land off Ffugwindy Road, Caerphilly"


def test_an_aside_inside_an_address_and_a_farm_after_the_foster_carers_names(read):
    ex = read(
        "Kacey-Leigh Ffowc (DOB 14/06/2018)\nCurrent address: Room 6, Ffug House (temporary accommodation), 22 Stryd "
        "y Ffug, Merthyr Tydfil, CF47 8ZZ\n"
    )
    assert address(ex) == "Room 6, Ffug House, 22 Stryd y Ffug, Merthyr Tydfil, CF47 8ZZ"
    ex = read(
        "Minh Ffowc (DOB 01/01/2011)\nPlacement: with our foster carers Gwyn and Menna Ffowc, Tŷ Ffug Farm, "
        "Llanffug, Carmarthen, SA32 7ZZ\n"
    )
    assert address(ex) == "Tŷ Ffug Farm, Llanffug, Carmarthen, SA32 7ZZ"


def test_a_hotel_room_they_are_at_a_placement_row_and_a_client_address(read):
    ex = read(
        "Sami Ffowc (DOB 02/02/2016) and his mum were evicted from 44 Ffug Avenue, Ely, Cardiff, CF5 4ZZ last week. "
        "They are at The Ffug Lodge Hotel, Room 12, 9 Ffug Street, Cardiff Bay, CF10 5ZZ until further notice.\n"
    )
    assert address(ex) == "The Ffug Lodge Hotel, Room 12, 9 Ffug Street, Cardiff Bay, CF10 5ZZ"
    ex = read(
        "Name: Dawit Ffowc\nDOB: 01/01/2011\nPrevious address: 8 Ffug Road, Swansea, SA1 2ZZ\n"
        "Placement: Room 214, Ffug Stay Hotel, Schooner Way, Atlantic Wharf, Cardiff CF10 4ZZ\n"
    )
    assert address(ex) == "Room 214, Ffug Stay Hotel, Schooner Way, Atlantic Wharf, Cardiff, CF10 4ZZ"
    ex = read(
        "Child: Leo Ffowc (DOB 03/03/2017)\nClient address: Flat 6, Tŷ Ffug, 14 Ffug Embankment, Riverside, Cardiff "
        "CF11 6ZZ\n"
    )
    assert address(ex) == "Flat 6, Tŷ Ffug, 14 Ffug Embankment, Riverside, Cardiff, CF11 6ZZ"


def test_a_caravan_or_plot_said_in_passing_when_no_fuller_address_is_given(read):
    cases = [
        ("theres kids living in the caravan behind the old garage at Penffug that never go to school, a boy Jac "
         "Ffug about 12.", "caravan behind the old garage at Penffug"),
        ("Morning, Johnny Ffugprice (Y5) from plot 7 on the Ffug Way site has gone travelling with mam.",
         "Plot 7, Ffug Way site"),
        ("Our worker visited a family who pulled onto the old A40 lay-by just west of Sanclêr Ffug (by the turn) on "
         "Sunday. Bridget Ffugdonagh, 9, has no school.", "old A40 lay-by just west of Sanclêr Ffug"),
    ]
    for text, address in cases:
        assert read(text).children[0].to_schema()["address"] == address, text
    # a fuller address given elsewhere is the home, not the caravan said in passing
    ex = read("Jac Ffug (10) is living in a static at Cei Ffug Holiday Park all year round.\n"
              "Address: Static 118, Cei Ffug Holiday Park, New Quay, SA99 9SL\n")
    assert ex.children[0].to_schema()["address"] == "Static 118, Cei Ffug Holiday Park, New Quay, SA99 9SL"


def test_a_labelled_location_and_a_caravan_on_a_farm(read):
    ex = read("Child 1: Michael FFUGDONAGH  DOB 2016-02-14\nLast address in Leeds: Plot 23, Ffug Springs Site, "
              "Gelderd Road, Leeds, LS27 7NW\nBelieved current location: Ffugton Caravan Site, Cardiff (plot not "
              "known)\n")
    assert ex.children[0].to_schema()["address"] == "Ffugton Caravan Site, Cardiff"
    ex = read("Child's name: Lili Ffug\nChild's age (if known): 8\nChild's address or location: static caravan "
              "behind Glan Ffug farm, Llanybydder\nChild's school (if known): don't know\n")
    assert ex.children[0].to_schema()["address"] == "static caravan behind Glan Ffug farm, Llanybydder"
    ex = read("GRIFFUG, Lewis   DOB 23/09/2014\nLinked to Caravan 3, Penlan Ffug Farm, Rudbaxton, Haverfordwest (no "
              "postcode on system).\n")
    assert ex.children[0].to_schema()["address"] == "Caravan 3, Penlan Ffug Farm, Rudbaxton, Haverfordwest"


def test_a_perpetrators_home_an_address_the_family_are_not_at_and_a_relative_they_will_live_with(read):
    ex = read(
        "A PPN was submitted after a domestic incident at 27 Clos Ffug, Gurnos, Merthyr Tydfil CF99 9RL.\n\n"
        "The victim, Kelly FFUG, moved to this address 3 weeks ago with her son Tyler FFUG, DOB 22/03/2015.\n\n"
        "The alleged perpetrator, Jason FFUGWYER, is Kelly's ex-partner. He has been bailed. His home address is 3 "
        "Ffug Street, Rhymney NP99 5QZ.\n"
    )
    assert ex.children[0].to_schema()["address"] == "27 Clos Ffug, Gurnos, Merthyr Tydfil, CF99 9RL"
    ex = read(
        "Mehmet Ffugmaz (DOB 20 February 2012, Year 10) left us in October. Swansea say the family are not at the "
        "address mum gave (12 Ffug Street, Swansea SA99 5ZT).\n\nLast known Merthyr address: Flat 11, Tŷ Ffug, Lower "
        "Ffug Street, Merthyr Tydfil CF99 0BU\n"
    )
    assert ex.children[0].to_schema()["address"] == "Flat 11, Tŷ Ffug, Lower Ffug Street, Merthyr Tydfil, CF99 0BU"
    ex = read(
        "Jordan FFUG-RILEY (DOB 03/03/2012) was reported missing from his grandmother's address in Liverpool "
        "(Pauline Ffug, 40 Ffug Street, Liverpool L99 6QD).\n\nIt has been agreed that Jordan will now live "
        "permanently with his maternal aunt:\n\nTanya Ffug (aunt)\n7 Ffug Street, Rhyl, LL99 3LU\n"
    )
    assert ex.children[0].to_schema()["address"] == "7 Ffug Street, Rhyl, LL99 3LU"


def address_of(ex):
    return ex.children[0].to_schema()["address"]


def test_flats_in_a_block_named_like_an_office_and_the_accommodation_moved_from(read):
    ex = read(
        "Mother: Ioana Ffug\nChildren:\n  Andrei Ffug, DOB 10/01/2015\n\nTemporary address (from 12/09/2026): Flat "
        "12, Ty Ffug House, 180 Ffug Road, Roath, Cardiff, CF99 1DL\nPrevious address: 44 Ffug Road, Swansea, SA99 "
        "9EX\n"
    )
    assert address_of(ex) == "Flat 12, Ty Ffug House, 180 Ffug Road, Roath, Cardiff, CF99 1DL"
    ex = read(
        "The family below moved in on 2nd November from initial accommodation (Room 12, Ffug Lodge Hotel, Newport "
        "NP99 2JH).\n\nProperty: 98 Ffug Terrace, Roath, Cardiff, CF99 1RW\nChildren:\n  Hawa Ffug - age 8\n"
    )
    assert address_of(ex) == "98 Ffug Terrace, Roath, Cardiff, CF99 1RW"
    ex = read(
        "Flagging a family who moved into Ffug Family Hostel on 3 November after losing their private tenancy in "
        "Roath (Flat 3, 118 Ffug Road, Roath, CF99 3RW).\n\nDad: Asif Ffug\nRoom 6, Ffug Family Hostel, 40 Ffug "
        "Road, Ely, Cardiff, CF99 4RE\n\nChildren:\n- Zayan Ffug, DOB 30.08.2016\n"
    )
    assert address_of(ex) == "Room 6, Ffug Family Hostel, 40 Ffug Road, Ely, Cardiff, CF99 4RE"


def test_a_perpetrators_row_a_foster_placement_and_a_towns_other_name(read):
    ex = read(
        "Mother: Kirsty Ffug\nChildren: Jayden Ffug, born 1st July 2015\nPerpetrator: Craig Ffug (children's "
        "father), 17 Ffug Lane, Handsworth, Birmingham B99 9QP - there is a non-molestation order in place.\n"
    )
    assert address_of(ex) is None
    ex = read(
        "During a warrant executed on 25/11/2026 at 112 Ffug Road, Newport, NP99 7BX a boy was found.\n\nName: Minh "
        "Ffug\nClaimed DOB: 01/01/2012\nPlacement: emergency foster placement with Mrs Angharad Ffug (foster carer), "
        "8 Clos y Ffug, Thornhill, Cardiff, CF99 9AF - PLEASE DO NOT DISCLOSE THIS ADDRESS.\n"
    )
    assert address_of(ex) == "8 Clos y Ffug, Thornhill, Cardiff, CF99 9AF"
    ex = read("I'm the housing officer for 3 Maes y Ffug, Aberteifi (Cardigan), SA99 1JR. Logan Ffug (10) left.")
    assert address_of(ex) == "3 Maes y Ffug, Aberteifi (Cardigan), SA99 1JR"


def test_a_welsh_hotel_named_before_the_room(read):
    ex = read(
        "We have placed the family of Jac Ffug (DOB 01/02/2016) in emergency B&B accommodation at Gwesty'r Ffug, "
        "Room 7, Glan y Môr, Abermaw (Barmouth), LL42 9HB since 16/09/2026."
    )
    assert address_of(ex) == "Gwesty'r Ffug, Room 7, Glan y Môr, Abermaw (Barmouth), LL42 9HB"


def test_where_the_family_used_to_live_with_the_writer_is_previous(read):
    ex = read(
        "I am very worried about my grandson, Macsen Ffug (born 17th April 2018). They are living at the "
        "boyfriend's house, 3 Ffug Street in Splott. I don't know the postcode. They used to live with me at 40 "
        "Heol Ffug, Caerau, CF5 9LN, and I still have his things here."
    )
    assert address_of(ex) == "3 Ffug Street, Splott"


def test_a_neighbours_street_with_a_welsh_head_and_no_postcode(read):
    ex = read(
        "I am worried about the little boy who lives next door to me at 23 Plas Ffug in Penarth. His name is Leo "
        "and he told me he is 7."
    )
    assert address_of(ex) == "23 Plas Ffug, Penarth"


def test_the_relatives_home_after_a_colon_where_the_child_went_to_live(read):
    ex = read(
        "RE: Kyle FFUG    DOB: 2011/01/19\n\nOn release Kyle has gone to live with his uncle, Darren Ffug, which is "
        "his approved licence address:\n40 Ffug Road, Llantwit Major, CF61 9YA\n\nKyle's mother is not able to "
        "have him home."
    )
    assert address_of(ex) == "40 Ffug Road, Llantwit Major, CF61 9YA"
    ex = read(
        "Tyrese Ffug, DOB 01/12/2010, lives with his maternal grandmother, Pauline Ffug, who has had a Special "
        "Guardianship Order since he was small:\n9 Ffug Road, Rumney, Cardiff, CF3 9RR\n\nHis mother Simone Ffug "
        "lives in Newport (Flat 2, 16 Ffug Road, Newport NP20 9PE) and has contact most weekends."
    )
    assert address_of(ex) == "9 Ffug Road, Rumney, Cardiff, CF3 9RR"


def test_placed_at_over_the_relatives_address_in_brackets(read):
    ex = read(
        "Mum + 3 placed after eviction - they came here as mum's sister lives locally (Amy Ffug, 5 Heol y Ffug, "
        "Abermaw).\nPlaced at: Rooms 3 & 4, Ffug Inn Guest House, 12 Ffug Road, Abermaw, LL42 9EJ\nHousehold:\n"
        "• Toni Ffug (mum)\n• Ellie-Mae Ffug, 12\n• Corey Ffug, 9",
        channel="slack",
    )
    assert address_of(ex) == "Ffug Inn Guest House, 12 Ffug Road, Abermaw, LL42 9EJ"


def test_a_flat_in_a_welsh_named_house_with_no_postcode(read):
    ex = read(
        "3 siblings not in since 13/11 - Beatriz Ffug (Bl 5, 9 oed) & Tiago Ffug (Bl 2, 6 oed). Address we have is "
        "Flat 2, Tŷ'r Ffug, Porthmadog (no postcode on SIMS :face_palm:).",
        channel="slack",
    )
    assert address_of(ex) == "Flat 2, Tŷ'r Ffug, Porthmadog"


def test_where_a_police_notices_adult_named_by_surname_is_living(read):
    ex = read(
        "I attended a domestic incident at 27 Heol Ffug, Tredegar, NP22 9LJ. The occupant, Agnieszka FFUG, reported "
        "that her ex-partner Marek FFUGSKI had come to the address.\n\nKacper FFUG - 12/05/2016\n\nFFUGSKI is "
        "believed to be living at 61 Ffug Street, Grangetown, Cardiff, CF11 9JF and has since been arrested."
    )
    assert address_of(ex) == "27 Heol Ffug, Tredegar, NP22 9LJ"


def test_a_lay_by_at_a_named_place_with_its_road_and_village(read):
    ex = read(
        "We visited a roadside encampment on the old lay-by at Ffug Down, A48, Pyle. There are four school-age "
        "children:\n\nBridget Ffug, 12\nPatrick Ffug, 9"
    )
    assert address_of(ex) == "lay-by at Ffug Down, A48, Pyle"


def test_the_land_off_a_road_and_a_street_with_tan_y(read):
    ex = read(
        "An unauthorised encampment of 4 caravans arrived on the land off Ffug Way next to the park and ride on "
        "Monday. One family, the Ffugs, have three children: Paddy Ffug (12), Mary Ffug (9) and Tom Ffug (7)."
    )
    assert address_of(ex) == "land off Ffug Way"
    ex = read("The two boys who live at 9 Tan y Ffelin, Greenfield have not been going to school: Kai (8), Leo (10).")
    assert address_of(ex) == "9 Tan y Ffelin, Greenfield"


def test_a_business_on_a_street_named_like_a_welsh_head_is_no_home(read):
    ex = read(
        "Officers attended Ffug Hand Car Wash, Broadway, Pontypridd, CF37 9BE as part of a multi-agency visit. A male "
        "was found working on site who gave his name as FFUG Van Minh and states he is 15 years old."
    )
    assert address_of(ex) is None


def test_a_welsh_house_name_starting_with_a_street_head(read):
    ex = read(
        "Callum Ffug (13) is a young carer - he looks after his mum. Home is Maesffug Cottage, Llanffug, Powys, SY17 "
        "9BH - quite isolated."
    )
    assert address_of(ex) == "Maesffug Cottage, Llanffug, Powys, SY17 9BH"


def test_a_neighbour_on_the_same_street_gives_the_familys_number(read):
    ex = read(
        "hello\n\ni dont know if this is the right place. I live on Heol Ffug in Ystrad Ffug and the family at number "
        "23 moved in about may. There are two boys, Kai about 11 and Tyler about 8, never at school."
    )
    assert address_of(ex) == "23 Heol Ffug, Ystrad Ffug"


def test_the_home_said_of_the_children_over_a_relatives_own_and_an_agents(read):
    ex = read(
        "I'm writing about my grandchildren Elis (9) and Mali (7). I live in Swansea (34 Heol Ffug, Sketty, Swansea "
        "SA2 9QB) so I don't see them often. They live at Yr Hen Ffug, Catbrook, Chepstow NP16 6NB."
    )
    assert address_of(ex) == "Yr Hen Ffug, Catbrook, Chepstow, NP16 6NB"
    ex = read(
        "Amber Ffug (DOB 08/01/2012) was taken off roll after her father said she had moved to live with him in "
        "Townhill, Swansea (40 Ffug Drive, Townhill, Swansea SA1 6PQ). However she has been back living with her "
        "mother, Leanne Ffug, at 15 Ffug Lane, Porthcawl, CF36 3HY since the end of September."
    )
    assert address_of(ex) == "15 Ffug Lane, Porthcawl, CF36 3HY"
    ex = read(
        "Freya Ffug (DOB 2013-12-02) missed her appointments. When I visited the house was empty and the letting "
        "agent (Ffug Lettings, 3 Ffug Street, SY23 1DE) says the tenancy was handed back."
    )
    assert address_of(ex) is None


def test_a_forwarding_address_care_of_a_relative_over_the_last_one_in_another_city(read):
    ex = read(
        "Pupil:                 Aaliyah Ffug\nDOB:                   05/12/2017\n"
        "Last Bristol address:  Flat 2, 19 Ffug Causeway, Fishponds, Bristol BS16 3JB\n"
        "Forwarding address:    c/o Mrs Ngozi Ffug (maternal grandmother), 44 Ffug Street, Maesteg, CF34 9AH\n"
    )
    assert address_of(ex) == "44 Ffug Street, Maesteg, CF34 9AH"


def test_where_the_children_live_now_and_a_house_by_its_name(read):
    ex = read(
        "Chidera Ffug (DOB 01/02/2014). The family moved in August from 3 Ffug Terrace, Bedlinog to a privately "
        "rented house at 58 Ffug Terrace, Penydarren, Merthyr Tydfil, CF47 9AL."
    )
    assert address_of(ex) == "58 Ffug Terrace, Penydarren, Merthyr Tydfil, CF47 9AL"
    ex = read(
        "Tyler Ffug (DOB 01/02/2014). They are now living with Mum at her new partner's address, 12 Heol Ffug, "
        "Ponciau, LL14 1RR. The partner is Jason Ffug."
    )
    assert address_of(ex) == "12 Heol Ffug, Ponciau, LL14 1RR"
    ex = read(
        "Osian Ffug (DOB 01/02/2014) left us. The address on our system is Tŷ Ffug, Llanfrechfa, Cwmbran, NP44 8DH."
    )
    assert address_of(ex) == "Tŷ Ffug, Llanfrechfa, Cwmbran, NP44 8DH"
    ex = read(
        "I am writing about my grandchildren Gethin Ffug (10) and Mali Ffug (7). In August their father, Steffan "
        "Ffug, moved them down to Merthyr Tydfil.\n\nYours faithfully,\n\nEmrys Ffugson (Taid)\n4 Ffordd Ffug, "
        "Bangor LL57 2BX",
        sender_name="Emrys Ffugson",
    )
    assert address_of(ex) is None


def test_a_venue_where_the_writer_met_the_child_is_not_home(read):
    ex = read(
        "I met a young man at the drop-in at Canolfan Ieuenctid Ceinewydd (Park Street, New Quay, SA45 9NL) on "
        "Tuesday.\n\n"
        "Name: Ethan Ffug\nDOB: 23 May 2011\nLives with: his dad, Simon Ffug\nAddress: Flat 2, 5 Ffug Terrace, "
        "New Quay, SA45 9PS\nLast school: Ffug Academy (left in July)\n\nThe family moved to New Quay from Bristol in "
        "August."
    )
    assert address_of(ex) == "Flat 2, 5 Ffug Terrace, New Quay, SA45 9PS"


def test_a_neighbour_on_a_street_without_a_number_gives_the_kids_next_door_theirs(read):
    ex = read(
        "Hi I got this email off the council website.\n\nI live on Ffug Street in Treffug and the 2 kids next door at "
        "number 58 have not been to school since they moved in at Easter. The boy Kayden is about 9."
    )
    assert address_of(ex) == "58 Ffug Street, Treffug"


def test_the_home_of_a_parents_sister_who_has_not_seen_them_is_not_the_childs(read):
    ex = read(
        "Ava Ffug (DOB 02/02/2015) and her mum left the refuge on Friday and we do not know where they are. The family "
        "were living in Merthyr Tydfil before coming to refuge. Mum's sister lives at 4 Ffug Road, Bedwas, CF83 8AA "
        "and says she has not seen them."
    )
    assert address_of(ex) is None


def test_a_hyphenated_welsh_street_without_a_postcode_is_an_address(read):
    ex = read(
        "There is a family who moved in next door to me at 7 Maes-y-Ffug, Barry in the Easter holidays. There are two "
        "children, a boy called Rhys who is 11 and a little girl Cerys who is 8."
    )
    assert address_of(ex) == "7 Maes-y-Ffug, Barry"


def test_a_welsh_street_with_an_apostrophe_and_the_homes_moved_from_and_lost(read):
    ex = read(
        "Patient: Beatriz Ffug\nDOB: 15-07-2020\nAddress: 2 Tai Glan'ffug, Chwilog, Pwllheli, LL53 6AA\nMother: Joana "
        "Ffug\n"
    )
    assert address_of(ex) == "2 Tai Glan'ffug, Chwilog, Pwllheli, LL53 6AA"
    ex = read(
        "Jess Ffug (DOB 02/02/2012) is not attending. Jess's mother, Nicola Ffug, moved with Jess from 14 Ffug Road, "
        "Llandrindod Wells to 2 Ffug Terrace, East Street, Rhayader, LD6 5AA in August."
    )
    assert address_of(ex) == "2 Ffug Terrace, East Street, Rhayader, LD6 5AA"
    ex = read(
        "We placed the family in emergency accommodation on 21 August following the loss of their private rented "
        "tenancy at 16 Ffug Terrace, Penrhiwceiber, CF45 3AA.\n\nMum, Leanne Ffug, and her two children are "
        "currently living at:\nRoom 4, Ty Ffug Hostel, 2 Ffug Road, Mountain Ash, CF45 4AA\n\nChildren:\n"
        "- Tyler Ffug, D.O.B. 09/01/2013\n"
    )
    assert address_of(ex) == "Room 4, Ty Ffug Hostel, 2 Ffug Road, Mountain Ash, CF45 4AA"


def test_an_ex_partner_who_still_lives_locally_is_not_at_the_childs_home(read):
    ex = read(
        "We recovered the property at 14 Ffug Street, Nantymoel, CF32 7RL today. The tenant's children, Jac Ffug "
        "(DOB 13/06/2015) and Lexi Ffug (DOB 08/10/2018), went with her. The ex-partner, Mr Lee Ffugrows, still lives "
        "locally at 3 Ffug Place, Nantymoel, CF32 7QA and says he has no idea where they are."
    )
    assert address_of(ex) == "14 Ffug Street, Nantymoel, CF32 7RL"


def test_a_form_row_living_with_someone_at_an_address_outranks_a_parent_living_elsewhere(read):
    ex = read(
        "Young person: Tobi FFUG\nDate of birth: 9 April 2012\nCurrently living with: Mrs Dora Ffugquinn (family "
        "friend, not related) at 5 Maes Ffug, Bryncoch, Neath, SA10 7TE\n\nTobi's mother, Mrs Funmi Ffug, lives in "
        "London (14 Ffug Rise, London, SE23 1JN) and has parental responsibility.\n"
    )
    assert ex.children[0].to_schema()["address"] == "5 Maes Ffug, Bryncoch, Neath, SA10 7TE"


def test_a_plot_on_a_traveller_site_set_off_by_a_comma_with_its_town(read):
    ex = read(
        "The Ffug children have gone off again - mam told us they were off on the road.\nPatrick (Y5, he's 9) and "
        "Bridget (Y3, 7).\nThey were on plot 4, Glan Ffug Traveller Site, St Asaph. No forwarding address.",
        channel="slack",
        sender_name="Mrs Eleri Ffug",
    )
    assert [c.to_schema()["address"] for c in ex.children] == ["Plot 4, Glan Ffug Traveller Site, St Asaph"] * 2


def test_a_house_by_its_name_after_a_date_of_birth_and_the_mother_named_in_one_line(read):
    for mother in ("Mam = Manon ap Ffug", "Mum is Manon Ffug"):
        ex = read(
            f"Mam Osian ap Ffug (Bl. 5) has sent in the letter to take him off roll.\nDyddiad geni: 3 Mawrth 2017. "
            f"{mother}, Tyddyn Ffug, Pentrecelyn, Rhuthun LL15 2HR.",
            channel="slack",
            sender_name="Llio Ffug",
        )
        assert ex.children[0].to_schema()["address"] == "Tyddyn Ffug, Pentrecelyn, Rhuthun, LL15 2HR", mother


def test_the_perpetrators_last_known_address_said_in_the_sentence_after_him(read):
    ex = read(
        "Mum: Chantelle Ffug\nChild: Tyrese Ffug-Bennett, born 21/02/2020, Year 2 at Ffug Catholic School, Rhyl\n\nWe "
        "are worried she may have gone back to her ex-partner (Tyrese's father, Jerome Ffug), who is the perpetrator. "
        "His last known address is 17 Heol Ffug, Bolton, BL3 5AW."
    )
    assert ex.children[0].to_schema()["address"] is None


def test_the_new_address_of_a_partner_the_family_moved_in_with(read):
    ex = read(
        "Hi folks - Tomos Ffug, he's 11, on roll here, hasn't been in since 10th Nov. Mum rang today, they've moved in "
        "with her partner in Pontypool - new address 23 Ffordd y Ffug, Trevethin, Pontypool NP4 8DQ - and she wants a "
        "school in Torfaen. Previous address was 10 Maes Ffug, Ystrad Mynach CF82 7RN.",
        channel="slack",
        sender_name="Gethin Ffug",
    )
    assert ex.children[0].to_schema()["address"] == "23 Ffordd y Ffug, Trevethin, Pontypool, NP4 8DQ"


def test_an_encampment_on_land_off_a_road_and_a_lay_by_beside_a_landmark(read):
    ex = read(
        "A group of Romany Gypsy families pulled onto land off Ffug Road, Aberkenfig on Friday. One family has "
        "school-age "
        "children who are not attending anywhere:\n- Levi Ffug, 9\n- Lilly Ffug, 7\n- little Tommy is 4 so not yet "
        "compulsory\n\nMum is Vera Ffug."
    )
    assert [(c.name.value, c.to_schema()["address"]) for c in ex.children] == [
        ("Levi Ffug", "land off Ffug Road, Aberkenfig"),
        ("Lilly Ffug", "land off Ffug Road, Aberkenfig"),
    ]
    ex = read(
        "An Irish Traveller family has pulled onto the lay-by off Ffug Road, by the industrial estate in Rassau, Ebbw "
        "Vale (3 trailers).\n\nChildren:\n- Michael, 9 - was at Ffugside Primary until Easter\n"
    )
    assert ex.children[0].to_schema()["address"] == "lay-by off Ffug Road, Rassau, Ebbw Vale"


def test_where_a_missing_child_was_found_is_not_home_and_she_has_lived_with_her_aunt(read):
    ex = read(
        "Chloe Ffug (DOB 03/03/2012) was reported missing on 2 March and was located at 23:55 the same night by "
        "officers "
        "at Flat 12, Ffug Harbour, Cardiff Bay, CF10 4QG.\n\nChloe has lived with her aunt, Ms Tanya Ffug, at 27 Clos "
        "Ffug, Llanishen, Cardiff, CF14 5PD since 2041."
    )
    assert ex.children[0].to_schema()["address"] == "27 Clos Ffug, Llanishen, Cardiff, CF14 5PD"


def test_the_address_i_have_over_a_mother_who_lives_elsewhere_and_a_projects_welsh_name(read):
    ex = read(
        "Jakub Ffug (10) and Ola Ffug (8) live with their dad and have been separated from their mother. Their mother, "
        "Kasia, lives in Wrexham (14 Heol Ffug, Wrexham, LL13 8EF).\n\nThe address I have is Flat A, 9 Ffug Street, "
        "Roath, Cardiff."
    )
    assert [c.to_schema()["address"] for c in ex.children] == ["Flat A, 9 Ffug Street, Roath, Cardiff"] * 2
    ex = read(
        "The family moved from Home Office accommodation into a council flat:\n\nFlat 11, Tŷ Ffug, Maelfa, Llanedeyrn, "
        "Cardiff, CF23 9PL\n\nAmina Ffug (DOB 01/01/2014) has no school place.\n\nKind regards,\nMaryam\nCaseworker, "
        "Croeso Newydd Refugee Project\nCroeso Newydd, 14 Ffug Street, Cardiff, CF24 1LS"
    )
    assert ex.children[0].to_schema()["address"] == "Flat 11, Tŷ Ffug, Maelfa, Llanedeyrn, Cardiff, CF23 9PL"


def test_an_address_found_for_a_parent_and_one_a_parent_registered_council_tax_at(read):
    ex = read(
        "Yusuf Ffug (DOB 02/02/2014) did not return in September.\nPrevious address: 118 Heol Ffug, Canton, Cardiff, "
        "CF11 9DX\n\nOur council tax team have since found a forwarding address for Mr Ffug at Flat 2, 61 Ffug Street, "
        "Treorchy, CF42 6NZ, which we believe is where the family are now living."
    )
    assert ex.children[0].to_schema()["address"] == "Flat 2, 61 Ffug Street, Treorchy, CF42 6NZ"
    ex = read(
        "Kacper Ffug (DOB 03/03/2015)\nLast known Cardiff address: 112 Heol Ffug, Adamsdown, Cardiff, CF24 "
        "0NN\n\nCouncil "
        "Tax have confirmed that Mr Ffug registered liability at 7 Maes y Ffug, Pencoed, CF35 6TZ from 1 June."
    )
    assert ex.children[0].to_schema()["address"] == "7 Maes y Ffug, Pencoed, CF35 6TZ"
    ex = read(
        "Crews from Llanffug Fire Station found two children at home at Cwm Ffug Farm, Rhandirmwyn, Llandovery, SA20 "
        "0NP. The children are Kayden (he turned 9 in May) and Ava-Rose, who we were told is 6."
    )
    assert [(c.name.value, c.to_schema()["address"]) for c in ex.children] == [
        ("Kayden", "Cwm Ffug Farm, Rhandirmwyn, Llandovery, SA20 0NP"),
        ("Ava-Rose", "Cwm Ffug Farm, Rhandirmwyn, Llandovery, SA20 0NP"),
    ]
