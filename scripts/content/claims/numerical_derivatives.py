"""The claims of docs/numerical-derivatives.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.differentiation import (
    FD_STEPS,
    TINY_STEP,
    best_step,
    dual_number_overflow,
    finite_difference_rows,
    lambdified_derivative_failures,
    step_error,
)
from scripts.experiments.floats import EPS64, UNIT_ROUNDOFF
from scripts.model import Claim
from scripts.symbolic import SIGMA, X

from . import close, shared, value_claim


def claims() -> tuple[Claim, ...]:
    page = "numerical-derivatives.md"
    return (
        value_claim(
            page,
            r"below $x \approx -354.9$",
            lambda: lambdified_derivative_failures()["zero_below"],
        ),
        value_claim(
            page,
            r"below $x \approx -709.78$",
            lambda: lambdified_derivative_failures()["nan_below"],
        ),
        value_claim(
            page,
            r"u = 2^{-53} \approx 1.1 \times 10^{-16}",
            lambda: UNIT_ROUNDOFF,
            also=lambda: UNIT_ROUNDOFF == 2.0**-53 == EPS64 / 2,
        ),
        shared.machine_epsilon(page),
        Claim(
            page,
            "which is accurate at $x = 40$ where\n$y(1 - y)$ gives 0",
            lambda: (
                close(
                    math.exp(-40.0) / (1 + math.exp(-40.0)) ** 2,
                    float(sc.sigmoid_derivative(40.0)),
                    1e-15,
                )
                and float(sc.sigmoid(40.0)) * (1 - float(sc.sigmoid(40.0))) == 0
            ),
        ),
        value_claim(
            page,
            "which overflows below $x \\approx -354.9$ (an `OverflowError` in this code",
            lambda: dual_number_overflow(),
        ),
        value_claim(
            page,
            "fine down to $x \\approx -709.78$",
            lambda: -math.log(np.finfo(np.float64).max),
            also=lambda: 1 / (1 + math.exp(709.78)) > 0,
        ),
        # the page states the step its errors are computed at (h = 1e-13 in the heading is a
        # definition; this claim stays a claim while the phrasebook keys its Chinese by it)
        value_claim(
            page,
            r"With $h = 10^{-13}$ the",
            lambda: TINY_STEP,
            also=lambda: bool(np.any(np.isclose(FD_STEPS, TINY_STEP))),
        ),
        value_claim(
            page,
            r"magnitude worse than with $h = 10^{-8}$",
            lambda: finite_difference_rows()[5][0],  # the table's row of h = 1e-8
            also=lambda: (
                1e3
                < step_error(sc.forward_difference, TINY_STEP)
                / step_error(sc.forward_difference, finite_difference_rows()[5][0])
                < 1e5
            ),
        ),
        value_claim(
            page,
            r"h \approx \sqrt{\varepsilon} \approx 1.5 \times 10^{-8}",
            lambda: math.sqrt(EPS64),
            also=lambda: 1e-9 <= best_step("forward_difference")[0] <= 1e-7,
        ),
        value_claim(
            page,
            r"h \approx \sqrt[3]{\varepsilon} \approx 6 \times 10^{-6}",
            lambda: EPS64 ** (1 / 3),
            also=lambda: 1e-6 <= best_step("central_difference")[0] <= 1e-4,
        ),
        value_claim(  # a row of the table: (h, forward error, central error)
            page,
            r"about $5 \times 10^{-9}$ at $h = 10^{-8}$",
            lambda: finite_difference_rows()[5][1],
            lambda: finite_difference_rows()[5][0],
        ),
        value_claim(
            page,
            r"about $2 \times 10^{-12}$ at $h = 10^{-5}$",
            lambda: finite_difference_rows()[3][2],
            lambda: finite_difference_rows()[3][0],
        ),
        value_claim(
            page, "$5 \\times 10^{-5}$", lambda: step_error(sc.forward_difference, TINY_STEP)
        ),
        *exercise_claims(page),
    )


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers of the page's exercises and their answers: the truncation terms against the
    table's row h = 1e-2, the series of the central difference at 0, and where the dual
    numbers overflow."""
    row = finite_difference_rows()[1]  # (h, forward error, central error) at h = 1e-2
    h, s = row[0], float(sc.sigmoid(1.0))
    first = s * (1 - s)  # the derivatives at 1 from sigma(1) alone, by the derivative page
    second = first * (1 - 2 * s)
    third = first * (1 - 6 * s + 6 * s**2)
    largest = float(np.finfo(np.float64).max)
    u, step = sp.symbols("u h")

    def series_is(expression: sp.Expr, symbol: sp.Symbol, expected: sp.Expr, order: int) -> bool:
        return sp.expand(sp.series(expression, symbol, 0, order).removeO() - expected) == 0

    return (
        value_claim(page, "the table's row $h = 10^{-2}$", lambda: h),
        value_claim(page, r"$\sigma(1) \approx 0.7311$", lambda: s),
        value_claim(
            page,
            r"\sigma'(1) &\approx 0.1966",
            lambda: (first, float(sc.sigmoid_derivative(1.0))),
        ),
        value_claim(
            page,
            r"\sigma''(1) &\approx -0.0909",
            lambda: (second, float(sc.sigmoid_second_derivative(1.0))),
        ),
        value_claim(page, r"\sigma'''(1) &\approx -0.0353", lambda: third),
        value_claim(
            page,
            r"$\frac{h^2}{6}\,|\sigma'''(1)| \approx 5.89 \times 10^{-7}$",
            lambda: h**2 / 6 * abs(third),
        ),
        value_claim(
            page,
            r"$\frac{h}{2}\,|\sigma''(1)| \approx 4.543 \times 10^{-4}$",
            lambda: h / 2 * abs(second),
        ),
        value_claim(  # the table's printed errors, central then forward
            page,
            r"$5.89 \times 10^{-7}$ and $4.55 \times 10^{-4}$",
            lambda: row[2],
            lambda: row[1],
        ),
        value_claim(  # the two Taylor terms together, and the measured error
            page,
            r"adding it gives $4.549 \times 10^{-4}$",
            lambda: (h / 2 * abs(second) + h**2 / 6 * abs(third), row[1]),
            also=lambda: second < 0 and third < 0,  # the two terms have the same sign
        ),
        value_claim(
            page,
            r"$\varepsilon\,\sigma(1)/h \approx 1.6 \times 10^{-14}$",
            lambda: EPS64 * s / h,
        ),
        Claim(
            page,
            r"$\tanh u = u - \frac{u^3}{3} + \frac{2u^5}{15} - \dotsb$",
            lambda: series_is(sp.tanh(u), u, u - u**3 / 3 + 2 * u**5 / 15, 7),
        ),
        *(
            Claim(
                page,
                text,
                lambda: series_is(
                    sp.tanh(step / 2) / (2 * step),
                    step,
                    sp.Rational(1, 4) - step**2 / 48 + step**4 / 480,
                    6,
                ),
            )
            for text in (
                r"\frac{\tanh(h/2)}{2h} = \frac14 - \frac{h^2}{48} + \frac{h^4}{480} - \dotsb",
                r"the error is $\frac{h^2}{48}$ to leading order",
            )
        ),
        *(
            Claim(
                page,
                text,
                lambda: (
                    sp.diff(SIGMA, X, 3).subs(X, 0) == sp.Rational(-1, 8)
                    and sp.Rational(1, 6) * sp.Rational(1, 8) == sp.Rational(1, 48)
                ),
            )
            for text in (
                r"$\sigma'''(0) = -\frac18$",
                r"$\frac{h^2}{6}\,|\sigma'''(0)| = \frac{h^2}{48}$",
            )
        ),
        value_claim(page, r"raises `OverflowError` below $x \approx -354.9$", dual_number_overflow),
        value_claim(page, r"$M \approx 1.8 \times 10^{308}$", lambda: largest),
        value_claim(
            page,
            r"$x \ge -\ln M \approx -709.78$",
            lambda: -math.log(largest),
            also=lambda: 1 / (1 + math.exp(709.78)) > 0,
        ),
        value_claim(
            page,
            r"$\sqrt{M} \approx 1.3 \times 10^{154}$",
            lambda: math.sqrt(largest),
            also=lambda: math.sqrt(largest) - 1 == math.sqrt(largest),  # below its last digit
        ),
        value_claim(  # as derived, and where the page's own code starts to raise
            page,
            r"$-\tfrac12 \ln M \approx -354.89$",
            lambda: (
                -math.log(largest) / 2,
                -math.log(math.sqrt(largest) - 1),
                dual_number_overflow(),
            ),
        ),
        value_claim(
            page,
            r"$e^{x} = 1/\sqrt{M} \approx 7.5 \times 10^{-155}$",
            lambda: (
                1 / math.sqrt(largest),
                float(sc.sigmoid_derivative(-math.log(largest) / 2)),
            ),
        ),
    )
