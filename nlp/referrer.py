"""Who made the referral and for which agency: the email domain first, then signature and wording."""

from __future__ import annotations

import re

from nlp.names import display_name, find_names

_DOMAIN_AGENCY = [
    (r"police\.uk$|\.pnn\.", "police"),
    (r"nhs\.uk$|nhs\.net$|wales\.nhs", "health"),
    (r"careerswales|gyrfacymru", "careers"),
    (
        r"hwbcymru\.net$|\.sch\.uk$"
        r"|^(?:admin|office|head|school(?!\.?nurs)|dsl|attendance)[\w.-]*@(?!.*\bnhs\b).*\.(?:cymru|wales)$",
        "school",
    ),
    (r"womensaid|refuge|lloches|cymorth", "refuge"),
    (r"homes\.co\.uk$|housing|\bha\.org", "housing"),
    (
        r"gmail|hotmail|outlook\.com$|yahoo|btinternet|icloud|live\.co\.uk|aol\.|sky\.com|virginmedia"
        r"|talktalk",
        "public",
    ),
]
_WORDING_AGENCY = [
    (r"Youth (?:Justice|Offending)|YOT\b|YJS\b|Cyfiawnder Ieuenctid", "youth_offending"),
    (
        r"Children'?s Services|Social Worker|Gweithiwr Cymdeithasol|Kinship|Fostering|Family Support"
        r"|Looked After|MASH Team",
        "childrens_services",
    ),
    (r"Housing|Tai\b|Homeless", "housing"),
    (
        r"Traveller Education|EMTAS|Admissions|Education Welfare|Inclusion Service|Educational Psycholog",
        "education_support",
    ),
    (r"Women'?s Aid|Refuge", "refuge"),
    (r"Careers Wales|Gyrfa Cymru", "careers"),
    (
        # (whole words: not the "church" of an address's "Ffordd Coychurch")
        r"\b(?:Charity|Church|Resettlement|Foodbank|Barnardo|NSPCC|Action for Children|Project|Food ?bank"
        r"|Community (?:Centre|Group))\b",
        "voluntary",
    ),
    (r"Police|Heddlu", "police"),
    (r"Health Visitor|School Nurs(?:e|ing)|Surgery|Medical Centre|Health Centre|NHS|UHB|CAMHS|GP Partner", "health"),
    (
        r"Primary|Comprehensive|High School|Ysgol|Academy|Community School|Junior School|Headteacher|Head of Year"
        r"|(?-i:\b[A-Z][\w'’-]+ School\b(?! Nurs))",  # "Pentrehafod School" in a signature
        "school",
    ),
]
_OUR_LA = r"rctcbc|rhondda"
# A school's own name, as it signs: "Maindee Ffug Primary School", "Ysgol Gynradd Ffug".
_SCHOOL_SIGNED = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*[ \t]+(?:Primary|High|Comprehensive|Junior|Infants?)(?:[ \t]+School)?\b"
    r"|\bYsgol[ \t]+[A-Z]"
)


def agency_for(sender: str | None, channel: str, signature: str, sender_name: str | None) -> str | None:
    """SCHEMA.md agency of the referrer."""
    if channel == "slack":
        return "school"
    domain = (sender or "").lower()
    words = f"{sender_name or ''}\n{signature}"
    for rx, agency in _DOMAIN_AGENCY:
        if re.search(rx, domain):
            # A church or charity writing from a personal address is still a voluntary body.
            if agency == "public" and re.search(
                r"Church|Charity|Food ?bank|Project|Community (?:Centre"
                r"|Group)",
                words,
            ):
                return "voluntary"
            return agency
    for rx, agency in _WORDING_AGENCY:
        if re.search(rx, words, re.IGNORECASE):
            if agency == "education_support" and _SCHOOL_SIGNED.search(words):
                return "school"  # "Admissions & Attendance Officer / Maindee Ffug Primary School"
            if agency in {"education_support"} and not re.search(_OUR_LA, domain) and "gov" in domain:
                return "other_la"
            return agency
    if ".gov.uk" in domain and not re.search(_OUR_LA, domain):
        return "other_la"
    return "other" if domain else None


_ORG_WORDS = re.compile(
    r"\b(?:Aid|Church|Team|Service|Services|Council|Project|Coordinator|Co-ordinator|Officer|Manager|Police|"
    r"Health|Centre|School|Primary|Surgery|Practice|Unit|Trust|Board|Wales|Cymru|Heddlu|Worker|Nurse|Visitor)\b"
)
_POSTNOMINAL = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})$")  # RN, SCPHN, MBBCh, FEO, DSL


def _strip_postnominals(name: str) -> str:
    words = name.split()
    while len(words) > 2 and _POSTNOMINAL.match(words[-1]):
        words.pop()
    return " ".join(words)


def referrer_name(signature: str, sig_start: int, sender_name: str | None, channel: str) -> tuple[str, int, int] | None:
    """The referrer's name: a Slack sender's display name; else the fullest name signed (not an organisation's
    line), else the sender's display name."""
    if channel == "slack" and sender_name:
        full = _display_person(sender_name)
        if full:
            return full, -1, -1
    best: tuple[str, int, int] | None = None
    best_rank = (False, 0)
    for n in find_names(signature)[:6]:
        line_start = signature.rfind("\n", 0, n.start) + 1
        line_end = signature.find("\n", n.end)
        line = signature[line_start : line_end if line_end >= 0 else len(signature)]
        if len(line.strip()) > len(n.text) + 25 and not re.match(r"\s*(?:Thanks|Diolch|Ta|Cheers)", line):
            continue
        if _ORG_WORDS.search(line):
            continue
        name = _strip_postnominals(f"{n.title} {n.text}" if n.title else n.text)
        # A name on a line of its own (rank, number and letters after it aside) is the signer.
        rest = re.sub(r"\b(?:PCSO|PC|DC|DS|DI|Sgt|Dr|Mr|Mrs|Ms|Miss)\b|\d+|\([^)]*\)|[^\w\s'’-]", " ", line)
        own_line = _strip_postnominals(" ".join(rest.split())) == _strip_postnominals(n.text)
        rank = (own_line, len(n.text.split()))
        if best is None or rank > best_rank:
            best, best_rank = (name, sig_start + n.start, sig_start + n.end), rank
    if best and sender_name:
        # "Nia" signs off; the sender's display name "Roberts, Nia" gives the surname ("Ana Paula" signs off, and
        # "Ana Paula Ffug" sends).
        full = _display_person(sender_name)
        signed, sent = best[0].split(), (full or "").split()
        one_word_of_it = len(signed) == 1 and best[0] in sent
        its_first_words = 1 < len(signed) < len(sent) and sent[: len(signed)] == signed
        if full and (one_word_of_it or its_first_words):
            return full, best[1], best[2]
    if best:
        return best
    if sender_name:
        full = _display_person(sender_name)
        if full:
            return full, -1, -1
    return None


_ORGANISATION = re.compile(
    r"Office|Reception|Council|School|Surgery|Team|Admissions|Refuge|Housing|Services?\b|Support|Trust|Project"
)


def _display_person(sender_name: str) -> str | None:
    """'Hughes, Gemma' -> 'Gemma Hughes'; 'Miss X - Nantgarw Primary' -> 'Miss X'; None for an office."""
    head = re.split(r"\s+[-–|]\s+|\s*\(", sender_name)[0].strip()
    if "," in head:
        last, first = [p.strip() for p in head.split(",", 1)]
        head = f"{first} {last}"
    if find_names(head) and not _ORGANISATION.search(head):
        return display_name(_strip_postnominals(head))
    return None
