"""What ``mkdocs serve`` keeps from one build to the next, each for as long as what it depends
on stays the same. Nothing here runs in ``mkdocs build``: the hooks call it only while serving.

* the imported sigmoid_core and scripts.* modules, and with them every result they cache
  (``functools.cache``: the figures' drawn data, the experiments behind the values). The hooks
  import them afresh when ``sources_key()`` differs from the previous build's: it is made of
  every Python file below scripts/ and sigmoid_core/, of the translation catalogues and of
  the pages whose text a computation reads (``PAGES_READ``), so an edit to any of them is
  built from fresh imports, exactly as ``mkdocs build`` builds it, and a prose edit to any
  other page keeps them. The libraries (numpy, SciPy, SymPy, mpmath, matplotlib) are imported
  once per process either way. What the pipeline makes of each page, and what each Python
  block printed, are kept by the pipeline itself (scripts/pipeline/build.py: ``Memos``;
  scripts/pipeline/code_blocks.py: ``remember``).
* three libraries' work, each by wrapping one of their functions (each written for one
  installed version, ``WRITTEN_FOR``: on any other, it steps aside with one log line and serve
  rebuilds that work, slower): the HTML markdown-exec makes of a block's Markdown
  (``remember_conversions``), the theme's list of files (``remember_theme_listing``),
  mkdocstrings' formatted signatures (``remember_signature_formats``) and the HTML of each
  object it documents (``remember_api_renders``);
* the compiled Jinja templates of the theme and of mkdocstrings (``CompiledTemplates``), each
  checked against its source;
* jieba's dictionary as it was before the site's terms were added (``forget_terms``).

What lives from build to build is left out of full garbage collections
(``leave_out_of_full_collections``).
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import importlib.metadata
import logging
import re
import sysconfig
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.utils import CountHandler

from scripts import cache

log = logging.getLogger("mkdocs.hooks.sigmoid")
COMPUTED_FROM = (cache.ROOT / "scripts", cache.ROOT / "sigmoid_core")
# pages a computation reads (tests/test_reload.py finds every read of cache.DOCS in scripts/):
# experiments.dual_number_overflow runs this page's Dual class
PAGES_READ = (cache.DOCS / "numerical-derivatives.md",)


# the translation catalogues (scripts/catalogue.py reads each once per import)
CATALOGUES = cache.ROOT / "scripts" / "content" / "locales"


def sources_key() -> str:
    """A digest of what the imported modules' results can depend on."""
    read = [p.read_bytes() if p.exists() else None for p in PAGES_READ]  # a site may lack one
    catalogues = [p.read_bytes() for p in sorted(CATALOGUES.rglob("*.po"))]
    return cache.key(cache.source_of(*COMPUTED_FROM), read, catalogues)


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja templates compiled once per process: MkDocs makes a new theme environment for
    every build, and mkdocstrings a new handler (and environment) for every build, so each
    build would otherwise compile every template again. Jinja keys an entry by the template's
    name and file and checks it against a digest of the template's source; an environment
    with other compile-time settings gets other entries (``keep_compiled``)."""

    def __init__(self) -> None:
        self.compiled: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            self.compiled[bucket.key] = (bucket.checksum, bucket.code)


# what makes a block's HTML differ from build to build: markdown-exec's ids are numbered across
# the build, and its headings go to the page's table of contents
UNREPEATABLE = re.compile(r'\bid="|<h[1-6][\s>]')

_COMPILED: dict[tuple[object, ...], CompiledTemplates] = {}


def keep_compiled(env: jinja2.Environment) -> jinja2.Environment:
    """``env`` with the process's compiled templates for environments set up as it is."""
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        tuple(sorted(env.extensions)),
        type(env).__qualname__,
    )
    env.bytecode_cache = _COMPILED.setdefault(settings, CompiledTemplates())
    return env


# what each wrapper was written for: the distribution and its version
WRITTEN_FOR = {
    "remember_conversions": ("markdown-exec", "1.14.0"),
    "remember_api_renders": ("mkdocstrings-python", "2.0.11"),
    "remember_signature_formats": ("mkdocstrings-python", "2.0.11"),
    "remember_theme_listing": ("mkdocs", "1.6.1"),
}


