"""Siblings a report names but does not refer: in school and attending, already dealt with, or not of compulsory
school age (a four-year-old at nursery, a sixteen-year-old at college or at work).

A report about a family names every child in it; only the ones out of education are the referral. What settles a
sibling is said in the words after their name, up to the end of the sentence (or of their list item) or the next
person named, whichever comes first. A report whose every child reads as settled is still a report about them, so
nobody is dropped then.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from nlp.lexicon import SIBLING_AFTER_AND, sentence_end
from nlp.validators import age_on

if TYPE_CHECKING:
    from nlp.children import Child

# In school and attending: "attends Ffug Primary and goes every day", "IS going in", "Poppy's in school fine".
_ATTENDING = (
    r"\b(?:is|are)\s+attending(?:\s+(?:school|fine|well|regularly|every\s+day)){0,2}"  # "is attending school well"
    r"(?:\s+(?:as\s+(?:normal|usual)|normally))?\s*(?:[-–,.;)]|$)"  # "is attending school as normal"
    # "is attending Ffug Primary", "is already attending Ysgol Ffug"
    r"|\bis\s+(?:already\s+|now\s+)?attending\s+(?:[\w'’-]+\s+){1,4}(?:Primary|School|High|Comprehensive|Comp|Academy"
    r"|Nursery)\b|\bis\s+(?:already\s+|now\s+)?attending\s+Ysgol\b"
    # "is attending Tonyrefail with no issues"
    r"|\bis\s+attending\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:with\s+no\s+(?:issues|problems|concerns)"
    r"|well|fine|regularly|every\s+day)\b"
    r"|\battends?\b[^.;\n]{0,60}?\b(?:well|fine|every\s+day|daily|regularly|happily)\b"
    r"|\battend\s+(?:[\w'’-]+\s+){1,4}and\s+(?:are|is)\s+not\b"  # "Stefan and Larisa, attend Ysgol Ffug and are not"
    # "IS still attending", not "I don't know if they are still attending"
    r"|\b(?:is|are)\s+still\s+attending\b(?<!if he is still attending)(?<!if she is still attending)"
    r"(?<!if they are still attending)(?<!whether they are still attending)|\bcontinues?\s+to\s+attend\b"
    r"|\bis\s+staying\s+(?:in|at)\s+(?:school|(?-i:[A-Z]))"  # "Mia is staying in school as she is happy there"
    r"|\b(?:now\s+)?goes\s+to\s+school\s+in\s+(?-i:[A-Z])|\bnow\s+goes\s+to\s+(?-i:[A-Z])"  # "in Rotherham"
    # "Gwion (12), who lives with his dad in Cardiff and goes to school there"
    # (not "told the school ... that Gwenllian would go to school there": what was said would happen)
    r"|(?<!\bwould\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bto\s)\bgo(?:es)?\s+to\s+school\s+(?:over\s+)?there\b"
    # "her sister's children, Ana and Matei, who are visiting from Romania for the holidays"
    r"|\bvisiting\s+(?:from|for\s+the\s+(?:holidays?|summer))\b"
    r"|\breport(?:s|ed)?\s+no\s+concerns\b"
    # "Brother Bilal (Yr 6) came back on the 14th with an uncle and is in class", "... and in school as normal"
    r"|(?:\band|&)\s+(?:is\s+)?(?:back\s+)?in\s+(?:class|school)(?:\s+as\s+(?:normal|usual))?\s*(?:[,.;]|$)"
    # "... Can we refer Sofia as DNA? Lucas is fine.": a sentence that says only that
    r"|^[ \t]+is\s+(?:absolutely\s+|totally\s+)?fine\s*[.!]?\s*$"
    # "is staying with an uncle & still going to Ffug Community School"
    r"|\bstill\s+going\s+to\s+(?-i:[A-Z])[^.?\n]{0,40}\b(?:School|Primary|High|Comp|Comprehensive|Academy)\b(?!\s*\?)"
    # "Beatriz is fine btw, attendance great"
    r"|\bis\s+fine\b[^.\n]{0,10}?,?\s+attendance\s+(?:is\s+)?(?:great|good|excellent|fine|brilliant)\b"
    # "told me he attends Ysgol Ffug and was on his way back from the dentist; I confirmed this with the school"
    # ... "said he attends Ffug High - I checked with the school and this was correct"
    r"|\battends\b[^.\n]{0,120}?\b(?:(?:I|we)\s+(?:have\s+)?(?:confirmed|checked)\s+(?:this|that)\s+with\s+(?:the\s+)?school"
    r"|checked\s+with\s+the\s+school\s+and\s+(?:this|that|it)\s+(?:was|is)\s+(?:correct|true|right))\b"
    r"|\ball\s+(?:fine|good|ok)\s+with\s+(?:her|him)\b"  # "Mia Ffug in Y2 (on roll here, all fine with her)"
    # "was admitted to Ffug Comprehensive on 11th September and is settling well" (not settling into a foster home)
    r"|\b(?:admitted|started|joined|enrolled)\b[^.;\n]{0,80}\b(?:settling|settled)\s+(?:in\s+)?well\b"
    r"|\b(?:settling|settled)\s+(?:in\s+)?well\s+(?:at|in(?:to)?)\s+(?:school|class|(?-i:[A-Z]))"
    # "Their brother Elis is still going to Ffug Comp", "is still getting to Ffug High on the school bus"
    r"|\b(?:is|are)\s+still\s+(?:going\s+to|getting\s+to|at)\s+(?-i:[A-Z])"
    # "his sister Chipo (6), who is still going to school most days as a family friend takes her"
    r"|\b(?:is|are)\s+still\s+going\s+to\s+school\s+(?:most|every)\s+days?\b"
    r"|\battending\s+(?:fine|well|ok|okay|regularly|every\s+day|normally|as\s+normal)\b|\battendance\s+is\s+(?:fine|good|ok|excellent)\b"
    # "hasn't missed a day", "has full attendance", "98% attendance", "is still coming to school"
    r"|\bha(?:s|ve)n['’]?t\s+missed\s+a\s+day\b|\b(?:has|have)\s+(?:full|100%|good|excellent)\s+attendance\b"
    r"|\b(?:9\d|100)\s*%\s+attendance\b|\b(?:is|are)\s+still\s+coming\s+(?:in(?:to)?|to)\s+school\b"
    r"|\bgoes\s+(?:to\s+[^.;\n]{0,60}?)?every\s+day\b|\bin\s+(?:school\s+)?every\s+day\b"
    # "Older brother Yusuf (Y6) is in with us at Emmanuel every day"
    r"|\b(?:is|are)\s+in\s+with\s+us\s+(?:at\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?every\s+day\b"
    r"|\b(?:is|he['’]s|she['’]s)\s+in\s+today\b"  # "Mason is ours and he's in today"
    r"|\bIS\s+in(?=\s*(?:&|and\s|,|;|\.|$))"  # "His big sister Sagal (Y9) IS in & says they're moving"
    # "Hemin FFUG (8, attends Hafren Junior School)", "His sister Elin (Yr2) has been back in since last week"
    r"|^[ \t]*\([ \t]*(?:aged?[ \t]+)?\d{1,2}[ \t]*,[ \t]*(?:attends|goes[ \t]+to|is[ \t]+at)[ \t]+(?-i:[A-Z])"
    r"|\b(?:has\s+been|is)\s+back\s+in\s+(?:school\s+)?(?:since|every\s+day|now|full[- ]time)\b"
    # "Brothers Bilal (Y8) & Usman (Y7) came back last week and are in school, Saima didn't"
    r"|\b(?:came|come|got)\s+back\b[^.;\n]{0,30}?\band\s+(?:are|is)\s+(?:back\s+)?in\s+school\b"
    # "so she isn't missing any school", "is staying with Nain so he's still with us here at Ysgol Ffug"
    r"|\b(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+missing\s+(?:any\s+)?school\b"
    r"|\b(?:is|he['’]s|she['’]s)\s+still\s+with\s+us\b|\bis\s+back\s+with\s+us\b"  # "cousin Jac (Y5) is back with us"
    r"|\bwith\s+us\s+(?:is|are)\s+back\b"  # "Brother Farhan in Yr 11 with us IS back"
    # "Mrs Ffug's own children (Tomos, 10, and Dewi, 8) attend Ysgol Ffug" (not "both attend Ffug Primary": said of
    # the referred children's school before they moved)
    r"|\)\s+attend\s+(?-i:[A-Z])"
    # a school's "her older brother (Mohamed, Yr 2) is on our roll too"
    r"|\b(?:is|are)\s+(?:also\s+on\s+our\s+roll|on\s+our\s+roll\s+(?:too|as\s+well))\b"
    # "has a place at Ffug High and goes in", "is no concern to us", Welsh "yn mynychu Ysgol Ffug yn iawn" (attends
    # ... fine) and "yn mynd i'r ysgol bob dydd" (goes to school every day)
    r"|\band\s+goes\s+in\b|\b(?:is|are)\s+(?:of\s+)?no\s+concern\b"
    r"|\byn\s+mynychu\b[^.;\n]{0,60}?\byn\s+(?:iawn|dda|rheolaidd)\b|\byn\s+mynychu['’]n\s+(?:dda|iawn|rheolaidd)\b|\byn\s+mynd\s+i['’]r\s+ysgol\s+bob\s+dydd\b"
    # "yn parhau i fynychu'r ysgol" (goes on attending the school)
    r"|\byn\s+parhau\s+i\s+fynychu\b"
    # "His older sister Sofia (14) starts at Ffug High next week, so that one seems to be sorted"
    # ... "Jayden (10) is starting at Ysgol Ffug on Monday as they had a space"
    r"|\b(?:starts?|is\s+starting)\s+at\s+(?-i:[A-Z])[^.;\n]{0,40}?\b(?:next\s+week|tomorrow|this\s+week|on\s+\w+day)\b"
    r"|\bseems?\s+to\s+be\s+sorted\b"
    # "His sister Safiya (Y7) will remain at Ysgol Ffug"
    r"|\bwill\s+(?:remain|stay|continue)\s+(?:at|in)\s+(?-i:[A-Z])"
    # "Mihai, 15 - he already started at Ffug Community School in February and is going every day"
    r"|\b(?:is|are)\s+(?:still\s+)?going\s+(?:in\s+|to\s+(?-i:[A-Z])[\w'’ -]{0,40}?\s+)?"
    r"(?:every\s+day|daily|regularly)\b"
    r"|\balready\s+started\s+(?:at|in|with)\b"
    # "Tyler Ffug, 14 - dad says he is still getting the bus to Ffug High School and wants to stay there"
    r"|\bstill\s+(?:getting|catching|taking)\s+the\s+(?:bus|train|taxi)\s+to\b|\bwants?\s+to\s+stay\s+there\b"
    r"|\bstill\s+travell?ing\s+(?:back\s+)?to\b"  # "Liban is still travelling back to Ffug High School each day"
    # "Grace Ffug in my Yr 5 class mentioned her little brother Oscar stays home": the pupil who told, in class
    r"|^\s+in\s+(?:my|our)\s+(?:(?:Y|Yr|Year)\s*\d{1,2}\s+)?class\s+(?:mentioned|said|told)\b"
    # "(her daughter Hiba is in my class)", "(Maisie's in my Y3 class)"
    r"|(?:\bis|['’]s)\s+in\s+(?:my|our)\s+(?:(?:Y|Yr|Year)\s*\d{1,2}\s+)?class\b"
    r"|\b(?:is|are)\s+(?:still\s+)?going\s+in\b(?!\s*to\b)|\bstill\s+(?:coming|going)\s+in\b"
    r"|\bis\s+(?:back\s+)?in\s+school\b(?!\s+records?)|\bis\s+already\s+(?:in|at)\b"
    # "Tyson Ffug (Y1) is STILL IN", "Ola Ffug (Y4) started with us last month"; not "is still in Bangladesh"
    r"|\b(?:is|are)\s+still\s+in\b(?!\s+(?:touch|contact|hospital|the\b|(?-i:[A-Z])))|(?<!should['’]ve\s)(?<!should\shave\s)(?<!never\s)(?<!not\s)(?<!n['’]t\s)\bstarted\s+(?:with|w/)\s*us\b"
    # "younger brother Zain (8, attending Ffug Primary)"; "Alfie ... has been attending since 7 September"
    r"|\(\s*(?:\d{1,2}\s*,\s*)?attending\s+(?:(?-i:[A-Z])[\w'’-]+\s*){1,4}\)"
    r"|\b(?:has|have)\s+been\s+attending\s+since\b(?![^.;\n]{0,40}\bbut\b)"
    # (not "doesn't know when he's back")
    r"|(?<!\bwhen\s)(?<!\bwhen\she)(?<!\bwhen\sshe)(?<!\buntil\s)(?<!\buntil\she)(?<!\buntil\sshe)(?<!\bif\s)"
    r"\b(?:is|he['’]s|she['’]s|['’]s)\s+(?:back|sorted)(?:\s+(?:in|at)\s+(?:school|class))?\s*(?:[-–,.;)!]|and\b|$)"
    r"|\b(?:is|he['’]s|she['’]s|['’]s)\s+(?:actually\s+)?in\s+(?:fine|every\s+day|school\s+fine)\b"  # "(he's in fine)"
    r"|\bstarted\s+at\s+[^.;\n]{0,60}?\b(?:ago|last\s+week|this\s+week|on\s+\w+day)\b|\bsettl(?:ing|ed)\s+in\b"
    # "has chosen to go to school and started at Ffug High School in September" (not "never started at ...")
    r"|(?<!\bnever\s)(?<!\bnot\s)(?<!n['’]t\s)\bstarted\s+at\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}(?:School|High|Primary|Academy|Comprehensive)(?:\s+School)?"
    r"\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?![^.;\n]{0,12}\bbut\b)"  # (not "started at Ffug School in September 2036 but only attended eleven days")
    # "The eldest, Oliwia (15), has started at Ffug School.", "... has started at Ysgol Gyfun Ffug"
    # (not "should have started at Ysgol Ffug in September")
    r"|(?<!should\s)(?<!would\s)(?<!could\s)(?<!might\s)(?<!must\s)\b(?:has|have)\s+(?:now\s+|already\s+)?started\s+at\s+"
    r"(?:(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}"
    r"(?:School|High|Primary|Academy|Comprehensive|College)\b|Ysgol\b)(?![^.;\n]{0,30}\bbut\b)"
    # "Her brother Bilal (Year 8) returned and started back in September"
    r"|\bstarted\s+back\s+(?:in|on|at|with|after)\b"
    # "mum says he is already going to Ffug School on the bus"
    r"|\b(?:is|are)\s+(?:already|now)\s+going\s+to\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}"
    r"(?:School|High|Primary|Academy|Comprehensive)\b"
    r"|(?<!we\s)(?<!they\s)\bcame\s+back\s+with\b|\bis\s+staying\s+with\s+us\b|\bis\s+still\s+with\s+us\b|\bno\s+problems?\s+(?:at|in|with)\s+school\b"
    # "to start her eldest with us - Tobi Ffug, Y3, starting tomorrow": a place taken up (not a claim in quotes:
    # 'mum says he's "starting next week" but she said that last week too')
    r"|(?<!due\s)(?<!not\s)(?<![\"“‘'])\bstarting\s+(?:with\s+us\s+|here\s+)?(?:tomorrow|on\s+Monday|next\s+week)\b"
    # "Jac Ffug (12) is in Year 7 at Ysgol Ffug and doing well"
    r"|\b(?:and|is|he['’]s|she['’]s)\s+doing\s+(?:really\s+|very\s+)?(?:well|fine|great)\b"
    # a thread's "Update - Mason Ffug arrived this morning :tada:": the pupil has turned up at school
    r"|\b(?:arrived|turned\s+up|came\s+in)\s+(?:this\s+morning|today)\b"
    # "has got himself a place at Ffug School and started last week"
    r"|\bstarted\s+(?:there\s+)?(?:last\s+week|this\s+week|yesterday|today)\b"
    r"|\bnot\s+affected\b|\bunaffected\b|\bso\s+(?:he|she)\s+is\s+fine\b|\bso\s+(?:he|she)['’]s\s+fine\b"
    # "is on roll at Ffug High and attends.", "is registered at Ffug Primary and attending"
    r"|\band\s+(?:still\s+)?(?:attends|attending)\s*(?:[.;,)]|$)"
    # "His sister Mia (8) is home educated": educated otherwise, not missing
    r"|\b(?:is|are|(?:has|have)\s+been)\s+(?:being\s+)?(?:electively\s+)?home[- ]educated\b"
    r"|\bregistered\s+(?:with|as)\s+(?:the\s+)?(?:EHE|elective\s+home\s+educat)"  # "- registered with the EHE team"
    r"|\bhas\s+an?\s+EHE\s+plan\b|\bknown\s+to\s+(?:the\s+)?EHE\b|\bEHE\s+(?:team|service|officer)\s+(?:are|is)\s+aware\b"
    # "is fine at school", "has a reduced timetable at Ffug High which he attends", "still attends Ffug High"
    r"|\bis\s+(?:fine|happy|settled|doing\s+well)\s+(?:at|in)\s+(?:school|class|(?-i:[A-Z]))"
    r"|\bwhich\s+(?:he|she)\s+attends\b|\bstill\s+attends\b|\band\s+attends\s+(?:school\b|(?-i:[A-Z]))"
    r"|\b(?:is|are)\s+(?:still\s+)?going\s+to\s+school\s*(?:[.;,)!]|$|\s+(?:every|daily|regularly|fine|ok|well|as\s+normal)\b)"
    # "has been staying with her aunt so she can carry on at Ysgol Ffug"
    r"|\bso\s+(?:he|she|they)\s+can\s+(?:carry\s+on|stay|continue|keep\s+going)\s+(?:at|in)\s+(?-i:[A-Z])"
    # "has been attending as normal since half term"; "is staying with her Nan & still attending Ffug High"
    r"|\b(?:has|have)\s+been\s+attending\s+(?:as\s+(?:normal|usual)|normally|well|fine|regularly|every\s+day)\b"
    r"|(?:&|\band)\s+(?:is\s+)?still\s+attending\s+(?-i:[A-Z])"
    # "has chosen to stay with his father and remains at Ffug High" (not "remains at Ffug High but has not attended")
    r"|\bremains?\s+(?:on\s+roll\s+)?at\s+(?-i:[A-Z])(?![^.;\n]{0,40}\bbut\b)"
    # Welsh "eisoes wedi dechrau yn Ysgol Ffug" (has already started at Ysgol Ffug)
    r"|\beisoes\s+wedi\s+(?:dechrau|cychwyn)\b"
    # "Ei chwaer fawr Isla wedi dechrau yn Ardudwy, dim problem yn fanno" (has started at Ardudwy, no problem there)
    r"|\bwedi\s+(?:dechrau|cychwyn)\s+yn\s+(?-i:[A-Z])(?![^.;\n]{0,40}\bond\b)|\bdim\s+problem(?:au)?\b"
    # ... "returned to school on 6 November"
    r"|\breturned\s+to\s+school\s+(?:(?:last|this)\s+week|yesterday|today|on\s+\w+day"
    r"|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])[a-z]+)\b"
    # a truancy sweep's "is a pupil at Ysgol Ffug and was returned to school": on a roll, and taken back there
    r"|\b(?:was|were)\s+(?:returned|taken\s+back)\s+to\s+(?:school|class)\b"
    # taught elsewhere: "is receiving home tuition", "has tuition arranged" (not "no tuition arranged")
    r"|\b(?:is|are)\s+(?:now\s+)?receiving\s+(?:home\s+|hospital\s+)?tuition\b|(?<!no\s)\btuition\s+(?:arranged|in\s+place)\b"
    r"|\b(?:is|are)\s+in\s+(?:the\s+)?hospital\s+school\b|\b(?:getting|gets|receives)\s+tuition\b"
    # "off roll with a known destination", "both have suitable education in place", "on our EHE register"
    r"|(?<!no\s)(?<!without\s)(?<!without\sa\s)\bknown\s+destination\b"
    r"|\bsuitable\s+education\s+(?:in\s+place|is\s+being\s+provided)\b|\bon\s+(?:our|the)\s+EHE\s+register\b"
    # "attends Ysgol Ffug, no concerns raised", "attends full time", "attending his mornings fine, no issue"
    r"|\battends\s+(?-i:[A-Z])[^.;\n]{0,40}?,?\s+no\s+concerns\b|\battends\s+(?:\w+\s+)?full[- ]time\b"
    r"|\battending\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:fine|well|ok)\b"
    # "has been attending Ffug High School since January", "he is happy there"
    r"|\b(?:has|have)\s+been\s+attending\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,5}since\b|\b(?:is|are)\s+happy\s+there\b"
    # "in Y5 is absolutely fine, 96% this year, no concerns at all", "Ffug Primary, attendance 98%"
    r"|\bis\s+(?:absolutely\s+|totally\s+|perfectly\s+)?fine\b[^.;\n]{0,40}?\bno\s+concerns\b"
    r"|\b(?:9\d|100)\s*%\s+(?:this|last)\s+(?:year|term)\b|\battendance\s+(?:is\s+|of\s+)?(?:9\d|100)\s*%"
    # "the school confirm he's attending", "they confirmed he is on roll" (and marked absent today: truanting)
    r"|\bconfirm(?:s|ed)?\s+(?:that\s+)?(?:he|she|they)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:attending|on\s+roll)\b"
    r"|\b(?:has\s+)?gone\s+back\s+in\b|\bwent\s+back\s+in\s+(?:today|this\s+morning|on\s+\w+day)\b"
    # "were offered places ... and started on 10/11" (not "since term started on 4th September": the school's term)
    r"|(?<!\bterm\s)(?<!\bterms\s)\bstarted\s+(?:there\s+)?on\s+\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\bis\s+back\s+at\s+(?-i:[A-Z])"  # "Younger brother Kacper is back at Ysgol Ffug apparently"
    # "Zainab Ffug (Y3) is with us, her little brother ..." (not "is with us but hasn't been in since ...")
    r"|\bis\s+with\s+us\b(?![^.;\n]{0,40}\b(?:not|absent|since|never|hasn['’]t|isn['’]t)\b)"
    r"(?![ \t]*,?[ \t]*but[ \t]+(?:s?he|has|is|was|not)\b)"
    # ... "Lowri's brother Iolo is in Bl 1 with us and mum says he's staying" (not "Sister Zofia is in Yr 7 with us
    # too (came up from Ffug in July) & also not arrived")
    r"|\bis\s+in\s+(?:Y|Yr|Year|Bl\.?|Blwyddyn)\s?\d{1,2}\s+with\s+us\b"
    r"(?![^.;\n]{0,100}\b(?:not|absent|since|never|hasn['’]t|isn['’]t)\b)"
    r"(?![ \t]*,?[ \t]*but[ \t]+(?:s?he|has|is|was|not)\b)"
    # "Cari (Y11) is ours & attending, no issues"
    r"|\bis\s+ours\s*(?:&|and)\s*attending\b|\battending\s*,?\s+no\s+(?:issues|concerns|problems)\b"
    # a truancy patrol's "Tayla is on roll at Ffug School; we took her back to school": a truant, not missing
    r"|\b(?:took|taken|returned)\s+(?:him|her|them)\s+(?:back\s+)?to\s+(?:school|class)\b"
    # "... confirmed he should have been in school and he was returned there"
    r"|\b(?:he|she|they)\s+(?:was|were)\s+(?:taken\s+back|returned)\s+(?:there|to\s+(?:school|class))\b"
)
# Someone's case already, or left out of this referral in so many words.
_NOT_THIS_REFERRAL = (
    r"\balready\s+(?:been\s+)?(?:registered|referred|on\s+roll|enrolled|being\s+(?:dealt|seen)|dealing|known\s+to\s+you)"
    r"|\byou['’]re\s+already\b|\bno\s+(?:further\s+)?action\s+(?:is\s+)?(?:needed|required)\b"
    r"|\bhas\s+a\s+place\s+at\b[^.;\n]{0,60}\bstart(?:s|ing|ed)\b|\b(?:they['’]ll|will)\s+sort\s+(?:him|her)\b"
    r"|\b(?:doing|making|done|made)\s+(?:their|a|an)\s+(?:own|separate)\s+referral\b"
    # "I have spoken to the head there and she will send a separate referral"
    r"|\b(?:will|['’]ll|is\s+going\s+to)\s+(?:send|make|do)\s+(?:you\s+)?(?:their|a|an|her|his)\s+(?:own|separate)\s+referral\b"
    # "I've told Ffug Primary to refer him separately", "has been referred separately"
    r"|\brefer\s+(?:him|her|them)\s+separately\b|\b(?:has\s+been|is\s+being|was)\s+referred\s+separately\b"
    # "- Ffug Primary referring separately", "Ysgol Ffug are sending you their own referral for him"
    # (not "they're referring her separately but flagging so you can link": referred here too)
    r"|\breferring\s+(?:(?:him|her|them)\s+)?separately\b(?![^.;\n]{0,10}\bbut\b)|\bsending\s+(?:you\s+)?(?:their|a|an)\s+(?:own|separate)\s+referral\b"
    # a younger one who had a nursery place, now left: "Their little sister Lowri was in our nursery, also gone" (not
    # "Poppy is in our nursery class": on a nursery's roll and missing with the others, she is referred)
    r"|\bwas\s+in\s+(?:our|the)\s+nursery\b"
    r"|\bis(?:n['’]t|\s+not)\s+(?:one\s+of\s+)?ours\b"  # "Their big brother Jac (Y8) isn't ours, he's at Ffug High"
    r"|\bso\s+not\s+(?:her|him|them)\b|(?:\bnot|n['’]t)\s+part\s+of\s+(?:this|the)\s+(?:referral|request)\b|\bnot\s+includ(?:ed|ing)\b"
    r"|\breferring\s+(?:him|her|them)\s+themselves\b|\bstays?\s+with\s+us\b|\bis\s+still\s+here\b"
    r"|\bnot\s+about\s+(?:him|her|them)\b|\bso\s+not\s+ours\b|\bso\s+it['’]s\s+(?:only|just)\b"
    # (not "there are no concerns about her welfare at home": said of her care, not her schooling)
    r"|\bno\s+concerns?\s+(?:about|for|with|there|re|regarding|in\s+respect\s+of)\b"
    r"(?![^.;\n]{0,25}\b(?:welfare|safety|well-?being|health|care|presentation)\b)"
    # "Connor Ffug, 16 - not one of mine", "little brother Jac is only in our nursery so not counting him"
    r"|\bnot\s+one\s+of\s+(?:mine|ours)\b|\bnot\s+counting\s+(?:him|her|them)\b"
    # "... she's not back either but that's their end to report", "that's for Ffug High to chase"
    r"|\bthat['’]?s\s+(?:their\s+(?:end|side|job)|for\s+(?:them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*))"
    r"\s+to\s+(?:report|refer|chase|follow\s+up|pick\s+up)\b"
    r"|\bnot\s+(?:one|someone)\s+for\s+(?:you|us)\b|\bnot\s+(?:a\s+)?CME\b|\bnot\s+on\s+your\s+list\b"
    r"|\bnot\s+(?:yet\s+)?statutory\b|\bnot\s+(?:yet\s+)?of\s+(?:statutory|compulsory)\s+school\s+age\b"
    r"|\b(?:isn['’]t|is\s+not)\s+(?:yet\s+)?(?:of\s+)?school\s+age\b"  # "Little one Mary isn't school age yet"
    r"|\|\s*not\s+(?:yet\s+)?(?:of\s+)?school\s+age\b"  # a table's "| (2 yrs) | not school age"
    r"|\bdo(?:es)?n['’]?t\s+need\s+(?:a\s+school\s+place|anything\s+from\s+you)\b"
    # "Lily and Alfie Ffug (Y4/Y2) have had their cousins living with them since half term": the hosts, at school
    r"|\bha(?:s|ve)\s+had\s+(?:his|her|their)\s+(?:\w+\s+)?(?:cousins?|nephews?|nieces?|relatives?)\b[^.;\n]{0,40}?"
    r"\b(?:living|staying)\s+with\s+(?:them|him|her)\b"
)
_SETTLED = re.compile(f"{_ATTENDING}|{_NOT_THIS_REFERRAL}", re.IGNORECASE)
# A list item may say it more briefly: "- Ewan Ffug — back in today, no concerns".
_SETTLED_ITEM = re.compile(
    r"\(attending\)|\b(?:back\s+in\s+(?:today|school|class|now)|(?:is|now)\s+back\b|no\s+(?:concerns|issues)|enrolled\s+(?:there|at|with)"
    r"|(?<!was\s)(?<!were\s)attending\s+(?:well|fine|regularly|every\s+(?:day|morning)|(?-i:[A-Z]))|started\s+fine"
    r"|settled\s+(?:in|well)|all\s+(?:good|fine|ok)|attendance\s+(?:is\s+)?(?:9\d|100)\s*%)"
    # "- Zofia Ffug, DOB ... - Year 8 at Ffug Community School, attending."
    r"|(?:,|\s[-–])[ \t]*(?:currently[ \t]+|still[ \t]+)?attending[ \t]*(?:[.;)|]|$)"
    # a household table's "| Adopted 2039 - no contact |": not of this household
    r"|\badopted\b[^.;\n|]{0,20}?[-–,][ \t]*no[ \t]+contact\b",
    re.IGNORECASE,
)
# A list item that says the child attends a named school, and nothing of absence: in school.
_ATTENDS_ITEM = re.compile(
    # after a dash or comma, or in a column of its own: "Tomas FFUG      9      Attends Ffug Primary School"
    r"(?:[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[-–,:]|(?:[ \t]{2,}[^\s][^\n]*?)?[ \t]{2,})[ \t]*"
    # "- Lana, DOB 30.06.2034 - started at Ffug Primary on 15th September"
    # ... or an age: "Lukas Ffug - 12 - goes to Ysgol Ffugwyn"
    r"(?:(?:(?:DOB|D\.O\.B\.?|born)[ \t]*:?[ \t]*[\d./-]{6,10}|(?:aged?[ \t]+)?\d{1,2})[ \t]*[-–,][ \t]*)?"
    r"(?:currently[ \t]+)?"
    r"(?:attends|goes[ \t]+to|started[ \t]+(?:at|with)"
    r"|is[ \t]+(?:at|on[ \t]+roll[ \t]+at|in[ \t]+(?:Y|Yr|Year)[ \t]*\d{1,2}[ \t]+at"
    r"|a[ \t]+(?:(?:Y|Yr|Year)[ \t]*\d{1,2}[ \t]+)?pupil[ \t]+at))[ \t]+(?-i:[A-Z])",
    re.IGNORECASE,
)
_ABSENT = re.compile(
    # ("Callum Ffug - 11 - started at St Ffug's RC High School in September but has hardly been")
    r"\b(?:not|n['’]t|never|absen\w*|poor|missing|stopped|refus\w*|off\s+roll|removed|left|since|concern\w*|hardly"
    r"|barely|rarely)\b",
    re.IGNORECASE,
)
# Past compulsory school age by what they do now (said of a sixteen-year-old), or by their year group; or at its
# end and still taught ("Ffion (16) - finishing her GCSEs online with her school in Bristol").
_PAST_SCHOOL = re.compile(
    r"\b(?:works|working|(?:at|goes\s+to|attends|attending|studying\s+at|enrolled\s+(?:at|with)|started(?:\s+at)?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:college|coleg)|apprentice\w*|(?:left|finished)\s+school|school\s+leaver"
    # not "he is meant to be sitting his GCSEs this summer"
    r"|employed|(?<!meant\sto\sbe\s)(?<!supposed\sto\sbe\s)(?:finishing|sitting|completing|doing)\s+(?:her|his|their)"
    r"\s+(?:GCSEs|exams))\b",  # "is 16 and still doing his exams at Ysgol Gyfun Ffug"
    re.IGNORECASE,
)
_SIXTH_FORM = re.compile(r"\b(?:Y|Yr|Year)\s*1[23]\b|\bsixth\s+form\b|\b(?-i:A)[- ]?(?-i:[Ll])evels?\b", re.IGNORECASE)
# Not yet of compulsory school age (said of a four-year-old) and not missing from anywhere: at a nursery or a
# playgroup they go to. A four-year-old on a nursery's roll who is missing with the others is still referred.
_BELOW_SCHOOL_AGE = r"(?:below|under)\s+(?:statutory\s+|compulsory\s+)?school\s+age"
_NOT_YET = re.compile(
    r"\b(?:playgroup|flying\s+start|pre-?school|too\s+young|meithrin|not\s+statutory|isn['’]?t\s+(?:of\s+)?statutory"
    rf"|{_BELOW_SCHOOL_AGE}"  # "is below school age and is being traced"
    r"|at\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}nursery"  # "was at Gadlys nursery"
    r"|(?:attends|goes\s+to|started\s+(?:at|in))\s+(?:the\s+|a\s+)?nursery|nursery\b[^.;\n]{0,40}\battending"
    r"|do(?:es)?n['’]?t\s+have\s+to\s+be\s+in\s+school"
    # "Jac is 4 and Mam doesn't want him starting until September"
    r"|\bstart(?:ing|s)?\s+(?:school\s+)?(?:until|in|next)\s+(?:September|the\s+autumn|next\s+year)"
    r"|(?:apply|applying|applied)\s+for\s+(?:a\s+)?nursery|(?:not|(?<=n)['’]t)\s+(?:in|at)\s+(?:a\s+)?nursery"
    # "Ruta Ffug - 4 (mum would like a nursery place for her)", "would like her in a nursery class" (not "Poppy is
    # in our nursery class": on a nursery's roll, and missing with the others)
    r"|\bnursery\s+place|\ba\s+nursery\s+class\b"
    r"|\b(?:only|just)\s+in\s+(?:our\s+|the\s+)?(?:Meithrin|nursery)\b"  # "was only in our Meithrin class"
    r"|\bstart(?:ing|s)\s+nursery\b"  # "Zahra, 4 (starting nursery in September)"
    r"|\bnursery\s+age\b"  # "- Layan Ffug, 4 (nursery age)"
    r"|\bnot\s+a\s+(?:worry|concern)\s+yet\b"  # "Sita is only 4 so not a worry yet"
    r"|not\s+(?:yet\s+)?(?:at|in|of)\s+(?:statutory\s+|compulsory\s+)?school(?:\s+age)?(?:\s+yet)?)\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(\d{1,2})[ -]?(?:yo|y/o|yr[ -]old|year[ -]old)[ \t]*,?[ \t]*$", re.IGNORECASE)
_TOO_YOUNG = re.compile(
    rf"[^.;\n]{{0,40}}?\b(?:too\s+young\s+(?:for|to\s+start)\s+school|{_BELOW_SCHOOL_AGE}"
    r"|not\s+(?:yet\s+)?of\s+(?:statutory\s+|compulsory\s+)?school\s+age)\b",
    re.IGNORECASE,
)
# "she has asked for help to get the older two into school": a four-year-old listed with them is not referred
_THE_OLDER_ONES = re.compile(r"\b(?:get|getting|got)\s+the\s+(?:older|eldest)\s+(?:two|three|2|3)\s+in(?:to)?\b", re.I)
# Names listed before the one in hand: "Tobi (9) and Adaeze", "Eliza (Y4) & Josh Ffug", "Tomos, 10, and Dewi".
_LISTED_BEFORE = r"(?:(?-i:[A-Z])[\w'’-]+\s*(?:\([^()\n]{1,20}\)\s*|,\s*\d{1,2}\s*)?(?:,\s*and|,|and|&)\s*)*$"
# Said before a name: another family's child, or a sibling who lives with the other parent elsewhere.
_SOMEONE_ELSES_BEFORE = re.compile(
    # "My other daughter Catrin's children, Nia and Harri, live in Cardiff"
    r"\b(?:other|another|own)\s+(?:\w+\s+)?(?:(?-i:[A-Z])[\w'’-]+['’]s\s+)?"
    r"(?:grandchild(?:ren)?|grandsons?|granddaughters?|children|kids|sons?|daughters?)"
    rf"\b,?\s*\(?\s*{_LISTED_BEFORE}"  # "Mrs Ffug's own children (Tomos, 10, and Dewi, 8) attend Ysgol Ffug"
    # a referrer's own: "My own two, Ffion (9) and Osian (6), are at Ysgol Ffug"
    rf"|\bmy\s+own\s+(?:two|three|four|[2-4])\b,?\s*{_LISTED_BEFORE}"
    # another adult's: "Mr Ffug's partner, Sarah Ffug, and her two children Ruby (11) and Max (6), who both attend"
    # (not "Ms Ffug lived there with her partner Michael Ffug and her two children, Ciara (11) and Sean (7)": hers)
    rf"|\bpartner\s*,[^.\n]{{0,40}}\band\s+(?:her|his)\s+(?:(?:two|three|four|[2-4])\s+)?(?:children|kids|sons|daughters)"
    rf"\b,?\s*{_LISTED_BEFORE}"
    # a school's "we've had two new starters this week, Eliza (Y4) & Josh Ffug (Y2)": they have started
    rf"|\b(?:had|welcomed)\s+(?:\w+\s+)?new\s+starters?\b[^.\n:,]{{0,20}}[,:]\s*{_LISTED_BEFORE}"
    # the referred girl's own baby: "who gave birth to her son Idris on 1st August", "her baby daughter Cari"
    r"|\bgave\s+birth\s+to\s+(?:her\s+|a\s+)?(?:baby\s+)?(?:son|daughter|boy|girl)?\s*,?\s*$"
    r"|\bbaby\s+(?:(?:son|daughter|brother|sister|boy|girl)\s+)?,?\s*$"
    # "Seren told her friend Lowri (screenshots below)": a friend who tells, not a child referred
    r"|\b(?:her|his|their)\s+(?:best\s+)?(?:friend|mate)\s*,?\s*$"
    r"|\b(?:mum|mam|mother|dad|father)\s+(?:now\s+)?(?:lives|living|moved|went)\b[^.\n]{0,40}\bwith\s+"
    r"(?:his|her|their|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:half-?|step-?)?(?:sister|brother|sibling)\s*$",
    re.IGNORECASE,
)
_WHOSE = r"(?:(?-i:[A-Z])[\w'’-]+['’]s|his|her|their)"  # "Beatriz's", "his"
# A sibling named as one ("Beatriz's older brother, Tiago (14), attends ...") who goes to a school: in school, where
# a referred child said to attend a school is usually said not to go.
# The sibling starts the sentence: "a referral for Amani ... and her older brother Yusuf, who attends ..." refers both.
_SIBLING_BEFORE = re.compile(
    # (or what someone said starts: "He mentioned that Ryan's younger sister Kathleen (8) goes to Ffug CP School")
    r"(?:^|[.!?]\s+|\n[ \t]*|\b(?:mentioned|said|says|told\s+(?:me|us))\s+(?:that\s+)?)(?:"
    rf"(?:{_WHOSE}\s+(?=\w)|(?=(?:older|younger|big|little)\s))"
    # ... "Omar's younger siblings, Lina (10) and Yousef": each of the siblings listed
    r"(?:(?:older|younger|big|little|elder|twin)\s+)?(?:half-?\s*|step-?)?(?:brother|sister|sibling|sib|bro|sis)"
    rf"(?:s\s*,?\s*{_LISTED_BEFORE[:-1]})?"
    # "The cousin who lives in the same house, Marian Ffug (14), goes to Ffug High School"
    rf"|(?:{_WHOSE}|the)\s+cousins?(?:\s+who\s+[^,.\n]{{1,40}},)?"
    # a neighbour's own: "My grandson Mason goes to Ffug Primary and he said Filip has never been there"
    r"|my\s+(?:grandson|granddaughter))\s*,?\s*$",
    re.IGNORECASE,
)
# "we have confirmed that an older sibling, Sagal (Year 10), has been admitted to a secondary school": wherever the
# sentence starts, a sibling introduced as "an older sibling" is set apart from the children referred
_A_SIBLING_BEFORE = re.compile(
    r"\ban?\s+(?:older|younger|elder)\s+(?:brother|sister|sibling)\s*,\s*$"
    # "She has an older brother Arjun in Y8 at Ffug High", "Lacey has an older bro Jordan (Y10 at Ffug School)"
    r"|\b(?:has|have)\s+an?\s+(?:older|younger|elder|big|little)\s+(?:brother|sister|sibling|bro|sis)\s*,?\s*$"
    # "(Cerys lives with Mum and her younger brother Mason, 8, who attends Ffug Primary)"
    r"|\blives?\s+with\b[^.\n]{0,30}\band\s+(?:his|her|their)\s+(?:older|younger|elder|big|little)\s+(?:brother|sister)\s+$",
    re.IGNORECASE,
)
# "... I checked with the school and this was correct. No concerns re Callum.": the name ends the words that settle
# them (not "no concerns about Ruby at home, but ...": the sentence goes on)
_NO_CONCERNS_BEFORE = re.compile(r"\bno\s+(?:further\s+)?concerns?\s+(?:re|regarding|about|with)\s+$", re.IGNORECASE)
# A foster carer's other foster child: "Mrs Ffug also cares for another foster child, Ashton (12), who attends ..."
_OTHER_FOSTER_CHILD = re.compile(r"\b(?:another|other)\s+foster\s+(?:child|children|kids?)\s*,?\s*$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"^(?:(?-i:[A-Z])[\w'’-]+\s*(?:\([^()\n]{1,20}\))?(?=\s*,\s*(?!and\b)[a-z]))")
_GOES_TO_SCHOOL = re.compile(
    # "older bro Kai is in yr 7 at Ysgol Ffug": a year group at a named school
    # ("Gwenno's cousin Idris Ffug (9), who lives next door, attends Ffug Primary")
    # ... "her younger brother Mason, 8, who attends Ffug Primary"
    r"\s*(?:\([^()\n]{1,20}\))?\s*,?\s*(?:\d{1,2}\s*,\s*)?(?:who\s+[^,.\n]{1,40},\s*)?(?:who\s+)?(?:both\s+|all\s+)?"
    r"(?:(?:attends?|go(?:es)?\s+to|is\s+(?:in\s+)?(?:y|yr|year)\s*\d{1,2}\s+at|is\s+at"
    r"|started\s+at"  # "Lina (10) and Yousef (7), started at Ffug Primary in April"
    # "her brother Yusuf (5) is in Reception at Ffug Primary", "is on roll at ..."
    r"|is\s+in\s+(?:the\s+)?(?:Reception|Nursery|Meithrin)(?:\s+class)?\s+(?:at|there)"
    # "is now on roll at", "is on roll and attending at", "is happily settled at", "was admitted to", "was given a
    # place at", "joined", "has been at ... since September", "is already in Year 9 at"
    r"|is\s+(?:now\s+)?on\s+(?:the\s+)?roll\s+(?:and\s+attending\s+)?at|is\s+(?:happily\s+|now\s+)?settled\s+(?:at|in)"
    r"|was\s+(?:given\s+a\s+place\s+at|admitted\s+to)|started|joined|has\s+been\s+at|transferred\s+to"
    r"|is\s+a\s+(?:(?:y|yr|year)\s*\d{1,2}\s+)?pupil\s+at"  # "is a Year 8 pupil at Ffug High"
    r"|is\s+already\s+(?:in\s+(?:y|yr|year)\s*\d{1,2}\s+)?at"
    r"|\(?\s*(?:in\s+)?(?:y|yr|year)\s*\d{1,2}\s+at)\s+"  # "Jordan (Y10 at Ffug School)", "Arjun in Y8 at Ffug"
    r"(?:(?:(?-i:[A-Z])[\w'’-]+\s*){1,4}|the\s+(?:comp|high\s+school|primary|juniors)\b)"  # "is in Y10 at the comp"
    # "an older sibling, Sagal (Year 10), has been admitted to a school in Blackwood"
    r"|(?:has\s+been|was|is)\s+(?:now\s+)?admitted\s+to\s+(?:a|an|the)\s+(?:\w+\s+)?(?:school|primary|secondary|comp)"
    # "Her step-sister Chloe Ffug (12) lives with her dad in Bristol": in another household, elsewhere
    r"|(?:lives|is\s+living|stays)\s+with\s+(?:her|his|their)\s+(?:own\s+)?(?:dad|father|mum|mother|mam)\s+in\s+"
    r"(?-i:[A-Z]))",
    re.IGNORECASE,
)
# ... (not the writer's doubt: "no idea if he's being taken out too")
_UNSURE = re.compile(
    r"\b(?:no\s+idea|not\s+sure|don['’]t\s+know|(?:do|does)\s+not\s+know|unsure)\s+(?:if|whether)\b[^.\n]*",
    re.IGNORECASE,
)
# ... unless the sentence goes on to say the sibling is off too: "is at Ffug Primary and they say he's off too".
_OFF_TOO = re.compile(
    r"\b(?:not|n['’]t|never|off|absent|missing|either|too|also|as\s+well|same\s+(?:story|thing|situation))\b",
    re.IGNORECASE,
)  # "... and they say same story for her"
_SIBLINGS_ROW = re.compile(
    r"[ \t]*(?:other\s+)?(?:siblings?|brothers?\s*(?:/|and)\s*sisters?)[^:\n]{0,30}:[ \t]*", re.IGNORECASE
)
_TURNED_UP = re.compile(r"\s+(?:turned\s+up|came\s+in|came|arrived|showed\s+up|started)\b", re.IGNORECASE)
_NOT_OF_AGE_HEADING = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:of\s+)?(?:compulsory|statutory)\s+school\s+age|\bfor\s+information\s+only\b", re.IGNORECASE
)
# Where the clause that settles a sibling ends (a comma too: "is Y12 in our sixth form and she IS back, says ...").
# "Leo is still coming in ... but Mum (Ayşe Ffug) told me his brothers haven't been": "but" turns to the others.
_CLAUSE_END = re.compile(r"[,;:!?]|\s[-–]\s|\sbut\s")
# What follows a settling word and takes it back.
_GAINSAID = re.compile(
    r"^[^.;\n]{0,60}?\bbut\b[^.;\n]{0,40}?\b(?:no\s+(?:record|trace|sign)|not\s+(?:on|in|at|enrolled|registered|attending|been|seen)"
    r"|(?:hasn|haven|isn|wasn)['’]?t|has\s+not"
    r"|never\s+(?:arrived|started|attended)|dropped\s+out|(?:has\s+)?missed\s+\d+)\b"
    # "returned to school last week for one day and has not been back since"
    r"|^[^.;\n]{0,60}?\band\s+(?:has\s+not|hasn['’]?t)\s+been\s+(?:back|in|seen)\b",
    re.IGNORECASE,
)
# "Lexi's still coming in": "'s" for "is"; any other "'s" makes the name someone's ("Noor's brother Hamza").
_IS_CONTRACTED = re.compile(r"['’]s\s+(?:still|not|back|in|at|attending|going|coming|doing|been|started|fine|sorted)\b")


_REFERRING = re.compile(
    r"\b(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:only\s+)?referring\s+"
    r"((?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?)*)",
    re.IGNORECASE,
)


# "this referral is for Brandon only", "I'm only referring Mia": the one child referred, said so
_NAMES = r"((?-i:[A-Z])[\w'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?(?:\s*(?:,|and|&)\s*(?-i:[A-Z])[\w'’-]+)*)"
_ONLY_FOR = re.compile(
    rf"\breferral\s+is\s+(?:only\s+for\s+{_NAMES}|for\s+{_NAMES}\s+only)\b|\bonly\s+referring\s+{_NAMES}"
    rf"|\breferring\s+{_NAMES}\s+only\b"
    # "please open CME cases for Johnny and Margaret"
    rf"|\b(?:open|log|record)\s+(?:a\s+)?(?:CME\s+)?(?:cases?|referrals?)\s+for\s+{_NAMES}"
    # "@Ffion is doing Ruby's referral separately so this one is just for Amelia-Rose"
    rf"|\b(?:this|my)\s+(?:one|referral)\s+is\s+(?:just|only)\s+for\s+{_NAMES}",
    re.IGNORECASE,
)
_ALSO_REFERRED = re.compile(r"\b(?:includ(?:e|ing)\s+(?:him|her|them)|also\s+(?:referring|including))\b", re.I)


def _named_in(child: Child, names: str) -> bool:
    return bool(child.first and re.search(rf"\b{re.escape(child.first)}\b", names))


def without_settled(children: list[Child], text: str, today: date) -> tuple[list[Child], list[tuple[int, int]]]:
    """The children less those the report says are settled (unless that would leave none), and the spans of the
    words about the settled ones, from their name: a school named there ("attends Ysgol Ffug and goes every day")
    is theirs, and the name is a child's, not a carer's."""
    said = {
        id(ch): _settled(
            ch, text, today, sorted(m.start for other in children if other is not ch for m in other.mentions)
        )
        for ch in children
    }
    # "I am referring Florin and Ramona to you": the report says in so many words which children it refers.
    named = _REFERRING.search(text)
    listed = {id(ch) for ch in children if named and _named_in(ch, named.group(1))}
    # more than one named, and none added after: "I am referring Zainab ... so I am including him here"
    if len(listed) > 1 and not _ALSO_REFERRED.search(text):
        for ch in children:
            if id(ch) not in listed and not said[id(ch)]:
                said[id(ch)] = (ch.start, ch.end)
    only = _ONLY_FOR.search(text)
    only_names = next((g for g in only.groups() if g), "") if only else ""
    if only and any(_named_in(ch, only_names) for ch in children):
        for ch in children:
            if not _named_in(ch, only_names) and not said[id(ch)]:
                said[id(ch)] = (ch.start, ch.end)
    settled = [ch for ch in children if said[id(ch)]]
    if not settled or len(settled) == len(children):
        return children, []
    spans = [span for ch in settled if (span := said[id(ch)])]
    # "Aleksander Ffug (Year 5, Ffug Primary) told me ...": what the brackets after a settled child's name say is
    # theirs too, wherever the words that settle them are
    spans += [
        (m.end, m.end + b.end())
        for ch in settled
        for m in ch.mentions
        if (b := re.match(r"[ \t]*\([^()\n]{1,80}\)", text[m.end :]))
    ]
    return [ch for ch in children if not said[id(ch)]], spans


# (not "ei brawd Idris", her brother Idris: a pronoun first makes the name the kin's own)
_WELSH_WHOSE_KIN = re.compile(
    r"(?<!\bei\s)(?<!\bfy\s)(?<!\beu\s)(?<!\bein\s)(?<!['’]i\s)\b(?:chwaer|brawd|mam|tad|nain|taid)"
    r"(?:[ \t]+(?:bach|fach|mawr|fawr|hŷn|hyn|iau|hynaf|ieuengaf))?[ \t]+$",  # "brawd bach Elis": Elis's little brother
    re.IGNORECASE,
)


_INCLUDED_ANYWAY = re.compile(
    r"\bbut\s+(?:I|we)\s*(?:have|['’]ve)\s+(?:still\s+|also\s+)?included\s+(?:her|him|them)\b", re.IGNORECASE
)
_HOPED_FOR_BEFORE = re.compile(
    r"\b(?:the\s+sooner|until|once|as\s+soon\s+as|so\s+that|make\s+sure(?:\s+that)?|ensure(?:\s+that)?)\s+$",
    re.IGNORECASE,
)


def _settled(child: Child, text: str, today: date, starts: list[int]) -> tuple[int, int] | None:
    """Where the report says this child is settled: the span of the words that say so, or None."""
    age = age_on(child.dob[0], today) if child.dob else child.age[0] if child.age else None
    if child.dob and _past_compulsory_school_age(child.dob[0], today):
        return child.start, child.end
    for m in child.mentions:
        own_attendance = re.match(r"['’]s\s+attendance\b", text[m.end : m.end + 20])  # "Kenzie's attendance is fine"
        if text.startswith(("'s", "’s"), m.end) and not _IS_CONTRACTED.match(text, m.end) and not own_attendance:
            continue  # "Noor's brother Hamza ...": said of Hamza
        if re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+['’]s[ \t]", text[m.end : m.end + 40]):
            continue  # "Lily-Rose and Jaxon's older brother Kyle (17) is also with us": said of Kyle
        if _WELSH_WHOSE_KIN.search(text, max(0, m.start - 24), m.start):
            continue  # Welsh "chwaer Dafydd, Alaw, ..." (Dafydd's sister, Alaw): said of Alaw
        if _HOPED_FOR_BEFORE.search(text, max(0, m.start - 30), m.start):
            continue  # "the sooner Ibrahim is in school the sooner ...": what is wanted, not what is so
        said = _said_after(text, m.end, starts)
        span = (m.start, m.end + len(said))
        if _INCLUDED_ANYWAY.search(said):
            return None  # "Beatriz is not yet of compulsory school age but I have included her": referred all the same
        cue = _SETTLED.search(said) or _SIXTH_FORM.search(said)
        if cue and _GAINSAID.match(said[cue.end() :]):
            cue = None  # "says she's enrolled at Ffug High but they have no record of her"
        if cue:
            # to the end of the clause that says it: "already registered at Ysgol Ffug from June, ..." keeps the
            # school; "is Y12 in our sixth form, ... Dad (Abdul Ffug) not answering" leaves the father out
            clause = _CLAUSE_END.search(said, max(cue.start(), cue.end() - 1))
            return m.start, m.end + (clause.start() if clause else len(said))
        if (
            (
                _SIBLING_BEFORE.search(text, max(0, m.start - 60), m.start)
                or _A_SIBLING_BEFORE.search(text, max(0, m.start - 40), m.start)
                or _OTHER_FOSTER_CHILD.search(text, max(0, m.start - 40), m.start)
            )
            # (past the other siblings listed after this one: "Lina (10) and Yousef (7), started at ...")
            and (goes := _GOES_TO_SCHOOL.match(past_list := _LISTED_AFTER.sub("", said)))
            and not _OFF_TOO.search(_UNSURE.sub("", past_list[goes.end() :]))
        ):
            return span  # "Beatriz's older brother, Tiago (14), attends Ffug Community School."
        if _NO_CONCERNS_BEFORE.search(text, max(0, m.start - 40), m.start) and re.match(r"[ \t]*(?:[.!]|\n|$)", said):
            return span
        if _SOMEONE_ELSES_BEFORE.search(text, max(0, m.start - 80), m.start):
            return span  # "She also cares for two other grandchildren, Kacey and Rio", "Mum lives in Ffug with Kai's
            # half-sister Ruby"
        ls = text.rfind("\n", 0, m.start) + 1
        if re.search(r"\bonly\s+$", text[max(0, m.start - 6) : m.start], re.IGNORECASE) and _TURNED_UP.match(said):
            return span  # "Ayaan (Rec), Zara (Y2) & Idris (Y4) were due. Only Ayaan turned up."
        heading = text[text.rfind("\n", 0, max(0, ls - 1)) + 1 : ls]
        if _NOT_OF_AGE_HEADING.search(heading) and re.match(r"[ \t]*(?:Name|Child|Full\s+name)\b", text[ls : m.start]):
            return span  # "CHILD 3 (for information - not of compulsory school age)\nName: Poppy Ffug"
        if _SIBLINGS_ROW.match(text, ls, m.start):
            return span  # a form's "Siblings:" row lists the children it does not refer
        le = len(text) if (nl := text.find("\n", m.end)) < 0 else nl
        # a list item about this one child: "- Ewan Ffug — back in today", "Kai Ffug, 13 - on the school taxi, all fine"
        # or a table's row, or a numbered form row: "1. Name: Bailey FFUG    DOB: ...    School: Ysgol Ffug (attending)"
        item = _LIST_ITEM.fullmatch(text, ls, m.start)
        if item and not item.group(1):
            le = m.end + len(said)  # a line that only starts with the name: its first sentence
        if item:
            # ... but a sentence that only starts with the name ("Nikola appeared well cared for and there are no
            # concerns about her welfare") is read as any sentence is, not as a list item's brief words
            prose = not item.group(1) and not re.match(r"[ \t]*[-–—,(|:]|[ \t]{2,}|\t", text[m.end : m.end + 3])
            listed = (None if prose else _SETTLED_ITEM.search(text, m.end, le)) or _SETTLED.search(text, m.end, le)
            if listed is None and not _ABSENT.search(text, m.end, le):
                listed = _ATTENDS_ITEM.match(text, m.end, le)  # "- Ciarán Ffug (05/09/2014) - attends Ysgol Ffug."
            if listed and not _GAINSAID.match(text[listed.end() : le]):
                return m.start, le
        if age is None:
            age = _age_said(said)
        if age is None and (before := _AGE_BEFORE.search(text, max(0, m.start - 25), m.start)):
            age = int(before.group(1))  # "There is also a 3 year old, Abdirahman, at home"
        if age is None and "|" in text[m.end : le] and _MONTHS_CELL.search(text, m.end, le):
            age = 0  # a table row's "| (11 months) |": a baby's age in its own cell
        if age is not None and age <= 3 and not child.dob:
            # "little sister Ifeoma ... she's only 3": not of school age; but "Evie and her sister Seren (aged 3)
            # have been living with their Mam-gu": a plural verb says the rest of both
            joint = re.match(r"[^.;\n]{0,25}?\b(?:have|are|were)\b", said)
            return (m.start, m.end) if joint else span
        if age is not None and age >= 17:
            # "Their big brother Dawid who's 19 is looking after them": an adult, who may be the carer (so the span
            # leaves the name out)
            return m.end, span[1]
        # "Dad is caring for Natalia and her little brother Oskar (4)": a four-year-old named only as a younger
        # sibling, with nothing said of a school, a nursery or an absence, is not of school age
        if (
            age == 4
            and _YOUNGER_SIBLING_BEFORE.search(text, max(0, m.start - 40), m.start)
            and not _SCHOOL_OR_ABSENCE.search(said)
        ):
            return span
        if age == 4 and re.match(r"[ \t]*\((?:who\s+is\s+|who['’]s\s+)?only\s+4\b", said):
            return span  # "Cian (10) and Sadhbh (who is only 4)": too young, in so many words
        if age == 16 and (past := _PAST_SCHOOL.search(said)) and not _GAINSAID.match(said[past.end() :]):
            return span
        if age == 4 and _NOT_YET.search(said):
            return span
        believed = re.search(r"\b(?:thought|believed|assumed|was\s+told)\s+$", text[max(0, m.start - 25) : m.start])
        if _TOO_YOUNG.match(said) and not believed:
            # "Lina Ffug - 2040 (too young for school, comes to our creche)", whatever the age (not "mum thought
            # Hodan was too young to start school")
            return span
        if age == 4 and _THE_OLDER_ONES.search(text):
            return span  # "she has asked for help to get the older two into school": not the four-year-old
        if age == 4 and re.match(r"[^.;\n]{0,20}\bis\s+in\s+(?:the\s+)?(?:nursery|meithrin)\b", said, re.IGNORECASE):
            return span  # "her sister Poppy (4) is in the nursery class there": not yet of school age
    return None


# Between two names of a list: "Stefan and Larisa", "Poppy Ffug (Bl.3) & her brother George"
_LIST_JOIN = re.compile(
    rf"\s*(?:\([^()\n]{{1,20}}\))?\s*(?:,|and|&|\+|or)\s*(?:{SIBLING_AFTER_AND})?"
)


def _said_after(text: str, end: int, starts: list[int]) -> str:
    """The words after a name, to the end of its sentence or the next other child named (past a list of names), and
    the next sentence when it goes on about the same child ("Osian Ffug (13) is a pupil at Ysgol Ffug. He was
    returned to school - no further action needed for him.")."""
    limit = sentence_end(text, end)
    if _SAME_CHILD_NEXT.match(text, limit) or _RETURNED_NEXT.match(text, limit):
        next_end = sentence_end(text, limit + 2)
        if not any(limit < s < next_end for s in starts):
            limit = next_end
    for s in starts:
        if end < s < limit:
            if _WHOSE_SIBLING.match(text, s):
                continue  # "Idris Ffug (6, Gwenno's half-brother - attends Ysgol Ffug)": still said of Idris
            if not _LIST_JOIN.fullmatch(text[end:s]):
                return text[end:s]
            # "Stefan and Larisa, attend Ysgol Ffug ...": what follows a list of names is said of them all
            name = re.match(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*", text[s:])
            end = s + (name.end() if name else 0)
    return text[end:limit]


_LIST_ITEM = re.compile(r"[ \t]*(?:([-•*|]|\d+[.)])[ \t]*(?:Name[ \t]*:[ \t]*)?)?")
_MONTHS_CELL = re.compile(
    r"\|[ \t]*\(?[ \t]*\d{1,2}[ \t]*(?:months?|mths?|weeks?|wks?)(?:[ \t]+old)?[ \t]*\)?[ \t]*(?:\||$)",
    re.IGNORECASE | re.MULTILINE,
)
_YOUNGER_SIBLING_BEFORE = re.compile(
    r"(?:\b(?:little|younger|baby|youngest)[ \t]+(?:half-?[ \t]*|step-?)?(?:brother|sister|sibling|bro|sis)"
    # "There is also a little one, Johnny Ffug (4)", Welsh "a'i chwaer fach Non (4 oed)"
    r"|\ba[ \t]+little[ \t]+one|\b(?:chwaer|brawd)[ \t]+(?:fach|bach))"
    r"[ \t]*,?[ \t]*$",
    re.IGNORECASE,
)
_SCHOOL_OR_ABSENCE = re.compile(
    r"\b(?:school|ysgol|nursery|meithrin|reception|rec|class|roll|attend\w*|absen\w*|missing|off|not\s+been|since"
    r"|(?-i:[A-Z])[\w'’-]+\s+(?:Primary|School|Infants?))\b",
    re.IGNORECASE,
)
_WHOSE_SIBLING = re.compile(
    r"[A-Z][\w'’-]*['’]s[ \t]+(?:(?:older|younger|big|little|twin)[ \t]+)?(?:half-?[ \t]*|step-?)?"
    r"(?:brother|sister|sibling)\b"
)
# "... I contacted Ysgol Ffug who confirmed he should have been in school and he was returned there."
_RETURNED_NEXT = re.compile(
    r"\.[ \t]+[^.\n]{0,120}?\b(?:he|she)[ \t]+was[ \t]+(?:returned|taken[ \t]+back)[ \t]+"
    r"(?:there|to[ \t]+(?:school|class))\b"
)
# "... He was returned to school", "... He's in the sixth form at Ysgol Ffug so he's fine."
_SAME_CHILD_NEXT = re.compile(
    r"\.[ \t]+(?:He|She)(?:[ \t]+(?:was|is|has)|['’]s)[ \t]+"
    r"(?:returned|back|now|in[ \t]+(?:the[ \t]+|our[ \t]+)?sixth[ \t]+form|at[ \t]+college)\b"
)


def _age_said(said: str) -> int | None:
    """'Ibrahim Ffug is 16 and ...', 'Reggie Ffug, 4 - not at school yet'."""
    m = re.match(
        r"[^.\n]{0,60}?\b(?:(?:she|he)['’]s|(?:she|he)\s+is)\s+(?:only\s+)?(\d{1,2})\b(?!\s*[/.:%-]|\s*\d)"
        r"|\s*(?:\(|,|-|–|\||is|who\s+is|who['’]s|aged|,\s*age)\s*(\d{1,2})\b(?!\s*[/.:%-]|\s*\d)",
        said,
    )
    if m:
        return int(m.group(1) or m.group(2))
    # a baby's age in months or weeks: "Salma Ffug      19 months", "Zara (10 months)", "baby Leo (6 weeks)"
    baby = re.match(r"\s*(?:[(,|–-]\s*|\s)(?:aged\s+)?(\d{1,2})\s*(months?|mths?|weeks?|wks?)\b", said, re.IGNORECASE)
    if baby:
        return int(baby.group(1)) // 12 if baby.group(2).lower().startswith("m") else 0
    return None


def _past_compulsory_school_age(dob: date, today: date) -> bool:
    """Compulsory school age ends on the last Friday of June in the school year (September to August) of the 16th
    birthday: a child who turned 16 in July has left it, one who turns 16 in October has most of a year to go."""
    sixteenth = date(dob.year + 16, dob.month, min(dob.day, 28 if dob.month == 2 else dob.day))
    leaving_year = sixteenth.year + (1 if sixteenth.month >= 9 else 0)
    end_of_june = date(leaving_year, 6, 30)
    last_friday = end_of_june - timedelta(days=(end_of_june.weekday() - 4) % 7)
    return today > last_friday
