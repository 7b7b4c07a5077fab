"""Input checking and the block-wise evaluation loop shared by every element-wise function.

Dtype policy (one place, so every function agrees):

* Every float dtype is kept: float64, float32, float16 and long double in, the same out.
  float32 and float16 are evaluated in float64 and rounded once at the end; long double is
  evaluated in long double (80-bit extended on x86-64, where it has 11 more bits than
  float64), so it keeps the precision its caller asked for.
* bool and integer inputs are converted to float64.
* complex, string, bytes, object, datetime and structured inputs raise TypeError naming the
  function and the dtype.

Kernels are written once for any working dtype: their thresholds come from `exp_limit`, never
from a float64 literal.

Element-wise functions run in blocks of ``BLOCK`` elements: the three to six numpy passes a
stable formula needs then work on data in the CPU cache instead of streaming whole arrays
through memory each time, and no temporary is ever larger than one block, so the only
allocation the size of the input is the result (``benchmarks/bench_core.py`` measures both).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "BLOCK",
    "as_real_array",
    "elementwise",
    "exp_limit",
    "result_dtype",
    "saturation",
    "working_dtype",
]

BLOCK = 32768  # elements per block: 256 KiB of float64; fastest of 2**14..2**17 on the machine
# measured (AMD EPYC, family 26, 1 MiB L2 per core); benchmarks/bench_core.py times the whole

Kernel = Callable[[NDArray[np.floating], NDArray[np.floating]], object]


def as_real_array(x: ArrayLike, name: str) -> NDArray[np.bool | np.integer | np.floating]:
    """``np.asarray(x)``, refusing dtypes that have no real-valued meaning here."""
    try:
        a = np.asarray(x)
    except (TypeError, ValueError) as exc:  # ragged nested sequences and the like
        raise TypeError(f"{name}() expects real numbers, got {type(x).__name__}: {exc}") from exc
    if a.dtype.kind in "biuf":
        return a
    raise TypeError(f"{name}() expects real floating, integer or bool input, got dtype {a.dtype}")


def result_dtype(dtype: np.dtype) -> np.dtype[np.floating]:
    """The output dtype for an input dtype accepted by :func:`as_real_array`."""
    return dtype if dtype.kind == "f" else np.dtype(np.float64)


def working_dtype(dtype: np.dtype) -> np.dtype[np.floating]:
    """The dtype a kernel computes in: long double for long double, float64 for the rest."""
    return np.dtype(np.longdouble) if dtype == np.longdouble else np.dtype(np.float64)


@functools.cache
def exp_limit(dtype: np.dtype) -> np.floating:
    """The largest whole number whose ``exp`` is finite in ``dtype``: 709 for float64, 11356
    for x86-64 long double. Kernels clip arguments of ``exp`` there."""
    return np.dtype(dtype).type(np.floor(np.log(np.finfo(dtype).max)))


@functools.cache
def saturation(dtype: np.dtype) -> np.floating:
    """A whole number beyond which ``exp(-x)`` is 0 in ``dtype`` (746 for float64, 11401 for
    x86-64 long double): past it sigma, tanh and their derivatives have reached their limits,
    so kernels may clip there without changing any result."""
    finfo = np.finfo(dtype)
    return finfo.dtype.type(np.ceil(-np.log(finfo.smallest_subnormal)) + 1)


def elementwise(name: str, kernel: Kernel, x: ArrayLike) -> NDArray[np.floating]:
    """Apply ``kernel(block_in, block_out)`` to ``x`` block by block.

    ``kernel`` receives a block in the working dtype (`working_dtype`) and an output block of
    the same length and dtype, and must fill the output. It runs with underflow ignored: every
    kernel here relies on gradual underflow (an ``exp`` that rounds to a subnormal or to 0 is
    the correctly rounded result). Nothing else is masked here: kernels avoid overflow by
    construction, and the one that produces IEEE infinities and NaN on purpose (``logit`` at
    and beyond the ends of [0, 1]) masks them itself, where it does so.
    """
    a = as_real_array(x, name)
    out = np.empty(a.shape, dtype=result_dtype(a.dtype))
    src = a.reshape(-1)  # a view for contiguous input, one copy otherwise
    dst = out.reshape(-1)  # always a view: out is fresh and contiguous
    work = working_dtype(dst.dtype)
    direct = dst.dtype == work
    buffer = None if direct else np.empty(min(BLOCK, dst.size), dtype=work)
    with np.errstate(under="ignore"):
        for start in range(0, src.size, BLOCK):
            # converted to the working dtype; the block itself (no copy) when already in it
            block = src[start : start + BLOCK].astype(work, copy=False)
            if direct:
                kernel(block, dst[start : start + BLOCK])
            else:
                assert buffer is not None
                target = buffer[: block.size]
                kernel(block, target)
                dst[start : start + BLOCK] = target  # the one rounding to float32/float16
    return out[()] if out.ndim == 0 else out
