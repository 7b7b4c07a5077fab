"""The sigmoid beside its relatives (the logistic and activations pages): the normal distribution
function (probit), scaled to match it, and the gaps between the two; GELU and its two sigmoid
approximations; other S-curves (Gompertz, Richards, arctan, algebraic); the linear regime near
0; the variance of the logistic distribution."""

from __future__ import annotations

import functools
import math

import mpmath
import numpy as np

import sigmoid_core as sc

PROBIT_SCALE = math.sqrt(math.pi / 8)  # Phi(x sqrt(pi/8)) has the sigmoid's slope 1/4 at 0
STEEPNESSES = (0.5, 1.0, 2.0, 8.0)  # the weights k drawn in sigma(kx)


def probit(x: np.ndarray) -> np.ndarray:
    """Phi(x), the standard normal distribution function."""
    from scipy.special import ndtr

    return ndtr(x)


def probit_matched(x: np.ndarray) -> np.ndarray:
    """Phi(x sqrt(pi/8)): the standard normal distribution function, scaled to slope 1/4 at 0."""
    from scipy.special import ndtr

    return ndtr(x * PROBIT_SCALE)


def logit_minus_probit(x: np.ndarray) -> np.ndarray:
    return sc.sigmoid(x) - probit_matched(x)


@functools.cache
def logit_probit_gap() -> tuple[float, float]:
    """The largest |sigma(x) - Phi(x sqrt(pi/8))| on a fine grid of [0, 10], and where."""
    x = np.linspace(0.0, 10.0, 1_000_001)
    gap = np.abs(logit_minus_probit(x))
    i = int(np.argmax(gap))
    return float(gap[i]), float(x[i])


def probit_sigmoid_gap(scale: float) -> float:
    """max |Phi(x) - sigma(scale x)| on a fine grid of [0, 10] (the gap is odd in x)."""
    x = np.linspace(0.0, 10.0, 200_001)
    return float(np.max(np.abs(probit(x) - sc.sigmoid(scale * x))))


@functools.cache
def probit_minimax_scale() -> float:
    """The c that makes max |Phi(x) - sigma(c x)| smallest."""
    from scipy.optimize import minimize_scalar

    found = minimize_scalar(
        probit_sigmoid_gap, bounds=(1.5, 1.9), method="bounded", options={"xatol": 1e-7}
    )
    return float(found.x)


def gompertz(x: np.ndarray) -> np.ndarray:
    """The Gompertz curve exp(-e^-x): an S-curve from 0 to 1 that turns at 1/e."""
    return np.exp(-np.exp(-np.asarray(x, dtype=float)))


def richards_half(x: np.ndarray) -> np.ndarray:
    """Richards' generalised logistic (1 + e^-x)^(-1/nu) with nu = 1/2: sigma(x)^2."""
    return sc.sigmoid(x) ** 2


def arctan_sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + np.arctan(np.pi * x / 4) / np.pi


def algebraic_sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + x / (4 * np.sqrt(1 + x * x / 4))


def linear_regime_error(half_width: float = 0.5) -> float:
    """max |sigma(x) - (1/2 + x/4)| for |x| <= half_width."""
    x = np.linspace(-half_width, half_width, 100_001)
    return float(np.max(np.abs(sc.sigmoid(x) - (0.5 + x / 4))))


def logistic_variance() -> float:
    """The variance of the standard logistic distribution, by quadrature at 30 digits."""
    with mpmath.workdps(30):
        density = lambda t: mpmath.exp(-t) / (1 + mpmath.exp(-t)) ** 2
        return float(mpmath.quad(lambda t: t * t * density(t), [-mpmath.inf, 0, mpmath.inf]))


GELU_SIGMOID_SCALE = 1.702  # GELU(x) = x Phi(x) ~ x sigma(1.702 x)


@functools.cache
def gelu_sigmoid_gap() -> tuple[float, float]:
    """max |x Phi(x) - x sigma(1.702 x)| on a fine grid of [-10, 10], and where (|x|)."""
    from scipy.special import ndtr

    x = np.linspace(-10.0, 10.0, 2_000_001)
    gap = np.abs(x * ndtr(x) - x * sc.sigmoid(GELU_SIGMOID_SCALE * x))
    i = int(np.argmax(gap))
    return float(gap[i]), float(abs(x[i]))


GELU_TANH_CUBIC = 0.044715  # the tanh form's cubic coefficient (Hendrycks and Gimpel)


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GELU's tanh form x sigma(2 sqrt(2/pi) (x + 0.044715 x^3)), written with the sigmoid."""
    return x * sc.sigmoid(2 * math.sqrt(2 / math.pi) * (x + GELU_TANH_CUBIC * x**3))


def gelu_tanh_gap() -> float:
    """max |x Phi(x) - gelu_tanh(x)| on a fine grid of [-10, 10]."""
    x = np.linspace(-10.0, 10.0, 2_000_001)
    return float(np.max(np.abs(x * probit(x) - gelu_tanh(x))))
