"""Fixtures for the desk's tests; the case store (`db`, SQLite and PostgreSQL) is tests/conftest.py's."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from aiohttp import web

from bot.web.app import add_web_routes
from bot.web.settings import WebSettings
from intake import users
from intake.context import Context
from intake.settings import Settings
from storage.db import Database
from tests.support.clock import Clock
from tests.support.service import free_port

PASSWORD = "correct horse battery staple"


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def ctx(database_url: str, clock: Clock) -> Context:
    return Context(Settings(database_url=database_url), clock=clock)


@pytest.fixture
def officers(db: Database, ctx: Context) -> dict[str, users.Officer]:
    """A manager, an admin, and two AWOs covering different parts of the authority."""
    made = {}
    with db.unit_of_work() as session:
        for username, role, areas in [
            ("mair.manager", "manager", []),
            ("aled.admin", "admin", []),
            ("awo.rhondda", "awo", ["CF40", "CF41"]),
            ("awo.taff", "awo", ["CF37"]),
        ]:
            made[username] = users.officer_of(
                users.add_user(
                    session, username=username, password=PASSWORD, role=role, areas=areas, now=ctx.now()
                )
            )
    return made


@dataclass
class DeskServer:
    url: str
    db: Database
    ctx: Context


@pytest.fixture
def desk_server(db: Database, ctx: Context, officers: dict[str, users.Officer]) -> Iterator[DeskServer]:
    """The web app on a real socket, in a thread of its own, for the browser to talk to."""
    port = free_port()
    loop = asyncio.new_event_loop()
    app = web.Application()
    add_web_routes(app, db, ctx, WebSettings())
    runner = web.AppRunner(app, access_log=None)
    started = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert started.wait(30), "the web app did not start"
    yield DeskServer(f"http://127.0.0.1:{port}", db, ctx)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(30)
