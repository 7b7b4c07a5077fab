"""The claims of docs/neural-networks.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import DATA_SEED
from scripts.experiments.calibration import TEST_POINTS, calibration_study
from scripts.experiments.classification import (
    BOUNDARY_LEVELS,
    bayes_rule,
    classification_data,
    logistic_regression_minimum,
    sample_clouds,
    train_logistic_regression,
)
from scripts.experiments.deep_networks import gaussian_mean, squared_gaussian_mean
from scripts.experiments.search import grid_max
from scripts.experiments.separable import (
    L2_PENALTY,
    SEPARABLE_STEPS,
    max_margin_separator,
    separable_angle,
    separable_data,
    separable_norm,
)
from scripts.model import Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import close, value_claim


def gaussian_posterior_is_logistic() -> bool:
    """log N(x; mu1, s^2 I) - log N(x; mu0, s^2 I) = w*.x + b* in two dimensions, symbolically,
    and the posterior with equal priors is sigma of that log-ratio."""
    x1, x2, a0, a1, c0, c1 = sp.symbols("x1 x2 a0 a1 c0 c1", real=True)
    s = sp.Symbol("s", positive=True)

    def log_density(m1: sp.Expr, m2: sp.Expr) -> sp.Expr:
        return -((x1 - m1) ** 2 + (x2 - m2) ** 2) / (2 * s**2)  # the normalisation cancels

    log_ratio = log_density(a1, c1) - log_density(a0, c0)
    linear = ((a1 - a0) * x1 + (c1 - c0) * x2) / s**2 + (a0**2 + c0**2 - a1**2 - c1**2) / (2 * s**2)
    ratio = sp.exp(log_density(a1, c1)) / (
        sp.exp(log_density(a0, c0)) + sp.exp(log_density(a1, c1))
    )
    return sp.expand(log_ratio - linear) == 0 and symbolic_identity(ratio, SIGMA.subs(X, log_ratio))


def uniform_variance_is_a_squared_over_3() -> bool:
    a = sp.Symbol("a", positive=True)
    return symbolic_identity(sp.integrate(X**2 / (2 * a), (X, -a, a)), a**2 / 3)


def logistic_hessian_holds() -> bool:
    """At the trained weights, (1/n) X^T diag(s(1 - s)) X equals the central-difference
    Jacobian of the mean loss's gradient (1/n) X^T (s - y), and its eigenvalues are >= 0."""
    features, labels = classification_data()
    design = np.hstack([features, np.ones((len(labels), 1))])
    n = len(labels)

    def gradient(w: np.ndarray) -> np.ndarray:
        return design.T @ (sc.sigmoid(design @ w) - labels) / n

    w = train_logistic_regression()["weights"]
    s = sc.sigmoid(design @ w)
    hessian = design.T @ (design * (s * (1 - s))[:, None]) / n
    h = 1e-6
    numeric = np.column_stack(
        [(gradient(w + h * e) - gradient(w - h * e)) / (2 * h) for e in np.eye(len(w))]
    )
    return bool(
        np.allclose(hessian, numeric, rtol=1e-6, atol=1e-8)
        and np.all(np.linalg.eigvalsh(hessian) >= 0)
    )


def trained_scores_mostly_lower() -> bool:
    """On new points from the clouds, the trained model's score w.x + b is below the Bayes
    posterior's for more than half of them."""
    features, _ = sample_clouds(DATA_SEED + 2, TEST_POINTS)
    w = train_logistic_regression()["weights"]
    bayes_weights, bayes_bias = bayes_rule()
    lower = features @ w[:2] + w[2] < features @ bayes_weights + bayes_bias
    return bool(np.mean(lower) > 0.5)


def separable_margins() -> np.ndarray:
    """(2t - 1) w.x for every point, w the max-margin separator: all >= 1 when it separates."""
    features, labels = separable_data()
    return (2 * labels - 1) * (features @ max_margin_separator())


def separable_growth_approaches_margin() -> bool:
    """|w(t)| grows, decade by decade from 10^2 to 10^5 steps, by increasing amounts, the last
    within 15 % of |w_hat| ln 10, Soudry et al.'s asymptotic slope; and the angle to w_hat
    shrinks."""
    norms = [separable_norm(10**k) for k in (2, 3, 4, 5)]
    growth = np.diff(norms)
    slope = math.log(10) * float(np.linalg.norm(max_margin_separator()))
    angles = [separable_angle(10**k) for k in (2, 3, 4, 5)]
    return bool(
        np.all(np.diff(growth) > 0)
        and 0.85 * slope < growth[-1] < 1.05 * slope
        and np.all(np.diff(angles) < 0)
    )


