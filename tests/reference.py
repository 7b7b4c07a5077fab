"""Reference values: mpmath at 60 significant digits, each rounded once to the target dtype
(long double included: 60 digits are about 200 bits, three times its 64).

One function per `sigmoid_core` function under test, with the same name. Each is written in the
form that is exact in arbitrary precision: no cancellation survives 60 digits except where an
``expm1`` or ``log1p`` is used on purpose (near x = 0 the difference e^-x - 1 would need hundreds
of digits when x is 1e-300).

The sweeps the accuracy tests walk (`make_x_sweep`, `make_p_sweep`) and every function's
references on them are committed in ``reference_values.npz`` beside this file, so a test run
reads them instead of computing them. Regenerate it after changing a sweep or a function here:

    python -m tests.reference --write

(``--check`` recomputes everything and compares). Each sweep is built from fixed seeds and from
arithmetic that rounds the same on every IEEE machine: its powers and logarithms come from
mpmath, rounded once, not from the platform's ``pow`` or ``log``. The data of a dtype is used
only where the dtype has the format it was computed for (x86-64's 80-bit long double, say);
elsewhere (an aarch64 long double is IEEE binary128) the sweep and its references are computed
here as before. tests/test_reference.py checks that the file matches this recipe on a small
sample.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import mpmath
import numpy as np

DIGITS = 60
mp = mpmath.mp
DATA = Path(__file__).with_name("reference_values.npz")
# every function with a reference, and the dtypes each is checked in
FUNCTIONS = (
    "sigmoid",
    "log_sigmoid",
    "softplus",
    "logit",
    "sigmoid_derivative",
    "sigmoid_second_derivative",
    "tanh_derivative",
    "silu",
    "silu_derivative",
)
DTYPES = (np.float64, np.float32, np.longdouble)
SEED = 20261124  # the random points between the sweeps' grid points


def sigmoid(x: mpmath.mpf) -> mpmath.mpf:
    return 1 / (1 + mp.exp(-x))


def sigmoid_derivative(x: mpmath.mpf) -> mpmath.mpf:
    e = mp.exp(-x)
    return e / (1 + e) ** 2


def sigmoid_second_derivative(x: mpmath.mpf) -> mpmath.mpf:
    e = mp.exp(-x)
    return e * mp.expm1(-x) / (1 + e) ** 3  # sigma'(x) (1 - 2 sigma(x))


def log_sigmoid(x: mpmath.mpf) -> mpmath.mpf:
    return -mp.log1p(mp.exp(-x))


def softplus(x: mpmath.mpf) -> mpmath.mpf:
    return mp.log1p(mp.exp(x))


def logit(p: mpmath.mpf) -> mpmath.mpf:
    if p == 0:
        return mpmath.mpf("-inf")
    if p == 1:
        return mpmath.mpf("inf")
    return mp.log(p / (1 - p))


def tanh_derivative(x: mpmath.mpf) -> mpmath.mpf:
    return mp.sech(x) ** 2


def silu(x: mpmath.mpf) -> mpmath.mpf:
    return x * sigmoid(x)


def silu_derivative(x: mpmath.mpf) -> mpmath.mpf:
    s = sigmoid(x)
    return s * (1 + x * (1 - s))


def exact(x: np.floating) -> mpmath.mpf:
    """The exact value of a finite float of any numpy dtype (long double included)."""
    mantissa, exponent = np.frexp(x)
    bits = np.finfo(x.dtype).nmant + 1
    return mpmath.ldexp(mpmath.mpf(int(np.ldexp(mantissa, bits))), int(exponent) - bits)


def round_to_wide(value: mpmath.mpf, dtype: np.dtype) -> np.floating:
    """Round an mpf once to a float type wider than float64 (x86-64 long double), subnormals
    included: the precision is cut to the bits the subnormal grid leaves before rounding."""
    finfo = np.finfo(dtype)
    kind = np.dtype(dtype).type
    if mpmath.isinf(value) or mpmath.isnan(value):
        return kind(float(value))
    if value == 0:
        return kind(0.0)
    sign, man, exp, bits = value._mpf_
    top = exp + bits - 1  # 2^top <= |value| < 2^(top + 1)
    lowest = finfo.minexp - finfo.nmant  # the exponent of the smallest subnormal
    precision = min(finfo.nmant + 1, top - lowest + 1)
    if precision <= 0:  # below the smallest subnormal: at most half of it, rounds to 0 (even)
        magnitude = finfo.smallest_subnormal if top == lowest - 1 and man != 1 << (bits - 1) else 0
        rounded = kind(magnitude)
    else:
        _, man, exp, _ = mpmath.libmp.mpf_pos((0, man, exp, bits), precision, "n")
        rounded = np.ldexp(kind(man), exp) if top < finfo.maxexp else kind(np.inf)
    return -rounded if sign else rounded


def round_to(value: mpmath.mpf, dtype: np.dtype) -> float:
    """Round an mpf once to ``dtype`` (float64 or float32), subnormals included.

    ``float(Fraction)`` divides Python integers, which rounds correctly even into the subnormal
    range (a plain ``float(mpf)`` rounds to 53 bits first, then again when denormalising).
    Rounding that result to float32 is innocuous double rounding: 53 >= 2 * 24 + 2.
    """
    if mpmath.isinf(value) or mpmath.isnan(value):
        return float(value)
    sign, man, exp, bits = value._mpf_
    if not man or exp + bits < -1100:  # below half the smallest subnormal: rounds to zero
        as_float = -0.0 if sign else 0.0
    elif exp + bits > 1100:  # beyond the largest float: overflows
        as_float = -np.inf if sign else np.inf
    else:
        ratio = Fraction(man) * Fraction(2) ** exp
        as_float = float(-ratio if sign else ratio)
    return float(np.dtype(dtype).type(as_float))


def evaluate(function: Callable[[mpmath.mpf], mpmath.mpf], xs: np.ndarray) -> np.ndarray:
    """The reference of ``function`` at every element of ``xs``, rounded to ``xs.dtype``."""
    wide = np.finfo(xs.dtype).nmant > 52
    with mp.workdps(DIGITS):
        if wide:
            values = [
                round_to_wide(
                    function(exact(x)) if np.isfinite(x) else function(mpmath.mpf(float(x))),
                    xs.dtype,
                )
                for x in xs
            ]
        else:
            values = [round_to(function(mpmath.mpf(float(x))), xs.dtype) for x in xs]
    return np.array(values, dtype=xs.dtype)


def rounded(value: mpmath.mpf, dtype: type) -> np.floating:
    """``value`` rounded once to ``dtype``."""
    if np.finfo(dtype).nmant > 52:
        return round_to_wide(value, np.dtype(dtype))
    return np.dtype(dtype).type(round_to(value, np.dtype(dtype)))


def make_x_sweep(dtype: type) -> np.ndarray:
    """Every decade of |x| from the smallest normal number to the largest finite one on both
    signs (eight points a decade; one for a long double, whose range has ten thousand decades),
    the subnormal tail of the sigmoid, a dense band in [-40, 40], and random points between the
    grid's with every bit of the dtype's mantissa in play."""
    finfo = np.finfo(dtype)
    per_decade = 1 if finfo.maxexp > 1024 else 8
    with mp.workdps(DIGITS):
        low = int(mp.log10(exact(finfo.smallest_normal)))
        top = mp.log10(exact(finfo.max))
        exponents = np.arange(low, int(top) + 1, 1 / per_decade)  # multiples of 1/8: exact
        magnitudes = np.array(
            [rounded(mp.power(10, mpmath.mpf(e)), dtype) for e in exponents if e <= top],
            dtype=dtype,
        )
        # sigma(x) is subnormal from x = log(smallest normal) down to log(smallest subnormal)
        tail_start = float(mp.log(exact(finfo.smallest_normal))) + 1.0
        tail_end = float(mp.log(exact(finfo.smallest_subnormal))) - 0.5
    xs = np.concatenate(
        [
            magnitudes,
            -magnitudes,
            np.linspace(tail_end, tail_start, 1500),
            np.linspace(-40.0, 40.0, 4001),
            [0.0, finfo.max, -finfo.max],
        ]
    ).astype(dtype)
    rng = np.random.default_rng(SEED)
    between = rng.uniform(-40.0, 40.0, 4000).astype(dtype)
    between += between * rng.uniform(-1.0, 1.0, 4000).astype(dtype) * finfo.eps
    xs = np.concatenate([xs, between])
    return np.unique(xs[np.isfinite(xs)])


def make_p_sweep(dtype: type) -> np.ndarray:
    """Probabilities: tiny ones (geometrically spaced from the smallest normal number to 1/4),
    a dense [0, 1], 1 - 2^-k up to the last one below 1, and random points in between."""
    finfo = np.finfo(dtype)
    with mp.workdps(DIGITS):
        smallest, quarter = exact(finfo.smallest_normal), mpmath.mpf(0.25)
        ratio = quarter / smallest
        tiny = np.array(
            [rounded(smallest * ratio ** (mpmath.mpf(i) / 2999), dtype) for i in range(3000)],
            dtype=dtype,
        )
    near_one = 1 - np.ldexp(np.ones(finfo.nmant - 1, dtype=dtype), -np.arange(2, finfo.nmant + 1))
    dense = np.linspace(0.0, 1.0, 4001)
    rng = np.random.default_rng(SEED)
    between = rng.uniform(0.0, 1.0, 4000).astype(dtype)
    between += between * rng.uniform(-0.5, 0.5, 4000).astype(dtype) * finfo.eps
    xs = np.concatenate([tiny, near_one, 1.0 - tiny[tiny > finfo.eps], dense, between])
    return np.unique(xs.astype(dtype))


# --- the committed data ----------------------------------------------------------------------


def label(dtype: type) -> str:
    """The data's name for ``dtype`` (numpy calls both x86's 80-bit long double and aarch64's
    binary128 "float128")."""
    return "longdouble" if dtype is np.longdouble else np.dtype(dtype).name


def fingerprint(dtype: type) -> np.ndarray:
    """What makes two machines' ``dtype`` the same format: its size and its finfo."""
    finfo = np.finfo(dtype)
    return np.array([np.dtype(dtype).itemsize, finfo.nmant, finfo.minexp, finfo.maxexp])


