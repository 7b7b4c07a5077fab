"""The computations behind the pages: saturation points, error measurements, the worked
logistic regression, expectations under a Gaussian. Pure functions of sigmoid_core, cached
where a page uses a result more than once; importing defines constants (two small grids
among them) and computes nothing else."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import mpmath
import numpy as np

import sigmoid_core as sc
from sigmoid_core import naive

from .model import ArrayFunction

EPS64 = float(np.finfo(np.float64).eps)


PROBIT_SCALE = math.sqrt(math.pi / 8)  # Phi(x sqrt(pi/8)) has the sigmoid's slope 1/4 at 0
STEEPNESSES = (0.5, 1.0, 2.0, 8.0)  # the weights k drawn in sigma(kx)


def probit(x: np.ndarray) -> np.ndarray:
    """Phi(x), the standard normal distribution function."""
    from scipy.special import ndtr

    return ndtr(x)


def probit_matched(x: np.ndarray) -> np.ndarray:
    """Phi(x sqrt(pi/8)): the standard normal distribution function, scaled to slope 1/4 at 0."""
    from scipy.special import ndtr

    return ndtr(x * PROBIT_SCALE)


def logit_minus_probit(x: np.ndarray) -> np.ndarray:
    return sc.sigmoid(x) - probit_matched(x)


@functools.cache
def logit_probit_gap() -> tuple[float, float]:
    """The largest |sigma(x) - Phi(x sqrt(pi/8))| on a fine grid of [0, 10], and where."""
    x = np.linspace(0.0, 10.0, 1_000_001)
    gap = np.abs(logit_minus_probit(x))
    i = int(np.argmax(gap))
    return float(gap[i]), float(x[i])


def probit_sigmoid_gap(scale: float) -> float:
    """max |Phi(x) - sigma(scale x)| on a fine grid of [0, 10] (the gap is odd in x)."""
    x = np.linspace(0.0, 10.0, 200_001)
    return float(np.max(np.abs(probit(x) - sc.sigmoid(scale * x))))


@functools.cache
def probit_minimax_scale() -> float:
    """The c that makes max |Phi(x) - sigma(c x)| smallest."""
    from scipy.optimize import minimize_scalar

    found = minimize_scalar(
        probit_sigmoid_gap, bounds=(1.5, 1.9), method="bounded", options={"xatol": 1e-7}
    )
    return float(found.x)


def gompertz(x: np.ndarray) -> np.ndarray:
    """The Gompertz curve exp(-e^-x): an S-curve from 0 to 1 that turns at 1/e."""
    return np.exp(-np.exp(-np.asarray(x, dtype=float)))


def richards_half(x: np.ndarray) -> np.ndarray:
    """Richards' generalised logistic (1 + e^-x)^(-1/nu) with nu = 1/2: sigma(x)^2."""
    return sc.sigmoid(x) ** 2


def arctan_sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + np.arctan(np.pi * x / 4) / np.pi


def algebraic_sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 + x / (4 * np.sqrt(1 + x * x / 4))


def linear_regime_error(half_width: float = 0.5) -> float:
    """max |sigma(x) - (1/2 + x/4)| for |x| <= half_width."""
    x = np.linspace(-half_width, half_width, 100_001)
    return float(np.max(np.abs(sc.sigmoid(x) - (0.5 + x / 4))))


def logistic_variance() -> float:
    """The variance of the standard logistic distribution, by quadrature at 30 digits."""
    with mpmath.workdps(30):
        density = lambda t: mpmath.exp(-t) / (1 + mpmath.exp(-t)) ** 2
        return float(mpmath.quad(lambda t: t * t * density(t), [-mpmath.inf, 0, mpmath.inf]))


def inverse_tanh_form_loss() -> tuple[float, float]:
    """(1 + tanh(x/2))/2 for negative x: its error in ulp at x = -5 against the exact sigma(-5),
    and the |x| from which it returns exactly 0 (tanh(x/2) rounds to -1)."""
    with mpmath.workdps(40):
        exact = float(1 / (1 + mpmath.exp(5)))
    error = (float(sc.sigmoid_from_tanh(-5.0)) - exact) / float(np.spacing(exact))
    zero_from = first_x_where(lambda x: sc.sigmoid_from_tanh(-x) == 0, 1.0, 100.0)
    return abs(error), zero_from


