"""Forms pasted from a management information system (SIMS and the like) lose their colons: each label stands on
a line of its own above its value, or in a column beside it. Such a block is rewritten as "Label: value" lines,
the shape every reader understands, before anything is read.

    Legal Surname                        Legal Surname: RAHMAN
    RAHMAN                     ->        Medical Practice: Ffug Vale Medical Centre
    Medical Practice   Ffug Vale Medical Centre

The rewrite is only made where several such labels show the text is a form, so prose is left as written."""

from __future__ import annotations

import re

# The labels such exports use, whole: "Legal Forename", "Date of Birth", "Year Group", "Medical Practice".
_LABEL = (
    r"(?:(?:legal|preferred|child'?s|pupil'?s|former|previous)[ \t]+)?"
    r"(?:surname|fore-?names?(?:\(s\))?|first[ \t]+names?|last[ \t]+name|family[ \t]+name|given[ \t]+names?"
    r"|full[ \t]+name|name)"
    r"|gender|sex|date[ \t]+of[ \t]+birth|d\.?o\.?b\.?|age|upn|ulN"
    r"|(?:year|reg|registration|tutor|form)[ \t]+group|year|class|admission[ \t]+date|date[ \t]+of[ \t]+admission"
    r"|(?:home|current|main|last[ \t]+known)?[ \t]*address|post[ \t]?code"
    r"|medical[ \t]+practice|gp(?:[ \t]+(?:practice|surgery|name))?|doctor|surgery"
    r"|(?:current|previous|last|home)?[ \t]*school(?:[ \t]+attended)?"
    r"|(?:parent|carer|parent/carer|guardian|mother|father|main[ \t]+contact)(?:[ \t]+names?)?|relationship"
    r"|(?:priority|contact)[ \t]*\d|telephone|phone|mobile|ethnicity|(?:first|home)[ \t]+language|nationality"
    r"|religion|sen(?:[ \t]+status)?"
)
# "GP (if known)", "Parent/carer name and relationship", "School details"
_LABEL = rf"(?:{_LABEL})(?:[ \t]+(?:names?|and[ \t]+relationship|details|\([^)\n]{{1,20}}\)))*"
_LABEL_LINE = re.compile(rf"[ \t]*({_LABEL})[ \t]*", re.IGNORECASE)
# "Medical Practice   Ffug Vale Medical Centre": a label, a gap of three spaces or a tab, the value
_LABEL_COLUMN = re.compile(rf"([ \t]*(?:{_LABEL}))(?:[ \t]{{3,}}|\t[ \t]*)([^\s:].*)", re.IGNORECASE)
# "name – Ellie-Jo Ffug", "dob - 25.4.33": a quick post's labels set off by a dash instead of a colon
_LABEL_DASH = re.compile(rf"([ \t]*(?:{_LABEL}))(?:[ \t]+-|[ \t]*[–—])[ \t]+(\w.*)", re.IGNORECASE)
# An address runs over the lines after its label until a blank line or the next label.
_MULTILINE = re.compile(r"(?i).*\baddress$")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_ENOUGH = 3  # label lines that make a block a form


