"""Where the sender signs off: signature blocks hold the referrer, not the child."""

from __future__ import annotations

import re

from nlp.prepare import FORWARD_MARK

# The words people sign off with (matched without regard to case).
SIGN_OFF_WORDS = (
    r"(?:Kind regards|Warm regards|Best regards|Regards|Many thanks|Thanks(?: again)?|Thank you|Best wishes"
    r"|With (?:best|kind|many) (?:wishes|thanks)|Best|Cheers|Diolch(?: yn fawr)?(?: iawn)?|Cofion(?: gorau)?"
    r"|Yours (?:sincerely|faithfully|truly)|Yn gywir|Ta|Sincerely|Respectfully|Take care)\b"
)
_SIGN_OFF = re.compile(
    rf"^[ \t]*{SIGN_OFF_WORDS}"
    r"[ \t]*[,.!]?(?:[ \t]*[-–,]?[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z(][\w'’()-]*){0,3})?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_RANK_LINE = re.compile(r"^[ \t]*(?:PCSO|PC|DC|DS|DI|DCI|Sgt|Insp|Det)\b[^\n]{0,40}$", re.MULTILINE)
_JOB_WORDS = re.compile(
    r"\b(?:Officer|Manager|Worker|Headteacher|Head of|Lead|Adviser|Advisor|Nurse|Visitor|Coordinator|Co-ordinator"
    r"|Caseworker|Team|Service|Assistant|Administrator|Teacher|Consultant|Practitioner|Clerk|Secretary|Director"
    r"|Partner|Support|Deputy|Swyddog|Gweithiwr|Cynghorydd|Nyrs|Rheolwr)\b"
)


def signature_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges of signature blocks (one per message part)."""
    zones = []
    part_start = 0
    bounds = [m.start() for m in re.finditer(re.escape(FORWARD_MARK), text)] + [len(text)]
    for part_end in bounds:
        start = _signature_start(text, part_start, part_end)
        if start is not None:
            zones.append((start, _signature_end(text, start, part_end)))
        part_start = part_end + len(FORWARD_MARK)
    return zones


# Prose again after a sign-off: a pasted letter's "Yours sincerely, X" inside a Slack message, then the sender's
# own words, in lower case ("poppy's dob is 30/01/2016. her brother ...").
# (not a signature's own "on behalf of Dr Ffug" line)
_PROSE_LINE = re.compile(
    r"^[ \t]*(?!(?:for[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of\b)[a-z][^\n]*(?:\s+\S+){5,}", re.MULTILINE
)


def _signature_end(text: str, start: int, end: int) -> int:
    prose = _PROSE_LINE.search(text, text.find("\n", start) + 1 if "\n" in text[start:end] else end, end)
    return prose.start() if prose else end


def _signature_start(text: str, start: int, end: int) -> int | None:
    body = text[start:end]
    threshold = len(body) * 0.4
    offs = [m for m in _SIGN_OFF.finditer(body) if m.start() >= threshold or len(body) - m.start() < 400]
    if offs:
        return start + offs[0].start()
    # A short last line "Gwen, Llanwonno Primary" or "Sara (office)": a Slack sign-off.
    last = re.search(r"\n([A-Z][a-z]+(?:,| -| \()[^\n]{2,50})\s*$", body)
    if last and re.search(r"Primary|School|Ysgol|Comp|College|Academy|office|FEO|DSL|Attendance", last.group(1)):
        return start + last.start(1)
    ranks = [m for m in _RANK_LINE.finditer(body) if m.start() >= threshold]
    if ranks:
        return start + ranks[0].start()
    # A bare name line after a blank line, with a job title on the next line.
    for m in re.finditer(r"\n\n([^\n]{3,40})\n([^\n]{3,80})", body):
        if m.start() >= threshold and _JOB_WORDS.search(m.group(2)) and ":" not in m.group(1):
            return start + m.start(1)
    return None
