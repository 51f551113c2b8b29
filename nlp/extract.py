"""The referral extractor: reads a prepared report and fills one ChildFound per child it is about."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc

from nlp.addresses import find_addresses
from nlp.adult_cues import NOT_A_PUPIL_AFTER
from nlp.attribution import owners
from nlp.carers import find_carers, said_gone_after, said_not_living_with, sibling_not_carer
from nlp.child_mentions import corrected_away, is_adult
from nlp.children import (
    Child,
    other_of_a_pair,
    read_children,
    stated_age,
    stated_age_re,
    unnamed_besides,
    unnamed_child,
)
from nlp.codes import REASON_PHRASES, RISK_PHRASES, child_protection_concern, find_codes
from nlp.forms import cell_years, table_rows, tables
from nlp.gp import GPFound, find_gps, gp_unknown
from nlp.language import detect_language
from nlp.layout import join_wrapped_lines, read_form_layout
from nlp.lexicon import KIN_PATTERN, NOT_NAME, STREET_WORDS, WELSH_STREET_HEADS, relationship_of, sentence_end
from nlp.names import NameMention, display_name, find_names
from nlp.parse import carers_by_parse
from nlp.pipeline import entities, load_pipeline
from nlp.prepare import prepare_text
from nlp.referrer import agency_for, referrer_name
from nlp.schools import SchoolFound, find_schools, in_full, school_in_sender_name, school_named_as_own
from nlp.signature import signature_zones
from nlp.surname_parents import adult_of_surname, parent_by_surname, parent_by_title, police_victim_parent
from nlp.truecase import read_as_typed, read_shouted_lines, truecase
from nlp.types import ChildFound, Extraction, Found, Report
from nlp.validators import DATE_RE, POSTCODE_RE, UPN_RE, age_on, is_valid_upn, normalise_postcode, parse_date_match
from nlp.writer import PROFESSIONAL, referrer_is_carer, same_person

_DOB_LABEL = re.compile(
    # "b. 01/02/2034" (born); "his birthday" (not "Omar birthday 22/03/2035", a date said of the name before it)
    # ... "Ethan's birthday is 14th January 2030"
    r"(?:DOB|D\.O\.B\.?|Date of birth|born|Dyddiad geni|(?<=\b(?:his|her)\s)birthday|(?<=['’]s\s)birthday(?=\s+is\b)"
    r"|(?<![\w.])b\.(?=\s*\d))s?"
    r"(?:\s*\([^)\n]{0,30}\))?"  # "(as stated on admission)"
    # "DOB on the passport is", "DOB given as", "date of birth has been recorded as"
    # ... "DOB on the admissions form", "DOB on SIMS"
    r"(?:\s+(?:on\s+(?:(?:the|his|her)\s+)?(?:passport|(?:admissions?\s+|referral\s+|application\s+)?form|SIMS|records?"
    r"|birth\s+certificate|system|CTF)|(?:has\s+been\s+|was\s+|is\s+|as\s+)?(?:given|stated|recorded|assessed|set)"
    r"(?:\s+by\s+(?:him|her|them|mum|dad|the\s+\w+))?))?"  # "DOB as given by him: 01/01/2029"
    r"(?:\s+[A-Z][\w'’-]+\s+(?:yw|ydy)\b)?"  # "Dyddiad geni Mali yw ..." (Mali's date of birth is)
    r"(?:\s+for\s+(?:both|all|the\s+twins))?"  # "DOB for both 11/03/2017": the twins'
    r"\s*[:\-=]?\s*(?:(?:is|as|of|on)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_DOB_CORRECTED = re.compile(
    r"\b(?:sorry|correction|apologies|actually|should\s+(?:have\s+)?(?:been|read))\b[^.\n]{0,30}?"
    r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth)\s*(?:is|should\s+be|was)?\s*:?\s*(?:actually\s+)?",
    re.IGNORECASE,
)
# "dobs maisie 21/01/2035, alfie 08/04/2038": a list of first names, each with its date of birth
_DOB_LIST = re.compile(r"\b(?:DOBs|D\.O\.B\.?s|dates of birth)\b[ \t]*:?[ \t]*(?=[^\W\d_])", re.IGNORECASE)
_NAME_DATE = re.compile(r"[ \t]*(?:,|and|&)?[ \t]*([^\W\d_][\w'’-]*)[ \t]*[-:]?[ \t]*(?=\d)")
_NEVER_AT_SCHOOL = re.compile(r"never (?:attended|been to|been in) (?:any )?school|no formal schooling", re.I)
# Signs that a school referrer is writing about its own pupil, or about someone else's.
_OWN_PUPIL = re.compile(
    r"\bour (?:new )?(?:Y|Year|roll|pupil|school)|\bwith us\b|\bleft us\b|not turned up|never arrived|hasn'?t turned up"
    r"|haven'?t turned up|not (?:been )?in since|hasn'?t been in|not back|not come back|hasn'?t come back"
    r"|hasn'?t returned|not returned|haven'?t come back|removed from roll|off roll|from roll|due to start with us"
    r"|\bpupil\b|\bY\d{1,2}\b|absence|on roll|gyda ni\b|efo ni\b|\bours\b|\bmy (?:yr|y|year) ?\d",
    re.IGNORECASE,
)
_NOT_OUR_PUPIL = re.compile(
    # (not a sibling's "Little brother Luca is only 2 so not one of ours")
    r"(?<!\bso\s)not (?:strictly )?one of ours|\bnot ours\b|not (?:on|in) our (?:roll|school)"
    r"|asking (?:for|about) (?:a )?places?"
    # "None of the three are in any school", "Neither of them is attending school"
    r"|\b(?:none|neither)(?: of (?:them|the \w+)| child| boy| girl)? (?:is |are )?(?:in|at|attending) any school"
    r"|could come to us"
    r"|place for (?:his|her|their)|in-year (?:application )?form but|(?:not|n['’]t) (?:in|at) any school"
    r"|(?:not|n['’]t) (?:registered|enrolled|on roll) (?:at|with|in) any (?:school|nursery)"
    r"|not on any (?:school )?roll|new family"
    # "has never been to school here or anywhere", "apply for a place with us"
    r"|never been to (?:school|nursery) here|apply(?:ing)? for a place with us"
    # "taken him off our admissions list as he never started, so he's not on roll with us"
    # not "a school in Coventry ... says she never started there": another school's, not ours
    r"|not on (?:the )?roll (?:with us|here)|(?:he|she|they) never started(?!\s+(?:there|at|in)\b)|\bin school anywhere"
    # "As Marcus never started with us he was not placed on our roll" (not "Ava-May (Rec) never started with us in
    # Sept": on the roll, and missing from it)
    r"|\bnot (?:been )?placed on (?:our|the) roll\b"
    r"|has an? (?:younger|older|little|big) (?:sister|brother)|never (?:been )?(?:added to|put on|on) (?:our|the) roll"
    r"|not been (?:put|added) on (?:our |the )?roll|(?:haven'?t|have not) put (?:him|her|them) on (?:our |the )?roll"
    # "we haven't added him to roll", "have not added him to our roll", "he was not added to our roll"
    r"|\b(?:was|were|is|has|have)(?: not been| not|n'?t been|n'?t) added to (?:our |the )?roll"
    # "neither child is on our roll"
    r"|\b(?:neither|none)\b[^.\n]{0,30}\b(?:is|are) on our roll"
    r"|(?:haven'?t|hasn'?t|have not|has not|did not|didn'?t) (?:yet )?added (?:him|her|them) (?:to|on) "
    r"(?:our |the )?roll",
    re.IGNORECASE,
)

_WRITER_AT = re.compile(
    r"\b(?:office|reception|admin|I\s+work|I'?m\s+(?:the\s+)?\w+|I\s+am\s+(?:the\s+)?\w+|we\s+are|we['’]re|(?:DSL|SENCo|"
    r"headteacher|head|teacher|attendance officer)(?:\s+\w+)?|(?:still\s+)?on\s+roll\s+with\s+us)\s+(?:at|in|from)\s+$",
    re.IGNORECASE,
)

MAX_CHARS = 20_000


def _found(value: object, start: int, end: int, confidence: float) -> Found:
    return Found(value, start, end, confidence)


def read_text(report: Report) -> str:
    """The text the extractor reads: the email subject (it often names the child) and the prepared body."""
    # A first report is read whole: a quoted earlier message it passes on still describes the child.
    body = prepare_text(report.text[: MAX_CHARS * 10], report.channel, report.subject, keep_quoted=True)
    if report.channel == "email":
        body = join_wrapped_lines(body)
    body = truecase(read_shouted_lines(read_form_layout(body)))
    if report.channel == "email" and report.subject:
        body = f"Subject: {report.subject}\n\n{body}"
    # A referral is read from its first pages; an attachment pasted whole should not stall the queue.
    return read_as_typed(body[:MAX_CHARS])


def extract(report: Report) -> Extraction:
    """Find what the report says about each child, its referrer, reasons and risks."""
    text = read_text(report)
    return _extract_read(report, text, load_pipeline()(text))


def extract_many(reports: Iterable[Report], batch_size: int = 32) -> Iterator[Extraction]:
    """`extract` over many reports, the model reading them in batches."""
    reports = list(reports)
    texts = [read_text(r) for r in reports]
    docs = load_pipeline().pipe(texts, batch_size=batch_size)
    for report, text, doc in zip(reports, texts, docs, strict=True):
        yield _extract_read(report, text, doc)


def _extract_read(report: Report, text: str, doc: Doc) -> Extraction:
    today = report.received_at.date()
    zones = signature_zones(text)
    kids, asides = read_children(text, today, zones)
    kids = [k for k in kids if not _signs_off(text, k, report.sender_name)]
    mentions = find_names(text)  # read once: the model's check, the carer readers
    _weigh_with_model(kids, doc, zones, mentions)
    if not kids:
        kids = unnamed_child(text, zones)
    else:
        # (one child unnamed either way: "a girl called Precious, about 12, and a little boy, I don't know his name")
        unnamed = unnamed_besides(text, zones) or other_of_a_pair(text, zones, kids)
        kids = sorted(kids + unnamed, key=lambda k: k.start)
    out = Extraction(text=text, language=detect_language(text))
    out.phone_numbers = [
        Found(sp.text, sp.start_char, sp.end_char, 0.9)
        for sp in doc.spans.get("structured", [])
        if sp.label_ == "PHONE" and not any(a <= sp.start_char < b for a, b in zones)
    ]
    found = [ChildFound() for _ in kids]
    for ch, cf in zip(kids, found, strict=True):
        if ch.name:
            cf.name = _found(ch.name, ch.start, ch.start + len(ch.mentions[0].text), ch.confidence)
    _fill_dob_age(text, today, kids, found, zones)
    _fill_upn(text, doc, kids, found, zones)
    _fill_address(text, kids, found, zones, asides)
    _fill_carer(text, kids, found, zones, mentions, asides)
    _fill_carer_by_parse(text, kids, found, zones, asides)
    _fill_carer_by_surname(text, kids, found, zones, report.sender_name, mentions, today)
    signature = text[zones[0][0] : zones[0][1]] if zones else ""
    agency = agency_for(report.sender, report.channel, signature, report.sender_name)
    ref = referrer_name(signature, zones[0][0] if zones else 0, report.sender_name, report.channel)
    if ref:
        out.referrer_name = _found(ref[0], max(ref[1], 0), max(ref[2], 0), 0.8 if ref[1] >= 0 else 0.6)
    if agency:
        out.referrer_agency = _found(agency, 0, 0, 0.8)
    _fill_gp(text, kids, found, zones, agency, signature, ref[0] if ref else None)
    _fill_school(text, kids, found, zones, asides, report, agency, signature)
    _fill_codes(text, out, zones)
    staff_on_slack = report.channel == "slack" and bool(PROFESSIONAL.search(report.sender_name or ""))
    referrer_is_carer(text, found, out.referrer_name, zones, kids, pasted=staff_on_slack)
    _fill_from_table_rows(text, kids, found)
    _fill_carer_from_household_rows(text, kids, found)
    _share_between_siblings(text, found)
    out.children = found
    return out


# Siblings share a home, a carer and a GP unless the report says otherwise: what is stated for one child only
# ("her brother Tiago (yr 9, same addr)") is the others' too when nothing else is said of them.
_SHARED = (("address", "postcode"), ("carer_name", "carer_relationship"), ("gp_doctor", "gp_practice"))


# "N/K", "none - never attended", "not registered", "Dad - name N/K": a cell that gives nothing
_EMPTY_CELL = re.compile(r"(?i)^(?:n/?a|n/?k|none|unknown|not\b|never\b|tbc|-+$|\?)|\bN/?K\b|\bnot known\b|\bunknown\b")


def _fill_from_table_rows(text: str, kids: list[Child], found: list[ChildFound]) -> None:
    """A pasted table gives each row's child the carer, address and school in that row's cells, where nothing
    said elsewhere has given them."""
    for start, end, cells in table_rows(text):
        mine = [i for i, k in enumerate(kids) if any(start <= m.start < end for m in k.mentions)]
        if len(mine) != 1:
            continue
        cf = found[mine[0]]
        for col, value in cells.items():
            if not value or _EMPTY_CELL.search(value):
                continue
            at = text.find(value, start, end)
            age = cell_years(value)
            if re.search(r"\bage\b", col) and age is not None and 2 <= age <= 18 and cf.age is None:
                cf.age = _found(age, at, at + len(value), 0.85)  # "| Kayden Ffug | Son | 11 |"
            elif col == "upn" and UPN_RE.fullmatch(value.strip()):
                # the row's own, always; a wrong check letter makes it doubtful, not someone else's
                upn = value.replace(" ", "").upper()
                cf.upn = _found(upn, at, at + len(value), 0.99 if is_valid_upn(upn) else 0.4)
            elif (
                cf.carer_name is None
                and re.search(r"parent|carer|contact|guardian", col)
                and not re.search(r"number|phone|tel|mobile|email", col)
            ):
                kin = re.search(rf"\((?i:({KIN_PATTERN}))\)", value)
                name = value[: kin.start()].strip() if kin else value
                cf.carer_name = _found(display_name(name), at, at + len(name), 0.8)
                rel_cell = next((v for c, v in cells.items() if re.fullmatch(r"rel(?:ationship)?\.?", c)), None)
                rel = relationship_of(kin.group(1) if kin else rel_cell or "")
                if rel and cf.carer_relationship is None:
                    cf.carer_relationship = _found(rel, at, at + len(value), 0.8)
            elif cf.address is None and "address" in col and not re.search(r"previous|old|former|email", col):
                postcode = next((v for c, v in cells.items() if "postcode" in c), "")
                full = f"{value}, {postcode}" if postcode and postcode not in value else value
                cf.address = _found(full, at, at + len(value), 0.8)
                pc = POSTCODE_RE.search(full)
                if pc and cf.postcode is None:
                    cf.postcode = _found(normalise_postcode(pc.group()), at, at + len(value), 0.8)
            elif (
                cf.school is None
                and "school" in col
                and not re.search(r"allocated|new|next|applied|receiving|destination", col)
            ):
                cf.school = _found(value, at, at + len(value), 0.8)


# A household table's row for a parent: "Katarzyna NOWAK | Victim / mum | 02/08/2009 |", "Lee PARRY | 03-May-2011 |
# Father (sole) |", "Monika OLAHOVA   41   Mum", "Jan OLAH   44   Dad - at work". The cell holds the relation alone,
# so "Mother - Kerry Ffug" (a child's row naming its contact) and "Mother's partner" are not such rows.
_PARENT_CELL = re.compile(
    rf"(?:[\w ]{{1,12}}/[ \t]*)?({KIN_PATTERN})(?![\w'’-])(?:[ \t]*\([^)\n]*\))?(?:[ \t]*[-–][ \t]*[a-z][^\n]*)?"
)
_CARING_RELATIONS = {
    "mother", "father", "stepmother", "stepfather", "grandmother", "grandfather", "guardian", "foster carer"
}


def _fill_carer_from_household_rows(text: str, kids: list[Child], found: list[ChildFound]) -> None:
    """A household table's first parent row names the carer of the children in that table who have none yet."""
    for rows in tables(text):
        parent = None
        for start, end, cells in rows:
            name, *others = cells.values()
            if any(start <= m.start < end for k in kids for m in k.mentions) or not re.fullmatch(
                r"[^\W\d_][\w'’. -]*\s[\w'’. -]*[^\W\d_]", name
            ):
                continue
            kin = next((m for c in others if (m := _PARENT_CELL.fullmatch(c))), None)
            rel = relationship_of(kin.group(1)) if kin else None
            if rel in _CARING_RELATIONS:
                parent = (display_name(name), text.find(name, start, end), rel)
                break
        if parent is None:
            continue
        for k, cf in zip(kids, found, strict=True):
            in_table = any(rows[0][0] <= m.start < rows[-1][1] for m in k.mentions)
            if in_table and cf.carer_name is None:
                name, at, rel = parent
                cf.carer_name = _found(name, at, at + len(name), 0.75)
                if cf.carer_relationship is None:
                    cf.carer_relationship = _found(rel, at, at + len(name), 0.75)


