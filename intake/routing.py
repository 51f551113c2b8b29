"""Who gets a referral: the AWO for the child's school or postcode area, else the duty AWO.

The routing file (YAML or JSON, named by CME_ROUTING_FILE) lists the AWOs by username and maps school
names, postcode sectors ("CF39 9"), districts ("CF39") and areas ("CF") to them. A school match wins,
then the most specific postcode match; with no match, or no file, the duty AWO has it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from intake.areas import postcode_parts
from intake.settings import Settings

log = logging.getLogger(__name__)

# School names differ in small ways between a referral and the file ("Ysgol Gynradd Cwm" / "Cwm Primary").
SCHOOL_MATCH_SCORE = 90

_OUTWARD = re.compile(r"^([A-Z]{1,2})(?:([0-9][0-9A-Z]?)(?:\s*([0-9]))?)?$")


class Contact(BaseModel):
    """A person or team a referral can go to. `username` is how the web app knows an AWO."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    username: str | None = None
    email: str | None = None
    slack: str | None = None  # Slack user id: notifications go as a direct message


class RoutingFile(BaseModel):
    """The file's shape. Every mapping value is a key of `awos`, or an inline contact."""

    model_config = ConfigDict(extra="forbid")

    awos: dict[str, Contact] = {}
    duty_awo: str | Contact | None = None
    manager: str | Contact | None = None
    childrens_services: Contact | None = None
    schools: dict[str, str] = {}
    postcodes: dict[str, str] = {}
    # Where referrals the CME duty does not cover go: attendance_procedures, elective_home_education...
    routes: dict[str, str | Contact] = {}


@dataclass(frozen=True)
class Assignment:
    contact: Contact
    why: str  # "school", "postcode sector", "postcode district", "postcode area", "duty AWO", "route: ..."


@dataclass
class Routing:
    duty_awo: Contact
    manager: Contact
    childrens_services: Contact
    awos: dict[str, Contact] = field(default_factory=dict)  # by username
    schools: dict[str, Contact] = field(default_factory=dict)
    postcodes: dict[str, Contact] = field(default_factory=dict)  # normalised sector, district or area
    routes: dict[str, Contact] = field(default_factory=dict)

    def assign(
        self, children: Iterable[tuple[str | None, str | None]], route: str | None = None
    ) -> Assignment:
        """The AWO for children given as (school, postcode) pairs, or the team for a non-CME route."""
        if route is not None:
            team = self.routes.get(route)
            if team is not None:
                return Assignment(team, f"route: {route}")
            return Assignment(self.duty_awo, f"route: {route} (not configured: duty AWO)")
        children = list(children)
        for school, _ in children:
            contact = self.school_awo(school)
            if contact is not None:
                return Assignment(contact, "school")
        for _, postcode in children:
            found = self.postcode_awo(postcode)
            if found is not None:
                return Assignment(*found)
        return Assignment(self.duty_awo, "duty AWO")

    def school_awo(self, school: str | None) -> Contact | None:
        if not school or not self.schools:
            return None
        wanted = school_key(school)
        if wanted in self.schools:
            return self.schools[wanted]
        best, best_score = None, 0.0
        for key, contact in self.schools.items():
            score = fuzz.token_sort_ratio(wanted, key)
            if score > best_score:
                best, best_score = contact, score
        return best if best_score >= SCHOOL_MATCH_SCORE else None

    def postcode_awo(self, postcode: str | None) -> tuple[Contact, str] | None:
        parts = postcode_parts(postcode)
        if parts is None:
            return None
        sector, district, area = parts
        levels = ((sector, "postcode sector"), (district, "postcode district"), (area, "postcode area"))
        for key, why in levels:
            if key in self.postcodes:
                return self.postcodes[key], why
        return None


def school_key(name: str) -> str:
    """A school name in a form that compares: lower case, no "the", no punctuation."""
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    return " ".join(w for w in words if w != "the")


def _postcode_key(text: str) -> str:
    """A routing file's postcode key as a sector, district or area, upper case with one space."""
    m = _OUTWARD.match(text.strip().upper())
    if m is None:
        raise ValueError(f"routing file: {text!r} is not a postcode sector, district or area")
    letters, digits, sector = m.groups()
    if digits is None:
        return letters
    return f"{letters}{digits} {sector}" if sector else f"{letters}{digits}"


def default_routing(settings: Settings) -> Routing:
    """Routing with no file: the duty AWO, manager and Children's Services of the settings."""
    return Routing(
        duty_awo=Contact(
            name=settings.duty_awo_name, username=settings.duty_awo_username,
            email=settings.duty_awo_email, slack=settings.duty_awo_slack,
        ),
        manager=Contact(
            name=settings.manager_name, email=settings.manager_email, slack=settings.manager_slack
        ),
        childrens_services=Contact(
            name=settings.childrens_services_name, email=settings.childrens_services_email
        ),
    )


def parse_routing(data: dict[str, Any], settings: Settings) -> Routing:
    """Routing from the file's contents, with the settings' defaults for what the file leaves out."""
    spec = RoutingFile.model_validate(data or {})
    awos = {key: c if c.username else c.model_copy(update={"username": key}) for key, c in spec.awos.items()}
    base = default_routing(settings)

    def contact(value: str | Contact | None, default: Contact, where: str) -> Contact:
        if value is None:
            return default
        if isinstance(value, Contact):
            return value
        if value not in awos:
            raise ValueError(f"routing file: {where} names {value!r}, which is not in awos")
        return awos[value]

    routing = Routing(
        duty_awo=contact(spec.duty_awo, base.duty_awo, "duty_awo"),
        manager=contact(spec.manager, base.manager, "manager"),
        childrens_services=spec.childrens_services or base.childrens_services,
    )
    routing.awos = awos
    routing.schools = {
        school_key(s): contact(k, base.duty_awo, f"school {s}") for s, k in spec.schools.items()
    }
    routing.postcodes = {
        _postcode_key(p): contact(k, base.duty_awo, f"postcode {p}") for p, k in spec.postcodes.items()
    }
    routing.routes = {r: contact(k, base.duty_awo, f"route {r}") for r, k in spec.routes.items()}
    return routing


_cache: dict[tuple[object, ...], Routing] = {}


def load_routing(settings: Settings) -> Routing:
    """The routing in force: the file named by the settings (re-read when it changes), or the defaults."""
    if not settings.routing_file:
        return default_routing(settings)
    path = Path(settings.routing_file)
    # The settings' contacts fill the file's gaps, so they are part of what was read.
    key = (str(path.resolve()), path.stat().st_mtime, default_routing(settings).__repr__())
    if key not in _cache:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        _cache.clear()
        _cache[key] = parse_routing(data, settings)
    return _cache[key]


def routing_in_force(settings: Settings) -> Routing:
    """The routing for triage: a routing file that cannot be read must not hold referrals up.

    The error is logged loudly and the duty AWO of the settings takes everything until it is fixed;
    `load_routing` is the strict reading, for checking a file before it is put in place.
    """
    try:
        return load_routing(settings)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        log.error("routing file %s unusable, every referral goes to the duty AWO: %s", settings.routing_file, exc)
        return default_routing(settings)
