#!/usr/bin/env python3
"""Why 1 -> 2 Dask workers scales below 1.7x: CPU per process and a per-chunk timeline.

    PREFECT_API_URL=http://127.0.0.1:PORT/api python bench/scale_probe.py CORPUS \
        --workers 1 2 --kind extract backfill --server-pid PID

For each worker count, a LocalCluster as bench/dask_bench.py starts it (the
scheduler and the nannies live in this process, each worker in a child),
then one child run (`extract`: dask_bench's extraction alone; `backfill`:
the whole flow). While it runs, the CPU seconds of every process are read
from psutil every 0.5 s: this process (scheduler + nannies), each worker,
the run's own process (and each of its threads at the end), the Prefect
server. Load on a shared machine stretches wall time but hardly the CPU
seconds a process needs, so those are the figures to compare.

Timeline (wall clock, `time.time()`, comparable across processes):
  * on the workers (a WorkerPlugin patches `flow.extract_chunk`): start and
    end of each chunk's extraction, its CPU, files, bytes, result size;
  * Dask's task stream: start and end of each task (the Prefect task-run
    engine around the extraction: its API calls are the difference);
  * in the run's process: each `submit`, each chunk's result arriving and
    being unpickled/merged, each batch's check and load.
Writes bench/out/probe-KIND-N.json and prints a summary.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
OUT = BENCH / "out"
sys.path.insert(0, str(BENCH))


# ------------------------------------------------------------------ worker side

from distributed import WorkerPlugin


class ChunkTimer(WorkerPlugin):
    """WorkerPlugin: log each extract_chunk call of this worker to a JSON-lines file."""

    def __init__(self, path: str) -> None:
        self.path = path

    def setup(self, worker) -> None:
        import indicator_warehouse.flow as F
        import indicator_warehouse.parallel as P

        orig, path = P.extract_chunk, self.path

        def timed(source_root, files, known):
            t0, c0 = time.time(), time.process_time()
            result = orig(source_root, files, known)
            t1, c1 = time.time(), time.process_time()
            with open(path, "a") as fh:
                fh.write(json.dumps({"pid": os.getpid(), "start": t0, "end": t1, "cpu": c1 - c0,
                                     "files": len(files), "first": files[0].relative_path,
                                     "bytes": sum(f.size for f in files), "ipc": len(result.figures_ipc)}) + "\n")
            return result

        F.extract_chunk = P.extract_chunk = timed   # the task's function arrives pickled by value: it looks up P's


# ------------------------------------------------------------------ the run's side

EVENTS: list[dict] = []


def ev(kind: str, **kw) -> None:
    EVENTS.append({"kind": kind, "t": time.time(), "cpu": time.process_time(), **kw})


def instrument() -> None:
    """Patch the flow's process to log submits, results, merges, checks and loads."""
    import indicator_warehouse.flow as F
    import indicator_warehouse.parallel as P

    orig_submit = P.Extraction.submit

    def submit(self, files, known):
        ev("submit-start", files=len(files), first=files[0].relative_path if files else None)
        p = orig_submit(self, files, known)
        ev("submit-end", chunks=len(p.futures))
        return p

    P.Extraction.submit = submit

    def result(self):
        if not self.futures:
            return P.read_and_extract(self.files, self.known)
        chunks = []
        for i, f in enumerate(self.futures):
            ev("wait-start", i=i)
            chunks.append(f.result())
            ev("got", i=i, ipc=len(chunks[-1].figures_ipc))
        ev("merge-start")
        out = P.merge(chunks)
        ev("merge-end")
        return out

    P.PendingBatch.result = result

    for name in ("check_task", "load_task", "extract_task"):
        orig = getattr(F, name)

        def wrapped(*a, __orig=orig, __name=name, **kw):
            ev(__name + "-start")
            r = __orig(*a, **kw)
            ev(__name + "-end")
            return r

        setattr(F, name, wrapped)


def thread_cpu() -> list:
    import psutil

    names = {t.native_id: t.name for t in threading.enumerate()}
    return [(names.get(t.id, str(t.id)), t.user_time + t.system_time) for t in psutil.Process().threads()]


def child(kind: str, source: str, warehouse: str, events_path: str) -> None:
    instrument()
    if kind == "backfill":
        from indicator_warehouse.flow import run_ingest

        ev("flow-start")
        summary = run_ingest(source, warehouse)
        ev("flow-end", rows=summary.rows_loaded)
    else:
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
                ex.submit(plan.to_read[:ex.workers], {}).result()
                ev("timed-start")
                t = time.perf_counter()
                pending = [ex.submit(batch, {}) for batch in batches(plan.to_read)]
                figures = sum(p.result().frame.height for p in pending)
                ev("timed-end")
                return {"extract_s": time.perf_counter() - t, "figures": figures}

        ev("flow-start")
        r = asyncio.run(extract_only())
        ev("flow-end", **r)
    Path(events_path).write_text(json.dumps({"events": EVENTS, "threads": thread_cpu()}))