def _surname(cf: ChildFound) -> str | None:
    return cf.name.value.split()[-1].lower() if cf.name and cf.name.value else None


def _other_family(a: ChildFound, b: ChildFound) -> bool:
    """Two children named in full whose surnames share nothing ('Ffug' and 'Ffug-Rees' do)."""
    names = [c.name.value.lower().split() if c.name and c.name.value else [] for c in (a, b)]
    if any(len(n) < 2 for n in names):
        return False
    return not set(names[0][-1].split("-")) & set(names[1][-1].split("-"))


def _on_own_line(text: str, cf: ChildFound, field: str) -> bool:
    """The value stands on the line where the child is named: said of that child alone."""
    got, name = getattr(cf, field), cf.name
    if got is None or name is None:
        return False
    a, b = sorted((got.start, name.start))
    return "\n" not in text[a:b]


def _share_between_siblings(text: str, found: list[ChildFound]) -> None:
    # "dad texted": a relationship alone, where the sibling's carer of that relationship is named: any child's
    # when the report names one carer, else a child's of the same surname ("Jac Ffug (dad: X); Lili Ffug").
    for cf in found:
        if cf.carer_name is not None or cf.carer_relationship is None:
            continue
        for family in (found, [o for o in found if _surname(o) == _surname(cf)]):
            named = {
                (o.carer_name.value, o.carer_relationship.value if o.carer_relationship else None): o
                for o in family
                if o.carer_name
            }
            if len(named) == 1:
                (name, rel), source = next(iter(named.items()))
                if rel == cf.carer_relationship.value and source.carer_name:
                    cf.carer_name = Found(name, source.carer_name.start, source.carer_name.end, 0.5)
                break
    for group in _SHARED:
        have = [cf for cf in found if any(getattr(cf, f) for f in group)]
        values = {tuple(getattr(cf, f).value if getattr(cf, f) else None for f in group) for cf in have}
        if len(values) != 1 or len(have) == len(found):
            continue
        source = have[0]
        for cf in found:
            if cf in have or any(f.split("_")[0] in cf.unknown for f in group):
                continue
            if _other_family(cf, source) and _on_own_line(text, source, group[0]):
                continue  # "1) Brandon FFUG, says he is 13, lives with his dad at ...\n2) Kayden FFUGS, 12, ..."
            for f in group:
                got = getattr(source, f)
                if got is not None:
                    setattr(cf, f, Found(got.value, got.start, got.end, min(got.confidence, 0.5)))


