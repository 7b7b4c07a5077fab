"""Every step of every displayed derivation, checked with SymPy.

A derivation is an ``aligned`` block whose rows after the first begin with a relation
(``&= ...`` or ``&\\iff ...``). Each row is split at its top-level ``=`` (or ``\\iff``) signs, and
each piece must equal the one before it as a function of the free variables; an ``\\iff`` chain's
equations must have the same solutions for ``x``. Text after ``&&`` (``\\text{quotient rule}``)
is commentary and ignored. Standard notation needs no setup (scripts/checks/tex.py reads it):
``\\sigma``, ``\\sigma'``, ``\\sigma''``, ``\\sigma'''`` of any argument, ``\\tanh``,
``\\operatorname{logit}``, ``e^{...}``, ``\\ln``, ``\\frac``, ``\\left( ... \\right)``; names a
proof introduces itself (``u``, ``v``) come from the page's declarations
(scripts/content/derivations.py), whose derivatives are computed, never declared. The display
and inline formulas are those the page renders (scripts/markdown_parts.py).

Pure text and SymPy: the hooks call it, MkDocs is not imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from scripts import markdown_parts
from scripts.markdown_parts import DISPLAY_MATH, INLINE_MATH
from scripts.symbolic import X

from .tex import TexError, to_sympy

ALIGNED = re.compile(r"\\begin\{aligned\}(.*?)\\end\{aligned\}", re.DOTALL)
RELATION = re.compile(r"\\iff|(?<![<>\\])=")
LEADING_RELATION = re.compile(r"&\s*(=|\\iff)")
ANY_LEADING_RELATION = re.compile(r"&\s*(=|\\iff|<|>|\\le|\\ge|\\approx|\\ne)")


class StepError(ValueError):
    """A step that is false, or that the checker cannot decide."""


@dataclass(frozen=True)
class Derivation:
    page: str
    line: int  # where the aligned block starts in the page's source
    rows: tuple[str, ...]


def derivations(page: str, markdown: str) -> list[Derivation]:
    """The page's displayed chains of relations: aligned blocks whose rows after the first begin
    with a relation, and one-line displays with two or more top-level equals signs (a display
    of several statements side by side, separated by \\qquad, is not a chain; nor is a system
    of definitions such as the LSTM's equations). A row that begins with a relation the checker
    does not decide (<, \\le, \\approx ...) is a StepError, never skipped."""
    found = []
    for display in markdown_parts.of_kind(markdown, DISPLAY_MATH):
        body = display.body.strip()
        line = markdown_parts.line_of(markdown, display.start)
        aligned = ALIGNED.search(body)
        if aligned:
            rows = tuple(r for r in (row.strip() for row in aligned.group(1).split("\\\\")) if r)
            if len(rows) > 1 and all(ANY_LEADING_RELATION.match(row) for row in rows[1:]):
                undecided = [r for r in rows[1:] if not LEADING_RELATION.match(r)]
                if undecided:
                    raise StepError(
                        f"{page}: the derivation at line {line}: the checker does "
                        f"not decide the relation in {undecided[0]!r}"
                    )
                found.append(Derivation(page, line, rows))
        elif (
            "\\qquad" not in body
            and "\\begin" not in body
            and sum(1 for relation, _ in pieces(body) if relation == "=") >= 2
        ):
            found.append(Derivation(page, line, (body,)))
    return found


def pieces(row: str) -> list[tuple[str, str]]:
    """A row as (relation, expression) pairs: the commentary after && dropped, & removed."""
    body = row.split("&&")[0].replace("&", " ")
    body = re.sub(r"\\qquad|\\blacksquare|\\quad", " ", body)
    out, depth, start, relation = [], 0, 0, ""
    i = 0
    while i < len(body):
        char = body[i]
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
        elif depth == 0:
            match = RELATION.match(body, i)
            if match:
                out.append((relation, body[start:i]))
                relation, start = match.group(0), match.end()
                i = match.end()
                continue
        i += 1
    out.append((relation, body[start:]))
    return [(r, e.strip().rstrip(".,").strip()) for r, e in out if e.strip() or r]


def equal(a: sp.Expr, b: sp.Expr) -> bool:
    difference = sp.simplify((a - b).rewrite(sp.exp))
    return difference == 0 or sp.simplify(sp.expand(difference)) == 0


def solutions(equation: tuple[sp.Expr, sp.Expr]) -> list[sp.Expr]:
    return sp.solve(sp.Eq(*equation), X)


def same_solutions(a: list[sp.Expr], b: list[sp.Expr]) -> bool:
    """Equal solution lists; logarithms are compared through their exponentials, so that
    log(-p/(p - 1)) and log(p/(1 - p)) are recognised as one."""

    def same(s: sp.Expr, t: sp.Expr) -> bool:
        return equal(s, t) or sp.simplify(sp.exp(s) - sp.exp(t)) == 0

    return len(a) == len(b) and all(any(same(s, t) for t in b) for s in a)


def check(derivation: Derivation, names: dict[str, str]) -> int:
    """Check every step; return how many. StepError names the page, the derivation's line and
    the step when one is false or cannot be read."""
    where = f"{derivation.page}: the derivation at line {derivation.line}"
    chain: list[tuple[str, str]] = []
    for row in derivation.rows:
        chain += pieces(row)
    if any(relation == "\\iff" for relation, _ in chain):
        return _check_equivalences(where, chain, names)
    previous, steps = None, 0
    for relation, tex in chain:
        try:
            current = to_sympy(tex, names) if tex else None
        except TexError as exc:
            raise StepError(f"{where}: {exc}") from exc
        if relation and previous is not None:
            if current is None or not equal(previous[1], current):
                raise StepError(
                    f"{where}: the step to {tex!r} does not follow from {previous[0]!r}"
                )
            steps += 1
        previous = (tex, current)
    return steps


def _check_equivalences(where: str, chain: list[tuple[str, str]], names: dict[str, str]) -> int:
    equations: list[list[str]] = []
    pending: list[str] = []
    for relation, tex in chain:
        if relation == "\\iff" and pending:
            equations.append(pending)
            pending = []
        pending.append(tex)
    equations.append(pending)
    reference, steps = None, 0
    for sides in equations:
        if len(sides) != 2:
            raise StepError(f"{where}: {' = '.join(sides)!r} is not one equation")
        try:
            left, right = (to_sympy(s, names) for s in sides)
        except TexError as exc:
            raise StepError(f"{where}: {exc}") from exc
        found = solutions((left, right))
        if reference is not None:
            if not same_solutions(found, reference[1]):
                raise StepError(
                    f"{where}: {' = '.join(sides)!r} is not equivalent to {reference[0]!r}"
                )
            steps += 1
        reference = (" = ".join(sides), found)
    return steps


def statements(markdown: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(line, TeX) of the prose equations that state the value of one of the proof's names."""
    found = []
    for formula in markdown_parts.of_kind(markdown, INLINE_MATH):
        sides = [tex for _, tex in pieces(formula.body)]
        if len(sides) == 2 and sides[0].strip() in names:
            found.append((markdown_parts.line_of(markdown, formula.start), formula.body))
    return found


def check_page(page: str, markdown: str, names: dict[str, str]) -> tuple[int, int, int]:
    """Check every derivation and every statement about the proof's names on a page; return
    (derivations, steps, statements)."""
    found = derivations(page, markdown)
    steps = sum(check(derivation, names) for derivation in found)
    stated = statements(markdown, names)
    for line, tex in stated:
        try:
            left, right = (to_sympy(side, names) for _, side in pieces(tex))
        except TexError as exc:
            raise StepError(f"{page}: line {line}: {exc}") from exc
        if not equal(left, right):
            raise StepError(f"{page}: line {line}: ${tex}$ is false")
    return len(found), steps, len(stated)
