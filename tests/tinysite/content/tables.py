"""The fixture site's tables: none."""

from __future__ import annotations

from scripts.model import Table, find

TABLES: tuple[Table, ...] = ()
TITLES: dict[str, str] = {}


def named(name: str) -> Table:
    return find(TABLES, name, "table")