# "a school in Mountain Ash", "moved from Tonyrefail": two capitalised words after these are a place.
_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|from|to|near|around|outside|on)\s+$", re.IGNORECASE)
# "Penarth Rd", "Teras Glanrafon": a street the model took for a child
_STREET_LAST = re.compile(rf"\s{STREET_WORDS}\.?$|^{WELSH_STREET_HEADS}\s")
# "courses at Cardiff and Vale College": a school's or college's name, not a child's
_SCHOOL_LAST = re.compile(r"\s(?:College|School|Academy|Primary|High|Comprehensive|University|Centre)$")


def _signs_off(text: str, child: Child, sender_name: str | None) -> bool:
    """'- Kate, Yr 3, George Street Primary' closing a teacher's Slack post: the sender's own first name, signing
    with her class, not a pupil."""
    words = (sender_name or "").split()
    return bool(words) and child.name == words[0] and all(
        re.fullmatch(r"[ \t]*[-–—~][ \t]*", text[text.rfind("\n", 0, m.start) + 1 : m.start]) for m in child.mentions
    )


def _weigh_with_model(kids: list[Child], doc: Doc, zones: list[tuple[int, int]], mentions: list[NameMention]) -> None:
    """The trained NER confirms rule-found children, and names the child when no rule found one."""
    # Only a full name the name finder also sees: the model alone is not trusted to invent a child.
    full_names = {(n.start, n.end) for n in mentions if len(n.tokens) >= 2}
    model_children = [
        e
        for e in entities(doc, "CHILD")
        if not any(s <= e.start_char < z for s, z in zones)
        and (e.start_char, e.end_char) in full_names
        and not is_adult(doc.text, NameMention(e.text, e.start_char, e.end_char))
        and not _AFTER_PLACE_WORD.search(doc.text[max(0, e.start_char - 12) : e.start_char])
        and not _STREET_LAST.search(e.text)
        and not _SCHOOL_LAST.search(e.text)
        and not corrected_away(doc.text, e.start_char)
        and not NOT_A_PUPIL_AFTER.match(doc.text[e.end_char : e.end_char + 110])  # "the old Red Lion pub"
    ]
    for ch in kids:
        confirmed = any(e.text.split()[0] == ch.first for e in model_children)
        ch.confidence = 0.95 if confirmed else 0.8
    if kids or not model_children:
        return
    for e in model_children:
        name = display_name(e.text)
        if not any(k.first == name.split()[0] for k in kids):
            kids.append(
                Child(name, e.start_char, e.end_char, [NameMention(e.text, e.start_char, e.end_char)], confidence=0.6)
            )


