"""Every interactive figure of the site, declared as data: its controls, its readouts, its
legend, every string a reader sees or hears (in English: each language's catalogue translates
them, scripts/catalogue.py), and the data from sigmoid_core it needs. ``<!-- site:widget NAME -->``
on its own line places one on a page, beside the static figure that stays for readers without
JavaScript; docs/javascripts/widgets.js draws it."""

from __future__ import annotations

import numpy as np

from scripts.catalogue import gettext
from scripts.experiments.classification import (
    LEARNING_RATE,
    classification_data,
    logistic_loss,
    train_logistic_regression,
)
from scripts.experiments.differentiation import FD_STEPS
from scripts.experiments.floats import saturation_points
from scripts.model import Control, Readout, Widget, find, unique

from .figures import named as figure

# shown when a value in the address or typed in a box cannot be used as it is
NOTICES = {
    "notice.invalid": "“{value}” is not a number: kept {kept}.",
    "notice.adjusted": "{value} is outside the range or between steps: set to {kept}.",
}


def axes(figure_name: str) -> dict[str, object]:
    """The axes of the static figure a widget enhances, so that both show the same window."""
    shown = figure(figure_name)
    return {"x": shown.x_range, "y": shown.y_range, "logX": shown.log_x, "logY": shown.log_y}


def steepness_data() -> dict[str, object]:
    return {**axes("sigmoid_steepness"), "height": 340}


def floating_point_data() -> dict[str, object]:
    points = saturation_points()
    limits = {
        dtype: {
            key: points[f"{key}_{dtype}"]
            for key in ("naive_zero", "naive_one", "core_zero", "core_one", "subnormal_from")
        }
        for dtype in ("float64", "float32")
    }
    # two bands, one a formula, over the whole range of the slider
    return {"x": (X_LIMIT[0], X_LIMIT[1]), "y": (0, 2), "rows": True, "height": 150, **limits}


def finite_differences_data() -> dict[str, object]:
    return {
        **axes("finite_difference_error"),
        "height": 340,
        "steps": FD_STEPS.tolist(),
        "log_low": LOG_STEP[0],
        "log_step": LOG_STEP[2],
    }


def logistic_regression_data() -> dict[str, object]:
    features, labels = classification_data()
    trained = train_logistic_regression()
    weights = np.asarray(trained["weights"])
    logits = features @ weights[:2] + weights[2]
    return {
        **axes("logistic_regression_boundary"),
        "height": 340,
        "points": features.tolist(),
        "labels": labels.astype(int).tolist(),
        "trained": weights.tolist(),
        "trained_loss": logistic_loss(logits, labels),
        "trained_accuracy": trained["accuracy"],
        "rate": LEARNING_RATE,  # the step the button takes: the worked example's
    }


def tangent_data() -> dict[str, object]:
    return {**axes("sigmoid_tangent"), "height": 340}


X_LIMIT = (-800.0, 800.0)  # past both exp limits, so every regime of both formulas shows
LOG_STEP = (-16.0, -1.0, 0.05)  # log10 h over differentiation.FD_STEPS, one slider step per point
WEIGHT = (-6.0, 6.0, 0.05)  # the weights' range: the trained ones lie well inside it

