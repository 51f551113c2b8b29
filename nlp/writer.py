"""The message's writer: who signed the part of a report that speaks of a child, and whether they are its carer.

A parent or grandparent writing about their own child ("he lives with me", "my granddaughter") is the carer, and the
address they sign with is the child's home; a colleague forwarding a parent's email is not. Moved out of extract.py,
which asks `referrer_is_carer` once the other fields are read.
"""

from __future__ import annotations

import re

from nlp.addresses import find_addresses
from nlp.children import Child
from nlp.lexicon import KIN_PATTERN, relationship_of
from nlp.names import find_names
from nlp.prepare import FORWARD_FROM, FORWARD_MARK, FORWARDED_SUBJECT
from nlp.referrer import referrer_name
from nlp.signature import SIGN_OFF_WORDS
from nlp.types import ChildFound, Found

# "I have been looking after my little brother": the writer is the child's older sibling and carer.
_LOOKING_AFTER_SIBLING = (
    r"\b(?:looking\s+after|look\s+after|caring\s+for|care\s+for)\s+my\s+(?:little\s+|younger\s+|baby\s+)?"
    r"(?:brother|sister)s?\b"
)
_SIBLING_CARER = re.compile(_LOOKING_AFTER_SIBLING, re.IGNORECASE)
_REFERRER_CARES = re.compile(
    r"\b(?:lives|live|living|(?:has|have)\s+lived|staying|stays)\s+with\s+me\b|\bI\s+moved\s+with\s+my\b|\bbyw\s+ataf\b|\baros\s+ataf\b"
    # "with my daughters" (not a coach's "my boys" or "my girls")
    r"|\b(?:my|our)\s+(?:(?:two|three|four|2|3|4)\s+)?(?:sons?|daughters?|grandsons?"
    r"|granddaughters?|grandchildren|children|kids|nephews?|nieces?|boy|girl)\b"
    # ... but a parent's "my boys is Patrick 10 and Michael 7", "getting my boys in school"
    r"|\b(?:my|our)\s+(?:(?:two|three|four|2|3|4)\s+)?(?:boys|girls)\s+(?:(?:is|are)\s+(?-i:[A-Z])|in(?:to)?\s+school\b)"
    # "I applied online for school places for my two about three weeks ago": a parent's children, counted
    # (from "my", so that "places for my 2 kids" is read as "my 2 kids" is)
    r"|(?:(?<=\bplaces\sfor\s)|(?<=\bplace\sfor\s))(?:my|our)\s+(?:two|three|four|2|3|4)\b"
    r"(?!\s+(?:nephews?|nieces?|grand\w+))"
    r"|\b(?:byw|aros)\s+(?:gyda|efo|hefo)\s+(?:fi|mi)\b|\bfy\s+(?:wyres|ŵyr|wyr|wyrion|mab|merch|plant|nith|nai)\b"
    # "mae gen i ddau o blant" (I have two children), "fi sy'n gofalu amdano" (I look after him), "Fi ydy tad X"
    r"|\bgen\s+i\s+(?:\w+\s+)?(?:o\s+)?(?:blant|plant|fab|ferch)\b|\bfi\s+sy['’]n\s+gofalu\b"
    r"|\bFi\s+(?:ydy|yw)\s+(?:tad|mam)\b"
    # "I have been looking after my little brother Dylan": an older sibling who is the carer
    rf"|{_LOOKING_AFTER_SIBLING}",
    re.IGNORECASE,
)
# A neighbour's own child who saw or was told something, not the child referred: "she told my daughter shes six",
# "my son's friend", "my daughter said".
_WITNESS_CHILD = re.compile(
    r"\b(?:told|tells|telling|asked|with|to)\s+my\s+"
    r"(?:son|daughter|grandson|granddaughter|grandchildren|boy|girl|kids|children)\b"
    r"|\bmy\s+(?:son|daughter|boy|girl|kids|children)(?:['’]s\s+(?:friend|class|mate)"
    r"|\s+(?:said|says|told\s+me|saw|sees|noticed|plays|played|is\s+in\s+(?:her|his)\s+class))\b",
    re.IGNORECASE,
)
# What the writer's own words call the child: which relation the writer is, when the writer says no more.
_MY_CHILD = re.compile(
    r"\b(?:my|our|fy|ein)\s+(?:(?:two|three|four|2|3|4|nau|dau|tri)\s+)?(grandson|granddaughter|grandchildren|wyres|ŵyr|wyr"
    r"|wyrion|sons?|daughters?|mab|merch|children|kids|boys?|girls?|plant|nephew|niece|nith|nai)\b",
    re.IGNORECASE,
)
_FEMALE = {"grandson": "grandmother", "son": "mother", "nephew": "aunt"}
_MALE = {"grandson": "grandfather", "son": "father", "nephew": "uncle"}
_KIND = {
    "granddaughter": "grandson",
    "grandchildren": "grandson",
    "wyres": "grandson",
    "ŵyr": "grandson",
    "wyr": "grandson",
    "wyrion": "grandson",
    "daughter": "son",
    "daughters": "son",
    "sons": "son",
    "mab": "son",
    "merch": "son",
    "children": "son",
    "kids": "son",
    "boy": "son",
    "girl": "son",
    "boys": "son",
    "girls": "son",
    "plant": "son",
    "niece": "nephew",
    "nith": "nephew",
    "nai": "nephew",
}
# The writer saying who they are: "I'm his mum", "Fi yw Nain Osian", "as their gran"; or signing "(Mam-gu)".
_WRITER_ROLE = re.compile(
    rf"\b(?:I\s+am|I['’]m|as|Fi\s+yw|Fi\s+ydy|Rwy['’]n|Dw\s+i['’]n)\s+(?:(?:his|her|their|the|[A-Z][\w-]+['’]s)\s+)?"
    rf"({KIN_PATTERN})\b"
    # Welsh: "Mam-gu Alaw ydw i", "Nain ydw i"
    rf"|\b({KIN_PATTERN})(?:\s+[A-Z][\w-]+)?\s+(?:ydw|ydy|dw)\s+i\b",
)
_SIGNED_ROLE = re.compile(
    rf"\(\s*(?:[A-Z][\w-]+['’]s\s+)?({KIN_PATTERN})(?:\s+[A-Z][\w-]+(?:\s+(?:a|ac|and|&)\s+[A-Z][\w-]+)?)?\s*\)"
    rf"|^[ \t]*(?:[A-Z][\w-]+['’]s\s+)?({KIN_PATTERN})[ \t]*$",
    re.M,
)


