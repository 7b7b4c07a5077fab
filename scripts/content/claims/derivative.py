"""The claims of docs/derivative.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    first_x_where,
    grid_max,
    holds_on_grid,
    lambdified_derivative_failures,
)
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, at_zero, symbolic_identity

from . import value_claim


def claims() -> tuple[Claim, ...]:
    page = "derivative.md"
    derivative = sp.Derivative(SIGMA, X)  # unevaluated: SymPy differentiates when a check runs
    return (
        Claim(
            page,
            r"\sigma'(x)\bigl(1 - 6\sigma(x) + 6\sigma(x)^2\bigr)",
            lambda: symbolic_identity(
                sp.diff(SIGMA, X, 3), sp.diff(SIGMA, X) * (1 - 6 * SIGMA + 6 * SIGMA**2)
            ),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{1}{2} \pm \frac{\sqrt{3}}{6}",
            lambda: all(
                sp.simplify(root - sp.Rational(1, 2)) in (sp.sqrt(3) / 6, -sp.sqrt(3) / 6)
                for root in sp.solve(1 - 6 * sp.Symbol("s") + 6 * sp.Symbol("s") ** 2)
            ),
        ),
        value_claim(
            page,
            r"once $\sigma'$ is subnormal ($\lvert x \rvert > 708.4$)",
            lambda: first_x_where(
                lambda t: sc.sigmoid_derivative(t) < np.finfo(np.float64).smallest_normal,
                1.0,
                1000.0,
            ),
        ),
        Claim(
            page,
            r"$\sigma'(x) = 1 / \bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\bigr)$",
            lambda: (
                symbolic_identity(
                    sp.Derivative(SIGMA, X), 1 / (4 + (sp.exp(X) - 1) * (1 - sp.exp(-X)))
                )
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.sigmoid(x) * sc.sigmoid(-x), 8 * EPS64
                )
            ),
        ),
        value_claim(
            page,
            r"overflows below $x \approx -354.9$",
            lambda: lambdified_derivative_failures()["zero_below"],
        ),
        Claim(
            page,
            r"\sigma'(x) = \sigma(x)\bigl(1 - \sigma(x)\bigr)",
            lambda: symbolic_identity(derivative, SIGMA * (1 - SIGMA)),
        ),
        Claim(
            page,
            r"\sigma'(x) = \sigma(x)\,\sigma(-x)",
            lambda: (
                symbolic_identity(derivative, SIGMA * SIGMA.subs(X, -X))
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.sigmoid(x) * sc.sigmoid(-x), 8 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\sigma'(x) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2}",
            lambda: symbolic_identity(derivative, sp.exp(-X) / (1 + sp.exp(-X)) ** 2),
        ),
        Claim(
            page,
            r"\sigma'(x) = \frac{1}{4}\operatorname{sech}^2\frac{x}{2}",
            lambda: (
                symbolic_identity(derivative, sp.sech(X / 2) ** 2 / 4)
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.tanh_derivative(x / 2) / 4, 8 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\sigma'(0) = \frac{1}{4}",
            lambda: at_zero(derivative) == sp.Rational(1, 4) and sc.sigmoid_derivative(0.0) == 0.25,
        ),
        Claim(
            page,
            r"\sigma'(-x) = \sigma'(x)",
            lambda: symbolic_identity(derivative.subs(X, -X), derivative),
        ),
        Claim(
            page,
            r"\sigma''(x) = \sigma'(x)\bigl(1 - 2\sigma(x)\bigr)",
            lambda: symbolic_identity(sp.diff(SIGMA, X, 2), derivative * (1 - 2 * SIGMA)),
        ),
        value_claim(
            page,
            r"x = \pm\ln\bigl(2 + \sqrt{3}\bigr) \approx \pm 1.317",
            lambda: math.log(2 + math.sqrt(3)),
            also=lambda: symbolic_identity(sp.diff(SIGMA, X, 3).subs(X, sp.log(2 + sp.sqrt(3))), 0),
        ),
        value_claim(
            page,
            r"\pm\frac{1}{6\sqrt{3}} \approx \pm 0.0962",
            lambda: grid_max(sc.sigmoid_second_derivative),
            also=lambda: symbolic_identity(
                sp.diff(SIGMA, X, 2).subs(X, -sp.log(2 + sp.sqrt(3))), 1 / (6 * sp.sqrt(3))
            ),
        ),
        value_claim(page, "0.1966119332", lambda: float(sc.sigmoid_derivative(1.0))),
        value_claim(
            page, r"\sigma'(10) \approx 0.0000453958", lambda: float(sc.sigmoid_derivative(10.0))
        ),
        *(
            Claim(
                page,
                text,
                lambda: (
                    grid_max(sc.sigmoid_derivative) == 0.25 and sc.sigmoid_derivative(0.0) == 0.25
                ),
            )
            for text in (
                "its maximum 1/4",
                "The maximum slope is 1/4, at 0",
                "a bell with its maximum 1/4 at x = 0",
                "x = 0 with value 1/4",
            )
        ),
    )
