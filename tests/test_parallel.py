"""Extraction on worker processes gives exactly what extraction in-process gives."""
from __future__ import annotations

from indicator_warehouse import settings
from indicator_warehouse.normalise import facts_to_frame
from indicator_warehouse.parallel import ExtractorPool
from indicator_warehouse.pipeline import plan_run, read_and_extract


def _key(batch):
    articles = [{k: v for k, v in a.items() if k != "updated_at"} for a in batch.articles]
    frame = batch.frame if batch.frame is not None else facts_to_frame(batch.facts)
    return articles, frame.rows(), (batch.new, batch.changed, batch.failed)


def test_worker_processes_match_in_process_extraction():
    plan = plan_run(settings.SAMPLE_CORPUS_DIR, {})
    assert len(plan.to_read) >= 2
    expected = read_and_extract(plan.to_read, {})
    with ExtractorPool(total_files=10_000, workers=2) as pool:
        assert pool.parallel
        pending = pool.submit(plan.to_read, {})
        assert len(pending.futures) >= 2, "the batch should be split across workers"
        got = pending.result()
    assert not got.facts and got.frame is not None, "workers send normalised frames, not fact objects"
    assert _key(got) == _key(expected)


def test_small_runs_stay_in_process():
    with ExtractorPool(total_files=1, workers=2) as pool:
        assert not pool.parallel


def test_workers_die_when_the_run_is_killed(tmp_path):
    """SIGKILL of the run process alone (not its group) must not orphan workers."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "hold_pool.py"
    script.write_text(
        "import os, time\n"
        "from indicator_warehouse.parallel import ExtractorPool\n"
        "if __name__ == '__main__':\n"
        "    pool = ExtractorPool(total_files=10_000, workers=2)\n"
        "    futures = [pool._executor.submit(time.sleep, 0.2) for _ in range(4)]\n"
        "    [f.result() for f in futures]\n"
        "    print(' '.join(str(p) for p in pool._executor._processes), flush=True)\n"
        "    time.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        worker_pids = [int(p) for p in proc.stdout.readline().split()]
        assert worker_pids, "the pool started workers"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()

    def alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        # a zombie waiting for a reaper counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"

    deadline = time.monotonic() + 10
    while any(alive(p) for p in worker_pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(p) for p in worker_pids)