_ONE = (
    r"(?:the\s+)?(?:boy|girl|lad|son|daughter|older\s+one|younger\s+one|eldest|oldest|youngest)\s+"
    r"(?:is\s+|'s\s+|looks\s+)?(?:about\s+|maybe\s+|around\s+|roughly\s+|approx\.?\s+|probably\s+|possibly\s+)?"
)
_ONE_ROUGH_AGE = re.compile(
    r"\b(?:a|an|the)\s+(?:little\s+|young\s+)?(?:girl|boy|lad|lass|child|kid|teenager)\s+"
    r"(?:(?:of|aged|about|around|maybe|roughly|approx\.?)\s+)+(\d{1,2})\b(?!\s*(?:months?|weeks?|days?|%))",
    re.IGNORECASE,
)
# "anyone know a girl called Kayla?\naround 12": a rough age on a line of its own.
_ROUGH_AGE_LINE = re.compile(
    r"(?m)^[ \t]*(?:about|around|roughly|approx\.?|maybe|probably)[ \t]+(\d{1,2})(?:ish)?"
    r"[ \t]*(?:yrs?|years?(?:[ \t]+old)?)?[ \t]*[.?!]?[ \t]*$",
    re.IGNORECASE,
)
_TWO_ROUGH_AGES = re.compile(rf"\b{_ONE}(\d{{1,2}})\b,?\s+(?:and\s+)?{_ONE}(\d{{1,2}})\b", re.IGNORECASE)
# "I think they're called Ryan and Callum ... they're about 10 and 12": the two children's ages, in their order
_THEIR_TWO_AGES = re.compile(
    r"\bthey(?:['’]re|\s+are|\s+look)\s+(?:about|around|aged|roughly|maybe|approx\.?)?\s*(\d{1,2})\s+(?:and|&)\s+"
    r"(\d{1,2})\b(?!\s*(?:months?|weeks?|days?|%|mins?|minutes?|hours?))",
    re.IGNORECASE,
)


def _fill_dob_age(
    text: str, today: date, kids: list[Child], found: list[ChildFound], zones: list[tuple[int, int]]
) -> None:
    for ch, cf in zip(kids, found, strict=True):
        if ch.dob:
            cf.date_of_birth = _found(ch.dob[0], ch.dob[1], ch.dob[2], 0.95)
    own_dobs = {ch.dob[1] for ch in kids if ch.dob}
    _dates_in_order(text, today, found, zones)
    for m in _DOB_LABEL.finditer(text):
        d = DATE_RE.match(text, m.end())
        if not d or any(s <= m.start() < e for s, e in zones) or d.start() in own_dobs:
            continue
        dob = parse_date_match(d, today)
        # No baby's DOB, nor an older sibling's past school age ("FFUGSON Callum  DOB 22/04/2009 - apprentice").
        if not dob or not 3 <= age_on(dob, today) < 17 or dob >= today:
            continue
        for i in _bracket_owner(text, m.start(), kids) or owners(text, m.start(), kids):
            # (not a child whose own age beside their name says otherwise: "... dob 28/08/2032. I rang Ffug Primary
            # and his little sister Amina (age 8)"; an age a year out is only loosely said)
            own_age = kids[i].age
            if found[i].date_of_birth is None and not (own_age and abs(own_age[0] - age_on(dob, today)) >= 2):
                found[i].date_of_birth = _found(dob, d.start(), d.end(), 0.9)
    for m in _DOB_LIST.finditer(text):
        pos = m.end()
        while (pair := _NAME_DATE.match(text, pos)) and (d := DATE_RE.match(text, pair.end())):
            dob = parse_date_match(d, today)
            for ch, cf in zip(kids, found, strict=True):
                if dob and cf.date_of_birth is None and ch.first.lower() == pair.group(1).lower():
                    cf.date_of_birth = _found(dob, d.start(), d.end(), 0.85)
            pos = d.end()
    for m in _DOB_CORRECTED.finditer(text):
        # "edit: sorry, DOB is 12/3/32 not 13/2": the corrected date replaces the one given first.
        d = DATE_RE.match(text, m.end())
        dob = parse_date_match(d, today) if d else None
        if d and dob and 3 <= age_on(dob, today) < 17:
            for i in owners(text, m.start(), kids):
                found[i].date_of_birth = _found(dob, d.start(), d.end(), 0.9)
    for ch, cf in zip(kids, found, strict=True):
        if cf.date_of_birth:
            dob_found = cf.date_of_birth
            cf.age = _found(age_on(dob_found.value, today), dob_found.start, dob_found.end, dob_found.confidence)
        elif ch.age:
            cf.age = _found(ch.age[0], ch.age[1], ch.age[2], 0.85)
    one = _ONE_ROUGH_AGE.search(text) or _ROUGH_AGE_LINE.search(text)
    if one and len(kids) == 1 and found[0].age is None and 3 <= int(one.group(1)) <= 17:
        # "a lad about 12 ... the others call him Jayden": the rough age of the one child the report is about
        found[0].age = _found(int(one.group(1)), one.start(1), one.end(1), 0.6)
    pair = _TWO_ROUGH_AGES.search(text) or _THEIR_TWO_AGES.search(text)
    if pair and len(kids) == 2 and found[0].age is None and found[1].age is None:
        # "the boy is about 12 and the girl maybe 8 ... names are Lewis and Ruby": the ages in the names' order.
        for i, g in ((0, 1), (1, 2)):
            if 2 <= int(pair.group(g)) <= 18:
                found[i].age = _found(int(pair.group(g)), pair.start(g), pair.end(g), 0.6)
    for m in stated_age_re([k.name for k in kids]).finditer(text):
        value = stated_age(m)
        if not 2 <= value <= 18 or any(s <= m.start() < e for s, e in zones):
            continue
        for i in owners(text, m.start(), kids):
            if found[i].age is None:
                found[i].age = _found(value, m.start(), m.end(), 0.7)


def _bracket_owner(text: str, pos: int, kids: list[Child]) -> list[int]:
    """'Jac is 9 and Elis was 6 in March (born 2nd March 2037)': a date in brackets is the child named last before
    it in the sentence."""
    if not re.search(r"\([ \t]*$", text[max(0, pos - 3) : pos]):
        return []
    start = _sentence_start(text, pos)
    said = [(m.start, i) for i, ch in enumerate(kids) for m in ch.mentions if start <= m.start < pos]
    return [max(said)[1]] if len({i for _, i in said}) > 1 else []


