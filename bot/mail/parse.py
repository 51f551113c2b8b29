"""Turning a raw email into the channel-neutral InboundMessage. Never raises: bad MIME is stored, marked."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

from intake.messages import InboundMessage

_MSGID_RE = re.compile(r"<[^<>\s]+>")
# Senders that are machines answering machines: never reply to them.
_DAEMON_LOCALPARTS = {"mailer-daemon", "postmaster"}


def safe_header(msg: Message, name: str) -> str | None:
    """A header as text, or None; malformed headers give their raw text rather than an exception."""
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - the email package raises many kinds of error on bad headers
        value = None
        for key, raw in msg.raw_items() if hasattr(msg, "raw_items") else []:
            if key.lower() == name.lower():
                value = raw
                break
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def message_ids(value: str | None) -> list[str]:
    """The <message-id>s in an In-Reply-To or References header, in order."""
    return _MSGID_RE.findall(value or "")


def message_id_of(msg: Message, raw: bytes) -> str:
    """The Message-ID, or a stable one made from the bytes so that a resend is still a duplicate."""
    ids = message_ids(safe_header(msg, "Message-ID"))
    if ids:
        return ids[0]
    return f"<{hashlib.sha256(raw).hexdigest()}@no-message-id.cme-intake>"


def is_auto_submitted(msg: Message, sender: str | None, envelope_sender: str | None) -> str | None:
    """Why no reply may go to this message (RFC 3834), or None when a person can be answered."""
    auto = (safe_header(msg, "Auto-Submitted") or "").lower()
    if auto and not auto.startswith("no"):
        return f"auto-submitted: {auto.split(';')[0]}"
    precedence = (safe_header(msg, "Precedence") or "").lower()
    if precedence in {"bulk", "junk", "list"}:
        return f"precedence: {precedence}"
    if safe_header(msg, "X-Autoreply") or safe_header(msg, "X-Autorespond"):
        return "autoreply header"
    if envelope_sender is not None and envelope_sender.strip("<> ") == "":
        return "null envelope sender (bounce)"
    localpart = (sender or "").partition("@")[0].lower()
    if localpart in _DAEMON_LOCALPARTS:
        return f"sender is {localpart}"
    if msg.get_content_type() == "multipart/report":
        return "delivery or disposition report"
    return None


def _decode_part(part: Message) -> str:
    """A text part's content, whatever its charset claims; unknown charsets fall back with replacement."""
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else None
        if isinstance(content, str):
            return content
    except Exception:  # noqa: BLE001 - LookupError for odd charsets, and worse for broken encodings
        pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "replace")
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def unflow(text: str, delsp: bool = False) -> str:
    """A format=flowed body (RFC 3676) as its sender wrote it: a line ending in a space runs on into the next.

    Mail clients that send flowed text wrap every paragraph at about 72 characters; left wrapped, "lives with
    her mum,\nSarah" splits a sentence the extractor reads. Quote depth is kept: lines only join their own
    depth's. The signature separator "-- " is a hard break.
    """
    out: list[str] = []
    joining = False
    depth_of_open = 0
    for line in re.split(r"\r\n|\r|\n", text):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space-stuffing (a leading space added so "From " or ">" is not misread)
        if joining and depth == depth_of_open:
            out[-1] += body
        else:
            out.append(">" * depth + (" " if depth else "") + body)
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            out[-1] = out[-1][:-1]
        joining, depth_of_open = soft, depth
    return "\n".join(out)


class _TextFromHTML:
    """Just enough HTML to text: block elements become line breaks, tags and scripts go."""

    _drop = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.S | re.I)
    _breaks = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d|p|div|tr|li)\b[^>]*>", re.I)
    _tags = re.compile(r"<[^>]+>")

    @classmethod
    def convert(cls, markup: str) -> str:
        text = cls._drop.sub("", markup)
        text = cls._breaks.sub("\n", text)
        text = html.unescape(cls._tags.sub("", text))
        lines = [" ".join(line.split()) for line in text.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def body_text(msg: Message) -> str:
    """The readable text of a message: plain parts first, HTML only where there is no plain text.

    Forwarded messages attached as message/rfc822 are read too, after the covering note.
    """
    plain: list[str] = []
    htmls: list[str] = []
    attached: list[str] = []
    parts = msg.walk() if msg.is_multipart() else [msg]
    for part in parts:
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            for inner in part.get_payload() or []:
                if isinstance(inner, Message):
                    attached.append(_forward_header(inner) + body_text(inner))
            continue
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        if disposition == "attachment":
            continue
        if ctype == "text/plain":
            text = _decode_part(part)
            if str(part.get_param("format") or "").lower() == "flowed":
                text = unflow(text, str(part.get_param("delsp") or "").lower() == "yes")
            plain.append(text)
        elif ctype == "text/html":
            htmls.append(_TextFromHTML.convert(_decode_part(part)))
    chosen = plain if any(p.strip() for p in plain) else htmls
    return "\n\n".join([*(c.strip() for c in chosen), *attached]).strip()


def _forward_header(inner: Message) -> str:
    lines = ["---------- Forwarded message ----------"]
    for name in ("From", "Date", "Subject"):
        value = safe_header(inner, name)
        if value:
            lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n\n"


def parse_email(
    raw: bytes, received_at: datetime, envelope_sender: str | None = None
) -> InboundMessage:
    """The InboundMessage for raw RFC 5322 bytes. Malformed mail is still returned, with parse_error set."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # noqa: BLE001
        return InboundMessage(
            channel="email",
            source_id=f"<{hashlib.sha256(raw).hexdigest()}@unparseable.cme-intake>",
            received_at=received_at,
            sender=envelope_sender,
            text=raw.decode("utf-8", "replace")[:100_000],
            parse_error=f"{type(exc).__name__}: {exc}",
            raw=raw,
        )
    errors: list[str] = []
    name, address = _sender(msg, envelope_sender)
    try:
        text = body_text(msg)
    except Exception as exc:  # noqa: BLE001
        errors.append(f"body: {type(exc).__name__}: {exc}")
        text = raw.decode("utf-8", "replace")
    defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    if defects:
        errors.append("defects: " + ", ".join(sorted(set(defects))))
    message_id = message_id_of(msg, raw)
    references = message_ids(safe_header(msg, "References"))
    in_reply_to = message_ids(safe_header(msg, "In-Reply-To"))
    reply_address = _first_address(safe_header(msg, "Reply-To")) or address
    subject = safe_header(msg, "Subject")
    return InboundMessage(
        channel="email",
        source_id=message_id,
        received_at=received_at,
        sender=address,
        sender_name=name,
        subject=subject,
        text=text,
        thread_refs=[*in_reply_to, *(r for r in references if r not in in_reply_to)],
        reply_to={
            "address": reply_address,
            "message_id": message_id,
            "references": references,
            "subject": subject,
        },
        auto_reason=is_auto_submitted(msg, address, envelope_sender),
        parse_error="; ".join(errors) or None,
        raw=raw,
    )


def _first_address(value: str | None) -> str | None:
    if not value:
        return None
    for _name, addr in getaddresses([value]):
        if "@" in addr:
            return addr
    return None


def _sender(msg: Message, envelope_sender: str | None) -> tuple[str | None, str | None]:
    name, from_address = parseaddr(safe_header(msg, "From") or "")
    address = from_address if "@" in from_address else (envelope_sender or "").strip("<>")
    return (name or None), (address.lower() or None)
