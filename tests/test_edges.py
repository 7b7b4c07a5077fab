"""Edge values and the input/output contract, one behaviour a test."""

from __future__ import annotations

import math
import re
import warnings

import numpy as np
import pytest

import sigmoid_core as sc
from sigmoid_core import naive
from sigmoid_core._array import BLOCK
from tests import reference

# every function that maps an array element-wise, with the arguments it needs besides x
ELEMENTWISE = [
    name
    for name in sc.__all__
    if name not in {"softmax", "forward_difference", "central_difference"}
]
FINITE_EXTREMES = np.array(
    [
        -np.finfo(np.float64).max,
        -1e300,
        -745.2,
        -720.0,
        -709.9,
        -40.0,
        -1e-300,
        -0.0,
        0.0,
        5e-324,
        1e-300,
        16.7,
        36.8,
        40.0,
        720.0,
        1e300,
        np.finfo(np.float64).max,
    ]
)
SPECIALS = np.array([-np.inf, np.inf, np.nan])


def call(name: str, x: object) -> np.ndarray:
    if name == "logit":  # its domain is [0, 1]; map the inputs there
        x = sc.sigmoid(x)
    if name == "sigmoid_derivative_from_output":
        x = sc.sigmoid(x)
    return getattr(sc, name)(x)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_no_floating_point_warning_for_any_input(name: str) -> None:
    x = np.concatenate([FINITE_EXTREMES, SPECIALS, np.linspace(-800, 800, 3001)])
    inputs = [
        np.clip(x, -np.finfo(t).max, np.finfo(t).max).astype(t)  # each type's extremes
        for t in (np.float64, np.float32, np.float16)
    ]
    wide = np.finfo(np.longdouble)  # and long double's, far beyond float64's
    inputs.append(
        np.concatenate(
            [
                x.astype(np.longdouble),
                [-wide.max, wide.max, -11400.0, -11356.6, 11357.0, wide.smallest_subnormal],
            ]
        ).astype(np.longdouble)
    )
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        for values in inputs:
            call(name, values)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_nan_propagates(name: str) -> None:
    assert np.isnan(getattr(sc, name)(np.nan))


@pytest.mark.parametrize("name", ELEMENTWISE)
@pytest.mark.parametrize(
    ("dtype", "expected"),
    [
        (np.float64, np.float64),
        (np.float32, np.float32),
        (np.float16, np.float16),
        (np.longdouble, np.longdouble),
        (np.int64, np.float64),
        (np.int8, np.float64),
        (np.uint16, np.float64),
        (np.bool_, np.float64),
    ],
)
def test_dtype_policy(name: str, dtype: type, expected: type) -> None:
    x = np.array([0, 1, 1], dtype=dtype)
    assert getattr(sc, name)(x).dtype == expected


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_zero_dimensional_input_gives_a_numpy_scalar(name: str) -> None:
    for x in (0.5, np.float32(0.5), np.array(0.5), 1, True):
        result = getattr(sc, name)(x)
        assert isinstance(result, np.floating) and not isinstance(result, np.ndarray)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_shape_is_kept(name: str) -> None:
    for shape in [(0,), (3, 0), (2, 3), (2, 1, 4)]:
        x = np.full(shape, 0.25)
        assert getattr(sc, name)(x).shape == shape
    assert getattr(sc, name)([[0.0, 0.5]]).shape == (1, 2)


