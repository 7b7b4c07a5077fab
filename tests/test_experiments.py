"""The computations behind the networks page's experiments do what their pages say: the
calibration repairs minimise the log loss, the max-margin separator is the SVM's, the
penalised run's early stop returns what the full run would, the XOR network's backward pass is
its loss's gradient, its many trainings at once are each the one training, its drawn boundary
is where its output is 1/2, and the depth study's norms are those of each example's gradient."""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize, nnls

import sigmoid_core as sc
from scripts.experiments import calibration, classification, networks, separable
from scripts.model import ArrayFunction


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


def test_the_xor_backward_pass_is_the_gradient_of_the_loss() -> None:
    """At the start, after training and at random parameters (seeded), the hand-written
    backward pass agrees with central differences of the loss to their precision."""
    rng = np.random.default_rng(11)
    points = [networks.xor_initial(), networks.train_xor()["parameters"]]
    points += [networks.unflat(rng.normal(0.0, 3.0, 9)) for _ in range(5)]
    for p in points:
        numeric = networks.numerical_gradient(p)
        by_hand = networks.flat(networks.backward(p))
        assert np.linalg.norm(by_hand - numeric) <= 1e-8 * max(np.linalg.norm(numeric), 1e-3)


def test_the_wrong_backward_pass_fails_the_check() -> None:
    assert networks.gradient_check_error() < 1e-8
    assert networks.wrong_gradient_check_error() > 0.1


def test_training_many_at_once_is_each_training() -> None:
    """The success-rate study's vectorised training of the first seed gives the worked
    network's parameters, and another seed's its own one-at-a-time training."""
    W, b, v, c = networks.train_many(range(networks.XOR_SEED, networks.XOR_SEED + 3), 2)
    trained = networks.train_xor()["parameters"]
    for many, one in ((W, trained.W), (b, trained.b), (v, trained.v)):
        assert np.allclose(many[0], one, rtol=1e-10, atol=1e-12)
    assert abs(c[0] - trained.c) < 1e-10
    p = networks.xor_initial(networks.XOR_SEED + 2, 2)
    for _ in range(networks.XOR_STEPS):
        p = networks.descended(p, networks.backward(p))
    assert np.allclose(W[2], p.W, rtol=1e-10, atol=1e-12)


def test_the_boundary_is_where_the_output_is_one_half() -> None:
    x1, x2 = networks.xor_boundary()
    inside = np.isfinite(x1)
    points = np.column_stack([x1[inside], x2[inside]])
    _, z = networks.forward(networks.train_xor()["parameters"], points)
    assert np.max(np.abs(z)) < 1e-9
    steps = np.hypot(np.diff(x1), np.diff(x2))
    assert np.nanmax(steps) <= networks.BOUNDARY_STEP
    low = (networks.XOR_WINDOW[0], networks.XOR_HEIGHT[0])
    high = (networks.XOR_WINDOW[1], networks.XOR_HEIGHT[1])
    assert np.all((points >= low) & (points <= high))


def test_the_depth_study_measures_each_examples_gradient() -> None:
    """On a small network of the study's kind: each example's gradient for each layer, by a
    backward pass per example and by central differences of its loss on a few weights, has the
    norms the study's vectorised computation reports."""
    for activation in networks.ACTIVATIONS:
        net = networks.deep_network(activation, 3, width=5, batch=4)
        f, derivative, _ = net.activation

        def loss(
            weights: list[np.ndarray], i: int, net: networks.DeepNetwork = net, f: ArrayFunction = f
        ) -> float:
            a = net.inputs[:, i]
            for W in weights:
                a = f(W @ a)
            z = float(net.output @ a)
            t = net.labels[i]
            return -float(t * sc.log_sigmoid(z) + (1 - t) * sc.log_sigmoid(-z))

        squared = np.zeros(3)
        for i in range(4):
            layer_inputs, pre = [net.inputs[:, i]], []
            for W in net.weights:
                pre.append(W @ layer_inputs[-1])
                layer_inputs.append(f(pre[-1]))
            z = float(net.output @ layer_inputs[-1])
            delta = net.output * (float(sc.sigmoid(z)) - net.labels[i])
            for layer in reversed(range(3)):
                delta = delta * derivative(pre[layer])
                gradient = np.outer(delta, layer_inputs[layer])
                squared[layer] += np.sum(gradient**2) / 4
                h = 1e-6
                for j, k in ((0, 0), (2, 3), (4, 1)):
                    up = [W.copy() for W in net.weights]
                    down = [W.copy() for W in net.weights]
                    up[layer][j, k] += h
                    down[layer][j, k] -= h
                    numeric = (loss(up, i) - loss(down, i)) / (2 * h)
                    assert abs(numeric - gradient[j, k]) <= 1e-7 + 1e-5 * abs(numeric)
                delta = net.weights[layer].T @ delta
        measured = networks.layer_gradient_norms(activation, 3, width=5, batch=4)
        assert np.allclose(measured, np.sqrt(squared), rtol=1e-12)


def run_block(name: str, session: str) -> list[str]:
    """The lines printed by the Python block of ``session`` on the page docs/``name``."""
    import contextlib
    import io
    import textwrap

    from scripts import markdown_parts
    from tests.conftest import ROOT

    markdown = (ROOT / "docs" / name).read_text(encoding="utf-8")
    (block,) = [
        f
        for f in markdown_parts.of_kind(markdown, markdown_parts.FENCE)
        if f'session="{session}"' in f.info
    ]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(textwrap.dedent(block.body), {"__name__": "__main__"})
    return printed.getvalue().splitlines()


def test_the_pages_xor_code_prints_what_the_build_computes() -> None:
    """The neural-networks page's XOR code (both editions) prints the relative error, the
    losses and the outputs that scripts/experiments/networks.py computes for the figures and
    the prose."""
    import re

    training = networks.train_xor()
    expected = [
        f"gradient check: relative error {networks.gradient_check_error():.1e}",
        *(
            f"step {t:4}: loss {training['losses'][t]:.4f}"
            for t in range(0, networks.XOR_STEPS + 1, networks.XOR_REPORT_EVERY)
        ),
        f"{np.round(training['outputs'], 3)}",
    ]
    for name in ("neural-networks.md", "neural-networks.zh.md"):
        lines = run_block(name, "xor")
        assert lines[: len(expected) - 1] == expected[:-1], name
        assert re.sub(r"^[^\[]*", "", lines[len(expected) - 1]) == expected[-1], name


def test_the_gain_exercise_prints_what_its_answer_says() -> None:
    """Exercise 7 of the neural-networks page: the gain 1 reproduces the table's ratio for the
    sigmoid (the same draw), larger gains give larger ratios and smaller mean slopes, and the
    gain of 4 leaves the first layer a few hundredths of the last one's gradient."""
    import re

    for name in ("neural-networks.md", "neural-networks.zh.md"):
        lines = run_block(name, "ex-gain")
        found = [
            re.match(r"gain (\d+): first/last (\S+), mean slope in the last layer (\S+)$", line)
            for line in lines
        ]
        assert all(found), lines
        gains = [int(m[1]) for m in found]
        ratios = [float(m[2]) for m in found]
        slopes = [float(m[3]) for m in found]
        assert gains == [1, 2, 4, 8]
        assert found[0][2] == f"{networks.first_to_last('sigmoid', networks.DEPTHS[-1]):.1e}"
        assert ratios == sorted(ratios) and slopes == sorted(slopes, reverse=True)
        assert 0.01 < ratios[2] < 0.1 and ratios[3] < 1
