"""The claims of docs/python.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.accuracy import (
    EXPIT_RANGE,
    expit_comparison,
    float32_unrounded_error,
    sigmoid_ulp_errors,
)
from scripts.experiments.floats import (
    EPS64,
    UNIT_ROUNDOFF,
    exp_clip,
    float32_one_thresholds,
    half_precision_points,
    round_to_bfloat16,
    saturation_points,
    significant_bits,
)
from scripts.experiments.forms import collapse_point, derivative_forms, naive_overflow
from scripts.experiments.search import first_x_where, holds_on_grid
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import numpy_exp_uses_avx512, scipy_expit_quiet, value_claim


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
        value_claim(page, "near $x = 16$", lambda: float32_unrounded_error()[1]),
        Claim(
            page,
            "in the same order, with the C library's `exp`",
            lambda: expit_comparison()["expit_is_libm_steps"],
        ),
        value_claim(
            page,
            "Below $x = -709$ `expit` returns 0\nfrom $x \\approx -709.78$ on",
            lambda: -first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000),
            also=lambda: scipy_expit_quiet(-709.5) > 0,
        ),
        Claim(  # where numpy runs its AVX-512 exp, sigmoid's results differ from expit's
            page,
            "for $x \\ge -709$. numpy has its own\n`exp` for CPUs with AVX-512",
            lambda: (
                exp_clip() == 709.0
                and (not numpy_exp_uses_avx512() or expit_comparison()["identical_share"] < 1)
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
        value_claim(
            page,
            "overflows from\n$x \\approx 11.09$",
            lambda: half_precision_points()["float16_exp_overflow"],
        ),
        value_claim(
            page,
            "exactly 1 from\n$x \\approx 8.32$ on",
            lambda: half_precision_points()["float16_one"],
        ),
        value_claim(
            page,
            "but only 8 significant bits: the sigmoid\nrounds to 1 from $x \\approx 6.24$",
            lambda: half_precision_points()["bfloat16_one"],
            also=lambda: (
                round_to_bfloat16(np.float64(1 + 2.0**-7)) == 1 + 2.0**-7
                and round_to_bfloat16(np.float64(1 + 2.0**-8)) == 1
            ),
        ),
        value_claim(page, "709.78", lambda: points()["exp_overflow_float64"]),
        Claim(  # a bound: every x below it overflows, and -709.78 itself does not
            page,
            "for every $x < -709.79$",
            lambda: 709.78 < points()["exp_overflow_float64"] < 709.79,
        ),
        value_claim(page, "745.13", lambda: -points()["core_zero_float64"]),
        value_claim(
            page, "36.74", lambda: (points()["naive_one_float64"], points()["core_one_float64"])
        ),
        value_claim(page, "37.43", lambda: points()["exact_one_float64"]),
        value_claim(
            page, "17.33", lambda: (points()["core_one_float32"], points()["exact_one_float32"])
        ),
        value_claim(page, "below $x \\approx -708.4$", lambda: points()["subnormal_from_float64"]),
        value_claim(page, "2.2 \\times 10^{-308}", lambda: np.finfo(np.float64).smallest_normal),
        value_claim(page, "4.9 \\times 10^{-324}", lambda: np.finfo(np.float64).smallest_subnormal),
        value_claim(  # e^709 is finite: 709 is where exp's argument is clipped
            page,
            "e^{709} < 1.8 \\times 10^{308}",
            exp_clip,
            lambda: float(np.finfo(np.float64).max),
        ),
        value_claim(page, "2^{-53} \\approx 1.1 \\times 10^{-16}", lambda: 2.0**-53),
        value_claim(
            page,
            r"$1.8 \times 10^{308}$, that is for $t > \ln(1.8 \times 10^{308}) \approx 709.78$",
            lambda: float(np.finfo(np.float64).max),
            lambda: math.log(np.finfo(np.float64).max),
        ),
        value_claim(page, r"for $x \ge -709$, $e^{-x} \le e^{709}", lambda: -exp_clip(), exp_clip),
        value_claim(
            page,
            "Below $-709$",
            lambda: -exp_clip(),
            also=lambda: sc.sigmoid(-709.5) == np.exp(-709.5),
        ),
        Claim(page, "`np.exp(720.0)` becomes `inf`", lambda: bool(np.isinf(naive_overflow(720.0)))),
        value_claim(
            page, r"$\sigma(-720)$, about `2.0322e-313`", lambda: float(sc.sigmoid(-720.0))
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
        value_claim(
            page,
            "from $x \\approx 36.74$ on it returns\nexactly 0",
            lambda: first_x_where(lambda t: 1 - sc.sigmoid(t) == 0, 1.0, 100.0),
        ),
        Claim(
            page,
            "about `8.53e-17` at $x = 37$",
            lambda: f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17",
        ),
        value_claim(
            page,
            "For $z = 40$ with label 0 the true loss is about 40",
            lambda: -float(sc.log_sigmoid(-40.0)),
        ),
        value_claim(page, "near x = 37", lambda: points()["naive_one_float64"]),
        value_claim(page, "near x = 17", lambda: points()["naive_one_float32"]),
        value_claim(
            page,
            "above about 37 in\n    float64 (about 17 in float32)",
            lambda: points()["naive_one_float64"],
            lambda: points()["naive_one_float32"],
        ),
        value_claim(page, "16.64", lambda: points()["naive_one_float32"]),
        Claim(  # a bound: 88.72 itself does not overflow
            page, "overflows above 88.73", lambda: 88.72 < points()["exp_overflow_float32"] < 88.73
        ),
        value_claim(page, "103.97", lambda: -points()["core_zero_float32"]),
        value_claim(page, "2.0322e-313", lambda: float(sc.sigmoid(-720.0))),
        value_claim(page, "x \\approx 36.74", lambda: collapse_point(textbook, np.float64)),
        value_claim(
            page,
            "x \\approx 16.64",
            lambda: collapse_point(forms32["textbook"].function, np.float32),
        ),
        value_claim(
            page,
            "at 36.74 in float64 and 17.33 in float32",
            lambda: collapse_point(forms["from_output"].function, np.float64),
            lambda: collapse_point(forms32["from_output"].function, np.float32),
        ),
        value_claim(
            page,
            r"$1 + e^{-|x|}$ rounds to 1 from $|x| \approx 36.74$ on",
            lambda: first_x_where(lambda t: 1 + np.exp(-t) == 1, 1.0, 100.0),
        ),
        value_claim(
            page,
            "8.53e-17",
            lambda: float(sc.sigmoid_derivative(37.0)),
            also=lambda: textbook(np.array([37.0]))[0] == 0,
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
        *exercise_claims(page),
    )


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers of the page's exercises and their answers: float32's and float64's
    saturation worked out from the formats' bits, and the tail e^x of the stable form."""
    points = saturation_points
    bits32, bits64 = significant_bits(np.float32), significant_bits(np.float64)
    one32 = np.float32(1)
    below_one = float(one32 - np.nextafter(one32, np.float32(0)))  # the gap just below 1

    def between_thresholds() -> bool:
        """From the naive float32 threshold up to sigmoid's, the naive form is 1 and
        sigmoid the float just below it, 1 - 2^-24."""
        found = float32_one_thresholds()
        return found["naive_between"] == {1.0} and found["core_between"] == {1 - below_one}

    return (
        value_claim(page, "A float32 carries 24 significant bits", lambda: bits32),
        value_claim(page, "with float64's 53 bits", lambda: bits64),
        value_claim(
            page,
            "the float32 numbers are $2^{-23}$ apart",
            lambda: math.log2(float(np.spacing(one32))),
        ),
        value_claim(page, "the gap is half as wide, $2^{-24}$", lambda: math.log2(below_one)),
        value_claim(  # every number of the formula (the step checker proves the equivalence)
            page,
            r"1 + e^{-x} = 1 + 2^{-24} \iff x = \ln(2^{24})",
            lambda: -bits32,
            lambda: bits32,
            also=lambda: one32 + np.float32(2.0**-bits32) == 1,  # a tie goes to 1
        ),
        value_claim(
            page,
            r"from $x = 24 \ln 2 \approx 16.64$ on",
            lambda: bits32,
            lambda: (24 * math.log(2), points()["naive_one_float32"]),
        ),
        value_claim(
            page,
            r"\frac{1}{1 + e^{x}} = 2^{-25} &\iff e^{x} = 2^{25} - 1",
            lambda: -(bits32 + 1),
            lambda: bits32 + 1,
        ),
        value_claim(page, r"&\iff x = \ln(2^{25} - 1),", lambda: bits32 + 1),
        value_claim(
            page,
            r"from $x = \ln(2^{25} - 1) \approx 17.33$ on",
            lambda: bits32 + 1,
            lambda: (
                math.log(2**25 - 1),
                points()["exact_one_float32"],
                points()["core_one_float32"],
            ),
        ),
        value_claim(
            page,
            r"$53 \ln 2 \approx 36.74$ and $\ln(2^{54} - 1) \approx 37.43$",
            lambda: bits64,
            lambda: (53 * math.log(2), points()["naive_one_float64"]),
            lambda: bits64 + 1,
            lambda: (math.log(2**54 - 1), points()["exact_one_float64"]),
        ),
        *(
            value_claim(page, text, lambda: math.log2(below_one), also=between_thresholds)
            for text in (
                "still $1 - 2^{-24}$, the float just below 1",
                "`sigmoid` still returns $1 - 2^{-24}$ where the naive formula gives 1",
            )
        ),
        Claim(
            page,
            "thresholds are the first floats above the values of exercise 1",
            lambda: float32_one_thresholds()["first_above"],
        ),
        value_claim(
            page,
            "returns $e^{x}$ itself below $x = -709$",
            lambda: -exp_clip(),
            also=lambda: sc.sigmoid(-709.5) == np.exp(-709.5),
        ),
        value_claim(
            page,
            r"$u = 2^{-53}$ exactly when $x \le \ln u$",
            lambda: math.log2(UNIT_ROUNDOFF),
            also=lambda: 2.0**-bits64 == UNIT_ROUNDOFF,
        ),
        value_claim(
            page,
            r"$x \le -53 \ln 2 \approx -36.74$",
            lambda: -bits64,
            lambda: math.log(UNIT_ROUNDOFF),
        ),
        value_claim(  # the relative gap between e^x and sigma(x) is e^x (the exercise's proof)
            page,
            r"at $-709$ it is $e^{-709} \approx 1.2 \times 10^{-308}$",
            lambda: -exp_clip(),
            lambda: -exp_clip(),
            lambda: math.exp(-exp_clip()),
        ),
    )
