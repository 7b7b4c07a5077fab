"""The claims of docs/python.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    EXPIT_RANGE,
    UNIT_ROUNDOFF,
    collapse_point,
    correctly_rounded_share,
    derivative_forms,
    expit_comparison,
    first_x_where,
    float32_unrounded_error,
    half_precision_points,
    holds_on_grid,
    naive_overflow,
    round_to_bfloat16,
    saturation_points,
    sigmoid_ulp_errors,
)
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity
from sigmoid_core._array import exp_limit

from . import numpy_exp_uses_avx512, rounds_to, scipy_expit_quiet


def claims() -> tuple[Claim, ...]:
    page = "python.md"

    def points() -> dict[str, float]:
        return saturation_points()

    forms = derivative_forms(np.float64)
    forms32 = derivative_forms(np.float32)
    textbook = forms["textbook"].function
    core = forms["core"].function
    d0, d1, d2 = sp.symbols("delta_0 delta_1 delta_2", real=True)  # the three roundings
    perturbed_sum = 1 + sp.exp(-X) * (1 + d0)
    return (
        Claim(  # the standard model's error of sigmoid's three steps, as the page writes it
            page,
            r"\sigma(x)\,\frac{1 + \delta_2}{\bigl(1 + \delta_0\bigl(1 - \sigma(x)\bigr)\bigr)"
            r"(1 + \delta_1)}",
            lambda: symbolic_identity(
                (1 + d2) / (perturbed_sum * (1 + d1)),
                SIGMA * (1 + d2) / ((1 + d0 * (1 - SIGMA)) * (1 + d1)),
            ),
        ),
        Claim(
            page,
            r"(1 + e^{-x})\bigl(1 + \delta_0\,e^{-x}/(1 + e^{-x})\bigr)",
            lambda: symbolic_identity(
                perturbed_sum, (1 + sp.exp(-X)) * (1 + d0 * sp.exp(-X) / (1 + sp.exp(-X)))
            ),
        ),
        *(
            Claim(
                page,
                text,
                lambda: UNIT_ROUNDOFF == 2.0**-53 and EPS64 == 2.0**-52 == 2 * UNIT_ROUNDOFF,
            )
            for text in (
                "$u = 2^{-53}$ bounds the relative error of one correct rounding",
                "`np.finfo(float).eps` $= 2^{-52} = 2u$",
            )
        ),
        Claim(
            page,
            "observe at most 2 ulp over the whole float64 range",
            lambda: float(np.max(sigmoid_ulp_errors())) <= 2,
        ),
        *(
            Claim(page, text, lambda: float(np.finfo(np.float32).eps) / 2 == 2.0**-24)
            for text in ("rounded with relative error up to $2^{-24}$", "$|x| \\cdot 2^{-24}$")
        ),
        Claim(page, "near $x = 16$", lambda: rounds_to(float32_unrounded_error()[1], "16")),
        Claim(
            page,
            "in the same order, with the C library's `exp`",
            lambda: expit_comparison()["expit_is_libm_steps"],
        ),
        Claim(
            page,
            "Below $x = -709$ `expit` returns 0\nfrom $x \\approx -709.78$ on",
            lambda: (
                rounds_to(-first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000), "-709.78")
                and scipy_expit_quiet(-709.5) > 0
            ),
        ),
        Claim(
            page,
            "for $x \\ge -709$. numpy has its own\n`exp` for CPUs with AVX-512",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and numpy_exp_uses_avx512() == (expit_comparison()["identical_share"] < 1)
            ),
        ),
        Claim(page, "random inputs in $[-709, 745]$", lambda: EXPIT_RANGE == (-709.0, 745.0)),
        Claim(page, "often uses 16-bit floats", lambda: np.dtype(np.float16).itemsize * 8 == 16),
        Claim(
            page,
            "float16 keeps 11 significant bits and its largest number is 65504",
            lambda: (
                half_precision_points()["float16_bits"] == 11
                and half_precision_points()["float16_max"] == 65504
            ),
        ),
        Claim(
            page,
            "overflows from\n$x \\approx 11.09$",
            lambda: rounds_to(half_precision_points()["float16_exp_overflow"], "11.09"),
        ),
        Claim(
            page,
            "exactly 1 from\n$x \\approx 8.32$ on",
            lambda: rounds_to(half_precision_points()["float16_one"], "8.32"),
        ),
        Claim(
            page,
            "but only 8 significant bits: the sigmoid\nrounds to 1 from $x \\approx 6.24$",
            lambda: (
                rounds_to(half_precision_points()["bfloat16_one"], "6.24")
                and round_to_bfloat16(np.float64(1 + 2.0**-7)) == 1 + 2.0**-7
                and round_to_bfloat16(np.float64(1 + 2.0**-8)) == 1
            ),
        ),
        Claim(page, "709.78", lambda: rounds_to(points()["exp_overflow_float64"], "709.78")),
        Claim(  # a bound: every x below it overflows, and -709.78 itself does not
            page,
            "for every $x < -709.79$",
            lambda: 709.78 < points()["exp_overflow_float64"] < 709.79,
        ),
        Claim(page, "745.13", lambda: rounds_to(-points()["core_zero_float64"], "745.13")),
        Claim(
            page,
            "36.74",
            lambda: (
                rounds_to(points()["naive_one_float64"], "36.74")
                and rounds_to(points()["core_one_float64"], "36.74")
            ),
        ),
        Claim(page, "37.43", lambda: rounds_to(points()["exact_one_float64"], "37.43")),
        Claim(
            page,
            "17.33",
            lambda: (
                rounds_to(points()["core_one_float32"], "17.33")
                and rounds_to(points()["exact_one_float32"], "17.33")
            ),
        ),
        Claim(
            page,
            "about 63 % of them are correctly rounded",
            lambda: rounds_to(100 * correctly_rounded_share(), "63"),
        ),
        Claim(
            page,
            "below $x \\approx -708.4$",
            lambda: rounds_to(points()["subnormal_from_float64"], "-708.4"),
        ),
        Claim(
            page,
            "2.2 \\times 10^{-308}",
            lambda: f"{np.finfo(np.float64).smallest_normal:.1e}" == "2.2e-308",
        ),
        Claim(
            page,
            "4.9 \\times 10^{-324}",
            lambda: f"{np.finfo(np.float64).smallest_subnormal:.1e}" == "4.9e-324",
        ),
        Claim(
            page,
            "e^{709} < 1.8 \\times 10^{308}",
            lambda: math.exp(709) < 1.8e308 and f"{np.finfo(np.float64).max:.1e}" == "1.8e+308",
        ),
        Claim(
            page, "2^{-53} \\approx 1.1 \\times 10^{-16}", lambda: f"{2.0**-53:.1e}" == "1.1e-16"
        ),
        Claim(
            page,
            r"$1.8 \times 10^{308}$, that is for $t > \ln(1.8 \times 10^{308}) \approx 709.78$",
            lambda: (
                f"{np.finfo(np.float64).max:.1e}" == "1.8e+308"
                and rounds_to(math.log(np.finfo(np.float64).max), "709.78")
            ),
        ),
        Claim(
            page,
            r"for $x \ge -709$, $e^{-x} \le e^{709}",
            lambda: float(exp_limit(np.dtype(np.float64))) == 709.0,
        ),
        Claim(page, "Below $-709$", lambda: sc.sigmoid(-709.5) == np.exp(-709.5)),
        Claim(page, "`np.exp(720.0)` becomes `inf`", lambda: bool(np.isinf(naive_overflow(720.0)))),
        Claim(
            page,
            r"$\sigma(-720)$, about `2.0322e-313`",
            lambda: f"{float(sc.sigmoid(-720.0)):.4e}" == "2.0322e-313",
        ),
        Claim(
            page,
            "A float64 carries 53 significant bits",
            lambda: np.finfo(np.float64).nmant + 1 == 53,
        ),
        Claim(
            page,
            "At $x = 20$ the subtraction keeps about 7 correct digits",
            lambda: (
                round(
                    -math.log10(abs((1 - float(sc.sigmoid(20.0))) / float(sc.sigmoid(-20.0)) - 1))
                )
                == 7
            ),
        ),
        Claim(
            page,
            "from $x \\approx 36.74$ on it returns\nexactly 0",
            lambda: rounds_to(first_x_where(lambda t: 1 - sc.sigmoid(t) == 0, 1.0, 100.0), "36.74"),
        ),
        Claim(
            page,
            "about `8.53e-17` at $x = 37$",
            lambda: f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17",
        ),
        Claim(
            page,
            "For $z = 40$ with label 0 the true loss is about 40",
            lambda: rounds_to(-float(sc.log_sigmoid(-40.0)), "40"),
        ),
        Claim(page, "near x = 37", lambda: rounds_to(points()["naive_one_float64"], "37")),
        Claim(page, "near x = 17", lambda: rounds_to(points()["naive_one_float32"], "17")),
        Claim(
            page,
            "above about 37 in\n    float64 (about 17 in float32)",
            lambda: (
                rounds_to(points()["naive_one_float64"], "37")
                and rounds_to(points()["naive_one_float32"], "17")
            ),
        ),
        Claim(page, "16.64", lambda: rounds_to(points()["naive_one_float32"], "16.64")),
        Claim(  # a bound: 88.72 itself does not overflow
            page, "overflows above 88.73", lambda: 88.72 < points()["exp_overflow_float32"] < 88.73
        ),
        Claim(page, "103.97", lambda: rounds_to(-points()["core_zero_float32"], "103.97")),
        Claim(page, "2.0322e-313", lambda: f"{float(sc.sigmoid(-720.0)):.4e}" == "2.0322e-313"),
        Claim(
            page,
            "x \\approx 36.74",
            lambda: rounds_to(collapse_point(textbook, np.float64), "36.74"),
        ),
        Claim(
            page,
            "x \\approx 16.64",
            lambda: rounds_to(collapse_point(forms32["textbook"].function, np.float32), "16.64"),
        ),
        Claim(
            page,
            "at 36.74 in float64 and 17.33 in float32",
            lambda: (
                rounds_to(collapse_point(forms["from_output"].function, np.float64), "36.74")
                and rounds_to(collapse_point(forms32["from_output"].function, np.float32), "17.33")
            ),
        ),
        Claim(
            page,
            r"$1 + e^{-|x|}$ rounds to 1 from $|x| \approx 36.74$ on",
            lambda: rounds_to(first_x_where(lambda t: 1 + np.exp(-t) == 1, 1.0, 100.0), "36.74"),
        ),
        Claim(
            page,
            "8.53e-17",
            lambda: (
                f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17"
                and textbook(np.array([37.0]))[0] == 0
            ),
        ),
        Claim(
            page,
            "4. $1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$: "
            "what `sigmoid_core.sigmoid_derivative`",
            lambda: holds_on_grid(
                sc.sigmoid_derivative,
                lambda x: 1 / (4 + np.expm1(np.abs(x)) * -np.expm1(-np.abs(x))),
                4 * EPS64,
            ),
        ),
        Claim(
            page,
            "and `sigmoid_derivative` stays positive up to x = 745",
            lambda: bool(core(np.array([745.0]))[0] > 0),
        ),
        Claim(
            page,
            r"$\sigma'(x) = 1/(e^{a} + 2 + e^{-a})$ and "
            r"$e^{a} + 2 + e^{-a} = 4 + (e^{a} - 1)(1 - e^{-a})$",
            lambda: (
                symbolic_identity(sp.diff(SIGMA, X), 1 / (sp.exp(X) + 2 + sp.exp(-X)))
                and sp.expand(4 + (sp.exp(X) - 1) * (1 - sp.exp(-X)) - sp.exp(X) - 2 - sp.exp(-X))
                == 0
            ),
        ),
        Claim(
            page,
            r"\operatorname{softplus}(x) = \ln\left(1 + e^{x}\right)",
            lambda: symbolic_identity(-sp.log(SIGMA.subs(X, -X)), sp.log(1 + sp.exp(X))),
        ),
        Claim(
            page,
            r"-\ln\left(1 + e^{-x}\right) = -\operatorname{softplus}(-x)",
            lambda: holds_on_grid(sc.log_sigmoid, lambda x: -sc.softplus(-x), 2 * EPS64, -700, 700),
        ),
    )
