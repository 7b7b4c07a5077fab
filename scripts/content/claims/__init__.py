"""Every statement the pages make that the build checks: identities (proved with SymPy and
tested on sigmoid_core), and numbers typed in the prose. One module a page, as the phrasebook
``zh/`` has, each with a ``claims()``; ``all_claims()`` builds them all, page by page. A fact
that several pages state is declared once, in ``shared``, as a factory taking the page. Building
a claim runs nothing: each check runs when the build asks.

A number a claim states is typed once, in its text: ``value_claim(page, text, computation)``
checks that the computation, printed as the text prints the number, reads as that number."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import sympy as sp

from scripts.model import Claim

P = sp.Symbol("p", positive=True)  # a probability

# a number of a claim's text, not glued to a word before it (float64, x_1 are names): a sign
# only where it cannot be a subtraction, then digits, a decimal part, and an exponent written
# as in code (2.0322e-313) or as in TeX (1.5 \times 10^{-8}); or a power of ten, 10^{-13}
NUMBER = re.compile(
    r"(?<![\w.\\}])(?:10\^\{?(?P<power>[-+\u2212]?\d+)\}?"
    r"|(?P<mantissa>[-\u2212]?\d+(?:\.\d+)?)"
    r"(?:e(?P<code>[-+]?\d+)|\s*\\times\s*10\^\{?(?P<tex>[-+\u2212]?\d+)\}?)?)(?![\w.])"
)

# a lone digit of a claim is a formula's constant or a limit (the 1 of "rounds to 1 from"),
# never the number a computation gives
LONE_DIGIT = re.compile(r"[-\u2212]?\d")


def close(value: float, target: float, tolerance: float = 5e-13) -> bool:
    return abs(value - target) <= tolerance * max(1.0, abs(target))


def rounds_to(value: float, text: str) -> bool:
    """``value`` printed with as many decimals as ``text`` has is ``text``."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    return f"{value:.{decimals}f}" == text


def reads_as(value: float, number: re.Match[str]) -> bool:
    """``value``, printed as ``number`` (a match of NUMBER) is printed (as many decimals, and
    its exponent if it has one), is that number."""
    mantissa = (number["mantissa"] or "1").replace("\u2212", "-")  # 10^{-8} is 1e-8
    exponent = number["code"] or number["tex"] or number["power"]
    if exponent is None:
        return rounds_to(value, mantissa)
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    printed, _, power = f"{value:.{decimals}e}".partition("e")
    return printed == mantissa and int(power) == int(exponent.replace("\u2212", "-"))


def value_claim(
    page: str,
    text: str,
    *computations: Callable[[], float | Sequence[float]],
    also: Callable[[], bool] | None = None,
) -> Claim:
    """A claim that ``text``'s last numbers (lone digits aside), one per computation and in
    order, are what the computations give, rounded as the text rounds them. A computation may
    give several values (two forms of one quantity), each of which must read as its number.
    ``also`` is any further condition of the claim (a bound the text states, the behaviour the
    number describes)."""
    numbers = [n for n in NUMBER.finditer(text) if not LONE_DIGIT.fullmatch(n[0])]
    numbers = numbers[-len(computations) :] if computations else []
    if not computations or len(numbers) != len(computations):
        raise ValueError(f"{page}: {text!r} has fewer numbers than computations, or none is given")

    def check() -> bool:
        for number, computation in zip(numbers, computations, strict=True):
            given = computation()
            values = given if isinstance(given, Sequence) else (given,)
            if not all(reads_as(float(value), number) for value in values):
                return False
        return also is None or bool(also())

    return Claim(page, text, check)


def numpy_exp_uses_avx512() -> bool:
    """numpy's float64 exp runs its AVX-512 (x86-64-v4) loop on this machine."""
    from numpy.lib.introspect import opt_func_info

    current = opt_func_info(func_name="^exp$", signature="float64")["exp"]["dd"]["current"]
    return current.startswith(("X86_V4", "AVX512"))


def scipy_expit_quiet(x: float | np.floating) -> float:
    from scipy.special import expit

    with np.errstate(over="ignore"):
        return float(expit(x))


def all_claims() -> tuple[Claim, ...]:
    """Every page's claims, in the order of the pages' modules below."""
    from . import (
        activations,
        api,
        derivative,
        index,
        logistic,
        neural_networks,
        numerical_derivatives,
        python,
        sigmoid,
        tanh,
    )

    return (
        *api.claims(),
        *index.claims(),
        *sigmoid.claims(),
        *derivative.claims(),
        *logistic.claims(),
        *tanh.claims(),
        *python.claims(),
        *numerical_derivatives.claims(),
        *neural_networks.claims(),
        *activations.claims(),
    )
