"""The claims of docs/sigmoid.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.floats import EPS64, exp_clip, saturation_points
from scripts.experiments.forms import ROUND_TRIP_POINTS, log_odds
from scripts.experiments.search import holds_on_grid
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import P, close, shared, value_claim


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers and identities of the page's exercises and their answers."""
    million = sp.Integer(10) ** 6
    return (
        # exercise 1: scores and odds of given outputs
        value_claim(
            page,
            r"\operatorname{logit}(0.8) = \ln\frac{0.8}{0.2} = \ln 4 \approx 1.386",
            lambda: float(sc.logit(0.8)),
            also=lambda: close(float(sc.logit(0.8)), math.log(4), 4 * EPS64),
        ),
        shared.logit_of_nine_tenths(page),
        value_claim(
            page,
            r"\ln\frac{9}{4} \approx 0.811",
            lambda: float(sc.logit(0.9) - sc.logit(0.8)),
            also=lambda: close(float(sc.logit(0.9) - sc.logit(0.8)), math.log(9 / 4), 1e-14),
        ),
        value_claim(
            page,
            r"\operatorname{logit}(0.6) - \operatorname{logit}(0.5) = \ln\frac{3}{2} \approx 0.405",
            lambda: float(sc.logit(0.6) - sc.logit(0.5)),
            also=lambda: close(float(sc.logit(0.6) - sc.logit(0.5)), math.log(1.5), 1e-14),
        ),
        # exercise 2: the odds of sigma(x) are e^x, and the tail bound that follows
        Claim(
            page,
            r"\sigma(x) / \sigma(-x) = e^{x}",
            lambda: (
                symbolic_identity(SIGMA / SIGMA.subs(X, -X), sp.exp(X))
                and holds_on_grid(lambda x: sc.sigmoid(x) / sc.sigmoid(-x), np.exp, 4 * EPS64)
            ),
        ),
        Claim(
            page,
            r"1 - \sigma(x) = e^{-x}\sigma(x)",
            lambda: symbolic_identity(1 - SIGMA, sp.exp(-X) * SIGMA),
        ),
        Claim(  # 1 - sigma(x) = sigma(-x) > 0, and e^-x - (1 - sigma(x)) = e^-x sigma(-x) > 0
            page,
            r"0 < 1 - \sigma(x) < e^{-x}",
            lambda: (
                symbolic_identity(1 - SIGMA, SIGMA.subs(X, -X))
                and symbolic_identity(sp.exp(-X) - (1 - SIGMA), sp.exp(-X) * SIGMA.subs(X, -X))
            ),
        ),
        # exercise 3: where the gap falls to one millionth, from the bound and exactly
        Claim(
            page,
            r"1 - \sigma(x) \le 10^{-6}",
            lambda: (
                sp.simplify(1 - SIGMA.subs(X, sp.log(million - 1))) == 1 / million
                and bool(sp.simplify(1 - SIGMA.subs(X, 6 * sp.log(10))) < 1 / million)
            ),
        ),
        Claim(page, r"e^{-x} \le 10^{-6}", lambda: sp.exp(-6 * sp.log(10)) == 1 / million),
        value_claim(page, r"x \ge 6\ln 10 \approx 13.8155", lambda: 6 * math.log(10)),
        Claim(
            page,
            r"\sigma(-x) = 10^{-6}",
            lambda: sp.simplify(SIGMA.subs(X, -sp.log(million - 1))) == 1 / million,
        ),
        value_claim(
            page,
            r"x = \ln\bigl(10^{6} - 1\bigr) \approx 13.8155",
            lambda: -float(sc.logit(1e-6)),
            also=lambda: close(-float(sc.logit(1e-6)), math.log(1e6 - 1), 4 * EPS64),
        ),
        value_claim(
            page,
            r"\ln\frac{10^{6}}{10^{6} - 1} \approx 1.0 \times 10^{-6}",
            lambda: math.log1p(1 / (1e6 - 1)),
        ),
        # exercise 4: where the round trip through the logit becomes infinite
        value_claim(
            page,
            r"$x \approx 36.74$",
            lambda: saturation_points()["core_one_float64"],
            also=lambda: (
                np.isinf(sc.logit(sc.sigmoid(saturation_points()["core_one_float64"])))
                and np.isfinite(sc.logit(sc.sigmoid(36.7)))
            ),
        ),
        Claim(
            page,
            "give $x$ back to the last bit",
            lambda: bool(
                np.array_equal(log_odds(np.array(ROUND_TRIP_POINTS)), np.array(ROUND_TRIP_POINTS))
            ),
        ),
    )


