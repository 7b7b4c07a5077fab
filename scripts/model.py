"""The declarations' data types: a figure and its series, a table, a claim, a computed value
and a declared definition. Nothing here computes; the constructors only wrap functions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, get_args

import numpy as np

if TYPE_CHECKING:
    from matplotlib.typing import LegendLocType

ArrayFunction = Callable[[np.ndarray], np.ndarray]
LineKind = Literal["line", "dashed", "dotted", "points", "scatter"]  # how a series is drawn
Colour = Literal[0, 1, 2, 3, 4]  # an index into the theme's palette of five (render.PALETTES)
COLOURS: tuple[Colour, ...] = get_args(Colour)  # the palette's indices, for series numbered i


@dataclass(frozen=True)
class Series:
    """One curve or point set: ``data()`` returns ``(x, y)`` arrays computed with sigmoid_core."""

    label: str
    data: Callable[[], tuple[np.ndarray, np.ndarray]] = field(repr=False)
    kind: LineKind = "line"
    color: Colour = 0

    def __post_init__(self) -> None:
        if self.kind not in get_args(LineKind):
            raise ValueError(f"series {self.label!r}: no line kind {self.kind!r}")
        if self.color not in get_args(Colour):
            raise ValueError(f"series {self.label!r}: no palette colour {self.color!r}")


@dataclass(frozen=True)
class Figure:
    name: str
    caption: str
    description: str  # what the figure shows, in words; the alt text adds numbers from the data
    series: tuple[Series, ...]
    xlabel: str = "x"
    ylabel: str = ""
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    hlines: tuple[float, ...] = ()  # horizontal reference lines (asymptotes, 1/2)
    vlines: tuple[float, ...] = ()
    log_x: bool = False
    log_y: bool = False
    legend: LegendLocType = "best"  # matplotlib's location; another where "best" would cover data


@dataclass(frozen=True)
class Table:
    name: str
    caption: str
    header: tuple[str, ...]
    rows: Callable[[], Sequence[tuple[object, ...]]] = field(repr=False)
    formats: tuple[str, ...] = ()  # a format spec per column for the page; the CSV uses repr


@dataclass(frozen=True)
class Claim:
    """A statement on a page: ``text`` occurs verbatim in the page's source (or in the caption
    or description of a figure placed on it), and ``check()`` returns True when it holds.
    Every number inside every occurrence of ``text`` counts as checked."""

    page: str  # the Markdown source path, relative to docs/
    text: str
    check: Callable[[], bool] = field(repr=False)


@dataclass(frozen=True)
class Phrase:
    """The words a value chooses from its measurement: ``template``, English, one of its
    value's ``phrases``, with ``str.format`` fields for the numbers, given in ``fields``
    already formatted. A page shows it in its language, from the catalogue."""

    template: str
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Value:
    """A number a page shows that the build computes: ``<!-- site:value NAME -->`` in a page (or
    in a figure's caption or description) becomes ``format(compute())``. Typed once, never copied.
    ``bound`` is "upper" or "lower" for a value a page may place after "within", "below",
    "above" and the like (its format must round outward, away from the true value); "" for
    any other.

    A measurement whose outcome changes what a sentence must say (every result identical, or
    only some) is shown as a clause: ``format`` returns a `Phrase`, one of ``phrases``, the
    English templates it can choose (which the catalogue translates)."""

    name: str
    compute: Callable[[], Any] = field(repr=False)
    format: Callable[[Any], str | Phrase] = field(repr=False)
    bound: str = ""
    phrases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.bound not in ("", "upper", "lower"):
            raise ValueError(f"value {self.name}: bound must be 'upper', 'lower' or ''")


@dataclass(frozen=True)
class Definition:
    """A number a page states that is a choice, not a result (a step size, a learning rate, a
    year, a sample size), with the reason; every occurrence of ``number`` on ``page`` is
    covered. ``page`` "*" covers every page."""

    page: str
    number: str
    why: str


def curve(
    label: str,
    function: ArrayFunction,
    x_range: tuple[float, float],
    kind: LineKind = "line",
    color: Colour = 0,
    points: int = 1601,
) -> Series:
    """A function of sigmoid_core sampled densely over ``x_range``."""

    def data() -> tuple[np.ndarray, np.ndarray]:
        x = np.linspace(*x_range, points)
        return x, function(x)

    return Series(label, data, kind, color)


def marked(label: str, xs: Sequence[float], function: ArrayFunction, color: Colour = 0) -> Series:
    """A function of sigmoid_core at the points ``xs``, drawn as marks."""

    def data() -> tuple[np.ndarray, np.ndarray]:
        x = np.array(xs, dtype=float)
        return x, function(x)

    return Series(label, data, "points", color)


def function_table(
    name: str,
    caption: str,
    xs: Sequence[float],
    columns: Sequence[tuple[str, ArrayFunction]],
    digits: int = 10,
) -> Table:
    """A table of functions at the points ``xs``: a column for x, one for each function."""

    def rows() -> list[tuple[float, ...]]:
        x = np.array(xs, dtype=float)
        values = [np.asarray(f(x), dtype=float) for _, f in columns]
        return [(float(x[i]), *(float(v[i]) for v in values)) for i in range(len(x))]

    header = ("x", *(title for title, _ in columns))
    formats = ("g", *(f".{digits}g" for _ in columns))
    return Table(name, caption, header, rows, formats)


def computed_table(
    name: str,
    caption: str,
    rows: Callable[[], Sequence[tuple[object, ...]]],
    columns: Sequence[tuple[str, str]],
) -> Table:
    """A table of the rows ``rows()`` computes, each column given as (heading, format spec)."""
    return Table(name, caption, tuple(h for h, _ in columns), rows, tuple(f for _, f in columns))


class Named(Protocol):
    """A declaration: a figure, a table, a value, a widget."""

    @property
    def name(self) -> str: ...


Declaration = TypeVar("Declaration", bound=Named)


def find(declarations: Sequence[Declaration], name: str, kind: str) -> Declaration:
    """The declaration called ``name``; KeyError listing the declared names if there is none."""
    for item in declarations:
        if item.name == name:
            return item
    names = ", ".join(item.name for item in declarations)
    raise KeyError(f"no {kind} named {name!r}; declared: {names}")


def unique(declarations: Sequence[Named], kind: str) -> None:
    """Raise ValueError if two declarations share a name."""
    seen: set[str] = set()
    for item in declarations:
        name = item.name
        if name in seen:
            raise ValueError(f"two {kind}s are named {name!r}")
        seen.add(name)


@dataclass(frozen=True)
class Control:
    """A widget's input: a slider (with a number box beside it if ``box``), or a choice between
    ``options``. ``name`` is its key in the script and in the page's query string."""

    name: str
    low: float = 0.0
    high: float = 1.0
    step: float = 1.0
    start: float | str = 0.0
    format: str = "f1"  # how its value is shown: "fN" (N decimals) or "gN" (N digits)
    box: bool = False
    options: tuple[str, ...] = ()
    drag: bool = False  # the plot's x under the pointer sets it: drag along the plot
    snap: bool = True  # False: a value between the slider's steps is kept (from the address,
    # or set by the widget's own action), the slider moving by its step


@dataclass(frozen=True)
class Readout:
    """A number the widget shows, named for the script; ``format`` as for `Control`."""

    name: str
    format: str


@dataclass(frozen=True)
class Widget:
    """An interactive figure, placed by ``<!-- site:widget NAME -->`` and started by
    docs/javascripts/widgets.js. ``text[key]`` is every string a reader sees or hears, in
    English (each language's catalogue translates them): "title", "plot" (the drawing's name),
    "xlabel", "ylabel", "control.NAME", "readout.NAME", "series.NAME" (a legend entry),
    "action.NAME" (a button), and
    whatever else the script fills in ("status.KIND", "row.NAME"; the content's NOTICES add
    "notice.invalid" and "notice.adjusted").
    ``series`` gives each legend entry's palette colour and line kind; ``data()`` is what the
    script needs from sigmoid_core, written as widgets/NAME.json."""

    name: str
    controls: tuple[Control, ...]
    readouts: tuple[Readout, ...]
    series: tuple[tuple[str, int, str], ...]  # (name, palette index, kind)
    text: dict[str, str] = field(repr=False)
    data: Callable[[], dict[str, object]] = field(repr=False)
    actions: tuple[str, ...] = ()  # buttons, each named by text["action.NAME"]
