"""MkDocs hooks: fresh imports on every build, figure and table placeholders, claim checks, and
every formula rendered to MathML at build time.

* ``on_pre_build`` drops sigmoid_core and scripts.* from ``sys.modules`` and imports them again,
  so ``mkdocs serve`` picks up an edited core (gen-files runs its scripts in this process).
* ``on_page_markdown`` checks the page's claims against its source, then replaces
  ``<!-- figure: NAME -->``, ``<!-- table: NAME -->`` and ``<!-- tables: all -->``.
* ``on_page_content`` renders every ``pymdownx.arithmatex`` formula to MathML with KaTeX
  (scripts/formulas.py), so reading a page runs no math JavaScript. A formula that cannot be
  rendered fails the build with the page and the formula.
* ``on_post_page`` lets a page with formulas preload the math font, and ``on_post_build`` writes
  that font, cut down to the characters this build's formulas draw.
"""

from __future__ import annotations

import hashlib
import html
import importlib
import inspect
import json
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

CLAIM_CACHE = ROOT / ".cache" / "claims.json"
FIGURE_LINE = re.compile(r"^<!-- figure: ([\w-]+) -->$", re.MULTILINE)
TABLE_LINE = re.compile(r"^<!-- table: ([\w-]+) -->$", re.MULTILINE)
ALL_TABLES_LINE = "<!-- tables: all -->"
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.DOTALL)

_state: dict[str, Any] = {}


def assets() -> ModuleType:
    return _state["assets"]


def formulas() -> ModuleType:
    return _state["formulas"]


def on_pre_build(config: Any) -> None:
    if str(ROOT) not in sys.path:  # checked on every build: plugins may restore sys.path
        sys.path.insert(0, str(ROOT))
    for name in list(sys.modules):
        if name.split(".")[0] in ("sigmoid_core", "scripts"):
            del sys.modules[name]
    _state["assets"] = importlib.import_module("scripts.site_assets")
    _state["formulas"] = importlib.import_module("scripts.formulas")
    renderer = Path(formulas().__file__).read_bytes() + formulas().RENDERER.read_bytes()
    if _state.get("renderer") != renderer:  # rendered MathML outlives a build, not an edit
        _state["renderer"], _state["mathml"] = renderer, {}
    _state["drawn"] = set()
    _state["claims_passed"] = _load_claim_cache()


def on_files(files: Any, config: Any) -> Any:
    pages = {f.src_uri for f in files.documentation_pages()}
    for claim in assets().CLAIMS:
        if claim.page not in pages:
            raise PluginError(f"claim {claim.text!r} names page {claim.page!r}, which does not exist")
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    source = page.file.src_uri
    _check_claims(source, markdown)
    markdown = FIGURE_LINE.sub(lambda m: _figure_markdown(m.group(1), source), markdown)
    markdown = TABLE_LINE.sub(lambda m: _table_markdown(m.group(1), source), markdown)
    if ALL_TABLES_LINE in markdown:
        sections = [f"## {table.name}\n\n{_table_markdown(table.name, source)}"
                    for table in assets().TABLES]
        markdown = markdown.replace(ALL_TABLES_LINE, "\n".join(sections))
    return markdown


def on_page_content(content: str, page: Any, config: Any, files: Any) -> str:
    matches = list(MATH.finditer(content))
    if not matches:
        return content
    found = [_formula(m) for m in matches]
    rendered = _render(found, page.file.src_uri)
    pieces, last = [], 0
    for match, (_, display), (mathml, drawn) in zip(matches, found, rendered):
        _state["drawn"] |= drawn
        pieces += [content[last:match.start()],
                   f'<div class="formula">{mathml}</div>' if display else mathml]
        last = match.end()
    pieces.append(content[last:])
    return "".join(pieces)


def on_post_page(output: str, page: Any, config: Any) -> str:
    if "<math" not in output:
        return output
    href = get_relative_url(formulas().FONT_URL, page.url)
    preload = f'<link rel="preload" href="{href}" as="font" type="font/woff2" crossorigin>'
    return output.replace("</head>", f"{preload}\n</head>", 1)


def on_post_build(config: Any) -> None:
    if _state["drawn"]:
        font = Path(config["site_dir"]) / formulas().FONT_URL
        font.parent.mkdir(parents=True, exist_ok=True)
        font.write_bytes(_math_font(_state["drawn"]))
        shutil.copyfile(formulas().FONT_LICENCE, font.with_name("OFL.txt"))
    CLAIM_CACHE.parent.mkdir(parents=True, exist_ok=True)
    current = {_claim_key(claim) for claim in assets().CLAIMS} & _state["claims_passed"]
    CLAIM_CACHE.write_text(json.dumps(sorted(current), indent=0), encoding="utf-8")