def inputs(name: str) -> str:
    """The sweep a function is checked on: "p" (probabilities) for logit, "x" for the rest."""
    return "p" if name == "logit" else "x"


@functools.cache
def committed() -> dict[str, np.ndarray]:
    """Every array of the data file, by name ("x.float64", "sigmoid.longdouble", ...)."""
    if not DATA.exists():
        return {}
    with np.load(DATA) as data:
        return {name: data[name] for name in data.files}


def stored(what: str, dtype: type) -> np.ndarray | None:
    """The committed sweep ("x", "p") or function's references for ``dtype``; None where this
    machine's ``dtype`` is not the format they were computed for."""
    data = committed()
    made_for = data.get(f"format.{label(dtype)}")
    if made_for is None or not np.array_equal(made_for, fingerprint(dtype)):
        return None
    return data[f"{what}.{label(dtype)}"]


@functools.cache
def sweep(what: str, dtype: type) -> np.ndarray:
    """The points the accuracy tests walk: "x" or "p" (`make_x_sweep`, `make_p_sweep`)."""
    found = stored(what, dtype)
    if found is not None:
        return found
    return make_x_sweep(dtype) if what == "x" else make_p_sweep(dtype)


@functools.cache
def expected(name: str, dtype: type) -> np.ndarray:
    """The references of function ``name`` on its sweep, rounded to ``dtype``."""
    found = stored(name, dtype)
    if found is not None:
        return found
    return evaluate(globals()[name], sweep(inputs(name), dtype))


