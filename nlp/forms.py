"""Children named in the forms, rows and tables that referrals paste in: "Surname: / Forename:" blocks,
"Name: SURNAME, Forename", numbered or lettered rows written surname first, and tables with a header row.

Each reader gives (name, start, end) with the span of the forename as written; `find_children` decides which
rows are children of the report (a row's date of birth may make it an adult's or a baby's)."""

from __future__ import annotations

import re

from nlp.lexicon import NOT_NAME
from nlp.names import display_name

# A label's end: a colon, or a run of spaces or a tab in a form laid out in columns ("Surname         FFUG").
_LABEL_END = r"(?:[ \t]*:|[ \t]{2,}|\t)[ \t]*"
_FORENAME = re.compile(
    rf"(?:Child's\s+)?(?:Legal\s+)?Fore-?names?(?:\(s\))?{_LABEL_END}([^\s,|]+(?:[ -][A-Z][a-z][^\s,|]*)?)",
    re.IGNORECASE,
)


def _label_row(text: str, m: re.Match[str]) -> bool:
    """A label with its colon, or a label set apart by spaces whose value ends the line: "Surname         FFUG",
    not a table's header "Surname        Forename  DOB"."""
    if ":" in m.group()[: m.start(1) - m.start()]:
        return True
    end = text.find("\n", m.end(1))
    return not text[m.end(1) : end if end >= 0 else len(text)].strip()


