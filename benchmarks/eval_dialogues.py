"""Predictions for dialogue records (first report, then replies): extract the first turn, read each later
turn with `extract_answer`, fill what was missing and let corrections replace. For score.py.

    python benchmarks/eval_dialogues.py ../shared/eval/dev-dialogues.jsonl > var/dd-pred.jsonl
"""

from __future__ import annotations

import json
import sys
from dataclasses import fields
from datetime import datetime

from nlp import Report, extract, extract_answer


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            when = datetime.fromisoformat(rec["received_at"])
            first = rec["turns"][0]["text"]
            ex = extract(
                Report(
                    text=first,
                    received_at=when,
                    channel=rec["channel"],
                    sender=rec["sender"],
                    sender_name=rec["sender_name"],
                    subject=rec["subject"],
                )
            )
            for turn in rec["turns"][1:]:
                names = [c.name.value if c.name else None for c in ex.children]
                ans = extract_answer(turn["text"], received_at=when, children_names=names, channel=rec["channel"])
                for i, found in sorted(ans.children.items()):
                    while i >= len(ex.children):
                        ex.children.append(type(found)())
                    held = ex.children[i]
                    for f in fields(found):
                        if f.name == "unknown":
                            continue
                        value = getattr(found, f.name)
                        if value is not None and (
                            getattr(held, f.name) is None or f.name in ans.corrections.get(i, set())
                        ):
                            setattr(held, f.name, value)
            print(json.dumps(ex.to_schema(rec["id"]), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
