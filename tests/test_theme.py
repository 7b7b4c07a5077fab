"""The build's changes to the theme's own files (scripts/rendering/theme.py) and the templates
that stand in for the theme's (overrides/), against the pinned theme."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from scripts.rendering import theme

THEME = Path(material.__file__).parent / "templates"
OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"
PALETTE = sorted((THEME / "assets" / "stylesheets").glob("palette.*.min.css"))


def test_the_pinned_themes_palette_stylesheet_loses_its_switching_rule_only() -> None:
    assert len(PALETTE) == 1
    css = PALETTE[0].read_text(encoding="utf-8")
    trimmed = theme.without_switching_rule(css)
    assert "data-md-color-switching" not in trimmed
    assert len(css) - len(trimmed) == len(theme.SWITCHING_RULE)


def test_a_theme_without_the_rule_fails_the_build() -> None:
    with pytest.raises(theme.ThemeError, match="theme.py"):
        theme.without_switching_rule("[data-md-color-scheme=slate]{color-scheme:dark}")


def without_leading_comment(template: str) -> str:
    return re.sub(r"\A\{#-.*?-#\}\n", "", template, flags=re.S)


def test_the_palette_toggle_is_the_themes_without_its_component() -> None:
    """overrides/partials/palette.html is the pinned theme's template, less the attribute that
    hands the toggle to the theme's palette component."""
    theirs, ours = (
        without_leading_comment((root / "partials" / "palette.html").read_text(encoding="utf-8"))
        for root in (THEME, OVERRIDES)
    )
    attribute = ' data-md-component="palette"'
    assert theirs.count(attribute) == 1
    assert ours == theirs.replace(attribute, "")
