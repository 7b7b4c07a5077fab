"""Build-time math: KaTeX's MathML rewritten for MathML Core, and the cut-down math font."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
from fontTools.ttLib import TTFont

from scripts import formulas

NS = {"m": formulas.MATHML}


def mathml(tex: str, display: bool = False) -> ET.Element:
    return ET.fromstring(formulas.render([(tex, display)])[0])


def test_styled_letters_become_the_unicode_characters_browsers_draw() -> None:
    math = mathml(r"x \in \mathbb{R},\ s^{\mathsf T},\ \mathbf{v},\ \mathbb{1}")
    assert [e.text for e in math.iter(f"{{{formulas.MATHML}}}mi")] == ["x", "ℝ", "s", "𝖳", "𝐯"]
    assert "𝟙" in "".join(math.itertext())
    assert not [e for e in math.iter() if e.get("mathvariant", "normal") != "normal"]


def test_a_letter_with_no_unicode_form_in_its_style_is_an_error() -> None:
    with pytest.raises(formulas.FormulaError, match="fraktur"):
        formulas.render([(r"\mathfrak{g}", False)])


def test_aligned_cells_carry_their_alignment_and_spacing() -> None:
    math = mathml(r"\begin{aligned} a &= b && \text{why} \\ &= c \end{aligned}", display=True)
    rows = math.findall(".//m:mtr", NS)
    styles = [[cell.get("style") for cell in row] for row in rows]
    assert [s.split(";")[0] for s in styles[0]] == ["text-align: right", "text-align: left"] * 2
    assert styles[0][2].endswith("padding: 0 0em 0.25em 0.5em")  # half the 1em gap, then a row
    assert styles[1][1].startswith("text-align: left; padding: 0.25em")
    assert math.find(".//m:mtable", NS).attrib == {"class": "aligned"}  # no MathML attribute


def test_a_derivation_marks_its_reasons_and_empty_cells() -> None:
    math = mathml(r"\begin{aligned} a &= b + c && \text{why} \\ &= d \end{aligned}", display=True)
    rows = [[cell.get("class") for cell in row] for row in math.findall(".//m:mtr", NS)]
    assert math.find("m:mtable", NS).get("class") == "aligned"
    assert rows == [[None, "chain", "empty", "aside"], ["empty", None]]
    pieces = math.findall(".//m:mtd[@class='chain']/m:mstyle/m:mrow/m:mrow", NS)
    assert ["".join(p.itertext()) for p in pieces] == ["=b", "+c"]


@pytest.mark.parametrize(
    ("tex", "pieces"),
    [
        (r"f(x) = a = b", ["f(x)", "=a", "=b"]),
        (r"a = \min(x, 0), \quad b \approx c.", ["a", "=min\u2061(x,0),", "b", "≈c."]),
        (r"p \iff q", ["p", "\u2005\u200a⟺\u2005\u200aq"]),
        (r"x^2 + 1", None),
    ],
)
def test_a_long_display_formula_is_cut_before_relations_and_after_commas(
    tex: str, pieces: list[str] | None
) -> None:
    math = mathml(tex, display=True)
    if pieces is None:
        assert "class" not in math.attrib
        return
    assert math.get("class") == "chain"
    found = math.findall("m:mrow/m:mrow", NS)
    assert ["".join(p.itertext()) for p in found] == pieces
    relations = [e for e in math.iter(f"{{{formulas.MATHML}}}mo") if e.text in "=≈⟺"]
    assert all(e.get("form") == "infix" for e in relations)  # first in a piece, still infix


@pytest.mark.parametrize(
    ("tex", "spaced"),
    [
        (r"\tanh x", True),
        (r"\tanh(x)", False),
        (r"\tanh^2 x", True),
        (r"\tanh'(x)", False),
        (r"\ln \sigma(x)", True),
        (r"\operatorname{softplus}(z)", False),
        (r"\tanh, x", False),
        (r"(1 - t)\ln(z)", True),
        (r"t \ln(z)", True),
        (r"= \ln(z)", False),
        (r"(\ln(z))", False),
    ],
)
def test_a_function_name_is_set_off_from_its_operands_by_thin_spaces(
    tex: str, spaced: bool
) -> None:
    markup = formulas.render([(tex, False)])[0]
    assert ("0.1667em" in markup) is spaced, markup


@pytest.mark.parametrize(
    ("tex", "prefix"),
    [
        ("(-x)", True),
        ("= -x", True),
        ("1 - x", False),
        ("(a) - b", False),
        ("-x", False),
        (r"x^{-1}", False),
        (r"\pm 1", False),
        (r"f'(x) - 1", False),
    ],
)
def test_a_sign_after_an_operator_or_opening_fence_is_a_prefix(tex: str, prefix: bool) -> None:
    markup = formulas.render([(tex, False)])[0]
    assert ('form="prefix"' in markup) is prefix, markup


def test_a_prime_follows_its_symbol_instead_of_being_a_superscript() -> None:
    math = mathml(r"\sigma'(x) + f''(y) + g'^2")
    assert [e.text for e in math.iter(f"{{{formulas.MATHML}}}mo") if "′" in (e.text or "")] == [
        "′",
        "′′",
        "′",
    ]
    primed = math.findall(".//m:mrow/m:mo[@lspace='0em']/..", NS)
    assert [child.tag.split("}")[1] for child in primed[0]] == ["mi", "mo"]
    assert len(math.findall(".//m:msup", NS)) == 1  # g'^2 keeps its superscript


def test_no_tex_is_left_in_the_markup() -> None:
    markup = formulas.render([(r"\frac{1}{1 + e^{-x}}", True)])[0]
    assert "annotation" not in markup and "\\frac" not in markup and "semantics" not in markup
    assert markup.startswith('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">')


def test_drawn_characters_include_the_italic_forms_of_single_letters() -> None:
    markup = formulas.render([(r"\sigma(x) = \frac{1}{1+e^{-x}}, \ln 2, \sqrt[3]{h}", False)])[0]
    drawn = formulas.drawn_characters(markup)
    assert {"𝜎", "𝑥", "𝑒", "(", ")", "=", "1", "+", "−", "l", "n", "2", "3", "ℎ", "√"} <= drawn
    assert not {"σ", "x", "e"} & drawn  # single letters are drawn italic


def test_the_math_font_keeps_what_math_layout_needs_and_little_else() -> None:
    wanted = set("()=+−1𝑥𝑒𝜎ℝ√")
    font = TTFont(io.BytesIO(formulas.math_font(wanted)))
    with TTFont(formulas.FONT_SOURCE) as source:
        assert "MATH" in font and "MATH" in source
        assert len(font.getGlyphOrder()) < len(source.getGlyphOrder()) / 20
    assert {ord(c) for c in wanted} <= set(font.getBestCmap())
    # size variants of the radical and the parentheses come along for stretching
    assert len(font.getGlyphOrder()) > len(wanted) + 10
    names = {record.nameID: str(record) for record in font["name"].names}
    assert names[0].startswith("Copyright") and "OFL" in names[14]
    assert formulas.math_font(wanted) == formulas.math_font(wanted)


def test_the_font_licence_is_the_ofl() -> None:
    text = formulas.FONT_LICENCE.read_text(encoding="utf-8")
    assert re.search(r"SIL OPEN FONT LICENSE Version 1\.1", text)


ARITY = {"mfrac": 2, "msub": 2, "msup": 2, "msubsup": 3, "mroot": 2, "munder": 2, "mover": 2}


def test_every_formula_on_the_pages_keeps_the_shape_of_its_elements() -> None:
    """A fraction has a numerator and a denominator, a script a base and a script: no spacing
    rewrite may add a child to them (a space between numerator and denominator once erased
    the fraction bar of sinh x / cosh x)."""
    from tests.conftest import all_pages

    tex = set()
    for page in all_pages():
        text = page.read_text(encoding="utf-8")
        tex |= {(m.strip(), True) for m in re.findall(r"\$\$(.*?)\$\$", text, re.DOTALL)}
        text = re.sub(r"\$\$.*?\$\$|```.*?```|`[^`\n]*`", "", text, flags=re.DOTALL)
        tex |= {(m.strip(), False) for m in re.findall(r"\$([^$\n]+)\$", text)}
    assert len(tex) > 300
    found = sorted(tex)
    wrong = []
    for (formula, _), markup in zip(found, formulas.render(found), strict=True):
        for element in ET.fromstring(markup).iter():
            name = element.tag.split("}")[1]
            if name in ARITY and len(element) != ARITY[name]:
                wrong.append((formula, name, len(element)))
    assert wrong == []
