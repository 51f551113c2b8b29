"""Where a report names a carer: the patterns of the labels, rows and phrases that give a carer's name and how
they are related ("Mum: Nerys Ffug", "Contact 1: FFUG, Rui (Father)", "her mother, Sarah Ffug"). `carers.py`
weighs what these find and rules out the relatives who are not the carer."""

from __future__ import annotations

import re

from nlp.lexicon import KIN_PATTERN, MY_GRANDCHILD
from nlp.names import SURNAME_PARTICLE, UPPER

_T = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sra|Srta|Sr)\.?[ \t]+)"
_FIRST = rf"[{UPPER}](?:[\w'’-]+|\.?(?=[ \t]+[{UPPER}][\w'’-]))"  # a word, or an initial before a surname
# Sentence-opening words are never a name's first word: "The tenant, Ms Ffug, lives there with her two children".
_NOT_FIRST = (
    r"(?<![\w'’-])(?!(?:The|This|That|These|Those|They|She|He|We|It|Her|His|Their|There|Our|Flagging|Regarding"
    r"|Concerning|About|Re)\b)"
)
_NAME = (
    rf"((?:{_T}?(?<![\w'’-])and[ \t]+)?"  # "Mr and Mrs Ffug" (not the end of "husband")
    # (four words at most: "Ana Paula Sousa Ffug")
    rf"{_T}?{_NOT_FIRST}{_FIRST}(?:[ \t]{{1,2}}(?:(?:{SURNAME_PARTICLE})[ \t]+)?[{UPPER}][\w'’-]+){{0,3}})"
)
_NAME_AHEAD = "(?:" + _NAME[1:]  # the same, capturing nothing (for a lookahead)
# Text a pattern reads across must not run past another person's full name: "on Berriew Street ... the occupant,
# Leanne Ffug. She ..." is Leanne, not the street's.
# A place after "in", "from" or "near" is no person: "Ms Jade Ffug, who has family in Colwyn Bay. She has three
# children with her" is Jade.
_NO_FULL_NAME = rf"(?:(?<=\bin[ \t])|(?<=\bfrom[ \t])|(?<=\bnear[ \t])|(?![{UPPER}][a-z]+[ \t]+[{UPPER}]))"
MR_AND_MRS = re.compile(rf"^(?:Mr|Mrs|Ms)\.?[ \t]+and[ \t]+(?:Mr|Mrs|Ms)\.?[ \t]+[{UPPER}]")
# "Mum: Nerys Pugh", "• Dad: Tomasz Lis", "Mam: Heledd Rowe"
# ... "Mother's details: Rhian Ffug, 07700 900123", "Dad's name: ..."
LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?({KIN_PATTERN})(?i:['’]s[ \t]+(?:details|(?:full[ \t]+)?name))?"
    rf"(?:[ \t]*\([^)\n]*\))?[ \t]*:[ \t]*{_NAME}"
)
# "Parent/carer: Ms Alina POPA (mother)", "Contact 1: Ms Dana Webb (Mother)"
GENERIC_LABEL = re.compile(
    rf"(?:^|\n|(?<=[.!?][ \t]))[ \t]*(?:[-•*][ \t]*)?((?i:Parents?(?:/carers?|/guardians?)?|Carer|Guardian"
    rf"|Customer|Client|Claimant|Tenant|Resident|Spouse|(?:(?:Lead|Principal|Main|Sole|Joint)[ \t]+)?Applicant"
    rf"|Service[ \t]+user"
    rf"|(?:Main|Primary|Sole)[ \t]+carer|PR[ \t]+holder|Person[ \t]+with[ \t]+(?:PR|parental[ \t]+responsibility)"
    rf"|(?:Main|Primary|Priority|First)[ \t]+contact|Contact(?:[ \t]*\d)?|Priority[ \t]*\d|Parent or carer|Rhiant"
    rf"|Parent/carer[ \t]*\d"
    rf"|Next of kin|Gofalwr|Gofalwraig)"  # Welsh "Gofalwr:" (carer)
    # "Carer's name:", "Parent/carer on the form:"
    rf"(?i:(?:['’]s)?[ \t]+(?:full[ \t]+)?names?|[ \t]+on[ \t]+admission|[ \t]+details"
    rf"|[ \t]+on[ \t]+the[ \t]+(?:form|application))?"
    rf"(?i:[ \t]+and[ \t]+relationship)?)"
    rf"(?:[ \t]*\([^)\n]{{1,20}}\))?[ \t]*:[ \t]*{_NAME}"
    # "(mother)", "- mother", "(maternal grandmother - Mam-gu)" or a column's "   Mother" after the name
    # ("Tenant (parent/carer): Ms Nicola Ffug - mother", "Priority 1: Mrs Shirin Ffug   Mother   07700 900233");
    # a "Relationship:" line beside or below it is read with the contact's block
    rf"(?:[ \t]*(?:\((?:(?:maternal|paternal)[ \t]+)?|[-–][ \t]*)((?i:{KIN_PATTERN}))\b"
    rf"|[ \t]{{2,}}((?i:{KIN_PATTERN}))\b)?",
)
# "Contact 1: Sousa, Rui (Father)": a pasted MIS block writes the surname first.
LABEL_SURNAME_FIRST = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?((?i:Parent(?:/carer)?|Carer|Guardian|(?:Primary[ \t]+)?Contact(?:[ \t]*\d)?"
    rf"|Priority[ \t]*\d|(?:{KIN_PATTERN})(?:[ \t]*/[ \t]*[\w ]{{1,25}})?))"  # "Grandfather / kinship carer: X, Y"
    rf"[ \t]*:[ \t]*([{UPPER}][\w'’-]+),[ \t]*([{UPPER}][\w'’-]+)"
    rf"(?:[ \t]*(?:\(|[-–|][ \t]*)(?i:(?:maternal|paternal)[ \t]+)?(?i:({KIN_PATTERN}))\b)?"
    rf"|(?:^|\n)[ \t]*(\d)[.)][ \t]*([{UPPER}][\w'’-]+),[ \t]*([{UPPER}][\w'’-]+)[ \t]+(?i:({KIN_PATTERN}))\b"
    # a police notice's adults: "NOWAK, Agnieszka  DOB 03/11/1988  (IP - mother)", "HALE, Darren ... (stepfather to X)"
    # ... "Victim:              FFUG, Laura (mother) - same address", a PPN's "Name: FFUG, Andrei (father)"
    rf"|(?:^|\n)[ \t]*(?:\d+[.)][ \t]*|\(\d+\)[ \t]*"
    rf"|(?i:Victim|Injured[ \t]+party|IP|Adult[ \t]*\d?|Name)[ \t]*:[ \t]*)?"
    rf"()([A-Z][A-Z'’-]+),[ \t]*([{UPPER}][\w'’-]+)[^\n(]{{0,40}}"
    rf"\((?:[^)\n]{{0,15}}[-–,][ \t]*)?"
    rf"(?i:({KIN_PATTERN}))\b"
)
# "Name: Erika Ffug\nRelationship: Mother": a form's parent/carer section.
NAME_THEN_RELATIONSHIP = re.compile(
    rf"(?:^|\n)[ \t]*(?i:Name)[ \t]*:[ \t]*{_NAME}(?:[ \t]*\n[ \t]*|[ \t]{{2,}}|\t[ \t]*)"  # below, or beside
    rf"(?i:Relationship)[ \t]*:[ \t]*((?i:{KIN_PATTERN}))\b"
)
# "Parent: Nan - Glenys Tudor": the relationship written before the name.
GENERIC_LABEL_KIN = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?i:Parent(?:/carer|/guardian)?|Carer|Guardian|Rhiant|Next of kin)[ \t]*:[ \t]*"
    rf"((?i:{KIN_PATTERN}))(?:[ \t]*/[ \t]*(?i:{KIN_PATTERN}))?[ \t]*[-–:,][ \t]*{_NAME}",  # "Mam / Mother – X"
)
# "mum's Tracy": "is" cut short before a name that ends its clause ("Mum's Swedish", "mum's Facebook" are no names).
_KIN_IS_SHORT = (
    rf"['’]s[ \t]+(?![\w'’-]*(?:ish|ese)\b)(?=[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?[ \t]*(?:[,.;\n]|$))"
)
# "mum Sian Pugh", "Mum is Carys Bell", "her mother, Sarah Evans", "Mam-gu (Mrs Eirian Rowe)"
PROSE = re.compile(
    # (Welsh "a'u tad nhw, Kevin Ffug": their dad, Kevin Ffug)
    rf"(?<![\w'’-])((?:(?:maternal|paternal|older|elder|big)[ \t]+)?{KIN_PATTERN})"
    r"(?:[ \t]+(?:now|ifanc|young|single|nhw))?"
    # "Spoke to their aunt today, Mária Ffug, she says ...": when, before the name
    rf"(?:[ \t]+(?:today|yesterday|this[ \t]+(?:morning|afternoon))(?=,))?"
    rf"(?:[ \t]+in[ \t]+[{UPPER}][\w'’-]+(?=,))?"  # "with a foster carer in Pentwyn, Mrs Grace Ffug"
    # "her aunt (Kacey-Leigh's great-aunt), Mrs X", "his father (my son) Rhys Ffug"
    # (not a name in the bracket: "lives with Dad (Rhys Ffug) Mon-Fri" is Rhys Ffug)
    rf"(?:[ \t]*\((?!(?:Mr|Mrs|Ms|Miss)\b)(?![{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)+\))[^)\n]{{1,30}}\)"
    rf"(?:,|(?=[ \t]+(?:Mr|Mrs|Ms|Miss|Dr)?\.?[ \t]*[{UPPER}])))?"
    # "mum's name is", "Mother's name: X", "Mum's full name for your records is X"
    # ... "Mam's name on the form is X", "Mum's name on SIMS: X"
    rf"(?:['’]?s[ \t]+(?:full[ \t]+)?name(?:[ \t]+for[ \t]+(?:your|our|the)[ \t]+records"
    rf"|[ \t]+on[ \t]+(?:the[ \t]+)?(?:\w+[ \t]+)?(?:form|SIMS|system|records?|referral|file))?"
    rf"(?:[ \t]+is[ \t]+|[ \t]*[:–-][ \t]*|[ \t]+)"
    rf"|{_KIN_IS_SHORT}|[ \t]+name[ \t]+is[ \t]+|(?:[ \t]+is)?[ \t]+called[ \t]+"
    rf"|[ \t]+on[ \t]+(?:the[ \t]+|our[ \t]+)?(?:SIMS|system|records?|file)[ \t]+is[ \t]+"  # "Mum on SIMS is X"
    rf"|,[ \t]*who[ \t]+(?:I[ \t]+(?:understand|think|believe)[ \t]+)?is[ \t]+called[ \t]+"
    rf"|[ \t]+I[ \t]+(?:think|believe)[ \t]+is[ \t]+called[ \t]+"  # "His mum I think is called Ramona"
    # "Their mum is nice enough, I think her name is Jade"
    rf"|[ \t]+is[ \t]+[^.\n,]{{0,30}},[ \t]*I[ \t]+(?:think|believe)[ \t]+(?:her|his)[ \t]+name[ \t]+is[ \t]+"
    rf"|[ \t]+(?:yw|ydy|ydi)[ \t]+"  # Welsh "Nain yw Mrs Glenys Ffug" (Nain is ...), "Eu mam ydi Sharon"
    # ", " and a mail client's wrap after it: "living with his Tad-cu,\nGareth Ffug, at 3 Bryn Ffug"
    rf"|[ \t]+is[ \t]+(?:a[ \t]+(?=(?:Mr|Mrs|Ms|Miss)\b))?|,[ \t]*(?:\n[ \t]*)?|[ \t]*\([ \t]*|[ \t]*[-–—][ \t]*"
    rf"|[ \t]*[:=][ \t]*|[ \t]+)"
    rf"(?:(?:fy|my)[ \t]+(?:mab|son|merch|ferch|daughter)[ \t]+)?"  # "ei tad, fy mab Rhodri": the writer's son
    # "their mother, my former daughter-in-law Kelly Ffug"
    rf"(?:(?:my|our)[ \t]+(?:former[ \t]+|ex-?[ \t]*)?(?:daughter|son)-in-law[ \t]+)?"
    rf"(?!and\b|is\b|has\b|was\b|had\b|said\b|says\b|told\b|who\b){_NAME}",
)
# "Noor Saleh (mother)", "Jodie BRAY (29) - mother of both children"
REVERSE = re.compile(
    # "(DOB ...) - mother"; a letter's "Anna Ffug\n(Maja's mum)" signs with it on the line below
    rf"{_NAME}[ \t]*(?:\n[ \t]*(?=\())?(?:\([^)\n]{{1,30}}\)[ \t]*[-–][ \t]*|\([ \t]*(?:[^)\n]{{0,30}}?,[ \t]*)?)"
    # "Thanks Jade (Leon's mum)", "Mrs Helen Ffug (Gwynedd foster carer)"
    rf"(?:[{UPPER}][\w'’-]+['’]s[ \t]+|[{UPPER}][\w'’-]+[ \t]+(?=(?i:foster)))?({KIN_PATTERN})\b"
    # (not "arrived from Slovakia (Roma family, dad has some English)": the kin word starts a clause of its own)
    r"(?![ \t]+(?:has|had|is|was|says|said|speaks|works|does|did|can|will|would)\b)"
)
# "Bethan Kerr is mum", "Carys Mostyn (31), who is the mother of the two children"
IS_KIN = re.compile(
    rf"{_NAME}(?:[ \t]*\(\d{{2}}\))?,?[ \t]+(?:who[ \t]+)?is[ \t]+(?:now[ \t]+)?"
    # "Mr Ffug is now his legal guardian"
    rf"(?:the[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?(?:legal[ \t]+|special[ \t]+)?"
    rf"((?i:{KIN_PATTERN}))(?!['’]s)\b(?![ \t]+of[ \t]+(?:the[ \t]+)?(?:victim|suspect|perpetrator))"
)
# "Mrs Halina Ffug, the grandmother of Kacper", "Mrs Margaret Ffug, Seren's maternal grandmother", "Mr Arben Ffug
# (38), stated he is the boy's uncle": a relationship set beside the name
APPOSED_KIN = re.compile(
    rf"{_NAME}(?:[ \t]*\((?:aged[ \t]+)?\d{{2}}\))?,[ \t]+"
    rf"(?:(?:stated|said|says|confirmed|explained)[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]+is[ \t]+)?"
    rf"(?:the[ \t]+(?:(?:boy|girl|child|children)['’]s?[ \t]+)?|their[ \t]+|his[ \t]+|her[ \t]+"
    # ... or bare, set off by commas: "a man who gave his name as Mihai Ffug, uncle, of 15 Stryd y Ffug"
    rf"|[{UPPER}][\w'’-]+['’]s[ \t]+|(?=(?i:{KIN_PATTERN})[ \t]*,[ \t]*(?:of|who|and)\b)"
    # ... or "Dr Ffug, father of our Year 5 twins"
    rf"|(?=(?i:mother|father)[ \t]+of[ \t]+(?:our|the|both|my|{UPPER}[\w'’-]+)))"
    rf"(?:(?:maternal|paternal)[ \t]+)?((?i:{KIN_PATTERN}))(?!['’]s)\b"
    r"(?![ \t]+of[ \t]+(?:the[ \t]+)?(?:victim|suspect|perpetrator))"
)
# "Chantelle Ffug confirmed that Poppy Ffug has lived with her since ...": the adult the child lives with, said by
# that adult
# ... "a Mrs Parveen Ffug, a family friend, who says Ruby-Rose has been living with her at ..."
HOST_SAID = re.compile(
    rf"{_NAME}(?:[ \t]*,[ \t]*(?:a|an|the)[ \t][^,.\n]{{1,30}},)?[ \t]+(?:who[ \t]+)?"
    r"(?:confirmed|said|says|told[ \t]+(?:me|us|officers|staff)|explained|stated)[ \t]+(?:that[ \t]+)?"
    rf"[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,2}}[ \t]+"
    r"(?:has[ \t]+(?:lived|been[ \t]+living|been[ \t]+staying)|is[ \t]+(?:living|staying)|lives|stays)"
    r"[ \t]+with[ \t]+(her|him)\b"
)
# "They are now being looked after by Danielle's husband (their stepfather), Ioan Ffug": the adult named after
# "looked after by", past a few words that say who they are
LOOKED_AFTER_BY = re.compile(
    rf"\b(?:being|are|is|been)[ \t]+(?:now[ \t]+)?(?:looked[ \t]+after|cared[ \t]+for)[ \t]+by[ \t]+"
    # ... "by mum's partner Jason"
    rf"(?:(?:their|his|her|the)[ \t]+|(?:[{UPPER}][\w'’-]+|(?i:mum|mam|dad|mother|father))['’]s[ \t]+)?"
    rf"((?i:{KIN_PATTERN}|husband|wife|partner|boyfriend|girlfriend))?"
    rf"(?:[ \t]*\(([^()\n]{{1,30}})\))?[ \t]*,?[ \t]*"
    r"(?![^,.\n]{0,40}\b(?:Council|Authority|Borough|Services)\b)"  # "looked after by Ffug County Borough Council"
    rf"{_NAME}"
)
# An adult the children are said to be with, in other words than WITH_CHILD's:
HAS_CHILDREN_WITH = re.compile(
    # "Ms Shannon Ffug presented as homeless ... (3 Lôn Ffug, CF83 1QQ).\n\nShe has two children with her:"
    rf"{_NAME}(?:{_NO_FULL_NAME}[^\n]){{0,200}}?\.\)?\s{{1,3}}(She|He)[ \t]+has[ \t]+"
    rf"(?:\w+[ \t]+){{0,2}}(?:children|kids|sons|daughters|boys|girls)[ \t]+(?:living[ \t]+)?with[ \t]+(?:her|him)\b"
    # "One of the workers, Galina Ffug, has her two children living with her"; "One of our tenants, Mr Jun Ffug,
    # Flat 9, Nant Ffug Court, Ffugtown, CF44 8AB, has his two children living with him"
    # ... "Craig has had his two children living with him since their mum went into prison"
    # ... "one of my service users, Dean Ffug, has two children living with him"
    rf"|{_NAME}(?:,[^,.\n]{{1,40}}){{0,5}},?[ \t]+has[ \t]+(?:had[ \t]+)?(?:(?:her|his)[ \t]+)?(?:\w+[ \t]+)?"
    rf"(?:children|kids|sons|daughters|boys|girls)[ \t]+"
    r"(?:living[ \t]+)?with[ \t]+(her|him)\b"
    # "It's Rosie Ffug and her partner with three children"
    rf"|{_NAME}[ \t]+and[ \t]+(her|his)[ \t]+(?:new[ \t]+)?(?:partner|husband|wife|fella|boyfriend|girlfriend)[ \t]+"
    r"(?:with|and)[ \t]+(?:their[ \t]+|the[ \t]+)?(?:\w+[ \t]+)?(?:children|kids)\b"
    # "his wife, Mrs Rokeya Ffug, and their three children have been in Sylhet": the title says which parent
    rf"|(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME},?[ \t]+and[ \t]+(their)[ \t]+(?:\w+[ \t]+)?(?:children|kids)\b"
    # "I saw Mr Chen Wei at our session ... . His daughter, Yutong Chen, ...": the next sentence is of their child
    rf"|(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}(?:{_NO_FULL_NAME}[^\n]){{0,160}}?\.\s{{1,3}}"
    r"(His|Her)[ \t]+"
    r"(?:(?:eldest|oldest|youngest|two|three|four)[ \t]+)?(?:son|daughter|sons|daughters|children|kids)\b"
)
# The writer naming themselves as the child's parent: "Iestyn Ffug ydw i, tad Alaw a Math" (I am Iestyn Ffug,
# father of Alaw and Math), "My name is Carys Ffug, I'm mum to Tomos".
SELF_NAMED = re.compile(
    rf"{_NAME}[ \t]+(?:ydw|ydy|dw|yw)[ \t]+i,?[ \t]+((?i:{KIN_PATTERN}))\b"
    rf"|\b(?i:I[ \t]+am|I['’]m|my[ \t]+name[ \t]+is|my[ \t]+name['’]s)[ \t]+{_NAME},?[ \t]+"
    rf"(?:(?:and[ \t]+)?I['’]m[ \t]+)?"
    rf"(?:the[ \t]+)?((?i:{KIN_PATTERN}))[ \t]+(?:of|to|for)\b"
)
# "Ms Aoife Keane and her son", "Tom Ward, who has two children with him"
WITH_CHILD = re.compile(
    # "Ana Ffug and two of her children came into our refuge"
    rf"{_NAME},?[ \t]+and[ \t]+(?:(?:two|three|four|five|all|both|some)[ \t]+of[ \t]+)?(her|his)[ \t]+(?:\w+[ \t]+)?"
    r"(?:sons?|daughters?|children|kids|boys|girls)\b"
    rf"|{_NAME},?[ \t]+who[ \t]+has[ \t]+\w+[ \t]+children[ \t]+with[ \t]+(him|her)"
    # (not "from Housing Solutions: Mr Jason Ffug presented today with his son": a titled name between; a place's
    # name may stand between, "Mrs Amani Ffug, lives at Flat 1, 9 Heol Ffug, Port Talbot SA13 1PY with her ...")
    # (not a place: "moved ... from the West Midlands with her two children")
    rf"|(?<!\bfrom[ \t])(?<!\bthe[ \t])(?<!\bin[ \t])"
    rf"{_NAME}(?:,[ \t]+(?:she|he)[ \t]+(?:has|is|'s))?(?:(?!(?:Mr|Mrs|Ms|Miss)\.?[ \t]+[{UPPER}])[^.\n]){{0,60}}?"
    rf"\bwith[ \t]+(her|his)[ \t]+"
    rf"(?:\w+[ \t]+){{0,2}}"
    rf"(?:children|kids|son|daughter|sons|daughters|boys|girls)\b"
    # "the occupant, Leanne Ffug. She moved down from Wrexham with her two boys"
    # "Our former tenant Amy Ffug was evicted ... She lived there with her partner X and her three children"
    # (no other full name in between: "on Berriew Street ... the occupant, Leanne Ffug. She ..." is Leanne)
    rf"|{_NAME}(?:[ \t]*\(\d{{2}}\))?(?:{_NO_FULL_NAME}[^.\n]){{0,120}}?\.[ \t]+(She|He)[ \t]+"
    rf"[^.\n]{{0,60}}?\b(?:with|and)[ \t]+(?:her|his)[ \t]+"
    rf"(?:\w+[ \t]+)?(?:children|kids|son|daughter|sons|daughters|boys|girls)\b"
    # "We accepted a duty to Ms Shannon Ffug on 10/11 ... She and her three children are in ..."
    rf"|{_NAME}[^.\n]{{0,120}}?\.[ \t]+(She|He)[ \t]+and[ \t]+(?:her|his)[ \t]+(?:\w+[ \t]+)?"
    rf"(?:children|kids|son|daughter|sons|daughters|boys|girls)\b"
    # "One of my claimants, Jade Ffug, disclosed at her appointment today that her daughter Ruby ..."
    rf"|{_NAME},?[ \t]+(?:disclosed|told[ \t]+(?:me|us)|said|mentioned|explained|reported|stated)\b[^.\n]{{0,60}}?"
    rf"\b(her|his)[ \t]+(?:\w+[ \t]+)?(?:sons?|daughters?|children|kids|boys|girls)\b"
    # "I visit Shannon Ffug weekly (postnatal depression). Her daughter Tegan Ffug turned 5 ...": the next sentence
    # opens with the named one's child
    # (not a school named for a churchman: "still getting the bus to Archbishop Ffug and attending fine. His daughter")
    rf"|(?!(?:Archbishop|Bishop|Cardinal|St|Saint|Ysgol)\b){_NAME}"
    rf"(?![\w'’-]|[ \t]+(?i:family|families|community|site|people))(?:{_NO_FULL_NAME}[^.\n]){{0,80}}?"
    rf"\.[ \t]+(Her|His)[ \t]+(?:\w+[ \t]+)?(?:sons?|daughters?|children"
    rf"|kids|boys|girls)[ \t]+[{UPPER}]",
)
# "Had a mum in reception this morning, Lucia Reyes, ...": the name set off by commas after a few words.
# ... "Had Nain in at the office this morning (Mrs Gwenda Ffug) asking for places for her 2 grandchildren"
KIN_THEN_NAME = re.compile(
    rf"\b(?i:a|the)[ \t]+((?i:mum|mam|dad|mother|father))[ \t]+(?i:in|at|came|come|from|who|on)\b[^,.\n]{{0,30}},"
    rf"[ \t]*{_NAME}[ \t]*,"
    rf"|\b(?i:had|have|saw|met)[ \t]+(?:(?i:a|the|their|her|his)[ \t]+)?((?i:mum|mam|dad|nain|taid|nan|gran|grandma"
    rf"|grandad|mam-gu|tad-cu|aunt|auntie|uncle))[ \t]+(?i:in|at|came|come|on)\b[^,.\n()]{{0,40}}"
    rf"\([ \t]*{_NAME}[ \t]*\)"
    # "had an email from mum this morning (Hannah Ffug) to say she's deregistering ..."
    rf"|\b(?i:email|e-mail|call|message|text|letter|note)[ \t]+(?i:from)[ \t]+((?i:mum|mam|dad|nain|taid|nan|gran"
    rf"|grandma|grandad|mam-gu|tad-cu|aunt|auntie|uncle))\b(?!['’]s)[^,.\n()]{{0,30}}\([ \t]*{_NAME}[ \t]*\)"
)
# "the mams called Toni": the possessive written without its apostrophe.
# "Their mum I think her name is Jodie": the name said after the relationship.
KIN_CALLED = re.compile(
    rf"\b((?i:mams|mums|dads))[ \t]+(?:name[ \t]+is|called|is[ \t]+called)[ \t]+{_NAME}"
    rf"|\b((?i:mam|mum|dad))['’]s[ \t]+called[ \t]+{_NAME}"  # "The mum's called Stacey I think"
    # ... "Their mum is Polish, I think her name is Ewa"
    rf"|\b((?i:mam|mum|mother|dad|father))(?:[ \t]+is[ \t]+[A-Za-z]+,)?[ \t,]+(?:(?:I|we)[ \t]+think[ \t]+)?"
    rf"(?:her|his)[ \t]+name[ \t]+is"
    rf"[ \t]+{_NAME}"
    # "Their mum, I only know her as Shannon, works evenings"
    rf"|\b((?i:mam|mum|mother|dad|father)),?[ \t]+(?i:I|we)[ \t]+(?:only[ \t]+)?know[ \t]+(?:her|him)[ \t]+as[ \t]+"
    rf"{_NAME}"
    # Welsh "Enw'r fam ydi Chloe" (the mother's name is Chloe)
    rf"|\b(?i:enw)['’]r[ \t]+((?i:fam|mam|tad|dad|nain|taid))[ \t]+(?:ydi|ydy|yw)[ \t]+{_NAME}"
    # "Tried mam's mobile (Shannon Ffug) x3", "mum's (Leanne Ffug) number disconnected"
    # ... "staying at his nan's (Jean Ffug) since May"
    # ... "mams number (Marta) disconnected", the apostrophe left out
    rf"|\b({KIN_PATTERN})['’]?s[ \t]+(?:(?i:mobile|phone|number|mob)\b[^()\n]{{0,20}})?"
    rf"\([ \t]*{_NAME}[ \t]*\)"
    # "to live with her Taid (mum's dad) – Mr Alan Ffug, 23 Ffordd ...", "moved to Mam-gu's in Blaenau – Mrs Menna
    # Ffug, 4 Stryd ...", "is now living with his aunt:\n\nMs Tanya Ffug\nFlat 3 ...": the relative, then their name
    rf"|\b((?i:{KIN_PATTERN}))(?:['’]s)?(?:[ \t]+\([^)\n]{{0,20}}\)|[ \t]+in[ \t]+[{UPPER}][\w'’-]+)?[ \t]*(?:[–—]|-|:)"
    rf"\s*(?=(?:Mr|Mrs|Ms|Miss)\.?[ \t]){_NAME}"
)
# "Parents are Mr Tariq Ansar and Mrs ...": the first parent named.
# ... "The family are Mr Ali Ffug and his wife": the first named
# ... "a mum came in asking for places - Ms Danielle Ffug, with Tommy (7) and Lola (5)": a parent with the children
PARENTS_ARE = re.compile(
    rf"\b(?i:parents|carers|the[ \t]+family)[ \t]+(?:are|is)[ \t]*:?[ \t]+((?:Mrs|Ms|Miss|Mr)\.?)[ \t]+{_NAME}"
    rf"|[-–:][ \t]*((?:Mrs|Ms|Miss|Mr)\.?)[ \t]+{_NAME},?[ \t]+with[ \t]+(?:her|his)?[ \t]*(?:[\w-]+[ \t]+)?"
    r"(?:children|kids|[A-Z][\w'’-]+[ \t]*\(\d{1,2}\))"
    # ... a police notice's "The adult, Ms Hannah FFUG, stated ... The children with her were:"
    rf"|\b(?i:the[ \t]+(?:only[ \t]+)?adult)[ \t]*,?[ \t]+((?:Mrs|Ms|Miss|Mr)\.?)[ \t]+{_NAME}"
)
# "Spoke to Mrs Bridget Ffug this morning, she has 2 school age kids with her"
SHE_HAS_KIDS = re.compile(
    rf"(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[^.\n]{{0,40}}?,[ \t]*(she|he)[ \t]+has[ \t]+(?:[\w-]+[ \t]+){{0,3}}"
    r"(?:children|kids|sons|daughters|boys|girls)\b"
)
# "Mr Chukwuemeka Ffug and his wife, Mrs Ngozi Ffug, who came from Lagos in August ... They have two children":
# a couple, then their children
COUPLE_THEN_CHILDREN = re.compile(
    rf"((?:Mr|Mrs|Ms)\.?)[ \t]+{_NAME}[ \t]+and[ \t]+(?:his|her)[ \t]+(?:wife|husband|partner)\b[^.\n]{{0,160}}\.[ \t]+"
    r"They[ \t]+have[ \t]+(?:[\w-]+[ \t]+){0,2}(?:children|kids|sons|daughters|boys|girls)\b"
)
# "Parents Dylan and Cerys Ffug told me", "Their parents, John and Tina Ffug, usually ...": the second named, with the
# surname written once
PARENTS_PAIR = re.compile(
    rf"(?<!\bher )(?<!\bhis )(?<!\bmy )\b(?i:parents)[ \t]*[,:]?[ \t]+(?:are[ \t]+)?"
    rf"(?!(?:Mr|Mrs|Ms|Miss)\b)[{UPPER}][\w'’-]+[ \t]+(?:and|&)[ \t]+"
    rf"(?!(?:Mr|Mrs|Ms|Miss)\b)([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)"
)
# A form's "Family: Bridget and Patrick Ffug" (above "Children: Mary (9) and John (7)"), "Michael and Kathleen Ffug
# with 4 kids": both parents named, their surname written once after the second. One pattern for both readers: group
# 1 is the surname (the children's, in children.py), group 2 the first parent's forename (a carer, in
# carer_candidates.py).
_TWO_FORENAMES = r"[A-Z][\w'’-]+[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+[ \t]+"
PARENT_PAIR = re.compile(
    rf"(?:^[ \t]*(?i:family|parents?)[ \t]*:[ \t]*(?={_TWO_FORENAMES}[A-Z][\w'’-]+[ \t]*$)"
    rf"|\b(?={_TWO_FORENAMES}[A-Z][\w'’-]+[ \t]+(?:with|and)[ \t]+(?:their[ \t]+)?(?:\d|two|three|four|five|six)[ \t]+"
    r"(?:kids|children)\b))"
    rf"(?={_TWO_FORENAMES}([A-Z][\w'’-]+))([A-Z][\w'’-]+)",
    re.MULTILINE,
)
# "Ms Dana Webb, has told me her daughter Isla ..."; "My name is X and I moved with my son".
TOLD_OF_CHILD = re.compile(
    rf"(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[^.\n]{{0,40}}?\b(her|his)[ \t]+(?:(?:two|three|four|\d)[ \t]+)?"
    rf"(?:son|daughter|children|kids|little|youngest|eldest|oldest|boys|girls)\b"
    # "... Mrs Elira Ffug. She told me her daughter, Ardita, is 9"
    rf"|(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[^.\n]{{0,160}}\.[ \t]+(?:(?:She|He)[ \t]+(?:told|said|says|explained)"
    r"(?:[ \t]+(?:me|us|officers))?[ \t]+(?:that[ \t]+)?)?(Her|His|her|his)[ \t]+(?:son|daughter|children|kids)\b"
    rf"|(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[ \t]+has[ \t]+(?:a|an|one|two|three|four|\d)[ \t]+(?:\w+[ \t]+)?"
    rf"(son|daughter|child|boy|girl|sons|daughters|children|boys|girls)\b"
    rf"|[Mm]y name is {_NAME}[^.\n]{{0,60}}\bmy[ \t]+(?:son|daughter|children|kids|boys|girls)\b",
)
# "a customer, Mr Keith Ffug, mentioned that his granddaughter Demi Ffug ...": the grandparent told of the child
TOLD_OF_GRANDCHILD = re.compile(
    rf"(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[^.\n]{{0,40}}?\b(her|his)[ \t]+(?:(?:two|three|four|\d)[ \t]+)?"
    r"(?:grandson|granddaughter|grandchild|grandsons|granddaughters|grandchildren|grandkids)\b"
)
# "Mr Ffug is Demi-Leigh's Tad-cu": named as the child's relative (the possessor is checked to be a child)
IS_CHILDS_KIN = re.compile(
    rf"{_NAME}[ \t]+is[ \t]+(?:the[ \t]+)?([{UPPER}][\w'’-]+)['’]s[ \t]+(?:(?:maternal|paternal)[ \t]+)?"
    rf"({KIN_PATTERN})\b"
)
# "Ms Toni Ffug, who explained she is a friend ... and has been looking after him": named as the one caring.
# A police notice's adult row, surname first: "V1  FFUGLAND Kerry-Ann    DOB 19/06/1994   mother of C1-C3"
CAPS_ROW_KIN_OF = re.compile(
    rf"(?m)^[ \t]*(?:[A-Z]\d{{1,2}}[ \t]+)?([A-Z][A-Z'’-]+)[ \t]+([{UPPER}][a-z][\w'’-]*)[^\n]{{0,40}}?[ \t]"
    rf"((?i:{KIN_PATTERN}))[ \t]+(?:of|to)\b"
)
# A household list's rows: "Fatima Ffug - mother", "Neha FFUG - mother, victim", "Ramona Ffug (mother) - at home"
ROLE_ROW = re.compile(
    # ... "- Kerry FFUG (IP), mother": a list row's aside and comma before the role
    rf"(?m)^[ \t]*(?:[-•*][ \t]*|\d+[.)][ \t]*)?{_NAME}[ \t]*(?:\([^()\n]{{1,20}}\)[ \t]*)?"
    rf"(?:[-–—][ \t]*|\([ \t]*|,[ \t]*)((?i:{KIN_PATTERN}))\b"
    r"(?=[ \t]*(?:[,)\n;]|$|[-–—]))"  # the role ends the cell: not "Update - mum says she has moved"
)
# "(Nadia Ffug is the main carer)", "Adult 1 (victim): Ngozi Ffug, mother"
MAIN_CARER = re.compile(
    # "Mrs Dilys Ffug (aged 84), has been his main carer", "Ms Juliana Ffug (mother, Brazilian national) - main carer"
    rf"{_NAME}(?:[ \t]*\([^)\n]{{1,40}}\))?"
    r"(?:[ \t]*[-–][ \t]*(?:the[ \t]+)?(?:main|primary|sole)[ \t]+carer\b|,?[ \t]+(?:"
    # "Mrs Folake Ffug, is at home with the children and is their main carer"
    r"(?:(?:is|remains|has[ \t]+been)[ \t]+[^.;\n]{0,50}?[ \t]+and[ \t]+)?"
    # ... "Rasha is at home full time and is the children's main carer"
    r"(?:is|remains|has[ \t]+been|will[ \t]+be)[ \t]+(?:(?:the|their|his|her)[ \t]+)?"
    r"(?:(?:children|kids|child|boy|girl)['’]s?[ \t]+)?(?:main|primary|sole)[ \t]+carer\b"
    # "Sean works away on the rigs, so Kerry is the one who has Connor day to day"; "Shannon looks after the children"
    r"|is[ \t]+the[ \t]+one[ \t]+who[ \t]+(?:has|looks[ \t]+after|cares[ \t]+for)[ \t]+\w+[ \t]+day[ \t-]+to[ \t-]+day"
    # "Donna is the one looking after him day to day"
    r"|is[ \t]+the[ \t]+one[ \t]+(?:looking[ \t]+after|caring[ \t]+for)[ \t]+(?:him|her|them)\b"
    r"|looks[ \t]+after[ \t]+(?:the[ \t]+(?:children|kids)|them[ \t]+all)\b"
    # "Joanna has day-to-day care of Evan", "Winnie does the day-to-day caring", "Mrs Ffug is at home with the
    # children during the day"
    r"|has[ \t]+(?:the[ \t]+)?day[ \t-]+to[ \t-]+day[ \t]+care[ \t]+of\b"
    r"|does[ \t]+(?:the[ \t]+|most[ \t]+of[ \t]+the[ \t]+)?day[ \t-]+to[ \t-]+day[ \t]+(?:caring|care)\b"
    r"|is[ \t]+at[ \t]+home[ \t]+with[ \t]+the[ \t]+(?:children|kids)\b"
    # "(Rasha does most of the childcare; Khaled has health problems)"
    r"|does[ \t]+(?:most|all)[ \t]+of[ \t]+the[ \t]+(?:childcare|child[ \t]+care|caring)\b"
    # "Lisa is looking after him day to day but can't keep him long term"
    r"|(?:is|has[ \t]+been)[ \t]+(?:looking[ \t]+after|caring[ \t]+for)[ \t]+(?:him|her|them)[ \t]+"
    r"(?:day[ \t-]+to[ \t-]+day|full[ \t-]+time)\b))"
)
ADULT_ROW = re.compile(
    rf"(?:^|\n)[ \t]*(?i:Adult)(?:[ \t]*\d)?(?:[ \t]*\([^)\n]{{0,20}}\))?[ \t]*:[ \t]*{_NAME},?[ \t]+"
    rf"(?:\(?[ \t]*)((?i:{KIN_PATTERN}))\b"
)
# "Adult 1 (mother / victim): Abena FFUG-ASANTE, DOB ...": the relationship in the label
ADULT_KIN_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*(?i:Adult)(?:[ \t]*\d)?[ \t]*\([ \t]*((?i:{KIN_PATTERN}))\b[^)\n]{{0,20}}\)[ \t]*:[ \t]*"
    rf"([{UPPER}][\w'’-]+[ \t]+[{UPPER}][\w'’-]+)"
)
# Said straight after a name: ", who has cared for him since ...", "who now looks after the children".
WHO_CARES_FOR = (
    r",?[ \t]+who[ \t]+(?:has[ \t]+(?:been[ \t]+)?|now[ \t]+)?"
    r"(?:cared[ \t]+for|caring[ \t]+for|looked[ \t]+after|looking[ \t]+after|cares[ \t]+for|looks[ \t]+after)[ \t]+"
    r"(?:him|her|them|the[ \t]+(?:children|kids|boys|girls))\b"
)
CARING_FOR = re.compile(
    rf"(?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME}[^.\n]{{0,100}}?\b(?:has been |is |have been |are )?"
    # ... "Mrs Rokeya Ffug is the main applicant and looks after the children during the day"
    r"(?:looking after|looks after|caring for|cares for|taking care of|has care of)[ \t]+"
    r"(?:him|her|them|the[ \t]+(?:children|kids|boys|girls)"
    r"|an?[ \t]+(?:\d{1,2}|[a-z]+)[ \t-]+year[ \t-]+old[ \t]+(?:girl|boy|child))\b"  # "... a 13 year old girl"
    # "Craig Ffug, who has had day-to-day care of all the children since ..."
    rf"|{_NAME},?[ \t]+who[ \t]+(?:has[ \t]+had|has|had|now[ \t]+has)[ \t]+"
    r"(?:day[- ]to[- ]day[ \t]+|sole[ \t]+|full[ \t]+)?care[ \t]+of\b"
    # "his mother's partner, Darren Ffug, who has cared for him since his mum went into custody"
    rf"|{_NAME}{WHO_CARES_FOR}"
)
# "arrived to live with Mrs Akosua Ffug": the adult the child lives with, named.
LIVES_WITH_NAMED = re.compile(
    rf"\b(?:(?:live|lives|living|stay|stays|staying|placed|placement)(?:[ \t]+since[ \t]+[\w ]{{1,20}}?)?"
    # ... "are living in the flat above the car wash (Flat 1, Ffug Road) with Mr Ionut FFUG" (not "live at the
    # address with Ms Ffug": their mother, as the report's own words about her say)
    rf"(?:[ \t]+(?:in|at)[ \t]+(?:the|a)[ \t]+(?:flat|house|room|caravan|trailer|bedsit)\b[^.\n]{{0,120}}?)?"
    rf"[ \t]+with[ \t]+"
    # Welsh "yn byw gyda'i Daid, Mr Emrys Ffug" (living with his grandfather)
    rf"|(?i:byw|aros)[ \t]+(?i:gyda|efo|hefo)['’]?(?i:i|u)?[ \t]+"
    rf"(?i:Daid|Taid|Nain|Tad-cu|Mam-gu|Modryb|Ewythr|Yncl|Anti|Dad|Mam|Tad)[ \t]*,[ \t]*)"
    # "living since late March with a family friend, Ms Toni Ffug": a description set off before the name
    rf"(?:((?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:friend|relative|neighbour|carer)),[ \t]*)?"
    rf"((?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME})"
)
# "moved to a new long-term foster placement with Anwen and Huw Ffug": the foster carers, named without a title.
FOSTER_PLACEMENT_WITH = re.compile(
    rf"\b(?i:foster)[ \t]+(?i:placement|home)[ \t]+with[ \t]+"
    rf"((?:{_FIRST}[ \t]+(?:and|&)[ \t]+)?(?<![\w'’-]){_NAME})"
)
# "have been living since November with a family friend, Grace Ffug": a friend the children live with, named.
LIVES_WITH_FRIEND = re.compile(
    rf"\b(?:live|lives|living|stay|stays|staying|reside|resides|residing)(?:[ \t]+since[ \t]+[\w ]{{1,20}}?)?"
    rf"[ \t]+with[ \t]+(?:a|an|their|his|her)[ \t]+(?:close[ \t]+)?(?:family[ \t]+)?friend"
    rf"(?:[ \t]+(?:she|he|they)[ \t]+calls?[ \t]+[^,\n]{{1,20}})?,?[ \t]+{_NAME}"  # 'she calls "Auntie", Mrs X'"
)
# A grandparent writing "my grandson Finley ... My daughter Stacey Ffug took him out": the daughter is his mother.
GRANDPARENT_WRITES = re.compile(MY_GRANDCHILD, re.IGNORECASE)
# "Dad sent the email below on Friday ... > From: Mark Ffug": a parent's pasted mail names them in its header
PARENT_SENT_BELOW = re.compile(
    rf"\b((?i:mum|mam|mother|dad|father|tad))[ \t]+(?:has[ \t]+)?(?i:sent|emailed|e-mailed|wrote|forwarded)\b"
    rf"[^\n]{{0,200}}(?:\n[^\n]*){{0,3}}?\n[ \t>]*From[ \t]*:[ \t]*{_NAME}[ \t]*(?:<[^>\n]*>)?[ \t]*\n"
)
# ... as does "With mum's consent I'm forwarding the email below", past the forwarder's signature
PARENT_FORWARDED_BELOW = re.compile(
    rf"\b((?i:mum|mam|mother|dad|father))['’]s[ \t]+(?i:consent|permission|agreement)\b[^\n]{{0,40}}\b(?i:forward\w*)"
    rf"[^\n]{{0,500}}(?:\n[^\n]*){{0,12}}?\n[ \t>]*From[ \t]*:[ \t]*{_NAME}[ \t]*(?:<[^>\n]*>)?[ \t]*\n"
)
MY_CHILD_NAMED = re.compile(rf"\b(?i:my)[ \t]+((?i:daughter|son))[ \t]*,?[ \t]+{_NAME}")
# A parent's partner is no carer unless said to be: "Mum lives with her partner Ashley Ffug (Poppy's stepfather)".
PARTNER_BEFORE = re.compile(
    r"\b(?:her|his|mum['’]s|dad['’]s|mother['’]s|father['’]s)[ \t]+(?:new[ \t]+)?(?:partner|boyfriend|girlfriend)"
    r",?[ \t]*$",
    re.IGNORECASE,
)
# "Macsen lives with my daughter, Siân Ffug": the writer's son or daughter is the child's parent.
WITH_MY_CHILD = re.compile(
    rf"\b(?:lives?|living|staying|stays)[ \t]+with[ \t]+(?:my|fy)[ \t]+((?i:daughter|son|merch|ferch|mab|fab))"
    rf"[ \t]*,?[ \t]*{_NAME}"
)
# "The head of household is Mrs Saba Ffug", "My tenant Mrs Karen Ffug has left": the adult in charge of the family.
HEAD_OF_HOUSEHOLD = re.compile(
    rf"\b(?i:head[ \t]+of[ \t]+(?:the[ \t]+)?household|householder|lead[ \t]+tenant|main[ \t]+carer|primary[ \t]+carer"
    # "the tenant at 7 Ffug Park, Newport NP19 0ZZ, Ms Ivana Ffug, appears to have abandoned the property"
    rf"|(?:my|our|the)[ \t]+(?:tenant|client|service[ \t]+user)(?:[ \t]+at[ \t]+[^()\n:]{{5,70}}?,)?"
    # "The tenancy is in the name of Ms Kayleigh Ffug. The household members listed on our tenancy file are: ..."
    rf"|tenancy[ \t]+(?:is|was)[ \t]+(?:held[ \t]+)?in[ \t]+the[ \t]+name[ \t]+of|tenancy[ \t]+holder)"
    rf"[ \t]*[,:]?[ \t]+(?:is[ \t]+)?((?:Mrs|Ms|Miss|Mr))\.?[ \t]+{_NAME}"
)
# "I'm supporting Danielle Ffug, who is in treatment with us", "I support Lee Ffug ... about his son Callum": the
# adult a worker supports, a parent when they share the children's surname (read in carer_candidates)
SUPPORTING = re.compile(
    rf"\b(?:I(?:['’]m|[ \t]+am)[ \t]+(?:currently[ \t]+)?(?:supporting|working[ \t]+with)"
    rf"|I[ \t]+(?:support|work[ \t]+with)"
    # "I've recently started working with Andre Ffug"
    rf"|I['’]ve[ \t]+(?:recently[ \t]+|just[ \t]+)?(?:started[ \t]+)?(?:been[ \t]+)?(?:supporting|working[ \t]+with))"
    rf"[ \t]+{_NAME}"
)
# "Mr Oluwaseun Ffug (lone parent) presented as homeless", "Andre Ffug, a single dad who moved to Wrexham": a parent
# by their own household's words
LONE_PARENT = re.compile(
    rf"((?:Mrs|Ms|Miss|Mr)\.?)?[ \t]*{_NAME}(?:[ \t]*\(|,[ \t]+an?[ \t]+)(?i:lone|single)[ \t]+"
    r"((?i:parent|mum|mam|mother|dad|father))\b"
)
# "His lodgings provider is Mrs Pam Ffug": an adult who is not family but looks after the child.
# ... "staying with one of our trained hosts, Mrs Pam Ffug, at ...", "Placement: supported lodgings with Mrs Ffug"
# (not "They [mum and the children] are staying with a host family, Mr and Mrs Ffug": mum is the carer)
PROVIDER = re.compile(
    rf"\b(?:(?i:(?:supported[ \t]+)?lodgings[ \t]+provider|host(?:[ \t]+family)?|private[ \t]+foster[ \t]+carer)"
    rf"[ \t]+(?:(?i:is)[ \t]+)?"
    rf"|(?i:one[ \t]+of[ \t]+(?:our|their)[ \t]+(?:\w+[ \t]+){{0,2}}?hosts|supported[ \t]+lodgings[ \t]+with)"
    rf"[ \t]*,?[ \t]+)"
    rf"((?:Mrs|Ms|Miss|Mr)\.?[ \t]+{_NAME})"
)
# "Lives with: maternal grandmother (nain), Mrs Glenys Ffug", "Living with: Mrs Janet Ffug (family friend)"
LIVES_WITH_LABEL = re.compile(
    # ... "Staying with: Mrs Ewa Ffug – family friend, not a relative"
    rf"(?i:(?:liv(?:es|ing)|stay(?:s|ing))[ \t]+with)[ \t]*:[ \t]*"
    # "Lives with: her grandparents (Mam-gu and Tad-cu, as she calls them), Mrs Eirlys Ffug and Mr Glyn Ffug"
    rf"(?:(?:(?i:her|his|their)[ \t]+)?(?:(?i:maternal|paternal)[ \t]+)?((?i:{KIN_PATTERN}))"
    rf"(?:[ \t]*\([^)\n]*\))?[ \t]*[,:–-]?[ \t]*)?{_NAME}"
    rf"(?:[ \t]*(?:\(|[-–—,][ \t]*)((?i:family[ \t]+friend|friend|neighbour|{KIN_PATTERN}))\b)?"
)
# A parent named, then said to be one: "I'm supporting Kyle Ffug, a single dad who ...", "The booking is in the name
# of Darren Ffug, who says he is the girls' dad"
NAMED_THEN_PARENT = re.compile(
    rf"{_NAME},?[ \t]+(?:is[ \t]+)?an?[ \t]+(?:single|lone)[ \t]+((?i:mum|mam|mother|dad|father))\b"
    # "Mr Wai Keung Ffug, who lives there with his wife and their two children": he is their father
    rf"|{_NAME},?[ \t]+who[ \t]+lives[ \t]+(?:there[ \t]+)?with[ \t]+"
    r"(?:his[ \t]+(wife|partner)|her[ \t]+(husband|partner))"
    r"[ \t]+and[ \t]+their[ \t]+(?:(?:two|three|four|\d)[ \t]+)?(?:children|kids)\b"
    rf"|{_NAME},?[ \t]+who[ \t]+(?:says|said|claims|claimed|states|stated)[ \t]+(?:he|she)[ \t]+is[ \t]+"
    r"(?:the|their)[ \t]+"
    r"(?:(?:girls|boys|children|kids)['’][ \t]+|(?:child|girl|boy)['’]s[ \t]+)?((?i:mum|mam|mother|dad|father))\b"
)
# "I spoke with Bridget Ffug, mam of:" (the children listed below), "Kelly Ffug, the mother of Jac and Mia"
PARENT_OF = re.compile(rf"{_NAME},?[ \t]+(?:the[ \t]+)?((?i:mum|mam|mother|dad|father))[ \t]+(?:of|to)\b")
# A household list's row for its adult: "Chantelle Ffug - lead applicant (mum)", "Danielle Ffug - applicant (mother) -
# DOB 02/03/1990", "Fadumo Ffug (lead tenant)" above the children's rows
HOUSEHOLD_ADULT_ROW = re.compile(
    rf"(?:^|\n)[ \t]*{_NAME}[ \t]*(?:[-–:][ \t]*(?:[a-z][a-z ]{{1,30}}?)[ \t]*\(((?i:mum|mam|mother|dad|father))\)"
    r"|\((?i:lead|main|sole)[ \t]+(?i:tenant|applicant)\))[ \t]*(?:[-–,][^\n]*)?$",
    re.MULTILINE,
)
# "Darren's partner, Nicola Ffug, lives at the address with their two children": the other parent, who has them
PARTNER_WITH_THEIR_CHILDREN = re.compile(
    rf"\b[{UPPER}][\w'’-]+['’]s[ \t]+((?i:partner|wife|husband|girlfriend|boyfriend)),?[ \t]+{_NAME},?[ \t]+"
    r"(?:lives|is[ \t]+living|stays|is[ \t]+staying)\b[^.\n]{0,60}?\bwith[ \t]+(?:their|the)[ \t]+"
    r"(?:(?:two|three|four|five|\d)[ \t]+)?(?:children|kids)\b"
)
# "Main carer: Mum - Ana Paula Ffug": the relationship, then the name, after the label
# ... "Carer in Penarth: maternal grandmother, Mrs FFUG Xiaoling"
LABEL_KIN_NAME = re.compile(
    rf"(?:^|\n)[ \t]*(?i:(?:main|primary|sole)[ \t]+)?(?i:carer|parent/carer|contact)"
    rf"(?:[ \t]+in[ \t]+[{UPPER}][\w'’-]+)?[ \t]*:[ \t]*"
    rf"((?i:{KIN_PATTERN}))[ \t]*[-–:,][ \t]*{_NAME}"
)
# "Placed Leanne Ffug + 2 children at Ffug Guest House": the adult placed with the children
NAME_PLUS_CHILDREN = re.compile(
    rf"(?:(?i:placed|housed|accommodated)[ \t]+)?{_NAME}[ \t]*(?:\+|&)[ \t]*"
    r"(?:\d|two|three|four)[ \t]+(?:children|kids)\b"
)
# "Mrs Zainab Ffug with children Ahmed (14), ...": the titled adult the children came with.
TITLED_WITH_CHILDREN = re.compile(
    # "Household: Mr Darren Ffug (lone parent) and his three sons"
    # ... "Mr Florin Ffug is a lone parent with three children:"
    rf"((?:Mrs|Ms|Miss|Mr))\.?[ \t]+{_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?"
    rf"(?:[ \t]+is[ \t]+a[ \t]+(?:lone|single)[ \t]+(?:parent|father|mother|dad|mum))?[ \t]+(?:and|with)[ \t]+"
    rf"(?:(?:her|his|the|their)[ \t]+)?"
    rf"(?:(?:two|three|four|\d)[ \t]+)?(?:children|kids|sons|daughters)\b"
)
# "Kerry-Ann Ffug lived there with her two children", "My sister Róisín Ffug moved to Wales in July with her new
# partner, Gavin, and her three children", "Ffion Ffug has worked for us since April and lives in a caravan with
# her two children": the parent the children live with
WITH_HER_CHILDREN = re.compile(
    # (not the surname after a nickname in brackets: "Katarzyna (Kasia) Ffugak, lives ...")
    # ... past her own date of birth in brackets: "The occupant, Jade FFUG (DOB 11/04/1994), moved ..."
    rf"(?<!\)[ \t]){_NAME}(?:[ \t]*\([^()\n]{{1,30}}\))?,?[ \t]+(?:[^.\n]{{0,60}}?\band[ \t]+)?"
    r"(?:lived|lives|is[ \t]+living|was[ \t]+living|moved|has[ \t]+moved|came|arrived|left)\b"
    # ... "My daughter-in-law, Siân Ffug, moved down to Newport with the children": who they are with, of either sex
    # (past an abbreviation's full stop: "moved to the address approx. 3 weeks ago ... with her two children")
    rf"(?:[^.\n]|(?<=approx)\.){{0,80}}?\bwith\b(?:[^.\n]{{0,40}}?\b(her|his)|[ \t]+the)[ \t]+"
    rf"(?:(?:two|three|four|five|\d)[ \t]+)?"
    r"(?:children|kids|sons?|daughters?|boys|girls)\b(?!['’])"  # "... from Manchester with her son and daughter"
)
# "I've been helping a client, Danielle Ffug, with rent arrears. She and her two children lost their tenancy",
# "One of my customers, Roisin Ffug, ... mentioned that her two children haven't been in school", "a new tenancy with
# Mrs Ngozi Ffug at ... She has moved from Gloucester with her two sons": the one named (set off by a comma, or
# with a title), then said to be with her children in that sentence or the next
SHE_AND_HER_CHILDREN = re.compile(
    # the name set off by commas after a client or the like ("a client, Danielle Ffug, ..."), or with a title, or
    # straight after "tenant" and the like
    rf"(?:\b(?i:client|customer|claimant|tenant|patient|resident|service[ \t]+user)s?,[ \t]*(?={_NAME_AHEAD},)"
    rf"|(?=(?:Mrs|Ms|Miss|Mr)\.?[ \t])|(?<=tenant[ \t])|(?<=client[ \t])"
    rf"|(?<=claimant[ \t])|(?<=customer[ \t])|(?<=patient[ \t])|(?<=tenant was )|(?<=I work with )|(?<=I saw )"
    rf"|(?<=working with )"
    rf"|(?<=I visited ))"
    rf"{_NAME}\b[^.\n]{{0,120}}?"
    # ... "... in August. During her appointment today she mentioned that her two younger children", "our tenant
    # Jodie Ffug at Flat 6, ... this morning. Both her children were at home"
    # (no other name between: not "Next door (Mrs Ffug at no. 29) says Kelly-Anne left ... with her boys")
    # ... "Mr Ffug, has brought his two sons with him", "has been unwell since the birth of her youngest"
    r"(?:\b(?:that|and|says|said|brought|brings|birth[ \t]+of|with)[ \t]+(?:(?:(?!\b[A-Z][a-z])[^.\n]){0,40}?[ \t])?"
    # ... "I support Mr Ffug, who is in treatment. He has had sole care of his two children"
    # (a house number's "no. 29" ends no sentence)
    r"|(?<!\bno)(?<!\bNo)\.\s+(?:[^.\n]{0,160}\.\s+)?"
    # ... "Two of her children, Connor ..."
    r"(?:[^.\n]{0,120}?\b(?:and|with|that|care[ \t]+of)[ \t]+|Both[ \t]+|(?:Two|Three|Four|All)[ \t]+of[ \t]+))"
    r"(her|his)[ \t]+(?:(?:two|three|four|five|\d)[ \t]+)?(?:(?:younger|older|eldest|youngest)[ \t]+)?"
    # "I work with Joanne Ffug, ... her daughter Amber", "I saw Courtney Ffug ... for a review of her youngest"
    r"(?:children|kids|sons?|daughters?|boys|girls|youngest|eldest|oldest)\b"
)
# "Mum seems nice (her name is Jade)": the name given in an aside after the relationship
# ... "no answer on Mam's phone (Ffion ap Ffug 07700 900562)": the name given with the relative's number
KIN_NAME_ASIDE = re.compile(
    rf"\b((?i:mum|mam|mother|dad|father|nan|nain|gran|grandmother|grandad|taid))\b"
    rf"(?:[^.\n(]{{0,25}}\((?i:(?:her|his)\s+name\s+is|called|named)\s+{_NAME}\)"
    rf"|['’]s[ \t]+(?i:phone|mobile|number)[ \t]*\([ \t]*{_NAME}(?=[ \t,:-]*(?:0|\+44)\d))"
)
# "I did a new birth visit yesterday to Mrs Mandy Ffug at ...": the mother of the new baby, and of its siblings
BIRTH_VISIT_TO = re.compile(
    rf"\b(?i:(?:new\s+)?birth\s+visit)\b[^.\n]{{0,20}}?\bto\s+((?:Mrs|Ms|Miss)\.?[ \t]+{_NAME})"
)
# "Kevin Ffug's son Cian (DOB ...)": the parent named with the child (which parent, the words do not say)
PARENT_POSSESSIVE = re.compile(
    rf"{_NAME}['’]s[ \t]+(?:(?:eldest|oldest|youngest|older|younger|little|only|two|three|\d)[ \t]+)?"
    r"(?:son|daughter|sons|daughters|children|kids)\b"
)
# "I'm the Housing Options officer working with Ms Danielle Ffug, who we placed ...": the family's adult, the client.
CLIENT = re.compile(
    rf"\b(?:working[ \t]+with|supporting|(?:case|key|support)[ \t]*worker[ \t]+(?:for|to))[ \t]+"
    rf"((?:Mrs|Ms|Miss|Mr)\.?)[ \t]+{_NAME}"
)
# "my ex partner Kayleigh Ffug has took our 2 girls": the other parent, who has the children now.
# ... "My ex partner Leanne Ffug has moved the kids down to Tenby"; a grandparent's "My son Huw died ... His wife
# Catrin has since taken my grandchildren ... out of Ysgol Ffug"
TOOK_OUR_CHILDREN = re.compile(
    rf"\b(?:ex[- ]?|(?<=\bhis[ \t])|(?<=\bher[ \t]))(partner|wife|girlfriend|husband|boyfriend)[ \t]+{_NAME}[ \t]+"
    r"(?:has[ \t]+)?(?:since[ \t]+|now[ \t]+)?(?:took|taken|got|moved)[ \t]+"
    r"(?:our|the|my)[ \t]+(?:(?:two|three|four|\d)[ \t]+)?"
    r"(?:kids|children|grandchildren|girls|boys|son|daughter|sons|daughters)\b",
    re.IGNORECASE,
)
# Relationship without a name: "mum says", "lives with his dad", "Dad only speaks Arabic".
# "Mum's number is dead": a possessive before contact details still says there is a mum.
BARE = re.compile(rf"(?<![\w'’-])({KIN_PATTERN})(?!['’]s\b(?![ \t]+(?:number|phone|mobile|mob|email)\b))\b")
# "a male, Craig FFUG, ... He had two children with him ... and stated he is their father": the relationship said
# by the person named before it (found in carers.py).
SAID_TO_BE_PARENT = re.compile(
    r"\b(?:stated|said|says|confirmed|told (?:me|us|officers))[ \t]+(?:that[ \t]+)?"
    r"(he|she)[ \t]+(?:is|was)[ \t]+(?:their|his|her)[ \t]+(father|dad|mother|mum|mam)\b"
)
# A council web form filled in by a relative: "Your name: Maricel Ffug" ... "Your relationship to the child: Aunt".
FORM_FILLER = re.compile(
    rf"(?im)^[ \t]*Your[ \t]+(?:full[ \t]+)?name[ \t]*:[ \t]*{_NAME}[ \t]*\n"
    rf"(?:[^\n]*\n){{0,3}}?[ \t]*Your[ \t]+relationship[^:\n]{{0,30}}:[ \t]*({KIN_PATTERN})\b"
)
