"""What a page's placeholders become, on the page and in its notebook, and the typed text they
bring to the page (which the number accounting and the claims read). The declarations come in
as one ``Declared`` bundle (the hooks make it from the modules they imported for the build;
tests from any others), so this module imports none; ``relative`` is MkDocs'
``get_relative_url``, passed in."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scripts.placeholders import names

from . import markup, notebook, render, widget_html

Relative = Callable[[str, str], str]  # (url, from) -> url relative to from


class PlacingError(ValueError):
    """A placeholder that names nothing declared, or a declaration with no words in the
    page's language; the message names the page."""


@dataclass(frozen=True)
class Declared:
    """The declarations a page may place, and the functions that put them in its language."""

    figure: Callable[[str], Any]  # by name; KeyError naming the declared ones
    table: Callable[[str], Any]
    tables: Sequence[Any]  # every table, in the tables page's order
    titles: Mapping[str, str]  # each table's heading on the tables page, in English
    widget: Callable[[str], Any]
    widget_texts: Callable[[Any, str], Mapping[str, str]]  # (widget, language)
    glossary_table: Callable[[str], str]  # (language) -> Markdown
    translated_figure: Callable[[Any, str], Any]  # (figure, language); KeyError if untranslated
    translated_table: Callable[[Any, str], Any]
    phrase: Callable[[str, str, str], str]  # (text, language, where)
    value: Callable[
        [str, str, str], str
    ]  # (name, page, language) -> formatted; KeyError if unknown
    expand: Callable[[str, str, str], str]  # (text, page, language) -> its values formatted


def _looked_up(written: str, find: Callable[..., Any], *args: Any) -> Any:
    try:
        return find(*args)
    except KeyError as exc:  # MissingTranslationError is one too
        raise PlacingError(f"{written}: {exc}") from exc


def shown_figure(d: Declared, name: str, language: str, written: str) -> tuple[Any, Any]:
    """The figure called ``name`` in ``language``, and as declared."""
    declared = _looked_up(written, d.figure, name)
    return _looked_up(written, d.translated_figure, declared, language), declared


def shown_table(d: Declared, name: str, language: str, written: str) -> Any:
    declared = _looked_up(written, d.table, name)
    return _looked_up(written, d.translated_table, declared, language)


def typed_texts(d: Declared, markdown: str, language: str, written: str) -> list[str]:
    """The typed text of what the page places, in its language: the captions of its figures
    and tables, its figures' descriptions (the rest of their alt text is computed from the
    data), and every string of its widgets. ``names(markdown, kind)`` are the placeholders'."""
    figures = [shown_figure(d, n, language, written)[0] for n in names(markdown, "figure")]
    tables = [shown_table(d, n, language, written) for n in names(markdown, "table")]
    if names(markdown, "tables"):
        tables += [shown_table(d, t.name, language, written) for t in d.tables]
    widgets = [_looked_up(written, d.widget, n) for n in names(markdown, "widget")]
    return [
        *(text for f in figures for text in (f.caption, f.description)),
        *(t.caption for t in tables),
        *(t for w in widgets for t in d.widget_texts(w, language).values()),
    ]


def replacements(
    d: Declared,
    written: str,
    language: str,
    url: str,
    relative: Relative,
    skip: bool,
    links_from: str | None = None,
) -> dict[str, Callable[[str], str]]:
    """What each kind of placeholder becomes on the page ``written`` (at ``url``), for
    placeholders.expand. ``skip``: no figure drawn, no widget (cache.SKIP_GENERATION).
    ``links_from``: where the engine resolves a link in the page's HTML from (MkDocs leaves
    them as written: the page's ``url``, the default; Zensical rewrites them as links from the
    page's source file, ``written``); a widget's data address is read by its script, from
    ``url``."""

    def value(name: str) -> str:
        try:
            return d.value(name, written, language)
        except KeyError as exc:  # its message names the page
            raise PlacingError(exc.args[0]) from exc

    def expand(text: str) -> str:
        try:
            return d.expand(text, written, language)
        except KeyError as exc:
            raise PlacingError(exc.args[0]) from exc

    def figure(name: str) -> str:
        shown, declared = shown_figure(d, name, language, written)
        if skip:
            return markup.caption_only(expand(shown.caption))
        data = render.drawn_data(declared)
        alt = render.alt_text(shown, data, expand(shown.description), language)
        folder = render.figure_folder(shown, declared, language)
        base = url if links_from is None else links_from
        images = {t: relative(f"{folder}/{name}-{t}.svg", base) for t in render.THEMES}
        return markup.figure_html(alt, expand(shown.caption), images)

    def table(name: str) -> str:
        shown = shown_table(d, name, language, written)
        csv = relative(f"values/{name}.csv", written)  # a Markdown link: from the source file
        return render.render_markdown_table(shown, csv, expand(shown.caption), language)

    def title(name: str) -> str:
        if name not in d.titles:
            raise PlacingError(f"table {name!r} has no title in tables.TITLES")
        return _looked_up(written, d.phrase, d.titles[name], language, f"table {name!r}")

    def tables(_: str) -> str:
        return markup.table_sections((t.name, title(t.name), table(t.name)) for t in d.tables)

    def widget(name: str) -> str:
        declared = _looked_up(written, d.widget, name)  # its data is the same in every edition
        data = relative(f"widgets/{name}.json", url)
        if skip:
            return ""
        return widget_html.widget_html(declared, d.widget_texts(declared, language), data)

    return {
        "value": value,
        "figure": figure,
        "table": table,
        "tables": tables,
        "widget": widget,
        "glossary": lambda _: d.glossary_table(language),
    }


def notebook_replacements(
    d: Declared, written: str, language: str, site_url: str | None, skip: bool
) -> tuple[dict[str, Callable[[str], str]], dict[str, bytes]]:
    """What each kind of placeholder becomes in the notebook of the page ``written``
    (scripts/rendering/notebook.py), and the files its cells attach, filled in as the
    placeholders are expanded: a value, the glossary as on the page; a figure, its SVG (its
    light palette's) attached, with its alt text and caption; a table, its Markdown with its
    CSV's address under ``site_url``, or its caption alone; a widget, nothing (the static
    figure beside it stays). ``skip``: no figure drawn (cache.SKIP_GENERATION), its caption."""
    on_page = replacements(d, written, language, "", lambda url, _: url, skip)
    attachments: dict[str, bytes] = {}
    base = site_url.rstrip("/") + "/" if site_url else ""

    def figure(name: str) -> str:
        shown, declared = shown_figure(d, name, language, written)
        caption = d.expand(shown.caption, written, language)
        if skip:
            return f"*{caption}*"
        data = render.drawn_data(declared)
        alt = render.alt_text(shown, data, d.expand(shown.description, written, language), language)
        attachments[f"{name}.svg"] = render.svg_file(shown, declared, "light", data).read_bytes()
        return notebook.figure_markdown(alt, caption, f"{name}.svg")

    def table(name: str) -> str:
        shown = shown_table(d, name, language, written)
        csv = f"{base}values/{name}.csv" if base else ""
        caption = d.expand(shown.caption, written, language)
        return render.render_markdown_table(shown, csv, caption, language)

    def tables(_: str) -> str:
        title = lambda t: _looked_up(written, d.phrase, d.titles[t.name], language, t.name)  # noqa: E731
        return markup.table_sections((t.name, title(t), table(t.name)) for t in d.tables)

    replace = {**on_page, "figure": figure, "table": table, "tables": tables}
    return replace | {"widget": lambda _: ""}, attachments
