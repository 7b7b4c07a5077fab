"""Numbers the pages show that the build computes: ``<!-- site:value NAME -->`` in a page, or in a
figure's or table's caption or description, becomes the formatted value. Each is typed once,
here, with its format; the page never repeats the digits."""

from __future__ import annotations

import dataclasses
import functools
import math
import sys
from collections.abc import Callable
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike

import sigmoid_core as sc
from scripts.experiments.accuracy import (
    LOGIT_EXAMPLE,
    correctly_rounded_share,
    exp_error_units,
    expit_comparison,
    float32_unrounded_error,
    logit_condition,
    sigmoid_ulp_errors,
)
from scripts.experiments.calibration import (
    CALIBRATION_POINTS,
    OVERCONFIDENCE,
    RELIABILITY_BINS,
    TEST_POINTS,
    calibration_study,
)
from scripts.experiments.classification import (
    WRONG_SCORE,
    bayes_rule,
    descent_step,
    linear_rule_accuracy,
    train_logistic_regression,
    wrong_score_gradients,
)
from scripts.experiments.curves import (
    PROBIT_SCALE,
    gelu_sigmoid_gap,
    gelu_tanh_gap,
    linear_regime_error,
    logit_probit_gap,
    probit_minimax_scale,
    probit_sigmoid_gap,
)
from scripts.experiments.deep_networks import (
    fixed_point_gradient_moment,
    gaussian_mean,
    sigmoid_variance_fixed_point,
    squared_gaussian_mean,
)
from scripts.experiments.floats import UNIT_ROUNDOFF
from scripts.experiments.forms import inverse_tanh_form_loss
from scripts.experiments.networks import (
    DEPTHS,
    first_to_last,
    gradient_check_error,
    per_layer_factor,
    train_xor,
    wrong_gradient_check_error,
    xor_success_rates,
)
from scripts.experiments.search import GRID_EDGE, grid_argmax, grid_max
from scripts.experiments.separable import (
    L2_PENALTY,
    SEPARABLE_POINTS,
    SEPARABLE_STEPS,
    max_margin_separator,
    separable_angle,
    separable_norm,
)
from scripts.formatting import fixed, outward, percentage, readout_text, scientific
from scripts.model import Phrase, Value, unique

from . import figures
from .claims import numpy_exp_uses_avx512


def norm(vector: ArrayLike) -> float:
    return float(np.linalg.norm(vector))


def x_end(figure: str) -> float:
    """The right end of the x-range a figure declares."""
    x_range = figures.named(figure).x_range
    assert x_range is not None, f"figure {figure!r} declares no x_range"
    return x_range[1]


WIDGET_START = (1.0, 1.0, 0.0)  # the logistic-regression widget's start (w1, w2, b)


def xor_success_percent(units: int) -> float:
    """The share of initialisations the XOR training turns into a correct classifier, in %."""
    return 100 * xor_success_rates()[units]


def separable_growth(k: int) -> float:
    """How much |w(t)| grows, without a penalty, from t = 10^(k-1) to 10^k."""
    return separable_norm(10**k) - separable_norm(10 ** (k - 1))


def calibration(kind: Literal["ece", "gap"], model: str) -> Callable[[], float]:
    return lambda: calibration_study()[kind][model]


# A measurement that depends on the machine (on which exp numpy runs) is shown as a clause that
# reads right whatever it measured: each clause's English, one template per outcome, its
# numbers the fields (the page's prose keeps every other number, which the accounting sees)
NUMPY_EXP_LOOP = {
    True: "numpy ran that `exp`",
    False: "numpy did not run it",
}
# how many of a sample's results are what they should be, and how far off the rest are at most
EXPIT_AGREEMENT = {
    "every": "every result of `sigmoid` is identical to `expit`'s",
    "some": (
        "{share} % of `sigmoid`'s results are identical to `expit`'s, the rest differing by "
        "at most {ulps} ulp"
    ),
    "none": "no result of `sigmoid` is identical to `expit`'s; they differ by at most {ulps} ulp",
}
SIGMOID_ROUNDING = {
    "every": "every result is correctly rounded",
    "some": "{share} % of the results are correctly rounded, the rest at most {ulps} ulp off",
    "none": "no result is correctly rounded; all are at most {ulps} ulp off",
}
SHARE_DIGITS = {"expit_agreement": 1, "sigmoid_rounding": 0}


def numpy_exp_loop(avx512: bool) -> Phrase:
    """Whether numpy's float64 exp ran its AVX-512 loop on the machine that built the page."""
    return Phrase(NUMPY_EXP_LOOP[avx512])


def share_clause(words: dict[str, str], digits: int) -> Callable[[tuple[float, float]], Phrase]:
    """The clause of ``words`` for a measurement (share, worst): the share of a sample's
    results that are right (identical, correctly rounded), with ``digits`` decimals as a
    percentage, and the largest difference of the others in ulps, rounded up."""

    def clause(measured: tuple[float, float]) -> Phrase:
        share, worst = measured
        ulps = outward(0, "upper")(worst)
        if share == 1:
            return Phrase(words["every"])
        if share == 0:
            return Phrase(words["none"], {"ulps": ulps})
        return Phrase(words["some"], {"share": percentage(digits)(share), "ulps": ulps})

    return clause


