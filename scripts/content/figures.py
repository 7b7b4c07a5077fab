"""Every figure of the site, declared as data: a name, a caption, a description, and series
whose data come from sigmoid_core. ``<!-- site:figure NAME -->`` on its own line places one on a
page; the light and dark SVGs and the alt text are made from the declaration by render.py."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import numpy as np

import sigmoid_core as sc
from scripts.experiments.accuracy import exact_sigmoid_derivative, relative_error
from scripts.experiments.calibration import OVERCONFIDENCE, calibration_study
from scripts.experiments.classification import (
    BOUNDARY_LEVELS,
    TRAINING_STEPS,
    boundary_line,
    classification_data,
    train_logistic_regression,
)
from scripts.experiments.curves import (
    STEEPNESSES,
    algebraic_sigmoid,
    arctan_sigmoid,
    gompertz,
    logit_minus_probit,
    probit_matched,
    richards_half,
)
from scripts.experiments.deep_networks import LAYER_ACTIVATIONS, LAYERS, squared_gaussian_mean
from scripts.experiments.differentiation import FD_STEPS, finite_difference_errors
from scripts.experiments.forms import DerivativeForm, derivative_forms
from scripts.experiments.networks import (
    ACTIVATIONS as DEPTH_ACTIVATIONS,
)
from scripts.experiments.networks import (
    DEPTHS,
    XOR_HEIGHT,
    XOR_INPUTS,
    XOR_LABELS,
    XOR_WINDOW,
    hidden_space_line,
    layer_gradient_norms,
    xor_boundary,
    xor_hidden_points,
)
from scripts.experiments.separable import L2_PENALTY, SEPARABLE_STEPS, separable_training
from scripts.model import (
    COLOURS,
    ArrayFunction,
    Colour,
    Figure,
    LineKind,
    Series,
    curve,
    find,
    marked,
    unique,
)

LEAKY_SLOPE_SHOWN = 0.1  # larger than the usual 0.01, so that the slope shows in the figures
# the activations page's functions, each with its derivative and how both are drawn: the
# figure of the functions and the figure of their derivatives are made from this one table
ACTIVATIONS: tuple[tuple[str, ArrayFunction, ArrayFunction, LineKind, Colour], ...] = (
    ("sigmoid", sc.sigmoid, sc.sigmoid_derivative, "line", 0),
    ("tanh", sc.tanh, sc.tanh_derivative, "line", 1),
    ("ReLU", sc.relu, sc.relu_derivative, "line", 2),
    (
        "leaky ReLU",
        lambda x: sc.leaky_relu(x, LEAKY_SLOPE_SHOWN),
        lambda x: sc.leaky_relu_derivative(x, LEAKY_SLOPE_SHOWN),
        "dashed",
        3,
    ),
    ("SiLU", sc.silu, sc.silu_derivative, "line", 4),
)


def derivative_error_figure(
    name: str,
    caption: str,
    description: str,
    dtype: type,
    x_max: float,
    y_range: tuple[float, float],
) -> Figure:
    """The Python page's four forms of sigma' compared in ``dtype`` on [0, x_max]: each form's
    relative error against mpmath at the input it was given, the grid point rounded to ``dtype``,
    so that the rounding of x itself (which sigma' amplifies by about |x|) is not charged to the
    formula; on a log scale, with total loss (relative error 1) marked."""
    floor = float(np.finfo(dtype).eps) / 8

    def series(form: DerivativeForm, color: Colour, kind: LineKind) -> Series:
        def data() -> tuple[np.ndarray, np.ndarray]:
            x = np.linspace(0.0, x_max, 901)
            rounded = x.astype(dtype).astype(np.float64)
            return x, relative_error(form.function(x), exact_sigmoid_derivative(rounded), floor)

        return Series(form.label, data, kind, color)

    kinds: dict[str, LineKind] = {
        "textbook": "line",
        "from_output": "dashed",
        "product": "line",
        "core": "dotted",
    }
    return Figure(
        name,
        caption,
        description,
        tuple(
            series(form, COLOURS[i], kinds[key])
            for i, (key, form) in enumerate(derivative_forms(dtype).items())
        ),
        ylabel="relative error",
        x_range=(0, x_max),
        y_range=y_range,
        log_y=True,
        hlines=(1.0,),
    )


def finite_difference_series(method: Callable[..., np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The error of ``method`` at x = 1 against the step, where it is defined: a step so small
    that 1 + h rounds to 1 differences nothing (NaN), and is left out. Errors below 1e-17 are
    drawn at 1e-17 (log axes cannot show 0)."""
    errors = finite_difference_errors(method)
    defined = ~np.isnan(errors)
    return FD_STEPS[defined], np.maximum(errors[defined], 1e-17)


def scaled_sigmoid(k: float, x: np.ndarray) -> np.ndarray:
    return sc.sigmoid(k * x)


def step_function() -> tuple[np.ndarray, np.ndarray]:
    """The limit of sigma(kx) as k grows: 0 left of 0, 1 right of it (1/2 at 0)."""
    return np.array([-6.0, 0.0, 0.0, 0.0, 6.0]), np.array([0.0, 0.0, 0.5, 1.0, 1.0])


def reliability_points(model: str) -> tuple[np.ndarray, np.ndarray]:
    curve = calibration_study()["curves"][model]
    return np.array([c[0] for c in curve]), np.array([c[1] for c in curve])


def separable_norms(penalty: float) -> tuple[np.ndarray, np.ndarray]:
    marks, weights = separable_training(penalty)
    return marks.astype(float), np.linalg.norm(weights, axis=1)


def gradient_series() -> tuple[Series, ...]:
    def factor(derivative: ArrayFunction) -> Callable[[], tuple[np.ndarray, np.ndarray]]:
        return lambda: (
            LAYERS.astype(float),
            squared_gaussian_mean(derivative) ** LAYERS.astype(float),
        )

    kinds: dict[str, LineKind] = {"ReLU": "dashed"}  # drawn dashed: SiLU's line runs close to it
    series = [
        Series(f"{name}: E[f′(z)²]ⁿ", factor(d), kinds.get(name, "line"), COLOURS[i])
        for i, (name, d) in enumerate(LAYER_ACTIVATIONS.items())
    ]
    series.append(
        Series(
            "bound (1/16)ⁿ for the sigmoid",
            lambda: (LAYERS.astype(float), (1 / 16) ** LAYERS.astype(float)),
            "dotted",
            4,
        )
    )
    return tuple(series)


BOUNDARY_KINDS: tuple[LineKind, ...] = ("dashed", "line", "dotted")  # how each level is drawn
# the reliability diagram's models: (legend label, key of calibration_study, kind, colour)
RELIABILITY_MODELS: tuple[tuple[str, str, LineKind, Colour], ...] = (
    ("Bayes posterior", "Bayes", "points", 2),
    ("trained model", "trained", "line", 0),
    (f"logits × {OVERCONFIDENCE:g}: overconfident", "overconfident", "line", 1),
    ("after Platt scaling", "Platt-scaled", "dashed", 3),
)


def tangent_at_one(x: np.ndarray) -> np.ndarray:
    """The tangent to sigma at 1: sigma(1) + sigma'(1) (x - 1)."""
    return sc.sigmoid(1.0) + sc.sigmoid_derivative(1.0) * (x - 1.0)


DEPTH_LOOKS: tuple[tuple[LineKind, Colour], ...] = (("line", 0), ("dashed", 1), ("dotted", 2))


def gradient_norm_profile(activation: str) -> tuple[np.ndarray, np.ndarray]:
    """Each layer's gradient norm in the deepest network the page measures."""
    norms = layer_gradient_norms(activation, DEPTHS[-1])
    return np.arange(1, len(norms) + 1), norms


FIGURES: tuple[Figure, ...] = (
    # --- sigmoid.md and index.md
    Figure(
        "sigmoid",
        "The logistic sigmoid σ(x) = 1 / (1 + e^−x), with its centre (0, 1/2) marked.",
        "An S-shaped curve that rises from the asymptote y = 0 on the left to the asymptote "
        "y = 1 on the right, passing through (0, 1/2).",
        (curve("σ(x)", sc.sigmoid, (-8, 8)), marked("(0, 1/2)", [0.0], sc.sigmoid, color=3)),
        ylabel="σ(x)",
        x_range=(-8, 8),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "sigmoid_reflection",
        "σ(x) and σ(−x) are mirror images; at every x they add up to 1.",
        "Two S-curves mirrored in the vertical axis, crossing at (0, 1/2); the dotted curve "
        "1 − σ(x) lies exactly on σ(−x).",
        (
            curve("σ(x)", sc.sigmoid, (-8, 8)),
            curve("σ(−x)", lambda x: sc.sigmoid(-x), (-8, 8), color=1),
            curve("1 − σ(x)", lambda x: 1 - sc.sigmoid(x), (-8, 8), kind="dotted", color=4),
            marked("(0, 1/2)", [0.0], sc.sigmoid, color=3),
        ),
        ylabel="y",
        x_range=(-8, 8),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "logit",
        "The logit, the inverse of the sigmoid, maps (0, 1) onto the whole real line.",
        "A curve rising from minus infinity near p = 0 to plus infinity near p = 1, through "
        "(1/2, 0): the sigmoid's graph reflected in the line y = x.",
        (curve("logit(p)", sc.logit, (0.0005, 0.9995)),),
        xlabel="p",
        ylabel="logit(p)",
        x_range=(0, 1),
        y_range=(-8, 8),
        hlines=(0.0,),
        vlines=(0.0, 0.5, 1.0),
    ),
    # --- derivative.md
    Figure(
        "sigmoid_derivative",
        "The derivative σ′(x) = σ(x)σ(−x): a bell with its maximum 1/4 at x = 0.",
        "A symmetric bell-shaped curve, highest at x = 0 with value 1/4 and falling towards 0 "
        "on both sides.",
        (
            curve("σ′(x)", sc.sigmoid_derivative, (-8, 8), color=1),
            marked("(0, 1/4)", [0.0], sc.sigmoid_derivative, color=3),
        ),
        ylabel="σ′(x)",
        x_range=(-8, 8),
        y_range=(-0.01, 0.27),
        hlines=(0.0, 0.25),
    ),
    Figure(
        "sigmoid_and_derivative",
        "σ and σ′ on one axis: the slope is steepest where σ crosses 1/2.",
        "The S-shaped sigmoid and its bell-shaped derivative on the same axes; the bell peaks "
        "at x = 0, exactly where the S-curve crosses 1/2.",
        (
            curve("σ(x)", sc.sigmoid, (-8, 8)),
            curve("σ′(x)", sc.sigmoid_derivative, (-8, 8), color=1),
        ),
        ylabel="y",
        x_range=(-8, 8),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.25, 0.5, 1.0),
    ),
    Figure(
        "sigmoid_tangent",
        "The tangent to σ at x₀ = 1: its slope is σ′(1), the height of the bell at the same x.",
        "The S-shaped sigmoid and its bell-shaped derivative; a dotted straight line touches "
        "the S-curve at x = 1, and the bell is marked at x = 1, at the height of that line's "
        "slope.",
        (
            curve("σ(x)", sc.sigmoid, (-6, 6)),
            curve("σ′(x)", sc.sigmoid_derivative, (-6, 6), color=1),
            curve("tangent at x₀ = 1", tangent_at_one, (-6, 6), "dotted", 3, points=2),
            marked("point of tangency (1, σ(1))", [1.0], sc.sigmoid, 3),
            marked("the slope as a height, (1, σ′(1))", [1.0], sc.sigmoid_derivative, 1),
        ),
        ylabel="y",
        x_range=(-6, 6),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 1.0),
        legend="upper left",
    ),
    Figure(
        "sigmoid_second_derivative",
        "The second derivative σ″(x) = σ′(x)(1 − 2σ(x)) changes sign at the inflection point "
        "x = 0.",
        "An odd curve: positive for negative x with a peak near "
        "x = −<!-- site:value second_derivative_extremum -->, zero at x = 0, negative for "
        "positive x "
        "with a trough near x = <!-- site:value second_derivative_extremum -->.",
        (
            curve("σ″(x)", sc.sigmoid_second_derivative, (-8, 8), color=2),
            marked(
                "extrema at ±ln(2 + √3)",
                [-math.log(2 + math.sqrt(3)), math.log(2 + math.sqrt(3))],
                sc.sigmoid_second_derivative,
                color=3,
            ),
        ),
        ylabel="σ″(x)",
        x_range=(-8, 8),
        y_range=(-0.11, 0.11),
        hlines=(0.0,),
        vlines=(0.0,),
    ),
    # --- logistic.md
    Figure(
        "sigmoid_steepness",
        "σ(kx) for several weights k: the slope at the centre is k/4, and large k approach the "
        "step function.",
        "Four S-curves through (0, 1/2), from a gentle one to one that is almost a vertical "
        "step at x = 0, with the step function itself drawn dashed.",
        (
            *(
                curve(f"k = {k:g}", functools.partial(scaled_sigmoid, k), (-6, 6), color=COLOURS[i])
                for i, k in enumerate(STEEPNESSES)
            ),
            Series("step", step_function, "dashed", 4),
        ),
        ylabel="σ(kx)",
        x_range=(-6, 6),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "logit_minus_probit",
        "The difference σ(x) − Φ(x√(π/8)) between the logistic and the slope-matched probit curve.",
        "An odd curve: positive for negative x, zero at x = 0 and far out in both tails, "
        "negative for positive x, with its largest deviations, about "
        "<!-- site:value logit_probit_gap -->, near x = ±<!-- site:value logit_probit_gap_at -->.",
        (curve("σ(x) − Φ(x√(π/8))", logit_minus_probit, (-8, 8), color=1),),
        ylabel="difference",
        x_range=(-8, 8),
        y_range=(-0.02, 0.02),
        hlines=(0.0,),
    ),
    Figure(
        "sigmoid_family",
        "Four S-shaped curves with slope 1/4 at 0: logistic, probit (erf), arctangent and "
        "algebraic.",
        "Four curves through (0, 1/2) that agree near 0; the probit curve reaches 0 and 1 "
        "first, the logistic next, while the arctangent and algebraic curves approach them "
        "slowly.",
        (
            curve("logistic σ(x)", sc.sigmoid, (-10, 10)),
            curve("probit Φ(x√(π/8))", probit_matched, (-10, 10), "dashed", 1),
            curve("1/2 + arctan(πx/4)/π", arctan_sigmoid, (-10, 10), color=2),
            curve("1/2 + x/(4√(1 + x²/4))", algebraic_sigmoid, (-10, 10), "dotted", 3),
        ),
        ylabel="y",
        x_range=(-10, 10),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "growth_curves",
        "Three S-curves from 0 to 1: the logistic σ(x), Richards' curve σ(x)² (ν = 1/2) and "
        "the Gompertz curve exp(−e⁻ˣ).",
        "The logistic curve is symmetric about (0, 1/2); the Richards and Gompertz curves lie "
        "below it everywhere, leave 0 later and turn below 1/2: asymmetric S-curves.",
        (
            curve("logistic σ(x)", sc.sigmoid, (-6, 8)),
            curve("Richards σ(x)², ν = 1/2", richards_half, (-6, 8), "dashed", 1),
            curve("Gompertz exp(−e⁻ˣ)", gompertz, (-6, 8), "dotted", 2),
        ),
        ylabel="y",
        x_range=(-6, 8),
        y_range=(-0.05, 1.05),
        hlines=(0.0, 0.5, 1.0),
    ),
    # --- tanh.md
    Figure(
        "tanh_vs_sigmoid",
        "tanh(x) and σ(x): the same S-shape, but tanh spans (−1, 1) and is centred on 0.",
        "Two S-curves: tanh from −1 to 1 through the origin, steeper; the sigmoid from 0 to 1 "
        "through (0, 1/2); the dotted curve 2σ(2x) − 1 lies exactly on tanh.",
        (
            curve("tanh(x)", sc.tanh, (-5, 5), color=1),
            curve("σ(x)", sc.sigmoid, (-5, 5)),
            curve("2σ(2x) − 1", sc.tanh_from_sigmoid, (-5, 5), kind="dotted", color=4),
        ),
        ylabel="y",
        x_range=(-5, 5),
        y_range=(-1.1, 1.1),
        hlines=(-1.0, 0.0, 0.5, 1.0),
    ),
    # --- python.md
    derivative_error_figure(
        "derivative_error_float64",
        "Relative error of four ways of computing σ′(x) in float64, against mpmath.",
        "Log-scale relative error against x from 0 to 45 for four formulas. The two that "
        "multiply by 1 − σ(x) or 1 − y grow with x and jump to 1 (total loss: the result is 0) "
        "near x = 37; σ(x)σ(−x) and sigmoid_derivative stay at rounding level everywhere.",
        np.float64,
        x_max=45,
        y_range=(1e-17, 3),
    ),
    derivative_error_figure(
        "derivative_error_float32",
        "The same comparison in float32: the textbook forms collapse to 0 near x = 17.",
        "Log-scale relative error against x from 0 to 20 in float32, each form measured at its "
        "input rounded to float32. The forms using 1 − σ(x) or 1 − y lose precision as x grows "
        "and reach relative error 1 near x = 17; σ(x)σ(−x) and sigmoid_derivative stay at "
        "float32 rounding level.",
        np.float32,
        x_max=20,
        y_range=(1e-9, 10),
    ),
    # --- numerical-derivatives.md
    Figure(
        "finite_difference_error",
        "Error of forward and central differences for σ′(1) against the step h (log–log).",
        "A V-shaped log-log plot for each method: the error falls as h shrinks (slope 1 for "
        "the forward difference, 2 for the central one) until rounding error, growing like "
        "1/h, takes over; the central difference reaches its minimum at a larger h.",
        (
            Series(
                "forward (f(x+h) − f(x))/h",
                lambda: finite_difference_series(sc.forward_difference),
            ),
            Series(
                "central (f(x+h) − f(x−h))/2h",
                lambda: finite_difference_series(sc.central_difference),
                color=1,
            ),
        ),
        xlabel="step h",
        ylabel="|error| at x = 1",
        log_x=True,
        log_y=True,
        x_range=(1e-16, 1e-1),
        y_range=(1e-13, 1),
    ),
    # --- neural-networks.md
    Figure(
        "logistic_regression_loss",
        "Training loss (mean binary cross-entropy) over gradient-descent steps.",
        "A loss curve that starts at ln 2 ≈ 0.693 (all predictions 1/2) and falls quickly, "
        "then levels off as the weights converge.",
        (
            Series(
                "loss",
                lambda: (np.arange(TRAINING_STEPS + 1.0), train_logistic_regression()["losses"]),
            ),
        ),
        xlabel="gradient-descent step",
        ylabel="mean cross-entropy",
        x_range=(0, TRAINING_STEPS),
        hlines=(math.log(2),),
    ),
    Figure(
        "logistic_regression_boundary",
        "The data and the learned decision boundary σ(w·x + b) = 1/2, with the 0.1 and 0.9 levels.",
        "A scatter plot of two overlapping point clouds, class 0 lower left and class 1 upper "
        "right, separated by a straight solid line where the predicted probability is 1/2, with "
        "a dashed line where it is 0.1 and a dotted one where it is 0.9.",
        (
            Series(
                "class 0",
                lambda: tuple(classification_data()[0][classification_data()[1] == 0].T),
                "scatter",
                0,
            ),
            Series(
                "class 1",
                lambda: tuple(classification_data()[0][classification_data()[1] == 1].T),
                "scatter",
                1,
            ),
            *(
                Series(
                    f"p = {p:g}",
                    functools.partial(boundary_line, p),
                    kind,
                    4,
                )
                for p, kind in zip(BOUNDARY_LEVELS, BOUNDARY_KINDS, strict=True)
            ),
        ),
        xlabel="feature 1",
        ylabel="feature 2",
        x_range=(-4, 7),  # the right third is empty of points and lines: the legend's place
        y_range=(-3.5, 3.5),
        legend="upper right",
    ),
    Figure(
        "reliability_diagram",
        "Reliability diagram on new points: observed frequency of class 1 against the mean "
        "predicted probability, in bins.",
        "The Bayes posterior's points lie on the diagonal. The trained model's curve runs above "
        "it in every bin, by up to <!-- site:value trained_bin_gap --> in the middle ones: on new "
        "points "
        "class 1 is more frequent than it predicts. After Platt scaling its curve lies on the "
        "diagonal too. The overconfident model's curve is flatter: far above the diagonal for "
        "low predictions, below it for the highest.",
        (
            Series(
                "perfect calibration",
                lambda: (np.array([0.0, 1.0]), np.array([0.0, 1.0])),
                "dotted",
                4,
            ),
            *(
                Series(label, functools.partial(reliability_points, name), kind, color)
                for label, name, kind, color in RELIABILITY_MODELS
            ),
        ),
        xlabel="mean predicted probability",
        ylabel="observed frequency",
        x_range=(0, 1),
        y_range=(0, 1),
        legend="lower right",
    ),
    Figure(
        "gradient_through_layers",
        "How the variance of the gradient shrinks through n layers with fan-out × weight "
        "variance = 1: E[f′(z)²]ⁿ with z ~ N(0, 1), log scale.",
        "Five decaying lines on a log scale against the number of layers: the sigmoid's factor "
        "falls fastest, <!-- site:value sigmoid_gradient_moment --> per layer, below its bound "
        "(1/16)ⁿ; ReLU keeps <!-- site:value relu_gradient_moment --> per layer, SiLU "
        "<!-- site:value silu_gradient_moment --> and tanh <!-- site:value tanh_gradient_moment "
        "-->.",
        gradient_series(),
        xlabel="layers n",
        ylabel="gradient variance factor",
        log_y=True,
        x_range=(1, 20),
        y_range=(1e-28, 2),
    ),
    Figure(
        "separable_weight_norm",
        "The weights' norm |w(t)| under gradient descent on separable data, against the step t "
        "on a log axis: without a penalty and with an L2 penalty.",
        "Without a penalty the norm climbs without end, its curve straightening on the log "
        "axis, by <!-- site:value separable_growth_5 --> over the last decade; with the L2 penalty "
        "λ = <!-- site:value l2_penalty --> it levels off at <!-- site:value l2_norm_limit -->.",
        (
            Series("no penalty", functools.partial(separable_norms, 0.0)),
            Series(
                f"L2 penalty λ = {L2_PENALTY:g}",
                functools.partial(separable_norms, L2_PENALTY),
                "dashed",
                1,
            ),
        ),
        xlabel="gradient-descent step t",
        ylabel="|w(t)|",
        log_x=True,
        x_range=(1, SEPARABLE_STEPS),
        legend="upper left",
    ),
    # --- activations.md
    Figure(
        "activations",
        "The sigmoid and its relatives: tanh, ReLU, leaky ReLU "
        "(α = <!-- site:value leaky_slope_shown --> for visibility) and SiLU.",
        "Five activation functions over x from −<!-- site:value activations_x_max --> to "
        "<!-- site:value activations_x_max -->: the sigmoid between 0 and 1, tanh "
        "between −1 and 1, ReLU zero then linear, leaky ReLU with a small negative slope, and "
        "SiLU dipping slightly below 0 before becoming nearly linear.",
        tuple(curve(name, f, (-4, 4), kind, color) for name, f, _, kind, color in ACTIVATIONS),
        ylabel="f(x)",
        x_range=(-4, 4),
        y_range=(-1.2, 4.1),
        hlines=(0.0, 1.0),
    ),
    Figure(
        "activation_derivatives",
        "Their derivatives: only the sigmoid's stays at or below 1/4.",
        "Derivatives over x from −<!-- site:value activations_x_max --> to "
        "<!-- site:value activations_x_max -->: the sigmoid's bell peaks at 1/4, tanh's at 1; "
        "ReLU's "
        "is a step from 0 to 1; leaky ReLU's a step from <!-- site:value leaky_slope_shown --> to "
        "1; "
        "SiLU's rises from slightly "
        "below 0 to about <!-- site:value silu_derivative_peak --> near "
        "x = <!-- site:value silu_derivative_peak_at --> and settles at 1.",
        tuple(
            curve(f"{name}′", derivative, (-4, 4), kind, color)
            for name, _, derivative, kind, color in ACTIVATIONS
        ),
        ylabel="f′(x)",
        x_range=(-4, 4),
        y_range=(-0.2, 1.2),
        hlines=(0.0, 0.25, 1.0),
    ),
    # --- neural-networks.md: a hidden layer learning XOR, and gradients through depth measured
    Figure(
        "xor_decision_regions",
        "The trained network's decision regions on XOR: class 1 between the two branches of "
        "its boundary σ(z) = 1/2, class 0 outside them.",
        "The four inputs at the corners of the unit square, (0, 1) and (1, 0) labelled 1, "
        "(0, 0) and (1, 1) labelled 0. The network's boundary has two nearly parallel branches "
        "running from upper left to lower right, one between (0, 0) and the two points "
        "labelled 1, the other between them and (1, 1); the band between the branches is "
        "class 1.",
        (
            Series("boundary σ(z) = 1/2", xor_boundary, "line", 4),
            Series("label 0", lambda: tuple(XOR_INPUTS[XOR_LABELS == 0].T), "points", 0),
            Series("label 1", lambda: tuple(XOR_INPUTS[XOR_LABELS == 1].T), "points", 1),
        ),
        xlabel="x₁",
        ylabel="x₂",
        x_range=XOR_WINDOW,
        y_range=XOR_HEIGHT,
        legend="upper right",
    ),
    Figure(
        "xor_hidden_space",
        "The four inputs as the trained hidden layer sees them, (h₁, h₂), and the output "
        "unit's line v · h + c = 0: in the hidden layer's coordinates a straight line "
        "separates the labels.",
        "Two points labelled 0 near opposite corners of the unit square, near (1, 1) and "
        "near (0, 0), and the two points labelled 1 almost on top of each other near the "
        "right edge at the bottom; a straight line runs between the points labelled 1 and "
        "those labelled 0.",
        (
            Series("output unit: v · h + c = 0", hidden_space_line, "line", 4),
            Series("label 0", lambda: tuple(xor_hidden_points()[XOR_LABELS == 0].T), "points", 0),
            Series("label 1", lambda: tuple(xor_hidden_points()[XOR_LABELS == 1].T), "points", 1),
        ),
        xlabel="h₁",
        ylabel="h₂",
        x_range=(-0.05, 1.05),
        y_range=(-0.05, 1.05),
        legend="upper left",
    ),
    Figure(
        "gradient_norms_by_layer",
        "Measured at initialisation in a network of <!-- site:value deepest_network --> hidden "
        "layers: the size of the "
        "gradient of one example's loss with respect to each layer's weights, log scale.",
        "Three lines against the layer, from the first (next to the input) to the tenth (next "
        "to the output). The sigmoid's shrinks by a factor of about "
        "<!-- site:value sigmoid_layer_shrink --> per layer towards the input; tanh's and "
        "ReLU's stay roughly level.",
        tuple(
            Series(
                f"{name} ({activation.initialisation})",
                functools.partial(gradient_norm_profile, name),
                kind,
                colour,
            )
            for (name, activation), (kind, colour) in zip(
                DEPTH_ACTIVATIONS.items(), DEPTH_LOOKS, strict=True
            )
        ),
        xlabel="hidden layer",
        ylabel="gradient norm",
        log_y=True,
        x_range=(1, DEPTHS[-1]),
        legend="lower right",
    ),
)


def named(name: str) -> Figure:
    return find(FIGURES, name, "figure")


unique(FIGURES, "figure")