def _dates_in_order(text: str, today: date, found: list[ChildFound], zones: list[tuple[int, int]]) -> None:
    """'dobs 11/01/33, 30/05/35, 19/12/37': one date for each child, in the order the children were named."""
    if len(found) < 2 or any(cf.date_of_birth for cf in found):
        return
    for m in _DOB_LABEL.finditer(text):
        if any(s <= m.start() < e for s, e in zones):
            continue
        dates, pos = [], m.end()
        while d := DATE_RE.match(text, pos):
            dates.append(d)
            sep = re.match(r"[ \t]*(?:,|and|&)[ \t]*", text[d.end() :])
            if not sep:
                break
            pos = d.end() + sep.end()
        days = [parse_date_match(d, today) for d in dates]
        if len(dates) == len(found) and all(day and 3 <= age_on(day, today) < 17 for day in days):
            for cf, d, day in zip(found, dates, days, strict=True):
                cf.date_of_birth = _found(day, d.start(), d.end(), 0.8)
            return


def _fill_upn(text: str, doc: Doc, kids: list[Child], found: list[ChildFound], zones: list[tuple[int, int]]) -> None:
    # The pattern component has checked each UPN's check letter. A labelled UPN whose letter is wrong is still
    # what the referrer wrote: it is filed with a low confidence, for the officer to confirm with the school.
    for label, confidence in (("UPN", 0.99), ("UPN_UNCHECKED", 0.4)):
        for span in doc.spans.get("structured", []):
            if span.label_ != label:
                continue
            s, e = span.start_char, span.end_char
            for i in owners(text, s, kids):
                if found[i].upn is None:
                    found[i].upn = _found("".join(span.text.split()).upper(), s, e, confidence)


def _fill_address(
    text: str, kids: list[Child], found: list[ChildFound], zones: list[tuple[int, int]], asides: list[tuple[int, int]]
) -> None:
    # "Their brother Elis is still going to Ffug Comp, he's stopping with Tad-cu at 31 Heol ...": where a sibling
    # not referred lives apart is his home, not theirs.
    sibling_sentences = [(s, sentence_end(text, e)) for s, e in asides]
    withheld = _ADDRESS_WITHHELD.search(text)
    for a in find_addresses(text, zones):
        if any(s <= a.start < e and _LIVES_APART.search(text, s, a.start) for s, e in sibling_sentences):
            continue
        if withheld and (a.rank <= 1 or _PARENTS_ADDRESS.search(text, max(0, a.start - 40), a.start)):
            # "Current address: Cysgod Refuge - address withheld for safety. Previous address: 9 ...": the home is
            # not given, and the old one (or a parent's the child was taken from) is not it
            continue
        for i in owners(text, a.start, kids):
            if found[i].address is None:
                conf = {4: 0.9, 3: 0.9, 2: 0.8, 1: 0.5}[a.rank]
                found[i].address = _found(a.value, a.start, a.end, conf)
                if a.postcode:
                    pc = text.upper().find(a.postcode.split()[0], a.start)
                    found[i].postcode = _found(a.postcode, pc if pc >= 0 else a.start, a.end, conf)


# The child's home said to be withheld: a refuge's, a confidential placement's.
_ADDRESS_WITHHELD = re.compile(
    r"\b(?:address|placement)\b[^.\n]{0,40}?\b(?:withheld|(?:is|are|kept)\s+confidential"
    r"|must\s+not\s+be\s+(?:recorded|disclosed|shared)|not\s+(?:be\s+)?(?:disclosed|given|shared))\b",
    re.IGNORECASE,
)
_PARENTS_ADDRESS = re.compile(r"\b(?:mother|father|mum|mam|dad|parent)['’]?s?\s+address\s*(?:is|:)\s*$", re.IGNORECASE)
_LIVES_APART = re.compile(
    r"\b(?:stopping|staying|living|lives|stays|stayed|remained|remains)\s+(?:with|at)\b", re.IGNORECASE
)


# What a settled sibling's sentence goes on to say of where they live: "..., she's living with Dad (Aled Ffug)".
_SIBLING_LIVES_WITH = re.compile(
    r"\b(?:she|he|who)(?:['’]s|\s+is|\s+has\s+been)?\s+(?:now\s+)?(?:living|lives|staying|stays|stopping)\s+with\b"
    r"[^.\n]{0,30}$",
    re.IGNORECASE,
)


def _fill_carer(
    text: str,
    kids: list[Child],
    found: list[ChildFound],
    zones: list[tuple[int, int]],
    mentions: list[NameMention],
    asides: list[tuple[int, int]],
) -> None:
    names = [(n.start, n.end) for n in mentions]
    # The children the report names but does not refer ("Ellis (11) is still on roll ..."): their asides start
    # with their names. They are children wherever else they are named ("Kian and his younger brother Ellis").
    settled = {m.group() for s, e in asides if (m := re.match(r"[A-Z][\w'’-]+", text[s:e]))}
    sibling_sentences = [(s, sentence_end(text, e)) for s, e in asides]
    for c in find_carers(text, zones, [k.name for k in kids if k.name], names):
        if any(s <= c.start < e or c.name is None and 0 <= s - c.end <= 3 for s, e in asides):
            continue  # "her sister Poppy (Y11) still lives with dad - Poppy's in school fine": a sibling, no carer
        if c.name and c.name.split()[0] in settled:
            continue
        if any(s <= c.start < e and _SIBLING_LIVES_WITH.search(text, s, c.start) for s, e in sibling_sentences):
            continue  # "Sister Cerys (Y8) is still in with us, she lives with dad Gareth Ffug": the sibling's carer
        for i in owners(text, c.start, kids):
            cf = found[i]
            if cf.carer_name is None and cf.carer_relationship is None:
                conf = min(0.95, 0.5 + c.score / 10)
                if c.name:
                    cf.carer_name = _found(display_name(c.name), c.start, c.end, conf)
                if c.relationship:
                    cf.carer_relationship = _found(c.relationship, c.start, c.end, conf)
            elif (
                cf.carer_name is None
                and c.name
                and cf.carer_relationship
                and cf.carer_relationship.value == c.relationship
            ):
                cf.carer_name = _found(c.name, c.start, c.end, 0.6)


