"""The translations of the site's declared texts: one gettext catalogue per language besides
English, scripts/content/locales/LANGUAGE/LC_MESSAGES/site.po, read with Babel. A message's
msgid is the English text itself (with a msgctxt where one English text needs two
translations), so an English edit leaves no translation silently stale: the new text has no
entry until ``python -m scripts.pipeline.translations --update`` adds it, untranslated, or fuzzy
when it is close to the text it replaces.

A lookup fails (MissingTranslationError, naming the text and where it is shown) on a text
with no entry, a fuzzy entry, or an empty translation of a text that has words. Text without
English words (a formula, a number, a code name) may be left empty: it is shown as in English.
"""

from __future__ import annotations

import functools
import string
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "scripts" / "content" / "locales"
DOMAIN = "site"
DEFAULT = "en"  # the language of the msgids, which needs no catalogue
LANGUAGES = ("en", "zh")  # each edition's code: its docs/NAME.CODE.md, its /CODE/ and locales/CODE
UPDATE = "python -m scripts.pipeline.translations --update"
# the extracted comment of an entry whose English has no words (a formula, a number, a code
# name; scripts/pipeline/translations.py decides): its translation may stay empty
WORDLESS = "no words: may stay empty, and is then shown as in English"


class MissingTranslationError(KeyError):
    """A text an edition shows has no usable translation in its catalogue."""

    def __str__(self) -> str:
        return str(self.args[0])


def path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache  # per build: the hooks import this module afresh before each one
def catalogue(language: str) -> Catalog:
    """The catalogue of ``language`` as its file has it (obsolete entries apart)."""
    with path(language).open("rb") as po:
        return read_po(po, abort_invalid=True)


@functools.cache
def _messages(language: str) -> dict[tuple[str | None, str], Message]:
    # the singular entries (a plural one's id is a tuple, which no text looks up)
    return {(m.context, m.id): m for m in catalogue(language) if m.id and isinstance(m.id, str)}


def html_lang(language: str) -> str:
    """The edition's ``<html lang>``: its catalogue's Language, a BCP 47 tag (zh_Hans, Chinese
    in Simplified script, is "zh-Hans", so that a browser without the stylesheet's font list
    picks Simplified glyph shapes; the edition's paths and hreflang stay "zh")."""
    if language == DEFAULT:
        return DEFAULT
    return str(catalogue(language).locale).replace("_", "-")


def fields(text: str) -> set[str]:
    """The names of the ``{fields}`` of a template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def gettext(
    text: str, language: str, where: str, context: str | None = None, template: bool = False
) -> str:
    """``text`` in ``language``; MissingTranslationError naming ``where`` (and the pages the
    catalogue says show the text) if its catalogue has no entry for it, a fuzzy one, or an
    empty one where the text has words, or if ``text`` is a ``str.format`` template
    (``template``) whose translation has other fields."""
    if language == DEFAULT or not text:
        return text
    file = path(language)
    file = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
    message = _messages(language).get((context, text))
    if message is None:
        raise MissingTranslationError(
            f"{where}: {text!r} has no entry in {file}: run `{UPDATE}`, then translate it there"
        )
    shown = ", ".join(dict.fromkeys(f for f, _ in message.locations if f.startswith("docs/")))
    where = f"{where} (on {shown})" if shown else where
    if message.fuzzy:
        was = f" (it translates {message.previous_id[0]!r})" if message.previous_id else ""
        raise MissingTranslationError(
            f"{where}: the translation of {text!r} in {file} is fuzzy{was}: correct it for "
            "the new English text and remove the fuzzy flag"
        )
    translation = message.string
    if not translation:
        if WORDLESS not in message.auto_comments:
            raise MissingTranslationError(f"{where}: {text!r} is untranslated in {file}")
        return text  # nothing to translate: shown as in English
    assert isinstance(translation, str)  # a singular entry's: one string, not plural forms
    if template and fields(translation) != fields(text):
        raise MissingTranslationError(
            f"{where}: the translation of {text!r} in {file} must have the fields "
            f"{sorted(fields(text))}, and has {sorted(fields(translation))}"
        )
    return translation
