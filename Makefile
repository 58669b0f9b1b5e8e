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

.PHONY: setup run test bench bench-dask clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Migrate Prefect's database now: on first start it takes longer than the
	# temporary server's start-up timeout.
	$(BIN)/prefect server database upgrade -y > /dev/null
	touch $(STAMP)

run: setup
	$(BIN)/indicators run

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python bench/run.py

# Issue 15: 1 vs 2 Dask workers, the local cluster vs the old process pool, cold runs.
bench-dask: setup
	$(BIN)/python bench/dask_bench.py --pool-ref 1b3c4ef

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.lock
