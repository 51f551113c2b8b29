"""One child, one case: a report about a child already on an open case is linked to it; siblings to a family.

A child is the same child on the same UPN, or on name (spelling and hyphen variants allowed) together with
date of birth or age, and address or postcode. Anything less opens a case of its own: a false link would
hide a child behind another's case, which is worse than a duplicate an AWO can see.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from sqlalchemy.orm import Session

from intake.areas import normalise_postcode
from intake.eligibility import birthday_back, local_date
from storage import cases as case_store
from storage import models

# Compact names (letters only) match when this similar, or one edit apart once long enough to be a name.
NAME_SCORE = 90
ONE_EDIT_MIN_LENGTH = 6
ADDRESS_SCORE = 90

MATCHED_ON_UPN = "UPN"
MATCHED_ON_DETAILS = "name, date of birth or age, and address or postcode"
OPENED = "opened"


@dataclass(frozen=True)
class Identity:
    """What identifies a child in one report, as of the day it was received."""

    name: str | None = None
    date_of_birth: date | None = None
    age: int | None = None
    on: date | None = None
    postcode: str | None = None
    address: str | None = None
    upn: str | None = None
    carer_name: str | None = None

    @classmethod
    def of(cls, child: models.ReferralChild, on: date) -> Identity:
        return cls(
            name=child.name, date_of_birth=child.date_of_birth, age=child.age, on=on,
            postcode=normalise_postcode(child.postcode) or normalise_postcode(child.address),
            address=child.address, upn=_upn(child.upn), carer_name=child.carer_name,
        )


def _upn(value: str | None) -> str | None:
    return re.sub(r"\s+", "", value).upper() if value else None


def name_words(name: str | None) -> list[str]:
    """'Evans, Lily-Mae' -> ['lily-mae', 'evans']: lower case, no accents, surname last."""
    if not name:
        return []
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    if "," in text:
        surname, _, given = text.partition(",")
        text = f"{given} {surname}"
    return re.sub(r"[^a-z\s'-]", " ", text).split()


def _compact(words: list[str]) -> str:
    return re.sub(r"[^a-z]", "", "".join(words))


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) >= ONE_EDIT_MIN_LENGTH and Levenshtein.distance(a, b) <= 1:
        return True
    return fuzz.ratio(a, b) >= NAME_SCORE


def names_match(a: str | None, b: str | None) -> bool:
    """Same name allowing spelling, accent, hyphen and word-order variants."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:
        # Only a first name on one side: it must be the other's first name.
        return _similar(_compact(wa[:1]), _compact(wb[:1]))
    if _similar(_compact(wa), _compact(wb)):
        return True
    return fuzz.token_sort_ratio(" ".join(wa).replace("-", " "), " ".join(wb).replace("-", " ")) >= 95


def surnames_match(a: str | None, b: str | None) -> bool:
    wa, wb = name_words(a), name_words(b)
    if len(wa) < 2 or len(wb) < 2:
        return False
    return _similar(_compact(wa[-1:]), _compact(wb[-1:]))


def _born_between(identity: Identity) -> tuple[date, date] | None:
    if identity.date_of_birth is not None:
        return identity.date_of_birth, identity.date_of_birth
    if identity.age is not None and identity.on is not None:
        earliest = birthday_back(identity.on, identity.age + 1) + timedelta(days=1)
        return earliest, birthday_back(identity.on, identity.age)
    return None


def ages_agree(a: Identity, b: Identity) -> bool:
    """Dates of birth equal, or the dates of birth the stated ages allow overlap."""
    ra, rb = _born_between(a), _born_between(b)
    if ra is None or rb is None:
        return False
    return max(ra[0], rb[0]) <= min(ra[1], rb[1])


def _address_words(address: str) -> str:
    without_postcode = re.sub(r"\b[A-Z]{1,2}[0-9][0-9A-Z]?\s*[0-9][A-Z]{2}\b", " ", address.upper())
    return " ".join(re.sub(r"[^a-z0-9]", " ", without_postcode.lower()).split())


def _house_number(address: str) -> str | None:
    m = re.search(r"\b(\d+[a-z]?)\b", address.lower())
    return m.group(1) if m else None


