"""Rendering the desk's Jinja2 pages, with who is signed in and the CSRF token for every form."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp_jinja2
import jinja2
from aiohttp import web

from intake import workflow
from intake.desk import CHILD_FIELDS
from intake.users import SignedIn

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
LOCAL = ZoneInfo("Europe/London")
# Its own key, so the desk's templates never collide with another part of the service using aiohttp_jinja2.
JINJA = web.AppKey("cme_desk_jinja", jinja2.Environment)
# Who made the request, set by the sign-in check before a page handler runs.
SIGNED_IN = web.RequestKey("cme_signed_in", SignedIn)


def when(value: datetime | date | None) -> str:
    """A time as an officer in Wales reads it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(LOCAL).strftime("%d %b %Y %H:%M")
    return value.strftime("%d %b %Y")


def label(value: Any, vocabulary: dict[str, str]) -> str:
    return vocabulary.get(str(value), str(value).replace("_", " ")) if value is not None else ""


def setup(app: web.Application) -> None:
    env = aiohttp_jinja2.setup(
        app, loader=jinja2.FileSystemLoader(str(TEMPLATES)), app_key=JINJA, autoescape=True,
        default_helpers=False,
    )
    env.filters["when"] = when
    env.filters["label"] = label
    env.globals.update(
        STEPS=workflow.STEPS, STATUSES=workflow.STATUSES, OUTCOMES=workflow.OUTCOMES,
        REFERRED_TO=workflow.REFERRED_TO, HOME_VISIT_RESULTS=workflow.HOME_VISIT_RESULTS,
        CHILD_FIELDS=CHILD_FIELDS,
    )


def render(request: web.Request, name: str, context: dict[str, Any], status: int = 200) -> web.Response:
    who = request.get(SIGNED_IN)
    base = {
        "officer": who.officer if who else None,
        "csrf_token": who.csrf_token if who else "",
        "path": request.path,
    }
    return aiohttp_jinja2.render_template(name, request, base | context, app_key=JINJA, status=status)