# ------------------------------------------------------------------ parent

def cpu_of(p) -> float:
    t = p.cpu_times()
    return t.user + t.system


class CpuSampler:
    """CPU seconds of each watched process, sampled; new children of `roots` are picked up."""

    def __init__(self, roots: dict, every: float = 0.5) -> None:
        self.roots, self.every = roots, every
        self.procs: dict[int, tuple[str, object]] = {}
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.series: list[tuple[float, dict[int, float]]] = []
        self._stop = threading.Event()
        self._scan()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _scan(self) -> None:
        import psutil

        for label, root in self.roots.items():
            for p in [root] + root.children(recursive=True):
                if p.pid not in self.procs:
                    try:
                        name = " ".join(p.cmdline()[1:4])[-60:]
                    except psutil.Error:
                        continue
                    self.procs[p.pid] = (label if p.pid == root.pid else f"{label}/child {name}", p)

    def _sample(self) -> None:
        import psutil

        now, snap = time.time(), {}
        for pid, (_label, p) in list(self.procs.items()):
            try:
                snap[pid] = cpu_of(p)
            except psutil.Error:
                continue
            self.first.setdefault(pid, snap[pid])
            self.last[pid] = snap[pid]
        self.series.append((now, snap))

    def _run(self) -> None:
        # Scans once: children(recursive=True) reads /proc/*/stat of every
        # process on the machine, which on a busy machine costs CPU itself.
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.every)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        self._sample()
        return {f"{self.procs[pid][0]} [{pid}]": round(self.last[pid] - self.first[pid], 2) for pid in self.last}


def probe(kind: str, n: int, source: Path, server_pid: int | None, env: dict) -> dict:
    import psutil
    from distributed import Client, LocalCluster, get_task_stream

    tag = f"{kind}-{n}"
    chunk_log = OUT / f"probe-{tag}-chunks.jsonl"
    chunk_log.unlink(missing_ok=True)
    events_path = OUT / f"probe-{tag}-events.json"
    warehouse = OUT / f"probe-{tag}.duckdb"
    for p in OUT.glob(warehouse.name + "*"):
        p.unlink()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                      env={"DASK_LOGGING__DISTRIBUTED": "warning"}) as cluster, Client(cluster) as client:
        client.wait_for_workers(n, timeout=120)
        client.register_plugin(ChunkTimer(str(chunk_log)), name="chunk-timer")
        worker_pids = client.run(os.getpid)
        roots = {}
        for addr, pid in worker_pids.items():
            roots[f"worker {addr.rsplit(':', 1)[-1]}"] = psutil.Process(pid)
        if server_pid:
            roots["prefect-server"] = psutil.Process(server_pid)
        load0 = os.getloadavg()
        proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(source), str(warehouse),
                                 str(events_path)], env=dict(env, INDICATORS_DASK_ADDRESS=cluster.scheduler_address),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        roots["flow process"] = psutil.Process(proc.pid)
        roots["bench+scheduler+nannies"] = psutil.Process()   # last: its children are claimed above
        threads0 = {t.id: t.user_time + t.system_time for t in psutil.Process().threads()}
        with get_task_stream(client) as ts:
            sampler = CpuSampler(roots)
            out, err = proc.communicate()
            cpu = sampler.stop()
        names = {t.native_id: t.name for t in threading.enumerate()}
        names[sampler._thread.native_id] = "probe's CPU sampler"
        parent_threads = {f"{names.get(t.id, t.id)}": round(t.user_time + t.system_time - threads0.get(t.id, 0), 2)
                          for t in psutil.Process().threads()}
        if proc.returncode:
            sys.exit(f"child failed:\n{err[-3000:]}")
        stream = ts.data
        load1 = os.getloadavg()
    report = {"kind": kind, "workers": n, "load": [load0, load1], "cpu": cpu, "parent_threads": parent_threads,
              "chunks": [json.loads(l) for l in chunk_log.read_text().splitlines()],
              "tasks": [{"worker": t["worker"], "key": str(t["key"]),
                         "startstops": [dict(s) for s in t["startstops"]]} for t in stream],
              **json.loads(events_path.read_text()),
              "series": sampler.series, "labels": {pid: lab for pid, (lab, _p) in sampler.procs.items()}}
    (OUT / f"probe-{tag}.json").write_text(json.dumps(report))
    summarise(report)
    return report


