"""Lighthouse on every page of the built site, mobile and desktop.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_pages.py [--runs N]``. Builds the
site, serves
it from a loopback server that gzips text as GitHub Pages does, runs the pinned Lighthouse (npm)
in Debian's Chromium for each page and form factor, and prints a table of the four category
scores, the request count, the bytes transferred and how many requests went to other hosts,
with totals. Lighthouse's mobile run simulates a slow 4G phone, so its performance score varies
from run to run on a shared machine: with ``--runs N`` each page and form factor is audited N
times and the run with the median performance score is reported, as Lighthouse's own docs
advise for variance.

The first row is the baseline, measured in the same run: a stock Material for MkDocs page (no
custom template, stylesheet or script) holding the text of docs/python.md, built from a
throwaway project beside the site and served with it. The site is built with its served
address as SITE_URL, so the sitemap, canonical and hreflang links are the published ones.
Each page's mobile performance is also printed as its difference from the baseline's.
``--pages /api/ /zh/api/`` audits only those pages; ``--mobile`` only the mobile form factor.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from _site import CHROMIUM, CHROMIUM_FLAGS, HEADLESS, ROOT, build, page_paths, serve

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def audit(url: str, form_factor: str, output: Path) -> dict[str, object]:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join([HEADLESS, *CHROMIUM_FLAGS])}",
    ]
    if form_factor == "desktop":
        command.append("--preset=desktop")
    env = dict(os.environ, CHROME_PATH=str(CHROMIUM))
    subprocess.run(command, env=env, check=True, capture_output=True)
    report = json.loads(output.read_text(encoding="utf-8"))
    requests = report["audits"]["network-requests"]["details"]["items"]
    host = urlsplit(url).netloc
    return {
        **{c: round(100 * report["categories"][c]["score"]) for c in CATEGORIES},
        "requests": len(requests),
        "kB": sum(r.get("transferSize", 0) for r in requests) / 1000,
        "third-party": sum(urlsplit(r["url"]).netloc not in (host, "") for r in requests),
    }


def median_run(url: str, form_factor: str, output: Path, runs: int) -> dict[str, object]:
    results = sorted(
        (audit(url, form_factor, output) for _ in range(runs)), key=lambda r: r["performance"]
    )
    return results[len(results) // 2]


STOCK = "/_stock/"  # where the baseline is served, beside the site


def stock_project(folder: Path) -> Path:
    """A stock Material project whose one page is docs/python.md's text (its placeholders
    left as they are) with the site's Markdown extensions, fonts from the system as the
    site's are."""
    (folder / "docs").mkdir(parents=True)
    text = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
    (folder / "docs" / "index.md").write_text(text, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Stock\n"
        "theme: {name: material, font: false, features: [content.code.copy]}\n"
        "markdown_extensions: [admonition, attr_list, md_in_html, tables, toc,"
        " pymdownx.highlight, pymdownx.superfences, pymdownx.arithmatex]\n"
        "validation: {links: {not_found: info, anchors: info, unrecognized_links: info}}\n",
        encoding="utf-8",
    )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="audits per page and form factor")
    parser.add_argument("--pages", nargs="*", help="only these pages (default: every page)")
    parser.add_argument("--mobile", action="store_true", help="the mobile form factor only")
    arguments = parser.parse_args()
    runs = arguments.runs
    forms = ("mobile",) if arguments.mobile else ("mobile", "desktop")
    header = (
        f"{'page':26} {'form':8} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5} "
        f"{'req':>4} {'kB':>7} {'3rd':>4} {'perf-stock':>10}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        site.mkdir()
        rows = []
        baseline: dict[str, int] = {}
        with serve(site) as url:
            build(site, site_url=url + "/")
            build(site / STOCK.strip("/"), project=stock_project(Path(scratch) / "stock"))
            print(header)
            for path in [STOCK, *(arguments.pages or page_paths())]:
                for form_factor in forms:
                    result = median_run(
                        url + path, form_factor, Path(scratch) / "report.json", runs
                    )
                    if path == STOCK:
                        baseline[form_factor] = result["performance"]
                    else:
                        rows.append(result)
                    difference = result["performance"] - baseline[form_factor]
                    print(
                        f"{path:26} {form_factor:8} {result['performance']:5} "
                        f"{result['accessibility']:5} {result['best-practices']:5} "
                        f"{result['seo']:5} {result['requests']:4} {result['kB']:7.1f} "
                        f"{result['third-party']:4} {difference:+10}",
                        flush=True,
                    )
    print(
        f"{'total':26} {'':8} {'':5} {'':5} {'':5} {'':5} "
        f"{sum(r['requests'] for r in rows):4} {sum(r['kB'] for r in rows):7.1f} "
        f"{sum(r['third-party'] for r in rows):4}"
    )
    print("lowest scores: " + ", ".join(f"{c} {min(r[c] for r in rows)}" for c in CATEGORIES))


if __name__ == "__main__":
    main()
