"""Synthetic referrals in the kinds partners write (police and health emails with signatures, pasted SIMS
blocks, two-line Slack messages, forwarded forms), with gold entity spans for training the NER.

    python -m nlp.training.generate --n 2000 --seed 7 --out var/train.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from nlp.training import vocab as V
from nlp.validators import upn_check_letter

LABELS = ("CHILD", "CARER", "REFERRER", "OTHER_PERSON", "ADDRESS", "SCHOOL", "GP_PRACTICE", "DOCTOR")
KIN = {
    "mother": ["mum", "Mum", "mam", "Mam", "mother", "her mother", "his mum"],
    "father": ["dad", "Dad", "tad", "father", "his father", "her dad"],
    "grandmother": ["Mam-gu", "Nain", "nan", "grandmother", "maternal grandmother"],
    "grandfather": ["Tad-cu", "Taid", "grandad", "grandfather"],
    "aunt": ["aunt", "auntie"],
    "stepfather": ["stepdad", "stepfather"],
    "foster carer": ["foster carer"],
}


@dataclass
class Doc:
    """Text built piece by piece, remembering the labelled spans."""

    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def add(self, piece: str, label: str | None = None) -> Doc:
        if label:
            self.spans.append((len(self.text), len(self.text) + len(piece), label))
        self.text += piece
        return self


@dataclass
class Family:
    children: list[tuple[str, date]]
    surname: str
    carer: str
    relationship: str
    address: str
    school: str
    doctor: str
    practice: str


def _address(r: random.Random) -> str:
    n = r.randint(1, 120)
    if r.random() < 0.5:
        street = (
            f"{r.choice(['Heol', 'Stryd', 'Clos', 'Maes', 'Ffordd'])} {r.choice(['y ', 'yr ', ''])}"
            f"{r.choice(V.WELSH_WORDS)}"
        )
    else:
        street = f"{r.choice(V.EN_STREET_NAMES)} {r.choice(V.STREET_TYPES_EN)}"
    pc = f"{r.choice(V.OUTCODES)} {r.randint(0, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    unit = r.choice(["", "", "", f"Flat {r.randint(1, 12)}, "])
    return f"{unit}{n} {street}, {r.choice(V.TOWNS)}, {pc}"


def _school(r: random.Random) -> str:
    return r.choice(V.SCHOOL_PATTERNS).format(w=r.choice(V.WELSH_WORDS), t=r.choice(V.TOWNS), saint=r.choice(V.SAINTS))


def _family(r: random.Random, today: date) -> Family:
    surname = r.choice(V.SURNAMES)
    kids = []
    for _ in range(r.choices([1, 2, 3], [0.6, 0.3, 0.1])[0]):
        first = r.choice(V.FIRST_GIRLS + V.FIRST_BOYS)
        kids.append((f"{first} {surname}", today - timedelta(days=r.randint(5 * 365, 16 * 365))))
    rel = r.choices(list(KIN), [0.5, 0.25, 0.1, 0.03, 0.05, 0.04, 0.03])[0]
    first = r.choice(V.WOMEN if rel in {"mother", "grandmother", "aunt"} else V.MEN)
    return Family(
        kids,
        surname,
        f"{first} {surname}",
        rel,
        _address(r),
        _school(r),
        f"Dr {r.choice(V.DOCTOR_NAMES)}",
        r.choice(V.PRACTICE_PATTERNS).format(t=r.choice(V.TOWNS), w=r.choice(V.WELSH_WORDS)),
    )


def _dob(r: random.Random, d: date) -> str:
    return r.choice(
        [
            d.strftime("%d/%m/%Y"),
            d.strftime("%d.%m.%Y"),
            d.isoformat(),
            f"{d.day} {d.strftime('%B %Y')}",
            f"{d.day}th {d.strftime('%b %Y')}",
        ]
    )


def _upn(r: random.Random) -> str:
    body = f"{r.randint(660, 679)}{r.randint(1000, 9999)}{r.randint(10, 25)}{r.randint(0, 999):03d}"
    return upn_check_letter(body) + body


def _person(r: random.Random) -> str:
    return f"{r.choice(V.ADULT_FIRST)} {r.choice(V.SURNAMES)}"


def police_email(r: random.Random, f: Family, today: date) -> Doc:
    officer = _person(r)
    d = Doc().add(r.choice(["Good morning,\n\n", "Hi,\n\n", "Afternoon,\n\n"]))
    kid, dob = f.children[0]
    d.add("While on patrol I spoke with ").add(r.choice(KIN[f.relationship]) + " ").add(f.carer, "CARER")
    d.add(" and ").add(kid, "CHILD").add(f" (DOB {_dob(r, dob)}) at their home, ").add(f.address, "ADDRESS")
    d.add(". A neighbour, ").add(_person(r), "OTHER_PERSON").add(", said the family moved here in the summer.\n\n")
    for k, kd in f.children[1:]:
        d.add("Sibling: ").add(k, "CHILD").add(f" - {_dob(r, kd)}\n")
    d.add(f"{kid.split()[0]} previously attended ").add(f.school, "SCHOOL").add(". Registered with ")
    d.add(f.doctor, "DOCTOR").add(" at ").add(f.practice, "GP_PRACTICE").add(".\n\nKind regards,\n\n")
    d.add(f"PC {r.randint(1000, 9999)} ").add(officer, "REFERRER").add("\nNeighbourhood Policing Team\n")
    d.add(f"{r.choice(V.TOWNS)} Police Station, {r.randint(1, 40)} Station Road, {r.choice(V.TOWNS)}\n")
    return d


def health_email(r: random.Random, f: Family, today: date) -> Doc:
    hv = _person(r)
    d = Doc().add("Hi,\n\nI am the health visitor for a family who have recently moved to ")
    d.add(f"{r.choice(V.TOWNS)}. They live at ").add(f.address, "ADDRESS").add(".\n\n")
    d.add(f"{r.choice(KIN[f.relationship]).capitalize()}, ").add(f.carer, "CARER")
    d.add(", told me the children have not been in school:\n")
    for k, kd in f.children:
        age = (today - kd).days // 365
        d.add("- ").add(k, "CHILD").add(r.choice([f", aged {age}", f", DOB {_dob(r, kd)}", f" ({age})"]))
        d.add(" - was at ").add(f.school, "SCHOOL").add("\n")
    d.add("\nAll registered with ").add(f.doctor, "DOCTOR").add(" at ").add(f.practice, "GP_PRACTICE")
    d.add(".\n\nMany thanks\n\n").add(hv, "REFERRER").add("\nHealth Visitor\n")
    d.add(f"{r.choice(V.TOWNS)} Health Centre, {r.randint(1, 40)} Market Street, {r.choice(V.TOWNS)}\n")
    return d


def sims_block(r: random.Random, f: Family, today: date) -> Doc:
    kid, dob = f.children[0]
    first, last = kid.split(" ", 1)
    d = Doc().add("Hi, can I refer this one to CME please? Not been in since the start of term.\n\n")
    d.add(f"Surname: {last.upper()}    Forename: ").add(first, "CHILD").add(f"\nDOB: {_dob(r, dob)}    Year: 5\n")
    d.add(f"UPN: {_upn(r)}\nAddress: ").add(f.address, "ADDRESS").add("\n")
    d.add(f"Contact 1: {r.choice(['Ms', 'Mrs', 'Mr'])} ").add(f.carer, "CARER")
    d.add(f" ({f.relationship.title()}) - Mob 07700 900{r.randint(100, 999)}\n")
    d.add("Contact 2: ").add(_person(r), "OTHER_PERSON").add(" (Family friend)\n")
    d.add("Doctor: ").add(f.doctor, "DOCTOR").add(", ").add(f.practice, "GP_PRACTICE").add("\nThanks\n")
    return d


def slack_note(r: random.Random, f: Family, today: date) -> Doc:
    kid, dob = f.children[0]
    d = Doc().add(r.choice(["hiya, ", "Morning, ", "Bore da, "])).add(f"Y{r.randint(1, 11)} ")
    d.add(r.choice(["boy ", "girl ", "pupil "])).add(kid, "CHILD").add(" not been in since we came back. ")
    d.add(f"{r.choice(KIN[f.relationship])} ").add(f.carer, "CARER").add(" not answering. last addr ")
    d.add(f.address, "ADDRESS").add(". GP ").add(f.doctor, "DOCTOR").add(", ").add(f.practice, "GP_PRACTICE")
    d.add(". SW is ").add(_person(r), "OTHER_PERSON").add(" and she's aware.")
    return d


def form_email(r: random.Random, f: Family, today: date) -> Doc:
    d = Doc().add("Dear colleague,\n\nPlease see the pupil details below.\n\n")
    for k, kd in f.children:
        d.add("Name: ").add(k, "CHILD").add(f"\nDate of birth: {_dob(r, kd)}\n")
    d.add("Parent/carer: ").add(f.carer, "CARER").add(f" ({f.relationship})\n")
    d.add(f"Previous address: {_address(r)}\nCurrent address: ").add(f.address, "ADDRESS")
    d.add("\nLast school attended: ").add(f.school, "SCHOOL").add("\nGP: ").add(f.doctor, "DOCTOR").add(", ")
    d.add(f.practice, "GP_PRACTICE").add("\n\nYours faithfully,\n\n").add(_person(r), "REFERRER")
    d.add("\nEducation Welfare Officer\n")
    return d


def social_worker_email(r: random.Random, f: Family, today: date) -> Doc:
    sw, partner = _person(r), _person(r)
    kid, dob = f.children[0]
    age = (today - dob).days // 365
    d = Doc().add("Good afternoon,\n\nI am the allocated social worker for ").add(kid, "CHILD")
    d.add(r.choice([f" ({age} yrs)", f" (DOB {_dob(r, dob)})", f", aged {age},"])).add(". ")
    kin = r.choice(KIN[f.relationship])
    d.add(f"{kin[0].upper()}{kin[1:]}, ").add(f.carer, "CARER").add(f", moved with {kid.split()[0]} and a partner, ")
    d.add(partner, "OTHER_PERSON").add(f", to {r.choice(V.TOWNS)}. Their new address is ").add(f.address, "ADDRESS")
    d.add(f".\n\n{kid.split()[0]} was on roll at ").add(f.school, "SCHOOL").add(" until the summer. ")
    d.add(f"{kid.split()[0]}'s GP is ").add(f.doctor, "DOCTOR").add(" at ").add(f.practice, "GP_PRACTICE")
    d.add(".\n\nRegards,\n\n").add(sw, "REFERRER").add("\nSocial Worker | Gweithiwr Cymdeithasol\n")
    d.add(f"Children's Services, Civic Centre, {r.choice(V.TOWNS)}, {_address(r).split(', ')[-1]}\n")
    return d


def slack_list(r: random.Random, f: Family, today: date) -> Doc:
    d = Doc().add(r.choice(["Hi both - ", "Morning all, ", "Hi CME team, "]))
    d.add(f"{len(f.children)} of ours haven't turned up this week. Details:\n")
    for n, (k, kd) in enumerate(f.children, start=1):
        d.add(f"{n}) ").add(k, "CHILD").add(f", DOB {_dob(r, kd)}, ").add(f.address, "ADDRESS")
        d.add(f", {r.choice(KIN[f.relationship])} ").add(f.carer, "CARER").add(". Came up from ")
        d.add(f.school, "SCHOOL").add(".\n")
    d.add("GP: ").add(f.doctor, "DOCTOR").add(" @ ").add(f.practice, "GP_PRACTICE").add(". Cheers")
    return d


def public_email(r: random.Random, f: Family, today: date) -> Doc:
    d = Doc().add("hello i dont know if this is the right place but i am worried about the ")
    d.add(r.choice(["kids", "children", "two children"])).add(" next door. ")
    for k, kd in f.children:
        d.add("One is called ").add(k.split()[0], "CHILD").add(f" and is about {(today - kd).days // 365}. ")
    d.add(f"Their {r.choice(['mum', 'mam', 'dad'])} is ").add(f.carer.split()[0], "CARER")
    d.add(". My neighbour ").add(_person(r), "OTHER_PERSON").add(" says they never go to school.\n\nthanks")
    return d


def forwarded_form(r: random.Random, f: Family, today: date) -> Doc:
    d = Doc().add("Hi,\n\nForwarding as discussed.\n\nThanks\n").add(_person(r).split()[0], "REFERRER")
    d.add("\n\n---------- Forwarded message ----------\n")
    kid, dob = f.children[0]
    first, last = kid.split(" ", 1)
    d.add(f"Child's surname: {last.upper()}\nChild's forename(s): ").add(first, "CHILD")
    d.add(f"\nDate of birth: {_dob(r, dob)}\nCyfeiriad / Address: ").add(f.address, "ADDRESS")
    d.add("\nRhiant / Parent: ").add(f.carer, "CARER").add(f" ({f.relationship})\nMeddyg / GP: ")
    d.add(f.doctor, "DOCTOR").add(", ").add(f.practice, "GP_PRACTICE").add("\nLast school: ")
    d.add(f.school, "SCHOOL").add("\n")
    return d


KINDS = [
    police_email,
    health_email,
    sims_block,
    slack_note,
    form_email,
    social_worker_email,
    slack_list,
    public_email,
    forwarded_form,
]


def generate(n: int, seed: int) -> list[dict[str, object]]:
    """`n` synthetic referrals with entity spans, reproducible from `seed`: half in the fixed layouts above,
    half composed from shuffled sentences (nlp/training/compose.py)."""
    from nlp.training.compose import composed

    r = random.Random(seed)
    out: list[dict[str, object]] = []
    for _ in range(n):
        today = date(2026, 9, 1) + timedelta(days=r.randint(0, 300))
        f = _family(r, today)
        doc = composed(r, f, today) if r.random() < 0.5 else r.choice(KINDS)(r, f, today)
        out.append({"text": doc.text, "entities": doc.spans})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in generate(args.n, args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
