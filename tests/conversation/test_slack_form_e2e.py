"""The form through the running service: button pressed, modal opened prefilled, submission merged."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

from intake import forms
from storage import models
from storage.db import Database
from tests.support.fake_slack import FakeSlackAPI
from tests.support.service import SIGNING_SECRET, Service
from tests.support.slack_signing import message_event, signed_headers

REPORT = (
    "Y3 pupil Nel Harries has not been in since 21/09. Lives with her dad Huw Harries, 8 Stryd y Capel, "
    "Maerdy CF43 4BB."
)
TS = "1790000100.000100"


def _post(service: Service, body: bytes, content_type: str) -> tuple[int, bytes]:
    headers = signed_headers(SIGNING_SECRET, body) | {"Content-Type": content_type}
    url = f"{service.http_url}/slack/events"
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, resp.read()


def _interaction(service: Service, payload: dict) -> tuple[int, bytes]:
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    return _post(service, body, "application/x-www-form-urlencoded")


def test_the_form_opens_prefilled_and_its_submission_merges(
    service: Service, slack_api: FakeSlackAPI, database_url: str
) -> None:
    event = message_event(text=REPORT, user="USCHOOL01", channel="CFORMS", ts=TS, event_id="EvForm1")
    assert _post(service, event, "application/json")[0] == 200
    question = slack_api.wait_for("chat.postMessage", lambda a: a.get("thread_ts") == TS)
    posted = question["blocks"]
    posted = posted if isinstance(posted, list) else json.loads(posted)
    [button] = [b for b in posted if b["type"] == "actions"][0]["elements"]
    common = {"team": {"id": "TCME01"}, "api_app_id": "ACME01", "token": "legacy",
              "user": {"id": "USCHOOL01", "name": "teacher"}}

    status, _ = _interaction(service, {
        **common, "type": "block_actions", "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        "container": {"type": "message", "channel_id": "CFORMS", "message_ts": "1790000100.000200",
                      "thread_ts": TS},
        "channel": {"id": "CFORMS"}, "message": {"ts": "1790000100.000200", "thread_ts": TS},
        "actions": [{"type": "button", "action_id": button["action_id"], "block_id": "cme_form",
                     "value": button["value"]}],
    })
    assert status == 200
    opened = slack_api.wait_for("views.open")
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    boxes = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    assert boxes["0:name"]["element"]["initial_value"] == "Nel Harries"
    assert view["callback_id"] == forms.FORM_CALLBACK_ID

    status, answer = _interaction(service, {
        **common, "type": "view_submission",
        "view": {"id": "VFAKE01", "type": "modal", "callback_id": view["callback_id"],
                 "private_metadata": view["private_metadata"],
                 "state": {"values": {
                     "0:date_of_birth": {"value": {"type": "plain_text_input", "value": "03/02/2018"}},
                     "0:school": {"value": {"type": "plain_text_input", "value": "Ysgol Gynradd Maerdy"}},
                     "0:unknown": {"value": {"type": "checkboxes", "selected_options": [{"value": "gp"}]}},
                 }}},
    })
    assert status == 200 and b"errors" not in answer
    confirmations = lambda a: a.get("thread_ts") == TS and a is not question  # noqa: E731
    slack_api.wait_for("chat.postMessage", lambda a: confirmations(a) and "Ysgol Gynradd Maerdy" in a["text"])

    db = Database(database_url)
    try:
        with db.unit_of_work() as session:
            child = session.query(models.ReferralChild).one()
            assert str(child.date_of_birth) == "2018-02-03"
            assert child.school == "Ysgol Gynradd Maerdy" and child.unknown_fields == ["gp"]
    finally:
        db.dispose()
