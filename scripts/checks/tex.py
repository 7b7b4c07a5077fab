"""TeX to SymPy: the reader behind the derivation checker (scripts/checks/steps.py).

A formula is first normalised, every function written out in terms of ``x``: the names a proof
introduces (``u``, ``v``, from scripts/content/derivations.py) replaced by their definitions,
``\\sigma`` and its first three derivatives, ``\\tanh``, ``\\cosh``, ``\\sinh``,
``\\operatorname{logit}`` and ``\\operatorname{softplus}`` of any argument expanded, ``e^{A}`` as
``\\exp(A)``; then it is turned into a Python expression for SymPy's parser. A command the reader
does not know is a TexError, never a guess.

Pure text and SymPy: MkDocs is not imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from scripts.symbolic import X

P = sp.Symbol("p", positive=True)


class TexError(ValueError):
    """TeX the reader cannot turn into a SymPy expression."""


def balanced(text: str, start: int, opening: str, closing: str) -> int:
    """The index just after the bracket that closes the one at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i + 1
    raise TexError(f"unbalanced {opening}{closing} in {text!r}")


def _expand_calls(text: str, name: str, build: Callable[[str], str]) -> str:
    """Replace ``name(ARG)`` (ARG balanced) by ``build(ARG)``, innermost first."""
    while True:
        i = text.rfind(name + "(")
        if i < 0:
            return text
        start = i + len(name)
        end = balanced(text, start, "(", ")")
        text = text[:i] + build(text[start + 1 : end - 1]) + text[end:]


