"""Networks with hidden layers (the neural-networks page). A network of two sigmoid units
learning XOR: its forward pass, its backward pass by hand with sigma' = h(1 - h), a gradient
check against central differences, its training by gradient descent, its decision boundary and
the hidden layer's picture of the four points; how often other initialisations of the same
network, and of wider ones, reach a correct classifier. Then deep networks at initialisation:
the gradient of one example's loss with respect to each layer's weights, measured layer by
layer for sigmoid and tanh (Glorot's initialisation) and ReLU (He's)."""

from __future__ import annotations

import functools
import math
from typing import NamedTuple, TypedDict

import numpy as np

import sigmoid_core as sc
from scripts.model import ArrayFunction

from . import DATA_SEED

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_LABELS = np.array([0.0, 1.0, 1.0, 0.0])  # 1 where exactly one input is 1
XOR_HIDDEN = 2  # hidden units of the worked network
XOR_SEED = DATA_SEED + 4
XOR_RATE = 2.0  # gradient descent's learning rate
XOR_STEPS = 1000
XOR_REPORT_EVERY = 200  # the page's code prints the loss every this many steps
XOR_WINDOW = (-0.5, 1.5)  # the decision-region figure's range in x_1
XOR_HEIGHT = (-0.5, 2.2)  # and in x_2: room above the points for the legend
XOR_TRIALS = 100  # initialisations of the success-rate study: seeds XOR_SEED, XOR_SEED + 1, ...
XOR_WIDTHS = (2, 3, 4)  # hidden units in the success-rate study


class Parameters(NamedTuple):
    """A network with one hidden layer: hidden unit j computes h_j = sigma(W[j] . x + b[j]),
    the output's score is z = v . h + c and its probability sigma(z)."""

    W: np.ndarray  # (units, 2)
    b: np.ndarray  # (units,)
    v: np.ndarray  # (units,)
    c: float


def glorot_limit(fan_in: int, fan_out: int) -> float:
    """The bound a of Glorot's uniform initialisation U(-a, a): variance 2 / (fan_in + fan_out)."""
    return math.sqrt(6 / (fan_in + fan_out))


def xor_initial(seed: int = XOR_SEED, units: int = XOR_HIDDEN) -> Parameters:
    """Glorot-uniform weights (the hidden layer's first, then the output's), zero biases."""
    rng = np.random.default_rng(seed)
    limit = glorot_limit(2, units)
    W = rng.uniform(-limit, limit, size=(units, 2))
    limit = glorot_limit(units, 1)
    v = rng.uniform(-limit, limit, size=units)
    return Parameters(W, np.zeros(units), v, 0.0)


def forward(p: Parameters, inputs: np.ndarray = XOR_INPUTS) -> tuple[np.ndarray, np.ndarray]:
    """The hidden outputs h (a row per input) and the output's scores z."""
    h = sc.sigmoid(inputs @ p.W.T + p.b)
    return h, h @ p.v + p.c


def xor_loss(p: Parameters) -> float:
    """The mean cross-entropy over the four points, from the scores."""
    _, z = forward(p)
    y = XOR_LABELS
    return float(-np.mean(y * sc.log_sigmoid(z) + (1 - y) * sc.log_sigmoid(-z)))


def backward(p: Parameters) -> Parameters:
    """The gradient of the mean loss, by hand: dL/dz = sigma(z) - y, then back through the
    output's weights and each hidden unit's sigma' = h(1 - h), computed from its kept output."""
    h, z = forward(p)
    dz = (sc.sigmoid(z) - XOR_LABELS) / len(XOR_LABELS)
    dv, dc = h.T @ dz, dz.sum()
    dh = np.outer(dz, p.v)
    du = dh * h * (1 - h)
    return Parameters(du.T @ XOR_INPUTS, du.sum(axis=0), dv, float(dc))


def flat(p: Parameters) -> np.ndarray:
    return np.concatenate([p.W.ravel(), p.b, p.v, [p.c]])


def unflat(theta: np.ndarray, units: int = XOR_HIDDEN) -> Parameters:
    n = 2 * units
    return Parameters(
        theta[:n].reshape(units, 2), theta[n : n + units], theta[n + units : n + 2 * units],
        float(theta[-1]),
    )  # fmt: skip


