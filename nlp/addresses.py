"""The child's home address: postcode-anchored or street-anchored, never an office, surgery or school."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from nlp.forms import section_heading
from nlp.lexicon import KIN_PATTERN, STREET_WORDS, WELSH_HOUSE_HEADS, WELSH_STREET_HEADS
from nlp.validators import POSTCODE_RE, normalise_postcode

_UNIT = re.compile(
    r"^(?:(?:Family|Double|Single)\s+(?:Room|Unit)|Flat|Room|Unit|Apartment|Apt|Bay|Plot|Pitch|Caravan|Van|Static|House|Fflat"
    r"|Ystafell)\s+\w+$",
    re.I,
)
# "2-4 Broadway" too, and "2/14 Parc y Ffug": flat 2 at number 14
_NUMBER_STREET = re.compile(r"^\d{1,4}[A-Za-z]?(?:[-–/]\d{1,4}[A-Za-z]?)?\s+\S.*$")
_CAPS_PART = re.compile(
    r"^(?:[A-Z][^\W\d_]*(?:['’.&-][^\W\d_]*)*|y|yr|yn|ar|on|upon|the|of|near|le|nr)"
    r"(?:\s+(?:[A-Z][^\W\d_]*(?:['’.&-][^\W\d_]*)*|y|yr|yn|ar|on|upon|the|of|near|le|de|and|\d{1,4}[A-Za-z]?))*$"
)
# Places that are never a child's home: offices, surgeries, schools, stations, prisons.
_NOT_HOME = re.compile(
    r"\b(?:Police|(?:Fire|Bus|Railway|Train|Police)\s+Station|Surgery|Health\s+(?:Centre|Park|Board)|Medical|Hospital|Ysbyty|Council|Civic|County\s+Hall"
    r"|Approved\s+Premises|HMP|HMYOI|Prison|P\.?\s?O\.?\s+Box|Blwch\s+Post|Business\s+Park|Industrial|Offices?|Headquarters|HQ|Primary|Academy|College"
    r"|School(?!\s+(?:Road|Lane|Street|Terrace|Close|Hill|House))"
    r"|Comprehensive|Ysgol\s+(?:Gynradd|Uwchradd|Gyfun|Gymraeg|Bro)|Meddygfa|Library|Clinic|Court\s+House|Unit\s+\d+|Llys\s+(?:Ynadon|y\s+Goron|Barn|Cadwyn)|Canolfan|Swyddfa|Ty\s+\w+\s+House)\b"
    # "56 College Street", "Hospital Road", "Police Station Road": a street named after the place is a home's street
    r"(?!\s+(?:Street|St|Road|Rd|Lane|Terrace|Avenue|Close|Hill|Row|Place|Crescent|Drive|Way|View|Gardens|Square|Walk)\b)",
    re.IGNORECASE,
)
_PREVIOUS = re.compile(
    # "previous address:", "Previous Bristol address:"
    # ... "The old family address was", a place's "Last Bristol address:"
    r"(?:(?:previous|old|former|prior)\s+(?:(?-i:[A-Z])[\w'’-]+\s+|family\s+)?(?:home\s+)?address[^\n:]{0,40}:?"
    r"|\blast\s+(?-i:[A-Z])[\w'’-]+\s+address\s*:"
    r"|last address held[^\n:]{0,25}:?"
    r"|(?:previous|old|former)\s+(?:family\s+)?home\s*[,:(]?"  # "mum remains at the former family home, Flat 3, ..."
    r"|(?:previous|old|former)\s+(?:\w+\s+)?(?:placement|accommodation|tenancy|property)\s*(?:at|in|was)?\s*:?"
    r"|(?:moved|came)\s+(?:away\s+|in\s+\w+\s+|with\s+\w+\s+)?from|moved\s+out\s+of"  # "moved with Jess from"
    r"|(?:evicted|fled|made homeless)\s+from"
    r"|used\s+to\s+(?:live|stay)(?:\s+with\s+\w+)?\s+at"  # "They used to live with me at 40 Heol Ffug"
    # "moved in on 2nd November from initial accommodation (Room 12, ...)"
    r"|\b(?:moved|came|transferred)\b[^.\n]{0,40}?\bfrom\s+(?:\w+\s+){0,2}?(?:accommodation|hostel|hotel|B\s?&\s?B)\s*\("
    r"|lost\s+(?:their|her|his|the)\s+tenancy\s+at"
    # "the loss of their private rented tenancy at"
    r"|\bloss\s+of\s+(?:their|her|his|the)\s+(?:\w+\s+){0,2}tenancy\s+at"
    # "after losing their private tenancy in Roath (Flat 3, ...)"
    r"|\blos(?:t|ing)\s+(?:their|her|his|the)\s+(?:\w+\s+)?(?:tenancy|home|flat|house)\b[^.\n(]{0,30}\(\s*$"
    r"|last\s+address\s+in\s+[\w'’ -]{2,30}:?"  # "Last address in Bristol:"
    r"|(?:was|were) (?:living|staying)(?: with \w+)? at"
    r"|(?:had|['’]d)\s+been\s+(?:living|staying)\b[^.\n]{0,40}\bat"  # "She'd been staying with her Nain at"
    # "The family were in initial accommodation at ... until 17 June"
    r"|(?:was|were|had\s+been)\s+(?:in|at)\s+(?:\w+\s+){0,3}?(?:accommodation|hostel|refuge|hotel|B\s?&\s?B)\s+at)\s*$"
    # "after leaving her rented property in Abergavenny (", "Evie lived with her mother in Cheltenham ("
    r"|\b(?:leave|leaving|left|fled|fleeing|vacated|lived|prior to|evicted|eviction)\b[^.\n]{0,50}$"
    r"|\buntil\b[^.\n]{0,30}\b(?:were|was)\b[^.\n]{0,50}$"  # "Until last week they were at a hostel (...)"
    # "no longer lives with his mum (she is at ...)", "He's no longer at the Ely address we had ("
    r"|\bno longer (?:lives|living|stays|staying|at)\b[^.\n]{0,60}$"
    r"|\binitially\s+(?:stayed|lived|moved|went)\b[^.\n]{0,80}$"  # "The family initially stayed with nan at ..."
    r"|\bbefore\s+that\b[^.\n]{0,70}$"  # "Before that they were on the roadside (the lay-by on the A4059 ...)"
    # "No Fixed Abode. Previously 33 Heol Ffug"
    r"|\bpreviously(?:\s+(?:lived|living|staying|stayed))?(?:\s+at)?\s*:?\s*$"
    r"|(?:^|[.!?]\s+|\n)\s*I\s+live\s+at\s*$"  # a neighbour writing: "I live at 24 Heol Ffug and a family ..."
    # "I live next door to them at 16 Ffug Street"
    # (not "I live next door to a family at 22 Ffug Road": theirs)
    r"|\bI\s+live\s+(?:next\s+door|opposite|across\s+the\s+road|near(?:by)?|a\s+few\s+doors)\b"
    r"(?![^.\n]{0,25}\b(?:family|house|kids|children)\b)[^.\n]{0,25}\bat\s*$",
    re.IGNORECASE,
)
# Said just after an address: it is no longer home, or it is someone else's.
_NOT_HOME_AFTER = re.compile(
    r"^[^.\n]{0,80}?\b(?:left the (?:property|house|address|home)|tenancy (?:has been|was) (?:surrendered|ended)"
    # "a home visit to 27 Heol Ffug on the 16th - the house is boarded up"
    r"|(?:house|property|flat|home)\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:empty|vacant|boarded(?:\s+up)?|re-?let)"
    r"|(?:been|were|was|got)\s+(?:thrown|kicked)\s+out|(?:been|were|was)\s+evicted)"
    r"|^\s*\(\s*evicted\b"  # "33 Heol Ffug, Ebbw Vale NP23 6LT (evicted May 2043)"
    r"|^\s*[-–,(]\s*(?:the\s+)?(?:family|they|mum|he|she)\s+(?:are\s+|is\s+)?no\s+longer\s+(?:there|at|living)"
    r"|^\s*\)?,?\s*(?:the\s+)?(?:flat|home|house|address)\s+of\s+(?:an?\s+)?(?:adult|man|male|woman|female|friend)"
    # a grandparent's "I live in Swansea (34 Heol Ffug, ...) so I don't see them as often as I'd like"
    r"|^\s*\)?\s*so\s+I\s+(?:don['’]t|do\s+not|rarely|hardly\s+ever|can['’]t)\s+see\s+(?:them|him|her)\b",
    re.IGNORECASE,
)
_CURRENT = re.compile(
    # "home visit to" says where someone went, not that it is home.
    # (whole words: not the "new" of a project's Welsh name, "Croeso Newydd, 14 Ffug Street")
    r"\b(?:current|new|forwarding|now|present|refuge|temporary|emergency|staying|stopping|placed|lives?|living"
    r"|home(?!\s+visit))\b[^\n:]{0,30}:?\s*$"
    # "... we moved in to a flat in Newtown last week. address is 19b ...", "Mr Ffug registered liability at 7 ..."
    r"|(?:^|[.!?]\s+)address\s+is\s*:?\s*$|\bregistered\s+(?:council\s+tax\s+)?liability\s+(?:at|for)\s*$"
    # "The address I have is Flat A, ..."
    r"|\b(?:the\s+)?address\s+(?:I|we)\s+(?:have|hold)\s+(?:for\s+\w+\s+)?is\s*:?\s*$"
    r"|\bplaced\b[^.\n:]{0,40}\baccommodation\s*:?\s*$"  # "placed them in emergency accommodation: Room 12, ..."
    r"|\b(?:currently|now|placed|staying|stopping|moved into|moved in)\b[^.\n:]{0,40}\bat[ \t>]*:?\s*$"
    r"|(?:address|cyfeiriad)[^\n:]{0,30}:\s*$"
    r"|\b(?:home|current|family['’]s|their)\s+address\s+is\s*:?\s*$"
    r"|(?:^|[.!?]\s+|\n)\s*(?:they|the\s+family)\s+are\s+(?:now\s+)?at\s*$"  # "They are at The Ffug Hotel, Room 12"
    r"|(?:^|\n)[ \t]*placement[ \t]*:\s*$",  # a form's "Placement: Room 214, Ffug Hotel, ..."
    re.IGNORECASE,
)
# Spaces only within a line, and one line break at most after a comma: an address never runs on past a blank line
# into the greeting below it ("Subject: Abandoned tenancy - 11 Clos Ffug\n\nHi,").
_STREET_ANCHOR = re.compile(
    rf"(?<![\d./-])\b((?:[Nn]o\.?[ \t]*)?\d{{1,4}}[A-Za-z]?[ \t]{{1,2}}"  # "no.8 Heol Ffug" too
    # (or hyphenated: "7 Maes-y-Ffug, Barry")
    rf"(?:{WELSH_STREET_HEADS}(?:-[\w'’-]+(?:[ \t]+(?:(?:yr|y)\b|[A-Z][\w'’-]*))*"
    r"|(?:[ \t]+(?:(?:yr|y)\b|[A-Z][\w'’-]*))+)"
    rf"|(?:[A-Z][\w'’-]+[ \t]+){{1,3}}{STREET_WORDS}\b\.?)"
    r"(?![ \t]+(?:Primary|School|Surgery|Medical|Health|Academy)\b))"
    rf"([ \t]+in[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
    # (not "at 23 Bryn Terrace Mountain Ash, Ruby and Alfie": a list of names after the town)
    r"|(?:,[ \t]*\n?[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*(?![\w'’-]|[ \t]+[A-Z]|[ \t]+(?:and|&)[ \t]+[A-Z]))*)"
)

# A street named without a house number where someone lives: "to live with his dad on Bryn Glas Terrace, Cwmaman".
_NAMED_STREET = re.compile(
    r"\b(?:on|in|at)\s+((?:[A-Z][\w'’-]+\s+){1,3}"
    r"(?:Terrace|Street|Road|Avenue|Close|Crescent|Lane|Row|Drive|Way|Gardens|Place)\b"
    r"(?!\s+(?:Primary|School|Surgery|Medical|Health|Academy)\b)(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
)
_LIVES_NEAR = re.compile(r"\b(?:live|lives|living|staying|stays|moved|resides)\b", re.IGNORECASE)


def _without_shorter_copies(found: list[AddressFound]) -> list[AddressFound]:
    """'27 Heol Ffug, Ferndale' in a subject line and '27 Heol Ffug, Ferndale, CF99 4TH' below are one address:
    keep the fuller, at the better rank of the two. So are 'the hotel on Cardiff Road' and 'Room 214, Ty Ffug Hotel,
    Cardiff Road, Llantrisant CF72 8XZ': a street named alone is a part of the fuller one."""

    def copy_of(f: AddressFound, g: AddressFound) -> bool:
        low, fuller = f.value.lower(), g.value.lower()
        if g is f or len(fuller) <= len(low):
            return False
        return fuller.startswith(low) or (
            not re.search(r"\d", low) and low in (part.strip() for part in fuller.split(","))
        )

    out = [f for f in found if not any(copy_of(f, g) for g in found)]
    for i, g in enumerate(out):
        shorter = [f.rank for f in found if f not in out and copy_of(f, g)]
        if shorter and max(shorter) > g.rank:
            out[i] = replace(g, rank=max(shorter))
    return out


