"""Running `cme-intake serve` as a real process on free ports, as an operator would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SIGNING_SECRET = "test-signing-secret-not-real"
BOT_TOKEN = "xoxb-test-token-not-real"
REFERRAL_ADDRESS = "cme-referrals@rhondda-test.gov.wales"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """One `cme-intake serve` process. start() waits until HTTP and SMTP both answer."""

    def __init__(self, database_url: str, log_path: Path, **env: str) -> None:
        self.smtp_port = free_port()
        self.http_port = free_port()
        self.log_path = log_path
        self.env = {
            **os.environ,
            "CME_DATABASE_URL": database_url,
            "CME_SMTP_HOST": "127.0.0.1",
            "CME_SMTP_PORT": str(self.smtp_port),
            "CME_HTTP_HOST": "127.0.0.1",
            "CME_HTTP_PORT": str(self.http_port),
            "CME_REFERRAL_ADDRESS": REFERRAL_ADDRESS,
            "CME_WORKER_POLL_SECONDS": "0.1",
            "CME_RETRY_BASE_SECONDS": "0.2",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def start(self, timeout: float = 60.0) -> Service:
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"], cwd=REPO, env=self.env, stdout=log, stderr=log
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"service exited early:\n{self.log_path.read_text()[-4000:]}")
            if self._http_ok() and self._smtp_ok():
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"service did not start in {timeout}s:\n{self.log_path.read_text()[-4000:]}")

    def _http_ok(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.http_url}/healthz", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    def _smtp_ok(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.smtp_port), timeout=1):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")
