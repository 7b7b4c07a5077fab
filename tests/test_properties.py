"""Identities of the sigmoid as Hypothesis properties, with tolerances that follow the error bounds.

eps is float64's machine epsilon, 2^-52. Every result of sigmoid_core lies within a few ulp
of the truth (tests/test_accuracy.py) and an ulp of a number in [1/2, 1) is eps/2, so an
identity between values in [0, 1] holds to a small multiple of eps in absolute terms; each
bound below says where its multiple comes from.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import sigmoid_core as sc

EPS = float(np.finfo(np.float64).eps)
TINY = float(np.finfo(np.float64).smallest_normal)

reals = st.floats(allow_nan=False, allow_infinity=False)
moderate = st.floats(min_value=-700.0, max_value=700.0, allow_nan=False)  # results stay normal
probabilities = st.floats(min_value=TINY, max_value=1.0, exclude_max=True)
# the same examples on every run (a seed of each test's own), none replayed from a database,
# and no time limit per example (Hypothesis's default of 200 ms failed a run on a loaded
# machine): the fast tier passes or fails the same way on every machine and every run
DETERMINISTIC = settings(derandomize=True, database=None, deadline=None)


@DETERMINISTIC
@given(reals)
def test_reflection(x: float) -> None:
    # sigma(x) and sigma(-x) are each within 2 ulp <= eps of the truth, and 1 - sigma(x) rounds
    # by at most eps/4: the two sides differ by at most 2.25 eps
    assert abs(sc.sigmoid(-x) - (1.0 - sc.sigmoid(x))) <= 2.25 * EPS


@DETERMINISTIC
@given(reals)
def test_derivative_is_exactly_even(x: float) -> None:
    assert sc.sigmoid_derivative(-x) == sc.sigmoid_derivative(x)


@DETERMINISTIC
@given(reals)
def test_second_derivative_is_exactly_odd(x: float) -> None:
    assert sc.sigmoid_second_derivative(-x) == -sc.sigmoid_second_derivative(x)


@DETERMINISTIC
@given(moderate)
def test_derivative_is_sigmoid_times_reflected_sigmoid(x: float) -> None:
    # each factor within 2 ulp, the product rounds once, the derivative within 3 ulp: 8 ulp
    expected = sc.sigmoid(x) * sc.sigmoid(-x)
    assert abs(sc.sigmoid_derivative(x) - expected) <= 8 * EPS / 2 * expected


@DETERMINISTIC
@given(reals)
def test_derivative_from_output_agrees_where_output_keeps_precision(x: float) -> None:
    # y (1 - y) with y = sigma(x): 1 - y carries the absolute error of y (eps at most), so the
    # two forms agree to that absolute error, not relatively: the reason the x form exists
    y = sc.sigmoid(x)
    assert abs(sc.sigmoid_derivative_from_output(y) - sc.sigmoid_derivative(x)) <= 2 * EPS


@DETERMINISTIC
@given(reals)
def test_tanh_relation(x: float) -> None:
    # 2 sigma(2x) - 1: sigma within eps absolute, doubled exactly, minus 1 rounds by eps: 3 eps;
    # np.tanh itself within 1 ulp <= eps/2
    assert abs(sc.tanh_from_sigmoid(x) - np.tanh(x)) <= 3.5 * EPS


@DETERMINISTIC
@given(reals)
def test_sigmoid_from_tanh(x: float) -> None:
    # (1 + tanh(x/2)) / 2: tanh within eps/2, the sum rounds by eps, halving is exact
    assert abs(sc.sigmoid_from_tanh(x) - sc.sigmoid(x)) <= 2 * EPS


@DETERMINISTIC
@given(probabilities)
def test_logit_round_trip(p: float) -> None:
    # x = logit(p) carries a relative error of 2 ulp = eps; sigma amplifies a relative error
    # of x by its condition number |x| (1 - p); sigma itself adds 2 ulp = eps
    x = sc.logit(p)
    tolerance = EPS * (1.0 + abs(x) * (1.0 - p)) + EPS
    assert abs(sc.sigmoid(x) - p) <= tolerance * p


@DETERMINISTIC
@given(moderate)
def test_two_class_softmax_is_the_sigmoid(x: float) -> None:
    # softmax([x, 0])[0] is e^(x-m) / (e^(x-m) + e^(-m)): the same operations as sigmoid's
    # e^x / (1 + e^x) up to which exponent is 0, so both are within 2 ulp: 4 ulp apart at most
    assert abs(sc.softmax([x, 0.0])[0] - sc.sigmoid(x)) <= 4 * EPS / 2 * sc.sigmoid(x) + TINY


@DETERMINISTIC
@given(st.lists(reals, min_size=1, max_size=20))
def test_softmax_is_a_distribution(xs: list[float]) -> None:
    s = sc.softmax(xs)
    assert np.all(s >= 0)
    assert abs(s.sum() - 1.0) <= len(xs) * EPS  # one rounding per term of the sum


@DETERMINISTIC
@given(reals, reals)
def test_sigmoid_is_monotonic(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert sc.sigmoid(low) <= sc.sigmoid(high)


@DETERMINISTIC
@given(moderate)
def test_log_sigmoid_is_log_of_sigmoid(x: float) -> None:
    # log is well conditioned away from sigma = 1; near it log(sigma) loses what log_sigmoid
    # keeps, so compare in absolute terms there: log(1 + d) within eps of d
    assert abs(sc.log_sigmoid(x) - np.log(sc.sigmoid(x))) <= 4 * EPS * max(1.0, abs(x))


@DETERMINISTIC
@given(moderate)
def test_softplus_derivative_is_sigmoid(x: float) -> None:
    # central difference with h = 1e-5: truncation h^2/6 |sigma''| <= 2e-12, rounding
    # eps |softplus| / h <= 2e-11 (1 + |x|)
    estimate = sc.central_difference(sc.softplus, x, 1e-5)
    assert abs(estimate - sc.sigmoid(x)) <= 1e-11 * (2 + abs(x))


@DETERMINISTIC
@given(st.floats(min_value=-700.0, max_value=700.0).filter(lambda x: abs(x) > 1e-3))
def test_derivative_matches_central_difference(x: float) -> None:
    estimate = sc.central_difference(sc.sigmoid, x, 1e-6)
    assert abs(estimate - sc.sigmoid_derivative(x)) <= 1e-9
