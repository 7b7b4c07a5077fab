"""The logistic sigmoid, its derivatives, its logarithm and its inverse."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._array import as_real_array, elementwise

__all__ = [
    "log_sigmoid",
    "logit",
    "sigmoid",
    "sigmoid_derivative",
    "sigmoid_derivative_from_output",
    "sigmoid_second_derivative",
    "softplus",
]

# exp(709) = 8.2e307 is finite in float64 (exp overflows from 709.78 on), and from x = 37 on
# sigma(x) rounds to 1, so clipping x at EXP_ARG_LIMIT keeps e^x finite and changes no result.
EXP_ARG_LIMIT = 709.0


def _sigmoid_kernel(x: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    if x.max() <= EXP_ARG_LIMIT:  # one cheap reduction saves a pass; False for NaN, too
        np.exp(x, out=out)
    else:
        np.minimum(x, EXP_ARG_LIMIT, out=out)
        np.exp(out, out=out)
    # e / (1 + e) with e = e^x: for x > 0 the error of e cancels between numerator and
    # denominator; for x < -37, 1 + e rounds to 1 and the result is e itself, subnormals
    # included. Within 2 ulp everywhere (tests/test_accuracy.py).
    np.divide(out, out + 1.0, out=out)


def sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    r"""Logistic sigmoid, element-wise: ``1 / (1 + exp(-x))``.

    $$\sigma(x) = \frac{1}{1 + e^{-x}}$$

    Also called the logistic function or ``expit``. It is evaluated as $e^x / (1 + e^x)$, with
    $x$ clipped at 709 where $\sigma(x)$ has long rounded to 1: the textbook formula's
    $e^{-x}$ overflows for $x < -709.78$ and flushes the subnormal tail to 0, this form returns
    $e^x$ itself there (for $x < -37$, $1 + e^x$ rounds to 1), to the last bit. No
    floating-point warning is raised for any input.

    Args:
        x: Real input of any shape. float32 and float16 are kept, integers and bools become
            float64.

    Returns:
        $\sigma(x)$ with the shape of ``x``; a numpy scalar for a 0-d input. $\sigma(\pm\infty)$
        is 1 or 0, NaN stays NaN.

    Examples:
        >>> from sigmoid_core import sigmoid
        >>> float(sigmoid(0.0))
        0.5
        >>> float(sigmoid(-720.0))  # a subnormal, where 1/(1 + np.exp(720.0)) gives 0.0
        2.0322308024e-313

    See also:
        `log_sigmoid` for $\log\sigma(x)$ and `logit` for the inverse.
    """
    return elementwise("sigmoid", _sigmoid_kernel, x)


def _sigmoid_derivative_kernel(x: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    np.copysign(x, -1.0, out=out)
    np.exp(out, out=out)  # e = exp(-|x|), in [0, 1]: cannot overflow
    denominator = np.add(out, 1.0)
    np.multiply(denominator, denominator, out=denominator)
    np.divide(out, denominator, out=out)  # e / (1 + e)^2 = sigma(x) sigma(-x)


def sigmoid_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of the logistic sigmoid, element-wise, computed from ``x``.

    $$\sigma'(x) = \sigma(x)\,\sigma(-x) = \frac{e^{-|x|}}{\left(1 + e^{-|x|}\right)^2}$$

    The textbook form $\sigma(x)(1-\sigma(x))$ cancels to exactly 0 once $\sigma(x)$ rounds to 1
    (from $x \approx 36.7$ in float64, $16.6$ in float32) although the true value is about
    $e^{-x}$. Written with $e^{-|x|}$ the formula keeps full relative precision everywhere,
    subnormal results included, and is exactly even: ``sigmoid_derivative(-x) ==
    sigmoid_derivative(x)`` bit for bit.

    Args:
        x: Real input of any shape (the pre-activation, not the sigmoid's output).

    Returns:
        $\sigma'(x)$, in $[0, 1/4]$, with the shape and float dtype rules of `sigmoid`.

    Examples:
        >>> from sigmoid_core import sigmoid_derivative
        >>> float(sigmoid_derivative(0.0))
        0.25
        >>> float(sigmoid_derivative(40.0))  # s*(1-s) would give 0.0 here
        4.248354255291589e-18

    See also:
        `sigmoid_derivative_from_output` when you hold $y = \sigma(x)$ instead of $x$.
    """
    return elementwise("sigmoid_derivative", _sigmoid_derivative_kernel, x)


