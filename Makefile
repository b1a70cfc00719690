PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# runtime dependencies only (`make run`, `make keys`), or with the dev extras (tests, linters)
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev

.PHONY: install run keys test screenshots promtool fuzz soak bench scale lint format mypy check clean vendor

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml client/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e . -e './client[cli]'
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml client/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]' -e './client[cli]'
	touch $(STAMP)

install: $(STAMP)

run: $(RUN_STAMP)  ## Redis (private unless REDIS_URL is set) + API + worker, until Ctrl-C
	$(BIN)/python -m deploy.run_local

keys: $(RUN_STAMP)  ## API keys, e.g. make keys ARGS="create --project proj-a" (next to a running `make run`)
	@$(BIN)/python -m service keys $(ARGS)

test: $(STAMP)  ## the whole suite against a throwaway redis-server, then a branch-coverage report of service/, worker/
	@(command -v redis-server && command -v redis-sentinel) >/dev/null \
		|| (apt-get update -qq && apt-get install -y -qq redis-server redis-sentinel) >/dev/null 2>&1 \
		|| echo "make test: no redis-server 7 / redis-sentinel (apt-get failed): the TLS and Sentinel tests will be SKIPPED"
	@command -v promtool >/dev/null || $(MAKE) --no-print-directory promtool
	$(BIN)/python -m pytest --cov --cov-report=term:skip-covered

promtool:  ## promtool (Debian's prometheus package) for the alert-rule tests: installed when root, else a loud warning
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus \
			>/dev/null || true; \
	fi
	@command -v promtool >/dev/null || echo "*** promtool NOT FOUND: the alert-rule checks in \
	tests/test_observability_kit.py will be SKIPPED. Install Debian's prometheus package (as root: make promtool). ***"

screenshots: $(STAMP)  ## the browser tests, writing docs/screenshots/*.png (shown in the README)
	UPDATE_SCREENSHOTS=1 $(BIN)/python -m pytest tests/browser -p no:cacheprovider

fuzz: $(STAMP)  ## tests/test_fuzz.py at length: FUZZ_EXAMPLES (default 1000), FUZZ_SEED (default random; a number replays)
	FUZZ_EXAMPLES=$(or $(FUZZ_EXAMPLES),1000) FUZZ_SEED=$(or $(FUZZ_SEED),random) \
		$(BIN)/python -m pytest tests/test_fuzz.py --timeout=0

soak: $(STAMP)  ## 3 min of mixed traffic on a private Redis + API + worker (SOAK_SECONDS, SOAK_RATE); not in `test`
	$(BIN)/python -m tests.soak

bench: $(STAMP)  ## ~5 min on 2 cores, loopback: table on stdout, rewrites docs/benchmarks.md (API_PROCESSES, WORKER_PROCESSES)
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) \
		|| echo "bench: no wrk, the submit and bare HTTP rows will say skipped"
	command -v redis-benchmark >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-tools) \
		|| echo "bench: no redis-benchmark, its rows will say skipped"
	$(BIN)/python -m tests.bench

vendor:  ## re-copy the pages' browser libraries from npm at the versions pinned in deploy/vendor_assets.py (needs npm)
	$(PYTHON) -m deploy.vendor_assets

scale: $(STAMP)  ## ~6-10 min on 2 cores (after up to 5 min waiting for load < 1.5): per-task costs, the capacity model, the curve (1-2 APIs × 1, 2, 4 workers); rewrites docs/scaling.md's measured block
	$(BIN)/python -m tests.bench.scaling

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
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .coverage .coverage.*
