"""The JavaScript the widgets add to a page, raw and gzip-compressed, against the JavaScript
every page already loads (the theme's bundle and a11y.js), measured on the same build.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_widget_script.py``. Builds the site
and, for each page, sums the scripts its HTML loads; the widgets' share must stay within
15 kB gzip (issue 12), which the last line checks.
"""

from __future__ import annotations

import gzip
import re
import tempfile
from pathlib import Path

from _site import build, page_paths

BUDGET = 15_000  # bytes of gzip-compressed JavaScript a page's widgets may add
SCRIPT = re.compile(r'<script src="([^"]+)"')


def sizes(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, mtime=0))


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        build(site)
        print(f"{'page':26} {'widget JS raw':>14} {'gzip':>7} {'page JS gzip':>13} {'share':>6}")
        worst = 0
        for path in page_paths():
            html_path = site / path.strip("/") / "index.html"
            html = html_path.read_text(encoding="utf-8")
            scripts = [(html_path.parent / src).resolve() for src in SCRIPT.findall(html)]
            added = [sizes(s) for s in scripts if s.name == "widgets.js"]
            raw, packed = (sum(a[i] for a in added) for i in (0, 1))
            total = sum(sizes(s)[1] for s in scripts)
            worst = max(worst, packed)
            print(f"{path:26} {raw:14,} {packed:7,} {total:13,} {packed / total:6.1%}")
    print(f"largest addition {worst:,} bytes gzip: {worst / BUDGET:.0%} of the {BUDGET:,} budget")


if __name__ == "__main__":
    main()
