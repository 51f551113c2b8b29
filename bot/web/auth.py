"""Sign-in for the web pages: the session cookie, role checks, CSRF tokens and security headers."""

from __future__ import annotations

import asyncio
import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import wraps
from urllib.parse import quote

from aiohttp import web

from bot.web.render import SIGNED_IN, render
from bot.web.settings import WebSettings
from intake import users
from intake.context import Context
from storage.db import Database

SESSION_COOKIE = "cme_session"
SIGN_IN_CSRF_COOKIE = "cme_signin_csrf"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Desk:
    """What the pages need: the case store, the use cases' context and the web settings."""

    db: Database
    ctx: Context
    settings: WebSettings

    @property
    def idle(self) -> timedelta:
        return timedelta(minutes=self.settings.idle_minutes)


DESK = web.AppKey("cme_desk", Desk)


def desk(request: web.Request) -> Desk:
    return request.app[DESK]


def is_https(request: web.Request) -> bool:
    settings = desk(request).settings
    if settings.cookie_secure != "auto":
        return settings.cookie_secure == "always"
    if settings.trust_forwarded_proto and request.headers.get("X-Forwarded-Proto", "").lower() == "https":
        return True
    return request.secure


def set_cookie(request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
    """A session cookie the page scripts cannot read and other sites' forms do not carry."""
    response.set_cookie(name, value, httponly=True, samesite="Lax", secure=is_https(request), path="/")


def harden(response: web.StreamResponse) -> web.StreamResponse:
    """Headers every page gets: no caching of children's details, no framing, no foreign scripts."""
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
    )
    return response


async def signed_in(request: web.Request) -> users.SignedIn | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    d = desk(request)

    def resume() -> users.SignedIn | None:
        with d.db.unit_of_work() as session:
            return users.resume_session(session, token, d.ctx.now(), d.idle)

    return await asyncio.to_thread(resume)


def tokens_match(given: str | None, expected: str | None) -> bool:
    return bool(given and expected) and hmac.compare_digest(str(given), str(expected))


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def forbidden(request: web.Request) -> web.Response:
    return render(request, "error.html", {"title": "Not allowed",
                                          "message": "You do not have access to this page."}, status=403)


def requires(*roles: str) -> Callable[[Handler], Handler]:
    """Only signed-in officers of these roles; others are sent to sign in, or refused with 403.

    Every POST must carry the session's CSRF token in the form field csrf_token.
    """

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def wrapper(request: web.Request) -> web.StreamResponse:
            who = await signed_in(request)
            if who is None:
                target = quote(request.path_qs, safe="")
                expired = "&expired=1" if request.cookies.get(SESSION_COOKIE) else ""
                raise web.HTTPSeeOther(f"/sign-in?next={target}{expired}")
            if roles and who.officer.role not in roles:
                return harden(forbidden(request))
            request[SIGNED_IN] = who
            if request.method == "POST":
                form = await request.post()
                if not tokens_match(form.get("csrf_token"), who.csrf_token):  # type: ignore[arg-type]
                    return harden(render(request, "error.html", {
                        "title": "Form expired",
                        "message": "That form had expired or did not come from this site. "
                                   "Go back, reload the page and try again.",
                    }, status=403))
            return harden(await handler(request))

        return wrapper

    return decorate
