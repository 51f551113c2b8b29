"""Whether the CME duty applies: compulsory school age, and the children it does not cover.

Compulsory school age runs from the start of the first term after the fifth birthday until the last
Friday in June of the school year (September to August) in which the child turns sixteen. A child who
turns five on the first day of a term starts at the next term: the statutory prescribed day (31 August,
31 December, 31 March) is the day before each default term start, and a birthday on it counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from intake.settings import Settings

# Eligibility values. The first three stay in the CME queue; the rest are filed and routed elsewhere.
COMPULSORY_SCHOOL_AGE = "compulsory_school_age"
TO_CONFIRM = "compulsory_school_age_to_confirm"  # an age without a date of birth, at an edge
AGE_NOT_KNOWN = "age_not_known"
UNDER_SCHOOL_AGE = "under_compulsory_school_age"
OVER_SCHOOL_AGE = "over_compulsory_school_age"
ON_ROLL_NOT_ATTENDING = "on_roll_not_attending"
ALTERNATIVE_PROVISION = "alternative_provision"
ELECTIVE_HOME_EDUCATION = "elective_home_education"

# Ages and term dates are reckoned on the day a report arrived, in Wales.
LOCAL = ZoneInfo("Europe/London")


def local_date(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


CME_QUEUE = frozenset({COMPULSORY_SCHOOL_AGE, TO_CONFIRM, AGE_NOT_KNOWN})

# Where a referral goes when the CME duty does not apply: a route name of the routing file.
ROUTE_OF = {
    UNDER_SCHOOL_AGE: "under_school_age",
    OVER_SCHOOL_AGE: "over_school_age",
    ON_ROLL_NOT_ATTENDING: "attendance_procedures",
    ALTERNATIVE_PROVISION: "alternative_provision",
    ELECTIVE_HOME_EDUCATION: "elective_home_education",
}

DESCRIPTION = {
    COMPULSORY_SCHOOL_AGE: "of compulsory school age",
    TO_CONFIRM: "probably of compulsory school age: confirm the date of birth",
    AGE_NOT_KNOWN: "age not known: treated as of compulsory school age until it is",
    UNDER_SCHOOL_AGE: "below compulsory school age: the CME duty does not apply",
    OVER_SCHOOL_AGE: "above compulsory school age: the CME duty does not apply",
    ON_ROLL_NOT_ATTENDING: "on a school roll but not attending: attendance procedures, not CME",
    ALTERNATIVE_PROVISION: "in alternative provision: the CME duty does not apply",
    ELECTIVE_HOME_EDUCATION: "electively home educated: the elective home education team, not CME",
}


@dataclass(frozen=True)
class TermDates:
    """Term start dates: autumn and spring by month and day, the Easter term by year where it is set."""

    autumn: tuple[int, int] = (9, 1)
    spring: tuple[int, int] = (1, 1)
    easter: tuple[int, int] = (4, 1)
    easter_by_year: dict[int, date] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings) -> TermDates:
        return cls(
            autumn=_month_day(settings.autumn_term_start),
            spring=_month_day(settings.spring_term_start),
            easter=_month_day(settings.easter_term_start),
            easter_by_year=dict(settings.easter_term_starts),
        )

    def starts_in(self, year: int) -> list[date]:
        easter = self.easter_by_year.get(year) or date(year, *self.easter)
        return sorted([date(year, *self.spring), easter, date(year, *self.autumn)])

    def first_term_after(self, day: date) -> date:
        """The start of the first term that begins strictly after `day`."""
        for year in (day.year, day.year + 1):
            for start in self.starts_in(year):
                if start > day:
                    return start
        raise ValueError("no term start within a year")  # only with nonsense configuration


def _month_day(text: str) -> tuple[int, int]:
    month, day = (int(p) for p in text.split("-"))
    date(2000, month, day)  # reject impossible dates at start-up, not on a child's referral
    return month, day


def birthday(born: date, years: int) -> date:
    """The day a child reaches `years`; someone born on 29 February has it on 1 March in other years."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return date(born.year + years, 3, 1)


def age_on(born: date, day: date) -> int:
    years = day.year - born.year
    return years if birthday(born, years) <= day else years - 1


def last_friday_in_june(year: int) -> date:
    day = date(year, 6, 30)
    return day - timedelta(days=(day.weekday() - 4) % 7)


def school_age_starts(born: date, terms: TermDates) -> date:
    return terms.first_term_after(birthday(born, 5))


def school_age_ends(born: date) -> date:
    """The last day of compulsory school age: last Friday in June of the school year the child turns 16."""
    sixteenth = birthday(born, 16)
    school_year_ends = sixteenth.year + (1 if sixteenth.month >= 9 else 0)
    return last_friday_in_june(school_year_ends)


def age_band(born: date, on: date, terms: TermDates) -> str:
    """Where a child born on `born` stands on `on`: under, of, or over compulsory school age."""
    if on < school_age_starts(born, terms):
        return UNDER_SCHOOL_AGE
    if on > school_age_ends(born):
        return OVER_SCHOOL_AGE
    return COMPULSORY_SCHOOL_AGE


