"""Shared fixtures: the case store on SQLite and PostgreSQL, and the running service with its fakes."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from storage.db import Database
from tests.support.fake_relay import FakeRelay
from tests.support.fake_slack import FakeSlackAPI
from tests.support.service import BOT_TOKEN, SIGNING_SECRET, Service, free_port

PG_ADMIN = os.environ.get("CME_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_schema_url(schema: str) -> str:
    # Each test gets its own schema on the shared `test` database, so runs never see each other's rows.
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty case store URL: a SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cme.sqlite3'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


@pytest.fixture
def relay() -> Iterator[FakeRelay]:
    fake = FakeRelay(free_port()).start()
    yield fake
    fake.stop()


@pytest.fixture
def slack_api() -> Iterator[FakeSlackAPI]:
    fake = FakeSlackAPI(free_port(), users={"USCHOOL01": "Mrs Test Teacher - Ysgol Prawf"}).start()
    yield fake
    fake.stop()


@pytest.fixture
def service_env(relay: FakeRelay, slack_api: FakeSlackAPI) -> dict[str, str]:
    """Settings that point the service at the fake relay and the fake Slack Web API."""
    return {
        "CME_RELAY_HOST": "127.0.0.1",
        "CME_RELAY_PORT": str(relay.port),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "CME_SLACK_API_URL": slack_api.url,
    }


@pytest.fixture
def service(database_url: str, service_env: dict[str, str], tmp_path: Path) -> Iterator[Service]:
    """`cme-intake serve` running against a fresh store, the fake relay and the fake Slack."""
    svc = Service(database_url, tmp_path / "service.log", **service_env).start()
    yield svc
    svc.stop()
