"""Text preparation: what the extractor reads, with quoted replies, disclaimers and markup removed.

Forwarded mail is kept (the referral is often inside it); quoted earlier replies are dropped.
"""

from __future__ import annotations

import html
import re

FORWARD_MARK = "---------- Forwarded message ----------"

_SLACK_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_SLACK_CHANNEL = re.compile(r"<#C[A-Z0-9]+\|([^>]*)>")
_SLACK_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")
_SLACK_LINK = re.compile(r"<((?:https?|mailto|tel):[^|>]+)(?:\|([^>]*))?>")
_EMOJI = re.compile(r"(?<![\w:]):[a-z0-9_+\-']*[a-z][a-z0-9_+\-']*:(?!\w)")
_EMOJI_BETWEEN = re.compile(rf"(?<=[A-Za-z0-9])[ \t]+{_EMOJI.pattern}(?=[ \t]+[A-Z])")
_SLACK_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_SLACK_ITALIC = re.compile(r"(?<![\w_])_([^_\n]+)_(?![\w_])")

_HTML_HINT = re.compile(r"<(?:html|body|div|p|br|table|span)\b", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<\s*(?:br|/p|/div|/tr|/li|/h\d)\s*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^>]+>")
_HTML_DROP = re.compile(r"<(script|style|head)\b.*?</\1>", re.IGNORECASE | re.DOTALL)

# Lines from which everything below is an earlier message (a reply's quote or a forward).
_FORWARD_START = re.compile(
    # "--- Forwarded letter ---", "----- Forwarded email -----" too
    r"^\s*(?:-{3,}\s*Forwarded\s+(?:message|letter|email|e-mail|note|text)\s*-{3,}|Begin forwarded message:"
    r"|-{3,}\s*Original Message\s*-{3,}"
    r"|_{5,})\s*$",
    re.IGNORECASE,
)
_WROTE = re.compile(r"^\s*(?:On\s.{5,200}\swrote:|Ar\s.{5,200}\sysgrifennodd.*:)\s*$", re.IGNORECASE)
# The display name of a forwarded message's "From:" header, kept as a line of its own after the forward mark.
_FROM_NAME = re.compile(r"^\s*>?\s*(?:From|Oddi wrth)\s*:\s*\"?([^<\"\n\[]+?)\"?\s*(?:[<\[].*)?$", re.IGNORECASE)
FORWARD_FROM = "From: "
_HEADER = re.compile(r"^\s*>?\s*(?:From|Sent|To|Cc|Date|Subject|Oddi wrth|Anfonwyd|At|Pwnc)\s*:", re.IGNORECASE)