def _exp_powers(text: str) -> str:
    """``e^{A}`` and ``e^x`` as ``\\exp(A)``: SymPy's parser reads ``e`` as a symbol."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("e^{", i) and (i == 0 or not text[i - 1].isalpha()):
            end = balanced(text, i + 2, "{", "}")
            out.append(f"(\\exp({_exp_powers(text[i + 3 : end - 1])}))")
            i = end
        elif text.startswith("e^", i) and (i == 0 or not text[i - 1].isalpha()):
            out.append(f"(\\exp({text[i + 2]}))")
            i += 3
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _sigmoid(arg: str) -> str:
    return f"\\frac{{1}}{{1 + (\\exp(-({arg})))}}"


def _sigmoid_derivative(arg: str) -> str:
    return f"\\frac{{(\\exp(-({arg})))}}{{(1 + (\\exp(-({arg}))))^{{2}}}}"


def _sigmoid_second_derivative(arg: str) -> str:
    return f"({_sigmoid_derivative(arg)})(1 - 2 {_sigmoid(arg)})"


def _sigmoid_third_derivative(arg: str) -> str:
    """d^3/dx^3 of 1/(1 + E), E = e^-x: E (E^2 - 4E + 1)/(1 + E)^4 (tests/test_derivations.py
    checks it against SymPy's derivative)."""
    e = f"(\\exp(-({arg})))"
    return f"\\frac{{{e}({e}^{{2}} - 4 {e} + 1)}}{{(1 + {e})^{{4}}}}"


def _tanh(arg: str) -> str:
    up, down = f"(\\exp({arg}))", f"(\\exp(-({arg})))"
    return f"\\frac{{{up} - {down}}}{{{up} + {down}}}"


SIZING = (
    ("\\left", ""),
    ("\\right", ""),
    ("\\bigl", ""),
    ("\\bigr", ""),
    ("\\Bigl", ""),
    ("\\Bigr", ""),
    ("\\tfrac", "\\frac"),
    ("\\dfrac", "\\frac"),
    ("\\,", " "),
    ("\\;", " "),
    ("\\!", ""),
)


def _plain(tex: str) -> str:
    for old, new in SIZING:
        tex = tex.replace(old, new)
    return tex


def normalise(tex: str, names: dict[str, str]) -> str:
    """TeX in which every function is written out in terms of x: the proof's names replaced by
    their definitions, sigma, its derivatives, tanh and logit expanded, e^A as exp(A)."""
    tex = re.sub(r"\\tanh\s+([a-z])\b", r"\\tanh(\1)", _plain(tex))
    for name in sorted((n for n in names if n.startswith("\\")), key=len, reverse=True):
        tex = tex.replace(name, f"({names[name]})")  # a name written with a command
    commands: list[str] = []  # TeX commands are set aside, so that u or v never matches in one

    def set_aside(match: re.Match[str]) -> str:
        commands.append(match.group(0))
        return f"\0{len(commands) - 1}\0"

    tex = re.sub(r"\\[A-Za-z]+", set_aside, tex)
    letters = sorted((n for n in names if not n.startswith("\\")), key=len, reverse=True)
    if letters:  # one pass, longest names first: a definition put in is never scanned again
        pattern = "|".join(re.escape(n) for n in letters)
        tex = re.sub(pattern, lambda m: f"({names[m.group(0)]})", tex)
    tex = re.sub("\0(\\d+)\0", lambda m: commands[int(m.group(1))], tex)
    tex = _plain(tex)
    tex = _expand_calls(tex, "\\operatorname{logit}", lambda a: f"\\ln\\frac{{{a}}}{{1 - ({a})}}")
    tex = _expand_calls(tex, "\\sigma'''", _sigmoid_third_derivative)
    tex = _expand_calls(tex, "\\sigma''", _sigmoid_second_derivative)
    tex = _expand_calls(tex, "\\sigma'", _sigmoid_derivative)
    tex = _expand_calls(tex, "\\sigma", _sigmoid)
    tex = re.sub(r"\\(cosh|sinh)\^2\s*([a-z])\b", r"(\\\1(\2))^2", tex)
    tex = re.sub(r"\\(cosh|sinh)\s+([a-z])\b", r"\\\1(\2)", tex)
    tex = _expand_calls(tex, "\\operatorname{softplus}", lambda a: f"\\ln(1 + e^{{{a}}})")
    tex = _expand_calls(
        tex, "\\tanh'", lambda a: f"\\frac{{4}}{{(e^{{{a}}} + e^{{-({a})}})^{{2}}}}"
    )
    tex = _expand_calls(tex, "\\tanh", _tanh)
    tex = _expand_calls(tex, "\\cosh", lambda a: f"\\frac{{e^{{{a}}} + e^{{-({a})}}}}{{2}}")
    tex = _expand_calls(tex, "\\sinh", lambda a: f"\\frac{{e^{{{a}}} - e^{{-({a})}}}}{{2}}")
    return _exp_powers(tex)


def to_python(tex: str) -> str:
    """Normalised TeX (``\\frac``, ``\\sqrt``, ``\\exp``, ``\\ln``, ``\\cdot``, ``\\pi``, ``^``,
    ``_``, braces and parentheses) as a Python expression for SymPy's parser. Any other command
    is a TexError: the reader does not guess."""
    out, i = [], 0
    while i < len(tex):
        if tex.startswith("\\frac", i) or tex.startswith("\\sqrt", i):
            command, i = tex[i + 1 : i + 5], i + 5
            groups = []
            for _ in range(2 if command == "frac" else 1):
                while tex[i] == " ":
                    i += 1
                if tex[i] == "{":
                    end = balanced(tex, i, "{", "}")
                    groups.append(to_python(tex[i + 1 : end - 1]))
                    i = end
                else:  # \frac14: single-character groups
                    groups.append(tex[i])
                    i += 1
            if command == "frac":
                out.append(f"(({groups[0]})/({groups[1]}))")
            else:
                out.append(f"sqrt({groups[0]})")
            continue
        match = re.match(r"\\(exp|ln|log|cdot|pi)(?![a-zA-Z])", tex[i:])
        if match:
            word = match.group(1)
            i += match.end()
            if word in ("ln", "log"):
                while tex[i] == " ":
                    i += 1
                if tex.startswith("\\frac", i):  # \ln\frac{a}{b}: the fraction is the argument
                    end = balanced(tex, balanced(tex, i + 5, "{", "}"), "{", "}")
                    out.append(f"log({to_python(tex[i:end])})")
                    i = end
                else:
                    out.append("log")
            else:
                out.append({"exp": "exp", "cdot": "*", "pi": "pi"}[word])
            continue
        char = tex[i]
        if char == "\\":
            raise TexError(f"the checker does not read the command in {tex[i : i + 12]!r}")
        if char in "^_":
            i += 1
            if tex[i] == "{":
                end = balanced(tex, i, "{", "}")
                inner = tex[i + 1 : end - 1]
                i = end
            else:
                inner, i = tex[i], i + 1
            out.append(f"**({to_python(inner)})" if char == "^" else "_" + inner.strip())
            continue
        out.append({"{": "(", "}": ")"}.get(char, char))
        i += 1
    return "".join(out)


def to_sympy(tex: str, names: dict[str, str]) -> sp.Expr:
    from sympy.parsing.sympy_parser import (
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )

    # a one-letter name before a parenthesis multiplies it: r(t - t_0) is r times (t - t_0)
    text = re.sub(r"(?<![A-Za-z_])([A-Za-z](?:_\w+)?)\(", r"\1*(", to_python(normalise(tex, names)))
    try:
        expression = parse_expr(
            text,
            local_dict={"x": X, "p": P, "exp": sp.exp, "log": sp.log, "pi": sp.pi},
            transformations=(*standard_transformations, implicit_multiplication_application),
        )
    except Exception as exc:  # SyntaxError, TokenError and SymPy's own: all mean "unreadable"
        raise TexError(f"cannot read {tex!r} (as {text!r}): {exc}") from exc
    others = {s: sp.Symbol(s.name, real=True) for s in expression.free_symbols if s not in (X, P)}
    return expression.xreplace(others)
