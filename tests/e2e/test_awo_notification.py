"""Issue 5's promise, end to end: a referral email reaches the right AWO's Slack DM within a minute."""

from __future__ import annotations

import json
import smtplib
import time
import urllib.parse
import urllib.request
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from storage import models
from storage.db import Database
from tests.support.fake_slack import FakeSlackAPI
from tests.support.service import REFERRAL_ADDRESS, SIGNING_SECRET, Service
from tests.support.slack_signing import signed_headers

ROUTING = """
awos:
  awo.treorci:
    name: Heledd Ffug
    email: heledd.ffug@example.gov.wales
    slack: UAWOTREO1
  awo.duty:
    name: Duty Officer
    email: duty@example.gov.wales
    slack: UAWODUTY1
duty_awo: awo.duty
manager:
  name: Manager Ffug
  email: manager@example.gov.wales
childrens_services:
  name: Front door
  email: front-door@example.gov.wales
schools: {}
postcodes:
  CF42: awo.treorci
"""

REPORT = """Hello,

I am the health visitor for the family. Megan Prydderch (DOB 03/04/2016) has not been in any school
since the family moved to 12 Heol y Ffug, Treorci, CF42 6ZZ in July. She lives with her mother,
Rhian Prydderch. GP is Dr Ffug at Canolfan Iechyd Ffug. She was at Ysgol Gynradd Ffug before.

Thanks,
Carys Health Visitor
"""


@pytest.fixture
def routed_service(database_url: str, service_env: dict[str, str], tmp_path: Path):  # type: ignore[no-untyped-def]
    routing = tmp_path / "routing.yaml"
    routing.write_text(ROUTING)
    svc = Service(database_url, tmp_path / "service.log", CME_ROUTING_FILE=str(routing), **service_env).start()
    yield svc
    svc.stop()


def test_referral_email_reaches_the_area_awo_by_slack_dm_within_a_minute(
    routed_service: Service, slack_api: FakeSlackAPI, relay, database_url: str
) -> None:
    msg = EmailMessage()
    msg["From"] = "Carys HV <carys.hv@health-ffug.wales.nhs.uk>"
    msg["To"] = REFERRAL_ADDRESS
    msg["Subject"] = "Girl not in school - Treorci"
    msg["Message-ID"] = "<awo-dm-1@health-ffug.wales.nhs.uk>"
    msg.set_content(REPORT)

    sent_at = time.monotonic()
    with smtplib.SMTP("127.0.0.1", routed_service.smtp_port, timeout=30) as smtp:
        smtp.send_message(msg)
    dm = slack_api.wait_for("chat.postMessage", lambda a: a.get("channel") == "UAWOTREO1", timeout=60)
    assert time.monotonic() - sent_at < 60

    posted = json.dumps(dm)
    assert "CME-" in posted
    assert "Megan" in posted
    # By default a notification carries no surname and no address: the AWO opens the web app for those.
    assert "Prydderch" not in posted
    assert "Heol y Ffug" not in posted
    assert "6ZZ" not in posted
    blocks = dm["blocks"] if isinstance(dm["blocks"], list) else json.loads(dm["blocks"])
    action_ids = {e.get("action_id") for b in blocks if b.get("type") == "actions" for e in b["elements"]}
    assert "accept_case" in action_ids
    # The duty AWO is not bothered with a referral that has its own AWO.
    assert not [a for a in slack_api.calls_to("chat.postMessage") if a.get("channel") == "UAWODUTY1"]
    # The AWO has an email too, through the same outbox.
    relay.wait_for(lambda m: m["To"] == "heledd.ffug@example.gov.wales", timeout=60)

    # "Accept case" through Slack's real interactivity contract: a signed form post to /slack/events.
    [accept] = [e for b in blocks if b.get("type") == "actions" for e in b["elements"]
                if e.get("action_id") == "accept_case"]
    payload = {
        "type": "block_actions", "team": {"id": "TCME01"}, "api_app_id": "ACME01", "token": "legacy",
        "user": {"id": "UAWOTREO1", "name": "heledd"}, "trigger_id": "1.2.3",
        "channel": {"id": "DAWOTREO1"}, "container": {"type": "message", "channel_id": "DAWOTREO1"},
        "actions": [{"type": "button", "action_id": "accept_case", "block_id": "b", "value": accept["value"]}],
    }
    body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
    headers = signed_headers(SIGNING_SECRET, body) | {"Content-Type": "application/x-www-form-urlencoded"}
    request = urllib.request.Request(f"{routed_service.http_url}/slack/events", data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    said = slack_api.wait_for("chat.postMessage", lambda a: a.get("channel") == "DAWOTREO1")
    assert "accepted" in said["text"]
    db = Database(database_url)
    try:
        with db.unit_of_work() as session:
            [referral] = session.scalars(select(models.Referral)).all()
            case = session.get(models.Case, referral.case_id)
            assert case is not None and case.accepted_at is not None
            assert case.accepted_by == "awo.treorci"
    finally:
        db.dispose()
