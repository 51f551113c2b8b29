"""Reasons a child is missing education, risk indicators and child protection concern: the policy's codes,
raised by the phrases partners use for them."""

from __future__ import annotations

import re

_ABROAD = (
    r"(?:Pakistan|Bangladesh|India|Nigeria|Ghana|Somalia|Somaliland|Eritrea|Ethiopia|Sudan|Syria|Iraq|Iran|"
    r"Afghanistan|Turkey|Morocco|Algeria|Egypt|Yemen|Saudi|Poland|Lithuania|Latvia|Romania|Bulgaria|Slovakia|"
    r"Czech|Hungary|Portugal|Spain|Italy|Greece|Albania|Kosovo|Ireland|France|Germany|Ukraine|Philippines|"
    r"China|Hong Kong|Jamaica|Zimbabwe|Kenya|Uganda|Sri Lanka|Nepal|Brazil|abroad|overseas)"
)
_GONE_ABROAD = (
    r"(?:gone|going|went|travel(?:l?ed)?|flown|flew|visit(?:ing)?|holiday|trip|staying|stayed|funeral|wedding"
    r"|boarding school)\b[^.\n]{0,40}\b(?:to|in)\s+" + _ABROAD
)
_NOT_BACK = (
    r"not (?:come |came )?back|not returned|hasn'?t returned|haven'?t returned|hasn'?t come back|haven'?t come back"
    r"|not back|no word|would be back|be back (?:for|by|in)|due back|for good|at least a year|for a while"
)

# Each code with the phrases that raise it; the first phrase found is kept as evidence.
RISK_PHRASES: dict[str, str] = {
    "young_runaway": r"reported missing|missing episodes?|missing on \w+ occasions|goes? missing|going missing|"
    r"ran away|runaway|missing person",
    "criminal_justice": r"youth (?:justice|offending)|referral order|detention and training|in custody|"
    r"released under investigation|\bYOT\b|\bYJS\b|court order|secure (?:centre|unit)"
    r"|criminal (?:exploitation|charge)",
    "refuge": r"\brefuge\b",
    "refugee_asylum": r"refugees?\b|asylum|resettlement|\bARAP\b|dispersal accommodation|fled (?:the )?war",
    "sexual_exploitation": r"sexual exploitation|\bCSE\b|older (?:males|men|boyfriend)"
    r"|(?:cars|vehicles?) with (?:older )?(?:males|men)|groom",
    "trafficking": r"traffick|modern slavery|county lines|National Referral Mechanism|\bNRM\b",
    "forced_marriage": r"forced marriage|arranged for \w+ to (?:get )?marr|to get married|to be married",
    "honour_based_violence": r"honou?r|\"?punished\"? (?:at home|by (?:her|his) family)"
    r"|(?:passport|documents) (?:has|have) been taken"
    r"|(?:scared|afraid|frightened) of (?:her|his) (?:family|father|dad|uncle|brothers?)",
    "domestic_violence": r"domestic (?:abuse|violence)|\bDA incident|flee(?:ing)? (?:domestic|abuse)"
    r"|fled (?:to a refuge|domestic|from (?:an? )?(?:abusive|violent))|non-molestation|\bMARAC\b|\bDASH\b"
    r"|incident (?:with|involving) (?:dad|mum|her partner|his partner|the father)",
    "homelessness": r"homeless|emergency accommodation|evicted|sofa[- ]surfing|section 21|hostel|no fixed abode|"
    r"temporary accommodation|\bB&B\b",
    "bereavement": r"passed away|\bdied\b|bereave|death of",
    "substance_misuse": r"\bdrugs?\b|cannabis|heroin|alcohol|substance misuse|cocaine",
    "mental_health": r"mental health|anxiety|self-harm|\bCAMHS\b|low mood|depress|inpatient unit|psychiatric|suicid"
    r"|eating disorder",
    "privately_fostered": r"private(?:ly)? foster",
    "teenage_parent": r"pregnan|young mum|baby (?:daughter|son)|her baby",
    "permanently_excluded": r"permanent(?:ly)? exclu",
    "extended_absence_abroad": _GONE_ABROAD,
    "migrant_family": r"arrived from|came over from|from (?:Poland|Romania|Slovakia|Lithuania|Bulgaria|Latvia"
    r"|Hungary)"
    r"|speaks? (?:limited|no|some|little|very little) English|English is (?:OK|limited|poor)|back to "
    + _ABROAD
    + r"|interpreter|\bRoma\b|Polish|Romanian",
    "gypsy_traveller": r"\bGyps(?:y|ies)\b|Traveller|\bRoma\b|encampment|(?:horse )?fairs\b"
    r"|travel(?:l?ing)? with (?:the )?work|on the road",
    "child_protection_register": r"CP register|child protection (?:plan|register)|on the register",
}
REASON_PHRASES: dict[str, str] = {
    "not_registered_at_5": r"(?:is|she's|he's|turned|aged?) (?:5|five)\b.{0,80}(?:not|n't) (?:in|registered|started)"
    r"|hasn't started school|not (?:yet )?(?:registered|started) (?:for|at) school"
    r"|(?:didn'?t|did not) (?:think|know|realise) (?:she|he|they) (?:had|needed) to (?:go|start)"
    r"|not registered (?:them|her|him) anywhere|not sure about school",
    "permanent_exclusion": r"permanent(?:ly)? exclu",
    "withdrawn_by_parent": r"deregister|took (?:both )?(?:children|him|her|them) out|taken off roll because|"
    r"withdraw|tynnu|asked us to take (?:him|her) off roll|home educat|home school|teach (?:him|her|them) at home",
    "travelling_lifestyle": r"travel(?:l?ing)? (?:every|each) (?:summer|year)"
    r"|travel(?:l?ing)? with (?:the )?work|Traveller family|"
    r"(?:horse )?fairs\b|encampment|travelling (?:family|community|lifestyle)",
    "failed_transfer": r"no (?:school has|new school has|RCT school has) (?:asked|requested|been in touch)"
    r"|no CTF request|(?:CTF|records|file) (?:has|have) not been requested"
    r"|no request for (?:her|his|their) (?:records|file)"
    r"|never heard of (?:her|him)|not take up (?:the|her|his) (?:secondary )?place|no record of an application"
    r"|would (?:start|be starting) at a school|hasn'?t applied",
    "moved_into_area": r"moved (?:here|down|up|in|into the area|to (?:the |your )?area|to RCT)|moved (?:here "
    r"|in )?from"
    r"|came (?:over )?from|arrived (?:from|in the UK|under|with us)|recently (?:moved|arrived)|relocated (?:here|to)"
    r"|come to live|pulled onto|now living in your|living in your area|believed (?:to have )?moved to your"
    r"|placed .{0,40} (?:in|at) |new tenancy|moved into|have moved to|has moved to|came back to",
    "moved_away_unknown_destination": r"whereabouts unknown|no (?:forwarding|new) address|(?:don'?t|do not|no one) "
    r"knows? where|left (?:the|their) (?:address|house|property|home)|(?:house|property) is empty|address unknown"
    r"|no idea where|destination unknown|not known where|fled to a refuge|we don'?t know where|no .{0,20}address",
    "did_not_arrive": r"not turned up|never arrived|hasn'?t turned up|haven'?t turned up|not taken up|"
    r"did not take up|has not started|hasn'?t started with us",
    "elective_home_education": r"home educat|home school|\bEHE\b|educate (?:him|her|them) at home|addysgu gartref"
    r"|teach (?:him|her|them) at home",
}
# Reasons and risks that a more specific code already says.
_IMPLIED_BY = {"migrant_family": "refugee_asylum"}

