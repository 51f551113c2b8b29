"""Signing in and out."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.web.auth import (
    SESSION_COOKIE,
    SIGN_IN_CSRF_COOKIE,
    desk,
    harden,
    new_csrf_token,
    requires,
    set_cookie,
    signed_in,
    tokens_match,
)
from bot.web.render import render
from intake import users


def safe_next(target: str | None) -> str:
    """Only a path on this site: a crafted link must not bounce an officer to someone else's page."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _sign_in_page(request: web.Request, error: str | None = None, status: int = 200) -> web.StreamResponse:
    token = new_csrf_token()
    response = render(request, "signin.html", {
        "title": "Sign in", "error": error, "sign_in_csrf": token,
        "next": safe_next(request.query.get("next")),
        "username": "",
    }, status=status)
    set_cookie(request, response, SIGN_IN_CSRF_COOKIE, token)
    return harden(response)


async def sign_in_form(request: web.Request) -> web.StreamResponse:
    if await signed_in(request) is not None:
        raise web.HTTPSeeOther(safe_next(request.query.get("next")))
    return _sign_in_page(request, "Your session ended. Please sign in again."
                         if request.query.get("expired") else None)


async def sign_in(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    # Before there is a session the CSRF token is a double-submit cookie.
    if not tokens_match(form.get("csrf_token"), request.cookies.get(SIGN_IN_CSRF_COOKIE)):  # type: ignore[arg-type]
        return _sign_in_page(request, "That form had expired. Please try again.", status=403)
    username = str(form.get("username", ""))[:128]
    password = str(form.get("password", ""))[:1024]
    d = desk(request)

    def attempt() -> str | None:
        with d.db.unit_of_work() as session:
            users.forget_idle_sessions(session, d.ctx.now(), d.idle)
            user = users.authenticate(session, username, password, d.ctx.now())
            return users.start_session(session, user, d.ctx.now()) if user else None

    token = await asyncio.to_thread(attempt)
    if token is None:
        return _sign_in_page(request, "The username or password is not right.", status=401)
    response = web.HTTPSeeOther(safe_next(str(form.get("next", "/"))))
    set_cookie(request, response, SESSION_COOKIE, token)
    response.del_cookie(SIGN_IN_CSRF_COOKIE, path="/")
    raise response


@requires()
async def sign_out(request: web.Request) -> web.StreamResponse:
    d = desk(request)
    token = request.cookies.get(SESSION_COOKIE, "")

    def end() -> None:
        with d.db.unit_of_work() as session:
            users.end_session(session, token, d.ctx.now())

    await asyncio.to_thread(end)
    response = web.HTTPSeeOther("/sign-in")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response
