"""Addresses within the built site, the same whichever engine builds it: an edition's root, a
page's full address, and one address relative to another (made as MkDocs' ``get_relative_url``
makes them: tests/test_addresses.py compares the two)."""

from __future__ import annotations

import posixpath

from scripts.catalogue import DEFAULT


def edition_root(language: str) -> str:
    """The edition's folder below the site's root: "" for the default language, "zh/"."""
    return "" if language == DEFAULT else f"{language}/"


def full_address(site_url: str | None, url: str) -> str | None:
    """The page at ``url`` (below the site's root) under ``site_url``; None without one."""
    return site_url.rstrip("/") + "/" + url if site_url else None


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return path.split("/") if path else []


def relative(url: str, other: str) -> str:
    """``url`` relative to ``other``, both paths below the site's root. The last part of
    ``other`` is left out when it has a dot (a file); ".." goes up, never above the root."""
    folder, _, last = other.rpartition("/")
    start, target = _parts(folder if "." in last else other), _parts(url)
    common = 0
    for a, b in zip(start, target, strict=False):
        if a != b:
            break
        common += 1
    path = "/".join([".."] * (len(start) - common) + target[common:]) or "."
    return path + "/" if url.endswith("/") else path
