"""The child's carer: the parent or adult with day-to-day care, and how they are related."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.addresses import find_addresses
from nlp.carer_candidates import collect_candidates
from nlp.carer_cues import (
    BARE,
    MAIN_CARER,
    MR_AND_MRS,
    PARENT_POSSESSIVE,
    PARTNER_BEFORE,
    REVERSE,
    WHO_CARES_FOR,
)
from nlp.lexicon import KIN_PATTERN, NOT_NAME, TOWNS, relationship_of, sentence_end
from nlp.names import UPPER, display_name

# Said before a host's name: the whole family stays there, parents and all ("They're staying with the uncle (X)")
_FAMILY_HOSTED = re.compile(
    # ... or "Ms X and her daughter Maja X are currently staying with a friend, Ms Y"
    r"(?:\b(?:they['’]re|they\s+are|the\s+family\s+(?:are|is))"
    r"|\band\s+(?:her|his)\s+(?:daughter|son|children|kids|boys|girls)\b[^.\n]{0,60}\bare)"
    r"\s+(?:now\s+|currently\s+)?(?:staying|living)\s+with\s+(?:the\s+|an?\s+|their\s+)?\w+\s*[(,]?\s*$",
    re.IGNORECASE,
)
# Said before a partner's name: a parent first ("lives with mum and her stepdad, X")
_AFTER_A_PARENT = re.compile(
    r"\bwith\s+(?:her\s+|his\s+|their\s+)?(?:mum|mam|mother|dad|father)\s+and\s+(?:her|his|their)\s+"
    r"(?:[\w-]+\s+)?(?:partner|step-?dad|step-?father|step-?mum|step-?mother|boyfriend|girlfriend|husband|wife)\s*,?\s*\(?$",
    re.IGNORECASE,
)
_LIVES_WITH = re.compile(
    # ... "Ayesha has stayed on with her mother, Mrs Shahida Ffug"
    r"(?:lives?|living|live|(?:have|has)\s+lived|stays?|stayed\s+on|staying|resides?|residing|moved in|placed|cared for"
    r"|looked after|left|placement)"
    r"\s+(?:[\w-]+\s+){0,3}?"  # "lives full-time with"
    r"(?:with|by)"
    r"|(?:have|has)\s+been\s+with\s+(?:her|him)\s+full[- ]time"  # "the children have been with her full time"
    r"|day[- ]to[- ]day|look(?:s|ing)? after|main carer|has care of|in the care of|main contact"
    r"|(?:moved|gone|sent)\s+(?:up\s+|down\s+|over\s+)?to\s+(?=(?:her|his|their)\s)"  # "moved up to her Mam-gu"
    r"|at home with (?:the )?(?:children|kids)",  # "Ramona Ffug (mother) - at home with the children"
    re.IGNORECASE,
)
# "Father Mr Ffug is still working in Hong Kong and will join them in the summer"
_IS_NOW_CARER = re.compile(
    r"[ \t]+(?:is|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:his|her|their|the)[ \t]+(?:legal[ \t]+|special[ \t]+)?"
    r"(?:guardian|main[ \t]+carer|carer)\b"
    # "Mum has been admitted to hospital and Dad Imran Ffug is looking after them"
    r"|[ \t]+(?:is|has[ \t]+been)[ \t]+(?:now[ \t]+)?(?:looking[ \t]+after|caring[ \t]+for)[ \t]+(?:him|her|them|the)\b"
)
# "his mother's partner, Darren Ffug, who has cared for him since ...": said to be the one caring
_WHO_CARES = re.compile(WHO_CARES_FOR)
# "his mum, Stacey Ffug, went into custody in January", "was remanded"
_INTO_CUSTODY = (
    r"(?:went|gone|was\s+taken|been\s+taken|was\s+sent|been\s+sent)\s+(?:in)?to\s+(?:custody|prison)|\bremanded\b"
)
# ", Jac's Dad, " set beside a name
_CHILDS_KIN_APPOSED = re.compile(rf"[ \t]*,[ \t]*[A-Z][\w'’-]+['’]s[ \t]+(?i:{KIN_PATTERN})[ \t]*,[ \t]*(?:has[ \t]+)?")
# Said of a named parent, these leave the bare "his mum" before the name no one else to mean.
_GONE_FOR_GOOD = re.compile(
    rf"passed away|\bdied\b|deceased|in prison|in HMP\b|in custody|on remand|{_INTO_CUSTODY}", re.IGNORECASE
)
_AWAY_FOR_NOW = r"still (?:working|living|based) (?:in|abroad|overseas)|will (?:be )?join(?:ing)? (?:them|the family)\b"
_NOT_CARER = re.compile(
    r"passed away|died|deceased|in prison|(?:in|at) HMP\b|in HMYOI\b|in custody"
    rf"|{_INTO_CUSTODY}"
    r"|(?<!her )(?<!his )ex-partner|perpetrator"
    r"|custodial sentence|admitted to (?:a |the )?(?:mental health|psychiatric|hospital)|\bsectioned\b"
    # "currently in the Royal Glamorgan Hospital" (not "has been in hospital twice this year")
    r"|\b(?:is|currently|now|still|remains) in (?:the )?(?-i:(?:[A-Z][\w'’]+ ){0,3})[Hh]ospital\b"
    r"|\b(?:is|['’]s|currently|now|still|remains) in Ysbyty\b"  # "she's in Ysbyty Gwynedd at the moment"
    # "his mother, Lisa, can't cope" (not "Dad is looking after them but says he's not coping")
    r"|\bcan['’]?t cope|\bcannot cope|\bcouldn['’]?t cope"
    r"|supervised contact"
    r"|not (?:currently |been )?involved"
    r"|isn'?t with|is not with|not (?:been )?(?:living|staying) with|(?:does|do)(?:n'?t| not) live with"
    # not "we have had no contact since", nor the school's "No contact for 4 wks - dad's phone (X) off"
    r"|(?<!had )(?<!have )(?<!we )no (?:current |direct )?contact(?!\s+since)(?!\s+for\s+\d)"
    r"|limited contact|lives in (?!the)|\bsy['’]n byw yn\b(?! y\b| yr\b)"  # Welsh "sy'n byw yn Lerpwl" (who lives in)
    r"|works (?:away|offshore|abroad)|(?:went|gone) to live in"
    rf"|{_AWAY_FOR_NOW}"
    # (not "Mum messaged to say they'd gone back to Poland": the family, children and all)
    r"|left the (?:family|site|area|country)|(?<!they )(?<!they'd )(?<!they’d )(?<!they've )(?<!they had )(?<!we )"
    r"(?<!we'd )(?<!family )(?<!they have )(?:flew|went|gone|returned)[ \t]+back[ \t]+to[ \t]+(?-i:[A-Z])"
    r"|must not|not be given|non-molestation"
    r"|not able to (?:care|look after)|unable to (?:care|look after)|(?:isn'?t|is not|not) part of the household"
    r"|(?:is|she['’]s|he['’]s|she is|he is)\s+not\s+around|(?:isn['’]t|wasn['’]t)\s+around"  # "but she's not around"
    # not "they'd moved to 23 Station Road": where the family, children and all, went
    r"|(?<!they )(?<!we )(?<!family )(?<!they've )(?<!we've )(?<!theyve )(?<!they'd )(?<!they’d )(?<!they had )"
    r"(?<!we had )(?<!we'd )(?<!family have )(?<!family has )(?<!family had )(?<!they have )"
    # ... 'posted on FB that they've "moved to Cornwall for a fresh start"'
    r"(?<!they've \")(?<!they’ve \")(?<!they've “)(?<!they’ve “)(?<!they have \")(?<!they have “)[\"“]?"
    r"moved to (?!the address|live with|stay with|be with"
    r"|(?:a |the |her |his |their )?(?:new |long[- ]term |short[- ]term |permanent |emergency )*(?:foster )?placement)"
    r"|not the (?:children'?s|child'?s) father|went to prison|(?:was|been|got) (?:sent|taken) to prison"
    # (not "arrested": a parent arrested is back with the children by the time anyone writes, unless held)
    r"|suspect|(?:residential\s+)?rehab\b"
    r"|(?:asked|told)\s+(?:him|her|them)\s+to\s+leave|(?:kicked|threw|thrown)\s+(?:him|her|them)\s+out",
    re.IGNORECASE,
)
_KIN_HAS = re.compile(rf"\b({KIN_PATTERN})['’]s[ \t]+(?:been|gone|got|not|left|moved|in)\b", re.IGNORECASE)
# "Nan (Pat Ffug, lives on Ffug Fawr) says ...": an aside giving a relative's own home, not the child's
_LIVES_ELSEWHERE_ASIDE = re.compile(
    r"[ \t]*,[ \t]*(?:who[ \t]+)?lives[ \t]+(?:on|at|in|up|down)\b"
    r"(?![ \t]+(?:the[ \t]+)?(?:same|address|property|house|home|family)\b)(?![^()\n]*\bwith\b)[^()\n]{1,50}\)"
)
_GONE_TO_LIVE_WITH = re.compile(r"\b(?:gone|moved|went)\s+(?:back\s+)?to\s+live\s+with\s+\w+\s*$")
# A parent the children visit, not the one they live with.
_VISITS_ONLY = re.compile(
    r"\b(?:contact|sees[ \t]+(?:them|him|her)|stays?[ \t]+with[ \t]+(?:him|her))[ \t]+"
    r"(?:every[ \t]+(?:other[ \t]+)?|alternate[ \t]+)(?:weekend|week|fortnight|saturday|sunday)s?\b"
    r"|\bweekend[ \t]+contact\b|\bsupervised[ \t]+contact\b",  # "Mother: X - Flat 6, ... (supervised contact only)"
    re.IGNORECASE,
)
# "fled abuse from X": said before a name, the one fled from; said after it ("Elena Ffug, on 27 January, after
# fleeing domestic abuse"), the one who fled, with the children.
_NOT_CARER_BEFORE = re.compile(
    rf"{_NOT_CARER.pattern}|abuse from|fled from|fleeing|breakdown (?:in|of) (?:the|their|his|her) relationship with"
    # "Ayaan previously lived with his mother, Ms Rehana Ffug, at ...": a home the child has left
    r"|(?:previously|formerly|used to) (?:lived?|stayed?|been living) with",
    re.IGNORECASE,
)


_A_CHILDS_AGE_AFTER = re.compile(
    # (the age said of them, after a comma: not "Sian Ffug took Cai (he's 10) and Efa out of school")
    r"[ \t]*\((\d{1,2})\)|[^.\n(]{0,40}?,[ \t]*(?:he|she)(?:['’]s|[ \t]+is)[ \t]+(?:only[ \t]+)?(\d{1,2})\b"
    r"(?![ \t]*(?:months?|weeks?|mths?)\b)"
)


def said_not_living_with(text: str, start: int) -> bool:
    """Whether the words before a relative's name, in its sentence, say the child is not with them: "Eira has not
    been living with her mum, Ann Ffug"."""
    sentence_start = max(text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return bool(_NOT_LIVING_WITH.search(text[sentence_start:start]))


_NOT_LIVING_WITH = re.compile(
    r"\b(?:not|no longer|never)\s+(?:been\s+)?(?:living|staying|lives|stays|lived|stayed)\s+with\s+(?:\w+\s+){0,2}"
    r"[^\s]*\W*$|\b(?:isn'?t|is not|aren'?t|are not)\s+with\s+(?:\w+\s+){0,2}[^\s]*\W*$",
    re.IGNORECASE,
)


# "Sister" or "Brother" with a capital inside a sentence, before a full name: a church's or a ward's title.
_TITLE_SIBLING_BEFORE = re.compile(r"[\w,][ \t]+(?:Sister|Brother)[ \t]+$")
_TITLE_SIBLING_AT = re.compile(r"(?<=[\w,][ \t])(?:Sister|Brother)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+")
_ADULTS_KIN_BEFORE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][\w'’-]+['’]s[ \t]+(?:own[ \t]+)?(?:{KIN_PATTERN})[ \t]*,?[ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?$"
)
# ... "looking after his little sister (Ruby, 3)"
_YOUNGER_SIBLING = re.compile(r"\b(?:younger|little|baby)\s+(?:half-?\s*|step-?)?(?:sister|brother)\s*[,(]?\s*$", re.I)


