"""Superset really opens the warehouse: install, start, connect read-only, chart, probe.

    python3 scripts/superset_check.py [--warehouse FILE] [--fresh]

1. installs Superset and the DuckDB driver into their own environment
   (.venv-superset, from scripts/superset-requirements.txt; --fresh starts it anew);
2. starts Superset on 127.0.0.1 with a throw-away metadata database and admin;
3. adds the warehouse as a database the way docs/warehouse.md says: read-only,
   external access off, configuration locked;
4. creates a dataset on `yoy_metrics` and runs a chart-data request on it;
5. through SQL Lab, runs every view and the security probes (reading
   /etc/passwd, COPY ... TO, ATTACH, switching external access back on), which
   must all be refused. The database is created with DML allowed, so Superset
   lets the probes through and it is DuckDB that must refuse them;
6. prints what it saw and stops the server it started (its own process group only).

Exit 0 when every check passed. Needs the package registry for step 1 and
nothing else from the network. Not part of the test suite (it installs
Superset, ~2 minutes, and starts a server); its last output is in
docs/warehouse.md.
"""
from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

from isolated_env import EnvUnavailable, ensure_env, requirement_lines
from local_server import free_port, stop, wait_until_up

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "scripts" / "superset-requirements.txt"
# The same settings as indicator_warehouse.settings.READER_CONFIG; repeated
# here because this script runs outside the project's environment.
READER_CONFIG = {"enable_external_access": False, "lock_configuration": True}
VIEWS = ("observations", "targets", "indicator_series", "yoy_metrics", "growth_spans", "conflicts", "dim_date",
         "quarantine_summary")


