PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint format mypy check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)  ## Redis (private unless REDIS_URL is set) + API + worker, until Ctrl-C
	$(BIN)/python -m deploy.run_local

test: $(STAMP)  ## the whole suite against a throwaway redis-server
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

mypy: $(STAMP)
	$(BIN)/mypy

check: lint mypy test

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