_CP = re.compile(
    r"safeguarding|child protection|CP register|\bMASH\b|strategy (?:meeting|discussion)|exploitation|neglect"
    r"|domestic abuse|DA incident|fled|fleeing|\brefuge\b|missing (?:episodes?|on)|reported missing|self-harm"
    r"|traffick|forced|honou?r|heroin|drugs|punished|\bPPN\b|\bDASH\b|Victim\s*:|screaming|left on (?:her|his) own"
    r"|asking (?:neighbours )?for food|hungry|left alone|perpetrator",
    re.IGNORECASE,
)
_NO_CP = re.compile(
    r"no (?:safeguarding )?concerns|not raising this as a safeguarding|no welfare concerns|no concerns for welfare",
    re.IGNORECASE,
)


def find_codes(text: str, table: dict[str, str]) -> list[tuple[str, int, int]]:
    """Codes whose phrases occur, in the table's order, with the first occurrence as evidence."""
    out = []
    for code, rx in table.items():
        m = re.search(rx, text, re.IGNORECASE)
        if m:
            out.append((code, m.start(), m.end()))
    if table is REASON_PHRASES:
        gone = re.search(_GONE_ABROAD, text, re.IGNORECASE)
        if gone and re.search(_NOT_BACK, text, re.IGNORECASE):
            out.append(("extended_leave_not_returned", gone.start(), gone.end()))
    codes = {c for c, _, _ in out}
    return [x for x in out if _IMPLIED_BY.get(x[0]) not in codes]


def child_protection_concern(text: str) -> tuple[bool, tuple[int, int] | None]:
    """True when a safeguarding concern beyond missing education is raised."""
    hits = list(_CP.finditer(text))
    strong = [m for m in hits if not re.match(r"safeguarding", m.group(), re.IGNORECASE)]
    if strong or (hits and not _NO_CP.search(text)):
        m = (strong or hits)[0]
        return True, (m.start(), m.end())
    return False, None