def numerical_gradient(p: Parameters) -> np.ndarray:
    """Central differences of the loss in each parameter, with the step eps^(1/3)."""
    theta = flat(p)
    step = np.finfo(float).eps ** (1 / 3)
    return np.array(
        [
            (xor_loss(unflat(theta + e)) - xor_loss(unflat(theta - e))) / (2 * step)
            for e in step * np.eye(len(theta))
        ]
    )


@functools.cache
def gradient_check_error() -> float:
    """|hand - numeric| / |numeric| at the initial weights: the backward pass against central
    differences of the loss."""
    p = xor_initial()
    numeric = numerical_gradient(p)
    return float(np.linalg.norm(flat(backward(p)) - numeric) / np.linalg.norm(numeric))


def wrong_gradient_check_error() -> float:
    """The same check of a backward pass that forgets sigma' (dL/du taken as dL/dh)."""
    p = xor_initial()
    h, z = forward(p)
    dz = (sc.sigmoid(z) - XOR_LABELS) / len(XOR_LABELS)
    du = np.outer(dz, p.v)  # no h(1 - h)
    wrong = Parameters(du.T @ XOR_INPUTS, du.sum(axis=0), h.T @ dz, float(dz.sum()))
    numeric = numerical_gradient(p)
    return float(np.linalg.norm(flat(wrong) - numeric) / np.linalg.norm(numeric))


def descended(p: Parameters, gradient: Parameters, rate: float = XOR_RATE) -> Parameters:
    """One step of gradient descent: each parameter less ``rate`` times its gradient."""
    return Parameters(
        p.W - rate * gradient.W, p.b - rate * gradient.b, p.v - rate * gradient.v,
        p.c - rate * gradient.c,
    )  # fmt: skip


class XorTraining(TypedDict):
    """What `train_xor` returns."""

    parameters: Parameters  # after the last step
    losses: np.ndarray  # the loss at the start and after each step
    first_correct: int  # the first step after which every point is on its side of 1/2
    outputs: np.ndarray  # sigma(z) at the four points, after training


@functools.cache
def train_xor() -> XorTraining:
    """Full-batch gradient descent from `xor_initial`, XOR_STEPS steps of XOR_RATE."""
    p = xor_initial()
    losses, first = [], -1
    for step in range(XOR_STEPS + 1):
        losses.append(xor_loss(p))
        _, z = forward(p)
        if first < 0 and np.all((z > 0) == (XOR_LABELS == 1)):
            first = step
        if step == XOR_STEPS:
            break
        p = descended(p, backward(p))
    if first < 0:
        raise ArithmeticError("the XOR network did not become a correct classifier")
    _, z = forward(p)
    return {
        "parameters": p,
        "losses": np.array(losses),
        "first_correct": first,
        "outputs": sc.sigmoid(z),
    }


def xor_hidden_points() -> np.ndarray:
    """The four inputs as the trained hidden layer sees them: (h_1, h_2) for each."""
    h, _ = forward(train_xor()["parameters"])
    return h


def hidden_space_line() -> tuple[np.ndarray, np.ndarray]:
    """The output's boundary in the hidden layer's square: v . h + c = 0, for h in (0, 1)^2."""
    p = train_xor()["parameters"]
    h1 = np.linspace(0.0, 1.0, 401)
    return h1, -(p.v[0] * h1 + p.c) / p.v[1]


