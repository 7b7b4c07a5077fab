"""MkDocs hooks: fresh imports on every build, computed values, checked claims, every number
accounted for, figure and table placeholders, and every formula rendered to MathML.

* ``on_pre_build`` drops sigmoid_core and scripts.* from ``sys.modules`` and imports them again,
  so ``mkdocs serve`` picks up edits to the numerics and the declarations.
* ``on_page_markdown``: every number on the page, in its meta description and in its figures'
  and tables' typed text is accounted for (scripts/assets/numbers.py), the page's claims are
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

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIGURE_LINE = re.compile(r"^<!-- figure: ([\w-]+) -->$", re.MULTILINE)
TABLE_LINE = re.compile(r"^<!-- table: ([\w-]+) -->$", re.MULTILINE)
WIDGET_LINE = re.compile(r"^<!-- widget: ([\w-]+) -->$", re.MULTILINE)
ALL_TABLES_LINE = "<!-- tables: all -->"
PLACEHOLDER_LIKE = re.compile(
    r"<!--\s*(?:figure|figures|table|tables|value|widget|widgets)\b.*?-->|\{\{.*?\}\}",
    re.DOTALL | re.IGNORECASE,
)
TRAILING_PUNCTUATION = re.compile(r"[.,;:!?)\]]+")
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.DOTALL)
WIDGET_SCRIPT = "javascripts/widgets.js"
WIDGET_STYLE = "stylesheets/widgets.css"  # loaded by the script: the widgets start hidden

log = logging.getLogger("mkdocs.hooks.sigmoid")
_state: dict[str, Any] = {}


def module(name: str) -> ModuleType:
    return _state["modules"][name]


def on_pre_build(config: Any) -> None:
    if str(ROOT) not in sys.path:  # checked on every build: plugins may restore sys.path
        sys.path.insert(0, str(ROOT))
    for name in list(sys.modules):
        if name.split(".")[0] in ("sigmoid_core", "scripts"):
            del sys.modules[name]
    names = (
        "cache",
        "claims",
        "definitions",
        "derivations",
        "figures",
        "numbers",
        "render",
        "steps",
        "tables",
        "values",
        "widgets",
        "widget_html",
    )
    try:
        _state["modules"] = {n: importlib.import_module(f"scripts.assets.{n}") for n in names}
    except ValueError as exc:  # two declarations with one name
        raise PluginError(f"scripts/assets: {exc}") from exc
    _state["modules"]["formulas"] = importlib.import_module("scripts.formulas")
    cache = module("cache")
    renderer = cache.key(
        cache.source_of(Path(module("formulas").__file__), module("formulas").RENDERER)
    )
    if _state.get("renderer") != renderer:  # rendered MathML outlives a build, not an edit
        _state["renderer"], _state["mathml"] = renderer, {}
    _state["drawn"] = set()
    _state["claims"] = module("claims").all_claims()
    _state["claim_context"] = cache.key(
        cache.source_of(ROOT / "scripts" / "assets", ROOT / "sigmoid_core"), _library_versions()
    )
    _state["claims_passed"] = _load_claim_cache()
    _state["claims_used"] = set()
    _state["derivation_context"] = cache.key(
        cache.source_of(
            ROOT / "scripts" / "assets" / "steps.py", ROOT / "scripts" / "assets" / "derivations.py"
        ),
        _library_versions(),
    )
    _state["derivations_passed"] = _load_json(cache.DERIVATION_CACHE)
    _state["derivations_used"] = {}
    _state["reports"] = {}


def on_files(files: Any, config: Any) -> Any:
    pages = {f.src_uri for f in files.documentation_pages()}
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
    source = page.file.src_uri
    language = getattr(page.file, "locale", None) or "en"
    _refuse_malformed_placeholders(source, markdown)
    if generation_disabled():
        return _place(markdown, source, language, page.url)
    texts = [
        markdown,
        page.meta.get("description", ""),
        *_typed_texts(markdown, source),
        *_widget_texts(markdown, source, language),
    ]
    try:  # first, so that a changed number is named even where it breaks a claim's text
        definitions = module("definitions")
        _state["reports"][source] = module("numbers").account(
            source,
            texts,
            _state["claims"],
            definitions.DEFINITIONS,
            module("values").by_name(),
            definitions.FORMULA_DIGITS,
            definitions.PROSE_DIGITS,
        )
    except module("numbers").UnaccountedNumberError as exc:
        raise PluginError(str(exc)) from exc
    _check_claims(source, texts)
    _check_derivations(source, markdown)
    return _place(markdown, source, language, page.url)


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


def on_post_page(output: str, page: Any, config: Any) -> str:
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


def on_post_build(config: Any) -> None:
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
            or module("numbers").VALUE.fullmatch(text)
        ):
            raise PluginError(
                f"{source}: malformed placeholder {text!r}: write "
                "'<!-- figure: NAME -->', '<!-- table: NAME -->' or '<!-- widget: NAME -->' "
                "on a line of its own, or '{{ value: NAME }}'"
            )


def _typed_texts(markdown: str, source: str) -> list[str]:
    """The typed text of the figures and tables the page places: their captions and the
    figures' descriptions (the rest of their alt text is computed from the data)."""
    texts = []
    for name in FIGURE_LINE.findall(markdown):
        figure = _lookup("figures", name, source)
        texts += [figure.caption, figure.description]
    names = TABLE_LINE.findall(markdown)
    if ALL_TABLES_LINE in markdown:
        names += [t.name for t in module("tables").TABLES]
    texts += [_lookup("tables", name, source).caption for name in names]
    return texts


