"""sigmoid_core: the logistic sigmoid and its relatives, accurate over the whole float range.

Every function takes any real array-like or scalar and returns a numpy array of the same shape
(a numpy scalar for 0-d input). Every float dtype is kept: float32 and float16 are evaluated
in float64 and rounded once, long double in long double; integer and bool inputs give float64;
complex, string, object and datetime inputs raise TypeError. NaN propagates, infinities give
the exact limits, and no input raises a floating-point warning. sigmoid, log_sigmoid,
softplus and logit are monotone from each float to the next, and sigmoid_derivative never
increases with |x|.

The textbook versions, kept to show how they fail, live in `sigmoid_core.naive`.
"""

from ._activations import (
    leaky_relu,
    leaky_relu_derivative,
    relu,
    relu_derivative,
    sigmoid_from_tanh,
    silu,
    silu_derivative,
    softmax,
    tanh,
    tanh_derivative,
    tanh_from_sigmoid,
)
from ._differences import central_difference, forward_difference
from ._sigmoid import (
    log_sigmoid,
    logit,
    sigmoid,
    sigmoid_derivative,
    sigmoid_derivative_from_output,
    sigmoid_second_derivative,
    softplus,
)

__all__ = [
    "central_difference",
    "forward_difference",
    "leaky_relu",
    "leaky_relu_derivative",
    "log_sigmoid",
    "logit",
    "relu",
    "relu_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "sigmoid_derivative_from_output",
    "sigmoid_from_tanh",
    "sigmoid_second_derivative",
    "silu",
    "silu_derivative",
    "softmax",
    "softplus",
    "tanh",
    "tanh_derivative",
    "tanh_from_sigmoid",
]
__version__ = "0.1.0"
