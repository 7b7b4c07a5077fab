"""The logistic sigmoid, its derivatives, its logarithm and its inverse."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._array import as_real_array, elementwise, exp_limit

__all__ = [
    "log_sigmoid",
    "logit",
    "sigmoid",
    "sigmoid_derivative",
    "sigmoid_derivative_from_output",
    "sigmoid_second_derivative",
    "softplus",
]

# Monotonicity. Rounding is monotone, and so are IEEE +, -, *, / in each operand and the
# library's exp, expm1 and log1p (tests/test_monotonicity.py checks them on adjacent floats).
# An expression built from such steps, where every operand moves the result the same way, is
# therefore monotone whatever its rounding errors: 1 / (1 + exp(-x)) is, e^x / (1 + e^x) is
# not (numerator and denominator both grow, and their roundings can make the ratio step down
# between neighbouring inputs, as it did near x = 37). Every kernel below is written that way.


def _sigmoid_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    limit = exp_limit(x.dtype)
    np.negative(x, out=out)
    far = not out.max() <= limit  # one cheap reduction saves a pass; True for NaN, too
    if far:
        np.minimum(out, limit, out=out)  # keeps exp finite; those results are replaced below
    np.exp(out, out=out)  # e^-x, decreasing in x
    out += 1.0
    np.divide(1.0, out, out=out)  # 1 / (1 + e^-x): increasing in x, step by step
    if far:
        # below -limit, 1 + e^-x would overflow; there sigma(x) = e^x / (1 + e^x) equals e^x
        # to far better than an ulp (e^x < 1e-300), the subnormal tail included
        tail = x < -limit
        out[tail] = np.exp(x[tail])


def sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    r"""Logistic sigmoid, element-wise: ``1 / (1 + exp(-x))``.

    $$\sigma(x) = \frac{1}{1 + e^{-x}}$$

    Also called the logistic function or ``expit``. It is evaluated as the textbook formula
    itself, step by step: $e^{-x}$, then $1 + e^{-x}$, then the reciprocal. The sum and the
    reciprocal are IEEE operations, rounded once each; $e^{-x}$ comes from numpy's ``exp``,
    which is not correctly rounded but is monotone on every platform the tests run on
    (`tests/test_monotonicity.py`). Each step moves the result the same way, so the result is
    **monotone**: it never decreases from one float to the next. (The quotient
    $e^x / (1 + e^x)$ is as accurate but not monotone: its numerator and denominator both
    grow and round, and their ratio steps down between neighbouring inputs thousands of times
    near $x = 37$.) Where $e^{-x}$ would overflow, below $x = -709$ in float64, the result is
    $e^x$ itself, which equals $e^x / (1 + e^x)$ there to far better than an ulp: the textbook
    formula's overflow warning and its 0 for $-745.13 < x < -709.78$, where the true value is
    a subnormal, do not happen. No floating-point
    warning is raised for any input. Within 2 ulp of the exact value over the whole float64
    range in the tests against mpmath (`tests/test_accuracy.py`).

    Args:
        x: Real input of any shape. Every float dtype is kept (float16 and float32 are
            evaluated in float64 and rounded once, long double in long double); integers and
            bools become float64.

    Returns:
        $\sigma(x)$ with the shape of ``x``; a numpy scalar for a 0-d input.
            $\sigma(\pm\infty)$ is 1 or 0, NaN stays NaN.

    Examples:
        >>> from sigmoid_core import sigmoid
        >>> float(sigmoid(0.0))
        0.5
        >>> print(f"{sigmoid(-720.0):.4e}")  # a subnormal, where 1/(1 + np.exp(720.0)) gives 0.0
        2.0322e-313

    See also:
        `log_sigmoid` for $\log\sigma(x)$ and `logit` for the inverse.
    """
    return elementwise("sigmoid", _sigmoid_kernel, x)


def _sigmoid_derivative_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    # sigma'(x) = 1 / (e^a + 2 + e^-a) with a = |x|, and e^a + 2 + e^-a = 4 + (e^a - 1)(1 - e^-a).
    # With e = e^a, both factors e - 1 and 1 - 1/e grow with a, so each step below moves the
    # result one way and the result never steps up as |x| grows.
    limit = exp_limit(x.dtype)
    np.absolute(x, out=out)
    far = not out.max() <= limit  # True for NaN
    if far:
        np.minimum(out, limit, out=out)
    np.exp(out, out=out)  # e in [1, e^limit]
    grown = np.subtract(out, 1.0)  # e - 1: exact for e <= 2 (Sterbenz)
    np.divide(1.0, out, out=out)
    np.subtract(1.0, out, out=out)  # 1 - 1/e
    out *= grown
    out += 4.0
    np.divide(1.0, out, out=out)
    if far:
        # beyond the limit sigma'(x) = e^-|x| (1 + e^-|x|)^-2 equals e^-|x| to far better than
        # an ulp; it is subnormal or 0 there
        tail = np.abs(x) > limit
        out[tail] = np.exp(-np.abs(x[tail]))


def sigmoid_derivative(x: ArrayLike) -> NDArray[np.floating]:
    r"""Derivative of the logistic sigmoid, element-wise, computed from ``x``.

    $$\sigma'(x) = \sigma(x)\,\sigma(-x) = \frac{e^{-|x|}}{\left(1 + e^{-|x|}\right)^2}$$

    The textbook form $\sigma(x)(1-\sigma(x))$ cancels to exactly 0 once $\sigma(x)$ rounds to 1
    (from $x \approx 36.7$ in float64, $16.6$ in float32) although the true value is about
    $e^{-x}$. This function evaluates
    $\sigma'(x) = 1 / \bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\bigr)$: no step cancels, so the
    result stays within 3 ulp of the exact value over the whole float64 range in the tests
    against mpmath (an ulp of a subnormal result, from $|x| > 708.4$, is the fixed gap
    between subnormals, so its relative error grows as it shrinks). Both factors grow with
    $|x|$ and every step (``exp``, monotone; the IEEE operations, rounded once each) moves the
    result the same way, so it never increases as $|x|$ grows (the product
    $\sigma(x)\sigma(-x)$ and the quotient $e^{-|x|} / (1 + e^{-|x|})^2$ can), and it depends
    on $|x|$ only, so ``sigmoid_derivative(-x) == sigmoid_derivative(x)`` bit for bit.

    Args:
        x: Real input of any shape (the pre-activation, not the sigmoid's output).

    Returns:
        $\sigma'(x)$, in $[0, 1/4]$, with the shape and float dtype rules of `sigmoid`.

    Examples:
        >>> from sigmoid_core import sigmoid_derivative
        >>> float(sigmoid_derivative(0.0))
        0.25
        >>> d = sigmoid_derivative(40.0)  # s*(1-s) gives 0.0; exact: 4.2483542552915890e-18
        >>> print(f"{d:.14e}")  # the digits that every result within 3 ulp shares
        4.24835425529159e-18

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


def _output_kernel(y: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    np.subtract(1.0, y, out=out)  # exact for y >= 1/2 (Sterbenz)
    np.multiply(out, y, out=out)


def _second_derivative_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
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
        = -\operatorname{sign}(x)\,
          \frac{e^{-|x|}\,\bigl(1 - e^{-|x|}\bigr)}{\left(1 + e^{-|x|}\right)^3}$$

    $1 - 2\sigma(x)$ cancels near the inflection point $x = 0$ and rounds to $-1$ for large
    $x$; the last form computes $1 - e^{-|x|}$ with ``expm1`` instead, so no step cancels: the
    result stays within 3 ulp of the exact value in the tests against mpmath
    (`tests/test_accuracy.py`; where it is subnormal, beyond $|x| \approx 708.4$, an ulp is the
    fixed gap between subnormals and the relative error grows), is exactly odd, and is exactly
    0 at $x = 0$.

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


def _softplus_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    limit = exp_limit(x.dtype)
    far = not x.max() <= limit  # True for NaN
    np.exp(np.minimum(x, limit) if far else x, out=out)
    np.log1p(out, out=out)  # log(1 + e^x): exp and log1p both increase
    if far:
        # beyond the limit log(1 + e^x) = x + log1p(e^-x) rounds to x itself
        tail = x > limit
        out[tail] = x[tail]


def softplus(x: ArrayLike) -> NDArray[np.floating]:
    r"""Softplus, element-wise: ``log(1 + exp(x))``, the smooth ReLU.

    $$\operatorname{softplus}(x) = \log\left(1 + e^{x}\right)
        = \max(x, 0) + \log\left(1 + e^{-|x|}\right)$$

    It is evaluated as $\operatorname{log1p}(e^x)$, both steps increasing, so the result is
    monotone; above $x = 709$ (float64), where $e^x$ would overflow, the result is $x$ itself,
    which is what $\max(x, 0) + \log(1 + e^{-|x|})$ rounds to there. Within 1 ulp over the
    whole float range. Its derivative is $\sigma(x)$.

    Examples:
        >>> from sigmoid_core import softplus
        >>> float(softplus(1000.0))  # log(1 + exp(1000.0)) overflows to inf
        1000.0
    """
    return elementwise("softplus", _softplus_kernel, x)


def _log_sigmoid_kernel(x: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    _softplus_kernel(np.negative(x), out)
    np.negative(out, out=out)  # log sigma(x) = -softplus(-x)


def log_sigmoid(x: ArrayLike) -> NDArray[np.floating]:
    r"""Logarithm of the sigmoid, element-wise: ``log(sigmoid(x)) = -softplus(-x)``.

    $$\log\sigma(x) = -\log\left(1 + e^{-x}\right) = \min(x, 0) - \log\left(1 + e^{-|x|}\right)$$

    ``np.log(sigmoid(x))`` fails at both ends: for $x > 36.7$ the sigmoid has rounded to 1 and
    the log returns 0 instead of about $-e^{-x}$, and below $x \approx -745$ it returns
    $-\infty$ instead of about $x$. This is why losses are computed from logits: the binary
    cross-entropy of a logit $z$ and label $t$ is
    ``-(t * log_sigmoid(z) + (1 - t) * log_sigmoid(-z))``.

    Evaluated as $-\operatorname{log1p}(e^{-x})$ (see `softplus`), so it is monotone, and within
    1 ulp over the whole float range. (The form $\min(x, 0) - \operatorname{log1p}(e^{-|x|})$ is
    as accurate but subtracts two terms that grow together for $x < 0$, and steps down between
    neighbouring inputs.)

    Examples:
        >>> from sigmoid_core import log_sigmoid
        >>> float(log_sigmoid(-1000.0))  # np.log(sigmoid(-1000.0)) would be -inf
        -1000.0
    """
    return elementwise("log_sigmoid", _log_sigmoid_kernel, x)


def _logit_kernel(p: NDArray[np.floating], out: NDArray[np.floating]) -> None:
    # logit(p) = log1p((2p - 1) / (1 - p)) for p >= 1/2, where 2p - 1 and 1 - p are exact
    # (Sterbenz) and only the quotient rounds; -log1p((1 - 2p) / p) below 1/2, where p is exact
    # and 1 - 2p is exact from p = 1/4 on. Either way the argument of log1p is >= 0, where
    # log1p does not amplify errors, and each step moves the result one way. The two forms
    # meet at 1/2 with a change of sign, so the joint is monotone too. Below the smallest
    # normal number (zero, negatives and subnormals) (1 - 2p) / p would overflow: there
    # logit(p) = log(p) + p + ... is log(p) itself. The ends legitimately give log1p(inf) = inf
    # at p = 1 and log(0) = -inf, and p outside [0, 1] gives NaN: the intended IEEE results.
    smallest_normal = np.finfo(p.dtype).smallest_normal
    with np.errstate(divide="ignore", invalid="ignore"):
        np.subtract(1.0, p, out=out)
        np.divide(2.0 * p - 1.0, out, out=out)
        np.log1p(out, out=out)
        lower = ~(p >= 0.5)  # NaN too: it stays NaN on either branch
        if lower.any():
            q = p[lower]
            tiny = ~(q >= smallest_normal)
            q_normal = np.maximum(q, smallest_normal)  # tiny ones are replaced below
            below = np.log1p((1.0 - 2.0 * q_normal) / q_normal)
            np.negative(below, out=below)
            below[tiny] = np.log(q[tiny])
            out[lower] = below


def logit(p: ArrayLike) -> NDArray[np.floating]:
    r"""Logit, the inverse of the sigmoid: ``log(p / (1 - p))``, element-wise.

    $$\operatorname{logit}(p) = \log\frac{p}{1 - p}, \qquad \sigma(\operatorname{logit}(p)) = p$$

    The log-odds of a probability. $\log(p / (1 - p))$ itself loses digits near $p = 1/2$, where
    the quotient is close to 1, so the function evaluates
    $\operatorname{log1p}\bigl((2p - 1)/(1 - p)\bigr)$ for $p \ge 1/2$ and
    $-\operatorname{log1p}\bigl((1 - 2p)/p\bigr)$ below. The numerator and the denominator are
    exact from $p = 1/4$ up (Sterbenz's lemma; below $1/4$, $1 - 2p$ rounds once), the
    quotient rounds once, and $\operatorname{log1p}$ of a non-negative argument does not
    amplify that error: within 1 ulp over $[0, 1]$. Each step moves the result one way and the
    two forms meet at $p = 1/2$ with a change of sign, so the result is monotone. Below the
    smallest normal number the result is $\log p$, to which $\log(p / (1-p))$ rounds there.

    Returns:
        ``logit(0) = -inf``, ``logit(1) = inf``, NaN for ``p`` outside $[0, 1]$ and for
            NaN, without a floating-point warning.

    Examples:
        >>> from sigmoid_core import logit
        >>> float(logit(0.5)), float(logit(1.0))
        (0.0, inf)
    """
    return elementwise("logit", _logit_kernel, p)