def round_to_bfloat16(x: np.ndarray) -> np.ndarray:
    """float64 values rounded to bfloat16 (8 significant bits, float32's exponent range), to
    nearest with ties to even, returned as float32: numpy has no bfloat16 type."""
    bits = np.asarray(x, dtype=np.float32).view(np.uint32).astype(np.uint64)
    bits += 0x7FFF + ((bits >> 16) & 1)
    return ((bits >> 16) << 16).astype(np.uint32).view(np.float32)


@functools.cache
def half_precision_points() -> dict[str, float]:
    """Where float16's exp overflows, and where sigma rounds to 1 in float16 and bfloat16."""
    return {
        "float16_max": float(np.finfo(np.float16).max),
        "float16_exp_overflow": math.log(float(np.finfo(np.float16).max)),
        "float16_one": first_x_where(lambda x: sc.sigmoid(x) == 1, 1.0, 100.0, np.float16),
        "bfloat16_one": first_x_where(
            lambda x: round_to_bfloat16(sc.sigmoid(np.float64(x))) == 1, 1.0, 100.0
        ),
        "float16_bits": np.finfo(np.float16).nmant + 1,
    }


def significant_bits(dtype: type = np.float32) -> int:
    """The significant bits of ``dtype`` (24 for float32, 53 for float64)."""
    return int(np.finfo(dtype).nmant) + 1


def float32_floats(low: float, high: float) -> np.ndarray:
    """Every float32 in [low, high), in order: consecutive bit patterns of positive floats."""
    first = np.float32(low).view(np.int32)
    last = np.nextafter(np.float32(high), np.float32(0)).view(np.int32)
    return np.arange(first, last + 1, dtype=np.int32).view(np.float32)


@functools.cache
def float32_one_thresholds() -> dict[str, object]:
    """The Python page's exercises on float32 saturation: whether each threshold of
    saturation_points is the first float32 above its value worked out by hand (24 ln 2 for the
    naive formula, ln(2^25 - 1) for the correctly rounded sigma), and what the two forms
    return on every float32 from the first threshold up to the second (the set of values)."""
    points = saturation_points()
    naive_by_hand, exact_by_hand = 24 * math.log(2), math.log(2**25 - 1)

    def first_above(value: float) -> float:
        nearest = np.float32(value)  # compared as float64: numpy compares with float32 in float32
        above = nearest if float(nearest) > value else np.nextafter(nearest, np.float32(np.inf))
        return float(above)

    between = float32_floats(points["naive_one_float32"], points["core_one_float32"])
    return {
        "first_above": (
            points["naive_one_float32"] == first_above(naive_by_hand)
            and points["core_one_float32"] == first_above(exact_by_hand)
        ),
        "naive_between": set(naive_sigmoid_quiet(between).tolist()),
        "core_between": set(sc.sigmoid(between).tolist()),
    }


GELU_SIGMOID_SCALE = 1.702  # GELU(x) = x Phi(x) ~ x sigma(1.702 x)


@functools.cache
def gelu_sigmoid_gap() -> tuple[float, float]:
    """max |x Phi(x) - x sigma(1.702 x)| on a fine grid of [-10, 10], and where (|x|)."""
    from scipy.special import ndtr

    x = np.linspace(-10.0, 10.0, 2_000_001)
    gap = np.abs(x * ndtr(x) - x * sc.sigmoid(GELU_SIGMOID_SCALE * x))
    i = int(np.argmax(gap))
    return float(gap[i]), float(abs(x[i]))


GELU_TANH_CUBIC = 0.044715  # the tanh form's cubic coefficient (Hendrycks and Gimpel)


def gelu_tanh(x: np.ndarray) -> np.ndarray:
    """GELU's tanh form x sigma(2 sqrt(2/pi) (x + 0.044715 x^3)), written with the sigmoid."""
    return x * sc.sigmoid(2 * math.sqrt(2 / math.pi) * (x + GELU_TANH_CUBIC * x**3))


def gelu_tanh_gap() -> float:
    """max |x Phi(x) - gelu_tanh(x)| on a fine grid of [-10, 10]."""
    x = np.linspace(-10.0, 10.0, 2_000_001)
    return float(np.max(np.abs(x * probit(x) - gelu_tanh(x))))


def first_x_where(
    predicate: Callable[[np.floating], bool], low: float, high: float, dtype: type = np.float64
) -> float:
    """The smallest float x of ``dtype`` in (low, high] with predicate(x), by bisection on floats;
    predicate must be False at low, True at high and switch once."""
    lo, hi = dtype(low), dtype(high)
    while True:
        mid = dtype((float(lo) + float(hi)) / 2)
        if mid in (lo, hi):
            return float(hi)
        lo, hi = (lo, mid) if predicate(mid) else (mid, hi)


