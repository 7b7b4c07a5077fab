"""Where the build's files live, and the one hashing helper every cache keys its entries with.

A cache key is made of what the cached thing depends on: the data a figure draws and the code
that draws it, the text and code a claim checks, the TeX and the code that renders it. Never of
the source of a generic closure, which stays the same when what it captures changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CACHE = ROOT / ".cache"  # build caches; never committed, safe to delete
FIGURE_CACHE = CACHE / "figures"
CLAIM_CACHE = CACHE / "claims.json"
DERIVATION_CACHE = CACHE / "derivations.json"
FONT_CACHE = CACHE / "math-font"


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


def prune(directory: Path, keep: Iterable[Path]) -> int:
    """Delete the files in ``directory`` that this build did not use; return how many."""
    wanted = {p.resolve() for p in keep}
    removed = 0
    if directory.is_dir():
        for path in directory.iterdir():
            if path.is_file() and path.resolve() not in wanted:
                path.unlink()
                removed += 1
    return removed
