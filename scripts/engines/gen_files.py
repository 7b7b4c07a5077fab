"""mkdocs-gen-files' entry: the figures, value tables and widget data of the edition being
built (scripts/pipeline/assets.py), into the site's virtual files. Runs on every build, once
per edition (the i18n plugin builds the Chinese edition after the English one)."""

import mkdocs_gen_files

from scripts.catalogue import DEFAULT
from scripts.pipeline import assets

i18n = mkdocs_gen_files.config.plugins.get("i18n")
for path, content in assets.files((i18n and i18n.current_language) or DEFAULT):
    with mkdocs_gen_files.open(path, "wb") as out:
        out.write(content)
