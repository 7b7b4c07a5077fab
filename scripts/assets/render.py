"""Rendering: a figure to byte-identical SVG (light or dark) and its alt text, a table to CSV
and to Markdown. Takes declarations and their computed data; imports no declaration."""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

import numpy as np

from .model import Figure, Table

THEMES = ("light", "dark")

# Okabe–Ito colours, distinguishable with every common colour-vision deficiency; the dark theme
# uses lighter members of the same hues for contrast on Material's slate background.
PALETTES = {
    "light": ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"),
    "dark": ("#56B4E9", "#E69F00", "#4FD1A5", "#F0A3CF", "#E8E8E8"),
}
INK = {"light": ("#1f1f1f", "#c8c8c8", "#8a8a8a"), "dark": ("#e6e6e6", "#4a4d57", "#9a9da8")}
LINESTYLES = {"line": "-", "dashed": "--", "dotted": ":"}
FIGURE_SIZE = (5.6, 3.6)  # inches; at 100 % the SVG is 538 x 346 px and scales down on phones


Drawn = tuple[tuple[np.ndarray, np.ndarray], ...]


@functools.cache  # per build: the hooks import this module afresh before each one
def drawn_data(figure: Figure) -> Drawn:
    """Each series' (x, y) as float arrays: what the figure draws, computed once per build and
    shared by the SVGs of both themes, the alt text and the cache key."""
    return tuple(
        tuple(np.asarray(a, dtype=float) for a in series.data())  # type: ignore[misc]
        for series in figure.series
    )


def figure_key(figure: Figure, theme: str, data: Drawn) -> str:
    """The SVG's cache key: every field of the figure but its data functions, the data they
    drew, the theme, this module's code and matplotlib's version. Any edit that can change the
    SVG changes the key; an edit elsewhere that cannot (a comment in the declarations, a
    refactoring that draws the same data) keeps it."""
    import matplotlib

    from .cache import key

    described = [(s.label, s.kind, s.color) for s in figure.series]
    fields = (
        figure.name,
        figure.xlabel,
        figure.ylabel,
        repr(figure.x_range),
        repr(figure.y_range),
        repr(figure.hlines),
        repr(figure.vlines),
        figure.log_x,
        figure.log_y,
        figure.legend,
    )
    return key(
        fields,
        described,
        [list(xy) for xy in data],
        theme,
        Path(__file__).read_bytes(),
        matplotlib.__version__,
    )[:20]


# the sentences of the alt text that summarise each series, per language
SUMMARIES = {
    "en": {
        "marked": "{label}: marked at {points}.",
        "scatter": "{label}: {n} points centred near ({x:.2g}, {y:.2g}).",
        "line": "{label}: from {y0:.3g} at {xlabel} = {x0:.3g} to {y1:.3g} at {x1:.3g}, "
        "largest {ytop:.3g} at {xtop:.3g}.",
    },
    "zh": {
        "marked": "{label}：标出的点为 {points}。",
        "scatter": "{label}：{n} 个点，中心在 ({x:.2g}, {y:.2g}) 附近。",
        "line": "{label}：{xlabel} = {x0:.3g} 时为 {y0:.3g}，{x1:.3g} 时为 {y1:.3g}，"
        "最大值 {ytop:.3g} 在 {xtop:.3g} 处。",
    },
}
SEPARATOR = {"en": " ", "zh": ""}
DOWNLOAD = {
    "en": "[Download `{name}.csv`]({link}) (every value at full precision).",
    "zh": "[下载 `{name}.csv`]({link})（每个值都是全精度）。",
}


def alt_text(figure: Figure, data: Drawn, description: str, language: str = "en") -> str:
    """The description (``figure.description`` with its values filled in), then each series
    summarised from its data, in ``language``."""
    sentences = SUMMARIES[language]
    parts = [description]
    for series, (x, y) in zip(figure.series, data, strict=True):
        if series.kind in ("points", "scatter") and len(x) <= 3:
            points = ", ".join(f"({a:.3g}, {b:.3g})" for a, b in zip(x, y, strict=True))
            parts.append(sentences["marked"].format(label=series.label, points=points))
        elif series.kind == "scatter":
            parts.append(
                sentences["scatter"].format(
                    label=series.label, n=len(x), x=np.mean(x), y=np.mean(y)
                )
            )
        else:
            top = int(np.nanargmax(y))
            parts.append(
                sentences["line"].format(
                    label=series.label,
                    xlabel=figure.xlabel,
                    x0=x[0],
                    y0=y[0],
                    x1=x[-1],
                    y1=y[-1],
                    xtop=x[top],
                    ytop=y[top],
                )
            )
    return SEPARATOR[language].join(parts)


