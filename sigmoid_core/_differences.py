"""Finite-difference approximations of a derivative, for the page on numerical derivatives."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._array import as_real_array

__all__ = ["central_difference", "forward_difference"]

Function = Callable[[NDArray[np.float64]], ArrayLike]


def _steps(f: Function, x: ArrayLike, h: ArrayLike, name: str) -> tuple[NDArray[np.float64], ...]:
    if not callable(f):
        raise TypeError(f"{name}() expects a callable f, got {type(f).__name__}")
    xs = as_real_array(x, name).astype(np.float64)
    hs = as_real_array(h, name).astype(np.float64)
    if not np.all(np.isfinite(hs) & (hs > 0)):
        raise ValueError(f"{name}() needs finite steps h > 0, got {h!r}")
    xs, hs = np.broadcast_arrays(xs, hs)
    # x + h is rarely exactly representable: difference by the step actually taken,
    # (x + h) - x, which is exact (Sterbenz), instead of the nominal h
    forward = xs + hs
    backward = xs - hs
    return xs, forward, backward


def _quotient(value: NDArray[np.float64], width: NDArray[np.float64]) -> NDArray[np.float64]:
    """value / width, NaN where the step vanished: x + h rounded back to x, so nothing was
    differenced (h below half an ulp of x)."""
    result = np.divide(value, width, out=np.full(np.shape(value), np.nan), where=width != 0)
    return result[()] if result.ndim == 0 else result


def forward_difference(f: Function, x: ArrayLike, h: ArrayLike) -> NDArray[np.float64]:
    r"""Forward-difference estimate of $f'(x)$: ``(f(x + h) - f(x)) / h``.

    $$f'(x) \approx \frac{f(x + h) - f(x)}{h}, \qquad
      \text{error} \approx \frac{h}{2}\,|f''(x)| + \frac{2u\,|f(x)|}{h}$$

    with $u = 2^{-53}$, the unit roundoff of float64 (half the machine epsilon
    $\varepsilon = 2^{-52}$): $f(x + h)$ and $f(x)$ are each rounded by about $u|f(x)|$. The
    truncation error falls like $h$, the rounding error grows like $u/h$; their
    sum is smallest near $h \approx \sqrt{\varepsilon} \approx 1.5\times10^{-8}$ in float64.
    The step divided by is the one actually taken, ``(x + h) - x``, so representation error
    in ``x + h`` does not add to the estimate's error.

    Args:
        f: A vectorised function of float64 arrays (any `sigmoid_core` function qualifies).
        x: Where to differentiate; any shape.
        h: Step or steps, finite and positive, broadcast against ``x``.

    Returns:
        The estimates, float64, with the broadcast shape of ``x`` and ``h``; NaN where ``h``
            is so small that ``x + h`` rounds to ``x``.

    Examples:
        >>> from sigmoid_core import forward_difference, sigmoid
        >>> round(float(forward_difference(sigmoid, 0.0, 1e-8)), 7)  # its error: about 1e-8
        0.25
    """
    xs, forward, _ = _steps(f, x, h, "forward_difference")
    value = np.asarray(f(forward), dtype=np.float64) - np.asarray(f(xs), dtype=np.float64)
    return _quotient(value, forward - xs)


def central_difference(f: Function, x: ArrayLike, h: ArrayLike) -> NDArray[np.float64]:
    r"""Central-difference estimate of $f'(x)$: ``(f(x + h) - f(x - h)) / (2h)``.

    $$f'(x) \approx \frac{f(x + h) - f(x - h)}{2h}, \qquad
      \text{error} \approx \frac{h^2}{6}\,|f'''(x)| + \frac{u\,|f(x)|}{h}$$

    (the two roundings, about $u|f(x)|$ each, divided by $2h$; $u = 2^{-53}$).

    Symmetric about $x$, so the $h^1$ error terms cancel: the truncation error falls like
    $h^2$ and the sum is smallest near $h \approx \sqrt[3]{\varepsilon} \approx 6\times10^{-6}$
    in float64. The divisor is the width actually spanned, ``(x + h) - (x - h)``.

    Args:
        f: A vectorised function of float64 arrays.
        x: Where to differentiate; any shape.
        h: Step or steps, finite and positive, broadcast against ``x``.

    Returns:
        The estimates, float64, with the broadcast shape of ``x`` and ``h``.

    Examples:
        >>> from sigmoid_core import central_difference, sigmoid
        >>> round(float(central_difference(sigmoid, 0.0, 1e-5)), 10)
        0.25
    """
    _, forward, backward = _steps(f, x, h, "central_difference")
    value = np.asarray(f(forward), dtype=np.float64) - np.asarray(f(backward), dtype=np.float64)
    return _quotient(value, forward - backward)
