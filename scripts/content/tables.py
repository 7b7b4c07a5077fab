"""Every value table of the site, declared as data. ``<!-- site:table NAME -->`` places one on a
page as a Markdown table with a link to ``values/NAME.csv``, which holds every value at full
precision; ``<!-- site:tables -->`` places them all (the tables page)."""

from __future__ import annotations

import sigmoid_core as sc
from scripts.experiments.differentiation import finite_difference_rows
from scripts.experiments.floats import saturation_points
from scripts.experiments.networks import ACTIVATIONS as DEPTH_ACTIVATIONS
from scripts.experiments.networks import DEPTHS, first_to_last
from scripts.experiments.search import grid_max
from scripts.model import Table, computed_table, find, function_table, unique

TABLE_POINTS = (-40, -20, -10, -5, -2, -1, -0.5, 0, 0.5, 1, 2, 5, 10, 20, 40)


def cancellation_rows() -> list[tuple[float, float, float, float]]:
    rows = []
    for x in (20.0, 37.0, 40.0):
        s = float(sc.sigmoid(x))
        rows.append((x, s, 1.0 - s, float(sc.sigmoid(-x))))
    return rows


def threshold_rows() -> list[tuple[str, float, float]]:
    points = saturation_points()
    return [
        (label, points[f"{key}_float64"], points[f"{key}_float32"])
        for label, key in (
            ("exp(x) overflows above", "exp_overflow"),
            ("naive 1/(1 + exp(−x)) is exactly 1 from", "naive_one"),
            ("sigmoid(x) is exactly 1 from", "core_one"),
            ("the exact σ(x) rounds to 1 from (a real threshold)", "exact_one"),
            ("σ(x) is subnormal below", "subnormal_from"),
            ("naive 1/(1 + exp(−x)) is exactly 0 below", "naive_zero"),
            ("sigmoid(x) is exactly 0 below", "core_zero"),
        )
    ]


ACTIVATION_PROPERTIES = (
    # name, range, zero-centred, monotonic, derivative function, cost per element
    ("sigmoid", "(0, 1)", "no", "yes", sc.sigmoid_derivative, "1 exp, 1 division"),
    ("tanh", "(−1, 1)", "yes", "yes", sc.tanh_derivative, "1 tanh (≈ 2 exp)"),
    ("ReLU", "[0, ∞)", "no", "yes", sc.relu_derivative, "1 comparison"),
    (
        "leaky ReLU (α = 0.01)",
        "(−∞, ∞)",
        "no",
        "yes",
        sc.leaky_relu_derivative,
        "1 comparison, 1 multiply",
    ),
    ("SiLU", "[−0.278…, ∞)", "no", "no", sc.silu_derivative, "1 exp, 1 division, 1 multiply"),
)


def activation_rows() -> list[tuple[str, str, str, str, float, str]]:
    return [
        (name, value_range, centred, monotonic, grid_max(derivative), cost)
        for name, value_range, centred, monotonic, derivative, cost in ACTIVATION_PROPERTIES
    ]


def gradient_ratio_rows() -> list[tuple[object, ...]]:
    """For each depth, the first hidden layer's gradient norm over the last's, per activation."""
    return [
        (depth, *(first_to_last(name, depth) for name in DEPTH_ACTIVATIONS)) for depth in DEPTHS
    ]


TABLES: tuple[Table, ...] = (
    function_table(
        "sigmoid",
        "σ(x), 1 − σ(x) computed as σ(−x), and log σ(x) at selected points.",
        TABLE_POINTS,
        (
            ("sigmoid(x)", sc.sigmoid),
            ("sigmoid(-x)", lambda x: sc.sigmoid(-x)),
            ("log_sigmoid(x)", sc.log_sigmoid),
        ),
    ),
    function_table(
        "sigmoid_derivative",
        "σ′(x) and σ″(x) at selected points.",
        TABLE_POINTS,
        (
            ("sigmoid_derivative(x)", sc.sigmoid_derivative),
            ("sigmoid_second_derivative(x)", sc.sigmoid_second_derivative),
        ),
    ),
    function_table(
        "tanh_relation",
        "tanh(x) against 2σ(2x) − 1, and σ(x) against (1 + tanh(x/2))/2.",
        (-5, -2, -1, -0.5, 0, 0.5, 1, 2, 5),
        (
            ("tanh(x)", sc.tanh),
            ("2σ(2x) − 1", sc.tanh_from_sigmoid),
            ("sigmoid(x)", sc.sigmoid),
            ("(1 + tanh(x/2))/2", sc.sigmoid_from_tanh),
        ),
        digits=16,
    ),
    computed_table(
        "cancellation",
        "1 − σ(x) computed by subtraction against σ(−x), in float64.",
        cancellation_rows,
        (("x", "g"), ("sigmoid(x)", ".17g"), ("1 - sigmoid(x)", ".6g"), ("sigmoid(-x)", ".6g")),
    ),
    computed_table(
        "float_thresholds",
        "Where the exponential and the sigmoid saturate, per float type.",
        threshold_rows,
        (("saturation point", ""), ("float64", ".6f"), ("float32", ".6f")),
    ),
    computed_table(
        "finite_differences",
        "Error of finite differences of sigmoid at x = 1, against σ′(1).",
        finite_difference_rows,
        (("h", "g"), ("forward error", ".2e"), ("central error", ".2e")),
    ),
    computed_table(
        "activations",
        "Activation functions compared; the maximum derivative is measured on a "
        "dense grid in [−<!-- site:value grid_edge -->, <!-- site:value grid_edge -->] with "
        "sigmoid_core.",
        activation_rows,
        (
            ("activation", ""),
            ("range", ""),
            ("zero-centred", ""),
            ("monotonic", ""),
            ("max derivative", ".4f"),
            ("cost", ""),
        ),
    ),
    computed_table(
        "gradient_norm_ratios",
        "Measured at initialisation: the first hidden layer's gradient norm divided by the "
        "last one's, for networks of each depth; sigmoid and tanh with Glorot's "
        "initialisation, ReLU with He's.",
        gradient_ratio_rows,
        (("hidden layers", ""), *((name, ".2g") for name in DEPTH_ACTIVATIONS)),
    ),
)

# each table's heading on the tables page (its name stays the CSV's name and the anchor)
TITLES: dict[str, str] = {
    "sigmoid": "Values of the sigmoid",
    "sigmoid_derivative": "σ′(x) and σ″(x)",
    "tanh_relation": "tanh and the sigmoid, each from the other",
    "cancellation": "Cancellation in 1 − σ(x)",
    "float_thresholds": "Saturation points in float64 and float32",
    "finite_differences": "Errors of finite differences",
    "activations": "Activation functions compared",
    "gradient_norm_ratios": "Gradients at initialisation, first layer over last",
}


def named(name: str) -> Table:
    return find(TABLES, name, "table")


unique(TABLES, "table")