# A flat in a named building, with no street number: "Flat 8, Llys Taf, Heol Chwarel, Treforest".
_BUILDING = (
    r"(?:(?:Llys|Tŷ|Ty|Cwrt|Plas|Bloc)(?:['’]r)?(?:\s+(?:(?:yr|y)\b|[A-Z][\w'’-]*)){1,3}"  # "Tŷ'r Harbwr" too
    r"|(?:[A-Z][\w'’-]+\s+){1,2}(?:Court|House|Lodge|Heights|Mews|Gardens|Towers|Point|Place|View))"
)
# "Caravan 3, Penlan Ffug Farm, Rudbaxton": a caravan or plot on a farm, park or site named without a street
_SITE_UNIT = (
    r"(?:Caravan|Static|Chalet|Lodge|Plot|Pitch)\s+\d{1,3}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Farm|Park|Site)"
)
_UNIT_ANCHOR = re.compile(
    rf"\b((?:Flat|Fflat|Apartment|Apt|Room)\s+(?:\d{{1,3}}[A-Za-z]?|[A-Z])\b,?\s+{_BUILDING}|{_SITE_UNIT})"
    r"((?:,\s*(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][\w'’-]+(?:\s+(?:(?:yr|y)\b|[A-Z][\w'’-]+))*)*)"
)


@dataclass(frozen=True)
class AddressFound:
    """A candidate home address: text as one line, span, postcode, and how strongly it reads as home."""

    value: str
    start: int
    end: int
    postcode: str | None
    rank: int  # 4 moved into since, 3 current/new, 2 plain, 1 previous


def _trim_part(part: str) -> tuple[str, bool]:
    """The longest tail of a comma-separated part that reads as an address part; True when cut."""
    # "on plot 7 at Maes y Ffug site, Aberaman": a site's name with its last word written in lower case
    part = re.sub(r"^(.*\b[A-Z][\w'’-]*) site$", r"\1 Site", part.strip())
    # "Room 6, Gwalia House (temporary accommodation), 22 Stryd y Ffug, ...": an aside in brackets is no part of it
    part = re.sub(r"(?<=\w)[ \t]*\([a-z][^()]{0,40}\)$", "", part)
    # "Dyddiad geni: 3 Mawrth 2034. Mam = Manon ap Ffug, Tyddyn Isaf, ...": a sentence ended inside the part, the
    # address is not before it (not "St. Asaph": an abbreviation's full stop)
    said_before = list(re.finditer(r"(?:\d|[a-z]{3})\.\s+(?=[A-Z])", part))
    if said_before:
        kept, _ = _trim_part(part[said_before[-1].end() :])
        return kept, True
    if re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", part) and not re.search(r"\d", part):
        return "", True  # a person's name before the address, not part of it
    if (
        _UNIT.match(part)
        or _NUMBER_STREET.match(part)
        # (a word in lower case says prose; not the rest of a Welsh name after an apostrophe, "Glan'rafon")
        and not re.search(r"(?<!['’])\b[a-z]{3,}\b", part.split(" ", 1)[1].replace("upon", "").replace("near", ""))
    ):
        return part, False
    # "Aberteifi (Cardigan)": a town's other name in brackets
    other_name = re.fullmatch(r"(.*?\S)[ \t]*\([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?\)", part)
    # (not a signature's "Gwynfor Ffug (Taid)", a person and what they are to the child)
    if (
        other_name
        and _CAPS_PART.match(other_name.group(1))
        and len(other_name.group(1).split()) <= 3
        and not re.search(rf"\((?i:{KIN_PATTERN})\)$", part)
    ):
        return part, False
    bilingual = re.fullmatch(r"([^/]+?)\s*/\s*([^/]+)", part)
    if bilingual and all(_CAPS_PART.match(x) for x in bilingual.groups()):
        return part, False  # "Rhaeadr Gwy / Rhayader": a town's Welsh and English names
    # "Address Flat 1, 12 Heol Ffug, ...", "Address Tŷ Ffug, Heol y Mynydd, ...": a label written without its colon
    label = re.match(r"(?i)^(?:(?:home|current|new|last\s+known)\s+)?address\s+(?=\S)", part)
    rest = part[label.end() :] if label else ""
    if label and (_UNIT.match(rest) or _NUMBER_STREET.match(rest) or rest[:1].isupper() and _CAPS_PART.match(rest)):
        return part[label.end() :], True
    welsh_in = re.match(r"^(?:yn|ym|yng|at|in)\s+(?=[A-Z])", part)
    if welsh_in and _CAPS_PART.match(part[welsh_in.end() :]):
        return part[welsh_in.end() :], True  # "yn Tŷ Capel" (at Tŷ Capel): the place starts after "yn"
    lead_in = re.match(r"^(.*?\S)\s+(\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?\s+[A-Z]\S*.*)$", part)
    if (
        lead_in
        and not re.search(r"\d", lead_in.group(1))
        and not _BUILDING_WORD.search(lead_in.group(1))
        and _CAPS_PART.match(lead_in.group(2).split(None, 1)[1])
    ):
        return lead_in.group(2), True  # "Both of 27 Heol Pantdu", "of 58 Heol Caerlleon": the street starts the address
    # "Glan Ffug Gypsy and Traveller Site": the small words between capitals are not counted
    if _CAPS_PART.match(part) and sum(1 for w in part.split() if not w.islower()) <= 5:
        return part, False
    words = part.split()
    # a flat or a numbered street first, wherever it starts ("Current address on SIMS Flat 4")
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if _UNIT.match(tail) or (_NUMBER_STREET.match(tail) and _CAPS_PART.match(" ".join(words[i + 1 :]) or "X")):
            return tail, True
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if _CAPS_PART.match(tail) and len(words) - i <= 4 and not words[i - 1].endswith(":"):
            if re.match(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?\s", tail) or re.fullmatch(
                r"(?i:mam|mum|dad|tad|nain|taid|mother|father)[ \t]+is", " ".join(words[max(0, i - 2) : i])
            ):
                return "", True  # "dad is Mr Lee Ffug, Gwern Goch, ...": the person, not a part of the address
            # "a static on Bay View Holiday Park, ...", "Admissions form says Cwm Ffug Farm, ..."
            after = {"at", "in", "on", "to", "from", "is", "address", "addr", "as", "says", "shows", "gives"}
            if words[i - 1].lower() in after or words[i - 1].endswith(":"):
                return tail, True
    return "", True


