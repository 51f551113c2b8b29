"""Word lists in the policy's words: kinship, titles, school and surgery names, street words."""

from __future__ import annotations

import re

# Kinship words (English and Welsh) -> SCHEMA.md carer relationship.
RELATIONSHIP = {
    "mum": "mother",
    "mam": "mother",
    "mother": "mother",
    "mom": "mother",
    "mummy": "mother",
    "mammy": "mother",  # Irish Traveller and Valleys English: "Mammy is Margaret Ffug"
    "mommy": "mother",
    "mami": "mother",
    "mamgu": "grandmother",
    "mam-gu": "grandmother",
    "fam-gu": "grandmother",  # soft mutation: "Rwy'n fam-gu i Alaw"
    "famgu": "grandmother",
    "nain": "grandmother",
    "nan": "grandmother",
    "nana": "grandmother",
    "nanna": "grandmother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandma": "grandmother",
    "grandmother": "grandmother",
    "nanny": "grandmother",
    "dad": "father",
    "tad": "father",
    "thad": "father",  # aspirate mutation: "gyda'i thad" (with her father)
    "nhad": "father",  # nasal mutation: "fy nhad" (my father)
    "fam": "mother",  # soft mutation: "ei fam" (his mother)
    "father": "father",
    "daddy": "father",
    "dada": "father",
    "tad-cu": "grandfather",
    "tadcu": "grandfather",
    "dad-cu": "grandfather",  # soft mutation: "a'i dad-cu"
    "dadcu": "grandfather",
    "taid": "grandfather",
    "grandad": "grandfather",
    "grampy": "grandfather",
    "granddad": "grandfather",
    "grandfather": "grandfather",
    "grandpa": "grandfather",
    "bamp": "grandfather",
    "bampi": "grandfather",
    "gramps": "grandfather",
    "stepmum": "stepmother",
    "step-mum": "stepmother",
    "stepmother": "stepmother",
    "step-mother": "stepmother",
    "llysfam": "stepmother",
    "stepdad": "stepfather",
    "step-dad": "stepfather",
    "stepfather": "stepfather",
    "step-father": "stepfather",
    "llystad": "stepfather",
    "aunt": "aunt",
    "auntie": "aunt",
    "aunty": "aunt",
    "modryb": "aunt",
    "uncle": "uncle",
    "ewythr": "uncle",
    "wncwl": "uncle",
    "sister": "sibling",
    "brother": "sibling",
    "sibling": "sibling",
    "chwaer": "sibling",
    "brawd": "sibling",
    "foster carer": "foster carer",
    "foster carers": "foster carer",
    "foster parent": "foster carer",
    "foster parents": "foster carer",
    "foster mum": "foster carer",
    "foster dad": "foster carer",
    "guardian": "guardian",
    "special guardian": "guardian",
    "legal guardian": "guardian",
    "family friend": "other",
    "friend": "other",
    "cousin": "other",
    # Other languages' words for grandparents and uncles, as families and referrers write them: Cantonese and
    # Mandarin, Urdu and Bengali ("Nani", mother's mother), Polish, Romanian, Somali; Welsh "Anti" and "Yncl".
    "po po": "grandmother",
    "popo": "grandmother",
    "nai nai": "grandmother",
    "nani": "grandmother",
    "babcia": "grandmother",
    "dziadek": "grandfather",
    "bunica": "grandmother",
    "ayeeyo": "grandmother",
    "anti": "aunt",
    "yncl": "uncle",
    "carer": None,
    # "his grandparents, Jean and Bill Ffug": two people, so no one relationship
    "grandparents": None,
    "parent": None,
    "parent/carer": None,
}
# Longest first so "maternal grandmother" and "foster carer" win over "mother" and "carer".
def _kin_regex(word: str) -> str:
    if word == "anti":
        return r"anti(?![\w-])"  # Welsh "Anti Carys", not "anti-social"
    return word.replace("-", r"[- ]?").replace(" ", r"\s+")


KIN_PATTERN = (
    r"(?i:(?:(?:maternal|paternal)\s+)?(?:"
    + "|".join(sorted((_kin_regex(k) for k in RELATIONSHIP), key=len, reverse=True))
    + r"))"
)


