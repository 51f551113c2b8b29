"""Schools named in a report, and whether each is where the child is (or was last) on roll."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.addresses import find_addresses
from nlp.lexicon import NOT_NAME, SCHOOL_HEAD, SCHOOL_TAIL, TOWNS
from nlp.names import UPPER

# The words after "X High" that make it a street, a court or a rating, not a school
_NOT_A_HIGH_SCHOOL = r"Street|St|Road|Rd|Court|Risk|Level|Needs|Priority|Cross|Park|View"
# "Church in Wales"; "King Henry VIII 3-19 School", an all-through school named by its age range
_WORD = r"(?:[A-Z][\w'’.-]*|y|yr|nr|de|la|le|of|the|upon|on|in(?=[ \t]+Wales)|\d{1,2}[-–]\d{1,2}|\d{1,3})"
SCHOOL_NAME = re.compile(
    rf"(?<![\w'’-])(?:{SCHOOL_HEAD}"
    # ... and a name in quotes, as Romanian schools are written: 'Colegiul Național "Gheorghe Ffug"'
    rf"(?:[ \t]+(?:(?:nr|No)\.?[ \t]*\d{{1,3}}|[{UPPER}][\w'’-]*|(?:yr|y)\b|de|do|da|dos|das|del|di|nr"
    rf"|[\"“][{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*){{0,3}}[\"”]))+"
    # (not a table's "Age 7   School:" label)
    # (one space between its words: a wider gap is a column's edge, "Tomas FFUG     9     Attends Ffug Primary")
    rf"|(?:St\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t](?![ \t]){_WORD}){{0,4}}?[ \t]{SCHOOL_TAIL}(?!(?<=School)[ \t]*:)"
    # "Marsh Road High": a high school named without "School", two capitalised words before it
    rf"|(?<![\w'’-])(?!(?:Risk|Priority|Level|Very|Graded|Rated)\b)[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+[ \t]+High"
    rf"(?![ \t]+(?:{_NOT_A_HIGH_SCHOOL})\b)"
    # "(Crickhowell High, DOB ...)", "has not attended Eastern High": one word before it, after a bracket or a verb
    # that says the child went there (not "allocated to us (Cathays High)")
    # ... or "Mum told Llanffug High in early September"
    rf"|(?:(?<=\battended[ \t])|(?<=\battends[ \t])|(?<=\()(?<!\bus[ \t]\()|(?<=\bfrom[ \t])|(?<=\btold[ \t])"
    rf"|(?<=\bat[ \t])(?<!\bhere[ \t]at[ \t]))"
    rf"(?!(?:The|Our|Very|Risk|Priority|Level)\b)[A-Z][\w'’-]+[ \t]+High"
    rf"(?![ \t]+(?:{_NOT_A_HIGH_SCHOOL}|School)\b)(?![\w'’-])"
    # "Mountain Ash Comp", "Treorchy Comp": a comprehensive as it is said
    rf"|(?<![\w'’-])(?!(?:The|At|In|From|To|Left|Our|Their|His|Her)\b)[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+Comp"
    r"(?![ \t]*[.:]?[ \t]*\d))(?![\w-])"
)
_LEADING_NOISE = re.compile(
    r"^(?:(?:The|Our|At|In|From|To|Both|All|Was|Were|Previously|Came|Up|Left|Attended|Attends|Then|He|She|They|His|Her"
    r"|Their|Last|Previous|Current|Allocated|Preference|Dear|Hi|Since|Now|Not|Any|A|And|Y\d+"
    r"|We['’]re|We\s+are|I['’]m|It['’]s|Its|This\s+is)\s+)+"  # "(We're Ffug Primary - not in my display name)"
)
_LABEL = re.compile(
    # ... or a later cell of a row: "1) Freddie Ffug   D.O.B. 11/09/2016   Previous school: Ffug Primary, Plymouth"
    # (a last school only: a row's bare "School: Ysgol Ffug (attending)" may be a sibling's, not referred)
    r"(?:(?:^|\n)[ \t]*(?:[-•*]\s*)?"
    r"|(?:(?<=[^\s:][ \t]{2})|(?<=[ \t]{3})|(?<=[^\s:]\t))"
    r"(?=(?i:previous|last|former|old|most[ \t]+recent)[ \t]+school))"
    r"(?:(?:Previous|Last|Current/last|Current|Former|Old|Most recent)\s+school"
    r"(?:\s+attended)?|School(?:\s+attended)?|Last school attended|Ysgol(?:\s+flaenorol)?"
    r"|On\s+roll(?:\s+at)?)"  # "On roll: Ffug High School (Year 9) - receiving home tuition"
    r"(?:\s+(?:in|abroad|overseas)\b[^:\n(]{0,25}|\s*\([^)\n]{1,25}\))?\s*(?:/\s*\w+\s*)?:\s*"
    r"([^\n(]+)",
    re.IGNORECASE,
)
# Schools a child is not on roll at: offered, allocated, applied for, or only hoped for.
_NOT_ON_ROLL = re.compile(
    # (not "had a place at Ffug High School": where the child was, unless the words after say it was never taken up)
    # (not "their places at Ysgol Ffug might have been taken away": theirs)
    r"(?:start(?:ing)?\s+at(?:\s+the)?|(?<!had\sa\s)(?<!their\s)(?<!his\s)(?<!her\s)places?\s+(?:offered\s+)?at|offered(?:\s+a\s+place)?\s+at|allocated"
    r"|preference\s*\d*\s*:?|applied\s+(?:online\s+|on-line\s+)?(?:to|for)|apply\s+(?:online\s+)?(?:to|for)|transfer\s+to|moving\s+to|move\s+to"
    # ... the second of two: "I applied online to St Julian's and Caerleon Comp"
    r"|appl(?:ied|y)\s+(?:online\s+|on-line\s+)?(?:to|for)\s+(?:St\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:and|or|&)"
    # (not "he doesn't go to Ysgol Ffug any more": the school he went to)
    r"|(?<!used\sto\s)(?<!both\s)(?<!they\s)(?<!still\s)(?<!both\sstill\s)(?<!n't\s)(?<!n’t\s)(?<!not\s)go\s+to"
    # but "they were going to Ffug Road School last winter", "she stopped going to ...": attended
    r"|(?<!were\s)(?<!was\s)(?<!stopped\s)(?<!stop\s)(?<!been\s)going\s+to"  # "hasn't been going to": attended
    # "there was no spaces at Ysgol Ffug", "I was asked by Ffug Primary to help at a nursery meeting"
    r"|\bno\s+spaces?\s+(?:at|in)|\b(?:asked|contacted|alerted)\s+by|\bon\s+behalf\s+of"
    r"|would\s+be\s+at|(?<!had\s)a\s+place\s+at|waiting\s+list\s+(?:at|for)|admission\s+to|CTF\s+from|records\s+from"
    # "The nearest school would be Ffug VC School", "the nearest school, which she thinks is Ffug Primary"
    r"|nearest(?:\s+school)?(?:\s+(?:would\s+be|is)|\s*,?\s*which\s+(?:\w+\s+)?thinks?\s+is)"
    # "neither child is on our roll, nor at Ysgol Ffug down the road"
    r"|\b(?:nor|not|isn['’]t|aren['’]t)\s+(?:at|in|on\s+roll\s+at)"
    # "we sent the CTF to Ysgol Ffug and they've just emailed to say he never arrived"
    r"|(?:sent|forwarded|transferred)\s+(?:the\s+|his\s+|her\s+)?(?:CTF|records|file)\s+(?:on\s+)?to"
    r"|\b(?:CTF|records|file)\s+(?:we|they|I)\s+(?:sent|forwarded|transferred)\s+(?:on\s+)?to"  # "the CTF we sent to"
    # "Applications were submitted in August for ...", "An application went in to ... on 28 June"
    r"|applications?\s+(?:(?:was|were|went|has\s+been|have\s+been)\s+)?(?:\w+\s+){0,4}?(?:for|to|in\s+to|into)"
    r"|submitted\s+(?:\w+\s+){0,3}?(?:for|to)"
    # "Applications were sent to School Admissions for Mohamed (Ffug High VC) and Yousif (Ffug Airey)"
    r"|applications?\b[^.\n]{0,60}\bfor\s+[A-Z][\w'’-]+\s*\("
    r"|\bgais\b[^.\n]{0,30}\bar\s+gyfer"  # "Gwnes i gais ar-lein ar gyfer Ysgol ..." (I applied online for)
    # "an in-year admission form for St Ffug's Primary", "asked about Ffug Primary"
    r"|admission\s+form\s+(?:for|to)|(?:asked|enquired|inquired)\s+about"
    # "did not arrive at Ysgol Ffug", "they would like Ysgol Ffug (nearest)", "in touch with Ysgol Ffug directly"
    r"|(?:did\s+not|didn['’]t|never)\s+arrive\s+at|not\s+arrived\s+at|(?:would|['’]d)\s+like|in\s+touch\s+with"
    # a school a parent has in mind: "would consider Ffug CiW Primary", "She mentioned Ffug Primary and Ffug
    # Comprehensive as the nearest"
    r"|(?:would|might|could)\s+consider|considering|(?:she|he|they|mum|dad|parents?)\s+mentioned)\s*$",
    re.IGNORECASE,
)
# "she used to go to Alder Brook": the school last attended, named without "Primary" or "School".
# "He's been on our roll at Ffugpandy CC since Y7", "on roll at Ffugdergast": the school whatever it is called.
_USED_TO = re.compile(
    # ... "Both still on roll here at Nantgwyn"
    r"\b(?:used\s+to\s+(?:go\s+to|attend|be\s+at)|previously\s+attended"
    # "the older two went to Bryn Ffug school": the name, then "school" in lower case
    r"|(?:went|go|goes|going)\s+to(?=\s+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+school\b)"
    # "she's took them out of Ynysffug school", "he was 'kicked out' of Bishop Ffug before the summer"
    r"|(?:took|taken|taking)\s+(?:him|her|them)\s+out\s+of"
    r"(?=\s+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+school\b)"
    r"|(?:kicked|thrown)\s+out['’\"”]?\s+of|excluded['’\"”]?\s+from"
    # ... "3 of ours at Castle Ffug - Denisa (Yr 6) ..."
    # ... "He's ours at Eastern High"
    # ... "Off our roll at St Ffug from today", "still on our roll @ Ffugwyn"
    # ... "she says she was at Heolffug but hasn't been since Year 7": a school by one word, left
    r"|(?P<roll>(?:was|were)\s+at(?=\s+[A-Z][\w'’-]+\s+but\s+(?:hasn['’]t|has\s+not|haven['’]t|have\s+not)\s+been\b)"
    r"|(?:on|[Oo]ff)\s+(?:our\s+|the\s+)?roll\s+(?:here\s+)?(?:at|@)|on\s+the\s+books\s+at|of\s+ours\s+(?:here\s+)?at|(?:is|['’]s|are)\s+ours\s+at"
    # a school's staff naming their own school: "a Year 1 starter here at Ffugtre who never arrived", "a Yr 10 girl
    # here at Ffugfa, Ayesha ...", "on roll with us at Ffug High"
    r"|(?:starters?|pupils?|girls?|boys?|lads?|learners?|students?|child|children|ones?|roll)\s+(?:here|with\s+us)\s+at"
    # "Tasnim Ffug Yr 10 (10T) here at Brynteg" (not "we are full in Y1 here at Ffugwn": not the child's year)
    r"|(?<!\bin\s)(?<!\binto\s)\b(?:Y|Yr|Year)[ \t]*\d{1,2}s?(?:[ \t]*\([\w ]{1,6}\))?\s+here\s+at"
    # "Kayden had just finished Year 7 at Cefn Ffug", "was in Yr 4 at Ffugwen until Easter"
    r"|\b(?:finished|completed|was[ \t]+in|were[ \t]+in)[ \t]+(?:Y|Yr|Year)[ \t]*\d{1,2}[ \t]+at"
    # "do we take him off roll at Catwg or wait for you?"
    r"|\b(?:take|taking|took|taken)\s+(?:him|her|them)\s+off\s+(?:the\s+|our\s+)?roll\s+at"
    # "one of our September Reception starters at Ffuglode", "was previously Ffug High, Cardiff" (a row's words)
    r"|\bour\s+(?:[\w-]+\s+){0,3}?starters\s+at"
    # "Still on Ffugedog roll for now"
    r"|\bon(?=\s+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?\s+roll\b(?!\s+call))"
    r"|\bpreviously(?=\s+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}[ \t]+(?:High|Primary|School|Comp|Academy)\b)))"
    r"\s+['‘\"“]?((?:the\s+)?[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|(?:yr|y)\b)){0,4})"
)
_LOWER_SCHOOL_NEXT = re.compile(r"[ \t]+school\b")
# "gave us Ffug Meadow Primary as the new school": a school the family named, never confirmed
_NOT_ON_ROLL_AFTER = re.compile(
    r"^[^.\n]{0,25}(?:did not take up|never heard of|not take up|never took (?:it|the place|this) up"
    r"|but never (?:started|attended|arrived|went))"
    r"|^[ \t]+as[ \t]+(?:the|their|his|her)[ \t]+new[ \t]+school"
    # "Ffugwenlly Primary, where a cousin attends": a relative's school
    r"|^[ \t]*,?[ \t]*where[ \t]+(?:a|an|their|his|her|the)[ \t]+(?:\w+[ \t]+)?(?:cousins?|siblings?|brothers?|sisters?"
    r"|relatives?|friends?)[ \t]+(?:attends?|goes|go|is|are)\b"
    # "Ffug Primary is the nearest school but she is not sure it has places"
    r"|^[ \t]+is[ \t]+the[ \t]+(?:nearest|closest)[ \t]+(?:school|primary|secondary)\b"
    # a neighbour's "the school office at Ysgol Ffug said to email you": who sent the writer here
    r"|^[ \t]+(?:said|told[ \t]+me|suggested|advised[ \t]+me)[ \t]+(?:to[ \t]+|I[ \t]+should[ \t]+)?"
    r"(?:email|contact|write|ring|phone|call)\b"
    # "Checked with Ysgol Ffug - not on roll & no application received": a school asked, not the child's
    r"|^[ \t]*[-–:,][ \t]*(?:not[ \t]+on[ \t]+(?:their[ \t]+|the[ \t]+)?roll|no[ \t]+record|no[ \t]+application)"
    # "Ffug Comp say no application", "Ysgol Ffug said he is not on their roll"
    r"|^[ \t]+(?:say|says|said|confirm|confirmed)[ \t]+(?:there[ \t]+(?:is|was|has[ \t]+been)[ \t]+)?"
    r"(?:no[ \t]+(?:application|record|CTF|request)|(?:he|she|they)(?:[ \t]+(?:is|are|was|were)|['’]s|['’]re)"
    r"[ \t]+not[ \t]+on)"
    # "At a parents' evening at St Ffug's RC Primary (for another family) I met ...": another family's school
    r"|^[ \t]*\((?:for|with|about|re)[ \t]+(?:another|a[ \t]+different|other)[ \t]+"
    r"(?:family|families|child|children|pupil)",
    re.I,
)


_ADDED_TO_ROLL_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:who|which|and[ \t]+they)[ \t]+(?:then[ \t]+|have[ \t]+|had[ \t]+)?(?:added|put|placed)[ \t]+"
    r"(?:her|him|them)[ \t]+(?:on|to|onto)[ \t]+(?:their|the|its)[ \t]+roll\b",
    re.IGNORECASE,
)
_DOUBT = re.compile(
    r"^(?:dunno|don['’]?t\s+know|not\s+sure|unsure|no\s+idea)\b[,;:\s-]*(?:but\s+)?(?:I\s+think\s+)?"
    r"(?:(?:they|he|she)\s+)?(?:used\s+to\s+(?:go\s+to|attend|be\s+at)|went\s+to|(?:was|were)\s+at)?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SchoolFound:
    """A school named in the report and its span; `on_roll` False when it is only offered or applied for."""

    value: str
    start: int
    end: int
    on_roll: bool
    # named on a form's "On roll:" or "Current school:" row: the roll the child is on, whoever writes
    current_row: bool = False


def clean_school(name: str) -> str:
    """'the Hafod Community School' -> 'Hafod Community School'."""
    name = _LEADING_NOISE.sub("", name.strip())
    return re.sub(r"[\s,.;:-]+$", "", name)


# "is 17 and has enrolled at", "Rhodri FFUG - 17 yrs, at Coleg ...": said of a sibling past school age
_OLDER_SIBLING_BEFORE = re.compile(
    r"(?:\b(?:is|aged|turned)\s+1[7-9]\b|\b1[7-9]\s*(?:yrs?|years?)\b|\(1[7-9]\))[^.\n]{0,60}$"  # "Lois (17) is at"
)


_SERVICE_NAMED = re.compile(r"\b(?:CAMHS|Other[ \t]+Than[ \t]+(?:at|in)[ \t]+School|EOTAS)\b", re.IGNORECASE)
_SERVICE_AFTER = re.compile(r"[ \t]+(?:In-?Reach|Nurs(?:e|es|ing)|Health|Counsell\w*|Liaison|Transport)\b", re.I)


# A form's name row: "Forename(s):", "Pupil surname:", "Child's name:"
_NAME_ROW = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?"
    r"(?i:(?:child['’]?s[ \t]+|pupil[ \t]+|full[ \t]+|first[ \t]+)?(?:fore|sur)?names?(?:\(s\))?)[ \t]*:[ \t]*$"
)


def find_schools(text: str, zones: list[tuple[int, int]]) -> list[SchoolFound]:
    """Schools named outside signatures, in reading order."""
    out: list[SchoolFound] = []
    taken: list[tuple[int, int]] = []
    for m in _LABEL.finditer(text):
        raw, s = m.group(1), m.start(1)
        # "Previous school(s): Daniela - Ffug Park Primary": the child's name first, the school after it
        lead = re.match(r"(?!(?i:none|unknown|not|no|nil|tbc)\b)[A-Z][\w'’-]+[ \t]+[-–:][ \t]+", raw)
        if lead and re.search(rf"(?i:ysgol|{SCHOOL_TAIL})", raw[lead.end() :]):
            raw, s = raw[lead.end() :], s + lead.end()
        value = re.split(r"\s+(?:-|–)\s+|\s+until\b|\s+\(|\s+left\b|(?<=[a-z]{2})\.\s|;", raw)[0]
        value = value.strip().rstrip(".,;")
        # "School (if known): dunno, they used to go to Ffug Primary": the school after the doubt
        if doubt := _DOUBT.match(value):
            value, s = value[doubt.end() :], s + doubt.end()
        # "Coed Ffug Comprehensive, Bridgend": the town after a school's name is not part of it.
        value = re.sub(rf"\b({SCHOOL_TAIL})(?:,\s*[A-Z][\w'’ -]*)+$", r"\1", value)  # (or "Lewisham, London")
        if re.fullmatch(r"(?i:as[ \t]+above|same(?:[ \t]+as[ \t]+above)?|ditto)", value) and out:
            # "2) Poppy Ffug   D.O.B. ...   Previous school: as above": the school of the row above
            out.append(SchoolFound(out[-1].value, s, s + len(value), True, out[-1].current_row))
            taken.append((s, s + len(value)))
            continue
        if not value or re.match(
            r"[\"“']?(?:none|n/?a|n/?k|unknown|not known|tbc|nil|no school|not on roll|not registered|not attending"
            r"|don['’]?t|do not|not sure|unsure"  # a form's "School: don't think he goes to one"
            r"|no|yes|dim)\b",
            value,
            re.IGNORECASE,
        ):
            continue  # "School/Nursery: NONE KNOWN - see circumstances"
        current = bool(re.match(r"[ \t]*(?:[-•*][ \t]*)?(?i:on[ \t]+roll|current[ \t]+school)", m.group().lstrip("\n")))
        out.append(SchoolFound(clean_school(value), s, s + len(value), True, current))
        taken.append((s, s + len(value)))
    for m in SCHOOL_NAME.finditer(text):
        if any(s <= m.start() < e for s, e in zones + taken):
            continue
        raw = m.group()
        # "moved to Bala in December. School places were ...": no name; but "St. Ffug's", "Ffug C.P. School" are one
        # ... nor is "Școala Gimnazială nr. 5", "Lyceum No. 27"
        name = clean_school(re.split(r"(?<!\bSt)(?<!\b[A-Z])(?<!\bnr)(?<!\bNo)\. ", raw)[-1])
        if len(name.split()) < 2 or name.lower() in {"primary school", "high school", "the school", "old school"}:
            continue  # ("Unit 2, The Old School, Station Road": a building, not a school)
        start = m.start() + raw.find(name)
        if _NAME_ROW.match(text, text.rfind("\n", 0, start) + 1, start):
            continue  # "Forename(s):   Kwame Junior": a boy's name, not a junior school
        left = text[max(0, start - 40) : start]
        if _HOUSE_NAMED.search(left[-8:]) or _HOME_WORD_LAST.search(name):
            continue  # "Ty'r Ysgol Cottage, Llanwonno": a home named after an old school, not a school
        if re.fullmatch(r"(?i:transfer(?:-in|-out)?|current|open|active|possible|existing|previous)[ \t]+CP", name):
            continue  # a subject's "Transfer-in CP - Ffug children": child protection, not a community primary
        if _SERVICE_NAMED.search(name) or _SERVICE_AFTER.match(text, m.end()):
            continue  # "the CAMHS School In-Reach team", "Education Other Than At School": a service, not a school
        # (read from further back: "Applications were made online in December for Ffug Primary")
        on_roll = not _NOT_ON_ROLL.search(text[max(0, start - 70) : start])
        on_roll = on_roll and not _NOT_ON_ROLL_AFTER.match(text[m.end() : m.end() + 60])
        if _ADDED_TO_ROLL_AFTER.match(text, m.end()):
            on_roll = True  # "offered a place at Ffug Primary, who added her to their roll in September": on roll
        if _in_column_of_places_to_come(text, start):
            on_roll = False  # a table's "Allocated school" column: where the child was due to go, not where they are
        # (but "was in Year 7 at Soar Ffug College": a school called a college, English-style)
        if _is_fe_college(name) and not re.search(r"\b(?:Y|Yr|Year)[ \t]?(?:[1-9]|1[01])[ \t]+at[ \t]+$", left):
            on_roll = False  # "Coleg y Cymoedd", "Bridgend College": a college past school age, an older sibling's
        if _OLDER_SIBLING_BEFORE.search(text[max(0, start - 90) : start]):
            on_roll = False  # "The eldest, Grace, is 17 and has enrolled at Coleg Gwent": an older sibling's
        prev = out[-1] if out else None
        between = text[prev.end : start] if prev else ""
        # "applied for Ysgol A (Zahra) and Ysgol B (Omid)", "cais ar gyfer Ysgol A i Alaw ac Ysgol B i Math": the
        # second is applied for too; so is "would like Emilija to go to Ysgol A and Lukas to B"
        if prev and not prev.on_roll and re.fullmatch(
            r"(?:\s*\([^)\n]{1,30}\)|\s+(?:i|for)\s+[A-Z][\w'’-]+)?\s*(?:,|and|or|&|ac|a)\s*"
            r"(?:[A-Z][\w'’-]+\s+(?:to|i)\s+)?",
            between,
        ):
            on_roll = False
        out.append(SchoolFound(name, start, start + len(name), on_roll))
    for m in _USED_TO.finditer(text):
        if any(s <= m.start(2) < e for s, e in zones + [(f.start, f.end) for f in out]):
            continue
        name = clean_school(m.group(2)).rstrip("'’\"”")
        start = m.start(2) + m.group(2).find(name)
        # (one word is a school's name on a roll, or before "school": "took them out of Ynysffug school")
        if len(name.split()) >= 2 or name and (m.group("roll") or _LOWER_SCHOOL_NEXT.match(text, m.end(2))):
            out.append(SchoolFound(name, start, start + len(name), True))
    # "last went to school at St Ffug's Catholic Primary ... - also at St Ffug's": a saint's school named again short
    for f in [f for f in out if f.on_roll]:
        short = re.match(r"St\.?[ \t]+[A-Z][\w]*['’]s(?=[ \t]+[A-Z])", f.value)
        if not short:
            continue
        for m in re.finditer(rf"{re.escape(short.group())}(?![ \t]+[A-Z])(?![\w'’])", text[f.end :]):
            at = f.end + m.start()
            if not any(s <= at < e for s, e in zones + [(g.start, g.end) for g in out]):
                out.append(SchoolFound(f.value, at, at + len(short.group()), True))
    # "Daniel was in Year 6 at St Ffug's CE Primary and Esther was in Year 2 at the same school": the school named
    # last before it, at the words that say so
    for m in _SAME_SCHOOL.finditer(text):
        before = [f for f in out if f.end <= m.start() and f.on_roll]
        if before and not any(s <= m.start() < e for s, e in zones):
            last = max(before, key=lambda f: f.end)
            out.append(SchoolFound(last.value, m.start(1), m.end(1), True))
    return sorted(out, key=lambda f: f.start)


# (said as a fact, not wished for: "would like both to go to the same school", "ideally at the same school")
_SAME_SCHOOL = re.compile(
    r"(?:\b(?:was|were|is|are|been)\b(?![ \t]+(?:keen|hoping))[^.,;\n]{0,30}?\bat|\battended|\battends)[ \t]+"
    r"(the[ \t]+same[ \t]+school)\b",
    re.IGNORECASE,
)
_HOUSE_NAMED = re.compile(r"\b(?:T[yŷ]['’]r|Hen)[ \t]+$")
_HOME_WORD_LAST = re.compile(r"\b(?:Cottage|House|Farm|Lane|Road|Street|Terrace|Close|Villas|Flats|Bungalow)$")


# A further education college: the 16-plus college of a town or a valley. A school called a college ("Ffug Community
# College", "St Ffug's Catholic College", "Coleg Cymunedol Ffug") teaches children of school age.
_FE_COLLEGE = re.compile(r"Coleg\b(?![ \t]+Cymunedol)[\w'’ -]*|(?:[A-Z][\w'’-]+[ \t]+){1,2}College")
# ... a saint's college is a school: "St Ffug's College" (a Catholic secondary)
_SCHOOL_COLLEGE = re.compile(
    r"\b(?:Community|Catholic|Church|High|Enterprise|School|Academy|Sixth|Comprehensive)\b|^(?:St\.?|Saint)[ \t]"
)


def _is_fe_college(name: str) -> bool:
    return bool(_FE_COLLEGE.fullmatch(name)) and not _SCHOOL_COLLEGE.search(name)


_CELLS = re.compile(r"\t+|[ \t]*\|[ \t]*|[ ]{2,}")
_COMING_HEAD = re.compile(r"\b(?:allocated|new|receiving|destination|applied|offered|next|transferring)\b", re.I)


def _in_column_of_places_to_come(text: str, pos: int) -> bool:
    """A school in a pasted table's row under a heading such as "Allocated school" or "New school"."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos) if "\n" in text[pos:] else len(text)
    cells = _CELLS.split(text[line_start:line_end])
    if len(cells) < 3:
        return False
    column = len(_CELLS.split(text[line_start:pos])) - 1
    # The heading row: the nearest line above with as many cells, no figures (a row's dates) and a school column.
    for head in reversed(text[: max(0, line_start - 1)].split("\n")[-8:]):
        heads = _CELLS.split(head)
        if len(heads) == len(cells) and re.search(r"school|ysgol", head, re.I) and not re.search(r"\d", head):
            return column < len(heads) and bool(_COMING_HEAD.search(heads[column]))
    return False


