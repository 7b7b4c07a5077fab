"""The claims of docs/activations.md."""

from __future__ import annotations

import inspect
import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.curves import (
    GELU_SIGMOID_SCALE,
    GELU_TANH_CUBIC,
    gelu_tanh_gap,
    probit,
    probit_minimax_scale,
)
from scripts.experiments.deep_networks import gaussian_mean
from scripts.experiments.floats import EPS64
from scripts.experiments.search import grid_argmax, grid_argmin, grid_max, grid_min, holds_on_grid
from scripts.model import ArrayFunction, Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import close, rounds_to, value_claim


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
        *exercise_claims(page),
    )


def silu_minimiser_iterates(count: int = 60) -> list[float]:
    """x <- -1 - e^x from x = -1: the first ``count`` iterates, which converge to SiLU's
    minimiser (the map contracts by e^x* < 1 there)."""
    x, out = -1.0, []
    for _ in range(count):
        x = -1.0 - math.exp(x)
        out.append(x)
    return out


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers of the page's exercises and their answers: the mean outputs under N(0, 1)
    in closed form, SiLU's minimiser by a fixed-point iteration, SiLU's gap to ReLU, and
    Stein's identity."""
    iterates = silu_minimiser_iterates()
    fixed = iterates[-1]

    def converged() -> bool:
        """The iterates settle within rounding, where SiLU's derivative is 0."""
        return close(iterates[-1], iterates[-2], 1e-15) and close(
            float(sc.silu_derivative(fixed)), 0.0, 1e-15
        )

    def stein(function: ArrayFunction, derivative: ArrayFunction) -> bool:
        """E[z f(z)] = E[f'(z)] under N(0, 1), by quadrature."""
        return close(gaussian_mean(lambda z: z * function(z)), gaussian_mean(derivative), 1e-12)

    def silu_gap_to_relu(x: np.ndarray) -> np.ndarray:
        return -np.abs(x) * sc.sigmoid(-np.abs(x))

    return (
        value_claim(
            page,
            r"$1/\sqrt{2\pi} \approx 0.399$",
            lambda: (1 / math.sqrt(2 * math.pi), gaussian_mean(sc.relu)),
        ),
        value_claim(
            page,
            r"$(1 - \alpha)/\sqrt{2\pi} \approx 0.395$",
            lambda: (0.99 / math.sqrt(2 * math.pi), gaussian_mean(sc.leaky_relu)),
        ),
        Claim(  # the sigmoid's mean output under N(0, 1)
            page,
            r"$\sigma(z) - \frac12$ averages to 0",
            lambda: close(gaussian_mean(sc.sigmoid), 0.5, 1e-12),
        ),
        value_claim(
            page,
            r"x_1 \approx -1.3679, \quad x_2 \approx -1.2546, \quad x_3 \approx -1.2852, "
            r"\quad x_4 \approx -1.2766, \quad \dots",
            *(lambda k=k: iterates[k] for k in range(4)),
        ),
        value_claim(
            page,
            r"converging to $x^{*} \approx -1.2785$",
            lambda: (fixed, grid_argmin(sc.silu)),
            also=converged,
        ),
        value_claim(
            page,
            r"SiLU is $x^{*} + 1 \approx -0.2785$",
            lambda: (fixed + 1, float(sc.silu(fixed))),
        ),
        value_claim(  # the map's derivative at the fixed point
            page,
            r"$g'(x^{*}) = -e^{x^{*}} = 1 + x^{*} \approx -0.2785$",
            lambda: (-math.exp(fixed), 1 + fixed),
        ),
        Claim(
            page,
            r"$1 - \tanh u = 2\sigma(-2u)$",
            lambda: symbolic_identity(1 - sp.tanh(X), 2 * SIGMA.subs(X, -2 * X)),
        ),
        Claim(
            page,
            r"$\operatorname{SiLU}(x) - \operatorname{ReLU}(x) = -|x|\,\sigma(-|x|)$",
            lambda: holds_on_grid(  # SiLU = ReLU + gap, to rounding relative to |x|
                sc.silu, lambda x: sc.relu(x) + silu_gap_to_relu(x), 4 * EPS64, -40, 40
            ),
        ),
        value_claim(
            page,
            r"largest at $|x| \approx 1.2785$",
            lambda: (-fixed, -grid_argmin(silu_gap_to_relu)),
        ),
        value_claim(
            page,
            r"SiLU's minimum, about $-0.2785$",
            lambda: (fixed + 1, grid_min(silu_gap_to_relu), grid_min(sc.silu)),
        ),
        Claim(
            page,
            r"that is $E[z\,g(z)] = E[g'(z)]$",
            lambda: (
                stein(sc.sigmoid, sc.sigmoid_derivative)
                and stein(np.tanh, sc.tanh_derivative)
                and stein(np.sin, np.cos)
            ),
        ),
        value_claim(
            page,
            r"E[\operatorname{SiLU}(z)] = E[\sigma'(z)] \approx 0.207",
            lambda: (gaussian_mean(sc.silu), gaussian_mean(sc.sigmoid_derivative)),
        ),
    )
