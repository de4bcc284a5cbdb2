# Two entry points for a fresh clone: `make serve` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MODEL_DIR ?= models/adrisk-default
STAMP := $(VENV)/.installed

# Offline by design: no model or dataset hub is ever contacted, and BentoML sends no usage data.
export HF_HUB_OFFLINE := 1
export HF_DATASETS_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export BENTOML_DO_NOT_TRACK := true
export BENTOML_HOME := $(CURDIR)/.bentoml
export TOKENIZERS_PARALLELISM := false

.PHONY: install test test-fast model serve bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch is pinned in pyproject to the CPU wheel on local disk; an unpinned torch pulls a CUDA build.
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

model: $(STAMP)
	$(BIN)/adrisk build-default --out $(MODEL_DIR)

$(MODEL_DIR)/manifest.json:
	$(MAKE) model

serve: $(STAMP) $(MODEL_DIR)/manifest.json
	$(BIN)/adrisk serve --model $(MODEL_DIR)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check adrisk training serving tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