# Boilerplate that never carries referral facts: disclaimers, language statements, mobile footers.
_DISCLAIMER = re.compile(
    r"^\s*(?:This (?:e-?mail|message)\b.*(?:confidential|intended|privileged)"
    r"|The information (?:in|contained in) this (?:e-?mail|message)"
    r"|Mae'?r neges\b|Gall y neges\b|Rydym yn croesawu\b|We welcome correspondence\b"
    r"|.*welcomes correspondence in Welsh|Mae Cyngor .* croesawu"
    r"|Any views expressed\b|If you (?:are not|have received)\b|Sent from (?:my|Outlook|Mail)\b"
    r"|Anfonwyd o\b|Please consider the environment|Registered Charity\b|Elusen Gofrestredig"
    r"|OFFICIAL(?:-SENSITIVE)?\s*$|CONFIDENTIAL\s*-|Get Outlook for)",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^\s*(?:[-_=*~]\s*){5,}\s*$")


def html_to_text(text: str) -> str:
    """Plain text of an HTML-only mail body."""
    text = _HTML_DROP.sub("", text)
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    return html.unescape(text)


def decode_slack(text: str) -> str:
    """Slack's own markup to plain text: mentions, links, entities, emoji, bold and code fences."""
    text = _SLACK_MENTION.sub("", text)
    text = _SLACK_CHANNEL.sub(r"#\1", text)
    text = _SLACK_SPECIAL.sub(r"@\1", text)
    text = _SLACK_LINK.sub(lambda m: m.group(2) or m.group(1).split(":", 1)[-1], text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    # An emoji between words ends what came before ("from Cefn Ffug High :face_with_rolling_eyes: Andrei Ffug (Yr 8)
    # left us"): a full stop keeps the school's name and the child's apart.
    text = _EMOJI_BETWEEN.sub(".", text)
    text = _EMOJI.sub("", text)
    text = text.replace("```", "")
    text = _SLACK_BOLD.sub(r"\1", text)
    text = _SLACK_ITALIC.sub(r"\1", text)
    # Slack block quotes ("> text") are part of what the sender is passing on.
    text = re.sub(r"^&gt;\s?|^>\s?", "", text, flags=re.MULTILINE)
    return text


# "FW: ...", "Fwd: ...": a subject forwarded with its message
FORWARDED_SUBJECT = re.compile(r"\s*fwd?\s*:", re.IGNORECASE)


def _is_forward(head: str, subject: str | None, marker: str) -> bool:
    if subject and FORWARDED_SUBJECT.match(subject):
        return True
    if re.search(r"forward", marker, re.IGNORECASE):
        return True
    return bool(re.search(r"\bforward|see (?:the )?(?:e-?mail|message|below)|details below", head, re.IGNORECASE))


def strip_quoted(text: str, subject: str | None = None, keep_quoted: bool = False) -> str:
    """Drop quoted earlier replies; keep forwarded messages, unquoted, behind a forward mark.

    With keep_quoted (a first report, not a reply to our questions) a quoted earlier message is kept like a
    forward: the facts it states about the child are still the report's."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        starts_quote = _FORWARD_START.match(line) or _WROTE.match(line)
        outlook_header = (
            _HEADER.match(line)
            and re.match(r"\s*>?\s*From\s*:", line, re.IGNORECASE)
            and i + 1 < len(lines)
            and _HEADER.match(lines[i + 1])
        )
        quote_block = line.lstrip().startswith(">")
        if starts_quote or outlook_header or quote_block:
            if not keep_quoted and not _is_forward("\n".join(out), subject, line):
                break  # a reply's quote: nothing below is new
            out.append(FORWARD_MARK)
            i += 1 if starts_quote else 0
            # Skip the forwarded message's header lines, all but the writer's name: a parent's forwarded email
            # is often signed with a first name alone.
            while i < len(lines) and (_HEADER.match(lines[i]) or not lines[i].strip().strip(">").strip()):
                writer = _FROM_NAME.match(lines[i])
                if writer and "@" not in writer.group(1):
                    out.append(f"{FORWARD_FROM}{writer.group(1).strip()}")
                i += 1
            rest = _unwrap([re.sub(r"^\s*(?:>[ \t]?)+", "", rest) for rest in lines[i:]])
            # A chain forwards a chain: the earlier messages inside this one are marked and read the same way.
            out.append(strip_quoted("\n".join(rest), subject, keep_quoted=True))
            break
        out.append(line)
        i += 1
    return "\n".join(out)


# A line that starts a new item, not the rest of a sentence: a bullet, a number or a "Label:".
_ITEM_LINE = re.compile(r"^\s*(?:[-•*>]|\d+[.)]|[A-Z][\w /'’()-]{0,30}:)")

_COLUMNS = re.compile(r"\S(?:[ ]{3,}|\t)\S")
# A line that starts a child's row: a full name, then the date of birth (one word alone, as in "Maja\nFfug, DOB 21st
# Nov 2035", ends a wrapped line)
_NAME_THEN_DOB = re.compile(
    r"[ \t]*(?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+[ \t]*[,(-]?[ \t]*(?:DOB|D\.O\.B|dob|born)\b"
)
_CELL_DASH = re.compile(r"\S[ \t]+[-–|][ \t]+\S")


def _unwrap(lines: list[str]) -> list[str]:
    """Join a quoted paragraph that a mail client wrapped at about 72 characters: a long line that ends mid-
    sentence runs on into the next ("living with their maternal grandmother,\nEirlys Ffug, and ..."). The newline
    becomes a space, so the text keeps its length."""
    out: list[str] = []
    previous = ""
    for line in lines:
        wrapped = len(previous) >= 55 and not re.search(r"[.:!?]\s*$", previous)
        # Rows of a pasted list line their columns up with runs of spaces ("FFUGSON Ela     DOB 3rd Dec 2014") or
        # set them off with dashes ("Zofia Ffug - DOB 2031-05-09 - UPN ... - yours").
        # ... or start with the name and its date of birth ("Tia-Rose FFUG, DOB 01.04.2037, previously Year 1 at")
        row = (
            (_COLUMNS.search(line) and _COLUMNS.search(previous))
            or (len(_CELL_DASH.findall(line)) >= 2 and len(_CELL_DASH.findall(previous)) >= 2)
            or _NAME_THEN_DOB.match(line)
        )
        if out and wrapped and line.strip() and not _ITEM_LINE.match(line) and not row:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out


def strip_disclaimers(text: str) -> str:
    """Remove disclaimer paragraphs, rules and mobile footers."""
    kept = []
    for line in text.split("\n"):
        if _DISCLAIMER.match(line) or _RULE_LINE.match(line):
            continue
        kept.append(line.rstrip())
    text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# A printed form's dot leaders between a label and its value: "Child's full name: ......... Daria Ffug", "Date of
# birth .......: 07/03/2013". The value is read as if written after the colon.
_DOT_LEADER = re.compile(r"(?m)^([^\n:.]{1,60}?)(?::[ \t]*(?:\.{3,}|…+|_{3,})|[ \t]*(?:\.{3,}|…+)[ \t]*:)[ \t]*(?=\S)")


# A date typed with spaces round its strokes, as some systems export it: "23 / 08 / 2017" is read as "23/08/2017".
_SPACED_DATE = re.compile(r"\b(\d{1,2})[ \t]+([/.-])[ \t]+(\d{1,2})[ \t]+\2[ \t]+((?:19|20)\d{2})\b")


def prepare_text(text: str, channel: str = "email", subject: str | None = None, keep_quoted: bool = False) -> str:
    """The text the extractor reads: markup decoded, quotes (unless keep_quoted) and disclaimers removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if channel == "slack":
        text = decode_slack(text)
    elif _HTML_HINT.search(text):
        text = html_to_text(text)
    if channel != "slack":
        text = strip_quoted(text, subject, keep_quoted)
    text = strip_disclaimers(text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = _SPACED_DATE.sub(r"\1\2\3\2\4", text)
    return _DOT_LEADER.sub(r"\1: ", text)