@pytest.mark.parametrize("name", ELEMENTWISE)
def test_blocks_and_layouts_give_the_same_values(name: str) -> None:
    """Inputs larger than a block, Fortran order and strided views are evaluated alike."""
    x = np.linspace(-30, 30, 2 * BLOCK + 7)
    whole = call(name, x)
    one_by_one = np.array([call(name, v) for v in x[:: BLOCK // 4]])
    assert np.array_equal(whole[:: BLOCK // 4], one_by_one)
    grid = x[: 6 * 1000].reshape(60, 100)
    assert np.array_equal(call(name, np.asfortranarray(grid)), call(name, grid))
    assert np.array_equal(call(name, grid[:, ::3]), call(name, grid)[:, ::3])


@pytest.mark.parametrize("name", ELEMENTWISE + ["softmax"])
def test_input_is_not_modified(name: str) -> None:
    x = np.linspace(0.1, 0.9, 11)
    before = x.copy()
    getattr(sc, name)(x)
    assert np.array_equal(x, before)


@pytest.mark.parametrize("name", ELEMENTWISE + ["softmax"])
@pytest.mark.parametrize(
    "bad",
    [
        np.array([1 + 2j]),
        np.array(["0.5"]),
        np.array([b"0.5"]),
        np.array([0.5], dtype=object),
        np.array(["2026-11-23"], dtype="datetime64[D]"),
        np.array([0.5], dtype=np.clongdouble),
    ],
    ids=["complex", "str", "bytes", "object", "datetime", "complex long double"],
)
def test_unsupported_dtype_raises_type_error_naming_function_and_dtype(
    name: str, bad: np.ndarray
) -> None:
    with pytest.raises(TypeError, match=rf"{name}\(\).*{re.escape(str(bad.dtype))}"):
        getattr(sc, name)(bad)


def test_exact_limits() -> None:
    assert sc.sigmoid(-np.inf) == 0.0 and sc.sigmoid(np.inf) == 1.0
    assert sc.sigmoid_derivative(np.inf) == 0.0 and sc.sigmoid_derivative(-np.inf) == 0.0
    assert sc.log_sigmoid(np.inf) == 0.0 and sc.log_sigmoid(-np.inf) == -np.inf
    assert sc.logit(0.0) == -np.inf and sc.logit(1.0) == np.inf
    assert np.isnan(sc.logit([-0.1, 1.1, -np.inf, np.inf])).all()
    assert sc.tanh_from_sigmoid(np.inf) == 1.0 and sc.tanh_from_sigmoid(-np.inf) == -1.0
    assert sc.silu(-np.inf) == 0.0 and sc.silu(np.inf) == np.inf
    assert sc.silu_derivative(-np.inf) == 0.0 and sc.silu_derivative(np.inf) == 1.0
    assert sc.relu(-np.inf) == 0.0 and sc.leaky_relu(-np.inf) == -np.inf


def test_values_at_zero() -> None:
    assert sc.sigmoid(0.0) == 0.5
    assert sc.sigmoid_derivative(0.0) == 0.25
    assert sc.sigmoid_second_derivative(0.0) == 0.0
    assert sc.logit(0.5) == 0.0
    assert sc.log_sigmoid(0.0) == -math.log(2)
    assert sc.relu_derivative(0.0) == 0.0  # the subgradient PyTorch and JAX choose
    assert sc.leaky_relu_derivative(0.0, negative_slope=0.2) == 0.2


def test_long_double_keeps_its_range_and_precision() -> None:
    if np.finfo(np.longdouble).nmant <= 52:
        pytest.skip("long double is float64 on this platform: nothing more to keep")
    x = np.array([-11000.0, -800.0, 1e-17, 40.0], dtype=np.longdouble)
    s = sc.sigmoid(x)
    assert s.dtype == np.longdouble
    assert s[0] > 0 and s[1] > 0  # both 0 in float64: e^-800 underflows there
    assert s[2] > 0.5 and 1 - s[3] > 0  # both round to 0.5 and 1 in float64
    near_one = 1 - np.longdouble(2.0) ** -60  # 1 in float64
    # logit(1 - 2^-60) = 60 log 2 + log1p(-2^-60): the second term, -8.7e-19, is a quarter of
    # an ulp of the result in x86's 80-bit long double but 1.4e14 of them in binary128
    # (aarch64), so the reference is mpmath's, not 60 log 2
    expected = reference.evaluate(reference.logit, np.array([near_one]))[0]
    assert abs(sc.logit(near_one) - expected) <= 2 * np.spacing(expected)


def test_subnormal_tail_is_not_flushed_to_zero() -> None:
    x = np.array([-720.0, -740.0])
    assert np.array_equal(sc.sigmoid(x), np.exp(x))
    assert np.all(sc.sigmoid(x) > 0)


def test_derivative_keeps_precision_where_textbook_form_cancels() -> None:
    x = np.array([37.0, 40.0, 100.0])
    assert np.all(sc.sigmoid_derivative(x) > 0)
    np.testing.assert_allclose(sc.sigmoid_derivative(x), np.exp(-x), rtol=1e-15)


def test_naive_forms_fail_as_documented() -> None:
    with pytest.raises(OverflowError):
        naive.sigmoid_math_loop([-710.0])
    assert naive.sigmoid_math_loop([0.0]) == [0.5]
    with pytest.warns(RuntimeWarning, match="overflow"):
        assert naive.sigmoid_naive(-720.0) == 0.0  # the truth is 2.1e-313
    assert naive.sigmoid_derivative_naive(37.0) == 0.0  # the truth is 8.5e-17


def test_derivative_from_output_refuses_what_cannot_be_an_output() -> None:
    with pytest.raises(ValueError, match="sigmoid_derivative\\(x\\)"):
        sc.sigmoid_derivative_from_output([0.5, 3.0])
    with pytest.raises(ValueError):
        sc.sigmoid_derivative_from_output(-0.25)
    assert sc.sigmoid_derivative_from_output(0.0) == 0.0  # x = 0 passed for y: the pitfall


@pytest.mark.parametrize("slope", [-0.1, 1.5, np.nan, np.inf])
def test_leaky_relu_rejects_slopes_outside_unit_interval(slope: float) -> None:
    with pytest.raises(ValueError, match="negative_slope"):
        sc.leaky_relu(1.0, negative_slope=slope)
    with pytest.raises(ValueError, match="negative_slope"):
        sc.leaky_relu_derivative(1.0, negative_slope=slope)


def test_leaky_relu_values() -> None:
    x = np.array([-2.0, 0.0, 3.0])
    np.testing.assert_array_equal(sc.leaky_relu(x, 0.1), [-0.2, 0.0, 3.0])
    np.testing.assert_array_equal(sc.leaky_relu_derivative(x, 0.1), [0.1, 0.1, 1.0])
    np.testing.assert_array_equal(sc.leaky_relu(x, 0.0), sc.relu(x))


def test_softmax_along_an_axis() -> None:
    x = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    np.testing.assert_allclose(sc.softmax(x, axis=1).sum(axis=1), 1.0)
    np.testing.assert_allclose(sc.softmax(x, axis=0).sum(axis=0), 1.0)
    np.testing.assert_allclose(sc.softmax(x)[1], 1 / 3)
    assert sc.softmax(x.astype(np.float32)).dtype == np.float32


def test_softmax_is_stable_for_any_input() -> None:
    with np.errstate(all="raise"):
        np.testing.assert_array_equal(sc.softmax([1000.0, 0.0]), [1.0, 0.0])
        np.testing.assert_array_equal(sc.softmax([1e308, -1e308]), [1.0, 0.0])
        np.testing.assert_array_equal(sc.softmax([np.inf, 0.0, np.inf]), [0.5, 0.0, 0.5])
        np.testing.assert_allclose(sc.softmax([-np.inf, -np.inf]), [0.5, 0.5])
        assert np.isnan(sc.softmax([1.0, np.nan])).all()
    assert sc.softmax(3.0) == 1.0
    assert sc.softmax(np.empty((2, 0))).shape == (2, 0)
    with pytest.raises(np.exceptions.AxisError):
        sc.softmax([1.0, 2.0], axis=1)


def test_finite_differences() -> None:
    exact = sc.sigmoid_derivative(1.0)
    assert abs(sc.central_difference(sc.sigmoid, 1.0, 1e-5) - exact) < 1e-10
    assert abs(sc.forward_difference(sc.sigmoid, 1.0, 1e-8) - exact) < 1e-7
    steps = np.array([1e-2, 1e-4])
    assert sc.central_difference(sc.sigmoid, 1.0, steps).shape == (2,)
    for bad in (0.0, -1e-3, np.nan, np.inf):
        with pytest.raises(ValueError, match="h > 0"):
            sc.forward_difference(sc.sigmoid, 1.0, bad)
    with np.errstate(all="raise"):  # x + h rounds to x: nothing was differenced, no warning
        assert np.isnan(sc.forward_difference(sc.sigmoid, 1.0, 1e-17))
    with pytest.raises(TypeError, match="callable"):
        sc.central_difference("sigmoid", 1.0, 1e-3)


def test_package_is_typed() -> None:
    from importlib.resources import files

    assert files("sigmoid_core").joinpath("py.typed").is_file()
