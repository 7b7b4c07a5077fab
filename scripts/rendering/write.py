"""The figure, table and widget data files of the site: drawn into the build
(scripts/gen_assets.py), or into a plain folder without MkDocs:
``python -m scripts.rendering.write OUTDIR``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from scripts import cache
from scripts.checks import translations
from scripts.content import figures, tables, widgets

from . import render, widget_html


def figure_files(language: str) -> Iterator[tuple[str, Path]]:
    """For each figure and theme of the ``language`` edition: its path below the site's root
    and its SVG in the figure cache, drawn there when no cached SVG has its key
    (render.figure_key: the data drawn, the figure's words and settings, the rendering code,
    matplotlib's version). The cache keeps what the other editions use; everything else in
    it is pruned."""
    cache.FIGURE_CACHE.mkdir(parents=True, exist_ok=True)
    keep = []
    for declared in figures.FIGURES:
        data = render.drawn_data(declared)
        for edition in translations.LANGUAGES:
            try:
                shown = translations.figure(declared, edition)
            except translations.MissingTranslationError:
                continue  # no page of that edition can place it: hooks.py names the one that tries
            folder = render.figure_folder(shown, declared, edition)
            for theme in render.THEMES:
                svg = render.svg_file(shown, declared, theme, data)
                keep.append(svg)
                if edition != language:
                    continue
                if not svg.exists():
                    cache.write_atomic(svg, render.render_svg(shown, theme, data))
                yield f"{folder}/{declared.name}-{theme}.svg", svg
    cache.prune(cache.FIGURE_CACHE, keep)


def data_files() -> Iterator[tuple[str, str]]:
    """Each table's CSV and each widget's data (one for every edition), with their paths below
    the site's root."""
    for table in tables.TABLES:
        yield f"values/{table.name}.csv", render.render_csv(table)
    for widget in widgets.WIDGETS:
        yield f"widgets/{widget.name}.json", widget_html.data_json(widget)


def write_all(directory: Path) -> int:
    """Write every edition's figures, the CSVs and the widgets' data below ``directory``;
    return how many."""
    svgs = {
        path: svg for language in translations.LANGUAGES for path, svg in figure_files(language)
    }
    for path, svg in svgs.items():
        (directory / path).parent.mkdir(parents=True, exist_ok=True)
        (directory / path).write_bytes(svg.read_bytes())
    count = len(svgs)
    for path, text in data_files():
        (directory / path).parent.mkdir(parents=True, exist_ok=True)
        (directory / path).write_text(text, encoding="utf-8")
        count += 1
    return count


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m scripts.rendering.write OUTDIR")
    written = write_all(Path(sys.argv[1]))
    print(f"wrote {written} files into {sys.argv[1]}")


if __name__ == "__main__":
    main()
