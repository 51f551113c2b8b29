"""Train the project's NER on synthetic referrals and write it to nlp/model (one command: `make model`).

python -m nlp.training.train --out nlp/model
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import DocBin

from nlp.training.generate import generate

CONFIG = Path(__file__).with_name("config.cfg")


def to_docbin(records: list[dict[str, object]], path: Path) -> None:
    """Synthetic records as a spaCy DocBin; spans that do not fall on token edges are expanded to them."""
    nlp = spacy.blank("en")
    db = DocBin()
    for rec in records:
        doc = nlp.make_doc(str(rec["text"]))
        ents: list[spacy.tokens.Span] = []
        for s, e, label in rec["entities"]:  # type: ignore[attr-defined]
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None and not any(span.start < x.end and x.start < span.end for x in ents):
                ents.append(span)
        doc.ents = sorted(ents, key=lambda x: x.start)
        db.add(doc)
    db.to_disk(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="nlp/model")
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    random.seed(args.seed)
    records = generate(args.n, args.seed)
    split = int(len(records) * 0.9)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        to_docbin(records[:split], t / "train.spacy")
        to_docbin(records[split:], t / "dev.spacy")
        spacy_train(
            CONFIG, t / "output", overrides={"paths.train": str(t / "train.spacy"), "paths.dev": str(t / "dev.spacy")}
        )
        out = Path(args.out)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(t / "output" / "model-best", out)
    # The temporary data paths are no part of the model: leave them out so a rebuild is byte-identical.
    cfg = out / "config.cfg"
    cfg.write_text(re.sub(r'^(train|dev) = "[^"]*"$', r"\1 = null", cfg.read_text(), flags=re.MULTILINE))


if __name__ == "__main__":
    main()
