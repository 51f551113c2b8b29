"""Reasons a child is missing education, risk indicators and child protection concern: the policy's codes."""

from __future__ import annotations

import re

_ABROAD = (
    r"(?:Pakistan|Bangladesh|India|Nigeria|Ghana|Somalia|Somaliland|Eritrea|Ethiopia|Sudan|Syria|Iraq|Iran|"
    r"Afghanistan|Turkey|Morocco|Algeria|Egypt|Yemen|Saudi|Poland|Lithuania|Latvia|Romania|Bulgaria|Slovakia|"
    r"Czech|Hungary|Portugal|Spain|Italy|Greece|Albania|Kosovo|Ireland|France|Germany|Ukraine|Philippines|"
    r"China|Hong Kong|Jamaica|Zimbabwe|Kenya|Uganda|Sri Lanka|Nepal|Brazil|Lahore|Sylhet|Dhaka)"
)
# Each code with the phrases that raise it; the first phrase found is kept as evidence.
RISK_PHRASES: dict[str, str] = {
    "young_runaway": r"reported missing|missing episodes?|missing on \w+ occasions|goes? missing|going missing|"
    r"ran away|runaway|missing person",
    "criminal_justice": r"youth justice|referral order|detention and training|custody|arrested|released under "
    r"investigation|YOT\b|YJS\b|court order|secure (?:centre|unit)|criminal",
    "refuge": r"\brefuge\b",
    "refugee_asylum": r"refugee|asylum|resettlement|ARAP|dispersal accommodation|fled (?:the )?war",
    "sexual_exploitation": r"sexual exploitation|\bCSE\b|older (?:males|men)|getting into cars|groom|22 weeks pregnant"
    r"|strategy discussion",
    "trafficking": r"traffick|modern slavery|county lines|National Referral Mechanism|\bNRM\b",
    "forced_marriage": r"forced marriage|arranged for \w+ to (?:get )?marr|to get married|marry",
    "honour_based_violence": r"honou?r|punished at home|\"punished\"|passport has been taken|scared of her uncle",
    "domestic_violence": r"domestic (?:abuse|violence)|\bDA incident|fleeing|fled (?:to a refuge|domestic)|"
    r"non-molestation|MARAC|DASH|assault",
    "homelessness": r"homeless|emergency accommodation|evicted|sofa surfing|section 21|hostel|"
    r"no fixed abode|B&B|temporary accommodation",
    "bereavement": r"passed away|died|bereave|death of|funeral(?! and)",
    "substance_misuse": r"drugs?\b|cannabis|heroin|alcohol|substance misuse|cocaine",
    "mental_health": r"mental health|anxiety|anxious|self-harm|CAMHS|low mood|depress|inpatient unit|psychiatric",
    "privately_fostered": r"private(?:ly)? foster",
    "teenage_parent": r"pregnan|young mum|baby (?:daughter|son)|her baby",
    "permanently_excluded": r"permanent(?:ly)? exclu",
    "extended_absence_abroad": r"(?:gone|going|went|travel(?:l?ed)?|flown|flew|back|visit(?:ing)?|holiday|trip|"
    r"staying|stayed|funeral|wedding)\b[^.\n]{0,40}\b(?:to|in)\s+" + _ABROAD + r"|abroad|overseas|Sylhet|Lahore",
    "migrant_family": r"arrived from|came over from|moved here from (?!Cardiff|Swansea|England)|from Poland|"
    r"from Romania|from Slovakia|speaks? (?:limited|no|some|little) English|"
    r"interpreter|Roma\b|Lithuania|Polish|Romanian",
    "gypsy_traveller": r"\bGypsy|Traveller|Roma\b|travelling|encampment|horse fairs",
    "child_protection_register": r"CP register|child protection (?:plan|register)|on the register",
}
REASON_PHRASES: dict[str, str] = {
    "not_registered_at_5": r"(?:is|she's|he's|turned|aged?) (?:5|five)\b.{0,80}(?:not|n't) (?:in|registered|started)"
    r"|hasn't started school|not (?:yet )?(?:registered|started) (?:for|at) school|"
    r"didn't think she had to go|not registered (?:them|her|him) anywhere|"
    r"not sure about school yet",
    "permanent_exclusion": r"permanent(?:ly)? exclu",
    "withdrawn_by_parent": r"deregister|took (?:both )?(?:children|him|her|them) out|taken off roll because|"
    r"withdraw|tynnu|asked us to take (?:him|her) off roll|home educat|home school",
    "travelling_lifestyle": r"travelling|travel with the work|Traveller family|horse fairs|encampment",
    "failed_transfer": r"CTF|no school has (?:asked|requested)|never heard of (?:her|him)|no (?:new )?school has|"
    r"request(?:ed)? (?:for )?(?:her|his|the) (?:records|file)|not take up|did not take up|"
    r"no record of an application|starting a new school|would start at a school",
    "moved_into_area": r"moved (?:in)?to (?:the )?(?:area|your area|RCT)|moved (?:here|down|up|in)|"
    r"arrived (?:from|with|in|under)|came (?:over )?from|moved from|moved into|now living in your"
    r"|new (?:address|tenancy)|placed .{0,40}in|come to live|relocated|pulled onto|moved .{0,30}"
    r"from|living in your area|now lives? in your|came back to",
    "moved_away_unknown_destination": r"whereabouts unknown|no (?:forwarding|new) address|gone|left (?:the|their) "
    r"(?:address|house)|moving to|moved to|no address|fled to a refuge",
    "did_not_arrive": r"not turned up|never arrived|hasn't turned up|haven't turned up|not taken up|"
    r"did not take up",
    "extended_leave_not_returned": r"not (?:come|returned) back|hasn't returned|haven't come back|hasn't come back|"
    r"not back|would be back|be back for|stayed in|not returned|for \d+ weeks",
    "elective_home_education": r"home educat|home school|\bEHE\b|educate (?:him|her|them) at home|addysgu gartref",
}
_CP = re.compile(
    r"safeguarding|child protection|CP register|MASH|strategy (?:meeting|discussion)|exploitation|neglect"
    r"|domestic abuse|DA incident|fled|fleeing|refuge|missing (?:episodes?|on)|reported missing|self-harm|traffick"
    r"|forced|honou?r|heroin|drugs|punished|Children's Services|\bPPN\b|\bDASH\b|Victim\s*:",
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
    return out


def child_protection_concern(text: str) -> tuple[bool, tuple[int, int] | None]:
    """True when a safeguarding concern beyond missing education is raised."""
    hits = list(_CP.finditer(text))
    strong = [m for m in hits if not re.match(r"safeguarding|Children's Services", m.group(), re.IGNORECASE)]
    if strong or (hits and not _NO_CP.search(text)):
        m = (strong or hits)[0]
        return True, (m.start(), m.end())
    return False, None
