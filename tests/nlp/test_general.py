"""General capabilities found missing by a review of hold-out errors, on fresh fictional reports."""


def child(ex, i=0):
    return ex.children[i].to_schema()


def test_school_under_a_country_label_is_the_school(read):
    for label in ("School in Poland", "Previous school (Romania)", "Last school abroad"):
        ex = read(f"Hi,\n\nName: Oskar Wrona\nDOB: 4 May 2015\n{label}: Szkola Podstawowa nr 9 w Lublinie\n\nThanks\n")
        assert child(ex)["school"] == "Szkola Podstawowa nr 9 w Lublinie", label


def test_sims_primary_contact_wins_over_contact_two(read):
    ex = read(
        "Pasted from SIMS:\n\nName: Tiago Ferreira\nDOB: 12/02/2014\nContact 2: Mr Rui Ferreira (Father)\n"
        "Primary Contact: Mrs Joana Ferreira (Mother)\n\nThanks\n"
    )
    assert child(ex)["carer"] == {"name": "Joana Ferreira", "relationship": "mother"}


def test_twins_share_a_surname_and_an_age(read):
    for joiner in ("+", "and", "&"):
        ex = read(
            f"Hello,\n\nWe have been asked about twins Lina {joiner} Omar Haddad (8), who arrived last month.\n"
            "They live at 3 Cae Mawr, Ystrad, CF41 7AB.\n\nThanks\n"
        )
        names = [c["name"] for c in (child(ex, 0), child(ex, 1))]
        assert names == ["Lina Haddad", "Omar Haddad"], joiner
        assert child(ex, 0)["age"] == 8 and child(ex, 1)["age"] == 8
