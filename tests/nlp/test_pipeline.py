from datetime import datetime

from nlp import Report, extract, extract_many
from nlp.pipeline import load_pipeline


def test_pattern_component_marks_checked_structured_items(pipeline):
    doc = pipeline("UPN N673221519004, not A673221519004. DOB 14/02/2017, CF37 4UA, mob 07700 900412")
    found = {(s.label_, s.text) for s in doc.spans["structured"]}
    assert ("UPN", "N673221519004") in found
    assert ("UPN", "A673221519004") not in found  # wrong check letter
    assert ("DATE", "14/02/2017") in found and ("POSTCODE", "CF37 4UA") in found
    assert any(label == "PHONE" for label, _ in found)


def test_pipeline_is_loaded_once():
    assert load_pipeline() is load_pipeline()


def test_batched_extraction_gives_the_same_answers():
    when = datetime(2026, 10, 1)
    reports = [
        Report(text=t, received_at=when)
        for t in (
            "Child: Efa Rees\nDOB: 01/02/2016\nMam: Nia Rees",
            "Y5 boy Jac Bowen not in since Monday. Dad: Huw Bowen.",
        )
    ]
    assert [e.to_schema() for e in extract_many(reports)] == [extract(r).to_schema() for r in reports]


def test_phone_numbers_outside_the_signature_are_kept():
    ex = extract(
        Report(
            text="Child: Efa Rees\nMum's mobile 07700 900317\n\nThanks\nAnn\nTel: 01443 000 111",
            received_at=datetime(2026, 10, 1),
        )
    )
    assert [p.value for p in ex.phone_numbers] == ["07700 900317"]


def test_a_huge_message_is_read_from_its_start():
    text = "Child: Efa Rees\nDOB: 01/02/2016\n" + "lorem ipsum " * 200_000
    ex = extract(Report(text=text, received_at=datetime(2026, 10, 1)))
    assert ex.children[0].name.value == "Efa Rees"
    assert len(ex.text) <= 20_000