def clause_value(
    name: str, compute: Callable[[], tuple[float, float]], words: dict[str, str]
) -> Value:
    return Value(
        name, compute, share_clause(words, SHARE_DIGITS[name]), phrases=tuple(words.values())
    )


def upper_bound(name: str, compute: Callable[[], float], digits: int) -> Value:
    return Value(name, compute, outward(digits, "upper"), bound="upper")


def lower_bound(name: str, compute: Callable[[], float], digits: int) -> Value:
    return Value(name, compute, outward(digits, "lower"), bound="lower")


VALUES: tuple[Value, ...] = (
    # sigmoid.md: e^-x overflows for every x below minus this (ln of the largest float64)
    upper_bound("float64_exp_overflow", lambda: math.log(sys.float_info.max), 2),
    # the extrema of the second derivative are at +-ln(2 + sqrt 3) (derivative.md)
    Value("second_derivative_extremum", lambda: math.log(2 + math.sqrt(3)), fixed(2)),
    # python.md: the error of the library's exp, in units of u, and conditioning examples
    Value("exp_error_units", exp_error_units, fixed(1)),
    Value(
        "numpy_exp_loop",
        numpy_exp_uses_avx512,
        numpy_exp_loop,
        phrases=tuple(NUMPY_EXP_LOOP.values()),
    ),
    clause_value(
        "expit_agreement",
        lambda: (expit_comparison()["identical_share"], expit_comparison()["max_ulps"]),
        EXPIT_AGREEMENT,
    ),
    clause_value(
        "sigmoid_rounding",
        lambda: (correctly_rounded_share(), float(np.max(sigmoid_ulp_errors()))),
        SIGMOID_ROUNDING,
    ),
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
    Value("sigmoid_variance_fixed_point", sigmoid_variance_fixed_point, fixed(2)),
    Value("fixed_point_gradient_moment", fixed_point_gradient_moment, fixed(4)),
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
    upper_bound("gelu_sigmoid_gap", lambda: gelu_sigmoid_gap()[0], 4),
    upper_bound("gelu_tanh_gap", gelu_tanh_gap, 5),
    Value("gelu_sigmoid_gap_at", lambda: gelu_sigmoid_gap()[1], fixed(2)),
    # neural-networks.md: the squared error against the cross-entropy on a wrong, saturated unit
    Value("wrong_score", lambda: WRONG_SCORE, fixed(0)),
    Value("mse_gradient_wrong", lambda: wrong_score_gradients()["squared error"], fixed(4)),
    Value("ce_gradient_wrong", lambda: wrong_score_gradients()["cross-entropy"], fixed(3)),
    # neural-networks.md: gradient descent on separable data
    Value("separable_points", lambda: 2 * SEPARABLE_POINTS, fixed(0)),
    Value("separable_steps", lambda: SEPARABLE_STEPS, lambda v: f"{v:,.0f}"),
    Value("l2_penalty", lambda: L2_PENALTY, fixed(2)),
    *(
        Value(f"separable_growth_{k}", functools.partial(separable_growth, k), fixed(2))
        for k in (3, 4, 5)
    ),
    Value("margin_norm_per_decade", lambda: math.log(10) * norm(max_margin_separator()), fixed(2)),
    *(
        Value(f"separable_angle_{k}", functools.partial(separable_angle, 10**k), fixed(1))
        for k in (3, 5)
    ),
    Value("l2_norm_limit", lambda: separable_norm(SEPARABLE_STEPS, L2_PENALTY), fixed(2)),
    # neural-networks.md: calibration on new points
    Value("calibration_error", calibration("ece", "trained"), fixed(3)),
    Value("overconfident_calibration_error", calibration("ece", "overconfident"), fixed(3)),
    Value("scaled_calibration_error", calibration("ece", "temperature-scaled"), fixed(3)),
    Value("platt_calibration_error", calibration("ece", "Platt-scaled"), fixed(3)),
    upper_bound("trained_bin_gap", calibration("gap", "trained"), 3),
    upper_bound("bayes_bin_gap", calibration("gap", "Bayes"), 3),
    upper_bound("platt_bin_gap", calibration("gap", "Platt-scaled"), 3),
    upper_bound("overconfident_bin_gap", calibration("gap", "overconfident"), 2),
    Value("trained_scaled_bin_gap", calibration("gap", "trained, temperature-scaled"), fixed(3)),
    Value(
        "extreme_bin_share",
        lambda: 100 * sum(calibration_study()["curves"]["trained"][i][2] for i in (0, -1)),
        fixed(0),
    ),
    Value("fitted_temperature", lambda: calibration_study()["temperature"], fixed(2)),
    Value("trained_temperature", lambda: calibration_study()["trained_temperature"], fixed(2)),
    Value("platt_slope", lambda: calibration_study()["platt"][0], fixed(2)),
    Value("platt_shift", lambda: calibration_study()["platt"][1], fixed(2)),
    Value("trained_bias", lambda: train_logistic_regression()["weights"][2], fixed(2)),
    Value("trained_w2", lambda: train_logistic_regression()["weights"][1], fixed(2)),
    Value("bayes_bias", lambda: bayes_rule()[1], fixed(2)),
    Value("bayes_w2", lambda: bayes_rule()[0][1], fixed(2)),
    Value("validation_points", lambda: 2 * CALIBRATION_POINTS, lambda v: f"{v:,.0f}"),
    Value("calibration_points", lambda: 2 * TEST_POINTS, lambda v: f"{v:,.0f}"),
    Value("overconfidence", lambda: OVERCONFIDENCE, fixed(0)),
    Value("reliability_bins", lambda: RELIABILITY_BINS, fixed(0)),
    # logistic.md
    upper_bound("linear_regime_error", linear_regime_error, 5),
    upper_bound("linear_regime_taylor_bound", lambda: 0.5**3 / 48, 5),
    Value("logit_probit_gap", lambda: logit_probit_gap()[0], fixed(4)),
    # tanh.md: what the inverse form loses for negative x
    Value("tanh_inverse_form_ulp", lambda: inverse_tanh_form_loss()[0], fixed(0)),
    upper_bound("tanh_inverse_form_zero", lambda: inverse_tanh_form_loss()[1], 2),
    Value("probit_slope_scale", lambda: 1 / PROBIT_SCALE, fixed(3)),
    Value("probit_minimax_scale", probit_minimax_scale, fixed(3)),
    upper_bound("probit_minimax_gap", lambda: probit_sigmoid_gap(probit_minimax_scale()), 4),
    Value("logit_probit_gap_at", lambda: logit_probit_gap()[1], fixed(2)),
    # E[f(z)], z ~ N(0, 1): is an activation zero-centred? (activations.md)
    Value("mean_relu_output", lambda: gaussian_mean(sc.relu), fixed(3)),
    Value("mean_leaky_relu_output", lambda: gaussian_mean(sc.leaky_relu), fixed(3)),
    Value("mean_silu_output", lambda: gaussian_mean(sc.silu), fixed(3)),
    Value("mean_sigmoid_output", lambda: gaussian_mean(sc.sigmoid), fixed(1)),
    # what the activation figures draw
    Value("leaky_slope_shown", lambda: figures.LEAKY_SLOPE_SHOWN, fixed(1)),
    Value("activations_x_max", lambda: x_end("activations"), fixed(0)),
    # neural-networks.md: a hidden layer learning XOR
    Value("xor_gradient_check_error", gradient_check_error, scientific(1)),
    Value("xor_wrong_check_error", wrong_gradient_check_error, fixed(2)),
    Value("xor_initial_loss", lambda: float(train_xor()["losses"][0]), fixed(3)),
    Value("xor_first_correct", lambda: train_xor()["first_correct"], fixed(0)),
    Value("xor_final_loss", lambda: float(train_xor()["losses"][-1]), fixed(4)),
    *(
        Value(f"xor_success_{units}", functools.partial(xor_success_percent, units), fixed(0))
        for units in (2, 3, 4)
    ),
    # neural-networks.md: gradients through depth, measured at initialisation
    Value("deepest_network", lambda: DEPTHS[-1], fixed(0)),
    Value("sigmoid_layer_shrink", lambda: 1 / per_layer_factor("sigmoid"), fixed(1)),
    Value(
        "fixed_point_layer_shrink", lambda: 1 / math.sqrt(fixed_point_gradient_moment()), fixed(1)
    ),
    Value("sigmoid_first_to_last", lambda: first_to_last("sigmoid", DEPTHS[-1]), scientific(0)),
    # derivative.md, exercise 5: the tangent widget's slope readout at two of its steps
    Value("slope_at_2", lambda: float(sc.sigmoid_derivative(2.0)), lambda v: readout_text(v, "g6")),
    Value(
        "slope_at_2_1", lambda: float(sc.sigmoid_derivative(2.1)), lambda v: readout_text(v, "g6")
    ),
    # neural-networks.md, exercise 8: one step of gradient descent from the widget's start
    Value("descent_loss_before", lambda: descent_step(WIDGET_START)[1], fixed(3)),
    Value("descent_loss_after", lambda: descent_step(WIDGET_START)[2], fixed(3)),
    Value(
        "descent_fall",
        lambda: descent_step(WIDGET_START)[1] - descent_step(WIDGET_START)[2],
        fixed(4),
    ),
    Value("descent_predicted_fall", lambda: descent_step(WIDGET_START)[3], fixed(4)),
)


@functools.cache
def by_name() -> dict[str, Value]:
    """Every value by name, each computed at most once per import of this module (pages place
    a value several times, and both editions place it; scripts/reload.py says how long the
    import lasts)."""
    unique(VALUES, "value")
    return {v.name: dataclasses.replace(v, compute=functools.cache(v.compute)) for v in VALUES}
