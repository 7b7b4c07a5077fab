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
clean and warm to the floor, all measured in this run.

Then the reloads of ``mkdocs serve`` (``--reload-only`` measures these alone): in one process,
as serve runs them (the configuration loaded afresh, ``serve`` startup, the serve address, no
``--dirty``), a first build, then rebuilds after a prose edit to an English page and to its
Chinese page, each timed:

* real: this project's configuration;
* bare: the same pages with Material, the search and i18n plugins and the two editions, the
  same Markdown extensions, and none of this project's hooks, plugins or theme overrides;
* their ratios (real / bare), medians of ``--repeats`` edits each;
* a figure edit: one figure's declaration changed (``FIGURE_EDIT``), rebuilt, and the SVGs
  drawn counted (new files in the figure cache): every one must be that figure's;
* served == built: the site served after all those edits, compared file by file with the site
  a fresh process builds from the same sources with every cache emptied.

Everything runs in a scratch copy of the project, so the checkout's pages and its ``.cache``
are never touched. The machine's load average is printed with the numbers.
"""

from __future__ import annotations

import argparse
import filecmp
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _site import ROOT, build_environment

PROSE_PAGE = Path("docs") / "tanh.md"  # relative to the project copy
RELOAD_PAGES = {"English": Path("docs") / "tanh.md", "Chinese": Path("docs") / "tanh.zh.md"}
# one figure's declaration edited: the logit figure's curve drawn over another interval (no
# words change, so no edition needs a new translation)
FIGURE_EDIT = (
    Path("scripts") / "content" / "figures.py",
    "sc.logit, (0.0005, 0.9995)",
    "sc.logit, (0.001, 0.999)",
    "logit",
)
BARE_CONFIG = "mkdocs-bare.yml"
SERVE_URL = "http://127.0.0.1:8000/"


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
    env = build_environment() | extra_env
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=project,
        env=env,
        check=True,
    )
    return time.perf_counter() - start


def bare_config(project: Path) -> None:
    """``mkdocs-bare.yml`` in ``project``: mkdocs.yml without this project's hooks, plugins
    (gen-files, markdown-exec, mkdocstrings) and theme overrides, not strict (the figures'
    links lead nowhere without gen-files)."""
    import yaml
    from mkdocs.utils.yaml import yaml_load

    with open(project / "mkdocs.yml", encoding="utf-8") as f:
        config = yaml_load(f)
    for key in ("hooks", "watch", "site_url", "validation"):
        config.pop(key, None)
    config["strict"] = False
    config["theme"].pop("custom_dir", None)
    config["plugins"] = [
        p
        for p in config["plugins"]
        if (next(iter(p)) if isinstance(p, dict) else p) in ("search", "i18n")
    ]
    (project / BARE_CONFIG).write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def serve_child(project: Path, config_file: str, site: Path, repeats: int, figure: bool) -> None:
    """In this process, the builds ``mkdocs serve`` runs (mkdocs/commands/serve.py: the
    configuration loaded again for each, started as serve, at the serve address): the first,
    then one after each prose edit, then one after the figure edit; prints them as JSON."""
    import logging

    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    os.chdir(project)
    sys.path.insert(0, str(project))
    logging.getLogger("mkdocs").setLevel(logging.WARNING)

    def builder() -> float:
        config = load_config(config_file=str(project / config_file), site_dir=str(site))
        config.site_url = SERVE_URL
        start = time.perf_counter()
        mkdocs_build(config, serve_url=SERVE_URL, dirty=False)
        return time.perf_counter() - start

    startup = load_config(config_file=str(project / config_file), site_dir=str(site))
    startup.plugins.on_startup(command="serve", dirty=False)
    result: dict[str, object] = {"first": builder()}
    times: dict[str, list[float]] = {language: [] for language in RELOAD_PAGES}
    for repeat in range(repeats):
        for language, page in RELOAD_PAGES.items():
            path = project / page
            text = path.read_text(encoding="utf-8")
            edit = "Edited prose" + ", again" * repeat  # no digit: the build counts numbers
            path.write_text(text + f"\n{edit}.\n", encoding="utf-8")
            times[language].append(builder())
    result["reloads"] = times
    if figure:
        source, old, new, name = FIGURE_EDIT
        figures = project / ".cache" / "figures"
        before = set(figures.iterdir())
        text = (project / source).read_text(encoding="utf-8")
        if text.count(old) != 1:
            sys.exit(f"{source} no longer holds {old!r} once: update FIGURE_EDIT")
        (project / source).write_text(text.replace(old, new), encoding="utf-8")
        result["figure reload"] = builder()
        result["drawn"] = sorted(p.name for p in set(figures.iterdir()) - before)
    result["frozen"] = gc.get_freeze_count()  # objects left out of full garbage collections
    startup.plugins.on_shutdown()
    print(json.dumps(result))


def run_child(project: Path, config_file: str, site: Path, repeats: int, figure: bool) -> dict:
    env = build_environment()
    env.pop("PYTHONPATH", None)  # the copy's scripts and sigmoid_core, not the checkout's
    done = subprocess.run(
        [sys.executable, __file__, "--serve-child", str(project), config_file, str(site)]
        + [str(repeats), "figure" if figure else "prose"],
        cwd=project,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def differing_files(one: Path, other: Path) -> list[str]:
    """The paths below ``one`` or ``other`` that only one holds or whose bytes differ."""
    names = {p.relative_to(one) for p in one.rglob("*") if p.is_file()}
    names |= {p.relative_to(other) for p in other.rglob("*") if p.is_file()}
    return sorted(
        str(n)
        for n in names
        if not (one / n).is_file()
        or not (other / n).is_file()
        or not filecmp.cmp(one / n, other / n, shallow=False)
    )


def reloads(repeats: int) -> None:
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        project = scratch_copy(Path(scratch) / "project")
        bare_config(project)
        served, built = Path(scratch) / "served", Path(scratch) / "built"
        bare = run_child(project, BARE_CONFIG, Path(scratch) / "bare", repeats, figure=False)
        real = run_child(project, "mkdocs.yml", served, repeats, figure=True)
        shutil.rmtree(project / ".cache")  # a build from nothing, in a fresh process
        fresh = run_child(project, "mkdocs.yml", built, 0, figure=False)
        differing = differing_files(served, built)
    print(f"mkdocs serve reloads, median of {repeats} edits each, seconds:")
    print("                     real    bare   real / bare")
    for language in RELOAD_PAGES:
        ours, theirs = (statistics.median(r["reloads"][language]) for r in (real, bare))
        print(f"  {language + ' prose':17} {ours:6.2f}  {theirs:6.2f}   {ours / theirs:5.2f}")
    print(f"  first build        {real['first']:6.2f}  {bare['first']:6.2f}")
    name = FIGURE_EDIT[3]
    drawn = real["drawn"]
    others = [d for d in drawn if not d.startswith(f"{name}-")]
    print(
        f"figure edit ({name}): rebuilt in {real['figure reload']:.2f} s, {len(drawn)} SVGs "
        f"drawn, {len(drawn) - len(others)} of them {name}'s"
        + (f"; others drawn: {', '.join(others)}" if others or not drawn else "")
    )
    print(
        f"served == built (fresh process, caches emptied, {fresh['first']:.1f} s): "
        + ("yes, every file" if not differing else f"NO, {len(differing)} files differ: ")
        + ", ".join(differing[:10])
    )
    print(f"load average before: {load[0]:.2f}, after: {os.getloadavg()[0]:.2f} (2 cores)")


def builds(repeats: int) -> None:
    times: dict[str, list[float]] = {"clean": [], "floor": [], "warm prose-only": []}
    with tempfile.TemporaryDirectory() as scratch:
        project = scratch_copy(Path(scratch) / "project")
        site, cache, page = Path(scratch) / "site", project / ".cache", project / PROSE_PAGE
        original = page.read_text(encoding="utf-8")
        for repeat in range(repeats):  # interleaved, so machine noise hits all alike
            shutil.rmtree(cache, ignore_errors=True)
            times["clean"].append(build(project, site))
            shutil.rmtree(cache / "math-font", ignore_errors=True)  # math is not skipped
            times["floor"].append(build(project, site, SIGMOID_SITE_SKIP_GENERATION="1"))
            edit = "Edited prose" + ", again" * repeat  # no digit: the build counts numbers
            page.write_text(original + f"\n{edit}.\n", encoding="utf-8")
            times["warm prose-only"].append(build(project, site))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"median of {repeats} builds each, seconds:")
    for name, value in medians.items():
        print(f"  {name:16} {value:7.2f}")
    print(f"clean / floor            {medians['clean'] / medians['floor']:.2f}  (target <= 3)")
    print(
        "warm prose-only / floor  "
        f"{medians['warm prose-only'] / medians['floor']:.2f}  (target <= 1.3)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--serve-child"]:
        project, config_file, site, repeats, kind = sys.argv[2:]
        serve_child(Path(project), config_file, Path(site), int(repeats), kind == "figure")
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--reload-only", action="store_true", help="only the serve reloads")
    args = parser.parse_args()
    if not args.reload_only:
        builds(args.repeats)
    reloads(args.repeats)


if __name__ == "__main__":
    main()
