"""The phrasebook of the Chinese edition: for each page, a module whose ``PHRASES`` maps the
English texts of the page's declarations (its claims, and the words of the figures and tables
it places) to the Chinese text its Chinese page shows. See scripts/checks/translations.py."""

from __future__ import annotations

import functools
import importlib

PAGES = (
    "activations",
    "api",
    "derivative",
    "glossary",
    "index",
    "logistic",
    "neural_networks",
    "numerical_derivatives",
    "python",
    "sigmoid",
    "tables",
    "tanh",
)


@functools.cache
def phrases() -> dict[str, str]:
    """Every page's phrases in one mapping; ValueError if two pages translate one English text
    differently (a figure or table on two pages has one translation)."""
    merged: dict[str, str] = {}
    for page in PAGES:
        for english, chinese in importlib.import_module(f".{page}", __name__).PHRASES.items():
            if merged.get(english, chinese) != chinese:
                raise ValueError(
                    f"scripts/content/zh/{page}.py translates {english!r} differently from "
                    "another page"
                )
            merged[english] = chinese
    return merged
