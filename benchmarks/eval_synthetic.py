"""How the extractor does on synthetic referrals of every kind the generator writes (names of many origins,
Welsh streets, distractors): per-field accuracy against the generator's own gold spans.

    python benchmarks/eval_synthetic.py --n 500 --seed 23
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import datetime

from nlp import Report, extract
from nlp.training.generate import generate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    right, total, shown = Counter(), Counter(), 0
    for rec in generate(args.n, args.seed):
        text = str(rec["text"])
        gold: dict[str, list[str]] = {}
        for s, e, label in rec["entities"]:  # type: ignore[attr-defined]
            gold.setdefault(label, []).append(text[s:e])
        ex = extract(Report(text=text, received_at=datetime(2026, 10, 1), channel="email", sender="x@example.org"))
        kids = [c.to_schema() for c in ex.children]
        checks = {
            "child_count": len(kids) == len(set(n.split()[0] for n in gold.get("CHILD", []))),
            # Form blocks annotate the forename alone, so names are compared by their first word.
            "names": [(k["name"] or "").split()[:1] for k in kids]
            == [n.split()[:1] for n in dict.fromkeys(gold.get("CHILD", []))][: len(kids)],
            "address": bool(kids) and kids[0]["address"] == (gold.get("ADDRESS") or [None])[0],
            "carer": bool(kids) and (kids[0]["carer"] or {}).get("name") == (gold.get("CARER") or [None])[0],
            "school": bool(kids) and kids[0]["school"] == (gold.get("SCHOOL") or [None])[0],
            "gp": bool(kids) and (kids[0]["gp"] or {}).get("practice") == (gold.get("GP_PRACTICE") or [None])[0],
        }
        for k, ok in checks.items():
            total[k] += 1
            right[k] += bool(ok)
        if shown < args.show and not all(checks.values()):
            shown += 1
            print("----", [k for k, ok in checks.items() if not ok], "\n", text, "\n", kids)
    for k in total:
        print(f"{k:<12} {right[k] / total[k]:.3f}")


if __name__ == "__main__":
    main()
