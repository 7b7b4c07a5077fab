"""Each page's Jupyter notebook: its prose as Markdown cells (formulas stay TeX), each Python
block the build runs as a code cell, in page order, with the output the build printed under it.
Written with nbformat (v4), byte for byte the same from the same page. Pure: the hooks give it
the page's Markdown with its placeholders expanded for a notebook
(scripts/rendering/placing.py: ``notebook_replacements``), the outputs markdown-exec printed
(scripts/reload.py) and the figures' SVGs; it imports no MkDocs and runs no code.

What the site's Markdown becomes, for Jupyter (CommonMark with HTML and TeX):

* a Python block the build runs (``exec="on"``): a code cell whose output is what the block
  printed (a stream; for ``html="1"``, the HTML, which Jupyter draws). Inside an admonition or
  a collapsible block (an exercise's answer) it stays in the block's Markdown, as the page
  shows it: the code, then what it printed;
* any other fenced block: a fenced block of its language;
* an admonition (``!!! kind "Title"``): a ``<blockquote>`` headed by its title in bold; a
  collapsible block (``??? kind "Title"``): ``<details>`` with the title as its summary (open
  for ``???+``); a tab (``=== "Title"``): its title in bold, then its content;
* a definition list: the term in bold, its definition on the next line;
* a heading's attribute list (``{ #id }``) and HTML comments: dropped;
* a link within the site: its absolute address when the site has one (``site_links``), else
  its text alone; a link within the page: its text. A downloaded notebook has no broken link.

One Markdown cell per section (a heading at the page's top level starts a new cell), so that a
notebook's headings fold as the page's sections.
"""

from __future__ import annotations

import base64
import html
import posixpath
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import nbformat
from nbformat import v4

from scripts import markdown_parts
from scripts.markdown_parts import CODE, COMMENT, CONTAINER, FENCE, HEADING, MATH

