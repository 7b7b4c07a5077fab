"""The fixture site's declared numbers: none but the digits every page may use."""

from __future__ import annotations

from scripts.model import Definition

FORMULA_DIGITS = frozenset("0123456789")
PROSE_DIGITS = frozenset("012")
DEFINITIONS: tuple[Definition, ...] = (Definition("page.md", "8", "the figure's x range"),)
