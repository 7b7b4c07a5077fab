"""Gradient descent on data a line separates (the neural-networks page): the weights grow without
bound and turn towards the max-margin separator; with an L2 penalty they settle."""

from __future__ import annotations

import functools
import math

import numpy as np

import sigmoid_core as sc

from . import DATA_SEED

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
    # scipy-stubs type a dict constraint's fun as one number, where SLSQP takes a vector (one
    # margin a point) and its Jacobian matrix; nor does mypy match lambdas to their callables
    fitted = minimize(  # type: ignore[call-overload]
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
    weights = np.zeros(2)
    recorded: list[np.ndarray] = []
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