KERNEL = {"name": "python3", "display_name": "Python 3", "language": "python"}
MEDIA_TYPE = "application/x-ipynb+json"  # the notebook's media type, for the download link
SUFFIX = ".ipynb"
_DEFINITION = re.compile(r"(?P<indent>[ \t]*):[ ]{1,3}(?P<text>\S.*)")  # def_list's ":   "
# an inline link, not an image: [text](target) or [text](target "title"), found in the text
# with its math and code blanked (a link's text may hold math)
_LINK = re.compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|\[[^\[\]]*\])*)\]\((?P<target>[^()\s]+)(?:[ \t]+\"[^\"]*\")?\)"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")  # https:, mailto:, attachment:
_ATTACHMENT = re.compile(r"\(attachment:(?P<name>[^)\s]+)\)")
_OPTION = re.compile(r'(?P<key>[\w-]+)="(?P<value>[^"]*)"')
_OFF = {"", "0", "no", "off", "false"}  # markdown-exec's false values of an option
_CELL = "\x00"  # a line that stands for a code cell ("\x00N\x00") or a new section ("\x00")
_SECTION = re.compile(rf"^{_CELL}(\d*){_CELL}$", re.MULTILINE)


class NotebookError(ValueError):
    """The outputs given do not match the page's Python blocks."""


@dataclass(frozen=True)
class Block:
    """A Python block of a page that the build runs."""

    start: int  # where its fence starts in the page's Markdown
    code: str  # its code, without the fence and the fence's indentation
    indent: str  # the fence's indentation
    html: bool  # what it prints is HTML, inserted as it is (html="1")
    contained: bool  # inside an admonition or a collapsible block


def python_blocks(markdown: str) -> list[Block]:
    """The Python blocks of ``markdown`` that markdown-exec runs (``exec`` on), in page order,
    indented ones (in a list, an answer) included."""
    inside = _container_bodies(markdown)
    blocks = []
    for part in markdown_parts.of_kind(markdown, FENCE):
        options = dict(_OPTION.findall(part.info))
        language = part.info.split(None, 1)[0].lstrip("{.") if part.info else ""
        if language != "python" or options.get("exec", "").lower() in _OFF:
            continue
        first = part.text.split("\n", 1)[0]
        indent = first[: len(first) - len(first.lstrip(" \t>"))]
        code = "".join(line[len(indent) :] + "\n" for line in part.body.split("\n")[:-1])
        blocks.append(
            Block(
                start=part.start,
                code=code,
                indent=indent,
                html=options.get("html", "").lower() not in _OFF,
                contained=any(a <= part.start < b for a, b in inside),
            )
        )
    return blocks


def notebook(
    markdown: str,
    outputs: Sequence[str],
    *,
    note: str = "",
    address: str | None = None,
    html_note: str = "",
    attachments: Mapping[str, bytes] | None = None,
    link: Callable[[str], str | None] | None = None,
) -> nbformat.NotebookNode:
    """The notebook of a page: ``markdown`` (placeholders expanded), ``outputs`` what each of
    its `python_blocks` printed, in order. ``note`` (in the page's language) follows the
    title, with the page's ``address`` if it has one; ``html_note`` precedes each cell that
    prints HTML; ``attachments`` are the SVGs its Markdown names as ``attachment:NAME``;
    ``link`` gives a link's target in the notebook, or None to keep its text alone (by
    default: addresses kept, links within the site dropped). NotebookError if the outputs are
    not one for each block."""
    markdown = _relinked(markdown, link or site_links(None, ""))
    blocks = python_blocks(markdown)
    if len(outputs) != len(blocks):
        raise NotebookError(f"{len(blocks)} Python blocks run on the page, {len(outputs)} outputs")
    by_start = {b.start: (i, b) for i, b in enumerate(blocks)}
    pieces: list[str] = []
    fenced: set[int] = set()  # the lines of the fenced blocks, which stay as they are
    line = 0
    for part in markdown_parts.parts(markdown):
        found = by_start.get(part.start) if part.kind == FENCE else None
        if part.kind == COMMENT:
            piece = ""
        elif found and not found[1].contained:
            piece = f"{_CELL}{found[0]}{_CELL}"
        elif found:
            piece = _shown_in_place(found[1], outputs[found[0]])
        elif part.kind == FENCE:
            piece = _plain_fence(part)
        else:
            piece = part.text
        if part.kind == FENCE:
            fenced.update(range(line, line + piece.count("\n") + 1))
        line += piece.count("\n")
        pieces.append(piece)
    text = _converted("".join(pieces), fenced, top=True)
    cells: list[nbformat.NotebookNode] = []
    chunks = _SECTION.split(text)
    for index, chunk in enumerate(chunks):
        if index % 2 == 0:
            source = _dedented_start(chunk).strip("\n")
            if source.strip():
                cells.append(_markdown_cell(source, attachments or {}))
        elif chunk:
            block, output = blocks[int(chunk)], outputs[int(chunk)]
            if block.html and html_note:  # under the prose before it, or on its own
                if cells and cells[-1]["cell_type"] == "markdown":
                    cells[-1]["source"] += f"\n\n*{html_note}*"
                else:
                    cells.append(_markdown_cell(f"*{html_note}*", {}))
            cells.append(_code_cell(block, output))
    if note:
        note = f"*{note}*" + (f"\\\n<{address}>" if address else "")
        cells[:1] = _with_note(cells[0], note) if cells else [_markdown_cell(note, {})]
    for index, cell in enumerate(cells):
        cell["id"] = f"cell-{index + 1}"
    metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"}}
    return v4.new_notebook(cells=cells, metadata=metadata)  # validated as a whole


def dumps(made: nbformat.NotebookNode) -> str:
    """The notebook's file: nbformat's JSON (keys sorted, one-space indent), one newline."""
    return nbformat.writes(made, version=nbformat.NO_CONVERT) + "\n"


def counts(made: nbformat.NotebookNode) -> tuple[int, int]:
    """(cells, code cells) of a notebook, for the build's per-page report."""
    return len(made.cells), sum(c.cell_type == "code" for c in made.cells)


def file_name(written: str) -> str:
    """The notebook's file name, beside its page: docs/sigmoid.zh.md is sigmoid.zh.ipynb."""
    return posixpath.basename(written).removesuffix(".md") + SUFFIX


def site_links(site_url: str | None, root: str) -> Callable[[str], str | None]:
    """How a link of a page of the edition at ``root`` ("" or "zh/") reads in its notebook: an
    address stays; a page or file of the site becomes its address under ``site_url`` (a page of
    the same edition); without a site_url, and within the page, the link's text stays alone."""
    base = (site_url or "").rstrip("/") + "/"

    def link(target: str) -> str | None:
        if _SCHEME.match(target):
            return target
        path, _, anchor = target.partition("#")
        if not site_url or not path:
            return None
        path = posixpath.normpath(path).lstrip("./")  # the docs are one folder: ../ leads out
        if path.endswith(".md"):
            page = path.removesuffix(".md")
            page = "" if page == "index" else page.removesuffix("/index") + "/"
            path = root + page
        return base + path + (f"#{anchor}" if anchor else "")

    return link


def figure_markdown(alt: str, caption: str, name: str) -> str:
    """A figure in a notebook: its SVG, attached to the cell as ``name``, and its caption."""
    escaped = re.sub(r"([\\\[\]$*_`])", r"\\\1", alt)
    return f"![{escaped}](attachment:{name})\n\n*{caption}*"


def on_white(svg: bytes) -> bytes:
    """The SVG on a white ground: the site's figures are transparent, drawn for its light
    palette, and a notebook may be read in a dark theme."""
    start = svg.index(b"<svg")
    end = svg.index(b">", start) + 1
    return svg[:end] + b'\n<rect width="100%" height="100%" fill="#ffffff"/>' + svg[end:]


# --- the page's Markdown, for Jupyter ------------------------------------------------------------


def _shown_in_place(block: Block, output: str) -> str:
    """A block inside an admonition or a collapsible block, as the page shows it there: its code,
    then what it printed."""
    lines = ["```python", *block.code.rstrip("\n").split("\n"), "```"]
    if output and not block.html:
        lines += ["", "```text", *output.rstrip("\n").split("\n"), "```"]
    elif output:
        lines += ["", output.strip()]
    return "\n".join((block.indent + line).rstrip() if line else "" for line in lines)


def _plain_fence(part: markdown_parts.Part) -> str:
    """A fenced block that does not run: its language alone as its options."""
    first, rest = part.text.split("\n", 1)
    indent = first[: len(first) - len(first.lstrip(" \t>"))]
    fence = re.match(r"`{3,}|~{3,}", first[len(indent) :])
    language = part.info.split(None, 1)[0].lstrip("{.") if part.info else ""
    return f"{indent}{fence[0] if fence else '```'}{language}\n{rest}"


def _fenced_lines(text: str) -> set[int]:
    """The numbers of the lines of ``text`` that belong to a fenced block."""
    lines: set[int] = set()
    for part in markdown_parts.of_kind(text, FENCE):
        first = text.count("\n", 0, part.start)
        lines.update(range(first, first + part.text.count("\n") + 1))
    return lines


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


def _body_end(lines: list[str], start: int, width: int) -> int:
    """The index after the last line of the body that starts at ``lines[start]``: the lines
    indented deeper than ``width`` (blank lines between them included)."""
    end = start
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip():
            if _width(line[: len(line) - len(line.lstrip(" \t"))]) < width + 4:
                break
            end = index + 1
    return end


def _dedent(line: str, width: int) -> str:
    """``line`` moved left by ``width`` columns, or to the margin if it is indented less."""
    expanded = line.expandtabs(4)
    return expanded[width:] if not expanded[:width].strip() else expanded.lstrip(" ")


def _container_bodies(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of the body of each admonition, collapsible block and tab of the page."""
    lines, fenced = markdown.split("\n"), _fenced_lines(markdown)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    bodies = []
    for index, line in enumerate(lines):
        opener = CONTAINER.fullmatch(line) if index not in fenced else None
        if opener:
            end = _body_end(lines, index + 1, _width(opener["indent"]))
            bodies.append((offsets[index + 1], offsets[end]))
    return bodies


def _converted(text: str, fenced: set[int], top: bool = False) -> str:
    """``text`` with the MkDocs-only syntax of the module's docstring made plain Markdown and
    HTML, its ``fenced`` lines (by number) as they are, and no two blank lines in a row; at the
    page's ``top``, a section mark before each heading."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in fenced or line.startswith(_CELL):
            out.append(line)
            index += 1
            continue
        if not line.strip():
            if out and out[-1].strip():
                out.append("")
            index += 1
            continue
        opener = CONTAINER.fullmatch(line)
        definition = _DEFINITION.fullmatch(line) if out and out[-1].strip() else None
        found = opener or definition
        if found:
            indent = found["indent"]
            end = _body_end(lines, index + 1, _width(indent))
            body = "\n".join(_dedent(b, _width(indent) + 4) for b in lines[index + 1 : end])
            inside = {n - index for n in fenced if index < n < end}  # from the opening line
            if opener:
                made = _container(opener, _converted(body, {n - 1 for n in inside}))
            else:
                assert definition is not None  # found, and not by the opener
                term = out[-1]
                out[-1] = f"{term[: len(term) - len(term.lstrip())]}**{term.strip()}**\\"
                made = _converted(f"{definition['text']}\n{body}".rstrip("\n"), inside)
            out += [indent + m if m.strip() else "" for m in made.split("\n")]
            index = end
            continue
        heading = HEADING.fullmatch(line)
        if top and heading:
            out.append(_CELL * 2)
        out.append(line[: heading.end("title")] if heading and heading["attributes"] else line)
        index += 1
    return "\n".join(out)


def _container(opener: re.Match[str], body: str) -> str:
    title = opener["title"]
    if title is None:
        title = (opener["kind"] or "").capitalize()
    if opener["tab"]:
        return f"**{title}**\n\n{body}"
    if opener["mark"] == "!!!":
        head = f"**{title}**\n\n" if title else ""
        return f"<blockquote>\n\n{head}{body}\n\n</blockquote>"
    summary = re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(title, quote=False))
    state = " open" if opener["mark"].endswith("+") else ""
    return f"<details{state}>\n<summary>{summary}</summary>\n\n{body}\n\n</details>"


def _relinked(text: str, link: Callable[[str], str | None]) -> str:
    """``text`` with each inline link's target as ``link`` gives it, or its text alone."""
    shown = markdown_parts.blank(text, (*MATH, *CODE))
    out, position = [], 0
    for match in _LINK.finditer(shown):
        target = link(match["target"])
        label = text[match.start("text") : match.end("text")]
        out += [text[position : match.start()], f"[{label}]({target})" if target else label]
        position = match.end()
    return "".join(out) + text[position:]


def _dedented_start(chunk: str) -> str:
    """A section that a code cell cut out of a list item starts indented: its lines up to the
    first one at the margin moved to the margin, so that they stay prose."""
    lines = chunk.split("\n")
    head = []
    for line in lines:
        if line.strip() and not line.startswith((" ", "\t")):
            break
        head.append(line)
    depth = min((_width(x[: len(x) - len(x.lstrip())]) for x in head if x.strip()), default=0)
    return "\n".join([_dedent(x, depth) for x in head] + lines[len(head) :])


# --- cells --------------------------------------------------------------------------------------


def _markdown_cell(source: str, attachments: Mapping[str, bytes]) -> nbformat.NotebookNode:
    # nbformat's nodes, validated with the whole notebook (v4.new_notebook) rather than one by
    # one (v4.new_markdown_cell), which takes longer than making the notebook
    cell = nbformat.from_dict({"cell_type": "markdown", "metadata": {}, "source": source})
    named = {m["name"] for m in _ATTACHMENT.finditer(source)}
    if named:
        missing = named - set(attachments)
        if missing:
            raise NotebookError(f"no file to attach as {', '.join(sorted(missing))}")
        cell["attachments"] = {
            name: {"image/svg+xml": base64.b64encode(on_white(attachments[name])).decode()}
            for name in sorted(named)
        }
    return cell


def _code_cell(block: Block, output: str) -> nbformat.NotebookNode:
    shown = (
        {"output_type": "display_data", "data": {"text/html": output}, "metadata": {}}
        if block.html
        else {"output_type": "stream", "name": "stdout", "text": output}
    )
    return nbformat.from_dict(
        {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [shown] if output else [],
            "source": block.code.rstrip("\n"),
        }
    )


def _with_note(first: nbformat.NotebookNode, note: str) -> list[nbformat.NotebookNode]:
    """The first cell with ``note`` under the page's title (or before it, if it has none)."""
    source = first["source"]
    if first["cell_type"] == "markdown" and source.startswith("# "):
        title, _, rest = source.partition("\n")
        noted = first.copy()
        noted["source"] = f"{title}\n\n{note}\n{rest}".rstrip("\n")
        return [noted]
    return [_markdown_cell(note, {}), first]
