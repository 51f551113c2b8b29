"""Schools named for the children in a partner's prose (fictional schools and people)."""


def test_both_children_were_at_a_school_is_not_the_writers_own_school(read):
    ex = read(
        "Hi there\n\nA new family arrived at our refuge: a mum and her two children.\n\nMum: Gemma Ffugley\n"
        "Maisie Ffugley - DOB 17/03/2016\nLeo Ffugley - DOB 30/11/2018\n\n"
        "Both children were at Ffugddu Park Primary in Wrexham (Leo in Year 1). Mum would like them in school.\n"
    )
    assert [c.to_schema()["school"] for c in ex.children] == ["Ffugddu Park Primary"] * 2
