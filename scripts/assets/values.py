"""Numbers the pages show that the build computes: ``{{ value: NAME }}`` in a page, or in a
figure's or table's caption or description, becomes the formatted value. Each is typed once,
here, with its format; the page never repeats the digits."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import sigmoid_core as sc

from . import figures
from .experiments import (
    CALIBRATION_POINTS,
    GRID_EDGE,
    LOGIT_EXAMPLE,
    OVERCONFIDENCE,
    RELIABILITY_BINS,
    UNIT_ROUNDOFF,
    bayes_rule,
    calibration_study,
    exp_error_units,
    expit_comparison,
    float32_unrounded_error,
    gaussian_mean,
    gelu_sigmoid_gap,
    grid_argmax,
    grid_max,
    linear_regime_error,
    linear_rule_accuracy,
    logit_condition,
    logit_probit_gap,
    squared_gaussian_mean,
    train_logistic_regression,
)
from .model import Value, unique


def fixed(digits: int) -> Callable[[float], str]:
    """``digits`` decimals; a true minus sign (U+2212) for prose."""

    def format_(v: float) -> str:
        text = f"{v:.{digits}f}"
        return text.replace("-", "\u2212")

    return format_


def scientific(digits: int) -> Callable[[float], str]:
    """TeX ``m \\times 10^{e}`` with ``digits`` decimals in m, for use inside $...$."""

    def format_(v: float) -> str:
        mantissa, exponent = f"{v:.{digits}e}".split("e")
        return f"{mantissa} \\times 10^{{{int(exponent)}}}"

    return format_


VALUES: tuple[Value, ...] = (
    # the extrema of the second derivative are at +-ln(2 + sqrt 3) (derivative.md)
    Value("second_derivative_extremum", lambda: math.log(2 + math.sqrt(3)), fixed(2)),
    # python.md: the error of the library's exp, in units of u, and conditioning examples
    Value("exp_error_units", exp_error_units, fixed(1)),
    Value("expit_identical_share", lambda: 100 * expit_comparison()["identical_share"], fixed(1)),
    Value("expit_max_ulps", lambda: expit_comparison()["max_ulps"], fixed(0)),
    Value("float32_unrounded_error", lambda: float32_unrounded_error()[0], scientific(1)),
    Value("logit_condition", lambda: logit_condition(LOGIT_EXAMPLE), scientific(1)),
    Value(
        "logit_condition_error",
        lambda: logit_condition(LOGIT_EXAMPLE) * UNIT_ROUNDOFF,
        scientific(0),
    ),
    # E[f'(z)^2], z ~ N(0, 1): the gradient variance kept per layer (neural-networks.md)
    Value(
        "sigmoid_gradient_moment", lambda: squared_gaussian_mean(sc.sigmoid_derivative), fixed(4)
    ),
    Value("tanh_gradient_moment", lambda: squared_gaussian_mean(sc.tanh_derivative), fixed(3)),
    Value("relu_gradient_moment", lambda: squared_gaussian_mean(sc.relu_derivative), fixed(1)),
    Value("silu_gradient_moment", lambda: squared_gaussian_mean(sc.silu_derivative), fixed(3)),
    Value("sigmoid_gain", lambda: 1 / float(sc.sigmoid_derivative(0.0)), fixed(0)),
    # SiLU's derivative peaks above 1 (activations.md)
    Value("silu_derivative_peak", lambda: grid_max(sc.silu_derivative), fixed(1)),
    Value("silu_derivative_peak_at", lambda: grid_argmax(sc.silu_derivative), fixed(1)),
    Value("grid_edge", lambda: GRID_EDGE, fixed(0)),
    # neural-networks.md: the worked example against the best possible rule
    Value("bayes_accuracy", lambda: 100 * linear_rule_accuracy(*bayes_rule()), fixed(1)),
    Value(
        "learned_line_accuracy",
        lambda: (
            100
            * linear_rule_accuracy(
                train_logistic_regression()["weights"][:2],
                train_logistic_regression()["weights"][2],
            )
        ),
        fixed(1),
    ),
    # activations.md
    Value("gelu_sigmoid_gap", lambda: gelu_sigmoid_gap()[0], fixed(3)),
    Value("gelu_sigmoid_gap_at", lambda: gelu_sigmoid_gap()[1], fixed(2)),
    Value("calibration_error", lambda: calibration_study()["ece"]["trained"], fixed(3)),
    Value(
        "overconfident_calibration_error",
        lambda: calibration_study()["ece"]["overconfident"],
        fixed(3),
    ),
    Value(
        "scaled_calibration_error",
        lambda: calibration_study()["ece"]["temperature-scaled"],
        fixed(3),
    ),
    Value("fitted_temperature", lambda: calibration_study()["temperature"], fixed(2)),
    Value("calibration_points", lambda: 2 * CALIBRATION_POINTS, lambda v: f"{v:,.0f}"),
    Value("overconfidence", lambda: OVERCONFIDENCE, fixed(0)),
    Value("reliability_bins", lambda: RELIABILITY_BINS, fixed(0)),
    # logistic.md
    Value("linear_regime_error", linear_regime_error, fixed(4)),
    Value("logit_probit_gap", lambda: logit_probit_gap()[0], fixed(4)),
    Value("logit_probit_gap_at", lambda: logit_probit_gap()[1], fixed(2)),
    # E[f(z)], z ~ N(0, 1): is an activation zero-centred? (activations.md)
    Value("mean_relu_output", lambda: gaussian_mean(sc.relu), fixed(3)),
    Value("mean_leaky_relu_output", lambda: gaussian_mean(sc.leaky_relu), fixed(3)),
    Value("mean_silu_output", lambda: gaussian_mean(sc.silu), fixed(3)),
    Value("mean_sigmoid_output", lambda: gaussian_mean(sc.sigmoid), fixed(1)),
    # what the activation figures draw
    Value("leaky_slope_shown", lambda: figures.LEAKY_SLOPE_SHOWN, fixed(1)),
    Value("activations_x_max", lambda: figures.named("activations").x_range[1], fixed(0)),
)


@functools.cache
def by_name() -> dict[str, Value]:
    unique(VALUES, "value")
    return {v.name: v for v in VALUES}
