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


def test_an_answer_key_needs_answers_to_open_and_pages_their_exercises_heading() -> None:
    exercises = '<h2 id="exercises">Exercises</h2><ol><li>Q<details class="success">A</details>'
    page = PAGE.replace("<body", '<div class="md-sidebar md-sidebar--secondary"></div><body')
    article = '<article class="md-content__inner md-typeset">'
    with_exercises = page.replace(article, article + "<h1>T</h1>" + exercises + "</li></ol>")
    printed = {"": page, "tanh/": with_exercises}
    url, key = print_page.answer_key(printed, ["", "tanh/"], "", "Key", lambda u, _: u)
    assert url == "answers/" and '<details class="success" open>A' in key
    printed["tanh/"] = with_exercises.replace('<details class="success">', "<p>")
    with pytest.raises(MarkupError, match=r"^tanh/: its exercises show no collapsed answer"):
        print_page.answer_key(printed, ["", "tanh/"], "", "Key", lambda u, _: u)
    linked = markup.with_answer_key_link(with_exercises, "../answers/", "All: {the key}.")
    assert '<p class="answer-key-link">All: <a href="../answers/">the key</a>.</p>' in linked
    with pytest.raises(MarkupError, match="0 exercises headings"):
        markup.with_answer_key_link(page, "../answers/", "All: {the key}.")