def _walk_left(text: str, line_start: int, end: int) -> tuple[int, list[str]]:
    """Address parts before `end` on the line, read right to left."""
    head = text[line_start:end]
    # Only the text after a label colon or an opening bracket can be the address.
    # ... or after the end of the sentence before it ("Step-dad: Piotr Lis. 12 Heol Onnen, ...").
    # (not the full stop a quick writer puts before the postcode: "6 maes y ffug Llwynypia. CF40 2HY")
    sentence_ends = [
        m.end() - 2
        for m in re.finditer(r"(?<=[^\W\d_]{2})(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)\. ", head)
        if head[m.end() :].strip()
    ]
    cuts = [(head.rfind(d), len(d)) for d in (": ", " - ", "; ")] + [(e, 2) for e in sentence_ends]
    bracket = head.rfind("(")
    if bracket >= 0 and ")" not in head[bracket:]:
        cuts.append((bracket, 1))  # an open bracket: "(Mr & Mrs Ffug) at Tŷ'r Felin, ..." is closed before it
    quote = max(head.rfind("“"), head.rfind('"') if head.count('"') % 2 else -1)
    if quote >= 0 and "”" not in head[quote:]:
        cuts.append((quote, 1))  # an open quote: 'they'd moved to "Pen Ffug Farm, ...' starts the address
    cut, width = max(cuts) if cuts else (-1, 0)
    base = line_start + (cut + width if cut >= 0 else 0)
    head = text[base:end]
    parts = head.split(",")
    kept: list[str] = []
    start = end
    offset = len(head)
    for idx in range(len(parts) - 1, -1, -1):
        part = parts[idx]
        offset -= len(part)
        trimmed, was_cut = _trim_part(part)
        if not trimmed:
            if part.strip():
                break
            offset -= 1
            continue
        if any(_NUMBER_STREET.match(k) for k in kept) and re.search(r"\d", trimmed) and not _UNIT.match(trimmed):
            break  # one street number per address: digits further left belong to something else
        kept.insert(0, trimmed)
        start = base + offset + part.lower().rfind(trimmed.lower())  # (a part read with "site" as "Site")
        if was_cut or len(kept) >= 6:
            break
        if _UNIT.match(trimmed):
            # "Ty Gwyn Hostel, Unit 4, ...": the building named before the unit is part of the address.
            prev = _trim_part(parts[idx - 1])[0] if idx > 0 else ""
            if prev and _TEMPORARY.search(prev) and _CAPS_PART.match(prev):
                kept.insert(0, prev)
                start = base + text[base:start].rfind(prev)
            elif re.match(r"(?i:Flat|Apartment|Room)\s+\w+$", prev) and trimmed.lower().startswith("unit"):
                kept.insert(0, prev)  # "Flat 1, Unit 2, Ffug Road": a flat above a business unit
                start = base + text[base:start].rfind(prev)
            break
        offset -= 1
    return start, kept


_ADDRESS_LABEL = re.compile(r"^(?:[\w'’ ]*address[^:]*|Cyfeiriad[^:]*):\s*(.*)$", re.IGNORECASE)
_LOWER_STREET = re.compile(
    rf"\b\d{{1,4}}[a-z]?\s+[a-z][\w'’ -]*?\b(?:{STREET_WORDS}|{WELSH_STREET_HEADS}\s+\w+)\b[^:\n]*$", re.IGNORECASE
)


def _lines_above(text: str, line_start: int) -> tuple[int, list[str]]:
    """An address written a part to a line above its postcode ("Address:\n12 Mill Street\nNelson\nCF46 6AA")."""
    parts: list[str] = []
    start, pos = line_start, line_start
    introduced = False  # "Address:" or "Fy nghyfeiriad yw:" on the line above: a house name needs no number
    while pos > 0 and len(parts) < 6:
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev : pos - 1].strip()
        label = _ADDRESS_LABEL.match(line)
        if line.endswith(":") or label:
            introduced = True
        if label:
            if label.group(1).strip():
                parts.insert(0, label.group(1).strip())
                start = prev + text[prev:pos].find(label.group(1).strip())
            break
        # "Unit 3, Tŷ Nant Family Unit": a line may hold more than one part.
        if not line and parts and text[: max(0, prev - 1)].rstrip(" \t").endswith(":"):
            introduced = True  # "Address:\n\nTŷ Newydd\nCwmdu\n...": one blank line after the label
            break
        # "Pitch 9, Cae Ffug Holiday Park," wrapped before its town: a trailing comma ends the line, not a part.
        parts_of_line = line.rstrip(",").split(",") if line else [""]
        pieces = [_trim_part(p) if p.strip() else ("", True) for p in parts_of_line]
        if any(not t or cut for t, cut in pieces) or any(len(t.split()) > 6 for t, _ in pieces):
            break
        parts[0:0] = [t for t, _ in pieces]
        start, pos = prev + (len(text[prev:pos]) - len(text[prev:pos].lstrip())), prev
    numbered = any(_NUMBER_STREET.match(p) or _UNIT.match(p) for p in parts)
    # "Tŷ Capel\nLlanuwchllyn\nBala\nLL23 7UG" under a letter's signature: a named house, a village and a town
    house = len(parts) >= 3 and bool(_HOUSE_NAME.match(parts[0]))
    return (start, parts) if numbered or house or (introduced and len(parts) >= 2) else (line_start, [])


_STREETLIKE = re.compile(rf"\d|{STREET_WORDS}|{WELSH_HOUSE_HEADS}|\b{WELSH_STREET_HEADS}\b")
_HOUSE_NAME = re.compile(
    r"(?:Tŷ|Ty|Plas|Bwthyn|Fferm|Hafod|Bryn|Pen|Llys)[ \t]+[A-Z]|.*\b(?:Cottage|Farm|House|Lodge|Villa|Bungalow)$"
)


def _lower_case_street(text: str, line_start: int, end: int) -> tuple[int, list[str]]:
    """An address typed without capitals: "4 oak road, risca np11 6aa"."""
    m = _LOWER_STREET.search(text, line_start, end)
    if not m:
        return end, []
    return m.start(), [p for p in text[m.start() : end].split(",") if p.strip()]


_BUILDING_WORD = re.compile(
    r"\b(?:Tŷ|Ty|Llys|Plas|Bwthyn|Fferm|Hafod|Bryn|Cwrt|Bloc|House|Cottage|Cottages|Farm|Lodge|Court|Hall|Villa|Barn"
    r"|Mill|Manor|View|Bungalow|Flats?|Rectory|Vicarage|Chapel|Farmhouse|Mews|Heights|Towers?|Block|Annexe?|Gardens"
    r"|Park|Hostel|Refuge|Caravan|Bed|Room|Unit|The|Hotel|Inn|Guest|B\s?&\s?B|Gwesty|Llety)(?![\w&])",
    re.IGNORECASE,
)


