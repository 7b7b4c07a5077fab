"""The site pipeline: a strict build with no warnings, generated figures and tables, checked
claims, build-time math, reproducibility, offline assets and the publishing workflow."""

from __future__ import annotations

import csv
import filecmp
import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import yaml
from fontTools.ttLib import TTFont
from material.plugins.search.plugin import Parser as SearchParser
from mkdocs.utils.yaml import yaml_load

from scripts import formulas
from scripts.content import figures, tables, widgets
from scripts.pipeline import translations
from scripts.rendering import math_page, render
from tests.conftest import (
    ROOT,
    all_pages,
    build_environment,
    build_site,
    copy_project,
    page_url,
)

DOCS = ROOT / "docs"
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")  # characters and punctuation


def page_sources() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}


def test_build_is_clean(built_site: tuple[Path, str]) -> None:
    _, log = built_site
    assert "WARNING" not in log and "ERROR" not in log, log


def test_every_figure_is_on_a_page_and_in_the_site(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    text = "\n".join(page_sources().values())
    for figure in figures.FIGURES:
        assert f"<!-- site:figure {figure.name} -->" in text, figure.name
        for theme in render.THEMES:
            svg = site / "figures" / f"{figure.name}-{theme}.svg"
            assert svg.read_bytes().startswith(b"<?xml"), svg


def test_every_table_is_on_a_page_and_downloadable(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    pages = page_sources()
    assert "<!-- site:tables -->" in pages["tables.md"]
    for table in tables.TABLES:
        on_a_page = any(f"<!-- site:table {table.name} -->" in text for text in pages.values())
        assert on_a_page, table.name
        assert (site / "values" / f"{table.name}.csv").read_text(
            encoding="utf-8"
        ) == render.render_csv(table)


def test_csv_keeps_full_precision() -> None:
    for table in tables.TABLES:
        rows = list(csv.reader(io.StringIO(render.render_csv(table))))
        assert tuple(rows[0]) == table.header
        for written, original in zip(rows[1:], table.rows(), strict=True):
            for cell, value in zip(written, original, strict=True):
                if isinstance(value, float):
                    assert float(cell) == value or (value != value and cell == "nan")


def test_figures_are_byte_identical_and_undated() -> None:
    figure = figures.named("sigmoid")
    first, second = (render.render_svg(figure, "dark", render.drawn_data(figure)) for _ in range(2))
    assert first == second
    assert b"<dc:date>" not in first
    assert b"<text" in first  # labels stay text (svg.fonttype none), not paths


def test_figures_have_alt_text_from_their_data(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    html = (site / "derivative" / "index.html").read_text(encoding="utf-8")
    tags = [t for t in re.findall(r"<img [^>]+>", html) if "sigmoid_derivative-light.svg" in t]
    alts = [re.search(r'alt="([^"]*)"', t).group(1) for t in tags]
    assert alts and "largest 0.25 at x = 0" in alts[0], alts


def test_math_is_rendered_at_build_time(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    html = (site / "derivative" / "index.html").read_text(encoding="utf-8")
    assert html.count("<math") > 20
    assert 'class="arithmatex"' not in html and "\\frac" not in html and "<annotation" not in html


def test_the_served_palette_stylesheet_has_no_rule_on_every_element(
    built_site: tuple[Path, str],
) -> None:
    """scripts/rendering/theme.py: the theme's rule under data-md-color-switching is out."""
    site, _ = built_site
    (palette,) = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    css = palette.read_text(encoding="utf-8")
    assert "data-md-color-scheme" in css and "data-md-color-switching" not in css


def test_every_page_runs_the_sites_palette_toggle(
    built_site: tuple[Path, str],
) -> None:
    """overrides/partials: no page hands its palette toggle to the theme's component; each runs
    the site's palette script in its header, and none still holds the theme's script there."""
    site, _ = built_site
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        header = html[html.index("<header") : html.index("</header>")]
        assert 'data-md-component="palette"' not in html, page
        assert header.count("matchMedia(input.dataset.mdColorMedia)") == 1, page
        assert 'var palette=__md_get("__palette")' not in html, page


def test_api_signatures_get_no_copy_button(built_site: tuple[Path, str]) -> None:
    """scripts/rendering/markup.py: every signature mkdocstrings writes is marked no-copy."""
    site, _ = built_site
    for path in ("api", "zh/api"):
        html = (site / path / "index.html").read_text(encoding="utf-8")
        assert (
            html.count('class="doc-signature')
            == html.count('class="doc-signature highlight no-copy"')
            > 10
        )


def test_pages_with_formulas_preload_a_font_that_draws_them(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    font = site / formulas.FONT_URL
    with TTFont(font) as opened:
        covered = {chr(code) for code in opened.getBestCmap()}
    assert font.with_name("OFL.txt").read_bytes() == formulas.FONT_LICENCE.read_bytes()
    pages_with_math = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        maths = re.findall(r"<math.*?</math>", html, re.DOTALL)
        preload = re.search(r'<link rel="preload" href="([^"]+)" as="font"', html)
        if not maths:
            assert preload is None, page
            continue
        pages_with_math += 1
        assert (page.parent / preload.group(1)).resolve() == font.resolve(), page
        drawn = set().union(*(formulas.drawn_characters(m) for m in maths))
        # Chinese words in \text{...} are drawn by the reader's Chinese font, not the math font
        assert {c for c in drawn - covered if not CJK.match(c)} == set(), page
    assert pages_with_math >= 8


def test_no_request_leaves_the_site(built_site: tuple[Path, str]) -> None:
    """Scripts, stylesheets, images, fonts and frames all come from the site itself."""
    site, _ = built_site
    loads = re.compile(
        r'<(?:script|img|iframe|source)[^>]+src="(https?:)?//|'
        r'<link[^>]+rel="(?:stylesheet|preload|preconnect|icon)"[^>]+href="(https?:)?//|'
        r'url\((?:["\']?)(https?:)?//'
    )
    for path in site.rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            match = loads.search(text)
            assert match is None, f"{path.relative_to(site)}: {match.group(0) if match else ''}"


def test_two_clean_builds_are_byte_identical(built_site: tuple[Path, str], tmp_path: Path) -> None:
    """The site built again from nothing (a copy of the sources without any cache, in another
    folder) is the site, byte for byte."""
    site, _ = built_site
    again = tmp_path / "again"
    result = build_site(copy_project(tmp_path / "project", warm=False), again)
    assert result.returncode == 0, result.stderr
    comparison = filecmp.dircmp(site, again)
    differing: list[str] = []

    def walk(c: filecmp.dircmp, prefix: str = "") -> None:
        differing.extend(prefix + n for n in c.left_only + c.right_only + c.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        differing.extend(prefix + n for n in mismatch + errors)
        for name, sub in c.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison)
    assert differing == []


def test_assets_can_be_written_to_a_plain_folder(built_site: object, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.pipeline.assets", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    in_chinese = [  # figures whose legend or axes have words of their own in Chinese
        f
        for f in figures.FIGURES
        if render.figure_folder(translations.figure(f, "zh"), f, "zh") != "figures"
    ]
    assert in_chinese
    expected = (
        2 * len(figures.FIGURES) + 2 * len(in_chinese) + len(tables.TABLES) + len(widgets.WIDGETS)
    )
    assert f"wrote {expected} files" in result.stdout
    assert len(list(tmp_path.rglob("*.*"))) == expected


def benchmark_module(name: str) -> ModuleType:
    """A module of benchmarks/ (not a package), imported from its file."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_publishing_workflow() -> None:
    bench_core = benchmark_module("bench_core")
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as True
    assert triggers["push"]["branches"] == ["main"]
    assert "pull_request" in triggers  # tested on pull requests too
    publishing = "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'"
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"]["group"]
    jobs = workflow["jobs"]
    build, deploy = jobs["build"], jobs["deploy"]
    assert build["runs-on"] == "ubuntu-24.04"  # the full suite on x86
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    # the fast tier besides, where numpy's exp is not x86's AVX-512 loop: on arm64, and on
    # x86 with the loops switched off as the benchmarks switch them off
    arm, plain = jobs["fast-arm64"], jobs["fast-without-avx512"]
    assert arm["runs-on"] == "ubuntu-24.04-arm" and "env" not in arm
    assert plain["runs-on"] == "ubuntu-24.04"
    assert plain["env"] == {"NPY_DISABLE_CPU_FEATURES": bench_core.WITHOUT_AVX512}
    for fast in (arm, plain):
        assert [s["run"] for s in fast["steps"] if "run" in s] == ["./dev check"]
        assert "if" not in fast and "needs" not in fast  # on every push and pull request
    steps = [step for job in jobs.values() for step in job["steps"]]
    uses = [s["uses"] for s in steps if "uses" in s]
    for action in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@[0-9a-f]{40}", action), action
    names = {u.split("@")[0] for u in uses}
    assert {
        "actions/checkout",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    } <= names
    runs = [s["run"] for s in build["steps"] if "run" in s]
    assert ".ci/run" in runs and "./dev build" in runs
    # published only from main: the address, the upload and the deployment
    step = {s.get("uses", s.get("run", "")).split("@")[0]: s for s in build["steps"]}
    assert step["actions/configure-pages"]["if"] == publishing
    assert step["actions/upload-pages-artifact"]["if"] == publishing
    assert deploy["if"] == publishing
    address = step["./dev build"]["env"]["SITE_URL"]
    assert address == f"${{{{ steps.{step['actions/configure-pages']['id']}.outputs.base_url }}}}"
    ci = (ROOT / ".ci" / "run").read_text()
    assert "./dev test" in ci


def test_a_build_given_an_address_has_a_full_sitemap_and_canonical_links(
    built_site: object, tmp_path: Path
) -> None:
    """The site built with its published address (after the test run's build, so that its
    figures and checks come from that build's caches)."""
    address = "https://example.org/sigmoid/"
    env = build_environment() | {"SITE_URL": address}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)]
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=True)
    sitemap = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>(.*?)</loc>", sitemap))
    expected = {address + page_url(p).lstrip("/") for p in all_pages()}  # both editions
    assert listed == expected
    entries = {
        re.search(r"<loc>(.*?)</loc>", entry)[1]: re.findall(
            r'<xhtml:link rel="alternate" hreflang="([^"]*)" href="([^"]*)"/>', entry
        )
        for entry in re.findall(r"<url>.*?</url>", sitemap, re.DOTALL)
    }
    for url in expected:
        folder = tmp_path / url.removeprefix(address)
        html = (folder / "index.html").read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{url}">' in html, url
        # the head names the same page in each edition, and the English one as x-default,
        # by absolute address, as the sitemap does
        head = re.findall(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">', html)
        alternates = {lang: href for href, lang in head}
        assert len(head) == 3 and set(alternates) == {"en", "zh", "x-default"}, url
        assert url in alternates.values() and alternates["x-default"] == alternates["en"], url
        assert set(entries[url]) == {(lang, href) for lang, href in alternates.items()}, url
        other = alternates["zh" if alternates["en"] == url else "en"]
        assert set(entries[other]) == set(entries[url]), url  # each names the other
        # the theme fetches sitemap.xml beside each hreflang link: there, a sitemap of the
        # folder's one page (the editions' roots keep the whole sitemap)
        beside = (folder / "sitemap.xml").read_text(encoding="utf-8")
        listed_beside = re.findall(r"<loc>(.*?)</loc>", beside)
        if url in (address, address + "zh/"):
            assert set(listed_beside) == expected, url
        else:
            assert listed_beside == [url], url
    # links within the site carry their full address, which print shows after them
    html = (tmp_path / "zh" / "derivative" / "index.html").read_text(encoding="utf-8")
    assert f'data-address="{address}zh/sigmoid/' in html
    # and so do a notebook's, which names its page under its title and links its tables' CSV
    book = json.loads((tmp_path / "zh" / "sigmoid" / "sigmoid.zh.ipynb").read_text("utf-8"))
    text = "".join("".join(cell["source"]) for cell in book["cells"])
    assert f"<{address}zh/sigmoid/>" in text and f"[导数页]({address}zh/derivative/)" in text
    assert f"({address}values/sigmoid.csv)" in text


def test_each_edition_has_a_print_page_of_its_pages_in_reading_order(
    built_site: tuple[Path, str],
) -> None:
    """print/ below each edition's root holds the edition's pages as sections, in the order of
    the navigation, with ids kept unique and links between the pages turned into links to
    their sections; every page links to it."""
    site, _ = built_site
    with (ROOT / "mkdocs.yml").open("rb") as config_file:
        config = yaml_load(config_file)

    def files(items: list) -> list[str]:
        found = []
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            found += files(value) if isinstance(value, list) else [value]
        return found

    names = [f.removesuffix(".md") for f in files(config["nav"])]
    for edition in ("", "zh/"):
        html = (site / edition / "print" / "index.html").read_text(encoding="utf-8")
        assert re.findall(r'<section class="print-section" id="([^"]*)"', html) == names
        ids = re.findall(r'\bid="([^"]*)"', html)
        assert len(ids) == len(set(ids))
        article = html[html.index("<article") : html.index("</article>")]
        internal = [
            h
            for h in re.findall(r'<a href="([^"]*)"', article)
            if not h.startswith(("#", "http")) and h.endswith("/")
        ]
        assert internal == []
        assert set(re.findall(r'href="#([^"]*)"', article)) <= set(ids) | {""}
        assert 'name="robots" content="noindex"' in html
        assert '<link rel="canonical"' not in html
        page = (site / edition / "derivative" / "index.html").read_text(encoding="utf-8")
        assert '<a href="../print/">' in page


def test_the_api_reference_is_labelled_in_each_editions_language(
    built_site: tuple[Path, str],
) -> None:
    site, _ = built_site
    labels = {"en": ("Parameters:", "Returns:", "Examples:"), "zh": ("参数：", "返回：", "示例：")}
    for language, folder in (("en", site), ("zh", site / "zh")):
        html = (folder / "api" / "index.html").read_text(encoding="utf-8")
        other = labels["zh" if language == "en" else "en"]
        assert all(label in html for label in labels[language]), language
        assert not any(label in html for label in other), language


def test_the_search_index_reads_a_formula_as_its_text(built_site: tuple[Path, str]) -> None:
    """The search plugin is given each formula without its markup (scripts/hooks.py,
    math_page.as_search_reads): on every page, its parser makes the same sections of it."""
    site, _ = built_site
    article = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.S)

    def sections(markup: str) -> list[tuple[str, str]]:
        parser = SearchParser()
        parser.feed(markup)
        parser.close()
        return [("".join(s.title), "".join(s.text)) for s in parser.data]

    pages = sorted(site.rglob("index.html"))
    compared = 0
    for path in pages:
        found = article.search(path.read_text(encoding="utf-8"))
        if found and "<math" in found[1]:
            shown = found[1]
            assert sections(math_page.as_search_reads(shown)) == sections(shown), path
            compared += 1
    assert compared >= 20, compared


def test_each_edition_has_an_answer_key_beside_its_print_page(
    built_site: tuple[Path, str],
) -> None:
    """answers/ below each edition's root holds every teaching page's exercises, in reading
    order, each answer shown (no collapsed one left), its ids unique and its links leading
    somewhere; every teaching page's exercises link to it, in the page's language."""
    from scripts.content import exercises

    site, _ = built_site
    for edition, words in (("", "the answer key"), ("zh/", "答案页")):
        html = (site / edition / "answers" / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article") : html.index("</article>")]
        names = [p.removesuffix(".md") for p in exercises.PAGES]
        shown = re.findall(r'<section class="print-section" id="([^"]*)"', html)
        assert sorted(shown) == sorted(names)
        assert '<details class="success">' not in article
        opened = article.count('<details class="success" open>')
        pages = [(site / edition / n / "index.html").read_text(encoding="utf-8") for n in names]
        assert opened == sum(p.count('<details class="success">') for p in pages) >= 3 * len(names)
        ids = re.findall(r'\bid="([^"]*)"', html)
        assert len(ids) == len(set(ids))
        assert set(re.findall(r'href="#([^"]*)"', article)) <= set(ids) | {""}
        for target in re.findall(r'href="([^"#]+)#?[^"]*"', article):
            if not target.startswith(("http", "mailto")):
                assert (site / edition / "answers" / target).resolve().exists(), target
        assert 'name="robots" content="noindex"' in html
        for page in pages:
            assert f'<a href="../answers/">{words}</a>' in page
