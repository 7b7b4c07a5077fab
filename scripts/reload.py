"""What ``mkdocs serve`` keeps from one build to the next: the imported sigmoid_core and
scripts.* modules, and with them every result they cache (``functools.cache``: the figures'
drawn data, the experiments behind the values), for as long as nothing those modules compute
from has changed.

The hooks import the modules afresh when ``sources_key()`` differs from the previous build's.
The key is made of every Python file below scripts/ and sigmoid_core/ and of the pages whose
text a computation reads (``PAGES_READ``), so an edit to any of them is built from fresh
imports, exactly as ``mkdocs build`` would build it; a prose edit to any other page keeps them.
The libraries (numpy, SciPy, SymPy, mpmath, matplotlib) are imported once per process whether
or not these modules are kept, so they are not part of the key.
"""

from __future__ import annotations

from types import CodeType

import jinja2
import jinja2.bccache

from scripts import cache

COMPUTED_FROM = (cache.ROOT / "scripts", cache.ROOT / "sigmoid_core")
# pages a computation reads (tests/test_reload.py finds every read of cache.DOCS in scripts/):
# experiments.dual_number_overflow runs this page's Dual class
PAGES_READ = (cache.DOCS / "numerical-derivatives.md",)


def sources_key() -> str:
    """A digest of what the imported modules' results can depend on."""
    return cache.key(cache.source_of(*COMPUTED_FROM), [p.read_bytes() for p in PAGES_READ])


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja templates compiled once per process: MkDocs makes a new theme environment for
    every build, and mkdocstrings a new handler (and environment) for every build, so each
    build would otherwise compile every template again. Jinja keys an entry by the template's
    name and file and checks it against a digest of the template's source; an environment
    with other compile-time settings gets other entries (``keep_compiled``)."""

    def __init__(self) -> None:
        self.compiled: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        found = self.compiled.get(bucket.key)
        if found and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            self.compiled[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED: dict[tuple[object, ...], CompiledTemplates] = {}


def keep_compiled(env: jinja2.Environment) -> jinja2.Environment:
    """``env`` with the process's compiled templates for environments set up as it is."""
    settings = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        tuple(sorted(env.extensions)),
        type(env).__qualname__,
    )
    env.bytecode_cache = _COMPILED.setdefault(settings, CompiledTemplates())
    return env
