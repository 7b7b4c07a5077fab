"""The editions' words for the declarations, and the catalogues they come from.

Each English text an edition shows (a claim's text, a figure's caption, description, legend
labels and axis labels, a table's caption, header, text cells and heading, a widget's strings,
a glossary note, the clauses a value chooses from its measurement, the alt text's and the table
footer's templates) is looked up in the edition's gettext catalogue,
scripts/content/locales/LANGUAGE/LC_MESSAGES/site.po, by the English text itself
(scripts/catalogue.py).

``python -m scripts.pipeline.translations --update`` extracts every such text from the
declarations, as they are when it runs, into a template and updates each catalogue from it
the way ``pybabel update`` does (Babel's ``Catalog.update``): a new text gets an untranslated
entry, a changed one a fuzzy entry holding the translation of the text it replaces, and the
entry of a text no declaration has any more becomes obsolete (``#~``). ``--template FILE``
writes the template (.pot) for a translator's tool.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import re
from collections.abc import Iterator
from typing import Any, cast

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from scripts import markdown_parts, placeholders
from scripts.catalogue import (
    DEFAULT,
    DOMAIN,
    LANGUAGES,
    ROOT,
    WORDLESS,
    MissingTranslationError,
    catalogue,
    gettext,
    html_lang,
    path,
)
from scripts.checks.exercises import Words
from scripts.content import (
    claims,
    exercises,
    figures,
    glossary,
    notebooks,
    tables,
    values,
    widgets,
)
from scripts.model import Claim, Figure, Table
from scripts.rendering import render

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "MissingTranslationError",
    "claim_text",
    "exercise_words",
    "figure",
    "has_words",
    "html_lang",
    "notebook_words",
    "phrase",
    "table",
    "template",
    "updated",
]
# words outside formulas and code (as the page renders them, scripts/markdown_parts.py)
# and outside TeX commands: text that has them must be translated
TEX_COMMAND = re.compile(r"\\(?:operatorname|mathrm)\{[^}]*\}|\\[A-Za-z]+")
WORD = re.compile(r"[A-Za-z]{3,}")


def has_words(text: str) -> bool:
    outside = markdown_parts.blank(text, (*markdown_parts.MATH, *markdown_parts.CODE))
    return WORD.search(TEX_COMMAND.sub(" ", outside)) is not None


def __getattr__(name: str) -> Any:
    """``HTML_LANG``, each edition's ``<html lang>`` (scripts/hooks.py reads it): from the
    Language of its catalogue, `html_lang`."""
    if name == "HTML_LANG":
        return {language: html_lang(language) for language in LANGUAGES}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def phrase(text: str, language: str, where: str) -> str:
    """``text`` in ``language`` (scripts/catalogue.py: `gettext`)."""
    return gettext(text, language, where)


def claim_text(claim: Claim, language: str) -> str:
    return gettext(claim.text, language, f"the claim of {claim.page}")


def exercise_words(language: str) -> Words:
    """The words that mark a page's exercises in ``language`` (scripts/content/exercises.py)."""
    where = "the exercises"
    kinds = {gettext(k, language, where): k for k in exercises.KINDS}
    return Words(
        heading=gettext(exercises.HEADING, language, where),
        answer=gettext(exercises.ANSWER, language, where),
        kinds=kinds,
        code=gettext(exercises.CODE, language, where),
    )


@dataclasses.dataclass(frozen=True)
class NotebookWords:
    """The words of a page's notebook and of its link, in one language."""

    link: str
    note: str
    html_note: str


def notebook_words(language: str) -> NotebookWords:
    """scripts/content/notebooks.py's words in ``language``."""
    where = "the notebooks"
    return NotebookWords(
        link=gettext(notebooks.LINK, language, where),
        note=gettext(notebooks.NOTE, language, where),
        html_note=gettext(notebooks.HTML_NOTE, language, where),
    )


def figure(declared: Figure, language: str) -> Figure:
    """The figure with its words in ``language``; its data functions are the same objects."""
    if language == DEFAULT:
        return declared
    where = f"figure {declared.name!r}"
    return dataclasses.replace(
        declared,
        caption=gettext(declared.caption, language, where),
        description=gettext(declared.description, language, where),
        xlabel=gettext(declared.xlabel, language, where),
        ylabel=gettext(declared.ylabel, language, where),
        series=tuple(
            dataclasses.replace(s, label=gettext(s.label, language, where)) for s in declared.series
        ),
    )


def table(declared: Table, language: str) -> Table:
    """The table with its caption, header and text cells in ``language``."""
    if language == DEFAULT:
        return declared
    where = f"table {declared.name!r}"

    def rows() -> list[tuple[object, ...]]:
        return [
            tuple(gettext(c, language, where) if isinstance(c, str) else c for c in row)
            for row in declared.rows()
        ]

    return dataclasses.replace(
        declared,
        caption=gettext(declared.caption, language, where),
        header=tuple(gettext(h, language, where) for h in declared.header),
        rows=rows,
    )


# --- extraction ---------------------------------------------------------------------------------


def placed() -> dict[tuple[str, str], list[str]]:
    """For each ("figure" | "table" | "widget" | "value" | "glossary", NAME) that an English
    page places, the pages (docs/NAME.md) that place it."""
    pages: dict[tuple[str, str], list[str]] = {}
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.suffixes != [".md"]:
            continue  # a translation: it places what its English page places
        markdown = page.read_text(encoding="utf-8")
        found = [
            (kind, name)
            for kind in ("figure", "table", "widget", "value")
            for name in placeholders.names(markdown, kind)
        ]
        if placeholders.names(markdown, "tables"):
            found += [("table", t.name) for t in tables.TABLES]
        if placeholders.names(markdown, "glossary"):
            found.append(("glossary", ""))
        for kind, name in found:
            pages.setdefault((kind, name), []).append(f"docs/{page.name}")
    return pages