WIDGETS: tuple[Widget, ...] = (
    # --- logistic.md, beside sigmoid_steepness
    Widget(
        "steepness",
        (
            Control("k", 0.1, 20.0, 0.1, 1.0),  # up to 20: steep enough to look like the step
            Control("b", -5.0, 5.0, 0.1, 0.0),
            Control("x0", -6.0, 6.0, 0.1, 1.0, drag=True),
        ),
        (Readout("sigma", "g6"), Readout("slope", "g4"), Readout("logit", "g6")),
        (
            ("curve", 0, "line"),
            ("derivative", 1, "line"),
            ("tangent", 3, "dotted"),
            ("step", 4, "dashed"),
        ),
        {
            "title": "Try it: σ(kx + b)",
            "plot": "σ(kx + b), its derivative k σ′(kx + b), the tangent at x₀ and the "
            "step at the same centre, for the values chosen below",
            "xlabel": "x",
            "ylabel": "y",
            "control.k": "steepness k",
            "control.b": "shift b",
            "control.x0": "point x₀ (or drag along the plot)",
            "readout.sigma": "σ(kx₀ + b)",
            "readout.slope": "slope k σ′(kx₀ + b)",
            "readout.logit": "logit of σ(kx₀ + b)",
            "series.curve": "σ(kx + b)",
            "series.derivative": "derivative k σ′(kx + b)",
            "series.tangent": "tangent at x₀",
            "series.step": "step at the centre −b/k, the limit of σ(c(kx + b)) as c → ∞",
        },
        steepness_data,
    ),
    # --- python.md, under the saturation points
    Widget(
        "floating_point",
        (
            Control("x", X_LIMIT[0], X_LIMIT[1], 0.01, 37.0, box=True),
            Control("precision", start="float64", options=("float64", "float32")),
        ),
        (
            Readout("naive", "text"),
            Readout("naive_status", "text"),
            Readout("stable", "text"),
            Readout("stable_status", "text"),
            Readout("exact", "text"),
            Readout("x", "text"),
        ),
        (("zero", 1, "band"), ("subnormal", 3, "band"), ("normal", 0, "band"), ("one", 2, "band")),
        {
            "title": "Try it: σ(x) in floating point",
            "plot": "Where the naive and the stable formula give exactly 0, a subnormal "
            "number, full precision or exactly 1 over the whole range of x, with the "
            "chosen x marked",
            "xlabel": "x",
            "ylabel": "",
            "control.x": "x",
            "control.precision": "precision",
            "readout.x": "x in that precision",
            "readout.naive": "naive 1 / (1 + e^−x)",
            "readout.naive_status": "naive: what happens",
            "readout.stable": "stable sigmoid(x)",
            "readout.stable_status": "stable: what happens",
            "readout.exact": "true value, six digits",
            "series.zero": "exactly 0",
            "series.subnormal": "subnormal: digits lost",
            "series.normal": "full precision",
            "series.one": "exactly 1",
            "row.naive": "naive",
            "row.stable": "stable",
            "status.overflow": "e^−x overflows to ∞, so the result is 0",
            "status.underflow": "below half the smallest subnormal number: 0",
            "status.subnormal": "subnormal: {bits} significant bits left",
            "status.saturated": "rounded to exactly 1: saturated",
            "status.ok": "full precision",
        },
        floating_point_data,
    ),
    # --- numerical-derivatives.md, beside finite_difference_error
    Widget(
        "finite_differences",
        (
            Control("log_h", *LOG_STEP, -8.0, "f2"),
            Control("x", -6.0, 6.0, 0.5, 1.0),  # 1 is where the static figure measures
        ),
        (
            Readout("h", "g3"),
            Readout("forward", "g2"),
            Readout("central", "g2"),
            Readout("exact", "g6"),
        ),
        (("forward", 0, "line"), ("central", 1, "line")),
        {
            "title": "Try it: finite differences of σ",
            "plot": "Error of the forward and the central difference of σ at the chosen x "
            "against the step h, on log scales, with the chosen h marked on both curves",
            "xlabel": "step h",
            "ylabel": "|error|",
            "control.log_h": "log₁₀ of the step h",
            "control.x": "point x",
            "readout.h": "step h",
            "readout.forward": "forward difference error",
            "readout.central": "central difference error",
            "readout.exact": "σ′(x)",
            "series.forward": "forward (f(x+h) − f(x))/h",
            "series.central": "central (f(x+h) − f(x−h))/2h",
        },
        finite_differences_data,
    ),
    # --- neural-networks.md, beside logistic_regression_boundary
    Widget(
        "logistic_regression",
        (
            Control("w1", *WEIGHT, 1.0, "f2", snap=False),
            Control("w2", *WEIGHT, 1.0, "f2", snap=False),
            Control("b", *WEIGHT, 0.0, "f2", snap=False),
        ),
        (
            Readout("loss", "f3"),
            Readout("accuracy", "f1"),
            Readout("trained_loss", "f3"),
            Readout("trained_accuracy", "f1"),
            Readout("steps", "f0"),
            Readout("change", "g3"),
        ),
        (
            ("class0", 0, "scatter"),
            ("class1", 1, "scatter"),
            ("boundary", 4, "line"),
            ("trained", 2, "dashed"),
        ),
        {
            "title": "Try it: your own decision boundary",
            "plot": "The training points of both classes, the boundary w₁x₁ + w₂x₂ + b = 0 "
            "of the weights chosen below and the one gradient descent found",
            "xlabel": "feature 1",
            "ylabel": "feature 2",
            "control.w1": "weight w₁",
            "control.w2": "weight w₂",
            "control.b": "bias b",
            "readout.loss": "mean cross-entropy",
            "readout.accuracy": "accuracy (%)",
            "readout.trained_loss": "gradient descent: mean cross-entropy",
            "readout.trained_accuracy": "gradient descent: accuracy (%)",
            "series.class0": "class 0",
            "series.class1": "class 1",
            "series.boundary": "your boundary",
            "series.trained": "gradient descent's boundary",
            "action.step": "One step of gradient descent",
            "readout.steps": "steps taken from your weights",
            "readout.change": "change in the loss at the last step",
        },
        logistic_regression_data,
        actions=("step",),
    ),
    # --- derivative.md, beside sigmoid_tangent
    Widget(
        "tangent",
        (Control("x0", -6.0, 6.0, 0.1, 1.0, drag=True),),
        (Readout("sigma", "g6"), Readout("slope", "g6"), Readout("from_output", "g6")),
        (("curve", 0, "line"), ("derivative", 1, "line"), ("tangent", 3, "dotted")),
        {
            "title": "Try it: σ, σ′ and the tangent",
            "plot": "σ(x) and σ′(x), the tangent to σ at the point x₀ chosen below or by "
            "dragging along the plot, and σ′(x₀), the tangent's slope, marked as a height on "
            "the bell",
            "xlabel": "x",
            "ylabel": "y",
            "control.x0": "point x₀ (or drag along the plot)",
            "readout.sigma": "σ(x₀)",
            "readout.slope": "slope of the tangent, σ′(x₀)",
            "readout.from_output": "the same from the output, σ(x₀)(1 − σ(x₀))",
            "series.curve": "σ(x)",
            "series.derivative": "σ′(x)",
            "series.tangent": "tangent at x₀",
        },
        tangent_data,
    ),
)


def named(name: str) -> Widget:
    return find(WIDGETS, name, "widget")


def english_texts(widget: Widget) -> dict[str, str]:
    """Every string of ``widget``, the shared notices included, in English."""
    return {**NOTICES, **widget.text}


def texts(widget: Widget, language: str) -> dict[str, str]:
    """Every string of ``widget`` in ``language``, from its catalogue (scripts/catalogue.py);
    the script fills in the fields of the notices ({value}, {kept}) and of "status.subnormal"
    ({bits}), so a translation keeps them."""
    where = f"widget {widget.name!r}"
    return {
        key: gettext(text, language, where, template=True)
        for key, text in english_texts(widget).items()
    }


unique(WIDGETS, "widget")
