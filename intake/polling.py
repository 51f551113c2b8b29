"""The one polling loop every background worker runs: do a pass, rest when idle, stop when told."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def poll(
    name: str, one_pass: Callable[[], Awaitable[int]], stop: asyncio.Event, idle_seconds: float,
    *, rest_after_work: bool = False,
) -> None:
    """Run `one_pass` until `stop` is set. A pass returns how much it did; after an idle pass, rest.

    A failing pass is logged and tried again next round: the database may be briefly away, and a
    worker that died would leave messages waiting with nobody to notice. Periodic checks (reminders,
    due dates) set rest_after_work, so they wait between passes even when they found something.
    """
    while not stop.is_set():
        try:
            done = await one_pass()
        except Exception:  # noqa: BLE001 - see above
            log.exception("%s pass failed", name)
            done = 0
        if done and not rest_after_work:
            continue
        try:
            await asyncio.wait_for(stop.wait(), idle_seconds)
        except TimeoutError:
            pass
