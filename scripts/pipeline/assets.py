"""The build's first step, for every engine: the site's figures (SVG, each palette), value
tables (CSV) and widgets' data (JSON), at their paths below the site's root. MkDocs takes them
through mkdocs-gen-files (scripts/engines/gen_files.py); any other engine from a folder,
``python -m scripts.pipeline.assets OUTDIR`` (every edition's). A build with
cache.SKIP_GENERATION set draws no figure (the floor benchmarks/bench_build.py measures)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from scripts import cache
from scripts.content import figures, tables, widgets
from scripts.rendering import render, widget_html

from . import translations


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
                continue  # no page of that edition can place it: the build names one that tries
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


def files(language: str) -> Iterator[tuple[str, bytes]]:
    """Every file of the ``language`` edition's build, with its path below the site's root."""
    if not cache.generation_skipped():
        for path, svg in figure_files(language):
            yield path, svg.read_bytes()
    for path, text in data_files():
        yield path, text.encode("utf-8")


def write_all(directory: Path) -> int:
    """Write every edition's files below ``directory``; return how many."""
    written = {path: data for language in translations.LANGUAGES for path, data in files(language)}
    for path, data in written.items():
        (directory / path).parent.mkdir(parents=True, exist_ok=True)
        (directory / path).write_bytes(data)
    return len(written)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m scripts.pipeline.assets OUTDIR")
    count = write_all(Path(sys.argv[1]))
    print(f"wrote {count} files into {sys.argv[1]}")


if __name__ == "__main__":
    main()
