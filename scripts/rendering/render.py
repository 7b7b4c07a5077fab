"""Rendering: a figure to byte-identical SVG (light or dark) and its alt text, a table to CSV
and to Markdown. Takes declarations and their computed data; imports no declaration."""

from __future__ import annotations

import csv
import functools
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from scripts.catalogue import gettext
from scripts.formatting import with_minus
from scripts.model import Figure, Table

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

THEMES = ("light", "dark")

# Okabe–Ito colours, distinguishable with every common colour-vision deficiency; the dark theme
# uses lighter members of the same hues for contrast on Material's slate background.
PALETTES = {
    "light": ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"),
    "dark": ("#56B4E9", "#E69F00", "#4FD1A5", "#F0A3CF", "#E8E8E8"),
}
INK = {"light": ("#1f1f1f", "#c8c8c8", "#8a8a8a"), "dark": ("#e6e6e6", "#4a4d57", "#9a9da8")}
LINESTYLES = {"line": "-", "dashed": "--", "dotted": ":"}
# Chinese words are measured with Noto Sans CJK SC (the Chinese font the build machine has);
# the SVG also names the fonts that readers' systems have (macOS, Windows) for the same glyphs
CJK_MEASURED = "Noto Sans CJK SC"
CJK_NAMED = ("PingFang SC", "Microsoft YaHei")
FIGURE_SIZE = (5.6, 3.6)  # inches; at 100 % the SVG is 538 x 346 px and scales down on phones


Drawn = tuple[tuple[np.ndarray, np.ndarray], ...]


@functools.cache  # per import: the hooks import it afresh when its sources change (reload.py)
def drawn_data(figure: Figure) -> Drawn:
    """Each series' (x, y) as float arrays: what the figure draws, computed once per import and
    shared by the SVGs of both themes, the alt text and the cache key."""
    return tuple(
        (np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        for x, y in (series.data() for series in figure.series)
    )


def figure_key(figure: Figure, theme: str, data: Drawn) -> str:
    """The SVG's cache key: every field of the figure but its data functions, the data they
    drew, the theme, this module's code, matplotlib's version and the fonts it measures the
    words with. Any edit that can change the SVG changes the key; an edit elsewhere that cannot
    (a comment in the declarations, a refactoring that draws the same data) keeps it."""
    import matplotlib

    from scripts.cache import key

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
        fonts(),
    )[:20]


def fonts() -> list[list[object]]:
    """The font file matplotlib measures each family with (its path and size), or "missing":
    the same words are laid out differently in another font."""
    from matplotlib import font_manager

    found: list[list[object]] = []
    for family in ("DejaVu Sans", CJK_MEASURED):
        try:
            path = Path(font_manager.findfont(family, fallback_to_default=False))
        except ValueError:
            found.append([family, "missing"])
        else:
            found.append([family, str(path), path.stat().st_size])
    return found


# the sentences of the alt text that summarise each series; {start}, {end} and {top} are
# points, phrased by POINT. In English: each language's catalogue translates them
# (scripts/catalogue.py), and scripts/pipeline/translations.py extracts them from here
SUMMARIES = {
    "marked": "{label}: marked at {points}.",
    "scatter": "{label}: {n} points centred near ({x}, {y}).",
    "line": "{label}: from {start} to {end}.",
    "peak": "{label}: from {start} to {end}, {top}.",
}
# a point of a series, its value either a number or a bound ("just below 1") for a value that
# no number of the printed digits can tell from a limit
POINT = {
    "value": "{y} at {xlabel} = {x}",
    "bound": "{bound} at {xlabel} = {x}",
    "top": "largest {y} at {xlabel} = {x}",
}
BOUND = {"below": "just below {}", "above": "just above {}"}
# how two pieces of an alt text meet: the points of a series, and its sentences
JOINS = {"points": "{previous}, {next}", "sentences": "{previous} {next}"}
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
# under a table: its caption (set off in italics) and the link to its CSV
TABLE_FOOTER = "_{caption}_ [Download `{name}.csv`]({link}) (every value at full precision)."
MOST_DIGITS = 6  # beyond this a value is said to lie just below or above its rounded form
SATURATED = 1e-6  # a run of equal values reached in a step this small (relative) was reached by
# rounding: the function approaches the value and the floats have run out of digits


