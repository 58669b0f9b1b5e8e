#!/usr/bin/env python3
"""CPU seconds of a backfill, stage by stage, for this code and for a peer commit.

    python bench/stage_cpu.py CORPUS [--ref-flows /work/wt-peer/flows] [--repeats 1]

Wall-clock figures are useless on a shared machine; CPU seconds of the whole
process tree are not (they grow a little under contention, caches being
shared, but far less than wall time). For each code version, two child
processes, each a real `run_ingest` into a fresh warehouse against one
long-lived Prefect server this script starts (its CPU is not counted):

  * "stages": extraction in the flow's own process (INDICATORS_EXTRACT_WORKERS=1),
    every stage's function wrapped to add up its CPU time (time.process_time):
    plan, read (decode, HTML, metadata), reference date, extract, normalise,
    validate (Great Expectations; its import on first use included), the rest
    of the check (consistency, article counts), load (DuckDB inserts),
    publish (runs row, views, the staged copy's swap). "other" is what is left
    of the process's CPU: imports, Prefect's task and flow machinery, logging.
  * "tree": the default path (a process pool of one worker per core),
    the CPU of the flow process plus its reaped children (the pool workers):
    what a user's backfill costs. tree - stages = the cost of the parallel
    path itself (spawning workers, their imports, shipping results back).

The functions are looked up by name, so the same wrappers fit both versions
of the code (the stage functions kept their names since 2026-12-02).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[1]


def _child(mode: str, source: str, target: str) -> None:
    import resource

    c0 = time.process_time()
    stages: dict[str, float] = {}

    def timed(owner, name: str, stage: str) -> None:
        fn = getattr(owner, name)

        def wrapper(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[stage] = stages.get(stage, 0.0) + time.process_time() - t

        setattr(owner, name, wrapper)

    if mode == "stages":
        import importlib

        from indicator_warehouse import flow, parallel, pipeline, validate, warehouse

        extract = importlib.import_module("indicator_warehouse.extract")
        timed(flow, "plan_run", "plan")
        timed(pipeline, "read_document", "read")
        timed(extract, "find_reference_date", "reference date")
        timed(extract, "extract_facts", "extract")
        timed(pipeline, "facts_to_frame", "normalise")
        timed(validate, "validate_figures", "validate")
        timed(flow, "check_batch", "check (all)")
        timed(parallel, "read_and_extract", "read+extract (all)")
        timed(warehouse.StagedWarehouse, "replace_rows", "load")
        timed(warehouse.StagedWarehouse, "touch_unchanged", "load")
        timed(flow, "record_run", "publish")
        if hasattr(warehouse, "StagingOnDemand"):
            timed(warehouse.StagingOnDemand, "__exit__", "publish")
    from indicator_warehouse.flow import run_ingest

    summary = run_ingest(source, target)
    own = time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"own_s": own, "children_s": kids.ru_utime + kids.ru_stime, "stages": stages,
                      "rows_loaded": summary.rows_loaded, "files_new": summary.files_new}))


def _run(flows: str, mode: str, source: str, env: dict) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="stage-cpu-"))
    try:
        child_env = dict(env, PYTHONPATH=flows)
        if mode == "stages":
            child_env["INDICATORS_EXTRACT_WORKERS"] = "1"
        else:
            child_env.pop("INDICATORS_EXTRACT_WORKERS", None)
        proc = subprocess.run([sys.executable, str(HERE), "--child", mode, source, str(workdir / "w.duckdb")],
                              capture_output=True, text=True, env=child_env, cwd=workdir)
        if proc.returncode:
            sys.exit(f"{mode} child failed:\n{proc.stderr[-3000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--ref-flows", action="append", default=[], help="another version's flows/ folder")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--modes", default="stages,tree")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(*a.child)
        return
    sys.path.insert(0, str(REPO / "flows"))
    from indicator_warehouse.serve import LocalServer, free_port

    server = LocalServer(free_port())
    server.start()
    env = dict(os.environ, PREFECT_API_URL=server.api_url)
    versions = [str(REPO / "flows")] + a.ref_flows
    results: dict = {v: {} for v in versions}
    try:
        for _ in range(a.repeats):
            for mode in a.modes.split(","):
                for v in versions:
                    r = _run(v, mode, a.corpus, env)
                    results[v].setdefault(mode, []).append(r)
                    total = r["own_s"] + r["children_s"]
                    print(f"{v} {mode}: {total:.1f} s CPU (own {r['own_s']:.1f}, children {r['children_s']:.1f}), "
                          f"{r['rows_loaded']:,} figures; load {os.getloadavg()[0]:.2f}", flush=True)
                    if mode == "stages":
                        print("   " + ", ".join(f"{k} {v_:.2f}" for k, v_ in sorted(r["stages"].items())), flush=True)
    finally:
        server.stop()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
