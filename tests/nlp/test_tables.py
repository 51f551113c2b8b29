"""Tables pasted from a school's MIS or another council's notification (fictional names throughout)."""


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
