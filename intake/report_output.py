"""The termly report written out: charts (matplotlib), CSV for the data team, HTML and PDF for readers."""

from __future__ import annotations

import base64
import csv
import io
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede pyplot

import matplotlib.pyplot as plt  # noqa: E402
from jinja2 import Environment, FileSystemLoader, select_autoescape  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from intake import workflow  # noqa: E402
from intake.report import CaseLine, TermReport  # noqa: E402

TEMPLATES = Path(__file__).parent / "templates" / "report"
CSV_COLUMNS = (
    "reference", "received_at", "channel", "agency", "reasons", "risk_indicators", "child_protection_concern",
    "children", "priority", "area", "assigned_to", "status", "outcome", "outcome_detail", "outcome_at",
    "days_to_first_contact", "days_to_resolution", "sao_instigated",
)


def words(code: str) -> str:
    """A code as a reader says it: 'moved_into_area' -> 'Moved into area'."""
    named = workflow.OUTCOMES.get(code)
    return named if named else code.replace("_", " ").capitalize()


def bar_chart(title: str, counts: Counter[str]) -> Figure:
    """A horizontal bar chart, biggest at the top: easier to read than a table of a dozen counts."""
    items = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]))
    fig = Figure(figsize=(7.5, 0.45 * max(len(items), 2) + 1.2))
    ax = fig.add_subplot()
    labels = [words(k) for k, _ in items]
    values = [v for _, v in items]
    ax.barh(labels, values, color="#1d4f91")
    for y, v in enumerate(values):
        ax.text(v, y, f" {v}", va="center")
    ax.set_title(title)
    ax.set_xlabel("Referrals")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts of referrals: no 2.5 on the axis
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def breakdowns(report: TermReport) -> list[tuple[str, Counter[str]]]:
    return [
        ("Referrals received by agency", report.by_agency),
        ("Reasons for referral", report.by_reason),
        ("Risk groups", report.by_risk),
        ("Outcomes", report.outcomes),
    ]


def _png(fig: Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    return base64.b64encode(buf.getvalue()).decode()


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]))
    env.filters["words"] = words
    env.filters["day"] = lambda d: d.strftime("%d %b %Y") if d else ""
    return env


def html_fragment(report: TermReport) -> str:
    """The report's body, for the web page and the standalone document alike."""
    sections = [(title, counts, _png(bar_chart(title, counts))) for title, counts in breakdowns(report)]
    return _env().get_template("figures.html.j2").render(report=report, sections=sections)


def to_html(report: TermReport) -> str:
    """A standalone HTML document that can be emailed to the Safeguarding Board."""
    return _env().get_template("document.html.j2").render(report=report, body=html_fragment(report))


def _cell(value: object) -> object:
    """A value a spreadsheet will not run: officers type schools and destinations, which could start with =."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_row(c: CaseLine) -> list[object]:
    return [_cell(v) for v in _csv_values(c)]


def _csv_values(c: CaseLine) -> list[object]:
    return [
        c.reference, c.received_at.isoformat(), c.channel, c.agency, ";".join(c.reasons),
        ";".join(c.risk_indicators), c.child_protection_concern, c.children, c.priority, c.area or "",
        c.assigned_to or "", c.status, c.outcome or "", c.outcome_detail or "",
        c.outcome_at.isoformat() if c.outcome_at else "",
        "" if c.days_to_first_contact is None else c.days_to_first_contact,
        "" if c.days_to_resolution is None else c.days_to_resolution, c.sao_instigated,
    ]


def to_csv(report: TermReport) -> str:
    """One row per referral received in the term, without children's names: the data team aggregates."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for c in report.cases:
        writer.writerow(_csv_row(c))
    return buf.getvalue()


def summary_lines(report: TermReport) -> list[str]:
    fc, rs = report.first_contact, report.resolution
    return [
        f"Referrals received: {report.received} ({report.children} children)",
        f"Days from referral to first contact: median {fc.median}, mean {fc.mean} (over {fc.count})",
        f"Days from referral to resolution: median {rs.median}, mean {rs.mean} (over {rs.count})",
        f"Open cases older than four weeks: {len(report.open_over_four_weeks)}",
        f"Children tracked out of the area: {len(report.tracked_out)}",
        f"School Attendance Orders instigated: {report.sao_instigated}",
    ]


def _text_page(pdf: PdfPages, title: str, lines: list[str]) -> None:
    fig = plt.figure(figsize=(8.27, 11.69))  # A4
    fig.text(0.08, 0.95, title, fontsize=15, weight="bold", va="top")
    for i, line in enumerate(lines[:60]):
        fig.text(0.08, 0.90 - i * 0.015 * (1.6 if len(lines) < 25 else 1), line, fontsize=10, va="top")
    pdf.savefig(fig)
    plt.close(fig)


def to_pdf(report: TermReport) -> bytes:
    """A PDF: the summary, then each chart, then the lists of open and tracked-out cases."""
    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        title = f"Children Missing Education: {report.term.title}"
        period = f"{report.term.first_day:%d %b %Y} to {report.term.last_day:%d %b %Y}"
        _text_page(pdf, title, [period, ""] + summary_lines(report))
        for chart_title, counts in breakdowns(report):
            pdf.savefig(bar_chart(chart_title, counts))
        _text_page(pdf, "Open cases older than four weeks", [
            f"{c.reference}  received {c.received_at:%d %b %Y}  {c.status}  {c.assigned_to or 'unassigned'}"
            for c in report.open_over_four_weeks] or ["None."])
        _text_page(pdf, "Children tracked out of the area", [
            f"{c.reference}  {words(c.outcome or '')}  {c.outcome_detail or ''}  {c.days_to_resolution} days"
            for c in report.tracked_out] or ["None."])
        info = pdf.infodict()
        info["Title"] = title
    return buf.getvalue()


FORMATS = {
    "html": ("text/html", "html"),
    "csv": ("text/csv", "csv"),
    "pdf": ("application/pdf", "pdf"),
}


def write(report: TermReport, fmt: str) -> bytes:
    """The report in one of FORMATS."""
    if fmt == "html":
        return to_html(report).encode()
    if fmt == "csv":
        return to_csv(report).encode()
    if fmt == "pdf":
        return to_pdf(report)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}")


def filename(report: TermReport, fmt: str) -> str:
    return f"cme-report-{report.term.name}.{FORMATS[fmt][1]}"
