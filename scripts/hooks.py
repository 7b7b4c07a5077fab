"""MkDocs hooks: fresh imports on every build, computed values, checked claims, every number
accounted for, figure and table placeholders, and every formula rendered to MathML.

* ``on_pre_build`` drops sigmoid_core and scripts.* from ``sys.modules`` and imports them again
  when a file they compute from has changed (scripts/reload.py), so ``mkdocs serve`` picks up
  edits to the numerics and the declarations, and keeps what they computed across prose edits.
* ``on_page_markdown``: every number on the page, in its meta description and in its figures'
  and tables' typed text is accounted for (scripts/checks/numbers.py), a value placed as a
  bound must be declared one (printed rounded outward), the page's claims are
  checked (cached under a key of what they depend on), then ``{{ value: NAME }}``,
  ``<!-- figure: NAME -->``, ``<!-- table: NAME -->``, ``<!-- tables: all -->`` and
  ``<!-- widget: NAME -->`` (in the page's language, its strings accounted for too) are
  replaced. An unknown or malformed placeholder fails the build with the page.
* ``on_page_content`` renders every ``pymdownx.arithmatex`` formula to MathML with KaTeX
  (scripts/formulas.py), so reading a page runs no math JavaScript. A formula that cannot be
  rendered fails the build with the page and the formula.
* ``on_post_page`` lets a page with formulas preload the math font, and gives a page with a
  widget the widgets' deferred script, which loads their stylesheet (no render-blocking
  request: the widgets are hidden until the script starts them); ``on_post_build`` writes
  that font, cut down to the characters this build's formulas draw (the cut is cached, and
  cuts no build asks for any more are pruned), keeps in the claim cache only the claims this
  build checked, and logs the per-page number report.
"""

from __future__ import annotations

import dataclasses
import gzip
import html
import importlib
import json
import logging
import os
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURE_LINE = re.compile(r"^<!-- figure: ([\w-]+) -->$", re.MULTILINE)
TABLE_LINE = re.compile(r"^<!-- table: ([\w-]+) -->$", re.MULTILINE)
WIDGET_LINE = re.compile(r"^<!-- widget: ([\w-]+) -->$", re.MULTILINE)
ALL_TABLES_LINE = "<!-- tables: all -->"
GLOSSARY_LINE = re.compile(r"^<!-- glossary -->$", re.MULTILINE)
PLACEHOLDER_LIKE = re.compile(
    r"<!--\s*(?:figure|figures|table|tables|value|widget|widgets|glossary)\b.*?-->|\{\{.*?\}\}",
    re.DOTALL | re.IGNORECASE,
)
TRAILING_PUNCTUATION = re.compile(r"[.,;:!?)\]。，、；：！？）”]+")
THEME_CONFIG = re.compile(
    r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL
)
INTERFACE_NAMES = {  # N: the code block's number on the page
    "en": {
        "search": "Search",
        "permalink": "Permanent link",
        "code buttons": "Code block N buttons",
        "print": "The whole site",
    },
    "zh": {
        "search": "搜索",
        "permalink": "永久链接",
        "code buttons": "代码块 N 的按钮",
        "print": "全站",
    },
}
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.DOTALL)
WIDGET_START = re.compile(r'<div class="widget"')
TOC_START = re.compile(r'<div class="md-sidebar md-sidebar--secondary"')
DIV_TAG = re.compile(r"<div\b|</div>")
ID_ATTRIBUTE = re.compile(r'\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
LINK_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')
THEME_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
SITEMAP_URL = re.compile(r"<url>.*?</url>", re.DOTALL)
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.DOTALL)
WIDGET_SCRIPT = "javascripts/widgets.js"
WIDGET_STYLE = "stylesheets/widgets.css"  # loaded by the script: the widgets start hidden

# what a claim's check can depend on: the declarations, the computations, the core
CLAIM_SOURCES = (
    ROOT / "scripts" / "content",
    *(ROOT / "scripts" / f"{name}.py" for name in ("experiments", "model", "symbolic", "cache")),
    ROOT / "sigmoid_core",
)
log = logging.getLogger("mkdocs.hooks.sigmoid")
_state: dict[str, Any] = {}


def module(name: str) -> ModuleType:
    return _state["modules"][name]


