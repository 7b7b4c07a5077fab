"""The claims of docs/neural-networks.md."""

from __future__ import annotations

import functools
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
from scripts.experiments.deep_networks import (
    fixed_point_gradient_moment,
    gaussian_mean,
    squared_gaussian_mean,
)
from scripts.experiments.networks import (
    DEPTHS,
    XOR_LABELS,
    first_to_last,
    gradient_check_error,
    layer_gradient_norms,
    linear_xor_gradient,
    per_layer_factor,
    train_xor,
    wrong_gradient_check_error,
    xor_boundary,
    xor_hidden_points,
    xor_success_rates,
)
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
        *network_claims(page),
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


# --- a hidden layer learning XOR; gradients through depth, measured ------------------------------


def one_point_network() -> dict[str, sp.Expr]:
    """The loss of the XOR network (two hidden sigmoid units, a sigmoid output) on one point
    (x_1, x_2) with label y, as a SymPy expression of its parameters, and the names the page's
    backward pass uses."""
    x = sp.symbols("x1 x2", real=True)
    W = sp.Matrix(2, 2, sp.symbols("W11 W12 W21 W22", real=True))
    b, v = sp.symbols("b1 b2", real=True), sp.symbols("v1 v2", real=True)
    c, y = sp.symbols("c y", real=True)

    def sigma(t: sp.Expr) -> sp.Expr:
        return 1 / (1 + sp.exp(-t))

    u = [W[j, 0] * x[0] + W[j, 1] * x[1] + b[j] for j in range(2)]
    h = [sigma(uj) for uj in u]
    z = v[0] * h[0] + v[1] * h[1] + c
    p = sigma(z)
    loss = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
    return {"x": x, "W": W, "b": b, "v": v, "c": c, "y": y, "u": u, "h": h, "z": z, "p": p,
            "loss": loss}  # fmt: skip


@functools.cache  # seven claims state it; SymPy takes a second or two
def backward_pass_holds() -> bool:
    """Every derivative the page's backward pass states, against SymPy's derivative of the
    one-point loss: dL/dz, dL/dv_j, dL/dc, dL/du_j, dL/dW_jk, dL/db_j; and dL/dh_j with the
    hidden outputs taken as the variables."""
    n = one_point_network()
    p, y, h, v, x = n["p"], n["y"], n["h"], n["v"], n["x"]
    zed = sp.Symbol("zed", real=True)
    checks = [symbolic_identity(sp.diff(n["loss"].subs(n["z"], zed), zed).subs(zed, n["z"]), p - y)]
    checks.append(symbolic_identity(sp.diff(n["loss"], n["c"]), p - y))
    hs = sp.symbols("g1 g2", real=True)  # the hidden outputs as variables
    loss_of_h = n["loss"].subs({h[0]: hs[0], h[1]: hs[1]})
    for j in range(2):
        delta = (p - y) * v[j] * h[j] * (1 - h[j])
        checks.append(symbolic_identity(sp.diff(n["loss"], v[j]), (p - y) * h[j]))
        checks.append(
            symbolic_identity(
                sp.diff(loss_of_h, hs[j]).subs({hs[0]: h[0], hs[1]: h[1]}), (p - y) * v[j]
            )
        )
        checks.append(symbolic_identity(sp.diff(n["loss"], n["b"][j]), delta))
        for k in range(2):
            checks.append(symbolic_identity(sp.diff(n["loss"], n["W"][j, k]), delta * x[k]))
    return all(checks)


def two_linear_layers_are_one() -> bool:
    """V(Wx + b) + c = VWx + (Vb + c) for matrices of any compatible shape (here 3 x 2 and
    2 x 3 with symbolic entries)."""
    W, V = sp.MatrixSymbol("W", 3, 2), sp.MatrixSymbol("V", 2, 3)
    x, b, c = sp.MatrixSymbol("x", 2, 1), sp.MatrixSymbol("b", 3, 1), sp.MatrixSymbol("c", 2, 1)
    left = (V * (W * x + b) + c).as_explicit()
    right = (V * W * x + (V * b + c)).as_explicit()
    return sp.simplify(left - right) == sp.zeros(2, 1)


def xor_network_computes() -> dict[str, bool]:
    """What the page says of the trained network: each hidden unit's logic on the four points,
    the output's weights, the four points separated in the hidden layer's coordinates."""
    h = xor_hidden_points()
    trained = train_xor()["parameters"]
    near = lambda values, target: bool(np.all(np.abs(values - target) < 0.1))  # noqa: E731
    scores = h @ trained.v + trained.c
    return {
        "nand": near(h[:3, 0], 1) and near(h[3:, 0], 0),
        "nor": near(h[:1, 1], 1) and near(h[1:, 1], 0),
        "weights": bool(trained.v[0] > 5 and trained.v[1] < -5),
        "separated": bool(np.all((scores > 0) == (XOR_LABELS == 1))),
    }


def boundary_has_two_branches() -> bool:
    """The drawn boundary is two pieces inside the window, the band between them holds the
    points labelled 1, and the network classifies the four points right."""
    x1, _ = xor_boundary()
    inside = np.isfinite(x1)
    pieces = int(inside[0]) + int(np.sum(np.diff(inside.astype(int)) == 1))
    outputs = train_xor()["outputs"]
    return pieces == 2 and bool(np.all((outputs > 0.5) == (XOR_LABELS == 1)))


