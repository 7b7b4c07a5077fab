"""A page's Markdown cut once into typed parts, by the renderer's own rules: every check that
needs to know what is prose, math, code or a comment (numbers, editions, steps, translations)
asks this module, so that no check sees a formula the page does not render, or misses one.

The rules are those of the extensions mkdocs.yml configures, taken from the extensions
themselves wherever they are importable:

* fenced code: pymdownx.superfences' opening line (``RE_NESTED_FENCE_START``) and closing line
  (``NESTED_FENCE_END``), found before anything else, at any indentation (in a list too); the
  fence's lines must keep its indentation, or it is no fence; an unclosed fence is prose (its
  options are not validated: superfences, with the python fence markdown-exec adds, accepts
  those of every page);
* HTML comments: ``<!-- ... -->``; one that begins a block may span blank lines (a raw HTML
  block, as Python-Markdown stashes it); a placeholder (``<!-- site:KIND NAME -->``,
  scripts/placeholders.py) is no comment: the build replaces it before the page is rendered,
  so it belongs to the prose or the math around it (``$x = <!-- site:value NAME -->$``);
* display math: a block (lines between blank lines, its indentation removed) that is all one
  of arithmatex's block patterns (``$$...$$``, ``\\[...\\]``, ``\\begin{env}...\\end{env}``), as
  arithmatex's block processor tests it;
* inline code: pymdownx.inlinehilite's backtick spans (a run of n backticks, not escaped,
  closed by the next run of exactly n), within a block;
* inline math: arithmatex's inline pattern as configured (smart dollars: ``$x$`` but not
  ``$ 5 $``; ``\\(...\\)``), within a block and never across code or a comment; a ``$`` after
  an odd number of backslashes (``\\$5``) is an escaped dollar, prose, as the renderer prints it.

Code takes precedence over math (the renderer's backtick pattern runs first); a comment inside
a paragraph hides the math in it here, where the renderer would typeset it inside the comment
(nobody sees either). Everything else is prose. tests/test_markdown_parts.py renders tricky
snippets and every page with the site's extensions and compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pymdownx import arithmatex, inlinehilite, superfences

PROSE = "prose"
INLINE_MATH = "inline math"
DISPLAY_MATH = "display math"
FENCE = "fence"
INLINE_CODE = "inline code"
COMMENT = "comment"
KINDS = (PROSE, INLINE_MATH, DISPLAY_MATH, FENCE, INLINE_CODE, COMMENT)
MATH = frozenset({INLINE_MATH, DISPLAY_MATH})
CODE = frozenset({FENCE, INLINE_CODE})

# a heading (its marks, its title, and its attribute list, attr_list's { #id .class })
HEADING = re.compile(
    r"^(?P<marks>#{1,6})[ \t]+(?P<title>.*?)(?:[ \t]*\{:?[ \t]*(?P<attributes>[#.][^}\n]*)\})?"
    r"[ \t]*$",
    re.MULTILINE,
)
# the first line of an admonition (!!! kind "Title"), a collapsible block (??? or ???+, open,
# pymdownx.details) or a tab (=== "Title", pymdownx.tabbed): the lines indented under it are
# parsed again as blocks of their own
CONTAINER = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+)(?:[ \t]+[\w-]+)*"
    r'|(?P<tab>===\+?))(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$',
    re.MULTILINE,
)

# pymdownx.arithmatex as mkdocs.yml configures it (tests/test_markdown_parts.py compares the
# two); the patterns are assembled as ArithmatexExtension.extendMarkdown assembles them
ARITHMATEX_OPTIONS = {"generic": True}
_CONFIG = arithmatex.ArithmatexExtension(**ARITHMATEX_OPTIONS).getConfigs()
_DOLLAR = (
    arithmatex.RE_SMART_DOLLAR_INLINE if _CONFIG["smart_dollar"] else arithmatex.RE_DOLLAR_INLINE
)
_INLINE_SYNTAX = {"dollar": _DOLLAR, "round": arithmatex.RE_BRACKET_INLINE}
_BLOCK_SYNTAX = {
    "dollar": arithmatex.RE_DOLLAR_BLOCK,
    "square": arithmatex.RE_BRACKET_BLOCK,
    "begin": arithmatex.RE_TEX_BLOCK,
}
_INLINE = re.compile(  # compiled as markdown.inlinepatterns.InlineProcessor compiles it
    "(?:" + "|".join(p for s, p in _INLINE_SYNTAX.items() if s in _CONFIG["inline_syntax"]) + ")",
    re.DOTALL | re.UNICODE,
)
_BLOCK = re.compile(
    r"(?s)^(?:"
    + "|".join(p for s, p in _BLOCK_SYNTAX.items() if s in _CONFIG["block_syntax"])
    + r")[ ]*$"
)
_BACKTICK = re.compile(inlinehilite.BACKTICK_CODE_RE)
_COMMENT = re.compile(r"<!--(?! site:).*?-->", re.DOTALL)  # a placeholder is none
_BLANK_LINE = re.compile(r"\n[ \t>]*\n")
_BLANK_LINES = re.compile(r"(?:[ \t>]*\n)+")
_LEAD = re.compile(r"[ \t>]*")
_HEADING_LINE = re.compile(r"\n(?=#{1,6}[ \t])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+\.)[ \t]")
_LIST_ITEM_LINE = re.compile(r"\n(?=[ \t]*(?:[-*+]|\d+\.)[ \t])")
_HIDDEN = "\x02"  # what the math pattern cannot cross, as it cannot cross the renderer's stash
_ESCAPED = "\x03"  # an escaped backslash: no longer a backslash, as in the renderer (its ETX)


@dataclass(frozen=True)
class Part:
    kind: str
    start: int  # offsets in the page's source
    end: int
    text: str  # the source between them, delimiters included

    @property
    def body(self) -> str:
        """The math without its delimiters, the code of a fence without its fence lines or
        options, the inline code without its backticks, the comment without <!-- -->."""
        text = self.text
        if self.kind in MATH:
            for left, right in (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")):
                if text.startswith(left) and text.endswith(right) and len(text) >= 2 * len(left):
                    return text[len(left) : len(text) - len(right)]
            return text  # \begin{env} ... \end{env}: the environment is the math
        if self.kind == FENCE:
            return "".join(f"{line}\n" for line in text.split("\n")[1:-1])
        if self.kind == INLINE_CODE:
            return text.strip("`").strip()
        if self.kind == COMMENT:
            return text[4:-3]
        return text

    @property
    def info(self) -> str:
        """A fence's options (``python``, ``{ .python .no-run }``); empty for other parts."""
        if self.kind != FENCE:
            return ""
        first = self.text.split("\n", 1)[0].lstrip(" \t>")
        return first.lstrip(first[0]).strip() if first else ""


