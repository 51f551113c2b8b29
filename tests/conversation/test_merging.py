"""Answers merged into the right referral and the right child, corrections audited, quotes never re-read."""

from __future__ import annotations

from tests.conversation.conftest import Conversation, still_needed
from tests.conversation.test_questions import COMPLETE, PARTIAL

SIBLINGS = """Hello,

Children:
- Ela Rowlands, DOB 02/02/2017
- Osian Rowlands, DOB 03/03/2014

They live with their dad Gareth Rowlands at 12 Heol Tir Du, Ystrad, CF41 7RS. Neither has been in school
since half term.

Meg Jones
"""


def _held(child) -> dict:  # type: ignore[no-untyped-def]
    columns = ("name", "date_of_birth", "age", "address", "postcode", "carer_name", "carer_relationship",
               "gp_doctor", "gp_practice", "school", "upn")
    return {c: getattr(child, c) for c in columns}


def test_an_answer_to_a_complete_referral_changes_only_what_it_corrects(conversation: Conversation) -> None:
    conversation.email(COMPLETE)
    before = _held(conversation.referral().children[0])
    [ack] = conversation.replies("acknowledgement")
    answer_id = conversation.email(
        "Sorry, his date of birth is 04/03/2016 not 04/03/2015.\n\nMeg",
        subject="Re: Child not in school", in_reply_to=ack["message_id"],
    )
    after = _held(conversation.referral().children[0])
    changed = {c for c in before if before[c] != after[c]}
    assert changed == {"date_of_birth", "age"}
    assert str(after["date_of_birth"]) == "2016-03-04" and after["age"] == 10
    corrections = {e.detail["field"]: e for e in conversation.audit("field_corrected")}
    assert corrections["date_of_birth"].detail["old"] == "2015-03-04"
    assert corrections["date_of_birth"].detail["new"] == "2016-03-04"
    with conversation.db.unit_of_work() as s:
        from storage import models

        source = s.get(models.InboundMessage, corrections["date_of_birth"].inbound_message_id)
        assert source is not None and source.source_id == answer_id


def test_a_repeated_value_in_another_form_is_not_a_correction(conversation: Conversation) -> None:
    conversation.email(COMPLETE)
    before = _held(conversation.referral().children[0])
    [ack] = conversation.replies("acknowledgement")
    conversation.email("Just to add, his dad is Emyr Pugh and he is at Ysgol Gynradd Llwynypia.",
                       subject="Re: Child not in school", in_reply_to=ack["message_id"])
    assert _held(conversation.referral().children[0]) == before
    assert conversation.audit("field_corrected") == []


def test_email_reply_with_quote_signature_and_new_subject_finds_its_referral(
    conversation: Conversation,
) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    reference = conversation.referral().reference
    quoted = "\n".join(f"> {line}" for line in ack["text"].splitlines())
    reply = (
        "Hello again,\n\nShe was at Treorchy Primary until July.\n\n"
        "Kind regards,\nDai Rees\nHousing Officer\n"
        "Cwm Homes | 01443 000 111\n\n"
        f"On Mon, 5 Oct 2026 at 09:00, CME Referrals <cme-referrals@example.gov.wales> wrote:\n{quoted}\n"
        "> GP: Dr Quentin Marsh, Fernhill Surgery\n> Date of birth: 01/01/2015\n"
    )
    # No In-Reply-To (a new message from another mail client), a subject of their own but our reference.
    conversation.email(reply, subject=f"Lowri - school details {reference}")
    child = conversation.referral().children[0]
    assert child.school == "Treorchy Primary"
    # Facts found only in the quoted text are not taken as new.
    assert child.gp_doctor is None and child.gp_practice is None and child.date_of_birth is None
    [confirmation] = conversation.replies("confirmation")
    assert still_needed(confirmation["text"]) == {"age", "gp"}


