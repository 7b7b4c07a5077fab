"""The claims of docs/numerical-derivatives.md."""

from __future__ import annotations

import math

import numpy as np

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    FD_STEPS,
    UNIT_ROUNDOFF,
    best_step,
    dual_number_overflow,
    finite_difference_errors,
    finite_difference_rows,
    lambdified_derivative_failures,
)
from scripts.model import Claim

from . import close, rounds_to


def claims() -> tuple[Claim, ...]:
    page = "numerical-derivatives.md"
    return (
        Claim(
            page,
            r"below $x \approx -354.9$",
            lambda: rounds_to(lambdified_derivative_failures()["zero_below"], "-354.9"),
        ),
        Claim(
            page,
            r"below $x \approx -709.78$",
            lambda: rounds_to(lambdified_derivative_failures()["nan_below"], "-709.78"),
        ),
        Claim(
            page,
            r"u = 2^{-53} \approx 1.1 \times 10^{-16}",
            lambda: UNIT_ROUNDOFF == 2.0**-53 == EPS64 / 2 and f"{UNIT_ROUNDOFF:.1e}" == "1.1e-16",
        ),
        Claim(
            page,
            r"2^{-52} \approx 2.2 \times 10^{-16}",
            lambda: EPS64 == 2.0**-52 and f"{EPS64:.1e}" == "2.2e-16",
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
        Claim(
            page,
            "which overflows below $x \\approx -354.9$ (an `OverflowError` in this code",
            lambda: rounds_to(dual_number_overflow(), "-354.9"),
        ),
        Claim(
            page,
            "fine down to $x \\approx -709.78$",
            lambda: (
                rounds_to(-math.log(np.finfo(np.float64).max), "-709.78")
                and 1 / (1 + math.exp(709.78)) > 0
            ),
        ),
        Claim(page, "h = 1e-13", lambda: bool(np.any(np.isclose(FD_STEPS, 1e-13)))),
        Claim(page, r"With $h = 10^{-13}$ the", lambda: bool(np.any(np.isclose(FD_STEPS, 1e-13)))),
        Claim(
            page,
            r"magnitude worse than with $h = 10^{-8}$",
            lambda: (
                1e3
                < finite_difference_errors(sc.forward_difference)[
                    np.argmin(np.abs(FD_STEPS - 1e-13))
                ]
                / finite_difference_errors(sc.forward_difference)[
                    np.argmin(np.abs(FD_STEPS - 1e-8))
                ]
                < 1e5
            ),
        ),
        Claim(
            page,
            r"h \approx \sqrt{\varepsilon} \approx 1.5 \times 10^{-8}",
            lambda: (
                rounds_to(math.sqrt(EPS64) * 1e8, "1.5")
                and 1e-9 <= best_step("forward_difference")[0] <= 1e-7
            ),
        ),
        Claim(
            page,
            r"h \approx \sqrt[3]{\varepsilon} \approx 6 \times 10^{-6}",
            lambda: (
                rounds_to(EPS64 ** (1 / 3) * 1e6, "6")
                and 1e-6 <= best_step("central_difference")[0] <= 1e-4
            ),
        ),
        Claim(
            page,
            r"about $5 \times 10^{-9}$ at $h = 10^{-8}$",
            lambda: f"{finite_difference_rows()[5][1]:.0e}" == "5e-09",
        ),
        Claim(
            page,
            r"about $2 \times 10^{-12}$ at $h = 10^{-5}$",
            lambda: f"{finite_difference_rows()[3][2]:.0e}" == "2e-12",
        ),
        Claim(
            page,
            "$5 \\times 10^{-5}$",
            lambda: rounds_to(
                float(
                    finite_difference_errors(sc.forward_difference)[
                        np.argmin(np.abs(FD_STEPS - 1e-13))
                    ]
                )
                * 1e5,
                "5",
            ),
        ),
    )
