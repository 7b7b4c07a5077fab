"""Other ways of computing sigma, sigma' and tanh, which the pages set beside sigmoid_core's: the
naive formula (its overflow warning silenced), the four forms of sigma' that the Python page
compares and where each collapses to 0, sigma from tanh and what it loses, the log-odds round
trip (the sigmoid page's exercise) and tanh from expm1 (the tanh page's)."""

from __future__ import annotations

from dataclasses import dataclass

import mpmath
import numpy as np
from numpy.typing import ArrayLike, NDArray

import sigmoid_core as sc
from scripts.model import ArrayFunction
from sigmoid_core import naive

from .search import first_x_where


def naive_sigmoid_quiet(x: ArrayLike) -> NDArray[np.floating]:
    """naive.sigmoid_naive with its overflow warning silenced: used only where a page shows
    the naive form's values, the warning itself being demonstrated on the Python page."""
    with np.errstate(over="ignore"):
        return naive.sigmoid_naive(x)


def naive_overflow(t: float) -> float:
    """np.exp(t) with numpy's overflow warning silenced: what the naive form computes."""
    with np.errstate(over="ignore"):
        return float(np.exp(t))


@dataclass(frozen=True)
class DerivativeForm:
    """One way of computing sigma' that the Python page compares: its legend label and its
    function of a float64 grid, evaluated in the form's dtype."""

    label: str
    function: ArrayFunction


def derivative_forms(dtype: type[np.floating]) -> dict[str, DerivativeForm]:
    """The four ways of computing sigma' that the Python page compares, in ``dtype``, keyed
    by identifier: ``textbook``, ``from_output``, ``product`` and ``core``."""

    def textbook(x: np.ndarray) -> np.ndarray:
        s = naive_sigmoid_quiet(x.astype(dtype))
        return s * (dtype(1) - s)

    def from_output(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative_from_output(sc.sigmoid(x.astype(dtype)))

    def product(x: np.ndarray) -> np.ndarray:
        rounded = x.astype(dtype)
        return sc.sigmoid(rounded) * sc.sigmoid(-rounded)

    def core(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative(x.astype(dtype))

    return {
        "textbook": DerivativeForm("σ(1 − σ), naive σ", textbook),
        "from_output": DerivativeForm("y(1 − y), stored y", from_output),
        "product": DerivativeForm("σ(x)σ(−x)", product),
        "core": DerivativeForm("sigmoid_derivative", core),
    }


def collapse_point(form: ArrayFunction, dtype: type[np.floating]) -> float:
    """The first x at which a derivative form returns exactly 0."""
    return first_x_where(lambda x: form(np.array([x]))[0] == 0, 1.0, 1000.0, dtype)


def inverse_tanh_form_loss() -> tuple[float, float]:
    """(1 + tanh(x/2))/2 for negative x: its error in ulp at x = -5 against the exact sigma(-5),
    and the |x| from which it returns exactly 0 (tanh(x/2) rounds to -1)."""
    with mpmath.workdps(40):
        exact = float(1 / (1 + mpmath.exp(5)))
    error = (float(sc.sigmoid_from_tanh(-5.0)) - exact) / float(np.spacing(exact))
    zero_from = first_x_where(lambda x: sc.sigmoid_from_tanh(-x) == 0, 1.0, 100.0)
    return abs(error), zero_from


ROUND_TRIP_POINTS = (1.0, 20.0, 36.0, 37.0, 40.0, 700.0)  # the sigmoid page's exercise 4
TANH_POINTS = (1e-1, 1e-4, 1e-8, 1e-12, -1e-8, 30.0)  # the tanh page's exercise 4


def log_odds(x: np.ndarray) -> np.ndarray:
    """ln(sigma(x) / sigma(-x)), which is x: the sigmoid page's round trip without 1 - y."""
    return np.log(sc.sigmoid(x) / sc.sigmoid(-x))


def tanh_expm1(x: np.ndarray) -> np.ndarray:
    """tanh x = -m / (2 + m) with m = e^(-2|x|) - 1 from expm1, made odd: the tanh page's
    form without cancellation."""
    m = np.expm1(-2 * np.abs(x))
    return np.sign(x) * (-m / (2 + m))
