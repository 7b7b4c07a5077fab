"""Every figure, value table and checked claim of the site, declared as data, and their renderers.

This module is pure: importing it computes nothing and writes nothing. ``scripts/gen_assets.py``
(run by mkdocs-gen-files) writes the rendered figures and CSV files into the site, and
``scripts/hooks.py`` expands the placeholders in the pages and checks the claims. Run
``python -m scripts.site_assets OUTDIR`` to write the same files into a plain folder, for another
site generator.

How to add

* a figure: append a `Figure` to ``FIGURES`` (a name, `Series` whose data come from
  `sigmoid_core`, axis ranges, the reference lines), then put ``<!-- figure: NAME -->`` on its own
  line in a page. The light and dark SVGs and the alt text are made from the declaration.
* a table: append a `Table` to ``TABLES`` (usually via `function_table`), then put
  ``<!-- table: NAME -->`` in a page. It appears there as a Markdown table with a link to
  ``values/NAME.csv``, which holds every value at full precision (``repr``), and on the tables page.
* a claim: append a `Claim` to ``CLAIMS``: the page, a piece of its Markdown source that states
  something (a formula or a number), and a check that returns True when the statement holds. The
  build fails, naming the page and the claim, when the text is not on the page or the check fails.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import inspect
import io
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

import mpmath
import numpy as np
import sympy as sp

import sigmoid_core as sc
from sigmoid_core import naive

ArrayFunction = Callable[[np.ndarray], np.ndarray]
THEMES = ("light", "dark")

# ----------------------------------------------------------------------------------------------
# Declarations
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One curve or point set: ``data()`` returns ``(x, y)`` arrays computed with sigmoid_core."""

    label: str
    data: Callable[[], tuple[np.ndarray, np.ndarray]]
    kind: str = "line"  # "line", "dashed", "dotted", "points" or "scatter"
    color: int = 0  # index into the theme's palette


@dataclass(frozen=True)
class Figure:
    name: str
    caption: str
    description: str  # what the figure shows, in words; the alt text adds numbers from the data
    series: tuple[Series, ...]
    xlabel: str = "x"
    ylabel: str = ""
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    hlines: tuple[float, ...] = ()  # horizontal reference lines (asymptotes, 1/2)
    vlines: tuple[float, ...] = ()
    log_x: bool = False
    log_y: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    caption: str
    header: tuple[str, ...]
    rows: Callable[[], list[tuple[object, ...]]]
    formats: tuple[str, ...]  # a format spec per column for the page; the CSV uses repr


@dataclass(frozen=True)
class Claim:
    page: str  # the Markdown source path, relative to docs/
    text: str  # must occur verbatim in the page's source
    check: Callable[[], bool] = field(repr=False)


def curve(label: str, function: ArrayFunction, x_range: tuple[float, float], kind: str = "line",
          color: int = 0, points: int = 1601) -> Series:
    """A function of sigmoid_core sampled densely over ``x_range``."""

    def data() -> tuple[np.ndarray, np.ndarray]:
        x = np.linspace(*x_range, points)
        return x, function(x)

    return Series(label, data, kind, color)


def marked(label: str, xs: Sequence[float], function: ArrayFunction, color: int = 0) -> Series:
    def data() -> tuple[np.ndarray, np.ndarray]:
        x = np.array(xs, dtype=float)
        return x, function(x)

    return Series(label, data, "points", color)


def function_table(name: str, caption: str, xs: Sequence[float],
                   columns: Sequence[tuple[str, ArrayFunction]], digits: int = 10) -> Table:
    """A table of functions at the points ``xs``: a column for x, one for each function."""

    def rows() -> list[tuple[object, ...]]:
        x = np.array(xs, dtype=float)
        values = [np.asarray(f(x), dtype=float) for _, f in columns]
        return [(float(x[i]), *(float(v[i]) for v in values)) for i in range(len(x))]

    header = ("x", *(title for title, _ in columns))
    formats = ("g", *(f".{digits}g" for _ in columns))
    return Table(name, caption, header, rows, formats)


# ----------------------------------------------------------------------------------------------
# Computations behind the figures and claims (pure, cached)
# ----------------------------------------------------------------------------------------------

EPS64 = float(np.finfo(np.float64).eps)


def first_x_where(predicate: Callable[[np.floating], bool], low: float, high: float,
                  dtype: type = np.float64) -> float:
    """The smallest float x of ``dtype`` in (low, high] with predicate(x), by bisection on floats;
    predicate must be False at low, True at high and switch once."""
    lo, hi = dtype(low), dtype(high)
    while True:
        mid = dtype((float(lo) + float(hi)) / 2)
        if mid in (lo, hi):
            return float(hi)
        lo, hi = (lo, mid) if predicate(mid) else (mid, hi)


def naive_sigmoid_quiet(x: np.ndarray) -> np.ndarray:
    """naive.sigmoid_naive with its overflow warning silenced: used only where a page shows
    the naive form's values, the warning itself being demonstrated on the Python page."""
    with np.errstate(over="ignore"):
        return naive.sigmoid_naive(x)


@functools.cache
def saturation_points() -> dict[str, float]:
    """Where each way of computing sigma reaches exactly 1 or 0, per dtype."""
    out = {}
    for dtype in (np.float64, np.float32):
        key = np.dtype(dtype).name
        out[f"naive_one_{key}"] = first_x_where(lambda x: naive_sigmoid_quiet(x) == 1, 1, 100, dtype)
        out[f"core_one_{key}"] = first_x_where(lambda x: sc.sigmoid(x) == 1, 1, 100, dtype)
        # the exact sigma(x) rounds to 1 from the midpoint 1 - 2^-(p+1) between 1 and the float
        # below it (p bits of precision, ties to even): e^-x = 2^-(p+1) / (1 - 2^-(p+1))
        bits = np.finfo(dtype).nmant + 1
        with mpmath.workdps(40):
            exact_one = mpmath.log(mpmath.mpf(2) ** (bits + 1) - 1)
        out[f"exact_one_{key}"] = float(exact_one)
        out[f"naive_zero_{key}"] = -first_x_where(lambda x: naive_sigmoid_quiet(-x) == 0, 1, 1000, dtype)
        out[f"core_zero_{key}"] = -first_x_where(lambda x: sc.sigmoid(-x) == 0, 1, 1000, dtype)
        out[f"exp_overflow_{key}"] = float(np.log(np.finfo(dtype).max))
        out[f"subnormal_from_{key}"] = float(np.log(np.finfo(dtype).smallest_normal))
    return out