# --- claims -------------------------------------------------------------------------------------


def _claim_key(claim: Any) -> str:
    """A claim that passed is not checked again until its page text, its check's source, the
    declarations module or the core change."""
    digest = hashlib.sha256()
    for part in (claim.page, claim.text, inspect.getsource(claim.check),
                 Path(assets().__file__).read_text(encoding="utf-8"), assets().core_fingerprint()):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def _load_claim_cache() -> set[str]:
    try:
        return set(json.loads(CLAIM_CACHE.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return set()


def generation_disabled() -> bool:
    """SIGMOID_SITE_NO_FIGURES=1: no figures drawn or placed and no claims checked, for the
    floor that benchmarks/bench_build.py compares the real build with."""
    return os.environ.get("SIGMOID_SITE_NO_FIGURES") == "1"


def _check_claims(source: str, markdown: str) -> None:
    if generation_disabled():
        return
    for claim in assets().CLAIMS:
        if claim.page != source:
            continue
        if claim.text not in markdown:
            raise PluginError(f"{source}: the claim {claim.text!r} is checked by the build but "
                              "does not appear on the page (update the page or the claim)")
        key = _claim_key(claim)
        if key in _state["claims_passed"]:
            continue
        try:
            holds = claim.check()
        except Exception as exc:  # a check that cannot run proves nothing
            raise PluginError(f"{source}: checking the claim {claim.text!r} raised {exc!r}") from exc
        if holds is not True and not (hasattr(holds, "dtype") and bool(holds)):
            raise PluginError(f"{source}: the claim {claim.text!r} is false")
        _state["claims_passed"].add(key)


# --- figures and tables -------------------------------------------------------------------------


def _relative(path: str, source: str) -> str:
    depth = source.count("/")
    return "../" * depth + path


def _figure_markdown(name: str, source: str) -> str:
    try:
        figure = assets().figure_named(name)
    except KeyError as exc:
        raise PluginError(f"{source}: {exc.args[0]}") from exc
    if generation_disabled():
        return f"<p>{html.escape(figure.caption)}</p>"
    alt = assets().alt_text(figure).replace("\\", "\\\\").replace("[", "(").replace("]", ")")
    width, height = (round(72 * v / 0.75) for v in assets().FIGURE_SIZE)  # pt to CSS px
    # lazy: the variant of the other palette is display: none and so is never fetched, and
    # figures below the fold load when the reader gets there
    images = "\n".join(
        f'![{alt}]({_relative(f"figures/{name}-{theme}.svg", source)}#only-{theme})'
        f'{{ width="{width}" height="{height}" loading="lazy" }}'
        for theme in assets().THEMES
    )
    caption = html.escape(figure.caption)
    return f'<figure markdown="span">\n{images}\n<figcaption>{caption}</figcaption>\n</figure>'


def _table_markdown(name: str, source: str) -> str:
    try:
        table = assets().table_named(name)
    except KeyError as exc:
        raise PluginError(f"{source}: {exc.args[0]}") from exc
    return assets().render_markdown_table(table, _relative(f"values/{name}.csv", source))


# --- math ---------------------------------------------------------------------------------------


def _formula(match: re.Match[str]) -> tuple[str, bool]:
    display = match.group(1) == "div"
    tex = html.unescape(match.group(2)).strip()
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    if tex.startswith(opening) and tex.endswith(closing):
        tex = tex[len(opening):-len(closing)]
    return tex.strip(), display


def _render(found: list[tuple[str, bool]], source: str) -> list[tuple[str, set[str]]]:
    """Each formula's MathML and the characters it draws, worked out once per formula while
    ``mkdocs serve`` runs."""
    cache = _state["mathml"]
    missing = sorted({f for f in found if f not in cache})
    try:
        rendered = formulas().render(missing)
    except (RuntimeError, ValueError) as exc:
        raise PluginError(f"{source}: {exc}") from exc
    cache.update((f, (m, formulas().drawn_characters(m))) for f, m in zip(missing, rendered))
    return [cache[f] for f in found]


def _math_font(characters: set[str]) -> bytes:
    """Cut once for each set of characters, source font, cutting code and fontTools version."""
    import fontTools

    digest = hashlib.sha256("".join(sorted(characters)).encode())
    digest.update(formulas().FONT_SOURCE.read_bytes())
    digest.update(Path(formulas().__file__).read_bytes())
    digest.update(fontTools.version.encode())
    cached = ROOT / ".cache" / "math-font" / f"{digest.hexdigest()[:16]}.woff2"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(formulas().math_font(characters))
    return cached.read_bytes()
