"""Who made the referral and for which agency: the email domain first, then signature and wording."""

from __future__ import annotations

import re

from nlp.names import display_name, find_names

_DOMAIN_AGENCY = [
    (r"police\.uk$|\.pnn\.", "police"),
    (r"nhs\.uk$|nhs\.net$|wales\.nhs", "health"),
    (r"careerswales|gyrfacymru", "careers"),
    (r"hwbcymru\.net$|\.sch\.uk$|^(?:admin|office|head|school)[\w.-]*@.*\.cymru$", "school"),
    (r"womensaid|refuge|lloches|cymorth", "refuge"),
    (r"homes\.co\.uk$|housing|\bha\.org", "housing"),
    (r"gmail|hotmail|outlook\.com$|yahoo|btinternet|icloud|live\.co\.uk|aol\.|sky\.com|virginmedia|talktalk", "public"),
]
_WORDING_AGENCY = [
    (r"Youth (?:Justice|Offending)|YOT\b|YJS\b|Cyfiawnder Ieuenctid", "youth_offending"),
    (
        r"Children'?s Services|Social Worker|Gweithiwr Cymdeithasol|Resilient Families|Kinship Care|MASH Team",
        "childrens_services",
    ),
    (r"Housing|Tai\b|Homeless", "housing"),
    (
        r"Traveller Education|EMTAS|Admissions|Education Welfare|Inclusion Service|Educational Psycholog",
        "education_support",
    ),
    (r"Women'?s Aid|Refuge", "refuge"),
    (r"Careers Wales|Gyrfa Cymru", "careers"),
    (r"Charity|Church|Resettlement|Foodbank|Barnardo|NSPCC|Action for Children|Project\b|Pantry", "voluntary"),
    (r"Police|Heddlu", "police"),
    (r"Health Visitor|School Nurse|Surgery|Medical Centre|Health Centre|NHS|UHB|CAMHS|GP Partner", "health"),
    (r"Primary|Comprehensive|High School|Ysgol|Academy|Community School|Junior School", "school"),
]
_OUR_LA = r"rctcbc|rhondda"


def agency_for(sender: str | None, channel: str, signature: str, sender_name: str | None) -> str | None:
    """SCHEMA.md agency of the referrer."""
    if channel == "slack":
        return "school"
    domain = (sender or "").lower()
    for rx, agency in _DOMAIN_AGENCY:
        if re.search(rx, domain):
            return agency
    words = f"{sender_name or ''}\n{signature}"
    for rx, agency in _WORDING_AGENCY:
        if re.search(rx, words, re.IGNORECASE):
            if agency in {"education_support"} and not re.search(_OUR_LA, domain) and "gov" in domain:
                return "other_la"
            return agency
    if ".gov.uk" in domain and not re.search(_OUR_LA, domain):
        return "other_la"
    return "other" if domain else None


def referrer_name(signature: str, sig_start: int, sender_name: str | None, channel: str) -> tuple[str, int, int] | None:
    """The referrer's name: the fullest name in the signature, else the sender's display name."""
    best = None
    for n in find_names(signature)[:4]:
        line_start = signature.rfind("\n", 0, n.start) + 1
        line = signature[line_start : signature.find("\n", n.end) if "\n" in signature[n.end :] else len(signature)]
        if len(line.strip()) > len(n.text) + 25 and not re.match(r"\s*(?:Thanks|Diolch|Ta|Cheers)", line):
            continue
        name = n.text if not n.title or n.title.lower() in {"dr", "pc", "pcso", "dc", "ds"} else f"{n.title} {n.text}"
        if n.title and n.title.lower() in {"dr", "pc", "pcso", "dc", "ds"}:
            name = f"{n.title} {n.text}"
        if best is None or len(name.split()) > len(best[0].split()):
            best = (name, sig_start + n.start, sig_start + n.end)
    if best:
        return best
    if sender_name:
        head = re.split(r"\s+[-–|]\s+|\s*\(", sender_name)[0].strip()
        if "," in head:
            last, first = [p.strip() for p in head.split(",", 1)]
            head = f"{first} {last}"
        if find_names(head) and not re.search(r"Office|Reception|Council|School|Surgery|Team", head):
            return display_name(head), -1, -1
    return None