@functools.cache
def correctly_rounded_share(count: int = 5000) -> float:
    """The share of float64 sigmoid(x) that are the float nearest the exact value, for x
    uniform in [-40, 40] (fixed seed), against mpmath at 40 digits."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    with mpmath.workdps(40):
        exact = np.array([float(1 / (1 + mpmath.exp(-mpmath.mpf(v)))) for v in map(float, x)])
    return float(np.mean(sc.sigmoid(x) == exact))


def exact_sigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """sigma'(x) from mpmath at 40 digits, rounded to float64: the reference for error plots."""
    with mpmath.workdps(40):
        return np.array([float(mpmath.exp(-v) / (1 + mpmath.exp(-v)) ** 2) for v in map(float, x)])


def relative_error(values: np.ndarray, exact: np.ndarray, floor: float) -> np.ndarray:
    """|values - exact| / exact, drawn at ``floor`` where it is smaller (log axes cannot show 0)."""
    error = np.abs(values.astype(np.float64) - exact) / exact
    return np.maximum(error, floor)


def derivative_forms(dtype: type) -> dict[str, ArrayFunction]:
    """The three ways of computing sigma' that the Python page compares, in ``dtype``."""

    def textbook(x: np.ndarray) -> np.ndarray:
        s = naive_sigmoid_quiet(x.astype(dtype))
        return s * (dtype(1) - s)

    def from_output(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative_from_output(sc.sigmoid(x.astype(dtype)))

    def reflected(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative(x.astype(dtype))

    return {"σ(x)(1 − σ(x)), naive σ": textbook, "y(1 − y), y = sigmoid(x)": from_output,
            "σ(x)σ(−x): sigmoid_derivative": reflected}


def derivative_error_series(dtype: type, x_max: float) -> tuple[Series, ...]:
    x = np.linspace(0.0, x_max, 901)
    floor = float(np.finfo(dtype).eps) / 8

    def series(label: str, form: ArrayFunction, color: int, kind: str) -> Series:
        def data() -> tuple[np.ndarray, np.ndarray]:
            return x, relative_error(form(x), exact_sigmoid_derivative(x), floor)

        return Series(label, data, kind, color)

    kinds = ("line", "dashed", "line")
    return tuple(series(label, form, i, kinds[i])
                 for i, (label, form) in enumerate(derivative_forms(dtype).items()))


def collapse_point(form: ArrayFunction, dtype: type) -> float:
    """The first x at which a derivative form returns exactly 0."""
    return first_x_where(lambda x: form(np.array([x]))[0] == 0, 1.0, 1000.0, dtype)


FD_STEPS = np.logspace(-16, -1, 301)


def finite_difference_errors(method: Callable[..., np.ndarray], x: float = 1.0) -> np.ndarray:
    return np.abs(method(sc.sigmoid, x, FD_STEPS) - sc.sigmoid_derivative(x))


@functools.cache
def best_step(method_name: str) -> tuple[float, float]:
    """The step with the smallest error on the FD_STEPS grid, and that error."""
    errors = finite_difference_errors(getattr(sc, method_name))
    i = int(np.nanargmin(errors))  # NaN where x + h rounds to x
    return float(FD_STEPS[i]), float(errors[i])


# A small binary classification problem: two Gaussian clouds in the plane, fixed seed.
DATA_SEED = 20261123
LEARNING_RATE = 0.5
TRAINING_STEPS = 300


@functools.cache
def classification_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(DATA_SEED)
    n = 100  # points per class
    negatives = rng.normal([-1.0, -0.5], 0.9, size=(n, 2))
    positives = rng.normal([1.2, 0.8], 0.9, size=(n, 2))
    features = np.vstack([negatives, positives])
    labels = np.concatenate([np.zeros(n), np.ones(n)])
    return features, labels


def logistic_loss(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean binary cross-entropy computed from logits: -[t log s(z) + (1 - t) log s(-z)]."""
    return float(-np.mean(labels * sc.log_sigmoid(logits) + (1 - labels) * sc.log_sigmoid(-logits)))


@functools.cache
def train_logistic_regression() -> dict[str, object]:
    """Full-batch gradient descent from zero weights; the gradient of the mean loss with
    respect to the weights is mean((sigma(z) - t) x), with z = w.x + b."""
    features, labels = classification_data()
    design = np.hstack([features, np.ones((len(labels), 1))])  # the last weight is the bias
    weights = np.zeros(3)
    losses = []
    for _ in range(TRAINING_STEPS + 1):
        logits = design @ weights
        losses.append(logistic_loss(logits, labels))
        gradient = design.T @ (sc.sigmoid(logits) - labels) / len(labels)
        weights = weights - LEARNING_RATE * gradient
    logits = design @ weights
    accuracy = float(np.mean((logits > 0) == (labels == 1)))
    return {"weights": weights, "losses": np.array(losses), "accuracy": accuracy}


GAUSSIAN_GRID = np.linspace(-12.0, 12.0, 200_000)  # even count: 0 is not a grid point


def mean_derivative(derivative: ArrayFunction) -> float:
    """E[f'(z)] for z ~ N(0, 1), by the trapezoid rule."""
    z = GAUSSIAN_GRID
    density = np.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return float(np.trapezoid(derivative(z) * density, z))


LAYER_ACTIVATIONS = {
    "sigmoid": sc.sigmoid_derivative,
    "tanh": sc.tanh_derivative,
    "ReLU": sc.relu_derivative,
    "SiLU": sc.silu_derivative,
}
LAYERS = np.arange(1, 31)


def gradient_series() -> tuple[Series, ...]:
    def factor(derivative: ArrayFunction) -> Callable[[], tuple[np.ndarray, np.ndarray]]:
        return lambda: (LAYERS.astype(float), mean_derivative(derivative) ** LAYERS.astype(float))

    series = [Series(f"{name}: E[f′(z)]^L", factor(d), "line", i)
              for i, (name, d) in enumerate(LAYER_ACTIVATIONS.items())]
    series.append(Series("bound (1/4)^L for the sigmoid",
                         lambda: (LAYERS.astype(float), 0.25 ** LAYERS.astype(float)), "dashed", 4))
    return tuple(series)


def grid_max(function: ArrayFunction, low: float = -20.0, high: float = 20.0) -> float:
    return float(np.max(function(np.linspace(low, high, 400_001))))


def holds_on_grid(lhs: ArrayFunction, rhs: ArrayFunction, tolerance: float,
                  low: float = -40.0, high: float = 40.0) -> bool:
    """lhs(x) = rhs(x) within ``tolerance`` (absolute, relative beyond 1) on a dense grid."""
    x = np.linspace(low, high, 160_001)
    left, right = lhs(x), rhs(x)
    return bool(np.all(np.abs(left - right) <= tolerance * np.maximum(1.0, np.abs(right))))


X = sp.Symbol("x", real=True)
SIGMA = 1 / (1 + sp.exp(-X))


def symbolic_identity(lhs: sp.Expr, rhs: sp.Expr) -> bool:
    """SymPy proves lhs = rhs: the difference simplifies to 0 (rewritten in exp if needed)."""
    difference = sp.simplify((lhs - rhs).doit().rewrite(sp.exp))
    return difference == 0 or sp.simplify(sp.expand(difference)) == 0


def at_zero(expression: sp.Expr) -> sp.Expr:
    return sp.nsimplify(sp.simplify(expression.subs(X, 0)))


# ----------------------------------------------------------------------------------------------
# The figures
# ----------------------------------------------------------------------------------------------

def boundary_line(p: float) -> tuple[np.ndarray, np.ndarray]:
    """Points (x1, x2) where the trained model predicts probability p: w.x + b = logit(p)."""
    w1, w2, b = train_logistic_regression()["weights"]
    x1 = np.linspace(-4.0, 4.0, 201)
    return x1, (float(sc.logit(p)) - b - w1 * x1) / w2


FIGURES: tuple[Figure, ...] = (
    # --- sigmoid.md and index.md
    Figure(
        "sigmoid",
        "The logistic sigmoid σ(x) = 1 / (1 + e^−x), with its centre (0, 1/2) marked.",
        "An S-shaped curve that rises from the asymptote y = 0 on the left to the asymptote "
        "y = 1 on the right, passing through (0, 1/2).",
        (curve("σ(x)", sc.sigmoid, (-8, 8)), marked("(0, 1/2)", [0.0], sc.sigmoid, color=3)),
        ylabel="σ(x)", x_range=(-8, 8), y_range=(-0.05, 1.05), hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "sigmoid_reflection",
        "σ(x) and σ(−x) are mirror images; at every x they add up to 1.",
        "Two S-curves mirrored in the vertical axis, crossing at (0, 1/2); the dashed curve "
        "1 − σ(x) lies exactly on σ(−x).",
        (curve("σ(x)", sc.sigmoid, (-8, 8)),
         curve("σ(−x)", lambda x: sc.sigmoid(-x), (-8, 8), color=1),
         curve("1 − σ(x)", lambda x: 1 - sc.sigmoid(x), (-8, 8), kind="dotted", color=4),
         marked("(0, 1/2)", [0.0], sc.sigmoid, color=3)),
        ylabel="y", x_range=(-8, 8), y_range=(-0.05, 1.05), hlines=(0.0, 0.5, 1.0),
    ),
    Figure(
        "logit",
        "The logit, the inverse of the sigmoid, maps (0, 1) onto the whole real line.",
        "A curve rising from minus infinity near p = 0 to plus infinity near p = 1, through "
        "(1/2, 0): the sigmoid's graph reflected in the line y = x.",
        (curve("logit(p)", sc.logit, (0.0005, 0.9995)),),
        xlabel="p", ylabel="logit(p)", x_range=(0, 1), y_range=(-8, 8), hlines=(0.0,),
        vlines=(0.0, 0.5, 1.0),
    ),
    # --- derivative.md
    Figure(
        "sigmoid_derivative",
        "The derivative σ′(x) = σ(x)σ(−x): a bell with its maximum 1/4 at x = 0.",
        "A symmetric bell-shaped curve, highest at x = 0 with value 1/4 and falling towards 0 "
        "on both sides.",
        (curve("σ′(x)", sc.sigmoid_derivative, (-8, 8), color=1),
         marked("(0, 1/4)", [0.0], sc.sigmoid_derivative, color=3)),
        ylabel="σ′(x)", x_range=(-8, 8), y_range=(-0.01, 0.27), hlines=(0.0, 0.25),
    ),
    Figure(
        "sigmoid_and_derivative",
        "σ and σ′ on one axis: the slope is steepest where σ crosses 1/2.",
        "The S-shaped sigmoid and its bell-shaped derivative on the same axes; the bell peaks "
        "at x = 0, exactly where the S-curve crosses 1/2.",
        (curve("σ(x)", sc.sigmoid, (-8, 8)),
         curve("σ′(x)", sc.sigmoid_derivative, (-8, 8), color=1)),
        ylabel="y", x_range=(-8, 8), y_range=(-0.05, 1.05), hlines=(0.0, 0.25, 0.5, 1.0),
    ),
    Figure(
        "sigmoid_second_derivative",
        "The second derivative σ″(x) = σ′(x)(1 − 2σ(x)) changes sign at the inflection point x = 0.",
        "An odd curve: positive for negative x with a peak near x = −1.32, zero at x = 0, "
        "negative for positive x with a trough near x = 1.32.",
        (curve("σ″(x)", sc.sigmoid_second_derivative, (-8, 8), color=2),
         marked("extrema at ±ln(2 + √3)", [-math.log(2 + math.sqrt(3)), math.log(2 + math.sqrt(3))],
                sc.sigmoid_second_derivative, color=3)),
        ylabel="σ″(x)", x_range=(-8, 8), y_range=(-0.11, 0.11), hlines=(0.0,), vlines=(0.0,),
    ),
    # --- tanh.md
    Figure(
        "tanh_vs_sigmoid",
        "tanh(x) and σ(x): the same S-shape, but tanh spans (−1, 1) and is centred on 0.",
        "Two S-curves: tanh from −1 to 1 through the origin, steeper; the sigmoid from 0 to 1 "
        "through (0, 1/2); the dotted curve 2σ(2x) − 1 lies exactly on tanh.",
        (curve("tanh(x)", sc.tanh, (-5, 5), color=1),
         curve("σ(x)", sc.sigmoid, (-5, 5)),
         curve("2σ(2x) − 1", sc.tanh_from_sigmoid, (-5, 5), kind="dotted", color=4)),
        ylabel="y", x_range=(-5, 5), y_range=(-1.1, 1.1), hlines=(-1.0, 0.0, 0.5, 1.0),
    ),
    # --- python.md
    Figure(
        "derivative_error_float64",
        "Relative error of three ways of computing σ′(x) in float64, against mpmath.",
        "Log-scale relative error against x from 0 to 45 for three formulas. The two that "
        "multiply by 1 − σ(x) or 1 − y grow with x and jump to 1 (total loss: the result is 0) "
        "near x = 37; σ(x)σ(−x) stays at rounding level everywhere.",
        derivative_error_series(np.float64, 45.0),
        ylabel="relative error", x_range=(0, 45), y_range=(1e-17, 3), log_y=True, hlines=(1.0,),
    ),
    Figure(
        "derivative_error_float32",
        "The same comparison in float32: the textbook forms collapse to 0 near x = 17.",
        "Log-scale relative error against x from 0 to 20 in float32. The forms using 1 − σ(x) "
        "or 1 − y lose precision as x grows and reach relative error 1 near x = 17; "
        "σ(x)σ(−x) stays at float32 rounding level.",
        derivative_error_series(np.float32, 20.0),
        ylabel="relative error", x_range=(0, 20), y_range=(1e-9, 3), log_y=True, hlines=(1.0,),
    ),
    # --- numerical-derivatives.md
    Figure(
        "finite_difference_error",
        "Error of forward and central differences for σ′(1) against the step h (log–log).",
        "A V-shaped log-log plot for each method: the error falls as h shrinks (slope 1 for "
        "the forward difference, 2 for the central one) until rounding error, growing like "
        "1/h, takes over; the central difference reaches its minimum at a larger h.",
        (Series("forward (f(x+h) − f(x))/h",
                lambda: (FD_STEPS, np.maximum(finite_difference_errors(sc.forward_difference), 1e-17))),
         Series("central (f(x+h) − f(x−h))/2h",
                lambda: (FD_STEPS, np.maximum(finite_difference_errors(sc.central_difference), 1e-17)),
                color=1)),
        xlabel="step h", ylabel="|error| at x = 1", log_x=True, log_y=True,
        x_range=(1e-16, 1e-1), y_range=(1e-13, 1),
    ),
    # --- neural-networks.md
    Figure(
        "logistic_regression_loss",
        "Training loss (mean binary cross-entropy) over gradient-descent steps.",
        "A loss curve that starts at ln 2 ≈ 0.693 (all predictions 1/2) and falls quickly, "
        "then levels off as the weights converge.",
        (Series("loss", lambda: (np.arange(TRAINING_STEPS + 1.0),
                                 train_logistic_regression()["losses"])),),
        xlabel="gradient-descent step", ylabel="mean cross-entropy", x_range=(0, TRAINING_STEPS),
        hlines=(math.log(2),),
    ),
    Figure(
        "logistic_regression_boundary",
        "The data and the learned decision boundary σ(w·x + b) = 1/2, with the 0.1 and 0.9 levels.",
        "A scatter plot of two overlapping point clouds, class 0 lower left and class 1 upper "
        "right, separated by a straight solid line where the predicted probability is 1/2, with "
        "dashed lines where it is 0.1 and 0.9.",
        (Series("class 0", lambda: tuple(classification_data()[0][classification_data()[1] == 0].T),
                "scatter", 0),
         Series("class 1", lambda: tuple(classification_data()[0][classification_data()[1] == 1].T),
                "scatter", 1),
         *(Series(f"p = {p:g}", functools.partial(boundary_line, p),
                  "line" if p == 0.5 else "dashed", 4) for p in (0.1, 0.5, 0.9))),
        xlabel="feature 1", ylabel="feature 2", x_range=(-4, 4), y_range=(-3.5, 3.5),
    ),
    Figure(
        "gradient_through_layers",
        "Expected derivative factor through L layers, E[f′(z)]^L with z ~ N(0, 1), log scale.",
        "Five decaying lines on a log scale against the number of layers: the sigmoid's factor "
        "falls fastest, about 0.21 per layer, close to its bound (1/4)^L; ReLU and SiLU lose "
        "half per layer and tanh about 0.61 per layer.",
        gradient_series(),
        xlabel="layers L", ylabel="gradient factor", log_y=True, x_range=(1, 30),
        y_range=(1e-21, 1.5),
    ),
    # --- activations.md
    Figure(
        "activations",
        "The sigmoid and its relatives: tanh, ReLU, leaky ReLU (α = 0.1 for visibility) and SiLU.",
        "Five activation functions over x from −4 to 4: the sigmoid between 0 and 1, tanh "
        "between −1 and 1, ReLU zero then linear, leaky ReLU with a small negative slope, and "
        "SiLU dipping slightly below 0 before becoming nearly linear.",
        (curve("sigmoid", sc.sigmoid, (-4, 4)), curve("tanh", sc.tanh, (-4, 4), color=1),
         curve("ReLU", sc.relu, (-4, 4), color=2),
         curve("leaky ReLU", lambda x: sc.leaky_relu(x, 0.1), (-4, 4), kind="dashed", color=3),
         curve("SiLU", sc.silu, (-4, 4), color=4)),
        ylabel="f(x)", x_range=(-4, 4), y_range=(-1.2, 4.1), hlines=(0.0, 1.0),
    ),
    Figure(
        "activation_derivatives",
        "Their derivatives: only the sigmoid's stays at or below 1/4.",
        "Derivatives over x from −4 to 4: the sigmoid's bell peaks at 1/4, tanh's at 1; ReLU's "
        "is a step from 0 to 1; leaky ReLU's a step from 0.1 to 1; SiLU's rises from slightly "
        "below 0 to about 1.1 near x = 2.4 and settles at 1.",
        (curve("sigmoid′", sc.sigmoid_derivative, (-4, 4)),
         curve("tanh′", sc.tanh_derivative, (-4, 4), color=1),
         curve("ReLU′", sc.relu_derivative, (-4, 4), color=2),
         curve("leaky ReLU′", lambda x: sc.leaky_relu_derivative(x, 0.1), (-4, 4),
               kind="dashed", color=3),
         curve("SiLU′", sc.silu_derivative, (-4, 4), color=4)),
        ylabel="f′(x)", x_range=(-4, 4), y_range=(-0.2, 1.2), hlines=(0.0, 0.25, 1.0),
    ),
)


# ----------------------------------------------------------------------------------------------
# The tables
# ----------------------------------------------------------------------------------------------

TABLE_POINTS = (-40, -20, -10, -5, -2, -1, -0.5, 0, 0.5, 1, 2, 5, 10, 20, 40)


def cancellation_rows() -> list[tuple[object, ...]]:
    rows = []
    for x in (20.0, 37.0, 40.0):
        s = float(sc.sigmoid(x))
        rows.append((x, s, 1.0 - s, float(sc.sigmoid(-x))))
    return rows


def threshold_rows() -> list[tuple[object, ...]]:
    points = saturation_points()
    return [
        (label, points[f"{key}_float64"], points[f"{key}_float32"])
        for label, key in (
            ("exp(x) overflows above", "exp_overflow"),
            ("naive 1/(1 + exp(−x)) is exactly 1 from", "naive_one"),
            ("sigmoid(x) is exactly 1 from", "core_one"),
            ("the exact σ(x) rounds to 1 from", "exact_one"),
            ("σ(x) is subnormal below", "subnormal_from"),
            ("naive 1/(1 + exp(−x)) is exactly 0 below", "naive_zero"),
            ("sigmoid(x) is exactly 0 below", "core_zero"),
        )
    ]


def finite_difference_rows() -> list[tuple[object, ...]]:
    exact = float(sc.sigmoid_derivative(1.0))
    return [(h, abs(float(sc.forward_difference(sc.sigmoid, 1.0, h)) - exact),
             abs(float(sc.central_difference(sc.sigmoid, 1.0, h)) - exact))
            for h in (1e-1, 1e-2, 1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12, 1e-13)]


ACTIVATION_PROPERTIES = (
    # name, range, zero-centred, monotonic, derivative function, cost per element
    ("sigmoid", "(0, 1)", "no", "yes", sc.sigmoid_derivative, "1 exp, 1 division"),
    ("tanh", "(−1, 1)", "yes", "yes", sc.tanh_derivative, "1 tanh (≈ 2 exp)"),
    ("ReLU", "[0, ∞)", "no", "yes", sc.relu_derivative, "1 comparison"),
    ("leaky ReLU (α = 0.01)", "(−∞, ∞)", "roughly", "yes", sc.leaky_relu_derivative,
     "1 comparison, 1 multiply"),
    ("SiLU", "[−0.278…, ∞)", "roughly", "no", sc.silu_derivative, "1 exp, 1 division, 1 multiply"),
)


def activation_rows() -> list[tuple[object, ...]]:
    return [(name, value_range, centred, monotonic, grid_max(derivative), cost)
            for name, value_range, centred, monotonic, derivative, cost in ACTIVATION_PROPERTIES]


TABLES: tuple[Table, ...] = (
    function_table(
        "sigmoid", "σ(x), 1 − σ(x) computed as σ(−x), and log σ(x) at selected points.",
        TABLE_POINTS,
        (("sigmoid(x)", sc.sigmoid), ("sigmoid(-x)", lambda x: sc.sigmoid(-x)),
         ("log_sigmoid(x)", sc.log_sigmoid)),
    ),
    function_table(
        "sigmoid_derivative", "σ′(x) and σ″(x) at selected points.", TABLE_POINTS,
        (("sigmoid_derivative(x)", sc.sigmoid_derivative),
         ("sigmoid_second_derivative(x)", sc.sigmoid_second_derivative)),
    ),
    function_table(
        "tanh_relation", "tanh(x) against 2σ(2x) − 1, and σ(x) against (1 + tanh(x/2))/2.",
        (-5, -2, -1, -0.5, 0, 0.5, 1, 2, 5),
        (("tanh(x)", sc.tanh), ("2σ(2x) − 1", sc.tanh_from_sigmoid),
         ("sigmoid(x)", sc.sigmoid), ("(1 + tanh(x/2))/2", sc.sigmoid_from_tanh)),
        digits=16,
    ),
    Table(
        "cancellation", "1 − σ(x) computed by subtraction against σ(−x), in float64.",
        ("x", "sigmoid(x)", "1 - sigmoid(x)", "sigmoid(-x)"), cancellation_rows,
        ("g", ".17g", ".6g", ".6g"),
    ),
    Table(
        "float_thresholds", "Where the exponential and the sigmoid saturate, per float type.",
        ("saturation point", "float64", "float32"), threshold_rows, ("", ".6f", ".6f"),
    ),
    Table(
        "finite_differences", "Error of finite differences of sigmoid at x = 1, against σ′(1).",
        ("h", "forward error", "central error"), finite_difference_rows, ("g", ".2e", ".2e"),
    ),
    Table(
        "activations", "Activation functions compared; the maximum derivative is measured on a "
        "dense grid in [−20, 20] with sigmoid_core.",
        ("activation", "range", "zero-centred", "monotonic", "max derivative", "cost"),
        activation_rows, ("", "", "", "", ".4f", ""),
    ),
)

# ----------------------------------------------------------------------------------------------
# The claims: every number and identity the pages state
# ----------------------------------------------------------------------------------------------


def close(value: float, target: float, tolerance: float = 5e-13) -> bool:
    return abs(value - target) <= tolerance * max(1.0, abs(target))


def rounds_to(value: float, text: str) -> bool:
    """``value`` printed with as many decimals as ``text`` has is ``text``."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    return f"{value:.{decimals}f}" == text


def claims_for_sigmoid_page() -> tuple[Claim, ...]:
    page = "sigmoid.md"
    return (
        Claim(page, r"\sigma(0) = \frac{1}{2}", lambda: sc.sigmoid(0.0) == 0.5),
        Claim(page, r"\sigma(-x) = 1 - \sigma(x)",
              lambda: symbolic_identity(SIGMA.subs(X, -X), 1 - SIGMA)
              and holds_on_grid(lambda x: sc.sigmoid(-x), lambda x: 1 - sc.sigmoid(x), 2.5 * EPS64)),
        Claim(page, r"\lim_{x \to \infty} \sigma(x) = 1",
              lambda: sp.limit(SIGMA, X, sp.oo) == 1 and sc.sigmoid(np.inf) == 1),
        Claim(page, r"\lim_{x \to -\infty} \sigma(x) = 0",
              lambda: sp.limit(SIGMA, X, -sp.oo) == 0 and sc.sigmoid(-np.inf) == 0),
        Claim(page, r"\operatorname{logit}(p) = \ln\frac{p}{1 - p}",
              lambda: symbolic_identity(sp.log(SIGMA / (1 - SIGMA)), X)),
        Claim(page, r"\sigma(\operatorname{logit}(p)) = p",
              lambda: holds_on_grid(lambda p: sc.sigmoid(sc.logit(p)), lambda p: p, 1e-13, 1e-6, 1 - 1e-6)),
        Claim(page, r"\sigma(x) = \frac{e^{x}}{1 + e^{x}}",
              lambda: symbolic_identity(sp.exp(X) / (1 + sp.exp(X)), SIGMA)),
        Claim(page, r"\sigma'(x) > 0",
              lambda: bool(np.all(sc.sigmoid_derivative(np.linspace(-700, 700, 100_001)) > 0))),
        Claim(page, "0.7310585786",
              lambda: rounds_to(float(sc.sigmoid(1.0)), "0.7310585786")),
        Claim(page, "0.9999546021",
              lambda: rounds_to(float(sc.sigmoid(10.0)), "0.9999546021")),
    )


def claims_for_derivative_page() -> tuple[Claim, ...]:
    page = "derivative.md"
    derivative = sp.Derivative(SIGMA, X)  # unevaluated: SymPy differentiates when a check runs
    return (
        Claim(page, r"\sigma'(x) = \sigma(x)\bigl(1 - \sigma(x)\bigr)",
              lambda: symbolic_identity(derivative, SIGMA * (1 - SIGMA))),
        Claim(page, r"\sigma'(x) = \sigma(x)\,\sigma(-x)",
              lambda: symbolic_identity(derivative, SIGMA * SIGMA.subs(X, -X))
              and holds_on_grid(sc.sigmoid_derivative,
                                lambda x: sc.sigmoid(x) * sc.sigmoid(-x), 8 * EPS64)),
        Claim(page, r"\sigma'(x) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2}",
              lambda: symbolic_identity(derivative, sp.exp(-X) / (1 + sp.exp(-X)) ** 2)),
        Claim(page, r"\sigma'(x) = \frac{1}{4}\operatorname{sech}^2\frac{x}{2}",
              lambda: symbolic_identity(derivative, sp.sech(X / 2) ** 2 / 4)
              and holds_on_grid(sc.sigmoid_derivative, lambda x: sc.tanh_derivative(x / 2) / 4, 8 * EPS64)),
        Claim(page, r"\sigma'(0) = \frac{1}{4}",
              lambda: at_zero(derivative) == sp.Rational(1, 4) and sc.sigmoid_derivative(0.0) == 0.25),
        Claim(page, r"\sigma'(-x) = \sigma'(x)",
              lambda: symbolic_identity(derivative.subs(X, -X), derivative)),
        Claim(page, r"\sigma''(x) = \sigma'(x)\bigl(1 - 2\sigma(x)\bigr)",
              lambda: symbolic_identity(sp.diff(SIGMA, X, 2), derivative * (1 - 2 * SIGMA))),
        Claim(page, r"x = \pm\ln\bigl(2 + \sqrt{3}\bigr) \approx \pm 1.317",
              lambda: symbolic_identity(sp.diff(SIGMA, X, 3).subs(X, sp.log(2 + sp.sqrt(3))), 0)
              and rounds_to(math.log(2 + math.sqrt(3)), "1.317")),
        Claim(page, r"\pm\frac{1}{6\sqrt{3}} \approx \pm 0.0962",
              lambda: symbolic_identity(sp.diff(SIGMA, X, 2).subs(X, -sp.log(2 + sp.sqrt(3))),
                                        1 / (6 * sp.sqrt(3)))
              and rounds_to(grid_max(sc.sigmoid_second_derivative), "0.0962")),
        Claim(page, "0.1966119332",
              lambda: rounds_to(float(sc.sigmoid_derivative(1.0)), "0.1966119332")),
        Claim(page, "0.0000453958",
              lambda: rounds_to(float(sc.sigmoid_derivative(10.0)), "0.0000453958")),
    )


def claims_for_tanh_page() -> tuple[Claim, ...]:
    page = "tanh.md"
    return (
        Claim(page, r"\tanh x = 2\sigma(2x) - 1",
              lambda: symbolic_identity(sp.tanh(X), 2 * SIGMA.subs(X, 2 * X) - 1)
              and holds_on_grid(sc.tanh_from_sigmoid, np.tanh, 4 * EPS64)),
        Claim(page, r"\sigma(2x) = \frac{1}{1 + e^{-2x}} = \frac{e^{x}}{e^{x} + e^{-x}}",
              lambda: symbolic_identity(SIGMA.subs(X, 2 * X), sp.exp(X) / (sp.exp(X) + sp.exp(-X)))),
        Claim(page, r"\sigma(x) = \frac{1 + \tanh(x/2)}{2}",
              lambda: symbolic_identity(SIGMA, (1 + sp.tanh(X / 2)) / 2)
              and holds_on_grid(sc.sigmoid_from_tanh, sc.sigmoid, 2 * EPS64)),
        Claim(page, r"\tanh'(x) = 1 - \tanh^2 x",
              lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 1 - sp.tanh(X) ** 2)),
        Claim(page, r"\tanh'(0) = 1",
              lambda: sc.tanh_derivative(0.0) == 1.0),
        Claim(page, r"\tanh'(x) = 4\,\sigma'(2x)",
              lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 4 * sp.diff(SIGMA, X).subs(X, 2 * X))),
    )


def claims_for_python_page() -> tuple[Claim, ...]:
    page = "python.md"
    points = saturation_points()
    forms = derivative_forms(np.float64)
    forms32 = derivative_forms(np.float32)
    textbook, _, reflected = forms.values()
    return (
        Claim(page, "709.78", lambda: rounds_to(points["exp_overflow_float64"], "709.78")),
        Claim(page, "745.13", lambda: rounds_to(-points["core_zero_float64"], "745.13")),
        Claim(page, "36.74", lambda: rounds_to(points["naive_one_float64"], "36.74")
              and rounds_to(points["core_one_float64"], "36.74")),
        Claim(page, "37.43", lambda: rounds_to(points["exact_one_float64"], "37.43")),
        Claim(page, "17.33", lambda: rounds_to(points["core_one_float32"], "17.33")
              and rounds_to(points["exact_one_float32"], "17.33")),
        Claim(page, "about 63 % of them are correctly rounded",
              lambda: rounds_to(100 * correctly_rounded_share(), "63")),
        Claim(page, "below $x \\approx -708.4$",
              lambda: rounds_to(points["subnormal_from_float64"], "-708.4")),
        Claim(page, "2.2 \\times 10^{-308}",
              lambda: f"{np.finfo(np.float64).smallest_normal:.1e}" == "2.2e-308"),
        Claim(page, "4.9 \\times 10^{-324}",
              lambda: f"{np.finfo(np.float64).smallest_subnormal:.1e}" == "4.9e-324"),
        Claim(page, "e^{709} < 1.8 \\times 10^{308}",
              lambda: math.exp(709) < 1.8e308 and f"{np.finfo(np.float64).max:.1e}" == "1.8e+308"),
        Claim(page, "2^{-53} \\approx 1.1 \\times 10^{-16}", lambda: f"{2.0 ** -53:.1e}" == "1.1e-16"),
        Claim(page, "16.64", lambda: rounds_to(points["naive_one_float32"], "16.64")),
        Claim(page, "88.72", lambda: rounds_to(points["exp_overflow_float32"], "88.72")),
        Claim(page, "103.97", lambda: rounds_to(-points["core_zero_float32"], "103.97")),
        Claim(page, "2.0322e-313", lambda: f"{float(sc.sigmoid(-720.0)):.4e}" == "2.0322e-313"),
        Claim(page, "x \\approx 36.74", lambda: rounds_to(collapse_point(textbook, np.float64), "36.74")),
        Claim(page, "x \\approx 16.64",
              lambda: rounds_to(collapse_point(list(forms32.values())[0], np.float32), "16.64")),
        Claim(page, "8.53e-17", lambda: f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17"
              and textbook(np.array([37.0]))[0] == 0),
        Claim(page, "the last one stays positive up to x = 745",
              lambda: bool(reflected(np.array([745.0]))[0] > 0)),
        Claim(page, r"\operatorname{softplus}(x) = \ln\left(1 + e^{x}\right)",
              lambda: symbolic_identity(-sp.log(SIGMA.subs(X, -X)), sp.log(1 + sp.exp(X)))),
        Claim(page, r"\ln\sigma(x) = -\operatorname{softplus}(-x)",
              lambda: holds_on_grid(sc.log_sigmoid, lambda x: -sc.softplus(-x), 2 * EPS64, -700, 700)),
    )


def claims_for_numerical_page() -> tuple[Claim, ...]:
    page = "numerical-derivatives.md"
    return (
        Claim(page, r"h \approx \sqrt{\varepsilon} \approx 1.5 \times 10^{-8}",
              lambda: rounds_to(math.sqrt(EPS64) * 1e8, "1.5")
              and 1e-9 <= best_step("forward_difference")[0] <= 1e-7),
        Claim(page, r"h \approx \sqrt[3]{\varepsilon} \approx 6 \times 10^{-6}",
              lambda: rounds_to(EPS64 ** (1 / 3) * 1e6, "6")
              and 1e-6 <= best_step("central_difference")[0] <= 1e-4),
        Claim(page, r"about $5 \times 10^{-9}$ at $h = 10^{-8}$",
              lambda: f"{finite_difference_rows()[5][1]:.0e}" == "5e-09"),
        Claim(page, r"about $2 \times 10^{-12}$ at $h = 10^{-5}$",
              lambda: f"{finite_difference_rows()[3][2]:.0e}" == "2e-12"),
        Claim(page, "$5 \\times 10^{-5}$",
              lambda: rounds_to(float(finite_difference_errors(sc.forward_difference)[
                  np.argmin(np.abs(FD_STEPS - 1e-13))]) * 1e5, "5")),
    )


def claims_for_networks_page() -> tuple[Claim, ...]:
    page = "neural-networks.md"
    return (
        Claim(page, r"\frac{\partial L}{\partial z} = \sigma(z) - t",
              lambda: symbolic_identity(
                  sp.diff(-(sp.Symbol("t") * sp.log(SIGMA) + (1 - sp.Symbol("t")) * sp.log(1 - SIGMA)), X),
                  SIGMA - sp.Symbol("t"))),
        Claim(page, "0.693", lambda: rounds_to(float(train_logistic_regression()["losses"][0]), "0.693")),
        Claim(page, "91.5 %", lambda: rounds_to(100 * train_logistic_regression()["accuracy"], "91.5")),
        Claim(page, "0.218", lambda: rounds_to(float(train_logistic_regression()["losses"][-1]), "0.218")),
        Claim(page, "0.207", lambda: rounds_to(mean_derivative(sc.sigmoid_derivative), "0.207")),
        Claim(page, "0.606", lambda: rounds_to(mean_derivative(sc.tanh_derivative), "0.606")),
        Claim(page, "(1/4)^{10} \\approx 10^{-6}", lambda: 0.5e-6 < 0.25 ** 10 < 1.5e-6),
    )


def claims_for_activations_page() -> tuple[Claim, ...]:
    page = "activations.md"
    x0 = sp.Symbol("x_0", real=True)
    two_class = sp.exp(x0) / (sp.exp(x0) + sp.exp(0))
    return (
        Claim(page, r"\frac{e^{x_1}}{e^{x_1} + e^{x_2}} = \sigma(x_1 - x_2)",
              lambda: symbolic_identity(two_class.subs(x0, X), SIGMA)
              and holds_on_grid(lambda x: sc.softmax(np.stack([x, np.zeros_like(x)], -1))[..., 0],
                                sc.sigmoid, 4 * EPS64, -700, 700)),
        Claim(page, r"\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)",
              lambda: symbolic_identity(sp.diff(X * SIGMA, X), SIGMA * (1 + X * (1 - SIGMA)))),
        Claim(page, "1.0998", lambda: rounds_to(grid_max(sc.silu_derivative), "1.0998")),
        Claim(page, "x \\approx 2.40",
              lambda: rounds_to(float(np.linspace(-20, 20, 400_001)[
                  np.argmax(sc.silu_derivative(np.linspace(-20, 20, 400_001)))]), "2.40")),
        Claim(page, "-0.278", lambda: rounds_to(float(np.min(sc.silu(np.linspace(-5, 0, 500_001)))), "-0.278")),
        Claim(page, r"\tanh'(0) = 1", lambda: sc.tanh_derivative(0.0) == 1.0),
    )


CLAIMS: tuple[Claim, ...] = (
    *claims_for_sigmoid_page(),
    *claims_for_derivative_page(),
    *claims_for_tanh_page(),
    *claims_for_python_page(),
    *claims_for_numerical_page(),
    *claims_for_networks_page(),
    *claims_for_activations_page(),
)

# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

# Okabe–Ito colours, distinguishable with every common colour-vision deficiency; the dark theme
# uses lighter members of the same hues for contrast on Material's slate background.
PALETTES = {
    "light": ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"),
    "dark": ("#56B4E9", "#E69F00", "#4FD1A5", "#F0A3CF", "#E8E8E8"),
}
INK = {"light": ("#1f1f1f", "#c8c8c8", "#8a8a8a"), "dark": ("#e6e6e6", "#4a4d57", "#9a9da8")}
LINESTYLES = {"line": "-", "dashed": "--", "dotted": ":"}
FIGURE_SIZE = (5.6, 3.6)  # inches; at 100 % the SVG is 538 x 346 px and scales down on phones


def alt_text(figure: Figure) -> str:
    """The description, then each series summarised from its data."""
    parts = [figure.description]
    for series in figure.series:
        x, y = (np.asarray(a, dtype=float) for a in series.data())
        if series.kind in ("points", "scatter") and len(x) <= 3:
            coordinates = ", ".join(f"({a:.3g}, {b:.3g})" for a, b in zip(x, y))
            parts.append(f"{series.label}: marked at {coordinates}.")
        elif series.kind == "scatter":
            parts.append(f"{series.label}: {len(x)} points centred near "
                         f"({np.mean(x):.2g}, {np.mean(y):.2g}).")
        else:
            top = int(np.nanargmax(y))
            parts.append(f"{series.label}: from {y[0]:.3g} at {figure.xlabel} = {x[0]:.3g} to "
                         f"{y[-1]:.3g} at {x[-1]:.3g}, largest {y[top]:.3g} at {x[top]:.3g}.")
    return " ".join(parts)


def render_svg(figure: Figure, theme: str) -> bytes:
    """The figure as a byte-identical SVG for ``theme`` ("light" or "dark")."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    palette = PALETTES[theme]
    ink, grid, muted = INK[theme]
    rc = {
        "svg.hashsalt": figure.name,  # stable ids in the SVG
        "svg.fonttype": "none",  # text stays text: small files, the page's fonts
        "font.family": ["sans-serif"],
        "font.size": 14,  # about 9 px on a 390 px phone, where the figure is scaled to 0.66
        "axes.edgecolor": muted, "axes.labelcolor": ink, "text.color": ink,
        "xtick.color": ink, "ytick.color": ink, "grid.color": grid, "grid.linewidth": 0.6,
        "axes.facecolor": "none", "figure.facecolor": "none", "savefig.transparent": True,
        "legend.frameon": False, "lines.linewidth": 2.0, "path.simplify": True,
    }
    with matplotlib.rc_context(rc):
        fig, ax = plt.subplots(figsize=FIGURE_SIZE, layout="constrained")
        try:
            for y in figure.hlines:
                ax.axhline(y, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
            for x in figure.vlines:
                ax.axvline(x, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
            for series in figure.series:
                x, y = series.data()
                color = palette[series.color % len(palette)]
                if series.kind == "scatter":
                    ax.scatter(x, y, s=12, color=color, label=series.label, alpha=0.75,
                               linewidths=0, zorder=3)
                elif series.kind == "points":
                    ax.plot(x, y, "o", color=color, markersize=7, label=series.label, zorder=4)
                else:
                    ax.plot(x, y, LINESTYLES[series.kind], color=color, label=series.label, zorder=2)
            if figure.log_x:
                ax.set_xscale("log")
            if figure.log_y:
                ax.set_yscale("log")
            if figure.x_range:
                ax.set_xlim(*figure.x_range)
            if figure.y_range:
                ax.set_ylim(*figure.y_range)
            ax.grid(True, which="major")
            ax.set_xlabel(figure.xlabel)
            ax.set_ylabel(figure.ylabel)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.legend(loc="best", fontsize=12)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return buffer.getvalue()


def render_csv(table: Table) -> str:
    """Every value at full precision: ``repr`` of each float, so the CSV round-trips exactly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.header)
    for row in table.rows():
        writer.writerow([repr(v) if isinstance(v, float) else v for v in row])
    return buffer.getvalue()


def render_markdown_table(table: Table, csv_link: str) -> str:
    """The table for a page, with a download link to its CSV."""
    def cell(value: object, spec: str) -> str:
        if isinstance(value, float) and spec:
            return format(value, spec).replace("-", "−")
        return str(value)

    lines = ["| " + " | ".join(table.header) + " |",
             "|" + "|".join(":--" if not s or s == "g" and i == 0 else "--:"
                            for i, s in enumerate(table.formats)) + "|"]
    for row in table.rows():
        lines.append("| " + " | ".join(cell(v, s) for v, s in zip(row, table.formats)) + " |")
    return (f"{chr(10).join(lines)}\n\n_{table.caption}_ "
            f"[Download `{table.name}.csv`]({csv_link}) (every value at full precision).\n")


# ----------------------------------------------------------------------------------------------
# Lookup, fingerprints and the plain-folder writer
# ----------------------------------------------------------------------------------------------


def figure_named(name: str) -> Figure:
    for figure in FIGURES:
        if figure.name == name:
            return figure
    raise KeyError(f"no figure named {name!r}; declared: {', '.join(f.name for f in FIGURES)}")


def table_named(name: str) -> Table:
    for table in TABLES:
        if table.name == name:
            return table
    raise KeyError(f"no table named {name!r}; declared: {', '.join(t.name for t in TABLES)}")


def _describe(value: object) -> str:
    """A stable text for a declaration: callables by their source, not their address."""
    if is_dataclass(value):
        return f"{type(value).__name__}({', '.join(_describe(getattr(value, f.name)) for f in fields(value))})"
    if isinstance(value, tuple):
        return "(" + ", ".join(_describe(v) for v in value) + ")"
    if isinstance(value, functools.partial):
        return f"partial({_describe(value.func)}, {value.args!r})"
    if callable(value):
        try:
            return inspect.getsource(value)
        except (OSError, TypeError):
            return getattr(value, "__qualname__", repr(type(value)))
    return repr(value)


@functools.cache
def core_fingerprint() -> str:
    """A hash of sigmoid_core's source: any edit to the numerics changes every figure's key."""
    digest = hashlib.sha256()
    for path in sorted(Path(sc.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def figure_fingerprint(figure: Figure, theme: str) -> str:
    """The render cache key: the declaration (with the source of its data functions), this
    module's rendering code, the core's source and the matplotlib version."""
    import matplotlib

    digest = hashlib.sha256()
    for part in (_describe(figure), theme, inspect.getsource(render_svg), repr(PALETTES),
                 repr(INK), core_fingerprint(), matplotlib.__version__):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def write_all(directory: Path) -> int:
    """Write every figure (both themes) and every CSV below ``directory``; return the count."""
    count = 0
    for figure in FIGURES:
        for theme in THEMES:
            path = directory / "figures" / f"{figure.name}-{theme}.svg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render_svg(figure, theme))
            count += 1
    for table in TABLES:
        path = directory / "values" / f"{table.name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_csv(table), encoding="utf-8")
        count += 1
    return count


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m scripts.site_assets OUTDIR")
    written = write_all(Path(sys.argv[1]))
    print(f"wrote {written} files into {sys.argv[1]}")
