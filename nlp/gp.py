"""The child's GP: the named doctor and the practice, from form lines or prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.lexicon import PRACTICE_TAIL
from nlp.names import SURNAME_PARTICLE

DOCTOR = re.compile(
    r"\b(?:Dr|Doctor)\.?[ \t]+((?:[A-Z]\.?[ \t]+)?[A-Z][\w'’-]+"
    rf"(?:[ \t]+(?:(?:{SURNAME_PARTICLE})[ \t]+)?(?!Surgery|Medical|Health)[A-Z][\w'’-]+)?"  # "Dr Iolo ap Rhys"
    # "Dr Aled Wyn Ffug": a third word, when no practice word follows it ("Dr Jones Ffug Medical Centre")
    r"(?:[ \t]+(?!Surgery|Medical|Health|Meddygfa|Canolfan|Llys|Ty|Tŷ)[A-Z][\w'’-]+"
    r"(?![ \t]+(?:Surgery|Medical|Health|Practice|Centre|Clinic)\b))?)"
)
PRACTICE = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w'’-]*|(?:yr|y)\b|on|upon|&)(?:[ \t]+(?:[A-Z][\w'’-]*|(?:yr|y)\b|on|upon|&)){{0,4}}?[ \t]+"
    rf"{PRACTICE_TAIL})\b"
    # "Lead Practice Nurse", "GP Partner & Practice Safeguarding Lead": a role, no practice
    r"(?![ \t]+(?:Nurse|Manager|Pharmacist|Staff|Administrator|Safeguarding|Lead))"
)
# Welsh names put the word for surgery first: "Meddygfa Ystrad", "Canolfan Iechyd Aberdâr".
# (and mutated after "gyda", or the medical centre: "Feddygfa", "Canolfan Feddygol")
WELSH_PRACTICE = re.compile(
    # ... and after "yng" (at): "yng Nghanolfan Iechyd Dolgellau"
    r"(?<![\w-])((?:[MF]eddygfa(?:['’]r)?|(?:Canolfan|Nghanolfan|Ganolfan)[ \t]+(?:Iechyd|[MF]eddygol))"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|(?:yr|y)\b))+)"
)
_PRACTICE_NOISE = re.compile(
    r"^(?:(?:The|At|Our|His|Her|Their|GP|Doctor|Dr|Registered|With|This|Medical|"
    r"Practice|Meddyg|Teulu)\s+)+"
)
_GP_CONTEXT = re.compile(
    r"\b(?:GP|G\.P\.|doctor|Dr|registered|registration|Meddyg|Meddygfa|surgery|practice|medical|patient"
    # "All three are with the Ffug Medical Practice"; "wedi cofrestru gyda Meddygfa ..." (registered with)
    r"|(?:is|are)\s+(?:\w+\s+)?with|cofrestru|chofrestru|gofrestru)\b",
    re.IGNORECASE,
)
_GP_UNKNOWN = re.compile(
    r"(?:GP|doctor|G\.P\.)(?:\s+details)?\s*(?::|-|is|are)?\s*(?:not\s+known|unknown|n/?k|none|not\s+on\s+SIMS|"
    r"not\s+registered|tbc|\?)"
    r"|(?:don'?t|do\s+not|dont)\s+(?:know|have|hold)\s+(?:about\s+|the\s+|her\s+|his\s+|their\s+|any\s+)?"
    r"(?:GP|doctor)"
    r"|not\s+(?:yet\s+)?registered\s+with\s+(?:a\s+|any\s+)?(?:GP|doctor)"
    r"|no\s+GP\b|GP\s+details\s+not\s+known|(?:no|without)\s+(?:a\s+)?(?:GP|doctor)\s+(?:yet|here)",
    re.IGNORECASE,
)


# A hospital doctor is not the GP: "Dr X, consultant paediatrician", "Dr X (registrar) at Y Hospital".
_HOSPITAL_ROLE = (
    r"(?:consultant|paediatrician|pediatrician|registrar|psychiatrist|psychologist|surgeon|specialist|neurologist"
    r"|cardiologist|dermatologist|oncologist|orthopaedic|anaesthetist|CAMHS|hospital|Ysbyty|A&E|paediatrics|ward"
    # "Our safeguarding lead, Dr Catrin Ffug, asked me to pass this on": a role, not the child's GP
    r"|safeguarding[ \t]+lead|named[ \t]+doctor|designated[ \t]+doctor)"
)
_HOSPITAL_AFTER = re.compile(
    rf"^[ \t]*(?:,|\(|-|–|is|is\s+the|is\s+a|who\s+is|the|a|an|at(?:\s+the)?)?[ \t]*"
    rf"(?:[\w'’-]+[ \t]+){{0,3}}?{_HOSPITAL_ROLE}\b"
    r"|^[^.\n]{0,40}\b(?:Hospital|Ysbyty|Infirmary)\b",
    re.IGNORECASE,
)
_HOSPITAL_BEFORE = re.compile(rf"\b{_HOSPITAL_ROLE}[ \t,:]*(?:\(|-|–)?[ \t]*$", re.IGNORECASE)


def _hospital_doctor(text: str, start: int, end: int) -> bool:
    right = text[end : end + 60]
    if re.match(r"^[^.\n]{0,40}?\b(?:Surgery|Medical Centre|Health Centre|Practice|Meddygfa|GP)\b", right):
        return False
    return bool(_HOSPITAL_AFTER.match(right) or _HOSPITAL_BEFORE.search(text[max(0, start - 30) : start]))


def _fuller_name(doctor: tuple[str, int, int], named: list[tuple[str, int, int]]) -> tuple[str, int, int]:
    """'Our safeguarding lead, Dr Lucia Ffug, ... All four are registered with Dr Ffug': the GP by the fuller name
    the report gives the same doctor elsewhere."""
    if len(doctor[0].split()) != 2:
        return doctor
    surname = doctor[0].split()[-1]
    fuller = next((n[0] for n in named if len(n[0].split()) > 2 and n[0].split()[-1] == surname), None)
    return (fuller, doctor[1], doctor[2]) if fuller else doctor


@dataclass(frozen=True)
class GPFound:
    """A GP mention: doctor and/or practice with spans."""

    doctor: tuple[str, int, int] | None
    practice: tuple[str, int, int] | None

    @property
    def start(self) -> int:
        return min(x[1] for x in (self.doctor, self.practice) if x)


def _clean_practice(name: str) -> str:
    # Welsh mutations undone: "yng Nghanolfan Iechyd Ffug" is Canolfan Iechyd Ffug, "gyda Feddygfa Ffug" Meddygfa Ffug
    name = re.sub(r"^(?:Nghanolfan|Ganolfan)\b", "Canolfan", _PRACTICE_NOISE.sub("", name).strip())
    return re.sub(r"^Feddygfa\b", "Meddygfa", name)


def gp_unknown(text: str) -> re.Match[str] | None:
    """Where the referrer says the GP is not known."""
    return _GP_UNKNOWN.search(text)


# "GP: Dr Iqbal (Hillcrest).": a practice by its one-word name in brackets after the doctor
_PRACTICE_IN_BRACKETS = re.compile(
    r"\bGP[ \t]*:[ \t]*Dr\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*\(([A-Z][\w'’-]+)\)"
)
_PRACTICE_BEFORE_DOCTOR = re.compile(
    r"\bGP[ \t]*(?:is|was|:|-)?[ \t]*((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*\((?=[ \t]*Dr\.?[ \t])"
)

# "GP: Ffugwen", "His GP surgery is Bro Ffug.": a practice named only by its place, after a GP label
_PRACTICE_AFTER_LABEL = re.compile(
    r"\bGP(?:[ \t]+(?:surgery|practice))?[ \t]*(?::|-|–|=|\bis\b|\bwas\b)[ \t]*(?:the[ \t]+)?"
    r"(?!(?:Dr|Doctor|Not|Unknown|None|Nil|N/?[AK]|TBC|Yes|No|Registered|Details|See|Awaiting|Checking|Mum|Dad"
    r"|Same|As|Also|Still|Unclear|Possibly|Believed|Previously|Was|Is|He|She|They|We|I)\b)"
    r"((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)(?=[ \t]*(?:$|[,.;(]|\n|[ \t](?:in|at|on|tel)\b))",
    re.MULTILINE,
)
# "... Mum is Sian Ffug. GP Castle Gate.": the label with no colon, at the start of a line or sentence; the name
# must end the clause, so "GP Practice Manager said" or "GP Registration Form attached" are not read
_PRACTICE_AFTER_BARE_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=[.;]\s\s))GP[ \t]+"
    r"(?!(?:Dr|Doctor|Not|Unknown|None|Nil|N/?[AK]|TBC|Registered|Registration|Details|Surgery|Practice|Practices"
    r"|Partner|Partners|Letter|Records|Record|Notes|Appointment|Appointments|Services|Service|Cluster|Hub|Lead"
    r"|Team|Staff|Manager|Receptionist|Reception|Safeguarding|Practitioner|Trainee|Registrar|Locum|Principal|Surgeries"
    r"|Federation|Out|OOH)\b)"
    r"((?:[A-Z][\w'’-]+[ \t]+){0,2}[A-Z][\w'’-]+)(?=[ \t]*(?:$|[.;]))",
    re.MULTILINE,
)


_LOWER_CASE_PRACTICE = re.compile(
    r"\b(?:Dr|Doctor)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+at[ \t]+the[ \t]+"
    r"((?:[A-Z][\w'’-]+[ \t]+){1,2}(?:surgery|practice|health[ \t]+centre|medical[ \t]+centre))\b"
    r"(?![ \t]*\([A-Z])"  # (not "at the Ystrad Ffug surgery (Ystrad Medical Centre)": its name follows)
)
_PARENT_BEFORE = re.compile(r"\b(?:dad|father|mum|mam|mother|stepdad|stepfather|parent)[ \t]*[,:(-]?[ \t]*$", re.I)
_PARENT_AFTER = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?(?:father|mother|dad|mum|parent)[ \t]+of\b", re.I)
_TO_REGISTER_AT = re.compile(
    r"\b(?:advised|asked|told|encouraged|helping|help)\s+(?:\w+\s+){0,2}to\s+register\s+(?:at|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def find_gps(text: str, zones: list[tuple[int, int]], need_context: bool = True) -> list[GPFound]:
    """Doctor/practice pairs stated as a child's GP, outside signatures, in reading order."""
    doctors = [(f"Dr {m.group(1)}", m.start(), m.end()) for m in DOCTOR.finditer(text)]
    practices = []
    for m in [*PRACTICE.finditer(text), *WELSH_PRACTICE.finditer(text)]:
        name = _clean_practice(m.group(1))
        if len(name.split()) < 2:
            continue
        s = m.start(1) + m.group(1).find(name)
        practices.append((name, s, s + len(name)))
    # "GP was Bro Ffug (Dr Rees)": a practice named without "Surgery", its doctor in brackets after it
    practices += [
        (m.group(1), m.start(1), m.end(1))
        for m in _PRACTICE_BEFORE_DOCTOR.finditer(text)
        if not any(s <= m.start(1) < e for _, s, e in practices)
    ]
    # "Dr Owen at the Ffugtraeth surgery": a practice by its place, the word for it in lower case
    practices += [
        (m.group(1), m.start(1), m.end(1))
        for m in _LOWER_CASE_PRACTICE.finditer(text)
        if not any(s <= m.start(1) < e for _, s, e in practices)
    ]
    practices += [(m.group(1), m.start(1), m.end(1)) for m in _PRACTICE_IN_BRACKETS.finditer(text)]
    practices += [
        (m.group(1), m.start(1), m.end(1))
        for rx in (_PRACTICE_AFTER_LABEL, _PRACTICE_AFTER_BARE_LABEL)
        for m in rx.finditer(text)
        if not any(s <= m.start(1) < e or m.start(1) <= s < m.end(1) for _, s, e in practices)
    ]
    out: list[GPFound] = []
    used_p: set[int] = set()
    named = doctors
    doctors = [d for d in doctors if not _hospital_doctor(text, d[1], d[2])]
    doctors = [_fuller_name(d, named) for d in doctors]
    # "Dad, Dr Chen Ffug, is a visiting lecturer ... Dr Chen says ...": a parent who is a doctor is not the GP
    # ... nor "Dr Ffug, father of our Year 5 twins"
    parents = {
        d[0].split()[1]
        for d in doctors
        if _PARENT_BEFORE.search(text, max(0, d[1] - 20), d[1]) or _PARENT_AFTER.match(text, d[2])
    }
    doctors = [d for d in doctors if d[0].split()[1] not in parents]
    # "not yet registered with a GP; I have advised them to register at Ffug Health Centre": not their practice
    practices = [p for p in practices if not _TO_REGISTER_AT.search(text, max(0, p[1] - 60), p[1])]
    for d in doctors:
        # The practice written beside the doctor: "Dr X, P", "Dr X at P", "Dr X @ P", "P (Dr X)", "P - Dr X".
        pair = None
        for i, p in enumerate(practices):
            gap_after = text[d[2] : p[1]] if p[1] >= d[2] else None
            gap_before = text[p[2] : d[1]] if d[1] >= p[2] else None
            if gap_after is not None and re.fullmatch(r"\s*(?:,|at|@|-|–|of|from|in|\()\s*(?:[Tt]he\s+)?", gap_after):
                pair = i
                break
            # ... or "registered at P with Dr X"
            # ... or "Reg'd at P I think (Dr X)"
            if gap_before is not None and re.fullmatch(
                r"\s*(?:I\s+think|I\s+believe|we\s+think)?\s*(?:\(|-|–|,|with|under)\s*", gap_before, re.IGNORECASE
            ):
                pair = i
                break
        if pair is not None:
            used_p.add(pair)
        out.append(GPFound(d, practices[pair] if pair is not None else None))
    for i, p in enumerate(practices):
        if i not in used_p:
            out.append(GPFound(None, p))
    kept = []
    for g in out:
        if any(s <= g.start < e for s, e in zones):
            continue
        ls = text.rfind("\n", 0, g.start) + 1
        sentence_start = max(ls, text.rfind(". ", 0, g.start) + 1)
        context = text[max(sentence_start, g.start - 80) : g.start + 5]
        if need_context and not _GP_CONTEXT.search(context) and g.doctor is None:
            continue
        kept.append(g)
    return sorted(kept, key=lambda g: g.start)
