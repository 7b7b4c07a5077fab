"""Shared helpers for the tests."""

from __future__ import annotations

import numpy as np


def ulp_distance(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """How many representable numbers lie between ``actual`` and ``expected`` (same dtype).

    Floats are mapped to integers in the order of their values (the sign-magnitude bit pattern
    becomes two's complement), so the distance counts ulps across 0 and across binades alike;
    +0 and -0 are the same point. Equal infinities are at distance 0, NaN against NaN too.
    """
    actual, expected = np.broadcast_arrays(np.asarray(actual), np.asarray(expected))
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    bits = {4: np.int32, 8: np.int64}[actual.dtype.itemsize]
    magnitude = np.iinfo(bits).max

    def ordered(a: np.ndarray) -> list[int]:
        i = a.view(bits)
        return np.where(i < 0, -(i & magnitude), i).tolist()

    distance = np.array(
        [abs(p - q) for p, q in zip(ordered(actual), ordered(expected))], dtype=np.float64
    )
    both_nan = np.isnan(actual) & np.isnan(expected)
    distance[both_nan] = 0
    distance[np.isnan(actual) != np.isnan(expected)] = np.inf
    return distance