def on_pre_build(config: Any) -> None:
    if str(ROOT) not in sys.path:  # checked on every build: plugins may restore sys.path
        sys.path.insert(0, str(ROOT))
    _label_the_api_in(config, config.theme["language"])
    reload = importlib.import_module("scripts.reload")  # what serve keeps between builds
    if (api := config.plugins.get("mkdocstrings")) is not None:
        reload.keep_compiled(api.get_handler("python").env)
    if _is_later_language(config) and "modules" in _state:
        # the Chinese edition, built right after the English one from the same sources: the
        # modules, the figures' data computed for the English edition and its checks stand
        _state["claims_passed"] |= _state["claims_used"]
        _state["derivations_passed"].update(_state["derivations_used"])
        return
    sources = reload.sources_key()
    if _state.get("sources") != sources:  # else the modules, and what they cached, stand
        for name in list(sys.modules):
            if name.split(".")[0] in ("sigmoid_core", "scripts"):
                del sys.modules[name]
    names = {
        "cache": "scripts.cache",
        "claims": "scripts.content.claims",
        "definitions": "scripts.content.definitions",
        "derivations": "scripts.content.derivations",
        "editions": "scripts.checks.editions",
        "figures": "scripts.content.figures",
        "glossary": "scripts.content.glossary",
        "numbers": "scripts.checks.numbers",
        "render": "scripts.rendering.render",
        "steps": "scripts.checks.steps",
        "tables": "scripts.content.tables",
        "translations": "scripts.checks.translations",
        "values": "scripts.content.values",
        "widgets": "scripts.content.widgets",
        "widget_html": "scripts.rendering.widget_html",
    }
    try:
        _state["modules"] = {n: importlib.import_module(m) for n, m in names.items()}
    except ValueError as exc:  # two declarations with one name
        raise PluginError(f"scripts/content: {exc}") from exc
    _state["modules"]["formulas"] = importlib.import_module("scripts.formulas")
    _state["sources"] = sources
    reload.remember_code_outputs(sources)
    _keep_terms_whole_in_search(module("glossary").search_words())
    cache = module("cache")
    renderer = cache.key(
        cache.source_of(Path(module("formulas").__file__), module("formulas").RENDERER)
    )
    if _state.get("renderer") != renderer:  # rendered MathML outlives a build, not an edit
        _state["renderer"], _state["mathml"] = renderer, {}
    # the i18n plugin builds the Chinese edition after the English one, with the same hooks:
    # what a build keeps for its end (claims and derivations checked, numbers reported,
    # characters drawn) is gathered over both
    _state["drawn"] = set()
    _state["printed"], _state["reading_order"] = {}, {}
    _state["claims_used"] = set()
    _state["derivations_used"] = {}
    _state["reports"] = {}
    _state["claims"] = module("claims").all_claims()
    _state["claim_context"] = cache.key(cache.source_of(*CLAIM_SOURCES), _library_versions())
    _state["claims_passed"] = _load_claim_cache()
    _state["derivation_context"] = cache.key(
        cache.source_of(
            ROOT / "scripts" / "checks" / "steps.py",
            ROOT / "scripts" / "checks" / "tex.py",
            ROOT / "scripts" / "checks" / "markdown_parts.py",
            ROOT / "scripts" / "content" / "derivations.py",
            ROOT / "scripts" / "symbolic.py",
        ),
        _library_versions(),
    )
    _state["derivations_passed"] = _load_json(cache.DERIVATION_CACHE)


def _label_the_api_in(config: Any, language: str) -> None:
    """The API reference's labels (Parameters, Returns) in the edition's language: mkdocstrings
    takes its locale from the theme's language in its on_config, which runs before the i18n
    plugin's sets that language for the edition (the i18n plugin's runs last)."""
    plugin = config.plugins.get("mkdocstrings")
    if plugin is not None:
        plugin._handlers._locale = language  # mkdocstrings 1.0.8 has no public way to set it


def _keep_terms_whole_in_search(words: tuple[str, ...]) -> None:
    """jieba, which the search plugin segments Chinese with (in this process, after this hook),
    learns ``words``: each is kept whole in the index, so that a query for it matches it. Each
    build teaches them to jieba's own dictionary as it was before the first build
    (scripts/reload.py), so that the index does not depend on how many builds came before."""
    importlib.import_module("scripts.reload").keep_terms_whole(words)