def _lookup(kind: str, name: str, source: str) -> Any:
    try:
        return module(kind).named(name)
    except KeyError as exc:
        raise PluginError(f"{source}: {exc.args[0]}") from exc


def _expand(text: str, source: str) -> str:
    try:
        return module("numbers").expand_values(text, module("values").by_name(), source)
    except KeyError as exc:
        raise PluginError(exc.args[0]) from exc


def _widget_texts(markdown: str, source: str, language: str) -> list[str]:
    """Every string of the widgets the page places, in the page's language."""
    widgets = [_lookup("widgets", name, source) for name in WIDGET_LINE.findall(markdown)]
    return [text for w in widgets for text in module("widgets").texts(w, language).values()]


def _widget_markup(name: str, source: str, language: str, url: str) -> str:
    widget = _lookup("widgets", name, source)
    if generation_disabled():
        return ""
    data = get_relative_url(f"widgets/{name}.json", url)  # raw HTML: MkDocs leaves it as is
    return module("widget_html").widget_html(widget, language, data)


def _place(markdown: str, source: str, language: str, url: str) -> str:
    markdown = _expand(markdown, source)
    markdown = WIDGET_LINE.sub(
        lambda m: _widget_markup(m.group(1), source, language, url), markdown
    )
    markdown = FIGURE_LINE.sub(lambda m: _figure_markdown(m.group(1), source), markdown)
    markdown = TABLE_LINE.sub(lambda m: _table_markdown(m.group(1), source), markdown)
    if ALL_TABLES_LINE in markdown:
        sections = [
            f"## {table.name}\n\n{_table_markdown(table.name, source)}"
            for table in module("tables").TABLES
        ]
        markdown = markdown.replace(ALL_TABLES_LINE, "\n".join(sections))
    return markdown


def _relative(path: str, source: str) -> str:
    return "../" * source.count("/") + path


def _figure_markdown(name: str, source: str) -> str:
    figure = _lookup("figures", name, source)
    caption = html.escape(_expand(figure.caption, source))
    if generation_disabled():
        return f"<p>{caption}</p>"
    render = module("render")
    data = render.drawn_data(figure)
    alt = render.alt_text(figure, data, _expand(figure.description, source))
    alt = alt.replace("\\", "\\\\").replace("[", "(").replace("]", ")")
    width, height = (round(72 * v / 0.75) for v in render.FIGURE_SIZE)  # pt to CSS px
    # lazy: the variant of the other palette is display: none and so is never fetched, and
    # figures below the fold load when the reader gets there
    images = "\n".join(
        f"![{alt}]({_relative(f'figures/{name}-{theme}.svg', source)}#only-{theme})"
        f'{{ width="{width}" height="{height}" loading="lazy" }}'
        for theme in render.THEMES
    )
    return f'<figure markdown="span">\n{images}\n<figcaption>{caption}</figcaption>\n</figure>'


def _table_markdown(name: str, source: str) -> str:
    table = _lookup("tables", name, source)
    return module("render").render_markdown_table(
        table, _relative(f"values/{name}.csv", source), _expand(table.caption, source)
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
    computations (scripts/assets), the core or the numerical libraries change."""
    return module("cache").key(claim.page, claim.text, _state["claim_context"])


def _load_claim_cache() -> set[str]:
    return set(_load_json(module("cache").CLAIM_CACHE) or [])


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _check_derivations(source: str, markdown: str) -> None:
    """Every step of the page's derivations and every prose statement about a proof's names,
    checked with SymPy (scripts/assets/steps.py); cached under the derivations' text, the
    statements, the checker's source and SymPy's version."""
    steps, names = module("steps"), module("derivations").names(source)
    found = steps.derivations(source, markdown)
    if not found and not names:
        return
    key = module("cache").key(
        source,
        [d.rows for d in found],
        steps.statements(markdown, names),
        sorted(names.items()),
        _state["derivation_context"],
    )
    passed = _state["derivations_passed"].get(source)
    if passed and passed[0] == key:
        counts = passed[1]
    else:
        try:
            counts = list(steps.check_page(source, markdown, names))
        except steps.StepError as exc:
            raise PluginError(str(exc)) from exc
    _state["derivations_used"][source] = [key, counts]


def _check_claims(source: str, texts: list[str]) -> None:
    for claim in _state["claims"]:
        if claim.page != source:
            continue
        if not any(claim.text in text for text in texts):
            raise PluginError(
                f"{source}: the claim {claim.text!r} is checked by the build but "
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
                f"{source}: checking the claim {claim.text!r} raised {exc!r}"
            ) from exc
        if holds is not True and not (hasattr(holds, "dtype") and bool(holds)):
            raise PluginError(f"{source}: the claim {claim.text!r} is false")
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