def school_in_sender_name(sender_name: str | None) -> str | None:
    """'Miss X - Nantgarw Primary' -> 'Nantgarw Primary'; the school a Slack sender works at."""
    if not sender_name:
        return None
    for part in re.split(r"\s+[-–|]\s+|[(),]", re.sub(r"\bSchool\s+Nurs\w*", "", sender_name)):  # "X School Nurse"
        part = re.sub(r"\b(?:office|reception|admin)\b", "", part, flags=re.IGNORECASE).strip()
        part = re.sub(r"^(?:(?!YG)[A-Z]{2,}[a-z]?[A-Z]*\b\s*)+", "", part)  # role initials: DSL, FEO, ALNCo
        m = SCHOOL_NAME.search(part)
        if m:
            return clean_school(m.group())
        if re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:High|Comp|CP|CS|VC|VA)", part):
            # "Jo Ffug | Attendance | Bryncelyn High", "(DSL, Ffug Ash Comp)": a high school; "(Ffug Dock CP)": a
            # community primary, "(Ffug Thomas CS)" a community school, "(Ffugbier VC)" a voluntary controlled one
            return part
    # "Kate Ffug (DSL, Olchfa)": a role, then the school by its one-word name
    role_then_school = _ROLE_THEN_SCHOOL.search(sender_name)
    if role_then_school:
        return role_then_school.group(1)
    # "Sian Ffug - Glanffug": after the person's name, a school's short name (not a role, a town or a team)
    dashed = _DASH_THEN_SHORT_NAME.fullmatch(sender_name.strip())
    if dashed and _could_be_school(dashed.group(1)) and dashed.group(1).lower() not in _TEAM_WORDS | NOT_NAME:
        return dashed.group(1)
    return None


