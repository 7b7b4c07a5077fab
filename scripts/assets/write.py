"""Write every figure (both themes), every CSV and every widget's data into a plain folder,
without MkDocs:
``python -m scripts.assets.write OUTDIR``."""

from __future__ import annotations

import sys
from pathlib import Path

from . import figures, render, tables, widget_html, widgets


def write_all(directory: Path) -> int:
    """Write the files below ``directory`` (figures/, values/, widgets/); return how many."""
    count = 0
    for figure in figures.FIGURES:
        data = render.drawn_data(figure)
        for theme in render.THEMES:
            path = directory / "figures" / f"{figure.name}-{theme}.svg"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render.render_svg(figure, theme, data))
            count += 1
    for table in tables.TABLES:
        path = directory / "values" / f"{table.name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render.render_csv(table), encoding="utf-8")
        count += 1
    for widget in widgets.WIDGETS:
        path = directory / "widgets" / f"{widget.name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(widget_html.data_json(widget), encoding="utf-8")
        count += 1
    return count


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python -m scripts.assets.write OUTDIR")
    written = write_all(Path(sys.argv[1]))
    print(f"wrote {written} files into {sys.argv[1]}")


if __name__ == "__main__":
    main()
