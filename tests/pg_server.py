"""A throwaway PostgreSQL server for the tests: its own cluster in a temp dir, on loopback.

`PgServer.start()` runs initdb and pg_ctl from the Debian package (`/usr/lib/postgresql/N/bin`,
which is not on PATH) or from PATH. PostgreSQL refuses to run as root, so under root both run
as the unprivileged `postgres` system user that the Debian package creates (via `runuser`).

The cluster is set up the way a shop's server is: TCP connections need a password
(scram-sha-256), and the program logs in as an ordinary role (`garagedesk`) that owns its
database but is not a superuser. The superuser `postgres` is reached only over the cluster's own
unix socket (trust), for CREATE/DROP DATABASE between tests. Durability is switched off
(fsync, synchronous_commit, full_page_writes): the cluster lives only as long as the test run.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

APP_ROLE = "garagedesk"
SUPERUSER = "postgres"
SERVICE_USER = "postgres"  # the system user that runs the server when we are root
START_TIMEOUT_S = 60
ROOT_PREFIX = "garagedesk-pg-"
OWNER_FILE = "owner.pid"  # the test process that started the cluster


class PgUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says what to install."""


class PgStartFailed(RuntimeError):
    """The server is installed but would not start: a real failure, with the server's log."""


def find_bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: $GARAGEDESK_PG_BIN, PATH, or Debian's newest version."""
    override = os.environ.get("GARAGEDESK_PG_BIN")
    if override:
        return Path(override) if (Path(override) / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    found = []
    for candidate in Path("/usr/lib/postgresql").glob("*/bin"):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            with contextlib.suppress(ValueError):
                found.append((int(candidate.parent.name), candidate))
    return max(found)[1] if found else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _reap_orphans(bin_dir: Path) -> None:
    """Stop the servers of earlier test runs that were killed before they could stop them
    (each cluster's folder names the test process that started it)."""
    for root in Path(tempfile.gettempdir()).glob(ROOT_PREFIX + "*"):
        try:
            owner = int((root / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if _alive(owner):
            continue
        if (root / "data" / "postmaster.pid").exists():
            run_as = ["runuser", "-u", SERVICE_USER, "--"] if os.geteuid() == 0 else []
            subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(root / "data"),
                            "-m", "immediate", "-w", "stop"], capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin_dir: Path
    root: Path
    port: int = 0
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    version: str = ""
    _run_as: list[str] = field(default_factory=list)
    _running: bool = False

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    # -- life cycle ---------------------------------------------------------------------------

    @classmethod
    def start(cls) -> PgServer:
        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise PgUnavailable(
                "PostgreSQL server binaries (initdb, pg_ctl) not found; on Debian: "
                "apt-get install postgresql (or set GARAGEDESK_PG_BIN)"
            )
        run_as: list[str] = []
        _reap_orphans(bin_dir)
        root = Path(tempfile.mkdtemp(prefix=ROOT_PREFIX))
        (root / OWNER_FILE).write_text(str(os.getpid()))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam(SERVICE_USER)
            except KeyError:
                shutil.rmtree(root, ignore_errors=True)
                raise PgUnavailable(
                    f"running as root and there is no '{SERVICE_USER}' system user to run "
                    "PostgreSQL as (the Debian package creates it)"
                ) from None
            os.chown(root, user.pw_uid, user.pw_gid)
            run_as = ["runuser", "-u", SERVICE_USER, "--"]
        server = cls(bin_dir, root, _run_as=run_as)
        atexit.register(server.stop)  # also when the session is interrupted
        server._init_cluster()
        for attempt in range(3):  # a free port can be taken between choosing and binding it
            server.port = _free_port()
            try:
                server._pg_ctl_start()
                break
            except PgStartFailed:
                if attempt == 2 or "could not bind" not in server.log_text():
                    raise
        server._create_app_role()
        return server

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [*self._run_as, *args]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, check=False)
        if check and proc.returncode != 0:
            raise PgStartFailed(
                f"{' '.join(args[:2])} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
                f"\n{self.log_text()}"
            )
        return proc

    def _init_cluster(self) -> None:
        # The superuser logs in over the unix socket only (trust); TCP always asks a password.
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER,
            "--encoding=UTF8", "--locale=C.UTF-8", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--no-sync", "--no-instructions",
        )
        self.version = (self.data_dir / "PG_VERSION").read_text().strip()

    def _pg_ctl_start(self) -> None:
        options = " ".join([
            f"-p {self.port}", f"-k {self.socket_dir}", "-c listen_addresses=127.0.0.1",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
            "-c max_connections=50", "-c shared_buffers=32MB",
        ])
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-l", str(self.log_file),
            "-w", "-t", str(START_TIMEOUT_S), "-o", options, "start",
        )
        self._running = True

    def stop(self) -> None:
        if self._running:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate",
                      "-w", "stop", check=False)
            self._running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    # -- administration (superuser over the unix socket) --------------------------------------

    def admin_connect(self, dbname: str = "postgres") -> Any:
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname=dbname,
            autocommit=True,
        )

    def admin(self, sql: str, dbname: str = "postgres") -> list[tuple[Any, ...]]:
        with self.admin_connect(dbname) as conn, conn.cursor() as cur:
            cur.execute(sql.encode())  # bytes: trusted text from this module, not user input
            return cur.fetchall() if cur.description else []

    def _create_app_role(self) -> None:
        from psycopg import sql

        with self.admin_connect() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(APP_ROLE), sql.Literal(self.password)))

    def create_database(self, name: str, template: str = "template1",
                        icu_locale: str | None = None) -> None:
        """A new database owned by the program's role, copied from `template`; with
        `icu_locale` (e.g. "zh-CN") an empty one whose default collation is that locale's."""
        _check_name(name)
        _check_name(template)
        if icu_locale is None:
            self.admin(f'CREATE DATABASE "{name}" OWNER {APP_ROLE} TEMPLATE "{template}"')
            return
        if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", icu_locale):
            raise ValueError(f"not an ICU locale: {icu_locale!r}")
        self.admin(f'CREATE DATABASE "{name}" OWNER {APP_ROLE} TEMPLATE template0 '
                   f"LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'")

    def drop_database(self, name: str) -> None:
        _check_name(name)
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def mark_template(self, name: str) -> None:
        _check_name(name)
        self.admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')

    # -- what the program is given ------------------------------------------------------------

    def url(self, database: str, *, password: bool = True, user: str = APP_ROLE) -> URL:
        """How a workstation names this server: TCP on loopback, the program's role."""
        return URL.create(
            "postgresql+psycopg", username=user,
            password=self.password if password else None,
            host="127.0.0.1", port=self.port, database=database,
        )


def _check_name(name: str) -> None:
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise ValueError(f"not a plain database name: {name!r}")


def wait_until(predicate: Any, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False