def _writer_relationship(text: str, zones: list[tuple[int, int]], referrer: Found | None) -> str | None:
    """The writer's relation to the child from their own words: 'my son' and 'I'm his mum' say mother."""
    if _SIBLING_CARER.search(text):
        return "sibling"  # "I have been looking after my little brother Dylan since our mum went into rehab"
    mine = _MY_CHILD.search(text)
    if not mine:
        return None
    word = mine.group(1).lower()
    kind = _KIND.get(word, word)
    role = _WRITER_ROLE.search(text)
    rel = relationship_of(role.group(1) or role.group(2)) if role else None
    for z0, z1 in zones:
        for m in _SIGNED_ROLE.finditer(text, z0, z1):
            rel = rel or relationship_of(m.group(1) or m.group(2))
    if rel:
        return rel
    title = re.match(r"(Mrs|Ms|Miss|Mr)\b", referrer.value) if referrer else None
    if referrer and not title:  # "Mr Arjun Ffug" signing a letter: the title written before the name
        title = re.search(r"\b(Mrs|Ms|Miss|Mr)\.?[ \t]*$", text[max(0, referrer.start - 6) : referrer.start])
    if referrer and not title:  # "Glenys Ffug (Mrs)": or after it, in brackets
        title = re.match(r"[ \t]*\((Mrs|Ms|Miss|Mr)\.?\)", text[referrer.end : referrer.end + 10])
    if title:
        return (_MALE if title.group(1) == "Mr" else _FEMALE).get(kind)
    spouse = re.search(
        r"\bmy\s+(wife|husband)\b|\b(?:their|his|her)\s+(mum|mam|mother|dad|father)\s+and\s+I\b", text, re.I
    )
    if kind == "son" and spouse:
        other = (spouse.group(1) or spouse.group(2)).lower()  # "my son ... my wife Elena", "their mum and I"
        return "father" if other in {"wife", "mum", "mam", "mother"} else "mother"
    if kind == "son":
        # "my son ..." and elsewhere "mum's been really positive": the one parent the message speaks of.
        said = re.findall(r"\b(their\s+|his\s+|her\s+|\w+['’]s\s+)?(mum|mam|mother|dad|father|tad)\b", text, re.I)
        parents = {relationship_of(w) for _, w in said}
        if len(parents) == 1:
            parent = parents.pop()
            # ... but "after leaving their dad", never "dad" alone: the other parent, not the writer
            if parent and all(whose for whose, _ in said):
                return {"mother": "father", "father": "mother"}.get(parent)
            return parent
    return None


