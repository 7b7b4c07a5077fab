"""tanh and its relation to the sigmoid, and the activations the site compares the sigmoid with."""

from __future__ import annotations

import numpy as np
from numpy.lib.array_utils import normalize_axis_index
from numpy.typing import ArrayLike, NDArray

from ._array import as_real_array, elementwise, result_dtype, saturation, working_dtype
from ._sigmoid import _sigmoid_derivative_kernel, _sigmoid_kernel

__all__ = [
    "leaky_relu",
    "leaky_relu_derivative",
    "relu",
    "relu_derivative",
    "sigmoid_from_tanh",
    "silu",
    "silu_derivative",
    "softmax",
    "tanh",
    "tanh_derivative",
    "tanh_from_sigmoid",
]


def _tanh_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    np.tanh(x, out=out)


def tanh(x: ArrayLike) -> NDArray[np.floating]:
    r"""Hyperbolic tangent, element-wise, with the dtype rules of `sigmoid`.

    $$\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\sigma(2x) - 1$$

    Its range is $(-1, 1)$ and it is centred on 0, where the sigmoid's range is $(0, 1)$.
    """
    return elementwise("tanh", _tanh_kernel, x)


def _tanh_derivative_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    limit = saturation(x.dtype)  # sech^2 x is 0 beyond: clipping keeps 2x finite
    doubled = np.clip(x, -limit, limit)
    doubled *= 2.0
    _sigmoid_derivative_kernel(doubled, out)
    out *= 4.0  # exact: a power of two


def tanh_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of tanh, element-wise.

    $$\tanh'(x) = 1 - \tanh^2 x = \operatorname{sech}^2 x = 4\,\sigma'(2x)$$

    $1 - \tanh^2 x$ cancels to 0 once $\tanh x$ rounds to $\pm1$ (from $|x| \approx 19$); the
    last form keeps full relative precision, as `sigmoid_derivative` does.
    """
    return elementwise("tanh_derivative", _tanh_derivative_kernel, x)


def _tanh_from_sigmoid_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    limit = saturation(x.dtype)  # tanh x is +-1 beyond: clipping keeps 2x finite
    doubled = np.clip(x, -limit, limit)
    doubled *= 2.0
    _sigmoid_kernel(doubled, out)
    out *= 2.0
    out -= 1.0


def tanh_from_sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    r"""tanh computed through the sigmoid: ``2 * sigmoid(2 * x) - 1``, element-wise.

    $$\tanh x = 2\,\sigma(2x) - 1$$

    A direct transcription of the identity, for checking and teaching it. The final
    subtraction cancels near $x = 0$: the absolute error stays below one ulp of 1 but the
    relative error grows as $x \to 0$, so use `tanh` when you need tanh itself.
    """
    return elementwise("tanh_from_sigmoid", _tanh_from_sigmoid_kernel, x)


def _sigmoid_from_tanh_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    np.multiply(x, 0.5, out=out)
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5


def sigmoid_from_tanh(x: ArrayLike) -> NDArray[np.floating]:
    r"""The sigmoid computed through tanh: ``(1 + tanh(x / 2)) / 2``, element-wise.

    $$\sigma(x) = \frac{1 + \tanh(x/2)}{2}$$

    A direct transcription of the identity. For negative $x$ the sum $1 + \tanh(x/2)$ cancels,
    so the relative error grows as $x \to -\infty$ (the result is 0 from $x \approx -38$ on,
    where $\sigma(x) \approx e^x$); use `sigmoid` for the values themselves.
    """
    return elementwise("sigmoid_from_tanh", _sigmoid_from_tanh_kernel, x)


def _relu_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    np.maximum(x, 0.0, out=out)  # np.maximum propagates NaN


def relu(x: ArrayLike) -> NDArray[np.floating]:
    r"""Rectified linear unit, element-wise: ``max(x, 0)``.

    $$\operatorname{ReLU}(x) = \max(x, 0)$$
    """
    return elementwise("relu", _relu_kernel, x)


def _relu_derivative_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    np.greater(x, 0.0, out=out, casting="unsafe")  # 1.0 where x > 0, else 0.0 (NaN too)
    nan = np.isnan(x)
    if nan.any():
        out[nan] = np.nan


def relu_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of ReLU, element-wise: 1 for $x > 0$, 0 for $x \le 0$.

    $$\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}$$

    ReLU has no derivative at 0; like PyTorch and JAX, this returns 0 there (a valid
    subgradient). NaN stays NaN.
    """
    return elementwise("relu_derivative", _relu_derivative_kernel, x)


def _check_slope(negative_slope: float, name: str) -> float:
    try:
        slope = float(negative_slope)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            f"{name}() negative_slope must be a real number, got {negative_slope!r}"
        ) from exc
    if not 0.0 <= slope <= 1.0:
        raise ValueError(f"{name}() negative_slope must lie in [0, 1], got {slope!r}")
    return slope