def sibling_not_carer(text: str, end: int) -> bool:
    """Whether what follows a sibling's name says they are a child themselves: "her sister Amy in 6S", "Their
    sister Gwen is in our Reception class"."""
    return bool(_SIBLING_NOT_CARER.match(text, end))


def said_gone_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence after a relative's name says they are not caring for the child: "their
    father, Craig Ffug, who is in HMP Parc"."""
    return bool(_GONE.search(text[end : sentence_end(text, end)]))


# Said after a relative's name, these leave no doubt the relative is not the carer (a move may take the children
# along, so "moved to" is not among them).
_GONE = re.compile(
    rf"{_GONE_FOR_GOOD.pattern}|in HMYOI\b|works (?:away|offshore|abroad)"
    rf"|not (?:currently )?involved|(?<!had )(?<!have )(?<!we )no contact(?!\s+since)|{_AWAY_FOR_NOW}",
    re.IGNORECASE,
)


# "Adwoa's mother, Abena Ffug, remains in Kumasi": said of the name itself, she is elsewhere.
_STAYED_AWAY = re.compile(
    # (a place's capital: not "Mr Ffug, who is in treatment for ...")
    r",?[ \t]*(?:who[ \t]+)?(?:(?:remains?|stayed|is still|still lives|lives|is now|is)[ \t]+in[ \t]+"
    r"(?!the\b)(?-i:[A-Z])"
    r"|(?:is[ \t]+)?(?:in hospital|yn yr ysbyty|yn y carchar))",
    re.IGNORECASE,
)
# "... with her." (the child), not "... with her sister"
_WITH_THE_CHILD = re.compile(
    r"[^.\n;]{0,25}?\bwith\s+(?:her|him|them|the\s+(?:children|kids))[ \t]*(?:[.,;)!]|and\b|$)", re.IGNORECASE
)
_KIN_AWAY = re.compile(
    # ... "Dad, Mr Yusuf Ffug, works away as a lorry driver"
    # ... "Their mum Louise Ffug is working ..."
    rf"\b((?i:{KIN_PATTERN}))"
    rf"(?:,?[ \t]+(?:(?:Mr|Mrs|Ms)\.?[ \t]+)?[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}},?)?[ \t]+"
    r"(?:\([^()\n]{1,40}\)[ \t]+)?"  # "Mam (Rhian Ffug) was sectioned last week"
    r"(?:works|is[ \t]+working|is[ \t]+(?:in[ \t]+prison|in[ \t]+custody|on[ \t]+remand)"
    r"|(?:was|has[ \t]+been)[ \t]+(?:sectioned|remanded|detained[ \t]+under))"
    r"(?:[ \t]+(?:away|offshore|abroad)|[^.\n;]{0,30}\bin[ \t]+(?!the\b)[A-Z][\w'’-]*)?(?<!works)(?<!working)\b"
)
# "Dad came in & says mum & Tahmina are staying on", "mam and the kids are still in Poland": the parent the child is
# with (formatted with the children's first names)
_KIN_WITH_CHILD = (
    r"\b((?i:mum|mam|mother|dad|father|nan|nain|gran|grandmother|taid|grandfather))[ \t]+(?:&|and)[ \t]+"
    r"(?:the[ \t]+(?:children|kids|boys|girls)|(?:her|his)[ \t]+(?:son|daughter)|{names})[ \t]+"
    r"(?:are|were|have)[ \t]+(?:still[ \t]+)?(?:staying|living|stayed|remained|in|at)\b"
)
# "Dewi's mother, Michelle Ffug, took Dewi away", "their mum, Hannah Ffug, moved with the children to live with her
# father": said right after the name, the one the children went with (formatted with the children's first names)
_TOOK_THEM_AWAY = (
    # ... "their father, Ffug, moved them down to Merthyr"
    r"[^.;\n]{{0,30}}?\b(?:took|has\s+taken|had\s+taken|moved\s+with|left\s+with|went\s+with|fled\s+with"
    # ... "the children's mother, Ms Ffug, removed them to her mother's home"
    r"|(?=(?:re)?moved\s+(?:them|the\s+(?:children|kids))\b)(?:re)?moved)\s+"
    r"(?:the\s+(?:\w+\s+)?(?:children|kids|boys|girls)|them|{names})\b"
)
# "Sean works away on the rigs most weeks, so Kerry is the one who has Connor": a named adult who is away.
_NAMED_AWAY = re.compile(
    # ... "Martin (Dad) is working away"
    rf"\b([{UPPER}][\w'’-]+)(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]+(?:works|is[ \t]+working)[ \t]+"
    r"(?:away|offshore|abroad)\b"
)
# "Mum, Kerry-Ann Ffug, moved to the above address with her two children", "... moved to Porth with Tyler": the
# children moved with her (not "moved to Rhyl with her new partner").
_MOVED_WITH = re.compile(
    r"\bwith\s+(?:both|(?:her|his|their)\s+(?:(?:two|three|four|five|\d|young|youngest|eldest)\s+)?"
    r"(?:children|kids|boys|girls|sons?|daughters?|family)\b)",
    re.IGNORECASE,
)


