"""Derivatives computed numerically (the numerical-derivatives page): the errors of forward and
central differences over a grid of steps, where the page's own dual-number code overflows, and
where SymPy's sigma', lambdified to numpy, returns 0 and NaN."""

from __future__ import annotations

import contextlib
import functools
import io
import math
from collections.abc import Callable
from typing import Any

import numpy as np

import sigmoid_core as sc
from scripts import markdown_parts
from scripts.cache import DOCS

from .search import first_x_where

FD_STEPS = np.logspace(-16, -1, 301)  # the steps h tried: 20 a decade, a definition
TINY_STEP = 1e-13  # the numerical-derivatives page's pitfall: a step far too small, on FD_STEPS


def finite_difference_errors(method: Callable[..., np.ndarray], x: float = 1.0) -> np.ndarray:
    return np.abs(method(sc.sigmoid, x, FD_STEPS) - sc.sigmoid_derivative(x))


def step_error(method: Callable[..., np.ndarray], h: float) -> float:
    """The error of ``method`` at 1 with the step ``h``, which must be one of FD_STEPS."""
    i = int(np.argmin(np.abs(FD_STEPS - h)))
    if not np.isclose(FD_STEPS[i], h):
        raise ValueError(f"the step {h} is not on FD_STEPS")
    return float(finite_difference_errors(method)[i])


@functools.cache
def best_step(method_name: str) -> tuple[float, float]:
    """The step with the smallest error on the FD_STEPS grid, and that error."""
    errors = finite_difference_errors(getattr(sc, method_name))
    i = int(np.nanargmin(errors))  # NaN where x + h rounds to x
    return float(FD_STEPS[i]), float(errors[i])


def finite_difference_rows() -> list[tuple[float, float, float]]:
    exact = float(sc.sigmoid_derivative(1.0))
    return [
        (
            h,
            abs(float(sc.forward_difference(sc.sigmoid, 1.0, h)) - exact),
            abs(float(sc.central_difference(sc.sigmoid, 1.0, h)) - exact),
        )
        for h in (1e-1, 1e-2, 1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12, 1e-13)
    ]


@functools.cache
def dual_number_overflow() -> float:
    """Where the numerical-derivatives page's own dual-number code starts raising
    OverflowError, found by bisection: its Dual class and sigmoid are taken from the page's
    first Python block that defines Dual and run as they stand (their printout discarded)."""
    page = (DOCS / "numerical-derivatives.md").read_text(encoding="utf-8")
    code = next(
        fence.body
        for fence in markdown_parts.of_kind(page, markdown_parts.FENCE)
        if fence.info.startswith("python") and "class Dual" in fence.body
    )
    namespace: dict[str, Any] = {}  # what the page's code defines: its Dual and sigmoid
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)  # noqa: S102 - the page's own example, run as the page runs it
    dual, sigmoid = namespace["Dual"], namespace["sigmoid"]

    def fails(x: np.floating) -> bool:
        try:
            sigmoid(dual(float(x), 1.0))
        except OverflowError:
            return True
        return False

    return -first_x_where(lambda t: fails(-t), 1.0, 700.0)


def lambdified_derivative_failures() -> dict[str, float]:
    """Where SymPy's sigma', lambdified to numpy as written (e^-x / (1 + e^-x)^2), returns 0
    (the squared denominator overflows) and NaN (inf / inf), found by bisection."""
    import sympy as sp

    from scripts.symbolic import SIGMA, X

    fast = sp.lambdify(X, sp.diff(SIGMA, X), modules="numpy")

    def value(x: float | np.floating) -> float:
        with np.errstate(over="ignore", invalid="ignore"):
            return float(fast(np.float64(x)))

    return {
        "zero_below": -first_x_where(lambda t: value(-t) == 0, 1.0, 700.0),
        "nan_below": -first_x_where(lambda t: math.isnan(value(-t)), 1.0, 1000.0),
    }