def same_person(a: str, b: str) -> bool:
    """'Adjoa Boateng' and 'Adjoa'; 'Mensah' and 'Mrs Akosua Mensah': no word of one contradicts the other."""
    ta = [w for w in a.lower().split() if w not in {"mr", "mrs", "ms", "miss", "dr"}]
    tb = [w for w in b.lower().split() if w not in {"mr", "mrs", "ms", "miss", "dr"}]
    return bool(ta and tb) and (set(ta) <= set(tb) or set(tb) <= set(ta))


PROFESSIONAL = re.compile(
    r"\b(?:Officer|Manager|Worker|Headteacher|Teacher|Nurse|Visitor|Coordinator|Co-ordinator|Caseworker|Team|Service"
    r"|Assistant|Administrator|Practitioner|Clerk|Council|Police|School|Ysgol|Primary|Academy|College|Surgery"
    r"|Hospital|Department|Cyngor|Heddlu|NHS|DSL|SENCo|PCSO|Swyddog)\b|@[\w-]+\.(?:gov|nhs|police|sch)\b"
    # a public body's mail display name, "Ffug, Catrin (BCUHB)": the organisation's initials in brackets
    r"|,[ \t]*[A-Z][\w'’-]+[ \t]+\([A-Z]{2,8}\)"
)


def _message_writer(
    text: str, zones: list[tuple[int, int]], pos: int, referrer: Found | None
) -> tuple[Found | None, tuple[int, int] | None]:
    """Who signed the message part holding `pos` (a forwarded parent's email is signed by the parent), and where."""
    header = _forward_header_name(text, pos)
    zone = next(((a, b) for a, b in zones if a > pos), None)
    if zone is None or FORWARD_MARK in text[pos : zone[0]]:
        # An unsigned forwarded message is its "From:" writer's; the report's own text is the sender's.
        if text.rfind(FORWARD_MARK, 0, pos) < 0:
            return referrer, None
        if header is None:
            # A forwarded letter with no header ends with its writer's name on a line of its own, the home
            # address under it ("Mr Arjun Ffug\n17 Ffordd Ffug, ...").
            signer = _line_signer(text, pos)
            under = text.find("\n", signer.end) if signer else -1
            return signer, ((under, under + 200) if under >= 0 else None)
        return header, None
    # (a forwarded message's signature is its writer's, even where the sender's own was not found)
    if zone == zones[0] and text.rfind(FORWARD_MARK, 0, pos) < 0:
        return referrer, zone
    block = text[zone[0] : zone[1]]
    if PROFESSIONAL.search(block):
        return None, None  # a colleague's forwarded email: its signer is no carer
    signed = referrer_name(block, zone[0], None, "email")
    if header and (not signed or header.value.split()[0] == signed[0].split()[0]):
        return header, zone  # signed "Laura": the header gives her full name
    return (Found(signed[0], signed[1], signed[2], 0.6) if signed else None), zone


def _forward_header_name(text: str, pos: int) -> Found | None:
    """The "From:" name of the forwarded message holding `pos`, when it reads as a person's."""
    fwd = text.rfind(FORWARD_MARK, 0, pos)
    if fwd < 0:
        return None
    after = fwd + len(FORWARD_MARK)
    header = re.match(rf"\n{re.escape(FORWARD_FROM)}([^\n]+)", text[after:])
    if not header or len(header.group(1).split()) < 2 or PROFESSIONAL.search(header.group(1)):
        return None
    start = after + header.start(1)
    return Found(header.group(1), start, start + len(header.group(1)), 0.6)


