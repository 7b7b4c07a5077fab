"""The fixture site's one computed value."""

from __future__ import annotations

import dataclasses
import functools

import sigmoid_core as sc
from scripts.formatting import fixed
from scripts.model import Value, unique

VALUES: tuple[Value, ...] = (
    Value("slope_at_zero", lambda: float(sc.sigmoid_derivative(0.0)), fixed(2)),
)


def by_name() -> dict[str, Value]:
    unique(VALUES, "value")
    return {v.name: dataclasses.replace(v, compute=functools.cache(v.compute)) for v in VALUES}
