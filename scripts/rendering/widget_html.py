"""Widgets to HTML and JSON: the markup the hooks put where ``<!-- site:widget NAME -->`` stands,
hidden until docs/javascripts/widgets.js starts it, and the data file the script reads. The
markup carries every string in the page's language, the palettes of the static figures and
each readout's format, so the script holds no text, colour or number of its own."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping

from scripts.formatting import readout_text
from scripts.model import Control, Widget

from .render import INK, PALETTES, THEMES

KEY_LINE = '<line x1="2" y1="6" x2="30" y2="6"/>'
KEY_SHAPES = {
    "scatter": '<circle cx="16" cy="6" r="4"/>',
    "band": '<rect x="2" y="1" width="28" height="10"/>',
}


def palette_style() -> str:
    """The static figures' colours as CSS custom properties, both themes: --light-0 is palette
    colour 0 in the light theme, --dark-ink the dark theme's text colour."""
    pairs = []
    for theme in THEMES:
        pairs += [(f"{theme}-{i}", colour) for i, colour in enumerate(PALETTES[theme])]
        pairs += [
            (f"{theme}-{n}", c) for n, c in zip(("ink", "grid", "muted"), INK[theme], strict=True)
        ]
    return ";".join(f"--{name}:{colour}" for name, colour in pairs)


def data_json(widget: Widget) -> str:
    return json.dumps(widget.data(), separators=(",", ":"), allow_nan=False)


def widget_html(widget: Widget, text: Mapping[str, str], data_url: str) -> str:
    """The widget's markup with ``text``, its strings in the page's language (the content's
    ``widgets.texts``), reading its data from ``data_url``."""
    e = html.escape
    base = f"widget-{widget.name}"
    legend = "".join(
        f'<li data-series="{name}" data-look="c{colour} {kind}">'
        f'<svg class="widget__key" viewBox="0 0 32 12" aria-hidden="true">'
        f'<g class="widget__{"dot" if kind in KEY_SHAPES else "line"} c{colour} {kind}">'
        f"{KEY_SHAPES.get(kind, KEY_LINE)}</g></svg>{e(text[f'series.{name}'])}</li>"
        for name, colour, kind in widget.series
    )
    controls = "".join(_control(c, base, e(text[f"control.{c.name}"])) for c in widget.controls)
    controls += "".join(
        f'<button type="button" class="widget__action md-button" data-action="{name}">'
        f"{e(text[f'action.{name}'])}</button>"
        for name in widget.actions
    )
    readouts = "".join(
        f"<div><dt>{e(text[f'readout.{r.name}'])}</dt><dd><output "
        f'data-readout="{r.name}" data-format="{r.format}" aria-live="polite"></output></dd></div>'
        for r in widget.readouts
    )
    shown = {"title", "plot", "xlabel", "ylabel"} | {
        f"{kind}.{item}"
        for kind, items in (
            ("control", widget.controls),
            ("readout", widget.readouts),
        )
        for item in (i.name for i in items)
    }
    shown |= {f"action.{name}" for name in widget.actions}
    shown |= {f"series.{name}" for name, _, _ in widget.series}
    templates = "".join(
        f'<template data-text="{key}">{e(value)}</template>'
        for key, value in text.items()
        if key not in shown
    )
    return (
        f'<div class="widget" id="{base}" data-widget="{widget.name}" data-src="{e(data_url)}" '
        f'role="group" aria-labelledby="{base}-title" style="{palette_style()}" hidden>'
        f'<p class="widget__title" id="{base}-title">{e(text["title"])}</p>'
        f'<svg class="widget__plot" id="{base}-plot" role="img" aria-label="{e(text["plot"])}" '
        f'data-xlabel="{e(text["xlabel"])}" data-ylabel="{e(text["ylabel"])}"></svg>'
        f'<ul class="widget__legend">{legend}</ul>'
        f'<div class="widget__controls">{controls}</div>'
        f'<dl class="widget__readouts">{readouts}</dl>'
        f'<p class="widget__notice" data-notice aria-live="polite"></p>'
        f"{templates}</div>"
    )


def _number(value: float) -> str:
    return repr(float(value)).removesuffix(".0")


def _control(control: Control, base: str, label: str) -> str:
    key = control.name
    if control.options:
        radios = "".join(
            f'<label><input type="radio" name="{base}-{key}" value="{option}" '
            f'data-control="{key}"{" checked" if option == control.start else ""}> '
            f"{option}</label>"
            for option in control.options
        )
        return f'<fieldset class="widget__control"><legend>{label}</legend>{radios}</fieldset>'
    assert not isinstance(control.start, str)  # a slider starts at a number, a choice at an option
    limits = (
        f'min="{_number(control.low)}" max="{_number(control.high)}" '
        f'step="{_number(control.step)}" value="{_number(control.start)}" data-control="{key}"'
    )
    limits += " data-free" if not control.snap else ""
    drag = " data-drag" if control.drag else ""
    if control.box:
        return (
            f'<div class="widget__control"><label for="{base}-{key}" id="{base}-{key}-label">'
            f'{label}</label><input type="number" id="{base}-{key}" {limits}>'
            f'<input type="range" aria-labelledby="{base}-{key}-label" {limits}{drag}></div>'
        )
    start = readout_text(float(control.start), control.format)
    return (
        f'<div class="widget__control"><label for="{base}-{key}">{label}</label>'
        f'<input type="range" id="{base}-{key}" {limits}{drag}>'
        f'<output for="{base}-{key}" data-value-of="{key}" data-format="{control.format}" '
        f'aria-live="polite">{start}</output></div>'
    )
