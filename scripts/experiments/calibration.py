"""The calibration of the worked example's model (the neural-networks page), judged on new points
from the same clouds: reliability curves, the expected calibration error, an overconfident
model, and two repairs (temperature and Platt scaling) fitted on a validation sample."""

from __future__ import annotations

import functools
from typing import TypedDict

import numpy as np

import sigmoid_core as sc

from . import DATA_SEED
from .classification import bayes_rule, logistic_loss, sample_clouds, train_logistic_regression

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


class Calibration(TypedDict):
    """What `calibration_study` returns; ``ece``, ``gap`` and ``curves`` are keyed by model."""

    temperature: float  # fitted to the overconfident model
    trained_temperature: float  # fitted to the trained model
    platt: tuple[float, float]  # (a, c) of sigma(a z + c), fitted to the trained model
    ece: dict[str, float]
    gap: dict[str, float]
    curves: dict[str, list[tuple[float, float, float]]]


@functools.cache
def calibration_study() -> Calibration:
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