def level_profiles() -> bool:
    """tanh's and ReLU's gradient norms in the deepest network: within a factor of 2 of each
    other across the layers."""
    return all(
        np.max(norms) < 2 * np.min(norms)
        for norms in (layer_gradient_norms(name, DEPTHS[-1]) for name in ("tanh", "ReLU"))
    )


def network_claims(page: str) -> tuple[Claim, ...]:
    """The claims of the sections on the XOR network and on the measured gradients."""
    losses = train_xor()["losses"]
    computes = xor_network_computes
    return (
        value_claim(
            page,
            r"its loss being convex, zero weights are its minimum, with the loss "
            r"$\ln 2 \approx 0.693$",
            lambda: (
                math.log(2),
                float(
                    -np.mean(
                        XOR_LABELS * sc.log_sigmoid(np.zeros(4))
                        + (1 - XOR_LABELS) * sc.log_sigmoid(np.zeros(4))
                    )
                ),
            ),
            also=lambda: bool(np.all(linear_xor_gradient() == 0)),
        ),
        Claim(page, r"$V(Wx + b) + c = VWx + (Vb + c)$", two_linear_layers_are_one),
        *(
            Claim(page, text, backward_pass_holds)
            for text in (
                r"$\frac{\partial L}{\partial v_j} = (p - y)\,h_j$",
                r"$\frac{\partial L}{\partial c} = p - y$",
                r"$\frac{\partial L}{\partial h_j} = (p - y)\,v_j$",
                r"$\frac{\partial L}{\partial u_j} = (p - y)\,v_j\,h_j(1 - h_j)$",
                r"$\frac{\partial L}{\partial W_{jk}} = (p - y)\,v_j\,h_j(1 - h_j)\,x_k$",
                r"$\frac{\partial L}{\partial b_j} = (p - y)\,v_j\,h_j(1 - h_j)$",
            )
        ),
        Claim(
            page,
            r"$\sigma'(u_j) = h_j(1 - h_j)$",
            lambda: symbolic_identity(sp.diff(SIGMA, X), SIGMA * (1 - SIGMA)),
        ),
        Claim(
            page,
            "about the precision of the central differences",
            lambda: gradient_check_error() < 1e-8,
        ),
        Claim(page, "which no check can miss", lambda: wrong_gradient_check_error() > 0.1),
        Claim(
            page,
            "It lingers there for a while, then falls",
            lambda: bool(losses[100] > 0.9 * losses[0] and losses[-1] < 0.01),
        ),
        Claim(page, "Hidden unit 1 is near 1 everywhere but at", lambda: computes()["nand"]),
        Claim(page, "Hidden unit 2 is near 1 only at", lambda: computes()["nor"]),
        Claim(
            page,
            "with a large positive weight on the first and a large negative weight on",
            lambda: computes()["weights"],
        ),
        Claim(
            page,
            "the four points can be separated by a line",
            lambda: computes()["separated"],
        ),
        Claim(page, "the band between the branches is class 1", boundary_has_two_branches),
        Claim(
            page,
            "a straight line separates the labels",
            lambda: computes()["separated"],
        ),
        Claim(
            page,
            "a wider layer gives gradient descent more ways down",
            lambda: xor_success_rates()[2] < xor_success_rates()[3] <= xor_success_rates()[4],
        ),
        Claim(
            page,
            r"close to the $1/\sqrt{E[\sigma'(z)^2]} \approx$",
            lambda: (
                abs(per_layer_factor("sigmoid") / math.sqrt(fixed_point_gradient_moment()) - 1)
                < 0.15
            ),
        ),
        Claim(
            page,
            "stays within a factor of 2 of the last one's at every depth",
            lambda: all(
                0.5 < first_to_last(name, depth) < 2
                for name in ("tanh", "ReLU")
                for depth in DEPTHS
            ),
        ),
        Claim(page, "tanh's and ReLU's stay roughly level", level_profiles),
        *network_exercise_claims(page),
    )


def network_exercise_claims(page: str) -> tuple[Claim, ...]:
    """Exercise 5's backward pass through one hidden unit, by hand."""
    h, v, error = 0.9, 2, 0.3  # the exercise's h_j, v_j and p - y
    delta = error * v * h * (1 - h)
    return (
        value_claim(page, r"(p - y)\,v_j = 0.3 \cdot 2 = 0.6", lambda: error, lambda: error * v),
        value_claim(
            page,
            r"h_j(1 - h_j) = 0.9 \cdot 0.1 = 0.09",
            lambda: h,
            lambda: 1 - h,
            lambda: (h * (1 - h), float(sc.sigmoid_derivative(sc.logit(h)))),
        ),  # fmt: skip
        value_claim(
            page,
            r"\frac{\partial L}{\partial u_j} = 0.6 \cdot 0.09 = 0.054",
            lambda: error * v,
            lambda: h * (1 - h),
            lambda: delta,
        ),  # fmt: skip
        value_claim(page, "0.054 for $W_{j1}$", lambda: delta * 1),
        value_claim(page, "whose input is always 1, gets 0.054", lambda: delta),
    )