def addresses_agree(a: Identity, b: Identity) -> bool:
    """Same postcode when both have one; otherwise the same address, house number and all."""
    pa = normalise_postcode(a.postcode) or normalise_postcode(a.address)
    pb = normalise_postcode(b.postcode) or normalise_postcode(b.address)
    if pa and pb:
        return pa == pb
    if not a.address or not b.address:
        return False
    if _house_number(a.address) != _house_number(b.address):
        return False
    return fuzz.token_set_ratio(_address_words(a.address), _address_words(b.address)) >= ADDRESS_SCORE


def same_child(a: Identity, b: Identity) -> str | None:
    """What shows two reports are about the same child, or None when they may not be."""
    upn_a, upn_b = _upn(a.upn), _upn(b.upn)
    if upn_a and upn_b:
        return MATCHED_ON_UPN if upn_a == upn_b else None
    if names_match(a.name, b.name) and ages_agree(a, b) and addresses_agree(a, b):
        return MATCHED_ON_DETAILS
    return None


def same_family(a: Identity, b: Identity) -> bool:
    """Siblings: the same home and the same surname or the same carer."""
    if not addresses_agree(a, b):
        return False
    same_carer = bool(a.carer_name and b.carer_name and names_match(a.carer_name, b.carer_name))
    return surnames_match(a.name, b.name) or same_carer


@dataclass
class Link:
    child: models.ReferralChild
    case: models.Case
    matched_on: str

    @property
    def opened(self) -> bool:
        return self.matched_on == OPENED


def link_cases(session: Session, referral: models.Referral, on: date, now: datetime) -> list[Link]:
    """Put each child of the referral on a case: the open case already theirs, or a new one."""
    known = case_store.open_case_children(session, except_referral_id=referral.id)
    identities = [(case, Identity.of(child, local_date(received))) for case, child, received in known]
    links = case_store.links_of_referral(session, referral.id)
    result: list[Link] = []
    for child in referral.children:
        me = Identity.of(child, on)
        match = next(((case, how) for case, other in identities if (how := same_child(me, other))), None)
        link = links.get(child.id)
        if link is None:
            if match is not None:
                link = _attach(session, referral, child, match[0], match[1], now)
            else:
                case = models.Case(status="open", opened_at=now)
                session.add(case)
                session.flush()
                link = _attach(session, referral, child, case, OPENED, now)
        elif match is not None and match[0].id != link.case_id and _may_fold(session, link, referral.id):
            # The answer to our questions showed this child already had a case: keep that one.
            folded = link.case
            folded.status, folded.merged_into_id, folded.closed_at = "merged", match[0].id, now
            link.case, link.matched_on = match[0], match[1]
        result.append(Link(child, link.case, link.matched_on))
    _link_family(result, identities, on)
    session.flush()
    return result


def _attach(
    session: Session, referral: models.Referral, child: models.ReferralChild, case: models.Case, how: str,
    now: datetime,
) -> models.CaseChild:
    link = models.CaseChild(
        referral_child_id=child.id, case=case, referral_id=referral.id, matched_on=how, linked_at=now
    )
    session.add(link)
    return link


def _may_fold(session: Session, link: models.CaseChild, referral_id: int) -> bool:
    """A case this report opened, nobody has accepted, and no other report holds, can give way."""
    case = link.case
    return (
        link.matched_on == OPENED and case.accepted_at is None
        and case_store.referral_ids_on_case(session, case.id) <= {referral_id}
    )


def _link_family(links: list[Link], known: list[tuple[models.Case, Identity]], on: date) -> None:
    """Children of one report are a family, and so are children at the same home with the same surname."""
    keys = [link.case.family_key for link in links if link.case.family_key]
    for link in links:
        me = Identity.of(link.child, on)
        keys += [case.family_key for case, other in known if case.family_key and same_family(me, other)
                 and case.id != link.case.id]
    family_key = keys[0] if keys else (f"F{links[0].case.id}" if links else None)
    for link in links:
        if link.case.family_key is None:
            link.case.family_key = family_key


def linked_children(session: Session | None, referral: models.Referral) -> list[str]:
    """First names of the referral's children whose report joined an open case: the referrer is told."""
    if session is None or referral.id is None:
        return []
    links = case_store.links_of_referral(session, referral.id)
    names = [
        first_name(child.name) or "?"
        for child in referral.children
        if (link := links.get(child.id)) is not None and link.matched_on != OPENED
    ]
    return list(dict.fromkeys(names))


def first_name(name: str | None) -> str | None:
    if not name:
        return None
    if "," in name:
        name = name.partition(",")[2]
    words = name.split()
    return words[0] if words else None
