"""Numbers as the site prints them, shared by every role: the computed values of the prose
(scripts/content/values.py), the widgets' readouts (scripts/rendering/widget_html.py, and
docs/javascripts/widgets.js, which matches them digit for digit) and the figures' alt text and
the tables (scripts/rendering/render.py). Prose gets a true minus sign, U+2212."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

MINUS = "\u2212"


def with_minus(text: str) -> str:
    """``text`` (a number as Python prints it) with each hyphen-minus a true minus sign."""
    return text.replace("-", MINUS)


def fixed(digits: int) -> Callable[[float], str]:
    """``digits`` decimals; a true minus sign (U+2212) for prose."""

    def format_(v: float) -> str:
        return with_minus(f"{v:.{digits}f}")

    return format_


def outward(digits: int, bound: str) -> Callable[[float], str]:
    """``digits`` decimals rounded away from the value: up for an "upper" bound, down for a
    "lower" one, so the printed number is still a bound; a true minus sign."""
    rounding = ROUND_CEILING if bound == "upper" else ROUND_FLOOR

    def format_(v: float) -> str:
        rounded = Decimal(v).quantize(Decimal(1).scaleb(-digits), rounding=rounding)
        return with_minus(f"{rounded + 0:f}")  # + 0: no "-0.00"

    return format_


def percentage(digits: int) -> Callable[[float], str]:
    """A share in [0, 1] as a percentage with ``digits`` decimals, or with as many more as it
    takes for a share that is neither none nor all to read neither 0 nor 100."""

    def format_(v: float) -> str:
        for shown in range(digits, 20):
            text = f"{100 * v:.{shown}f}"
            if v in (0.0, 1.0) or float(text) not in (0.0, 100.0):
                return text
        raise ValueError(f"{v!r} is too close to 0 or 1 to be told from it as a percentage")

    return format_


def scientific(digits: int) -> Callable[[float], str]:
    """TeX ``m \\times 10^{e}`` with ``digits`` decimals in m, for use inside $...$."""

    def format_(v: float) -> str:
        mantissa, exponent = f"{v:.{digits}e}".split("e")
        return f"{mantissa} \\times 10^{{{int(exponent)}}}"

    return format_


def readout_text(value: float, spec: str) -> str:
    """A readout as the static pages write numbers: "fN" is `fixed` (N decimals), "gN"
    Python's N significant digits; a true minus sign, ∞ and NaN spelled as such. The script's
    ``format`` matches this digit for digit (tests/test_widgets.py)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return MINUS + "\u221e" if value < 0 else "\u221e"
    kind, digits = spec[0], int(spec[1:])
    if kind == "f":
        return fixed(digits)(value)
    return with_minus(format(value, f".{digits}g"))
