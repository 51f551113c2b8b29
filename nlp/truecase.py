"""Text as people type it, made readable before extraction; every pass keeps the text's length, so spans still
point into it.

A message typed all in lower case ("his name is callum probert hes 12 ... 8 cwrt y felin") gives the name, address
and school readers no capitals to go on: `truecase` capitalises the words that stand where a name, a street or a
school stands, and nothing else. Forms go the other way, in capitals, or bilingual: `read_as_typed`."""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.lexicon import KIN_PATTERN, NOT_NAME, RELATIONSHIP, STREET_WORDS, WELSH_STREET_HEADS
from nlp.validators import POSTCODE_RE

# Words that follow a name in run-on writing and are never part of it.
_NOT_NAMEY = (
    set(STOP_WORDS)
    | {w.lower() for w in NOT_NAME}
    | {w for k in RELATIONSHIP for w in k.split()}
    | {
        "has", "had", "took", "taken", "turned", "turns", "lives", "lived", "living", "went", "goes", "going", "said",
        "says", "told", "tells", "moved", "hes", "shes", "theyre", "dont", "doesnt", "didnt", "aint", "cant", "wont",
        "isnt", "wasnt", "cos", "coz", "im", "ive", "ill", "til", "till", "since", "thinks", "think", "reckon", "got",
        "gets", "age", "aged", "year", "years", "old", "yrs", "new", "boyfriend", "boyfreind", "girlfriend", "partner",
        "fella", "bloke", "school", "kids", "kid", "child", "children", "boy", "girl", "lad", "son", "daughter",
        "next", "door", "house", "flat", "road", "street", "lane", "in", "at", "out", "still", "used", "stays",
        "staying", "hasnt", "havent", "ok", "okay", "lol", "pls", "please", "thanks", "ta", "x", "xx", "xxx",
        # verbs that follow a relative's word ("my sister works", "mum is called Tash")
        "works", "worked", "work", "called", "calls", "came", "comes", "come", "left", "takes", "take", "knows",
        "know", "knew", "wants", "want", "needs", "need", "helps", "help", "looks", "look", "rang", "rings", "phoned",
        "texted", "emailed", "sent", "asked", "asks", "does", "did", "done", "gone", "stayed", "kept", "keeps",
        "states", "reports", "caller", "informant", "theres", "thats", "whats", "heres", "its", "also",
        "hardly", "never", "always", "sometimes", "usually", "really", "probably", "maybe", "often", "rarely",
        # nouns that stand before a bracketed year group or count: "in my class (y2)", "the family (3)"
        "class", "form", "group", "tutor", "set", "family", "families", "siblings", "twins", "pupil", "pupils",
        "students", "student", "ones", "brothers", "sisters", "baby",
        # before a relative's word in a quick message: "older bro filip is yr9"
        "older", "younger", "big", "little", "lil", "eldest", "youngest",
    }
)
_WELSH_SMALL = {"y", "yr", "a", "ar", "dan", "uwch", "is", "pen"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_NAME_CUE = re.compile(
    rf"\b(?:(?:(?:his|her|their|there|the|my)\s+)?(?:names\s+are|name(?:'s|s|\s+is))|called|named|(?:{KIN_PATTERN})\s*(?:is|=|-|:|\()?"
    r"|(?:my|her|his|their|there)\s+(?:son|daughter|nephew|niece|grandson|granddaughter|boy|girl)"
    r"|(?:the|a)\s+(?:boy|girl|lad|lass|child|kid)(?:\s+is(?:\s+called)?)?"
    r"|\b(?:oldest|eldest|youngest|middle)(?:\s+(?:boy|girl|lad|one|child))?"  # "the oldest boy tyler"
    r"|\b(?:twins?|kids|children|siblings)\b[^()\n]{0,20}\("  # "the twins in yr 1 (alfie & archie)"
    r"|\b(?:y|yr|year|bl\.?)\s?\d{1,2}\s+(?:boy|girl|lad|lass|pupil|student)"  # "yr2 girl amara ffug"
    # "is there already a referral for ffion ffug?"
    r"|\b(?:referral|concerns?|worried|check(?:ing)?)\s+(?:for|on|about|re)|\bfyi)"
    r"(?:(?<=\()\s*|\s+)(?=[a-z])",
    re.IGNORECASE,
)
# "ava is 7", "jack just turned 10", "ruby aged 9": a word before an age is a child's first name.
# "kofi is yr6, ama yr3": or a year group.
_AGE_AFTER = re.compile(
    r"\b([a-z][a-z'’-]+)\s+(?:(?:is|just\s+turned|turned|aged|who\s+is|whos|who's|shes|hes|she['’]s|he['’]s)\s+\d{1,2}\b"
    r"|(?:is\s+(?:in\s+)?)?(?:y|yr|year)\s?\d{1,2}\b)"
)
# "(10)", "(yr11)", "(4, in reception)": an age or year group in brackets after a child's name.
_BRACKETED_AGE = re.compile(
    r"(?<=[a-z])[ \t]*\((?:\d{1,2}\b(?!\s*(?:months?|mths?|weeks?))|(?:y|yr|year|bl\.?)[ \t]?\d|reception)"
)
_HOUSE_NUMBER = re.compile(r"\b\d{1,4}[a-z]?\s+(?=[a-z])")
_STREET = re.compile(rf"^(?:{STREET_WORDS}|{WELSH_STREET_HEADS}|Cwrt|Tai|Bro|Parc)$", re.IGNORECASE)
_STREET_WORDS_LOWER = {w.lower() for w in re.findall(r"[^\W\d_]+", STREET_WORDS + WELSH_STREET_HEADS)}
_SCHOOL_HEAD = re.compile(r"\bysgol\s+(?=[a-z])")
_VERBS_BEFORE_SCHOOL = {
    "attended", "attending", "started", "starting", "finished", "finishing", "completed", "moved", "joined",
    "enrolled", "registered", "missed", "missing", "changed", "named", "called", "leaving", "needed", "needing",
}  # fmt: skip
_SCHOOL_TAIL = re.compile(
    r"\b((?:[a-z][a-z'’-]+\s+){1,2})(primary|comprehensive|infants|juniors|academy|high\s+school)\b"
)


def mostly_lower(text: str) -> bool:
    # A postcode or an initialism copied into a lower-case message ("... Aberdare CF44 7RE") says nothing of how the
    # writer types.
    words = [w for w in _WORD.findall(text) if not (w.isupper() and len(w) > 1) and not any(c.isdigit() for c in w)]
    return len(words) >= 25 and sum(w[0].isupper() for w in words) / len(words) < 0.07


def _namey(word: str, verbs_too: bool = False) -> bool:
    low = word.lower()
    if not verbs_too and len(low) >= 6 and low.endswith(("ed", "ing")):
        return False  # "mum messaged", "dad collecting": a verb after a relative's word, not a name
    return len(word) >= 2 and re.sub(r"['’-]", "", word).isalpha() and re.sub(r"['’]", "", low) not in _NOT_NAMEY


def _words_after(
    text: str, pos: int, limit: int, allow: Set[str] = frozenset(), verbs_too: bool = False
) -> list[tuple[int, int]]:
    """Spans of up to `limit` name-like words from `pos` on, on one line, stopping at the first that is not."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[ \t]*([^\W\d_][\w'’-]*)", text[pos : pos + 80]):
        if m.start() != (out[-1][1] - pos if out else 0):
            break
        word = m.group(1)
        if not (_namey(word, verbs_too) or word.lower() in allow):
            break
        out.append((pos + m.start(1), pos + m.end(1)))
        if len(out) >= limit:
            break
    while out and text[out[-1][0] : out[-1][1]].lower() in _WELSH_SMALL:
        out.pop()  # "pen y" ends no name
    return out


_BEFORE_DOB = re.compile(
    rf"(?<=[a-z])[ \t]*,?[ \t]*\(?(?:dob|d\.o\.b\.?|born)[ \t:]*\d"
    rf"|(?<=[a-z])[ \t]*\((?:{KIN_PATTERN})\)",  # "caller karen ffug (mother)"
    re.IGNORECASE,
)


def _words_before(text: str, pos: int, limit: int, verbs_too: bool = False) -> list[tuple[int, int]]:
    """Spans of up to `limit` name-like words ending at `pos`, on one line, nearest last."""
    out: list[tuple[int, int]] = []
    line_start = text.rfind("\n", 0, pos) + 1
    for m in reversed(list(re.finditer(r"[^\W\d_][\w'’-]*", text[line_start:pos]))):
        s, e = line_start + m.start(), line_start + m.end()
        if text[e : (out[0][0] if out else pos)].strip() or not _namey(m.group(), verbs_too) or len(out) >= limit:
            break
        out.insert(0, (s, e))
    return out


def truecase(text: str, force: bool = False) -> str:
    """Capitals where names, streets and schools stand in a lower-case message; the text as it is otherwise."""
    if force or mostly_lower(text):
        return _truecase(text)
    # A parent's lower-case note forwarded inside an officer's mail: each such paragraph, or long line, on its own.
    return "".join(
        _truecase(part)
        if _typed_lower(part)
        else "\n".join(_truecase(x) if _typed_lower(x) else x for x in part.split("\n"))
        for part in re.split(r"(\n[ \t]*\n)", text)
    )


def _typed_lower(part: str) -> bool:
    """Typed all in lower case, sentences' first words too: not prose that names no one ("no concerns about ...")."""
    starts = [m.group(1) for m in re.finditer(r"(?:^|[.!?][ \t]+)([^\W\d_])", part)]
    return mostly_lower(part) and len(starts) >= 2 and sum(c.islower() for c in starts) >= 2 * len(starts) / 3


def _truecase(text: str) -> str:
    out = list(text)
    names: set[str] = set()

    def cap(s: int, e: int, small: Set[str] = frozenset()) -> None:
        for w in _WORD.finditer(text, s, e):
            if w.group().lower() not in small:
                out[w.start()] = w.group()[0].upper()
                for hyphen in re.finditer(r"-(?=[a-z])", w.group()):  # "kacey-lee" -> "Kacey-Lee"
                    out[w.start() + hyphen.end()] = w.group()[hyphen.end()].upper()

    for m in _NAME_CUE.finditer(text):
        # "mum (blessing)": no verb stands alone in brackets after a relative's word
        bracketed = text[m.start() : m.end()].rstrip().endswith("(") and re.match(r"[^()\n]{1,30}\)", text[m.end() :])
        words = _words_after(text, m.end(), 2, verbs_too=bool(bracketed))
        pair = re.match(r"\s+(?:&|and)\s+", text[words[-1][1] :]) if words else None
        if pair:  # "alfie & archie": the second of a pair named together
            words += _words_after(text, words[-1][1] + pair.end(), 1)
        for s, e in words:
            cap(s, e)
            names.add(text[s:e].lower())
    for m in _BEFORE_DOB.finditer(text):  # "daughter jessica anne ffug dob 30/11/2021"
        for s, e in _words_before(text, m.start(), 3):
            cap(s, e)
            names.add(text[s:e].lower())
    for m in _BRACKETED_AGE.finditer(text):  # "• levi ffug (10)", "dylan ffug-hughes (yr11)"
        # No verb stands right before a bracketed age: "yuming ffug (12)" is a name, whatever its ending.
        for s, e in _words_before(text, m.start(), 2, verbs_too=True):
            cap(s, e)
            names.add(text[s:e].lower())
    for m in _AGE_AFTER.finditer(text):
        if _namey(m.group(1)):
            cap(m.start(1), m.end(1))
            names.add(m.group(1).lower())
            # "its kayden ffug hes 10": the first name before a surname goes with it
            before = _words_before(text, m.start(1), 1)
            # ... but not across the gap an emoji left: "for home ed :books: kofi is yr6"
            if before and _namey(text[before[0][0] : before[0][1]]) and text[before[0][1] : m.start(1)] == " ":
                cap(before[0][0], before[0][1])
                names.add(text[before[0][0] : before[0][1]].lower())
    # The same names wherever else they are written.
    for w in _WORD.finditer(text):
        if w.group().lower() in names:
            cap(w.start(), w.end())
    for m in _HOUSE_NUMBER.finditer(text):
        words = _words_after(text, m.end(), 6, _WELSH_SMALL | _STREET_WORDS_LOWER)
        if any(_STREET.match(text[s:e]) for s, e in words):
            cap(words[0][0], words[-1][1], _WELSH_SMALL)
    for m in POSTCODE_RE.finditer(text):
        if m.group().islower():
            _cap_address_before(text, m, out, cap)
    for m in _SCHOOL_HEAD.finditer(text):
        words = _words_after(text, m.end(), 4, _WELSH_SMALL | {"gynradd", "gyfun", "uwchradd", "gymraeg"})
        if words:
            cap(m.start(), words[-1][1], _WELSH_SMALL - {"pen"})
    for m in _SCHOOL_TAIL.finditer(text):
        lead = list(_WORD.finditer(m.group(1)))
        # "pencoed primary": a place's name may end as a verb does, but "attended primary" is no school's
        keep = [w for w in lead if _namey(w.group(), verbs_too=True) and w.group() not in _VERBS_BEFORE_SCHOOL]
        if keep and keep[-1].end() == len(m.group(1).rstrip()):
            first = keep[0] if len(keep) == len(lead) else keep[-1]
            cap(m.start(1) + first.start(), m.end(2))
    return "".join(out)


# Words of a site's or a farm's name that everyday writing uses too.
_PLACE_PARTS = {"plot", "pitch", "travellers", "site", "farm", "caravan", "park", "unit", "flat", "room", "house"}


def _cap_address_before(text: str, postcode: re.Match[str], out: list[str], cap: Callable[..., None]) -> None:
    """'plot 9, cae glas site, heol las, llanelli, sa14 8pt': the postcode in capitals and the parts before it,
    back along the line to the first part that has words other than a place's in it ("last known is plot 9")."""
    for i in range(postcode.start(), postcode.end()):
        out[i] = text[i].upper()
    line_start = text.rfind("\n", 0, postcode.start()) + 1
    parts = text[line_start : postcode.start()].split(",")
    at = postcode.start()
    for part in reversed(parts):
        at -= len(part) + (1 if at < postcode.start() else 0)
        tokens = list(re.finditer(r"\S+", part))
        if at == postcode.start() - len(part) and not part.strip():
            continue  # "llanelli sa14 8pt": nothing between the last comma and the postcode
        run = 0
        for t in reversed(tokens):
            word = t.group().strip(".")
            low = word.lower()
            if low in {"postcode", "post", "code", "pc", "address", "addr"}:
                break  # "trimsaran, postcode sa17 4ab"
            if not (word.isdigit() or low in _WELSH_SMALL | _STREET_WORDS_LOWER | _PLACE_PARTS or _namey(word)):
                break
            run += 1
        first = len(tokens) - run
        if run < len(tokens):
            # "dad emeka ffug gave 29 clos ...", "last known is plot 9": a part that starts in a sentence is
            # capitalised from its house number (and the "plot" or "flat" before it) on.
            number = next((i for i in range(first, len(tokens)) if tokens[i].group().isdigit()), None)
            if number is not None:
                first = number - 1 if number > first and tokens[number - 1].group().lower() in _PLACE_PARTS else number
        if run:
            cap(at + tokens[first].start(), at + tokens[-1].end(), _WELSH_SMALL - {"pen"})
        if run < len(tokens) or len(tokens) > 5:
            break


# A label in capitals ("SURNAME: ", "CHILD NAME: "): a form line, which the form readers take as it is.
_CAPS_LABEL = re.compile(r"[A-Z][A-Z'’ /]{1,30}:\s")


def _shouted(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    words = _WORD.findall(line)
    return len(words) >= 8 and sum(c.isupper() for c in letters) >= 0.9 * len(letters) and not _CAPS_LABEL.search(line)


def read_shouted_lines(text: str) -> str:
    """A log line typed all in capitals ("CALLER KAREN FFUG (MOTHER) REPORTS DAUGHTER JESSICA ...") read as a
    lower-case message is: lowered, then capitalised where names, streets and schools stand (lengths kept)."""
    lines = text.split("\n")
    shouted = [i for i, line in enumerate(lines) if _shouted(line)]
    if not shouted:
        return text
    keep: list[tuple[int, int]] = []  # addresses stay in capitals: the address reader takes them as written
    offset = 0
    for i, line in enumerate(lines):
        if i in shouted:
            keep += [(offset + s, offset + e) for s, e in _address_spans(line)]
            lines[i] = line.lower()
        offset += len(line) + 1
    # The whole message is cased at once, so a name cued on one line is capitalised on the others too.
    cased = list(truecase("\n".join(lines), force=True))
    for s, e in keep:
        cased[s:e] = text[s:e]
    return "".join(cased)


def _address_spans(line: str) -> list[tuple[int, int]]:
    """From the house number or flat before a postcode to the postcode's end ("FLAT 4, AEL-Y-BRYN, ..., LD1 6EU")."""
    spans = []
    for pc in POSTCODE_RE.finditer(line):
        lo = max(0, pc.start() - 80, line.rfind(". ", 0, pc.start()) + 1)
        first = re.search(r"\b(?:FLAT|ROOM|UNIT|APARTMENT|\d{1,4}[A-Z]?)\s", line[lo : pc.start()])
        if first:
            spans.append((lo + first.start(), pc.end()))
    return spans


def read_as_typed(text: str) -> str:
    """Forms and names as people type them, made readable: the Welsh half of bilingual labels blanked, form lines
    and names in capitals title-cased, lower-case pupils before a year group capitalised (lengths kept)."""
    text = uncap_surname_first_rows(uncap_names_before_dob(field_rows_as_labels(text)))
    return name_lower_case_pupils(uncap_name_lines(uncap_named(uncap_form_lines(english_labels(text)))))


# "| Pupil        | Deshawn Ffug   |": a two-column field/detail table is a form written in a grid.
_FIELD_ROW = re.compile(r"(?m)^([ \t]*)\|([ \t]*[^\W\d_][^|\n]{0,40}?[ \t]*)\|([^|\n]+)\|([ \t]*)$")


def field_rows_as_labels(text: str) -> str:
    """Two-cell table rows read as "Label: value" lines: the middle bar becomes the colon (lengths kept)."""

    def as_label(m: re.Match[str]) -> str:
        lead, label, value, trail = m.groups()
        padding = " " * (len(label) - len(label.rstrip()))
        return f"{lead} {label.rstrip()}:{padding}{value} {trail}"

    return _FIELD_ROW.sub(as_label, text)


_NAMED_IN_CAPS = re.compile(
    r"\b(?:named|called|name (?:is|was|as|only as)|names? (?:himself|herself) as)\s+"
    r"([A-Z][A-Z'’-]+)\b(?![ \t]+[A-Z]{2})"
)


# "ELI-JAY FFUG, 01/08/2022": a name in capitals at the start of a line, before a date of birth.
_CAPS_NAME_LINE = re.compile(
    r"(?m)^([ \t]*(?:[-•*]|\d+[.)])?[ \t]*)([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,2})"
    r"(?=[ \t]*[,(–-]?[ \t]*(?:DOB|D\.O\.B|born|\d{1,2}[/.-]\d))"
)


# "answered by ETHAN FFUGWRIGHT (DOB 4 Jun 19)": a name in capitals before its date of birth, mid-sentence.
_CAPS_NAME_BEFORE_DOB = re.compile(
    r"(?<![\w'’-])([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,2})(?=[ \t]*[(,]?[ \t]*(?i:DOB|D\.O\.B|born)\b)"
)


def uncap_names_before_dob(text: str) -> str:
    return _CAPS_NAME_BEFORE_DOB.sub(lambda m: " ".join(w.capitalize() for w in m.group(1).split(" ")), text)


# "1. FFUGIES, RILEY-JAMES  DOB 23/07/2015": the forename of a surname-first row in capitals, title-cased.
_CAPS_SURNAME_FIRST_ROW = re.compile(
    r"(?m)^([ \t]*(?:[A-Z][A-Z ]{1,20}:[ \t]*)?(?:\d{1,2}[.)][ \t]*)?[A-Z][A-Z'’-]+,[ \t]*)"
    r"([A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+)?)"
    r"(?=[ \t]+(?:DOB|D\.O\.B|\d)|[ \t]*\n[ \t]*(?:DOB|D\.O\.B))"  # "SUBJECT: FFUG, CONNOR\nDOB: ..."
)


def uncap_surname_first_rows(text: str) -> str:
    def title(m: re.Match[str]) -> str:
        return m.group(1) + re.sub(r"[A-Z]+", lambda w: w.group().capitalize(), m.group(2))

    return _CAPS_SURNAME_FIRST_ROW.sub(title, text)


def uncap_name_lines(text: str) -> str:
    return _CAPS_NAME_LINE.sub(lambda m: m.group(1) + re.sub(r"[^\s]+", _title_word, m.group(2)), text)


def uncap_named(text: str) -> str:
    """'a boy ... named BOBBY' -> 'named Bobby' (length kept)."""
    return _NAMED_IN_CAPS.sub(lambda m: m.group()[: m.start(1) - m.start()] + m.group(1).capitalize(), text)


# Bilingual form labels, "Enw / Name:" or "Name / Enw:": the Welsh half is blanked (length kept) so the English
# label stands at the start of its line, where the form readers look for it.
_BILINGUAL_LABEL = re.compile(r"(?m)^([ \t]*(?:[-•*][ \t]*)?)([^\n:]{2,40}?)([ \t]+/[ \t]+)([^\n:]{2,40}?)([ \t]*:)")
_WELSH_LABEL_WORDS = {
    "enw", "dyddiad", "geni", "cyfeiriad", "ysgol", "rhiant", "gofalwr", "meddyg", "teulu", "ffon", "ffôn", "rhyw",
    "blaenorol", "newydd", "diwethaf", "gadael", "plentyn", "disgybl", "oed", "cod", "post", "rhif", "cyswllt",
    "perthynas", "manylion", "gwybodaeth", "ychwanegol", "uwchradd", "cynradd", "credir", "rheswm", "atgyfeirio",
    "cyfenw", "enwau", "cyntaf", "pryderon", "swyddog", "cyfieithydd",
}


def _is_welsh_label(label: str) -> bool:
    return any(w in _WELSH_LABEL_WORDS for w in re.findall(r"[^\W\d_]+", label.lower()))


def english_labels(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        lead, first, sep, second, colon = m.groups()
        # "Lili Ffug - Dyddiad geni / DOB: ...": the label is what follows the dash (or comma, or a bracket: "Osian
        # Ffug (dyddiad geni / DOB: ..."); the name stays
        if named := re.match(r".*(?:\s[-–]\s+|,\s+|\(\s*)", first):
            lead, first = lead + named.group(), first[named.end() :]
        if _is_welsh_label(first) and not _is_welsh_label(second):
            return lead + " " * len(first + sep) + second + colon
        if _is_welsh_label(second) and not _is_welsh_label(first):
            return lead + first + " " * len(sep + second) + colon
        return m.group()

    return _BILINGUAL_LABEL.sub(blank, text)


# "ruby jonas yr3 not been in": a name typed in lower case at the start of a line or sentence, before a year group.
_LOWER_PUPIL = re.compile(
    r"(?:^|(?<=[\n.!?:;-] )|(?<=[\n.!?:;]))[ \t]*([a-z][a-z'’-]+)[ \t]+([a-z][a-z'’-]+)"
    r"(?=[ \t]*[,(-]?[ \t]*(?:y|yr|year|blwyddyn)[ \t]?\d{1,2}\b)",
    re.MULTILINE,
)


# Other places a pupil's lower-case name stands, in messages otherwise typed with capitals:
_LOWER_PUPIL_MORE = (
    # "kayden & kaiden ffug, yr5", "tomasz & zofia ffugski (twins, dob 14.02.2034)": a pair sharing a surname
    re.compile(
        r"(?<![\w'’-])([a-z][a-z'’-]+)[ \t]+(?:&|and)[ \t]+([a-z][a-z'’-]+)[ \t]+([a-z](?:[^\W\d_]|['’-])+)"
        r"(?=[ \t]*[,(-]?[ \t]*(?:(?:twins?|both)[ \t]*,?[ \t]*)?(?:(?:y|yr|year)[ \t]?\d{1,2}\b|dob\b))"
    ),
    # "lacey 6L dob 3/10/32", "reggie rec dob 5/5/39": a first name alone on a line of a list, class then DOB
    re.compile(
        r"(?m)^[ \t]*(?:[-•*][ \t]*)?([a-z][a-z'’-]+)(?<!['’]s)"
        r"(?=[ \t]+(?:\d{1,2}[A-Za-z]{1,2}|rec|reception|nursery|(?:y|yr|year)[ \t]?\d{1,2})?[ \t]*[,-]?[ \t]*dob\b)"
    ),
    # "ellie-rose ffug, dob 17/04/26"
    re.compile(r"(?:^|(?<=[\n.!?:;] ))[ \t]*([a-z][a-z'’-]+)[ \t]+([a-z][a-z'’-]+)(?=[ \t]*[,(]?[ \t]*dob\b)", re.M),
    # "took the kids harley (11) and star (7)"
    re.compile(r"\b(?:kids|children|sons|daughters|boys|girls|and|&)[ \t]+([a-z][a-z'’-]+)(?=[ \t]*\(\d{1,2}\))"),
    # "the cooper kids (maisie yr4 & alfie yr1)": a first name alone before a year group, in a bracketed list
    re.compile(r"(?:(?<=\()|(?<=[&,+] )|(?<=\band ))([a-z][a-z'’-]+)(?=[ \t]+(?:y|yr|year)[ \t]?\d{1,2}\b)"),
    # "harper ffug in my class", "a little girl in yr3, seren ffug, who ..."
    re.compile(
        r"(?:^|(?<=[\n.!?:;,] ))[ \t]*([a-z][a-z'’-]+)[ \t]+([a-z][a-z'’-]+)"
        r"(?=[ \t]+in[ \t]+(?:my|our|her|his)[ \t]+(?:class|form|tutor[ \t]+group)\b)",
        re.M,
    ),
    re.compile(r"\b(?:y|yr|year)[ \t]?\d{1,2},[ \t]+([a-z][a-z'’-]+)[ \t]+([a-z][a-z'’-]+)(?=[ \t]*,)"),
)


# "older bro filip is yr9": a relative's word in a quick message, not a forename ("Bro" stays a word of Welsh
# school names, "ysgol bro helyg", so it is no stop word)
_KIN_SLANG = {"bro", "sis", "bruv"}


def name_lower_case_pupils(text: str) -> str:
    """Capitalise a lower-case pupil's name before a year group, a DOB or an age in brackets (length kept)."""

    def cap(m: re.Match[str]) -> str:
        words = [g for g in m.groups() if g]
        if not all(_namey(w) for w in words) or words[0].lower() in _KIN_SLANG:
            return m.group()
        out = list(m.group())
        for i in range(1, len(m.groups()) + 1):
            if m.group(i):
                at = m.start(i) - m.start()
                out[at] = out[at].upper()
                for hyphen in re.finditer(r"-(?=[a-z])", m.group(i)):  # "ellie-rose" -> "Ellie-Rose"
                    out[at + hyphen.end()] = out[at + hyphen.end()].upper()
        return "".join(out)

    for rx in (_LOWER_PUPIL, *_LOWER_PUPIL_MORE):
        text = rx.sub(cap, text)
    return text


# "CHILD NAME: ALFIE JOE BRYANT": a form line in capitals, label and value.
# "RE: NOTIFICATION OF ..." is a heading, not a form line: its words stay as they are.
_CAPS_FORM_LINE = re.compile(
    r"(?m)^(?![ \t]*(?:RE|FW|FWD|SUBJECT|CC|TO|FROM)[ \t]*:)"
    r"([ \t]*(?:[-•*][ \t]*)?[A-Z][A-Z0-9 .'’/()&]{1,30}:)([^\n]*)$"
)


def _title_word(word: re.Match[str]) -> str:
    w = word.group()
    if any(c.isdigit() for c in w) or len(w) < 2:
        return w  # postcodes, UPNs, house numbers and initials stay as written
    out = "-".join(p.capitalize() if p.isalpha() else p for p in w.split("-"))
    return out if len(out) == len(w) else w


def uncap_form_lines(text: str) -> str:
    """Form lines typed in capitals are read in title case (lengths kept, so spans still point into the text)."""
    caps = [m for m in _CAPS_FORM_LINE.finditer(text) if not any(c.islower() for c in m.group(2))]
    if len(caps) < 2:
        return text
    out = list(text)
    for m in caps:
        for g in (1, 2):
            new = re.sub(r"[^\s,;:()]+", _title_word, m.group(g))
            if len(new) == len(m.group(g)):
                out[m.start(g) : m.end(g)] = list(new)
    return "".join(out)
