"""`indicators serve`: run the ingest flow on a schedule, unattended.

Prefect schedules need a real Prefect server (the temporary one a plain flow
run starts only warns "Cannot schedule flows on an ephemeral server"). So:

* With PREFECT_API_URL set (environment or Prefect profile), `serve` uses
  that server, like any Prefect client.
* Without it, `serve` starts a private `prefect server start` on
  127.0.0.1:PORT (default 4200; `--port 0` picks a free one) with the
  project's PREFECT_HOME, points itself at it, and stops it on exit. If a
  Prefect server already answers on that port, it is reused. The dashboard
  (run history, logs, artifacts) is then at http://127.0.0.1:PORT.

Then it registers a deployment of the `ingest-articles` flow with the given
cron or interval schedule and serves it: each scheduled run executes in a
fresh subprocess of this process. At most one run executes at a time in this
process (`limit=1`), and the warehouse lock keeps any other writer (a manual
`indicators run`, a second serve) out.

Imports Prefect only after choosing the API URL: Prefect reads it from the
environment.
"""
from __future__ import annotations

import asyncio
import hashlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from . import settings

DEFAULT_PORT = 4200
SERVER_START_TIMEOUT = 180.0     # a first start migrates the database (~20 s), slower on a busy machine


class ServeError(Exception):
    """serve cannot start; the message says why in one line."""


def deployment_name(warehouse: Path) -> str:
    """Stable per warehouse file: two serve processes for two warehouses never
    overwrite each other's deployment, one restarted serve reuses its own."""
    digest = hashlib.sha1(str(warehouse).encode()).hexdigest()[:6]
    return f"{warehouse.stem}-{digest}"


def validate_schedule(cron: str | None, interval: float | None, timezone: str | None = None) -> None:
    """Check the schedule options. Imports Prefect for cron: call it only
    after PREFECT_API_URL is settled (Prefect reads settings once, on import)."""
    if (cron is None) == (interval is None):
        raise ServeError("give exactly one schedule: --cron EXPR or --interval SECONDS")
    if interval is not None and interval < 1:
        raise ServeError("--interval must be at least 1 second")
    if cron is not None:
        from prefect._internal.schemas.validators import validate_cron_string

        try:
            validate_cron_string(cron)
        except ValueError:
            raise ServeError(f"--cron {cron!r} is not a valid cron expression "
                             "(five fields, e.g. '*/15 * * * *')") from None
    if timezone is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ServeError(f"--timezone {timezone!r} is not a known time zone (e.g. Asia/Shanghai)") from None


# ---------------------------------------------------------------- the server