class Client:
    """Superset's REST API with a bearer token."""

    def __init__(self, base: str) -> None:
        self.base, self.token = base, None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        request = urllib.request.Request(self.base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            text = exc.read().decode(errors="replace")
            try:
                return exc.code, json.loads(text)
            except json.JSONDecodeError:
                return exc.code, {"message": text[:300]}


def sql_lab(client: Client, database_id: int, sql: str) -> tuple[bool, str]:
    """(succeeded, rows or DuckDB's message) for one statement run in SQL Lab."""
    status, body = client.call("POST", "/api/v1/sqllab/execute/", {
        "database_id": database_id, "sql": sql, "schema": "main", "runAsync": False,
        "client_id": secrets.token_hex(5), "tab": "superset_check"})
    if status == 200 and body.get("status") == "success":
        return True, json.dumps(body.get("data"), default=str)
    errors = body.get("errors") or [{"message": body.get("message") or body.get("error") or body}]
    return False, " ".join(str(e.get("message", e)) for e in errors).splitlines()[0]


def check(warehouse: Path, bin_dir: Path, home: Path) -> list[str]:
    """Run every step against a started server; return the failures."""
    failures: list[str] = []
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, SUPERSET_CONFIG_PATH=str(home / "superset_config.py"), SUPERSET_HOME=str(home),
               FLASK_APP="superset", PYTHONWARNINGS="ignore")
    password = secrets.token_urlsafe(12)
    (home / "superset_config.py").write_text(
        f"SECRET_KEY = {secrets.token_urlsafe(32)!r}\n"
        f"SQLALCHEMY_DATABASE_URI = 'sqlite:///{home / 'superset.db'}'\n"
        "WTF_CSRF_ENABLED = False\n"          # the API is driven with a bearer token, not a browser form
        "TALISMAN_ENABLED = False\n"
        "SQLLAB_CTAS_NO_LIMIT = True\n")
    quiet = {"env": env, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    for step in (["db", "upgrade"],
                 ["fab", "create-admin", "--username", "admin", "--firstname", "a", "--lastname", "b",
                  "--email", "admin@localhost", "--password", password],
                 ["init"]):
        subprocess.run([str(bin_dir / "superset"), *step], **quiet)
    log = open(home / "server.log", "wb")
    server = subprocess.Popen([str(bin_dir / "superset"), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
                              env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until_up(base + "/health", server, timeout=180)
        print(f"superset {superset_version(bin_dir)} answering on {base} (pid {server.pid})")
        client = Client(base)
        status, body = client.call("POST", "/api/v1/security/login",
                                   {"username": "admin", "password": password, "provider": "db", "refresh": False})
        client.token = body.get("access_token")
        if not client.token:
            return [f"login failed: {status} {body}"]

        extra = {"engine_params": {"connect_args": {"read_only": True, "config": READER_CONFIG}}}
        status, body = client.call("POST", "/api/v1/database/", {
            "database_name": "indicators", "sqlalchemy_uri": f"duckdb:///{warehouse.resolve()}",
            "extra": json.dumps(extra), "expose_in_sqllab": True, "allow_dml": True})
        if status != 201:
            return [f"adding the database failed: {status} {body}"]
        database_id = body["id"]
        print(f"database {database_id}: duckdb:///{warehouse.resolve()} with {json.dumps(extra)}")

        status, body = client.call("POST", "/api/v1/dataset/",
                                   {"database": database_id, "schema": "main", "table_name": "yoy_metrics"})
        if status != 201:
            return failures + [f"creating the yoy_metrics dataset failed: {status} {body}"]
        dataset_id = body["id"]
        status, body = client.call("GET", f"/api/v1/dataset/{dataset_id}")
        columns = [c["column_name"] for c in body.get("result", {}).get("columns", [])]
        print(f"dataset {dataset_id} on yoy_metrics: {len(columns)} columns reflected "
              f"({', '.join(columns[:6])}, ...)")
        if "pct_change" not in columns:
            failures.append("the dataset's columns were not reflected")

        status, body = client.call("POST", "/api/v1/chart/data", {
            "datasource": {"id": dataset_id, "type": "table"},
            "queries": [{"columns": ["indicator"], "metrics": ["count"], "orderby": [["count", False]],
                         "row_limit": 5}],
            "result_format": "json", "result_type": "full"})
        if status != 200:
            failures.append(f"chart data request failed: {status} {body}")
        else:
            result = body["result"][0]
            print(f"chart data (rows per indicator, top 5): {json.dumps(result['data'])}")
            if not result["data"]:
                failures.append("the chart data request returned no rows")

        for view in VIEWS:
            ok, answer = sql_lab(client, database_id, f"SELECT count(*) AS n FROM {view}")
            print(f"SQL Lab  {'answered' if ok else 'FAILED  '}  SELECT count(*) FROM {view}: {answer}")
            if not ok:
                failures.append(f"view {view} did not answer: {answer}")

        target = home / "written-by-superset.csv"
        probes = {
            "read /etc/passwd": "SELECT * FROM read_text('/etc/passwd')",
            "write a file": f"COPY (SELECT 1 AS x) TO '{target}'",
            "attach a database": f"ATTACH '{home / 'other.duckdb'}' AS other",
            "external access on": "SET enable_external_access = true",
        }
        for what, sql in probes.items():
            ok, answer = sql_lab(client, database_id, sql)
            print(f"SQL Lab  {'ALLOWED ' if ok else 'refused '}  {what}: {sql}\n           -> {answer[:160]}")
            if ok:
                failures.append(f"probe '{what}' was allowed")
        if target.exists():
            failures.append(f"{target} was written")
    finally:
        stop(server)
        log.close()
        print(f"stopped superset (pid {server.pid})")
    return failures


def superset_version(bin_dir: Path) -> str:
    proc = subprocess.run([str(bin_dir / "python"), "-c",
                           "import importlib.metadata as m; print(m.version('apache-superset'), "
                           "'duckdb', m.version('duckdb'), 'duckdb-engine', m.version('duckdb-engine'), "
                           "'sqlalchemy', m.version('sqlalchemy'))"], capture_output=True, text=True)
    return proc.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, default=ROOT / "warehouse" / "indicators.duckdb")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv-superset")
    parser.add_argument("--fresh", action="store_true", help="reinstall Superset into a new environment")
    args = parser.parse_args(argv)
    if not args.warehouse.is_file():
        print(f"superset_check: no warehouse at {args.warehouse}; build it with `make run`", file=sys.stderr)
        return 2
    print(f"installing Superset into {args.venv} if it is not there yet (a few minutes) ...", flush=True)
    try:
        bin_dir = ensure_env(args.venv, requirement_lines(REQUIREMENTS), fresh=args.fresh)
    except EnvUnavailable as exc:
        print(f"superset_check: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="superset-check-") as home:
        try:
            failures = check(args.warehouse, bin_dir, Path(home))
        except subprocess.CalledProcessError as exc:
            failures = [f"{' '.join(map(str, exc.cmd[-2:]))} failed: "
                        f"{(exc.stderr or b'').decode(errors='replace').strip().splitlines()[-1:]}"]
        if failures:
            log = Path(home) / "server.log"
            if log.exists():
                print("--- last lines of the server log ---\n" + "\n".join(log.read_text(errors="replace").splitlines()[-25:]))
    for failure in failures:
        print(f"FAILED: {failure}")
    print("superset check: " + ("passed" if not failures else f"{len(failures)} failed"))
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
