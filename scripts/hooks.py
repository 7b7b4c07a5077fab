"""MkDocs hooks: the build's table of contents. Each handler hands a page to pure modules of
scripts/ and turns their errors into PluginError; nothing here but the wiring and the state.

* ``on_pre_build``: sigmoid_core and scripts.* imported afresh when a file they compute from
  has changed (scripts/reload.py: ``mkdocs serve`` picks up edits, and keeps what they computed
  across prose edits); the caches of the checks loaded; jieba taught the glossary's terms; the
  API in the language.
* ``on_env``: the theme's compiled templates kept across serve's rebuilds (scripts/reload.py).
* ``on_page_markdown``: the page's checks (scripts/checks/page.py: placeholders, editions,
  numbers, claims, derivations, exercises), then its placeholders expanded
  (scripts/placeholders.py, scripts/rendering/placing.py: values, figures, tables, widgets,
  the glossary), and again for its notebook if it has Python code; both kept for serve's
  next build.
* ``on_page_content``: every formula to MathML (scripts/rendering/math_page.py); the page's
  notebook made from what its Python blocks printed (scripts/reload.py: ``take_printed``;
  scripts/rendering/notebook.py), and the link that downloads it put under its title.
* ``on_page_context`` and ``on_post_page``: the editions' links, names and search base
  (scripts/editions_site.py), the math font's preload and the widgets' script; the search
  plugin reads each formula as text (scripts/rendering/math_page.py), and a page it read as it
  is now in serve's previous build not at all.
* ``on_post_build``: each edition's search index, sitemaps and print page
  (scripts/rendering/print_page.py), the notebooks, the theme's palette stylesheet trimmed
  (scripts/rendering/theme.py), the cut math font, the caches and the per-page report; under
  ``mkdocs serve``, what lives from build to build left out of full garbage collections
  (scripts/reload.py).

The i18n plugin builds the Chinese edition inside the English build's on_post_build, with
these same hooks: one BuildState spans both editions.
"""

from __future__ import annotations

import importlib
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from scripts.reload import Memo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
WIDGET_SCRIPT = "javascripts/widgets.js"
WIDGET_STYLE = "stylesheets/widgets.css"  # loaded by the script: the widgets start hidden
MODULES = (  # imported afresh before each build; the hooks use them by their last names
    *("scripts.cache", "scripts.formulas", "scripts.editions_site", "scripts.placeholders"),
    *(f"scripts.content.{n}" for n in ("claims", "definitions", "derivations", "exercises")),
    *(f"scripts.content.{n}" for n in ("figures", "notebooks")),
    *(f"scripts.content.{n}" for n in ("glossary", "tables", "values", "widgets")),
    *(f"scripts.checks.{n}" for n in ("numbers", "page", "translations")),
    *(f"scripts.rendering.{n}" for n in ("markup", "math_page", "notebook", "placing")),
    *("scripts.rendering.print_page", "scripts.rendering.theme"),
)
log = logging.getLogger("mkdocs.hooks.sigmoid")


class CheckedPage(NamedTuple):
    """What a page's checks leave for the end of the build."""

    report: Any  # numbers.Report
    claims: set[str]  # the keys of the claims it states, each checked
    derivations: Any  # its entry for the derivations' cache, or None
    exercises: Counter[str]  # by kind


def _memo() -> Memo[Any]:
    return importlib.import_module("scripts.reload").Memo()