def summarise(r: dict) -> None:
    ev = r["events"]
    t = {e["kind"]: e["t"] for e in ev}
    if r["kind"] == "extract":
        t0, t1 = t["timed-start"], t["timed-end"]
    else:
        t0, t1 = t["flow-start"], t["flow-end"]
    chunks = [c for c in r["chunks"] if c["start"] >= t0 - 0.5]
    print(f"\n== {r['kind']}, {r['workers']} worker(s): {t1 - t0:.1f} s wall (timed part); "
          f"load {r['load'][0][0]:.1f} -> {r['load'][1][0]:.1f}")
    # CPU per process over the timed part from the series.
    series = [(ts, snap) for ts, snap in r["series"]]
    def at(pid, when):
        best = None
        for ts, snap in series:
            if str(pid) in snap or pid in snap:
                v = snap.get(pid, snap.get(str(pid)))
                if ts <= when:
                    best = v
                elif best is None:
                    best = v
        return best or 0.0
    print("  CPU s over the timed part (whole run in brackets):")
    for pid, lab in r["labels"].items():
        whole = r["cpu"].get(f"{lab} [{pid}]")
        part = at(pid, t1) - at(pid, t0)
        if whole is None or whole < 0.05:
            continue
        print(f"    {part:7.2f} ({whole:6.2f})  {lab} [{pid}]")
    print(f"  this process's threads (CPU s, whole run): {r.get('parent_threads')}")
    flow_threads = r.get("threads")
    print(f"  the run's threads (CPU s, whole process life): {sorted(((round(c, 2), i) for i, c in flow_threads), reverse=True)[:6]}")
    by_pid: dict[int, list] = {}
    for c in chunks:
        by_pid.setdefault(c["pid"], []).append(c)
    print("  per worker (timed part): chunks, extract CPU s, extract wall s, idle s within [start, end], tail s")
    last_end = max(c["end"] for c in chunks)
    for pid, cs in sorted(by_pid.items()):
        cs.sort(key=lambda c: c["start"])
        busy = sum(c["end"] - c["start"] for c in cs)
        print(f"    worker {pid}: {len(cs)} chunks, {sum(c['cpu'] for c in cs):.1f} CPU s, {busy:.1f} s busy, "
              f"first start +{cs[0]['start'] - t0:.2f} s, idle gaps {sum(b['start'] - a['end'] for a, b in zip(cs, cs[1:])):.2f} s, "
              f"done +{cs[-1]['end'] - t0:.1f} s (tail idle {last_end - cs[-1]['end']:.1f} s), after last chunk until end {t1 - last_end:.1f} s")
        for c in cs:
            print(f"      +{c['start'] - t0:6.2f} .. +{c['end'] - t0:6.2f}  {c['files']:4d} files {c['bytes'] / 1e3:7.0f} kB "
                  f"cpu {c['cpu']:5.2f} wall {c['end'] - c['start']:5.2f}  ipc {c['ipc'] / 1e6:.2f} MB  {c['first']}")
    # Prefect engine around each chunk: Dask task compute minus extraction.
    overheads = []
    for task in r["tasks"]:
        comp = [s for s in task["startstops"] if s["action"] == "compute"]
        if not comp or comp[0]["start"] < t0 - 0.5:
            continue
        s, e = comp[0]["start"], comp[0]["stop"]
        inner = [c for c in chunks if c["start"] >= s - 0.01 and c["end"] <= e + 0.01]
        if inner:
            overheads.append((inner[0]["start"] - s, e - inner[0]["end"]))
    if overheads:
        print(f"  Prefect engine per chunk on the worker: before extraction median {statistics.median(o[0] for o in overheads):.3f} s, "
              f"after {statistics.median(o[1] for o in overheads):.3f} s (sum {sum(a + b for a, b in overheads):.2f} s over {len(overheads)})")
    print("  run's process events (s from start):")
    for e in ev:
        if e["t"] < t0 - 0.01 or e["t"] > t1 + 0.01:
            continue
        if e["kind"] in ("wait-start",):
            continue
        print(f"    +{e['t'] - t0:6.2f} cpu {e['cpu']:6.2f}  {e['kind']} {({k: v for k, v in e.items() if k not in ('kind', 't', 'cpu', 'first')})}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source", nargs="?")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--kind", nargs="+", default=["extract", "backfill"])
    ap.add_argument("--server-pid", type=int)
    ap.add_argument("--child", nargs=4)
    ap.add_argument("--summary", help="re-print the summary of a probe JSON")
    a = ap.parse_args()
    if a.child:
        child(*a.child)
        return
    if a.summary:
        summarise(json.loads(Path(a.summary).read_text()))
        return
    OUT.mkdir(exist_ok=True)
    env = dict(os.environ)
    for kind in a.kind:
        for n in a.workers:
            probe(kind, n, Path(a.source).resolve(), a.server_pid, env)


if __name__ == "__main__":
    main()
