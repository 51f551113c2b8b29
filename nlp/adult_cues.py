"""The words beside a name that say it is not a child of the report: an adult's (a title, a relationship, a
role), a baby's, a partner's, a family's name, a place's or an organisation's. `child_mentions.py` weighs them
against the child cues of `child_cues.py`."""

from __future__ import annotations

import re

from nlp.lexicon import KIN_PATTERN, PRACTICE_TAIL, SCHOOL_HEAD, SCHOOL_TAIL
from nlp.names import UPPER

KIN_CALLED_BEFORE = re.compile(
    rf"\b{KIN_PATTERN}\b[^.\n]{{0,15}}\b(?:she|he)(?:['’]s|\s+is)\s+(?:called|named)\s*$", re.IGNORECASE
)
_MONTH_OR_DAY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Summer|Autumn|Spring|Winter)"
)
_CLASS_WORD = r"(?:Reception|Derbyn|Nursery|Meithrin|Foundation|Infants|Juniors)"
# ... "in Sylhet, Bangladesh": and the country after the town
IN_PLACE = re.compile(
    # not "in February, Elis", "twins in Reception, Ella & Ruby Ffug"
    rf"(?<![\w'’-])(?:in|near)[ \t]+(?:(?!(?:{_MONTH_OR_DAY}|{_CLASS_WORD})\b)[{UPPER}][\w'’-]+,[ \t]*)?$"
)
# "RE: Ffugeira children": a family name before the children, not a child.
# "Ffug children", "Begum/Ffug family": a family's name or two, no one child
FAMILY_NAME = re.compile(
    r"^(?:[ \t]*(?:/|&|and)[ \t]*[A-Z][\w'’-]+)?[ \t]+(?:children|family|kids|siblings|twins|boys|girls|household)\b",
    re.IGNORECASE,
)
ADULT_NOUN = re.compile(
    rf"\b(?:{KIN_PATTERN}|neighbour|woman|man|lady|gentleman|officer|teacher|worker|partner|friend|adult)s?\b",
    re.IGNORECASE,
)
ADULT_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "rev", "pc", "pcso", "dc", "ds", "sgt"}
LEFT_ADULT = re.compile(
    rf"(?:\b{KIN_PATTERN}|social worker|\bSW|partner|landlord|interpreter|officer|worker|teacher|tutor|"
    r"headteacher|nurse|manager|caseworker|neighbour|victim|suspect|perpetrator|boyfriend|girlfriend|fianc[eé]e?|Contact\s*\d*|parent(?:/carer)?|"
    r"carer|cousin|with|by|from|to|Dear|Hi|Hello|Annwyl|I'm|I am|name is|spoke to|Thanks|Diolch|Regards|Ta)"
    r"(?:'s name)?\s*(?:is|was|:|\(|,|-)?\s*$",
    re.IGNORECASE,
)
RIGHT_ADULT = re.compile(
    rf"^\s*(?:\(\s*{KIN_PATTERN}\s*\)|,?\s*(?:their|his|her|the child(?:ren)?'s)\s+{KIN_PATTERN}|\(\s*(?:PR|SW)\b"
    # "(gave his name as Viktor Ffug, says he is their uncle)"
    r"|,?\s*(?:says|said|stated|claims|claimed)\s+(?:he|she)\s+is\s+(?:their|his|her)\s+(?:uncle|aunt|auntie|father|dad"
    r"|mother|mum|mam|step-?(?:father|mother|dad|mum)|grand(?:father|mother|dad|ma)|guardian|carer)\b"
    rf"|\s*\((?:1[9]|[2-9]\d)\)|,\s*(?:who is\s+)?(?:1[9]|[2-9]\d)\b|\s*-\s*{KIN_PATTERN}\b(?!\s*[(:=-])"
    r"|\s*\([^()\n]{1,30},\s*(?:1[9]|[2-9]\d)\)"  # "Ionuț FFUG (Romanian national, 34)"
    # "Her son Jamal (07700 900902) is happy to help with phone calls": a contact's phone number, an adult's
    r"|\s*\(\s*(?:tel[:. ]*|mob[:. ]*)?(?:07\d{3}|\+44\s?7\d{3})\s?\d{3}\s?\d{3}\s*\))",
    re.IGNORECASE,
)