def _drop_person(parts: list[str]) -> list[str]:
    """'Rhonwen Parry, 6 Bryn Eithin, ...' -> '6 Bryn Eithin, ...': before the street only a flat or a building."""
    first_street = next((i for i, p in enumerate(parts) if re.search(r"\d", p)), None)
    if not first_street:
        return parts
    # A single word is a house's name ("Awelfryn, 2 Heol ..."); a person is named with two.
    keep = [
        p for p in parts[:first_street] if _UNIT.match(p.strip()) or _BUILDING_WORD.search(p) or len(p.split()) == 1
    ]
    if len(keep) == first_street:
        return parts
    return parts[first_street:]


# Before a rural address given by its house's name: "Address:", "at", "lives", or nothing on the line.
_HOUSE_CUE = re.compile(
    r"(?:(?:address|cyfeiriad|addr\.?|location)[^\n:]{0,30}:|(?:address|cyfeiriad)(?:\s+on\s+(?:\w+\s+)?\w+)?\s+(?:is|remains|yw)"
    r"|\b(?:at|in|lives|living|staying|c/o|yn|address|addr\.?)"  # "Mum Elin Ffug, address Y Bwthyn, Cwm Ffug, ..."
    r"|\b(?:form|record|records|SIMS)\s+(?:says|shows|gives)"  # "Admissions form says Cwm Ffug Farm, ..."
    r"|\baddress\s+(?:was|is)\s+(?:given|recorded|listed)\s+as)"  # "His address was given as The Old Dairy, ..."
    r"\s*$|^[ \t>]*$"
    # "their house (Tŷ'r Capel, ...)", "dad is Mr Lee Ffug, Gwern Goch, ...", "moved ... to Penrhiw, Carrog, ..."
    r"|\b(?:house|home|property|address|farm|cottage)\s*\($"
    r"|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*$"
    # "Mam = Manon ap Ffug, Tyddyn Isaf, Pentrecelyn, ...": a parent named, then their house
    r"|\b(?:mam|mum|dad|tad|nain|taid|mother|father)\s*(?:=|:|-|is)?\s*[A-Z][\w'’-]+(?:\s+(?:ap|ab|[A-Z][\w'’-]+)){0,3},\s*$"
    # "Placement: with our foster carers Gwyn and Menna Ffug, Tŷ Coch Farm, ..."
    r"|\bcarers?\s+[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?\s+[A-Z][\w'’-]+,\s*$"
    r"|\b(?:moved|moving|relocated|gone|went)\b[^.\n]{0,60}\bto\s*$",
    re.IGNORECASE
)


def _house_named(text: str, start: int, parts: list[str]) -> bool:
    """'Ty Newydd, Llanafan Fawr, Builth Wells, LD2 3PN': a house, a village and a town, with no street number."""
    line_start = text.rfind("\n", 0, start) + 1
    before = re.sub(r"[\"“][ \t]*$", "", text[line_start:start])  # 'they'd moved to "Pen Ffug Farm, ...'
    return len(parts) >= 2 and bool(_HOUSE_CUE.search(before))


_POSTCODE_ASIDE = re.compile(
    r"[ \t]*\([ \t]*(?:(?:i[ \t]+)?think[ \t]+(?:it['’]?s|it[ \t]+is)[ \t]*|prob(?:ably)?[ \t]*|poss(?:ibly)?[ \t]*)?$",
    re.IGNORECASE,
)


# "They are in Room 12 here at the hostel (address below)": the home is the address the writer signs with.
_ADDRESS_BELOW = re.compile(
    # not "My address is below": a relative or neighbour writing from their own home
    r"\((?:our[ \t]+|the[ \t]+)?address[ \t]+below\)|\b(?:our|the)[ \t]+address[ \t]+(?:is[ \t]+)?below\b",
    re.IGNORECASE,
)


def find_addresses(text: str, zones: list[tuple[int, int]]) -> list[AddressFound]:
    """Candidate home addresses outside signatures, best-ranked first then in reading order."""
    # The children, the carers and the home each read a report's addresses: read them once.
    return list(_addresses_of(text, tuple(zones)))


@functools.lru_cache(maxsize=16)
def _addresses_of(text: str, zone_key: tuple[tuple[int, int], ...]) -> tuple[AddressFound, ...]:
    zones = list(zone_key)
    below = _ADDRESS_BELOW.search(text)
    signed_below = [z for z in zones if below and z[0] >= below.end()]
    if signed_below:
        zones = [z for z in zones if z != signed_below[0]]
    found: list[AddressFound] = []
    used: list[tuple[int, int]] = []
    for m in POSTCODE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in zones):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        # "112 Heol Ffug, Pontyclun (think it's CF72 9AJ?)": a postcode given as an aside in brackets is read after
        # what stands before the bracket
        aside = _POSTCODE_ASIDE.search(text, ls, m.start())
        start, parts = _walk_left(text, ls, aside.start() if aside else m.start())
        has_street = any(_NUMBER_STREET.match(p.strip()) or _UNIT.match(p.strip()) for p in parts)
        if not text[ls:start].strip() and not has_street:
            above_start, above = _lines_above(text, ls)
            if above:
                start, parts = above_start, above + parts
        if not parts and not aside:
            start, parts = _lower_case_street(text, ls, m.start())
        kept_parts = _drop_person(parts)
        if kept_parts is not parts and kept_parts:
            start = max(start, text.find(kept_parts[0].strip(), start, m.start()))
            parts = kept_parts
        last = parts[-1].strip().rstrip(".") if parts else ""
        # (a Welsh head as a word of its own, "Bro Dewi", not the "Bro" of "Broadway"; or starting a house's name)
        streetlike = any(_STREETLIKE.search(p) for p in parts)
        if not parts or not (streetlike or _house_named(text, start, parts)):
            continue
        value = ", ".join(p.strip() for p in parts[:-1] + [last] if p.strip())
        value = f"{value}, {m.group().upper()}" if value else m.group().upper()
        unit = _UNIT_SAID_BEFORE.search(text, max(0, start - 50), start)
        if unit and not _UNIT.match(value):
            # "They live on pitch 6 at Ffug Travellers' Site, ...", "living in Lodge 9 on the park (Ffug Park, ...)"
            value, start = f"{unit.group(1)[0].upper()}{unit.group(1)[1:]}, {value}", unit.start(1)
        unit_after = _UNIT_SAID_AFTER.match(text, m.end())
        if unit_after and not _UNIT.match(value.split(",")[0].strip()):
            # "Bay View Holiday Park, Pendine SA33 4NZ - caravan no. 112": the caravan is the home's first line
            value = f"{unit_after.group(1).capitalize()} {unit_after.group(2)}, {value}"
        found.append(_rank(text, value, start, m.end(), ls))
        used.append((start, m.end()))
    for m in _STREET_ANCHOR.finditer(text):
        if any(s <= m.start() < e for s, e in zones + used):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        tail = re.sub(r"^\s+in\s+", ", ", m.group(2))
        value = re.sub(r",\s+", ", ", m.group(1).rstrip(".") + tail)
        start = m.start()
        unit = _UNIT_BEFORE_STREET.search(text, max(0, start - 20), start)
        if unit:  # "in a shared house - Room 3, 40 Station Road, Llanelli (no postcode)"
            value, start = f"{unit.group(1)}, {value}", unit.start(1)
        found.append(_rank(text, value, start, m.end(), ls))

    def add_where_free(value: str, start: int, end: int, line_start: int) -> None:
        """A candidate the later readers find, unless a signature or an address already read stands there."""
        taken = zones + used + [(f.start, f.end) for f in found]
        if not any(s <= start < e for s, e in taken):
            found.append(_rank(text, value, start, end, line_start))

    for m in _UNIT_ANCHOR.finditer(text):
        add_where_free(m.group(1) + m.group(2), m.start(), m.end(), text.rfind("\n", 0, m.start()) + 1)
    for m in _NAMED_STREET.finditer(text):
        if _LIVES_NEAR.search(text[max(0, m.start() - 80) : m.start()]):
            add_where_free(m.group(1), m.start(1), m.end(1), text.rfind("\n", 0, m.start()) + 1)
    for m in _LIVES_AT_NUMBER.finditer(text):
        add_where_free(m.group(1), m.start(1), m.end(1), text.rfind("\n", 0, m.start()) + 1)
    for m in _LAYBY.finditer(text):
        # "lay-by off Ffug Road, by the industrial estate in Rassau, Ebbw Vale": the landmark is no part of it (and
        # would read as a business's address)
        value = re.sub(
            r"(?<=,)[ \t]*(?:by|near|next[ \t]+to|behind|opposite)[ \t]+the[ \t]+[a-z][a-z \t]*?[ \t]+in[ \t]+",
            " ",
            m.group(1).strip(" ,"),
        )
        add_where_free(value, m.start(1), m.end(1), text.rfind("\n", 0, m.start()) + 1)
    for m in _LAND_OFF.finditer(text):
        add_where_free(m.group(1), m.start(1), m.end(1), text.rfind("\n", 0, m.start()) + 1)
    fuller = any(f.rank > 0 for f in found)
    # a plot or a caravan said in passing, when the report gives no fuller address
    for m in [] if fuller else _PLOT_ON_SITE.finditer(text):
        value = f"{m.group(1)[0].upper()}{m.group(1)[1:]}, {m.group(2)}"
        add_where_free(value, m.start(1), m.end(2), text.rfind("\n", 0, m.start()) + 1)
    for m in [] if fuller else _IN_THE_CARAVAN.finditer(text):
        add_where_free(m.group(1), m.start(1), m.end(1), text.rfind("\n", 0, m.start()) + 1)
    for m in [*_LABELLED_PLACE.finditer(text), *([] if fuller else _PULLED_ON_TO.finditer(text))]:
        value = m.group(1).strip(" ,.;-–")
        parts = [p.strip() for p in value.split(",")]
        # "Address: Hafod Wen, Capel Dewi, Carmarthen (no postcode given ...)": a house by its name, then places
        house = len(parts) >= 3 and _BUILDING_WORD.search(parts[0]) and all(_CAPS_PART.match(p) for p in parts)
        if re.search(rf"\b{STREET_WORDS}\b|{_SITE_WORDS}", value) or house:
            # the words that introduce the place ("Location:", "pulled on to") are its line, as _rank reads it
            add_where_free(value, m.start(1), m.start(1) + len(value), m.start())
    next_door = _next_door_numbers(text, found)
    if next_door:
        # "I live on Ffug Street in Treffug and the 2 kids next door at number 58": the street alone is the writer's
        writer_streets = {m.start(1) for m in _WRITER_LIVES_ON.finditer(text)}
        found = [f for f in found if f.start not in writer_streets]
    found += next_door
    # "SECTION E: REFERRER ... Address: Tai Ffug, 5 Heol Ffug, ...": the referrer's office, never a child's home
    found = _without_shorter_copies(
        [f for f in found if f.rank > 0 and not _REFERRER_SECTION.search(section_heading(text, f.start) or "")]
    )
    return tuple(sorted(found, key=lambda f: (-f.rank, f.start)))


