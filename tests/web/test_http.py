"""The web app over HTTP: sign-in, cookies, CSRF, idle time-out, roles. No browser needed for these."""

from __future__ import annotations

import re

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.web.app import add_web_routes
from bot.web.settings import WebSettings
from storage import models
from tests.web.conftest import PASSWORD
from tests.web.seed import RHONDDA_REPORT, file_referral

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


async def _client(db, ctx, **settings) -> TestClient:
    app = web.Application()
    add_web_routes(app, db, ctx, WebSettings(**settings))
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


@pytest.fixture
async def client(db, ctx, officers):
    c = await _client(db, ctx)
    yield c
    await c.close()


async def sign_in(client: TestClient, username: str, password: str = PASSWORD):
    page = await (await client.get("/sign-in")).text()
    return await client.post(
        "/sign-in",
        data={
            "csrf_token": CSRF.search(page).group(1),
            "username": username,
            "password": password,
            "next": "/",
        },
        allow_redirects=False,
    )


async def csrf_of(client: TestClient, path: str) -> str:
    return CSRF.search(await (await client.get(path)).text()).group(1)


async def test_health_check_needs_no_sign_in(client):
    r = await client.get("/healthz")
    assert r.status == 200 and (await r.json()) == {"status": "ok"}


@pytest.mark.parametrize("path", ["/", "/referrals/CME-2026-00001", "/reports", "/admin/users"])
async def test_anonymous_visitors_are_sent_to_sign_in(client, path):
    r = await client.get(path, allow_redirects=False)
    assert r.status == 303
    assert r.headers["Location"].startswith("/sign-in?next=")


async def test_session_cookie_is_httponly_and_samesite_lax(client):
    r = await sign_in(client, "awo.rhondda")
    assert r.status == 303
    cookie = r.cookies["cme_session"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and not cookie["secure"]


async def test_session_cookie_is_secure_when_configured(db, ctx, officers):
    client = await _client(db, ctx, cookie_secure="always")
    try:
        r = await client.get("/sign-in")
        assert r.cookies["cme_signin_csrf"]["secure"]
        token = r.cookies["cme_signin_csrf"].value
        # The test client speaks plain http, so it holds Secure cookies back: send this one by hand.
        r = await client.post(
            "/sign-in",
            data={"csrf_token": token, "username": "awo.rhondda", "password": PASSWORD},
            headers={"Cookie": f"cme_signin_csrf={token}"},
            allow_redirects=False,
        )
        assert r.status == 303
        assert r.cookies["cme_session"]["secure"] and r.cookies["cme_session"]["httponly"]
    finally:
        await client.close()


async def test_wrong_password_is_refused(client):
    r = await sign_in(client, "awo.rhondda", "not the password at all")
    assert r.status == 401 and "cme_session" not in r.cookies


async def test_sign_in_form_without_its_token_is_refused(client):
    r = await client.post("/sign-in", data={"username": "awo.rhondda", "password": PASSWORD})
    assert r.status == 403


async def test_a_form_without_the_sessions_csrf_token_changes_nothing(client, db, ctx):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    await sign_in(client, "mair.manager")
    r = await client.post(f"/referrals/{ref}/note", data={"text": "forged", "csrf_token": "guess"})
    assert r.status == 403
    token = await csrf_of(client, f"/referrals/{ref}")
    r = await client.post(
        f"/referrals/{ref}/note", data={"text": "real", "csrf_token": token}, allow_redirects=False
    )
    assert r.status == 303
    with db.unit_of_work() as session:
        assert session.scalars(select(models.CaseNote.text)).all() == ["real"]


async def test_idle_session_is_ended(client, clock):
    await sign_in(client, "awo.rhondda")
    assert (await client.get("/", allow_redirects=False)).status == 200
    clock.advance(minutes=31)
    r = await client.get("/", allow_redirects=False)
    assert r.status == 303 and "expired=1" in r.headers["Location"]


async def test_sign_out_ends_the_session(client):
    await sign_in(client, "awo.rhondda")
    token = await csrf_of(client, "/")
    await client.post("/sign-out", data={"csrf_token": token})
    assert (await client.get("/", allow_redirects=False)).status == 303


async def test_next_only_goes_to_this_site(client):
    page = await (await client.get("/sign-in?next=//evil.example/")).text()
    r = await client.post(
        "/sign-in",
        data={
            "csrf_token": CSRF.search(page).group(1),
            "username": "awo.rhondda",
            "password": PASSWORD,
            "next": "//evil.example/",
        },
        allow_redirects=False,
    )
    assert r.headers["Location"] == "/"


@pytest.mark.parametrize(
    "username,path,status",
    [
        ("awo.rhondda", "/reports", 403),
        ("awo.rhondda", "/admin/users", 403),
        ("aled.admin", "/reports", 403),
        ("mair.manager", "/admin/users", 403),
        ("mair.manager", "/reports?term=autumn-2026", 200),
        ("aled.admin", "/admin/users", 200),
    ],
)
async def test_roles(client, username, path, status):
    await sign_in(client, username)
    assert (await client.get(path)).status == status


async def test_an_awo_is_refused_another_areas_referral(client, db, ctx):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    with db.unit_of_work() as session:
        session.scalar(
            select(models.Referral).where(models.Referral.reference == ref)
        ).assigned_to = "awo.rhondda"
    await sign_in(client, "awo.taff")
    assert (await client.get(f"/referrals/{ref}")).status == 403
    r = await client.post(
        f"/referrals/{ref}/note", data={"text": "x", "csrf_token": await csrf_of(client, "/")}
    )
    assert r.status == 403


async def test_admin_adds_an_awo_and_sets_their_areas(client, db):
    await sign_in(client, "aled.admin")
    token = await csrf_of(client, "/admin/users")
    r = await client.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "username": "awo.cynon",
            "password": PASSWORD,
            "role": "awo",
            "areas": "cf44, CF45",
        },
    )
    assert r.status == 200 and "awo.cynon" in await r.text()
    r = await client.post(
        "/admin/users/areas", data={"csrf_token": token, "username": "awo.cynon", "areas": "CF44"}
    )
    with db.unit_of_work() as session:
        assert session.scalar(select(models.User.areas).where(models.User.username == "awo.cynon")) == [
            "CF44"
        ]