def figure_folder(shown: Figure, declared: Figure, language: str) -> str:
    """Where the SVGs of ``shown`` (``declared`` in ``language``) live below the site's root:
    figures/ when the SVG draws the same words (its legend and axis labels; the caption and
    alt text are the page's), <language>/figures/ otherwise."""

    def drawn_words(figure: Figure) -> tuple[str, ...]:
        return (figure.xlabel, figure.ylabel, *(s.label for s in figure.series))

    return "figures" if drawn_words(shown) == drawn_words(declared) else f"{language}/figures"


def render_svg(figure: Figure, theme: str, data: Drawn) -> bytes:
    """The figure as a byte-identical SVG for ``theme`` ("light" or "dark"), drawing ``data``
    (from `drawn_data`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    palette = PALETTES[theme]
    ink, grid, muted = INK[theme]
    rc = {
        "svg.hashsalt": figure.name,  # stable ids in the SVG
        "svg.fonttype": "none",  # text stays text: small files, the page's fonts
        "font.family": ["sans-serif"],
        "font.size": 14,  # about 9 px on a 390 px phone, where the figure is scaled to 0.66
        "axes.edgecolor": muted,
        "axes.labelcolor": ink,
        "text.color": ink,
        "xtick.color": ink,
        "ytick.color": ink,
        "grid.color": grid,
        "grid.linewidth": 0.6,
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.transparent": True,
        "legend.frameon": False,
        "lines.linewidth": 2.0,
        "path.simplify": True,
    }
    with matplotlib.rc_context(rc):
        fig, ax = plt.subplots(figsize=FIGURE_SIZE, layout="constrained")
        try:
            for y in figure.hlines:
                ax.axhline(y, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
            for x in figure.vlines:
                ax.axvline(x, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
            for series, (x, y) in zip(figure.series, data, strict=True):
                color = palette[series.color % len(palette)]
                if series.kind == "scatter":
                    ax.scatter(
                        x,
                        y,
                        s=12,
                        color=color,
                        label=series.label,
                        alpha=0.75,
                        linewidths=0,
                        zorder=3,
                    )
                elif series.kind == "points":
                    ax.plot(x, y, "o", color=color, markersize=7, label=series.label, zorder=4)
                else:
                    ax.plot(
                        x, y, LINESTYLES[series.kind], color=color, label=series.label, zorder=2
                    )
            if figure.log_x:
                ax.set_xscale("log")
            if figure.log_y:
                ax.set_yscale("log")
            if figure.x_range:
                ax.set_xlim(*figure.x_range)
            if figure.y_range:
                ax.set_ylim(*figure.y_range)
            ax.grid(True, which="major")
            ax.set_xlabel(figure.xlabel)
            ax.set_ylabel(figure.ylabel)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.legend(loc=figure.legend, fontsize=12)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return buffer.getvalue()


def render_csv(table: Table) -> str:
    """Every value at full precision: ``repr`` of each float, so the CSV round-trips exactly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.header)
    for row in table.rows():
        writer.writerow([repr(v) if isinstance(v, float) else v for v in row])
    return buffer.getvalue()


def render_markdown_table(table: Table, csv_link: str, caption: str, language: str = "en") -> str:
    """The table for a page, with ``caption`` (``table.caption`` with its values filled in)
    and a download link to its CSV (the same file for every edition)."""

    def cell(value: object, spec: str) -> str:
        if isinstance(value, float) and spec:
            return format(value, spec).replace("-", "−")
        return str(value)

    lines = [
        "| " + " | ".join(table.header) + " |",
        "|"
        + "|".join(
            ":--" if not s or s == "g" and i == 0 else "--:" for i, s in enumerate(table.formats)
        )
        + "|",
    ]
    for row in table.rows():
        cells = (cell(v, s) for v, s in zip(row, table.formats, strict=True))
        lines.append("| " + " | ".join(cells) + " |")
    download = DOWNLOAD[language].format(name=table.name, link=csv_link)
    # italics set a caption off in English; Chinese has none (its emphasis dots are for words)
    caption = f"_{caption}_" if language == "en" else caption
    return f"{chr(10).join(lines)}\n\n{caption} {download}\n"
