"""Reference values: mpmath at 60 significant digits, each rounded once to the target dtype
(long double included: 60 digits are about 200 bits, three times its 64).

One function per `sigmoid_core` function under test, with the same name. Each is written in the
form that is exact in arbitrary precision: no cancellation survives 60 digits except where an
``expm1`` or ``log1p`` is used on purpose (near x = 0 the difference e^-x - 1 would need hundreds
of digits when x is 1e-300).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import mpmath
import numpy as np

DIGITS = 60
mp = mpmath.mp


def sigmoid(x: mpmath.mpf) -> mpmath.mpf:
    return 1 / (1 + mp.exp(-x))


def sigmoid_derivative(x: mpmath.mpf) -> mpmath.mpf:
    e = mp.exp(-x)
    return e / (1 + e) ** 2


def sigmoid_second_derivative(x: mpmath.mpf) -> mpmath.mpf:
    e = mp.exp(-x)
    return e * mp.expm1(-x) / (1 + e) ** 3  # sigma'(x) (1 - 2 sigma(x))


def log_sigmoid(x: mpmath.mpf) -> mpmath.mpf:
    return -mp.log1p(mp.exp(-x))


def softplus(x: mpmath.mpf) -> mpmath.mpf:
    return mp.log1p(mp.exp(x))


def logit(p: mpmath.mpf) -> mpmath.mpf:
    if p == 0:
        return mpmath.mpf("-inf")
    if p == 1:
        return mpmath.mpf("inf")
    return mp.log(p / (1 - p))


def tanh_derivative(x: mpmath.mpf) -> mpmath.mpf:
    return mp.sech(x) ** 2


def silu(x: mpmath.mpf) -> mpmath.mpf:
    return x * sigmoid(x)


def silu_derivative(x: mpmath.mpf) -> mpmath.mpf:
    s = sigmoid(x)
    return s * (1 + x * (1 - s))


def exact(x: np.floating) -> mpmath.mpf:
    """The exact value of a finite float of any numpy dtype (long double included)."""
    mantissa, exponent = np.frexp(x)
    bits = np.finfo(x.dtype).nmant + 1
    return mpmath.ldexp(mpmath.mpf(int(np.ldexp(mantissa, bits))), int(exponent) - bits)


def round_to_wide(value: mpmath.mpf, dtype: np.dtype) -> np.floating:
    """Round an mpf once to a float type wider than float64 (x86-64 long double), subnormals
    included: the precision is cut to the bits the subnormal grid leaves before rounding."""
    finfo = np.finfo(dtype)
    kind = np.dtype(dtype).type
    if mpmath.isinf(value) or mpmath.isnan(value):
        return kind(float(value))
    if value == 0:
        return kind(0.0)
    sign, man, exp, bits = value._mpf_
    top = exp + bits - 1  # 2^top <= |value| < 2^(top + 1)
    lowest = finfo.minexp - finfo.nmant  # the exponent of the smallest subnormal
    precision = min(finfo.nmant + 1, top - lowest + 1)
    if precision <= 0:  # below the smallest subnormal: at most half of it, rounds to 0 (even)
        magnitude = finfo.smallest_subnormal if top == lowest - 1 and man != 1 << (bits - 1) else 0
        rounded = kind(magnitude)
    else:
        _, man, exp, _ = mpmath.libmp.mpf_pos((0, man, exp, bits), precision, "n")
        rounded = np.ldexp(kind(man), exp) if top < finfo.maxexp else kind(np.inf)
    return -rounded if sign else rounded


def round_to(value: mpmath.mpf, dtype: np.dtype) -> float:
    """Round an mpf once to ``dtype`` (float64 or float32), subnormals included.

    ``float(Fraction)`` divides Python integers, which rounds correctly even into the subnormal
    range (a plain ``float(mpf)`` rounds to 53 bits first, then again when denormalising).
    Rounding that result to float32 is innocuous double rounding: 53 >= 2 * 24 + 2.
    """
    if mpmath.isinf(value) or mpmath.isnan(value):
        return float(value)
    sign, man, exp, bits = value._mpf_
    if not man or exp + bits < -1100:  # below half the smallest subnormal: rounds to zero
        as_float = -0.0 if sign else 0.0
    elif exp + bits > 1100:  # beyond the largest float: overflows
        as_float = -np.inf if sign else np.inf
    else:
        ratio = Fraction(man) * Fraction(2) ** exp
        as_float = float(-ratio if sign else ratio)
    return float(np.dtype(dtype).type(as_float))


def evaluate(function: Callable[[mpmath.mpf], mpmath.mpf], xs: np.ndarray) -> np.ndarray:
    """The reference of ``function`` at every element of ``xs``, rounded to ``xs.dtype``."""
    wide = np.finfo(xs.dtype).nmant > 52
    with mp.workdps(DIGITS):
        if wide:
            values = [
                round_to_wide(
                    function(exact(x)) if np.isfinite(x) else function(mpmath.mpf(float(x))),
                    xs.dtype,
                )
                for x in xs
            ]
        else:
            values = [round_to(function(mpmath.mpf(float(x))), xs.dtype) for x in xs]
    return np.array(values, dtype=xs.dtype)