def _moved_with_the_children(sentence: str, child_firsts: set[str]) -> bool:
    return bool(
        _MOVED_WITH.search(sentence)
        or any(re.search(rf"\bwith\s+{re.escape(first)}\b", sentence, re.IGNORECASE) for first in child_firsts)
    )


# A move that took the child along: "... and took Ruby-Leigh with her", "and took them".
_TOOK_ALONG = re.compile(
    rf"\b(?:took|taken|taking)\s+(?:them|the\s+(?:\w+\s+)?(?:children|kids|boys|girls)\b"
    rf"|(?:him|her|both|[{UPPER}][\w'’-]+)\s+with\s+(?:her|him|them)\b)"
)
_TOOK_CHILDREN = re.compile(
    r"\b(?:took|taken|take|with)\s+(?:them|him|her|the\s+(?:\w+\s+)?(?:kids|children|boys|girls)|both)\b"
    r"|\band\s+(?:her|his|the|their)\s+(?:\w+\s+)?(?:children|kids|boys|girls|sons|daughters)\b",  # "Mum X and her two"
    re.IGNORECASE,
)
# Said straight after a bare relationship word: that relative is the one caring for the children.
_CARES_NOW = re.compile(
    r"[ \t]+(?:is|has[ \t]+been)[ \t]+(?:(?:the|their|his|her)[ \t]+)?(?:main|primary|sole)[ \t]+carer\b"
    r"|[ \t]+(?:is|stays)[ \t]+at[ \t]+home[ \t]+with[ \t]+(?:the[ \t]+|them\b)"
    r"|[ \t]+(?:looks|has[ \t]+been[ \t]+looking)[ \t]+after[ \t]+(?:them|him|her|the)\b",
    re.IGNORECASE,
)
# Said after a named relative: "Mrs Rasha Ffug (mother) - caring for the children".
_CARING_FOR_THEM = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,?[ \t]+(?:is|has[ \t]+been)[ \t]+|[-–,][ \t]*)(?:currently[ \t]+)?"
    r"(?:caring[ \t]+for|looking[ \t]+after"
    # ... "Mum, Florentina Ffug, is at home with both children"
    r"|(?<=is[ \t])at[ \t]+home[ \t]+with)[ \t]+"
    r"(?:(?:the|both)[ \t]+(?:\w+[ \t]+)?(?:children|kids|boys|girls)|them|both)\b",
    re.IGNORECASE,
)
# "Niamh and the children have been staying with the maternal aunt, Siobhan Ffug": the one the mother and the
# children stay with is their host; the mother is still the carer.
# ... or the child and a parent: "Amari and his mother, Ms Ffug, are now staying with his maternal grandmother, X"
_GUESTS_WITH_CHILDREN = re.compile(
    r"(?<!,)\s+and\s+(?:(?:the|her|his|their|all)\s+(?:\w+\s+)?(?:children|kids|boys|girls)\b[^.\n]{0,80}"
    r"|(?:his|her|their)\s+(?:mum|mam|mother|dad|father)\b[^.\n]{0,100})"
    r"\b(?:staying|living|stay|live|moved\s+in)\s+with\b[^.\n]*$",
    re.IGNORECASE,
)
_COUPLES_ROLES = {"foster carer", "guardian", "other"}
# A police notice's row for the person suspected: whatever their relationship, not the carer.
_OFFENDER_ROW = re.compile(
    r"[ \t]*(?:\(?\d+[.)][ \t]*)?(?:alleged[ \t]+)?(?:perpetrator|suspect|offender|aggressor)\b"
    r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*[-–:]",  # a label: "Alleged perpetrator:", "(2) SUSPECT - FFUG, Liam"
    re.IGNORECASE,
)


# "his Nana (maternal grandfather), Mr Ffug": the words in the bracket say which relative the family's word means.
_KIN_THEN_BRACKET = re.compile(
    rf"\b({KIN_PATTERN})[ \t]*\(([^()\n]{{1,30}})\)[ \t]*,?[ \t]*(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?$"
)


def _bracket_says(text: str, start: int, end: int, name: str | None, rel: str | None) -> str | None:
    if name:
        m = _KIN_THEN_BRACKET.search(text, max(0, start - 60), start)
        inner = m.group(2) if m and relationship_of(m.group(1)) == rel else None
    else:
        after = re.match(r"[ \t]*\(([^()\n]{1,30})\)", text[end : end + 40])
        inner = after.group(1) if after else None
    said = relationship_of(inner) if inner else None
    return said or rel


