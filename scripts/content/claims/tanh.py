"""The claims of docs/tanh.md."""

from __future__ import annotations

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.floats import EPS64
from scripts.experiments.forms import TANH_POINTS, tanh_expm1
from scripts.experiments.search import holds_on_grid
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import shared, value_claim


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers and identities of the page's exercises and their answers."""
    m = sp.Symbol("m")
    return (
        # exercise 1: tanh and its derivative at 1 from sigma(2) alone
        value_claim(page, r"\sigma(2) \approx 0.880797", lambda: float(sc.sigmoid(2.0))),
        value_claim(
            page,
            r"2\sigma(2) - 1 \approx 0.761594",
            lambda: (float(sc.tanh_from_sigmoid(1.0)), float(np.tanh(1.0))),
        ),
        value_claim(
            page,
            r"-\tanh 1 \approx -0.761594",
            lambda: (float(sc.tanh_from_sigmoid(-1.0)), float(np.tanh(-1.0))),
        ),
        value_claim(
            page,
            r"4\sigma(2)\bigl(1 - \sigma(2)\bigr) \approx 0.419974",
            lambda: (
                4 * float(sc.sigmoid(2.0)) * (1 - float(sc.sigmoid(2.0))),
                float(sc.tanh_derivative(1.0)),
                1 - float(np.tanh(1.0)) ** 2,
            ),
        ),
        # exercise 4: the form without cancellation
        Claim(
            page,
            r"\tanh x = \frac{-m}{2 + m}",
            lambda: symbolic_identity(sp.tanh(X), (-m / (2 + m)).subs(m, sp.exp(-2 * X) - 1)),
        ),
        Claim(
            page,
            "agrees with `numpy.tanh` to the last bit at every point here",
            lambda: bool(
                np.array_equal(tanh_expm1(np.array(TANH_POINTS)), np.tanh(np.array(TANH_POINTS)))
            ),
        ),
        Claim(
            page,
            r"\tanh x = -\tanh|x|",
            lambda: symbolic_identity(
                sp.tanh(sp.Symbol("x", negative=True)),
                -sp.tanh(sp.Abs(sp.Symbol("x", negative=True))),
            ),
        ),
    )


def claims() -> tuple[Claim, ...]:
    page = "tanh.md"
    return (
        *exercise_claims(page),
        Claim(
            page,
            r"\tanh x = 2\sigma(2x) - 1",
            lambda: (
                symbolic_identity(sp.tanh(X), 2 * SIGMA.subs(X, 2 * X) - 1)
                and holds_on_grid(sc.tanh_from_sigmoid, np.tanh, 4 * EPS64)
            ),
        ),
        Claim(
            page,
            r"\sigma(2x) = \frac{1}{1 + e^{-2x}} = \frac{e^{x}}{e^{x} + e^{-x}}",
            lambda: symbolic_identity(SIGMA.subs(X, 2 * X), sp.exp(X) / (sp.exp(X) + sp.exp(-X))),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{1 + \tanh(x/2)}{2}",
            lambda: (
                symbolic_identity(SIGMA, (1 + sp.tanh(X / 2)) / 2)
                and holds_on_grid(sc.sigmoid_from_tanh, sc.sigmoid, 2 * EPS64)
            ),
        ),
        Claim(
            page,
            r"\tanh'(x) = 1 - \tanh^2 x",
            lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 1 - sp.tanh(X) ** 2),
        ),
        Claim(page, r"\tanh'(0) = 1", lambda: sc.tanh_derivative(0.0) == 1.0),
        Claim(
            page,
            r"\cosh^2 x - \sinh^2 x = \frac14\bigl((e^{x} + e^{-x})^2 - (e^{x} - e^{-x})^2\bigr)"
            r" = \frac14 \cdot 4 = 1",
            lambda: (
                symbolic_identity(
                    sp.cosh(X) ** 2 - sp.sinh(X) ** 2,
                    ((sp.exp(X) + sp.exp(-X)) ** 2 - (sp.exp(X) - sp.exp(-X)) ** 2) / 4,
                )
                and sp.expand((sp.exp(X) + sp.exp(-X)) ** 2 - (sp.exp(X) - sp.exp(-X)) ** 2) == 4
            ),
        ),
        Claim(
            page,
            r"\tanh'(x) = 1/\cosh^2 x = \operatorname{sech}^2 x",
            lambda: (
                symbolic_identity(sp.diff(sp.tanh(X), X), 1 / sp.cosh(X) ** 2)
                and symbolic_identity(1 / sp.cosh(X) ** 2, sp.sech(X) ** 2)
            ),
        ),
        shared.machine_epsilon(page),
        Claim(
            page,
            r"\tanh'(x) = 4\,\sigma'(2x)",
            lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 4 * sp.diff(SIGMA, X).subs(X, 2 * X)),
        ),
    )
