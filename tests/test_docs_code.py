"""Every Python code block on every page runs, without an error or a warning, and prints exactly
the output the built page shows under it (as text, or as HTML for a block with html="1", such
as a figure drawn by the block)."""

from __future__ import annotations

import contextlib
import html
import io
import re
import textwrap
import warnings
from pathlib import Path

import pytest

from scripts import markdown_parts
from tests.conftest import all_pages, page_url

SESSION = re.compile(r'session="([^"]+)"')
RESULT = re.compile(
    r'<div class="result">\s*<div class="highlight"><pre><span></span><code>(.*?)</code>', re.DOTALL
)
PAGES = all_pages()  # both editions: a translation's code runs and prints the same


def code_blocks(page: Path) -> list[tuple[str, str, bool, bool]]:
    """(session, code, executed, html output) for each Python block, in page order, found by
    the site's one Markdown tokeniser: indented ones (in a list, an exercise's answer) too,
    their code without the fence's indentation."""
    blocks = []
    fences = markdown_parts.of_kind(page.read_text(encoding="utf-8"), markdown_parts.FENCE)
    python = [f for f in fences if f.info.split(None, 1)[:1] == ["python"]]
    for index, fence in enumerate(python):
        options, code = fence.info, textwrap.dedent(fence.body)
        session = SESSION.search(options)
        name = session.group(1) if session else f"block {index}"
        blocks.append((name, code, 'exec="on"' in options, 'html="1"' in options))
    return blocks


def built_page(site: Path, page: Path) -> Path:
    return site / page_url(page).strip("/") / "index.html"


def shown_outputs(site: Path, page: Path) -> list[str]:
    text = built_page(site, page).read_text(encoding="utf-8")
    return [html.unescape(re.sub(r"<[^>]+>", "", m)) for m in RESULT.findall(text)]


def test_pages_have_code_blocks() -> None:
    counted = sum(len(code_blocks(page)) for page in PAGES)
    assert counted >= 15, counted


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_code_blocks_run_and_print_what_the_page_shows(
    page: Path, built_site: tuple[Path, str]
) -> None:
    site, _ = built_site
    blocks = code_blocks(page)
    for _, _, executed, _ in blocks:
        assert executed, f'{page.name}: every Python block runs at build time (exec="on")'
    shown = iter(shown_outputs(site, page))
    built = built_page(site, page).read_text(encoding="utf-8")
    namespaces: dict[str, dict[str, object]] = {}
    for session, code, _, as_html in blocks:
        namespace = namespaces.setdefault(session, {"__name__": "__main__"})
        printed = io.StringIO()
        # a warning the block does not catch itself is an error (some blocks demonstrate one)
        with contextlib.redirect_stdout(printed), warnings.catch_warnings():
            warnings.simplefilter("error")
            exec(compile(code, f"{page.name}:{session}", "exec"), namespace)
        if as_html:  # inserted into the page as it was printed
            assert printed.getvalue().strip() in built, code
        else:
            assert printed.getvalue().rstrip("\n") == next(shown).rstrip("\n"), code
    assert next(shown, None) is None, f"{page.name}: more outputs than text blocks"
