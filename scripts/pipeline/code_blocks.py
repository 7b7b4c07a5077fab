"""The site's ``python`` fence: markdown-exec's public ``base_format`` (the block shown, what it
printed rendered as the block's options say) with the site's own runner, which keeps what each
block printed, in the order the page's blocks are met, for the page's notebook
(``take_printed``). mkdocs.yml names ``formatter`` as pymdownx.superfences' custom fence for
``python``.

The runner runs a block as markdown-exec's does: in a session's globals when the block names a
session (they start empty in each build, ``new_build``), with ``print`` writing to the output
and ``__name__`` a module of its own. A block that raises fails with markdown-exec's
``ExecutionError``, its traceback as a code block (markdown-exec logs it; a strict build fails).

``remember(sources)`` (``mkdocs serve`` only) lets a build reuse the output of a block run by an
earlier build under the same ``sources`` (the digest of everything a block can import, and of
the pages computations read): the block's code, options, session and the blocks of its
session before it, its working directory and console width are the rest of the key. When a
block of a session must run after blocks whose outputs were reused, those are run again first,
in fresh globals, so that it sees what they leave.
"""

from __future__ import annotations

import importlib
import linecache
import os
import re
import sys
import traceback
from collections.abc import Callable
from io import StringIO
from types import ModuleType
from typing import Any

from markdown_exec import ExecutionError, base_format, code_block

from scripts import cache

Block = tuple[str, int | None, str | None, tuple[tuple[str, str], ...], str, str | None]

_sessions: dict[str, dict[str, object]] = {}  # each session's globals, this build
_counts: dict[str | None, int] = {}  # blocks run, by session, this build (their module names)
_printed: list[str] = []  # what the blocks met since the last take_printed() printed
_history: dict[str, list[Block]] = {}  # each session's blocks met, this build
_behind: set[str] = set()  # sessions whose globals lack blocks whose outputs were reused
_remembered: dict[str, str] | None = None  # block outputs by key (serve), else None
_sources = ""


def formatter(
    source: str, language: str, css_class: str, options: dict[str, Any], md: Any, **_: Any
) -> str:
    """pymdownx.superfences' format function for the ``python`` fence."""
    # the runner of this module as imported for the current build (serve imports it afresh
    # after an edit, while mkdocs.yml's reference to this function may be the earlier one's)
    run: Callable[..., str] = importlib.import_module(__name__).run
    return base_format(language="python", run=run, code=source, md=md, **options)


def new_build() -> None:
    """At the start of a build: every session's globals empty, nothing printed yet."""
    _sessions.clear()
    _counts.clear()
    _printed.clear()
    _history.clear()
    _behind.clear()


def remember(sources: str) -> None:
    """Reuse the outputs of blocks run under ``sources`` from here on (``mkdocs serve``); those
    of other sources are dropped."""
    global _remembered, _sources
    if _remembered is None or sources != _sources:
        _remembered, _sources = {}, sources


def take_printed() -> list[str]:
    """What the blocks met since the last call printed (run, or reused), in the order met."""
    taken = list(_printed)
    _printed.clear()
    return taken


def run(
    code: str,
    returncode: int | None = None,
    session: str | None = None,
    id: str | None = None,  # noqa: A002 - markdown-exec's name
    interactive: bool = False,  # unused: markdown-exec's python fence drops it too
    **extra: str,
) -> str:
    """markdown-exec's ``run`` for a Python block: what the block printed. markdown-exec's
    ``base_format`` (1.14) passes a runner the ``interactive`` option (pycon's), which must not
    land in ``extra``: the block's key and an error's code block are made of it."""
    block: Block = (
        code,
        returncode,
        id,
        tuple(sorted(extra.items())),
        os.getcwd(),
        os.environ.get("COLUMNS"),
    )
    earlier = _history.setdefault(session, []) if session else []
    key = cache.key(list(block), session, [list(b[:4]) for b in earlier], _sources)
    if _remembered is not None and key in _remembered:
        if session:
            earlier.append(block)
            _behind.add(session)
        _printed.append(_remembered[key])
        return _remembered[key]
    if session in _behind:  # its globals as the blocks before this one leave them
        _sessions.pop(session, None)
        for code_before, _, id_before, extra_before, *_ in earlier:
            _run(code_before, session, id_before, dict(extra_before))
        _behind.discard(session)
    output = _run(code, session, id, extra)
    if session:
        earlier.append(block)
    if _remembered is not None:
        _remembered[key] = output
    _printed.append(output)
    return output


def _run(code: str, session: str | None, id: str | None, extra: dict[str, str]) -> str:  # noqa: A002
    """Run one block: its globals are its session's, or its own."""
    _counts[session] = count = _counts.get(session, 0) + 1
    name = f"session {session}; n{count}" if session else f"n{count}"
    filename = f"<code block: {f'id {id}' if id else name}>"
    namespace = _sessions.setdefault(session, {}) if session else {}
    # libraries (dataclasses among them) expect a function's module to exist
    module = re.sub(r"[^a-zA-Z\d]+", "_", filename)
    namespace["__name__"] = module
    sys.modules[module] = ModuleType(module)
    output = StringIO()
    namespace["print"] = lambda *texts, end="\n", **_: output.write(
        " ".join(str(t) for t in texts) + end
    )
    # the block's lines, for its traceback (no file holds them; mtime None: never checked)
    linecache.cache[filename] = (len(code), None, code.splitlines(keepends=True), filename)
    try:
        exec(compile(code, filename, "exec"), namespace)  # noqa: S102 - the page's own code
    except Exception as error:
        trace = "".join(traceback.format_exception(error))
        raise ExecutionError(code_block("python", trace, **extra)) from error
    return output.getvalue()
