"""Shared by the benchmarks, and by the tests where they do the same: the project's root, the
environment of a build, Debian's Chromium and its flags; and for the page benchmarks, the site
built once and served on loopback the way GitHub Pages does (text compressed with gzip)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_EPOCH = "1700000000"  # a fixed SOURCE_DATE_EPOCH: the site's dates do not follow the clock
# Debian's Chromium, never a browser download, and the flags of every run of it (the browser
# tests' too); Playwright adds its own headless flag, a command line needs HEADLESS as well
CHROMIUM = Path("/usr/bin/chromium")
HEADLESS = "--headless=new"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")


def page_paths() -> list[str]:
    """Every page of both editions (docs/sigmoid.zh.md is /zh/sigmoid/)."""
    paths = []
    for source in (ROOT / "docs").glob("*.md"):
        name, _, language = source.name.removesuffix(".md").partition(".")
        prefix = f"/{language}" if language else ""
        paths.append(f"{prefix}/" if name == "index" else f"{prefix}/{name}/")
    return sorted(paths)


def build_environment() -> dict[str, str]:
    """The environment a build runs in here: this interpreter's folder first on PATH (Node.js
    from PyPI), a fixed SOURCE_DATE_EPOCH, and the plugins' notices about MkDocs 2 off."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["SOURCE_DATE_EPOCH"] = BUILD_EPOCH
    env["DISABLE_MKDOCS_2_WARNING"] = "true"
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def build(site: Path, site_url: str | None = None, project: Path = ROOT) -> None:
    """``mkdocs build --strict`` of ``project`` into ``site``, published at ``site_url`` if
    given (the sitemap, canonical and hreflang links)."""
    env = build_environment()
    if site_url:
        env["SITE_URL"] = site_url
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=project,
        env=env,
        check=True,
    )


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzip-compressed when the client accepts it."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        content_type = self.guess_type(str(path))
        if (
            not path.is_file()
            or not content_type.startswith(TEXT_TYPES)
            or "gzip" not in self.headers.get("Accept-Encoding", "")
        ):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
