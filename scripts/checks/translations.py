"""The Chinese edition's words for the declarations: each English text a Chinese page shows
(a claim's text, a figure's caption, description, legend labels and axis labels, a table's
caption, header and text cells) is looked up in the phrasebook of scripts/content/zh/, keyed by
the English text itself. An English edit therefore leaves no Chinese text silently stale: the
old key stops matching and the build names the text that needs a new translation.

Text without English words (a formula, a number, a code name) is the same in both languages
and needs no entry."""

from __future__ import annotations

import dataclasses
import re

from scripts.model import Claim, Figure, Table

from . import markdown_parts

LANGUAGES = ("en", "zh")
DEFAULT = "en"
# each edition's <html lang>: Simplified Chinese by its script, so that a browser without the
# stylesheet's font list picks Simplified glyph shapes (the editions' paths and hreflang stay zh)
HTML_LANG = {"en": "en", "zh": "zh-Hans"}
# words outside formulas and code (as the page renders them, scripts/checks/markdown_parts.py)
# and outside TeX commands: text that has them must be translated
TEX_COMMAND = re.compile(r"\\(?:operatorname|mathrm)\{[^}]*\}|\\[A-Za-z]+")
WORD = re.compile(r"[A-Za-z]{3,}")


class MissingTranslationError(KeyError):
    """An English text a Chinese page needs has no entry in the phrasebook."""

    def __str__(self) -> str:
        return str(self.args[0])


def has_words(text: str) -> bool:
    outside = markdown_parts.blank(text, (*markdown_parts.MATH, *markdown_parts.CODE))
    return WORD.search(TEX_COMMAND.sub(" ", outside)) is not None


def phrase(text: str, language: str, where: str) -> str:
    """``text`` in ``language``; MissingTranslationError naming ``where`` if it has words and
    the phrasebook has no entry for it."""
    if language == DEFAULT or not text:
        return text
    from scripts.content.zh import phrases

    if text in phrases():
        return phrases()[text]
    if not has_words(text):
        return text
    raise MissingTranslationError(
        f"{where}: no Chinese for {text!r}: add it to the phrasebook of the page in "
        "scripts/content/zh/ (an English edit changes the key: translate the new text)"
    )


def claim_text(claim: Claim, language: str) -> str:
    return phrase(claim.text, language, f"the claim of {claim.page}")


def figure(declared: Figure, language: str) -> Figure:
    """The figure with its words in ``language``; its data functions are the same objects."""
    if language == DEFAULT:
        return declared
    where = f"figure {declared.name!r}"
    return dataclasses.replace(
        declared,
        caption=phrase(declared.caption, language, where),
        description=phrase(declared.description, language, where),
        xlabel=phrase(declared.xlabel, language, where),
        ylabel=phrase(declared.ylabel, language, where),
        series=tuple(
            dataclasses.replace(s, label=phrase(s.label, language, where)) for s in declared.series
        ),
    )


def table(declared: Table, language: str) -> Table:
    """The table with its caption, header and text cells in ``language``."""
    if language == DEFAULT:
        return declared
    where = f"table {declared.name!r}"

    def rows() -> list[tuple[object, ...]]:
        return [
            tuple(phrase(c, language, where) if isinstance(c, str) else c for c in row)
            for row in declared.rows()
        ]

    return dataclasses.replace(
        declared,
        caption=phrase(declared.caption, language, where),
        header=tuple(phrase(h, language, where) for h in declared.header),
        rows=rows,
    )
