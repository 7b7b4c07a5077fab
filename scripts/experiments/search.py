"""Finding where a function does something, numerically: the first float at which a predicate
holds (a bisection on the floats themselves), a function's extremes on a dense grid, and an
identity tested on a dense grid. The other modules of the package search with these."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from scripts.model import ArrayFunction

# a test of one float: a comparison of numpy scalars, or of the one element of an array (the
# core's functions are typed as returning arrays, for a scalar too), whose truth is taken
Predicate = Callable[[np.floating], bool | np.bool | NDArray[np.bool]]


def first_x_where(
    predicate: Predicate, low: float, high: float, dtype: type[np.floating] = np.float64
) -> float:
    """The smallest float x of ``dtype`` in (low, high] with predicate(x), by bisection on floats;
    predicate must be False at low, True at high and switch once."""
    lo, hi = dtype(low), dtype(high)
    while True:
        mid = dtype((float(lo) + float(hi)) / 2)
        if mid in (lo, hi):
            return float(hi)
        lo, hi = (lo, mid) if predicate(mid) else (mid, hi)


GRID_EDGE = 20.0  # grid_max and grid_argmax search [-GRID_EDGE, GRID_EDGE]


def grid_max(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    return float(np.max(function(np.linspace(low, high, 400_001))))


def grid_argmax(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    x = np.linspace(low, high, 400_001)
    return float(x[np.argmax(function(x))])


def grid_argmin(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    x = np.linspace(low, high, 400_001)
    return float(x[np.argmin(function(x))])


def grid_min(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    return float(np.min(function(np.linspace(low, high, 400_001))))


def holds_on_grid(
    lhs: ArrayFunction, rhs: ArrayFunction, tolerance: float, low: float = -40.0, high: float = 40.0
) -> bool:
    """lhs(x) = rhs(x) within ``tolerance`` (absolute, relative beyond 1) on a dense grid."""
    x = np.linspace(low, high, 160_001)
    left, right = lhs(x), rhs(x)
    return bool(np.all(np.abs(left - right) <= tolerance * np.maximum(1.0, np.abs(right))))