def label_children(text: str, zones: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Children named in form blocks: 'Surname: X ... Forename: Y' and 'Name: SURNAME, Forename'."""
    out = []
    surnames = (
        rf"(?<!Preferred )(?<!Previous )(?<!Former )(?:Child's\s+)?Surname{_LABEL_END}([^\s,|]+(?:[ -][A-Z][^\s,|]+)?)"
    )
    for m in re.finditer(surnames, text, re.IGNORECASE):
        if not _label_row(text, m):
            continue
        # The forename nearest the surname: the next line usually, the line before in some forms.
        lo, hi = max(0, m.start() - 200), m.end() + 200
        forenames = [f for f in _FORENAME.finditer(text, lo, hi) if _label_row(text, f)]
        if forenames:
            f = min(forenames, key=lambda x: abs(x.start() - m.start()))
            out.append((f"{f.group(1)} {display_name(m.group(1))}", f.start(1), f.end(1)))
    for m in _SURNAME_FIRST.finditer(text):
        if m.group(1):
            surname, forename, g = m.group(1), m.group(2), 2
        elif m.group(3):
            surname, forename, g = m.group(3), m.group(4), 4
        elif m.group(7):
            surname, forename, g = m.group(5) or m.group(6), m.group(7), 7
        else:
            surname, forename, g = m.group(8), m.group(9), 9
        # "PARENT/CARER\nName: FFUG, Andrei (father)": a name row in a section about the adults is no child's
        adults = in_adult_section(text, m.start(g))
        if forename.lower() not in NOT_NAME and surname.lower() not in NOT_NAME and not adults:
            out.append((f"{forename} {display_name(surname)}", m.start(g), m.end(g)))
    # "Forename(s) / Surname: Mason / Ffug"
    for m in _FORENAME_SLASH_SURNAME.finditer(text):
        out.append((f"{m.group(1)} {display_name(m.group(2))}", m.start(1), m.end(1)))
    out += _table_children(text)
    return [c for c in out if not any(s <= c[1] < e for s, e in zones)]


# "Name: SURNAME, Forename", "Pupil: Sousa, Beatriz", "1. HARRISON, Mason   DOB 11/07/2017"
_SURNAME_FIRST = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?"
    r"(?i:Name|Pupil(?:\s+name)?|Child|Student|Learner|Young\s+person|Subject|MISPER|Missing\s+person)\s*:\s*"
    # ... "Name: FFUG, Hoi Ying (Chloe)": a given name of two short syllables is one name (not "FFUGES, Cai Dafydd",
    # a forename and a middle name)
    r"([A-Z][\w'’-]+),[ \t]*((?![A-Z][a-z]{1,3}[ \t](?:Year|Age|Born|Male|Dob|Class)\b)"
    r"[A-Z][a-z]{1,3}[ \t][A-Z][a-z]{1,3}(?![\w'’-])|[A-Z][\w'’-]+)"
    # "Name:      FFUG Yuxuan (known as Ethan)", "Name (as given): FFUG Van Minh": the surname in capitals, no comma
    # ... "Legal name: FFUG Yuxin (known as Lucy)"
    r"|(?:^|\n)[ \t]*(?:(?:Legal|Full)[ \t]+name|Name|Pupil(?:\s+name)?|Child|Student|Learner)"
    r"(?:[ \t]*\([^)\n]{1,20}\))?\s*:\s*"
    r"([A-Z][A-Z'’-]+)[ \t]+"
    r"([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?)\b"
    # "1. HARRISON, Mason  DOB ...", "THOMAS, Jac (Y6)  DOB ...", a PPN's "C1  HOLLAND Jayden  DOB ..."
    # and "(a) FFUGHES-PARRY, Alfie    DOB ..."
    r"|(?:^|\n|(?<=:)[ \t])[ \t]*"
    # "1. Kowalczyk, Filip - born ...": in a numbered list the surname may be written in lower case
    r"(?:(?:(?:\d{1,2}|\(?[a-z]\))[.)]?[ \t]*)?([A-Z][A-Z'’-]+|(?<=[.)][ \t])[A-Z][a-z][\w'’-]+),"
    r"|C\d{1,2}[ \t]+([A-Z][A-Z'’-]+))"
    r"[ \t]*([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?)"  # "OWEN, Gethin Wyn    DOB ..."
    r"(?=[ \t]*(?:[-–—,|][ \t]*)?(?:[MF][ \t]+)?"  # "GILL, Jasleen    | DOB ..."
    r"(?:\(?(?:DOB|D\.O\.B)|born|\d|\((?:Y|Yr|Year|Bl)|(?:Y|Yr|Year|Bl)\.?[ \t]?\d))"  # "1. FFUG, Kai (DOB ..."
    # "FFUGSON Kwame (DOB 3 Jan 2015)", "FFUGÁROVÁ Nikola - DOB ...": a capitals surname first, no comma, before a DOB
    # "FFUGYEN Van Minh, claimed DOB ...", "FFUGSON Rhodri   aged 7 - Y2"
    # "1. CHEN Yuxuan (known as Ava), DOB 16/09/2034": numbered, with an aside before the date
    r"|(?:^|\n)[ \t]*(?:[-•*][ \t]*|(?:\d{1,2}|\(?[a-z])[.)][ \t]*)?([A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,})"  # "a) FFUG Yasir, DOB"
    r"[ \t]+([A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?)"
    r"(?=[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—,][ \t]*)?\(?[ \t]*"
    r"(?:(?:claimed|stated|given|alleged|reported)[ \t]+)?"
    r"(?:DOB|D\.O\.B|born|aged?[ \t]+\d)\b"
    r"|[ \t]*[-–—][ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)"  # "STOICA Florin Andrei - 12.04.2034"
)
_FORENAME_SLASH_SURNAME = re.compile(
    r"(?im)^[ \t]*(?:child'?s?\s+)?fore-?names?(?:\(s\))?[ \t]*/[ \t]*surname[ \t]*:[ \t]*"
    r"([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]*/[ \t]*([A-Z][\w'’-]+)"
)
# A pasted table whose header names its columns: "Surname   Forename   DOB" or "| Forename | Surname |".
_TABLE_HEAD = re.compile(
    # (after a cell or two: "UPN\tSurname\tForename\tDOB")
    r"(?im)^[ \t|]*(?:[^\t|\n]{1,20}(?:[ \t]*\|[ \t]*|\t)){0,2}"
    r"(?:(?:legal\s+)?surname|(?:legal\s+)?fore-?names?(?:\(s\))?|first\s+name)"
    r"(?:[ \t]*\|[ \t]*|\t|[ \t]{2,})"
    r"(?:(?:legal\s+)?surname|(?:legal\s+)?fore-?names?(?:\(s\))?|first\s+name)(?![\w(]).*$"  # "Forename(s)" too
    r"|^[ \t|]*(?:child|name|pupil|child's name|full name)(?:[ \t]*\|[ \t]*|\t|[ \t]{2,})[^\n]*\b(?:dob|age|born)\b.*$"
)
_NAME_COLUMN = re.compile(r"(?:child|name|pupil|child's name|full name)")
_CELL_SPLIT = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")


_SURNAME_COMMA = re.compile(r"([A-Z][\w'’-]+),[ \t]*([A-Z][\w'’-]+)")


def _cells(line: str) -> list[str]:
    """A table line's cells, padding trimmed: "| Ela      | Ffug |" gives ["Ela", "Ffug"]."""
    return [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|").strip())]


def _table_children(text: str) -> list[tuple[str, int, int]]:
    out = []
    for head in _TABLE_HEAD.finditer(text):
        cols = [c.lower() for c in _cells(head.group())]
        si = next((i for i, c in enumerate(cols) if "surname" in c), None)
        fi = next((i for i, c in enumerate(cols) if "fore" in c or "first" in c), None)
        if si is None or fi is None:
            ni = next((i for i, c in enumerate(cols) if _NAME_COLUMN.fullmatch(c)), None)
            if ni is None or not any(re.search(r"\b(?:dob|d\.o\.b|age|date of birth|born)\b", c) for c in cols):
                continue
            si = fi = ni  # the whole name in one cell
        ai = next((i for i, c in enumerate(cols) if re.search(r"\b(?:dob|d\.o\.b|age|date of birth|born)\b", c)), None)
        # the row's own relationship to the family, unless the table gives a contact's ("Contact 1 | Relationship")
        ri = next((i for i, c in enumerate(cols) if re.search(r"\b(?:relationship|relation|role)\b", c)), None)
        if any(re.search(r"contact|parent|carer|guardian", c) for c in cols):
            ri = None
        pos = head.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                break
            cells = _cells(line)
            if re.fullmatch(r"[\s|:+-]+", line):
                pos = end + 1
                continue  # a markdown rule under the header
            # A line of one cell under a header of several ("Contact: Stacey Ffug (mum)") ends the table.
            if len(cells) <= max(si, fi, 1) or not re.match(r"[A-Z]", cells[fi]):
                break
            if _not_a_childs_row(cells, ai, ri):
                pos = end + 1
                continue
            at = text.find(cells[fi], pos, end)
            name, name_at = cells[fi], at
            surname_first = _SURNAME_COMMA.fullmatch(name) if si == fi else None
            if surname_first:  # "Ffug, Brooke" in a Pupil column
                name = f"{surname_first.group(2)} {display_name(surname_first.group(1))}"
                name_at = at + surname_first.start(2)
            elif si != fi:
                name = f"{cells[fi]} {display_name(cells[si])}"
            # The span is the forename's: where the row's child is named.
            name_end = name_at + len(name.split()[0]) if surname_first else at + len(cells[fi])
            out.append((name, name_at, name_end))
            pos = end + 1
    return out


# A household table's row for an adult ("| Sharon Ffug | Applicant | 02/02/1998 |", "| Liam Ffug | Son | 19 |") or a
# baby ("| Nevaeh Ffug | Daughter | 20 months |"): no child of school age.
_ADULT_ROLE = re.compile(
    r"(?i)\b(?:applicant|mother|father|mum|mam|dad|partner|parent|carer|grand(?:mother|father)|aunt|uncle|adult"
    r"|husband|wife|step-?(?:mother|father|mum|dad)|lodger|tenant|self)\b"
)


def cell_years(cell: str) -> int | None:
    """A table cell that holds an age in years and nothing else: "19", "11 yrs"."""
    years = re.fullmatch(r"(\d{1,2})(?:[ \t]*(?:yrs?|years?))?", cell.strip())
    return int(years.group(1)) if years else None


def _not_a_childs_row(cells: list[str], age_col: int | None, role_col: int | None) -> bool:
    role = cells[role_col] if role_col is not None and role_col < len(cells) else ""
    age = cells[age_col] if age_col is not None and age_col < len(cells) else ""
    years = cell_years(age)
    return bool(
        _ADULT_ROLE.search(role)
        or years is not None and years >= 17
        or re.fullmatch(r"\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)", age.strip(), re.IGNORECASE)
    )


TableRow = tuple[int, int, dict[str, str]]


def table_rows(text: str) -> list[TableRow]:
    """Each row of a pasted table with a header: its span and its cells by lower-case column name, so that the
    carer, address and school a row gives are the child's of that row ("| Leila Ffug (mother) |", "Priority
    Contact / Rel", "Address / Postcode", "Primary School")."""
    return [row for rows in tables(text) for row in rows]


def tables(text: str) -> list[list[TableRow]]:
    """The rows of each pasted table with a header, table by table."""
    out: list[list[TableRow]] = []
    for head in _TABLE_HEAD.finditer(text):
        rows: list[TableRow] = []
        out.append(rows)
        cols = [c.lower() for c in _cells(head.group())]
        pos = head.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if re.fullmatch(r"[\s|:+-]+", line):
                pos = end + 1
                continue
            cells = _cells(line)
            if not line.strip() or len(cells) > len(cols) or len(cells) < 2:
                break
            cells += [""] * (len(cols) - len(cells))  # "| Sharon Ffug | Applicant | 02/02/1998 |": the last cells empty
            rows.append((pos, end, dict(zip(cols, cells, strict=True))))
            pos = end + 1
    return [rows for rows in out if rows]


# A form's section heading: "SECTION 2 - PARENTS / CARERS", "REFERRER DETAILS", "Parent/carer details:".
_SECTION_NUMBERED = re.compile(r"(?i)(?:section|part)[ \t]*(?:\d+[a-z]?|[A-H])\b")  # "SECTION 2", "SECTION B"
_SECTION_TITLED = re.compile(r"[A-Z][\w /&'’()-]{2,40}(?:\b(?i:details|information|info)[ \t]*:?|:)")
# Sections about the adults around a child, whose "Name:" rows are never the child's.
_ADULT_SECTION = re.compile(
    r"(?i)\b(?:parents?|carers?|referr(?:er|ers|ing)|adults?|professionals?|agency|agencies|contacts?|GP|perpetrator|suspect"
    r"|informant|mother|father|next of kin|person making)\b"
)
_CHILD_SECTION = re.compile(r"(?i)\b(?:child|children|young person|pupil|learner|subject|missing|sibling)")


def section_heading(text: str, pos: int) -> str | None:
    """The heading of the form section the position is in, if the lines above it give one within 30 lines."""
    lines = text[: text.rfind("\n", 0, pos) + 1].split("\n")
    for line in reversed(lines[-31:]):
        s = line.strip(" \t=*#_|-–")
        if not s or re.search(r":[ \t]*\S", s) and not _SECTION_NUMBERED.match(s):
            continue  # a blank line or a "Label: value" row
        if (
            _SECTION_NUMBERED.match(s)
            or (s.isupper() and len(re.findall(r"[A-Z]", s)) >= 4)
            or _SECTION_TITLED.fullmatch(s)
        ):
            return s
    return None


def is_heading(line: str) -> bool:
    """Whether a line is a form's section heading: "Student Basic Details", "SECTION 2 - PARENTS / CARERS"."""
    s = line.strip(" \t=*#_|-–")
    return bool(s) and bool(_SECTION_NUMBERED.match(s) or _SECTION_TITLED.fullmatch(s) and not s.endswith(":"))


def in_adult_section(text: str, pos: int) -> bool:
    """Whether the position sits in a form section about the adults: "SECTION 2 - PARENTS / CARERS"."""
    heading = section_heading(text, pos)
    return bool(heading and _ADULT_SECTION.search(heading) and not _CHILD_SECTION.search(heading))
