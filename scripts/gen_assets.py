"""mkdocs-gen-files entry: write every figure, value table and widget's data into the site.

Runs on every build (and every rebuild under ``mkdocs serve``), after scripts/hooks.py has
re-imported sigmoid_core and scripts.assets. An SVG is drawn only when no cached one has its
key (scripts/assets/render.py: the data drawn, the figure's settings, the rendering code,
matplotlib's version); cached SVGs no figure asked for are pruned. SIGMOID_SITE_NO_FIGURES=1
skips the figures (benchmarks/bench_build.py measures the build without them that way).
"""

import os

import mkdocs_gen_files

from scripts.assets import cache, figures, render, tables, widget_html, widgets

if os.environ.get("SIGMOID_SITE_NO_FIGURES") != "1":
    cache.FIGURE_CACHE.mkdir(parents=True, exist_ok=True)
    used = []
    for figure in figures.FIGURES:
        data = render.drawn_data(figure)
        for theme in render.THEMES:
            cached = (
                cache.FIGURE_CACHE
                / f"{figure.name}-{theme}-{render.figure_key(figure, theme, data)}.svg"
            )
            if not cached.exists():
                cached.write_bytes(render.render_svg(figure, theme, data))
            used.append(cached)
            with mkdocs_gen_files.open(f"figures/{figure.name}-{theme}.svg", "wb") as out:
                out.write(cached.read_bytes())
    cache.prune(cache.FIGURE_CACHE, used)

for table in tables.TABLES:
    with mkdocs_gen_files.open(f"values/{table.name}.csv", "w") as out:
        out.write(render.render_csv(table))

for widget in widgets.WIDGETS:
    with mkdocs_gen_files.open(f"widgets/{widget.name}.json", "w") as out:
        out.write(widget_html.data_json(widget))
