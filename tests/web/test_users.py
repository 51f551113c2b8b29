"""Accounts: argon2 hashes, sign-in, and sessions that end when left idle."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from intake import users
from storage import models
from tests.web.conftest import PASSWORD

IDLE = timedelta(minutes=30)


def test_password_is_kept_only_as_an_argon2id_hash(db, ctx, officers):
    with db.unit_of_work() as session:
        user = session.scalar(select(models.User).where(models.User.username == "awo.rhondda"))
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash


def test_sign_in_with_the_right_password_only(db, ctx, officers):
    with db.unit_of_work() as session:
        assert users.authenticate(session, "awo.rhondda", PASSWORD, ctx.now()).role == "awo"
        assert users.authenticate(session, "awo.rhondda", "wrong password here", ctx.now()) is None
        assert users.authenticate(session, "nobody", PASSWORD, ctx.now()) is None
    with db.unit_of_work() as session:
        actions = [
            a for (a,) in session.execute(select(models.AuditEvent.action).order_by(models.AuditEvent.id))
        ]
    assert actions.count("sign_in_failed") == 2
    assert "signed_in" in actions


@pytest.mark.parametrize(
    "username,password,role,why",
    [
        ("new.awo", "short", "awo", "at least 12"),
        ("awo.rhondda", PASSWORD, "awo", "already exists"),
        ("new.awo", PASSWORD, "headteacher", "role must be"),
        ("Bad Name!", PASSWORD, "awo", "usernames"),
    ],
)
def test_accounts_that_cannot_be_made(db, ctx, officers, username, password, role, why):
    with db.unit_of_work() as session, pytest.raises(users.AccountError, match=why):
        users.add_user(session, username=username, password=password, role=role, now=ctx.now())


def test_a_session_lapses_after_the_idle_time_out_but_not_while_in_use(db, ctx, clock, officers):
    with db.unit_of_work() as session:
        user = users.authenticate(session, "mair.manager", PASSWORD, ctx.now())
        token = users.start_session(session, user, ctx.now())
    for _ in range(3):  # used every 20 minutes: stays signed in for an hour
        clock.advance(minutes=20)
        with db.unit_of_work() as session:
            assert users.resume_session(session, token, ctx.now(), IDLE).officer.username == "mair.manager"
    clock.advance(minutes=31)
    with db.unit_of_work() as session:
        assert users.resume_session(session, token, ctx.now(), IDLE) is None
    with db.unit_of_work() as session:  # and the session is gone for good
        clock.now -= timedelta(minutes=31)
        assert users.resume_session(session, token, ctx.now(), IDLE) is None


def test_only_a_hash_of_the_session_token_is_stored(db, ctx, officers):
    with db.unit_of_work() as session:
        user = users.authenticate(session, "mair.manager", PASSWORD, ctx.now())
        token = users.start_session(session, user, ctx.now())
    with db.unit_of_work() as session:
        stored = session.scalars(select(models.WebSession.token_hash)).all()
    assert stored and token not in stored


def test_repeated_wrong_passwords_lock_the_account_for_a_while(db, ctx, clock, officers):
    for _ in range(users.MAX_FAILURES):
        with db.unit_of_work() as session:
            assert users.authenticate(session, "awo.taff", "a wrong guess here", ctx.now()) is None
    with db.unit_of_work() as session:
        assert users.authenticate(session, "awo.taff", PASSWORD, ctx.now()) is None  # locked
    with db.unit_of_work() as session:
        assert users.authenticate(session, "awo.rhondda", PASSWORD, ctx.now()) is not None  # others are not
    clock.advance(minutes=16)
    with db.unit_of_work() as session:
        assert users.authenticate(session, "awo.taff", PASSWORD, ctx.now()) is not None
