"""With no Slack settings the service still starts, serves mail and the web app, and says Slack is off."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.support.service import Service


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_service_runs_with_slack_off(database_url: str, relay, tmp_path: Path) -> None:
    svc = Service(database_url, tmp_path / "svc.log", CME_RELAY_PORT=str(relay.port),
                  SLACK_BOT_TOKEN="", SLACK_SIGNING_SECRET="").start()
    try:
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(urllib.request.Request(f"{svc.http_url}/slack/events", data=b"{}"), timeout=5)
        assert err.value.code in (404, 405)
        assert "Slack is off" in svc.log()
    finally:
        svc.stop()
