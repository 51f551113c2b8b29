"""A partner's email to the running service becomes a filed referral and a threaded reply."""

from __future__ import annotations

import json
import os
import smtplib
import subprocess
import sys
import time
from email.message import EmailMessage

import pytest
from sqlalchemy import func, select

from storage import models
from storage.db import Database
from tests.support.service import REFERRAL_ADDRESS, REPO, Service

REPORT = """Good afternoon,

Today I spoke with a boy called Osian Pritchard, aged 11, who told me he has not been to
school since Easter. He lives with his father at 7 Heol Fawr, Trealaw, CF40 2QQ.

Regards,
PC 1234 Alys Morgan
Heddlu Prawf
"""


def referral_email(message_id: str, body: str = REPORT, **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alys Morgan <alys.morgan@heddlu-prawf.police.uk>"
    msg["To"] = REFERRAL_ADDRESS
    msg["Subject"] = "Boy not in school - Trealaw"
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def send(service: Service, msg: EmailMessage) -> None:
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as smtp:
        smtp.send_message(msg)


def export(database_url: str) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "referrals", "export"],
        cwd=REPO, env={**os.environ, "CME_DATABASE_URL": database_url},
        capture_output=True, text=True, check=True, timeout=120,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def wait_until(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def inbox_statuses(database_url: str) -> dict[str, int]:
    db = Database(database_url)
    try:
        with db.unit_of_work() as s:
            return dict(s.execute(select(models.InboundMessage.status, func.count())
                                  .group_by(models.InboundMessage.status)).all())
    finally:
        db.dispose()


def test_email_is_filed_and_answered_in_its_thread(service: Service, relay, database_url: str) -> None:
    send(service, referral_email("<first-report-1@heddlu-prawf.police.uk>"))

    reply = relay.wait_for(lambda m: m["In-Reply-To"] == "<first-report-1@heddlu-prawf.police.uk>")
    assert reply["To"] == "alys.morgan@heddlu-prawf.police.uk"
    assert "<first-report-1@heddlu-prawf.police.uk>" in reply["References"]
    reference = reply["Subject"].split("[")[-1].rstrip("]")
    assert reference.startswith("CME-2026-") or reference.startswith("CME-20")
    assert reply["Subject"].startswith("Re: Boy not in school - Trealaw")
    assert reply["Auto-Submitted"] == "auto-replied"
    body = reply.get_content()
    assert reference in body
    assert "Still needed" in body

    [referral] = export(database_url)
    assert referral["reference"] == reference
    assert referral["channel"] == "email"
    assert referral["source_ids"] == ["<first-report-1@heddlu-prawf.police.uk>"]
    assert len(referral["children"]) == len(referral["missing"]) >= 1
    # Every field the reply asks for is one the export says is missing, and vice versa.
    for field in referral["missing"][0]:
        assert field in {"name", "address", "age", "carer", "gp", "school"}
    assert referral["missing"][0], "a report with no GP or school must leave something to ask"


def test_resent_email_files_nothing_twice(service: Service, relay, database_url: str) -> None:
    msg = referral_email("<resent-1@heddlu-prawf.police.uk>")
    send(service, msg)
    send(service, msg)
    relay.wait_for(lambda m: m["In-Reply-To"] == "<resent-1@heddlu-prawf.police.uk>")
    time.sleep(1.0)  # give a wrongly duplicated message the chance to be filed
    assert len(export(database_url)) == 1
    assert len([m for m in relay.messages if m["In-Reply-To"] == "<resent-1@heddlu-prawf.police.uk>"]) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto_Submitted": "auto-replied"},
        {"Precedence": "bulk"},
        {"Precedence": "list"},
    ],
)
def test_auto_replies_are_stored_but_never_answered(service: Service, relay, database_url: str, headers) -> None:
    send(service, referral_email("<ooo-1@heddlu-prawf.police.uk>", body="I am out of the office.", **headers))
    # A normal message after it proves the worker has moved past the auto-reply.
    send(service, referral_email("<after-ooo@heddlu-prawf.police.uk>"))
    relay.wait_for(lambda m: m["In-Reply-To"] == "<after-ooo@heddlu-prawf.police.uk>")
    assert not [m for m in relay.messages if m["In-Reply-To"] == "<ooo-1@heddlu-prawf.police.uk>"]
    assert inbox_statuses(database_url) == {"ignored": 1, "done": 1}


def test_mail_from_mailer_daemon_is_not_answered(service: Service, relay, database_url: str) -> None:
    msg = referral_email("<bounce-1@mx.example.org>", body="Delivery failed.")
    msg.replace_header("From", "Mail Delivery System <MAILER-DAEMON@mx.example.org>")
    send(service, msg)
    wait_until(lambda: inbox_statuses(database_url) == {"ignored": 1})
    assert relay.messages == []


def test_oversized_message_is_refused_and_leaves_no_trace(service: Service, database_url: str) -> None:
    huge = referral_email("<huge-1@heddlu-prawf.police.uk>", body="x" * (11 * 1024 * 1024))
    with pytest.raises(smtplib.SMTPException):
        send(service, huge)
    assert inbox_statuses(database_url) == {}


def test_mail_for_another_mailbox_is_refused(service: Service, database_url: str) -> None:
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as smtp:
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            smtp.sendmail("a@example.org", ["someone-else@rhondda-test.gov.wales"], b"Subject: x\r\n\r\nhi")
    assert inbox_statuses(database_url) == {}


def test_relay_down_delays_the_reply_but_never_loses_it(
    database_url: str, service_env: dict[str, str], relay, tmp_path
) -> None:
    from tests.support.fake_relay import FakeRelay
    from tests.support.service import free_port

    late_port = free_port()  # nothing listens here yet: the relay is "down"
    env = {**service_env, "CME_RELAY_PORT": str(late_port)}
    svc = Service(database_url, tmp_path / "svc.log", **env).start()
    try:
        send(svc, referral_email("<relay-down-1@heddlu-prawf.police.uk>"))
        wait_until(lambda: "(email) failed" in svc.log())
        late_relay = FakeRelay(late_port).start()
        try:
            late_relay.wait_for(lambda m: m["In-Reply-To"] == "<relay-down-1@heddlu-prawf.police.uk>", 60)
        finally:
            late_relay.stop()
    finally:
        svc.stop()


def test_message_stored_before_a_stop_is_processed_after_restart(
    database_url: str, service_env: dict[str, str], relay, tmp_path
) -> None:
    held = Service(database_url, tmp_path / "held.log", CME_RUN_WORKERS="false", **service_env).start()
    try:
        send(held, referral_email("<restart-1@heddlu-prawf.police.uk>"))
        assert inbox_statuses(database_url) == {"pending": 1}
    finally:
        held.stop()
    assert inbox_statuses(database_url) == {"pending": 1}
    assert export(database_url) == []

    resumed = Service(database_url, tmp_path / "resumed.log", **service_env).start()
    try:
        relay.wait_for(lambda m: m["In-Reply-To"] == "<restart-1@heddlu-prawf.police.uk>")
        assert inbox_statuses(database_url) == {"done": 1}
        assert len(export(database_url)) == 1
    finally:
        resumed.stop()