def leaky_relu(x: ArrayLike, negative_slope: float = 0.01) -> NDArray[np.floating]:
    r"""Leaky ReLU, element-wise: ``x`` for $x \ge 0$, ``negative_slope * x`` below.

    $$\operatorname{LeakyReLU}(x) = \begin{cases} x & x \ge 0 \\ \alpha x & x < 0 \end{cases}$$

    Args:
        x: Real input of any shape.
        negative_slope: $\alpha$ in $[0, 1]$ (0 gives ReLU, 1 the identity).
    """
    slope = _check_slope(negative_slope, "leaky_relu")

    def kernel(block: NDArray[np.floating], out: NDArray[np.floating]) -> None:
        if slope == 0.0:  # alpha min(x, 0) would be 0 * -inf = NaN at x = -inf
            _relu_kernel(block, out)
            return
        np.minimum(block, 0.0, out=out)
        out *= slope  # slope in (0, 1]: cannot overflow
        out += np.maximum(block, 0.0)  # max(x, 0) + alpha min(x, 0)

    return elementwise("leaky_relu", kernel, x)


def leaky_relu_derivative(x: ArrayLike, negative_slope: float = 0.01) -> NDArray[np.floating]:
    r"""Derivative of leaky ReLU, element-wise: 1 for $x > 0$, ``negative_slope`` for $x \le 0$.

    At 0, where the derivative does not exist, this returns ``negative_slope`` (as PyTorch
    does). NaN stays NaN.
    """
    slope = _check_slope(negative_slope, "leaky_relu_derivative")

    def kernel(block: NDArray[np.floating], out: NDArray[np.floating]) -> None:
        _relu_derivative_kernel(block, out)
        out *= 1.0 - slope
        out += slope

    return elementwise("leaky_relu_derivative", kernel, x)


def _silu_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    _sigmoid_kernel(x, out)
    # below -saturation sigma(x) is 0, so the product is -0 whatever x is; clipping keeps
    # -inf * 0 from making NaN
    np.multiply(out, np.maximum(x, -saturation(x.dtype)), out=out)


def silu(x: ArrayLike) -> NDArray[np.floating]:
    r"""SiLU (swish with $\beta = 1$), element-wise: ``x * sigmoid(x)``.

    $$\operatorname{SiLU}(x) = x\,\sigma(x)$$

    ``silu(-inf)`` is 0 and ``silu(inf)`` is inf, the limits.
    """
    return elementwise("silu", _silu_kernel, x)


def _silu_derivative_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    limit = saturation(x.dtype)
    clipped = np.clip(x, -limit, limit)  # the results are exact limits beyond
    _sigmoid_kernel(-clipped, out)
    out *= clipped
    out += 1.0  # 1 + x sigma(-x)
    out *= _sigmoid_of(clipped)


def _sigmoid_of(x: NDArray[np.floating]) -> NDArray[np.floating]:
    out = np.empty_like(x)
    _sigmoid_kernel(x, out)
    return out


def silu_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of SiLU, element-wise.

    $$\operatorname{SiLU}'(x) = \sigma(x) + x\,\sigma'(x) = \sigma(x)\bigl(1 + x\,\sigma(-x)\bigr)$$

    Writing $1 - \sigma(x)$ as $\sigma(-x)$ avoids the cancellation for large $x$. The
    derivative dips below 0 for $x < -1.28$ and peaks at about 1.0998 near $x = 2.40$.
    """
    return elementwise("silu_derivative", _silu_derivative_kernel, x)


def softmax(x: ArrayLike, axis: int = -1) -> NDArray[np.floating]:
    r"""Softmax along ``axis``: ``exp(x) / sum(exp(x))``, stable for any input.

    $$\operatorname{softmax}(x)_i = \frac{e^{x_i - m}}{\sum_j e^{x_j - m}}, \qquad m = \max_j x_j$$

    Subtracting the maximum makes every exponent $\le 0$, so nothing overflows and the sum is at
    least 1. Infinite entries get their limits: where the maximum is $+\infty$ the mass is shared
    by the $+\infty$ entries; a slice whose entries are all $-\infty$ is uniform (all entries are
    equal). NaN anywhere in a slice makes the slice NaN. For two classes,
    ``softmax([x, 0])[0] == sigmoid(x)``.

    Args:
        x: Real input; a 0-d input is a single class and gives 1.
        axis: The axis that holds the classes.

    Returns:
        Non-negative values summing to 1 along ``axis``, with the shape and dtype rules
            of `sigmoid`.
    """
    a = as_real_array(x, "softmax")
    dtype = result_dtype(a.dtype)
    if a.ndim == 0:
        return softmax(a.reshape(1), axis=0)[0]
    normalize_axis_index(axis, a.ndim)  # AxisError for a bad axis, even on empty input
    if a.size == 0:
        return np.empty(a.shape, dtype=dtype)
    z = a.astype(working_dtype(dtype))
    m = z.max(axis=axis, keepdims=True)  # NaN if the slice holds a NaN
    finite_m = np.where(np.isfinite(m), m, 0.0)
    # x - m can only overflow to -inf, where exp gives the 0 it should;
    # underflow in exp is the correctly rounded result
    with np.errstate(over="ignore", under="ignore"):
        z -= finite_m
        z = np.where(m == np.inf, np.where(z == np.inf, 0.0, -np.inf), z)
        z = np.where(m == -np.inf, 0.0, z)
        np.exp(z, out=z)
    z /= z.sum(axis=axis, keepdims=True)  # the sum is >= 1: the maximum contributes exp(0)
    return z.astype(dtype, copy=False)
