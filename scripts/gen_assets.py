"""mkdocs-gen-files entry: write the figures, value tables and widget data of the edition being
built.

Runs on every build (and every rebuild under ``mkdocs serve``), once per language (the i18n
plugin builds the Chinese edition after the English one), after scripts/hooks.py has
re-imported sigmoid_core and scripts. scripts/rendering/write.py draws an SVG only when no
cached one has its key. A build with cache.SKIP_GENERATION set draws none (the floor
benchmarks/bench_build.py measures).
"""

import mkdocs_gen_files

from scripts import cache
from scripts.checks import translations
from scripts.rendering import write

i18n = mkdocs_gen_files.config.plugins.get("i18n")
language = (i18n and i18n.current_language) or translations.DEFAULT

if not cache.generation_skipped():
    for path, svg in write.figure_files(language):
        with mkdocs_gen_files.open(path, "wb") as out:
            out.write(svg.read_bytes())

for path, text in write.data_files():
    with mkdocs_gen_files.open(path, "w") as out:
        out.write(text)
