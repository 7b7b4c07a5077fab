"""What the build changes in the theme's own files, each change checked against the pinned
theme's text (a theme whose text differs fails the build, naming this module).

Material's palette stylesheet turns transitions off while the body has
``data-md-color-switching``, with a rule on every element: the browser tests it against every
element each time it restyles the page. Nothing here sets that attribute: the palette toggle is
the site's own (overrides/partials/javascripts/palette.html), which marks a reader's switch
with ``data-palette-switching`` for site.css's rule instead. The theme's rule is taken out of
the stylesheet.
"""

from __future__ import annotations

from pathlib import Path

SWITCHING_RULE = (
    "[data-md-color-switching] *,[data-md-color-switching] :after,"
    "[data-md-color-switching] :before{transition-duration:0s!important}"
)


class ThemeError(ValueError):
    pass


def without_switching_rule(css: str) -> str:
    """The palette stylesheet without its rule on ``data-md-color-switching``."""
    if css.count(SWITCHING_RULE) != 1:
        raise ThemeError(
            "the theme's palette stylesheet no longer holds its data-md-color-switching rule"
            " once: see scripts/rendering/theme.py"
        )
    return css.replace(SWITCHING_RULE, "")


def trim_palette_stylesheet(site: Path) -> None:
    """The theme's palette stylesheet in the built ``site``, without its switching rule."""
    found = sorted((site / "assets" / "stylesheets").glob("palette.*.min.css"))
    if len(found) != 1:
        raise ThemeError(f"the built site holds {len(found)} palette stylesheets, not 1")
    found[0].write_text(without_switching_rule(found[0].read_text("utf-8")), "utf-8")
