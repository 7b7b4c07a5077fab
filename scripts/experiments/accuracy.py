"""Rounding errors measured against mpmath at 40 digits (the Python page): the share of sigmoid's
results that are correctly rounded and their errors in ulps, the error constant of np.exp,
logit's condition number, sigma' in float32 against the exact value, and sigmoid against
scipy.special.expit."""

from __future__ import annotations

import functools
import math
from typing import TypedDict

import mpmath
import numpy as np

import sigmoid_core as sc

from . import DATA_SEED
from .floats import UNIT_ROUNDOFF


@functools.cache
def correctly_rounded_share(count: int = 5000) -> float:
    """The share of float64 sigmoid(x) that are the float nearest the exact value, for x
    uniform in [-40, 40] (fixed seed), against mpmath at 40 digits."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    with mpmath.workdps(40):
        exact = np.array([float(1 / (1 + mpmath.exp(-mpmath.mpf(v)))) for v in map(float, x)])
    return float(np.mean(sc.sigmoid(x) == exact))


@functools.cache
def sigmoid_ulp_errors(count: int = 5000) -> np.ndarray:
    """|sigmoid(x) - sigma(x)| in ulps of the exact value, for x uniform in [-40, 40] (the sample
    of correctly_rounded_share), against mpmath at 40 digits."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    with mpmath.workdps(40):
        exact = [1 / (1 + mpmath.exp(-mpmath.mpf(v))) for v in map(float, x)]
        return np.array(
            [
                float(abs(mpmath.mpf(float(c)) - e) / np.spacing(float(e)))
                for c, e in zip(sc.sigmoid(x), exact, strict=True)
            ]
        )


@functools.cache
def exp_error_units(count: int = 5000) -> float:
    """The largest relative error of np.exp, in units of u, for x uniform in [-40, 40] (fixed
    seed), against mpmath at 40 digits: the constant c of |delta_0| <= c u, on this machine."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    computed = np.exp(x)
    with mpmath.workdps(40):
        errors = []
        for v, c in zip(map(float, x), map(float, computed), strict=True):
            exact = mpmath.exp(mpmath.mpf(v))
            errors.append(abs((mpmath.mpf(c) - exact) / exact))
        return float(max(errors)) / UNIT_ROUNDOFF


LOGIT_EXAMPLE = 0.999999  # the probability of the Python page's conditioning example


def logit_condition(p: float) -> float:
    """The relative condition number of logit at p: 1 / ((1 - p) |logit p|)."""
    return 1.0 / ((1.0 - p) * abs(math.log(p / (1.0 - p))))


def exact_sigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """sigma'(x) from mpmath at 40 digits, rounded to float64: the reference for error plots."""
    with mpmath.workdps(40):
        return np.array([float(mpmath.exp(-v) / (1 + mpmath.exp(-v)) ** 2) for v in map(float, x)])


def relative_error(values: np.ndarray, exact: np.ndarray, floor: float) -> np.ndarray:
    """|values - exact| / exact, drawn at ``floor`` where it is smaller (log axes cannot show 0)."""
    error = np.abs(values.astype(np.float64) - exact) / exact
    return np.maximum(error, floor)


@functools.cache
def float32_unrounded_error() -> tuple[float, float]:
    """The largest relative error of sigmoid_derivative on the float32 figure's grid when the
    reference is taken at the unrounded float64 grid point (mostly the rounding of x), and
    where."""
    x = np.linspace(0.0, 20.0, 901)
    exact = exact_sigmoid_derivative(x)
    computed = sc.sigmoid_derivative(x.astype(np.float32)).astype(np.float64)
    error = np.abs(computed - exact) / exact
    i = int(np.argmax(error))
    return float(error[i]), float(x[i])


EXPIT_SAMPLE = 200_000  # random inputs on which sigmoid is compared with expit
EXPIT_RANGE = (-709.0, 745.0)  # from the clip of sigmoid's exp to the saturation near +745


class ExpitComparison(TypedDict):
    """What `expit_comparison` returns."""

    identical_share: float
    max_ulps: float
    expit_is_libm_steps: bool


@functools.cache
def expit_comparison() -> ExpitComparison:
    """sigmoid against scipy.special.expit on random x in EXPIT_RANGE (fixed seed): the share of
    identical results, the largest difference in ulps of expit's result, and whether expit is
    the same three steps with the C library's exp (math.exp) on every sample point."""
    from scipy.special import expit

    x = np.random.default_rng(DATA_SEED).uniform(*EXPIT_RANGE, EXPIT_SAMPLE)
    ours, theirs = sc.sigmoid(x), expit(x)
    libm = np.array([1.0 / (1.0 + math.exp(-v)) for v in map(float, x)])
    return {
        "identical_share": float(np.mean(ours == theirs)),
        "max_ulps": float(np.max(np.abs(ours - theirs) / np.spacing(theirs))),
        "expit_is_libm_steps": bool(np.array_equal(theirs, libm)),
    }
