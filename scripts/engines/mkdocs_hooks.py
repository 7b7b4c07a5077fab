"""MkDocs' hooks: the adapter between MkDocs (with Material and mkdocs-static-i18n) and the
site's pipeline (scripts/pipeline/build.py), which does the work.

* ``on_pre_build``: a ``Build`` for the build; jieba taught the glossary's terms for the search;
  under ``mkdocs serve``, sigmoid_core and scripts.* imported afresh when a file they compute
  from has changed, and the serve speed-ups (scripts/engines/mkdocs_serve.py);
* ``on_files``: every claim and definition names a page;
* ``on_page_markdown``: the page handed to the pipeline's Markdown extension
  (scripts/pipeline/extension.py), which checks it, expands its placeholders, and renders its
  formulas and its notebook;
* ``on_page_context``: the language menu's links and the print page's link for the templates
  (scripts/engines/mkdocs_editions.py); the search plugin reads each formula as its text, and
  under serve a page it read as it is now in the previous build not at all;
* ``on_post_page``: the editions' fixes to the page's HTML (scripts/engines/mkdocs_editions.py);
* ``on_post_build``: each edition's search index and sitemaps, the pipeline's end of the build
  (``Build.finish``), Material's palette stylesheet trimmed (scripts/rendering/theme.py), and
  the pipeline's report.

The i18n plugin builds the Chinese edition inside the English build's ``on_post_build``, with
these same hooks: one ``Build`` spans both editions.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
from collections.abc import Callable, Iterable, MutableMapping
from pathlib import Path
from types import ModuleType
from typing import Any

import jieba
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # mkdocs.yml names this file; scripts.* lie beside it
    sys.path.insert(0, str(ROOT))

from scripts import addresses, cache, catalogue  # noqa: E402
from scripts.content import glossary, interface  # noqa: E402
from scripts.engines import mkdocs_editions as editions  # noqa: E402
from scripts.engines import mkdocs_serve as serve  # noqa: E402
from scripts.pipeline import build as pipeline  # noqa: E402
from scripts.pipeline import code_blocks, extension  # noqa: E402
from scripts.rendering import markup, math_page, theme  # noqa: E402

log = logging.getLogger("mkdocs.hooks.sigmoid")
serving = False  # a process of ``mkdocs serve``
first_serve_build = False  # until the first build of ``mkdocs serve`` is done
sources = ""  # under serve: serve.sources_key() of the modules imported
build: pipeline.Build
reading_order: dict[str, list[str]] = {}  # each edition's URLs, for its print page
hreflang: dict[str, list[tuple[str, str]]] = {}  # each page's alternates, until its HTML is done
searched: pipeline.Memo[list[dict[str, Any]]] = pipeline.Memo()  # serve: each page's entries
# while the search plugin reads a page: its HTML, the key of what the plugin reads, where its
# entries start in the plugin's index, and its front matter, each as it was
search_reads: dict[str, tuple[str, str, int, MutableMapping[str, Any]]] = {}


def on_startup(command: str, dirty: bool) -> None:
    global serving, first_serve_build
    serving = first_serve_build = command == "serve"


def _reimported() -> None:
    """sigmoid_core and scripts.* imported afresh (serve, after an edit to a file they compute
    from), and each module this one names rebound to its new import."""
    ours = ("sigmoid_core", "scripts")
    named = {
        alias: module.__name__
        for alias, module in globals().items()
        if isinstance(module, ModuleType) and module.__name__.split(".")[0] in ours
    }
    for name in [n for n in sys.modules if n.split(".")[0] in ours]:
        del sys.modules[name]
    for alias, name in named.items():
        globals()[alias] = importlib.import_module(name)


def on_pre_build(config: MkDocsConfig) -> None:
    global build, sources, searched
    plugin = config.plugins.get("mkdocstrings")  # its locale comes from the theme's language,
    if plugin is not None:  # read before the i18n plugin sets it; 1.0.8 has no public setter
        plugin._handlers._locale = config.theme["language"]
    if _is_later_language(config):  # the Chinese edition: the same build
        return
    before = None
    if serving:
        now = serve.sources_key()
        if now == sources:  # the modules, and what they cached and made, stand
            before, searched = build.memos, searched.for_next_build()
        else:
            _reimported()
            sources, searched = now, pipeline.Memo()
        serve.new_build(sources, cache.key(Path(config.config_file_path).read_bytes()))
        code_blocks.remember(sources)
        serve.forget_terms()
    for word in glossary.search_words():  # jieba segments the Chinese search index
        jieba.add_word(word)
    build = pipeline.Build(Path(config.docs_dir), config.site_url, before, error=PluginError)


def _is_later_language(config: MkDocsConfig) -> bool:
    """True in the builds the i18n plugin runs inside the default language's (the Chinese
    edition's, from the plugin's on_post_build), false in the default language's own."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


