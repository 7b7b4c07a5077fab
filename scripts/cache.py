"""Where the build's files live, the one hashing helper every cache keys its entries with, the
keys' contexts and the JSON caches' reader, and the build's one switch (SKIP_GENERATION).

A cache key is made of what the cached thing depends on: the data a figure draws and the code
that draws it, the text and code a claim checks, the TeX and the code that renders it. Never of
the source of a generic closure, which stays the same when what it captures changes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CACHE = ROOT / ".cache"  # build caches; never committed, safe to delete
FIGURE_CACHE = CACHE / "figures"
CLAIM_CACHE = CACHE / "claims.json"
DERIVATION_CACHE = CACHE / "derivations.json"
FONT_CACHE = CACHE / "math-font"
# =1: no figure drawn or placed, no claim checked, no number accounted for, no widget placed
# (the floor benchmarks/bench_build.py compares the real build with)
SKIP_GENERATION = "SIGMOID_SITE_SKIP_GENERATION"
# what a claim's check can depend on: the declarations, the computations, the core
CLAIM_SOURCES = (
    ROOT / "scripts" / "content",
    ROOT / "scripts" / "experiments",
    *(ROOT / "scripts" / f"{name}.py" for name in ("model", "symbolic", "cache")),
    ROOT / "sigmoid_core",
)
# what a derivation's check can depend on: the checker, the proofs' names, the SymPy helpers
DERIVATION_SOURCES = (
    ROOT / "scripts" / "checks" / "steps.py",
    ROOT / "scripts" / "checks" / "tex.py",
    ROOT / "scripts" / "markdown_parts.py",
    ROOT / "scripts" / "content" / "derivations.py",
    ROOT / "scripts" / "symbolic.py",
)


def key(*parts: object) -> str:
    """A hex digest of ``parts``: bytes, text, numpy arrays (dtype, shape and every byte),
    numbers, and tuples or lists of these. Parts are delimited, so ("ab", "c") and ("a", "bc")
    differ."""
    digest = hashlib.sha256()

    def feed(part: object) -> None:
        if isinstance(part, (tuple, list)):
            digest.update(b"(%d" % len(part))
            for item in part:
                feed(item)
            digest.update(b")")
            return
        if isinstance(part, np.ndarray):
            contiguous = np.ascontiguousarray(part)
            data = (
                f"array {contiguous.dtype.str} {contiguous.shape}".encode() + contiguous.tobytes()
            )
        elif isinstance(part, bytes):
            data = b"bytes " + part
        elif isinstance(part, str):
            data = b"str " + part.encode()
        elif isinstance(part, (int, float, bool, type(None), np.generic)):
            data = f"{type(part).__name__} {part!r}".encode()
        else:
            raise TypeError(f"cannot key a {type(part).__name__}: give its data, not the object")
        digest.update(b"%d:" % len(data) + data)

    feed(parts)
    return digest.hexdigest()


def source_of(*paths: Path) -> bytes:
    """The bytes of the given files, or of every .py file below the given folders, in order."""
    files: list[Path] = []
    for path in paths:
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return b"".join(f.read_bytes() for f in files)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` so that a build reading it in another process sees the old file or the
    new one, never a part (two builds of one checkout may run at once: the tests do so)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}{PARTIAL}")
    partial.write_bytes(data)
    os.replace(partial, path)


PARTIAL = ".partial"  # the suffix of a file being written (write_atomic), which prune leaves


def prune(directory: Path, keep: Iterable[Path]) -> int:
    """Delete the files in ``directory`` that this build did not use; return how many."""
    wanted = {p.resolve() for p in keep}
    removed = 0
    if directory.is_dir():
        for path in directory.iterdir():
            if path.suffix == PARTIAL:
                continue
            if path.is_file() and path.resolve() not in wanted:
                path.unlink()
                removed += 1
    return removed


def library_versions() -> str:
    """The numerical libraries' versions, part of every check's key."""
    import mpmath
    import scipy
    import sympy

    return " ".join(m.__version__ for m in (np, scipy, sympy, mpmath))


@functools.cache
def numpy_loops() -> str:
    """Which of its loops numpy runs here, for each function and type (its AVX-512 exp gives
    other last digits than its other loops): what the CPU has, less what
    NPY_DISABLE_CPU_FEATURES switches off."""
    from numpy.lib.introspect import opt_func_info

    return json.dumps(opt_func_info(), sort_keys=True)


def claim_context() -> str:
    """A claim that passed is not checked again until its page or text (keyed beside this),
    the declarations and computations, the core, the numerical libraries or the CPU features
    numpy's loops use change."""
    return key(source_of(*CLAIM_SOURCES), library_versions(), numpy_loops())


def derivation_context() -> str:
    return key(source_of(*DERIVATION_SOURCES), library_versions())


def load_json(path: Path) -> Any:
    """A JSON cache's content; {} when it is missing or unreadable (everything is checked
    again)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def generation_skipped() -> bool:
    """Whether this build skips the figures, claims, numbers and widgets (SKIP_GENERATION)."""
    return os.environ.get(SKIP_GENERATION) == "1"


def write_check_caches(claims_used: set[str], derivations_used: dict[str, list[object]]) -> None:
    """The claims and derivations this build checked (over both editions): the next build
    checks again only what is not among them; entries no build used any more are dropped."""
    write_atomic(CLAIM_CACHE, json.dumps(sorted(claims_used), indent=0).encode())
    write_atomic(DERIVATION_CACHE, json.dumps(derivations_used, indent=0, sort_keys=True).encode())