def _computed(name: str, dtype: type) -> tuple[str, np.ndarray]:
    what = inputs(name)
    xs = make_x_sweep(dtype) if what == "x" else make_p_sweep(dtype)
    return f"{name}.{label(dtype)}", evaluate(globals()[name], xs)


def computed() -> dict[str, np.ndarray]:
    """Every array of the data file, computed afresh on this machine (on every core)."""
    from concurrent.futures import ProcessPoolExecutor

    arrays: dict[str, np.ndarray] = {}
    for dtype in DTYPES:
        arrays[f"format.{label(dtype)}"] = fingerprint(dtype)
        arrays[f"x.{label(dtype)}"] = make_x_sweep(dtype)
        arrays[f"p.{label(dtype)}"] = make_p_sweep(dtype)
    jobs = [(name, dtype) for dtype in DTYPES for name in FUNCTIONS]
    with ProcessPoolExecutor() as pool:
        arrays.update(pool.map(_computed, *zip(*jobs, strict=True)))
    return arrays


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reference", description=__doc__)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help=f"compute and write {DATA.name}")
    action.add_argument("--check", action="store_true", help=f"recompute and compare {DATA.name}")
    options = parser.parse_args(argv)
    arrays = computed()
    if options.write:
        np.savez_compressed(DATA, **arrays)
        print(f"wrote {DATA.name}: {len(arrays)} arrays, {DATA.stat().st_size:,} bytes")
        return 0
    data = committed()
    differ = sorted(
        name
        for name in arrays.keys() | data.keys()
        if name not in arrays or name not in data or not np.array_equal(arrays[name], data[name])
    )
    print(f"{DATA.name}: " + (f"differs in {', '.join(differ)}" if differ else "as computed"))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
