"""Every step of every displayed derivation is checked with SymPy (scripts/assets/steps.py), and a
wrong step, whichever way it is wrong, is caught."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.assets import derivations, steps
from tests.conftest import ROOT, build_site, copy_project

PAGES = sorted((ROOT / "docs").glob("*.md"))


def all_derivations() -> list[steps.Derivation]:
    return [d for page in PAGES for d in steps.derivations(page.name, page.read_text("utf-8"))]


def test_every_derivation_and_statement_holds() -> None:
    counted = [0, 0, 0]
    for page in PAGES:
        found = steps.check_page(page.name, page.read_text("utf-8"), derivations.names(page.name))
        counted = [a + b for a, b in zip(counted, found, strict=True)]
    derivation_count, step_count, statement_count = counted
    assert derivation_count >= 7 and step_count >= 28 and statement_count >= 5, counted


def with_row(derivation: steps.Derivation, index: int, row: str) -> steps.Derivation:
    rows = list(derivation.rows)
    rows[index] = row
    return steps.Derivation(derivation.page, derivation.line, tuple(rows))


def mutations(derivation: steps.Derivation) -> dict[str, steps.Derivation]:
    """A sign flipped, a fraction turned upside down, a factor dropped: each in the first row
    after the first where it applies (the commentary after && is left alone)."""
    found: dict[str, steps.Derivation] = {}
    for index in range(1, len(derivation.rows)):
        body, _, comment = derivation.rows[index].partition("&&")
        suffix = "&&" + comment if comment else ""
        if "sign" not in found and (" - " in body or " + " in body):
            flipped = (
                body.replace(" - ", " + ", 1) if " - " in body else body.replace(" + ", " - ", 1)
            )
            found["sign"] = with_row(derivation, index, flipped + suffix)
        start = body.find("\\frac{")
        if "fraction" not in found and start >= 0:
            middle = steps._balanced(body, start + 5, "{", "}")
            end = steps._balanced(body, middle, "{", "}")
            top, bottom = body[start + 6 : middle - 1], body[middle + 1 : end - 1]
            if top != bottom:
                upside_down = body[:start] + f"\\frac{{{bottom}}}{{{top}}}" + body[end:]
                found["fraction"] = with_row(derivation, index, upside_down + suffix)
        factor = re.search(r"\^\{?2\}?|\\sigma'\(x\)", body)
        if "factor" not in found and factor:
            dropped = body[: factor.start()] + body[factor.end() :]
            found["factor"] = with_row(derivation, index, dropped + suffix)
    return found


@pytest.mark.parametrize("derivation", all_derivations(), ids=lambda d: f"{d.page}:{d.line}")
def test_a_wrong_step_is_caught(derivation: steps.Derivation) -> None:
    names = derivations.names(derivation.page)
    steps.check(derivation, names)  # the original holds
    wrong = mutations(derivation)
    assert "sign" in wrong and len(wrong) >= 2, sorted(wrong)
    for kind, mutated in wrong.items():
        with pytest.raises(steps.StepError, match=rf"{derivation.page}: the derivation at line"):
            steps.check(mutated, names)
            pytest.fail(f"{kind} went unnoticed: {mutated.rows}")


def test_a_wrong_statement_in_the_prose_is_caught() -> None:
    text = (ROOT / "docs" / "derivative.md").read_text("utf-8")
    assert "$v' = -e^{-x}$" in text
    with pytest.raises(
        steps.StepError, match=r"derivative\.md: line \d+: \$v' = e\^\{-x\}\$ is false"
    ):
        steps.check_page(
            "derivative.md",
            text.replace("$v' = -e^{-x}$", "$v' = e^{-x}$"),
            derivations.names("derivative.md"),
        )


def test_a_step_the_checker_cannot_read_is_an_error() -> None:
    unreadable = steps.Derivation("page.md", 3, ("f(x) &= \\zeta(x)", "&= \\zeta(x)"))
    with pytest.raises(steps.StepError, match="does not read the command"):
        steps.check(unreadable, {})


@pytest.mark.build
def test_a_false_step_fails_the_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "tanh.md"
    text = page.read_text("utf-8")
    wrong = text.replace(
        "&= \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = \\tanh x",
        "&= \\frac{e^{x} + e^{-x}}{e^{x} - e^{-x}} = \\tanh x",
    )
    assert wrong != text
    page.write_text(wrong, encoding="utf-8")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(r"tanh\.md: the derivation at line \d+: the step to", result.stderr), (
        result.stderr[-2000:]
    )