@dataclass
class BuildState:
    """What a build keeps from page to page and for its end, over both editions."""

    modules: dict[str, ModuleType] = field(default_factory=dict)
    sources: str = ""  # reload.sources_key() of the modules above
    renderer: str = ""  # the key of the MathML below: it outlives a build, not an edit
    mathml: dict[tuple[str, bool], tuple[str, set[str]]] = field(default_factory=dict)
    drawn: set[str] = field(default_factory=set)  # the characters the formulas draw
    printed: dict[str, str] = field(default_factory=dict)  # each page's HTML, by URL
    reading_order: dict[str, list[str]] = field(default_factory=dict)  # by language
    claims: tuple[Any, ...] = ()
    claim_context: str = ""
    claims_passed: set[str] = field(default_factory=set)
    claims_used: set[str] = field(default_factory=set)
    derivation_context: str = ""
    derivations_passed: dict[str, list[object]] = field(default_factory=dict)
    derivations_used: dict[str, list[object]] = field(default_factory=dict)
    reports: dict[str, Any] = field(default_factory=dict)  # numbers.Report, by page
    exercises: dict[str, Counter[str]] = field(default_factory=dict)  # by page, by kind
    notebook_sources: dict[str, tuple[str, dict[str, bytes]]] = field(default_factory=dict)
    notebooks: dict[str, str] = field(default_factory=dict)  # each notebook's JSON, by path
    notebook_counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # by page
    # by the key of what each was made from, for serve's next build (scripts/reload.py: Memo):
    # each page's checks, its Markdown with the placeholders expanded (and its notebook's), its
    # search entries and its notebook's JSON and counts
    checked: Memo[CheckedPage] = field(default_factory=_memo)
    expanded: Memo[tuple[str, tuple[str, dict[str, bytes]] | None]] = field(default_factory=_memo)
    searched: Memo[list[dict[str, Any]]] = field(default_factory=_memo)
    notebooks_made: Memo[tuple[str, tuple[int, int]]] = field(default_factory=_memo)
    # while the search plugin reads a page: its HTML, the key of what the plugin reads, where
    # its entries start in the plugin's index, and its front matter, each as it was
    search_reads: dict[str, tuple[str, str, int, dict[str, Any]]] = field(default_factory=dict)
    declared: Any = None  # rendering.placing.Declared: what the pages may place


state = BuildState()
first_serve_build = False  # until the first build of ``mkdocs serve`` is done


def on_startup(command: str, dirty: bool) -> None:
    global first_serve_build
    first_serve_build = command == "serve"


def module(name: str) -> ModuleType:
    return state.modules[name]


def on_pre_build(config: MkDocsConfig) -> None:
    global state
    if str(ROOT) not in sys.path:  # checked on every build: plugins may restore sys.path
        sys.path.insert(0, str(ROOT))
    plugin = config.plugins.get("mkdocstrings")  # its locale comes from the theme's language,
    if plugin is not None:  # read before the i18n plugin sets it; 1.0.8 has no public setter
        plugin._handlers._locale = config.theme["language"]
    reload = importlib.import_module("scripts.reload")  # what serve keeps between builds
    if plugin is not None:
        reload.keep_compiled(plugin.get_handler("python").env)
    if _is_later_language(config) and state.modules:  # the Chinese edition: same sources
        state.claims_passed |= state.claims_used
        state.derivations_passed.update(state.derivations_used)
        return
    sources = reload.sources_key()
    same = sources == state.sources  # the modules, and what they cached and made, stand
    if not same:
        for name in [n for n in sys.modules if n.split(".")[0] in ("sigmoid_core", "scripts")]:
            del sys.modules[name]
        reload = importlib.import_module("scripts.reload")
    memos = {
        name: getattr(state, name).for_next_build() if same else reload.Memo()
        for name in ("checked", "expanded", "searched", "notebooks_made")
    }
    try:
        modules = {m.rsplit(".", 1)[1]: importlib.import_module(m) for m in MODULES}
    except ValueError as exc:  # two declarations with one name
        raise PluginError(f"scripts/content: {exc}") from exc
    settings = modules["cache"].key(Path(config.config_file_path).read_bytes())
    reload.new_build(sources, settings, Files)
    reload.keep_terms_whole(modules["glossary"].search_words())  # jieba: the search's segmenter
    cache, renderer = modules["cache"], modules["math_page"].renderer_key()
    keep = renderer == state.renderer
    state = BuildState(
        modules=modules,
        sources=sources,
        renderer=renderer,
        mathml=state.mathml if keep else {},
        **memos,
        claims=modules["claims"].all_claims(),
        claim_context=cache.claim_context(),
        claims_passed=set(cache.load_json(cache.CLAIM_CACHE) or []),
        derivation_context=cache.derivation_context(),
        derivations_passed=cache.load_json(cache.DERIVATION_CACHE),
        declared=_declared(modules),
    )


