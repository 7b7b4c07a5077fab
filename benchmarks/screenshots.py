"""Screenshots of every page for review: 1280 and 390 px wide, light and dark, full page.

Run: ``.venv/bin/python benchmarks/screenshots.py [OUTDIR]`` (default ``screenshots/``, which
git ignores). Builds the site into a temporary folder and serves it on loopback.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _site import CHROMIUM, CHROMIUM_FLAGS, ROOT, build, page_paths, serve
from playwright.sync_api import sync_playwright


def scroll_images_in(page) -> None:  # type: ignore[no-untyped-def]
    """Scroll to the bottom one screen at a time, so that every lazy figure a reader would see
    loads, then wait until every shown image has loaded before the capture."""
    height = page.evaluate("document.documentElement.scrollHeight")
    for top in range(0, height, 600):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_function(
        "[...document.images].filter(i => i.offsetParent !== null).every(i => i.complete)"
    )


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        site = Path(scratch) / "site"
        build(site)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        with serve(site) as url:
            for path in page_paths():
                name = path.strip("/") or "index"
                for width in (1280, 390):
                    for scheme in ("light", "dark"):
                        context = browser.new_context(
                            viewport={"width": width, "height": 900}, color_scheme=scheme
                        )
                        page = context.new_page()
                        page.goto(url + path, wait_until="networkidle")
                        scroll_images_in(page)
                        target = out / f"{name}-{width}-{scheme}.png"
                        page.screenshot(path=str(target), full_page=True)
                        context.close()
                        print(target)
        browser.close()


if __name__ == "__main__":
    main()
