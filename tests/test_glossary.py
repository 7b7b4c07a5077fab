"""The glossary defines: every term has a meaning in one or two sentences, in each edition's
language, and links to a section of the site that exists in both editions and treats it."""

from __future__ import annotations

import re

import pytest

from scripts import markdown_parts
from scripts.catalogue import gettext
from scripts.content import glossary
from tests.conftest import DOCS

SENTENCE_END = re.compile(r"[.。](?=\s|$)")


def heading_ids(page: str) -> set[str]:
    """The ids the headings of a page give themselves ({ #id }): every heading of a Chinese
    page carries its English page's id (scripts/checks/editions.py holds them in step)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    return {
        h["attributes"].removeprefix("#").strip()
        for h in markdown_parts.HEADING.finditer(text)
        if h["attributes"]
    }


def test_every_term_has_a_meaning_and_only_terms_have_one() -> None:
    assert [t.english for t in glossary.TERMS] == list(glossary.MEANINGS)


@pytest.mark.parametrize("term", glossary.TERMS, ids=lambda t: t.english)
def test_each_meaning_is_short_and_links_to_a_section_that_treats_it(term: glossary.Term) -> None:
    meaning = glossary.MEANINGS[term.english]
    for language in ("en", "zh"):
        text = gettext(meaning.text, language, "the glossary")
        assert 1 <= len(SENTENCE_END.findall(text)) <= 2, (language, text)
    page, _, anchor = meaning.where.partition("#")
    assert (DOCS / page).exists(), meaning.where
    if anchor:
        assert anchor in heading_ids(page.replace(".md", ".zh.md")), meaning.where


def test_the_table_links_each_term_in_both_editions() -> None:
    for language in ("en", "zh"):
        table = glossary.markdown_table(language)
        for term in glossary.TERMS:
            meaning = glossary.MEANINGS[term.english]
            row = f"| [{term.english}]({meaning.where}) | {term.chinese} | "
            assert row + gettext(meaning.text, language, "the glossary") in table