def _page(page: Page) -> pipeline.Page:
    return pipeline.Page(page.file.src_uri, page.url, page.meta.get("description", ""))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages = files.documentation_pages()
    build.check_pages({pipeline.Page(f.src_uri, f.url).english for f in pages})
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    extension.begin(build, _page(page))
    return markdown


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    return serve.keep_compiled(env) if serving else env


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Each edition's pages in reading order, for its print page."""
    if nav.pages:
        reading_order[_page(nav.pages[0]).language] = [p.url for p in nav.pages]
    return nav


def _page_links(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """The language menu's links and the head's hreflang addresses (after the i18n plugin has
    set ``extra.alternate`` for the page), and the link to the edition's print page."""
    found = getattr(config.extra, "alternate", None) or []
    # an attribute of the site's own on MkDocs' Page (its class has none), read by on_post_page
    context["page_alternates"], hreflang[page.url] = editions.alternates(found, config.site_url)
    language = _page(page).language
    context["print_page"] = {
        "link": addresses.relative(f"{addresses.edition_root(language)}print/", page.url),
        "name": interface.name(language, "print"),
    }
    return context


def _search_plugin(config: MkDocsConfig) -> Any:
    return config.plugins.get("material/search") or config.plugins.get("search")


@event_priority(50)  # before the search plugin's, which indexes page.content
def _before_search_reads(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """The search plugin is given each formula's text without its markup: the same index
    (scripts/rendering/math_page.py: as_search_reads), read in a fraction of the time. Under
    serve, a page it read in the previous build, the same in all the plugin reads of it, is not
    read again: the plugin is told to leave the page out (its ``search.exclude``), and the
    entries it made of it are given back to its index afterwards."""
    search = _search_plugin(config)
    if search is None:
        return context
    content = page.content or ""
    page.content = math_page.as_search_reads(content)
    toc: Callable[[Iterable[AnchorLink]], list[Any]] = lambda items: [  # noqa: E731
        [i.id, i.url, i.title, toc(i.children)] for i in items
    ]
    key = cache.key(
        page.content, toc(page.toc), page.url, str(page.title),
        json.dumps(page.meta, sort_keys=True, default=str),
        sorted((name, str(value)) for name, value in search.config.items()),
    )  # fmt: skip
    search_reads[page.url] = (content, key, len(search.search_index.entries), page.meta)
    if serving and searched.found(key):
        page.meta = {**page.meta, "search": {**(page.meta.get("search") or {}), "exclude": True}}
    return context


@event_priority(-50)  # after the search plugin's, before the page is rendered
def _after_search_read(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    if page.url not in search_reads:
        return context
    page.content, key, start, page.meta = search_reads.pop(page.url)
    if not serving:
        return context
    entries = _search_plugin(config).search_index.entries
    reused = searched.found(key)  # then the plugin has left the page out
    kept = searched.get(key, lambda: entries[start:])
    if reused:
        entries += kept
    return context


on_page_context = CombinedEvent(_page_links, _before_search_reads, _after_search_read)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    language = _page(page).language
    try:
        return editions.finished(
            output, language, page.url, catalogue.html_lang(language),
            hreflang.pop(page.url, []), addresses.full_address(config.site_url, page.url),
        )  # fmt: skip
    except markup.MarkupError as exc:
        raise PluginError(str(exc)) from exc


@event_priority(-110)  # after the i18n plugin's, which builds the other editions, then the index
def on_post_build(config: MkDocsConfig) -> None:
    global first_serve_build
    if _is_later_language(config):
        return  # once, when every edition is built
    site = Path(config.site_dir)
    editions.split_search_index(site)
    editions.sitemaps(site, config.site_url)
    build.finish(site, reading_order)
    try:  # Material's own palette stylesheet
        theme.trim_palette_stylesheet(site)
    except theme.ThemeError as exc:
        raise PluginError(str(exc)) from exc
    for line in build.report():
        log.info("%s", line)
    if first_serve_build:
        serve.leave_out_of_full_collections()
        first_serve_build = False