# A neighbour writing "I live at 25 Maes y Ffug in Pontyberem and the family next door at number 23 ...": the
# family's house is the writer's street at their number.
_WRITER_LIVES_AT = re.compile(r"(?:^|[.!?]\s+|\n)\s*I\s+live\s+at\s*$", re.IGNORECASE)
_THEIR_NUMBER = re.compile(
    r"\b(?:next\s+door|family|they|kids|children|boys|girls|boy|girl|house)\b[^.\n]{0,30}?\bat\s+number\s+"
    r"(\d{1,4}[A-Za-z]?)\b(?![ \t]+(?-i:[A-Z]))",
    re.IGNORECASE,
)


# ... or with no number of their own: "I live on Heol Ffug in Ystrad Mynach and the family at number 23 ..."
_WRITER_LIVES_ON = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*I\s+live\s+(?:on|in)\s+((?:[A-Z][\w'’-]+|y|yr)(?:[ \t]+(?:[A-Z][\w'’-]+|y|yr|a|ar)){1,3})"
    r"(?:[ \t]+in[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?))?"
)


def _next_door_numbers(text: str, found: list[AddressFound]) -> list[AddressFound]:
    out = []
    for m in _WRITER_LIVES_ON.finditer(text):
        street = _STREETLIKE.search(m.group(1))
        theirs = _THEIR_NUMBER.search(text, m.end(), min(len(text), m.end() + 120)) if street else None
        if theirs:
            value = f"{theirs.group(1)} {m.group(1)}" + (f", {m.group(2)}" if m.group(2) else "")
            out.append(AddressFound(value, theirs.start(1), theirs.end(1), None, 3))
    for f in found:
        own_number = re.match(r"\d{1,4}[A-Za-z]?\b", f.value)
        if not own_number or not _WRITER_LIVES_AT.search(text, max(0, f.start - 30), f.start):
            continue
        theirs = _THEIR_NUMBER.search(text, f.end, min(len(text), f.end + 200))
        if theirs and theirs.group(1) != own_number.group():
            value = theirs.group(1) + f.value[own_number.end() :]
            out.append(AddressFound(value, theirs.start(1), theirs.end(1), f.postcode, 3))
    return out


_REFERRER_SECTION = re.compile(r"(?i)\b(?:referr(?:er|ing)|professional|agency)\b")


_UNIT_SAID_BEFORE = re.compile(
    r"\b(?:in|on)[ \t]+((?:flat|room|unit|lodge|pitch|plot|caravan|chalet|static|van|bay)[ \t]+\d{1,3}[A-Za-z]?)"
    r"[ \t]+(?:at|on[ \t]+the[ \t]+(?:park|site))[ \t]*\(?[ \t]*$",
    re.IGNORECASE,
)
_UNIT_BEFORE_STREET = re.compile(r"\b((?:Flat|Room|Unit|Apartment)[ \t]+(?:\d{1,3}[A-Za-z]?|[A-Z])),[ \t]*$")
_UNIT_SAID_AFTER = re.compile(
    r"[ \t]*(?:[-–,(][ \t]*)?(caravan|static|van|pitch|plot|chalet|lodge|bay)[ \t]+(?:no\.?[ \t]*|number[ \t]+)?"
    r"(\d{1,3}[A-Za-z]?)\b",
    re.IGNORECASE,
)
# "Location: old colliery site, off Llwydcoed Road, Aberdare (no postcode - ...)": a labelled place with no house
# number or postcode, where a Traveller family has stopped or a family sleeps rough.
_SITE_WORDS = r"(?i:\b(?:site|pitch|plot|lay-?by|caravan|trailer|yard|encampment|field)\b)"
# ... or said so: "Last address we have is Plot 6, Ffug Travellers Site - site warden says ...".
_PLACE_VALUE = (
    r"(?!(?i:n/?k|unknown|nfa|none|not known|tbc|withheld)\b)([^\n()]{8,100}?)[ \t]*"
    r"(?=\(|\n|$|[ \t]-[ \t]|\.[ \t]|[ \t]+(?:on|since|last|this|yesterday)\b)"
)
_LABELLED_PLACE = re.compile(
    # "Believed current location: Ffug Caravan Site, Cardiff", a web form's "Child's address or location: ..."
    r"(?:(?m:^)[ \t]*(?:[-•*][ \t]*)?(?i:(?:believed|possible|likely)[ \t]+)?"
    r"(?i:(?:home|current|family|present|child['’]s)[ \t]+)?"
    r"(?i:address(?:[ \t]+or[ \t]+location)?|location|site|living[ \t]+at)[ \t]*:[ \t]*"
    rf"|(?i:\b(?:last|current|home)[ \t]+address[ \t]+(?:we[ \t]+have[ \t]+)?(?:is|was)[ \t]+)"
    # "Home is Pitch 9, Ffug Site"
    rf"|(?i:\bhome[ \t]+is[ \t]+)(?=(?i:pitch|plot|bay|caravan|chalet)\b)){_PLACE_VALUE}"
)
# "a family who pulled on to the roadside at the former Cwm Ffug Works, Llantwit Road, Beddau on Sunday": where a
# Traveller family stopped, when the report gives no fuller address ("pulled onto Cae Ffug site ... (Plot 4, Cae
# Ffug Site, Heol ..., CF40 2TB)" gives one).
_PULLED_ON_TO = re.compile(
    r"(?i:\bpulled[ \t]+(?:on[ \t]*to|up[ \t]+(?:at|on))[ \t]+"
    rf"(?:the[ \t]+(?:roadside|verge|land)[ \t]+(?:at|off|on)[ \t]+)?(?:the[ \t]+)?)"
    rf"(?=(?:(?:former|old)[ \t]+)?[A-Z]){_PLACE_VALUE}"
)
# Where a family lives on a site or in a caravan with no street address: "Johnny and Bridget Ffug ... from plot 7 on
# the Ffug Way site", "kids living in the caravan behind the old garage at Penffug that never go to school".
_PLOT_ON_SITE = re.compile(
    # ... or "They were on plot 4, Glan Ffug Traveller Site, St Asaph" (the town after it kept)
    r"\b(?i:on|at|from|in)[ \t]+((?i:plot|pitch|bay)[ \t]+\d{1,3}[A-Za-z]?)(?:[ \t]+(?i:on|at)|[ \t]*,)[ \t]+"
    r"(?:the[ \t]+)?"
    r"((?:[A-Z][\w'’-]+[ \t]+){1,3}(?i:site|park)(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?=[.,\n]|$))?)"
    r"(?![\w'’-])"
)
_IN_THE_CARAVAN = re.compile(
    r"\b(?:living|lives|live|staying|stays|stay)[ \t]+in[ \t]+(?:a|the|their|an[ \t]+old)[ \t]+"
    r"((?:static[ \t]+)?(?:caravan|static|trailer|van)[ \t]+(?:behind|next[ \t]+to|near|by|at|on)[ \t]+"
    r"[^.\n,;()]{3,60}?\b(?-i:[A-Z])[\w'’-]+)(?=[ \t]+(?:that|who|with|since|for|and|where)\b|[ \t]*[.,;()\n]|$)",
    re.IGNORECASE,
)


