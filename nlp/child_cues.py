"""The words beside a name that say it is a child's: a date of birth, an age, a year group, "was due to start",
"from Ysgol ..." (and the words that say a parent is named instead). `children.py` decides with them which people
are the children of a report."""

from __future__ import annotations

import re

from nlp.lexicon import MY_GRANDCHILD, NUMBER_WORDS, SCHOOL_HEAD, SCHOOL_TAIL

NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
YEAR_GROUP = r"(?:(?:[Yy]|[Yy]r|[Yy]ear|[Bb]l\.?|Blwyddyn)\s?\d{1,2}|[Rr]eception|[Rr]ec\b|Nursery|Derbyn|Meithrin)"
DOB_WORD = (
    r"(?:DOB|D\.O\.B\.?|dob|Dob|d\.o\.b\.?|born|date of birth|Date of birth|[Dd]yddiad geni|[Gg]anwyd|DG"
    r"|ei\s+(?:geni|eni)\s+ar"
    r"|(?<![\w.])g\.(?=[ \t]*\d))"  # Welsh "g. 11/11/2031" (ganwyd, born), not "e.g."
)
# Right after a child's name: year group, date of birth, or age.
RIGHT_DOB = re.compile(
    rf"^(?:(?:[ \t]+[a-z]+){{1,2}}(?=[ \t]*,[ \t]*{DOB_WORD}))?"  # "Booked Keira Ffug today, DOB ..."
    # "Lacey - daughter, DOB ...", "Mursal FFUG - female - dob ..."
    # "Wong Hoi-yan (English name Chloe), date of birth ...": another name for the child in brackets first
    rf"(?:[ \t]*\((?i:known\s+as|English\s+name|also\s+known|aka|a\.k\.a\.|called|prefers|goes\s+by)[^)\n]{{0,25}}\))?"
    # "Kian FFUG (Leanne's son, DOB ...)": whose child, then the date
    rf"\s*[(,\-–—|:]?\s*(?:(?:(?:[A-Z][\w’-]+['’]s[ \t]+)?(?:step-?)?(?:son|daughter|grandson|granddaughter)"
    rf"|male|female|twins?|triplets"
    # "Ellie-Mae FFUG (F) DOB ...", "Saba Ffug      F   DOB ..." (a form's columns)
    rf"|[MF](?=\s*[,;\-–]|[ \t]+{DOB_WORD})|\(\s*[MF]\s*\))"
    rf"\s*[,;\-–]?\s*)?"  # "Selam Ffug, F, DOB 11/03/2013"
    rf"(?:\(?\s*(?:{YEAR_GROUP}|\d{{1,2}}[A-Z]{{1,2}}\b)\s*\)?\s*[,;\-–—|]?\s*)?(?:\(\s*)?(?:\d{{1,2}}\s*,\s*)?"
    rf"(?:UPN\s*:?\s*[A-Z]\d{{11}}[0-9A-Z]\s*[,;]\s*)?"  # "Amelia Ffug (UPN A123..., DOB 28.02.2016)"
    rf"(?:(?:was\s+|were\s+|['’]s\s+)?{DOB_WORD}\s*(?:\([^)\n]{{0,30}}\))?\s*:?\s*(?:(?:on|is|as)\s+)?(?:the\s+)?"
    rf"|(?:the\s+)?(?=\d))"
)
RIGHT_AGE_PAREN = re.compile(
    rf"^\s*,?\s*(?:{YEAR_GROUP}\s*)?\(\s*(?:{YEAR_GROUP}\s*,\s*)?(?:(?:he|she)(?:['’]s|\s+is)\s+)?"  # "(he's 13)"
    rf"(?:tua\s+|about\s+|approx\.?\s+|c\.\s*)?{NUM}"
    r"\s*(?:yrs?|years?(?: old)?|y/?o|oed|mlwydd oed)?\s*[,)]",
    re.IGNORECASE,
)
RIGHT_AGED = re.compile(
    # "Dawit FFUG - son - age 12"
    r"^\s*(?:[-–—,]\s*(?:(?:step-?)?(?:son|daughter)|grandson|granddaughter|nephew|niece|male|female)\s*)?"
    rf"[-–—,]?\s*\(?\s*(?:(?:is|who is)\s+)?(?:aged|age)\s*:?\s*(?:about\s+|around\s+|approx\.?\s+|roughly\s+)?"
    rf"{NUM}\b(?!\s*(?:months?|weeks?|days?|mis)\b)",  # "a baby, Sorina, aged 7 months": no age in years
    re.IGNORECASE,
)
RIGHT_IS = re.compile(
    # "Alfie i think is 11", "Kai, I believe, is 9"
    rf"^\s*,?\s*(?:who\s+(?:I\s+(?:think|believe)\s+)?|who(?=['’]s)|(?:he|she)\s*(?=is|'s|’s)"
    rf"|,?\s*I\s+(?:think|believe|reckon),?\s+(?=is\b)"
    rf"|(?:says|said|states|stated|claims|claimed)\s+(?:he|she)\s*(?=is\b|['’]s))?"  # "Brandon FFUG, says he is 13"
    rf"(?:is|'s|’s|(?:has\s+)?(?:just\s+)?turned|s?hes|sy['’]n"
    rf"|must\s+be|looks)\s+"
    rf"(?:only\s+|now\s+|just\s+|currently\s+|about\s+|around\s+|roughly\s+|approx\.?\s+|maybe\s+|possibly\s+)?{NUM}\b"
    r"(?!\s*-?\s*(?:weeks?|months?|days?|%|:|am\b|pm\b|miles?|or\s+\d|-\s*\d|to\s+\d))",  # "Esme's 4-month check"
    re.IGNORECASE,
)
# 'Beatriz Ffug ("Bea"), 6 years old', "Zsófia (Zsófi), who is 12"
NICKNAME_AFTER = re.compile(r"[ \t]*\((?:[\"“'‘][^)\n]{1,20}[\"”'’]|[A-Z][^\W\d_]{1,15})\)")
RIGHT_LIST_AGE = re.compile(
    rf"^\s*(?:,|-|–|—|\|)\s*(?:{YEAR_GROUP}\s*,\s*)?(?:(?:he|she)(?:['’]s|\s+is)\s+)?"  # "Patrick Ffug - he's 7"
    rf"(?:aged?\s+|about\s+|around\s+|approx\.?\s+|roughly\s+)?"
    rf"{NUM}(?![./\-]\d)\s*(?:yrs?|years?(?: old)?)?"
    r"\s*(?:$|[,;.\-–—(])",
    re.IGNORECASE,
)
# "- Poppy Hale 5": a list line's bare number after the name is an age.
RIGHT_BARE_AGE = re.compile(
    r"^[ \t]+(\d{1,2})[ \t]*(?:yrs?|years?(?: old)?|y/?o)?[ \t]*(?:$|[,;(]|\.(?:\s|$)|(?:and|&)[ \t])", re.IGNORECASE
)
# "Mae Cerys yn 10 oed" (Cerys is 10 years old).
RIGHT_OED = re.compile(r"^[ \t]+yn[ \t]+(\d{1,2})[ \t]+(?:oed|mlwydd)\b", re.IGNORECASE)
# "boys: Maksym Ffug 11yrs, Artem Ffug 8yrs": a number with its unit is an age wherever the name stands.
RIGHT_YRS = re.compile(r"^[ \t]*,?[ \t]*(\d{1,2})[ \t]*(?:yrs?|y/?o|years?[ \t]+old)\b", re.IGNORECASE)
# "Jakub Lis, 10, hasn't been in": an age set off by commas.
RIGHT_COMMA_AGE = re.compile(
    rf"^\s*,\s*(?:{YEAR_GROUP}\s*,\s*)?(?:aged\s+|age\s+|about\s+|approx\.?\s+|approximately\s+|roughly\s+|around\s+|maybe\s+)?"
    # "Mary-Ann Ffug, 8 – mum is ...", "Kai Ffug, 15 (DOB 04/07/2030), reported missing"
    rf"{NUM}\s*(?:yrs?|years?(?: old)?)?\s*(?:,|\.(?:\s|$)|[-–—]\s|(?:and|&)\s|\((?i:DOB|D\.O\.B|born)\b)",
    re.IGNORECASE,
)
# "Ben and Alfie Moss, about 8 and 11": one age each, in order.
PAIR_AGES = re.compile(
    rf"^\s*,?\s*(?:\(\s*)?(?:about|aged|approx\.?|roughly)?\s*{NUM}\s+(?:and|&)\s+{NUM}\b", re.IGNORECASE
)
# A year group written straight before a full name: "Y8 Safa Noor".
LEFT_YEAR = re.compile(rf"\b{YEAR_GROUP}\s*$")
RIGHT_YEAR = re.compile(
    rf"^\s*(?:\([A-Z][\w'’-]+\)\s*)?(?:(?:\((?:\s*twins?\s*,)?\s*|[,?]\s*|[-–—|]\s*|\s+(?:is\s+)?in\s+){YEAR_GROUP}"
    # "Ffion Y4", but not "Hotel reception told us": a bare year word after a name only as a number
    r"|\s+(?:is\s+)?(?:[Yy]|[Yy]r|[Yy]ear|[Bb]l\.?|Blwyddyn)\s?\d{1,2}"
    r"|\s+(?:is\s+)?in\s+(?:class\s+)?\d{1,2}[A-Z]{1,2})\b"  # "Tyler in 5B hasn't been in since Easter"
    # "Rhian - Year 7 boy Mohammed Ffug has ...": the year group of the pupil named next, not of the name before it
    r"(?![ \t]+(?:boy|girl|pupil|student|child|learner)\b)"
    r"|^\s*\(\s*(?:Rec|Reception|Nursery|Meithrin|Derbyn|YR|N[12])\s*\)"  # "Ava-May (Rec)"
    # "Nel Derbyn/Rec – dob 20/7/39", "reggie rec dob 5/5/39": a reception class word before a date of birth
    r"|^[ \t]+(?:[Dd]erbyn|[Rr]ec|[Rr]eception)(?:/(?:[Rr]ec|[Rr]eception|[Dd]erbyn))?"
    r"(?=[ \t]*[-–,(]?[ \t]*(?i:dob|d\.o\.b))"
    r"|^[ \t]*\((?:[1-9]|1[0-3])[A-Z]{1,2}\)"  # a form class: "Tahmid Ffug (4B) still not back"
)
# What follows a name in a list item: nothing, or a date, age, dash or bracket.
LIST_ITEM_REST = re.compile(r"^\s*(?:$|[-–—,(|:]|\d)")
# "• Osian Ffug Dafydd - from Ysgol Bro Aled, ...": a list line's name coming to (or from) a school is a pupil's.
RIGHT_FROM_SCHOOL = re.compile(
    rf"^[ \t]*[-–—,(][ \t]*(?:from|ex|previously at|formerly at|was at|left)[ \t]+"
    rf"(?:{SCHOOL_HEAD}|(?:[A-Z][\w'’-]*[ \t]+){{1,4}}{SCHOOL_TAIL})"
)
# "Ffion Ffug-Lloyd was due to start with us on 8 Sept and never arrived": said only of a pupil.
RIGHT_PUPIL_VERB = re.compile(
    r"^[ \t]*,?[ \t]+(?:was|is|has been)[ \t]+(?:due|supposed|meant|expected)[ \t]+to[ \t]+start\b"
    # "Jayden Ffug (everyone calls him Jay) hasn't been in for 3 wks": past a bracketed aside
    # "Oliwia Ffug, but she hasn't turned up once"
    r"|^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,?[ \t]+(?:who[ \t]+|but[ \t]+(?:she|he)[ \t]+)?"
    r"(?:never[ \t]+(?:arrived|started|turned up|showed(?: up)?|took up)"
    r"|(?:hasn['’]?t|has[ \t]+not)[ \t]+(?:attended|arrived|started|turned up|been in school|been in (?:since|for)"
    r"|returned to school))\b"
    # "Yonas Ffug is an unaccompanied asylum-seeking child", "Kai Ffug is a looked after child"; not "is a child
    # protection social worker"
    r"|^[ \t]+(?:is|was)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:child|boy|girl|pupil|learner|minor)\b"
    r"(?![ \t-]*(?:protection|care\b|minder|psycholog|development|health|practitioner|worker|services?|and\b|&))"
    # "Harper Ffug in my class", "Zainab Ffug was in our Meithrin class here last year"
    r"|^[ \t]+(?:(?:is|was)[ \t]+)?in[ \t]+(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:class|form|tutor[ \t]+group)\b",
    re.IGNORECASE,
)
# "my son Stuart's children", "lives with my daughter, Siân Ffug", "mum, who I understand is called X": a parent.
PARENT_OF_AFTER = re.compile(
    r"^['’]s[ \t]+(?:children|kids|sons?|daughters?|boys|girls|care|household)\b",
    re.IGNORECASE,  # "Grace's care"
)
PARENT_BEFORE = re.compile(
    r"\b(?:lives?|living|staying|stays)[ \t]+with[ \t]+(?:(?:my|fy)[ \t]+(?:daughter|son|merch|ferch|mab|fab)"
    r"[ \t]*,?[ \t]*)?$"  # "The children live with Michelle at ...": the one they live with is an adult
    r"|\b(?:mum|mam|mother|dad|father|nan|nain|gran|grandmother|grandfather|taid|aunt|uncle)\b"
    r"(?:[ \t]*,[ \t]*who[^.\n,]{0,25}?)?[ \t]+(?:is[ \t]+)?(?:called|named)[ \t]*$"
    # "moved in with their aunt, Mared Ffug", "living with a family friend, Grace Ffug": an adult in apposition
    r"|\b(?:a|an)[ \t]+(?:close[ \t]+)?(?:family[ \t]+)?friend[ \t]*,[ \t]*$"
    r"|\b(?:their|his|her|the[ \t]+child(?:ren)?['’]s)[ \t]+(?:(?:maternal|paternal)[ \t]+)?"
    r"(?:mum|mam|mother|dad|father|nan|nain|gran|grandmother|grandfather|taid|aunt|auntie|uncle|step-?(?:mum|dad|father"
    r"|mother))[ \t]*,[ \t]*$",
    re.IGNORECASE,
)


MY_GRANDCHILD_SAID = re.compile(rf"{MY_GRANDCHILD}|\bfy\s+(?:ŵyr|wyres|wyrion)\b", re.I)
MY_CHILD_BEFORE = re.compile(r"\b(?:my|our|fy|ein)\s+(?:daughter|son|merch|ferch|mab|fab)\s*,?\s*$", re.I)