def half_maximum_point() -> float:
    """The x > 0 at which sigma' has fallen to 1/8, half its maximum: the first float where
    sigmoid_derivative is below it (sigma' decreases on x > 0)."""
    return first_x_where(lambda x: sc.sigmoid_derivative(x) < 0.125, 0.0, 5.0)


ROUND_TRIP_POINTS = (1.0, 20.0, 36.0, 37.0, 40.0, 700.0)  # the sigmoid page's exercise 4
TANH_POINTS = (1e-1, 1e-4, 1e-8, 1e-12, -1e-8, 30.0)  # the tanh page's exercise 4


def log_odds(x: np.ndarray) -> np.ndarray:
    """ln(sigma(x) / sigma(-x)), which is x: the sigmoid page's round trip without 1 - y."""
    return np.log(sc.sigmoid(x) / sc.sigmoid(-x))


def tanh_expm1(x: np.ndarray) -> np.ndarray:
    """tanh x = -m / (2 + m) with m = e^(-2|x|) - 1 from expm1, made odd: the tanh page's
    form without cancellation."""
    m = np.expm1(-2 * np.abs(x))
    return np.sign(x) * (-m / (2 + m))


def naive_sigmoid_quiet(x: np.ndarray) -> np.ndarray:
    """naive.sigmoid_naive with its overflow warning silenced: used only where a page shows
    the naive form's values, the warning itself being demonstrated on the Python page."""
    with np.errstate(over="ignore"):
        return naive.sigmoid_naive(x)


def naive_overflow(t: float) -> float:
    """np.exp(t) with numpy's overflow warning silenced: what the naive form computes."""
    with np.errstate(over="ignore"):
        return float(np.exp(t))


def exp_clip(dtype: type = np.float64) -> float:
    """The largest whole number whose ``exp`` is finite in ``dtype`` (709 in float64): the
    rule by which sigmoid_core clips the arguments of ``exp``, computed here rather than read
    from the core's private module."""
    return float(np.floor(np.log(np.finfo(dtype).max)))


@functools.cache
def saturation_points() -> dict[str, float]:
    """Where each way of computing sigma reaches exactly 1 or 0, per dtype."""
    out = {}
    for dtype in (np.float64, np.float32):
        key = np.dtype(dtype).name
        out[f"naive_one_{key}"] = first_x_where(
            lambda x: naive_sigmoid_quiet(x) == 1, 1, 100, dtype
        )
        out[f"core_one_{key}"] = first_x_where(lambda x: sc.sigmoid(x) == 1, 1, 100, dtype)
        # the exact sigma(x) rounds to 1 from the midpoint 1 - 2^-(p+1) between 1 and the float
        # below it (p bits of precision, ties to even): e^-x = 2^-(p+1) / (1 - 2^-(p+1))
        bits = np.finfo(dtype).nmant + 1
        with mpmath.workdps(40):
            exact_one = mpmath.log(mpmath.mpf(2) ** (bits + 1) - 1)
        out[f"exact_one_{key}"] = float(exact_one)
        out[f"naive_zero_{key}"] = -first_x_where(
            lambda x: naive_sigmoid_quiet(-x) == 0, 1, 1000, dtype
        )
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


UNIT_ROUNDOFF = 2.0**-53  # u: the largest relative error of one correct rounding in float64
LOGIT_EXAMPLE = 0.999999  # the probability of the Python page's conditioning example


