"""The catalogues' update and lookup: a new English text gets an untranslated entry, a changed
one a fuzzy entry, a removed one an obsolete entry, and each of them, or a text with no entry,
fails the lookup with the text named; the committed catalogues serve every declaration."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from scripts import catalogue
from scripts.content import glossary, widgets
from scripts.pipeline import translations
from scripts.rendering import render

LANGUAGE = "zh"


@pytest.fixture
def catalogue_of(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[Callable[[dict[str, str], list[str]], Catalog]]:
    """Point the catalogues at ``tmp_path`` and the extraction at the texts a test gives."""
    monkeypatch.setattr(catalogue, "LOCALES", tmp_path)
    catalogue.catalogue.cache_clear()
    catalogue._messages.cache_clear()

    def make(translated: dict[str, str], extracted: list[str]) -> Catalog:
        old = Catalog(locale="zh_Hans", domain=catalogue.DOMAIN, fuzzy=False)
        for english, chinese in translated.items():
            old.add(english, chinese)
        catalogue.path(LANGUAGE).parent.mkdir(parents=True)
        catalogue.path(LANGUAGE).write_bytes(translations.po_bytes(old))
        monkeypatch.setattr(
            translations, "texts", lambda: iter((t, "a test", ["docs/a.md"]) for t in extracted)
        )
        updated = translations.updated(LANGUAGE)
        catalogue.path(LANGUAGE).write_bytes(translations.po_bytes(updated))
        catalogue.catalogue.cache_clear()
        catalogue._messages.cache_clear()
        return updated

    yield make
    catalogue.catalogue.cache_clear()
    catalogue._messages.cache_clear()


def test_the_update_marks_new_changed_and_removed_texts(
    catalogue_of: Callable[..., Catalog],
) -> None:
    updated = catalogue_of(
        {"The sigmoid is smooth.": "sigmoid 是光滑的。", "A removed sentence.": "删去的句子。"},
        ["The sigmoid is smooth everywhere.", "Logits are unbounded.", "$x = 1$"],
    )
    changed = updated.get("The sigmoid is smooth everywhere.")
    new, wordless = updated.get("Logits are unbounded."), updated.get("$x = 1$")
    assert changed.fuzzy and changed.string == "sigmoid 是光滑的。"
    assert not new.fuzzy and not new.string
    assert list(updated.obsolete) == ["A removed sentence."]
    with pytest.raises(catalogue.MissingTranslationError, match="is fuzzy") as fuzzy:
        catalogue.gettext("The sigmoid is smooth everywhere.", LANGUAGE, "figure 'f'")
    assert "figure 'f' (on docs/a.md)" in str(fuzzy.value)
    with pytest.raises(
        catalogue.MissingTranslationError, match="'Logits are unbounded.' is untrans"
    ):
        catalogue.gettext("Logits are unbounded.", LANGUAGE, "figure 'f'")
    with pytest.raises(catalogue.MissingTranslationError, match="has no entry"):
        catalogue.gettext("A removed sentence.", LANGUAGE, "figure 'f'")
    assert not wordless.string and catalogue.gettext("$x = 1$", LANGUAGE, "f") == "$x = 1$"
    assert catalogue.gettext("Logits are unbounded.", "en", "f") == "Logits are unbounded."


def test_a_template_keeps_its_fields(catalogue_of: Callable[..., Catalog]) -> None:
    template = "{label}: from {start} to {end}."
    catalogue_of({template: "{label}：从 {start} 开始。"}, [template])
    with pytest.raises(catalogue.MissingTranslationError, match="must have the fields"):
        catalogue.gettext(template, LANGUAGE, "render", template=True)


def test_every_declared_string_is_served_from_the_catalogue() -> None:
    """The strings that were tables of their own (the widgets', the glossary's, the alt text's
    and the table footer's) come from the same catalogue as the figures' and claims'."""
    served = catalogue._messages(LANGUAGE)
    for widget in widgets.WIDGETS:
        english, chinese = widgets.english_texts(widget), widgets.texts(widget, LANGUAGE)
        assert list(english) == list(chinese)
        for key, text in english.items():
            assert not text or (None, text) in served, (widget.name, key)
    for text in (*glossary.HEADER, *(t.note for t in glossary.TERMS if t.note)):
        assert (None, text) in served
    for meaning in glossary.MEANINGS.values():
        assert served[None, meaning.text].string, meaning.text
    for text in (*render.SUMMARIES.values(), *render.POINT.values(), *render.BOUND.values()):
        assert catalogue.fields(served[None, text].string) == catalogue.fields(text)
    assert (None, render.TABLE_FOOTER) in served
    assert "| 英文 | 中文 | 含义 |" in glossary.markdown_table(LANGUAGE)


def test_the_html_lang_comes_from_the_catalogue() -> None:
    assert catalogue.html_lang(LANGUAGE) == "zh-Hans"
    assert translations.HTML_LANG == {"en": "en", "zh": "zh-Hans"}
