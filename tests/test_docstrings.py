"""The Examples in sigmoid_core's docstrings run and print what they say (they reach the site
through the API reference page)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

import griffe
import numpy as np
import pytest
from numpy.typing import ArrayLike

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


# the functions of numpy that differ from one machine to the next: each is the C library's,
# or numpy's own SIMD loop where the CPU has one (AVX-512 on x86); none is correctly rounded,
# so two machines can return neighbouring floats for the same input
LIBRARY_FUNCTIONS = ("exp", "expm1", "log", "log1p", "tanh")


def one_ulp_off(function: np.ufunc, toward: float) -> Callable[..., Any]:
    """``function`` with each result moved one float ``toward`` +inf or -inf, as another
    library's might be; not where every library is exact: a zero input (exp(0) = 1, expm1,
    log1p and tanh of 0 are 0), a zero or infinite result."""

    def nudged(x: ArrayLike, /, out: np.ndarray | None = None, **kwargs: Any) -> Any:
        given = np.array(x, dtype=float, copy=True)  # before an in-place call overwrites it
        result = function(x, out=out, **kwargs)
        values = np.array(result, copy=True)
        moved = np.isfinite(values) & (values != 0) & (given != 0)
        values[moved] = np.nextafter(values[moved], toward)
        if out is None:
            return values[()]  # a numpy scalar for a scalar input, as the ufunc returns
        out[...] = values
        return out

    return nudged


@pytest.mark.parametrize("toward", [np.inf, -np.inf], ids=["up", "down"])
@pytest.mark.parametrize("module_name", MODULES)
def test_examples_print_the_same_when_the_library_rounds_another_way(
    module_name: str, toward: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An example prints what holds on every machine (a value to the digits that hold within
    the error budget, or a comparison), not the last digit this machine's exp gives: with each
    of numpy's library functions one float off, every example still prints what it says."""
    for name in LIBRARY_FUNCTIONS:
        monkeypatch.setattr(np, name, one_ulp_off(getattr(np, name), toward))
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
