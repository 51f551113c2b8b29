"""Referrals composed from interchangeable sentences, in a random order, so the NER learns a role from the
words around a name rather than from a fixed layout: children, carers, bystanders, referrers, and the
child's address, school and GP beside distractor addresses, schools and people."""

from __future__ import annotations

import random
from datetime import date

from nlp.training import vocab as V
from nlp.training.generate import KIN, Doc, Family, _address, _dob, _person, _school, _upn

_BOY_GIRL = ["boy", "girl", "pupil", "student", "child"]
_WHEN = ["the start of term", "half term", "the 14th", "September", "Easter", "last Monday", "the summer"]


def _name(r: random.Random, full: str) -> str:
    first, _, last = full.partition(" ")
    return f"{first} {last.upper()}" if last and r.random() < 0.15 else full


def _child_intro(r: random.Random, d: Doc, child: str, dob: date, today: date) -> None:
    age = (today - dob).days // 365
    year = max(1, min(11, age - 4))
    kind = r.randrange(8)
    if kind == 0:
        d.add(f"Y{year} {r.choice(_BOY_GIRL)} ").add(child, "CHILD")
    elif kind == 1:
        d.add("a boy called " if r.random() < 0.5 else "a girl called ").add(child, "CHILD")
    elif kind == 2:
        d.add(child, "CHILD").add(f" ({age})")
    elif kind == 3:
        d.add(child, "CHILD").add(f" (DOB {_dob(r, dob)})")
    elif kind == 4:
        d.add(child, "CHILD").add(f", aged {age},")
    elif kind == 5:
        d.add(child, "CHILD").add(f" (Y{year}, DOB {_dob(r, dob)})")
    elif kind == 6:
        d.add(r.choice(["her son ", "her daughter ", "his son ", "their daughter "])).add(child, "CHILD")
    else:
        d.add(child, "CHILD").add(f", {age},")


def _children(r: random.Random, d: Doc, f: Family, today: date) -> None:
    if len(f.children) > 1 and r.random() < 0.5:
        d.add(r.choice(["Children:\n", "The children are:\n", "Siblings:\n"]))
        for c, dob in f.children:
            d.add(r.choice(["- ", "• ", ""])).add(_name(r, c), "CHILD").add(f" - {_dob(r, dob)}\n")
        return
    for c, dob in f.children:
        d.add(r.choice(["I am writing about ", "Flagging ", "Just to let you know ", "", "Concern re "]))
        _child_intro(r, d, _name(r, c), dob, today)
        d.add(
            r.choice(
                [
                    f" has not been in school since {r.choice(_WHEN)}. ",
                    " is not on any school roll. ",
                    f" hasn't come back after {r.choice(_WHEN)}. ",
                    " has never started school here. ",
                ]
            )
        )


def _carer(r: random.Random, d: Doc, f: Family) -> None:
    kin = r.choice(KIN[f.relationship])
    kind = r.randrange(6)
    if kind == 0:
        d.add(f"{kin.capitalize()} is ").add(f.carer, "CARER").add(". ")
    elif kind == 1:
        d.add(f"{kin.capitalize()} (").add(f.carer, "CARER").add(") says they have moved. ")
    elif kind == 2:
        d.add(f"The family live with {kin}, ").add(f.carer, "CARER").add(", at ").add(f.address, "ADDRESS")
        d.add(". ")
        return
    elif kind == 3:
        d.add(f"\n{kin.capitalize()}: ").add(f.carer, "CARER").add("\n")
    elif kind == 4:
        d.add("\nParent/carer: ").add(f.carer, "CARER").add(f" ({f.relationship})\n")
    else:
        d.add("Contact: ").add(f.carer, "CARER").add(f" ({f.relationship.title()}) 07700 900{r.randint(100, 999)}. ")
    d.add(r.choice(["\nAddress: ", "They live at ", "Last known address: ", "New address: "]))
    d.add(f.address, "ADDRESS").add(". " if r.random() < 0.5 else "\n")


def _bystander(r: random.Random, d: Doc) -> None:
    p = _person(r)
    d.add(
        r.choice(
            [
                "The allocated social worker is ",
                "A neighbour, ",
                "Mum's partner ",
                "The ex-partner, ",
                "Our interpreter, ",
                "I spoke to PC ",
                "SW is ",
                "The landlord, ",
                "Their uncle, ",
            ]
        )
    )
    d.add(p, "OTHER_PERSON")
    d.add(
        r.choice(
            [
                ", says they left last week. ",
                " is aware. ",
                ", can attend meetings. ",
                ". ",
                ", must not be given the address. ",
            ]
        )
    )


def _school_gp(r: random.Random, d: Doc, f: Family) -> None:
    d.add(r.choice(["Previously at ", "Last school: ", "was on roll at ", "Came up from ", "excluded from "]))
    d.add(f.school, "SCHOOL").add(". ")
    if r.random() < 0.3:
        d.add(f"A place was offered at {_school(r)} but not taken up. ")
    kind = r.randrange(4)
    if kind == 0:
        d.add("GP: ").add(f.doctor, "DOCTOR").add(", ").add(f.practice, "GP_PRACTICE").add(". ")
    elif kind == 1:
        d.add("Registered with ").add(f.doctor, "DOCTOR").add(" at ").add(f.practice, "GP_PRACTICE").add(". ")
    elif kind == 2:
        d.add("GP ").add(f.practice, "GP_PRACTICE").add(" (").add(f.doctor, "DOCTOR").add("). ")
    else:
        d.add("GP not known. ")


def _signature(r: random.Random, d: Doc) -> None:
    d.add(r.choice(["\n\nKind regards,\n\n", "\n\nThanks\n", "\n\nDiolch,\n", "\n\nRegards\n\n"]))
    if r.random() < 0.4:
        d.add(r.choice(["PC ", "PCSO ", "DC "]) + f"{r.randint(1000, 9999)} ")
    d.add(_person(r), "REFERRER")
    d.add(
        "\n"
        + r.choice(
            [
                "Health Visitor",
                "Social Worker",
                "Housing Officer",
                "Attendance Officer",
                "Family Support Worker",
                "Neighbourhood Policing Team",
                "School Nurse",
            ]
        )
    )
    d.add(f"\n{r.choice(V.TOWNS)} Office, {_address(r)}\nTel: 01443 000 {r.randint(100, 999)}\n")


def composed(r: random.Random, f: Family, today: date) -> Doc:
    """One referral from shuffled parts."""
    d = Doc().add(r.choice(["Hi,\n\n", "Good morning,\n\n", "Bore da, ", "Morning all - ", "Dear colleague,\n\n"]))
    parts = [lambda: _children(r, d, f, today), lambda: _carer(r, d, f), lambda: _school_gp(r, d, f)]
    parts += [lambda: _bystander(r, d) for _ in range(r.randint(0, 2))]
    first, rest = parts[0], parts[1:]
    r.shuffle(rest)
    first()
    for p in rest:
        p()
    if r.random() < 0.2:
        d.add(f"UPN {_upn(r)}. ")
    if r.random() < 0.8:
        _signature(r, d)
    return d