async def test_manager_downloads_the_report(client, db, ctx):
    file_referral(db, ctx, RHONDDA_REPORT)
    await sign_in(client, "mair.manager")
    term = ctx.now().strftime("autumn-%Y") if ctx.now().month >= 9 else None
    r = await client.get("/reports", params={"format": "csv", **({"term": term} if term else {})})
    assert r.status == 200 and r.headers["Content-Type"].startswith("text/csv")
    assert "attachment" in r.headers["Content-Disposition"]
    r = await client.get("/reports", params={"format": "pdf"})
    assert (await r.read()).startswith(b"%PDF")


async def test_admin_sees_the_routing_in_force_and_awos_without_accounts(db, ctx, officers, tmp_path):
    routing = tmp_path / "routing.yaml"
    routing.write_text(
        "awos:\n  awo.rhondda: {name: Rhondda AWO}\n  awo.cynon: {name: Cynon AWO}\n"
        "duty_awo: awo.rhondda\npostcodes:\n  CF40: awo.rhondda\n  CF44: awo.cynon\n"
    )
    ctx.settings = ctx.settings.model_copy(update={"routing_file": str(routing)})
    client = await _client(db, ctx)
    try:
        await sign_in(client, "aled.admin")
        page = await (await client.get("/admin/users")).text()
    finally:
        await client.close()
    assert "Postcode: CF44" in page
    assert "no account here, who cannot sign in to see their referrals: awo.cynon" in page


async def test_a_manager_sees_the_referrals_audit_trail_and_an_awo_does_not(client, db, ctx):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    await sign_in(client, "awo.rhondda")
    page = await (await client.get(f"/referrals/{ref}")).text()
    assert "Audit trail" not in page
    client.session.cookie_jar.clear()
    await sign_in(client, "mair.manager")
    page = await (await client.get(f"/referrals/{ref}")).text()
    assert "Audit trail" in page and "user:awo.rhondda" in page and "referral viewed" in page


async def test_the_referral_page_says_why_triage_set_its_priority(client, db, ctx):
    ref = file_referral(db, ctx, RHONDDA_REPORT)
    with db.unit_of_work() as session:
        referral = session.scalar(select(models.Referral).where(models.Referral.reference == ref))
        referral.priority = "high"
        referral.priority_reasons = [{"code": "long_absence", "level": "high", "reason": "Out of school four weeks",
                                      "words": "since half term"}]
    await sign_in(client, "mair.manager")
    page = await (await client.get(f"/referrals/{ref}")).text()
    assert "Out of school four weeks: “since half term”" in page


async def test_the_referral_page_flags_a_upn_whose_check_letter_is_wrong_until_confirmed(client, db, ctx):
    ref = file_referral(db, ctx, RHONDDA_REPORT.replace("Many thanks", "UPN: A673221519004\n\nMany thanks"))
    await sign_in(client, "mair.manager")
    page = await (await client.get(f"/referrals/{ref}")).text()
    assert "A673221519004" in page and page.count("Doubtful as written") == 1
    with db.unit_of_work() as session:
        referral = session.scalar(select(models.Referral).where(models.Referral.reference == ref))
        child_id = referral.children[0].id
    await client.post(f"/referrals/{ref}/field", data={
        "csrf_token": await csrf_of(client, f"/referrals/{ref}"), "child_id": str(child_id), "field": "upn",
        "value": "", "do": "confirm"})
    page = await (await client.get(f"/referrals/{ref}")).text()
    assert "Doubtful as written" not in page and "Confirmed by" in page
