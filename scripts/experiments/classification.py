"""The neural-networks page's worked example: two Gaussian clouds in the plane (fixed seed), a
logistic regression trained on them by gradient descent, the smallest loss by Newton's method,
the Bayes rule for the two clouds and the accuracy a linear rule has on new data, the trained
model's lines of equal probability, and two losses' gradients at a saturated wrong score."""

from __future__ import annotations

import functools
from typing import TypedDict

import numpy as np

import sigmoid_core as sc

from . import DATA_SEED

POINTS_PER_CLASS = 100
CLASS_MEANS = ((-1.0, -0.5), (1.2, 0.8))  # the centres of class 0 and class 1
CLASS_SPREAD = 0.9  # the standard deviation of each coordinate, in both classes
LEARNING_RATE = 0.5
TRAINING_STEPS = 300
BOUNDARY_LEVELS = (0.1, 0.5, 0.9)  # the predicted probabilities drawn as lines


@functools.cache
def classification_data() -> tuple[np.ndarray, np.ndarray]:
    return sample_clouds(DATA_SEED, POINTS_PER_CLASS)


def sample_clouds(seed: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """n points of each class from the two Gaussian clouds, and their labels."""
    rng = np.random.default_rng(seed)
    negatives = rng.normal(CLASS_MEANS[0], CLASS_SPREAD, size=(n, 2))
    positives = rng.normal(CLASS_MEANS[1], CLASS_SPREAD, size=(n, 2))
    return np.vstack([negatives, positives]), np.concatenate([np.zeros(n), np.ones(n)])


def logistic_loss(logits: np.ndarray, labels: np.ndarray) -> float:
    """Mean binary cross-entropy computed from logits: -[t log s(z) + (1 - t) log s(-z)]."""
    return float(-np.mean(labels * sc.log_sigmoid(logits) + (1 - labels) * sc.log_sigmoid(-logits)))


class Training(TypedDict):
    """What `train_logistic_regression` returns."""

    weights: np.ndarray  # (w1, w2, b): the bias last
    losses: np.ndarray  # the mean loss at the start and after each step
    accuracy: float  # the share of the training points classified right


@functools.cache
def train_logistic_regression() -> Training:
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


def bayes_rule() -> tuple[np.ndarray, float]:
    """The weights and bias of the Bayes posterior sigma(w.x + b) for the two classes:
    w = (mu1 - mu0) / s^2, b = (|mu0|^2 - |mu1|^2) / (2 s^2)."""
    mu0, mu1 = (np.array(m) for m in CLASS_MEANS)
    variance = CLASS_SPREAD**2
    return (mu1 - mu0) / variance, float(mu0 @ mu0 - mu1 @ mu1) / (2 * variance)


def linear_rule_accuracy(weights: np.ndarray, bias: float) -> float:
    """The expected accuracy on new data of the rule "class 1 where w.x + b > 0", for the two
    Gaussian classes with equal priors: Phi of each class mean's signed distance to the line,
    in units of the spread, averaged."""
    from scipy.special import ndtr

    norm = float(np.hypot(*weights)) * CLASS_SPREAD
    scores = [float(np.dot(weights, mean)) + bias for mean in CLASS_MEANS]
    return float((ndtr(-scores[0] / norm) + ndtr(scores[1] / norm)) / 2)


def boundary_line(p: float) -> tuple[np.ndarray, np.ndarray]:
    """Points (x1, x2) where the trained model predicts probability p: w.x + b = logit(p)."""
    w1, w2, b = train_logistic_regression()["weights"]
    x1 = np.linspace(-4.0, 4.0, 201)
    return x1, (float(sc.logit(p)) - b - w1 * x1) / w2


WRONG_SCORE = -6.0  # a saturated, wrong score for a positive example: the losses compared


def wrong_score_gradients() -> dict[str, float]:
    """|dL/dz| at z = WRONG_SCORE, label 1: the squared error's (sigma - 1) sigma' and the
    cross-entropy's sigma - 1."""
    s, slope = float(sc.sigmoid(WRONG_SCORE)), float(sc.sigmoid_derivative(WRONG_SCORE))
    return {"squared error": abs((s - 1) * slope), "cross-entropy": abs(s - 1)}


def descent_step(weights: tuple[float, float, float]) -> tuple[np.ndarray, float, float, float]:
    """One step of the worked example's gradient descent from ``weights`` (w1, w2, b): the new
    weights, the loss before and after, and |gradient|^2 times the learning rate, the fall a
    small step would give to first order."""
    features, labels = classification_data()
    design = np.hstack([features, np.ones((len(labels), 1))])
    w = np.array(weights, dtype=float)
    gradient = design.T @ (sc.sigmoid(design @ w) - labels) / len(labels)
    after = w - LEARNING_RATE * gradient
    return (
        after,
        logistic_loss(design @ w, labels),
        logistic_loss(design @ after, labels),
        LEARNING_RATE * float(gradient @ gradient),
    )
