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
# OpenMP threads spin only briefly before sleeping: long spinning starves everything else on 2 cores, no
# spinning slows small training steps by a quarter (measured in training/omp.py).
export OMP_WAIT_POLICY := PASSIVE
export GOMP_SPINCOUNT := 2000

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

# The service benchmark's pipeline baseline needs a torch model with the artifact's architecture (the quick
# preset's 6 layers of multilingual-e5-small); its throughput does not depend on the weights, so an untrained
# head is enough. The layer count is in the folder name so that a baseline of another depth is never reused.
BENCH_LAYERS := 6
BENCH_TORCH := .cache/bench-torch-baseline-$(BENCH_LAYERS)l
$(BENCH_TORCH)/config.json: $(STAMP)
	$(BIN)/python benchmarks/make_torch_baseline.py --out $(BENCH_TORCH) --layers $(BENCH_LAYERS)

bench: $(STAMP) $(MODEL_DIR)/manifest.json $(BENCH_TORCH)/config.json
	$(BIN)/python benchmarks/bench_service.py --model $(MODEL_DIR) --torch-model $(BENCH_TORCH)
	$(BIN)/python benchmarks/bench_batch.py --model $(MODEL_DIR) --size 6000
	$(BIN)/python benchmarks/bench_link.py --size 100000
	$(BIN)/python benchmarks/bench_memory.py --model $(MODEL_DIR) --size-mb 1024 --max-seconds 180

lint: $(STAMP)
	$(BIN)/ruff check adrisk training serving tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