def _fill_carer_by_parse(
    text: str, kids: list[Child], found: list[ChildFound], zones: list[tuple[int, int]], asides: list[tuple[int, int]]
) -> None:
    """When no pattern named a carer but a relative is mentioned, the parse may find the name; where a pattern
    named one without a relationship ("a cousin named Dylan Ffug who has care of him"), the parse may give it."""
    if not found:
        return
    # (a prefix of the text, so the parse's offsets are the text's)
    body = text[: zones[0][0]] if zones else text
    if any(cf.carer_name for cf in found):
        if all(cf.carer_relationship for cf in found if cf.carer_name):
            return
        for name, rel, s, e in carers_by_parse(body):
            for cf in found:
                same = cf.carer_name is not None and cf.carer_name.value == display_name(name)
                if rel and same and cf.carer_relationship is None:
                    cf.carer_relationship = _found(rel, s, e, 0.6)
        return
    child_firsts = {k.first for k in kids}
    for name, rel, s, e in carers_by_parse(body):
        if name.split()[0] in child_firsts or name.lower() in NOT_NAME or any(a <= s < b for a, b in asides):
            continue  # "Victim", "Mother": a role or a relationship, not a name; a sibling not referred
        if any(x.start <= s < x.end for k in kids for x in k.mentions):
            continue  # "his sister Paige Ffug-Morris in Y2": the parse's "Morris" is part of a child's name
        if re.search(rf"\b{STREET_WORDS}$", name) or re.search(r"\d[ \t]*$", text[max(0, s - 4) : s]):
            continue  # "Lives w/ her nan, 23 Chapel Street": where, not who
        if said_not_living_with(text, s) or said_gone_after(text, e):
            continue  # "Eira has not been living with her mum, Ann Ffug, since the summer"
        if rel == "sibling" and sibling_not_carer(text, e):
            continue  # "Their sister Gwen is in our Reception class": a child herself
        for i in owners(text, s, kids):
            cf = found[i]
            if cf.carer_relationship is None or rel is None or cf.carer_relationship.value == rel:
                cf.carer_name = _found(display_name(name), s, e, 0.6)
                if rel and cf.carer_relationship is None:
                    cf.carer_relationship = _found(rel, s, e, 0.6)
        return


def _fill_carer_by_surname(
    text: str,
    kids: list[Child],
    found: list[ChildFound],
    zones: list[tuple[int, int]],
    sender: str | None,
    mentions: list[NameMention],
    today: date,
) -> None:
    """Still no carer's name: an adult of the child's surname whom the report calls a parent."""
    named = [m for m in mentions if not any(s <= m.start < e for s, e in zones) and not (sender and m.text in sender)]
    adults = [m for m in named if m.title]
    untitled = [m for m in named if not m.title]
    child_firsts = {k.first for k in kids}
    for ch, cf in zip(kids, found, strict=True):
        if cf.carer_name or len(ch.name.split()) < 2:
            continue
        known = cf.carer_relationship.value if cf.carer_relationship else None
        # "Tomás Ferreira Silva": of a double surname, a parent may carry either part ("Ana Sofia Ferreira")
        surnames = ch.name.split()[-2:] if len(ch.name.split()) >= 3 else ch.name.split()[-1:]
        parent = None
        for surname in reversed(surnames):
            parent = (
                parent_by_surname(text, adults, surname, known)
                or police_victim_parent(text, surname)
                or adult_of_surname(text, untitled, surname, known, today, child_firsts)
                or parent_by_title(text, adults, surname, known)
            )
            if parent:
                break
        if parent and (known is None or parent[1] == known):
            name, rel, s, e = parent
            cf.carer_name = _found(display_name(name), s, e, 0.6)
            cf.carer_relationship = cf.carer_relationship or _found(rel, s, e, 0.6)


# "Mrs Ffug is registered with Dr X at Y Surgery; Tomiwa is not yet registered with a GP": an adult's own GP
_ADULTS_GP = re.compile(
    r"\b(?:(?:Mrs|Ms|Miss|Mr)\.?[ \t]+[A-Z][\w'’-]+|[Mm]um|[Mm]am|[Dd]ad|(?:his|her|their)\s+(?:mother|father))"
    r"[ \t]+is[ \t]+registered[ \t]+with[ \t]+$"
)
_PREVIOUS_GP = re.compile(
    r"\b(?:previous|former|old)\s+(?:GP|doctors?|surgery|practice)(?:\s+(?:was|is))?\s*[(:,-]?\s*$", re.IGNORECASE
)


def _fill_gp(
    text: str,
    kids: list[Child],
    found: list[ChildFound],
    zones: list[tuple[int, int]],
    agency: str | None,
    signature: str,
    referrer: str | None,
) -> None:
    gps = find_gps(text, zones)
    # "Noah's previous GP (Dr X, P) ... transferred to Q": where the child was registered before, when another is named
    previous = [g for g in gps if _PREVIOUS_GP.search(text, max(0, g.start - 40), g.start)]
    if len(previous) < len(gps):
        gps = [g for g in gps if g not in previous]
    gps = [g for g in gps if not _ADULTS_GP.search(text, max(0, g.start - 50), g.start)]
    own_practice = None
    if agency == "health":
        sig_gps = [g for g in find_gps(signature, [], need_context=False) if g.practice]
        own_practice = sig_gps[0].practice if sig_gps else None
    # A doctor writing of their own patient: "registered with me", or a GP ("our practice") who saw the child.
    # ... Welsh "yn glaf i mi" (a patient of mine), "fy nghlaf"
    own_patient = re.search(r"registered with me|my patient|our patient|\bglaf i mi\b|\bfy nghlaf\b", text, re.I) or (
        own_practice and re.search(r"\bour (?:practice|surgery)\b|\bconsultation\b|\bI saw\b", text, re.I)
    )
    # ... unless the report names the child's usual GP: "(usual GP Dr Menna Ffug)", "his usual named GP is Dr Ffug"
    usual = re.search(r"\busual\s+(?:named\s+)?GP\b|\bnamed\s+GP\b", text, re.I)
    named_other = usual and any(g.doctor and not same_person(g.doctor[0], referrer or "") for g in gps)
    if referrer and referrer.startswith("Dr") and own_patient and not named_other:
        gps.insert(0, GPFound((referrer, own_patient.start(), own_patient.end()), None))
    # A doctor with no practice, written by that practice, is at that practice.
    full = [g for g in gps if g.doctor and g.practice]
    for g in sorted(gps, key=lambda g: (g not in full, g.start)):
        doctor, practice = g.doctor, g.practice
        if doctor and not practice and own_practice:
            practice = (own_practice[0], doctor[1], doctor[2])
        if doctor and not practice:
            same = next((f for f in full if f.doctor and f.doctor[0] == doctor[0]), None)
            practice = same.practice if same else None
        for i in owners(text, g.start, kids):
            cf = found[i]
            if cf.gp_doctor is None and cf.gp_practice is None:
                if doctor:
                    cf.gp_doctor = _found(doctor[0], doctor[1], doctor[2], 0.85)
                if practice:
                    cf.gp_practice = _found(practice[0], practice[1], practice[2], 0.85)
            # The other half of a GP said apart: "GP partner at P ... registered with Dr X".
            elif (
                cf.gp_doctor is None
                and doctor
                and (practice is None or (cf.gp_practice is not None and practice[0] == cf.gp_practice.value))
            ):
                cf.gp_doctor = _found(doctor[0], doctor[1], doctor[2], 0.7)
            elif cf.gp_practice is None and practice and doctor is None:
                cf.gp_practice = _found(practice[0], practice[1], practice[2], 0.7)
    # A practice writing of a child "registered with us" names no practice but its own.
    with_us = re.search(r"\bregistered\s+with\s+us\b|\bat\s+(?:this|our)\s+(?:surgery|practice)\b", text, re.I)
    if own_practice and with_us:
        for cf in found:
            if cf.gp_practice is None:
                cf.gp_practice = _found(own_practice[0], with_us.start(), with_us.end(), 0.6)
    # A GP writing about a patient at their own practice, naming no other doctor, is the child's GP.
    if own_practice and referrer and referrer.startswith("Dr"):
        for cf in found:
            if cf.gp_doctor is None and cf.gp_practice is not None and cf.gp_practice.value == own_practice[0]:
                cf.gp_doctor = _found(referrer, cf.gp_practice.start, cf.gp_practice.end, 0.6)
    if gp_unknown(text):
        for cf in found:
            if cf.gp_doctor is None and cf.gp_practice is None:
                cf.unknown.add("gp")


