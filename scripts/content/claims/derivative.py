"""The claims of docs/derivative.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.differentiation import lambdified_derivative_failures
from scripts.experiments.floats import EPS64, half_maximum_point, saturation_points
from scripts.experiments.forms import collapse_point, derivative_forms
from scripts.experiments.search import first_x_where, grid_max, holds_on_grid
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, at_zero, symbolic_identity

from . import close, shared, value_claim


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers and identities of the page's exercises and their answers."""
    s = sp.Symbol("s")
    root2 = sp.sqrt(2)
    from_output = derivative_forms(np.float64)["from_output"].function  # y(1 - y), y = sigmoid(x)
    return (
        # exercise 1: the slope from a kept output, and the pitfall fed the input
        value_claim(
            page,
            r"y(1 - y) = 0.9 \cdot 0.1 = 0.09",
            lambda: float(sc.sigmoid_derivative_from_output(0.9)),
            also=lambda: close(float(sc.sigmoid_derivative(sc.logit(0.9))), 0.09, 1e-14),
        ),
        shared.logit_of_nine_tenths(page),
        value_claim(
            page,
            r"x(1 - x) \approx -2.63",
            lambda: float(sc.logit(0.9)) * (1 - float(sc.logit(0.9))),
        ),
        # exercise 3: where the slope is half its maximum
        Claim(
            page,
            r"\sigma(x) = \frac12 \pm \frac{\sqrt2}{4}",
            lambda: (
                set(sp.solve(s * (1 - s) - sp.Rational(1, 8), s))
                == {sp.Rational(1, 2) + root2 / 4, sp.Rational(1, 2) - root2 / 4}
            ),
        ),
        Claim(
            page,
            r"\bigl(1 + \sqrt2\bigr)^2 = 3 + 2\sqrt2",  # so ln(3 + 2 sqrt 2) = 2 ln(1 + sqrt 2)
            lambda: (
                sp.expand((1 + root2) ** 2) == 3 + 2 * root2
                # logarithms of positive reals are equal when their exponentials are
                and sp.simplify(sp.exp(2 * sp.log(1 + root2)) - (3 + 2 * root2)) == 0
            ),
        ),
        value_claim(
            page,
            r"x = \pm 2\ln\bigl(1 + \sqrt2\bigr) \approx \pm 1.763",
            half_maximum_point,
            also=lambda: (
                symbolic_identity(
                    sp.diff(SIGMA, X).subs(X, 2 * sp.log(1 + root2)), sp.Rational(1, 8)
                )
                and close(half_maximum_point(), 2 * math.log(1 + math.sqrt(2)), 1e-15)
            ),
        ),
        value_claim(
            page,
            r"4\ln\bigl(1 + \sqrt2\bigr) \approx 3.525",
            lambda: 2 * half_maximum_point(),
        ),
        # exercise 4: where the textbook form collapses (the squared denominator's overflow
        # at -354.9 is the table's claim)
        value_claim(
            page,
            r"$x \approx 36.74$",
            lambda: (
                collapse_point(from_output, np.float64),
                saturation_points()["core_one_float64"],
            ),
            also=lambda: 1 + math.exp(-36.74) == 1 and 1 + math.exp(-36.73) != 1,
        ),
    )


def tangent_exercise_claims(page: str) -> tuple[Claim, ...]:
    """Exercise 5: where the tangent's slope is 0.1, by the widget's steps and exactly."""
    slope = 0.1

    def root() -> float:
        """The positive x with sigma'(x) = 0.1, from the quadratic's upper root."""
        return float(sc.logit(0.5 + math.sqrt(1 - 4 * slope) / 2))

    return (
        value_claim(
            page,
            r"$\sigma(x_0) = \frac12 \pm \frac{\sqrt{0.6}}{2}$",
            lambda: 1 - 4 * slope,  # the discriminant of s^2 - s + 0.1
        ),
        value_claim(
            page,
            r"$x_0 = \pm\ln\frac{1 + \sqrt{0.6}}{1 - \sqrt{0.6}} \approx \pm 2.063$",
            lambda: 1 - 4 * slope,
            lambda: 1 - 4 * slope,
            lambda: (
                root(),
                math.log((1 + math.sqrt(1 - 4 * slope)) / (1 - math.sqrt(1 - 4 * slope))),
            ),
            also=lambda: (
                abs(float(sc.sigmoid_derivative(root())) - slope) < 1e-15
                and float(sc.sigmoid_derivative(2.0)) > slope > float(sc.sigmoid_derivative(2.1))
            ),
        ),
    )


def claims() -> tuple[Claim, ...]:
    page = "derivative.md"
    derivative = sp.Derivative(SIGMA, X)  # unevaluated: SymPy differentiates when a check runs
    return (
        *exercise_claims(page),
        *tangent_exercise_claims(page),
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
