"""Input checking and the block-wise evaluation loop shared by every element-wise function.

Dtype policy (one place, so every function agrees):

* float64 in, float64 out; float32 in, float32 out; float16 in, float16 out. Narrow floats are
  evaluated in float64 and rounded once at the end, so their results are correctly rounded but
  for the last rounding.
* bool and integer inputs are converted to float64.
* complex, string, bytes, object, datetime, structured and long double inputs raise TypeError
  naming the function and the dtype (long double because every kernel here is written and
  tested for float64; rounding it to float64 silently would lose the precision its caller asked for).

Element-wise functions run in blocks of ``BLOCK`` elements: the three to six numpy passes a
stable formula needs then work on data in the CPU cache instead of streaming whole arrays
through memory each time, and no temporary is ever larger than one block, so the only
allocation the size of the input is the result (``benchmarks/bench_core.py`` measures both).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["BLOCK", "as_real_array", "elementwise", "result_dtype"]

BLOCK = 32768  # elements per block: 256 KiB of float64, fastest of 2**13..2**16 measured

Kernel = Callable[[NDArray[np.float64], NDArray[np.float64]], object]


def as_real_array(x: ArrayLike, name: str) -> NDArray[np.generic]:
    """``np.asarray(x)``, refusing dtypes that have no real-valued meaning here."""
    try:
        a = np.asarray(x)
    except (TypeError, ValueError) as exc:  # ragged nested sequences and the like
        raise TypeError(f"{name}() expects real numbers, got {type(x).__name__}: {exc}") from exc
    kind = a.dtype.kind
    if kind in "biu" or (kind == "f" and a.dtype.itemsize <= 8):
        return a
    hint = " (use float64)" if kind == "f" else ""
    raise TypeError(
        f"{name}() expects real floating, integer or bool input, got dtype {a.dtype}{hint}"
    )


def result_dtype(dtype: np.dtype) -> np.dtype:
    """The output dtype for an input dtype accepted by :func:`as_real_array`."""
    return dtype if dtype.kind == "f" else np.dtype(np.float64)


def elementwise(name: str, kernel: Kernel, x: ArrayLike) -> NDArray[np.floating]:
    """Apply ``kernel(block_in, block_out)`` to ``x`` block by block.

    ``kernel`` receives a float64 block and a float64 output block of the same length and must
    fill the output. It runs with underflow ignored: every kernel here relies on gradual
    underflow (an ``exp`` that rounds to a subnormal or to 0 is the correctly rounded result),
    and no other floating-point condition is masked, so kernels avoid overflow and invalid
    operations by construction.
    """
    a = as_real_array(x, name)
    out = np.empty(a.shape, dtype=result_dtype(a.dtype))
    src = a.reshape(-1)  # a view for contiguous input, one copy otherwise
    dst = out.reshape(-1)  # always a view: out is fresh and contiguous
    direct = dst.dtype == np.float64
    buffer = None if direct else np.empty(min(BLOCK, dst.size))
    with np.errstate(under="ignore"):
        for start in range(0, src.size, BLOCK):
            block = src[start : start + BLOCK]
            if block.dtype != np.float64:
                block = block.astype(np.float64)
            if direct:
                kernel(block, dst[start : start + BLOCK])
            else:
                assert buffer is not None
                target = buffer[: block.size]
                kernel(block, target)
                dst[start : start + BLOCK] = target  # the one rounding to float32/float16
    return out[()] if out.ndim == 0 else out
