"""The one Markdown tokeniser every check uses (scripts/markdown_parts.py) agrees with
the renderer: tricky snippets and every page of both editions are rendered with the site's
Markdown extensions (as mkdocs.yml configures them, with the fences markdown-exec adds), and
the text that became math, inline code and fenced code is compared with the parts the
tokeniser finds."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import markdown
import markdown_exec
import pytest
from mkdocs.utils.yaml import yaml_load

from scripts import markdown_parts
from scripts.checks import numbers, steps
from scripts.markdown_parts import (
    COMMENT,
    DISPLAY_MATH,
    FENCE,
    INLINE_CODE,
    INLINE_MATH,
    PROSE,
)
from scripts.pipeline import translations
from scripts.placeholders import PLACEHOLDER
from tests.conftest import ROOT, all_pages


def _entry(entry: str | dict[str, Any]) -> list[tuple[str, Any]]:
    """A list item of mkdocs.yml: a name, or a name with its settings."""
    return list(entry.items()) if isinstance(entry, dict) else [(entry, {})]


def site_extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    """mkdocs.yml's Markdown extensions and their settings (read as MkDocs reads them), but the
    site's own page work (it needs a build), and each custom fence formatted without running."""
    with (ROOT / "mkdocs.yml").open("rb") as config_file:
        config = yaml_load(config_file)
    names, options = [], {}
    for entry in config["markdown_extensions"]:
        ((name, settings),) = _entry(entry)
        if name == "scripts.pipeline.extension":
            continue
        names.append(name)
        options[name] = dict(settings or {})
    fences = options["pymdownx.superfences"]["custom_fences"]
    assert fences and all(fence["validator"] is markdown_exec.validator for fence in fences)
    options["pymdownx.superfences"]["custom_fences"] = [
        {**fence, "format": lambda source, *args, **kwargs: f"<pre>{html.escape(source)}</pre>"}
        for fence in fences
    ]
    return names, options


EXTENSIONS, OPTIONS = site_extensions()


def rendered(text: str) -> tuple[list[str], list[str], int]:
    """The math (as arithmatex's generic mode wraps it), the inline code and the number of
    fenced blocks of ``text`` rendered as the site renders it."""
    out = markdown.markdown(text, extensions=EXTENSIONS, extension_configs=OPTIONS)
    math = re.findall(r'<(?:span|div) class="arithmatex">(.*?)</(?:span|div)>', out, re.DOTALL)
    outside_pre = re.sub(r"<pre.*?</pre>", "", out, flags=re.DOTALL)
    code = re.findall(r"<code[^>]*>(.*?)</code>", outside_pre, re.DOTALL)
    return (
        [html.unescape(m) for m in math],
        [html.unescape(re.sub("<[^>]+>", "", c)) for c in code],
        out.count("<pre"),
    )


def tokenised(text: str) -> tuple[list[str], list[str], int]:
    """The same, from the tokeniser's parts."""
    parts = markdown_parts.parts(text)
    math = [
        f"\\({p.body}\\)" if p.kind == INLINE_MATH else f"\\[{_dedented(p.body)}\\]"
        for p in parts
        if p.kind in markdown_parts.MATH
    ]
    code = [p.body for p in parts if p.kind == INLINE_CODE]
    return math, code, sum(p.kind == FENCE for p in parts)


def _dedented(body: str) -> str:
    """A display's lines without the indentation of the block that holds it (a list item, a
    collapsible block), which the renderer removes."""
    first, *rest = body.split("\n")
    depth = min((len(x) - len(x.lstrip(" ")) for x in rest if x.strip()), default=0)
    return "\n".join([first, *(x[depth:] for x in rest)])


