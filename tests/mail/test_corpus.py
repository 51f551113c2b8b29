"""Every real-world message of the shared corpus is accepted by the running listener and stored; none stalls."""

from __future__ import annotations

import re
import smtplib
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot.mail.parse import parse_email
from storage import models
from storage.db import Database
from tests.support.service import REFERRAL_ADDRESS, Service
from tests.support.shared import corpus_messages


def on_the_wire(raw: bytes) -> bytes:
    """The bytes as an MTA would send them: CRLF line ends (the files keep their authors' LF)."""
    return re.sub(rb"(?<!\r)\n", b"\r\n", raw)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_every_corpus_message_is_accepted_stored_and_processed(service: Service, database_url: str) -> None:
    messages = corpus_messages()
    refused = []
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=60) as smtp:
        for path in messages:
            try:
                smtp.sendmail("corpus@example.org", [REFERRAL_ADDRESS], on_the_wire(path.read_bytes()))
            except smtplib.SMTPException as exc:
                refused.append((path.name, exc))
                smtp.rset()
    assert refused == [], "\n".join(f"{n}: {e}" for n, e in refused)

    db = Database(database_url)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            with db.unit_of_work() as s:
                statuses = dict(s.execute(select(models.InboundMessage.status, func.count())
                                          .group_by(models.InboundMessage.status)).all())
            if statuses.get("pending", 0) == 0 and statuses.get("failed", 0) == 0:
                break
            time.sleep(0.5)
        # Messages with the same Message-ID are one message; every distinct one is stored and finished.
        now = datetime.now(UTC)
        distinct = {parse_email(on_the_wire(p.read_bytes()), now).source_id for p in messages}
        assert sum(statuses.values()) == len(distinct)
        assert set(statuses) <= {"done", "ignored"}, statuses
    finally:
        db.dispose()
