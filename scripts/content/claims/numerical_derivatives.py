"""The claims of docs/numerical-derivatives.md."""

from __future__ import annotations

import math

import numpy as np

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    FD_STEPS,
    TINY_STEP,
    UNIT_ROUNDOFF,
    best_step,
    dual_number_overflow,
    finite_difference_rows,
    lambdified_derivative_failures,
    step_error,
)
from scripts.model import Claim

from . import close, value_claim


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
        value_claim(
            page,
            r"2^{-52} \approx 2.2 \times 10^{-16}",
            lambda: EPS64,
            also=lambda: EPS64 == 2.0**-52,
        ),
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
    )
