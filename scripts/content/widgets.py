"""Every interactive figure of the site, declared as data: its controls, its readouts, its
legend, every string a reader sees or hears in each language, and the data from sigmoid_core
it needs. ``<!-- site:widget NAME -->`` on its own line places one on a page, beside the static
figure that stays for readers without JavaScript; docs/javascripts/widgets.js draws it."""

from __future__ import annotations

import numpy as np

from scripts.experiments import (
    FD_STEPS,
    classification_data,
    logistic_loss,
    saturation_points,
    train_logistic_regression,
)
from scripts.model import Control, Readout, Widget, find, unique

from .figures import named as figure

# shown when a value in the address or typed in a box cannot be used as it is
NOTICES = {
    "en": {
        "notice.invalid": "“{value}” is not a number: kept {kept}.",
        "notice.adjusted": "{value} is outside the range or between steps: set to {kept}.",
    },
    "zh": {
        "notice.invalid": "“{value}”不是数字：保留 {kept}。",
        "notice.adjusted": "{value} 超出范围或不是步长的整数倍：已调整为 {kept}。",
    },
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
    }


X_LIMIT = (-800.0, 800.0)  # past both exp limits, so every regime of both formulas shows
LOG_STEP = (-16.0, -1.0, 0.05)  # log10 h over experiments.FD_STEPS, one slider step per point
WEIGHT = (-6.0, 6.0, 0.05)  # the weights' range: the trained ones lie well inside it

