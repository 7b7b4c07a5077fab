"""Each page with Python code offers its Jupyter notebook, in both editions
(scripts/rendering/notebook.py): the page's prose as Markdown cells with its formulas in TeX,
its code cells in page order with the output the page shows, every link whole. The module is
tested on small pages; the build tests check every notebook of the built site, run each one
top to bottom in a fresh kernel (nbclient, ipykernel) and compare what it prints with the
page."""

from __future__ import annotations

import base64
import html
import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pytest

from scripts.pipeline import translations
from scripts.rendering import markup, notebook
from tests.conftest import all_pages, language_of
from tests.test_docs_code import built_page, shown_outputs
from tests.test_page_checks import EXERCISES

PAGE = """# A page { #a-page }

Prose with $\\sigma(x)$ and a [link](other.md#part), <!-- an author's note --> and [one
within the page](#below).

```python exec="on" source="block" result="text" session="s"
x = 1
print(x)
```

## Below { #below }

$$
\\sigma(-x) = 1 - \\sigma(x)
$$

```text
shown, not run
```

!!! warning "Pitfall: `x * (1 - x)`"
    An aside with $y$.

```python
print("shown, not run")
```

```python exec="on" source="above" html="1"
print("<b>bold</b>")
```

Term
:   Its definition,
    on two lines.
"""


def made(markdown: str = PAGE, outputs: tuple[str, ...] = ("1\n", "<b>bold</b>\n"), **kw):
    return notebook.notebook(markdown, list(outputs), **kw)


def test_a_page_becomes_markdown_cells_and_its_code_cells_in_order() -> None:
    book = made(note="A note.", html_note="It prints HTML.")
    nbformat.validate(book)
    kinds = [c.cell_type for c in book.cells]
    assert kinds == ["markdown", "code", "markdown", "code", "markdown"]
    title, first, below, drawn, last = book.cells
    assert title.source.startswith("# A page\n\n*A note.*\n\nProse with $\\sigma(x)$")
    assert "author's note" not in title.source and "{ #" not in below.source
    assert first.source == "x = 1\nprint(x)"
    assert first.outputs == [nbformat.v4.new_output("stream", name="stdout", text="1\n")]
    assert first.execution_count is None and drawn.outputs[0].output_type == "display_data"
    assert drawn.outputs[0].data == {"text/html": "<b>bold</b>\n"}
    assert below.source.startswith("## Below\n\n$$\n\\sigma(-x) = 1 - \\sigma(x)\n$$")
    assert "```text\nshown, not run\n```" in below.source  # a fence that does not run
    assert '```python\nprint("shown, not run")\n```' in below.source
    assert "<blockquote>\n\n**Pitfall: `x * (1 - x)`**\n\nAn aside with $y$.\n\n</blockquote>" in (
        below.source
    )
    assert below.source.endswith("*It prints HTML.*")  # before the cell that prints HTML
    assert last.source == "**Term**\\\nIts definition,\non two lines."
    assert [c.id for c in book.cells] == [f"cell-{n}" for n in range(1, 6)]
    assert book.metadata.kernelspec.name == "python3"


def test_links_within_the_site_become_addresses_or_their_text() -> None:
    alone = made()
    assert "a link, and one\nwithin the page." in alone.cells[0].source.replace("  ", " ")
    link = notebook.site_links("https://example.org/sigmoid/", "zh/")
    addressed = made(link=link, note="A note.", address="https://example.org/sigmoid/zh/a/")
    assert addressed.cells[0].source.startswith(
        "# A page\n\n*A note.*\\\n<https://example.org/sigmoid/zh/a/>\n\nProse"
    )
    assert "[link](https://example.org/sigmoid/zh/other/#part)" in addressed.cells[0].source
    assert "[one\nwithin the page]" not in addressed.cells[0].source  # within it: text alone
    assert link("index.md") == "https://example.org/sigmoid/zh/"
    assert link("values/sigmoid.csv") == "https://example.org/sigmoid/values/sigmoid.csv"
    assert link("https://docs.scipy.org/x.html") == "https://docs.scipy.org/x.html"
    assert notebook.site_links(None, "")("other.md") is None
    math_in_link = made("Read [the range $[0, 1]$](other.md).\n", ())
    assert math_in_link.cells[0].source == "Read the range $[0, 1]$."