# The words of a school's kind, which its short and full names may differ by: "YG Ffug", "Ysgol Gynradd Ffug"
_KIND_WORDS = {
    "ysgol", "yg", "ygg", "ygc", "gynradd", "gyfun", "gymraeg", "primary", "school", "high", "comprehensive", "comp",
    "community", "cp", "cs", "junior", "juniors", "infant", "infants", "academy", "the",
}


def in_full(own: str, schools: list[SchoolFound]) -> str:
    """The sender's school as the message writes it, where the display name shortens it: "Carys Ffug (YG
    Aberffug)" writing "still on roll at Ysgol Gynradd Aberffug"."""
    core = [w for w in own.lower().split() if w not in _KIND_WORDS]
    for s in schools:
        if core and [w for w in s.value.lower().split() if w not in _KIND_WORDS] == core and len(s.value) > len(own):
            return s.value
    return own


def school_named_as_own(text: str, sender_name: str | None) -> str | None:
    """The school a Slack sender names as their own by a short name: in brackets after their own name when the
    message names it too ("Claire Ffug (Deri View)": "2 sibs at Deri View"), or in the opening words ("Quick one
    from Bro Helyg -", "Hi all - Cantref referral")."""
    # (not a role's letters, "(DSL)", "(ALNCo)", "(Y6)", nor a town, "(Haverfordwest)")
    bracket = re.search(
        r"\(([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})"
        r"((?:[ \t]+(?:DSL|DDSL|SENCo|ALNCo|Head|Deputy|Attendance|Office|Pastoral)\b[^()]*)?)\)",
        sender_name or "",
    )
    if bracket and _could_be_school(bracket.group(1)):
        # ... or by a saint's name, or with a role after it, a school's whether the message names it or not:
        # "Kate Ffug (St Ffugres)", "Sarah Ffug (Ffugalan DSL)"
        if (
            re.search(rf"(?<![\w'’-]){re.escape(bracket.group(1))}(?![\w'’-])", text)
            or re.match(r"(?:St|Saint)[ \t]+[A-Z]", bracket.group(1))
            or bracket.group(2)
            # "Rhys Ffug - Pastoral (Pen-y-Ffug)": a role before it, the bracket is where they work
            or _ROLE_BEFORE_BRACKET.search(sender_name or "", 0, bracket.start())
            # "Sioned Ffug (Cefn Ffug)": "a Yr 10 girl we've had to take off roll today" is the sender's pupil (not
            # "Nia Ffug (Data Manager)": a role)
            or (_SAYS_OUR_ROLL.search(text) and not _ROLE_LAST.search(bracket.group(1)))
        ):
            return bracket.group(1)
    said = _OWN_SCHOOL_OPENING.search(text[:160]) or _OWN_SCHOOL_SAID.search(text)
    here = _OWN_SCHOOL_HERE.search(text[:160])
    if not said and here and here.group(1).split()[0] not in (sender_name or "").split():
        said = here  # "Ffugwell (Chepstow) here - two of ours have gone" (not "Sian here -": the sender)
    if said and _could_be_school(said.group(1)):
        # (not "quick CME referral from Treffug" where the address is in Treffug: a place; but "left us here at
        # Pennal" is the village's school, wherever the family lives)
        from_place = said.re is _OWN_SCHOOL_OPENING and any(said.group(1) in a.value for a in find_addresses(text, []))
        if not from_place:
            return said.group(1)
    return None


