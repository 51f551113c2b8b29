"""The small mail functions, on hand-made and real-world messages."""

from __future__ import annotations

from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

import pytest

from bot.mail.parse import is_auto_submitted, message_ids, parse_email
from bot.mail.send import build_email
from intake.replies import reply_subject
from tests.support.shared import corpus_messages

NOW = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)


def raw(headers: str, body: str = "Hello") -> bytes:
    return (headers.strip() + "\n\n" + body).encode()


def parsed(headers: str):  # type: ignore[no-untyped-def]
    return BytesParser(policy=policy.default).parsebytes(raw(headers))


@pytest.mark.parametrize(
    ("headers", "envelope", "expected"),
    [
        ("From: a@x.org\nAuto-Submitted: auto-replied", "a@x.org", "auto-submitted: auto-replied"),
        ("From: a@x.org\nAuto-Submitted: auto-generated; owner-email=x", "a@x.org", "auto-submitted: auto-generated"),
        ("From: a@x.org\nAuto-Submitted: no", "a@x.org", None),
        ("From: a@x.org\nPrecedence: junk", "a@x.org", "precedence: junk"),
        ("From: a@x.org\nPrecedence: first-class", "a@x.org", None),
        ("From: MAILER-DAEMON@mx.x.org", "x@x.org", "sender is mailer-daemon"),
        ("From: Postmaster <postmaster@x.org>", "x@x.org", "sender is postmaster"),
        ("From: a@x.org", "", "null envelope sender (bounce)"),
        ("From: a@x.org", "a@x.org", None),
    ],
)
def test_is_auto_submitted(headers: str, envelope: str, expected: str | None) -> None:
    msg = parsed(headers)
    sender = parse_email(raw(headers), NOW, envelope).sender
    assert is_auto_submitted(msg, sender, envelope) == expected


def test_message_ids_in_order() -> None:
    assert message_ids("<a@x> <b@y>\n <c@z>") == ["<a@x>", "<b@y>", "<c@z>"]
    assert message_ids(None) == []


def test_reply_threads_on_in_reply_to_and_references() -> None:
    msg = parse_email(
        raw("From: Ann <Ann@Example.org>\nSubject: Re: x\nMessage-ID: <m2@x>\nIn-Reply-To: <m1@cme>\n"
            "References: <m0@x> <m1@cme>"),
        NOW,
    )
    assert msg.source_id == "<m2@x>"
    assert msg.thread_refs == ["<m1@cme>", "<m0@x>"]
    assert msg.sender == "ann@example.org"
    assert msg.sender_name == "Ann"
    assert msg.reply_to["address"] == "ann@example.org"


def test_message_without_id_gets_a_stable_one() -> None:
    data = raw("From: a@x.org\nSubject: no id")
    assert parse_email(data, NOW).source_id == parse_email(data, NOW).source_id
    assert parse_email(data, NOW).source_id != parse_email(data + b"!", NOW).source_id


def test_html_only_mail_is_read_as_text() -> None:
    data = raw(
        "From: a@x.org\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8",
        "<html><head><style>p{}</style></head><body><p>Child: Mali Owen</p><p>Age: 9 &amp; well</p></body></html>",
    )
    text = parse_email(data, NOW).text
    assert "Child: Mali Owen" in text
    assert "Age: 9 & well" in text
    assert "<p>" not in text and "p{}" not in text


def test_unknown_charset_does_not_lose_the_message() -> None:
    data = raw("From: a@x.org\nContent-Type: text/plain; charset=x-no-such-charset", "Plentyn: Gwen")
    msg = parse_email(data, NOW)
    assert "Plentyn: Gwen" in msg.text


def test_forwarded_message_is_read_after_the_covering_note() -> None:
    inner = "From: pc@heddlu.example\nSubject: Boy seen\n\nBoy named Ifan seen in town."
    data = (
        "From: a@x.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
        "--XX\nContent-Type: text/plain\n\nPlease see below.\n"
        "--XX\nContent-Type: message/rfc822\n\n" + inner + "\n--XX--\n"
    ).encode()
    text = parse_email(data, NOW).text
    assert text.index("Please see below.") < text.index("Boy named Ifan seen in town.")
    assert "Subject: Boy seen" in text


def test_flowed_text_is_read_as_written() -> None:
    # RFC 3676: a line ending in a space runs on; "-- " stays a line; quoted lines join only at their own depth
    body = (
        "Tomos lives with his mum, \r\nSian Ffug, at 4 Stryd Ffug.\r\n\r\n-- \r\nAnn\r\n"
        "> Earlier note about \r\n> Tomos.\r\n"
    )
    data = raw("From: a@x.org\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8; format=flowed", body)
    text = parse_email(data, NOW).text
    assert "Tomos lives with his mum, Sian Ffug, at 4 Stryd Ffug." in text
    assert "\n-- \nAnn" in text
    assert "> Earlier note about Tomos." in text
    # DelSp=yes: the space before the break was added by the wrapper and goes
    data = raw("From: a@x.org\nContent-Type: text/plain; format=flowed; delsp=yes", "Ffug\r\nson lives here.")
    assert "Ffugson lives here." in parse_email(data.replace(b"Ffug\r", b"Ffug \r"), NOW).text
    # Without format=flowed a trailing space is just a space: lines stay as sent
    data = raw("From: a@x.org\nContent-Type: text/plain", "his mum, \r\nSian Ffug")
    assert "mum, Sian" not in parse_email(data, NOW).text


def test_garbage_is_still_a_message() -> None:
    msg = parse_email(b"\x00\xff\xfe not mail at all \r\n\r\n\x80", NOW)
    assert msg.channel == "email"
    assert msg.source_id


def test_every_corpus_message_parses() -> None:
    for path in corpus_messages():
        msg = parse_email(path.read_bytes(), NOW)
        assert msg.source_id, path


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Boy not in school", "Re: Boy not in school [CME-2026-00042]"),
        ("RE: Re: Boy not in school", "Re: Boy not in school [CME-2026-00042]"),
        ("Re: Boy not in school [CME-2026-00042]", "Re: Boy not in school [CME-2026-00042]"),
        (None, "Re: [CME-2026-00042]"),
    ],
)
def test_reply_subject(original: str | None, expected: str) -> None:
    assert reply_subject(original, "CME-2026-00042") == expected


def test_outgoing_mail_threads_and_declares_itself_automatic() -> None:
    msg = build_email({
        "from": "cme@x.gov.wales", "to": "pc@heddlu.example", "subject": "Re: x [CME-2026-00001]",
        "text": "Diolch", "message_id": "<r1@x.gov.wales>", "in_reply_to": "<m1@heddlu>",
        "references": ["<m0@heddlu>", "<m1@heddlu>"],
    })
    assert msg["In-Reply-To"] == "<m1@heddlu>"
    assert msg["References"] == "<m0@heddlu> <m1@heddlu>"
    assert msg["Auto-Submitted"] == "auto-replied"
