# Each target bootstraps .venv first, so a fresh machine with Python 3.11 needs nothing else.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/briefbot run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/story.py
	$(BIN)/python bench/build_speed.py
	$(BIN)/python bench/stages.py
	$(BIN)/python bench/dates_vs_dateparser.py --corpus seeds
	$(BIN)/python bench/slack_latency.py
	$(BIN)/python bench/hostile.py
	$(BIN)/python bench/scale.py --sizes 100,1000

clean:
	rm -rf $(VENV) build *.egg-info
