"""The site's English edition built by Zensical, from the same sources and steps as MkDocs'
build: the assets written before the pages (scripts/pipeline/assets.py), the page work as the
Markdown extension mkdocs.yml lists (scripts/pipeline/extension.py), and the end of the build
over the built site (``Build.finish``), all in this process (Zensical renders each page by
calling back into it).

    python -m scripts.engines.zensical_build [--site-url URL] [--stage DIR] SITE_DIR

Zensical runs no MkDocs hooks and none of the plugins it does not rewrite (gen-files, i18n),
and it resolves its config's folders inside the config's own folder, whose ``.cache/`` it
empties with ``--clean``. So the build is staged in ``.zensical/`` (never committed): a copy of
docs/ with the English pages and the assets, of overrides/, and mkdocs.yml without hooks,
gen-files and i18n, which it inherits (``staged_config``), the theme's classic variant
(Material's look).

What this build leaves out, because Zensical 0.1.2 cannot do it yet (README, "Engines"):

* the Chinese edition: it has no i18n plugin (docs/NAME.zh.md would be pages of their own);
* what MkDocs' hooks add for the editions and Material's search plugin: the language menu,
  hreflang links and per-edition sitemaps and search indexes, the interface names in each
  language, and the trimmed palette stylesheet (Zensical's bundle is its own).
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path
from typing import Any

import yaml
import zensical

from scripts import cache
from scripts.catalogue import DEFAULT
from scripts.pipeline import assets, extension
from scripts.pipeline.build import Build, SiteError

STAGE = cache.ROOT / ".zensical"
LEFT_OUT = ("gen-files", "i18n")  # plugins: the assets are staged; one edition


class _Untagged(yaml.SafeLoader):
    """mkdocs.yml read for its plugins and navigation: its tagged values (``!ENV``,
    ``!!python/name:``) are read as nothing."""


_Untagged.add_multi_constructor("!", lambda loader, suffix, node: None)
_Untagged.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read(config: Path) -> dict[str, Any]:
    return yaml.load(config.read_text("utf-8"), Loader=_Untagged)  # noqa: S506 - tags dropped


def staged_config(root: Path) -> dict[str, Any]:
    """The stage's config: mkdocs.yml (inherited, so its tagged values stay as written) with
    its docs and site in the stage, without hooks, gen-files or i18n, mkdocstrings reading
    the project's root, and the theme's classic variant."""
    name = lambda plugin: plugin if isinstance(plugin, str) else next(iter(plugin))  # noqa: E731
    plugins = [p for p in _read(root / "mkdocs.yml")["plugins"] if name(p) not in LEFT_OUT]
    for plugin in plugins:
        if name(plugin) == "mkdocstrings":
            plugin["mkdocstrings"]["handlers"]["python"]["paths"] = [str(root)]
    return {
        "INHERIT": str(root / "mkdocs.yml"),
        "docs_dir": "docs",
        "site_dir": "site",
        "hooks": [],
        "watch": [],  # it names folders outside the stage
        "plugins": plugins,
        "theme": {"variant": "classic"},
    }


def stage(root: Path, stage: Path) -> Path:
    """The stage: docs/ with the English pages, their files and the assets; overrides/; the
    config. Returns the config's path."""
    if stage.exists():
        shutil.rmtree(stage)
    docs = stage / "docs"
    shutil.copytree(root / "docs", docs, ignore=shutil.ignore_patterns("*.*.md"))
    shutil.copytree(root / "overrides", stage / "overrides")
    for path, content in assets.files(DEFAULT):
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_bytes(content)
    config = stage / "mkdocs.yml"
    config.write_text(yaml.safe_dump(staged_config(root), allow_unicode=True), "utf-8")
    return config


def reading_order(config: Path) -> list[str]:  # config: mkdocs.yml
    """The English pages' URLs in the navigation's order."""
    nav = _read(config)["nav"]

    def files(items: list[Any]) -> list[str]:
        found: list[str] = []
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            found += files(value) if isinstance(value, list) else [value]
        return found

    return [("" if f == "index.md" else f.removesuffix(".md") + "/") for f in files(nav)]


class _Warnings(logging.Handler):
    """The warnings of the libraries that run inside a page's conversion (markdown-exec's
    block that raised, mkdocstrings' docstring it could not read): Zensical's ``--strict``
    does not see them, so this build fails on them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def build(site: Path, site_url: str | None, staged: Path = STAGE) -> list[str]:
    """Stage in ``staged``, build with Zensical, finish into ``site``; returns the pipeline's
    report."""
    config = stage(cache.ROOT, staged)
    pipeline = Build(staged / "docs", site_url, links_from_source=True)
    extension.start(pipeline)
    warnings = _Warnings()
    loggers = [logging.getLogger(name) for name in ("markdown_exec", "mkdocstrings", "griffe")]
    for logger in loggers:
        logger.addHandler(warnings)
    try:
        zensical.build(str(config), {"clean": True, "strict": True})
    finally:
        for logger in loggers:
            logger.removeHandler(warnings)
        extension.start(None)
    if warnings.messages:
        raise SiteError("\n".join(warnings.messages))
    pipeline.finish(staged / "site", {DEFAULT: reading_order(cache.ROOT / "mkdocs.yml")})
    if site.exists():
        shutil.rmtree(site)
    shutil.copytree(staged / "site", site)
    return pipeline.report()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="where the built site goes")
    parser.add_argument("--site-url", default=None, help="the address it is published at")
    parser.add_argument("--stage", type=Path, default=STAGE, help="the folder to stage it in")
    args = parser.parse_args(argv)
    try:
        report = build(args.site.resolve(), args.site_url, args.stage.resolve())
    except SiteError as exc:
        sys.exit(f"zensical build: {exc}")
    print("\n".join(report))


if __name__ == "__main__":
    main()
