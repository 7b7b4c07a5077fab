"""Every number a page shows, accounted for: computed, checked or declared.

A page's Markdown source, the captions and descriptions of the figures it places and the
captions of its tables are scanned for numbers (digits, with a decimal part, thousands commas
or an exponent; ``10^{-8}`` gives 10 and 8). Fenced code blocks and comments are left out: the
code runs in the tests and its output is what it prints. What is code, math or a comment is
decided once, by the renderer's rules (scripts/markdown_parts.py). Each number must be

* computed: written as ``<!-- site:value NAME -->``, a `Value` the build computes and formats;
* checked: inside an occurrence of the text of one of the page's `Claim`s, whose check passes;
* declared: a `Definition` of the page (or of every page): a choice, not a result; or a digit
  that scripts/content/definitions.py declares for all formulas (any single digit) or for all
  prose (0, 1 and 2).

Anything else fails the build, naming the page and the number. A computed value placed after
a word that makes it a bound ("within", "at most", "below", "above", ...; in Chinese 不超过,
低于, ... before it or 以内 after it) must be declared one (``Value.bound``), so that it is
printed rounded outward, never to nearest. Pure text processing: the hooks call it, MkDocs is
not imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from scripts import markdown_parts
from scripts.catalogue import gettext
from scripts.markdown_parts import COMMENT, DISPLAY_MATH, FENCE, INLINE_CODE, INLINE_MATH
from scripts.model import Claim, Definition, Phrase, Value
from scripts.placeholders import PLACEHOLDER, blanked, names

# link and image targets, heading ids, and the number of an item that begins a block of a
# numbered list (after a blank line: in a paragraph, "3. " is prose): structure, not numbers
STRUCTURE = re.compile(r"\]\([^)\s]*\)|\{ #[\w-]+ \}|(?:\A|\n[ \t]*\n)[ \t]*\d+\.(?=[ \t])")
# a number not glued to a word before it (x_1, float64, log1p are names, not numbers)
NUMBER = re.compile(r"(?<![\w.\\])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?")


# words and inequality signs after which a number is a bound, and 以内 ("within"), which
# follows it
BOUND_BEFORE = re.compile(
    r"(?:\b(?:within|at most|at least|below|above|under|less than|more than|greater than)"
    r"|不超过|至多|至少|小于|大于|低于|高于|[<>≤≥]|\\l[et]q?\b|\\g[et]q?\b)"
    r"(?:[ \t\n$(\-\u2212]|为|是|\bx ?[=<>] ?)*$",
    re.IGNORECASE,
)
BOUND_AFTER = re.compile(r"^[ \t\n$)]*(?:%|倍)?[ \t\n]*(?:以内|之内)")
# where the single digits declared for formulas may stand: what the page renders as math, and
# inline code (scripts/markdown_parts.py: a \$ or a $ 5 $ is prose)
FORMULA_PARTS = (INLINE_MATH, DISPLAY_MATH, INLINE_CODE)


class UnaccountedNumberError(ValueError):
    """A number on a page that is neither computed, checked nor declared."""


class UnboundedValueError(ValueError):
    """A computed value placed as a bound but formatted to nearest."""


@dataclass
class Report:
    page: str
    computed: int = 0
    checked: int = 0
    declared: int = 0
    digits: int = 0  # of the declared: single digits of formulas and 0, 1, 2 in prose

    def line(self) -> str:
        return (
            f"{self.page:28} {self.computed:4d} computed {self.checked:4d} checked "
            f"{self.declared:4d} declared ({self.digits} of them single digits)"
        )


def value_text(name: str, values: dict[str, Value], where: str, language: str) -> str:
    """The value ``name`` formatted for the page, in its ``language`` (a clause, a `Phrase`,
    from the catalogue); an unknown name raises KeyError naming ``where``, and so does a clause
    without its translation (MissingTranslationError)."""
    if name not in values:
        raise KeyError(
            f"{where}: unknown value <!-- site:value {name} -->; declared: "
            f"{', '.join(sorted(values))}"
        )
    value = values[name]
    shown = value.format(value.compute())
    if not isinstance(shown, Phrase):
        return shown
    if shown.template not in value.phrases:
        raise ValueError(f"value {name}: {shown.template!r} is not one of its phrases")
    words = gettext(shown.template, language, f"{where}: value {name}", template=True)
    return words.format(**shown.fields)


def expand_values(text: str, values: dict[str, Value], where: str, language: str) -> str:
    """Replace each ``<!-- site:value NAME -->`` with its formatted value in ``language`` (the
    other placeholders stay). An unknown name raises KeyError naming ``where``."""

    def replace(match: re.Match[str]) -> str:
        if match[1] != "value":
            return match[0]
        return value_text(match[2].strip(), values, where, language)

    return PLACEHOLDER.sub(replace, text)


def values_placed_as_bounds(text: str) -> list[tuple[str, str]]:
    """Each ``<!-- site:value NAME -->`` of ``text`` that a bound word precedes (or 以内 follows),
    with that word in its context; code and comments are left out."""
    body = scannable(text)
    found = []
    for match in PLACEHOLDER.finditer(body):
        if match[1] != "value":
            continue
        before = body[max(0, match.start() - 20) : match.start()]
        after = body[match.end() : match.end() + 8]
        if BOUND_BEFORE.search(before) or BOUND_AFTER.search(after):
            context = f"{before}{match.group(0)}{after}".replace("\n", " ").strip()
            found.append((match[2].strip(), context))
    return found


def check_bounds(page: str, texts: Iterable[str], values: dict[str, Value]) -> None:
    """Raise UnboundedValueError naming every value placed as a bound in ``texts`` that is not
    declared an upper or lower bound (unknown names are left to `expand_values`)."""
    wrong = [
        f"{name} in ...{context}..."
        for text in texts
        for name, context in values_placed_as_bounds(text)
        if name in values and not values[name].bound
    ]
    if wrong:
        raise UnboundedValueError(
            f"{page}: {len(wrong)} value(s) placed as a bound but rounded to nearest; declare "
            "each an upper or lower bound in scripts/content/values.py (rounded outward): "
            + "; ".join(wrong)
        )


def scannable_code_only(text: str) -> str:
    """The text with code (fenced blocks and inline spans) blanked, positions kept."""
    return markdown_parts.blank(text, (FENCE, INLINE_CODE))


def scannable(text: str) -> str:
    """The text with code fences, comments, link targets, heading ids and list items' numbers
    blanked (same length, so positions stay those of the source)."""
    return STRUCTURE.sub(
        lambda m: re.sub(r"[^\n]", " ", m.group(0)), markdown_parts.blank(text, (FENCE, COMMENT))
    )


def account(
    page: str,
    texts: Iterable[str],
    claims: Iterable[Claim],
    definitions: Iterable[Definition],
    values: dict[str, Value],
    formula_digits: frozenset[str] = frozenset(),
    prose_digits: frozenset[str] = frozenset(),
) -> Report:
    """Account for every number in ``texts`` (the page's source, then its figures' and tables'
    typed text); raise UnaccountedNumberError listing every one that is not. ``formula_digits``
    are the single digits declared for formulas and inline code, ``prose_digits`` those
    declared everywhere."""
    claim_texts = [c.text for c in claims if c.page == page]
    declared = {d.number for d in definitions if d.page in (page, "*")}
    report = Report(page)
    missing: list[str] = []
    for text in texts:
        report.computed += len(names(scannable(text), "value"))
        body = scannable(blanked(text))
        covered = _mask(len(body), (m.span() for t in claim_texts for m in _occurrences(t, body)))
        in_formula = _mask(
            len(body),
            ((p.start, p.end) for p in markdown_parts.of_kind(text, FORMULA_PARTS)),
        )
        for match in NUMBER.finditer(body):
            number = match.group(0)
            if all(covered[i] for i in range(match.start(), match.end())):
                report.checked += 1
            elif number in declared:
                report.declared += 1
            elif number in prose_digits or (number in formula_digits and in_formula[match.start()]):
                report.declared += 1
                report.digits += 1
            else:
                context = body[max(0, match.start() - 30) : match.end() + 30].replace("\n", " ")
                missing.append(f"{number} in ...{context.strip()}...")
    if missing:
        raise UnaccountedNumberError(
            f"{page}: {len(missing)} number(s) neither computed (<!-- site:value NAME -->), "
            "checked by a claim, nor declared as a definition (scripts/content/definitions.py): "
            + "; ".join(missing)
        )
    return report


def _occurrences(needle: str, text: str) -> Iterable[re.Match[str]]:
    return re.finditer(re.escape(needle), text)


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> list[bool]:
    """True at every position inside one of ``spans``."""
    mask = [False] * length
    for start, end in spans:
        mask[start:end] = [True] * (end - start)
    return mask
