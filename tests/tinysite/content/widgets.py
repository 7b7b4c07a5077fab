"""The fixture site's widgets: none."""

from __future__ import annotations

from scripts.model import Widget, find

WIDGETS: tuple[Widget, ...] = ()


def named(name: str) -> Widget:
    return find(WIDGETS, name, "widget")


def english_texts(widget: Widget) -> dict[str, str]:
    return dict(widget.text)


def texts(widget: Widget, language: str) -> dict[str, str]:
    return dict(widget.text)
