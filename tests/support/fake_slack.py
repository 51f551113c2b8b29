"""A local fake of the Slack Web API: records every call, answers like Slack, can be told to fail first."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

BOT_USER_ID = "UBOTCME01"


class FakeSlackAPI:
    """An aiohttp server on 127.0.0.1:port, run in its own thread. Point CME_SLACK_API_URL at `url`."""

    def __init__(self, port: int, users: dict[str, str] | None = None) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}/api/"
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.users = users or {}
        # method -> how many of the next calls fail with HTTP 500
        self.failures: dict[str, int] = {}
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.method == "GET":
            args = dict(request.query)
        elif request.content_type == "application/json":
            args = await request.json()
        else:
            args = dict(await request.post())
        with self._lock:
            self.calls.append((method, args))
            if self.failures.get(method, 0) > 0:
                self.failures[method] -= 1
                return web.Response(status=500, text="fake Slack failure")
        return web.json_response(self._answer(method, args))

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER_ID, "bot_id": "BCME01", "team_id": "TCME01", "user": "cme"}
        if method == "chat.postMessage":
            ts = f"{int(time.time())}.{next(self._ts):06d}"
            channel = args.get("channel")
            return {"ok": True, "channel": channel, "ts": ts, "message": {"text": args.get("text"), "ts": ts}}
        if method == "users.info":
            user = args.get("user")
            name = self.users.get(str(user), "")
            return {"ok": True, "user": {"id": user, "real_name": name, "profile": {"display_name": name}}}
        if method == "views.open":
            return {"ok": True, "view": {"id": "VFAKE01"}}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "X"))}}
        return {"ok": True}

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_post("/api/{method}", self._handle)
        app.router.add_get("/api/{method}", self._handle)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
        self._ready.set()
        self._loop.run_forever()

    def start(self) -> FakeSlackAPI:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [args for m, args in self.calls if m == method]

    def wait_for(
        self, method: str, predicate: Callable[[dict[str, Any]], bool] = lambda a: True, timeout: float = 30.0
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for args in self.calls_to(method):
                if predicate(args):
                    return args
            time.sleep(0.1)
        raise AssertionError(f"no matching {method} call within {timeout}s: {json.dumps(self.calls)[:2000]}")
