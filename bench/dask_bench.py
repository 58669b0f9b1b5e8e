#!/usr/bin/env python3
"""The bench of issue 15: extraction on Dask, and cold runs.

    python bench/dask_bench.py                          # everything below (~15 min on 2 cores)
    python bench/dask_bench.py --skip-10k               # without the 10k backfills
    python bench/dask_bench.py --pool-ref 1b3c4ef       # also the hand-written process pool of that commit

What it measures, all against one long-lived Prefect server it starts
(`prefect server start` on 127.0.0.1, as a cron user would run one):

  1. 1 vs 2 Dask workers on the same corpus (default 2,000 generated
     articles): a LocalCluster of N single-threaded worker processes started
     by this bench, its address given to the run (`INDICATORS_DASK_ADDRESS`),
     so cluster start-up is not in the figure. Two figures each: the whole
     backfill (extraction on the workers, validation and loading in the run's
     own process) and extraction alone (every chunk through the cluster as
     the flow's `extract-chunk` task runs, nothing validated or loaded).
     Runs alternate 1, 2, 1, 2 and the medians are compared.
  2. The default path (`indicators run`-like child process on its own local
     path: a local Dask cluster when docs/performance.md's figures were
     measured, the process pool again since) against the pool of `--pool-ref`
     (a `git archive` of that commit), alternating, same corpus: wall time,
     CPU time, and the peak memory of the whole process tree (flow process
     plus workers; the Prefect server is a separate process and not in it),
     sampled every 0.2 s as the sum of RSS and the sum of PSS.
  3. The same for a 10,000-article backfill.
  4. A cold `indicators run` that finds nothing new, against the running
     server (PREFECT_API_URL set) and, for comparison, without it (Prefect
     starts its temporary server).

The load average is printed before and after each measurement: the machine
has 2 cores and other work on it shows up in every figure.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"
PY = sys.executable
INDICATORS = str(Path(PY).with_name("indicators"))
sys.path.insert(0, str(BENCH))


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# ------------------------------------------------------------------ children


def child_backfill(source: str, warehouse: str) -> None:
    """One flow run in this process; timings as JSON on the last line."""
    import resource

    t0, c0 = time.perf_counter(), time.process_time()
    from indicator_warehouse.flow import run_ingest

    t1 = time.perf_counter()
    summary = run_ingest(source, warehouse)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"import_s": t1 - t0, "flow_s": time.perf_counter() - t1,
                      "cpu_s": time.process_time() - c0 + kids.ru_utime + kids.ru_stime,
                      "files_new": summary.files_new, "rows_loaded": summary.rows_loaded,
                      "status": summary.status}))


def child_extract_only(source: str) -> None:
    """Every file of `source` through the cluster at INDICATORS_DASK_ADDRESS as
    extract-chunk task runs, in the flow's batches, nothing validated or loaded."""
    import asyncio

    from prefect import flow

    from indicator_warehouse import settings
    from indicator_warehouse.flow import extract_chunk_task
    from indicator_warehouse.parallel import Extraction
    from indicator_warehouse.pipeline import batches, plan_run

    @flow(name="bench-extract-only")
    async def extract_only() -> dict:
        plan = plan_run(Path(source), {})
        with Extraction(extract_chunk_task, Path(source), len(plan.to_read), settings.dask_address()) as ex:
            # Warm the workers (imports) outside the timed part, as the
            # end-to-end figure's cluster is warm after its first chunk.
            ex.submit(plan.to_read[:ex.workers], {}).result()
            t = time.perf_counter()
            pending = [ex.submit(batch, {}) for batch in batches(plan.to_read)]
            figures = sum(p.result().frame.height for p in pending)
            return {"extract_s": time.perf_counter() - t, "figures": figures}

    print(json.dumps(asyncio.run(extract_only())))


# ------------------------------------------------------------------ parent


