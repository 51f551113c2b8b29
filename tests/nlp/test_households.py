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