WIDGETS: tuple[Widget, ...] = (
    # --- logistic.md, beside sigmoid_steepness
    Widget(
        "steepness",
        (
            Control("k", 0.1, 20.0, 0.1, 1.0),  # up to 20: steep enough to look like the step
            Control("b", -5.0, 5.0, 0.1, 0.0),
            Control("x0", -6.0, 6.0, 0.1, 1.0),
        ),
        (Readout("sigma", "g6"), Readout("slope", "g4"), Readout("logit", "g6")),
        (
            ("curve", 0, "line"),
            ("derivative", 1, "line"),
            ("tangent", 3, "dotted"),
            ("step", 4, "dashed"),
        ),
        {
            "en": {
                "title": "Try it: σ(kx + b)",
                "plot": "σ(kx + b), its derivative k σ′(kx + b), the tangent at x₀ and the "
                "step at the same centre, for the values chosen below",
                "xlabel": "x",
                "ylabel": "y",
                "control.k": "steepness k",
                "control.b": "shift b",
                "control.x0": "point x₀",
                "readout.sigma": "σ(kx₀ + b)",
                "readout.slope": "slope k σ′(kx₀ + b)",
                "readout.logit": "logit of σ(kx₀ + b)",
                "series.curve": "σ(kx + b)",
                "series.derivative": "derivative k σ′(kx + b)",
                "series.tangent": "tangent at x₀",
                "series.step": "step at the centre −b/k, the limit of σ(c(kx + b)) as c → ∞",
            },
            "zh": {
                "title": "动手试试：σ(kx + b)",
                "plot": "所选参数下的 σ(kx + b)、其导数 k σ′(kx + b)、x₀ 处的切线和"
                "同一中心处的阶跃函数",
                "xlabel": "x",
                "ylabel": "y",
                "control.k": "陡度 k",
                "control.b": "平移 b",
                "control.x0": "点 x₀",
                "readout.sigma": "σ(kx₀ + b)",
                "readout.slope": "斜率 k σ′(kx₀ + b)",
                "readout.logit": "σ(kx₀ + b) 的 logit",
                "series.curve": "σ(kx + b)",
                "series.derivative": "导数 k σ′(kx + b)",
                "series.tangent": "x₀ 处的切线",
                "series.step": "中心 −b/k 处的阶跃：c → ∞ 时 σ(c(kx + b)) 的极限",
            },
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
            "en": {
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
            "zh": {
                "title": "动手试试：浮点数中的 σ(x)",
                "plot": "在 x 的整个范围内，朴素公式和稳定公式何处恰好为 0、为次正规数、"
                "保持全精度或恰好为 1，并标出所选的 x",
                "xlabel": "x",
                "ylabel": "",
                "control.x": "x",
                "control.precision": "精度",
                "readout.x": "按该精度舍入的 x",
                "readout.naive": "朴素公式 1 / (1 + e^−x)",
                "readout.naive_status": "朴素公式：结果说明",
                "readout.stable": "稳定公式 sigmoid(x)",
                "readout.stable_status": "稳定公式：结果说明",
                "readout.exact": "真实值（六位有效数字）",
                "series.zero": "恰好为 0",
                "series.subnormal": "次正规数：有效位减少",
                "series.normal": "全精度",
                "series.one": "恰好为 1",
                "row.naive": "朴素",
                "row.stable": "稳定",
                "status.overflow": "e^−x 上溢为 ∞，结果为 0",
                "status.underflow": "小于最小次正规数的一半：结果为 0",
                "status.subnormal": "次正规数：只剩 {bits} 位有效位",
                "status.saturated": "恰好舍入为 1：饱和",
                "status.ok": "全精度",
            },
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
            "en": {
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
            "zh": {
                "title": "动手试试：σ 的有限差分",
                "plot": "所选 x 处 σ 的前向差分与中心差分的误差随步长 h 的变化（双对数坐标），"
                "两条曲线上标出所选的 h",
                "xlabel": "步长 h",
                "ylabel": "|误差|",
                "control.log_h": "步长 h 的 log₁₀",
                "control.x": "点 x",
                "readout.h": "步长 h",
                "readout.forward": "前向差分误差",
                "readout.central": "中心差分误差",
                "readout.exact": "σ′(x)",
                "series.forward": "前向差分 (f(x+h) − f(x))/h",
                "series.central": "中心差分 (f(x+h) − f(x−h))/2h",
            },
        },
        finite_differences_data,
    ),
    # --- neural-networks.md, beside logistic_regression_boundary
    Widget(
        "logistic_regression",
        (
            Control("w1", *WEIGHT, 1.0, "f2"),
            Control("w2", *WEIGHT, 1.0, "f2"),
            Control("b", *WEIGHT, 0.0, "f2"),
        ),
        (
            Readout("loss", "f3"),
            Readout("accuracy", "f1"),
            Readout("trained_loss", "f3"),
            Readout("trained_accuracy", "f1"),
        ),
        (
            ("class0", 0, "scatter"),
            ("class1", 1, "scatter"),
            ("boundary", 4, "line"),
            ("trained", 2, "dashed"),
        ),
        {
            "en": {
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
            },
            "zh": {
                "title": "动手试试：你自己的决策边界",
                "plot": "两类训练点、下方所选权重的决策边界 w₁x₁ + w₂x₂ + b = 0，"
                "以及梯度下降得到的决策边界",
                "xlabel": "特征 1",
                "ylabel": "特征 2",
                "control.w1": "权重 w₁",
                "control.w2": "权重 w₂",
                "control.b": "偏置 b",
                "readout.loss": "平均交叉熵",
                "readout.accuracy": "准确率（%）",
                "readout.trained_loss": "梯度下降：平均交叉熵",
                "readout.trained_accuracy": "梯度下降：准确率（%）",
                "series.class0": "类别 0",
                "series.class1": "类别 1",
                "series.boundary": "你的决策边界",
                "series.trained": "梯度下降的决策边界",
            },
        },
        logistic_regression_data,
    ),
)


def named(name: str) -> Widget:
    return find(WIDGETS, name, "widget")


def texts(widget: Widget, language: str) -> dict[str, str]:
    """Every string of ``widget`` in ``language``, the shared notices included."""
    return {**NOTICES[language], **widget.text[language]}


unique(WIDGETS, "widget")
