"""Monotonicity from each float to the next, where accuracy tests cannot see it.

A result within 2 ulp of the truth can still step the wrong way between neighbouring inputs
wherever the function moves by less than an ulp per input step (sigma near 1, its derivative
near 0). These tests walk runs of consecutive floats around every place where an evaluation
changes form or a result changes regime (0, the point where sigma rounds to 1, the clipping of
exp's argument, the subnormal edge, logit's split at 1/2), and random pairs of neighbours over
the whole range, for every float dtype. float16 is small enough to walk completely.
"""

from __future__ import annotations

import numpy as np
import pytest

import sigmoid_core as sc
from sigmoid_core._array import exp_limit, working_dtype
from tests.conftest import spacing

INCREASING = ("sigmoid", "log_sigmoid", "softplus")
DTYPES = (np.float64, np.float32, np.float16, np.longdouble)
RUN = 2**17  # consecutive floats on each side of a centre
SIGNED_BITS = {2: np.int16, 4: np.int32, 8: np.int64}


def consecutive(centre: float, dtype: type, count: int = RUN) -> np.ndarray:
    """The ``2 * count`` floats of ``dtype`` nearest ``centre``, in increasing order, finite."""
    c = np.asarray(centre).astype(dtype)
    size = np.dtype(dtype).itemsize
    if size in SIGNED_BITS:  # neighbours by counting the bit pattern, across binades too
        bits = SIGNED_BITS[size]
        start = c.view(bits)
        # sign-magnitude to an integer order: negative floats count down from 0
        order = np.where(start < 0, -(start & np.iinfo(bits).max), start).astype(np.int64)
        top = int(np.array(np.inf, dtype).view(bits))  # the order of +inf
        k = np.arange(max(order - count, -top), min(order + count, top + 1), dtype=np.int64)
        magnitude = np.abs(k).astype(bits)
        values = np.where(k < 0, magnitude | np.iinfo(bits).min, magnitude).astype(bits)
        xs = values.view(dtype)
    else:  # long double: within a binade, centre + k ulp is exact
        k = np.arange(-count, count).astype(dtype)
        xs = c + k * spacing(c)
    return xs[np.isfinite(xs)]


def centres(dtype: type) -> list[float]:
    """Where sigma, log sigma and softplus change form or regime for ``dtype``."""
    finfo = np.finfo(dtype)
    work = working_dtype(np.dtype(dtype))
    edges = [
        0.0,
        1.0,
        2.0,
        36.7368005696771,
        37.0,
        37.424,
        16.6355,
        17.33,  # sigma rounds to 1 (float64, float32)
        float(exp_limit(work)),  # exp's argument is clipped from here on
        float(np.log(finfo.smallest_normal)),  # sigma(-x) becomes subnormal
        float(np.log(finfo.smallest_subnormal)),  # ... and 0
        float(-np.log(finfo.eps)),  # softplus(x) rounds to x
    ]
    return [s * e for e in edges for s in (1.0, -1.0)] + [float(finfo.max) * 0.5]


def wrong_steps(values: np.ndarray, increasing: bool = True) -> int:
    steps = np.diff(values)
    return int(np.count_nonzero(steps < 0 if increasing else steps > 0))


def dtype_id(dtype: type) -> str:
    return np.dtype(dtype).name


@pytest.mark.parametrize("dtype", DTYPES, ids=dtype_id)
@pytest.mark.parametrize("name", INCREASING)
def test_increasing_across_every_change_of_form(name: str, dtype: type) -> None:
    function = getattr(sc, name)
    for centre in centres(dtype):
        xs = consecutive(centre, dtype)
        assert wrong_steps(function(xs)) == 0, f"{name} steps down near x = {centre}"


@pytest.mark.parametrize("dtype", DTYPES, ids=dtype_id)
def test_derivative_never_grows_with_distance_from_zero(dtype: type) -> None:
    for centre in centres(dtype):
        xs = consecutive(centre, dtype)
        d = sc.sigmoid_derivative(xs)
        right, left = xs[1:] > 0, xs[:-1] < 0
        steps = np.diff(d)
        assert not np.any(steps[right] > 0), f"sigma' steps up for x > 0 near {centre}"
        assert not np.any(steps[left] < 0), f"sigma' steps down for x < 0 near {centre}"


