"""Rural addresses given by a house's name, no street number (fictional houses and people)."""


def address(ex, i=0):
    return ex.children[i].to_schema()["address"]


def test_a_blank_line_between_the_label_and_the_address_lines(read):
    ex = read(
        "Hi,\n\nBedwyr Ffug (DOB 02/03/2016) lives with his nain. Address:\n\nTŷ Ffug\nCwmdu\nLlandeilo\nSA19 7EF\n"
    )
    assert address(ex) == "Tŷ Ffug, Cwmdu, Llandeilo, SA19 7EF"


def test_a_house_name_after_a_titled_parent_or_a_move_or_in_brackets(read):
    ex = read(
        "dad is deregistering Fin Ffugbrook (yr5)\ndad is Mr Lee Ffugbrook, Gwern Ffug, Llandyrnog, Denbigh LL16 4HY\n"
    )
    assert address(ex) == "Gwern Ffug, Llandyrnog, Denbigh, LL16 4HY"
    ex = read(
        "Harri Ffug-Evans (DOB 01/05/2014) moved with his mum from Aberystwyth to Penffug, Carrog, Corwen LL21 9BN."
    )
    assert address(ex) == "Penffug, Carrog, Corwen, LL21 9BN"
    ex = read(
        "freya ffug (y2) is off since half term. saw a TO LET sign outside their house (Tŷ'r Ffug, Llangain, SA33 5AE)."
    )
    assert address(ex) == "Tŷ'r Ffug, Llangain, SA33 5AE"
    # A closed bracket before the house name is not where the address starts.
    ex = read(
        "Sofi Ffugenko (9) lives with a host family (Mr & Mrs Ffug) at Tŷ'r Ffelin, Heol y Fedw, Cwmcarn, NP11 7GH."
    )
    assert address(ex) == "Tŷ'r Ffelin, Heol y Fedw, Cwmcarn, NP11 7GH"


def test_an_address_given_to_the_school_is_the_childs_but_the_schools_own_is_not(read):
    ex = read(
        "Leah Ffugweather (DOB 01/02/2015)\nParent: Charlotte Ffugweather (mother)\n"
        "Forwarding address given to school: Hen Ffugdy, Llanfynydd, Carmarthen, SA32 7TQ\n"
    )
    assert address(ex) == "Hen Ffugdy, Llanfynydd, Carmarthen, SA32 7TQ"
    ex = read(
        "Leo Ffug (DOB 01/02/2012): the only address we hold is the school's (Ysgol Uwchradd Ffug, Heol y Ffin, "
        "Caerau, Cardiff, CF5 5QZ)."
    )
    assert address(ex) is None


def test_a_grandparents_house_name_under_the_letter_they_sign(read):
    ex = read(
        "Our grandson Ianto Ffugjones has come to live with me and his Nain since the end of May. He's 8.\n\n"
        "Diolch yn fawr iawn,\n\nGwynfor Ffugparry (Taid)\nTŷ Ffug\nLlanuwchllyn\nY Bala\nLL99 7UG\n01678 000 512\n",
        sender_name="Gwynfor Ffugparry",
    )
    assert ex.children[0].to_schema()["address"] == "Tŷ Ffug, Llanuwchllyn, Y Bala, LL99 7UG"

