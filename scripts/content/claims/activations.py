"""The claims of docs/activations.md."""

from __future__ import annotations

import inspect

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import (
    EPS64,
    GELU_SIGMOID_SCALE,
    GELU_TANH_CUBIC,
    gelu_tanh_gap,
    grid_argmax,
    grid_max,
    grid_min,
    holds_on_grid,
    probit,
    probit_minimax_scale,
)
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import rounds_to, value_claim


def softmax_jacobian_holds() -> bool:
    """For three scores, SymPy's derivatives of softmax equal s_i (delta_ij - s_j), which equals
    the quotient rule's (delta_ij e^x_i S - e^x_i e^x_j) / S^2."""
    xs = sp.symbols("x_1:4", real=True)
    total = sum(sp.exp(x) for x in xs)
    s = [sp.exp(x) / total for x in xs]
    return all(
        symbolic_identity(sp.diff(s[i], xs[j]), s[i] * (int(i == j) - s[j]))
        and symbolic_identity(
            (int(i == j) * sp.exp(xs[i]) * total - sp.exp(xs[i]) * sp.exp(xs[j])) / total**2,
            s[i] * (int(i == j) - s[j]),
        )
        for i in range(3)
        for j in range(3)
    )


def claims() -> tuple[Claim, ...]:
    page = "activations.md"
    x0 = sp.Symbol("x_0", real=True)
    two_class = sp.exp(x0) / (sp.exp(x0) + sp.exp(0))
    inner = sp.sqrt(2 / sp.pi) * (X + sp.Rational(44715, 10**6) * X**3)

    def gelu_tanh_form() -> bool:
        return (
            GELU_TANH_CUBIC == 0.044715
            and symbolic_identity(X / 2 * (1 + sp.tanh(inner)), X * SIGMA.subs(X, 2 * inner))
            and gelu_tanh_gap() < 5e-4
        )

    return (
        *(
            Claim(page, text, gelu_tanh_form)
            for text in (
                r"\tanh\bigl(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)",
                r"\sigma\bigl(2\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)",
            )
        ),
        Claim(
            page,
            r"$\frac12(1 + \tanh u) = \sigma(2u)$",
            lambda: symbolic_identity((1 + sp.tanh(X)) / 2, SIGMA.subs(X, 2 * X)),
        ),
        Claim(
            page,
            "the constant that makes the largest gap smallest",
            lambda: rounds_to(probit_minimax_scale(), f"{GELU_SIGMOID_SCALE:.3f}"),
        ),
        Claim(
            page,
            r"$\Phi(x) \approx \sigma(1.702\,x)$",
            lambda: bool(
                np.max(
                    np.abs(
                        probit(np.linspace(-10, 10, 20001))
                        - sc.sigmoid(GELU_SIGMOID_SCALE * np.linspace(-10, 10, 20001))
                    )
                )
                < 0.01
            ),
        ),
        Claim(
            page,
            r"\frac{e^{x_1}}{e^{x_1} + e^{x_2}} = \sigma(x_1 - x_2)",
            lambda: (
                symbolic_identity(two_class.subs(x0, X), SIGMA)
                and holds_on_grid(
                    lambda x: sc.softmax(np.stack([x, np.zeros_like(x)], -1))[..., 0],
                    sc.sigmoid,
                    4 * EPS64,
                    -700,
                    700,
                )
            ),
        ),
        Claim(
            page,
            r"\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)",
            lambda: symbolic_identity(sp.diff(X * SIGMA, X), SIGMA * (1 + X * (1 - SIGMA))),
        ),
        Claim(
            page,
            r"\frac{\partial\,\operatorname{softmax}(x)_i}{\partial x_j} = "
            r"s_i\,(\delta_{ij} - s_j)",
            softmax_jacobian_holds,
        ),
        Claim(
            page,
            r"\frac{\partial s_i}{\partial x_j} = "
            r"\frac{\delta_{ij}\, e^{x_i} S - e^{x_i} e^{x_j}}{S^2}",
            softmax_jacobian_holds,
        ),
        value_claim(page, "1.0998", lambda: grid_max(sc.silu_derivative)),
        value_claim(page, "x \\approx 2.40", lambda: grid_argmax(sc.silu_derivative)),
        value_claim(page, "-0.278", lambda: grid_min(sc.silu)),
        Claim(page, r"\tanh'(0) = 1", lambda: sc.tanh_derivative(0.0) == 1.0),
        Claim(
            page,
            "(0.01 by default",
            lambda: inspect.signature(sc.leaky_relu).parameters["negative_slope"].default == 0.01,
        ),
        Claim(
            page,
            r"($\alpha = 0.01$)",
            lambda: inspect.signature(sc.leaky_relu).parameters["negative_slope"].default == 0.01,
        ),
        *(
            Claim(page, text, lambda: grid_max(sc.sigmoid_derivative) == 0.25)
            for text in ("stays at or below 1/4", "bell peaks at 1/4")
        ),
    )