_FIRST_PERSON_KIN = re.compile(
    r"\b(?:our|my)\s+(?:son|daughter|child|children|boy|girl|kids|little one)\b|\b(?:we|I)\s+(?:are|am|have|will|would"
    r"|want|wish|do|don't|'ve|'m|’ve|’m)\b|\bI['’](?:m|ve)\b",
    re.IGNORECASE,
)
_PARENT_WORD = re.compile(r"\b(?:parents?|mum|dad|mother|father|mam|tad|carer)\b", re.IGNORECASE)


def _forwarded_from_parent(text: str, kids: list[Child]) -> re.Match[str] | None:
    """A forwarded message in which a parent writes about their child, in the first person."""
    firsts = [k.first for k in kids if k.first]
    if not firsts or not _PARENT_WORD.search(text):
        return None
    for fwd in re.finditer(re.escape(FORWARD_MARK), text):
        end = text.find(FORWARD_MARK, fwd.end())
        part = text[fwd.end() : end if end >= 0 else len(text)]
        said = _FIRST_PERSON_KIN.search(part)
        if said and any(re.search(rf"\b{re.escape(f)}\b", part) for f in firsts):
            return _FIRST_PERSON_KIN.search(text, fwd.end())
    return None


# "I am her Mam-gu" is a grandmother writing, not a mother.
_I_AM_PARENT = re.compile(
    r"\bI(?:['’]m|\s+am)\s+(?:their|his|her)\s+(?:mum|mam|mother|dad|father)(?![\w'’-])", re.IGNORECASE
)
# "Elis's dad Aled and I have thought about this": the writer is the other parent, and a carer as much as he is
# (not "the boy has lost his father and I need to know he is safe", nor "she split up with their father and I don't
# think she's coping")
_PARENT_AND_I = re.compile(
    r"(?<!\bwith[ \t])(?<!\bfrom[ \t])(?:[A-Z][\w'’-]+['’]s|\b(?i:their|the\s+children['’]s|the\s+kids['’]))[ \t]+"
    r"(?i:mum|mam|mother|dad|father)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?and[ \t]+I\b"
)
# "My children are Maksym Ffug (born ...) and Sofiia": a parent introducing their children, whoever else is named (a
# host they live with)
_MY_CHILDREN_ARE = re.compile(r"\b(?i:my[ \t]+(?:children|kids)[ \t]+are)[ \t]+[A-Z]")
# "Sara is not well at the moment and I am the one looking after Cadi day to day": the writer cares for the child
_I_LOOK_AFTER = re.compile(
    r"\bI(?:['’]m|[ \t]+am)[ \t]+the[ \t]+one[ \t]+(?:who[ \t]+(?:looks|is[ \t]+looking)|looking)[ \t]+after\b",
    re.IGNORECASE,
)
# "My grandson Rhys Ffug has been living with me since February because his mam ... is in hospital": whoever else
# the writer names, this child is with them now (not "my eldest grandson Gethin (16)", who is no child of the report).
_WITH_ME_NOW = re.compile(
    r"\b(?=([A-Z][\w'’-]+)(?:\s+[\w'’-]+)?(?:\s*\([^()\n]{1,20}\))?\s+(?:has|have)\s+been\s+(?:living|staying)\s+with"
    r"\s+me\b)"
)


def _line_signer(text: str, start: int) -> Found | None:
    """The name that starts a line soon after `start`: "Nicola Ffug, 16 Heol ..." signs a pasted letter."""
    for line in re.finditer(r"(?m)^[ \t]*(?:" + _SIGN_OFF_BEFORE_NAME + r")?(\S[^\n]*)$", text[: start + 900]):
        if line.start() < start:
            continue
        names = find_names(text, line.start(1), line.end())
        titled = names and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]*", text[line.start(1) : names[0].start])
        if names and (names[0].start == line.start(1) or titled) and len(names[0].tokens) >= 2:
            return Found(names[0].text, names[0].start, names[0].end, 0.6)
    return None


# "Yours sincerely, Rachel Ffug" on one line: the name after the sign-off signs the letter.
_SIGN_OFF_BEFORE_NAME = rf"(?i:{SIGN_OFF_WORDS}),?[ \t]*"