def claims() -> tuple[Claim, ...]:
    page = "sigmoid.md"
    return (
        *exercise_claims(page),
        value_claim(
            page,
            "what `sigmoid_core` returns below $x = -709$",
            lambda: -exp_clip(),
            also=lambda: sc.sigmoid(-709.5) == np.exp(-709.5),
        ),
        Claim(
            page,
            r"$\sigma(\operatorname{logit}(p)) = p$ for every $p$ in $(0, 1)$",
            lambda: symbolic_identity(SIGMA.subs(X, sp.log(P / (1 - P))), P),
        ),
        Claim(page, r"\sigma(0) = \frac{1}{2}", lambda: sc.sigmoid(0.0) == 0.5),
        Claim(
            page,
            r"\sigma(-x) = 1 - \sigma(x)",
            lambda: (
                symbolic_identity(SIGMA.subs(X, -X), 1 - SIGMA)
                and holds_on_grid(
                    lambda x: sc.sigmoid(-x), lambda x: 1 - sc.sigmoid(x), 2.5 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\lim_{x \to \infty} \sigma(x) = 1",
            lambda: sp.limit(SIGMA, X, sp.oo) == 1 and sc.sigmoid(np.inf) == 1,
        ),
        Claim(
            page,
            r"\lim_{x \to -\infty} \sigma(x) = 0",
            lambda: sp.limit(SIGMA, X, -sp.oo) == 0 and sc.sigmoid(-np.inf) == 0,
        ),
        Claim(
            page,
            r"\operatorname{logit}(p) = \ln\frac{p}{1 - p}",
            lambda: symbolic_identity(sp.log(SIGMA / (1 - SIGMA)), X),
        ),
        Claim(
            page,
            r"\sigma(\operatorname{logit}(p)) = p",
            lambda: holds_on_grid(
                lambda p: sc.sigmoid(sc.logit(p)), lambda p: p, 1e-13, 1e-6, 1 - 1e-6
            ),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{e^{x}}{1 + e^{x}}",
            lambda: symbolic_identity(sp.exp(X) / (1 + sp.exp(X)), SIGMA),
        ),
        Claim(
            page,
            r"\sigma'(x) > 0",
            lambda: bool(np.all(sc.sigmoid_derivative(np.linspace(-700, 700, 100_001)) > 0)),
        ),
        value_claim(page, "0.7310585786", lambda: float(sc.sigmoid(1.0))),
        value_claim(page, r"\sigma(10) \approx 0.9999546021", lambda: float(sc.sigmoid(10.0))),
        value_claim(page, r"e \approx 2.71828", lambda: math.e),
        Claim(
            page,
            r"within $5 \times 10^{-5}$ of its" + "\n" + "asymptote at $x = 10$",
            lambda: 1 - float(sc.sigmoid(10.0)) < 5e-5 < 1 - float(sc.sigmoid(9.0)),
        ),
        value_claim(
            page,
            "with the exponent clipped at 709 and $e^{x}$ itself below $x = -709$",
            exp_clip,
            lambda: -exp_clip(),
            also=lambda: sc.sigmoid(-709.5) == np.exp(-709.5),
        ),
    )
