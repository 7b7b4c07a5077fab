"""The build's changes to the theme's own files (scripts/rendering/theme.py) and the templates
that stand in for the theme's and the i18n plugin's (overrides/), against the pinned versions:
a copied template is the upstream one with the changes each test states and no other, so an
upstream release that changes it, or an edit to the copy, fails here."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import material
import mkdocs_static_i18n
import pytest

from scripts.rendering import theme

THEME = Path(material.__file__).parent / "templates"
I18N_SITEMAP = Path(mkdocs_static_i18n.__file__).parent / "custom_i18n_sitemap" / "sitemap.xml"
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


def upstream_and_copy(upstream: Path, copy: str) -> tuple[str, str]:
    """The upstream template and overrides/``copy``, each without its leading comment (the
    theme's says the file is generated, the copy's what it changes)."""
    theirs, ours = (p.read_text(encoding="utf-8") for p in (upstream, OVERRIDES / copy))
    return without_leading_comment(theirs), without_leading_comment(ours)


def changed(template: str, changes: Sequence[tuple[str, str]]) -> str:
    """``template`` with each (old, new) made; each old must be there exactly once."""
    for old, new in changes:
        assert template.count(old) == 1, old
        template = template.replace(old, new)
    return template


def test_the_palette_toggle_is_the_themes_without_its_component() -> None:
    """overrides/partials/palette.html is the pinned theme's template, less the attribute that
    hands the toggle to the theme's palette component."""
    theirs, ours = upstream_and_copy(THEME / "partials" / "palette.html", "partials/palette.html")
    assert ours == changed(theirs, [(' data-md-component="palette"', "")])


def test_the_language_menu_is_the_themes_listing_the_pages_own_alternates() -> None:
    """overrides/partials/alternate.html is the pinned theme's language menu, listing the
    hooks' page_alternates (this page in each language) instead of config.extra.alternate,
    each link with target="_self"."""
    theirs, ours = upstream_and_copy(
        THEME / "partials" / "alternate.html", "partials/alternate.html"
    )
    assert ours == changed(
        theirs,
        [
            ("{% for alt in config.extra.alternate %}", "{% for alt in page_alternates %}"),
            ('hreflang="{{ alt.lang }}" class=', 'hreflang="{{ alt.lang }}" target="_self" class='),
        ],
    )


def test_the_footer_is_the_themes_with_a_link_to_the_print_page() -> None:
    """overrides/partials/copyright.html is the pinned theme's footer notice with the print
    page's link (print_page, set by the hooks) before the generator's credit."""
    theirs, ours = upstream_and_copy(
        THEME / "partials" / "copyright.html", "partials/copyright.html"
    )
    credit = "  {% if not config.extra.generator == false %}\n"
    link = (
        "  {% if print_page %}\n"
        '    <a href="{{ print_page.link }}">{{ print_page.name }}</a> ·\n'
        "  {% endif %}\n"
    )
    assert ours == changed(theirs, [(credit, link + credit)])


def test_the_sitemap_is_the_i18n_plugins_listing_pages_only_with_a_site_url() -> None:
    """overrides/sitemap.xml is the pinned mkdocs-static-i18n's sitemap (the plugin installs
    it only when the theme's custom_dir has none) with its pages inside {% if config.site_url %},
    and the pages it skips skipped by an "if" instead of "continue" (which Zensical lacks)."""
    theirs, ours = upstream_and_copy(I18N_SITEMAP, "sitemap.xml")
    urlset = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    opening = urlset + 'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    skips = (
        "    {%- if file.page.is_link %}\n"
        "        {%- continue %}\n"
        "    {%- endif %}\n"
        "\n"
        "    {%- if not file.page %}\n"
        "        {%- continue %}\n"
        "    {%- endif %}\n"
    )
    loops_end = "{%- endfor %}\n{%- endfor %}\n"
    closing = "    </url>\n" + loops_end + "</urlset>"
    assert ours == changed(
        theirs,
        [
            (opening, opening + "{%- if config.site_url %}\n"),
            (skips, "    {%- if file.page and not file.page.is_link %}\n"),
            (closing, "    </url>\n    {%- endif %}\n" + loops_end + "{%- endif %}\n</urlset>"),
        ],
    )


def test_the_main_template_replaces_one_that_only_extends_base() -> None:
    """overrides/main.html stands in for the theme's main.html, which holds nothing but its
    extends line (so nothing of it is lost), and overrides two blocks base.html has."""
    theirs, ours = upstream_and_copy(THEME / "main.html", "main.html")
    extends = '{% extends "base.html" %}\n'
    assert theirs == extends
    assert ours.startswith(extends)
    base = (THEME / "base.html").read_text(encoding="utf-8")
    for block in re.findall(r"\{% block (\w+) %\}", ours):
        assert base.count(f"{{% block {block} %}}") == 1, block
    assert set(re.findall(r"\{% block (\w+) %\}", ours)) == {"scripts", "extrahead"}


# the pinned theme's partials/javascripts/palette.html (Material 9.8.2), which the site's own
# palette script replaces: it only applies a palette a reader chose (__md_get("__palette")) to
# the body; the replacement does that and what the theme's palette component did
THEME_PALETTE_SCRIPT = "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5"


def test_the_palette_script_replaces_the_pinned_themes() -> None:
    """A theme release that changes the script the override replaces fails here, for the
    override to be checked against what the new script does."""
    script = (THEME / "partials" / "javascripts" / "palette.html").read_bytes()
    assert hashlib.sha256(script).hexdigest() == THEME_PALETTE_SCRIPT
    assert (OVERRIDES / "partials" / "javascripts" / "palette.html").exists()
