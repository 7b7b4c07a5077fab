"""The textbook implementations, kept to demonstrate how they fail.

The package itself never calls them; the site's build and `benchmarks/bench_core.py` use them
as the contrast to `sigmoid_core`'s functions.

* `sigmoid_math_loop` raises OverflowError for any x below about -709.78, where
  ``math.exp(-x)`` exceeds the largest float.
* `sigmoid_naive` makes numpy overflow ``np.exp(-x)`` to inf there: it emits
  ``RuntimeWarning: overflow encountered in exp`` and returns 0 where the true value is a
  subnormal number (x between -745.13 and -709.78).
* `sigmoid_derivative_naive` computes ``s * (1 - s)``, which is exactly 0 once ``s`` has
  rounded to 1 (x above about 36.7 in float64, 16.6 in float32).

Use the functions of `sigmoid_core` instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["sigmoid_derivative_naive", "sigmoid_math_loop", "sigmoid_naive"]


def sigmoid_math_loop(xs: Iterable[float]) -> list[float]:
    """``1 / (1 + math.exp(-x))`` for each x, in a Python loop.

    Raises:
        OverflowError: for x < -709.78, from ``math.exp``.
    """
    return [1.0 / (1.0 + math.exp(-x)) for x in xs]


def sigmoid_naive(x: ArrayLike) -> NDArray[np.floating]:
    """``1 / (1 + np.exp(-x))``: warns on overflow and flushes the subnormal tail to 0."""
    return 1.0 / (1.0 + np.exp(-np.asarray(x)))


def sigmoid_derivative_naive(x: ArrayLike) -> NDArray[np.floating]:
    """``s * (1 - s)`` with ``s = sigmoid_naive(x)``: exactly 0 once ``s`` rounds to 1."""
    s = sigmoid_naive(x)
    return s * (1.0 - s)
