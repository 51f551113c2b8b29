"""A real SMTP server (aiosmtpd) playing the council's outbound relay, collecting what the service sends."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller


class _Collector:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        msg = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
        return "250 OK"


class FakeRelay:
    """Start, collect, wait_for, stop."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._collector = _Collector()
        self._controller = Controller(self._collector, hostname="127.0.0.1", port=port)

    def start(self) -> FakeRelay:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        with self._collector.lock:
            return list(self._collector.messages)

    def wait_for(
        self, predicate: Callable[[EmailMessage], bool], timeout: float = 30.0
    ) -> EmailMessage:
        """The first message received that satisfies predicate, waiting up to timeout seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for msg in self.messages:
                if predicate(msg):
                    return msg
            time.sleep(0.1)
        raise AssertionError(f"no matching message at the relay within {timeout}s; got {len(self.messages)}")
