"""The fixture site's one figure."""

from __future__ import annotations

import numpy as np

import sigmoid_core as sc
from scripts.model import Figure, curve, find, marked, unique


def drawn(x: np.ndarray) -> np.ndarray:
    """What the curve draws: tests/test_tinysite.py edits this body, not the declaration."""
    return sc.sigmoid(x)


FIGURES: tuple[Figure, ...] = (
    Figure(
        "sigmoid",
        "The sigmoid on [−8, 8].",
        "An S-shaped curve through (0, 1/2).",
        (curve("σ(x)", drawn, (-8, 8)), marked("(0, 1/2)", [0.0], sc.sigmoid, color=3)),
        ylabel="σ(x)",
        x_range=(-8, 8),
        y_range=(-0.05, 1.05),
    ),
)


def named(name: str) -> Figure:
    return find(FIGURES, name, "figure")


unique(FIGURES, "figure")
