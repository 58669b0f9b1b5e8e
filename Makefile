# Two entry points a fresh machine needs (Python 3.11+ and pip, nothing else):
#   make run    set up .venv and run the job on the bundled sample corpus
#   make test   set up .venv and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Prefect keeps its state inside the project; see flows/indicator_warehouse/settings.py.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: setup chromium run test bench bench-dask dashboard dashboard-screenshot superset-check score score-metadata score-heldout clean

setup: $(STAMP) chromium

$(STAMP): pyproject.toml scripts/duckdb_readers.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Migrate Prefect's database now: on first start it takes longer than the
	# temporary server's start-up timeout.
	$(BIN)/prefect server database upgrade -y > /dev/null
	# DuckDB 1.4 and 1.5 in their own environments (.venv-readers/): the tests
	# prove the published warehouse opens in the releases BI tools embed.
	$(BIN)/python scripts/duckdb_readers.py > /dev/null
	touch $(STAMP)

# Headless Chromium renders the HTML report in tests/test_report.py. Installed
# where we can (root with apt-get, as on CI); elsewhere that one test skips.
chromium:
	@if ! command -v chromium > /dev/null 2>&1 && command -v apt-get > /dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "setup: installing chromium (apt-get) for the report rendering test"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > /dev/null 2>&1 \
	        || echo "setup: could not install chromium; tests/test_report.py will skip its rendering test"; \
	fi

run: setup
	$(BIN)/indicators run

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py

# Accuracy on the seeds, the sample corpus and the real-article development
# sets dev ... dev9 (texts outside the repo: eval/REBUILD.md). The held-out
# sets only with score-heldout, each at most once a session, every score
# recorded in the README. score-metadata: the same with each article's
# manifest URL and published date as a sidecar (eval/score_all.py).
score: setup
	$(BIN)/python eval/score_all.py

score-metadata: setup
	$(BIN)/python eval/score_all.py --metadata

score-heldout: setup
	$(BIN)/python eval/score_all.py --heldout

# The Streamlit dashboard over the warehouse (docs/warehouse.md, "Dashboard"),
# in its own environment with DuckDB 1.4.4; builds the warehouse first if there is none.
WAREHOUSE_FILE := warehouse/indicators.duckdb
dashboard: setup
	test -f $(WAREHOUSE_FILE) || $(BIN)/indicators run
	$(PYTHON) scripts/dashboard.py --warehouse $(WAREHOUSE_FILE)

# Every dashboard page in headless Chromium, saved as docs/dashboard-*.png.
dashboard-screenshot: setup
	test -f $(WAREHOUSE_FILE) || $(BIN)/indicators run
	$(PYTHON) scripts/dashboard.py --warehouse $(WAREHOUSE_FILE) --screenshot docs

# Superset installed, started, connected read-only and probed (not part of `make test`).
superset-check: setup
	test -f $(WAREHOUSE_FILE) || $(BIN)/indicators run
	$(PYTHON) scripts/superset_check.py --warehouse $(WAREHOUSE_FILE)

# Issue 15: 1 vs 2 Dask workers, the default local path vs the pool of 1b3c4ef, cold runs.
# (Measured when the default local path was a Dask LocalCluster; it is the pool again now.)
bench-dask: setup
	$(BIN)/python bench/dask_bench.py --pool-ref 1b3c4ef

clean:
	rm -rf $(VENV) .venv-readers .venv-dashboard .venv-superset .prefect warehouse/*.duckdb warehouse/*.lock