def new_build(sources: str, settings: str) -> None:
    """At the start of each build of ``sources`` (``sources_key``) under ``settings`` (a key of
    mkdocs.yml) under serve: what the libraries made under other sources or settings is
    dropped, and what they make is kept from here on."""
    if _fits("remember_conversions"):
        remember_conversions(settings)
    if _fits("remember_api_renders"):
        remember_api_renders(cache.key(sources, settings))
    if _fits("remember_signature_formats"):
        remember_signature_formats()
    if _fits("remember_theme_listing"):
        remember_theme_listing()


_stepped_aside: set[str] = set()


def _fits(name: str) -> bool:
    """Whether the installed library is the version ``name`` was written for; if not, says so
    once per process."""
    distribution, version = WRITTEN_FOR[name]
    installed = importlib.metadata.version(distribution)
    if installed == version:
        return True
    if name not in _stepped_aside:
        _stepped_aside.add(name)
        log.info(
            "serve: %s steps aside: written for %s %s, %s is installed (rebuilds are slower)",
            name, distribution, version, installed,
        )  # fmt: skip
    return False


PROCESS = "the process"  # the settings of what is kept for as long as the process lives


def _wrap(owner: Any, name: str, settings: str, wrap: Callable[[Any], Any]) -> None:
    """``owner.name`` replaced by ``wrap(original)``, the wrapper marked with ``settings``;
    left as it is when the wrapper in place was made for the same settings. A wrapper made
    for other settings is dropped with what it kept, and the original wrapped again."""
    current = getattr(owner, name)
    if getattr(current, "settings", None) == settings:
        return
    original = getattr(current, "__wrapped__", current)
    wrapper: Any = functools.wraps(original)(wrap(original))  # Any: it carries our settings
    wrapper.settings = settings
    setattr(owner, name, wrapper)


def remember_conversions(settings: str) -> None:
    """Let markdown-exec (1.14.0) convert each block's Markdown (its source and what it printed,
    wrapped as the block's options say) to HTML once while ``settings`` (a key of mkdocs.yml)
    stand. ``MarkdownConverter.convert`` makes a Markdown instance with mkdocs.yml's
    extensions (``_mimic``, from ``markdown_config``, not the page's) for each block, so the
    HTML is a function of that Markdown, the stash and id prefix it is given, whether its
    headings go to the page's table of contents, and the settings. HTML with an id or a
    heading is never reused: markdown-exec numbers ids across the build
    (``MarkdownConverter.counter``, which a reuse still advances) and reports headings to the
    page's table of contents."""
    converter = importlib.import_module("markdown_exec._internal.rendering").MarkdownConverter

    def wrap(convert: Callable[..., Any]) -> Callable[..., Any]:
        converted: dict[str, Any] = {}

        def remembering(
            self: Any, text: str, stash: dict[str, str] | None = None, id_prefix: str | None = None
        ) -> Any:
            key = cache.key(text, sorted((stash or {}).items()), id_prefix, self._update_toc)
            if key in converted:
                converter.counter += 1
                return converted[key]
            markup = convert(self, text, stash, id_prefix)
            if not UNREPEATABLE.search(markup):
                converted[key] = markup
            return markup

        return remembering

    _wrap(converter, "convert", settings, wrap)


def remember_api_renders(settings: str) -> None:
    """Let mkdocstrings-python (2.0.11) render each object once while ``settings`` (a key of
    the sources and of mkdocs.yml) stand. ``PythonHandler.render`` makes the object's HTML
    from what the handler collected (the sources' docstrings and signatures), the options,
    the locale and the page it is on (its links are made relative to it), and puts the
    headings it makes in ``_headings``, for the page's table of contents and the inventory: a
    reuse puts copies of the same headings there. A render that logged a warning is never
    reused, so that every build shows it."""

    def wrap(render: Callable[..., str]) -> Callable[..., str]:
        rendered: dict[str, tuple[str, list[Any]]] = {}

        def remembering(self: Any, data: Any, options: Any, locale: str | None = None) -> str:
            processors = self._md.treeprocessors  # MkDocs' link rewriter, for the page's links
            page = processors["relpath"].file.src_uri if "relpath" in processors else None
            key = cache.key(data.path, repr(options), locale, page)
            if key in rendered:
                html, headings = rendered[key]
                self._headings.extend(copy.deepcopy(headings))
                return html
            before, warnings = len(self._headings), CountHandler(level=logging.WARNING)
            logging.getLogger("mkdocs").addHandler(warnings)
            try:
                html = render(self, data, options, locale)
            finally:
                logging.getLogger("mkdocs").removeHandler(warnings)
            if not warnings.counts:
                rendered[key] = (html, copy.deepcopy(self._headings[before:]))
            return html

        return remembering

    handler = importlib.import_module("mkdocstrings_handlers.python._internal.handler")
    _wrap(handler.PythonHandler, "render", settings, wrap)


