"""A school's Slack message to the running service: signed, stored once, answered in its thread."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

from sqlalchemy import func, select

from storage import models
from storage.db import Database
from tests.support.fake_slack import BOT_USER_ID, FakeSlackAPI
from tests.support.service import SIGNING_SECRET, Service
from tests.support.slack_signing import message_event, signed_headers

MESSAGE = (
    "Morning, Y5 boy Gethin Rowlands has not been in since half term and the family are not answering. "
    "Lives at 21 Stryd y Bont, Treorci CF42 6AB with mum. Can someone check please?"
)


def post(service: Service, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    req = urllib.request.Request(f"{service.http_url}/slack/events", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def inbox_count(database_url: str) -> int:
    db = Database(database_url)
    try:
        with db.unit_of_work() as s:
            return s.scalar(select(func.count()).select_from(models.InboundMessage)) or 0
    finally:
        db.dispose()


def referral_count(database_url: str) -> int:
    db = Database(database_url)
    try:
        with db.unit_of_work() as s:
            return s.scalar(select(func.count()).select_from(models.Referral)) or 0
    finally:
        db.dispose()


def test_url_verification_is_answered(service: Service) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123-challenge", "type": "url_verification"}).encode()
    status, answer = post(service, body, signed_headers(SIGNING_SECRET, body))
    assert status == 200
    assert b"c-123-challenge" in answer


def test_channel_message_is_answered_in_its_thread(service: Service, slack_api: FakeSlackAPI, database_url) -> None:
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="CSCHOOLS", ts="1790000000.000100",
                         event_id="Ev0001")
    status, _ = post(service, body, signed_headers(SIGNING_SECRET, body))
    assert status == 200

    reply = slack_api.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == "1790000000.000100")
    assert reply["channel"] == "CSCHOOLS"
    assert "CME-" in reply["text"]
    assert referral_count(database_url) == 1


def test_direct_message_is_answered(service: Service, slack_api: FakeSlackAPI, database_url) -> None:
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="DSCHOOL01", ts="1790000001.000200",
                         event_id="Ev0002", channel_type="im")
    assert post(service, body, signed_headers(SIGNING_SECRET, body))[0] == 200
    reply = slack_api.wait_for("chat.postMessage", lambda a: a.get("channel") == "DSCHOOL01")
    assert reply["thread_ts"] == "1790000001.000200"


def test_forged_signature_is_refused_and_leaves_no_trace(service: Service, slack_api, database_url) -> None:
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="CSCHOOLS", ts="1790000002.000300",
                         event_id="Ev0003")
    status, _ = post(service, body, signed_headers("the-wrong-secret", body))
    assert status == 401
    stale = signed_headers(SIGNING_SECRET, body, timestamp=int(time.time()) - 3600)
    assert post(service, body, stale)[0] == 401
    unsigned = {"Content-Type": "application/json"}
    assert post(service, body, unsigned)[0] == 401
    time.sleep(0.5)
    assert inbox_count(database_url) == 0
    assert slack_api.calls_to("chat.postMessage") == []


def test_retried_event_files_nothing_twice(service: Service, slack_api: FakeSlackAPI, database_url) -> None:
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="CSCHOOLS", ts="1790000003.000400",
                         event_id="Ev0004")
    assert post(service, body, signed_headers(SIGNING_SECRET, body))[0] == 200
    for retry in (1, 2):
        headers = {**signed_headers(SIGNING_SECRET, body), "X-Slack-Retry-Num": str(retry),
                   "X-Slack-Retry-Reason": "http_timeout"}
        assert post(service, body, headers)[0] == 200
    slack_api.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == "1790000003.000400")
    time.sleep(1.0)
    assert inbox_count(database_url) == 1
    assert referral_count(database_url) == 1
    assert len(slack_api.calls_to("chat.postMessage")) == 1


def test_bot_messages_and_edits_are_ignored(service: Service, slack_api: FakeSlackAPI, database_url) -> None:
    own = message_event(text="Thank you for your referral", user=BOT_USER_ID, channel="CSCHOOLS",
                        ts="1790000004.000500", event_id="Ev0005")
    other_bot = message_event(text="Build passed", user="UOTHERBOT", channel="CSCHOOLS",
                              ts="1790000005.000600", event_id="Ev0006", bot_id="BOTHER")
    edit = message_event(text="", user="USCHOOL01", channel="CSCHOOLS", ts="1790000006.000700",
                         event_id="Ev0007", subtype="message_changed")
    for body in (own, other_bot, edit):
        assert post(service, body, signed_headers(SIGNING_SECRET, body))[0] == 200
    time.sleep(1.0)
    assert inbox_count(database_url) == 0
    assert slack_api.calls_to("chat.postMessage") == []


def test_slack_retries_a_failed_post(service: Service, slack_api: FakeSlackAPI, database_url) -> None:
    slack_api.failures["chat.postMessage"] = 2
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="CSCHOOLS", ts="1790000007.000800",
                         event_id="Ev0008")
    assert post(service, body, signed_headers(SIGNING_SECRET, body))[0] == 200
    slack_api.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == "1790000007.000800")
    deadline = time.monotonic() + 30
    while len(slack_api.calls_to("chat.postMessage")) < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(slack_api.calls_to("chat.postMessage")) == 3


def test_sender_display_name_is_kept_for_the_referral(service: Service, slack_api, database_url) -> None:
    body = message_event(text=MESSAGE, user="USCHOOL01", channel="CSCHOOLS", ts="1790000008.000900",
                         event_id="Ev0009")
    assert post(service, body, signed_headers(SIGNING_SECRET, body))[0] == 200
    slack_api.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == "1790000008.000900")
    db = Database(database_url)
    try:
        with db.unit_of_work() as s:
            [message] = s.scalars(select(models.InboundMessage)).all()
            assert message.sender_name == "Mrs Test Teacher - Ysgol Prawf"
            assert message.source_id == "CSCHOOLS:1790000008.000900"
    finally:
        db.dispose()