_SAYS_OUR_ROLL = re.compile(
    r"\b(?:take|taken|took|taking|came|come)\s+(?:\w+\s+)?off\s+(?:our\s+)?roll\b|\bour\s+(?:roll|pupils?)\b"
    r"|\b(?:with|left)\s+us\b",
    re.IGNORECASE,
)
_ROLE_LAST = re.compile(
    r"\b(?:Manager|Officer|Lead|Assistant|Co-?ordinator|Administrator|Admin|Teacher|Clerk|Secretary|Mentor|Worker"
    r"|Support|Team|Tutor|Head|Leader|Director)$"
)
_ROLE_BEFORE_BRACKET = re.compile(
    r"\b(?:DSL|DDSL|SENCo|ALNCo|Head(?:teacher)?|Deputy|Attendance|Pastoral|Safeguarding|Wellbeing|Inclusion)"
    r"(?:[ \t]+(?:Lead|Officer|Manager|Team))?[ \t]*$"
)


def _could_be_school(name: str) -> bool:
    """Not a role, a pronoun or what the message is ("Head", "Urgent"), nor a town said alone ("Haverfordwest")."""
    return name.split()[0].lower() not in _NOT_A_SCHOOL_WORD and name.lower() not in TOWNS


_OWN_SCHOOL_OPENING = re.compile(
    r"(?:\b(?i:referral|one|note|query|message|update)(?:[ \t]+for[ \t]+you)?[ \t]+from[ \t]+"
    r"|^[^\n]{0,30}?[-–][ \t]*(?=[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+referral\b))"
    r"([A-Z][a-z][\w'’-]+(?:[ \t]+[A-Z][a-z][\w'’-]+)?)(?=[ \t]*(?:[-–,.!:]|referral\b|please\b|pls\b|\n|$))"
)
# "We're at Clawdd Ffug btw", "This is Mountain Ffug btw", "Not been in with us (Ffugtyn High) since 16/10"
_OWN_SCHOOL_SAID = re.compile(
    r"(?:\b(?i:we['’]re|we\s+are)\s+at\s+"
    # ... "We're Ysgol Ffug btw"
    r"|\b(?i:this\s+is|we['’]re|we\s+are)\s+(?=[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}\s+(?:btw|by\s+the\s+way)\b)"
    r"|\bwith\s+us\s+\("
    # "told our FLO here at Bro Ffug" (not "we're full in Y1 here at Ffugwn"), Welsh "heb fod yma yn Llwyn Ffug" (not
    # been here at ...)
    r"|\bour\s+(?:[\w-]+[ \t]+){1,2}here\s+at\s+|\byma\s+yn\s+"
    r"|\b(?:us|in)\s+here\s+at\s+"  # "Mia Ffug Bl 3 left us here at Pennal", "not been in here at Olchfa"
    # "we've got 2 siblings here at Millffug not seen since 21st Sept"
    r"|\b(?:siblings|sibs|twins|brothers|sisters|kids|children|pupils|girls|boys)\s+here\s+at\s+"
    r"|\b(?:well|fine|happy|settled)\s+here\s+at\s+"  # "He was doing really well here at Morfa Ffug"
    # "haven't been in to us at Ffug Park", "allocated to us at Craig Ffug for Sept", Welsh-named "hasn't been in to
    # Gwaun y Ffug since 30/11"
    r"|\b(?:to|with)\s+us\s+at\s+|\bbeen\s+in\s+to\s+"
    # "We're St Ffug's if anyone's wondering"
    r"|\b(?i:we['’]re|we\s+are)\s+"
    r"(?=[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}\s+if\s+any(?:one|body)['’]?s\s+wondering)"
    # "Thanks from all of us at St Ffug's", "Anything else you need from us at Ffug Thompson just shout"
    r"|\bfrom\s+(?:all\s+of\s+)?us\s+at\s+"
    # "DSL at Glan y Ffug here."
    # ... "Head of Y8 at Castell Ffug here."
    r"|\b(?:DSL|DDSL|SENCo|ALNCo|FLO|Head(?:\s+of\s+(?:Y|Yr|Year)\s?\d{1,2})?|office|attendance)\s+at\s+"
    r"(?=[^.\n]{1,30}?\s+here\b))"
    r"([A-Z][a-z][\w'’-]*(?:[ \t]+(?:(?:yr|y|ar)[ \t]+)?[A-Z][\w'’-]+){0,2})"  # (Welsh "Llwyn yr Eos")
    r"(?=[ \t]*(?:\)|btw\b|by\s+the\s+way\b|[,.!]|\(|\n|$)|[ \t]+[a-z])"
)
_OWN_SCHOOL_HERE = re.compile(
    r"(?:^|[-–:!.,][ \t]+|:[a-z_]+:[ \t]+)([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    # ... "Cwmbran High attendance here."
    r"(?:[ \t]*\([A-Z][^()\n]{1,20}\))?(?:[ \t]+(?i:attendance|office|pastoral|safeguarding|admin|inclusion))?"
    r"[ \t]+here[ \t]*[-–,.!:]"
)
# (one word of letters: not "HoY9", "Gyrfa Cymru" (Careers Wales), Welsh "Pennaeth" (head))
_DASH_THEN_SHORT_NAME = re.compile(r"[^-–|]+[ \t]+[-–][ \t]+([A-Z][a-z]+)")
# Words of a team or a role, not a school, after a dash in a display name: "Jo Ffug - Learning Support"
_TEAM_WORDS = {
    "learning", "support", "admissions", "data", "manager", "lead", "officer", "coordinator", "engagement", "team",
    "progress", "behaviour", "nurture", "inclusion", "teaching", "assistant", "service", "services", "council",
}
# Capitalised words that open no school's short name: roles, pronouns, what a message is.
_NOT_A_SCHOOL_WORD = {
    "she", "he", "they", "head", "headteacher", "deputy", "attendance", "pastoral", "office", "admin", "year", "yr",
    "new", "quick", "urgent", "another", "possible", "potential", "school", "safeguarding", "welfare", "cme", "ehe",
    "the", "our", "us", "me", "home", "teacher", "class", "senior", "assistant", "inclusion", "wellbeing", "family",
}


_ROLE_THEN_SCHOOL = re.compile(
    r"\((?:[A-Z]{2,}[a-z]?[A-Z]*|Head(?:teacher)?|Deputy[ \t]+Head|Attendance(?:[ \t]+Officer)?"
    r"|Pastoral(?:[ \t]+Lead)?)"
    r"[ \t]*,[ \t]*([A-Z][\w'’-]{3,})\)"
)
