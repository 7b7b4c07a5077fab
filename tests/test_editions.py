"""The Chinese edition: every page translated and in step with its English source, every
number checked on it as on the English page, its language declared, its figures in Chinese,
and the mistranslations refused."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from scripts import catalogue as catalogues
from scripts.checks import editions
from scripts.content import figures, tables
from scripts.content import glossary as terms
from scripts.pipeline import translations
from scripts.rendering import render
from tests.conftest import (
    DOCS,
    all_pages,
    english_name,
    english_pages,
    language_of,
    page_url,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')
SWITCHER = re.compile(r'<a href="([^"]*)" hreflang="([^"]*)" target="_self"')


def translated_pages() -> list[Path]:
    return [p for p in all_pages() if language_of(p) == "zh"]


def built(site: Path, page: Path) -> str:
    return (site / page_url(page).strip("/") / "index.html").read_text(encoding="utf-8")


def test_every_english_page_has_a_chinese_edition() -> None:
    missing = [p.name for p in english_pages() if not p.with_suffix(".zh.md").exists()]
    assert missing == []
    assert len(translated_pages()) == len(english_pages())


@pytest.mark.parametrize("page", translated_pages(), ids=lambda p: p.name)
def test_each_translation_is_in_step_with_its_source(page: Path) -> None:
    english = DOCS / english_name(page)
    editions.check_in_step(
        page.name, page.read_text("utf-8"), english.name, english.read_text("utf-8")
    )
    structure = editions.structure(page.read_text("utf-8"))
    assert structure["heading levels"], page.name  # the comparison is not vacuous


def test_each_catalogue_translates_everything_and_nothing_stale() -> None:
    """Every text of the declarations that an edition can show has a translation in its
    catalogue (a text without words may stay empty), none is fuzzy, and the catalogue has no
    entry that no declaration has any more, obsolete (#~) or not."""
    extracted = {m.id for m in translations.template() if m.id}
    assert len(extracted) > 400  # the extraction is not vacuous
    for language in translations.LANGUAGES:
        if language == translations.DEFAULT:
            continue
        catalogue = catalogues.catalogue(language)
        entries = {m.id: m for m in catalogue if m.id}
        assert list(catalogue.obsolete) == [], "obsolete entries: run --update, then delete them"
        assert sorted(entries.keys() - extracted) == [], "entries no declaration has any more"
        assert sorted(extracted - entries.keys()) == [], "texts with no entry: run --update"
        untranslated = [
            text for text, m in entries.items() if not m.string and translations.has_words(text)
        ]
        assert untranslated == []
        assert [text for text, m in entries.items() if m.fuzzy] == []
        for figure in figures.FIGURES:  # every figure and table can be shown in the language
            translations.figure(figure, language)
        for table in tables.TABLES:
            translations.table(table, language).rows()


def test_each_catalogue_is_as_the_update_writes_it() -> None:
    """The committed catalogue is what ``--update`` writes from it: one entry per English text
    (a duplicate would be merged), the extracted comments and pages up to date."""
    for language in translations.LANGUAGES:
        if language == translations.DEFAULT:
            continue
        written = translations.po_bytes(translations.updated(language))
        assert catalogues.path(language).read_bytes() == written, (
            f"run `{catalogues.UPDATE}` and commit {catalogues.path(language).name}"
        )


def test_the_glossary_is_on_both_editions_and_names_no_mistranslation() -> None:
    for language in ("en", "zh"):
        table = terms.markdown_table(language)
        assert all(term.chinese in table for term in terms.TERMS)
        assert not any(m in table for m in terms.mistranslations())
    assert set(terms.mistranslations()) == {"乙状结肠", "继电器"}
    note = (DOCS / "sigmoid.zh.md").read_text("utf-8")
    assert all(m in note for m in terms.mistranslations())


def test_pages_declare_their_language_and_link_their_other_edition(
    built_site: tuple[Path, str],
) -> None:
    """The language menu leads to the same page in the other language; a build with no
    site_url has no address for hreflang links, so it writes none (tests/test_site.py builds
    one with an address)."""
    site, _ = built_site
    for english in english_pages():
        chinese = english.with_suffix(".zh.md")
        for page, other in ((english, chinese), (chinese, english)):
            html = built(site, page)
            html_lang = translations.HTML_LANG[language_of(page)]
            assert f'<html lang="{html_lang}"' in html, page.name
            base = "http://site" + page_url(page)

            def links(pattern: re.Pattern[str], html: str = html, base: str = base) -> dict:
                return {
                    lang: urlsplit(urljoin(base, href)).path for href, lang in pattern.findall(html)
                }

            assert links(SWITCHER) == {
                language_of(page): page_url(page),
                language_of(other): page_url(other),
            }, page.name
            assert ALTERNATE.findall(html) == [], page.name


def test_chinese_pages_show_figures_and_tables_in_chinese(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    for page in translated_pages():
        html = built(site, page)
        for alt in re.findall(r'<img alt="([^"]*)"', html):
            assert CJK.search(alt), (page.name, alt)
        assert "[Download" not in html and "full precision" not in html, page.name
    for figure in figures.FIGURES:
        shown = translations.figure(figure, "zh")
        folder = render.figure_folder(shown, figure, "zh")
        svg = (site / folder / f"{figure.name}-light.svg").read_text(encoding="utf-8")
        words = [shown.xlabel, shown.ylabel, *(s.label for s in shown.series)]
        assert all(f">{w}<" in svg or not w for w in words if "$" not in w), figure.name


# each: the page, how it is broken (editions.check_in_step names it; the end-to-end build that
# fails on it is tests/test_tinysite.py's)
BREAKAGES = {
    "a heading dropped": ("derivative.zh.md", "heading"),
    "a figure dropped": ("sigmoid.zh.md", "figure"),
    "a formula changed": ("tanh.zh.md", "formula"),
    "a code block changed": ("python.zh.md", "code"),
}


def broken(text: str, how: str) -> str:
    if how == "heading":
        return re.sub(r"^## .*\n", "", text, count=1, flags=re.MULTILINE)
    if how == "figure":
        return re.sub(r"^<!-- site:figure .*-->\n", "", text, count=1, flags=re.MULTILINE)
    if how == "code":
        return re.sub(r"^print\(", "print(2, ", text, count=1, flags=re.MULTILINE)
    return re.sub(
        r"\$\$(.*?)\$\$", lambda m: f"$${m.group(1)}+ 1$$", text, count=1, flags=re.DOTALL
    )


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_a_chinese_page_out_of_step_is_named(breakage: str) -> None:
    page, how = BREAKAGES[breakage]
    text = (DOCS / page).read_text(encoding="utf-8")
    english = english_name(Path(page))
    source = (DOCS / english).read_text(encoding="utf-8")
    editions.check_in_step(page, text, english, source)
    changed = broken(text, how)
    assert changed != text
    with pytest.raises(editions.EditionError, match=rf"^{re.escape(page)} is not in step with"):
        editions.check_in_step(page, changed, english, source)


def test_the_chinese_palette_toggle_is_the_english_one_with_chinese_names() -> None:
    with (DOCS.parent / "mkdocs.yml").open("rb") as config_file:
        config = yaml_load(config_file)
    english = config["theme"]["palette"]
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    chinese = next(lang for lang in i18n["languages"] if lang["locale"] == "zh")["theme"]["palette"]

    def without_names(palettes: list[dict]) -> list[dict]:
        return [{**p, "toggle": {**p["toggle"], "name": None}} for p in palettes]

    assert without_names(chinese) == without_names(english)
    assert all(CJK.search(p["toggle"]["name"]) for p in chinese)


def test_search_keeps_the_glossarys_terms_whole() -> None:
    """jieba, as the build teaches it (hooks.py), cuts each Chinese term of the glossary and
    each listed heading compound as one word; untaught, it splits 梯度消失 and 以零为中心."""
    import jieba

    untaught = jieba.Tokenizer()
    assert untaught.lcut("梯度消失") != ["梯度消失"] and untaught.lcut("以零为中心") != [
        "以零为中心"
    ]
    taught = jieba.Tokenizer()
    for word in terms.search_words():
        taught.add_word(word)
    for word in terms.search_words():
        assert taught.lcut(word) == [word], word
        assert word in taught.lcut(f"关于{word}的说明"), word
    for term in terms.TERMS:
        for run in terms.CHINESE_WORD.findall(term.chinese):
            assert run in terms.search_words(), term


def test_code_may_translate_its_comments_and_docstrings_but_nothing_else() -> None:
    english = 'class Dual:\n    """a number and its slope"""\n    kind = "dual"  # a tag\n'
    translated = 'class Dual:\n    """一个数及其斜率"""\n    kind = "dual"  # 标签\n'
    printed = 'class Dual:\n    """一个数及其斜率"""\n    kind = "对偶"  # 标签\n'
    fence = "```python\n{}```\n"
    ours, theirs, changed = (
        editions.structure(fence.format(code))["code blocks"]
        for code in (translated, english, printed)
    )
    assert ours == theirs
    assert changed != theirs  # a string the code uses is code, whatever language it is in
    indented = '1. **Code.** x\n\n    ??? success "Answer"\n        ```python\n{}        ```\n'
    inside = [
        editions.structure(indented.format(textwrap.indent(code, " " * 8)))["code blocks"]
        for code in (translated, english, printed)
    ]
    assert inside[0] == inside[1]  # an answer's code, indented: its comments too
    assert inside[2] != inside[1]
