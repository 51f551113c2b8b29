"""Admin pages: accounts and the areas each AWO covers (the desk's routing configuration)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from bot.web.auth import desk, requires
from bot.web.render import SIGNED_IN, render
from intake import users
from intake.routing import load_routing
from intake.settings import Settings


def _areas(raw: str) -> list[str]:
    return users.normalise_areas(raw.replace(",", " ").split())


async def _page(request: web.Request, error: str | None = None, status: int = 200) -> web.Response:
    d = desk(request)

    def load() -> list[dict[str, Any]]:
        with d.db.unit_of_work() as session:
            return [{"username": u.username, "display_name": u.display_name, "role": u.role,
                     "areas": u.areas, "active": u.active, "last_sign_in_at": u.last_sign_in_at}
                    for u in users.list_users(session)]

    rows = await asyncio.to_thread(load)
    return render(request, "users.html", {"title": "Users and areas", "users": rows, "error": error,
                                          "saved": request.query.get("saved"), "roles": users.ROLES,
                                          **routing_in_force(d.ctx.settings, {r["username"] for r in rows})},
                  status=status)


def routing_in_force(settings: Settings, usernames: set[str]) -> dict[str, Any]:
    """Triage's routing as the admin should check it: who gets what, and routed AWOs with no account."""
    try:
        routing = load_routing(settings)
    except (OSError, ValueError) as exc:
        return {"routing": None, "routing_error": str(exc), "routing_file": settings.routing_file}
    routed = [("Duty AWO (no match)", routing.duty_awo)]
    routed += [(f"School: {school}", c) for school, c in sorted(routing.schools.items())]
    routed += [(f"Postcode: {code}", c) for code, c in sorted(routing.postcodes.items())]
    missing = sorted({c.username for _, c in routed if c.username and c.username not in usernames})
    return {"routing": [(what, c.username or c.name) for what, c in routed], "routing_error": None,
            "routing_file": settings.routing_file, "unknown_awos": missing}


@requires("admin")
async def users_page(request: web.Request) -> web.StreamResponse:
    return await _page(request)


@requires("admin")
async def add_user(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    d, officer = desk(request), request[SIGNED_IN].officer

    def run() -> None:
        with d.db.unit_of_work() as session:
            users.add_user(
                session, username=str(form.get("username", "")), password=str(form.get("password", "")),
                role=str(form.get("role", "")), areas=_areas(str(form.get("areas", ""))),
                display_name=str(form.get("display_name", "")).strip() or None, now=d.ctx.now(),
                actor=officer.actor,
            )

    try:
        await asyncio.to_thread(run)
    except users.AccountError as exc:
        return await _page(request, str(exc), status=400)
    raise web.HTTPSeeOther("/admin/users?saved=user")


@requires("admin")
async def set_areas(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    d, officer = desk(request), request[SIGNED_IN].officer

    def run() -> None:
        with d.db.unit_of_work() as session:
            users.set_areas(session, str(form.get("username", "")), _areas(str(form.get("areas", ""))),
                            officer.actor, d.ctx.now())

    try:
        await asyncio.to_thread(run)
    except users.AccountError as exc:
        return await _page(request, str(exc), status=400)
    raise web.HTTPSeeOther("/admin/users?saved=areas")
