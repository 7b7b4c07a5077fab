"""The site's python fence (scripts/pipeline/code_blocks.py): markdown-exec's public
``base_format`` with the site's own runner, which gives each page's notebook what its blocks
printed, and under serve reuses a block's output while what it depends on stands."""

from __future__ import annotations

from collections.abc import Iterator

import markdown
import markdown_exec
import pytest
from markdown_exec import ExecutionError, MarkdownConverter

from scripts.pipeline import code_blocks


@pytest.fixture
def ran(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The code of every block really run (not reused), in order."""
    ran: list[str] = []
    run = code_blocks._run

    def counting(code: str, *args: object) -> str:
        ran.append(code)
        return run(code, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(code_blocks, "_run", counting)
    monkeypatch.setattr(code_blocks, "_remembered", None)
    code_blocks.new_build()
    yield ran
    code_blocks.new_build()


@pytest.mark.parametrize(
    "options",
    [
        {"source": "block", "result": "text"},
        {"source": "above", "html": True},
        {"source": "block", "result": "text", "session": "s"},
    ],
)
def test_the_site_fence_renders_a_block_as_markdown_exec_s_own(
    ran: list[str], options: dict[str, object]
) -> None:
    code = 'x = 6 * 7\nprint(f"<b>{x}</b>")'
    md = markdown.Markdown(extensions=["pymdownx.superfences", "pymdownx.tabbed"])
    fence = {"source": code, "language": "python", "css_class": "python", "md": md}
    MarkdownConverter.counter = 0
    ours = code_blocks.formatter(options=dict(options), **fence)
    MarkdownConverter.counter = 0
    theirs = markdown_exec.formatter(options=dict(options), **fence)
    assert ours == theirs and "42" in ours
    assert ran == [code]


def test_what_each_block_printed_is_given_for_its_page_run_or_reused(ran: list[str]) -> None:
    """A page's notebook gets what each of its blocks printed, in order, whether the block ran
    or its output was reused from an earlier build or edition."""
    code_blocks.remember("sources")
    page = [("print(6 * 7)", None), ("x = 2\nprint(x)", "s"), ("print(x + 1)", "s")]
    for _ in range(2):  # a build, then the next (or the other edition) reusing every output
        code_blocks.new_build()
        for code, session in page:
            code_blocks.run(code, session=session)
        assert code_blocks.take_printed() == ["42\n", "2\n", "3\n"]
        assert code_blocks.take_printed() == []
    assert ran == ["print(6 * 7)", "x = 2\nprint(x)", "print(x + 1)"]


def test_without_serve_every_block_runs_in_every_build(ran: list[str]) -> None:
    for _ in range(2):
        code_blocks.new_build()
        assert code_blocks.run("print(6 * 7)") == "42\n"
    assert ran == ["print(6 * 7)"] * 2


def test_a_block_runs_once_while_its_sources_stand(ran: list[str]) -> None:
    code_blocks.remember("sources")
    assert code_blocks.run("print(6 * 7)") == "42\n"
    code_blocks.new_build()
    assert code_blocks.run("print(6 * 7)") == "42\n"
    assert ran == ["print(6 * 7)"]
    code_blocks.remember("edited sources")
    code_blocks.new_build()
    assert code_blocks.run("print(6 * 7)") == "42\n"
    assert len(ran) == 2


def test_a_block_that_raises_fails_with_its_traceback_and_is_run_again(ran: list[str]) -> None:
    code_blocks.remember("sources")
    for _ in range(2):
        with pytest.raises(ExecutionError) as raised:
            code_blocks.run("x = 1\nraise ValueError('no')")
        assert "raise ValueError('no')" in str(raised.value)  # the block's own line
        assert "ValueError: no" in str(raised.value)
    assert len(ran) == 2


def test_a_block_that_raises_shows_its_traceback_as_markdown_exec_s_own_does(
    ran: list[str],
) -> None:
    """The fence of the traceback keeps the block's own options and no option markdown-exec
    hands the runner (``interactive``, since 1.14)."""
    code = "x = 1\nraise ValueError('no')"
    md = markdown.Markdown(extensions=["pymdownx.superfences"])
    fence = {"source": code, "language": "python", "css_class": "python", "md": md}
    options = {"source": "block", "result": "text", "interactive": False, "extra": {"title": "t"}}
    shown = [
        render(options=dict(options), **fence).splitlines()[0]
        for render in (code_blocks.formatter, markdown_exec.formatter)
    ]
    assert shown == ['<p>````````python title="t"'] * 2
    assert ran == [code]


def test_a_session_block_sees_the_globals_its_earlier_blocks_leave(ran: list[str]) -> None:
    code_blocks.remember("sources")
    first, second, edited = "x = 1\nprint(x)", "x += 1\nprint(x)", "x += 10\nprint(x)"
    run = code_blocks.run
    assert [run(first, session="s"), run(second, session="s")] == ["1\n", "2\n"]
    code_blocks.new_build()  # the next build: the first block's output is reused ...
    assert run(first, session="s") == "1\n"
    assert run(edited, session="s") == "11\n"  # ... and run again before the edited one
    assert ran == [first, second, first, edited]
    code_blocks.new_build()  # every block remembered: the globals start empty, as in a build
    assert [run(first, session="s"), run(edited, session="s")] == ["1\n", "11\n"]
    assert len(ran) == 4
    assert run("print(x)", session="s") == "11\n"  # a new block after reused ones
    assert ran[-3:] == [first, edited, "print(x)"]


def test_a_block_s_classes_belong_to_a_module(ran: list[str]) -> None:
    """dataclasses look a class's module up: each block has one."""
    code = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    x: int\nprint(P(3))"
    assert code_blocks.run(code) == "P(x=3)\n"