class TreeMemory:
    """Peak of the summed RSS and PSS of a process and all its descendants, sampled."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import psutil

        self.root, self.every = psutil.Process(pid), every
        self.peak_rss = self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root] + self.root.children(recursive=True)
            except psutil.Error:
                return
            rss = pss = 0
            for p in procs:
                try:
                    info = p.memory_full_info()
                except psutil.Error:
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run_child(args: list[str], env: dict, pythonpath: str | None = None, memory: bool = True) -> dict:
    """One child run; with `memory`, the peak RSS/PSS of its process tree, sampled from this process."""
    env = dict(env)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    t = time.perf_counter()
    proc = subprocess.Popen([PY, str(Path(__file__).resolve()), "--child", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    sampler = TreeMemory(proc.pid) if memory else None
    out, err = proc.communicate()
    if sampler is not None:
        sampler.stop()
    if proc.returncode:
        sys.exit(f"child {args} failed:\n{err[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(wall_s=time.perf_counter() - t)
    if sampler is not None:
        result.update(tree_rss_mb=sampler.peak_rss / 2**20, tree_pss_mb=sampler.peak_pss / 2**20)
    return result


def fresh(warehouse: Path) -> Path:
    for p in warehouse.parent.glob(warehouse.name + "*"):
        p.unlink()
    return warehouse


def workers_speedup(source: Path, env: dict, repeats: int) -> dict:
    """Medians of the whole backfill and of extraction alone on 1 and on 2 workers."""
    from distributed import Client, LocalCluster

    results: dict[int, dict[str, list[float]]] = {1: {"flow": [], "extract": []}, 2: {"flow": [], "extract": []}}
    for _ in range(repeats):
        for n in (1, 2):
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                              env={"DASK_LOGGING__DISTRIBUTED": "warning"}) as cluster, Client(cluster) as client:
                client.wait_for_workers(n, timeout=120)
                run_env = dict(env, INDICATORS_DASK_ADDRESS=cluster.scheduler_address)
                before = load()
                # No memory sampling here: the sampler runs in this process and
                # took ~0.05 core (psutil walks every process on the machine
                # five times a second), which only the 2-worker runs pay for
                # (docs/performance.md, seventh session).
                r = run_child(["backfill", str(source), str(fresh(OUT / "dask-bench.duckdb"))], run_env, memory=False)
                e = run_child(["extract-only", str(source)], run_env, memory=False)
            results[n]["flow"].append(r["flow_s"])
            results[n]["extract"].append(e["extract_s"])
            print(f"  {n} worker(s): backfill flow {r['flow_s']:.1f} s, extraction alone {e['extract_s']:.1f} s "
                  f"({e['figures']:,} figures); load {before} -> {load()}", flush=True)
    med = {n: {k: statistics.median(v) for k, v in d.items()} for n, d in results.items()}
    return {"median": med, "runs": results,
            "speedup_flow": med[1]["flow"] / med[2]["flow"], "speedup_extract": med[1]["extract"] / med[2]["extract"]}


def export_ref(ref: str) -> Path:
    """A `git archive` of `ref` in bench/out/ref-REF (its flows/ goes first on PYTHONPATH)."""
    dest = OUT / f"ref-{ref}"
    if not (dest / "flows").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", ref], cwd=REPO, check=True, capture_output=True).stdout
        tar = dest.with_suffix(".tar")
        tar.write_bytes(archive)
        with tarfile.open(tar) as tf:
            tf.extractall(dest)
        tar.unlink()
    return dest


def default_vs_pool(source: Path, env: dict, pool_ref: Path | None, repeats: int) -> dict:
    kinds = [("dask", None)] + ([("pool", str(pool_ref / "flows"))] if pool_ref else [])
    runs: dict[str, list[dict]] = {k: [] for k, _ in kinds}
    for _ in range(repeats):
        for kind, pythonpath in kinds:
            before = load()
            r = run_child(["backfill", str(source), str(fresh(OUT / f"default-{kind}.duckdb"))], env, pythonpath)
            r["load"] = f"{before} -> {load()}"
            runs[kind].append(r)
            print(f"  {kind}: {r['wall_s']:.1f} s wall, {r['cpu_s']:.0f} s CPU, flow {r['flow_s']:.1f} s, "
                  f"tree peak RSS {r['tree_rss_mb']:,.0f} MB / PSS {r['tree_pss_mb']:,.0f} MB, "
                  f"{r['rows_loaded']:,} figures; load {r['load']}", flush=True)
    return runs


def cold_noop(source: Path, warehouse: Path, env: dict, repeats: int = 5) -> dict:
    res = {}
    for label, run_env in (("server", env), ("temporary", {k: v for k, v in env.items() if k != "PREFECT_API_URL"})):
        times = []
        for _ in range(repeats if label == "server" else 2):
            t = time.perf_counter()
            proc = subprocess.run([INDICATORS, "run", "--source", str(source), "--warehouse", str(warehouse)],
                                  capture_output=True, text=True, env=run_env)
            times.append(time.perf_counter() - t)
            if proc.returncode or "nothing new" not in proc.stdout:
                sys.exit(f"cold run did not find nothing new:\n{proc.stdout[-500:]}\n{proc.stderr[-2000:]}")
        res[label] = {"median_s": statistics.median(times), "all_s": [round(x, 2) for x in times]}
        print(f"  {label}: median {res[label]['median_s']:.2f} s of {res[label]['all_s']}; load {load()}", flush=True)
    # Where the time goes: what the cold process imports.
    proc = subprocess.run([PY, "-X", "importtime", INDICATORS, "run", "--source", str(source), "--warehouse",
                           str(warehouse)], capture_output=True, text=True, env=env)
    heavy = {"great_expectations": 0, "distributed": 0, "prefect_dask": 0, "prefect": 0, "polars": 0, "duckdb": 0}
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            self_us, _cum, name = (x.strip() for x in line[len("import time:"):].split("|"))
            top = name.split(".")[0]
            if top in heavy:
                heavy[top] += int(self_us)
    res["imports_s"] = {k: round(v / 1e6, 2) for k, v in heavy.items()}
    print(f"  imports in a cold nothing-new run (s): {res['imports_s']}", flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description="issue 15 bench: Dask workers, pool vs Dask, cold runs")
    ap.add_argument("--size", type=int, default=2000, help="corpus for 1 vs 2 workers and pool vs Dask")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--pool-ref", help="git commit with the hand-written process pool, to compare against")
    ap.add_argument("--skip-10k", action="store_true")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        kind, *rest = a.child
        child_backfill(*rest) if kind == "backfill" else child_extract_only(*rest)
        return

    from run import corpus, machine

    from indicator_warehouse.serve import LocalServer, free_port

    OUT.mkdir(exist_ok=True)
    print(f"bench started {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {machine()}; load {load()}", flush=True)
    sizes = [a.size] + ([] if a.skip_10k else [10000])
    corpora = {n: corpus(n) for n in sizes}
    pool_ref = export_ref(a.pool_ref) if a.pool_ref else None
    server = LocalServer(free_port())
    t = time.perf_counter()
    server.start()
    print(f"Prefect server at {server.api_url} up in {time.perf_counter() - t:.1f} s", flush=True)
    env = dict(os.environ, PREFECT_API_URL=server.api_url)
    env.pop("INDICATORS_DASK_ADDRESS", None)
    report: dict = {}
    try:
        print(f"1 vs 2 Dask workers, {a.size:,} articles (cluster started by the bench)", flush=True)
        report["workers"] = workers_speedup(corpora[a.size], env, a.repeats)
        print(f"  speed-up 1 -> 2 workers: backfill {report['workers']['speedup_flow']:.2f}x, "
              f"extraction alone {report['workers']['speedup_extract']:.2f}x", flush=True)
        for n in sizes:
            print(f"default path (local cluster per run){' vs pool' if pool_ref else ''}, {n:,} articles", flush=True)
            report[f"default_{n}"] = default_vs_pool(corpora[n], env, pool_ref, a.repeats if n < 10000 else 1)
        largest = max(sizes)
        print(f"cold `indicators run`, nothing new, {largest:,} loaded", flush=True)
        report["cold"] = cold_noop(corpora[largest], OUT / "default-dask.duckdb", env)
    finally:
        server.stop()
    (OUT / "dask-bench.json").write_text(json.dumps(report, indent=1))
    print(f"bench finished {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; load {load()}; "
          f"figures in {OUT / 'dask-bench.json'}")


if __name__ == "__main__":
    main()
