# Two commands matter: `make report` and `make test`. `make help` lists all.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PAGE ?= data/raw/weilidai_overdue.txt
OUT ?= data/processed

.DEFAULT_GOAL := help
.PHONY: help install report test lab bench clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the pinned requirements

report: $(STAMP) ## analyse PAGE (default: the bundled page) into data/processed/ and reports/
	$(PY) -m analysis run $(PAGE) --out $(OUT)
	$(PY) -m analysis.report $(PAGE)

test: $(STAMP) ## run the tests and re-execute the notebooks (nbval)
	$(PY) -m pytest

lab: $(STAMP) ## open JupyterLab on the notebooks
	$(VENV)/bin/jupyter lab notebooks

bench: $(STAMP) ## measure the pipeline against plain segmentation (docs/benchmarks.md)
	$(PY) benchmarks/bench_pipeline.py

clean: ## remove generated tables, reports and the virtual environment
	rm -rf $(VENV) data/processed/* reports/*
