"""Word lists in the policy's words: kinship, titles, school and surgery names, street words."""

from __future__ import annotations

# Kinship words (English and Welsh) -> SCHEMA.md carer relationship.
RELATIONSHIP = {
    "mum": "mother", "mam": "mother", "mother": "mother", "mom": "mother", "mummy": "mother", "mami": "mother",
    "mamgu": "grandmother", "mam-gu": "grandmother", "nain": "grandmother", "nan": "grandmother",
    "nana": "grandmother", "nanna": "grandmother", "gran": "grandmother", "granny": "grandmother",
    "grandma": "grandmother", "grandmother": "grandmother", "nanny": "grandmother",
    "dad": "father", "tad": "father", "father": "father", "daddy": "father", "dada": "father",
    "tad-cu": "grandfather", "tadcu": "grandfather", "taid": "grandfather", "grandad": "grandfather",
    "granddad": "grandfather", "grandfather": "grandfather", "grandpa": "grandfather", "bamp": "grandfather",
    "bampi": "grandfather", "gramps": "grandfather",
    "stepmum": "stepmother", "step-mum": "stepmother", "stepmother": "stepmother", "step-mother": "stepmother",
    "llysfam": "stepmother",
    "stepdad": "stepfather", "step-dad": "stepfather", "stepfather": "stepfather", "step-father": "stepfather",
    "llystad": "stepfather",
    "aunt": "aunt", "auntie": "aunt", "aunty": "aunt", "modryb": "aunt",
    "uncle": "uncle", "ewythr": "uncle", "wncwl": "uncle",
    "sister": "sibling", "brother": "sibling", "sibling": "sibling", "chwaer": "sibling", "brawd": "sibling",
    "foster carer": "foster carer", "foster carers": "foster carer", "foster parent": "foster carer",
    "foster parents": "foster carer", "foster mum": "foster carer", "foster dad": "foster carer",
    "guardian": "guardian", "special guardian": "guardian", "legal guardian": "guardian",
    "family friend": "other", "friend": "other", "carer": None, "parent": None, "parent/carer": None,
}
# Longest first so "maternal grandmother" and "foster carer" win over "mother" and "carer".
KIN_PATTERN = (
    r"(?i:(?:(?:maternal|paternal)\s+)?(?:"
    + "|".join(sorted((k.replace("-", r"[- ]?").replace(" ", r"\s+") for k in RELATIONSHIP), key=len,
                      reverse=True))
    + r"))"
)


def relationship_of(word: str) -> str | None:
    """'Mam-gu' -> 'grandmother'; None for words that say care but not which relation."""
    w = " ".join(x for x in word.lower().split() if x not in {"maternal", "paternal", "older", "elder", "big",
                                                                "little", "younger"})
    w = w.rstrip("'s").strip() if w.endswith("'s") else w
    if w in RELATIONSHIP:
        return RELATIONSHIP[w]
    w2 = w.replace(" ", "-")
    if w2 in RELATIONSHIP:
        return RELATIONSHIP[w2]
    return RELATIONSHIP.get(w.replace("-", "").replace(" ", ""))


TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "rev", "revd", "prof", "sir", "dame", "lady", "lord"}
POLICE_RANKS = {"pc", "pcso", "dc", "ds", "di", "dci", "sgt", "insp", "inspector", "sergeant", "constable", "det"}

SCHOOL_HEAD = r"(?:Ysgol(?:[ \t]+Gynradd|[ \t]+Gyfun|[ \t]+Uwchradd|[ \t]+Gymraeg|[ \t]+Fabanod|[ \t]+Iau)?|Coleg)"
SCHOOL_TAIL = (
    r"(?:Primary(?:[ \t]+School)?|Juniors?(?:[ \t]+School)?|Infants?(?:[ \t]+School)?|Community[ \t]+(?:School|College|"
    r"Primary(?:[ \t]+School)?)|Comprehensive(?:[ \t]+School)?|High[ \t]+School|Secondary(?:[ \t]+School)?|Academy|"
    r"College|School|Nursery(?:[ \t]+School)?|Education[ \t]+Centre|Learning[ \t]+Centre|PRU|Middle[ \t]+School|"
    r"Grammar(?:[ \t]+School)?)"
)
PRACTICE_TAIL = (
    r"(?:Surgery|Medical[ \t]+Centre|Medical[ \t]+Practice|Health[ \t]+Centre|Health[ \t]+Park|Family[ \t]+Practice|"
    r"Group[ \t]+Practice|Practice|Medical[ \t]+Group|Clinic|Canolfan[ \t]+Iechyd|Meddygfa)"
)
STREET_WORDS = (
    r"(?:Street|St|Road|Rd|Terrace|Terr|Avenue|Ave|Crescent|Close|Lane|Way|Drive|Place|Court|Gardens|Hill|"
    r"Row|Square|View|Parade|Park|Grove|Mews|Walk|Rise|Green|Estate|Villas|Cottages|Flats|Buildings)"
)
WELSH_STREET_HEADS = r"(?:Heol|Stryd|Clos|Ffordd|Lon|Lôn|Maes|Cae|Rhodfa|Teras|Cilgant|Llys|Bryn|Pen-y|Pant|Coed)"