def xor_boundary() -> tuple[np.ndarray, np.ndarray]:
    """The trained network's decision boundary, sigma(z) = 1/2, in the input plane, NaN where
    it leaves the window. With two hidden units and W invertible, x -> h is one to one, so the
    boundary is the preimage of the line v . h + c = 0 in the square (0, 1)^2 (the window:
    XOR_WINDOW by XOR_HEIGHT):
    x = W^-1 (logit(h) - b) along it, sampled in h_1 and refined until consecutive points
    inside the window are at most BOUNDARY_STEP apart."""
    p = train_xor()["parameters"]

    def preimage(h1: np.ndarray) -> np.ndarray:
        h = np.column_stack([h1, -(p.v[0] * h1 + p.c) / p.v[1]])
        return np.linalg.solve(p.W, (sc.logit(h) - p.b).T).T

    # the line sampled evenly in the logit of each coordinate in turn, so that it is followed
    # far out where either nears 0 or 1 (sigma(30) < 1 in float64); h_2 is monotone in h_1
    # along it, so sorting by h_1 orders the samples along the curve
    t = sc.sigmoid(np.linspace(-30.0, 30.0, 2001))
    h1 = np.concatenate([t, -(p.v[1] * t + p.c) / p.v[0]])
    h2 = -(p.v[0] * h1 + p.c) / p.v[1]
    h1 = np.unique(h1[(h1 > 0) & (h1 < 1) & (h2 > 0) & (h2 < 1)])  # both logits finite
    low = np.array([XOR_WINDOW[0], XOR_HEIGHT[0]])
    high = np.array([XOR_WINDOW[1], XOR_HEIGHT[1]])
    for _ in range(60):
        x = preimage(h1)
        close = np.all((x > low - 1.0) & (x < high + 1.0), axis=1)  # a step can cross the edge
        gaps = np.hypot(*np.diff(x, axis=0).T) > BOUNDARY_STEP
        split = np.flatnonzero(gaps & (close[:-1] | close[1:]))
        if not len(split):
            break
        h1 = np.sort(np.concatenate([h1, (h1[split] + h1[split + 1]) / 2]))
    else:
        raise ArithmeticError("the XOR boundary was not resolved")
    out = ~np.all((x >= low) & (x <= high), axis=1)
    x[out] = np.nan
    return x[:, 0], x[:, 1]


BOUNDARY_STEP = 0.01  # in the inputs' units: a two-hundredth of the window


def linear_xor_gradient() -> np.ndarray:
    """The gradient of logistic regression's mean loss on XOR at zero weights (and bias)."""
    design = np.hstack([XOR_INPUTS, np.ones((4, 1))])
    return design.T @ (sc.sigmoid(np.zeros(4)) - XOR_LABELS) / 4


Stacked = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def train_many(seeds: range, units: int) -> Stacked:
    """The page's training (XOR_STEPS steps of XOR_RATE from `xor_initial`) of one network per
    seed, all at once: W, b, v and c, each with a leading axis, one entry per seed."""
    initial = [xor_initial(seed, units) for seed in seeds]
    W = np.stack([p.W for p in initial])  # (trials, units, 2)
    b = np.zeros((len(seeds), units))
    v = np.stack([p.v for p in initial])
    c = np.zeros(len(seeds))
    for _ in range(XOR_STEPS):
        h = sc.sigmoid(np.einsum("nk,tjk->tnj", XOR_INPUTS, W) + b[:, None, :])
        z = np.einsum("tnj,tj->tn", h, v) + c[:, None]
        dz = (sc.sigmoid(z) - XOR_LABELS) / len(XOR_LABELS)
        du = dz[:, :, None] * v[:, None, :] * h * (1 - h)
        W = W - XOR_RATE * np.einsum("tnj,nk->tjk", du, XOR_INPUTS)
        b = b - XOR_RATE * du.sum(axis=1)
        v = v - XOR_RATE * np.einsum("tnj,tn->tj", h, dz)
        c = c - XOR_RATE * dz.sum(axis=1)
    return W, b, v, c


@functools.cache
def xor_success_rates() -> dict[int, float]:
    """For each width of XOR_WIDTHS, the share of XOR_TRIALS initialisations (seeds XOR_SEED,
    XOR_SEED + 1, ...) that the page's training turns into a correct classifier of the four
    points."""
    rates = {}
    for units in XOR_WIDTHS:
        W, b, v, c = train_many(range(XOR_SEED, XOR_SEED + XOR_TRIALS), units)
        h = sc.sigmoid(np.einsum("nk,tjk->tnj", XOR_INPUTS, W) + b[:, None, :])
        z = np.einsum("tnj,tj->tn", h, v) + c[:, None]
        rates[units] = float(np.mean(np.all((z > 0) == (XOR_LABELS == 1), axis=1)))
    return rates


# --- deep networks at initialisation ----------------------------------------------------------

