"""Intake through the real service: how fast reports sent by SMTP are acknowledged, filed and answered.

    python benchmarks/bench_intake.py [--reports 300] [--database-url URL]

Starts `cme-intake serve` on free ports with a temporary SQLite store (or the given URL) and a local relay,
sends synthetic referral emails with smtplib from several client threads, and prints: SMTP acceptance
latency (p50/p99 ms, the time until the listener answers 250, i.e. until the message is durably stored),
end-to-end throughput (reports per second from first send to the last threaded reply at the relay),
reply latency p50/p99 (send to reply), and the service's peak resident memory.
"""

from __future__ import annotations

import argparse
import random
import smtplib
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.support.fake_relay import FakeRelay  # noqa: E402
from tests.support.service import REFERRAL_ADDRESS, Service, free_port  # noqa: E402

FIRST = ["Aled", "Cerys", "Dylan", "Ffion", "Ioan", "Lowri", "Maja", "Omar", "Nia", "Tomasz", "Zara", "Rhys"]
LAST = ["Bevan", "Cadwaladr", "Hughes", "Kowalski", "Mahmoud", "Pritchard", "Rees", "Thomas", "Walsh"]
STREETS = ["Heol y Ffug", "Stryd Prawf", "Teras Dychmygol", "Ffordd y Bryn Ffug", "Lon Esgus"]


def report(i: int, rng: random.Random) -> EmailMessage:
    child = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    carer = f"{rng.choice(FIRST)} {child.split()[1]}"
    msg = EmailMessage()
    msg["From"] = f"Officer {i} <officer{i}@heddlu-ffug.police.uk>"
    msg["To"] = REFERRAL_ADDRESS
    msg["Subject"] = f"Child not in school ({i})"
    msg["Message-ID"] = f"<bench-{i}-{rng.random()}@heddlu-ffug.police.uk>"
    msg.set_content(
        f"Hello,\n\nI spoke to {child}, aged {rng.randint(5, 15)}, who lives at {rng.randint(1, 99)} "
        f"{rng.choice(STREETS)}, Porth, CF39 {rng.randint(0, 9)}ZZ with mum {carer}. "
        f"Not been in school since the family moved in.\n\nRegards,\nPC {i} Test\nHeddlu Ffug\n"
    )
    return msg


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--database-url")
    args = ap.parse_args()

    rng = random.Random(42)
    messages = [report(i, rng) for i in range(args.reports)]
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        relay = FakeRelay(free_port()).start()
        service = Service(url, Path(tmp) / "service.log", CME_RELAY_HOST="127.0.0.1",
                          CME_RELAY_PORT=str(relay.port), SLACK_BOT_TOKEN="", SLACK_SIGNING_SECRET="").start()
        sent_at: dict[str, float] = {}
        accept_ms: list[float] = []

        def send(msg: EmailMessage) -> None:
            with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=60) as smtp:
                start = time.perf_counter()
                sent_at[msg["Message-ID"]] = time.monotonic()
                smtp.send_message(msg)
                accept_ms.append((time.perf_counter() - start) * 1000)

        try:
            first = time.monotonic()
            with ThreadPoolExecutor(args.clients) as pool:
                list(pool.map(send, messages))
            replied: dict[str, float] = {}
            deadline = time.monotonic() + 600
            while len(replied) < len(messages) and time.monotonic() < deadline:
                for msg in relay.messages:
                    key = msg["In-Reply-To"]
                    if key in sent_at and key not in replied:
                        replied[key] = time.monotonic()
                time.sleep(0.05)
            last = max(replied.values()) if replied else time.monotonic()
            reply_ms = [(replied[k] - sent_at[k]) * 1000 for k in replied]
            rss = peak_rss_mb(service.proc.pid) if service.proc else float("nan")
        finally:
            service.stop()
            relay.stop()

    print(f"reports sent:                 {len(messages)} from {args.clients} SMTP clients")
    print(f"replies received:             {len(replied)}")
    print(f"SMTP accept (stored) p50/p99: {percentile(accept_ms, 50):.1f} / {percentile(accept_ms, 99):.1f} ms")
    print(f"throughput, send to reply:    {len(replied) / (last - first):.1f} reports/s")
    if reply_ms:
        print(f"reply latency p50/p99:        {percentile(reply_ms, 50):.0f} / {percentile(reply_ms, 99):.0f} ms")
    print(f"service peak RSS:             {rss:.0f} MB")
    return 0 if len(replied) == len(messages) else 1


if __name__ == "__main__":
    sys.exit(main())