def test_sibling_answers_go_to_the_right_child(conversation: Conversation) -> None:
    conversation.email(SIBLINGS)
    [ack] = conversation.replies("acknowledgement")
    conversation.email(
        "Ela goes to Ysgol Gynradd Bryn Celyn, Osian to Heol Fawr Primary. GP not known.",
        subject="Re: Child not in school", in_reply_to=ack["message_id"],
    )
    ela, osian = conversation.referral().children
    assert (ela.name, ela.school) == ("Ela Rowlands", "Ysgol Gynradd Bryn Celyn")
    assert (osian.name, osian.school) == ("Osian Rowlands", "Heol Fawr Primary")
    assert ela.unknown_fields == ["gp"] and osian.unknown_fields == ["gp"]


def test_a_correction_puts_right_one_word_of_an_address(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.email("Apologies, it's number 19 Clos y Wennol, not 9.", subject="Re: Child not in school",
                       in_reply_to=ack["message_id"])
    child = conversation.referral().children[0]
    assert child.address == "19 Clos y Wennol, Treorchy, CF42 6PQ"
    assert child.postcode == "CF42 6PQ"


def test_news_of_a_move_replaces_address_and_carer(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.email(
        "Update - Lowri is now living with her nan, Mrs Glenys Bowen, at 4 Heol Dyfed, Pentre, CF41 7DD.",
        subject="Re: Child not in school", in_reply_to=ack["message_id"],
    )
    child = conversation.referral().children[0]
    assert child.address == "4 Heol Dyfed, Pentre, CF41 7DD" and child.postcode == "CF41 7DD"
    assert child.carer_relationship == "grandmother"
    assert "Glenys Bowen" in (child.carer_name or "")
    fields = {e.detail["field"] for e in conversation.audit("field_corrected")}
    assert {"address", "carer_name"} <= fields


def test_a_brother_named_in_an_answer_joins_the_referral(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.email(
        "I should have said - her brother Tomos Bowen is in Year 4 and not in school either. DOB 15/09/2018.",
        subject="Re: Child not in school", in_reply_to=ack["message_id"],
    )
    lowri, tomos = conversation.referral().children
    assert tomos.name == "Tomos Bowen" and str(tomos.date_of_birth) == "2018-09-15"
    # The family's address and carer hold for him too; Lowri keeps her own details.
    assert tomos.address == lowri.address and tomos.carer_name == lowri.carer_name == "Sian Bowen"
    assert lowri.date_of_birth is None
    assert conversation.audit("child_added")


def test_a_brother_at_the_same_school_shares_it_and_is_nobody_s_carer(conversation: Conversation) -> None:
    conversation.slack("Y2 pupil Mali Jenkins has not been in since 28/09. Mum: Rhian Jenkins. Address "
                       "6 Heol y Parc, Tylorstown CF43 3HH.", ts="1790000200.000100")
    conversation.slack("forgot to say - her brother Rhodri Jenkins is in Y6 here too, same story. "
                       "DOB 11/11/2015, same address and mum", ts="1790000200.000300",
                       thread_ts="1790000200.000100")
    mali, rhodri = conversation.referral().children
    assert rhodri.name == "Rhodri Jenkins" and str(rhodri.date_of_birth) == "2015-11-11"
    assert rhodri.school == mali.school is not None
    assert (rhodri.carer_name, rhodri.carer_relationship) == ("Rhian Jenkins", "mother")
    assert (mali.carer_name, mali.carer_relationship) == ("Rhian Jenkins", "mother")


def test_a_value_never_written_gives_way_when_the_referrer_says_they_do_not_know(
    conversation: Conversation,
) -> None:
    # A school's Slack name can stand in for an unnamed school; the referrer then says they do not know it.
    conversation.slack("Hi, Y4 pupil Lily Hughes, aged 9, has not been in since 21/09. "
                       "Address 3 Heol y Wern, Cwmdare CF44 8RR. Mum is Gemma Hughes.",
                       ts="1790000300.000100")
    held = conversation.referral().children[0]
    assert held.school == "Ysgol Prawf"  # from the sender's Slack name, not from anything they wrote
    conversation.slack("Sorry, she was never on our roll after all - don't know her school",
                       ts="1790000300.000300", thread_ts="1790000300.000100")
    child = conversation.referral().children[0]
    assert child.school is None
    assert "school" in child.unknown_fields