# A capitalised word before one of these is part of an organisation's or a building's name, not a person's.
ORG_NEXT = re.compile(
    r"^[ \t]+(?:Unit|Service|Services|Team|Centre|Center|Project|Trust|Council|CBC|Academy|Primary|School|Hub|Surgery"
    r"|Practice|Clinic|Hospital|Board|Department|Office|Police|College|Nursery|Group|Partnership|Agency|Church"
    r"|Chapel|Library|Hall|House|Court|Road|Street|Lane|Avenue|Close|Terrace|Park|Estate)\b"
)


# ... and after these, the rest of a Welsh school's or surgery's name: "Ysgol Uwchradd Maes Menai", "Ysgol y Mynydd".
ORG_BEFORE = re.compile(rf"\b(?:{SCHOOL_HEAD}|Meddygfa|Canolfan)[ \t]+(?:(?:y|yr|['’]r)[ \t]+)?$")


# "Oakfield Primary Academy, Hereford (Year 3)": the word after a school's or surgery's name is its town.
TOWN_AFTER_ORG = re.compile(rf"(?:{SCHOOL_TAIL}|{PRACTICE_TAIL}),[ \t]*$")


# (the fewest words before the tail: "Filwood Park Primary School" gives "Filwood Park", not "Filwood Park Primary")
SCHOOL_NAME_HEAD = re.compile(rf"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,3}}?)[ \t]+{SCHOOL_TAIL}\b")
# "at Cathays Ffug High, DOB ...", "the council One Stop Shop": a place, not a person
ORG_LAST_WORD = re.compile(rf"\b(?:{SCHOOL_TAIL}|{PRACTICE_TAIL}|High|Comp|Shop|Store|Stores|Market|Foodbank|Pantry)$")