def said(template: str, language: str) -> str:
    """One of this module's templates in ``language``."""
    return gettext(template, language, "scripts/rendering/render.py", template=True)


def joined(parts: list[str], kind: str, language: str) -> str:
    """``parts`` joined two by two with the JOINS template ``kind`` in ``language``."""
    pattern = said(JOINS[kind], language)
    return functools.reduce(lambda a, b: pattern.format(previous=a, next=b), parts) if parts else ""


def number(value: float) -> str:
    """``value`` to 3 significant digits, with more (up to MOST_DIGITS) when 3 would print a
    shorter, rounder number than the value is (0.99966 as 0.9997, never 1), and U+2212 minus;
    "" when even MOST_DIGITS print a number the value is not (see `bounded`)."""
    for digits in range(3, MOST_DIGITS + 1):
        text = f"{value:.{digits}g}"
        shown = len(re.sub(r"e.*|[^0-9]", "", text).strip("0"))
        # a decimal computed to within an ulp or two (0.5000000000000001) is that decimal
        if abs(float(text) - value) <= 2 * np.spacing(abs(value)) or shown >= digits:
            return with_minus(text)
    return ""


def place(value: float) -> str:
    """Where a point lies (a coordinate, not a value to bound): `number`, else 3 digits."""
    return number(value) or with_minus(f"{value:.3g}")


def bounded(value: float, approached_from: float, language: str) -> str:
    """``value`` as a number, or as a bound ("just below 1") when the printed number would be
    one the value is not, or the value was reached by rounding from ``approached_from``."""
    text = number(value)
    saturated = value != approached_from and abs(value - approached_from) <= SATURATED * abs(value)
    if text and not saturated:
        return text
    rounded = with_minus(f"{value:.3g}")
    below = approached_from < value if saturated else value < float(f"{value:.3g}")
    return said(BOUND["below" if below else "above"], language).format(rounded)


def _point(xlabel: str, x: float, y: float, near: float, language: str, top: bool = False) -> str:
    y_text = bounded(y, near, language)
    kind = "bound" if y_text != number(y) or not y_text else "top" if top else "value"
    return said(POINT[kind], language).format(xlabel=xlabel, x=place(x), y=y_text, bound=y_text)


def _line(label: str, xlabel: str, x: np.ndarray, y: np.ndarray, language: str) -> str:
    """A curve from its first to its last defined point, with its largest value where that
    lies inside the curve at one point: not where it only ties, nor at an end."""
    defined = np.flatnonzero(np.isfinite(y) & np.isfinite(x))
    x, y = x[defined], y[defined]

    def approached(i: int, step: int) -> float:
        """The last value before the run of values equal to y[i] that ends at i."""
        j = i
        while 0 <= j + step < len(y) and y[j + step] == y[i]:
            j += step
        return y[j + step] if 0 <= j + step < len(y) else y[i]

    start = _point(xlabel, x[0], y[0], approached(0, 1), language)
    end = _point(xlabel, x[-1], y[-1], approached(len(y) - 1, -1), language)
    top = int(np.argmax(y))
    if 0 < top < len(y) - 1 and np.count_nonzero(y == y[top]) == 1:
        peak = _point(xlabel, x[top], y[top], y[top], language, top=True)
        return said(SUMMARIES["peak"], language).format(label=label, start=start, end=end, top=peak)
    return said(SUMMARIES["line"], language).format(label=label, start=start, end=end)