@functools.cache
def exp_error_units(count: int = 5000) -> float:
    """The largest relative error of np.exp, in units of u, for x uniform in [-40, 40] (fixed
    seed), against mpmath at 40 digits: the constant c of |delta_0| <= c u, on this machine."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    computed = np.exp(x)
    with mpmath.workdps(40):
        errors = []
        for v, c in zip(map(float, x), map(float, computed), strict=True):
            exact = mpmath.exp(mpmath.mpf(v))
            errors.append(abs((mpmath.mpf(c) - exact) / exact))
        return float(max(errors)) / UNIT_ROUNDOFF


def logit_condition(p: float) -> float:
    """The relative condition number of logit at p: 1 / ((1 - p) |logit p|)."""
    return 1.0 / ((1.0 - p) * abs(math.log(p / (1.0 - p))))


@functools.cache
def float32_unrounded_error() -> tuple[float, float]:
    """The largest relative error of sigmoid_derivative on the float32 figure's grid when the
    reference is taken at the unrounded float64 grid point (mostly the rounding of x), and
    where."""
    x = np.linspace(0.0, 20.0, 901)
    exact = exact_sigmoid_derivative(x)
    computed = sc.sigmoid_derivative(x.astype(np.float32)).astype(np.float64)
    error = np.abs(computed - exact) / exact
    i = int(np.argmax(error))
    return float(error[i]), float(x[i])


EXPIT_SAMPLE = 200_000  # random inputs on which sigmoid is compared with expit
EXPIT_RANGE = (-709.0, 745.0)  # from the clip of sigmoid's exp to the saturation near +745


@functools.cache
def expit_comparison() -> dict[str, float]:
    """sigmoid against scipy.special.expit on random x in EXPIT_RANGE (fixed seed): the share of
    identical results, the largest difference in ulps of expit's result, and whether expit is
    the same three steps with the C library's exp (math.exp) on every sample point."""
    from scipy.special import expit

    x = np.random.default_rng(DATA_SEED).uniform(*EXPIT_RANGE, EXPIT_SAMPLE)
    ours, theirs = sc.sigmoid(x), expit(x)
    libm = np.array([1.0 / (1.0 + math.exp(-v)) for v in map(float, x)])
    return {
        "identical_share": float(np.mean(ours == theirs)),
        "max_ulps": float(np.max(np.abs(ours - theirs) / np.spacing(theirs))),
        "expit_is_libm_steps": bool(np.array_equal(theirs, libm)),
    }


@functools.cache
def sigmoid_ulp_errors(count: int = 5000) -> np.ndarray:
    """|sigmoid(x) - sigma(x)| in ulps of the exact value, for x uniform in [-40, 40] (the sample
    of correctly_rounded_share), against mpmath at 40 digits."""
    x = np.random.default_rng(DATA_SEED).uniform(-40.0, 40.0, count)
    with mpmath.workdps(40):
        exact = [1 / (1 + mpmath.exp(-mpmath.mpf(v))) for v in map(float, x)]
        return np.array(
            [
                float(abs(mpmath.mpf(float(c)) - e) / np.spacing(float(e)))
                for c, e in zip(sc.sigmoid(x), exact, strict=True)
            ]
        )


def exact_sigmoid_derivative(x: np.ndarray) -> np.ndarray:
    """sigma'(x) from mpmath at 40 digits, rounded to float64: the reference for error plots."""
    with mpmath.workdps(40):
        return np.array([float(mpmath.exp(-v) / (1 + mpmath.exp(-v)) ** 2) for v in map(float, x)])


def relative_error(values: np.ndarray, exact: np.ndarray, floor: float) -> np.ndarray:
    """|values - exact| / exact, drawn at ``floor`` where it is smaller (log axes cannot show 0)."""
    error = np.abs(values.astype(np.float64) - exact) / exact
    return np.maximum(error, floor)


@dataclass(frozen=True)
class DerivativeForm:
    """One way of computing sigma' that the Python page compares: its legend label and its
    function of a float64 grid, evaluated in the form's dtype."""

    label: str
    function: ArrayFunction


