"""The claims of docs/index.md."""

from __future__ import annotations

import numpy as np

from scripts.experiments.floats import saturation_points
from scripts.experiments.forms import collapse_point, derivative_forms
from scripts.model import Claim

from . import value_claim


def claims() -> tuple[Claim, ...]:
    page = "index.md"
    textbook = derivative_forms(np.float64)["textbook"].function
    return (
        Claim(
            page,
            "overflows for $x < -709.79$",
            lambda: 709.78 < -saturation_points()["naive_zero_float64"] < 709.79,
        ),
        value_claim(
            page,
            r"returns 0 from $x \approx 36.7$ on",
            lambda: collapse_point(textbook, np.float64),
        ),
    )