def test_an_exercise_answer_stays_collapsed_with_its_code_and_what_it_printed() -> None:
    blocks = notebook.python_blocks(EXERCISES)
    assert [(b.code, b.contained, b.indent) for b in blocks] == [("print(0.5)\n", True, " " * 8)]
    book = made(EXERCISES, ("0.5\n",))
    nbformat.validate(book)
    assert [c.cell_type for c in book.cells] == ["markdown", "markdown"]
    exercises = book.cells[1].source
    answer = (
        "3. **Code.** Print it.\n\n    <details>\n    <summary>Answer</summary>\n\n"
        "    ```python\n    print(0.5)\n    ```\n\n    ```text\n    0.5\n    ```\n\n"
        "    </details>"
    )
    assert exercises.endswith(answer), exercises
    assert exercises.count("<details>") == 3 and "???" not in exercises


def test_a_block_in_a_list_item_is_a_code_cell_and_the_item_goes_on_as_prose() -> None:
    page = (
        '1. First:\n\n    ```python exec="1"\n    print(2)\n    ```\n\n    Then more.\n\n'
        "2. Second.\n"
    )
    book = made(page, ("2\n",))
    assert [c.source for c in book.cells] == ["1. First:", "print(2)", "Then more.\n\n2. Second."]


def test_a_chinese_page_keeps_its_words_and_loses_its_anchors() -> None:
    words = translations.notebook_words("zh")
    assert words.link == "将本页下载为 Jupyter 笔记本"
    page = "# 导数 { #the-derivative }\n\n它是 $\\sigma'(x)$。\n\n" + PAGE.split("\n", 2)[2]
    book = made(page, note=words.note, html_note=words.html_note)
    assert book.cells[0].source.startswith(f"# 导数\n\n*{words.note}*\n\n它是 $\\sigma'(x)$。")
    text = notebook.dumps(book)
    assert "导数" in text and "\\u" not in text  # written as UTF-8, not escaped


def test_a_figure_is_attached_to_its_cell_on_a_white_ground() -> None:
    svg = b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "x">\n<svg width="1pt">\n<g/></svg>\n'
    figure = notebook.figure_markdown("A curve [0, 1] at $5", "The caption.", "curve.svg")
    assert figure.startswith("![A curve \\[0, 1\\] at \\$5](attachment:curve.svg)")
    book = made(f"# Page\n\n{figure}\n", (), attachments={"curve.svg": svg})
    drawn = base64.b64decode(book.cells[0].attachments["curve.svg"]["image/svg+xml"])
    assert drawn == svg.replace(
        b'1pt">', b'1pt">\n<rect width="100%" height="100%" fill="#ffffff"/>'
    )
    with pytest.raises(notebook.NotebookError, match="curve.svg"):
        made(f"# Page\n\n{figure}\n", ())


def test_the_file_is_the_same_bytes_from_the_same_page() -> None:
    first, second = notebook.dumps(made()), notebook.dumps(made())
    assert first == second and first.endswith("}\n")
    assert json.dumps(json.loads(first), indent=1, sort_keys=True, ensure_ascii=False) + "\n" == (
        first
    )
    assert notebook.counts(made()) == (5, 2)
    assert notebook.file_name("sigmoid.zh.md") == "sigmoid.zh.ipynb"


def test_each_block_needs_its_output() -> None:
    with pytest.raises(notebook.NotebookError, match="2 Python blocks run on the page, 1 output"):
        made(outputs=("1\n",))


def test_the_link_stands_under_the_title_and_downloads_the_file() -> None:
    content = '<h1 id="x">Title</h1>\n<p>Text</p>'
    linked = markup.with_notebook_link(
        content, "x.ipynb", "x.ipynb", "Download <this>", notebook.MEDIA_TYPE
    )
    assert linked.startswith('<h1 id="x">Title</h1>\n<p class="notebook-link" data-search-exclude>')
    assert '<a href="x.ipynb" download="x.ipynb" type="application/x-ipynb+json">' in linked
    assert linked.endswith("Download &lt;this&gt;</a></p>\n<p>Text</p>")
    assert 'aria-hidden="true"' in linked  # the icon: the words name the link


