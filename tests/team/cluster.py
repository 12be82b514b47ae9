"""A throwaway PostgreSQL cluster for the team-mode tests: initdb in a temporary folder,
loopback TCP only, password authentication, torn down at the end of the session.

PostgreSQL refuses to run as root, so under root (CI) the server runs as the `postgres`
user through `runuser`. Durability settings are off: the cluster lives for one test run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = "super-secret-for-tests"
APP_USER = "workstation"
APP_PASSWORD = "team-secret-for-tests"
TEMPLATE_DATABASE = "workstation_template"


class ClusterUnavailable(Exception):
    """Why no cluster can be started here (the tests are skipped with this reason)."""


def server_bin_dir() -> Path | None:
    """The newest installed PostgreSQL server binaries (Debian layout or PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    run_as: list[str]
    bin_dir: Path

    def url(self, database: str, *, user: str = APP_USER, password: str | None = APP_PASSWORD) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def admin_conninfo(self, database: str = "postgres") -> str:
        return (f"host=127.0.0.1 port={self.port} dbname={database} user=postgres "
                f"password={SUPERUSER_PASSWORD}")

    def create_database(self, name: str, *, template: str = TEMPLATE_DATABASE) -> None:
        """An empty database owned by the app user, with `unaccent` installed (installs need a
        superuser). Copied from the cluster's template, which already has the extension: one
        connection per test instead of two (team tests create ~140 of them per run)."""
        import psycopg

        with psycopg.connect(self.admin_conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" OWNER {APP_USER}')  # type: ignore[arg-type]
            if template != TEMPLATE_DATABASE:
                with psycopg.connect(self.admin_conninfo(name), autocommit=True) as db:
                    db.execute("CREATE EXTENSION IF NOT EXISTS unaccent")

    def create_template(self) -> None:
        """The template every test database copies: template1 plus `unaccent`."""
        self.create_database(TEMPLATE_DATABASE, template="template1")

    def stop(self) -> None:
        subprocess.run([*self.run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                        "-m", "immediate", "-w", "stop"], capture_output=True, check=False, timeout=60)


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        raise ClusterUnavailable("running as root without `runuser` to start PostgreSQL as another user")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        raise ClusterUnavailable("running as root and there is no `postgres` user to run the server") from None
    return ["runuser", "-u", "postgres", "--"]


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    bin_dir = server_bin_dir()
    if bin_dir is None:
        raise ClusterUnavailable("no PostgreSQL server binaries (install Debian's `postgresql` package)")
    run_as = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="workstation-pg-"))
    if run_as:
        shutil.chown(folder, "postgres")
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if run_as:
        shutil.chown(pwfile, "postgres")
    cluster = Cluster(folder, _free_port(), run_as, bin_dir)
    data = folder / "data"
    try:
        subprocess.run([*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--pwfile", str(pwfile),
                        "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       capture_output=True, check=True, timeout=120)
        options = (f"-c listen_addresses=127.0.0.1 -c port={cluster.port} -c unix_socket_directories={folder} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(folder / "server.log"), "-w", "-t", "60", "start"],
                       capture_output=True, check=True, timeout=90)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterUnavailable(f"PostgreSQL could not start: {detail.decode(errors='replace')[-300:] or exc}") from None
    try:
        import psycopg

        with psycopg.connect(cluster.admin_conninfo(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {APP_USER} LOGIN PASSWORD '{APP_PASSWORD}'")  # type: ignore[arg-type]
        cluster.create_template()
        yield cluster
    finally:
        cluster.stop()
        _remove_in_background(folder)


def _remove_in_background(folder: Path) -> None:
    """Delete the cluster's folder without making the last test wait for it.

    A session's cluster holds a database per team test (over a gigabyte of small files); on
    the loaded CI machine removing it took longer than pytest-timeout's 120 s, and the timeout
    was charged to whichever test happened to tear the session down. `rm` runs detached, so
    the folder still goes away (the server is already stopped, nothing writes to it)."""
    try:
        subprocess.Popen(["rm", "-rf", "--", str(folder)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
