"""Every edit the build makes to markup the theme or a plugin wrote happens exactly once on a
page, or the build stops and says where: a release that changes that markup is noticed, never
passed over (scripts/rendering/markup.py: replace_once)."""

from __future__ import annotations

import pytest

from scripts.engines import mkdocs_editions
from scripts.rendering import markup, print_page
from scripts.rendering.markup import MarkupError


@pytest.mark.parametrize("text", ["<p>no head</p>", "</head></head>"])
def test_an_edit_that_would_not_happen_exactly_once_stops_the_build(text: str) -> None:
    with pytest.raises(MarkupError, match=r"^the page's head: [02] of '</head>'"):
        markup.with_head_links(text + "<math>", "font.woff2", "w.js", "w.css")


def test_a_signature_mkdocstrings_writes_otherwise_is_refused() -> None:
    ok = '<div class="doc-signature highlight"><pre>f(x)</pre></div>'
    assert "highlight no-copy" in markup.signatures_without_copy_button(ok)
    changed = '<div class="doc-signature highlight language-python"><pre>f(x)</pre></div>'
    with pytest.raises(MarkupError, match="API signature"):
        markup.signatures_without_copy_button(changed)


PAGE = (
    '<html lang="zh"><head><title>T - S</title></head><body class="x">'
    '<div class="md-search" data-md-component="search" role="dialog"></div>'
    '<article class="md-content__inner md-typeset"><a href="../tanh/">t</a></article></body>'
    "</html>"
)


def test_the_editions_edits_need_the_theme_s_markup() -> None:
    def finished(page: str) -> str:
        return mkdocs_editions.interface_names(page, "zh", "zh/sigmoid/")

    assert 'aria-label="搜索"' in finished(PAGE) and 'data-code-buttons="' in finished(PAGE)
    with pytest.raises(MarkupError, match=r"^zh/sigmoid/: 0 of '<div class=\"md-search\""):
        finished(PAGE.replace('role="dialog"', 'role="search"'))
    with pytest.raises(MarkupError, match=r"^zh/sigmoid/: 0 of '<body '"):
        finished(PAGE.replace("<body ", "<body>"))


def test_a_print_page_needs_each_page_s_article() -> None:
    page = PAGE.replace("<body", '<div class="md-sidebar md-sidebar--secondary"></div><body')
    printed = {"": page, "tanh/": page}
    assert print_page.print_page(printed, ["", "tanh/"], "", "All", lambda u, _: u)[0] == "print/"
    printed["tanh/"] = page.replace("md-content__inner", "md-content")
    with pytest.raises(MarkupError, match=r"^tanh/: 0 matches"):
        print_page.print_page(printed, ["", "tanh/"], "", "All", lambda u, _: u)
