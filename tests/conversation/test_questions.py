"""The first reply asks for exactly what is missing; answers shrink the list; Welsh Language Standards."""

from __future__ import annotations

from tests.conversation.conftest import Conversation, still_needed

PARTIAL = """Hello,

I am worried about Lowri Bowen who has not been seen at school since the start of term. She lives with
her mum, Sian Bowen, at 9 Clos y Wennol, Treorchy, CF42 6PQ.

Regards,
Dai Rees
Housing Officer
"""

COMPLETE = """Hello,

We are concerned about Jac Pugh (DOB 04/03/2015) who has not attended since September. He lives at
3 Stryd Fawr, Llwynypia, CF40 2HX with his father Emyr Pugh. His GP is Dr Hughes at Llwynypia Health
Centre. He was on roll at Ysgol Gynradd Llwynypia.

Thanks,
Meg Jones
"""

WELSH = """Bore da,

Rydym yn poeni am Gwenllian Morgan, 10 oed, sydd heb fod yn yr ysgol ers mis Medi. Mam: Nia Morgan.
Cyfeiriad: 5 Heol y Mynydd, Ton Pentre, CF41 7AB.

Diolch,
Elin
"""


def test_first_reply_asks_every_missing_field_and_nothing_known(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    assert still_needed(ack["text"]) == {"age", "gp", "school"}
    assert still_needed(ack["text"], "cy") == {"age", "gp", "school"}


def test_a_complete_report_asks_nothing(conversation: Conversation) -> None:
    conversation.email(COMPLETE)
    [ack] = conversation.replies("acknowledgement")
    assert still_needed(ack["text"]) == set()
    assert conversation.referral().last_asked_at is not None


def test_partial_answer_leaves_the_rest_asked(conversation: Conversation) -> None:
    first = conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.email("Hi, her date of birth is 21/06/2016.\n\nDai", subject="Re: Child not in school",
                       in_reply_to=ack["message_id"])
    [confirmation] = conversation.replies("confirmation")
    assert confirmation["in_reply_to"] != first
    assert still_needed(confirmation["text"]) == {"gp", "school"}
    child = conversation.referral().children[0]
    assert str(child.date_of_birth) == "2016-06-21"
    assert child.age == 10


def test_not_known_is_recorded_and_never_asked_again(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.email("GP not known, sorry.", subject="Re: Child not in school",
                       in_reply_to=ack["message_id"])
    [confirmation] = conversation.replies("confirmation")
    assert still_needed(confirmation["text"]) == {"age", "school"}
    assert conversation.referral().children[0].unknown_fields == ["gp"]
    # A later answer about something else does not bring the GP back onto the list.
    conversation.email("She went to Treorchy Primary.", subject="Re: Child not in school",
                       in_reply_to=confirmation["message_id"])
    latest = conversation.replies("confirmation")[-1]
    assert still_needed(latest["text"]) == {"age"}


def test_english_report_is_answered_in_both_languages_welsh_first(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    text = ack["text"]
    welsh, english = text.index("Diolch am eich atgyfeiriad"), text.index("Thank you for your referral")
    assert welsh < english


def test_welsh_report_is_answered_in_welsh(conversation: Conversation) -> None:
    conversation.email(WELSH, subject="Plentyn ddim yn yr ysgol")
    assert conversation.referral().language == "cy"
    [ack] = conversation.replies("acknowledgement")
    assert ack["text"].startswith("Diolch am eich atgyfeiriad")
    assert "Thank you" not in ack["text"]
    assert "Still needed" not in ack["text"]
    assert "Angen o hyd" in ack["text"]


def test_replies_name_each_child_and_leave_no_placeholder_unfilled(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    assert "Child: Lowri Bowen" in ack["text"]
    assert "Plentyn: Lowri Bowen" in ack["text"]
    # Wording comes from translators' files: a {placeholder} left in it would reach the referrer.
    assert "{" not in ack["text"] and "}" not in ack["text"]