# --- the built site --------------------------------------------------------------------------

PAGES = all_pages()  # both editions


def source(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def notebook_path(site: Path, page: Path) -> Path:
    return built_page(site, page).parent / notebook.file_name(page.name)


WITH_CODE = [p for p in PAGES if notebook.python_blocks(source(p))]


@pytest.mark.build
def test_every_page_with_python_code_offers_its_notebook_in_each_edition(
    built_site: tuple[Path, str],
) -> None:
    site, log = built_site
    assert {language_of(p) for p in WITH_CODE} == {"en", "zh"} and len(WITH_CODE) >= 10
    expected = {notebook_path(site, p) for p in WITH_CODE}
    assert set(site.rglob("*.ipynb")) == expected
    for page in PAGES:
        built = built_page(site, page).read_text(encoding="utf-8")
        words = translations.notebook_words(language_of(page))
        name = notebook.file_name(page.name)
        link = (
            f'<a href="{name}" download="{name}" type="application/x-ipynb+json">'
            f"{markup.DOWNLOAD_ICON}{html.escape(words.link)}</a>"
        )
        assert (link in built) == (page in WITH_CODE), page.name
        if page in WITH_CODE:
            assert built.index(link) > built.index("</h1>"), page.name  # under the title
            book = nbformat.read(notebook_path(site, page), as_version=nbformat.NO_CONVERT)
            nbformat.validate(book)
            cells, code = notebook.counts(book)
            assert f"notebooks: {page.name:<28} {cells} cells, {code} of them code" in log


def kernel_outputs(book: nbformat.NotebookNode, workdir: Path) -> nbformat.NotebookNode:
    """The notebook run top to bottom in a fresh kernel (the venv's Python), in ``workdir``."""
    from nbclient import NotebookClient

    ran = nbformat.from_dict(json.loads(json.dumps(book)))
    for cell in ran.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    NotebookClient(
        ran, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    ).execute()
    return ran


@pytest.fixture
def kernel_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The kernel is this venv's Python (the kernelspec runs "python"), with its own IPython
    and Jupyter folders; it starts in an empty folder, as a reader's download would."""
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    (tmp_path / "work").mkdir()
    return tmp_path / "work"


def text_of(outputs: list[nbformat.NotebookNode]) -> str:
    return "".join(o.text for o in outputs if o.output_type == "stream")


@pytest.mark.build
@pytest.mark.parametrize("page", WITH_CODE, ids=lambda p: p.name)
def test_every_notebook_runs_in_a_fresh_kernel_and_prints_what_the_page_shows(
    page: Path, built_site: tuple[Path, str], kernel_environment: Path
) -> None:
    site, _ = built_site
    book = nbformat.read(notebook_path(site, page), as_version=nbformat.NO_CONVERT)
    ran = kernel_outputs(book, kernel_environment)
    built = built_page(site, page).read_text(encoding="utf-8")
    shown = iter(shown_outputs(site, page))  # the page's text outputs, answers' included
    cells = iter(zip(book.cells, ran.cells, strict=True))
    for block in notebook.python_blocks(source(page)):
        page_output = None if block.html else next(shown)
        if block.contained:  # shown in its answer's Markdown, with what it printed
            continue
        stored, run = next((s, r) for s, r in cells if s.cell_type == "code")
        assert stored.source == block.code.rstrip("\n")
        assert all(o.output_type == "stream" and o.name == "stdout" for o in run.outputs), (
            run.outputs  # no error, no warning on stderr
        )
        printed = text_of(run.outputs)
        if block.html:  # the page inserts the HTML as it was printed; the notebook draws it
            assert stored.outputs[0].data["text/html"] == printed
            assert printed.strip() in built
        else:
            assert printed == text_of(stored.outputs)
            assert printed.rstrip("\n") == page_output.rstrip("\n"), stored.source
    assert next(shown, None) is None
    assert not [s for s, _ in cells if s.cell_type == "code"]
    assert not re.search(r"\]\((?!https?:|attachment:)", "".join(c.source for c in book.cells))