# "The family at 19 Mount Pleasant, Abercynon (next door to me)": a numbered house on a road named without a street
# word, said where someone lives.
_LIVES_AT_NUMBER = re.compile(
    r"\b(?:family|they|lives?|living|staying)\s+(?:\w+\s+){0,2}?at\s+"
    r"(\d{1,4}[A-Za-z]?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2},[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)\b"
)


# An encampment where there is no address: "Unauth encampment on land off Ffug Road, Caerphilly (former depot)"
_LAND_OFF = re.compile(
    r"(?i:\b(?:encampment|encamped|camped|camping|caravans?|pulled\s+(?:on|up))\b[^.\n]{0,30}?\bon\s+(?:the\s+)?"
    r"|\bpulled\s+on\s*to\s+(?:the\s+)?)"  # "a group of families pulled onto land off Ffug Road, Aberkenfig"
    r"((?i:land)\s+(?i:off|at|behind|near|by)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+"
    r"(?:Road|Lane|Way|Street|Avenue|Drive)(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
)


# A Traveller family's roadside stop, as written: "the lay-by on the A465 near Glynneath", "Ruabon Road lay-by,
# Wrecsam, LL13 7PB" (the postcode reader takes those with a postcode), "lay-by off the A48 near Pencoed", "the
# lay-by off Ffug Road, Abercanaid".
_LAYBY = re.compile(
    r"\b((?:(?!The\b)(?-i:[A-Z])[\w'’-]+[ \t]+(?:Road[ \t]+)?)?lay-?by[ \t]+(?:on|off|at)[ \t]+"
    r"(?:the[ \t]+[AB]\d{1,4}\b|(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?[ \t]+(?:Road|Lane|Way|Bypass)\b"
    r"|(?<=at[ \t])(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?(?=[ \t]*,))"  # "lay-by at Stormy Down, A48, Pyle"
    r"[^.\n();]{0,50}?)(?=[ \t]*(?:[.();\n]|,[ \t]*\d|$)"
    r"|[ \t]+(?:since|for|with|where|and|but|last|this|at[ \t]+the[ \t]+moment|on[ \t]+(?:\w+day|the|\d))\b)",
    re.IGNORECASE,
)


# An adult who is not the child's carer, named before "who lives at" / "of": their address is not the child's.
# "As of today the family have moved into temporary accommodation at ...": the latest home, over any said before.
_NOW_AT = re.compile(
    # "Aaliyah moved to live with her father, Mr Ffug, at ...": where the child went to live
    # (... "with their father, Mr Liam Ffug, and his partner Ms Stacey Ffug at:")
    r"\bmoved\s+to\s+live\s+with\b[^.\n]{0,90}\bat[ \t>]*:?\s*$"
    # "However she has been back living with her mother, Ms Ffug, at": back home, over the move said before
    r"|\bback\s+(?:living|staying)\s+with\b[^.\n]{0,60}\bat[ \t>]*:?\s*$"
    # "correction - address is 19 ...", "Apologies, the address is actually 31 ...", "The family are actually at ..."
    r"|\b(?:correction|corrected|actually|should\s+(?:have\s+)?(?:been|be|read))\b[^.\n]{0,40}$"
    r"|\b(?:full|correct)\s+address\s+is\s*:?\s*$"  # "full address is 4 Maes y Ffug, ... if that helps"
    r"|\b(?:they|he|she)\s+(?:are|is)\s+now\s+(?:at|in)\b[ \t>]*:?\s*$"  # "placed in a B&B and they are now at:"
    r"|\b(?:as of (?:today|last \w+|\w+day|the \w+)|now|have since|has since|since then"
    r"|since (?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|last \w+|the \w+))\b[^.\n]{0,60}"
    r"\b(?:moved|living|lived|staying|placed|lives|live|stay)\b"
    # "... has since moved with her two children to her sister's address:"
    r"[^.\n:]{0,80}\b(?:at|address)[ \t>]*:?\s*$"
    # "Niamh stayed behind and is living with her grandmother, Mrs Ffug, at", "arranged for Lucas to stay with his
    # Mam-gu, Mrs Ffug, at": where the child lives now
    # ... "Only Mum moved. Jayden has stayed with his dad, Chidi Ffug, at ..."
    # ... "she says he's been living with his dad, Radu Ffug, since the start of June at"
    r"|(?:\b(?:(?:(?:is|are)\s+(?:now\s+)?|(?:have|has)\s+(?:now\s+)?been\s+)|['’](?:s|ve)\s+(?:now\s+)?(?:been\s+)?)"
    r"(?:living|staying)|\b(?:has|have)\s+stayed)"
    r"\s+with\b[^.\n]{0,80}\bat[ \t>]*:?\s*$"
    r"|\breturned\s+(?:home\s+)?to\b[^.\n]{0,60}\bat[ \t>]*:?\s*$"  # "has been returned home to her mother ... at"
    # "Poppy went to live with her father, Mr Ffug, ... His address was given as ..."
    r"|\b(?:went|gone|moved)\s+to\s+live\s+with\b[^\n]{0,200}?\b(?:his|her|their)\s+address\s+"
    r"(?:was\s+given\s+as|is)\s*:?\s*$"
    r"|(?<!\bused\s)\bto\s+(?:stay|live)\s+with\b[^.\n]{0,60}\bat[ \t>]*:?\s*$"  # (not "they used to live with")
    # "agreed ... that Jordan will now live permanently with his maternal aunt:\n\nTanya Ffug (aunt)\n7 Ffug Street"
    r"|\b(?:will|is\s+to|are\s+to)\s+(?:now\s+)?(?:live|stay)\s+(?:permanently\s+)?with\b[^.]{0,80}:[^.:]{0,40}$"
    # "Tyrese lives with his maternal grandmother, Pauline Ffug, who has had an SGO since he was small:\n9 Ffug Road"
    r"|\blives?\s+with\s+(?:his|her|their)\s+(?:maternal\s+|paternal\s+)?(?:grandmother|grandfather|grandparents|nan"
    r"|nain|gran|aunt|auntie|uncle|mam-gu|tad-cu|taid)\b[^.\n]{0,100}:\s*$"
    # "Current address (CONFIDENTIAL - please do not disclose to anyone):", "Grandmother's address:"
    r"|\b(?:current|new|present)\s+address\b[^\n:]{0,80}:\s*$"
    r"|\b(?:grandmother|grandfather|grandparents|nan|nain|gran|aunt|auntie|uncle)['’]s?\s+address\s*:?\s*$",
    re.IGNORECASE,
)
# "I'm the landlord of 22 Ffug Street": the writer's let house, the family's home.
_LANDLORD_OF = re.compile(r"\b(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+the\s+(?:landlord|landlady|owner)\s+of\s*$", re.I)
# "a maternal aunt, Ms Janice Ffug, who lives at 63 ...": a relative's own home, the child's only if said so.
_RELATIVE_LIVES = re.compile(
    r"\b(?:aunt|auntie|uncle|grandmother|grandfather|grandparents|nan|nain|gran|relatives?|cousin|sister|brother"
    r"|friend)\b[^.;\n]{0,50}?(?:\bwho\s+lives\s+at\s*$"
    # "they came here as mum's sister lives locally (Amy Ffug, 5 Rhes y Ffug, Abermaw)"
    r"|\blives\b[^.;\n()]{0,30}\([^()\n]{0,40}$)",
    re.IGNORECASE,
)
# "Their mother, Kasia, lives in Wrexham (14 Ffug Road, ...)": a parent's home elsewhere, given as an aside
_PARENT_LIVES_IN_TOWN = re.compile(
    r"\b(?i:their|his|her)\s+(?i:mother|mum|mam|father|dad)\b[^.\n]{0,40}\blives\s+in\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s*\(\s*$"
)
_ADULT_LIVES = re.compile(
    r"\b(?:(?:1[89]|[2-9]\d)[- ]years?[- ]old|(?:1[89]|[2-9]\d)\s*(?:yrs?|y/?o)\b|\((?:1[89]|[2-9]\d)\)|man|woman|male"
    r"|female|adult|suspect|perpetrator|offender|boyfriend|girlfriend|ex-partner|partner|neighbour|landlord|uncle"
    r"|[A-Z][\w'’-]+['’]s\s+(?:father|dad)"  # "Bobby's father, Kwame Ffug, lives at ...": a parent apart
    # "Their father, Mr Ffug, lives at ..." (not a housing form's "Client address:", the family's)
    r"|(?:their|his|her|the)\s+(?:father|dad)|client(?!\s+address)|service user(?!\s+address)"
    # "Dad, who lives separately at ...": a parent said to live apart
    r"|(?:mum|mam|mother|dad|father)(?=,?\s+who\s+(?:now\s+)?lives\s+(?:separately|elsewhere|apart)\b)"
    # "Dad lives at 9 Ffug Road; Tyler and mum are at ...": a parent's own home, said at a sentence's start
    r"|(?:(?<=[.;!?]\s)|(?<=\n))(?:dad|father)(?=\s+(?:now\s+)?lives\s+at\b)"
    # "Mum's sister lives at 4 Ffug Road and says she has not seen them": a parent's relative or friend, at home
    r"|(?:mum|mam|mother|dad|father)['’]s\s+(?:sister|brother|aunt|uncle|friend)"
    r"|cousin|lodger)\b[^.;\n]{0,50}?(?:\b(?:who\s+)?(?:lives|is\s+living|resides|stays)"
    r"(?:\s+(?:separately|elsewhere|apart|nearby|locally))?\s+at|\bliving\s+at|\bresiding\s+at"
    # (not "Neighbour says they moved out of 11 Heol Ffug": where the family lived)
    r"|(?<!\bout\s)\bof|\bfrom|\baddress(?:\s+is)?[:,]?)\s*(?:the\s+(?:family\s+)?home,?\s*)?"
    r"(?:(?:Flat|Room|Unit|Apartment)\s+\w+,\s*)?$",
    re.IGNORECASE,
)


