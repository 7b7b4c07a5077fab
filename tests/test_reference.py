"""The committed references (tests/reference_values.npz) are what tests/reference.py computes:
its sweeps exactly, and its mpmath values on a small sample of every function in every dtype,
so that an edit of the recipe without `python -m tests.reference --write` cannot go unseen."""

from __future__ import annotations

import numpy as np
import pytest

from tests import reference

SAMPLE = 12  # random points of each function's sweep, with its first and last


def made_here() -> list[type]:
    """The dtypes whose committed data was made for this machine's format of them."""
    return [d for d in reference.DTYPES if reference.stored("x", d) is not None]


def same(a: np.ndarray, b: np.ndarray) -> bool:
    """The same values, the sign of a zero included."""
    return np.array_equal(a, b) and np.array_equal(np.signbit(a), np.signbit(b))


def test_the_data_holds_every_function_in_every_dtype_of_ieee_formats() -> None:
    names = {
        f"{what}.{reference.label(d)}"
        for d in reference.DTYPES
        for what in ("format", "x", "p", *reference.FUNCTIONS)
    }
    assert set(reference.committed()) == names
    assert {np.float64, np.float32} <= set(made_here())  # IEEE formats are the same everywhere


@pytest.mark.parametrize("dtype", made_here(), ids=reference.label)
def test_the_committed_sweeps_are_the_recipes(dtype: type) -> None:
    assert same(reference.stored("x", dtype), reference.make_x_sweep(dtype))
    assert same(reference.stored("p", dtype), reference.make_p_sweep(dtype))


@pytest.mark.parametrize("dtype", made_here(), ids=reference.label)
@pytest.mark.parametrize("name", reference.FUNCTIONS)
def test_a_sample_of_the_references_is_what_mpmath_gives(name: str, dtype: type) -> None:
    xs, committed = reference.stored(reference.inputs(name), dtype), reference.stored(name, dtype)
    assert len(xs) == len(committed) > SAMPLE
    rng = np.random.default_rng(reference.SEED)
    picked = np.concatenate([[0, len(xs) - 1], rng.choice(len(xs), SAMPLE, replace=False)])
    computed = reference.evaluate(getattr(reference, name), xs[picked])
    assert same(computed, committed[picked]), (name, xs[picked][computed != committed[picked]])


def test_a_format_the_data_was_not_made_for_is_computed_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On an aarch64 long double (binary128), say, the x86 data would be the wrong numbers."""
    other = reference.fingerprint(np.longdouble) + 1
    monkeypatch.setattr(reference, "fingerprint", lambda dtype: other)
    assert reference.stored("x", np.longdouble) is None
    assert reference.stored("sigmoid", np.float64) is None