def _lives_with_them(right: str) -> bool:
    """'(his aunt) has been looking after him': said of the relative before; not 'Spoke to her Dad, he says she's
    living with her Nain', said of the relative named after it."""
    m = _LIVES_WITH.search(right)
    return bool(m and not re.match(rf"\s*(?:(?:his|her|their|the)\s+)?{KIN_PATTERN}", right[m.end() :]))



_NOT_A_NAME = {
    # "the dad is Polish": a nationality, not a name
    "polish",
    "welsh",
    "english",
    "irish",
    "scottish",
    "british",
    "romanian",
    "ukrainian",
    "syrian",
    "afghan",
    "eritrean",
    "sudanese",
    "kurdish",
    "iraqi",
    "iranian",
    "nigerian",
    "somali",
    "chinese",
    "vietnamese",
    "died",
    "deceased",
    # "left on 15th December (mum said ...)": months no one is named (April, May, June and August are forenames)
    "january",
    "february",
    "march",
    "september",
    "october",
    "november",
    "december",
    "and",
    "is",
    "was",
    "has",
    "had",
    "said",
    "says",
    "told",
    "who",
    "the",
    "a",
    "an",
    "she",
    "he",
    "they",
    "it",
    "her",
    "his",
    "their",
    "of",
    "to",
    "in",
    "at",
    "on",
    "for",
    "from",
    "with",
    "speaks",
    "only",
    "came",
    "rang",
    "called",
    "went",
    "did",
    "does",
    "doesn't",
    "didn't",
    "can't",
    "won't",
    "would",
    "will",
    "not",
    "no",
    "also",
    "brought",
    "moved",
    "works",
    "lives",
    "isn't",
    "wasn't",
    "wants",
    "thinks",
    "reported",
    "confirmed",
    "stated",
    "informed",
    "emailed",
    "asked",
    "now",
    "still",
    "just",
    "then",
    "texted",
    "phoned",
    "dsl",
    "relationship",
    "tel",
    "mobile",
    "maternal",
    "paternal",
    "sw",
    "gp",
    "dob",
    "address",
    "we",
    "i",
}


@dataclass(frozen=True)
class CarerFound:
    """A carer candidate: name (or None), relationship (or None), span, and how strongly it reads as carer."""

    name: str | None
    relationship: str | None
    start: int
    end: int
    score: float


_ROLE_WORDS = {
    "victim",
    "perpetrator",
    "suspect",
    "offender",
    "alleged",
    "subject",
    "informant",
    "caller",
    "complainant",
    "accused",
    "witness",
    "parent",
    "parents",
    "carer",
    "guardian",
    "rhiant",
}
_INSTITUTION = re.compile(
    r"\b(?:School|Primary|Ysgol|Academy|Comprehensive|College|Nursery|Infants?|Junior|Surgery|Practice|Council"
    r"|Centre|Service|Team|Police)\b",
    re.IGNORECASE,
)



# After a sibling's name: a school year, a child's age, or living with someone else. A sibling is the carer only
# when the report says they care ("their big brother Dawid who's 19 is looking after them").
_SIBLING_NOT_CARER = re.compile(
    r"[ \t]*(?:\((?:[^)\n]*\b(?:Y|Yr|Year|Bl)\.?[ \t]?\d|1[0-7]|[1-9])\b[^)\n]*\)[ \t]*)?"
    r"(?:(?:is[ \t]+)?in[ \t]+(?:\d{1,2}[A-Z]{1,2}|(?:Y|Yr|Year|Bl)\.?[ \t]?\d)\b"
    # "Their sister Gwen is in our Reception class": a pupil herself
    r"|(?:is[ \t]+)?in[ \t]+(?:our|my|the)[ \t]+(?:Reception|Nursery|Meithrin|Derbyn|(?:Y|Yr|Year)[ \t]?\d{1,2})\b"
    r"|,?[ \t]*(?:(?:also|still)[ \t]+)?(?:lives|is[ \t]+living|stays|is[ \t]+staying)[ \t]+with\b"
    # "Megan's brother Kieran (19) lives with them but works nights": one of the household, not its carer
    r"|[ \t]*\(\d{1,2}\)[ \t]*,?[ \t]*(?:also[ \t]+)?(?:lives|is[ \t]+living)[ \t]+with[ \t]+"
    r"(?:them|us|the[ \t]+family)\b"
    r"|(?<=\))[ \t]*(?:also|still|is|and|,)"
    # "Big brother Jakub Ffug is at Aberdare Community School", "goes to Ffug High": a pupil himself
    # "Their big sister Freya is staying at QE High"
    r"|[ \t]+(?:is[ \t]+(?:still[ \t]+)?(?:at|attending|staying[ \t]+at)|attends|goes[ \t]+to)[ \t]+"
    r"(?:Ysgol\b|(?-i:[A-Z])[^.\n]{0,40}?"
    r"\b(?:School|Primary|High|Comp|Comprehensive|Academy|College|Coleg|University|Uni)\b)"
    # "Their sister Ayesha came back early with an aunt & is in Y11 with us": a pupil herself
    r"|[^.\n]{0,50}?\bis[ \t]+in[ \t]+(?:Y|Yr|Year|Bl)\.?[ \t]?\d{1,2}[ \t]+with[ \t]+us\b"
    # "Their big brother Pablo is 17 and is staying in Swansea with his uncle": one of the children, elsewhere
    r"|[ \t]+is[ \t]+\d{1,2}[ \t]+and[ \t]+(?:is[ \t]+)?(?:staying|living|lives|stays|at|in|attending|goes)\b"
    # "His big sister Grace is fine, she's started at the college in Llandeilo": settled herself
    r"|[ \t]+is[ \t]+(?:fine|ok|okay|doing[ \t]+(?:well|fine))\b"
    r"|[^.\n]{0,30}\b(?:started|starting)[ \t]+(?:at[ \t]+)?(?:the[ \t]+)?"
    r"(?:college|coleg|sixth[ \t]+form|uni(?:versity)?)\b"
    # "their big brother Filip (Ffug Comp, still attending) told his tutor": a pupil himself
    r"|[ \t]*\([^)\n]*\b(?:attending|in\s+school|Comp|High|Primary|Academy|college|coleg)\b[^)\n]*\))",
    re.IGNORECASE,
)


# "Thanks Jade (Leon's mum)": the sign-off before a name is not part of it.
_SIGN_OFF = {"thanks", "thank", "cheers", "regards", "love", "from", "diolch", "ta", "signed"}


def _clean_name(raw: str) -> str | None:
    raw = raw.strip()
    if MR_AND_MRS.match(raw):
        return raw
    words = raw.split()
    while words and (
        words[0].lower().rstrip(".,") in {"mr", "mrs", "ms", "miss", "mx", "dr", "and"} | _ROLE_WORDS | _SIGN_OFF
        or len(words) > 1
        and relationship_of(words[0]) is not None
        # "Placed Nicole Ffug and her 3 kids at ...": a line's first word that is never a name
        or len(words) > 2
        and words[0].lower() in NOT_NAME
    ):
        words.pop(0)  # "Mum Kerry Vance": the relationship written before the name is not part of it
    if len(words) == 1 and (relationship_of(words[0]) is not None or words[0].lower() in _ROLE_WORDS):
        return None  # "Mother", "Nain", "Perpetrator": a role, not a name
    if _INSTITUTION.search(" ".join(words)):
        return None  # a school or service is never a carer
    # Stop at the first word that is not part of a name.
    kept: list[str] = []
    for w in words:
        initial = len(w.rstrip(".")) == 1 and w[0].isupper() and len(words) > 1  # "Mrs B Doherty"
        # "LAU Mei Ling": a short surname in capitals before forenames, not "TBC" or "N/K"
        surname_first = len(words) > 1 and words[1][0].isupper() and not words[1].isupper()
        if w.lower() in _NOT_A_NAME or w.isupper() and len(w) <= 3 and not kept and not initial and not surname_first:
            break
        if re.search(r"['’]d$", w):
            break  # "mum WhatsApp'd the class teacher": a verb made of a name, not a name
        if re.search(r"\d", w):
            break  # "Llanbrynmair SY19 7DU. He has his two children with him": a postcode is no part of a name
        kept.append(w)
    return " ".join(kept) or None


