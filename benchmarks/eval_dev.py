"""Write predictions for an evaluation JSONL (for score.py) with the project's extractor.

python benchmarks/eval_dev.py ../shared/eval/dev.jsonl > var/dev-pred.jsonl
"""

from __future__ import annotations

import json
import sys
from datetime import datetime

from nlp import Report, extract


def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            report = Report(
                text=rec["text"],
                received_at=datetime.fromisoformat(rec["received_at"]),
                channel=rec["channel"],
                sender=rec["sender"],
                sender_name=rec["sender_name"],
                subject=rec["subject"],
            )
            print(json.dumps(extract(report).to_schema(rec["id"]), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
