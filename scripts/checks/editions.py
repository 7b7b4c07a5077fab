"""Keeping the editions in step: a translated page has the structure of its English source.

Compared, in order: the heading levels, the placeholders (figures, tables, widgets, the
glossary), the display formulas (the words of ``\\text{...}`` may be translated), and the code
blocks (their options and code; Python comments and docstrings may be translated). The
computed values (``<!-- site:value NAME -->``) must be the same set. Together with the claims
(each must appear on the translated page in its translated form) and the accounting of every
number, a later English edit of any of these cannot leave the translation silently stale. Pure
text processing.
"""

from __future__ import annotations

import ast
import io
import re
import textwrap
import tokenize
from collections import Counter

from scripts import markdown_parts
from scripts.markdown_parts import COMMENT, DISPLAY_MATH, FENCE, HEADING
from scripts.placeholders import PLACEHOLDER

TEXT_IN_MATH = re.compile(r"\\text\{[^{}]*\}")


class EditionError(ValueError):
    """A translated page whose structure differs from its English source."""


def _code_blocks(markdown: str) -> list[tuple[str, str]]:
    blocks = []
    for fence in markdown_parts.of_kind(markdown, FENCE):
        options, code = fence.info, fence.body
        if options.startswith("python"):
            # and without docstrings; a fence indented in a list item or an answer is read
            # as the code it holds, dedented as markdown-exec runs it
            code = _without_comments(textwrap.dedent(code))
        blocks.append((options, code))
    return blocks


def _docstrings(code: str) -> set[tuple[int, int]]:
    """Where each docstring of ``code`` starts (line, column): the words a reader is told."""
    starts = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                starts.add((first.lineno, first.col_offset))
    return starts


def _without_comments(code: str) -> str:
    """The code's tokens without its comments and docstrings (Python's tokenizer, so a # in a
    string stays)."""
    try:
        docstrings = _docstrings(code)
        tokens = tokenize.generate_tokens(io.StringIO(code).readline)
        kept = [
            (t.type, t.string)
            for t in tokens
            if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE)
            and not (t.type == tokenize.STRING and t.start in docstrings)
        ]
    except (tokenize.TokenError, SyntaxError):
        return code
    return repr(kept)


def structure(markdown: str) -> dict[str, object]:
    """What a translation must keep of a page, in comparable form."""
    parts = markdown_parts.parts(markdown)
    prose = "".join(p.text for p in parts if p.kind != FENCE)
    return {
        "heading levels": [
            len(h["marks"])
            for h in HEADING.finditer(
                "".join(p.text for p in parts if p.kind not in (FENCE, COMMENT))
            )
        ],
        "figures, tables, widgets and glossary": [
            m[0] for m in PLACEHOLDER.finditer(prose) if m[1] != "value"
        ],
        "display formulas": [
            TEXT_IN_MATH.sub(r"\\text{}", p.body).strip() for p in parts if p.kind == DISPLAY_MATH
        ],
        "code blocks": _code_blocks(markdown),
        "computed values": sorted(
            Counter(m[2].strip() for m in PLACEHOLDER.finditer(prose) if m[1] == "value").items()
        ),
    }


def check_in_step(written: str, markdown: str, source: str, english: str) -> None:
    """EditionError naming ``written`` and what differs if the page ``written`` (the
    translation of ``source``, whose Markdown is ``english``) has another structure."""
    ours, theirs = structure(markdown), structure(english)
    for what in theirs:
        if ours[what] != theirs[what]:
            raise EditionError(
                f"{written} is not in step with {source}: its {what} differ "
                f"({_first_difference(ours[what], theirs[what])}); update the translation"
            )


def _first_difference(ours: object, theirs: object) -> str:
    if isinstance(ours, list) and isinstance(theirs, list):
        for index, (a, b) in enumerate(zip(ours, theirs, strict=False)):
            if a != b:
                return f"number {index + 1}: {a!r} here, {b!r} in English"
        return f"{len(ours)} here, {len(theirs)} in English"
    return f"{ours!r} here, {theirs!r} in English"
