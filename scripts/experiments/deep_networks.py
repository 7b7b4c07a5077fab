"""Gradients through a deep network at its initialisation (the neural-networks and activations
pages): Gaussian expectations by the trapezoid rule, the factor by which a layer scales the
variance of the backpropagated gradient, a deep sigmoid network's fixed point of the
pre-activation variance, and the activations whose derivatives are drawn layer by layer."""

from __future__ import annotations

import functools
import math

import numpy as np

import sigmoid_core as sc
from scripts.model import ArrayFunction


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

        def squared(z: np.ndarray, q: float = q) -> np.ndarray:
            return sc.sigmoid(math.sqrt(q) * z) ** 2

        new = gaussian_mean(squared)
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