def _declared(m: dict[str, ModuleType]) -> Any:
    """What the pages may place, from this build's modules."""
    numbers, values, words = m["numbers"], m["values"], m["translations"]
    return m["placing"].Declared(
        figure=m["figures"].named,
        table=m["tables"].named,
        tables=m["tables"].TABLES,
        titles=m["tables"].TITLES,
        widget=m["widgets"].named,
        widget_texts=m["widgets"].texts,
        glossary_table=m["glossary"].markdown_table,
        translated_figure=words.figure,
        translated_table=words.table,
        phrase=words.phrase,
        value=lambda name, page, language: numbers.value_text(
            name, values.by_name(), page, language
        ),
        expand=lambda text, page, language: numbers.expand_values(
            text, values.by_name(), page, language
        ),
    )


def _is_later_language(config: MkDocsConfig) -> bool:
    """True in the builds the i18n plugin runs inside the default language's (the Chinese
    edition's, from the plugin's on_post_build), false in the default language's own."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


def language_of(page: Page) -> str:
    """The language a page is written in (docs/NAME.zh.md: "zh")."""
    return getattr(page.file, "locale", None) or module("translations").DEFAULT


def source_of(page: Page) -> str:
    """The English page a page belongs to (docs/NAME.zh.md: "NAME.md"), which the claims,
    definitions and derivations name."""
    return getattr(page.file, "norm_src_uri", None) or page.file.src_uri


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages = {getattr(f, "norm_src_uri", f.src_uri) for f in files.documentation_pages()}
    definitions = module("definitions").DEFINITIONS
    try:
        module("page").refuse_unknown_pages(pages, state.claims, definitions)
    except module("page").PageError as exc:
        raise PluginError(str(exc)) from exc
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    checks, written = module("page"), page.file.src_uri
    skip, language = module("cache").generation_skipped(), language_of(page)
    try:
        checks.refuse_malformed_placeholders(written, markdown)
        if not skip:
            _check(markdown, page, Path(config["docs_dir"]))
        key = module("cache").key(written, markdown, language, page.url, config.site_url, skip)
        expanded, notebook_source = state.expanded.get(
            key, lambda: _expanded(markdown, written, language, page.url, config.site_url, skip)
        )
    except (checks.PageError, module("placing").PlacingError) as exc:
        raise PluginError(str(exc)) from exc
    importlib.import_module("scripts.reload").take_printed()  # from here on: this page's
    state.notebook_sources.pop(written, None)
    if notebook_source is not None:
        state.notebook_sources[written] = notebook_source
    return expanded


def _expanded(
    markdown: str, written: str, language: str, url: str, site_url: str | None, skip: bool
) -> tuple[str, tuple[str, dict[str, bytes]] | None]:
    """The page's Markdown with its placeholders expanded, and its notebook's Markdown and
    attachments if it has Python code."""
    placing, expand = module("placing"), module("placeholders").expand
    replace = placing.replacements(state.declared, written, language, url, get_relative_url, skip)
    expanded = expand(markdown, written, replace)
    if not module("notebook").python_blocks(markdown):
        return expanded, None
    replace, attached = placing.notebook_replacements(
        state.declared, written, language, site_url, skip
    )
    return expanded, (expand(markdown, written, replace), attached)


def _check(markdown: str, page: Page, docs: Path) -> None:
    """The page's checks (``_checked``), or what they left when serve's previous build checked
    the same page under the same modules."""
    cache, words = module("cache"), module("translations")
    source, language, written = source_of(page), language_of(page), page.file.src_uri
    english = (docs / source).read_text(encoding="utf-8") if language != words.DEFAULT else ""
    description = page.meta.get("description", "")
    key = cache.key(
        written, markdown, english, description, state.claim_context, state.derivation_context
    )
    checked = state.checked.get(
        key, lambda: _checked(markdown, description, written, source, language, english)
    )
    state.reports[written] = checked.report
    state.claims_used |= checked.claims
    if checked.derivations is not None:
        state.derivations_used[written] = checked.derivations
    state.exercises[written] = checked.exercises


def _checked(
    markdown: str, description: str, written: str, source: str, language: str, english: str
) -> CheckedPage:
    """The page's checks, in order: its edition in step, every number accounted for (first, so
    that a changed number is named even where it breaks a claim's text), claims, derivations,
    exercises."""
    checks, cache, words = module("page"), module("cache"), module("translations")
    if language != words.DEFAULT:
        checks.check_in_step(written, markdown, source, english)
    claims = checks.stated_claims(state.claims, source, lambda c: words.claim_text(c, language))
    placed = module("placing").typed_texts(state.declared, markdown, language, written)
    texts = [markdown, description, *placed]
    definitions = module("definitions")
    report = checks.account_numbers(
        written, source, texts, claims.values(), definitions.DEFINITIONS,
        module("values").by_name(), definitions.FORMULA_DIGITS, definitions.PROSE_DIGITS,
    )  # fmt: skip
    key = lambda c: cache.key(c.page, c.text, state.claim_context)  # noqa: E731
    stated: set[str] = set()
    checks.check_claims(written, claims, texts, key, state.claims_passed, stated)
    names = module("derivations").names(source)
    derivations = checks.check_derivations(
        written, markdown, names, lambda *parts: cache.key(*parts, state.derivation_context),
        state.derivations_passed,
    )  # fmt: skip
    exercises = module("exercises")
    counts = checks.check_exercises(
        written, markdown, words.exercise_words(language), source in exercises.PAGES,
        exercises.MINIMUM,
    )  # fmt: skip
    return CheckedPage(report, stated, derivations, counts)


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    written = page.file.src_uri
    try:
        content = module("math_page").with_mathml(content, written, state.mathml, state.drawn)
    except ValueError as exc:
        raise PluginError(str(exc)) from exc
    content = module("markup").signatures_without_copy_button(content)
    printed = importlib.import_module("scripts.reload").take_printed()
    if written in state.notebook_sources:
        content = _with_notebook(content, page, config, printed)
    return content


def _with_notebook(content: str, page: Page, config: MkDocsConfig, printed: list[str]) -> str:
    """The page's notebook, kept for on_post_build, and the link that downloads it."""
    notebook, written, language = module("notebook"), page.file.src_uri, language_of(page)
    markdown, attached = state.notebook_sources.pop(written)
    words = module("translations").notebook_words(language)
    root = module("editions_site").edition_root(language, module("translations").DEFAULT)
    address = config.site_url and config.site_url.rstrip("/") + "/" + page.url
    key = module("cache").key(
        markdown, printed, [words.note, words.html_note], config.site_url, root, address,
        sorted(attached.items()),
    )  # fmt: skip

    def make() -> tuple[str, tuple[int, int]]:
        try:
            made = notebook.notebook(
                markdown, printed, note=words.note, address=address,
                html_note=words.html_note, attachments=attached,
                link=notebook.site_links(config.site_url, root),
            )  # fmt: skip
        except notebook.NotebookError as exc:
            raise PluginError(f"{written}: its notebook: {exc}") from exc
        return notebook.dumps(made), notebook.counts(made)

    name = notebook.file_name(written)
    state.notebooks[page.url + name], state.notebook_counts[written] = state.notebooks_made.get(
        key, make
    )
    return module("markup").with_notebook_link(content, name, name, words.link, notebook.MEDIA_TYPE)


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    return importlib.import_module("scripts.reload").keep_compiled(env)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Each edition's pages in reading order, for its print page (on_post_build)."""
    if nav.pages:
        state.reading_order[language_of(nav.pages[0])] = [p.url for p in nav.pages]
    return nav


