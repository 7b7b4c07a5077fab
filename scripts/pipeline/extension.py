"""The page work as a Python-Markdown extension, for every engine: mkdocs.yml lists it among its
``markdown_extensions``. Before Python-Markdown reads a page, the page is checked and its
placeholders expanded (``Build.prepare``); once the page is converted, its formulas become
MathML and its notebook's link is added (``Build.finish_content``).

Which page, and which build: the engine's adapter says, with ``begin(build, page)`` as each page
starts (MkDocs' hooks, scripts/engines/mkdocs_hooks.py). Under Zensical, which runs no hooks,
the page is the one its own context extension holds (a preprocessor named
``rendering_context`` with the page's ``path``, ``url`` and ``meta``), and the build is the one
scripts/engines/zensical.py started.

An engine gives the extension to the Markdown instances it makes while a page is converted too
(markdown-exec's for what a block printed, mkdocstrings' for each docstring): only the first
instance that reads a page is the page's; the others are left alone.
"""

from __future__ import annotations

import weakref
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .build import Build, Page

_begun: tuple[Build, Page] | None = None  # the page an adapter began, not yet read
_started: Build | None = None  # the build a Zensical run started (scripts/engines/zensical.py)
_reading: dict[int, tuple[Build, Page]] = {}  # by id(Markdown): the instances reading a page
_serialized: set[int] = set()  # by id(Markdown): those whose tree is done, its HTML next
_read: weakref.WeakSet[Any] = weakref.WeakSet()  # Zensical's pages whose reading has begun


def begin(build: Build, page: Page) -> None:
    """``page`` of ``build`` is the next page an engine converts."""
    global _begun
    _begun = build, page


def start(build: Build | None) -> None:
    """``build`` is the build of the pages Zensical converts from here on (None: no build)."""
    global _started
    _started = build


def _zensical_page(md: Markdown) -> Page | None:
    if "rendering_context" not in md.preprocessors:
        return None  # not Zensical
    # Zensical's preprocessor of that name holds the page; the registry is typed with Markdown's
    # base Preprocessor, which has no page
    page = md.preprocessors["rendering_context"].page  # type: ignore[attr-defined]
    if page in _read:
        return None  # a Markdown instance made inside the page's conversion
    _read.add(page)
    return Page(page.path, page.url, str(page.meta.get("description", "")))


class _Prepare(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        global _begun
        if _begun is not None:
            reading, _begun = _begun, None
        elif _started is not None and (page := _zensical_page(self.md)) is not None:
            reading = _started, page
        else:
            return lines
        _reading.clear()  # the engines convert one page at a time: one left by a failed
        _serialized.clear()  # conversion must not claim a Markdown instance made later
        _reading[id(self.md)] = reading
        build, page = reading
        return build.prepare(page, "\n".join(lines)).split("\n")


class _TreeDone(Treeprocessor):
    def run(self, root: Any) -> None:
        if id(self.md) in _reading:
            _serialized.add(id(self.md))


class _Finish(Postprocessor):
    """The page's HTML, once: the postprocessors also run on each heading's text (the toc
    extension's names), before the tree is done."""

    def run(self, text: str) -> str:
        if id(self.md) not in _serialized:
            return text
        _serialized.discard(id(self.md))
        build, page = _reading.pop(id(self.md))
        return build.finish_content(page, text)


class SiteExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        # before every other preprocessor: the page as written (white space as it is)
        md.preprocessors.register(_Prepare(md), "sigmoid_site_prepare", 1000)
        # after every other treeprocessor (the toc's among them)
        md.treeprocessors.register(_TreeDone(md), "sigmoid_site_tree_done", -1000)
        # after every other postprocessor: the page's whole HTML, stashed markup restored
        md.postprocessors.register(_Finish(md), "sigmoid_site_finish", -1000)


def makeExtension(**kwargs: Any) -> SiteExtension:  # noqa: N802 - Python-Markdown's name
    return SiteExtension(**kwargs)
