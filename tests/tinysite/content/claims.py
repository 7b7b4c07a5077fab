"""The fixture site's claims: one identity, one number."""

from __future__ import annotations

import sigmoid_core as sc
from scripts.model import Claim


def all_claims() -> tuple[Claim, ...]:
    return (
        Claim("page.md", r"\sigma(0) = \frac{1}{2}", lambda: sc.sigmoid(0.0) == 0.5),
        Claim(
            "page.md", r"$\sigma(2) \approx 0.8808$", lambda: f"{sc.sigmoid(2.0):.4f}" == "0.8808"
        ),
    )
