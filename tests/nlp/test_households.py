"""Households listed one person to a line, as housing officers and schools write them (fictional names)."""


def kids(ex):
    return [c.to_schema() for c in ex.children]


def test_a_sole_carer_whose_note_says_the_other_parent_died(read):
    ex = read(
        "Hello,\n\nHousehold:\nMr Dai Ffugster (dad, sole carer - mum died last year)\n"
        "Elli Ffugster - 14\nJosh Ffugster - 11\n\nDad is struggling a bit.\n"
    )
    # The child on the line after the note is a child, and the note's death is the mother's, not the carer's.
    assert [k["name"] for k in kids(ex)] == ["Elli Ffugster", "Josh Ffugster"]
    assert [k["age"] for k in kids(ex)] == [14, 11]
    assert kids(ex)[0]["carer"] == {"name": "Dai Ffugster", "relationship": "father"}


def test_a_list_item_in_reception_written_in_lower_case(read):
    ex = read(
        "letter handed in today from Mr Huw Ffugson (dad) deregistering all 3 of his:\n"
        "• Nia Ffugson – yr6\n• Ifan Ffugson – yr4\n• Lili-Mai Ffugson – reception\nno address change.",
        channel="slack",
        sender="U0FFUG0002",
    )
    assert [k["name"] for k in kids(ex)] == ["Nia Ffugson", "Ifan Ffugson", "Lili-Mai Ffugson"]


def test_a_father_and_his_son_of_the_same_name(read):
    ex = read(
        "Heads up, the Ffugridge family have gone travelling for the season. Dad (Tommy Ffugridge) told me at the "
        "gate they'll be back at the end of the year. Kids:\n1. Amity Ffugridge, Y5, 16/02/2016\n"
        "2. Tommy Jnr Ffugridge, Y3 - dob 09/06/2018\n",
        channel="slack",
        sender="U0FFUG0003",
    )
    assert [k["name"] for k in kids(ex)] == ["Amity Ffugridge", "Tommy Jnr Ffugridge"]
    assert kids(ex)[1]["carer"] == {"name": "Tommy Ffugridge", "relationship": "father"}


def test_the_tenant_named_after_the_words_that_open_the_sentence(read):
    ex = read(
        "Dear Sir/Madam,\n\nThe tenant, Ms Tasha Ffugh, lives there with her two children, Bran Ffugh (DOB 04/04/2016)"
        " and Sky Ffugh (DOB 19/09/2018). Neighbours have not seen the family since November.\n"
    )
    assert kids(ex)[0]["carer"] == {"name": "Tasha Ffugh", "relationship": "mother"}
    ex = read("Hi,\n\nNeighbours say Ms Keri Ffugdo and her two boys went back up north.\nBryn Ffugdo  d.o.b. 13/08/2015\n")
    assert kids(ex)[0]["carer"] == {"name": "Keri Ffugdo", "relationship": "mother"}