# "gyda'u tad, fy mab Rhodri" (with their father, my son Rhodri): the writer's son is the children's father.
# "ei mam, fy merch Sioned", "His mam, our daughter Sioned": the writer's child is the referred child's parent
# ... "ei fam o, fy merch Kirsty" (his mother, my daughter Kirsty): Welsh "o"/"hi" after the kin word says whose
KIN_APPOSITION = re.compile(
    rf"\b{KIN_PATTERN}(?:\s+(?:o|hi|nhw))?\s*,\s*(?:fy|my|our|ein)\s+(?:mab|son|merch|ferch|daughter)\s*$"
)
# A contact's name in a form ("Name: Erika Ffug\nRelationship: Mother"); a baby ("Archie, who is 4 months old").
NOT_A_PUPIL_AFTER = re.compile(
    # "Kai (8 months old)", not "Destiny Ffug, 15, has a 4 month old baby": her baby's age
    r"^[ \t]*\n[ \t]*Relationship[ \t]*:"
    # "a caravan behind the old Red Lion pub": a place named like a person
    r"|^[ \t]+(?:pub|inn|hotel|caf[eé]|shop|garage|club|chapel)\b"
    # ... "Kelechi Ffug, who is five months old"
    r"|^(?:(?!\b(?:has|had|with|her|his)\b)[^.\n]){0,25}?\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|eighteen)[\s-]*(?:months?|weeks?)[\s-]+old\b"
    r"|^[ \t]*\(\s*\d{1,2}\s*(?:months?|mths?|weeks?|wks?)\b"  # "the youngest, Mabli (10 months)"
    r"|^[ \t]*\([ \t]*(?:a[ \t]+)?(?:baby|infant|new-?born)\b"  # a household list's "Alfie Ffug  (baby - DOB not held)"
    r"|^[ \t]*[,\-–][ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)\b"  # "Son: Omar, 18 months"
    # "the youngest, Yousef, who is 14 months"
    r"|^[ \t]*,[ \t]*(?:who[ \t]+is|who['’]s)[ \t]+(?:only[ \t]+)?\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)\b"
    # "Youngest Nyasha is 4 and at home with her": under school age, at home as a four-year-old may be (or a list's
    # "Emilija - 4 - at home")
    r"|^[ \t]+is[ \t]+(?:only[ \t]+)?(?:3|4|three|four)[ \t]+and[ \t]+(?:is[ \t]+)?at[ \t]+home[ \t]+with\b"
    r"|^[ \t]*[-–,][ \t]*(?:aged?[ \t]+)?(?:3|4)[ \t]*[-–,][ \t]*at[ \t]+home\b"
    # a health visitor's "for his younger sister Inaya's 1-year review": a baby's developmental check
    r"|^['’]s[ \t]+(?:\d{1,2}|one|two)[\s-]*(?:year|month)s?[\s-]*(?:old[ \t]+)?(?:review|check|development)"
    # "My daughter Rhian passed away", "the mother of three children I'm supporting, Sinead Ffug, died suddenly"
    r"|^[ \t]*,?[ \t]+(?:who[ \t]+)?(?:passed[ \t]+away|died|has[ \t]+died)\b"
    # "Poppy Ffug - 2/8/2022 - was in nursery class, not yet statutory school age"
    # (not "Patrick (Y5) and Mary-Kate (Y3) – baby Bridget's not school age", "Amir (Y5) & Sara (Y2), plus a
    # baby (Rayan) who's not school age": said of another child named after)
    r"|^(?![^\n]{0,60}?(?:\b(?:baby|and|but|plus)[ \t]+\(?|&[ \t]*)(?-i:[A-Z]))"
    # ... in the same sentence (not "Gwenno Ffug (10) has not been in school. Her sister Cari (4) is not of school age")
    r"(?:[^\n.!?]|[.](?![ \t]+(?-i:[A-Z]))){0,80}"
    # ... "little Tommy is 4 so not yet compulsory"
    r"\bnot[ \t]+(?:yet[ \t]+)?(?:of[ \t]+)?(?:(?:statutory|compulsory)(?:[ \t]+school[ \t]+age)?|school[ \t]+age)\b",
    re.IGNORECASE,
)
KIN_BRACKET_BEFORE = re.compile(
    r"\b(?:mum|mam|mother|dad|father|tad|tad-cu|mam-gu|nain|taid|nan|nana|nanna|gran|granny|grandad|grandma"
    r"|grandmother|grandfather|aunt|auntie|aunty|uncle|step-?dad|step-?mum)[ \t]*\([^()\n]{0,40}$",
    re.IGNORECASE,
)
# "Bu farw fy merch, Sioned" (my daughter, Sioned, died): the children's late mother is no child of the report.
# (not "Since their mum died in November, Kian Ffug (15) ...": a clause of its own about someone else, before the child)
DIED_BEFORE = re.compile(
    r"(?<!mum\s)(?<!mam\s)(?<!dad\s)(?<!mother\s)(?<!father\s)(?<!parents\s)(?<!nan\s)(?<!nain\s)"
    # (nor "bu farw mam Guto Ffug": Welsh puts the one whose mother died after "mam")
    r"\b(?:bu farw|died|passed away|the late)\b[^.\n]{0,30}(?<!\bmam\s)(?<!\btad\s)\Z",
    re.IGNORECASE,
)
# "Osian Ffug-Hughes (we call him Osi)", "Jac Ffug, known as JJ": a child's other name, said beside the name, is
# not another child ("the others call him Jayden" names the one child there is).
NICKNAME_BEFORE = re.compile(
    r"(?:\([^()\n]{0,15}\b(?:call(?:s|ed)?\s+(?:him|her)|known\s+as|goes\s+by|a\.?k\.?a\.?|nick-?named"
    r"|uses\s+the\s+name|prefers\s+(?:to\s+be\s+called|the\s+name)|(?:English|Western)\s+name(?:\s+is)?)"
    r"|,\s*(?:known\s+as|goes\s+by|a\.?k\.?a\.?)"
    # "her name is Yuxuan Ffug but she likes to be called Ella"
    r"|\b(?:likes|prefers|wants|asked\s+(?:us|me))\s+to\s+be\s+called)\s*['\"‘“]?$",
    re.IGNORECASE,
)
# "There is also a baby, Sorina, ...", "had her baby (boy, Reggie)": a baby is no child of the report.
BABY_BEFORE = re.compile(
    r"\bbaby\b[^.\n]{0,30}$"
    # "She has a 5-month-old son, Malachi"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[\s-]*(?:months?|weeks?)[\s-]*old[ \t]+"
    r"(?:son|daughter|boy|girl|brother|sister|half-?(?:brother|sister))[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
# ... or a friend: "also her mate Kayleigh in 11F is off again today but thats just a bug"
LEFT_PARTNER = re.compile(
    r"\b(?:boyfriend|girlfriend|partner|fianc[eé]e?|husband|wife|(?:best\s+)?(?:mate|friend|pal))\s*,?\s*$"
    # a young mother's "The baby's father, Kai Ffug, is 16": her partner, not a child referred
    r"|\b(?:baby|babies|unborn(?:\s+baby)?)['’]s\s+(?:father|dad)\s*,?\s*$",
    re.IGNORECASE,
)
