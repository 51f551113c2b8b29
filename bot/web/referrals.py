"""The queue and the referral page, and the forms on it that move a case along."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from aiohttp import web
from multidict import MultiDictProxy

from bot.web.auth import desk, forbidden, requires
from bot.web.highlight import anchor, segments
from bot.web.render import SIGNED_IN, render
from intake import casework
from intake import desk as desk_queries
from intake.context import Context
from intake.desk import Forbidden, NotFound, QueueFilter
from intake.sources import text_read
from intake.users import Officer
from storage import models

CASEWORKERS = ("awo", "manager")


def _officer(request: web.Request) -> Officer:
    return request[SIGNED_IN].officer


async def show_queue(request: web.Request) -> web.StreamResponse:
    """The queue; the home page routes caseworkers here after checking who they are."""
    q = request.query
    flt = QueueFilter(
        area=q.get("area") or None, status=q.get("status") or None, awo=q.get("awo") or None,
        overdue=q.get("overdue") == "1", q=(q.get("q") or "").strip()[:200] or None,
    )
    d, officer = desk(request), _officer(request)

    def load() -> dict[str, Any]:
        with d.db.unit_of_work() as session:
            rows = desk_queries.queue(session, officer, flt, d.ctx.now().date())
            return {"rows": rows, "awos": desk_queries.awo_usernames(session)}

    data = await asyncio.to_thread(load)
    return render(request, "queue.html", {"title": "Referral queue", "filter": flt, **data})


def _page_data(session: Any, officer: Officer, reference: str, now: Any) -> dict[str, Any]:
    referral, children = desk_queries.load_referral(session, officer, reference)
    desk_queries.record_view(session, officer, referral, now)
    messages = desk_queries.conversation(session, referral)
    case = desk_queries.case_of(session, referral)
    return {
        "title": f"Referral {referral.reference}",
        "referral": referral,
        "children": children,
        "area": desk_queries.area_of(children),
        "due": desk_queries.due_date(referral, case, desk_queries.steps_done(session, [referral.id]).get(
            referral.id, set())),
        "case": case,
        "messages": messages,
        "segments": {
            m.id: segments(m.text or "", text_read(m), m.id, children)
            for m in desk_queries.sources(session, referral)
        },
        "linked": desk_queries.linked_referrals(session, referral, children),
        "notes": desk_queries.notes(session, referral),
        "steps": desk_queries.steps(session, referral),
        "awos": desk_queries.awo_usernames(session),
        "audit": desk_queries.audit_trail(session, referral) if officer.is_manager else [],
        "anchor": anchor,
        "today": now.date().isoformat(),
    }


async def _referral_response(
    request: web.Request, reference: str, error: str | None = None, status: int = 200
) -> web.StreamResponse:
    d, officer = desk(request), _officer(request)

    def load() -> dict[str, Any]:
        with d.db.unit_of_work() as session:
            return _page_data(session, officer, reference, d.ctx.now())

    try:
        data = await asyncio.to_thread(load)
    except NotFound as exc:
        raise web.HTTPNotFound() from exc
    except Forbidden:
        return forbidden(request)
    return render(request, "referral.html", {**data, "error": error, "saved": request.query.get("saved")},
                  status=status)


@requires(*CASEWORKERS)
async def referral_page(request: web.Request) -> web.StreamResponse:
    return await _referral_response(request, request.match_info["reference"])


Form = MultiDictProxy[Any]
Action = Callable[[Any, Officer, models.Referral, Form, Context], str]


def _text(form: Form, name: str) -> str:
    return str(form.get(name, ""))


def _child_id(form: Form) -> int:
    try:
        return int(_text(form, "child_id"))
    except ValueError as exc:
        raise casework.CaseworkError("no such child on this referral") from exc


def _field(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    field = _text(form, "field")
    if _text(form, "do") == "confirm":
        casework.confirm_field(session, officer, referral, _child_id(form), field, now)
    else:
        casework.correct_field(session, officer, referral, _child_id(form), field, _text(form, "value"), now)
    return "children"


def _assign(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.assign(session, officer, referral, _text(form, "awo") or officer.username, now)
    return "workflow"


def _accept(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    casework.accept(session, officer, referral, ctx)
    return "workflow"


def _enquiries(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.record_enquiries(session, officer, referral, _text(form, "note"), now)
    return "workflow"


def _home_visit(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.record_home_visit(session, officer, referral, visited_on=_text(form, "visited_on"),
                               result=_text(form, "result"), note=_text(form, "note"), now=now)
    return "workflow"


def _outcome(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.record_outcome(session, officer, referral, outcome=_text(form, "outcome"),
                            school=_text(form, "school"), destination=_text(form, "destination"),
                            referred_to=_text(form, "referred_to"), note=_text(form, "note"), now=now)
    return "workflow"


def _sao(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.record_sao(session, officer, referral, instigated_on=_text(form, "instigated_on"),
                        note=_text(form, "note"), now=now)
    return "workflow"


def _close(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.close(session, officer, referral, _text(form, "reason"), now)
    return "workflow"


def _reopen(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.reopen(session, officer, referral, _text(form, "reason"), now)
    return "workflow"


def _note(session: Any, officer: Officer, referral: models.Referral, form: Form, ctx: Context) -> str:
    now = ctx.now()
    casework.add_note(session, officer, referral, _text(form, "text"), now)
    return "notes"


ACTIONS: dict[str, Action] = {
    "field": _field, "assign": _assign, "accept": _accept, "enquiries": _enquiries, "home-visit": _home_visit,
    "outcome": _outcome, "sao": _sao, "close": _close, "reopen": _reopen, "note": _note,
}


@requires(*CASEWORKERS)
async def referral_action(request: web.Request) -> web.StreamResponse:
    reference, action = request.match_info["reference"], request.match_info["action"]
    if action not in ACTIONS:
        raise web.HTTPNotFound()
    form = await request.post()
    d, officer = desk(request), _officer(request)

    def run() -> str:
        with d.db.unit_of_work() as session:
            referral, _ = desk_queries.load_referral(session, officer, reference)
            return ACTIONS[action](session, officer, referral, form, d.ctx)

    try:
        section = await asyncio.to_thread(run)
    except NotFound as exc:
        raise web.HTTPNotFound() from exc
    except Forbidden:
        return forbidden(request)
    except casework.CaseworkError as exc:
        return await _referral_response(request, reference, error=str(exc), status=400)
    raise web.HTTPSeeOther(f"/referrals/{reference}?saved={action}#{section}")
