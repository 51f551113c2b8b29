"""The words beside a name that say it is a child's: a date of birth, an age, a year group, "was due to start",
"from Ysgol ..." (and the words that say a parent is named instead). `child_mentions.py` decides with them which people
are the children of a report."""

from __future__ import annotations

import re

from nlp.lexicon import KIN_PATTERN, MY_GRANDCHILD, NUMBER_WORDS, SCHOOL_HEAD, SCHOOL_TAIL

NUM = r"(\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
YEAR_GROUP = r"(?:(?:[Yy]|[Yy]r|[Yy]ear|[Bb]l\.?|Blwyddyn)\s?\d{1,2}|[Rr]eception|[Rr]ec\b|Nursery|Derbyn|Meithrin)"
DOB_WORD = (
    r"(?:DOB|D\.O\.B\.?|dob|Dob|d\.o\.b\.?|born|date of birth|Date of [Bb]irth|DATE OF BIRTH|[Dd]yddiad geni|[Gg]anwyd"
    r"|DG|d\.g\."
    r"|ei\s+(?:geni|eni)\s+ar"
    r"|(?<![\w.])g\.(?=[ \t]*\d)"  # Welsh "g. 11/11/2031" (ganwyd, born), not "e.g."
    r"|(?<![\w.])b\.(?=[ \t]*\d)"  # "Tiago (b. 30/01/2037)"
    # the word in the family's language first: Slovak or Czech "nar. / DOB", Polish "ur. / DOB", German "geb. / DOB"
    r"|(?<![\w.])(?:nar|ur|geb)\.[ \t]*/[ \t]*(?:DOB|dob|D\.O\.B\.?)|(?<![\w.])(?:nar|ur|geb)\.(?=[ \t]*\d)"
    # ... or alone: Portuguese "nascido"/"nascida", Spanish "nacido"/"nacida", Romanian "născut"/"născută"
    r"|\b(?:nascid[oa]|nacid[oa]|născut[ăa]?)\b)"
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
    # "date of birth on his Home Office papers: 01/01/2029": where the date comes from, before its colon
    rf"(?:(?:was\s+|were\s+|['’]s\s+|both\s+)?{DOB_WORD}"  # "Amelia Ffug and Oliver Ffug, both born ..."
    rf"(?:\s*\([^)\n]{{0,30}}\)|[ \t]+(?:on|from|per|in)[ \t]+[^:\n\d]{{1,30}}(?=:)"
    # ... "(date of birth on our tenancy file 07/01/2016)": with no colon, a file or record named
    rf"|[ \t]+(?:on|from|per|in)[ \t]+(?:our|the|their|his|her)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:file|records?|system|form|SIMS|papers|CTF)(?=[ \t]+\d)"
    # "DOB as given by him: 01/01/2012"
    rf"|[ \t]+as[ \t]+(?:given|stated|told)[ \t]+(?:by|to)[ \t]+[^:\n\d]{{1,25}}(?=:))?"
    rf"\s*:?\s*(?:(?:on|is|as)\s+)?(?:the\s+)?"
    rf"|(?:the\s+)?(?=\d))"
)
RIGHT_AGE_PAREN = re.compile(
    rf"^\s*,?\s*(?:{YEAR_GROUP}\s*)?\(\s*(?:{YEAR_GROUP}\s*,\s*)?(?:(?:he|she)(?:['’]s|\s+is)\s+)?"  # "(he's 13)"
    r"(?:(?:boy|girl|son|daughter|male|female|M|F)\s*,\s*)?"  # "Yonas Ffug (boy, 11 years)"
    # "Rodrigo (just turned 5)", "Sadhbh (who is only 4)"
    r"(?:just\s+turned\s+|who\s+is\s+(?:only\s+)?|who['’]s\s+(?:only\s+)?|only\s+"
    r"|(?:says|said|states|stated|claims|claimed)\s+(?:he|she)\s+is\s+)?"  # "Rebeka Ffug (says she is 12)"
    rf"(?:tua\s+|about\s+|approx\.?\s+|c\.\s*|aged?\s+)?{NUM}"  # "Lukas Ffug (son, aged 12)"
    r"\s*(?:yrs?|years?(?: old)?|y/?o|oed|mlwydd oed)?\s*\??\s*[,)]",  # "Denisa (8?)": an age the writer doubts
    re.IGNORECASE,
)
# "I think Kai is about 10 and Jayden about 12": the verb said once for both
# ... "Tomos is the big one, about 11"
RIGHT_ABOUT = re.compile(
    r"^(?:[ \t]+is[ \t]+the[ \t]+(?:big|little|older|younger|eldest|oldest|youngest|middle)[ \t]+one)?"
    rf"[ \t]*,?[ \t]*(?:about|around|approx\.?|roughly|maybe)[ \t]+{NUM}\b"
    r"(?![.:]\d|[ \t]*-?[ \t]*(?:weeks?|months?|days?|hours?|hrs?|minutes?|mins?|times?|%|:|am\b|pm\b|miles?|o['’]clock"
    r"|years?[ \t]+ago|people|-[ \t]*\d|to[ \t]+\d|or[ \t]+\d))",  # (not "maybe 5 or 6?")
    re.IGNORECASE,
)
RIGHT_AGED = re.compile(
    # "Dawit FFUG - son - age 12"
    r"^\s*(?:[-–—,]\s*(?:(?:step-?)?(?:son|daughter)|grandson|granddaughter|nephew|niece|male|female|girl|boy)\s*)?"
    # "Emir FFUG (states age 12)": the age the child gave
    r"[-–—,]?\s*\(?\s*(?:(?:is|who is|states|stated|says|said|gave|gives)\s+(?:(?:his|her)\s+)?)?"
    r"(?:aged|age)\s*:?\s*(?:about\s+|around\s+|approx\.?\s+|roughly\s+)?"
    rf"{NUM}\b(?!\s*(?:months?|weeks?|days?|mis)\b)",  # "a baby, Sorina, aged 7 months": no age in years
    re.IGNORECASE,
)
RIGHT_IS = re.compile(
    # "Alfie i think is 11", "Kai, I believe, is 9"
    # ... "Ava-Rose, who we were told is 6", "who mum says is 7"
    rf"^\s*,?\s*(?:who\s+(?:I\s+(?:think|believe)\s+|(?:we|I)\s+(?:were|was)\s+told\s+"
    rf"|(?:mum|mam|dad|nan|the\s+family|she|he|they)\s+(?:says?|said|tells?\s+us|told\s+us)\s+)?"
    rf"|who(?=['’]s)|who(?=s[ \t]+\d)|(?:he|she)\s*(?=is|'s|’s)"  # ("a little girl Poppy whos 6", typed so)
    # ... "Ben I think has just turned 10"
    rf"|,?\s*I\s+(?:think|believe|reckon),?\s+(?=is\b|(?:has\s+)?(?:just\s+)?turned\b)"
    rf"|and\s+(?=is\s+(?:about\s+|around\s+)?\d)"  # "the boy is called Mason and is 9"
    # "Inês who told my staff she is 10"
    rf"|who\s+told\s+(?:me|us|(?:my|the|our)\s+\w+)\s+(?:that\s+)?(?:he|she)\s*(?=is\b|['’]s)"
    # a list's "Dávid Ffug - mum says he is 10"
    rf"|[-–]\s*(?:mum|mam|dad|the\s+family)\s+(?:says?|said|thinks)\s+(?:he|she)\s*(?=is\b|['’]s)"
    # "Brandon FFUG, says he is 13", "Callum FFUG, said he was 13"
    # ... "Kacper told me he is 10"
    rf"|(?:says|said|states|stated|claims|claimed|told\s+(?:me|us)(?:\s+that)?)\s+(?:he|she)\s*(?=is\b|was\b|['’]s))?"
    rf"(?:is|'s|’s|(?<=who)s|(?<=he\s)was|(?<=she\s)was|(?:has\s+)?(?:just\s+)?turned|s?hes|sy['’]n"
    rf"|must\s+be|would\s+be|looks)\s+"  # "Kai would be 9 I think"
    rf"(?:only\s+|now\s+|just\s+|currently\s+|about\s+|around\s+|roughly\s+|approx\.?\s+|maybe\s+|possibly\s+)?"
    rf"[\"“']?{NUM}\b"  # (... or quoting the parent: 'Mum says Florin is "five"')
    r"(?!\s*-?\s*(?:weeks?|months?|days?|%|:|am\b|pm\b|miles?|or\s+\d|-\s*\d|to\s+\d))",  # "Esme's 4-month check"
    re.IGNORECASE,
)
# 'Beatriz Ffug ("Bea"), 6 years old', "Zsófia (Zsófi), who is 12"
NICKNAME_AFTER = re.compile(r"[ \t]*\((?:[\"“'‘][^)\n]{1,20}[\"”'’]|[A-Z][^\W\d_]{1,15})\)")
RIGHT_LIST_AGE = re.compile(
    rf"^\s*(?:,|-|–|—|\|)\s*(?:{YEAR_GROUP}\s*,\s*)?(?:(?:he|she)(?:['’]s|\s+is)\s+)?"  # "Patrick Ffug - he's 7"
    rf"(?:aged?\s+|about\s+|around\s+|approx\.?\s+|roughly\s+|just\s+turned\s+)?"  # "Mari Ffug - just turned 5"
    rf"{NUM}(?![./\-]\d)\s*(?:yrs?|years?(?: old)?|oed|mlwydd(?: oed)?)?"  # Welsh "Lowri Ffug - 11 oed"
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
    # ... or by a dash before the comma: "flagging Zander (Alexander Ffug) - 14, permanently excluded"
    # ... "Liam & Connor Ffug, twins, 11 (yr 6)"
    rf"^\s*(?:,|[-–—](?=\s))\s*(?:twins\s*,\s*)?(?:{YEAR_GROUP}\s*,\s*)?"
    r"(?:aged\s+|age\s+|about\s+|approx\.?\s+|approximately\s+|roughly\s+|around\s+|maybe\s+)?"
    # "Mary-Ann Ffug, 8 – mum is ...", "Kai Ffug, 15 (DOB 04/07/2030), reported missing"
    # "Tyler Ffug, 10; Sam Ffug, 8": a list run on with semicolons; "(Tyler, 9 and Mia, 7)": in brackets
    # ... in Welsh: "Elis Ffug, 9 oed (ganwyd 2 Ebrill 2017)"
    rf"{NUM}\s*(?:yrs?|years?(?: old)?|oed)?\s*"
    # ... or at the line's end: "Girl - Lacey Ffug, 10"
    r"(?:[,;)]|\.(?:\s|$)|[-–—]\s|(?:and|&)\s|\((?i:DOB|D\.O\.B|born|ganwyd|y|yr|year)\b|\(g\.(?=\s*\d)|(?=\n|$))",
    re.IGNORECASE,
)
# "Ben and Alfie Moss, about 8 and 11": one age each, in order.
# ... past the second's year group: "Ibrahim (Y6) & Safiya (Y3), aged 10 & 8"
PAIR_AGES = re.compile(
    rf"^\s*(?:\({YEAR_GROUP}\)\s*)?,?\s*(?:\(\s*)?"
    # "Jayden and Kai, they must be about 9 and 11"
    r"(?:they(?:['’]re|\s+are|\s+must\s+be|\s+look|\s+would\s+be)\s+)?"
    rf"(?:about|aged|approx\.?|roughly)?\s*{NUM}\s+(?:and|&)\s+{NUM}\b",
    re.IGNORECASE,
)
# A year group written straight before a full name: "Y8 Safa Noor".
# "Y6 Tomos Ffug", and "Yr 7 health review for Kiera Ffug": a year group's meeting or check for the one named
LEFT_YEAR = re.compile(rf"\b{YEAR_GROUP}\s*$|\b{YEAR_GROUP}(?:[ \t]+[a-z]+){{1,3}}[ \t]+for[ \t]+$")
# "Twins in Y3 - Ava & Isla Ffug": a year group before two first names that share a surname names both (not
# "Year 4 - St Anne's Catholic Primary", one name alone after a dash)
LEFT_YEAR_DASH = re.compile(rf"\b{YEAR_GROUP}\s*(?:[-–:][ \t]*)?$")
# (Welsh "a" or "ac" for "and": "Efeilliaid Blwyddyn 2 - Osian a Mabli Ffug", Year 2 twins)
# ... "Y4 twins Amelia & Harry Ffug"
LEFT_YEAR_PAIR = re.compile(
    rf"\b{YEAR_GROUP}\s*(?:[-–:][ \t]*)?(?:(?:twins|sibs|siblings)[ \t]+)?[A-Z][\w'’-]+[ \t]*(?:&|and|a|ac)[ \t]*$"
)
PAIR_AFTER_FIRST = re.compile(r"^[ \t]*(?:&|and|a|ac)[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+")
# "the Ffug twins have gone?? Y3, Oskar & Lena.": a year group, a comma, then a pair of first names
LEFT_YEAR_COMMA = re.compile(rf"\b{YEAR_GROUP}[ \t]*,[ \t]*$")
PAIR_OF_FIRSTS_AFTER = re.compile(r"^[ \t]*(?:&|and)[ \t]+[A-Z][\w'’-]+(?=[ \t]*(?:[.,;(\n]|$))")
RIGHT_YEAR = re.compile(
    # "Tyler Ffug (aka TJ, Y5)": a nickname before the year group in the same brackets
    # ... Welsh "(oedd Bl 5 efo ni, ...)" (was Y5 with us); "Nathan Ffug who left us in July (Y6)"
    rf"^\s*(?:\([A-Z][\w'’-]+\)\s*)?(?:(?:\((?:\s*twins?\s*,|\s*(?:(?:aka|known\s+as)\s+)?[A-Z][\w'’-]*\s*,"
    rf"|\s*(?:was|oedd|now)\s+)?\s*|\s+who\s+[^.\n()]{{1,30}}\(\s*"
    rf"|[,?]\s*|[-–—|]\s*|\s+(?:is\s+)?in\s+){YEAR_GROUP}"
    # "Ffion Y4", but not "Hotel reception told us": a bare year word after a name only as a number
    r"|\s+(?:is\s+)?(?:[Yy]|[Yy]r|[Yy]ear|[Bb]l\.?|Blwyddyn)\s?\d{1,2}"
    r"|\s+(?:is\s+)?in\s+(?:class\s+)?\d{1,2}[A-Z]{1,2})\b"  # "Tyler in 5B hasn't been in since Easter"
    # "Rhian - Year 7 boy Mohammed Ffug has ...": the year group of the pupil named next, not of the name before it
    r"(?![ \t]+(?:boy|girl|pupil|student|child|learner)\b)"
    r"|^\s*\(\s*(?:Rec|Reception|Nursery|Meithrin|Derbyn|YR|N[12])\s*\)"  # "Ava-May (Rec)"
    # "Nel Derbyn/Rec – dob 20/7/39", "reggie rec dob 5/5/39": a reception class word before a date of birth
    r"|^[ \t]+(?:[Dd]erbyn|[Rr]ec|[Rr]eception)(?:/(?:[Rr]ec|[Rr]eception|[Dd]erbyn))?"
    # ... or before an age: "- Patrick (Paddy) Ffug Rec - just turned 5"
    r"(?=[ \t]*[-–,(]?[ \t]*(?i:dob|d\.o\.b|(?:just[ \t]+)?turned[ \t]+\d|aged?[ \t]+\d))"
    r"|^[ \t]*\((?:[1-9]|1[0-3])[A-Z]{1,2}\)"  # a form class: "Tahmid Ffug (4B) still not back"
)
# What follows a name in a list item: nothing, or a date, age, dash or bracket.
LIST_ITEM_REST = re.compile(r"^\s*(?:$|[-–—,(|:]|\d)")
# "• Osian Ffug Dafydd - from Ysgol Bro Aled, ...": a list line's name coming to (or from) a school is a pupil's.
RIGHT_FROM_SCHOOL = re.compile(
    rf"^[ \t]*[-–—,(][ \t]*(?:from|ex|previously at|formerly at|was at|left)[ \t]+"
    rf"(?:{SCHOOL_HEAD}|(?:[A-Z][\w'’-]*[ \t]+){{1,4}}{SCHOOL_TAIL})"
)
# "Rafael & Inês Ffug (Crynallt Primary) - mum says ...": a school in brackets after a name, the pupil's own.
RIGHT_SCHOOL_BRACKET = re.compile(
    rf"^[ \t]*\((?:{SCHOOL_HEAD}[ \t]+[^()\n]{{1,40}}|(?:[A-Z][\w'’-]*[ \t]+){{1,4}}{SCHOOL_TAIL}[^()\n]{{0,12}})\)"
)
# "Ffion Ffug-Lloyd was due to start with us on 8 Sept and never arrived": said only of a pupil.
# "a new starter in Bl 2 here at Ffug on Tues (6th): Aoife Ffug", "a new Yr3 due to start Mon 26th: Ibrahim Ffug"
# ... "we had a Y3 new starter allocated from Sept - Mason Ffug, coming from Ffug Primary"
NEW_STARTER_BEFORE = re.compile(
    rf"\b(?:a|our)\s+(?:{YEAR_GROUP}\s+)?new\s+(?:{YEAR_GROUP}\s+)?(?:starter|pupil|admission|{YEAR_GROUP})\b"
    r"[^.\n:]{0,60}(?::|\s[-–])[ \t]*$"
)
RIGHT_PUPIL_VERB = re.compile(
    # "Gabriel Ffug in our Yr 4 at St Ffug's went to the Philippines"
    rf"^[ \t]+(?:in|from)[ \t]+(?:our|my)[ \t]+(?:{YEAR_GROUP}|class|form|tutor[ \t]+group)\b|"
    # ("a new Yr 5 starter, Baran Ffug, due to start Mon 2nd Nov")
    r"^[ \t]*,?[ \t]+(?:(?:was|is|has been)[ \t]+)?(?:due|supposed|meant|expected)[ \t]+to[ \t]+"
    r"(?:start|come[ \t]+to[ \t]+us)\b"
    # "Callum Ffug, was coming up from Ffug Primary": a transfer from a primary school
    r"|^[ \t]*,?[ \t]+(?:who[ \t]+)?(?:was|is)[ \t]+(?:coming|moving)[ \t]+up[ \t]+(?:to[ \t]+us[ \t]+)?from\b"
    # "Leah Ffug, should've started with us at Ffug High on 3rd Sept"
    r"|^[ \t]*,?[ \t]+should(?:['’]ve|[ \t]+have)[ \t]+started[ \t]+(?:with[ \t]+us|at|in)\b"
    # "Denisa Ffug is not attending school", "... isn't in any school"
    r"|^[ \t]*,?[ \t]+(?:is[ \t]+not|isn['’]t)[ \t]+(?:attending|in)[ \t]+(?:any[ \t]+)?(?:school|education)\b"
    # "Tomos Ffug was allocated a Year 1 place with us", "Tiago Ffug, allocated a Reception place with us"
    r"|^(?:[ \t]+(?:was|has[ \t]+been)|[ \t]*,)[ \t]+(?:allocated|offered|given)[ \t]+a[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?place\b"
    # "*Leo Ffug-Wright* was allocated to us from Ffug Primary, never arrived in Sept"
    r"|^[ \t]+(?:was|has[ \t]+been)[ \t]+allocated[ \t]+(?:to|with)[ \t]+us\b"
    # "Mihai Ffug, should be starting Yr 2 with us"
    rf"|^[ \t]*,?[ \t]+should[ \t]+(?:be[ \t]+starting|have[ \t]+started|start)[ \t]+(?:in[ \t]+)?{YEAR_GROUP}"
    r"[ \t]+(?:with[ \t]+us|here|at)\b"
    # "Tomos Ffug left us in July (Y6)" (not "left us a voicemail")
    r"|^[ \t]+(?:left|has[ \t]+left)[ \t]+us[ \t]+(?:in|at|last|on|for|after|before|when)\b"
    # "Jayden Ffug (everyone calls him Jay) hasn't been in for 3 wks": past a bracketed aside
    # "Oliwia Ffug, but she hasn't turned up once"
    r"|^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,?[ \t]+(?:who[ \t]+|but[ \t]+(?:she|he)[ \t]+)?(?:still[ \t]+)?"
    r"(?:(?:has[ \t]+|had[ \t]+)?never[ \t]+(?:arrived|started|turned up|showed(?: up)?|took up)"
    r"|(?:hasn['’]?t|has[ \t]+not)[ \t]+(?:attended|arrived|started|turned up|been in school|been in (?:since|for)"
    # ... "Lina's older brother Omar Ffug has NOT been given a school place"
    r"|returned to school|been[ \t]+(?:given|offered|allocated)[ \t]+a[ \t]+(?:school[ \t]+)?place))\b"
    # "Yonas Ffug is an unaccompanied asylum-seeking child", "Kai Ffug is a looked after child"; not "is a child
    # protection social worker"
    r"|^[ \t]+(?:is|was)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:child|boy|girl|pupil|learner|minor)\b"
    r"(?![ \t-]*(?:protection|care\b|minder|psycholog|development|health|practitioner|worker|services?|and\b|&))"
    # "Lily-Grace Ffug has been on our roll at Ffug High since 1st Sept but has never turned up"
    r"|^[ \t]+(?:has[ \t]+been|is|was)[ \t]+on[ \t]+our[ \t]+roll\b"
    # "Harper Ffug in my class", "Zainab Ffug was in our Meithrin class here last year"
    r"|^[ \t]+(?:(?:is|was)[ \t]+)?in[ \t]+(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:class|form|tutor[ \t]+group)\b"
    # "..., Rhys Ffug, told me he was permanently excluded from Ffug School"
    r"|^[ \t]*,?[ \t]+told[ \t]+(?:me|us)[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]+(?:was|had[ \t]+been|has[ \t]+been)[ \t]+"
    r"(?:permanently[ \t]+)?(?:excluded|expelled|kicked[ \t]+out)\b",
    re.IGNORECASE,
)
# "Theo Ffug (UPN T670406032119) last attended ...": a pupil number says pupil
RIGHT_UPN = re.compile(r"^[ \t]*[(,]?[ \t]*UPN[ \t]*:?[ \t]*[A-Z]\d{11}[0-9A-Z]\b")
# "Finn is the boy", Welsh "Finn ydi'r hogyn" (Finn is the boy), "Nel yw'r ferch": a first name given for a child the
# report has spoken of
RIGHT_IS_THE_CHILD = re.compile(
    r"^[ \t]+(?:is[ \t]+the|(?:ydi|ydy|yw)['’]r)[ \t]+(?:boy|girl|lad|hogyn|hogan|bachgen|ferch|plentyn|disgybl)\b"
    # "Tomos is the big one, about 11, and Rhys is the little one"
    r"|^[ \t]+is[ \t]+the[ \t]+(?:big|little|older|younger|eldest|oldest|youngest|middle)[ \t]+one\b",
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


# "I'm writing as Kyle's case manager": the one a worker is assigned to is a child of the report.
# ... "A Vietnamese male, NGUYEN Van Minh, was found inside. He states he is 15 years old"
NEXT_SENTENCE_PUPIL = re.compile(
    r"[^.!?\n]{0,60}[.!]\s+(?:She|He)(?:\s+(?:states|stated|says|said|claims|claimed)\s+(?:that\s+)?(?:she|he))?"
    r"(?:['’]s|\s+is)\s+(?:in\s+)?(?:(?:Y|Yr|Year)\s?\d{1,2}\b|aged\s+\d|(?:[5-9]|1[0-6])\b)"
)
PLACED_BEFORE = re.compile(r"\b(?:placed|admitted|allocated)[ \t]+$")
WORKER_OF = re.compile(
    r"^['’]s[ \t]+(?:(?:YOT|YJS|allocated|named)[ \t]+)?"
    r"(?:case[ \t]+manager|social[ \t]+worker|key[ \t]*worker|support[ \t]+worker|youth[ \t]+worker"
    r"|case[ \t]*worker|YOT[ \t]+worker|school[ \t]+nurse|form[ \t]+tutor|head[ \t]+of[ \t]+year|class[ \t]+teacher)\b",
    re.IGNORECASE,
)
# A name alone on its line, with a date of birth on the next line (pasted pupil details).
# ... "Pupil 1 name:   Kai-Leigh FFUG\nPupil 1 DOB:   05/08/2013"
NEXT_LINE_DOB = re.compile(
    # ... "NGUYEN Van Minh\nClaimed DOB: 12/04/2011 (age assessment pending)"
    rf"^\s*\n[ \t]*(?:(?:pupil|child|young\s+person|learner)[ \t]*\d{{0,2}}[ \t]+"
    rf"|(?:claimed|stated|given|approx\.?|estimated|assessed)[ \t]+)?(?:{DOB_WORD})\s*:?\s*\d",
    re.IGNORECASE,
)
# "*Mali Ffug* - allocated a Y7 place with us ...\nDOB 21/07/2015": a line of a date of birth a line or two below
DOB_LINE_BELOW = re.compile(rf"(?:\n[^\n]{{0,160}}){{0,1}}\n[ \t]*(?:{DOB_WORD})\s*:?\s*\d", re.IGNORECASE)
LEFT_CHILD = re.compile(
    rf"(?:(?:{YEAR_GROUP}|reception|nursery)\s+(?:boy|girl|pupil|student|child|starter|learner|lad|lass)"
    r"(?:\s+(?:here\s+)?(?:at|from|in)\s+[^.\n,]{3,50},"  # "new yr 4 starter here at Ffug Primary, Oskar Ffug"
    # "the Y3 boy I mentioned before the hols, Luca Ffug"
    r"|\s+(?:I|we)\s+(?:mentioned|flagged|raised|emailed\s+about|told\s+you\s+about)\b[^.\n,]{0,30},)?"
    r"|\b\d{1,2}\s*(?:yo|y/o|yr\s+old|year\s+old|-year-old)\s*,?\s+"  # "her 7yo João", "a 14 year old, Minh Ffug"

    rf"|\b(?:a|one|our)\s+{YEAR_GROUP}\s*,\s*"  # "we've got a Y7, Lily Ffug, who's on our roll"
    r"|\b(?:son|daughter|granddaughter|grandson|granddaughters|grandsons|grandchild|grandchildren|step-?son|step-?daughter|niece|nephew"
    r"|little sister|little brother|younger sister|younger brother|baby brother|baby sister"
    rf"|twins?(?:\s+in\s+(?:{YEAR_GROUP}|reception|derbyn|nursery|meithrin))?"  # "our twins in Derbyn, Ella & Ruby"
    r"|(?:boy|girl|child|kid|son|daughter|one|lad|lass|pupil|student|(?:he|she)(?:'s|’s|s| is))"  # "shes called"
    r"\s*,?\s+(?:(?:I|we)\s+(?:think|believe)\s+)?(?:who\s+is\s+|is\s+)?"  # "The little one I think is called Joy"
    r"(?:called|named|known\s+as)"  # "a girl known as Blessing Ffug"
    # "a lad, Riley, comes in"
    r"|pupil|student|boy|girl|child\s*,|(?:lad|lass|young person|teenager|youngster|juvenile)\s*,"
    r"|(?:boy|girl|lad|lass|child|kid)\s+next\s+door\s*,"  # "the little boy next door, Osian."
    r"|(?:\d+|two|three|four)\s+(?:boys|girls|kids|children)\s*,"
    r"|children are|kids are|(?:boys|girls|sons|daughters)\s+(?:are|is)|names are|names were|one is called|one"
    r"|flagging|concerning"
    r"|\b(?:older|younger|little|big|eldest|youngest|middle|other)\s+one\s+is"  # "The older one is Kai and he's 10"
    r"|\bthe\s+(?:youngest|eldest|oldest)\s+is"  # "There are two boys, the oldest is Liam and he's about 11"
    # a Slack post's headline, the pupil named next: "Y7 no-show from transition. Jayden Ffug, from Ffug Primary"
    rf"|\b{YEAR_GROUP}\s*no[- ]?shows?\b(?:\s+(?:from|since|in)\s+[\w ]{{1,20}}?)?\s*[.:]"
    r"|\bthe\s+(?:youngest|eldest|oldest)\s*,"  # "... and the youngest, Bianca, who was born 30.05.2026"
    r"|\b(?:lads|boys|girls|kids|children|sons|daughters)\s*,"  # "one of my lads, Kai Ffug, told me"
    r"|regarding|referring|refer|about|re:?|following up on|referral\s+(?:please\s+)?(?:for|on|about)"
    r"|(?:the\s+)?(?:young person|child|pupil)(?:['’]s name)?\s+is"  # "The young person is Kieran Ffug"
    r"|\bthe\s+(?:little\s+|older\s+|younger\s+)?(?:boy|girl|lad)['’]?s\s+name\s+is"  # "The boys name is Riley"
    # "My son is Tiago Ffug Santos, he was born ...", "my daughter's name is Zara"
    r"|\b(?:my|our)\s+(?:(?:eldest|oldest|youngest|younger|older)\s+)?(?:son|daughter|grandson|granddaughter|child)"
    r"(?:['’]s\s+(?:full\s+)?name)?\s+is"
    # "Fi ydy tad Gruffudd Ffug", "Fi ydi Nain Jac Ffug"
    r"|(?:Fi|Rwy['’]n|Dw\s+i['’]n)\s+(?:ydy|ydi|yw)?\s*(?:tad|mam|nain|taid|mam-gu|tad-cu)"
    r"|(?:social|key|case|support|allocated|youth)\s+worker\s+for|(?:health\s+visitor|school\s+nurse)\s+for"
    r"|\b(?:boys?|girls?|lads?|kids?|child|children)\b(?:(?!\b(?:mum|mam|mother|dad|father|nan|man|woman|lady)(?:s|['’]s)?\b)[^.\n]){0,30}"
    r"\b(?:called|named)"  # "a boy he told me hes 10 called Connor"
    # "I am writing as Mam-gu to Tomos and Ffion": the one a parent or grandparent is that to (not "we have
    # signposted Dad to Flying Start")
    r"|\b(?:as|am|is|I['’]m|being)\s+(?:a\s+|the\s+)?(?:mam-?gu|nain|nan|nana|nanny|gran|granny|grandma|grandmother|grandad|grandfather|grandparents?|taid|tad-?cu"
    r"|mum|mam|mother|dad|father|aunt|auntie|aunty|uncle|guardian|carer|foster\s+carers?)\s+to"
    # Welsh: "fy wyres" (my granddaughter), "ei mab" (her son), "fy ŵyr", "fy merch", "fy nith", "ei fab".
    # ("dyn o'r enw Darren": a man called Darren)
    r"|\b(?:Taid|Nain|Tad-cu|Mam-gu|Mam|Tad)\s+i|(?<!\bdyn\s)(?<!\bddyn\s)(?<!\bdynes\s)o['’]r\s+enw|(?:chwaer|brawd)(?:\s+(?:fach|bach|mawr|fawr))?"
    r"|(?:fy|ei|eu|'i|’i)\s+(?:(?:dau|dwy|tri|tair)\s+)?(?:wyres|ŵyr|wyr|wyrion|mab|fab|merch|ferch|nith|nai|plentyn|blentyn|plant)"
    r"(?:\s+(?:bach|fach|hynaf|ieuengaf|ifancaf))?)\s*,?\s*:?\s*"
    r"|\b(?:twins?|children|kids|siblings|brothers|sisters)\b(?!['’]s\s+Services)[^()\n]{0,20}\(\s*)\s*$",
    re.IGNORECASE,
)
# A bracketed aside after a name that is not a relationship or role: "(Paddy)", "(we call her LR, she insists)"
# ... or set off by dashes: "Margaret - known as Maggie - (9)"
ASIDE_AFTER = re.compile(
    rf"[ \t]*\((?![^()\n]*\b(?i:{KIN_PATTERN}|SW|PR|social worker)\b)[^()\n]{{1,60}}\)"
    r"|[ \t]+[-–][ \t]+(?:known[ \t]+as|aka|called)[ \t]+[A-Z][\w'’-]+[ \t]+[-–](?=[ \t]*\()"
    # "- Patrick Ffug, known as Paddy, aged 12"
    r"|,[ \t]*(?:known[ \t]+as|aka|called)[ \t]+[A-Z][\w'’-]+(?=[ \t]*,)"
)
# The rest of a form's label after its first word: " age: 8", " (if different):"
LABEL_AFTER = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,2}[a-z]*[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*:")
LEFT_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:[-•*]\s*|\d+[.)]\s*)?"
    r"(?:Child(?:\s*\d)?(?:'s)?(?:\s+full|\s+first)?(?:\s+names?(?:\(s\))?)?|Children(?:'s)?\s+names?|Name(?:\s+given)?|Pupil(?:\s+name)?|"
    r"Young person(?:'s)?(?:\s+name)?|C?YP|Student(?:\s+name)?|"
    r"Learner|Enw(?:au)?(?:['’]r\s+(?:plentyn|plant|disgybl))?|Plentyn|Plant|Names"
    r"|Full name|Name\s+of\s+(?:the\s+)?(?:child|pupil|young\s+person|learner|student))"
    r"(?:\s*\(\d\))?\s*:\s*$",  # "Child's name (2): Princess Ffug"
    re.IGNORECASE,
)
# "Child's name(s): Kai Ffug and Cari Ffug": the names listed after the first in a child's label are children too.
LEFT_LABEL_LIST = re.compile(
    LEFT_LABEL.pattern.replace(
        r"\s*:\s*$",
        r"\s*:\s*(?:(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)*[ \t]*(?:\([^()\n]{0,20}\)[ \t]*)?"
        r"(?:,|and|&)[ \t]*)+$",
    ),
    re.IGNORECASE,
)
# A form's bare "Name:" row, which names whoever its section is about.
NAME_ROW = re.compile(r"(?:^|\n)[ \t]*(?:[-•*]\s*|\d+[.)]\s*)?(?:Full\s+)?Names?\s*:\s*$", re.IGNORECASE)
NAME_GUESSED_AFTER = re.compile(r"[ \t,]+(?:i|I)[ \t]+think[ \t]+(?:his|her)[ \t]+name[ \t]+is\b")
LIST_HEAD = re.compile(
    r"^\s*(?:(?:The|Our)\s+)?(?:Children|Pupils|Kids|Young people|Siblings|Plant|Children present|Children involved"
    r"|Children in household|Names?)\b[^:\n]{0,40}:\s*$"
    # "@Dafydd three names from the Y6 absence list:"
    # "DNA list for Y7 - 3 pupils allocated to us who haven't arrived at Ffug Comp:"
    r"|^[^:\n]{0,50}\b(?:names|pupils|children|learners)\b[^:\n]{0,80}\b(?:list|below)?:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# "His name is Tayo": a first name given for a child the report already calls a boy, girl or son, or who is
# given a child's age in the same sentence.
NAME_IS = re.compile(
    r"\b(?:his|her|the (?:boy|girl|child|lad)['’]s)\s+name\s+(?:is|was)\s*$"
    r"|\b(?:girl|boy|child|lad|kid)\s+(?:is|was)\s*$"
    r"|\b(?:her|his)\s+(?:little\s+|younger\s+|baby\s+)?(?:brother|sister)\s+is\s*$",  # "her brother is Jayden"
    re.IGNORECASE,
)
CHILD_NOUN = re.compile(
    r"\b(?:boy|girl|lad|lass|child|kid|son|daughter|teenager|pupil|toddler|grandson|granddaughter)s?\b", re.IGNORECASE
)
SENTENCE_AGE = re.compile(
    rf"^[^.\n]{{0,60}}?\b(?:(?:he|she)\s*(?:'s|’s|is|s|looks)\s+(?:about\s+|around\s+|only\s+|roughly\s+)?|aged?\s+)"
    rf"{NUM}\b(?!\s*(?:weeks?|months?|days?|%|:))",
    re.IGNORECASE,
)
# "Detained person: Declan Ffug" with "DOB: ..." on the next line: a form's subject, whatever its label.
LINE_LABEL = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?![\w'’ ]*(?i:surname|forename))[A-Z][\w'’ ]{2,30}:[ \t]*$")
SENTENCE_DOB = re.compile(
    r"^[^.\n]{0,60}?\b(?:date of birth|DOB|born)\s*(?:is|was|:|on)?\s*(?:the\s+)?(?=\d)", re.IGNORECASE
)


OWN_DOB_AFTER = re.compile(
    r"[ \t]+(?:gives|gave|has\s+given|states|stated|says|said)\s+(?:his|her)\s+(?:date\s+of\s+birth|DOB|d\.o\.b\.?)"
    r"\s+(?:as|is|was)?\s*(?:the\s+)?(?=\d)",
    re.IGNORECASE,
)
# "A male was found working on site who gave his name as NGUYEN Van Minh and states he is 15": a child's cue only
# when nothing says adult ("The father gave his name as ..." is not: is_adult still rules).
GAVE_NAME_AS = re.compile(
    r"(?:^|[.!?][ \t]+)"  # from the sentence's start, as far as the words before the name reach back
    r"(?:(?!\b(?:father|mother|dad|mum|mam|man|woman|lady|adult|parent|carer|uncle|aunt|partner|grand\w+)\b)[^.!?\n])*"
    r"\b(?:(?:gave|gives|giving|given)\s+(?:his|her|their)\s+(?:full\s+)?name\s+as"
    r"|identifie[sd]\s+(?:himself|herself|themselves)\s+as)\s*$",  # "Identified himself as NGUYEN Van Minh"
    re.IGNORECASE,
)
# "we've had a child on our roll since Sept (Harrison Ffug) who has never started": a full name in brackets after
# a child said of (not "Report a child missing education (Ref FRM-...)")
CHILD_THEN_BRACKET = re.compile(r"\b(?:a|one)\s+(?:child|pupil|boy|girl)\b[^()\n.]{0,40}\(\s*$", re.IGNORECASE)
# "we had a Yr7 due to start with us from Ysgol Ffug - Harri Wyn Ffug - never arrived": a pupil of a year group,
# named between dashes
YEAR_GROUP_DASHED = re.compile(rf"\b(?:a|an|our)\s+{YEAR_GROUP}\s+[^.\n]{{0,60}}?\s[-–]\s*$", re.IGNORECASE)
# "two girls there in the middle of a school day, I think they're called Poppy and Sienna"
CALLED_CHILDREN = re.compile(
    r"\b(?:boys?|girls?|lads?|kids|child|children)\b(?:(?!\b(?:mum|mam|mother|dad|father|nan|man|woman|lady)(?:s|['’]s)?\b)"
    r"[^.\n]){0,120}\b(?:called|named|name(?:d)?\s+(?:given\s+)?as|name\s+is|call\s+(?:him|her))\s*$"
    # "... the two boys who live next door. I think they're called Ryan and Callum": the boys said just before
    r"|\bthey(?:['’]?re|\s+are)\s+called\s*$",
    re.IGNORECASE,
)
# "3 of our yr6 leavers from july never showed at Ffug High - Kacper Ffug, Sienna Ffug & Jamal Ffug": a count of
# pupils, then their names in a list (each name read with the ones listed before it)
COUNTED_PUPILS = re.compile(
    rf"\b(?:\d|two|three|four|five|six)\s+(?:of\s+(?:our|my|the)\s+)?(?:{YEAR_GROUP}\s+)?"
    # "2 kids living next door to me, Ruby and Alfie" (not "3 kids next door at 34 Ffordd Ffug, Holyhead": a town)
    # "Two boys Kacper and Filip."
    r"(?:leavers|pupils|learners|students|kids|children|girls|boys)\b(?:[^.\n]{0,80}?(?:\s[-–]|:|\bare)|[^.\n\d]{0,60},|)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*(?:,|&|and)\s*){0,5}$",
    re.IGNORECASE,
)
# A parent signing "Jamal Ffug (father of Tanvir Ffug, Year 9, DOB 14/03/2015)": the child named in the signature.
SIGNED_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|mum|mam|dad|carer|guardian|grandmother|grandfather)[ \t]+(?:of|to)[ \t]+$", re.I
)