def relationship_of(word: str) -> str | None:
    """'Mam-gu' -> 'grandmother'; None for words that say care but not which relation."""
    w = " ".join(
        x
        for x in word.lower().split()
        if x not in {"maternal", "paternal", "older", "elder", "big", "little", "younger"}
    )
    w = w.rstrip("'s").strip() if w.endswith("'s") else w
    if w in RELATIONSHIP:
        return RELATIONSHIP[w]
    w2 = w.replace(" ", "-")
    if w2 in RELATIONSHIP:
        return RELATIONSHIP[w2]
    return RELATIONSHIP.get(w.replace("-", "").replace(" ", ""))


# (and Portuguese and Spanish "Sr", "Sra", "Srta": "Mum, Sra Ana Paula Ffug, is the main contact")
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "rev", "revd", "prof", "sir", "dame", "lady", "lord",
    "sr", "sra", "srta",
}
POLICE_RANKS = {"pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "inspector", "sergeant", "constable", "det"}

SCHOOL_HEAD = (
    # "Ysgol Gyfun Gymraeg Bro Myrddin": up to two words of kind after "Ysgol"
    r"(?:Ysgol(?:[ \t]+(?:Gynradd|Gyfun|Uwchradd|Gymraeg|Fabanod|Iau)){0,2}|Coleg"
    r"|YGG|YGGD|YGC|YG"  # YGG: Ysgol Gymraeg Gynradd
    # schools abroad, last attended before the move: "Scoil Mhuire", "Escola Básica do Caniço", "Școala Gimnazială"
    r"|Scoil|Col[aá]iste|Escola|Escuela|Colegio|Colegiul|Școala|Scoala|Szkoła|Szkola|Škola|Iskola|École|Ecole|Liceul|Lycée|Gimnazjum|Lyceum"
    # Slovak and Czech "ZŠ Komenského" (základná škola, primary school), "Gymnázium"
    r"|ZŠ|ZS|Gymnázium"
    r")(?=[ \t])"
)
SCHOOL_TAIL = (
    # not "Treorchy Primary Care Centre", a surgery
    # (nor "Mia's Primary Mental Health Worker", a CAMHS role)
    r"(?:Primary(?![ \t]+(?:Care|Mental|Health|Healthcare)\b)(?:[ \t]+School)?|Juniors?(?:[ \t]+School)?"
    r"|Infants?(?:[ \t]+School)?"
    r"|Community[ \t]+(?:School|College|"
    r"Primary(?:[ \t]+School)?)|Comprehensive(?:[ \t]+School)?|High[ \t]+School|Secondary(?:[ \t]+School)?|Academy|"
    r"College|School|Col[aá]iste(?:[ \t]+[A-Z]{2,4}\b)?|Nursery(?:[ \t]+School)?"
    r"|(?:Education|Learning)[ \t]+(?:Centre|Campus|Community)|PRU"
    r"|Middle[ \t]+School|"
    r"Grammar(?:[ \t]+School)?|(?:CP|C\.P\.|VC|VA)[ \t]+School"  # "Ffugetty CP School": community primary
    # "Ffug Road CP, Wrexham" without "School"; not a child protection "CP plan" or "Initial CP Conference"
    r"|CP(?![\w.&]|[ \t]+(?i:plan|conference|register|referral|concerns?|investigation|procedures|strategy|meeting"
    r"|enquir|case|level|threshold|category|status|medical|team|social)))"
)
PRACTICE_TAIL = (
    r"(?:Surgery|Medical[ \t]+Centre|Medical[ \t]+Practice|Health[ \t]+Centre|Health[ \t]+Park|Family[ \t]+Practice|"
    r"Group[ \t]+Practice|Practice|Medical[ \t]+Group|Clinic|Canolfan[ \t]+Iechyd|Meddygfa"
    r"|Primary[ \t]+Care(?:[ \t]+Resource)?[ \t]+Centre)"
)
STREET_WORDS = (
    r"(?:Street|St|Road|Rd|Terrace|Terr|Avenue|Ave|Crescent|Close|Lane|Way|Drive|Place|Court|Gardens|Hill|"
    r"Row|Square|View|Parade|Park|Grove|Mews|Walk|Rise|Green|Estate|Villas|Cottages|Flats|Buildings)"
)
# A grandparent writing of "my grandson": the "my daughter" they also name is the child's parent.
# ("my grand daughter", "my grandaughter": as a grandparent writes it)
MY_GRANDCHILD = r"\b(?:my|our)\s+(?:(?:two|three|four|2|3|4)\s+)?grand[ -]?(?:son|d?aughter|child(?:ren)?|kids)\b"
# These start a Welsh house's or farm's one-word name too ("Maesmawr Cottage", "Fferm Pantyrhedyn")
WELSH_HOUSE_HEADS = r"(?:Heol|Stryd|Clos|Ffordd|Lon|Lôn|Maes|Cae|Rhodfa|Teras|Cilgant|Llys|Bryn|Pen-y|Pant|Coed|Cwrt)"
# ... and these start a street only as words of their own, after a house number ("23 Plas Ffug in Penarth", not
# "Broadway")
WELSH_STREET_HEADS = (
    r"(?:Heol|Stryd|Clos|Ffordd|Lon|Lôn|Maes|Cae|Rhodfa|Teras|Cilgant|Llys|Bryn|Pen-y|Pant|Coed|Cwrt"
    r"|Plas|Parc|Gerddi|Rhes|Glan|Nant|Erw|Ystad|Golwg|Tan|Bro|Rhiw|Allt|Waun|Cefn|Dol)"
)

# First names that are everyday words as well ("Summer", "May", "Grace"): names.py lets them stand in a name,
# children.py does not follow them in lower case ("since the summer").
WORD_FORENAMES = {"may", "june", "april", "grace", "hope", "joy", "rose", "faith", "summer", "autumn"}

# Towns and cities that come up in referrals ("Taid said something about Bangor??"), never a child's name. Towns
# that are forenames or surnames too (Barry, Nelson, Buckley, Chester, Conway, Milford) are left out. (Not in
# NOT_NAME: truecasing would then leave "llanelli" of a lower-case address in lower case.)
TOWNS = set(
    """aberaeron aberdare abergavenny abergele abertillery aberystwyth amlwch ammanford bangor bargoed beaumaris
    blaenavon brecon bridgend builth caernarfon caerphilly cardiff cardigan carmarthen chepstow chirk colwyn conwy
    cowbridge crickhowell criccieth cwmbran denbigh dolgellau fishguard haverfordwest holyhead holywell lampeter
    llandovery llandrindod llandudno llanelli llangefni llanidloes llanrwst llantrisant machynlleth maesteg merthyr
    monmouth narberth neath newport newtown pembroke penarth pontardawe pontypool pontypridd porthcawl porthmadog
    prestatyn pwllheli rhyl rhymney ruthin swansea tenby tonypandy tredegar tregaron treorchy welshpool wrexham
    ystradgynlais caerdydd abertawe casnewydd aberteifi caerfyrddin wrecsam birmingham bristol coventry gloucester
    hereford leicester liverpool london manchester plymouth shrewsbury swindon
    barmouth tywyn harlech blaenau mold buckley llangollen knighton presteigne rhayader caldicot blackwood ferndale
    pencoed kidwelly whitland neyland saundersfoot aberdyfi nefyn bethesda llanberis penmaenmawr llanfairfechan towyn
    corwen rhuddlan talgarth brynmawr nantyglo risca caerleon magor rogiet pontyclun hirwaun gorseinon pontarddulais
    clydach ystalyfera glynneath resolven skewen baglan llandeilo llandysul aberporth bedwas trethomas treharris
    aberfan dowlais pontlottyn tonyrefail beddau gelligaer oakdale crumlin abercarn""".split()
)

# Capitalised words that never start or end a person's name in these messages.
NOT_NAME = {
    *TITLES,
    *(k for k in RELATIONSHIP if " " not in k),
    *POLICE_RANKS,
    "i",
    "its",  # "Its Tyler (born 3rd Feb 2035) and Mason": "it's", typed without its apostrophe
    # a question's opening verb: "Has Kai Ffug (Y6) turned up on anyone's roll?"
    *"has have had did do are were should".split(),
    # "Household is mum Rania Ffug, Omar (17), ...": who lives there, not a person
    "household",
    # "the Attendance and Well Being Service", "the Student Support & Wellbeing team"
    "well",
    "being",
    "wellbeing",
    "support",
    # a form's "Stated DOB:"; a Welsh sign-off's "Pennaeth Blwyddyn 9" (head of Year 9), a councillor's "Aelod Lleol"
    # (local member); a child protection category, "registered (Neglect)"
    "stated",
    "aelod",
    "neglect",
    "pennaeth",
    "dirprwy",
    # Welsh "Efeilliaid Blwyddyn 2 - Osian a Mabli Ffug" (Year 2 twins)
    "efeilliaid",
    "gefeilliaid",
    # counties, said beside a family's name in a subject: "KHAN (2 children) - moved to Pembroke, Pembrokeshire"
    "pembrokeshire",
    "carmarthenshire",
    "denbighshire",
    "flintshire",
    "monmouthshire",
    "ceredigion",
    "gwynedd",
    # Careers Wales's "Five Tier Model", named in its referrals' subjects
    "tier",
    "model",
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "we",
    "it",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "hi",
    "hiya",
    "hello",
    "dear",
    "morning",
    "afternoon",
    "evening",
    "good",
    "thanks",
    "thank",
    "many",
    "kind",
    "best",
    "regards",
    "yours",
    "sincerely",
    "faithfully",
    "please",
    "can",
    "could",
    "would",
    "will",
    "not",
    "no",
    "yes",
    "both",
    "all",
    "each",
    "neither",
    "none",
    "also",
    "and",
    "or",
    "but",
    "so",
    "if",
    "as",
    "at",
    "in",
    "on",
    "to",
    "of",
    "from",
    "for",
    "with",
    "by",
    "since",
    "until",
    "after",
    "before",
    "when",
    "while",
    "who",
    "what",
    "where",
    "which",
    "why",
    "how",
    "just",
    "only",
    "still",
    "now",
    "then",
    "mum",
    "mam",
    "dad",
    "tad",
    "thad",
    "nhad",
    "fam",
    "mother",
    "father",
    "nan",
    "nain",
    "taid",
    "gran",
    "mam-gu",
    "tad-cu",
    "aunt",
    "uncle",
    "sister",
    "brother",
    "stepdad",
    "stepmum",
    "grandmother",
    "grandfather",
    "parent",
    "parents",
    "carer",
    "carers",
    "child",
    "children",
    "pupil",
    "pupils",
    "student",
    "son",
    "daughter",
    "baby",
    "family",
    "dob",
    "upn",
    "gp",
    "name",
    "names",
    "address",
    "surname",
    "forename",
    "forenames",
    "contact",
    "doctor",
    "school",
    "primary",
    "ysgol",
    "coleg",
    "cbc",  # "Merthyr Tydfil CBC": a county borough council
    "welsh-medium",
    "english-medium",
    # Verbs that open a sentence before a name: "Booked Keira Ffug today", "Cafodd Alaw ei geni ..."
    "cafodd",
    "ganwyd",
    "dywedodd",
    "aeth",
    "daeth",
    "booked",
    "visited",
    "attended",
    "spoke",
    "saw",
    "says",  # "Says he's 13 and lives on Ffug Street with his nan"
    "met",
    "phoned",
    "rang",
    "contacted",
    "emailed",
    "received",
    "referred",
    "reported",
    "seen",
    "checked",
    "noticed",
    "relationship",
    "years",
    "notice",
    "telephone",
    "pnawn",
    "rooms",
    "travellers",
    # "they're Roma &amp; we've always had a good relationship with mum": the family's people, not a girl's name
    "roma",
    "romani",
    "romany",
    "surnames",
    "enquiry",
    "placed",
    "irish",
    "incident",
    # A subject's or a line's first word before a year group or a date: "Concern - Year 9 boy", "Born 30/04/2018"
    "concern",
    "concerns",
    "born",
    "abandoned",
    "missing",
    "query",
    "referral",
    "referrals",
    "pregnant",
    "transfer",  # "Transfer in - Ffug family"
    "hey",
    "pitch",  # "Pitch 9, Cae Ffug Holiday Park"
    "brothers",  # "Brothers Andrei & Mihai Ffug"
    "sisters",
    "siblings",
    "modern",  # "Modern Slavery"
    "i'm",  # "I'm Callum's social worker"
    "i’m",
    "i've",  # "has his two children living with him and I've noticed ..."
    "i’ve",
    "i'd",
    "i’d",
    "i'll",
    "i’ll",
    "dobs",  # "Children (DOBs taken from their BRPs):"
    "young",  # "Children and Young People's Support Worker"
    "people",
    "domestic",  # "Domestic Abuse"
    "abuse",
    "slavery",
    "plot",
    "caravan",
    "profile",  # "--- Arbor Student Profile ---"
    "half-brother",
    "half-sister",
    "step-brother",
    "step-sister",
    "stepbrother",
    "stepsister",  # "Pregnant 15yo, not in school"
    "notification",
    "registration",
    "regulations",
    "reference",
    "rec",  # class names: "| Zuzanna Ffug | Rec | 07.02.2022 |"
    "nursery",
    "derbyn",
    "meithrin",
    "academy",
    "uwchradd",  # Welsh school words: "Ysgol Uwchradd Maes Menai" names no person
    "cynradd",
    "gynradd",
    "gyfun",
    "gymraeg",
    "year",
    "reg",
    "gender",
    "male",
    "female",
    "mob",
    "tel",
    "mobile",
    "email",
    "phone",
    "fax",
    "cme",
    "awo",
    "ewo",
    "feo",
    "dsl",
    "alnco",
    "senco",
    "sw",
    "sims",
    "niche",  # the police records system: "Poppy's DOB per Niche: ..."
    "ctf",
    "ctfs",
    # a form's "Child's name: Don't know his name"
    "don't",
    "don’t",
    "mash",
    "nhs",
    "rct",
    "rctcbc",
    "uhb",
    "ctm",
    "camhs",
    "pru",
    "ehe",
    "idp",
    "ppn",
    "dash",
    "marac",
    "nrm",
    "yjs",
    "hv",
    "re",
    "fw",
    "fwd",
    "subject",
    "sent",
    "date",
    "cc",
    "diolch",
    "bore",
    "da",
    "prynhawn",
    "noswaith",
    "annwyl",
    "yn",
    "gywir",
    "cofion",
    "helo",
    "shwmae",
    "pawb",
    "iawn",
    "fawr",
    "ta",
    "cheers",
    "sorry",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "weds",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "easter",
    "christmas",
    "xmas",
    "whitsun",
    "whitsuntide",
    "halloween",
    "pasg",
    "nadolig",
    "sulgwyn",
    "midterm",
    "bank",
    "holiday",
    "holidays",
    "summer",
    "autumn",
    "spring",
    "winter",
    "term",
    "half",
    "police",
    "council",
    "team",
    "service",
    "services",
    "officer",
    "worker",
    "social",
    "health",
    "visitor",
    "nurse",
    "housing",
    # "RE: Temporary accommodation placement - Ffug family": a housing subject's opening word
    "temporary",
    # "Claimed DOB: 01/01/2028 (age assessment pending)"
    "claimed",
    "emergency",
    "accommodation",
    "office",
    "reception",
    "street",
    "road",
    "terrace",
    "avenue",
    "lane",
    "heol",
    "stryd",
    "flat",
    "room",
    "unit",
    "house",
    "hostel",
    "refuge",
    "surgery",
    "jobcentre",
    "centre",
    "practice",
    "medical",
    "hospital",
    "clinic",
    "station",
    "headteacher",
    "head",
    "deputy",
    "teacher",
    "tutor",
    "attendance",
    "welfare",
    # a service's or a role's words: "Pupil Tracking & CME Officer", "the paternal family home"
    "tracking",
    "liaison",
    "inclusion",
    "admissions",
    "paternal",
    "maternal",
    "education",
    "safeguarding",
    "lead",
    "manager",
    "adviser",
    "advisor",
    "case",
    "victim",
    "suspect",
    "occurrence",
    "location",
    "current",
    "previous",
    "last",
    "new",
    "home",
    "known",
    "details",
    "info",
    "information",
    "update",
    "urgent",
    "note",
    "nb",
    "ps",
    "fyi",
    "ok",
    "okay",
    "yr",
    "bl",
    "y",
    "gwybodaeth",
    "ei",
    "fy",
    "eich",
    "ein",
    "chi",
    "ni",
    "mae",
    "nid",
    "dim",
    "wedi",
    "pupil's",
    "child's",
    "mum's",
    "dad's",
    "reason",
    "preference",
    "allocated",
    "parental",
    "resp",
    "legal",
    "birth",
    "dydy",
    "dyw",
    "dydi",
    "roedd",
    "does",
    "oes",
    "bydd",
    "mi",
    "fe",
    "dwi",
    "rydw",
    "rydyn",
    "heb",
    "ond",
    "hefyd",
    "ers",
    "gyda",
    "efo",
    "wnaeth",
    "nath",
    "plis",
    "os",
    "gwelwch",
    "ddim",
    "one",
    "two",
    "three",
    "four",
    "five",
    "twins",
    "boy",
    "girl",
    "boys",
    "girls",
    "kids",
    "lad",
    "youngest",
    "eldest",
    "older",
    "younger",
    "english",
    "welsh",
    "polish",
    "romanian",
    "arabic",
    "syrian",
    "afghan",
    "pakistan",
    "poland",
    "romania",
    # countries families come from, which a list cue could read as a child ("two children who arrived from Sylhet,
    # Bangladesh"); not those that are forenames too (India, Kenya, Georgia, Jordan). (Not yet the European ones a
    # family "went back to": the carers' rules read those sentences by where the next name starts.)
    "bangladesh",
    "syria",
    "afghanistan",
    "iraq",
    "iran",
    "eritrea",
    "sudan",
    "somalia",
    "somaliland",
    "ukraine",
    "nigeria",
    "ghana",
    "vietnam",
    "yemen",
    "ethiopia",
    "zimbabwe",
    "ireland",
    "scotland",
    "wales",
    "england",
    "uk",
    "cardiff",
    "swansea",
    "bristol",
    "children's",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "ie",
    "eg",
    "etc",
    "asap",
    "am",
    "pm",
    "gcse",
    "gcses",
    "instagram",
    "facebook",
    "whatsapp",
    "flagging",
    "referring",
    "regarding",
    "concerning",
    "following",
    "adding",
    "forwarding",
    "re:",
    "fao",
    "attn",
    "pupil:",
    "quick",
    "sadly",
    "unfortunately",
    "apparently",
    # sentence adverbs that open a sentence before a name: "However Lacey Ffug (Y2) is NOT on our roll"
    "however",
    "meanwhile",
    "additionally",
    "furthermore",
    "although",
    "luckily",
    "hopefully",
    "thankfully",
    "therefore",
    "otherwise",
    "possibly",
    "covid",
    "dv",
    "cp",
    "cse",
    "cce",
    "sgo",
    "lac",
    "cla",
    "le",
    "is",
    "was",
    # Capitalised in the names of systems, panels and places: "the Lost Pupil Database", "Looked After",
    # "Pupil Discipline Committee", "Hotel reception", "(Blwyddyn 4, ...)".
    "database",
    "hotel",
    "committee",
    "discipline",
    "looked",
    "blwyddyn",
    "disgybl",
    "private",
    "tenant",
    "applicant",
    # contractions typed without the apostrophe, capitalised at a sentence's start: "Shes in year 9"
    "shes",
    "hes",
    "theyre",
    "theres",
    "thats",
    "dont",
    "didnt",
    "ive",
    "im",
    "fostering",
    "disgyblion",
    "plentyn",
    "panel",
    "protection",  # "the Public Protection Unit"
    "flying",  # "Flying Start health visitor here"
    "start",
    "governors",
    "board",
    # Peoples, nationalities and languages: "Nationality: Eritrean", "health visitor for Gypsy, Roma and Traveller
    # families" ("Roma" is left out: it is a forename too).
    *"""gypsy gypsies traveller travellers irish scottish british eritrean ethiopian somali sudanese kurdish iraqi
    iranian turkish vietnamese chinese bangladeshi bengali indian nigerian ghanaian portuguese spanish italian
    lithuanian latvian slovak czech hungarian bulgarian ukrainian russian albanian tigrinya amharic urdu punjabi
    pashto dari farsi mandarin cantonese filipino zimbabwean congolese yemeni""".split(),
}

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
}

