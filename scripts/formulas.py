"""Formulas at build time: TeX to MathML with KaTeX, and the font that MathML is drawn in.

* ``render`` runs scripts/katex_render.mjs (Node, katex from node_modules) on a batch of
  formulas, and ``core_mathml`` rewrites KaTeX's MathML where MathML Core, which browsers
  implement, leaves out what it relies on (styled letters, table alignment, TeX's spacing), so
  every current browser draws it as TeX would, with no JavaScript, CSS or fonts of KaTeX's.
  Anything it cannot spell (a letter with no Unicode form in its style) is an error, not a
  silently wrong symbol.
* ``math_font`` cuts STIX Two Math (SIL OFL 1.1, from the npm package @fontsource/stix-two-math)
  down to the characters the pages draw, keeping its MATH table (fraction rules, script sizes,
  stretched parentheses and radicals) and the naming table that carries its copyright and
  licence, so a math page loads one small font instead of a reader's fallback. The licence
  text is published beside it, as the OFL asks.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from scripts.cache import ROOT

RENDERER = ROOT / "scripts" / "katex_render.mjs"
# the package's woff rather than its woff2: the same font, read four times faster (zlib, not brotli)
FONT_SOURCE = (
    ROOT
    / "node_modules"
    / "@fontsource"
    / "stix-two-math"
    / "files"
    / "stix-two-math-latin-400-normal.woff"
)
FONT_URL = "assets/math/stix-two-math.woff2"  # relative to the site root; named in site.css
FONT_LICENCE = FONT_SOURCE.parent.parent / "LICENSE"  # SIL OFL 1.1, published beside the font

MATHML = "http://www.w3.org/1998/Math/MathML"
PRIMES = set("\u2032\u2033\u2034")
SIGNS = set("\u2212+\u00b1\u2213")
CLOSING = set(")]}|\u2016\u27e9\u230b\u2309") | PRIMES
SCRIPTS = {"msup", "msub", "msubsup", "munder", "mover", "munderover"}
THIN_SPACE = "0.1667em"
# where a long display formula may break on a narrow screen: before a relation, after a comma
SUMS = set("+\u2212")
OPENING = set("([{\u27e8\u230a\u2308")
RELATIONS = set("=\u2248\u2260<>\u2264\u2265\u27fa\u27f9\u21d4\u21d2\u2261\u221d\u223c\u2192")

# First capital, first small letter and first digit of each variant in Unicode's Mathematical
# Alphanumeric Symbols block, and the letters that block leaves to Letterlike Symbols.
LETTERS = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "italic": (0x1D434, 0x1D44E, None),
    "bold-italic": (0x1D468, 0x1D482, None),
    "double-struck": (0x1D538, 0x1D552, 0x1D7D8),
    "sans-serif": (0x1D5A0, 0x1D5BA, 0x1D7E2),
    "monospace": (0x1D670, 0x1D68A, 0x1D7F6),
}
HOLES = {
    ("italic", "h"): "\u210e",
    ("double-struck", "C"): "\u2102",
    ("double-struck", "H"): "\u210d",
    ("double-struck", "N"): "\u2115",
    ("double-struck", "P"): "\u2119",
    ("double-struck", "Q"): "\u211a",
    ("double-struck", "R"): "\u211d",
    ("double-struck", "Z"): "\u2124",
}
ITALIC_SYMBOLS = {
    "\u03f4": 0x1D6F3,
    "\u2207": 0x1D6FB,
    "\u2202": 0x1D715,
    "\u03f5": 0x1D716,
    "\u03d1": 0x1D717,
    "\u03f0": 0x1D718,
    "\u03d5": 0x1D719,
    "\u03f1": 0x1D71A,
    "\u03d6": 0x1D71B,
}

ET.register_namespace("", MATHML)


class FormulaError(ValueError):
    """A formula KaTeX rejects or that MathML Core cannot draw as written."""

    def __init__(self, tex: str, reason: str) -> None:
        super().__init__(f"cannot render the formula {tex!r}: {reason}")


def _tag(element: ET.Element) -> str:
    return element.tag.removeprefix(f"{{{MATHML}}}")


def styled(char: str, variant: str) -> str | None:
    """``char`` in a mathvariant, as the Unicode character that spells it, or None if none does.

    >>> styled("R", "double-struck"), styled("T", "sans-serif"), styled("x", "italic")
    ('ℝ', '𝖳', '𝑥')
    >>> styled("α", "italic"), styled("h", "italic"), styled("α", "double-struck")
    ('𝛼', 'ℎ', None)
    """
    if (variant, char) in HOLES:
        return HOLES[variant, char]
    capital, small, digit = LETTERS.get(variant, (None, None, None))
    if capital is not None and "A" <= char <= "Z":
        return chr(capital + ord(char) - ord("A"))
    if small is not None and "a" <= char <= "z":
        return chr(small + ord(char) - ord("a"))
    if digit is not None and "0" <= char <= "9":
        return chr(digit + ord(char) - ord("0"))
    if variant == "italic":
        if "\u0391" <= char <= "\u03a9" and char != "\u03a2":
            return chr(0x1D6E2 + ord(char) - 0x391)
        if "\u03b1" <= char <= "\u03c9":
            return chr(0x1D6FC + ord(char) - 0x3B1)
        if char in ITALIC_SYMBOLS:
            return chr(ITALIC_SYMBOLS[char])
    return None


def core_mathml(markup: str, tex: str) -> str:
    """KaTeX's MathML rewritten as MathML Core draws it the way TeX would.

    MathML Core leaves out ``mathvariant`` (other than "normal"), ``columnalign`` and
    ``columnspacing``, puts no space around a function name, guesses a sign's form from its
    position in an ``mrow`` only, and draws a prime as a superscript of a character that is
    already raised. So: styled letters become Unicode mathematical alphanumerics, table cells
    get their alignment and spacing as CSS, ``\\tanh x`` and ``(1 - t) \\ln`` get TeX's thin
    spaces (``\\tanh(x)`` none), a sign after an operator or opening fence is marked as a
    prefix (the minus in ``(-x)``), a primed symbol is written ``f′`` rather than ``f^′``, and
    the TeX annotation is dropped.
    """
    start, end = markup.find("<math"), markup.rfind("</math>")
    math = ET.fromstring(markup[start : end + len("</math>")])
    _space_function_names(math)
    for parent in list(math.iter()):
        for index, child in enumerate(list(parent)):
            tag = _tag(child)
            if tag == "semantics":
                parent.remove(child)
                parent.insert(index, child[0])
            elif (
                tag == "msup"
                and set("".join(child[1].itertext())) <= PRIMES
                and all(_tag(e) in ("mo", "mrow") for e in child[1].iter())
            ):
                prime = ET.Element(f"{{{MATHML}}}mo", lspace="0em", rspace="0em")
                prime.text = "".join(child[1].itertext())
                child.tag, child[:] = f"{{{MATHML}}}mrow", [child[0], prime]
            elif tag == "mo" and child.text in SIGNS and index > 0 and "form" not in child.attrib:
                before = parent[index - 1]
                if _tag(before) == "mo" and (before.text or "") not in CLOSING:
                    child.set("form", "prefix")
    for element in math.iter():
        variant = element.get("mathvariant", "normal")
        if variant != "normal":
            letters = [
                char if char.isspace() else styled(char, variant) for char in element.text or ""
            ]
            spelled = [letter for letter in letters if letter is not None]
            if len(spelled) < len(letters) or len(element):
                raise FormulaError(
                    tex, f'browsers cannot draw {element.text!r} in mathvariant "{variant}"'
                )
            element.text = "".join(spelled)
            del element.attrib["mathvariant"]
        if _tag(element) == "mtable":
            _lay_out_cells(element)
    if math.get("display") == "block" and _cut(math, RELATIONS):
        math.set("class", "chain")
    return ET.tostring(math, encoding="unicode")


def _space_function_names(math: ET.Element) -> None:
    """TeX's thin spaces around an operator name such as ``\\ln`` (KaTeX follows each with
    U+2061 FUNCTION APPLICATION): after it when an operand follows rather than a fence,
    punctuation or relation (``\\tanh x``, not ``\\tanh(x)``), and before it when an operand or
    closing fence precedes (``(1 - t) \\ln``). A superscript or prime on the name is its own."""
    parents = {child: parent for parent in math.iter() for child in parent}

    def unit(node: ET.Element, last: bool) -> ET.Element:
        while node in parents:
            siblings = list(parents[node])
            if (
                _tag(parents[node]) in ("mrow", "mstyle") and node is siblings[-1 if last else 0]
            ) or (_tag(parents[node]) in SCRIPTS and node is siblings[0]):
                node = parents[node]
            else:
                break
        return node

    def neighbour(node: ET.Element, step: int) -> ET.Element | None:
        """The node beside ``node`` in a row; none in an element whose children have places
        (a fraction's numerator and denominator, a script's base and script)."""
        if node not in parents or _tag(parents[node]) not in ("math", "mrow", "mstyle", "mtd"):
            return None
        siblings = list(parents[node])
        index = siblings.index(node) + step
        return siblings[index] if 0 <= index < len(siblings) else None

    def thin_space(node: ET.Element, offset: int) -> None:
        parent = parents[node]
        parent.insert(
            list(parent).index(node) + offset, ET.Element(f"{{{MATHML}}}mspace", width=THIN_SPACE)
        )

    for apply in [e for e in math.iter() if _tag(e) == "mo" and e.text == "\u2061"]:
        end = unit(apply, last=True)
        after = neighbour(end, 1)
        if after is not None and _tag(after) != "mo":
            if end is apply:
                apply.set("rspace", THIN_SPACE)
            else:
                thin_space(end, 1)
        name = neighbour(apply, -1)
        start = unit(name, last=False) if name is not None else None
        before = neighbour(start, -1) if start is not None else None
        if (
            start is not None
            and before is not None
            and (_tag(before) != "mo" or before.text in CLOSING)
        ):
            thin_space(start, 0)


def _lay_out_cells(table: ET.Element) -> None:
    """``columnalign``, ``columnspacing`` and ``rowspacing`` as each cell's text-align and
    padding, the last value repeating as MathML says. Half of each column gap goes on either
    side; rows get the whole gap on either side, standing in for the struts TeX puts around
    each row, which MathML does not draw (without them stacked fractions touch)."""
    align = table.attrib.pop("columnalign", "center").split()
    columns = table.attrib.pop("columnspacing", "0.8em").split()
    rows = table.attrib.pop("rowspacing", "1ex").split()

    def gap(values: list[str], index: int, share: float = 0.5) -> str:
        number = re.fullmatch(r"([0-9.]+)(em|ex)", values[min(index, len(values) - 1)])
        if not number:
            raise ValueError(f"unexpected MathML length in {values}")
        return f"{float(number.group(1)) * share:g}{number.group(2)}"

    aligned = align[:2] == ["right", "left"]  # \\begin{aligned}: pairs of columns, a = b
    if aligned:
        table.set("class", "aligned")
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            if aligned and not "".join(cell.itertext()).strip():
                cell.set("class", "empty")
            elif aligned and c >= 2:  # after the first pair: the step's reason (a && why)
                cell.set("class", "aside")
            elif aligned and c == 1 and _cut(cell, SUMS):  # a long line breaks before + or -
                cell.set("class", "chain")
            left = gap(columns, c - 1) if c else "0"
            right = gap(columns, c) if c < len(row) - 1 else "0"
            above = gap(rows, r - 1, share=1) if r else "0"
            below = gap(rows, r, share=1) if r < len(table) - 1 else "0"
            cell.set(
                "style",
                f"text-align: {align[min(c, len(align) - 1)]}; "
                f"padding: {above} {right} {below} {left}",
            )


def _cut(element: ET.Element, breaks: set[str]) -> bool:
    """Cut the row at the top of ``element`` (a display formula, or a derivation's cell) into
    pieces, mrows that each begin with an operator of ``breaks`` or end with a comma; True if
    there are two or more. Drawn as MathML lays out an mrow, the formula looks the same; on a
    narrow screen site.css lets the pieces of an element marked ``class="chain"`` wrap like
    words, so a long chain breaks at a relation or after a comma."""
    row = element
    while len(row) == 1 and _tag(row[0]) in ("mrow", "mstyle"):
        row = row[0]
    pieces: list[list[ET.Element]] = []
    current: list[ET.Element] = []
    spaces: list[ET.Element] = []  # \\quad, \\; and the like, held for the next piece
    after_comma = False
    gaps: set[ET.Element] = set()
    depth = 0  # inside parentheses of the row itself, as in min(x, 0), nothing breaks
    for child in list(row):
        tag, text = _tag(child), (child.text or "").strip()
        base = child
        while _tag(base) in SCRIPTS:  # the ")" of (x)_i is the base of a subscript
            base = base[0]
        if _tag(base) == "mo" and base.text in OPENING:
            depth += 1
        elif _tag(base) == "mo" and base.text in CLOSING - PRIMES:
            depth = max(depth - 1, 0)
        if depth:
            current += [*spaces, child]
            spaces = []
            continue
        if tag == "mspace" or (tag == "mtext" and not text):
            if after_comma:  # the gap after a comma stands alone: it may end a line
                pieces.append([child])
                gaps.add(child)
            else:
                spaces.append(child)
            continue
        if tag == "mo" and text in breaks and child.get("form") != "prefix" and current:
            pieces.append(current)
            current = []
            child.set("form", "infix")  # first in its piece, it would be taken for a prefix
        current += [*spaces, child]
        spaces, after_comma = [], False
        if tag == "mo" and text == ",":
            child.set("form", "infix")  # last in its piece, it would be taken for a postfix
            pieces.append(current)
            current, after_comma = [], True
    if current or spaces:
        pieces.append(current + spaces)
    words = [p for p in pieces if any(e not in gaps for e in p)]
    if len(words) < 2:
        return False
    row[:] = []
    for piece in pieces:
        if piece in words:
            ET.SubElement(row, f"{{{MATHML}}}mrow")[:] = piece
        else:
            row.extend(piece)
    return True


def drawn_characters(mathml: str) -> set[str]:
    """Every character the browser draws for this MathML, including the italic forms it
    substitutes for single-letter identifiers and the radical sign it draws for a root."""
    characters: set[str] = set()
    for element in ET.fromstring(mathml).iter():
        if _tag(element) in ("msqrt", "mroot"):
            characters.add("\u221a")
        text = element.text or ""  # spaces too: a fallback font's space has other widths
        if _tag(element) == "mi" and len(text) == 1 and "mathvariant" not in element.attrib:
            text = styled(text, "italic") or text
        characters.update(text)
    return characters


def node() -> str:
    """Node.js from PyPI in the venv beside this Python, else the one on PATH."""
    beside_python = Path(sys.executable).parent / "node"
    found = str(beside_python) if beside_python.exists() else shutil.which("node")
    if not found:
        raise RuntimeError("Node.js is needed to render the math: run ./dev build or ./dev serve")
    return found


def render(formulas: list[tuple[str, bool]]) -> list[str]:
    """MathML Core for each (tex, display) formula, in order; FormulaError for the first that
    cannot be rendered."""
    if not formulas:
        return []
    request = json.dumps([{"tex": tex, "display": display} for tex, display in formulas])
    result = subprocess.run(
        [node(), str(RENDERER)],
        input=request,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"KaTeX could not run: {result.stderr.strip()}")
    rendered = []
    for (tex, _), answer in zip(formulas, json.loads(result.stdout), strict=True):
        if "error" in answer:
            raise FormulaError(tex, answer["error"])
        rendered.append(core_mathml(answer["html"], tex))
    return rendered


def math_font(characters: set[str]) -> bytes:
    """STIX Two Math as woff2, cut down to ``characters`` and what its MATH table needs to draw
    them (size variants and assemblies of stretchy operators, script-style alternates)."""
    from fontTools import subset  # build-time only

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # the copyright notice and the licence's URL stay in the font
    options.hinting = False  # a third of the bytes; browsers draw math unhinted just as well
    out = io.BytesIO()
    with subset.load_font(str(FONT_SOURCE), options) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(ord(c) for c in characters))
        subsetter.subset(font)
        subset.save_font(font, out, options)
    return out.getvalue()