def parts(markdown: str) -> tuple[Part, ...]:
    """The page cut into consecutive parts that cover it, in order."""
    return _parts(markdown)


def of_kind(markdown: str, kinds: Iterable[str] | str) -> list[Part]:
    wanted = {kinds} if isinstance(kinds, str) else set(kinds)
    return [p for p in parts(markdown) if p.kind in wanted]


def blank(markdown: str, kinds: Iterable[str]) -> str:
    """The text with the parts of ``kinds`` blanked: each character a space, line breaks kept,
    so that offsets and line numbers stay those of the source."""
    wanted = set(kinds)
    return "".join(
        re.sub(r"[^\n]", " ", p.text) if p.kind in wanted else p.text for p in parts(markdown)
    )


def line_of(markdown: str, offset: int) -> int:
    return markdown.count("\n", 0, offset) + 1


@lru_cache(maxsize=256)
def _parts(markdown: str) -> tuple[Part, ...]:
    spans: list[tuple[str, int, int]] = []
    position = 0
    for start, end in _fences(markdown):
        spans += _blocks(markdown, position, start)
        spans.append((FENCE, start, end))
        position = end
    spans += _blocks(markdown, position, len(markdown))
    found, position = [], 0
    for kind, start, end in sorted(spans, key=lambda s: s[1]):
        if start > position:
            found.append(Part(PROSE, position, start, markdown[position:start]))
        found.append(Part(kind, start, end, markdown[start:end]))
        position = end
    if position < len(markdown):
        found.append(Part(PROSE, position, len(markdown), markdown[position:]))
    return tuple(_merged(found))


def _merged(found: list[Part]) -> Iterable[Part]:
    """Adjacent prose parts joined into one."""
    previous: Part | None = None
    for part in found:
        if previous and previous.kind == part.kind == PROSE:
            previous = Part(PROSE, previous.start, part.end, previous.text + part.text)
            continue
        if previous:
            yield previous
        previous = part
    if previous:
        yield previous