def sigmoid_derivative_from_output(y: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of the sigmoid from its *output* ``y = sigmoid(x)``: ``y * (1 - y)``.

    $$\sigma'(x) = y\,(1 - y) \quad\text{where}\quad y = \sigma(x)$$

    Backpropagation code often keeps the activation $y$ from the forward pass and reuses it
    here. The classic pitfall is to pass the pre-activation $x$ instead: at $x = 0$ that gives
    $0 \cdot (1 - 0) = 0$ instead of $\sigma'(0) = 1/4$, silently. To catch most such calls, a
    ``y`` outside $[0, 1]$ raises ValueError. Use `sigmoid_derivative` when you have ``x``: it is
    also more accurate, because once $y$ has rounded to 1 (from $x \approx 36.7$) this form can
    only return 0.

    Args:
        y: Sigmoid outputs, in $[0, 1]$ (NaN allowed and propagated).

    Returns:
        $y(1-y)$ with the shape and float dtype rules of `sigmoid`.

    Raises:
        ValueError: if some ``y`` lies outside $[0, 1]$, which means it cannot be an output of
            the sigmoid (a pre-activation $x$ was probably passed).

    Examples:
        >>> from sigmoid_core import sigmoid, sigmoid_derivative_from_output
        >>> float(sigmoid_derivative_from_output(sigmoid(0.0)))
        0.25
    """
    a = as_real_array(y, "sigmoid_derivative_from_output")
    outside = (a < 0) | (a > 1)
    if outside.any():
        bad = a[outside].flat[0]
        raise ValueError(
            "sigmoid_derivative_from_output() expects y = sigmoid(x) in [0, 1], got "
            f"{bad!r}: pass the sigmoid's output, or call sigmoid_derivative(x) with the input"
        )
    return elementwise("sigmoid_derivative_from_output", _output_kernel, a)


def _output_kernel(y: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    np.subtract(1.0, y, out=out)  # exact for y >= 1/2 (Sterbenz)
    np.multiply(out, y, out=out)


def _second_derivative_kernel(x: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    minus_abs = np.copysign(x, -1.0)
    e = np.exp(minus_abs)  # exp(-|x|) in [0, 1]
    one_minus_e = np.expm1(minus_abs)
    np.negative(one_minus_e, out=one_minus_e)  # 1 - e without cancellation near x = 0
    d = e + 1.0
    d_low = e - (d - 1.0)  # the rounding error of 1 + e, exactly (Fast2Sum: 1 >= e)
    # e (1 - e) / (1 + e)^3, and (1 + e)^3 = d^3 (1 + d_low/d)^3 ~ d^3 (1 + 3 d_low/d): the
    # correction removes the 1.5 ulp that rounding 1 + e would cost once cubed
    np.multiply(e, one_minus_e, out=out)
    out /= d * d * d
    out *= 1.0 - 3.0 * d_low / d
    np.copysign(out, x, out=out)
    np.subtract(0.0, out, out=out)  # sigma'' is odd with the sign of -x, and +0 at x = +-0


def sigmoid_second_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Second derivative of the logistic sigmoid, element-wise.

    $$\sigma''(x) = \sigma'(x)\,\bigl(1 - 2\sigma(x)\bigr)
        = -\sigma'(x)\tanh\frac{x}{2}
        = -\operatorname{sign}(x)\,\frac{e^{-|x|}\,\bigl(1 - e^{-|x|}\bigr)}{\left(1 + e^{-|x|}\right)^3}$$

    $1 - 2\sigma(x)$ cancels near the inflection point $x = 0$ and rounds to $-1$ for large
    $x$; the last form computes $1 - e^{-|x|}$ with ``expm1`` instead, so the result keeps full
    relative precision on both sides, is exactly odd, and is exactly 0 at $x = 0$.

    Args:
        x: Real input of any shape.

    Returns:
        $\sigma''(x)$, in $[-1/(6\sqrt3), 1/(6\sqrt3)]$, with the dtype rules of `sigmoid`.

    Examples:
        >>> from sigmoid_core import sigmoid_second_derivative
        >>> float(sigmoid_second_derivative(0.0))
        0.0
    """
    return elementwise("sigmoid_second_derivative", _second_derivative_kernel, x)


def _softplus_kernel(x: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    np.copysign(x, -1.0, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)  # log(1 + e^-|x|) in [0, log 2]
    out += np.maximum(x, 0.0)  # max(x, 0) + log1p(e^-|x|): no overflow, no cancellation


def softplus(x: ArrayLike) -> NDArray[np.floating]:
    r"""Softplus, element-wise: ``log(1 + exp(x))``, the smooth ReLU.

    $$\operatorname{softplus}(x) = \log\left(1 + e^{x}\right)
        = \max(x, 0) + \log\left(1 + e^{-|x|}\right)$$

    The second form never overflows and adds two non-negative terms, so it keeps full relative
    precision; its derivative is $\sigma(x)$.

    Examples:
        >>> from sigmoid_core import softplus
        >>> float(softplus(1000.0))  # log(1 + exp(1000.0)) overflows to inf
        1000.0
    """
    return elementwise("softplus", _softplus_kernel, x)


def _log_sigmoid_kernel(x: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    np.copysign(x, -1.0, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    np.subtract(np.minimum(x, 0.0), out, out=out)  # min(x, 0) - log1p(e^-|x|) = -softplus(-x)


def log_sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    r"""Logarithm of the sigmoid, element-wise: ``log(sigmoid(x)) = -softplus(-x)``.

    $$\log\sigma(x) = -\log\left(1 + e^{-x}\right) = \min(x, 0) - \log\left(1 + e^{-|x|}\right)$$

    ``np.log(sigmoid(x))`` fails at both ends: for $x > 36.7$ the sigmoid has rounded to 1 and
    the log returns 0 instead of about $-e^{-x}$, and below $x \approx -745$ it returns
    $-\infty$ instead of about $x$. This is why losses are computed from logits: the binary
    cross-entropy of a logit $z$ and label $t$ is
    ``-(t * log_sigmoid(z) + (1 - t) * log_sigmoid(-z))``.

    Examples:
        >>> from sigmoid_core import log_sigmoid
        >>> float(log_sigmoid(-1000.0))  # np.log(sigmoid(-1000.0)) would be -inf
        -1000.0
    """
    return elementwise("log_sigmoid", _log_sigmoid_kernel, x)


def _logit_kernel(p: NDArray[np.float64], out: NDArray[np.float64]) -> None:
    # log(p / (1 - p)) away from p = 1/2, log1p(2(p - 1/2) / (1 - p)) near it, where the plain
    # form cancels; the same split as scipy.special.logit. The ratio 0/0 cannot occur, but the
    # ends of the domain legitimately produce log(0) = -inf, p/0 = inf, and log of a negative
    # ratio = NaN outside [0, 1]: those are the intended IEEE results.
    one_minus_p = 1.0 - p
    near_half = (p >= 0.3) & (p <= 0.65)
    with np.errstate(divide="ignore", invalid="ignore"):
        np.divide(p, one_minus_p, out=out)
        np.log(out, out=out)
        if near_half.any():
            q = p[near_half]
            out[near_half] = np.log1p(2.0 * (q - 0.5) / one_minus_p[near_half])


def logit(p: ArrayLike) -> NDArray[np.floating]:
    r"""Logit, the inverse of the sigmoid: ``log(p / (1 - p))``, element-wise.

    $$\operatorname{logit}(p) = \log\frac{p}{1 - p}, \qquad \sigma(\operatorname{logit}(p)) = p$$

    The log-odds of a probability. Near $p = 1/2$ the quotient is close to 1 and its logarithm
    would cancel, so there the function evaluates $\log_{1p}\bigl(2(p - 1/2)/(1 - p)\bigr)$,
    whose argument is computed exactly.

    Returns:
        ``logit(0) = -inf``, ``logit(1) = inf``, NaN for ``p`` outside $[0, 1]$ and for NaN,
        without a floating-point warning.

    Examples:
        >>> from sigmoid_core import logit
        >>> float(logit(0.5)), float(logit(1.0))
        (0.0, inf)
    """
    return elementwise("logit", _logit_kernel, p)