SNIPPETS = {
    "the review's sentence": "It costs \\$5 to run, and $x$ is small; $ 5 $ is not math either.",
    "dollar amounts": "Costs $5 and $10 today.",
    "escaped backslashes": "Two \\\\$x$ backslashes, then math; three \\\\\\$y$ escape it.",
    "four backslashes": "\\\\\\\\$x$ four",
    "an escaped dollar in math": "a $b\\$c$ d",
    "dollars in code": "Code `$x$` is code, and $a `b` c$ is not math.",
    "backtick runs": "``a ` b`` and ` $q$ `",
    "escaped backslashes before code": "Two \\\\`code` then",
    "math across lines": "Math across\nlines: $a +\nb$ here.\n\nNot across $a\n\nb$ blocks.",
    "a fence in a list": "1. A list item\n\n    ```python\n    x = 1\n    ```\n\n2. Next $y$.\n",
    "a fence indented less at its end": "   ```python\n   code\n  ```\n$m$\n",
    "an unclosed fence": "```\nunclosed $x$\n",
    "list items": "- item $a$\n- item $b\n- c$ no",
    "a comment": "<!-- a $x$ comment -->\n\nProse $y$.",
    "a comment across blank lines": "<!-- a comment\n\nacross $x$ lines -->\n\n$z$ after.",
    "display math": "Text\n\n$$\nx = 1\n$$\n\nand $$y$$ inline.",
    "display math without a blank line before": "Para\n$$\nx\n$$\n",
    "environments and round brackets": "\\begin{aligned}\na &= b\n\\end{aligned}\n\nand \\(c\\).",
    "a heading": "# Heading $h$\nText $t$.",
    "math in a collapsible block": (
        '1. Prove it.\n\n    ??? success "Answer $a$"\n        $$\n        x = $b$\n        $$\n'
        "\n        And $c$.\n"
    ),
    "an admonition's first lines": '!!! note "N"\n    $$\n    y\n    $$\n\n=== "T"\n    $z$\n',
}


@pytest.mark.parametrize("text", SNIPPETS.values(), ids=SNIPPETS.keys())
def test_the_tokeniser_finds_what_the_renderer_renders(text: str) -> None:
    assert tokenised(text) == rendered(text)


def valued(text: str) -> str:
    """``text`` with each value placeholder replaced, as the build does before rendering."""
    return PLACEHOLDER.sub(lambda m: "0.5" if m[1] == "value" else m[0], text)


@pytest.mark.parametrize("page", all_pages(), ids=lambda p: p.name)
def test_every_page_is_tokenised_as_it_renders(page: Path) -> None:
    text = page.read_text("utf-8")
    math, code, fences = tokenised(text)  # the source, with its placeholders
    assert ([valued(m) for m in math], [valued(c) for c in code], fences) == rendered(valued(text))


def test_the_arithmatex_options_are_the_sites() -> None:
    assert OPTIONS["pymdownx.arithmatex"] == markdown_parts.ARITHMATEX_OPTIONS


def test_the_parts_cover_the_page_in_order() -> None:
    for page in all_pages():
        text = page.read_text("utf-8")
        parts = markdown_parts.parts(text)
        assert "".join(p.text for p in parts) == text
        assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
        assert {p.kind for p in parts} <= set(markdown_parts.KINDS)


def test_the_review_sentence_in_parts() -> None:
    text = "It costs \\$5 to run, and $x$ is small; $ 5 $ is not math either."
    parts = markdown_parts.parts(text)
    assert [(p.kind, p.text) for p in parts if p.kind != PROSE] == [(INLINE_MATH, "$x$")]
    blanked = markdown_parts.blank("a `b` <!-- c\nd --> $e$", (INLINE_CODE, COMMENT))
    assert blanked == "a" + " " * 11 + "\n" + " " * 5 + " $e$"
    fence = markdown_parts.of_kind("x\n\n~~~ { .python }\ncode\n~~~\n", FENCE)[0]
    assert (fence.info, fence.body) == ("{ .python }", "code\n")
    assert markdown_parts.of_kind("a\n\n$$\nx\n$$\n", DISPLAY_MATH)[0].body == "\nx\n"


def test_a_prose_number_after_an_escaped_dollar_is_accounted_for() -> None:
    """``\\$5`` is a dollar sign and a 5 in prose (the renderer typesets no formula there); the
    accounting used to take ``$5 to run, and $`` for a formula and let the 5 pass as one of its
    single digits."""
    digits = frozenset("0123456789")
    text = "It costs \\$5 to run, and $x$ is small; $ 5 $ is not math either."
    with pytest.raises(numbers.UnaccountedNumberError, match=r"2 number\(s\).*\b5 in") as raised:
        numbers.account("page.md", [text], (), (), {}, formula_digits=digits)
    assert "costs \\$5 to run" in str(raised.value)
    report = numbers.account("page.md", ["so $x = 5$ here"], (), (), {}, formula_digits=digits)
    assert (report.declared, report.digits) == (1, 1)


def test_the_checks_read_formulas_as_the_page_renders_them() -> None:
    """A statement is checked only where the page typesets it, and a translation's words are
    asked for only outside what the page typesets as math or code."""
    names = {"u": "1 + e^{-x}"}
    assert steps.statements("so $u = 1 + e^{-x}$ and \\$u = 3\\$.", names) == [
        (1, "u = 1 + e^{-x}")
    ]
    assert not translations.has_words("$\\operatorname{softplus}(x)$, `np.exp`")
    assert translations.has_words("costs \\$5 and some words")
