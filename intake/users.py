"""Accounts and sign-in: argon2id password hashes, and browser sessions that lapse when left idle."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage import models, repositories

ROLES = ("awo", "manager", "admin")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_hasher = PasswordHasher()
# Verified against when the username is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")
MAX_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


class AccountError(ValueError):
    """A request to create or change an account that cannot be met."""


@dataclass(frozen=True)
class Officer:
    """Who is signed in, as the use cases need to know them."""

    username: str
    role: str
    areas: tuple[str, ...] = field(default_factory=tuple)
    display_name: str | None = None

    @property
    def actor(self) -> str:
        """How this officer appears in the audit log."""
        return f"user:{self.username}"

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def officer_of(user: models.User) -> Officer:
    return Officer(user.username, user.role, tuple(user.areas or ()), user.display_name)


def normalise_areas(areas: list[str] | tuple[str, ...]) -> list[str]:
    """Postcode districts as the desk compares them: upper case, no spaces, no repeats."""
    return sorted({a.strip().upper().replace(" ", "") for a in areas if a and a.strip()})


def add_user(
    session: Session, *, username: str, password: str, role: str, now: datetime,
    areas: list[str] | tuple[str, ...] = (), display_name: str | None = None, actor: str = "system",
) -> models.User:
    """Create an account with an argon2id hash of its password."""
    username = username.strip().lower()
    if not USERNAME_RE.match(username):
        raise AccountError("usernames are 2-64 lower-case letters, digits, dots, dashes or underscores")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 12:
        raise AccountError("passwords must be at least 12 characters")
    if session.scalar(select(models.User.id).where(models.User.username == username)) is not None:
        raise AccountError(f"user {username} already exists")
    user = models.User(
        username=username, display_name=display_name, password_hash=_hasher.hash(password), role=role,
        areas=normalise_areas(areas), active=True, created_at=now,
    )
    session.add(user)
    session.flush()
    repositories.audit(session, actor=actor, action="user_added", now=now,
                       detail={"username": username, "role": role, "areas": user.areas})
    return user


def list_users(session: Session) -> list[models.User]:
    return list(session.scalars(select(models.User).order_by(models.User.username)))


def set_areas(session: Session, username: str, areas: list[str], actor: str, now: datetime) -> None:
    """Change the postcode districts an AWO covers (routing configuration)."""
    user = session.scalar(select(models.User).where(models.User.username == username))
    if user is None:
        raise AccountError(f"no user {username}")
    user.areas = normalise_areas(areas)
    repositories.audit(session, actor=actor, action="user_areas_changed", now=now,
                       detail={"username": username, "areas": user.areas})


def recent_failures(session: Session, username: str, now: datetime) -> int:
    return session.scalar(select(func.count()).select_from(models.AuditEvent).where(
        models.AuditEvent.actor == f"user:{username[:128]}", models.AuditEvent.action == "sign_in_failed",
        models.AuditEvent.at > now - LOCKOUT_WINDOW)) or 0


def authenticate(session: Session, username: str, password: str, now: datetime) -> models.User | None:
    """The active user with this username and password, or None. Failures are audited without the password.

    After MAX_FAILURES wrong tries in LOCKOUT_WINDOW the account refuses even the right password for a while:
    guessing a password costs the guesser a quarter of an hour a handful of tries.
    """
    username = username.strip().lower()
    if recent_failures(session, username, now) >= MAX_FAILURES:
        repositories.audit(session, actor=f"user:{username[:128]}", action="sign_in_locked", now=now)
        return None
    user = session.scalar(select(models.User).where(models.User.username == username))
    try:
        ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or user is None or not user.active:
        repositories.audit(session, actor=f"user:{username[:128]}", action="sign_in_failed", now=now)
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_sign_in_at = now
    repositories.audit(session, actor=f"user:{user.username}", action="signed_in", now=now)
    return user


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: models.User, now: datetime) -> str:
    """A new browser session for the user. Returns the token for the cookie; only its hash is stored."""
    token = secrets.token_urlsafe(32)
    session.add(models.WebSession(
        token_hash=_token_hash(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
        created_at=now, last_seen_at=now,
    ))
    return token


@dataclass(frozen=True)
class SignedIn:
    officer: Officer
    csrf_token: str


def resume_session(session: Session, token: str, now: datetime, idle: timedelta) -> SignedIn | None:
    """The officer behind a session cookie, if the session exists and has not been idle too long."""
    row = session.get(models.WebSession, _token_hash(token))
    if row is None:
        return None
    user = session.get(models.User, row.user_id)
    if user is None or not user.active or now - row.last_seen_at > idle:
        session.delete(row)
        return None
    row.last_seen_at = now
    return SignedIn(officer_of(user), row.csrf_token)


def end_session(session: Session, token: str, now: datetime) -> None:
    row = session.get(models.WebSession, _token_hash(token))
    if row is not None:
        user = session.get(models.User, row.user_id)
        session.delete(row)
        if user is not None:
            repositories.audit(session, actor=f"user:{user.username}", action="signed_out", now=now)


def forget_idle_sessions(session: Session, now: datetime, idle: timedelta) -> None:
    """Drop sessions past their idle time-out, so the table does not grow without end."""
    session.execute(delete(models.WebSession).where(models.WebSession.last_seen_at < now - idle))
