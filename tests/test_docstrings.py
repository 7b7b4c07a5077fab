"""The Examples in sigmoid_core's docstrings run and print what they say (they reach the site
through the API reference page)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import griffe
import pytest

import sigmoid_core
from tests.conftest import ROOT

MODULES = ["sigmoid_core"] + [
    f"sigmoid_core.{m.name}" for m in pkgutil.iter_modules(sigmoid_core.__path__)
]


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    failures, _ = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert failures == 0


def test_examples_exist_for_the_main_functions() -> None:
    finder = doctest.DocTestFinder()
    for name in ("sigmoid", "sigmoid_derivative", "log_sigmoid", "logit", "softplus"):
        tests = finder.find(getattr(sigmoid_core, name))
        assert sum(len(t.examples) for t in tests) >= 1, name


def test_each_function_s_docstring_parses_as_the_api_page_shows_it() -> None:
    """As mkdocstrings reads them (griffe, Google style): one return value per function (a
    line of its description at the section's indentation would start a second one), and
    each parameter described is one the function takes."""
    package = griffe.load("sigmoid_core", search_paths=[str(ROOT)], docstring_parser="google")
    checked = 0
    for name in sigmoid_core.__all__:
        function = package[name]
        if function.docstring is None:
            continue
        sections = {s.kind.value: s.value for s in function.docstring.parse("google")}
        takes = {p.name for p in function.parameters}
        assert {p.name for p in sections.get("parameters", [])} <= takes, name
        assert len(sections.get("returns", [None])) == 1, (name, sections["returns"])
        checked += 1
    assert checked >= 20
