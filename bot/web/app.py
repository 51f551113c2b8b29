"""Routes of the AWO web app, mounted at / on the service's HTTP server.

/healthz and /slack/events (mounted by the service) stay unauthenticated;
every page here checks sign-in itself.
"""

from __future__ import annotations

from aiohttp import web

from bot.web import admin, referrals, reports, signin
from bot.web.auth import DESK, Desk, requires
from bot.web.render import SIGNED_IN, STATIC, setup
from bot.web.settings import WebSettings
from intake.context import Context
from storage.db import Database


async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


@requires("awo", "manager", "admin")
async def home(request: web.Request) -> web.StreamResponse:
    """The queue for caseworkers; admins start on their own page."""
    if request[SIGNED_IN].officer.is_admin:
        raise web.HTTPSeeOther("/admin/users")
    return await referrals.show_queue(request)


def add_web_routes(
    app: web.Application, db: Database, ctx: Context, settings: WebSettings | None = None
) -> None:
    """Mount the web app's pages on the service's aiohttp application."""
    app.router.add_get("/healthz", healthz)
    app[DESK] = Desk(db, ctx, settings or WebSettings())
    setup(app)
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/sign-in", signin.sign_in_form)
    app.router.add_post("/sign-in", signin.sign_in)
    app.router.add_post("/sign-out", signin.sign_out)
    app.router.add_get("/", home)
    app.router.add_get("/referrals/{reference}", referrals.referral_page)
    app.router.add_post("/referrals/{reference}/{action}", referrals.referral_action)
    app.router.add_get("/reports", reports.report_page)
    app.router.add_get("/admin/users", admin.users_page)
    app.router.add_post("/admin/users", admin.add_user)
    app.router.add_post("/admin/users/areas", admin.set_areas)