def texts() -> Iterator[tuple[str, str, list[str]]]:
    """Every English text an edition can show: (text, what it is, the pages showing it), in
    the order of the declarations."""
    shown = placed()
    for claim in claims.all_claims():
        yield claim.text, "a claim: the page states it in these words", [f"docs/{claim.page}"]
    for f in figures.FIGURES:
        pages = shown.get(("figure", f.name), [])
        yield f.caption, f"figure {f.name}: caption", pages
        yield f.description, f"figure {f.name}: description (alt text)", pages
        yield f.xlabel, f"figure {f.name}: x axis", pages
        yield f.ylabel, f"figure {f.name}: y axis", pages
        for series in f.series:
            yield series.label, f"figure {f.name}: legend", pages
    for t in tables.TABLES:
        pages = shown.get(("table", t.name), [])
        yield t.caption, f"table {t.name}: caption", pages
        for heading in t.header:
            yield heading, f"table {t.name}: column heading", pages
        for row in t.rows():
            for cell in row:
                if isinstance(cell, str):
                    yield cell, f"table {t.name}: cell", pages
    for name, title in tables.TITLES.items():
        yield title, f"table {name}: heading on the tables page", shown.get(("table", name), [])
    for v in values.VALUES:
        for text in v.phrases:
            yield (
                text,
                f"value {v.name}: a clause its measurement chooses",
                shown.get(("value", v.name), []),
            )
    for w in widgets.WIDGETS:
        pages = shown.get(("widget", w.name), [])
        for key, text in widgets.english_texts(w).items():
            yield text, f"widget {w.name}: {key}", pages
    pages = shown.get(("glossary", ""), [])
    for heading in glossary.HEADER:
        yield heading, "the glossary: column heading", pages
    for term in glossary.TERMS:
        yield term.note, f"the glossary: the note on {term.english!r}", pages
        meaning = glossary.MEANINGS[term.english].text
        yield meaning, f"the glossary: the meaning of {term.english!r}", pages
    pages = [f"docs/{page}" for page in exercises.PAGES]
    yield exercises.HEADING, "the exercises: the heading of the section that ends a page", pages
    yield exercises.ANSWER, "the exercises: the title of the block that holds an answer", pages
    for kind in exercises.KINDS:
        yield kind, "the exercises: a kind of exercise, in bold at its start", pages
    source = ["scripts/content/notebooks.py"]
    yield notebooks.LINK, "the notebooks: the link under a page's title that downloads it", source
    yield notebooks.NOTE, "the notebooks: the note under a notebook's title", source
    yield notebooks.HTML_NOTE, "the notebooks: the note before a cell that prints HTML", source
    source = ["scripts/rendering/render.py"]
    for kind, text in render.SUMMARIES.items():
        yield text, f"alt text: the sentence on a series ({kind})", source
    for kind, text in render.POINT.items():
        yield text, f"alt text: a point of a series ({kind})", source
    for kind, text in render.BOUND.items():
        yield text, f"alt text: a value too close to a limit to print ({kind})", source
    for kind, text in render.JOINS.items():
        yield text, f"alt text: how two {kind} meet", source
    yield render.TABLE_FOOTER, "under each table: its caption and its CSV's link", source


def template() -> Catalog:
    """The catalogue template: every text of `texts`, once, with what it is and where it is
    shown."""
    made = Catalog(domain=DOMAIN, project="sigmoid-site", version="1", fuzzy=False)
    for text, what, pages in texts():
        if not text:
            continue
        comments = [what] if has_words(text) else [what, WORDLESS]
        # no line numbers: (file, None), as Babel's read_po stores them, though add() says int
        made.add(text, locations=[(p, None) for p in pages], auto_comments=comments)  # type: ignore[misc]
    return made


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog)
    return out.getvalue()


def updated(language: str) -> Catalog:
    """The catalogue of ``language`` updated from `template` (Babel's ``Catalog.update``, as
    ``pybabel update`` does it)."""
    with path(language).open("rb") as po:
        current = read_po(po, abort_invalid=True)
    made = template()
    made.creation_date = current.creation_date  # no new date without a new text
    current.update(made)
    return current


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.pipeline.translations", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--update", action="store_true", help="update every catalogue from the declarations"
    )
    parser.add_argument("--template", metavar="FILE", help="write the template (.pot) there")
    args = parser.parse_args(argv)
    if not (args.update or args.template):
        parser.error("nothing to do: give --update or --template FILE")
    if args.template:
        with open(args.template, "wb") as out:
            write_po(out, template())
    if args.update:
        for language in LANGUAGES:
            if language == DEFAULT:
                continue
            catalog = updated(language)
            path(language).write_bytes(po_bytes(catalog))
            messages = [m for m in catalog if m.id]
            # the site's catalogues hold no plural entries: every id is one str
            untranslated = sum(not m.string and has_words(cast("str", m.id)) for m in messages)
            fuzzy = sum(m.fuzzy for m in messages)
            print(
                f"{path(language).relative_to(ROOT)}: {len(messages)} entries, "
                f"{untranslated} untranslated, {fuzzy} fuzzy, {len(catalog.obsolete)} obsolete"
            )
    catalogue.cache_clear()


if __name__ == "__main__":
    main()
