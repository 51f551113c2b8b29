"""The termly report page (managers only): the report in the page, or as a PDF or CSV download."""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.web.auth import desk, requires
from bot.web.render import SIGNED_IN, render
from intake import report_output
from intake.report import TermReport, termly_report
from intake.terms import term, term_containing


@requires("manager")
async def report_page(request: web.Request) -> web.StreamResponse:
    d, officer = desk(request), request[SIGNED_IN].officer
    name = request.query.get("term") or term_containing(d.ctx.now().date())
    fmt = request.query.get("format", "html")
    if fmt not in report_output.FORMATS:
        fmt = "html"
    try:
        chosen = term(name)
    except ValueError as exc:
        return render(request, "report.html", {"title": "Termly report", "term": name, "error": str(exc),
                                               "body": None}, status=400)

    def build() -> TermReport:
        with d.db.unit_of_work() as session:
            return termly_report(session, chosen, d.ctx.now(), officer.actor)

    report = await asyncio.to_thread(build)
    if fmt == "html":
        body = await asyncio.to_thread(report_output.html_fragment, report)
        return render(request, "report.html", {"title": "Termly report", "term": chosen.name, "error": None,
                                               "body": body})
    data = await asyncio.to_thread(report_output.write, report, fmt)
    return web.Response(body=data, content_type=report_output.FORMATS[fmt][0], headers={
        "Content-Disposition": f'attachment; filename="{report_output.filename(report, fmt)}"'})
