"""A throw-away PostgreSQL cluster for the register's tests, when no server URL is given.

``initdb`` and ``pg_ctl`` (Debian keeps them in ``/usr/lib/postgresql/<version>/bin``) make a
cluster in a temporary folder that listens on a free loopback port with trust authentication;
it is stopped and removed when the test session ends. As root the server runs as ``postgres``
(PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from required_tools import require_tools

__all__ = ["postgres_cluster"]


def _bin_dir() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        found = shutil.which(name)
        if found and (Path(found).parent / "pg_ctl").exists():
            return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: [int(x) for x in p.parent.name.split(".") if x.isdigit()],
    )
    return versions[-1] if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(command: list[str], as_postgres: bool) -> None:
    if as_postgres:
        command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{c}'" for c in command)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """Start a cluster; yields its SQLAlchemy URL (``postgresql+psycopg://…``)."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        require_tools("initdb", "pg_ctl")  # fails with the install line
        raise AssertionError("unreachable")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="agreement-studio-pg-"))
    data, port = folder / "data", _free_port()
    if as_postgres:
        shutil.chown(folder, "postgres")
    _run(
        [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        as_postgres,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    _run(
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        as_postgres,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            _run([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], as_postgres)
        shutil.rmtree(folder, ignore_errors=True)
