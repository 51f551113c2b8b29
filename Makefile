# Two commands on a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup lint bench bench-intake model eval eval-holdout eval-holdout2 eval-holdout3 eval-dialogues clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	mkdir -p var
	$(VENV)/bin/cme-intake serve

test: setup lint
	$(VENV)/bin/pytest -q

lint: setup
	$(VENV)/bin/ruff check bot intake nlp storage tests benchmarks
	$(VENV)/bin/mypy bot intake nlp storage

eval: setup
	$(VENV)/bin/cme-intake extract ../shared/eval/dev.jsonl > var/dev-pred.jsonl
	$(PY) ../shared/eval/score.py ../shared/eval/dev.jsonl var/dev-pred.jsonl

# Reports written independently of the extractor's rules, never used to tune them: the honest measure.
eval-holdout: setup
	mkdir -p var
	$(VENV)/bin/cme-intake extract tests/data/holdout.jsonl > var/holdout-pred.jsonl
	$(PY) ../shared/eval/score.py tests/data/holdout.jsonl var/holdout-pred.jsonl

eval-holdout2: setup
	mkdir -p var
	$(VENV)/bin/cme-intake extract tests/data/holdout2.jsonl > var/holdout2-pred.jsonl
	$(PY) ../shared/eval/score.py tests/data/holdout2.jsonl var/holdout2-pred.jsonl

# Written last, by someone who never saw the extractor's code or its errors, and measured once; never tune on it.
eval-holdout3: setup
	mkdir -p var
	$(VENV)/bin/cme-intake extract tests/data/holdout3.jsonl > var/holdout3-pred.jsonl
	$(PY) ../shared/eval/score.py tests/data/holdout3.jsonl var/holdout3-pred.jsonl

# The dev dialogues through a running service (SMTP listener and Slack endpoint), replies threaded, then scored.
eval-dialogues: setup
	mkdir -p var
	$(PY) benchmarks/dialogues.py ../shared/eval/dev-dialogues.jsonl --out var/dialogue-pred.jsonl

# The trained NER is committed in nlp/model; this rebuilds it from the synthetic generator (seeded).
model: setup
	$(PY) -m nlp.training.train --out nlp/model

bench: setup
	$(PY) benchmarks/bench_extract.py --reports 1000

# Reports by SMTP through a running service to threaded replies at a local relay: latency, throughput, memory.
bench-intake: setup
	$(PY) benchmarks/bench_intake.py --reports 300

clean:
	rm -rf $(VENV) var
