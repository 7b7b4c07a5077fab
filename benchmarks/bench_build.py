"""Build time of the site: a clean build, the floor, and a warm rebuild after a prose edit.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_build.py [--repeats N]``.

* clean: ``mkdocs build`` with the render and claim caches emptied: every figure is drawn and
  every claim checked.
* floor: the same build with SIGMOID_SITE_SKIP_GENERATION=1, which draws and places no figure and
  checks no claim; MkDocs, Material, KaTeX, markdown-exec and mkdocstrings still run on the
  same pages, and the math font is cut afresh as in the clean build. This is what the site
  would cost without its generated content.
* warm prose-only: one page's prose edited, then a build with the caches left from the
  previous build: nothing is redrawn and no claim rechecked.

Each build is a fresh process, timed as a whole; the script prints medians and the ratios of
clean and warm to the floor, all measured in this run. The builds run in a scratch copy of the
project, so the checkout's pages and its ``.cache`` are never touched.
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
PROSE_PAGE = Path("docs") / "tanh.md"  # relative to the project copy


def scratch_copy(destination: Path) -> Path:
    """What the build reads, copied; the packages it only reads are linked."""
    for name in ("docs", "overrides", "scripts"):
        shutil.copytree(
            ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    for name in ("node_modules", "sigmoid_core"):
        (destination / name).symlink_to(ROOT / name)
    return destination


def build(project: Path, site: Path, **extra_env: str) -> float:
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
        cwd=project,
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {"clean": [], "floor": [], "warm prose-only": []}
    with tempfile.TemporaryDirectory() as scratch:
        project = scratch_copy(Path(scratch) / "project")
        site, cache, page = Path(scratch) / "site", project / ".cache", project / PROSE_PAGE
        original = page.read_text(encoding="utf-8")
        for repeat in range(args.repeats):  # interleaved, so machine noise hits all alike
            shutil.rmtree(cache, ignore_errors=True)
            times["clean"].append(build(project, site))
            shutil.rmtree(cache / "math-font", ignore_errors=True)  # math is not skipped
            times["floor"].append(build(project, site, SIGMOID_SITE_SKIP_GENERATION="1"))
            page.write_text(original + f"\nEdited prose, run {repeat}.\n", encoding="utf-8")
            times["warm prose-only"].append(build(project, site))
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