def claims() -> tuple[Claim, ...]:
    page = "neural-networks.md"
    return (
        *(
            Claim(
                page,
                text,
                lambda: all(
                    observed > predicted
                    for predicted, observed, _ in calibration_study()["curves"]["trained"]
                ),
            )
            for text in ("runs above it in every bin", "under-predicts class 1 in every bin")
        ),
        Claim(page, "lower the scores of most points", trained_scores_mostly_lower),
        Claim(
            page,
            "After Platt scaling its curve lies on the diagonal too",
            lambda: calibration_study()["gap"]["Platt-scaled"] < 0.02,
        ),
        Claim(
            page,
            "with about 2 % of the points",
            lambda: all(
                0.015 < calibration_study()["curves"][model][i][2] < 0.03
                for model in ("trained", "Bayes")
                for i in (3, 4, 5, 6)  # the bins from 0.3 to 0.7
            ),
        ),
        value_claim(page, r"$\sigma(1) \approx 0.73$", lambda: float(sc.sigmoid(1.0))),
        Claim(
            page,
            r"\frac{\partial L}{\partial z} = \sigma(z) - y",
            lambda: symbolic_identity(
                sp.diff(
                    -(sp.Symbol("y") * sp.log(SIGMA) + (1 - sp.Symbol("y")) * sp.log(1 - SIGMA)), X
                ),
                SIGMA - sp.Symbol("y"),
            ),
        ),
        Claim(
            page,
            r"w^{*} = \frac{\mu_1 - \mu_0}{\tau^2}, \quad "
            r"b^{*} = \frac{|\mu_0|^2 - |\mu_1|^2}{2 \tau^2}",
            gaussian_posterior_is_logistic,
        ),
        Claim(
            page,
            r"\ln\frac{p_1(x)}{p_0(x)} = \frac{|x - \mu_0|^2 - |x - \mu_1|^2}{2\tau^2}",
            gaussian_posterior_is_logistic,
        ),
        Claim(
            page,
            r"$\sigma(\ln r) = \frac{r}{1 + r}$",
            lambda: symbolic_identity(
                SIGMA.subs(X, sp.log(sp.Symbol("r", positive=True))),
                sp.Symbol("r", positive=True) / (1 + sp.Symbol("r", positive=True)),
            ),
        ),
        Claim(
            page,
            r"\nabla^2 J(w) = \frac{1}{n} X^{\mathsf T} \operatorname{diag}\bigl(\sigma(z_i)(1 - "
            r"\sigma(z_i))\bigr) X",
            logistic_hessian_holds,
        ),
        Claim(
            page,
            "clouds that a line through the origin separates",
            lambda: bool(np.all(separable_margins() >= 1 - 1e-9)),
        ),
        Claim(
            page,
            r"approaching the $\lVert \hat w \rVert \ln 10 =$",
            separable_growth_approaches_margin,
        ),
        Claim(
            page,
            "the norm levels off at",
            lambda: (
                abs(
                    separable_norm(SEPARABLE_STEPS, L2_PENALTY) - separable_norm(10_000, L2_PENALTY)
                )
                < 1e-9
            ),
        ),
        Claim(
            page,
            "the norm climbs without end, its curve straightening on the log",
            separable_growth_approaches_margin,
        ),
        value_claim(page, "0.693", lambda: float(train_logistic_regression()["losses"][0])),
        value_claim(page, "91.5 %", lambda: 100 * train_logistic_regression()["accuracy"]),
        value_claim(page, "0.218", lambda: float(train_logistic_regression()["losses"][-1])),
        value_claim(
            page,
            r"a little more than the square of $E[\sigma'(z)] \approx 0.207$",
            lambda: gaussian_mean(sc.sigmoid_derivative),
            also=lambda: (
                1
                < squared_gaussian_mean(sc.sigmoid_derivative)
                / gaussian_mean(sc.sigmoid_derivative) ** 2
                < 1.1
            ),
        ),
        Claim(
            page,
            r"$\sigma(x) \approx \frac{1}{2} + \frac{x}{4}$",
            lambda: symbolic_identity(
                sp.series(SIGMA, X, 0, 2).removeO(), sp.Rational(1, 2) + X / 4
            ),
        ),
        Claim(page, "$U(-a, a)$ has variance $a^2/3$", uniform_variance_is_a_squared_over_3),
        Claim(page, "(1/4)^{10} \\approx 10^{-6}", lambda: 0.5e-6 < 0.25**10 < 1.5e-6),
        Claim(
            page,
            "below its bound (1/16)ⁿ",
            lambda: (
                grid_max(sc.sigmoid_derivative) ** 2 == 1 / 16
                and squared_gaussian_mean(sc.sigmoid_derivative) < 1 / 16
            ),
        ),
        Claim(
            page,
            r"the model is 90 % sure of either class, $w \cdot x + b = \pm\ln 9$",
            lambda: (
                close(float(sc.sigmoid(math.log(9))), 0.9)
                and 0.9 in BOUNDARY_LEVELS
                and 0.1 in BOUNDARY_LEVELS
            ),
        ),
        *(
            Claim(page, text, lambda: BOUNDARY_LEVELS == (0.1, 0.5, 0.9))
            for text in (
                "the 0.1 and 0.9 levels",
                "where it is 0.1 and a dotted one where it is 0.9",
            )
        ),
        *exercise_claims(page),
    )


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers of the page's exercises and their answers: a prediction of 0.9 for a
    label 0 (its logit, losses and gradients), a smoothed label 0.9 (its optimal logit and
    smallest loss), and how far the worked example's gradient descent stopped from the
    minimum."""
    p = 0.9  # the exercises' probability: a prediction, then a smoothed label
    z = float(sc.logit(p))
    s = float(sc.sigmoid(z))

    def smallest_loss() -> float:
        """The cross-entropy at its minimum z = logit(y), from the logit, for the label p."""
        return float(sc.softplus(z)) - p * z

    return (
        value_claim(page, "the probability 0.9 to an example whose label is $y = 0$", lambda: s),
        value_claim(
            page,
            r"z &= \ln\frac{0.9}{0.1} = \ln 9 \approx 2.197",
            lambda: s,
            lambda: float(sc.sigmoid(-z)),
            lambda: (math.log(9), z),
        ),
        value_claim(
            page,
            r"L &= -\ln(1 - 0.9) = \ln 10 \approx 2.303",
            lambda: s,
            lambda: 1 / (1 - s),
            lambda: (math.log(10), -float(sc.log_sigmoid(-z))),
        ),
        value_claim(page, r"$\sigma(z) - y = 0.9$", lambda: s),
        value_claim(  # the squared error's sigma', its product, and the ratio of the gradients
            page,
            r"$0.9 \cdot 0.9 \cdot 0.1 = 0.081$, about 11",
            lambda: s,
            lambda: s,
            lambda: 1 - s,
            lambda: (s * s * (1 - s), wrong_gradient_squared_error(z)),
            lambda: 1 / float(sc.sigmoid_derivative(z)),
        ),
        value_claim(page, "a smoothed label such as $y = 0.9$", lambda: s),
        value_claim(page, r"$z$ at $\ln 9 \approx 2.197$", lambda: (math.log(9), z)),
        value_claim(  # the binary entropy of the label, and the loss at its minimum
            page,
            r"$-\bigl(y \ln y + (1 - y)\ln(1 - y)\bigr) \approx 0.325$",
            lambda: (-(p * math.log(p) + (1 - p) * math.log(1 - p)), smallest_loss()),
        ),
        value_claim(  # the 300 steps' loss above the minimum Newton's method finds
            page,
            r"stopped about $2 \times 10^{-5}$ above it",
            lambda: descent_loss() - logistic_regression_minimum(),
            also=lambda: descent_loss() > logistic_regression_minimum(),
        ),
    )


def descent_loss() -> float:
    """The worked example's loss after its gradient-descent steps."""
    return float(train_logistic_regression()["losses"][-1])


def wrong_gradient_squared_error(z: float) -> float:
    """|dE/dz| of the squared error (sigma(z) - y)^2 / 2 at the score z, label 0, by SymPy."""
    score = sp.Symbol("z", real=True)
    error = (1 / (1 + sp.exp(-score))) ** 2 / 2
    return abs(float(sp.diff(error, score).subs(score, z)))