def alt_text(figure: Figure, data: Drawn, description: str, language: str = "en") -> str:
    """The description (``figure.description`` with its values filled in), then each series
    summarised from its data, in ``language``."""
    sentences = {kind: said(text, language) for kind, text in SUMMARIES.items()}
    parts = [description]
    for series, (x, y) in zip(figure.series, data, strict=True):
        if series.kind in ("points", "scatter") and len(x) <= 3:
            points = joined(
                [f"({place(a)}, {place(b)})" for a, b in zip(x, y, strict=True)], "points", language
            )
            parts.append(sentences["marked"].format(label=series.label, points=points))
        elif series.kind == "scatter":
            parts.append(
                sentences["scatter"].format(
                    label=series.label,
                    n=len(x),
                    x=with_minus(f"{np.mean(x):.2g}"),
                    y=with_minus(f"{np.mean(y):.2g}"),
                )
            )
        else:
            parts.append(_line(series.label, figure.xlabel, x, y, language))
    # the templates space their fields from the words around them, as Latin text and numbers
    # are; Chinese words meeting across a field are not spaced apart
    return CJK_SPACE.sub("", joined(parts, "sentences", language))


def figure_folder(shown: Figure, declared: Figure, language: str) -> str:
    """Where the SVGs of ``shown`` (``declared`` in ``language``) live below the site's root:
    figures/ when the SVG draws the same words (its legend and axis labels; the caption and
    alt text are the page's), <language>/figures/ otherwise."""

    def drawn_words(figure: Figure) -> tuple[str, ...]:
        return (figure.xlabel, figure.ylabel, *(s.label for s in figure.series))

    return "figures" if drawn_words(shown) == drawn_words(declared) else f"{language}/figures"


def svg_file(shown: Figure, declared: Figure, theme: str, data: Drawn) -> Path:
    """Where the figure cache keeps the SVG of ``shown`` (``declared`` in an edition's
    language) for ``theme``, drawing ``data``: a name made of its key (`figure_key`)."""
    from scripts.cache import FIGURE_CACHE

    return FIGURE_CACHE / f"{declared.name}-{theme}-{figure_key(shown, theme, data)}.svg"


def render_svg(figure: Figure, theme: str, data: Drawn) -> bytes:
    """The figure as a byte-identical SVG for ``theme`` ("light" or "dark"), drawing ``data``
    (from `drawn_data`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    palette = PALETTES[theme]
    ink, grid, muted = INK[theme]
    words = "".join((figure.xlabel, figure.ylabel, *(s.label for s in figure.series)))
    chinese = re.search(r"[\u4e00-\u9fff]", words) is not None
    rc: dict[RcKeyType, Any] = {
        "svg.hashsalt": figure.name,  # stable ids in the SVG
        "svg.fonttype": "none",  # text stays text: small files, the page's fonts
        # per glyph, the first font of the list that has it (matplotlib's fallback)
        "font.family": ["DejaVu Sans", CJK_MEASURED, "sans-serif"] if chinese else ["sans-serif"],
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
            for level in figure.hlines:
                ax.axhline(level, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
            for place in figure.vlines:
                ax.axvline(place, color=muted, linewidth=1.0, linestyle=(0, (4, 3)), zorder=1)
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
    svg = buffer.getvalue()
    if chinese:
        measured = f"'{CJK_MEASURED}', ".encode()
        named = "".join(f"'{name}', " for name in CJK_NAMED).encode()
        svg = svg.replace(measured, measured + named)
    return svg


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
    and a download link to its CSV (the same file for every edition); with no ``csv_link``
    (a notebook without the site's address), the caption alone."""

    def cell(value: object, spec: str) -> str:
        if isinstance(value, float) and spec:
            return with_minus(format(value, spec))
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
    footer = said(TABLE_FOOTER, language).format(caption=caption, name=table.name, link=csv_link)
    if not csv_link:
        footer = f"_{caption}_"
    return f"{chr(10).join(lines)}\n\n{footer}\n"
