"""Build time of the site: a clean build, the floor, and a warm rebuild after a prose edit.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_build.py [--repeats N]``.

* clean: ``mkdocs build`` with the render and claim caches emptied: every figure is drawn and
  every claim checked.
* floor: the same build with SIGMOID_SITE_NO_FIGURES=1, which draws and places no figure and
  checks no claim; MkDocs, Material, KaTeX, markdown-exec and mkdocstrings still run on the
  same pages, and the math font is cut afresh as in the clean build. This is what the site
  would cost without its generated content.
* warm prose-only: one page's prose edited, then a build with the caches left from the
  previous build: nothing is redrawn and no claim rechecked.

Each build is a fresh process, timed as a whole; the script prints medians and the ratios of
clean and warm to the floor, all measured in this run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
PROSE_PAGE = ROOT / "docs" / "tanh.md"


def build(site: Path, **extra_env: str) -> float:
    env = dict(
        os.environ,
        DISABLE_MKDOCS_2_WARNING="true",
        NO_MKDOCS_2_WARNING="1",
        SOURCE_DATE_EPOCH="1700000000",
        **extra_env,
    )
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    original = PROSE_PAGE.read_text(encoding="utf-8")
    times: dict[str, list[float]] = {"clean": [], "floor": [], "warm prose-only": []}
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "site"
        try:
            for repeat in range(args.repeats):  # interleaved, so machine noise hits all alike
                shutil.rmtree(CACHE, ignore_errors=True)
                times["clean"].append(build(site))
                shutil.rmtree(CACHE / "math-font", ignore_errors=True)  # math is not skipped
                times["floor"].append(build(site, SIGMOID_SITE_NO_FIGURES="1"))
                PROSE_PAGE.write_text(
                    original + f"\nEdited prose, run {repeat}.\n", encoding="utf-8"
                )
                times["warm prose-only"].append(build(site))
                PROSE_PAGE.write_text(original, encoding="utf-8")
        finally:
            PROSE_PAGE.write_text(original, encoding="utf-8")
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"median of {args.repeats} builds each, seconds:")
    for name, value in medians.items():
        print(f"  {name:16} {value:7.2f}")
    print(f"clean / floor            {medians['clean'] / medians['floor']:.2f}  (target <= 3)")
    print(
        "warm prose-only / floor  "
        f"{medians['warm prose-only'] / medians['floor']:.2f}  (target <= 1.3)"
    )


if __name__ == "__main__":
    main()
