"""Every step of every displayed derivation is checked with SymPy (scripts/checks/steps.py), and a
wrong step, whichever way it is wrong, is caught."""

from __future__ import annotations

import re

import pytest
import sympy as sp

from scripts.checks import steps, tex
from scripts.content import derivations
from scripts.symbolic import X
from tests.conftest import ROOT, all_pages, english_name, english_pages

PAGES = all_pages()  # both editions: the translated derivations are checked too


def all_derivations() -> list[steps.Derivation]:
    """The English pages' derivations (a translation's are the same, scripts/checks/editions.py)."""
    return [
        d for page in english_pages() for d in steps.derivations(page.name, page.read_text("utf-8"))
    ]


def test_every_derivation_and_statement_holds() -> None:
    counted = [0, 0, 0]
    for page in PAGES:
        names = derivations.names(english_name(page))
        found = steps.check_page(page.name, page.read_text("utf-8"), names)
        counted = [a + b for a, b in zip(counted, found, strict=True)]
    derivation_count, step_count, statement_count = counted
    assert derivation_count >= 7 and step_count >= 28 and statement_count >= 5, counted


def with_row(derivation: steps.Derivation, index: int, row: str) -> steps.Derivation:
    rows = list(derivation.rows)
    rows[index] = row
    return steps.Derivation(derivation.page, derivation.line, tuple(rows))


def mutations(derivation: steps.Derivation) -> dict[str, steps.Derivation]:
    """A term added, a sign flipped, a fraction turned upside down, a factor dropped: each in the
    first step
    where it applies, after the first line (or, in a one-line chain, after its first equals
    sign); the commentary after && is left alone."""
    found: dict[str, steps.Derivation] = {}
    rows = derivation.rows
    if len(rows) == 1:  # one line: keep the left-hand side, mutate what follows it
        head, sign, tail = rows[0].partition("=")
        candidates = [(0, head + sign, tail)]
    else:
        candidates = [(index, "", rows[index]) for index in range(1, len(rows))]
    for index, keep, row in candidates:
        body, _, comment = row.partition("&&")
        suffix = "&&" + comment if comment else ""

        def put(
            kind: str, text: str, index: int = index, keep: str = keep, suffix: str = suffix
        ) -> None:
            found.setdefault(kind, with_row(derivation, index, keep + text + suffix))

        leading = re.match(r"\s*&?\s*(=|\\iff)?", body).end()  # a row's own relation stays
        put("term", body[:leading] + " 1 + " + body[leading:])

        if " - " in body or " + " in body:
            old, new = (" - ", " + ") if " - " in body else (" + ", " - ")
            put("sign", body.replace(old, new, 1))
        start = body.find("\\frac{")
        if start >= 0:
            middle = tex.balanced(body, start + 5, "{", "}")
            end = tex.balanced(body, middle, "{", "}")
            top, bottom = body[start + 6 : middle - 1], body[middle + 1 : end - 1]
            if top != bottom:
                put("fraction", body[:start] + f"\\frac{{{bottom}}}{{{top}}}" + body[end:])
        factor = re.search(r"\^\{?2\}?|\\sigma'\(x\)", body)
        if factor:
            put("factor", body[: factor.start()] + body[factor.end() :])
    return found


@pytest.mark.parametrize("derivation", all_derivations(), ids=lambda d: f"{d.page}:{d.line}")
def test_a_wrong_step_is_caught(derivation: steps.Derivation) -> None:
    names = derivations.names(derivation.page)
    steps.check(derivation, names)  # the original holds
    wrong = mutations(derivation)
    assert {"term", "sign"} <= set(wrong), sorted(wrong)
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


@pytest.mark.parametrize("order", [1, 2, 3])
def test_the_checkers_derivatives_of_sigma_are_the_derivatives_of_its_definition(
    order: int,
) -> None:
    """The checker writes sigma', sigma'' and sigma''' out in exponentials; each must be the
    derivative of 1/(1 + e^-x), or a proof using it would be checked against a wrong formula."""
    sigma = tex.to_sympy(r"\sigma(x)", {})
    written = tex.to_sympy(r"\sigma" + "'" * order + "(x)", {})
    assert sp.simplify(written - sp.diff(sigma, X, order)) == 0