# The words just before a relative's word that deny the relationship: "not the father of", "(not the child's
# father)", "isn't their biological dad".
_DENIED_BEFORE = re.compile(
    r"\b(?:not|n['’]t)[ \t]+(?:(?:the|their|his|her|a)[ \t]+)?(?:\w+['’]s?[ \t]+)?(?:biological[ \t]+|birth[ \t]+)?$",
    re.IGNORECASE,
)


def kin_denied(text: str, start: int) -> bool:
    """Whether the relative's word at `start` is denied by the words before it."""
    return bool(_DENIED_BEFORE.search(text[max(0, start - 40) : start]))


# Where a sentence ends: a full stop that is not an initial's ("Mrs A. Ffug"), or the end of the line.
# A brother or sister named after another child: "Poppy and her brother George", "Kai and his little sister Mia"
SIBLING_AFTER_AND = r"(?:his|her|their)\s+(?:(?:older|younger|little|big|twin)\s+)?(?:sister|brother)\s+"

# (not the last dot of "d.o.b." or "e.g.")
# (not a year group's "Bl. 10" or "Yr. 9": Welsh Blwyddyn, English Year)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\.[a-z])(?:(?<!\bBl)(?<!\bYr)|(?!\.\s*\d))\.(?:\s|$)|\n")


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding `pos` ends: a full stop (not an initial's) or a line break; else the text's end."""
    stop = SENTENCE_END.search(text, pos)
    return stop.start() if stop else len(text)