def read_form_layout(text: str) -> str:
    """The text with a pasted form's colon-less labels written "Label: value"."""
    lines = _child_columns(text.split("\n"))
    alone = {i for i, line in enumerate(lines) if _LABEL_LINE.fullmatch(line) and _is_value(lines, i + 1)}
    beside = {
        i: m
        for i, line in enumerate(lines)
        if (m := _LABEL_COLUMN.fullmatch(line) or _LABEL_DASH.fullmatch(line)) and not _is_label(m.group(2))
    }
    if len(alone) + len(beside) < _ENOUGH:
        return "\n".join(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in beside:
            out.append(f"{beside[i].group(1)}: {beside[i].group(2)}")
            i += 1
        elif i in alone:
            label = line.rstrip()
            value = [lines[i + 1].strip()]
            i += 2
            # ... until the line with the postcode, a blank line or the next label
            while (
                _MULTILINE.match(label) and i < len(lines) and _is_value(lines, i) and not _POSTCODE.search(value[-1])
            ):
                value.append(lines[i].strip())
                i += 1
            out.append(f"{label}: {', '.join(value)}")
        else:
            out.append(line)
            i += 1
    return "\n".join(out)


def _is_label(line: str) -> bool:
    return bool(_LABEL_LINE.fullmatch(line))


def _is_value(lines: list[str], i: int) -> bool:
    """Whether line i can be a value: there, not blank, not a label, not a rule of dashes."""
    return (
        i < len(lines)
        and bool(lines[i].strip())
        and not _is_label(lines[i])
        and not re.fullmatch(r"[\s=_-]+", lines[i])
    )


# "                     CHILD 1                          CHILD 2": a form with a column per child
_COLUMN_HEAD = re.compile(r"(?i)(?:child|pupil|sibling|young person)[ \t]*\d")


def _pipe_cells(line: str) -> list[str] | None:
    """A markdown table row's cells, or None: "| Surname | FFUG |" gives ["Surname", "FFUG"]."""
    row = line.strip()
    if not (row.startswith("|") and row.endswith("|") and len(row) > 2):
        return None
    return [c.strip() for c in row[1:-1].split("|")]


def _child_columns(lines: list[str]) -> list[str]:
    """A form written a column per child is rewritten a block per child, each row "Label: value"."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        piped = _pipe_cells(lines[i])
        heads = list(_COLUMN_HEAD.finditer(lines[i]))
        if piped and len(piped) >= 3 and all(_COLUMN_HEAD.fullmatch(c) for c in piped[1:]):
            i = _read_pipe_columns(lines, i, piped, out)
        elif len(heads) >= 2 and not _COLUMN_HEAD.sub("", lines[i]).strip(" \t:|"):  # heads and nothing else
            i = _read_spaced_columns(lines, i, heads, out)
        else:
            out.append(lines[i])
            i += 1
    return out


def _write_blocks(heads: list[str], rows: list[tuple[str, list[str]]], out: list[str]) -> None:
    for k, head in enumerate(heads):
        out.append(head)
        out += [f"{label}: {cells[k]}" for label, cells in rows if cells[k]]
        out.append("")


def _read_pipe_columns(lines: list[str], i: int, heads: list[str], out: list[str]) -> int:
    """"| Field | Child 1 | Child 2 |" and its rows "| Surname | FFUG | FFUG |"; the index after the table."""
    rows: list[tuple[str, list[str]]] = []
    i += 1
    while i < len(lines) and (cells := _pipe_cells(lines[i])):
        if len(cells) == len(heads) and not re.fullmatch(r"[-: ]*", "".join(cells)):
            rows.append((cells[0], cells[1:]))
        i += 1
    _write_blocks(heads[1:], rows, out)
    return i


def _read_spaced_columns(lines: list[str], i: int, heads: list[re.Match[str]], out: list[str]) -> int:
    """Columns set by spaces under "CHILD 1   CHILD 2"; a row's value that runs on to the next line (the label cell
    empty) is joined to it, and a row written across the columns is said of them all. The index after the form."""
    starts = [h.start() for h in heads]
    rows: list[tuple[str, list[str]]] = []
    shared: list[str] = []
    i += 1
    while i < len(lines) and lines[i].strip():
        line = lines[i]
        label = line[: starts[0]].strip()
        cells = [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line)], strict=True)]
        if any(0 < a < len(line) and not line[a - 1].isspace() and not line[a].isspace() for a in starts[1:]):
            shared.append(f"{label}: {line[starts[0] :].strip()}")  # a row across the columns: of them all
        elif not label and rows:
            rows[-1] = (rows[-1][0], [f"{v} {c}".strip() for v, c in zip(rows[-1][1], cells, strict=True)])
        elif label and not (cells[0] and not any(cells[1:]) and re.search(r"(?i)\b(?:both|all)\b", cells[0])):
            rows.append((label, cells))
        elif label:
            shared.append(f"{label}: {cells[0]}")  # "Child protection   CP plan - both children"
        i += 1
    _write_blocks([h.group() for h in heads], rows, out)
    out += shared
    return i


def join_wrapped_lines(text: str) -> str:
    """An email's sentence broken by the mailer's fixed width, where the next line plainly goes on with it: a long
    line, then one that starts in lower case ("... disclosed at her appointment today that\\nher daughter Ruby").
    Such a line is joined to the one before (length kept: the break becomes a space), so the sentence is read whole.
    Lines that start with a capital are left alone: a name, a list item or a new line of a form may start them."""
    out = list(text)
    for m in re.finditer(r"(?m)^([^\n]{50,})\n(?=[a-z])", text):
        line = m.group(1)
        if line.rstrip().endswith((":", ">")) or re.match(r"[ \t]*[-•*>|]", line):
            continue
        out[m.end(1)] = " "
    # A name cut in two: "... the social worker for Osian\nHopkins (11)", "with her mum Ewelina\nNowak and ...",
    # "Jaxon attends Penrhiwceiber\nPrimary": the break falls between capitalised words that plainly belong together.
    for m in _NAME_CUT.finditer(text):
        out[m.start("gap")] = " "
    for pos in _hard_wraps(text):
        out[pos] = " "
    return "".join(out)


def _hard_wraps(text: str) -> list[int]:
    """Where a mailer that wraps at a fixed width (72 or 76 characters) broke a line: the next line's first word
    would not have fitted on it. Only in a message that shows such a width: several lines that fill it."""
    lines = text.split("\n")
    width = max((len(line.rstrip()) for line in lines), default=0)
    if not 60 <= width <= 80 or sum(len(line.rstrip()) >= width - 12 for line in lines) < 3:
        return []
    breaks, pos = [], 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        pos += len(line)
        first = nxt.split(maxsplit=1)[0] if nxt.strip() else ""
        if (
            first
            and len(line.rstrip()) + 1 + len(first) > width
            and not line.rstrip().endswith(":")
            and not re.match(r"[ \t]*(?:[-•*>|]|\d+[.)][ \t])", nxt)
            and not line.lstrip().startswith(">")
        ):
            breaks.append(pos)
        pos += 1
    return breaks


_NAME_CUT = re.compile(
    r"(?m)^[^\n]{50,}?(?:\b(?:for|with|mum|mam|dad|Dr|Mrs|Mr|Ms|Miss|attends|at|to)[ \t]+)[A-Z][\w'’-]+(?P<gap>\n)"
    r"(?:[A-Z][\w'’-]+(?=[ \t]*\(\d{1,2}\)|[ \t]+and\b|,)"
    r"|(?:Primary|School|Comprehensive|High|Academy|Surgery|Medical|Health)\b)"
)