@pytest.mark.parametrize("dtype", DTYPES, ids=dtype_id)
def test_logit_increasing_across_every_change_of_form(dtype: type) -> None:
    finfo = np.finfo(dtype)
    for centre in (0.5, 0.25, 0.3, 0.65, float(finfo.smallest_normal), 1.0, 0.0, 1e-3, 0.999):
        ps = consecutive(centre, dtype)
        ps = ps[(ps >= 0) & (ps <= 1)]
        assert wrong_steps(sc.logit(ps)) == 0, f"logit steps down near p = {centre}"


def random_neighbours(dtype: type, count: int = 200_000) -> tuple[np.ndarray, np.ndarray]:
    """Random x over the whole range (log-uniform magnitudes, both signs) and the next float."""
    rng = np.random.default_rng(20261124)
    finfo = np.finfo(dtype)
    exponents = rng.uniform(
        np.log10(float(finfo.smallest_subnormal)) if dtype != np.longdouble else -300.0,
        np.log10(float(finfo.max)) if dtype != np.longdouble else 300.0,
        count,
    )
    signs = rng.choice([-1.0, 1.0], count)
    dense = rng.uniform(-40.0, 40.0, count)
    x = np.concatenate([signs * 10.0**exponents, dense]).astype(dtype)
    x = x[np.isfinite(x)]
    return x, np.nextafter(x, dtype(np.inf))


@pytest.mark.parametrize("dtype", DTYPES, ids=dtype_id)
def test_random_neighbours(dtype: type) -> None:
    x, up = random_neighbours(dtype)
    keep = np.isfinite(up)
    x, up = x[keep], up[keep]
    for name in INCREASING:
        function = getattr(sc, name)
        assert np.all(function(x) <= function(up)), name
    d_x, d_up = sc.sigmoid_derivative(x), sc.sigmoid_derivative(up)
    assert np.all(d_up[x >= 0] <= d_x[x >= 0])
    assert np.all(d_up[up <= 0] >= d_x[up <= 0])
    p = sc.sigmoid(x)
    p_up = np.nextafter(p, dtype(np.inf))
    p_up = np.minimum(p_up, dtype(1))
    assert np.all(sc.logit(p) <= sc.logit(p_up))


@pytest.mark.parametrize("name", ("exp", "expm1", "log1p", "log"))
@pytest.mark.parametrize("dtype", (np.float64, np.longdouble), ids=dtype_id)
def test_the_library_functions_the_kernels_rely_on_are_monotone(name: str, dtype: type) -> None:
    """The premise of every monotonicity argument in sigmoid_core: numpy's exp, expm1, log1p
    and log are monotone on this platform, around the same centres."""
    function = getattr(np, name)
    for centre in centres(dtype):
        xs = consecutive(centre, dtype)
        if name in ("log", "log1p"):
            xs = np.sort(np.abs(xs[xs != 0]))
        else:
            xs = xs[xs < exp_limit(np.dtype(dtype))]
        with np.errstate(under="ignore"):
            assert wrong_steps(function(xs)) == 0, f"np.{name} steps down near {centre}"


ALL_FLOAT16 = np.arange(-(2**15), 2**15, dtype=np.int32).astype(np.int16).view(np.float16)


def all_float16_in_order() -> np.ndarray:
    x = ALL_FLOAT16[np.isfinite(ALL_FLOAT16)]
    return np.sort(x, kind="stable")


@pytest.mark.parametrize("name", INCREASING)
def test_every_float16_increasing(name: str) -> None:
    x = all_float16_in_order()
    assert x.size == 2**16 - 2**11  # every finite float16: all but inf and NaN, +-0 both kept
    assert wrong_steps(getattr(sc, name)(x)) == 0


def test_every_float16_derivative_and_logit() -> None:
    x = all_float16_in_order()
    d = sc.sigmoid_derivative(x)
    assert wrong_steps(d[x >= 0], increasing=False) == 0
    assert wrong_steps(d[x <= 0]) == 0
    p = x[(x > 0) & (x < 1)]
    assert wrong_steps(sc.logit(p)) == 0
    assert sc.logit(np.float16(0)) == -np.inf and sc.logit(np.float16(1)) == np.inf