# "... her ex-partner (Tyrese's father, Jerome Ffug), who is the perpetrator. His last known address is 17 ...":
# the abuser's home, in the sentence after the one that says who he is
_PERPETRATORS_ADDRESS = re.compile(
    r"\b(?:perpetrator|suspect|offender|abuser|ex-partner)\b[^.\n]{0,40}[.;]\s+(?:His|Her)\s+"
    r"(?:last\s+known\s+|home\s+|current\s+|own\s+)?address\s+(?:is|was)\s*:?\s*$",
    re.IGNORECASE,
)
# A grandparent or other relative writing of "my grandchildren": their own address is not the children's home.
_WRITER_IS_KIN_APART = re.compile(
    r"\bmy\s+(?:two\s+|three\s+|four\s+)?(?:grand(?:children|kids|sons?|daughters?)|nephews?|nieces?|wyrion|ŵyr|wyres)\b"
    r"|\bI\s+am\s+(?:their|his|her)\s+(?:Taid|Nain|Tad-cu|Mam-gu|grandfather|grandmother|grandad|grandma|nan|gran"
    r"|aunt|auntie|uncle)\b",
    re.IGNORECASE,
)
# A police notice's adult, by the surname in capitals alone, at a sentence's start: "WISNIEWSKI is believed to be
# living at 61 Ffug Street" (the ex-partner's address, not the family's)
_CAPS_SURNAME_LIVES = re.compile(
    r"(?:^|[.!?]\s+|\n)[A-Z][A-Z'’-]{2,}\s+(?:is|was)\s+(?:(?:believed|thought|understood|said|known)\s+to\s+be\s+)?"
    r"(?:living|staying|residing)\s+at\s*$"
)


# "Maternal grandmother, Pauline Ffug, 40 Heol Ffug, Nelson CF46 6HL, says she has not heard from them": a relative
# named with their own address (lived with, the relative is read by _WITH_WHOM first)
_KIN_NAMED_AT = re.compile(
    r"(?:^|[.;]\s+|\n)(?i:(?:(?:maternal|paternal)\s+)?(?:grandmother|grandfather|grandparents?|nan|nain|taid|gran|aunt"
    r"|auntie|uncle))\s*,\s*(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*,\s*$"
)
# An address the family gave or were moving to, in a report that says they never moved in: not their home.
_NEVER_MOVED_IN = re.compile(
    r"\bnever\s+(?:moved|arrived)\s+in\b|\bdid\s*(?:n['’]t|\s+not)\s+move\s+in\b|\bnever\s+took\s+up\s+the\s+tenancy\b",
    re.IGNORECASE,
)
_ADDRESS_TO_COME = re.compile(
    r"\b(?:given|application|moving\s+to|intended|proposed|new)\b[^.\n]{0,30}$", re.IGNORECASE
)
# A bail address is a suspect's when the paragraph is about one; a young person's own bail address is their home.
# ... and so is "His home address is ..." in a paragraph about a perpetrator.
_SUSPECTS_BAIL = re.compile(
    r"\bbail\s+address\s*(?:is|was|:)?\s*$|\b(?:his|her)\s+(?:home\s+)?address\s+(?:is|was)\s*:?\s*$", re.IGNORECASE
)
_SUSPECT = re.compile(r"\b(?:suspect|perpetrator|offender|arrested|alleged)\b", re.IGNORECASE)


# Temporary accommodation numbers its rooms as units: "Glasfryn Lodge Hostel, Unit 4, ..." is a home.
_TEMPORARY = re.compile(
    # Welsh "Gwesty'r Ffug" (the Ffug hotel), "Llety" (lodging)
    r"\b(?:Hostel|Refuge|Hotel|B\s?&\s?B|Guest\s+House|Lodge|Supported\s+Housing|Temporary|Family\s+Unit|Gwesty|Llety)\b",
    re.IGNORECASE,
)


# "Uncle's address: 6 Ffug Street" in a report that says the child "has gone to live with his uncle".
_RELATIVES = r"aunt|auntie|uncle|grandmother|grandfather|grandparents|nan|nain|gran|taid|mam-gu|tad-cu"
_KIN_ADDRESS = re.compile(rf"\b({_RELATIVES})['’]s?\s+address\s*(?:is)?\s*:?\s*$", re.IGNORECASE)


# "Father: Tomasz Ffug\nAddress: 22 Heol Ffug", "Father: Mr Scott Ffug, 2 Ffug Terrace, ...": the address row under
# a relative's row, or on it, is that relative's.
_KIN_ROWS = rf"(?:^|\n)[ \t]*(father|dad|mother|mum|mam|{_RELATIVES})[ \t]*:"
_KIN_ROW_ABOVE = re.compile(rf"{_KIN_ROWS}[^\n]*\n[ \t]*(?:home[ \t]+)?address[ \t]*:[ \t]*$", re.IGNORECASE)
_KIN_ROW_BESIDE = re.compile(rf"{_KIN_ROWS}[^\n]{{1,50}},[ \t]*$", re.IGNORECASE)


# "by his father, Mr Chinedu Ffug, with whom Emrys lives at 9 Heol Ffug": the child's home, said of the adult.
_WITH_WHOM = re.compile(
    r"\bwith\s+whom\s+(?:(?-i:[A-Z])[\w'’-]+|he|she|they|the\s+(?:child|children|kids))\s+(?:now\s+)?"
    r"(?:lives|live|is\s+living|are\s+living|stays|is\s+staying)\s+at\s*$",
    re.IGNORECASE,
)


# "bailed with a condition to reside at his father's address:", "has gone to live at her nan's house,": the child's
# home, though a parent's or relative's address.
_TO_LIVE_AT_KINS = re.compile(
    rf"\b(?:reside|live|stay|residing|living|staying)\s+at\s+(?:his|her|their)\s+(?:father|dad|mother|mum|mam"
    rf"|{_RELATIVES})['’]s\s+(?:address|home|house|flat)\s*:?\s*$",
    re.IGNORECASE,
)


# "On release Kyle has gone to live with his uncle, Darren Ffug, which is his approved licence address:\n40 ...":
# the relative's address the child now lives at, given after a colon
_WENT_TO_LIVE_WITH_AT = re.compile(
    r"\b(?:gone|went|moved|come|came)\s+to\s+live\s+with\s+(?:his|her|their)\b[^.\n]{0,90}:[ \t]*\n?[ \t]*$",
    re.IGNORECASE,
)


def _home_with_relative(text: str, start: int) -> bool:
    """The address is a relative's ("Uncle's address:", an "Address:" row under "Father: ...") and the child is
    said to live with that relative ("the children ... are now living with their father")."""
    kin = _KIN_ADDRESS.search(text, max(0, start - 40), start)
    kin = kin or _KIN_ROW_ABOVE.search(text, max(0, start - 120), start)
    now = ""
    if kin is None:
        # a row that gives the address beside the name says less, so the move to them must be said to be now
        kin, now = _KIN_ROW_BESIDE.search(text, max(0, start - 80), start), r"now\s+"
    return bool(
        kin
        and re.search(
            rf"\b{now}(?:live|lives|living|stay|stays|staying)\s+with\s+(?:his|her|their)\s+{re.escape(kin.group(1))}\b",
            text,
            re.IGNORECASE,
        )
    )