def _window(text: str, start: int, end: int, names: list[tuple[int, int]]) -> tuple[str, str]:
    """Text from the previous name (or sentence start) to this one, and from this one to the next."""
    left_stop = max([e for s, e in names if e <= start] + [text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start)])
    nxt = [s for s, e in names if s >= end]
    stops = [x for x in (text.find(". ", end), text.find("\n", end)) if x >= 0] + nxt
    right_stop = min(stops) if stops else len(text)
    return text[max(0, left_stop) : start], text[end:right_stop]


# "Kayla Ffug (Chan Hoi Ying on her passport)", "Chloe Ffug (Chinese name Wong Hiu Tung)": a child's other name
_CHILDS_OTHER_NAME = re.compile(r"\((?:(?i:chinese|passport|legal|birth|real|full)[ \t]+name[ \t]+(?:is[ \t]+)?)?$")


def _complete_name(
    text: str, name: str | None, clean: str, s: int, e: int, not_names: set[str], child_lower: set[str]
) -> tuple[str, int, int]:
    """A carer named by one word: the full name the report gives elsewhere or beside it, and its span."""
    titled = bool(
        clean
        and len(clean.split()) == 1
        and (
            re.search(r"\b(?:Mrs|Ms|Miss|Mr|Mx|Dr)\.?[ \t]+$", text[max(0, s - 6) : s])
            or re.search(rf"\b(?:Mrs|Ms|Miss|Mr|Mx|Dr)\.?[ \t]+{re.escape(clean)}$", name or "")  # "and Mr Adam"
        )
    )
    if titled:
        # "Ms Varga has a daughter": the forename given with the title elsewhere completes the name.
        # the same title ("Mr Rahimi is caring for the children" after "Mr Sayed RAHIMI", not "Mrs Fariba RAHIMI")
        own_title = re.search(r"\b(Mrs|Ms|Miss|Mr|Mx|Dr)\.?[ \t]+$", text[max(0, s - 6) : s])
        title = own_title.group(1) if own_title else r"(?:Mrs|Ms|Miss|Mr|Mx|Dr)"
        full = re.search(rf"\b{title}\.?[ \t]+([{UPPER}][\w'’-]+)[ \t]+(?i:{re.escape(clean)})\b", text)
        # "Principal applicant: Selam Tesfay FFUGMEDHIN ... Mrs Ffugmedhin is the sole carer"
        forenames = rf"([{UPPER}][a-z][\w'’-]*(?:[ \t]+[{UPPER}][a-z][\w'’-]*)?)"
        # the first that is no child's: "Kacper NOWAK" in the subject, "Agnieszka NOWAK" in the body
        full = full or next(
            (
                f
                for f in re.finditer(rf"\b{forenames}[ \t]+(?i:{re.escape(clean)})\b(?!['’]s)", text)
                if not any(w in not_names for w in f.group(1).lower().split())
            ),
            None,
        )
        words = full.group(1).lower().split() if full else []
        if full and not any(w in not_names for w in words):
            clean = f"{full.group(1)} {clean}"
            s, e = full.start(1), full.end()
    if clean and len(clean.split()) == 1 and clean.isupper() and len(clean) > 2:
        # "FOULKES is mother of both children": the surname alone, the full name given earlier ("Leanne FOULKES")
        whole = re.search(rf"\b([{UPPER}][a-z][\w'’-]*)[ \t]+{re.escape(clean)}\b", text)
        if whole and whole.group(1).lower() not in _NOT_A_NAME | child_lower and whole.group(1).lower() != "the":
            clean = f"{whole.group(1)} {clean.capitalize() if clean.isupper() else clean}"
    pair = re.match(
        # ("our foster carers Mr David and Mrs Helen Ffug": the title is no forename)
        rf"[ \t]+(?:and|&)[ \t]+(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?[{UPPER}][\w'’-]+[ \t]+([{UPPER}][\w'’-]+)"
        rf"|[ \t]*\([{UPPER}][\w'’-]+\)[ \t]+([{UPPER}][\w'’-]+)",
        text[e : e + 40],
    )
    surname = pair.group(1) or pair.group(2) if pair else None
    if pair and pair.group(2) and relationship_of(text[e : e + 40].split("(")[1].split(")")[0]) is not None:
        surname = None  # "Adaeze (Mother)   Resp: Y": a relationship in the brackets, not a nickname
    if clean and len(clean.split()) == 1 and surname and surname.lower() not in _NOT_A_NAME:
        clean = f"{clean} {surname}"  # "foster carers Gail and Martin Ffug", "Mum: Samantha (Sam) Ffug"
    full_in_bracket = re.match(rf"[ \t]*\(([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)\)", text[e : e + 50])
    if clean and len(clean.split()) == 1 and full_in_bracket and full_in_bracket.group(1).startswith(clean[:2]):
        clean = full_in_bracket.group(1)  # "Aunty Jo (Joanne Ffug)": the short name, then the full one
    if clean and len(clean.split()) == 1:
        # "the mum is called Donna i think Donna Ffug": the full name said straight after
        again = re.match(rf"[^.\n]{{0,30}}?\b{re.escape(clean)}[ \t]+([{UPPER}][\w'’-]+)", text[e : e + 60])
        if again and again.group(1).lower() not in _NOT_A_NAME and relationship_of(again.group(1)) is None:
            s = e + again.start() + again.group().rfind(clean)
            clean, e = f"{clean} {again.group(1)}", e + again.end(1)
    if clean and len(clean.split()) == 1:
        # "Parents are Elena and Ionuț Ffug; Mum (Elena) is the main carer": the pair named elsewhere
        pair_elsewhere = re.search(
            rf"\b{re.escape(clean)}[ \t]+(?:and|&)[ \t]+[{UPPER}][\w'’-]+[ \t]+([{UPPER}][\w'’-]+)\b", text
        )
        last_word = pair_elsewhere.group(1) if pair_elsewhere else ""
        if last_word and last_word.lower() not in _NOT_A_NAME | child_lower and relationship_of(last_word) is None:
            clean = f"{clean} {last_word}"
    if clean and len(clean.split()) == 1:
        # "Thanks Jade (Leon's mum)" under "From: Jade Ffugclough <...>" or after "My name is Jade Ffugclough":
        # the full name given elsewhere in the mail.
        header = re.search(
            rf"(?m)(?:^[ \t>]*From:[ \t]*|\b(?i:my name is|I am|I'm)[ \t]+)"
            rf"{re.escape(clean)}[ \t]+([{UPPER}][\w'’-]+)\b",
            text,
        )
        if header and header.group(1).lower() not in _NOT_A_NAME:
            clean = f"{clean} {header.group(1)}"
    if clean and len(clean.split()) == 1:
        # "the mams called Toni i think the last name is Harding"
        last = re.match(
            rf"[^.\n]{{0,40}}?\b(?i:last|sur|family|second)[ \t]?name[ \t]+(?:is|was|'s)[ \t]+([{UPPER}][\w'’-]+)",
            text[e : e + 80],
        )
        if last and last.group(1).lower() not in _NOT_A_NAME:
            clean = f"{clean} {last.group(1)}"
            e = s + len(clean) if text.startswith(clean, s) else e
    if clean and len(clean.split()) == 1:
        # "Adult victim: FFUG, Nasreen (mother of both children) ... Nasreen left with both children": the surname
        # written first in capitals
        caps_first = re.search(rf"\b([{UPPER}][{UPPER}'’-]+),[ \t]*{re.escape(clean)}\b", text)
        if caps_first and len(caps_first.group(1)) > 1:
            clean = f"{clean} {display_name(caps_first.group(1))}"
    if clean and len(clean.split()) == 1:
        # "stepmother, Shannon Ffug, ... so her stepmum Shannon is the main carer", "Parents are Henry and
        # Lavinia Ffug; mum Lavinia is the main contact": the full name written elsewhere in the message.
        for full in re.finditer(rf"\b{re.escape(clean)}[ \t]+([{UPPER}][^\W\d_]+(?:[-'’][^\W\d_]+)*)\b", text):
            if re.search(r"['’]s$", full.group(1)):
                continue  # "Gareth Ffug's": someone of Gareth Ffug's
            if titled and _CHILDS_OTHER_NAME.search(text, max(0, full.start() - 30), full.start()):
                continue  # "Mum (Mrs Chan)" beside the child's "(Chan Hoi Ying on her passport)": not hers
            if full.group(1).lower() not in not_names and relationship_of(full.group(1)) is None:
                clean = f"{clean} {full.group(1)}"
                break
    return clean, s, e