def derivative_forms(dtype: type) -> dict[str, DerivativeForm]:
    """The four ways of computing sigma' that the Python page compares, in ``dtype``, keyed
    by identifier: ``textbook``, ``from_output``, ``product`` and ``core``."""

    def textbook(x: np.ndarray) -> np.ndarray:
        s = naive_sigmoid_quiet(x.astype(dtype))
        return s * (dtype(1) - s)

    def from_output(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative_from_output(sc.sigmoid(x.astype(dtype)))

    def product(x: np.ndarray) -> np.ndarray:
        rounded = x.astype(dtype)
        return sc.sigmoid(rounded) * sc.sigmoid(-rounded)

    def core(x: np.ndarray) -> np.ndarray:
        return sc.sigmoid_derivative(x.astype(dtype))

    return {
        "textbook": DerivativeForm("σ(1 − σ), naive σ", textbook),
        "from_output": DerivativeForm("y(1 − y), stored y", from_output),
        "product": DerivativeForm("σ(x)σ(−x)", product),
        "core": DerivativeForm("sigmoid_derivative", core),
    }


def collapse_point(form: ArrayFunction, dtype: type) -> float:
    """The first x at which a derivative form returns exactly 0."""
    return first_x_where(lambda x: form(np.array([x]))[0] == 0, 1.0, 1000.0, dtype)


FD_STEPS = np.logspace(-16, -1, 301)  # the steps h tried: 20 a decade, a definition
TINY_STEP = 1e-13  # the numerical-derivatives page's pitfall: a step far too small, on FD_STEPS


def finite_difference_errors(method: Callable[..., np.ndarray], x: float = 1.0) -> np.ndarray:
    return np.abs(method(sc.sigmoid, x, FD_STEPS) - sc.sigmoid_derivative(x))


def step_error(method: Callable[..., np.ndarray], h: float) -> float:
    """The error of ``method`` at 1 with the step ``h``, which must be one of FD_STEPS."""
    i = int(np.argmin(np.abs(FD_STEPS - h)))
    if not np.isclose(FD_STEPS[i], h):
        raise ValueError(f"the step {h} is not on FD_STEPS")
    return float(finite_difference_errors(method)[i])


@functools.cache
def best_step(method_name: str) -> tuple[float, float]:
    """The step with the smallest error on the FD_STEPS grid, and that error."""
    errors = finite_difference_errors(getattr(sc, method_name))
    i = int(np.nanargmin(errors))  # NaN where x + h rounds to x
    return float(FD_STEPS[i]), float(errors[i])


# A small binary classification problem: two Gaussian clouds in the plane, fixed seed.
DATA_SEED = 20261123
POINTS_PER_CLASS = 100
CLASS_MEANS = ((-1.0, -0.5), (1.2, 0.8))  # the centres of class 0 and class 1
CLASS_SPREAD = 0.9  # the standard deviation of each coordinate, in both classes
LEARNING_RATE = 0.5
TRAINING_STEPS = 300
BOUNDARY_LEVELS = (0.1, 0.5, 0.9)  # the predicted probabilities drawn as lines
GRID_EDGE = 20.0  # grid_max and grid_argmax search [-GRID_EDGE, GRID_EDGE]


@functools.cache
def classification_data() -> tuple[np.ndarray, np.ndarray]:
    return sample_clouds(DATA_SEED, POINTS_PER_CLASS)


def sample_clouds(seed: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n points of each class from the two Gaussian clouds, and their labels."""
    rng = np.random.default_rng(seed)
    negatives = rng.normal(CLASS_MEANS[0], CLASS_SPREAD, size=(n, 2))
    positives = rng.normal(CLASS_MEANS[1], CLASS_SPREAD, size=(n, 2))
    return np.vstack([negatives, positives]), np.concatenate([np.zeros(n), np.ones(n)])


WRONG_SCORE = -6.0  # a saturated, wrong score for a positive example: the losses compared


def wrong_score_gradients() -> dict[str, float]:
    """|dL/dz| at z = WRONG_SCORE, label 1: the squared error's (sigma - 1) sigma' and the
    cross-entropy's sigma - 1."""
    s, slope = float(sc.sigmoid(WRONG_SCORE)), float(sc.sigmoid_derivative(WRONG_SCORE))
    return {"squared error": abs((s - 1) * slope), "cross-entropy": abs(s - 1)}


# Calibration of the trained model on new points from the same clouds
CALIBRATION_POINTS = 5000  # per class, in the validation sample the repairs are fitted on
TEST_POINTS = 50_000  # per class, in the test sample: about 2 % of it lands in a middle bin
OVERCONFIDENCE = 3.0  # logits multiplied by this: an overconfident model
RELIABILITY_BINS = 10  # equal-width bins of predicted probability


def expected_calibration_error(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """Sum over bins of (share of points) x |observed frequency - mean prediction|."""
    curve = reliability_curve(probabilities, labels)
    return float(sum(share * abs(observed - predicted) for predicted, observed, share in curve))


def largest_bin_gap(probabilities: np.ndarray, labels: np.ndarray) -> float:
    """The largest |observed frequency - mean prediction| over the non-empty bins."""
    curve = reliability_curve(probabilities, labels)
    return max(abs(observed - predicted) for predicted, observed, _ in curve)


def reliability_curve(
    probabilities: np.ndarray, labels: np.ndarray
) -> list[tuple[float, float, float]]:
    """(mean prediction, observed frequency of class 1, share of points) for each non-empty bin."""
    bins = np.minimum((probabilities * RELIABILITY_BINS).astype(int), RELIABILITY_BINS - 1)
    curve = []
    for b in range(RELIABILITY_BINS):
        inside = bins == b
        if inside.any():
            curve.append(
                (float(probabilities[inside].mean()), float(labels[inside].mean()), inside.mean())
            )
    return curve


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The T > 0 that minimises the log loss of sigma(z / T)."""
    from scipy.optimize import minimize_scalar

    fitted = minimize_scalar(
        lambda t: logistic_loss(logits / t, labels), bounds=(0.1, 20.0), method="bounded"
    )
    return float(fitted.x)


def fit_platt(logits: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """The (a, c) that minimise the log loss of sigma(a z + c): a logistic regression on the
    one feature z, fitted by Newton's method (its loss is convex)."""
    design = np.stack([logits, np.ones_like(logits)], axis=1)
    params = np.array([1.0, 0.0])
    for _ in range(50):
        p = sc.sigmoid(design @ params)
        gradient = design.T @ (p - labels)
        hessian = design.T @ (design * (p * (1 - p))[:, None])
        step = np.linalg.solve(hessian, gradient)
        params = params - step
        if np.max(np.abs(step)) < 1e-12:
            break
    return float(params[0]), float(params[1])


@functools.cache
def calibration_study() -> dict[str, object]:
    """The trained model, the Bayes posterior, the trained model made overconfident, that one
    temperature-scaled, and the trained model temperature-scaled and Platt-scaled (each repair
    fitted by the log loss on a validation sample), all judged on a larger test sample."""
    weights = train_logistic_regression()["weights"]
    bayes_weights, bayes_bias = bayes_rule()

    def logits(features: np.ndarray) -> np.ndarray:
        return features @ weights[:2] + weights[2]

    validation, validation_labels = sample_clouds(DATA_SEED + 1, CALIBRATION_POINTS)
    test, test_labels = sample_clouds(DATA_SEED + 2, TEST_POINTS)
    temperature = fit_temperature(OVERCONFIDENCE * logits(validation), validation_labels)
    trained_temperature = fit_temperature(logits(validation), validation_labels)
    platt = fit_platt(logits(validation), validation_labels)
    models = {
        "trained": logits(test),
        "Bayes": test @ bayes_weights + bayes_bias,
        "overconfident": OVERCONFIDENCE * logits(test),
        "temperature-scaled": OVERCONFIDENCE * logits(test) / temperature,
        "trained, temperature-scaled": logits(test) / trained_temperature,
        "Platt-scaled": platt[0] * logits(test) + platt[1],
    }
    probabilities = {name: sc.sigmoid(z) for name, z in models.items()}
    return {
        "temperature": temperature,
        "trained_temperature": trained_temperature,
        "platt": platt,
        "ece": {n: expected_calibration_error(p, test_labels) for n, p in probabilities.items()},
        "gap": {n: largest_bin_gap(p, test_labels) for n, p in probabilities.items()},
        "curves": {n: reliability_curve(p, test_labels) for n, p in probabilities.items()},
    }


def logistic_loss(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean binary cross-entropy computed from logits: -[t log s(z) + (1 - t) log s(-z)]."""
    return float(-np.mean(labels * sc.log_sigmoid(logits) + (1 - labels) * sc.log_sigmoid(-logits)))


def linear_rule_accuracy(weights: np.ndarray, bias: float) -> float:
    """The expected accuracy on new data of the rule "class 1 where w.x + b > 0", for the two
    Gaussian classes with equal priors: Phi of each class mean's signed distance to the line,
    in units of the spread, averaged."""
    from scipy.special import ndtr

    norm = float(np.hypot(*weights)) * CLASS_SPREAD
    scores = [float(np.dot(weights, mean)) + bias for mean in CLASS_MEANS]
    return float((ndtr(-scores[0] / norm) + ndtr(scores[1] / norm)) / 2)


def bayes_rule() -> tuple[np.ndarray, float]:
    """The weights and bias of the Bayes posterior sigma(w.x + b) for the two classes:
    w = (mu1 - mu0) / s^2, b = (|mu0|^2 - |mu1|^2) / (2 s^2)."""
    mu0, mu1 = (np.array(m) for m in CLASS_MEANS)
    variance = CLASS_SPREAD**2
    return (mu1 - mu0) / variance, float(mu0 @ mu0 - mu1 @ mu1) / (2 * variance)


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


@functools.cache
def logistic_regression_minimum() -> float:
    """The smallest mean loss of the worked example's model on its data, by Newton's method
    from zero weights with the Hessian (1/n) X^T diag(s(1 - s)) X (the loss is convex)."""
    features, labels = classification_data()
    design = np.hstack([features, np.ones((len(labels), 1))])
    weights = np.zeros(3)
    for _ in range(50):
        s = sc.sigmoid(design @ weights)
        gradient = design.T @ (s - labels) / len(labels)
        if np.linalg.norm(gradient) < 1e-13:
            return logistic_loss(design @ weights, labels)
        hessian = design.T @ (design * (s * (1 - s))[:, None]) / len(labels)
        weights = weights - np.linalg.solve(hessian, gradient)
    raise ArithmeticError("Newton's method did not converge on the worked example")


# Separable data: gradient descent on sigma(w.x), no bias, two clouds that a line through the
# origin separates
SEPARABLE_SEED = DATA_SEED + 3
SEPARABLE_POINTS = 20  # per class
SEPARABLE_MEANS = ((-1.5, -1.0), (1.5, 1.0))
SEPARABLE_SPREAD = 0.6
SEPARABLE_STEPS = 100_000
SEPARABLE_RATE = 1.0
L2_PENALTY = 0.01  # lambda in the regularised loss: mean log loss + lambda |w|^2 / 2


def separable_data() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEPARABLE_SEED)
    points = [rng.normal(m, SEPARABLE_SPREAD, size=(SEPARABLE_POINTS, 2)) for m in SEPARABLE_MEANS]
    labels = np.concatenate([np.zeros(SEPARABLE_POINTS), np.ones(SEPARABLE_POINTS)])
    return np.vstack(points), labels


@functools.cache
def max_margin_separator() -> np.ndarray:
    """The hard-margin SVM through the origin: the w of least norm with (2t - 1) w.x >= 1 for
    every point, by SciPy's SLSQP."""
    from scipy.optimize import minimize

    features, labels = separable_data()
    signed = (2 * labels - 1)[:, None] * features
    fitted = minimize(
        lambda w: w @ w / 2,
        np.ones(2),
        jac=lambda w: w,
        constraints=[{"type": "ineq", "fun": lambda w: signed @ w - 1, "jac": lambda w: signed}],
        method="SLSQP",
        options={"ftol": 1e-14, "maxiter": 1000},
    )
    if not fitted.success:
        raise ArithmeticError(f"the max-margin fit failed: {fitted.message}")
    return fitted.x


@functools.cache
def separable_training(penalty: float) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent from w = 0 on the separable data, with the L2 penalty
    ``penalty``: the steps t (about 40 a decade) and the weights w(t) after them."""
    features, labels = separable_data()
    marks = np.unique(np.round(np.logspace(0, math.log10(SEPARABLE_STEPS), 201)).astype(int))
    weights, recorded = np.zeros(2), []
    for t in range(1, SEPARABLE_STEPS + 1):
        gradient = features.T @ (sc.sigmoid(features @ weights) - labels) / len(labels)
        new = weights - SEPARABLE_RATE * (gradient + penalty * weights)
        if np.array_equal(new, weights):  # a fixed point: every later step returns it again
            recorded += [weights] * (len(marks) - len(recorded))
            break
        weights = new
        if t == marks[len(recorded)]:
            recorded.append(weights)
    return marks, np.array(recorded)


def separable_norm(t: int, penalty: float = 0.0) -> float:
    """|w(t)|: the weights' norm after t steps (t one of the recorded steps)."""
    marks, weights = separable_training(penalty)
    return float(np.linalg.norm(weights[int(np.searchsorted(marks, t))]))


def separable_angle(t: int) -> float:
    """The angle in degrees between w(t), without penalty, and the max-margin separator."""
    marks, weights = separable_training(0.0)
    w, best = weights[int(np.searchsorted(marks, t))], max_margin_separator()
    return math.degrees(math.acos(min(1.0, w @ best / np.linalg.norm(w) / np.linalg.norm(best))))


@functools.cache
def squared_gaussian_mean(function: ArrayFunction) -> float:
    """E[f(z)^2] for z ~ N(0, 1): the factor by which a layer with activation derivative f
    scales the variance of the backpropagated gradient when fan-in times weight variance is 1."""
    return gaussian_mean(lambda z: function(z) ** 2)


def gaussian_mean(function: ArrayFunction) -> float:
    """E[f(z)] for z ~ N(0, 1), by the trapezoid rule."""
    z = np.linspace(-12.0, 12.0, 200_000)  # even count: 0 is not a grid point
    density = np.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return float(np.trapezoid(function(z) * density, z))


@functools.cache
def sigmoid_variance_fixed_point() -> float:
    """The pre-activation variance q* of a deep sigmoid network with fan-in times weight
    variance 1 (zero-mean weights, no bias): the fixed point of q <- E[sigma(sqrt(q) xi)^2],
    xi ~ N(0, 1), iterated from q = 1 until it stops changing."""
    q = 1.0
    for _ in range(100):
        new = gaussian_mean(lambda z, q=q: sc.sigmoid(math.sqrt(q) * z) ** 2)
        if abs(new - q) < 1e-14:
            return new
        q = new
    raise ArithmeticError("q <- E[sigma(sqrt(q) xi)^2] did not converge")


def fixed_point_gradient_moment() -> float:
    """E[sigma'(z)^2] for z ~ N(0, q*): the per-layer gradient factor at the fixed point."""
    scale = math.sqrt(sigmoid_variance_fixed_point())
    return gaussian_mean(lambda z: sc.sigmoid_derivative(scale * z) ** 2)


LAYER_ACTIVATIONS = {
    "sigmoid": sc.sigmoid_derivative,
    "tanh": sc.tanh_derivative,
    "ReLU": sc.relu_derivative,
    "SiLU": sc.silu_derivative,
}
LAYERS = np.arange(1, 21)


def grid_max(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    return float(np.max(function(np.linspace(low, high, 400_001))))


def grid_argmax(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    x = np.linspace(low, high, 400_001)
    return float(x[np.argmax(function(x))])


def grid_argmin(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    x = np.linspace(low, high, 400_001)
    return float(x[np.argmin(function(x))])


def grid_min(function: ArrayFunction, low: float = -GRID_EDGE, high: float = GRID_EDGE) -> float:
    return float(np.min(function(np.linspace(low, high, 400_001))))


def holds_on_grid(
    lhs: ArrayFunction, rhs: ArrayFunction, tolerance: float, low: float = -40.0, high: float = 40.0
) -> bool:
    """lhs(x) = rhs(x) within ``tolerance`` (absolute, relative beyond 1) on a dense grid."""
    x = np.linspace(low, high, 160_001)
    left, right = lhs(x), rhs(x)
    return bool(np.all(np.abs(left - right) <= tolerance * np.maximum(1.0, np.abs(right))))


def boundary_line(p: float) -> tuple[np.ndarray, np.ndarray]:
    """Points (x1, x2) where the trained model predicts probability p: w.x + b = logit(p)."""
    w1, w2, b = train_logistic_regression()["weights"]
    x1 = np.linspace(-4.0, 4.0, 201)
    return x1, (float(sc.logit(p)) - b - w1 * x1) / w2


def finite_difference_rows() -> list[tuple[object, ...]]:
    exact = float(sc.sigmoid_derivative(1.0))
    return [
        (
            h,
            abs(float(sc.forward_difference(sc.sigmoid, 1.0, h)) - exact),
            abs(float(sc.central_difference(sc.sigmoid, 1.0, h)) - exact),
        )
        for h in (1e-1, 1e-2, 1e-4, 1e-5, 1e-6, 1e-8, 1e-10, 1e-12, 1e-13)
    ]


@functools.cache
@functools.cache
def dual_number_overflow() -> float:
    """Where the numerical-derivatives page's own dual-number code starts raising
    OverflowError, found by bisection: its Dual class and sigmoid are taken from the page's
    code block and run as they stand (their printout discarded)."""
    import contextlib
    import io

    from .cache import DOCS

    page = (DOCS / "numerical-derivatives.md").read_text(encoding="utf-8")
    block = next(b for b in page.split("```python")[1:] if "class Dual" in b)
    code = block.split("\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)  # noqa: S102 - the page's own example, run as the page runs it
    dual, sigmoid = namespace["Dual"], namespace["sigmoid"]

    def fails(x: np.floating) -> bool:
        try:
            sigmoid(dual(float(x), 1.0))
        except OverflowError:
            return True
        return False

    return -first_x_where(lambda t: fails(-t), 1.0, 700.0)


def lambdified_derivative_failures() -> dict[str, float]:
    """Where SymPy's sigma', lambdified to numpy as written (e^-x / (1 + e^-x)^2), returns 0
    (the squared denominator overflows) and NaN (inf / inf), found by bisection."""
    import sympy as sp

    from .symbolic import SIGMA, X

    fast = sp.lambdify(X, sp.diff(SIGMA, X), modules="numpy")

    def value(x: float) -> float:
        with np.errstate(over="ignore", invalid="ignore"):
            return float(fast(np.float64(x)))

    return {
        "zero_below": -first_x_where(lambda t: value(-t) == 0, 1.0, 700.0),
        "nan_below": -first_x_where(lambda t: math.isnan(value(-t)), 1.0, 1000.0),
    }
