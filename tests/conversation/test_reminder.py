"""One reminder after the set time without an answer; never a second."""

from __future__ import annotations

from intake.reminders import remind_due
from tests.conversation.conftest import Conversation, still_needed
from tests.conversation.test_questions import COMPLETE, PARTIAL


def test_one_reminder_after_the_set_time_and_never_more(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    db, ctx, clock = conversation.db, conversation.ctx, conversation.clock
    clock.advance(hours=47)
    assert remind_due(db, ctx) == 0
    clock.advance(hours=2)
    assert remind_due(db, ctx) == 1
    [reminder] = conversation.replies("reminder")
    assert reminder["to"] == "meg.jones@partner-agency.example"
    assert reminder["subject"].startswith("Re: Child not in school")
    assert still_needed(reminder["text"]) == {"age", "gp", "school"}
    for _ in range(3):
        clock.advance(days=7)
        assert remind_due(db, ctx) == 0
    assert len(conversation.replies("reminder")) == 1
    assert conversation.referral().reminder_sent_at is not None


def test_an_answer_restarts_the_clock(conversation: Conversation) -> None:
    conversation.email(PARTIAL)
    [ack] = conversation.replies("acknowledgement")
    conversation.clock.advance(hours=40)
    conversation.email("GP not known.", subject="Re: Child not in school", in_reply_to=ack["message_id"])
    conversation.clock.advance(hours=40)
    assert remind_due(conversation.db, conversation.ctx) == 0
    conversation.clock.advance(hours=9)
    assert remind_due(conversation.db, conversation.ctx) == 1


def test_nothing_to_remind_about_when_nothing_is_missing(conversation: Conversation) -> None:
    conversation.email(COMPLETE)
    conversation.clock.advance(days=5)
    assert remind_due(conversation.db, conversation.ctx) == 0
    assert conversation.replies("reminder") == []


def test_a_slack_reminder_goes_in_the_thread_with_the_form_button(conversation: Conversation) -> None:
    conversation.slack("Y5 pupil Cai Lloyd has not been in since 14/09. Lives with mum at 2 Bryn Road, "
                       "Ferndale CF43 4AA.", ts="1790000000.000100")
    conversation.clock.advance(hours=49)
    assert remind_due(conversation.db, conversation.ctx) == 1
    [reminder] = conversation.replies("reminder")
    assert reminder["channel"] == "CSCHOOL" and reminder["thread_ts"] == "1790000000.000100"
    assert any(b["type"] == "actions" for b in reminder["blocks"])
