"""A register file with a broken table, for the tests of how damage is named (no tests here)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agreement_studio.agreement import example_agreement
from agreement_studio.register import open_register


def damaged_register(path: Path, table: str = "parties") -> list[str]:
    """Three agreements, then ``table``'s root b-tree page overwritten; returns their IDs."""
    with open_register(path) as register:
        ids = [register.add_draft(example_agreement(parties=3), prepare=False) for _ in range(3)]
        with register.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = sqlite3.connect(path)
    root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\x0d\xff\xff\xff\xff\xff\xff\xff")
    return ids