DEPTHS = tuple(range(2, 11))  # hidden layers
WIDTH = 100  # units in every hidden layer, and inputs
BATCH = 256  # random inputs, each with a random label
DEPTH_SEED = DATA_SEED + 5  # the network of depth d draws from default_rng((DEPTH_SEED, d))


class Activation(NamedTuple):
    function: ArrayFunction
    derivative: ArrayFunction
    initialisation: str  # "Glorot" (uniform, variance 2 / (fan_in + fan_out)) or "He"


ACTIVATIONS = {
    "sigmoid": Activation(sc.sigmoid, sc.sigmoid_derivative, "Glorot"),
    "tanh": Activation(sc.tanh, sc.tanh_derivative, "Glorot"),
    "ReLU": Activation(sc.relu, sc.relu_derivative, "He"),
}


class DeepNetwork(NamedTuple):
    """A network of the depth study at its initialisation, with its inputs and labels."""

    activation: Activation
    weights: list[np.ndarray]  # the hidden layers', each (width, width)
    output: np.ndarray  # the output unit's weights, (width,)
    inputs: np.ndarray  # (width, batch): a column per example
    labels: np.ndarray  # (batch,)


def deep_network(
    activation: str, depth: int, width: int = WIDTH, batch: int = BATCH
) -> DeepNetwork:
    """``depth`` hidden layers of ``width`` units without bias and a sigmoid output unit, fed
    ``batch`` inputs with entries from N(0, 1) and random labels, drawn from
    default_rng((DEPTH_SEED, depth)); weights Glorot-uniform for sigmoid and tanh, He-normal
    (variance 2 / fan_in) for ReLU, the output unit's Glorot-uniform."""
    chosen = ACTIVATIONS[activation]
    rng = np.random.default_rng((DEPTH_SEED, depth))
    x = rng.standard_normal((width, batch))
    labels = (rng.random(batch) < 0.5).astype(float)
    weights = []
    for _ in range(depth):
        if chosen.initialisation == "Glorot":
            limit = glorot_limit(width, width)
            weights.append(rng.uniform(-limit, limit, size=(width, width)))
        else:
            weights.append(rng.normal(0.0, math.sqrt(2 / width), size=(width, width)))
    limit = glorot_limit(width, 1)
    output = rng.uniform(-limit, limit, size=width)
    return DeepNetwork(chosen, weights, output, x, labels)


@functools.cache
def layer_gradient_norms(
    activation: str, depth: int, width: int = WIDTH, batch: int = BATCH
) -> np.ndarray:
    """For each hidden layer l = 1..depth of `deep_network`, the size (Frobenius norm) of the
    gradient of one example's cross-entropy with respect to the layer's weights,
    root-mean-squared over the examples.

    By the backward pass, one example's gradient for layer l is the outer product of the
    layer's delta (dL/du_l) and the layer's input, so its norm is the product of their norms.
    Each example's own gradient, not the batch's mean: the mean also depends on how the
    examples' gradients line up."""
    net = deep_network(activation, depth, width, batch)
    f, derivative, _ = net.activation
    inputs, pre = [net.inputs], []
    for W in net.weights:
        pre.append(W @ inputs[-1])
        inputs.append(f(pre[-1]))
    z = net.output @ inputs[-1]
    delta = np.outer(net.output, sc.sigmoid(z) - net.labels)  # dL/dh of the last layer
    norms = []
    for layer in reversed(range(depth)):
        delta = delta * derivative(pre[layer])  # dL/du_l, a column per example
        per_example = np.linalg.norm(delta, axis=0) * np.linalg.norm(inputs[layer], axis=0)
        norms.append(math.sqrt(float(np.mean(per_example**2))))
        delta = net.weights[layer].T @ delta
    return np.array(norms[::-1])


def first_to_last(activation: str, depth: int) -> float:
    """The first hidden layer's gradient norm over the last's."""
    norms = layer_gradient_norms(activation, depth)
    return float(norms[0] / norms[-1])


def per_layer_factor(activation: str, depth: int = DEPTHS[-1]) -> float:
    """The geometric mean of the ratio of a layer's gradient norm to the next layer's."""
    return first_to_last(activation, depth) ** (1 / (depth - 1))
