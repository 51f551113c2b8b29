"""The Slack form: the button on the question, the form prefilled from the store, a submission merged."""

from __future__ import annotations

from bot.slack import blocks
from bot.slack.interactive import form_answer
from intake import forms
from tests.conversation.conftest import Conversation, still_needed

REPORT = (
    "Y5 pupil Cai Lloyd has not been in since 14/09. Lives with mum Ffion Lloyd at 2 Bryn Road, "
    "Ferndale CF43 4AA."
)
TS = "1790000000.000100"


def _filed(conversation: Conversation) -> str:
    conversation.slack(REPORT, ts=TS)
    return conversation.referral().reference or ""


def test_the_question_carries_a_button_that_opens_the_form(conversation: Conversation) -> None:
    reference = _filed(conversation)
    [ack] = conversation.replies("acknowledgement")
    [actions] = [b for b in ack["blocks"] if b["type"] == "actions"]
    [button] = actions["elements"]
    assert button["action_id"] == forms.FORM_ACTION_ID and button["value"] == reference
    assert "Llenwi ffurflen" in button["text"]["text"] and "Fill in a form" in button["text"]["text"]


def test_the_form_shows_what_is_held_and_offers_not_known_for_what_is_missing(
    conversation: Conversation,
) -> None:
    reference = _filed(conversation)
    view = forms.form_for(conversation.db, reference)
    assert view is not None
    [child] = view.children
    modal = blocks.form_view(view, "{}")
    boxes = {b["block_id"]: b for b in modal["blocks"] if b["type"] == "input"}
    assert boxes["0:name"]["element"]["initial_value"] == child.values["name"] == "Cai Lloyd"
    assert "initial_value" not in boxes["0:gp"]["element"]
    ticks = {o["value"] for o in boxes["0:unknown"]["element"]["options"]}
    assert ticks == set(child.missing) and "gp" in ticks and "name" not in ticks
    assert len(modal["title"]["text"]) <= 24


def _submission(reference: str, state: dict, view_id: str = "VFORM1") -> tuple[dict, dict]:
    view = {
        "id": view_id, "type": "modal", "callback_id": forms.FORM_CALLBACK_ID,
        "private_metadata": f'{{"reference": "{reference}", "language": "en", "channel": "CSCHOOL", '
                            f'"thread_ts": "{TS}"}}',
        "state": {"values": state},
    }
    return {"user": {"id": "UTEACHER1", "name": "teacher"}, "view": view}, view


def test_a_submitted_form_merges_like_an_answer(conversation: Conversation) -> None:
    reference = _filed(conversation)
    body, view = _submission(reference, {
        "0:name": {"value": {"type": "plain_text_input", "value": "Cai Lloyd"}},
        "0:date_of_birth": {"value": {"type": "plain_text_input", "value": "12/05/2016"}},
        "0:gp": {"value": {"type": "plain_text_input", "value": None}},
        "0:unknown": {"value": {"type": "checkboxes", "selected_options": [{"value": "gp"}]}},
    })
    answer, language = form_answer(body, view)
    assert forms.check_form(answer, language) == {}
    assert forms.receive_form(conversation.db, answer, conversation.ctx)
    child = conversation.referral().children[0]
    assert str(child.date_of_birth) == "2016-05-12" and child.age == 10
    assert child.name == "Cai Lloyd" and child.unknown_fields == ["gp"]
    [confirmation] = conversation.replies("confirmation")
    assert confirmation["channel"] == "CSCHOOL" and confirmation["thread_ts"] == TS
    assert "gp" not in still_needed(confirmation["text"]) and "age" not in still_needed(confirmation["text"])
    assert [e.detail.get("via") for e in conversation.audit("answer_merged")] == ["form"]
    # Slack may deliver the same submission twice: it is merged once.
    assert forms.receive_form(conversation.db, answer, conversation.ctx)
    assert len(conversation.replies("confirmation")) == 1


def test_a_changed_box_is_a_correction(conversation: Conversation) -> None:
    reference = _filed(conversation)
    renamed = {"0:name": {"value": {"type": "plain_text_input", "value": "Cai Lloyd-Evans"}}}
    body, view = _submission(reference, renamed)
    forms.receive_form(conversation.db, form_answer(body, view)[0], conversation.ctx)
    assert conversation.referral().children[0].name == "Cai Lloyd-Evans"
    [event] = conversation.audit("field_corrected")
    assert (event.detail["old"], event.detail["new"]) == ("Cai Lloyd", "Cai Lloyd-Evans")


def test_a_date_the_form_cannot_read_is_sent_back(conversation: Conversation) -> None:
    reference = _filed(conversation)
    body, view = _submission(reference, {"0:date_of_birth": {"value": {"type": "plain_text_input",
                                                                        "value": "last spring"}}})
    answer, language = form_answer(body, view)
    errors = forms.check_form(answer, language)
    assert set(errors) == {"0:date_of_birth"}
    assert blocks.errors_response(errors)["response_action"] == "errors"
