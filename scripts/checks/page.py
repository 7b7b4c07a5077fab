"""Every check the build runs on a page's Markdown, as plain functions: each raises PageError
naming the page (its file, ``written``: docs/NAME.md or docs/NAME.zh.md), and the hooks turn
that into MkDocs' PluginError. The declarations come in as arguments; MkDocs is not imported,
so each failure is tested in-process (tests/test_page_checks.py).

* ``refuse_malformed_placeholders``: a near miss of the placeholder syntax (placeholders.py);
* ``check_in_step``: a Chinese page keeps its English page's structure (editions.py);
* ``account_numbers``: every number computed, checked or declared, and a value placed as a
  bound declared one (numbers.py);
* ``check_claims``: each claim of the page appears on it and holds (cached by key);
* ``check_derivations``: every derivation step and proof statement holds (steps.py; cached);
* ``check_exercises``: a teaching page ends with its exercises, each with a collapsed answer
  (exercises.py).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import numpy as np

from scripts import placeholders
from scripts.model import Claim, Definition, Value

from . import editions, exercises, numbers, steps


class PageError(ValueError):
    """A page the build refuses; the message names the page and what is wrong."""


def refuse_unknown_pages(
    pages: set[str], claims: Iterable[Claim], definitions: Iterable[Definition]
) -> None:
    """Every claim names one of ``pages``; every definition one of them or "*" (every page)."""
    for claim in claims:
        if claim.page not in pages:
            raise PageError(f"claim {claim.text!r} names page {claim.page!r}, which does not exist")
    for definition in definitions:
        if definition.page not in pages | {"*"}:
            raise PageError(
                f"definition {definition.number!r} names page {definition.page!r}, "
                "which does not exist"
            )


def refuse_malformed_placeholders(written: str, markdown: str) -> None:
    """A malformed placeholder, one of an unknown kind, or a block placeholder that does not
    stand on its own line (code is left out: it may show the syntax)."""
    try:
        placeholders.refuse_malformed(written, numbers.scannable_code_only(markdown))
    except placeholders.PlaceholderError as exc:
        raise PageError(str(exc)) from exc


def check_in_step(written: str, markdown: str, source: str, english: str) -> None:
    """The translated page ``written`` has the structure of ``source``, whose Markdown is
    ``english``."""
    try:
        editions.check_in_step(written, markdown, source, english)
    except editions.EditionError as exc:
        raise PageError(str(exc)) from exc


def stated_claims(
    claims: Iterable[Claim], source: str, text_in: Callable[[Claim], str]
) -> dict[Claim, Claim]:
    """The claims of the page ``source``, each with itself as the page's language states it
    (``text_in`` gives its text in that language; a KeyError from it, a text with no
    translation, becomes a PageError with its message)."""
    try:
        return {c: dataclasses.replace(c, text=text_in(c)) for c in claims if c.page == source}
    except KeyError as exc:
        raise PageError(str(exc)) from exc


def account_numbers(
    written: str,
    source: str,
    texts: list[str],
    stated: Iterable[Claim],
    definitions: Iterable[Definition],
    values: dict[str, Value],
    formula_digits: frozenset[str],
    prose_digits: frozenset[str],
) -> numbers.Report:
    """Every number of ``texts`` (the page's Markdown, its description, its figures', tables'
    and widgets' typed text) is computed, checked by one of the ``stated`` claims or declared;
    a value placed as a bound is declared one. Returns the page's report."""
    try:
        report = numbers.account(
            source, texts, stated, definitions, values, formula_digits, prose_digits
        )
        numbers.check_bounds(source, texts, values)
    except (numbers.UnaccountedNumberError, numbers.UnboundedValueError) as exc:
        raise PageError(str(exc).replace(source, written, 1)) from exc
    report.page = written
    return report


def holds(result: object) -> bool:
    """A claim's check passed: it returned True (a Python or a numpy bool); anything else, an
    array among them, proves nothing."""
    return isinstance(result, (bool, np.bool_)) and bool(result)


def check_claims(
    written: str,
    claims: Mapping[Claim, Claim],
    texts: list[str],
    key: Callable[[Claim], str],
    passed: set[str],
    used: set[str],
) -> None:
    """Each claim (as declared, and as the page's language states it) appears in one of
    ``texts`` and holds. A claim whose ``key`` is in ``passed`` is not checked again; every
    claim's key goes into ``used``, and each that passed into ``passed``."""
    for claim, stated in claims.items():
        if not any(stated.text in text for text in texts):
            raise PageError(
                f"{written}: the claim {stated.text!r} is checked by the build but "
                "does not appear on the page (update the page or the claim)"
            )
        claim_key = key(claim)
        used.add(claim_key)
        if claim_key in passed:
            continue
        try:
            result = claim.check()
        except Exception as exc:  # a check that cannot run proves nothing
            raise PageError(f"{written}: checking the claim {claim.text!r} raised {exc!r}") from exc
        if not holds(result):
            raise PageError(f"{written}: the claim {claim.text!r} is false")
        passed.add(claim_key)


# a page's entry in the derivations' cache, as JSON has it: [key, [derivations, steps, statements]]
DerivationEntry = list[Any]


def check_derivations(
    written: str,
    markdown: str,
    names: dict[str, str],
    key: Callable[..., str],
    passed: Mapping[str, DerivationEntry],
) -> DerivationEntry | None:
    """Every step of the page's derivations and every prose statement about a proof's
    ``names``, checked with SymPy; None for a page with neither. Returns the cache entry,
    [key, counts]: ``key`` of the derivations' text, the statements and the names; counts of
    derivations, steps and statements. An entry in ``passed`` with the same key is reused."""
    found = steps.derivations(written, markdown)
    if not found and not names:
        return None
    entry_key = key(
        written,
        [d.rows for d in found],
        steps.statements(markdown, names),
        sorted(names.items()),
    )
    entry = passed.get(written)
    if entry and entry[0] == entry_key:
        return [entry_key, entry[1]]
    try:
        counts = list(steps.check_page(written, markdown, names))
    except steps.StepError as exc:
        raise PageError(str(exc)) from exc
    return [entry_key, counts]


def refuse_mistranslations(
    written: str, source: str, output: str, mistranslations: Iterable[str], explained_on: str
) -> None:
    """None of ``mistranslations`` in the page's HTML, but on the page that explains them
    (``explained_on``, in either language: ``source`` is the English page's name)."""
    if source == explained_on:
        return
    found = [m for m in mistranslations if m in output]
    if found:
        raise PageError(
            f"{written}: {', '.join(found)} is a mistranslation (see "
            "scripts/content/glossary.py); only the sigmoid page may name it, to explain it"
        )


def check_exercises(
    written: str, markdown: str, words: exercises.Words, required: bool, minimum: int
) -> Counter[str]:
    """The page's exercises by kind; they must be there, at least ``minimum`` of them and one of
    each kind, where ``required``, and in their shape wherever they are."""
    try:
        return exercises.check(written, markdown, words, required, minimum)
    except exercises.ExerciseError as exc:
        raise PageError(str(exc)) from exc
