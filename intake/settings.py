"""Service settings, read from the environment with defaults that let `serve` run with nothing set."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_database_url() -> str:
    return f"sqlite:///{Path('var/cme-intake.sqlite3').resolve()}"


class Settings(BaseSettings):
    """Every knob of the service. Names follow DEVELOPERS.md; issues may add more."""

    model_config = SettingsConfigDict(env_prefix="CME_", extra="ignore")

    database_url: str = Field(default_factory=_default_database_url)
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    # Refuse bigger messages at the SMTP level: referrals are text, not attachments of record.
    smtp_max_message_bytes: int = 10 * 1024 * 1024
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    referral_address: str = "cme-referrals@example.gov.wales"
    relay_host: str = "127.0.0.1"
    relay_port: int = 2525
    # The public address of the web app, used in links sent to AWOs.
    public_url: str = "http://127.0.0.1:8080"

    slack_bot_token: str | None = Field(default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN"))
    slack_signing_secret: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET")
    )
    slack_api_url: str = "https://slack.com/api/"

    # The conversation (issue 4): one reminder goes this long after the referrer was last asked, if they
    # have not answered; never a second.
    reminder_after_hours: float = 48.0
    reminder_check_seconds: float = 60.0

    # Worker behaviour: how often to poll, and how a failing message is retried before it is parked.
    worker_poll_seconds: float = 0.5
    max_attempts: int = 5
    retry_base_seconds: float = 2.0
    # A relay or Slack outage can last a night: replies keep trying (back-off capped at 15 minutes) for
    # about a day before they are parked for a person, where a bad inbox message is parked after a few tries.
    outbox_max_attempts: int = 100
    outbox_retry_cap_seconds: float = 900.0
    # How long a dispatcher holds the rows it is sending before another may take them (longer than any send).
    outbox_lease_seconds: float = 300.0
    # Off only to hold messages in the inbox (operations and the restart test); the listeners still store.
    run_workers: bool = True

    # Triage (issue 5). The routing file maps schools and postcode areas to AWOs; without one, everything
    # goes to the duty AWO below, so a referral is never left unassigned.
    routing_file: str | None = None
    duty_awo_username: str = "duty-awo"
    duty_awo_name: str = "Duty AWO"
    duty_awo_email: str | None = "duty-awo@example.gov.wales"
    duty_awo_slack: str | None = None
    manager_name: str = "AWS manager"
    manager_email: str | None = "aws-manager@example.gov.wales"
    manager_slack: str | None = None
    childrens_services_name: str = "Children's Services"
    childrens_services_email: str | None = "childrens-services@example.gov.wales"
    # Notifications name the child by first name and area only unless these say otherwise.
    notify_include_surname: bool = False
    notify_include_address: bool = False
    # Term start dates (month-day) that define compulsory school age. The defaults follow the statutory
    # prescribed days (31 August, 31 December, 31 March); an authority may set its own Easter term per year.
    autumn_term_start: str = "09-01"
    spring_term_start: str = "01-01"
    easter_term_start: str = "04-01"
    easter_term_starts: dict[int, date] = Field(default_factory=dict)
    # Absence at least this long (calendar days; four weeks is about 20 school days) raises priority.
    long_absence_days: int = 28
    # Days from the case opening to first contact and to the home visit, by priority.
    first_contact_days: dict[str, int] = Field(default_factory=lambda: {"urgent": 1, "high": 2, "normal": 5})
    home_visit_days: dict[str, int] = Field(default_factory=lambda: {"urgent": 2, "high": 5, "normal": 10})
    # An overdue case goes to the AWO at once, and to the manager this long after it fell due.
    manager_escalation_hours: float = 24.0
    due_check_seconds: float = 60.0

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and self.slack_signing_secret)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
