"""The claims of docs/sigmoid.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    exp_clip,
    holds_on_grid,
)
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import P, value_claim


def claims() -> tuple[Claim, ...]:
    page = "sigmoid.md"
    return (
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