def _respectively(
    text: str, school_owners: list[tuple[SchoolFound, list[int]]], kids: list[Child]
) -> list[tuple[SchoolFound, list[int]]]:
    """'Tyler and Mia are still on roll at Ffug High School and Ffug Primary respectively': the schools in the
    order the children were named in that sentence."""
    out = list(school_owners)
    for j in range(len(out) - 1):
        first, second = out[j][0], out[j + 1][0]
        if not re.match(r"[ \t]*,?[ \t]*respectively\b", text[second.end : second.end + 20]):
            continue
        if not re.fullmatch(r"[ \t]*(?:,[ \t]*)?(?:and|&)[ \t]+", text[first.end : second.start]):
            continue
        sentence_start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start), 0)
        named = sorted(
            (x.start, i)
            for i, kid in enumerate(kids)
            for x in kid.mentions
            if sentence_start <= x.start < first.start
        )
        order = list(dict.fromkeys(i for _, i in named))
        if len(order) == 2:
            out[j], out[j + 1] = (first, [order[0]]), (second, [order[1]])
    return out


def _fill_school(
    text: str,
    kids: list[Child],
    found: list[ChildFound],
    zones: list[tuple[int, int]],
    asides: list[tuple[int, int]],
    report: Report,
    agency: str | None,
    signature: str,
) -> None:
    # A school named in what is said of a sibling who is not referred is that sibling's.
    schools = [s for s in find_schools(text, zones + asides) if s.on_roll]
    own = None
    if agency == "school":
        own = school_in_sender_name(report.sender_name)
        own = in_full(own, schools) if own else None
        if own is None and signature:
            sig_schools = find_schools(signature, [])
            own = sig_schools[0].value if sig_schools else None
        if own is None and report.channel == "slack":
            own = school_named_as_own(text, report.sender_name)
    # "office at Bryn Celyn Primary here": the writer's own school, the child's only if the child is their pupil.
    writers = [
        f
        for f in schools
        if _WRITER_AT.search(text[max(0, f.start - 40) : f.start]) or re.match(r"\s+here\b", text[f.end : f.end + 8])
    ]
    if writers:
        schools = [f for f in schools if f not in writers]
        own = own or writers[0].value
    schools = [f for f in schools if not _someone_elses_school(text, f.start, kids)]
    # What is said of a sibling who is not referred ("Ola (Y4) started with us last month") says nothing of whose
    # pupil the referred child is.
    end = zones[0][0] if zones else len(text)
    body = "".join(text[a:b] for a, b in _outside([(s, min(e, end)) for s, e in asides if s < end], end))
    # Which children each school is said of, worked out once for all the children.
    school_owners = [
        (s, _named_after(text, s.end, kids) or _named_just_before(text, s.start, kids) or owners(text, s.start, kids))
        for s in schools
    ]
    school_owners = _respectively(text, school_owners, kids)
    # "4 x CME referrals from one family ... Big sister Ngozi is at Ffug High": a school said of one child of
    # several leaves the others the sender's pupils
    each_of_one = len(kids) > 1 and all(len(said_of) == 1 for _, said_of in school_owners)
    # (what is said of an older sibling in brackets is theirs: "(older sister Natalia is 17, was at Coleg Ffug, not
    # ours)")
    body_of_ours = re.sub(r"\([^()]*\b(?:sister|brother|sibling)\b[^()]*\)", "", body)
    ours = (
        own is not None
        and not _NOT_OUR_PUPIL.search(body_of_ours)
        # "On roll: Ffug High School (Year 9)" from a tuition service whose signature names its centre
        and not any(s.current_row and s.value != own for s in schools)
        and (_OWN_PUPIL.search(body) or not schools or each_of_one)
    )
    for i, (ch, cf) in enumerate(zip(kids, found, strict=True)):
        mine = [s for s, said_of in school_owners if said_of == [i]]
        if ours and own and not (len(kids) > 1 and mine):
            # The sender's own pupil, unless a school is named for this one child of several
            # ("1. Jac – bl. 8 – gyda ni / 2. Efa – bl. 5 – Ysgol Gynradd Pen-y-bryn").
            start = text.find(own)
            cf.school = _found(own, max(start, 0), max(start, 0) + len(own) if start >= 0 else 0, 0.75)
            continue
        # A school named for several children ("Levi and Mercy were last at ...") is theirs, not a third's.
        shared = [s for s, said_of in school_owners if len(said_of) > 1 and i in said_of]
        pick: SchoolFound | None = mine[0] if mine else None
        if pick is None and shared and not _never_at_school(text, ch):
            pick = shared[0]
        if pick is None and len(kids) == 1 and schools:
            pick = schools[0]
        if pick:
            cf.school = _found(pick.value, pick.start, pick.end, 0.85)
    of_all = _school_of_all(text, schools)
    for i, (ch, cf) in enumerate(zip(kids, found, strict=True)):
        if cf.school is not None:
            continue
        there = _school_there(text, ch, schools) or of_all
        if there:
            cf.school = _found(there.value, there.start, there.end, 0.75)
        elif i and found[i - 1].school and _SAME_SCHOOL.match(text, ch.start):
            cf.school = found[i - 1].school  # "Osian Ffug (7) – Year 2, same school": the one named on the line above
    # "Zainab Ffug, Yr 10, Ffug Community School. ... Younger brother Bilal is in Yr 7 here": a school's sender
    # names their school for one child, and "here" is that school for the next
    named = [cf.school for cf in found if cf.school is not None]
    if agency == "school" and named and all(s.value == named[0].value for s in named):
        for ch, cf in zip(kids, found, strict=True):
            if cf.school is None and any(_PUPIL_HERE.match(text, m.end) for m in ch.mentions):
                cf.school = _found(named[0].value, named[0].start, named[0].end, 0.7)


_PUPIL_HERE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:is|['’]s)[ \t]+(?:also[ \t]+)?(?:in[ \t]+(?:Y|Yr|Year)[ \t]?\d{1,2}[ \t]+)?"
    r"(?:here|with[ \t]+us)\b",
    re.IGNORECASE,
)


# "Jack said they both go to Ffug Primary": a school said of all the children.
_SAID_OF_ALL = re.compile(
    r"\b(?:they\s+both|both\s+(?:of\s+them|children|kids)|they\s+all|all\s+(?:three|four|of\s+them))\b[^.\n]{0,20}?"
    r"\b(?:go|went|attend(?:ed)?|were|are)\b",
    re.IGNORECASE,
)
# "Osian Ffug (7) – Year 2, same school", "Harley Ffug (DOB ...) attended the same school in Year 3" (not "keen for
# both to start, ideally at the same school")
_SAME_SCHOOL = re.compile(
    r"[^.\n]{0,60}?(?:[,–-][ \t]*(?:the[ \t]+)?|\b(?:attended|attends|went[ \t]+to|was[ \t]+at)[ \t]+the[ \t]+)"
    r"same[ \t]+school\b",
    re.IGNORECASE,
)


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)