def _healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    """In the server child: get SIGTERM if serve dies, even by SIGKILL (Linux)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except Exception:
        pass


@dataclass
class LocalServer:
    """A `prefect server start` child process on 127.0.0.1."""

    port: int
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self, timeout: float = SERVER_START_TIMEOUT) -> None:
        home = Path(os.environ.get("PREFECT_HOME", settings.PROJECT_ROOT / ".prefect"))
        home.mkdir(parents=True, exist_ok=True)
        self.log_path = home / f"server-{self.port}.log"
        log = open(self.log_path, "ab")
        env = dict(os.environ)
        env.pop("PREFECT_API_URL", None)
        env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
        env.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(self.port)],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
            start_new_session=True,          # Ctrl-C reaches serve, which stops the server in order
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServeError(f"the Prefect server exited at start-up (code {self.process.returncode}); "
                                 f"see {self.log_path}: {self._last_log_line()}")
            if _healthy(self.api_url, timeout=1.0):
                return
            time.sleep(0.5)
        self.stop()
        raise ServeError(f"the Prefect server did not answer within {timeout:.0f} s; see {self.log_path}")

    def _last_log_line(self) -> str:
        try:
            lines = [ln for ln in self.log_path.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return ""
        return lines[-1][:300] if lines else ""

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


def choose_api(port: int, log=print) -> LocalServer | None:
    """Use PREFECT_API_URL if set; else reuse a local server or plan one.
    Sets PREFECT_API_URL in this process's environment. Returns a server
    this process must start (and stop on exit), or None."""
    configured = os.environ.get("PREFECT_API_URL") or _profile_api_url()
    if configured:
        if not _healthy(configured, timeout=5.0):
            raise ServeError(f"the Prefect server at PREFECT_API_URL={configured} does not answer")
        os.environ["PREFECT_API_URL"] = configured
        log(f"Using the Prefect server at {configured} (PREFECT_API_URL).")
        return None
    if port == 0:
        port = free_port()
    local_url = f"http://127.0.0.1:{port}/api"
    if not _port_free(port):
        if _healthy(local_url):
            os.environ["PREFECT_API_URL"] = local_url
            log(f"Using the Prefect server already running at {local_url}.")
            return None
        raise ServeError(f"port {port} is taken by something that is not a Prefect server; use --port N or --port 0")
    server = LocalServer(port)
    os.environ["PREFECT_API_URL"] = server.api_url
    return server


def start_server(server: LocalServer, log=print) -> None:
    home = os.environ.get("PREFECT_HOME")
    log(f"Starting a local Prefect server at http://127.0.0.1:{server.port} "
        f"(PREFECT_HOME={home}; log: {home}/server-{server.port}.log) ...", flush=True)
    started = time.monotonic()
    server.start()
    log(f"Prefect server up in {time.monotonic() - started:.0f} s; dashboard: http://127.0.0.1:{server.port}",
        flush=True)


def _profile_api_url() -> str | None:
    """PREFECT_API_URL from the active Prefect profile, without importing Prefect."""
    home = Path(os.environ.get("PREFECT_HOME", settings.PROJECT_ROOT / ".prefect"))
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml"))
    if not profiles.is_file():
        return None
    try:
        import tomllib

        data = tomllib.loads(profiles.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active", "ephemeral")
    value = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(value) if value else None


# ---------------------------------------------------------------- serve


@dataclass(frozen=True)
class ServeOptions:
    """How `indicators serve` schedules and runs the flow (its command-line options)."""
    cron: str | None = None                 # exactly one of cron and interval
    interval: float | None = None           # seconds
    timezone: str | None = None             # of the cron schedule
    wait_seconds: float = settings.LIMITS.lock_wait_seconds
    name: str | None = None                 # the deployment's name (default: from the warehouse path)
    port: int = DEFAULT_PORT                # of the local Prefect server, when serve starts one
    log_level: str = "INFO"
    dask_address: str | None = None


def serve(source: Path, warehouse: Path, options: ServeOptions) -> int:
    cron, interval, timezone = options.cron, options.interval, options.timezone
    wait_seconds, name, port = options.wait_seconds, options.name, options.port
    log_level, dask_address = options.log_level, options.dask_address
    if (cron is None) == (interval is None):
        raise ServeError("give exactly one schedule: --cron EXPR or --interval SECONDS")
    source, warehouse = source.resolve(), warehouse.resolve()
    from .pipeline import SourceFolderError, check_source

    try:
        check_source(source)
    except SourceFolderError as exc:
        raise ServeError(str(exc)) from None
    name = name or deployment_name(warehouse)

    server = choose_api(port)
    # Runs log what they read, skipped and loaded at INFO; a serve console
    # should show that (a one-off `indicators run` prints its own summary).
    os.environ["PREFECT_LOGGING_LEVEL"] = log_level.upper()
    validate_schedule(cron, interval, timezone)     # imports Prefect: only now that the API URL is set
    watch = ServerWatch(os.environ["PREFECT_API_URL"], server)
    # Stop cleanly on SIGTERM (systemd, docker stop, kill) as on Ctrl-C; and,
    # whatever happens to the server, within STOP_GRACE_SECONDS of either.
    signal.signal(signal.SIGTERM, watch.interrupt)
    signal.signal(signal.SIGINT, watch.interrupt)
    try:
        if server is not None:
            start_server(server)
        watch.start()
        from prefect.exceptions import TerminationSignal
        from prefect.runner import Runner

        from .flow import ingest_articles

        import logging

        # "N scheduled runs skipped (at capacity)" every poll while a run is
        # going is noise: limit=1 is on purpose.
        logging.getLogger("prefect.runner").addFilter(lambda r: "at capacity" not in r.getMessage())

        class _Runner(Runner):
            # Prefect's runner installs its own SIGTERM handler when it
            # starts; it stops gracefully through the API (pausing the
            # schedule, cancelling runs), which never returns once the
            # server is gone. The watch bounds that.
            def handle_sigterm(self, *args, **kwargs) -> None:
                watch.stopping("SIGTERM")
                if watch.gone is not None:
                    self.pause_on_shutdown = False   # nothing to pause on a server that is gone
                super().handle_sigterm(*args, **kwargs)

        schedule: dict = {"cron": cron} if cron else {"interval": interval}
        if cron and timezone:
            from prefect.schedules import Cron

            schedule = {"schedule": Cron(cron, timezone=timezone)}
        # What Flow.serve does, with the runner above.
        runner = _Runner(name=name, pause_on_shutdown=True, limit=1)
        try:
            runner.add_flow(
                ingest_articles,
                name=name,
                # dask_address is a parameter, not only this process's environment,
                # so the Prefect UI shows where a run extracted and a manual run
                # can override it.
                parameters={"source": str(source), "warehouse": str(warehouse), "wait_seconds": wait_seconds,
                            "dask_address": settings.dask_address(dask_address)},
                description=f"Ingest new or changed articles under {source} into {warehouse}.",
                tags=["indicator-warehouse"],
                **schedule,
            )
            when = f"cron {cron!r}" + (f" ({timezone})" if timezone else "") if cron else f"every {interval:g} s"
            print(f"Serving deployment ingest-articles/{name}: {source} -> {warehouse}, {when}. Ctrl-C stops.",
                  flush=True)
            asyncio.run(runner.start())
        except TerminationSignal:
            pass
        except Exception:
            # the runner's API calls fail once the server is gone: say that, not the HTTP error
            why = watch.gone or watch.check()
            if why is None:
                raise
            watch.gone = why or f"the Prefect server at {watch.api_url} does not answer"
    except (KeyboardInterrupt, SystemExit):
        pass   # Ctrl-C, SIGTERM (the runner's handler calls sys.exit(0) when it has nothing to stop)
    finally:
        watch.close()
        if server is not None:
            server.stop()
    if watch.gone is not None:
        print(f"indicators serve: stopped: {watch.gone}", file=sys.stderr, flush=True)
        return 1
    print("indicators serve: stopped", file=sys.stderr)
    return 0


# How often serve checks that its Prefect server is there; how long a server
# it did not start (PREFECT_API_URL) may fail to answer before serve gives
# up on it (a server restarted for maintenance comes back within that); how
# long a stop may take once asked for (SIGTERM, Ctrl-C, the server gone).
SERVER_CHECK_SECONDS = 5.0
SERVER_GONE_AFTER_SECONDS = 60.0
STOP_GRACE_SECONDS = 20.0
STOP_GRACE_SERVER_GONE_SECONDS = 5.0


class ServerWatch:
    """Serve's watchdog thread.

    * The Prefect server gone: the one serve started has exited, or the one
      at PREFECT_API_URL has not answered for SERVER_GONE_AFTER_SECONDS.
      Nothing can be scheduled or recorded any more, so serve says so and
      stops (exit code 1) instead of failing every scheduled run for ever.
    * A stop asked for (SIGTERM, SIGINT, or the server gone): Prefect's
      runner stops through its API, which hangs while the server is gone
      (it kept serve alive until SIGKILL). If serve is still here after the
      grace period, the watch ends its flow-run subprocesses and the process.
    """

    def __init__(self, api_url: str, server: LocalServer | None) -> None:
        self.api_url, self.server = api_url, server
        self.gone: str | None = None          # why the server is considered gone
        self._deadline: float | None = None
        self._reason = ""
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="serve-watch", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:   # once: a signal during the server's start-up may have started it
            self._thread.start()

    def close(self) -> None:
        self._closed.set()

    def interrupt(self, signum, frame) -> None:
        """SIGINT/SIGTERM handler (until Prefect's runner replaces the SIGTERM one)."""
        self.stopping(signal.Signals(signum).name)
        raise KeyboardInterrupt

    def stopping(self, reason: str) -> None:
        """A stop was asked for: it must be over within the grace period."""
        if self._deadline is None:
            grace = STOP_GRACE_SERVER_GONE_SECONDS if self.gone is not None else STOP_GRACE_SECONDS
            self._deadline, self._reason = time.monotonic() + grace, reason
            if not self._closed.is_set():
                self.start()   # a signal before the watch started (the server still starting)

    def check(self) -> str | None:
        """Why the server is gone, or None while it is there (one look)."""
        if self.server is not None:
            code = self.server.process.poll() if self.server.process is not None else None
            if code is not None:
                return (f"the Prefect server it started at {self.server.api_url} has exited (code {code}); "
                        f"see {self.server.log_path}")
            return None
        return None if _healthy(self.api_url, timeout=5.0) else ""

    def _run(self) -> None:
        silent_since: float | None = None
        while not self._closed.wait(SERVER_CHECK_SECONDS if self._deadline is None else 0.5):
            now = time.monotonic()
            if self._deadline is not None:
                if now >= self._deadline:
                    self._give_up()
                continue
            why = self.check()
            if why == "":   # the server at PREFECT_API_URL does not answer
                silent_since = silent_since or now
                if now - silent_since < SERVER_GONE_AFTER_SECONDS:
                    continue
                why = (f"the Prefect server at {self.api_url} has not answered for "
                       f"{now - silent_since:.0f} s")
            elif why is None:
                silent_since = None
                continue
            self.gone = why
            print(f"indicators serve: {why}; stopping", file=sys.stderr, flush=True)
            self.stopping("the server is gone")
            os.kill(os.getpid(), signal.SIGTERM)   # the runner's own stop first

    def _give_up(self) -> None:
        why = self.gone or f"{self._reason} received"
        print(f"indicators serve: did not stop cleanly within the grace period ({why}); "
              "ending its runs and exiting", file=sys.stderr, flush=True)
        for pid in _children(os.getpid()):
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        if self.server is not None:
            self.server.stop()
        sys.stderr.flush()
        os._exit(1 if self.gone is not None else 0)


def _children(pid: int) -> list[int]:
    """The direct child processes of `pid` (Linux /proc; [] elsewhere)."""
    out = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return out
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            out.append(int(entry))
    return out
