"""The Examples in sigmoid_core's docstrings run and print what they say (they reach the site
through the API reference page)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import sigmoid_core

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