def _page_links(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """The language menu's links and the head's hreflang addresses (after the i18n plugin has
    set ``extra.alternate`` for the page), and the link to the edition's print page."""
    found = getattr(config.extra, "alternate", None) or []
    menu, page.hreflang, context["print_page"] = module("editions_site").page_links(
        found, config.site_url, language_of(page), module("translations").DEFAULT,
        page.url, get_relative_url,
    )  # fmt: skip
    context["page_alternates"] = menu
    return context


def _search_plugin(config: MkDocsConfig) -> Any:
    return config.plugins.get("material/search") or config.plugins.get("search")


@event_priority(50)  # before the search plugin's, which indexes page.content
def _before_search_reads(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """The search plugin is given each formula's text without its markup: the same index
    (scripts/rendering/math_page.py: as_search_reads), read in a fraction of the time. A page
    it read in serve's previous build, the same in all the plugin reads of it, is not read
    again: the plugin is told to leave the page out (its ``search.exclude``), and the
    entries it made of it are given back to its index afterwards."""
    search = _search_plugin(config)
    if search is None:
        return context
    content = page.content or ""
    page.content = module("math_page").as_search_reads(content)
    toc = lambda items: [[i.id, i.url, i.title, toc(i.children)] for i in items]  # noqa: E731
    key = module("cache").key(
        page.content, toc(page.toc), page.url, str(page.title),
        json.dumps(page.meta, sort_keys=True, default=str),
        sorted((name, str(value)) for name, value in search.config.items()),
    )  # fmt: skip
    state.search_reads[page.url] = (content, key, len(search.search_index.entries), page.meta)
    if state.searched.found(key):
        page.meta = {**page.meta, "search": {**(page.meta.get("search") or {}), "exclude": True}}
    return context


@event_priority(-50)  # after the search plugin's, before the page is rendered
def _after_search_read(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    if page.url not in state.search_reads:
        return context
    page.content, key, start, page.meta = state.search_reads.pop(page.url)
    entries = _search_plugin(config).search_index.entries
    reused = state.searched.found(key)  # then the plugin has left the page out
    kept = state.searched.get(key, lambda: entries[start:])
    if reused:
        entries += kept
    return context


on_page_context = CombinedEvent(_page_links, _before_search_reads, _after_search_read)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    site, words, language = module("editions_site"), module("translations"), language_of(page)
    glossary = module("glossary")
    try:
        module("page").refuse_mistranslations(
            page.file.src_uri, source_of(page), output, glossary.mistranslations(),
            glossary.MISTRANSLATIONS_EXPLAINED_ON,
        )  # fmt: skip
    except module("page").PageError as exc:
        raise PluginError(str(exc)) from exc
    address = config.site_url and config.site_url.rstrip("/") + "/" + page.url
    output = site.finished(
        output, language, page.url, words.HTML_LANG[language], words.DEFAULT,
        getattr(page, "hreflang", []), address, get_relative_url,
    )  # fmt: skip
    font = get_relative_url(module("formulas").FONT_URL, page.url)
    script, style = (get_relative_url(path, page.url) for path in (WIDGET_SCRIPT, WIDGET_STYLE))
    output = module("markup").with_head_links(output, font, script, style)
    state.printed[page.url] = output
    return output


@event_priority(-110)  # after the i18n plugin's, which builds the other editions, then the index
def on_post_build(config: MkDocsConfig) -> None:
    global first_serve_build
    if _is_later_language(config):
        return  # once, when every edition is built
    site, words, cache = Path(config["site_dir"]), module("translations"), module("cache")
    editions = module("editions_site")
    editions.split_search_index(site, words.LANGUAGES, words.DEFAULT)
    editions.sitemaps(site, config.site_url, words.LANGUAGES, words.DEFAULT)
    titles = {code: editions.interface_name(code, "print") for code in words.LANGUAGES}
    module("print_page").write(
        site, state.printed, state.reading_order, words.DEFAULT, titles, get_relative_url
    )
    for path, text in sorted(state.notebooks.items()):
        (site / path).write_text(text, encoding="utf-8")
    try:
        module("theme").trim_palette_stylesheet(site)
    except module("theme").ThemeError as exc:
        raise PluginError(str(exc)) from exc
    if state.drawn:
        module("math_page").write_font(site, state.drawn)
    if first_serve_build:
        importlib.import_module("scripts.reload").leave_out_of_full_collections()
        first_serve_build = False
    if module("cache").generation_skipped():
        return
    cache.write_check_caches(state.claims_used, state.derivations_used)
    for source, (_, counts) in sorted(state.derivations_used.items()):
        log.info(
            "derivations: %-28s %d derivations, %d steps, %d statements in the prose",
            source,
            *counts,
        )
    for source in sorted(state.reports):
        log.info("numbers: %s", state.reports[source].line())
    for source, (cells, code) in sorted(state.notebook_counts.items()):
        log.info("notebooks: %-28s %d cells, %d of them code", source, cells, code)
    kinds = module("exercises").KINDS
    for source, counts in sorted(state.exercises.items()):
        if counts:
            shown = ", ".join(f"{counts[k]} {k.lower()}" for k in kinds)
            log.info("exercises: %-28s %d (%s)", source, counts.total(), shown)
