"""Accuracy against mpmath, measured in ulps over the whole float range.

The sweep covers every decade of |x| from the smallest normal number to the largest finite one
on both signs, the subnormal tail of the sigmoid, and a dense band in [-40, 40]; logit gets the
matching sweep of probabilities. The sweeps and mpmath's values on them are committed data
(tests/reference.py says how they are made, and `python -m tests.reference --write` makes
them again). Budgets are the largest error allowed anywhere in the sweep. They may only ever
be tightened.
"""

from __future__ import annotations

import numpy as np
import pytest

import sigmoid_core
from tests import reference
from tests.conftest import ulp_distance

# Largest error in ulps of the result's dtype over the sweep, (float64, float32, long double).
# The first limits were 2 ulp for sigmoid, log_sigmoid and logit and 4 ulp for both derivatives;
# these are tightened to the maxima measured when they were last changed. float32 inputs are
# evaluated in float64 and rounded once, so they are correctly rounded in all but
# double-rounding cases. Long double is evaluated in long double with the same formulas; its
# budgets are the maxima measured against mpmath on x86-64 (80-bit extended, 64-bit mantissa),
# where glibc's expl and log1pl are a little less accurate than numpy's float64 exp and log1p.
MAX_ULP = {
    "sigmoid": (2, 1, 2),
    "log_sigmoid": (1, 1, 3),
    "softplus": (1, 1, 3),
    "logit": (1, 1, 3),
    "sigmoid_derivative": (3, 1, 3),
    "sigmoid_second_derivative": (3, 1, 3),
    "tanh_derivative": (3, 1, 3),
}

DTYPES = reference.DTYPES


def x_sweep(dtype: type) -> np.ndarray:
    """Inputs: every decade of |x| on both signs, the subnormal tail, a dense [-40, 40] and
    random points between (tests/reference.py: make_x_sweep)."""
    return reference.sweep("x", dtype)


def p_sweep(dtype: type) -> np.ndarray:
    """Probabilities for logit: tiny ones, a dense [0, 1], 1 - 2^-k up to the last one below 1
    (tests/reference.py: make_p_sweep)."""
    return reference.sweep("p", dtype)


def expected(name: str, dtype: type) -> np.ndarray:
    """mpmath's values on the sweep, rounded once to ``dtype``: committed data
    (tests/reference_values.npz) where this machine's ``dtype`` is the format it was made for."""
    return reference.expected(name, dtype)


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("name", sorted(MAX_ULP))
def test_within_ulp_budget(name: str, dtype: type) -> None:
    xs = p_sweep(dtype) if name == "logit" else x_sweep(dtype)
    actual = getattr(sigmoid_core, name)(xs)
    assert actual.dtype == np.dtype(dtype)
    errors = ulp_distance(actual, expected(name, dtype))
    worst = int(np.argmax(errors))
    budget = MAX_ULP[name][DTYPES.index(dtype)]
    assert errors[worst] <= budget, (
        f"{name}({xs[worst]!r}) = {actual[worst]!r}, reference {expected(name, dtype)[worst]!r}: "
        f"{errors[worst]} ulp > {budget}"
    )


# SiLU and its derivative get an absolute budget in units of eps (scaled by |result| above 1):
# SiLU' has a root near x = -1.2785 where no relative budget can hold (1 + x sigma(-x) cancels),
# and x sigma(x) inherits the few significant bits sigma(x) has where it is subnormal.
MAX_ABSOLUTE_EPS = {"silu": 2, "silu_derivative": 4}


@pytest.mark.parametrize("dtype", DTYPES, ids=lambda d: np.dtype(d).name)
@pytest.mark.parametrize("name", sorted(MAX_ABSOLUTE_EPS))
def test_within_absolute_budget(name: str, dtype: type) -> None:
    xs = x_sweep(dtype)
    actual = getattr(sigmoid_core, name)(xs).astype(np.longdouble)  # wide enough for any dtype
    reference_values = expected(name, dtype).astype(np.longdouble)
    finite = np.isfinite(reference_values)
    assert np.array_equal(actual[~finite], reference_values[~finite])
    scale = np.maximum(1.0, np.abs(reference_values[finite]))
    errors = np.abs(actual[finite] - reference_values[finite]) / scale / np.finfo(dtype).eps
    assert errors.max() <= MAX_ABSOLUTE_EPS[name], (name, xs[finite][np.argmax(errors)])


def test_sweep_reaches_the_subnormal_tail() -> None:
    """The sweep is only as good as its coverage: sigma must take subnormal values in it."""
    for dtype in DTYPES:
        values = expected("sigmoid", dtype)
        subnormal = (values > 0) & (values < np.finfo(dtype).smallest_normal)
        assert subnormal.sum() > 100, dtype


def test_ulp_distance_counts_representable_numbers() -> None:
    one = np.array([1.0])
    assert ulp_distance(np.nextafter(one, 2.0), one)[0] == 1
    assert ulp_distance(np.array([-0.0]), np.array([0.0]))[0] == 0
    tiny = np.array([np.finfo(np.float64).smallest_subnormal])
    assert ulp_distance(tiny, -tiny)[0] == 2
    assert ulp_distance(np.array([np.nan]), one)[0] == np.inf


def test_every_float16_within_one_ulp() -> None:
    """float16 is small enough to check every value: each result is within 1 ulp of a float64
    reference from SciPy rounded to float16 (float16 is evaluated in float64 and rounded once,
    so only double rounding can make it differ from the correctly rounded value)."""
    from scipy import special

    bits = np.arange(-(2**15), 2**15, dtype=np.int32).astype(np.int16)
    x = bits.view(np.float16)
    x = x[np.isfinite(x)]
    wide = x.astype(np.float64)
    references = {
        "sigmoid": special.expit(wide),
        "log_sigmoid": special.log_expit(wide),
        "softplus": -special.log_expit(-wide),
        "sigmoid_derivative": special.expit(wide) * special.expit(-wide),
    }
    for name, reference_values in references.items():
        errors = ulp_distance(getattr(sigmoid_core, name)(x), reference_values.astype(np.float16))
        assert errors.max() <= 1, (name, x[np.argmax(errors)])
    p = x[(x >= 0) & (x <= 1)]
    errors = ulp_distance(
        sigmoid_core.logit(p), special.logit(p.astype(np.float64)).astype(np.float16)
    )
    assert errors.max() <= 1, p[np.argmax(errors)]
