"""The build's changes to the theme's own files (scripts/rendering/theme.py), against the pinned
theme."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from scripts.rendering import theme

PALETTE = sorted(
    (Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob(
        "palette.*.min.css"
    )
)


def test_the_pinned_themes_palette_stylesheet_loses_its_switching_rule_only() -> None:
    assert len(PALETTE) == 1
    css = PALETTE[0].read_text(encoding="utf-8")
    trimmed = theme.without_switching_rule(css)
    assert "data-md-color-switching" not in trimmed
    assert len(css) - len(trimmed) == len(theme.SWITCHING_RULE)


def test_a_theme_without_the_rule_fails_the_build() -> None:
    with pytest.raises(theme.ThemeError, match="theme.py"):
        theme.without_switching_rule("[data-md-color-scheme=slate]{color-scheme:dark}")