def find_carers(
    text: str, zones: list[tuple[int, int]], child_names: list[str], name_spans: list[tuple[int, int]]
) -> list[CarerFound]:
    """Carer candidates outside signatures, best first."""
    found = collect_candidates(text, child_names, name_spans)
    raw, first_person, took = found.candidates, found.first_person, found.took
    child_lower = {n.lower() for n in child_names} | {n.split()[0].lower() for n in child_names}
    not_names = _NOT_A_NAME | NOT_NAME | child_lower  # words that never start a carer's full name
    # A father "Tommy Ffug" and his son "Tommy Jnr Ffug": the first name alone does not make the father a child.
    child_firsts_only = {n.split()[0].lower() for n in child_names if not re.search(r"\b(?i:jnr|jr|junior)\b", n)}
    spans = sorted(set(name_spans) | {(s, e) for n, _, s, e, _ in raw if n})
    out: list[CarerFound] = []
    gone_at: list[int] = []  # where named relatives said not to be caring begin
    reverse_spans = {(m.start(1), m.end(1)) for m in REVERSE.finditer(text)}
    # "Dad works away on the rigs ..., so her stepmum Shannon is the main carer": the relative said to be away
    # is not the carer, wherever else they are named.
    away = {relationship_of(m.group(1)) for m in _KIN_AWAY.finditer(text)}
    away_names = {m.group(1) for m in _NAMED_AWAY.finditer(text)}
    firsts = "|".join(re.escape(n.split()[0]) for n in child_names if n) or "(?!)"
    with_child = {relationship_of(m.group(1)) for m in re.finditer(_KIN_WITH_CHILD.format(names=firsts), text)}
    took_them = re.compile(_TOOK_THEM_AWAY.format(names=firsts), re.IGNORECASE)
    # "Subject: Boy not in school - living with grandfather - Gelligaer": a place of the report's addresses
    places = {part.strip().lower() for a in find_addresses(text, zones) for part in re.split(r"[,()]", a.value)}
    parent_named = any(n and r in {"mother", "father"} for n, r, *_ in raw)
    for name, rel, s, e, score in raw:
        # "mum Mariana's number is disconnected" names Mariana; "the children's uncle (Mr Viorel Ffug's brother)":
        # any other possessive names someone else.
        own_things = re.match(r"(?:['’]s)?[ \t]+(?:mobile|phone|number|address|house|flat|email|car)\b", text[e:])
        if name and own_things and re.search(r"['’]s$", name):
            name, e = name[:-2], e - 2
        elif name and (
            re.match(r"['’]s\b", text[e : e + 3])
            or re.search(r"['’]s$", name)
            or re.search(r"['’]s[ \t]", name)  # "Mrs Ffugun's English is limited": her English, not a name
            or re.search(r"s['’]$", name)  # "living with Ms Ffugliams' new partner": the partner
            or name.endswith("s") and re.match(r"['’](?![\w'’])", text[e : e + 2])
        ):
            full_name_first = len(name.split()) >= 2 and not re.search(r"['’]s$", name)
            if not (full_name_first and PARENT_POSSESSIVE.match(text, s)):
                continue  # ... but "Kevin Ffug's son Cian" names Cian's parent
        # A letter signed "Elin Jones (Mam)" is signed by the carer: the one name a signature may give.
        if any(zs <= s < ze for zs, ze in zones) and (s, e) not in reverse_spans | found.forwarded_from:
            continue
        rel = _bracket_says(text, s, e, name, rel)
        if rel == "sibling":
            if _TITLE_SIBLING_BEFORE.search(text, max(0, s - 12), s) or not name and _TITLE_SIBLING_AT.match(text, s):
                continue  # "one of our church members, Sister Comfort Ffug", "Sister Ffug on the ward": a title
            if re.match(r"[ \t]+(?:fach|bach)\b", text[e : e + 8]):
                continue  # Welsh "a'i chwaer fach Non (4 oed)": a little sister, no carer
            # (a bare "brother" read past the name after it: "Big brother Jakub Ffug is at Ffug Community School")
            named_next = None if name else re.match(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?", text[e:])
            after = e + (named_next.end() if named_next else 0)
            if (name or named_next) and (
                sibling_not_carer(text, after)
                or _YOUNGER_SIBLING.search(text, max(0, s - 30), s)  # "his younger sister Alys (20 months)"
            ):
                continue  # "her sister Amy in 6S is still here", "older brother Jake (17) also lives with Nain"
        young = _A_CHILDS_AGE_AFTER.match(text, e)
        if name and young and int(young.group(1) or young.group(2)) < 16:
            continue  # "Their cousin Levi is staying with them too, he's 10": a child in the house, no carer
        if name and " " not in name and re.search(r"(?<![\w'’-])(?:yng|ym|in)[ \t]+$", text[max(0, s - 5) : s], re.I):
            # "a family funeral in Lagos (grandad)", Welsh "gyda'u tad yng Nghricieth" (with their dad in Criccieth):
            # one word after "in" is a place
            continue
        if name and re.match(r"[ \t]+(?:national|citizen)s?\b", text[e : e + 12]):
            continue  # "(mother, Brazilian national)": a nationality, not a name
        appos = _CHILDS_KIN_APPOSED.match(text, e)
        if name and appos and _GONE_FOR_GOOD.match(text, appos.end()):
            continue  # "My son Lee, Jac's Dad, passed away in September": past the apposition, gone
        clean = _clean_name(name) if name else None
        if name and (not clean or relationship_of(clean) is not None):
            continue  # "lives with her Po Po (maternal grandmother), Mrs Ffug": a word for a relative, no name
        a_place = clean is not None and " " not in clean and clean.lower() in places | TOWNS
        # (or "Mon-Fri": words that are never names, joined)
        if clean and (all(w.lower() in NOT_NAME for w in re.split(r"[\s-]+", clean)) or a_place):
            continue  # "according to mum's Facebook": "mum's" is no "mum is" before a word that is never a name
        # "WONG Hei Tung ... Dad, Mr WONG Ka Ho": a capitals word first is the family's surname, not the child's name
        # ... as is a word after a title: "Father: Mr Wong Chi-keung" beside "WONG Tsz-hin"
        surname_led = bool(name and re.match(r"(?:(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]|[A-Z]{2,}\s+[A-Z][a-z])", name))
        child_first = bool(clean and clean.split()[0].lower() in child_firsts_only) and not surname_led
        if clean and (clean.lower() in child_lower or child_first):
            continue
        left, right = _window(text, s, e, spans)
        stayed = _STAYED_AWAY.match(text[e : e + 40])
        # "family walked in ... They're staying with the uncle (X) ... Dad is Y", "Ms Y and her daughter are staying
        # with a friend, Ms X": the host of the whole family, parents and all, is not the carer the report names
        hosted = bool(
            name
            and rel not in {"mother", "father"}
            and parent_named
            and _FAMILY_HOSTED.search(text, max(0, s - 150), s)
        )
        if hosted:
            score -= 1.5
        # "Freya lives with mum and her stepdad, Mark Ffug": the parent said first is the main carer, not the partner
        # named after her
        after_parent = bool(name and rel not in {"mother", "father"} and _AFTER_A_PARENT.search(left[-60:]))
        if after_parent:
            score -= 1.0
        away_with_child = bool(stayed and _WITH_THE_CHILD.match(text, e + stayed.end()))
        if away_with_child:
            stayed = None  # "Her mother, Mrs Ffug, is still in Bangladesh with her": the child is away with her
            score += 2.0
        gone = _NOT_CARER.search(right) or stayed
        rest_of_sentence = text[e : (text.find(".", e) + 1 or len(text))]
        if gone and (
            _TOOK_CHILDREN.search(right[: gone.start()])
            # "The mother, Niamh Ffug, has left the family home at 5 Heol Ffug with the two children"
            or gone.group().lower() == "left the family"
            and _TOOK_CHILDREN.search(rest_of_sentence)
            # "her foster carer Mrs Joanne Ffug moved to Bridgend last Friday and took Ruby-Leigh with her", "Ffion
            # Ffug ... lives in staff caravan S14 with her two children"
            or gone.group().lower().startswith(("moved to", "lives in"))
            and (_TOOK_ALONG.search(rest_of_sentence) or _moved_with_the_children(rest_of_sentence, child_firsts_only))
            # "Andre Ffug, a single dad who moved to Wrexham": a lone parent moves with the children
            or re.search(r"\b(?:single|lone)[ \t]+(?:parent|dad|mum|mam|father|mother)\b", right[: gone.start()], re.I)
        ):
            gone = None  # "mam Shannon has took them and moved to Rhyl": the children went with her
        if gone and rel and right is not None and gone.re is _NOT_CARER:
            # "Mr Ffug (dad, sole carer - mum died last year)": said of another relative named in between.
            between = [relationship_of(k.group(1)) for k in BARE.finditer(right[: gone.start()])]
            # "His Nan, Carol Ffug, because mum's been in HMP Ffug": a possessive-looking "mum's" for "mum has"
            between += [relationship_of(k.group(1)) for k in _KIN_HAS.finditer(right[: gone.start()])]
            own = re.search(r"\b(?:her|his|their)\s+own\s+\w+\s*$", right[: gone.start()].rstrip())
            if between and between[-1] not in (rel, None) or own:
                gone = None  # "... since her own mother died": the carer's own parent, not the carer
        if name and text[max(0, s - 2) : s].strip().endswith("(") and _LIVES_ELSEWHERE_ASIDE.match(text, e):
            continue
        if name and _VISITS_ONLY.search(text, e, sentence_end(text, e)):
            continue  # "Father: Sean Ffug, 4 Maes y Ffug, Maesteg - contact every other weekend"
        if _OFFENDER_ROW.match(text, text.rfind("\n", 0, s) + 1):
            continue  # "Alleged perpetrator: FFUG, Karim (father of both children)"
        # (in the name's own sentence: not "a neighbour thought the family might have gone back to Cardiff?? mum is X")
        sentence_from = max((m.end() for m in re.finditer(r"[.!?][\"”’]?\s", left[-60:])), default=0)
        gone_before = _NOT_CARER_BEFORE.search(left[-60:], sentence_from)
        after_gone = left[-60:][gone_before.end() :] if gone_before else ""
        if re.search(r"(?:&|\band\b|\bbut\b|[,;])", f"{after_gone} {(name or '')[:4]}") and (
            _LIVES_WITH.search(after_gone) or _IS_NOW_CARER.match(text, e)
        ):
            # "Mum is in rehab & he's gone to live with his uncle Declan", "The boy's parents died in Sudan and Mr
            # Ffug is now his legal guardian": said of the parents
            gone_before = None
        if gone_before and rel:
            # "Dad works offshore so stepmum (Mrs Ffug) is main carer": said of the relative named before it.
            kin_before = [relationship_of(k.group(1)) for k in BARE.finditer(left[-60:][: gone_before.start()])]
            if kin_before and kin_before[-1] not in (rel, None):
                gone_before = None
        named_away = bool(clean and clean.split()[0] in away_names)
        if (s, e) not in first_person | took and (gone or gone_before or rel in away or named_away):
            if name and _GONE_FOR_GOOD.search(text, e, sentence_end(text, e)):
                gone_at.append(s)
            continue
        if name and PARTNER_BEFORE.search(text[max(0, s - 30) : s]) and (s, e) not in took:
            if not _WHO_CARES.match(text, e) and (s, e) not in found.cared_by:
                # "mum's partner, Darren Ffug" is a household member, unless he is said to care for them ("being
                # looked after by mum's partner Jason")
                continue
        sentence = text[max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0) : s]
        guests = _GUESTS_WITH_CHILDREN.search(sentence) if name else None
        own_first = re.sub(r"^(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?(?:and\s+)?(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?", "", name or "")
        if guests and not sentence[: guests.start()].rstrip().endswith(own_first.split()[0]):
            # the host; not "Gemma and the children are staying with her mum, Carol, ... and Gemma remains ..."
            score -= 1.0
        elif (
            name
            and (_LIVES_WITH.search(left[-50:]) or _LIVES_WITH.search(right[:40]))
            # "The children's grandmother, Mrs X, also lives with them": one more of the household, not the carer
            and not re.match(r"[ \t,]*(?:who[ \t]+)?also[ \t]+(?:lives|living|stays)\b", right)
            # "Carer: Menna Ffug (Nain); lives with her husband Alun Ffug (Taid)": the carer's spouse
            and not re.search(r"\b(?:her|his)\s+(?:husband|wife|partner|spouse)\s*,?\s*$", left[-30:], re.I)
            and not hosted
            and not after_parent
        ):
            score += 2.0
            # "Update on Jess - she ... is now living with her aunt, X": the latest of the homes said
            score += 0.5 if re.search(r"\bnow\s+(?:living|staying|lives|stays)\s+with\b", left[-50:]) else 0.0
        elif (
            not name
            and re.search(r"(?:his|her|their)\s*$", text[max(0, s - 8) : s], re.I)
            and (_LIVES_WITH.search(left[-50:]) or _lives_with_them(right[:40]))
        ):
            score += 1.0  # "lives with his aunt", "his aunt has been looking after him"
            # "Dad (Steve) rang to say Callum's gone to live with his mam": the latest home, over the one who told
            score += 0.5 if _GONE_TO_LIVE_WITH.search(left[-50:]) else 0.0
        elif not name and _CARES_NOW.match(text, e):
            score += 1.0  # "Dad works nights and mum is at home with the children"
        elif name and _CARING_FOR_THEM.match(text, e):
            score += 1.0  # "- Mrs Rasha Ffug (mother) - caring for the children"
        if rel in with_child and (s, e) not in first_person:
            score += 1.0  # the parent the child is with, over the one who came in to say so
        if name and took_them.match(text, e):
            score += 2.0  # the parent who took the children, over the relative who writes about it
        if name and rel is None:
            score -= 0.5
        if rel and _ADULTS_KIN_BEFORE.search(text, max(0, s - 60), s):
            # "Mr Chen's mother, Mrs Li Mei-ling, lives with the family": a parent's own relative, in the household
            # but not the carer the report names the parent as
            score -= 2.5
        if rel in {"mother", "father"}:
            score += 0.3  # a parent before another relative, other things equal
        titled = re.match(r"(Mrs|Ms|Miss|Mr)\.?[ \t]", name or "")
        in_full = (
            re.search(rf"\b{titled.group(1)}\.?[ \t]+((?:[{UPPER}][\w'’-]+[ \t]+){{1,2}}){re.escape(clean)}\b", text)
            if titled and clean
            else None
        )
        if in_full:
            # "Mr László Ffug and Mrs Erika Ffug ... Mrs Ffug is at home with the children": Erika, by the title
            clean, s, e = f"{in_full.group(1)}{clean}", in_full.start(1), in_full.end()
        elif clean and len(clean.split()) == 1:
            clean, s, e = _complete_name(text, name, clean, s, e, not_names, child_lower)
        if clean and any(
            len(n.split()) > 1 and re.search(rf"(?<![\w'’-]){re.escape(n)}$", clean, re.IGNORECASE) for n in child_names
        ):
            # "Quick one for CME *Ciarán Ffug* (Y6) - mum rang": the child's own name, read with a word before it
            continue
        end = s + len(clean) if clean and name and text.startswith(clean, s) else e
        start = text.find(clean, s, e + 1) if clean and clean in text[s : e + 1] else s
        out.append(CarerFound(clean, rel, start if start >= 0 else s, end if start >= 0 else e, score))
    # "foster carers Mr and Mrs Ffug (Nadia Ffug is the main carer)": a carer named without a relationship takes
    # the one said of their household.
    for i, c in enumerate(out):
        if c.name and c.relationship is None:
            surname = c.name.split()[-1]
            # the same person's, else a couple's shared role: "Gemma ... is the main carer" is not her mother Carol
            # FFUG's grandmother
            same_house = [d.relationship for d in out if d.relationship and d.name == c.name] + [
                d.relationship
                for d in out
                if d.relationship in _COUPLES_ROLES and d.name and d.name.split()[-1] == surname
            ]
            kin = same_house[0] if same_house else None
            if kin:
                out[i] = CarerFound(c.name, kin, c.start, c.end, c.score)
    # A bare "lives with his dad" lends its weight to the named dad.
    for c in out:
        if c.name is None and c.score >= 2.0:
            for i, d in enumerate(out):
                if d.name and d.relationship == c.relationship:
                    out[i] = CarerFound(d.name, d.relationship, d.start, d.end, d.score + 1.0)
    # "Her parents are Chen Hao (father) and Li Na (mother); Li Na is the main contact": said of one named parent.
    main_ones = {m.group(1) for rx in (_MAIN_ONE, MAIN_CARER) for m in rx.finditer(text)}
    for i, c in enumerate(out):
        # "... Kerry is the one who has Connor day to day": a first name alone says it of the named Kerry Ffug
        if c.name and any(said.endswith(c.name) or said == c.name.split()[0] for said in main_ones):
            out[i] = CarerFound(c.name, c.relationship, c.start, c.end, c.score + 1.0)
    out = _main_carer_by_title(out, main_ones, text)
    # "his mum, Stacey Ffug, went into custody": the bare "mum" is the Stacey ruled out, not another mother
    out = [
        c
        for c in out
        if c.name or not any(g > c.end and re.fullmatch(r"[ \t]*[,(:–-]?[ \t]*", text[c.end : g]) for g in gone_at)
    ]
    return sorted(out, key=lambda c: (-c.score, c.name is None, c.start))