def _fences(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of each fenced block, its opening and closing lines included (not the
    closing line's break), as superfences' preprocessor finds them (``search_nested`` and
    ``eval_fence``): a line of the block indented less than its opening line ends the attempt."""
    found, fence, offset = [], None, 0
    for line in markdown.split("\n"):
        expanded = line.expandtabs(4)
        prefix = len(expanded) - len(expanded.lstrip(" \t>"))
        if fence is None:
            opening = superfences.RE_NESTED_FENCE_START.match(expanded, prefix)
            if opening:
                closing = re.compile(superfences.NESTED_FENCE_END % opening.group("fence"))
                fence = (offset, prefix, closing)
        elif expanded.strip():
            start, width, closing = fence
            content = expanded[width:]
            if prefix < width:
                fence = None  # not indented as its opening line: no fence (superfences' clear)
            elif closing.match(content) and not content.startswith((" ", "\t")):
                found.append((start, offset + len(line)))
                fence = None
        offset += len(line) + 1
    return found


def _blocks(markdown: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The non-prose parts of ``markdown[start:end]``, which holds no fence: a comment that
    begins a block (it may span blank lines), else the block's display math, or its code,
    comments and math."""
    spans: list[tuple[str, int, int]] = []
    position = start
    while True:
        blank_lines = _BLANK_LINES.match(markdown, position, end)
        position = blank_lines.end() if blank_lines else position
        if position >= end:
            return spans
        lead = _LEAD.match(markdown, position, end)
        assert lead is not None  # [ \t>]* matches anywhere, if only the empty string
        head = position + len(lead.group(0))
        if _COMMENT.match(markdown, head):
            close = markdown.find("-->", head, end)
            if close >= 0:
                spans.append((COMMENT, head, close + 3))
                position = close + 3
                continue
        block_end = _block_end(markdown, position, end)
        spans += _block(markdown, position, block_end)
        position = block_end


def _block_end(markdown: str, start: int, end: int) -> int:
    """Where the block at ``start`` ends: at a blank line, or before a heading (Python-Markdown
    splits a block there), or, in a list, before the next item; the first line of a container
    (an admonition, a collapsible block, a tab) is a block of its own."""
    if CONTAINER.match(markdown, start, end):
        line_end = markdown.find("\n", start, end)
        return end if line_end < 0 else line_end + 1
    stops = [end]
    for pattern in (_BLANK_LINE, _HEADING_LINE):
        found = pattern.search(markdown, start, end)
        if found:
            stops.append(found.start() + 1)
    if _LIST_ITEM.match(markdown, start, end):
        found = _LIST_ITEM_LINE.search(markdown, start, end)
        if found:
            stops.append(found.start() + 1)
    return min(stops)


def _block(markdown: str, start: int, end: int) -> list[tuple[str, int, int]]:
    text = markdown[start:end]
    lines = text.split("\n")
    depth = min((len(x) - len(x.lstrip(" ")) for x in lines if x.strip()), default=0)
    dedented = "\n".join(x[depth:] for x in lines).strip("\n")
    if dedented.strip() and _BLOCK.match(dedented):
        first = start + len(text) - len(text.lstrip())
        return [(DISPLAY_MATH, first, start + len(text.rstrip()))]
    code, text = _code_spans(text)
    spans = [(INLINE_CODE, start + a, start + b) for a, b in code]
    hidden = _hide(text, code)
    comments = [(COMMENT, start + m.start(), start + m.end()) for m in _COMMENT.finditer(hidden)]
    spans += comments
    hidden = _hide(hidden, ((a - start, b - start) for _, a, b in comments))
    position = 0
    while match := _INLINE.search(hidden, position):
        groups = match.groups()
        escapes = groups[0] or (groups[3] if len(groups) > 3 else None)
        if escapes:  # an even run of backslashes before $: printed as backslashes, no escape
            hidden = _hide(hidden, [match.span()], _ESCAPED)
        else:
            spans.append((INLINE_MATH, start + match.start(), start + match.end()))
        position = match.end()
    return spans


def _hide(text: str, spans: Iterable[tuple[int, int]], filler: str = "") -> str:
    """``text`` with each span filled with ``filler`` (by default what the math pattern cannot
    cross)."""
    for a, b in spans:
        text = text[:a] + (filler or _HIDDEN) * (b - a) + text[b:]
    return text


def _code_spans(text: str) -> tuple[list[tuple[int, int]], str]:
    """(start, end) of each backtick code span, backticks included, and the text with the
    escaped backslashes before a backtick no longer backslashes: inlinehilite's handleMatch and
    find_code_spans (pymdownx/inlinehilite.py), which Python-Markdown's inline processor calls
    from each match's end onwards."""
    found: list[tuple[int, int]] = []
    position = 0
    while True:
        match = _BACKTICK.search(text, position)
        if match is None:
            return found, text
        if match.group(1):
            text = _hide(text, [match.span(1)], _ESCAPED)
            position = match.end()
            continue
        begin = match.start()
        start, end = _find_code_span(begin, text)
        if end is None:
            position = start
            continue
        found.append((begin, end + (start - begin)))
        position = end + (start - begin)


def _find_code_span(start: int, text: str) -> tuple[int, int | None]:
    """inlinehilite's InlineHilitePattern.find_code_spans, unchanged but for names."""
    last = len(text)
    max_ticks = 0
    while start < last and text[start] == "`":
        max_ticks += 1
        start += 1
    longest_span, end, i = 0, 0, start
    while i < last:
        span_length = 0
        while i < last and text[i] == "`":
            span_length += 1
            i += 1
        if not span_length:
            i += 1
            continue
        if max_ticks == span_length:
            return start, i - span_length
        if span_length > longest_span:
            longest_span, end = span_length, i
    if 0 < longest_span < max_ticks:
        return start - (max_ticks - longest_span), end - longest_span
    return start + max_ticks, None