# "his uncle, Mehmet Ffug, who runs the barber's shop at 22 King Street": where someone works, no one's home
# "Perpetrator: Craig Ffug (children's father), 17 Hollybush Lane, ...": a form row giving the abuser's own address
_PERPETRATOR_ROW = re.compile(
    r"(?:^|\n)[ \t]*(?:alleged[ \t]+)?(?:perpetrator|suspect|offender|abuser)[ \t]*:[^\n]{0,80}$", re.IGNORECASE
)
_NOW_LIVING_WITH_AT = re.compile(
    r"\b(?:are|is)\s+now\s+(?:living|staying)\s+with\b[^.\n]{0,70}$"
    # a form's row "Currently living with: Mrs X (family friend, not related) at 5 Ffug Road, ...": the child's home
    r"|^[ \t]*(?:currently[ \t]+|now[ \t]+)?(?:living|lives|staying|stays|resides|residing)[ \t]+with[ \t]*:"
    r"[^\n]{1,80}\bat[ \t]*$"
    # "they've moved in with her partner in Pontypool - new address 23 ...": the partner's home is theirs now
    r"|\bmoved[ \t]+in[ \t]+with\b[^.\n]{0,60}\bnew[ \t]+address[ \t]*(?:is[ \t]*)?:?[ \t]*$"
    # "Chloe has lived with her aunt, Ms Tanya Ffug, at 27 Clos Ffug, ...": where the child has lived
    r"|\b(?:has|have)[ \t]+(?:been[ \t]+)?(?:lived|living|staying)[ \t]+with\b[^.\n]{0,60}\bat[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BUSINESS_AT = re.compile(
    r"\b(?:runs|owns|works\s+(?:at|in))\s+(?:the|a|an|his|her|their)?\s*[^.\n,]{0,30}?"
    r"\b(?:shop|restaurant|takeaway|caf[eé]|business|salon|garage|pub|store|barber['’]?s|hairdresser['’]?s)"
    r"\s+(?:at|on|in)\s*$"
    # "the letting agent (Ffug Lettings, 3 Ffug Street, ...)", "the housing association's office (...)"
    r"|\b(?:letting|estate|managing)\s+agents?\s*\([^()\n]{0,40},\s*$",
    re.IGNORECASE,
)


def _rank(text: str, value: str, start: int, end: int, line_start: int) -> AddressFound:
    if _BUSINESS_AT.search(text, max(0, start - 60), start):
        return AddressFound(value, start, end, normalise_postcode(value), 0)
    if _NOW_LIVING_WITH_AT.search(text, max(0, start - 100), start):
        # "They are now living with Mum at her new partner's address, 12 ...": the children's home now, whose ever
        return AddressFound(value, start, end, normalise_postcode(value), 4)
    if (
        _home_with_relative(text, start)
        or _WITH_WHOM.search(text, max(0, start - 60), start)
        or _TO_LIVE_AT_KINS.search(text, max(0, start - 60), start)
        or _WENT_TO_LIVE_WITH_AT.search(text, max(0, start - 120), start)
    ):
        return AddressFound(value, start, end, normalise_postcode(value), 4)
    if _LANDLORD_OF.search(text, max(0, start - 40), start):
        # "I'm the landlord of 22 Ffug Street ... My tenant Ms Ffug (mum) ...": the let house, the family's home
        return AddressFound(value, start, end, normalise_postcode(value), 3)
    if (
        _ADULT_LIVES.search(text[max(0, start - 90) : start])
        or _KIN_NAMED_AT.search(text, max(0, start - 70), start)
        or _PERPETRATOR_ROW.search(text, max(0, start - 90), start)
        or _CAPS_SURNAME_LIVES.search(text, max(0, start - 80), start)
        or _PERPETRATORS_ADDRESS.search(text, max(0, start - 120), start)
    ):
        return AddressFound(value, start, end, normalise_postcode(value), 0)
    # "Current address: c/o 19 Heol ...": the label is read past the "care of".
    # An address written a part to a line is read after the line before it ("placed her ... at:\n\nFlat 7\n...").
    left_from = max(line_start, start - 60) if start >= line_start else max(0, start - 60)
    # ... and past whose care: "Forwarding address: c/o Mrs Ffug (maternal grandmother), 44 ..."
    left = re.sub(r"\b(?:c/o|care of)\s*(?:[^\n,:]{1,60},\s*)?$", "", text[left_from:start], flags=re.I).rstrip("\n")
    line = text[line_start : text.find("\n", end) if text.find("\n", end) >= 0 else len(text)]
    not_home = _NOT_HOME.search(value)
    if (
        not_home
        and not_home.group().lower().startswith("unit")
        and (_TEMPORARY.search(text[max(0, start - 60) : end]) or re.match(r"(?i:Flat|Apartment|Room)\s+\w+,", value))
    ):
        not_home = None  # a hostel's unit, or "Flat 1, Unit 2, Ffug Road": someone's flat above a business
    if not_home and re.match(r"(?i:Flat|Apartment)\s+\w+,\s*Ty\s", value) and not_home.start() < 20:
        not_home = None  # "Flat 12, Ty Tudor House, ...": flats in a block named like an office, a home
    # "Address given by mum to Callum's school: 6 Heol ...": the home address a school was given, not the school's.
    given_to = re.search(r"\b(?:given|gave|provided|told)\b[^.\n]{0,40}\bto\b[^.\n]{0,25}$", left, re.I)
    # "arrested later that evening at his brother's address, ...": where the suspect was found, no child's home
    # ... or "was located at 23:55 the same night by officers at Flat 12, ...": where a missing child was found
    elsewhere = re.search(
        # (not "have since found a forwarding address for Mr Ffug at ...": the home found)
        r"\bcar\s+park,?\s*$|\b(?:arrested|detained)\b[^.\n]{0,50}$"
        r"|\b(?:was|were|been)\s+(?:located|found|traced)\b[^.\n]{0,50}\bat\s*$",
        left,
        re.I,
    )
    # "I met a young man at the drop-in at Canolfan Ieuenctid Ffug (Park Street, ...)": where the writer met them
    elsewhere = elsewhere or re.search(r"\b(?:drop-?in|youth\s+(?:club|hub|centre))\b[^.\n]{0,50}\(\s*$", left, re.I)
    if not_home or elsewhere or not given_to and re.search(
        r"(?<!\bto\s)(?<!\bby\s)\b(?:office|surgery|station|school|practice|work|referrer|agency|organi[sz]ation)(?:'s)?"
        r"\s*(?:address)?"
        r"\s*(?:is|:|,)?\s*$",
        left,
        re.I,
    ):
        rank = 0
    elif _NEVER_MOVED_IN.search(text) and _ADDRESS_TO_COME.search(left) and not _PREVIOUS.search(left):
        rank = 0  # "Address given on application: ..." where "a neighbour said the family never moved in"
    elif _SUSPECTS_BAIL.search(left) and _SUSPECT.search(text[text.rfind("\n\n", 0, start) + 1 : start]):
        rank = 0  # "The suspect, Lee Ffug, was arrested ... His bail address is ...": where he must live, not home
    elif _NOW_AT.search(text[max(0, start - 150) : start]):
        rank = 4  # "Since January he has lived with ... at": the latest home, whatever was said before it
    elif re.search(r"\b(?:dispersed|rehoused|relocated|moved)\b[^.\n]{0,40}?\b(?:to|into)\s*:?\s*$", left, re.I):
        rank = 3  # "... until 17 June, when they were dispersed to:\n\nFlat B\n73 Heol ...": where they went
    elif (
        _PREVIOUS.search(left)
        or re.search(r"\bnot (?:been )?(?:living|staying) with\b|\bnid\s+yw\b[^.\n]{0,40}\byn\s+byw\b", left, re.I)
        # "the family are not at the address mum gave (12 Ffug Street, ...)"
        or re.search(r"\bnot\s+(?:at|living\s+at)\s+the\s+address\b[^.\n]{0,30}$", left, re.I)
        or _NOT_HOME_AFTER.search(text[end : end + 120])
        # a police notice's "Incident location:": where it happened, the home only if nothing better is given
        or re.search(r"\b(?:incident\s+location|location\s+of\s+(?:the\s+)?incident)\s*:?\s*$", left, re.I)
    ):
        rank = 1  # a previous address, or the home of someone the child no longer lives with
    elif _RELATIVE_LIVES.search(text[max(0, start - 90) : start]) or _PARENT_LIVES_IN_TOWN.search(left):
        rank = 1
    elif re.search(r"\b(?:your|referrer['’]?s?)\s+address\s*:?\s*$", left, re.I):
        rank = 1  # a web form's "Your address:": the home of whoever filled it in, the child's only if none else
    elif re.search(r"\bmy\s+address\s+is\s*:?\s*$", left, re.I) and _WRITER_IS_KIN_APART.search(text):
        rank = 1  # a grandparent's "I live in Wrexham - my address is ...": theirs, the children's only if none else
    elif re.search(r"\blast\s+known\b[^\n:]{0,30}:?\s*$", left, re.I):
        rank = 2  # a last known address gives way to a new or current one given beside it
    elif (
        _CURRENT.search(left)
        or re.search(r"\(home address|\blives? (?:at|with)", line, re.I)
        # "Placement: emergency foster placement with Mrs X (foster carer), 8 Clos y Ffug, ...": where the child is
        or re.match(r"[ \t]*(?:(?:current[ \t]+)?placement|placed(?:[ \t]+at)?)[ \t]*:", line, re.I)
    ):
        rank = 3
    else:
        rank = 2
    return AddressFound(value, start, end, normalise_postcode(value), rank)
