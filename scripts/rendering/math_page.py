"""A page's formulas to MathML: every ``pymdownx.arithmatex`` span or div of its HTML rendered
by KaTeX (scripts/formulas.py), each formula once while ``mkdocs serve`` runs; and the math
font cut to the characters a build's formulas draw, cached on disk."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from scripts import cache, formulas

MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.DOTALL)
TRAILING_PUNCTUATION = re.compile(r"[.,;:!?)\]。，、；：！？）”]+")
Formula = tuple[str, bool]  # its TeX, and whether it is displayed
Rendered = tuple[str, set[str]]  # its MathML, and the characters it draws


def renderer_key() -> str:
    """What rendered MathML depends on: the code that renders it."""
    return cache.key(cache.source_of(Path(formulas.__file__), formulas.RENDERER))


def _formula(match: re.Match[str]) -> Formula:
    display = match.group(1) == "div"
    tex = html.unescape(match.group(2)).strip()
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    if tex.startswith(opening) and tex.endswith(closing):
        tex = tex[len(opening) : -len(closing)]
    return tex.strip(), display


def _render(found: list[Formula], written: str, mathml: dict[Formula, Rendered]) -> list[Rendered]:
    """Each formula's MathML and the characters it draws; ``mathml`` keeps them for the next
    page and build. A formula KaTeX refuses raises ValueError naming the page."""
    missing = sorted({f for f in found if f not in mathml})
    try:
        rendered = formulas.render(missing)
    except (RuntimeError, ValueError) as exc:
        raise ValueError(f"{written}: {exc}") from exc
    pairs = zip(missing, rendered, strict=True)
    mathml.update((f, (m, formulas.drawn_characters(m))) for f, m in pairs)
    return [mathml[f] for f in found]


def with_mathml(
    content: str, written: str, mathml: dict[Formula, Rendered], drawn: set[str]
) -> str:
    """The page's HTML with each formula rendered; the characters drawn are added to
    ``drawn``. Punctuation right after an inline formula stays on its line (no lone ")" or
    "." on a phone)."""
    matches = list(MATH.finditer(content))
    if not matches:
        return content
    found = [_formula(m) for m in matches]
    rendered = _render(found, written, mathml)
    pieces, last = [], 0
    for match, (_, display), (markup, characters) in zip(matches, found, rendered, strict=True):
        drawn |= characters
        pieces.append(content[last : match.start()])
        last = match.end()
        if display:
            pieces.append(f'<div class="formula">{markup}</div>')
            continue
        trailing = TRAILING_PUNCTUATION.match(content, last)
        if trailing:
            markup = f'<span class="math-nowrap">{markup}{trailing.group(0)}</span>'
            last = trailing.end()
        pieces.append(markup)
    pieces.append(content[last:])
    return "".join(pieces)


def math_font(characters: set[str]) -> bytes:
    """The math font cut to ``characters``: cut once for each set of characters, source font,
    cutting code and fontTools version; the font files no build asks for any more are
    pruned."""
    import fontTools

    digest = cache.key(
        "".join(sorted(characters)),
        formulas.FONT_SOURCE.read_bytes(),
        cache.source_of(Path(formulas.__file__)),
        fontTools.version,
    )
    cached = cache.FONT_CACHE / f"{digest[:16]}.woff2"
    if not cached.exists():
        cache.write_atomic(cached, formulas.math_font(characters))
    cache.prune(cache.FONT_CACHE, [cached])
    return cached.read_bytes()


def write_font(site: Path, characters: set[str]) -> None:
    """The cut font and its licence, where the pages' stylesheet and preload name them."""
    font = site / formulas.FONT_URL
    font.parent.mkdir(parents=True, exist_ok=True)
    font.write_bytes(math_font(characters))
    shutil.copyfile(formulas.FONT_LICENCE, font.with_name("OFL.txt"))


MATH_ELEMENT = re.compile(r"(<math\b[^>]*>)(.*?)(</math>)", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def as_search_reads(content: str) -> str:
    """``content`` with the markup inside each formula's ``<math>`` element replaced by the text
    a search index keeps of it: its characters, white space collapsed as Material's search
    parser collapses it (a run of white space between two tags becomes one space; a line break
    inside text, a space). The index is the same (tests/test_site.py compares the parser's
    sections on every page); the parser reads a page in a fraction of the time, since the
    formulas' markup is most of a page's tags."""

    def text(element: re.Match[str]) -> str:
        pieces: list[str] = []
        for piece in _TAG.split(element.group(2)):
            if not piece:
                continue
            if piece.isspace():
                if not pieces or not pieces[-1].isspace():
                    pieces.append(" ")
            else:
                pieces.append(piece.replace("\n", " "))
        return element.group(1) + "".join(pieces) + element.group(3)

    return MATH_ELEMENT.sub(text, content)