def remember_theme_listing() -> None:
    """Let MkDocs (1.6.1) list the theme's folders once per process: at each build, and again
    for each edition, ``Files.add_files_from_theme`` walks
    them through the Jinja environment's ``list_templates`` and filters every name
    (Material's folder holds 14,500 files, its icons included: 0.05 s a walk here). What it
    finds is a function of the folders' files and of the filter, itself a function of the
    theme's static templates. A folder installed with the packages does not change while
    serve runs; the listing of any other folder (the project's overrides/) is taken again at
    each build and is part of the key."""
    installed = Path(sysconfig.get_paths()["purelib"]).resolve()

    def wrap(add: Callable[..., None]) -> Callable[..., None]:
        listings: dict[str, list[str]] = {}

        def remembering(self: Any, env: jinja2.Environment, config: Any) -> None:
            folders = [Path(d) for d in config.theme.dirs]
            project = [
                sorted(str(p.relative_to(d)) for p in d.rglob("*"))
                for d in folders
                if not d.resolve().is_relative_to(installed)
            ]
            key = cache.key([str(d) for d in folders], project, list(config.theme.static_templates))
            list_templates = env.list_templates

            def remembered(*args: Any, **kwargs: Any) -> list[str]:
                if key not in listings:
                    listings[key] = list_templates(*args, **kwargs)
                return listings[key]

            # shadows the method on this one Environment while the theme's files are added (the
            # finally deletes it); mypy refuses any assignment to a method
            env.list_templates = remembered  # type: ignore[method-assign]
            try:
                add(self, env, config)
            finally:
                del env.list_templates

        return remembering

    from mkdocs.structure.files import Files

    _wrap(Files, "add_files_from_theme", PROCESS, wrap)


def remember_signature_formats() -> None:
    """Let mkdocstrings-python (2.0.11) format each long signature once per process: it runs
    ``ruff format`` (or Black) on the signature's text, a process per signature at every
    build, and what that prints is a function of the text and the line length, for the
    formatter it chose (``rendering._get_formatter``, which ``_format_signature`` looks up on
    each call, and which chooses once per process)."""

    def wrap(get_formatter: Callable[[], Callable[[str, int], str]]) -> Callable[..., Any]:
        formatter = functools.cache(get_formatter())
        return lambda: formatter

    rendering = importlib.import_module("mkdocstrings_handlers.python._internal.rendering")
    _wrap(rendering, "_get_formatter", PROCESS, wrap)


def leave_out_of_full_collections() -> None:
    """Called after the first build of a process: what is alive then (the libraries, the
    modules and their results, the memos), garbage in cycles collected first, is moved to the
    collector's permanent generation (``gc.freeze``). Otherwise every full collection, one every few
    rebuilds, walks all of it again: about 300,000 objects, 0.2-0.3 s here. What a later
    edit drops of it (the modules imported before an edit to their code) is never collected:
    once per process."""
    gc.collect()
    gc.freeze()


def forget_terms() -> None:
    """jieba's dictionary as it was before the hooks first added the site's terms in this
    process: ``jieba.add_word`` also raises the dictionary's total, which every later
    segmentation divides by, so adding them again at each build would change the Chinese
    search index build after build."""
    import jieba

    dictionary: Any = jieba.dt  # Any: it carries our before_site_terms
    dictionary.check_initialized()
    if not hasattr(dictionary, "before_site_terms"):  # on jieba's object: outlives our imports
        dictionary.before_site_terms = (dict(dictionary.FREQ), dictionary.total)
    frequencies, total = dictionary.before_site_terms
    dictionary.FREQ, dictionary.total = dict(frequencies), total