# Capitalised words that never start or end a person's name in these messages.
NOT_NAME = {
    *TITLES, *POLICE_RANKS,
    "i", "the", "a", "an", "he", "she", "they", "we", "it", "his", "her", "their", "our", "my", "your", "this",
    "that", "these", "those", "there", "here", "hi", "hiya", "hello", "dear", "morning", "afternoon", "evening",
    "good", "thanks", "thank", "many", "kind", "best", "regards", "please", "can", "could", "would", "will",
    "not", "no", "yes", "both", "all", "each", "neither", "none", "also", "and", "or", "but", "so", "if", "as",
    "at", "in", "on", "to", "of", "from", "for", "with", "by", "since", "until", "after", "before", "when",
    "while", "who", "what", "where", "which", "why", "how", "just", "only", "still", "now", "then",
    "mum", "mam", "dad", "tad", "mother", "father", "nan", "nain", "taid", "gran", "mam-gu", "tad-cu", "aunt",
    "uncle", "sister", "brother", "stepdad", "stepmum", "grandmother", "grandfather", "parent", "parents",
    "carer", "carers", "child", "children", "pupil", "pupils", "student", "son", "daughter", "baby", "family",
    "dob", "upn", "gp", "name", "names", "address", "surname", "forename", "forenames", "contact", "doctor",
    "school", "primary", "ysgol", "year", "reg", "gender", "male", "female", "mob", "tel", "mobile", "email",
    "phone", "fax", "cme", "awo", "ewo", "feo", "dsl", "alnco", "senco", "sw", "sims", "ctf", "mash", "nhs",
    "rct", "rctcbc", "uhb", "ctm", "camhs", "pru", "ehe", "idp", "ppn", "dash", "marac", "nrm", "yjs", "hv",
    "re", "fw", "fwd", "subject", "sent", "date", "cc", "diolch", "bore", "da", "prynhawn", "noswaith",
    "annwyl", "yn", "gywir", "cofion", "helo", "shwmae", "pawb", "iawn", "fawr", "ta", "cheers", "sorry",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "weds",
    "thu", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "easter", "christmas", "summer", "autumn", "spring", "winter", "term",
    "half", "police", "council", "team", "service", "services", "officer", "worker", "social", "health",
    "visitor", "nurse", "housing", "office", "reception", "street", "road", "terrace", "avenue", "lane",
    "heol", "stryd", "flat", "room", "unit", "house", "hostel", "refuge", "surgery", "centre", "practice",
    "medical", "hospital", "clinic", "station", "headteacher", "head", "deputy", "teacher", "tutor",
    "attendance", "welfare", "education", "safeguarding", "lead", "manager", "adviser", "advisor", "case",
    "victim", "suspect", "occurrence", "location", "current", "previous", "last", "new", "home", "known",
    "details", "info", "information", "update", "urgent", "note", "nb", "ps", "fyi", "ok", "okay", "yr",
    "bl", "y", "gwybodaeth", "ei", "fy", "eich", "ein", "chi", "ni", "mae", "nid", "dim", "wedi",
    "pupil's", "child's", "mum's", "dad's", "reason", "preference", "allocated", "parental", "resp", "legal",
    "one", "two", "three", "four", "five", "twins", "boy", "girl", "boys", "girls", "kids", "lad", "youngest",
    "eldest", "older", "younger", "english", "welsh", "polish", "romanian", "arabic", "syrian", "afghan",
    "pakistan", "poland", "romania", "wales", "england", "uk", "cardiff", "swansea", "bristol", "children's",
    "dr.", "mr.", "mrs.", "ms.", "ie", "eg", "etc", "asap", "am", "pm", "gcse", "gcses", "instagram",
    "facebook", "whatsapp", "flagging", "referring", "regarding", "concerning", "following", "adding",
    "forwarding", "re:", "fao", "attn", "pupil:", "quick", "sadly", "unfortunately", "apparently", "possibly", "covid", "dv", "cp", "cse", "cce", "sgo", "lac", "cla", "le", "is", "was",
}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18,
}
