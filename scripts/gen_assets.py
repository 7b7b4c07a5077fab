"""mkdocs-gen-files entry: write every figure and value table into the site.

Runs on every build (and every rebuild under ``mkdocs serve``), after scripts/hooks.py has
re-imported sigmoid_core and scripts.site_assets. Rendering is cached in ``.cache/figures``
under a key made of the figure's declaration, the rendering code, the sigmoid_core source and
the matplotlib version, so editing prose redraws nothing while any change that could alter a
figure redraws it. SIGMOID_SITE_NO_FIGURES=1 skips the figures (benchmarks/bench_build.py
measures the build without them that way).
"""

import os
from pathlib import Path

import mkdocs_gen_files

from scripts import site_assets

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "figures"

if os.environ.get("SIGMOID_SITE_NO_FIGURES") != "1":
    CACHE.mkdir(parents=True, exist_ok=True)
    for figure in site_assets.FIGURES:
        for theme in site_assets.THEMES:
            key = site_assets.figure_fingerprint(figure, theme)
            cached = CACHE / f"{figure.name}-{theme}-{key}.svg"
            if not cached.exists():
                cached.write_bytes(site_assets.render_svg(figure, theme))
            with mkdocs_gen_files.open(f"figures/{figure.name}-{theme}.svg", "wb") as out:
                out.write(cached.read_bytes())

for table in site_assets.TABLES:
    with mkdocs_gen_files.open(f"values/{table.name}.csv", "w") as out:
        out.write(site_assets.render_csv(table))