def _is_later_language(config: Any) -> bool:
    """True in the builds the i18n plugin runs inside the default language's (the Chinese
    edition's, from the plugin's on_post_build), false in the default language's own."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


def language_of(page: Any) -> str:
    """The language a page is written in (docs/NAME.zh.md: "zh")."""
    return getattr(page.file, "locale", None) or module("translations").DEFAULT


def source_of(page: Any) -> str:
    """The English source a page belongs to (docs/NAME.zh.md: "NAME.md"): the page that the
    claims, definitions and derivations name."""
    return getattr(page.file, "norm_src_uri", None) or page.file.src_uri


def on_files(files: Any, config: Any) -> Any:
    pages = {getattr(f, "norm_src_uri", f.src_uri) for f in files.documentation_pages()}
    for claim in _state["claims"]:
        if claim.page not in pages:
            raise PluginError(
                f"claim {claim.text!r} names page {claim.page!r}, which does not exist"
            )
    for definition in module("definitions").DEFINITIONS:
        if definition.page not in pages | {"*"}:
            raise PluginError(
                f"definition {definition.number!r} names page {definition.page!r}, "
                "which does not exist"
            )
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    source, language, written = source_of(page), language_of(page), page.file.src_uri
    _refuse_malformed_placeholders(written, markdown)
    if generation_disabled():
        return _place(markdown, page)
    try:
        if language != module("translations").DEFAULT:
            english = (Path(config["docs_dir"]) / source).read_text(encoding="utf-8")
            module("editions").check_in_step(written, markdown, source, english)
        claims = {  # each claim as the page's language states it
            c: dataclasses.replace(c, text=module("translations").claim_text(c, language))
            for c in _state["claims"]
            if c.page == source
        }
        texts = [
            markdown,
            page.meta.get("description", ""),
            *_typed_texts(markdown, page),
            *_widget_texts(markdown, page),
        ]
    except (module("editions").EditionError, module("translations").MissingTranslationError) as exc:
        raise PluginError(str(exc)) from exc
    try:  # first, so that a changed number is named even where it breaks a claim's text
        definitions = module("definitions")
        report = module("numbers").account(
            source,
            texts,
            claims.values(),
            definitions.DEFINITIONS,
            module("values").by_name(),
            definitions.FORMULA_DIGITS,
            definitions.PROSE_DIGITS,
        )
        module("numbers").check_bounds(source, texts, module("values").by_name())
    except (
        module("numbers").UnaccountedNumberError,
        module("numbers").UnboundedValueError,
    ) as exc:
        raise PluginError(str(exc).replace(source, written, 1)) from exc
    report.page = written
    _state["reports"][written] = report
    _check_claims(written, claims, texts)
    _check_derivations(written, source, markdown)
    return _place(markdown, page)


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    matches = list(MATH.finditer(content))
    if not matches:
        return content
    found = [_formula(m) for m in matches]
    rendered = _render(found, page.file.src_uri)
    pieces, last = [], 0
    for match, (_, display), (mathml, drawn) in zip(matches, found, rendered, strict=True):
        _state["drawn"] |= drawn
        pieces.append(content[last : match.start()])
        last = match.end()
        if display:
            pieces.append(f'<div class="formula">{mathml}</div>')
            continue
        # punctuation right after a formula stays on its line: no lone ")" or "." on a phone
        trailing = TRAILING_PUNCTUATION.match(content, last)
        if trailing:
            mathml = f'<span class="math-nowrap">{mathml}{trailing.group(0)}</span>'
            last = trailing.end()
        pieces.append(mathml)
    pieces.append(content[last:])
    return "".join(pieces)


def on_env(env: Any, config: Any, files: Any) -> Any:
    return importlib.import_module("scripts.reload").keep_compiled(env)


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """The other edition's links (runs after the i18n plugin has set ``extra.alternate`` for
    the page):

    * the language menu (overrides/partials/alternate.html) links to the same page in each
      language, relative, so that it works below a path (the plugin makes the home pages'
      links absolute, "/" and "/zh/", below site_url's path when it has one);
    * the head's ``<link rel="alternate" hreflang>`` tags (written by on_post_page in place of
      the theme's) name the same page in each language and, as ``x-default``, the default
      language's, by absolute address under site_url, as the sitemap does; a build with no
      site_url has no address to give, so it writes none.
    """
    alternates = getattr(config.extra, "alternate", None) or []
    base = urlsplit(config.site_url or "/").path
    context["page_alternates"] = [
        {**alternate, "link": _below(alternate["link"], base) or "."} for alternate in alternates
    ]
    links = []
    if config.site_url:
        root = config.site_url.rstrip("/") + "/"
        for alternate in context["page_alternates"]:
            href = root + alternate["link"].removeprefix(".")
            links.append((alternate["lang"], href))
            if alternate["lang"] == module("translations").DEFAULT:
                links.append(("x-default", href))
    page.hreflang = sorted(links, key=lambda link: link[0] == "x-default")
    language = language_of(page)
    edition = "" if language == module("translations").DEFAULT else f"{language}/"
    name = INTERFACE_NAMES.get(language, INTERFACE_NAMES["en"])["print"]
    context["print_page"] = {"link": get_relative_url(f"{edition}print/", page.url), "name": name}
    return context


def _below(link: str, base: str) -> str:
    """A link of the i18n plugin's, as a path from the site's root: absolute ones begin with
    the path of site_url."""
    if link.startswith("/"):
        link = "/" + link.removeprefix(base.rstrip("/")).lstrip("/")
    return link.lstrip("/")


def on_nav(nav: Any, config: Any, files: Any) -> Any:
    """Each edition's pages in reading order, for its print page (on_post_build)."""
    if nav.pages:
        _state["reading_order"][language_of(nav.pages[0])] = [p.url for p in nav.pages]
    return nav


def on_post_page(output: str, page: Any, config: Any) -> str:
    output = _finished_page(output, page, config)
    _state["printed"][page.url] = output
    return output


def _finished_page(output: str, page: Any, config: Any) -> str:
    glossary = module("glossary")
    if source_of(page) != glossary.MISTRANSLATIONS_EXPLAINED_ON:
        found = [m for m in glossary.mistranslations() if m in output]
        if found:
            raise PluginError(
                f"{page.file.src_uri}: {', '.join(found)} is a mistranslation (see "
                "scripts/content/glossary.py); only the sigmoid page may name it, to explain it"
            )
    language = language_of(page)
    if language != module("translations").DEFAULT:
        output = _edition_base(output, language, page.url)
        html_lang = module("translations").HTML_LANG[language]
        output = output.replace(f'<html lang="{language}"', f'<html lang="{html_lang}"', 1)
    output = _hreflang_links(output, getattr(page, "hreflang", []))
    output = _interface_names(output, language)
    if config.site_url:
        output = _addresses(output, config.site_url.rstrip("/") + "/" + page.url)
    head = []
    if "<math" in output:
        href = get_relative_url(module("formulas").FONT_URL, page.url)
        head.append(f'<link rel="preload" href="{href}" as="font" type="font/woff2" crossorigin>')
    if 'class="widget"' in output:  # the widgets' script and style, on their pages only
        script, style = (get_relative_url(path, page.url) for path in (WIDGET_SCRIPT, WIDGET_STYLE))
        head.append(f'<script src="{script}" data-stylesheet="{style}" defer></script>')
    if not head:
        return output
    return output.replace("</head>", "\n".join([*head, "</head>"]), 1)


def _addresses(output: str, address: str) -> str:
    """Each link of the article to a page of the site carries that page's full address (the
    page itself is at ``address``), which print shows after the link (site.css)."""
    match = ARTICLE.search(output)

    def add(link: re.Match[str]) -> str:
        target = html.unescape(link[1])
        if target.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:|^//", target):
            return link[0]
        return f'{link[0]} data-address="{html.escape(urljoin(address, target))}"'

    article = re.sub(r'<a href="([^"]*)"', add, match[1])
    return output[: match.start(1)] + article + output[match.end(1) :]


def _interface_names(output: str, language: str) -> str:
    """Names, in the page's language, for what the theme leaves unnamed or names in English:
    the search dialog, the headings' permanent links, and (through the body's data attribute,
    which javascripts/a11y.js reads) the button bar the theme's script gives each code block."""
    names = INTERFACE_NAMES.get(language, INTERFACE_NAMES["en"])
    output = output.replace(
        '<div class="md-search" data-md-component="search" role="dialog">',
        f'<div class="md-search" data-md-component="search" role="dialog" '
        f'aria-label="{names["search"]}">',
        1,
    )
    output = output.replace('title="Permanent link"', f'title="{names["permalink"]}"')
    return output.replace("<body ", f'<body data-code-buttons="{names["code buttons"]}" ', 1)


def _hreflang_links(output: str, links: list[tuple[str, str]]) -> str:
    """The theme's hreflang links (the editions' roots, relative) replaced by the page's own
    (on_page_context), or by none."""
    found = THEME_ALTERNATE.search(output)
    if not found:
        return output
    tags = "".join(
        f'<link rel="alternate" href="{html.escape(href)}" hreflang="{lang}">\n'
        for lang, href in links
    )
    output = THEME_ALTERNATE.sub("", output)
    return output[: found.start()] + tags + output[found.start() :]


def _edition_base(output: str, language: str, url: str) -> str:
    """The theme's base for a page of another edition: that edition's root, where its search
    index is (the theme resolves the index and the results' links against the base)."""
    match = THEME_CONFIG.search(output)
    theme = json.loads(match.group(1))
    theme["base"] = get_relative_url(f"{language}/", url)
    replaced = json.dumps(theme, ensure_ascii=False, separators=(",", ":"))
    return output[: match.start(1)] + replaced + output[match.end(1) :]


@event_priority(-110)  # after the i18n plugin's, which builds the other editions, then the index
def on_post_build(config: Any) -> None:
    site = Path(config["site_dir"])
    if _is_later_language(config):
        return  # once, when every edition is built
    _split_search_index(site)
    _sitemaps(site, config.site_url)
    for language, order in _state["reading_order"].items():
        _print_page(site, language, order)
    cache = module("cache")
    if _state["drawn"]:
        formulas = module("formulas")
        font = Path(config["site_dir"]) / formulas.FONT_URL
        font.parent.mkdir(parents=True, exist_ok=True)
        font.write_bytes(_math_font(_state["drawn"]))
        shutil.copyfile(formulas.FONT_LICENCE, font.with_name("OFL.txt"))
    if generation_disabled():
        return
    cache.CLAIM_CACHE.parent.mkdir(parents=True, exist_ok=True)
    cache.CLAIM_CACHE.write_text(
        json.dumps(sorted(_state["claims_used"]), indent=0), encoding="utf-8"
    )
    cache.DERIVATION_CACHE.write_text(
        json.dumps(_state["derivations_used"], indent=0, sort_keys=True), encoding="utf-8"
    )
    for source, counts in sorted(_state["derivations_used"].items()):
        log.info(
            "derivations: %-28s %d derivations, %d steps, %d statements in the prose",
            source,
            *counts[1],
        )
    for source in sorted(_state["reports"]):
        log.info("numbers: %s", _state["reports"][source].line())


def _sitemaps(site: Path, site_url: str | None) -> None:
    """The sitemap gets each page's ``x-default`` alternate (the default language's page, as
    in the head), and is written at each edition's root and, cut to the one page, in each
    page's folder: the theme's script fetches ``sitemap.xml`` beside every hreflang link of a
    page, and a sitemap may list only addresses below its own folder."""
    path = site / "sitemap.xml"
    text = path.read_text(encoding="utf-8")
    default = module("translations").DEFAULT
    root = (site_url or "").rstrip("/") + "/"

    def with_default(block: re.Match[str]) -> str:
        link = re.search(
            rf'\n(\s*)<xhtml:link rel="alternate" hreflang="{default}" [^>]*/>', block[0]
        )
        if not link:
            return block[0]
        last = block[0].rindex("/>") + 2
        extra = link[0].replace(f'hreflang="{default}"', 'hreflang="x-default"')
        return block[0][:last] + extra + block[0][last:]

    text = SITEMAP_URL.sub(with_default, text)
    editions = ["", *(f"{code}/" for code in module("translations").LANGUAGES if code != default)]
    head, tail = text[: text.index("<url>")] if "<url>" in text else text, "\n</urlset>\n"
    for block in SITEMAP_URL.findall(text):
        folder = re.search(r"<loc>(.*?)</loc>", block)[1].removeprefix(root)
        if folder not in editions:
            (site / folder / "sitemap.xml").write_text(head + block + tail, encoding="utf-8")
    for folder in editions:
        (site / folder / "sitemap.xml").write_text(text, encoding="utf-8")
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def _print_page(site: Path, language: str, order: list[str]) -> None:
    """The edition's whole site on one page, in reading order, at ``print/`` below its root,
    so that a reader can print it or save it as a PDF. Each page's article becomes a section
    whose ids are prefixed with the page's name; links between the pages become links within
    the print page, the others are made relative to it. The interactive figures are left out
    (their static figures stay), so are the table of contents and the head's canonical and
    hreflang links: the page is not for search engines."""
    edition = "" if language == module("translations").DEFAULT else f"{language}/"
    url = f"{edition}print/"
    names = {page: page.removeprefix(edition).strip("/") or "index" for page in order}
    sections = []
    for page in order:
        article = ARTICLE.search(_state["printed"][page])[1]
        sections.append(
            f'<section class="print-section" id="{names[page]}">'
            f"{_relinked(_without(article, WIDGET_START), page, url, names)}</section>"
        )
    # the shell of a page as deep as the print page, so that its relative links hold
    shell_url = next(p for p in order if p.count("/") == url.count("/"))
    shell = _state["printed"][shell_url]
    shell = _without(shell, TOC_START)
    shell = re.sub(
        r'<link rel="(?:canonical|alternate)" href="[^"]*"(?: hreflang="[^"]*")?>\s*', "", shell
    )
    shell = re.sub(r'<script src="[^"]*widgets\.js"[^>]*></script>', "", shell)
    title = INTERFACE_NAMES.get(language, INTERFACE_NAMES["en"])["print"]
    site_name = re.search(r"<title>.* - (.*?)</title>", shell)[1]
    shell = re.sub(
        r"<title>.*?</title>",
        f'<title>{title} - {site_name}</title>\n<meta name="robots" content="noindex">',
        shell,
        count=1,
    )
    match = ARTICLE.search(shell)
    combined = "".join(sections).replace(' loading="lazy"', "")  # printed at once, all of it
    html_out = shell[: match.start(1)] + combined + shell[match.end(1) :]
    # the shell's own links to its page's headings (skip link, navigation) lead to its section
    ids = set(re.findall(r'\bid="([^"]*)"', html_out))
    prefix = f"{names[shell_url]}--"

    def within(link: re.Match[str]) -> str:
        target = link[1]
        return (
            f'href="#{prefix}{target}"' if target not in ids and prefix + target in ids else link[0]
        )

    html_out = re.sub(r'href="#([^"]+)"', within, html_out)
    (site / url).mkdir(parents=True, exist_ok=True)
    (site / url / "index.html").write_text(html_out, encoding="utf-8")


def _without(markup: str, start: re.Pattern[str]) -> str:
    """``markup`` without each div that ``start`` finds the opening tag of."""
    while found := start.search(markup):
        depth, position = 0, found.start()
        for tag in DIV_TAG.finditer(markup, found.start()):
            depth += 1 if tag[0] == "<div" else -1
            if depth == 0:
                position = tag.end()
                break
        markup = markup[: found.start()] + markup[position:]
    return markup


def _relinked(article: str, page: str, url: str, names: dict[str, str]) -> str:
    """A page's article as part of the print page at ``url``: its ids prefixed with its name,
    its links to the edition's pages turned into links to their sections."""
    name = names[page]

    def ids(match: re.Match[str]) -> str:
        values = " ".join(f"{name}--{v}" for v in match[2].split())
        return f'{match[1]}="{values}"'

    def link(match: re.Match[str]) -> str:
        attribute, target = match[1], html.unescape(match[2])
        if target.startswith("#"):
            return f'{attribute}="#{name}--{html.escape(target[1:])}"'
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", target):
            return match[0]
        path, _, fragment = urljoin(f"http://site/{page}", target).partition("#")
        path = urlsplit(path).path.lstrip("/")
        if attribute == "href" and path in names:
            anchor = f"{names[path]}--{fragment}" if fragment else names[path]
            return f'href="#{html.escape(anchor)}"'
        relative = get_relative_url(path, url) + (f"#{fragment}" if fragment else "")
        return f'{attribute}="{html.escape(relative)}"'

    article = ID_ATTRIBUTE.sub(ids, article)
    return LINK_ATTRIBUTE.sub(link, article)


def _split_search_index(site: Path) -> None:
    """One search index per edition. The i18n plugin merges the editions' entries into the
    root's index, so an English search would list Chinese pages too (the names of functions
    are the same words in both). Each edition's entries go to its own root, their locations
    relative to it; on_post_page points the edition's pages there."""
    path = site / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    default = module("translations").DEFAULT
    for language in module("translations").LANGUAGES:
        if language == default:
            continue
        prefix = f"{language}/"
        own = [
            {**entry, "location": entry["location"][len(prefix) :]}
            for entry in index["docs"]
            if entry["location"].startswith(prefix)
        ]
        index["docs"] = [e for e in index["docs"] if not e["location"].startswith(prefix)]
        target = site / language / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({**index, "docs": own}, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )
    # English words alone: the default edition's index is searched with its language only
    index["config"] = {**index["config"], "lang": [default]}
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


# --- placeholders -------------------------------------------------------------------------------


def generation_disabled() -> bool:
    """SIGMOID_SITE_NO_FIGURES=1: no figures drawn or placed, no claims checked and no number
    accounted for, for the floor that benchmarks/bench_build.py compares the real build with."""
    return os.environ.get("SIGMOID_SITE_NO_FIGURES") == "1"


def _refuse_malformed_placeholders(source: str, markdown: str) -> None:
    body = module("numbers").scannable_code_only(markdown)
    for match in PLACEHOLDER_LIKE.finditer(body):
        text = match.group(0)
        if not (
            FIGURE_LINE.fullmatch(text)
            or TABLE_LINE.fullmatch(text)
            or WIDGET_LINE.fullmatch(text)
            or text == ALL_TABLES_LINE
            or GLOSSARY_LINE.fullmatch(text)
            or module("numbers").VALUE.fullmatch(text)
        ):
            raise PluginError(
                f"{source}: malformed placeholder {text!r}: write "
                "'<!-- figure: NAME -->', '<!-- table: NAME -->' or '<!-- widget: NAME -->' "
                "on a line of its own, or '{{ value: NAME }}'"
            )


def _typed_texts(markdown: str, page: Any) -> list[str]:
    """The typed text of the figures and tables the page places, in the page's language: their
    captions and the figures' descriptions (the rest of their alt text is computed from the
    data)."""
    texts = []
    for name in FIGURE_LINE.findall(markdown):
        figure = _lookup("figures", name, page)
        texts += [figure.caption, figure.description]
    names = TABLE_LINE.findall(markdown)
    if ALL_TABLES_LINE in markdown:
        names += [t.name for t in module("tables").TABLES]
    texts += [_lookup("tables", name, page).caption for name in names]
    return texts


def _lookup(kind: str, name: str, page: Any) -> Any:
    """The declared figure or table called ``name``, its words in the page's language."""
    try:
        declared = module(kind).named(name)
        return getattr(module("translations"), kind[:-1])(declared, language_of(page))
    except KeyError as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from exc


def _expand(text: str, source: str) -> str:
    try:
        return module("numbers").expand_values(text, module("values").by_name(), source)
    except KeyError as exc:
        raise PluginError(exc.args[0]) from exc


def _widget(name: str, page: Any) -> Any:
    try:
        return module("widgets").named(name)
    except KeyError as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from exc


def _widget_texts(markdown: str, page: Any) -> list[str]:
    """Every string of the widgets the page places, in the page's language."""
    widgets = [_widget(name, page) for name in WIDGET_LINE.findall(markdown)]
    language = language_of(page)
    return [text for w in widgets for text in module("widgets").texts(w, language).values()]


def _widget_markup(name: str, page: Any) -> str:
    widget = _widget(name, page)
    if generation_disabled():
        return ""
    # the data is the same for every edition; raw HTML, so the link is relative to the page
    data = get_relative_url(f"widgets/{name}.json", page.url)
    text = module("widgets").texts(widget, language_of(page))
    return module("widget_html").widget_html(widget, text, data)


def _place(markdown: str, page: Any) -> str:
    source = page.file.src_uri
    markdown = _expand(markdown, source)
    markdown = WIDGET_LINE.sub(lambda m: _widget_markup(m.group(1), page), markdown)
    markdown = FIGURE_LINE.sub(lambda m: _figure_markdown(m.group(1), page), markdown)
    markdown = TABLE_LINE.sub(lambda m: _table_markdown(m.group(1), page), markdown)
    if ALL_TABLES_LINE in markdown:
        sections = [
            f"## {_table_title(table.name, page)} {{ #{table.name} }}\n\n"
            f"{_table_markdown(table.name, page)}"
            for table in module("tables").TABLES
        ]
        markdown = markdown.replace(ALL_TABLES_LINE, "\n".join(sections))
    markdown = GLOSSARY_LINE.sub(
        lambda _: module("glossary").markdown_table(language_of(page)), markdown
    )
    return markdown


def _relative(path: str, page: Any) -> str:
    """``path`` (relative to docs/) as a link from the page's Markdown source."""
    return "../" * page.file.src_uri.count("/") + path


def _figure_markdown(name: str, page: Any) -> str:
    source = page.file.src_uri
    figure = _lookup("figures", name, page)
    caption = html.escape(_expand(figure.caption, source))
    if generation_disabled():
        return f"<p>{caption}</p>"
    render = module("render")
    data = render.drawn_data(module("figures").named(name))
    language = language_of(page)
    alt = render.alt_text(figure, data, _expand(figure.description, source), language)
    alt = alt.replace("\\", "\\\\").replace("[", "(").replace("]", ")")
    width, height = (round(72 * v / 0.75) for v in render.FIGURE_SIZE)  # pt to CSS px
    folder = render.figure_folder(figure, module("figures").named(name), language)
    # lazy: the variant of the other palette is display: none and so is never fetched, and
    # figures below the fold load when the reader gets there
    images = "\n".join(
        f"![{alt}]({_relative(f'{folder}/{name}-{theme}.svg', page)}#only-{theme})"
        f'{{ width="{width}" height="{height}" loading="lazy" }}'
        for theme in render.THEMES
    )
    return f'<figure markdown="span">\n{images}\n<figcaption>{caption}</figcaption>\n</figure>'


def _table_title(name: str, page: Any) -> str:
    try:
        title = module("tables").TITLES[name]
    except KeyError as exc:
        raise PluginError(f"table {name!r} has no title in tables.TITLES") from exc
    try:
        return module("translations").phrase(title, language_of(page), f"table {name!r}")
    except KeyError as exc:
        raise PluginError(f"{page.file.src_uri}: {exc}") from exc


def _table_markdown(name: str, page: Any) -> str:
    table = _lookup("tables", name, page)
    return module("render").render_markdown_table(
        table,
        _relative(f"values/{name}.csv", page),
        _expand(table.caption, page.file.src_uri),
        language_of(page),
    )


# --- claims -------------------------------------------------------------------------------------


def _library_versions() -> str:
    import mpmath
    import numpy
    import scipy
    import sympy

    return " ".join(m.__version__ for m in (numpy, scipy, sympy, mpmath))


def _claim_key(claim: Any) -> str:
    """A claim that passed is not checked again until its page or text, the declarations and
    computations (CLAIM_SOURCES), the core or the numerical libraries change."""
    return module("cache").key(claim.page, claim.text, _state["claim_context"])


def _load_claim_cache() -> set[str]:
    return set(_load_json(module("cache").CLAIM_CACHE) or [])


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _check_derivations(written: str, source: str, markdown: str) -> None:
    """Every step of the page's derivations and every prose statement about a proof's names,
    checked with SymPy (scripts/checks/steps.py); cached under the derivations' text, the
    statements, the checker's source and SymPy's version. ``written`` is the page's file,
    ``source`` the English page whose names the proofs use."""
    steps, names = module("steps"), module("derivations").names(source)
    found = steps.derivations(written, markdown)
    if not found and not names:
        return
    key = module("cache").key(
        written,
        [d.rows for d in found],
        steps.statements(markdown, names),
        sorted(names.items()),
        _state["derivation_context"],
    )
    passed = _state["derivations_passed"].get(written)
    if passed and passed[0] == key:
        counts = passed[1]
    else:
        try:
            counts = list(steps.check_page(written, markdown, names))
        except steps.StepError as exc:
            raise PluginError(str(exc)) from exc
    _state["derivations_used"][written] = [key, counts]


def _check_claims(written: str, claims: dict[Any, Any], texts: list[str]) -> None:
    """Each claim of the page (as declared, and as the page's language states it) appears on
    the page and holds; a claim checked once is not checked again for the other language."""
    for claim, stated in claims.items():
        if not any(stated.text in text for text in texts):
            raise PluginError(
                f"{written}: the claim {stated.text!r} is checked by the build but "
                "does not appear on the page (update the page or the claim)"
            )
        key = _claim_key(claim)
        _state["claims_used"].add(key)
        if key in _state["claims_passed"]:
            continue
        try:
            holds = claim.check()
        except Exception as exc:  # a check that cannot run proves nothing
            raise PluginError(
                f"{written}: checking the claim {claim.text!r} raised {exc!r}"
            ) from exc
        if holds is not True and not (hasattr(holds, "dtype") and bool(holds)):
            raise PluginError(f"{written}: the claim {claim.text!r} is false")
        _state["claims_passed"].add(key)


# --- math ---------------------------------------------------------------------------------------


def _formula(match: re.Match[str]) -> tuple[str, bool]:
    display = match.group(1) == "div"
    tex = html.unescape(match.group(2)).strip()
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    if tex.startswith(opening) and tex.endswith(closing):
        tex = tex[len(opening) : -len(closing)]
    return tex.strip(), display


def _render(found: list[tuple[str, bool]], source: str) -> list[tuple[str, set[str]]]:
    """Each formula's MathML and the characters it draws, worked out once per formula while
    ``mkdocs serve`` runs (and again after an edit of the renderer)."""
    cache = _state["mathml"]
    formulas = module("formulas")
    missing = sorted({f for f in found if f not in cache})
    try:
        rendered = formulas.render(missing)
    except (RuntimeError, ValueError) as exc:
        raise PluginError(f"{source}: {exc}") from exc
    pairs = zip(missing, rendered, strict=True)
    cache.update((f, (m, formulas.drawn_characters(m))) for f, m in pairs)
    return [cache[f] for f in found]


def _math_font(characters: set[str]) -> bytes:
    """Cut once for each set of characters, source font, cutting code and fontTools version;
    the font files no build asks for any more are pruned."""
    import fontTools

    cache, formulas = module("cache"), module("formulas")
    digest = cache.key(
        "".join(sorted(characters)),
        formulas.FONT_SOURCE.read_bytes(),
        cache.source_of(Path(formulas.__file__)),
        fontTools.version,
    )
    cached = cache.FONT_CACHE / f"{digest[:16]}.woff2"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(formulas.math_font(characters))
    cache.prune(cache.FONT_CACHE, [cached])
    return cached.read_bytes()
