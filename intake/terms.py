"""School terms as the termly report counts them.

Autumn is 1 Sep-31 Dec, spring 1 Jan-Easter, summer Easter-31 Aug, by default.

The authority's own dates can be set with CME_TERM_DATES, e.g. {"spring-2027": ["2027-01-04", "2027-03-26"]}.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pydantic_settings import BaseSettings, SettingsConfigDict

LOCAL = ZoneInfo("Europe/London")
TERM_RE = re.compile(r"^(autumn|spring|summer)-(\d{4})$")


class TermSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CME_", extra="ignore")

    # Term name -> [first day, last day], both inclusive; overrides the default dates.
    term_dates: dict[str, tuple[date, date]] = {}


@dataclass(frozen=True)
class Term:
    name: str
    first_day: date
    last_day: date  # inclusive

    @property
    def starts(self) -> datetime:
        """The first instant of the term, local midnight, as an aware datetime."""
        return datetime.combine(self.first_day, time(0), LOCAL)

    @property
    def ends(self) -> datetime:
        """The instant after the term's last day."""
        return datetime.combine(self.last_day + timedelta(days=1), time(0), LOCAL)

    @property
    def title(self) -> str:
        season, year = self.name.split("-")
        return f"{season.capitalize()} term {year}"


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = ((h + l_ - 7 * m + 114) % 31) + 1
    return date(year, month, day)


def term(name: str, settings: TermSettings | None = None) -> Term:
    """The term called e.g. "autumn-2026". Raises ValueError for a name that is not a term."""
    m = TERM_RE.match(name.strip().lower())
    if not m:
        raise ValueError("a term is autumn-YYYY, spring-YYYY or summer-YYYY")
    season, year = m.group(1), int(m.group(2))
    name = f"{season}-{year}"
    configured = (settings or TermSettings()).term_dates.get(name)
    if configured:
        return Term(name, configured[0], configured[1])
    if season == "autumn":
        return Term(name, date(year, 9, 1), date(year, 12, 31))
    easter = easter_sunday(year)
    if season == "spring":
        return Term(name, date(year, 1, 1), easter - timedelta(days=1))
    return Term(name, easter, date(year, 8, 31))


def term_containing(day: date) -> str:
    """The name of the term a day falls in, by the default dates."""
    if day.month >= 9:
        return f"autumn-{day.year}"
    return f"spring-{day.year}" if day < easter_sunday(day.year) else f"summer-{day.year}"
