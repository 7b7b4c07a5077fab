"""Facts that more than one page states, each declared once: a factory takes the page, and each
page that states the fact adds it to its claims with its own page."""

from __future__ import annotations

import math

import sigmoid_core as sc
from scripts.experiments.floats import EPS64
from scripts.model import Claim

from . import close, value_claim


def logit_of_nine_tenths(page: str) -> Claim:
    """The score of the output 0.9 (the sigmoid page's scores and odds, the derivative page's
    input recovered from a kept output)."""
    return value_claim(
        page,
        r"\operatorname{logit}(0.9) = \ln 9 \approx 2.197",
        lambda: float(sc.logit(0.9)),
        also=lambda: close(float(sc.logit(0.9)), math.log(9), 4 * EPS64),
    )


def machine_epsilon(page: str) -> Claim:
    """float64's machine epsilon, the gap from 1 to the next float (the tanh page's differences,
    the numerical-derivatives page's rounding error)."""
    return value_claim(
        page,
        r"2^{-52} \approx 2.2 \times 10^{-16}",
        lambda: EPS64,
        also=lambda: EPS64 == 2.0**-52,
    )
