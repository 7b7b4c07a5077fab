"""The claims of docs/api.md."""

from __future__ import annotations

from scripts.experiments.accuracy import expit_comparison
from scripts.experiments.floats import exp_clip, saturation_points
from scripts.experiments.search import first_x_where
from scripts.model import Claim

from . import numpy_exp_uses_avx512, scipy_expit_quiet, value_claim


def claims() -> tuple[Claim, ...]:
    page = "api.md"
    return (
        value_claim(
            page,
            "`expit` returns 0 from $x \\approx -709.78$ on",
            lambda: -first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000),
        ),
        value_claim(
            page,
            "$x \\ge -709$ wherever numpy's `exp` is the C library's",
            lambda: -exp_clip(),
            also=lambda: expit_comparison()["expit_is_libm_steps"],
        ),
        Claim(  # where numpy runs it, sigmoid's results differ from expit's
            page,
            "own AVX-512 `exp`",
            lambda: not numpy_exp_uses_avx512() or expit_comparison()["identical_share"] < 1,
        ),
        value_claim(page, "$x = -745.13$", lambda: saturation_points()["core_zero_float64"]),
    )
