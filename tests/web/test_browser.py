"""The desk in headless Chromium: an emailed referral worked from sign-in to a closed case, and refusals."""

from __future__ import annotations

import os
import re
import smtplib
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from intake import casework, desk
from storage import models, repositories
from storage.db import Database
from tests.support.service import REFERRAL_ADDRESS, REPO, Service
from tests.web.conftest import PASSWORD
from tests.web.seed import RHONDDA_REPORT, TAFF_REPORT, file_referral

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        # On a developer's machine, a hint; in CI (which installs it) a missing browser is a failure.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(
            "Debian's chromium is not installed (apt-get install chromium)"
        )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone on a home visit
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


def sign_in(page: Page, username: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def add_user_with_the_cli(database_url: str, username: str, role: str, *areas: str) -> None:
    args = [
        sys.executable,
        "-m",
        "bot.cli",
        "users",
        "add",
        "--username",
        username,
        "--role",
        role,
        "--password-stdin",
        *[a for area in areas for a in ("--area", area)],
    ]
    subprocess.run(
        args,
        cwd=REPO,
        env={**os.environ, "CME_DATABASE_URL": database_url},
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
        timeout=120,
    )


def email_referral(service: Service) -> str:
    """Send the report to the running service by SMTP; returns the Message-ID."""
    msg = EmailMessage()
    msg["From"] = "Gwen Lloyd <gwen.lloyd@education-support.example>"
    msg["To"] = REFERRAL_ADDRESS
    msg["Subject"] = "Girl not in school - Tonypandy"
    msg["Message-ID"] = "<desk-browser-1@education-support.example>"
    msg.set_content(RHONDDA_REPORT)
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as smtp:
        smtp.send_message(msg)
    return msg["Message-ID"]


def wait_for_reference(db: Database, message_id: str, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with db.unit_of_work() as session:
            reference = session.scalar(
                select(models.Referral.reference)
                .join(models.InboundMessage, models.InboundMessage.referral_id == models.Referral.id)
                .where(models.InboundMessage.source_id == message_id)
            )
        if reference:
            return reference
        time.sleep(0.2)
    raise AssertionError("the emailed referral was not filed")


def test_an_emailed_referral_worked_from_sign_in_to_closure(page, service, database_url, db):
    add_user_with_the_cli(database_url, "awo.rhondda", "awo", "CF40")
    reference = wait_for_reference(db, email_referral(service))

    page.goto(service.http_url + "/")
    expect(page).to_have_url(re.compile(r"/sign-in\?next="))
    sign_in(page, "awo.rhondda")
    expect(page.get_by_role("heading", name="Referral queue")).to_be_visible()

    page.get_by_label("Name, UPN or reference").fill("Seren")
    page.get_by_role("button", name="Show").click()
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=f"Referral {reference}")).to_be_visible()
    # The report as it came in, with the words each value came from marked.
    expect(page.locator("#src-0-postcode + mark")).to_have_text("CF40 1AB")
    expect(page.locator("#src-0-name + mark")).to_have_text("Seren Bevan")

    with db.unit_of_work() as session:
        extracted_school = repositories.referral_by_reference(session, reference).children[0].school
    page.get_by_label("New school for child 1").fill("Ysgol Gymraeg Tonypandy")
    page.get_by_role("button", name="Correct school").click()
    expect(page.locator("#value-c0-school")).to_have_text("Ysgol Gymraeg Tonypandy")
    expect(page.locator("#row-c0-school")).to_contain_text("Corrected by awo.rhondda")
    page.get_by_role("button", name="Confirm postcode").click()
    expect(page.locator("#row-c0-postcode")).to_contain_text("Confirmed by awo.rhondda")

    page.get_by_text("Record a home visit").click()
    page.get_by_label("Child seen").check()
    page.get_by_label("Notes of the visit").fill("Seen at home with her mother; starting school Monday.")
    page.get_by_role("button", name="Record home visit").click()
    expect(page.locator("#workflow")).to_contain_text("Child seen")

    page.get_by_text("Record the outcome").click()
    page.get_by_label("Back on roll at a school").check()
    page.get_by_label("School (back on roll, or applied for)").fill("Ysgol Gymraeg Tonypandy")
    page.get_by_role("button", name="Record outcome").click()
    expect(page.locator("#workflow")).to_contain_text("Back on roll at a school: Ysgol Gymraeg Tonypandy")

    page.get_by_text("Close the case").click()
    page.get_by_label("Reason for closing").fill("Back on roll and attending")
    page.get_by_role("button", name="Close case").click()
    expect(page.locator("#status")).to_have_text("Closed")

    with db.unit_of_work() as session:
        referral = repositories.referral_by_reference(session, reference)
        assert referral.status == "closed"
        assert referral.children[0].school == extracted_school  # the correction sits beside it
        actions = set(
            session.scalars(
                select(models.AuditEvent.action).where(
                    models.AuditEvent.referral_id == referral.id,
                    models.AuditEvent.actor == "user:awo.rhondda",
                )
            )
        )
    assert {"referral_viewed", "field_corrected", "case_home_visit", "case_outcome", "case_closed"} <= actions


def test_an_awo_gets_403_for_another_areas_referral(page, desk_server, officers):
    reference = file_referral(desk_server.db, desk_server.ctx, TAFF_REPORT)
    manager = officers["mair.manager"]
    with desk_server.db.unit_of_work() as session:
        referral, _ = desk.load_referral(session, manager, reference)
        casework.assign(session, manager, referral, "awo.taff", desk_server.ctx.now())
    page.goto(desk_server.url + "/sign-in")
    sign_in(page, "awo.rhondda")
    response = page.goto(f"{desk_server.url}/referrals/{reference}")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("Dylan")


def test_an_anonymous_visitor_is_sent_to_sign_in_and_then_on(page, desk_server):
    reference = file_referral(desk_server.db, desk_server.ctx, RHONDDA_REPORT)
    page.goto(f"{desk_server.url}/referrals/{reference}")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert "/sign-in?next=" in page.url
    sign_in(page, "awo.rhondda")
    expect(page.get_by_role("heading", name=f"Referral {reference}")).to_be_visible()


def test_the_pages_work_from_the_keyboard(page, desk_server):
    page.goto(desk_server.url + "/sign-in")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Username")).to_be_focused()
    page.keyboard.type("awo.rhondda")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Referral queue")).to_be_visible()
