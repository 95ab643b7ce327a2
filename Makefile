# The two quickstart commands: `make demo` and `make test`. Both work on a fresh clone with only Python.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test setup clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/defevents extract seeds/ --format table

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf $(VENV) build dist .pytest_cache
