"""value_claim: a claim's number is typed once, in its text, and the check reads it from there.
In-process, no build: each case would pass if the helper ignored the text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scripts.content.claims import value_claim

CLAIMS = Path(__file__).resolve().parents[1] / "scripts" / "content" / "claims"


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("about 0.73", 0.7311, 0.7351),  # decimals from the text
        ("below $x \\approx -354.9$", -354.94, 354.94),  # the sign is read too
        ("h \\approx 1.5 \\times 10^{-8}", 1.49e-8, 1.49e-9),  # a TeX exponent
        ("about `2.0322e-313`", 2.03224e-313, 2.0324e-313),  # a code exponent
        ("With $h = 10^{-13}$ the", 1e-13, 1e-12),  # a power of ten
        ("exactly 1 from $x \\approx 8.32$ on", 8.318, 1.0),  # the lone digit is not the number
        ("near x = 37", 36.7, 37.6),  # a whole number
    ],
)
def test_the_number_is_read_from_the_text(text: str, right: float, wrong: float) -> None:
    assert value_claim("page.md", text, lambda: right).check() is True
    assert value_claim("page.md", text, lambda: wrong).check() is False


def test_several_numbers_in_order_and_two_forms_of_one() -> None:
    text = "at 36.74 in float64 and 17.33 in float32"
    assert value_claim("page.md", text, lambda: 36.741, lambda: 17.334).check()
    assert not value_claim("page.md", text, lambda: 17.334, lambda: 36.741).check()
    assert value_claim("page.md", "36.74", lambda: (36.741, 36.736)).check()
    assert not value_claim("page.md", "36.74", lambda: (36.741, 36.75)).check()


def test_the_further_condition_is_checked() -> None:
    assert not value_claim("page.md", "about 0.73", lambda: 0.73, also=lambda: False).check()


def test_a_text_with_too_few_numbers_is_refused() -> None:
    with pytest.raises(ValueError, match="fewer numbers"):
        value_claim("page.md", "the constant that makes the gap smallest", lambda: 1.0)


def test_no_claim_module_imports_the_core_privately() -> None:
    for path in CLAIMS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("sigmoid_core._"), path.name
