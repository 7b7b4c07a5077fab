"""The computations behind the networks page's experiments do what their pages say: the
calibration repairs minimise the log loss, the max-margin separator is the SVM's, and the
penalised run's early stop returns what the full run would."""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize, nnls

import sigmoid_core as sc
from scripts.experiments import calibration, classification, separable


def test_platt_scaling_minimises_the_log_loss() -> None:
    rng = np.random.default_rng(7)
    logits = rng.normal(0.0, 2.0, 4000)
    labels = (rng.random(4000) < sc.sigmoid(1.5 * logits - 0.7)).astype(float)
    a, c = calibration.fit_platt(logits, labels)
    reference = minimize(
        lambda p: classification.logistic_loss(p[0] * logits + p[1], labels),
        [1.0, 0.0],
        method="Nelder-Mead",
        options={"xatol": 1e-10, "fatol": 1e-14, "maxiter": 10_000},
    )
    assert np.allclose([a, c], reference.x, atol=1e-6)
    assert classification.logistic_loss(a * logits + c, labels) <= reference.fun + 1e-12


def test_the_temperature_undoes_a_known_scale() -> None:
    rng = np.random.default_rng(8)
    logits = rng.normal(0.0, 2.0, 20_000)
    labels = (rng.random(20_000) < sc.sigmoid(logits)).astype(float)
    assert abs(calibration.fit_temperature(3.0 * logits, labels) - 3.0) < 0.15


def test_the_max_margin_separator_separates_with_a_tight_margin() -> None:
    features, labels = separable.separable_data()
    w = separable.max_margin_separator()
    margins = (2 * labels - 1) * (features @ w)
    assert margins.min() > 1 - 1e-9  # it separates with margin 1
    assert margins.min() < 1 + 1e-6  # and is tight: any shorter w on its line would not
    # the KKT certificate of least norm: w is a non-negative combination of the signed points
    # on the margin
    signed = (2 * labels - 1)[:, None] * features
    on_margin = margins < 1 + 1e-6
    _, residual = nnls(signed[on_margin].T, w)
    assert residual < 1e-6


def test_the_penalised_run_stops_where_the_full_run_would_be() -> None:
    features, labels = separable.separable_data()
    marks, recorded = separable.separable_training(separable.L2_PENALTY)
    weights = np.zeros(2)
    for t in range(1, int(marks[-1]) + 1):
        gradient = features.T @ (sc.sigmoid(features @ weights) - labels) / len(labels)
        weights = weights - separable.SEPARABLE_RATE * (gradient + separable.L2_PENALTY * weights)
        if t in (marks[0], marks[len(marks) // 2], marks[-1]):
            assert np.array_equal(weights, recorded[int(np.searchsorted(marks, t))]), t
