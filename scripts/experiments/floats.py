"""The floating-point formats' limits and where sigma meets them (the Python, sigmoid, derivative
and API pages): machine epsilon and the unit roundoff, where exp overflows and where each way of
computing sigma reaches exactly 0 or 1, per dtype; float16 and bfloat16; the float32 exercises;
where sigma' falls to half its maximum."""

from __future__ import annotations

import functools
import math
from typing import TypedDict

import mpmath
import numpy as np
from numpy.typing import ArrayLike, NDArray

import sigmoid_core as sc

from .forms import naive_sigmoid_quiet
from .search import first_x_where

EPS64 = float(np.finfo(np.float64).eps)
UNIT_ROUNDOFF = 2.0**-53  # u: the largest relative error of one correct rounding in float64


def significant_bits(dtype: type = np.float32) -> int:
    """The significant bits of ``dtype`` (24 for float32, 53 for float64)."""
    return int(np.finfo(dtype).nmant) + 1


def exp_clip(dtype: type = np.float64) -> float:
    """The largest whole number whose ``exp`` is finite in ``dtype`` (709 in float64): the
    rule by which sigmoid_core clips the arguments of ``exp``, computed here rather than read
    from the core's private module."""
    return float(np.floor(np.log(np.finfo(dtype).max)))


@functools.cache
def saturation_points() -> dict[str, float]:
    """Where each way of computing sigma reaches exactly 1 or 0, per dtype."""
    out = {}
    for dtype in (np.float64, np.float32):
        key = np.dtype(dtype).name
        out[f"naive_one_{key}"] = first_x_where(
            lambda x: naive_sigmoid_quiet(x) == 1, 1, 100, dtype
        )
        out[f"core_one_{key}"] = first_x_where(lambda x: sc.sigmoid(x) == 1, 1, 100, dtype)
        # the exact sigma(x) rounds to 1 from the midpoint 1 - 2^-(p+1) between 1 and the float
        # below it (p bits of precision, ties to even): e^-x = 2^-(p+1) / (1 - 2^-(p+1))
        bits = np.finfo(dtype).nmant + 1
        with mpmath.workdps(40):
            exact_one = mpmath.log(mpmath.mpf(2) ** (bits + 1) - 1)
        out[f"exact_one_{key}"] = float(exact_one)
        out[f"naive_zero_{key}"] = -first_x_where(
            lambda x: naive_sigmoid_quiet(-x) == 0, 1, 1000, dtype
        )
        out[f"core_zero_{key}"] = -first_x_where(lambda x: sc.sigmoid(-x) == 0, 1, 1000, dtype)
        out[f"exp_overflow_{key}"] = float(np.log(np.finfo(dtype).max))
        out[f"subnormal_from_{key}"] = float(np.log(np.finfo(dtype).smallest_normal))
    return out


def float32_floats(low: float, high: float) -> np.ndarray:
    """Every float32 in [low, high), in order: consecutive bit patterns of positive floats."""
    first = np.float32(low).view(np.int32)
    last = np.nextafter(np.float32(high), np.float32(0)).view(np.int32)
    return np.arange(first, last + 1, dtype=np.int32).view(np.float32)


class Float32Thresholds(TypedDict):
    """What `float32_one_thresholds` returns."""

    first_above: bool  # each threshold is the first float32 above its value by hand
    naive_between: set[float]  # what the naive formula returns between the two thresholds
    core_between: set[float]  # what sigmoid returns there


@functools.cache
def float32_one_thresholds() -> Float32Thresholds:
    """The Python page's exercises on float32 saturation: whether each threshold of
    saturation_points is the first float32 above its value worked out by hand (24 ln 2 for the
    naive formula, ln(2^25 - 1) for the correctly rounded sigma), and what the two forms
    return on every float32 from the first threshold up to the second (the set of values)."""
    points = saturation_points()
    naive_by_hand, exact_by_hand = 24 * math.log(2), math.log(2**25 - 1)

    def first_above(value: float) -> float:
        nearest = np.float32(value)  # compared as float64: numpy compares with float32 in float32
        above = nearest if float(nearest) > value else np.nextafter(nearest, np.float32(np.inf))
        return float(above)

    between = float32_floats(points["naive_one_float32"], points["core_one_float32"])
    return {
        "first_above": (
            points["naive_one_float32"] == first_above(naive_by_hand)
            and points["core_one_float32"] == first_above(exact_by_hand)
        ),
        "naive_between": set(naive_sigmoid_quiet(between).tolist()),
        "core_between": set(sc.sigmoid(between).tolist()),
    }


def round_to_bfloat16(x: ArrayLike) -> NDArray[np.float32]:
    """float64 values rounded to bfloat16 (8 significant bits, float32's exponent range), to
    nearest with ties to even, returned as float32: numpy has no bfloat16 type."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32).astype(np.uint64)
    bits += 0x7FFF + ((bits >> 16) & 1)
    return ((bits >> 16) << 16).astype(np.uint32).view(np.float32)


@functools.cache
def half_precision_points() -> dict[str, float]:
    """Where float16's exp overflows, and where sigma rounds to 1 in float16 and bfloat16."""
    return {
        "float16_max": float(np.finfo(np.float16).max),
        "float16_exp_overflow": math.log(float(np.finfo(np.float16).max)),
        "float16_one": first_x_where(lambda x: sc.sigmoid(x) == 1, 1.0, 100.0, np.float16),
        "bfloat16_one": first_x_where(
            lambda x: round_to_bfloat16(sc.sigmoid(np.float64(x))) == 1, 1.0, 100.0
        ),
        "float16_bits": np.finfo(np.float16).nmant + 1,
    }


def half_maximum_point() -> float:
    """The x > 0 at which sigma' has fallen to 1/8, half its maximum: the first float where
    sigmoid_derivative is below it (sigma' decreases on x > 0)."""
    return first_x_where(lambda x: sc.sigmoid_derivative(x) < 0.125, 0.0, 5.0)
