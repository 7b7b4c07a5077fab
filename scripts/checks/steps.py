"""Every step of every displayed derivation, checked with SymPy.

A derivation is an ``aligned`` block whose rows after the first begin with a relation
(``&= ...`` or ``&\\iff ...``). Each row is split at its top-level ``=`` (or ``\\iff``) signs, and
each piece must equal the one before it as a function of the free variables; an ``\\iff`` chain's
equations must have the same solutions for ``x``. Text after ``&&`` (``\\text{quotient rule}``)
is commentary and ignored. Standard notation needs no setup: ``\\sigma``, ``\\sigma'``,
``\\sigma''``, ``\\sigma'''`` of any argument, ``\\tanh``, ``\\operatorname{logit}``,
``e^{...}``, ``\\ln``, ``\\frac``, ``\\left( ... \\right)``; names a proof introduces itself
(``u``, ``v``) come from the page's declarations (scripts/content/derivations.py), whose
derivatives are computed, never declared.

Pure text and SymPy: the hooks call it, MkDocs is not imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from scripts.symbolic import X

P = sp.Symbol("p", positive=True)

ALIGNED = re.compile(r"\\begin\{aligned\}(.*?)\\end\{aligned\}", re.DOTALL)
RELATION = re.compile(r"\\iff|(?<![<>\\])=")
LEADING_RELATION = re.compile(r"&\s*(=|\\iff)")
ANY_LEADING_RELATION = re.compile(r"&\s*(=|\\iff|<|>|\\le|\\ge|\\approx|\\ne)")
DISPLAY = re.compile(r"^\$\$(.*?)^\$\$", re.DOTALL | re.MULTILINE)


class StepError(ValueError):
    """A step that is false, or that the checker cannot decide."""


@dataclass(frozen=True)
class Derivation:
    page: str
    line: int  # where the aligned block starts in the page's source
    rows: tuple[str, ...]


@dataclass
class Checked:
    derivations: int = 0
    steps: int = 0


def derivations(page: str, markdown: str) -> list[Derivation]:
    """The page's displayed chains of relations: aligned blocks whose rows after the first begin
    with a relation, and one-line displays with two or more top-level equals signs (a display
    of several statements side by side, separated by \\qquad, is not a chain; nor is a system
    of definitions such as the LSTM's equations). A row that begins with a relation the checker
    does not decide (<, \\le, \\approx ...) is a StepError, never skipped."""
    found = []
    for match in DISPLAY.finditer(markdown):
        body = match.group(1).strip()
        line = markdown.count("\n", 0, match.start()) + 1
        aligned = ALIGNED.search(body)
        if aligned:
            rows = tuple(r for r in (row.strip() for row in aligned.group(1).split("\\\\")) if r)
            if len(rows) > 1 and all(ANY_LEADING_RELATION.match(row) for row in rows[1:]):
                undecided = [r for r in rows[1:] if not LEADING_RELATION.match(r)]
                if undecided:
                    raise StepError(
                        f"{page}: the derivation at line {line}: the checker does "
                        f"not decide the relation in {undecided[0]!r}"
                    )
                found.append(Derivation(page, line, rows))
        elif (
            "\\qquad" not in body
            and "\\begin" not in body
            and sum(1 for relation, _ in pieces(body) if relation == "=") >= 2
        ):
            found.append(Derivation(page, line, (body,)))
    return found


def pieces(row: str) -> list[tuple[str, str]]:
    """A row as (relation, expression) pairs: the commentary after && dropped, & removed."""
    body = row.split("&&")[0].replace("&", " ")
    body = re.sub(r"\\qquad|\\blacksquare|\\quad", " ", body)
    out, depth, start, relation = [], 0, 0, ""
    i = 0
    while i < len(body):
        char = body[i]
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
        elif depth == 0:
            match = RELATION.match(body, i)
            if match:
                out.append((relation, body[start:i]))
                relation, start = match.group(0), match.end()
                i = match.end()
                continue
        i += 1
    out.append((relation, body[start:]))
    return [(r, e.strip().rstrip(".,").strip()) for r, e in out if e.strip() or r]


def _balanced(text: str, start: int, opening: str, closing: str) -> int:
    """The index just after the bracket that closes the one at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i + 1
    raise StepError(f"unbalanced {opening}{closing} in {text!r}")


def _expand_calls(text: str, name: str, build: callable) -> str:  # type: ignore[valid-type]
    """Replace ``name(ARG)`` (ARG balanced) by ``build(ARG)``, innermost first."""
    while True:
        i = text.rfind(name + "(")
        if i < 0:
            return text
        start = i + len(name)
        end = _balanced(text, start, "(", ")")
        text = text[:i] + build(text[start + 1 : end - 1]) + text[end:]


def _exp_powers(text: str) -> str:
    """``e^{A}`` and ``e^x`` as ``\\exp(A)``: SymPy's parser reads ``e`` as a symbol."""
    out, i = [], 0
    while i < len(text):
        if text.startswith("e^{", i) and (i == 0 or not text[i - 1].isalpha()):
            end = _balanced(text, i + 2, "{", "}")
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
    is a StepError: the checker does not guess."""
    out, i = [], 0
    while i < len(tex):
        if tex.startswith("\\frac", i) or tex.startswith("\\sqrt", i):
            command, i = tex[i + 1 : i + 5], i + 5
            groups = []
            for _ in range(2 if command == "frac" else 1):
                while tex[i] == " ":
                    i += 1
                if tex[i] == "{":
                    end = _balanced(tex, i, "{", "}")
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
                    end = _balanced(tex, _balanced(tex, i + 5, "{", "}"), "{", "}")
                    out.append(f"log({to_python(tex[i:end])})")
                    i = end
                else:
                    out.append("log")
            else:
                out.append({"exp": "exp", "cdot": "*", "pi": "pi"}[word])
            continue
        char = tex[i]
        if char == "\\":
            raise StepError(f"the checker does not read the command in {tex[i : i + 12]!r}")
        if char in "^_":
            i += 1
            if tex[i] == "{":
                end = _balanced(tex, i, "{", "}")
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
        raise StepError(f"cannot read {tex!r} (as {text!r}): {exc}") from exc
    others = {s: sp.Symbol(s.name, real=True) for s in expression.free_symbols if s not in (X, P)}
    return expression.xreplace(others)


def equal(a: sp.Expr, b: sp.Expr) -> bool:
    difference = sp.simplify((a - b).rewrite(sp.exp))
    return difference == 0 or sp.simplify(sp.expand(difference)) == 0


def solutions(equation: tuple[sp.Expr, sp.Expr]) -> list[sp.Expr]:
    return sp.solve(sp.Eq(*equation), X)


def same_solutions(a: list[sp.Expr], b: list[sp.Expr]) -> bool:
    """Equal solution lists; logarithms are compared through their exponentials, so that
    log(-p/(p - 1)) and log(p/(1 - p)) are recognised as one."""

    def same(s: sp.Expr, t: sp.Expr) -> bool:
        return equal(s, t) or sp.simplify(sp.exp(s) - sp.exp(t)) == 0

    return len(a) == len(b) and all(any(same(s, t) for t in b) for s in a)


def check(derivation: Derivation, names: dict[str, str]) -> int:
    """Check every step; return how many. StepError names the page, the derivation's line and
    the step when one is false or cannot be read."""
    where = f"{derivation.page}: the derivation at line {derivation.line}"
    chain: list[tuple[str, str]] = []
    for row in derivation.rows:
        chain += pieces(row)
    if any(relation == "\\iff" for relation, _ in chain):
        return _check_equivalences(where, chain, names)
    previous, steps = None, 0
    for relation, tex in chain:
        try:
            current = to_sympy(tex, names) if tex else None
        except StepError as exc:
            raise StepError(f"{where}: {exc}") from exc
        if relation and previous is not None:
            if current is None or not equal(previous[1], current):
                raise StepError(
                    f"{where}: the step to {tex!r} does not follow from {previous[0]!r}"
                )
            steps += 1
        previous = (tex, current)
    return steps


def _check_equivalences(where: str, chain: list[tuple[str, str]], names: dict[str, str]) -> int:
    equations, pending = [], []
    for relation, tex in chain:
        if relation == "\\iff" and pending:
            equations.append(pending)
            pending = []
        pending.append(tex)
    equations.append(pending)
    reference, steps = None, 0
    for sides in equations:
        if len(sides) != 2:
            raise StepError(f"{where}: {' = '.join(sides)!r} is not one equation")
        try:
            left, right = (to_sympy(s, names) for s in sides)
        except StepError as exc:
            raise StepError(f"{where}: {exc}") from exc
        found = solutions((left, right))
        if reference is not None:
            if not same_solutions(found, reference[1]):
                raise StepError(
                    f"{where}: {' = '.join(sides)!r} is not equivalent to {reference[0]!r}"
                )
            steps += 1
        reference = (" = ".join(sides), found)
    return steps


INLINE_MATH = re.compile(r"(?<![$\\])\$([^$\n]+)\$")


def statements(markdown: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(line, TeX) of the prose equations that state the value of one of the proof's names."""
    found = []
    for match in INLINE_MATH.finditer(markdown):
        sides = [tex for _, tex in pieces(match.group(1))]
        if len(sides) == 2 and sides[0].strip() in names:
            found.append((markdown.count("\n", 0, match.start()) + 1, match.group(1)))
    return found


def check_page(page: str, markdown: str, names: dict[str, str]) -> tuple[int, int, int]:
    """Check every derivation and every statement about the proof's names on a page; return
    (derivations, steps, statements)."""
    found = derivations(page, markdown)
    steps = sum(check(derivation, names) for derivation in found)
    for line, tex in statements(markdown, names):
        left, right = (to_sympy(side, names) for _, side in pieces(tex))
        if not equal(left, right):
            raise StepError(f"{page}: line {line}: ${tex}$ is false")
    return len(found), steps, len(statements(markdown, names))