def _school_of_all(text: str, schools: list[SchoolFound]) -> SchoolFound | None:
    return next((s for s in schools if _SAID_OF_ALL.search(text, _sentence_start(text, s.start), s.start)), None)


# A lookahead, so that "Swansea and Antoni was ... there" still finds Antoni.
_WAS_THERE = re.compile(r"\b(?=([A-Z][\w'’-]+)\b[^.\n]{0,15}?\b(?:was|were|went)\b[^.\n]{0,20}?\bthere\b)")


def _school_there(text: str, ch: Child, schools: list[SchoolFound]) -> SchoolFound | None:
    """'Zofia previously attended Brynmill Primary School in Swansea and Antoni was in Year 1 there': the school
    named earlier in the sentence that 'there' points back to."""
    said = next((m for m in _WAS_THERE.finditer(text) if m.group(1) == ch.first), None)
    if not ch.first or not said:
        return None
    sentence_start = _sentence_start(text, said.start())
    return next((s for s in reversed(schools) if sentence_start <= s.start < said.start()), None)


# "Her older brother and sister, Arif and Sadia, both attend ...", "My grandson Mason goes to ...", "the Kassabs have
# children at ...", "The previous tenants' children went to ...": said of children who are not referred.
_OTHERS_ATTEND = re.compile(
    r"\b(?:(?:brother|sister|sibling|cousin|grandson|granddaughter|neighbour)s?|tenants['’]?\s+children"
    r"|own\s+(?:\w+\s+)?(?:children|kids|sons|daughters)"  # "Mrs Ffug's own two children attend Ysgol Ffug"
    r"|(?:have|has)\s+(?:\w+\s+)?children)\b([^.\n]{0,50}?)"
    r"(?:\b(?:both|all|still|also)\s+)?\b(?:attends?|attending|go(?:es)?\s+to|went\s+to|(?:is|are)\s+(?:at|in)"
    # "twin brother, Zayn, started at", "their own two children (both at Ysgol Ffug)"
    r"|(?:is|are)\s+on\s+roll\s+at|started\s+at|(?<=children\s)at|(?<=\bboth\s)at|(?<=\ball\s)at)\s*$"
    # "Big sister Hala at Ffug Comp", "big brother Filip (Ffug Comp, still attending)": the sibling's own school
    r"|\b(?:brother|sister)[ \t]+(?-i:[A-Z])[\w'’-]+(?:[ \t]+at|[ \t]*\()[ \t]*$"
    # "getting his little sister Ellie (7) to Ysgol Ffug every morning": the sibling taken there
    r"|\b(?:brother|sister)[ \t]+(?-i:[A-Z])[\w'’-]+(?:[ \t]*\(\d{1,2}\))?[ \t]+to[ \t]*$"
    r"|\bfriends?\s+(?-i:[A-Z])[\w'’-]+\s+from\s*$"  # "His friend Tomos from Ysgol Ffug saw him"
    # "I spoke with three juveniles. Two of them (Tyler Ffug and Logan Ffug) are pupils at Ffugwood Comprehensive"
    r"|\b(?:two|three|both|some|one|the\s+others?)\s+of\s+them\b[^.\n]{0,60}?\b(?:are|is|were|was)\s+"
    r"(?:pupils?|students?|on\s+roll)\s+at\s*$",
    re.IGNORECASE,
)


def _someone_elses_school(text: str, start: int, kids: list[Child]) -> bool:
    """A school said to be attended by children the report names but does not refer, or does not name at all."""
    m = _OTHERS_ATTEND.search(text, max(0, start - 100), start)
    if not m:
        return False
    said = text[m.start() : start]
    return not any(re.search(rf"\b{re.escape(k.first)}\b", said) for k in kids if k.first)


def _named_after(text: str, end: int, kids: list[Child]) -> list[int]:
    """'Ysgol Glan Ffug (Kian) and Ysgol Gynradd Ffug (Mason)': the child named in brackets after a school; or
    after 'for': '(Ysgol Gyfun Ffug for Cai, YGG Ffug for Mali)'."""
    named = re.match(r"[ \t]*\(([^()\n]{1,40})\)", text[end : end + 44])  # or "(Ugnė and Matas)"
    named = named or re.match(r"[ \t]+for[ \t]+([A-Z][\w'’-]+)(?=[ \t]*[,;)])", text[end : end + 40])
    return _kids_named_in(named.group(1) if named else "", kids)


def _kids_named_in(words: str, kids: list[Child]) -> list[int]:
    """The children whose first names the words give ("Ugnė and Matas", "Ellie and Tyler")."""
    firsts = set(re.findall(r"[A-Z][\w'’-]+", words))
    return [i for i, k in enumerate(kids) if k.first in firsts]


# ... "In Slovakia Dávid and Klaudia attended ZŠ Ffugova"
_CHILD_AT = re.compile(
    r"(?:[(,;.:\n]|\b[a-z]+|\b[A-Z][\w'’-]+(?=[ \t]))[ \t]*"
    r"((?:[A-Z][\w'’-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+))*[A-Z][\w'’-]+)"
    r"[ \t]+(?:at|went[ \t]+to|attended)[ \t]+$"
)


def _named_just_before(text: str, start: int, kids: list[Child]) -> list[int]:
    """'(Niamh at St Ffug's College and Cian at Ffug Primary School)', 'Ellie and Tyler at Ysgol Ffug': the children
    named just before 'at'."""
    named = _CHILD_AT.search(text, max(0, start - 60), start)
    return _kids_named_in(named.group(1) if named else "", kids)


def _never_at_school(text: str, ch: Child) -> bool:
    for m in ch.mentions:
        seg = text[m.start : m.start + 120].split(".")[0]
        # ... to the next list item: "- Johnny, aged 11\n- Patrick, aged 6 - has never been in school" is Patrick's
        seg = re.split(r"\n[ \t]*(?:[-•*]|\d+[.)])", seg)[0]
        if _NEVER_AT_SCHOOL.search(seg):
            return True
    return False


def _fill_codes(text: str, out: Extraction, zones: list[tuple[int, int]]) -> None:
    body = "".join(text[a:b] for a, b in _outside(zones, len(text)))
    risks = find_codes(body, RISK_PHRASES)
    reasons = find_codes(body, REASON_PHRASES)
    out.risk_indicators = [c for c, _, _ in risks]
    out.reasons = [c for c, _, _ in reasons] or ["other"]
    cp, span = child_protection_concern(body)
    out.child_protection_concern = cp
    # Evidence spans are into `body`; map them back only when there is no signature cut before them.
    first_zone = zones[0][0] if zones else len(text)
    for code, s, e in risks:
        if e <= first_zone:
            out.evidence.append(Found(code, s, e, 0.6))
    if span and span[1] <= first_zone:
        out.evidence.append(Found("child_protection_concern", span[0], span[1], 0.6))


def _outside(zones: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for s, e in sorted(zones):
        if s > pos:
            spans.append((pos, s))
        pos = max(pos, e)  # zones may overlap or nest
    spans.append((pos, n))
    return spans
