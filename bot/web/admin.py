"""Admin pages: accounts and the areas each AWO covers (the desk's routing configuration)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from bot.web.auth import desk, requires
from bot.web.render import SIGNED_IN, render
from intake import users


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
                                          "saved": request.query.get("saved"), "roles": users.ROLES},
                  status=status)


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
