"""The page work as a Python-Markdown extension (scripts/pipeline/extension.py): each page is
prepared before it is read and finished once, on its whole HTML, whichever engine says which
page it is; the Markdown instances made while a page is converted are left alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import markdown
import pytest
from markdown.preprocessors import Preprocessor

from scripts.pipeline import extension
from scripts.pipeline.build import Page

EXTENSIONS = ["toc", "scripts.pipeline.extension"]


class Recording:
    """A Build that records what it is asked to do."""

    def __init__(self) -> None:
        self.prepared: list[tuple[str, str]] = []
        self.finished: list[tuple[str, str]] = []

    def prepare(self, page: Page, text: str) -> str:
        self.prepared.append((page.src_path, text))
        return text.replace("PLACEHOLDER", "placed")

    def finish_content(self, page: Page, html: str) -> str:
        self.finished.append((page.src_path, html))
        return html + "<!-- finished -->"


class Inner(Preprocessor):
    """Converts a snippet with the site's extensions while the page is read, as markdown-exec
    does with what a block printed."""

    def __init__(self, md: markdown.Markdown, make: Any) -> None:
        super().__init__(md)
        self.make = make

    def run(self, lines: list[str]) -> list[str]:
        self.make().convert("## Inner\n\nPLACEHOLDER")
        return lines


@pytest.fixture
def build() -> Iterator[Recording]:
    recording = Recording()
    yield recording
    extension.start(None)


TEXT = "# Title\n\nPLACEHOLDER\n\n## Section"


def test_a_page_an_adapter_begins_is_prepared_then_finished_once_whole(build: Recording) -> None:
    md = markdown.Markdown(extensions=EXTENSIONS)
    md.preprocessors.register(Inner(md, lambda: markdown.Markdown(extensions=EXTENSIONS)), "i", 500)
    extension.begin(build, Page("sigmoid.md", "sigmoid/"))  # type: ignore[arg-type]
    html = md.convert(TEXT)
    assert build.prepared == [("sigmoid.md", TEXT)]
    assert [page for page, _ in build.finished] == ["sigmoid.md"]
    assert build.finished[0][1].startswith('<h1 id="title">Title</h1>')  # not a heading's text
    assert "placed" in html and html.endswith("<!-- finished -->")
    assert markdown.Markdown(extensions=EXTENSIONS).convert(TEXT).count("PLACEHOLDER") == 1
    assert len(build.prepared) == 1  # nothing begun: a conversion is left alone


class ZensicalPage:  # as zensical.extensions.context.Page holds it
    def __init__(self, path: str, url: str, meta: dict[str, str]) -> None:
        self.path, self.url, self.meta = path, url, meta


class Context(Preprocessor):
    """Zensical's context preprocessor: the page being rendered, shared by the Markdown
    instances made while it is converted."""

    def __init__(self, md: markdown.Markdown, page: object) -> None:
        super().__init__(md)
        self.page = page

    def run(self, lines: list[str]) -> list[str]:
        return lines


def test_under_zensical_the_page_is_its_context_s_and_inner_conversions_share_it(
    build: Recording,
) -> None:
    page = ZensicalPage("tanh.md", "tanh/", {"description": "d"})

    def made() -> markdown.Markdown:
        md = markdown.Markdown(extensions=EXTENSIONS)
        md.preprocessors.register(Context(md, page), "rendering_context", 0)
        return md

    outer = made()
    outer.preprocessors.register(Inner(outer, made), "i", 500)
    extension.start(build)  # type: ignore[arg-type]
    outer.convert(TEXT)
    assert build.prepared == [("tanh.md", TEXT)]
    assert [p for p, _ in build.finished] == ["tanh.md"]