# "My name is Florin Ffug ... My son is Gabriel, he has 9 years": a parent's own child, named by the first name
_MY_OWN_CHILD = re.compile(
    r"\b(?:my|our)\s+(?:(?:two|three|four|2|3|4)\s+)?(?:sons?|daughters?|children|kids|boys|girls)\b", re.IGNORECASE
)


def _take_parents_surname(cf: ChildFound, writer: Found | None, said: re.Match[str], same: bool) -> None:
    """A parent writing of their own child by the first name alone gives the family's surname: the writer's."""
    if not (writer and same and cf.name and _MY_OWN_CHILD.match(said.group())):
        return
    words = str(writer.value).split()
    if len(str(cf.name.value).split()) == 1 and len(words) >= 2:
        cf.name = Found(f"{cf.name.value} {words[-1]}", cf.name.start, cf.name.end, cf.name.confidence)


def referrer_is_carer(
    text: str,
    found: list[ChildFound],
    referrer: Found | None,
    zones: list[tuple[int, int]],
    kids: list[Child],
    pasted: bool = False,
) -> None:
    """A parent or grandparent writing about their own child is the carer ("he lives with me"); the address they
    sign with is the child's home."""
    m = next(
        (c for c in _REFERRER_CARES.finditer(text) if not _WITNESS_CHILD.search(text, c.start() - 12, c.end() + 30)),
        None,
    )
    subject_end = text.find("\n")
    forwarded = FORWARDED_SUBJECT.match(text, len("Subject:") if text.startswith("Subject:") else 0)
    if m and m.start() < subject_end and forwarded:
        # "FW: school place for my children": the subject of a parent's forwarded mail, not the sender's words
        m = _REFERRER_CARES.search(text, subject_end)
    m = m or _forwarded_from_parent(text, kids)
    if not m:
        return
    if pasted:
        # A school's staff never write "my son" of a pupil: these are a parent's words pasted into the message,
        # signed on a line of their own, not the sender's; the address written under the name is the home.
        writer, zone = _line_signer(text, m.end()), None
        if writer:
            under = text.find("\n", writer.end)
            zone = (under, under + 200) if under >= 0 else None
    else:
        writer, zone = _message_writer(text, zones, m.start(), referrer)
    rel = _writer_relationship(text, zones, writer)
    # "I'm their mum": said in the writer's own part of the message, not in a quoted or forwarded one.
    own_part = text[: text.find(FORWARD_MARK) if FORWARD_MARK in text else len(text)]
    says_parent = any(rx.search(own_part) for rx in (_I_AM_PARENT, _PARENT_AND_I, _MY_CHILDREN_ARE, _I_LOOK_AFTER))
    with_me_now = {m.group(1) for m in _WITH_ME_NOW.finditer(own_part)}
    for kid, cf in zip(kids, found, strict=True):
        with_me = kid.first in with_me_now
        if (says_parent or with_me) and writer is not None and not pasted:
            # "I'm their mum, Gareth is their dad": the writer is the carer they name, in their own relation
            cf.carer_name = cf.carer_relationship = None
        if cf.carer_name is None and writer is not None:
            cf.carer_name = Found(writer.value, writer.start, writer.end, 0.6)
            if rel:
                # The writer's own words ("Nain Cai", "my wife") say how they are related; a bare "his mother"
                # elsewhere was someone else.
                cf.carer_relationship = Found(rel, m.start(), m.end(), 0.6)
        same = writer is None or same_person(cf.carer_name.value if cf.carer_name else "", writer.value)
        if cf.carer_relationship is None and rel and cf.carer_name and same:
            cf.carer_relationship = Found(rel, m.start(), m.end(), 0.6)
        _take_parents_surname(cf, writer, m, same)
    if zone is None:
        return
    signed = [a for a in find_addresses(text[zone[0] : zone[1]], []) if a.rank >= 2]
    for cf in found:
        # (not when another carer is named: "their father moved them down to Merthyr" over a grandparent's own home)
        theirs = writer is None or cf.carer_name is None or same_person(cf.carer_name.value, writer.value)
        if cf.address is None and signed and theirs:
            a = signed[0]
            cf.address = Found(a.value, zone[0] + a.start, zone[0] + a.end, 0.6)
            if a.postcode and cf.postcode is None:
                cf.postcode = Found(a.postcode, zone[0] + a.start, zone[0] + a.end, 0.6)
