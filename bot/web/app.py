"""Routes of the AWO web app, mounted at / on the service's HTTP server."""

from __future__ import annotations

from aiohttp import web

from intake.context import Context
from storage.db import Database


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def add_web_routes(app: web.Application, db: Database, ctx: Context) -> None:
    """Mount the web app's pages on the service's aiohttp application."""
    app.router.add_get("/healthz", healthz)