def _main_carer_by_title(out: list[CarerFound], main_ones: set[str], text: str) -> list[CarerFound]:
    """'foster carers Mr Dafydd ap Ffug and Mrs Heledd ap Ffug ... Mrs ap Ffug is the main carer': a title and
    surname said to be the main carer mean the one named in full with that title, who stands for the short form."""
    for said in main_ones:
        titled = re.match(r"(Mrs|Ms|Miss|Mr)\.?[ \t]+(.+)$", said)
        if not titled:
            continue
        title, surname = titled.group(1), titled.group(2)
        short = [c for c in out if c.name and c.name.lower() == surname.lower()]
        full = {
            id(c)
            for c in out
            if c.name
            and c.name.lower() != surname.lower()
            and f" {surname.lower()} " in f" {c.name.lower()} "
            and re.search(rf"\b{title}\.?[ \t]+$", text[max(0, c.start - 6) : c.start])
        }
        if full:
            out = [
                CarerFound(c.name, c.relationship, c.start, c.end, c.score + 1.5) if id(c) in full else c
                for c in out
                if c not in short
            ]
    return out


# (One pattern for the whole text: a pattern built for each name would crowd the regex cache out.)
_MAIN_ONE = re.compile(
    rf"((?:[{UPPER}][\w'’-]+[ \t]+){{0,3}}[{UPPER}][\w'’-]+)"
    r"[ \t]+(?:(?:is|remains)[ \t]+(?:the[ \t]+)?(?:main|primary|sole|best)[ \t]+(?:carer|contact)\b"
    # "Jana is the one who deals with everything for the children", "Mum does everything for them"
    r"|is[ \t]+the[ \t]+one[ \t]+who[ \t]+(?:deals[ \t]+with|does|sorts|handles)[ \t]+(?:everything|it[ \t]+all)\b"
    # "Nora is the one to speak to - Martin is away working most days"
    r"|is[ \t]+the[ \t]+one[ \t]+to[ \t]+(?:speak|talk)[ \t]+(?:to|with)\b"
    r"|(?:deals[ \t]+with|does|sorts|handles)[ \t]+everything[ \t]+for[ \t]+(?:the[ \t]+(?:children|kids)|them)\b)"
)
