"""The claims of docs/api.md."""

from __future__ import annotations

import numpy as np

from scripts.experiments import (
    expit_comparison,
    first_x_where,
    saturation_points,
)
from scripts.model import Claim
from sigmoid_core._array import exp_limit

from . import numpy_exp_uses_avx512, rounds_to, scipy_expit_quiet


def claims() -> tuple[Claim, ...]:
    page = "api.md"
    return (
        Claim(
            page,
            "`expit` returns 0 from $x \\approx -709.78$ on",
            lambda: rounds_to(
                -first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000), "-709.78"
            ),
        ),
        Claim(
            page,
            "$x \\ge -709$ wherever numpy's `exp` is the C library's",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and expit_comparison()["expit_is_libm_steps"]
            ),
        ),
        Claim(
            page,
            "own AVX-512 `exp`",
            lambda: numpy_exp_uses_avx512() == (expit_comparison()["identical_share"] < 1),
        ),
        Claim(
            page,
            "$x = -745.13$",
            lambda: rounds_to(-saturation_points()["core_zero_float64"], "745.13"),
        ),
    )