def age_band_from_age(age: int, on: date, terms: TermDates) -> str:
    """The band for a stated age: checked at both ends of the dates of birth that age allows."""
    latest = birthday_back(on, age)  # born on this day: turned `age` today
    earliest = birthday_back(on, age + 1) + timedelta(days=1)  # turns `age + 1` tomorrow
    bands = {age_band(earliest, on, terms), age_band(latest, on, terms)}
    return bands.pop() if len(bands) == 1 else TO_CONFIRM


def birthday_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February back to a common year
        return date(day.year - years, 2, 28)


def child_band(date_of_birth: date | None, age: int | None, on: date, terms: TermDates) -> str:
    if date_of_birth is not None:
        return age_band(date_of_birth, on, terms)
    if age is not None:
        return age_band_from_age(age, on, terms)
    return AGE_NOT_KNOWN


# Where the duty does not apply, the report must say so plainly; when in doubt the CME queue keeps it.
_EHE = re.compile(
    r"\b(electively\s+home[- ]educat\w*|elective\s+home\s+education|home[- ]educat(?:ed|ing|ion)|"
    r"(?-i:EHE))\b",
    re.I,
)
_NOT_EHE = re.compile(
    r"\bno\s+(?:evidence|sign)\s+of\s+(?:any\s+)?home[- ]educat|\bnot\s+(?:being\s+)?home[- ]educat", re.I
)
_ALTERNATIVE_PROVISION = re.compile(
    r"\b(?:attends?|attending|placed\s+(?:at|in|with)|receiving|accessing|on\s+roll\s+at|"
    r"dual[- ]registered\s+(?:at|with))"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}?(?:alternative\s+provision|pupil\s+referral\s+unit|(?-i:PRU|EOTAS)|"
    r"education\s+other\s+than\s+at\s+school|home\s+tuition)\b",
    re.I,
)
_ON_ROLL = re.compile(
    r"(?<!no longer )(?<!not )\b(?:still|remains|is\s+still|is\s+currently|currently)\s+on\s+"
    r"(?:the\s+|our\s+|school\s+|the\s+school\s+)?roll\b",
    re.I,
)
_WHEREABOUTS_UNKNOWN = re.compile(
    r"\b(?:whereabouts\s+(?:are\s+|is\s+)?(?:not\s+known|unknown)|cannot\s+(?:be\s+)?(?:locate|trace|contact|find)\w*|"
    r"unable\s+to\s+(?:locate|trace|contact|find)|no\s+contact\s+(?:with|from)|moved\s+away|left\s+the\s+area|"
    r"not\s+known\s+where)\b",
    re.I,
)
# Reasons that make it a CME matter whatever the roll says: the child's education is lost track of.
_CME_REASONS = {
    "not_registered_at_5", "permanent_exclusion", "travelling_lifestyle", "failed_transfer",
    "moved_into_area", "moved_away_unknown_destination", "did_not_arrive", "extended_leave_not_returned",
}


def duty_exception(reasons: Iterable[str], text: str) -> str | None:
    """Why the CME duty does not apply, if the report says so: EHE, alternative provision, or on roll."""
    reasons = set(reasons)
    if "elective_home_education" in reasons or (_EHE.search(text) and not _NOT_EHE.search(text)):
        return ELECTIVE_HOME_EDUCATION
    if _ALTERNATIVE_PROVISION.search(text):
        return ALTERNATIVE_PROVISION
    if _ON_ROLL.search(text) and not (reasons & _CME_REASONS) and not _WHEREABOUTS_UNKNOWN.search(text):
        return ON_ROLL_NOT_ATTENDING
    return None


@dataclass(frozen=True)
class Eligibility:
    value: str
    per_child: tuple[str, ...]

    @property
    def in_cme_queue(self) -> bool:
        return self.value in CME_QUEUE

    @property
    def route(self) -> str | None:
        """The routing file's route for a referral the CME duty does not cover; None for the CME queue."""
        return ROUTE_OF.get(self.value)

    @property
    def description(self) -> str:
        return DESCRIPTION[self.value]


def assess(
    children: Iterable[tuple[date | None, int | None]], reasons: Iterable[str], text: str, on: date,
    terms: TermDates,
) -> Eligibility:
    """The referral's eligibility: CME if any child is within the duty, else the first child's reason."""
    bands = tuple(child_band(born, age, on, terms) for born, age in children) or (AGE_NOT_KNOWN,)
    exception = duty_exception(reasons, text)
    per_child = tuple(exception if (exception and b in CME_QUEUE) else b for b in bands)
    for preference in (COMPULSORY_SCHOOL_AGE, TO_CONFIRM, AGE_NOT_KNOWN):
        if preference in per_child:
            return Eligibility(preference, per_child)
    return Eligibility(per_child[0], per_child)
