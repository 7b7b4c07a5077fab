"""One build of the site, whatever engine runs it: what the build does to each page and, at its
end, to the built site. An engine's adapter (scripts/engines/) creates a ``Build`` and hands
it each page and the built site.

* ``prepare(page, markdown)``: the page's checks (scripts/checks/page.py: placeholders,
  editions, numbers, claims, derivations, exercises), then its placeholders expanded (values,
  figures, tables, widgets, the glossary: scripts/rendering/placing.py), and again for its
  notebook if it has Python code. scripts/pipeline/extension.py calls it before Python-Markdown
  reads the page.
* ``finish_content(page, html)``: the page's converted HTML with every formula as MathML
  (scripts/rendering/math_page.py), its API signatures without copy buttons, and the link to its
  notebook, made from what its Python blocks printed (scripts/pipeline/code_blocks.py). The
  extension calls it after Python-Markdown has converted the page.
* ``finish(site, reading_order)``: the built site: each page's HTML (no mistranslation, the
  math font preloaded, the widgets' script), the print pages, the notebooks, the cut math
  font and the caches; ``report()``, a line per page and check.

Every refusal raises the ``error`` the build is given (``SiteError``, or the engine's own type
for an error that stops a build), its message naming the page and the fault.

Under ``mkdocs serve`` a build can start from the previous one (``Build(..., before=...)``):
what it made of each page, under a key of everything it was made from, is reused (``Memo``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from scripts import addresses, cache, formulas, placeholders
from scripts.checks import numbers
from scripts.checks import page as checks
from scripts.content import (
    claims,
    definitions,
    derivations,
    exercises,
    figures,
    glossary,
    interface,
    tables,
    values,
    widgets,
)
from scripts.model import Claim
from scripts.rendering import markup, math_page, notebook, placing, print_page

from . import code_blocks, translations

T = TypeVar("T")
WIDGET_SCRIPT = "javascripts/widgets.js"
WIDGET_STYLE = "stylesheets/widgets.css"  # loaded by the script: the widgets start hidden
ANSWER_KEY = (
    "answers/"  # below each edition's root, beside print/ (scripts/rendering/print_page.py)
)


class SiteError(ValueError):
    """A page or a site the build refuses; the message names the page and the fault."""


@dataclass(frozen=True)
class Page:
    """A page as every engine knows it."""

    src_path: str  # its file below docs/: "sigmoid.md", "sigmoid.zh.md"
    url: str  # its address below the site's root: "sigmoid/", "zh/sigmoid/", ""
    description: str = ""  # its front matter's

    @property
    def language(self) -> str:
        """docs/NAME.zh.md: "zh"; docs/NAME.md: the default language."""
        parts = self.src_path.split(".")
        return parts[-2] if len(parts) > 2 else translations.DEFAULT

    @property
    def english(self) -> str:
        """The English page it belongs to (docs/NAME.zh.md: "NAME.md"), which the claims,
        definitions and derivations name."""
        return self.src_path.split(".")[0] + ".md"


class Memo(Generic[T]):
    """What a build made, each thing under a key of everything it was made from but the
    modules, for the next build to reuse (``mkdocs serve``). What the next build does not ask
    for is dropped after it, so a memo holds one build's worth."""

    def __init__(self, before: dict[str, T] | None = None) -> None:
        self.before = before or {}
        self.made: dict[str, T] = {}

    def get(self, key: str, make: Callable[[], T]) -> T:
        """The thing made under ``key``: the previous build's, or made now."""
        if key not in self.made:
            self.made[key] = self.before[key] if key in self.before else make()
        return self.made[key]

    def found(self, key: str) -> bool:
        """Whether ``get(key, ...)`` would reuse what a build made."""
        return key in self.made or key in self.before

    def for_next_build(self) -> Memo[T]:
        return Memo(self.made)


class CheckedPage(NamedTuple):
    """What a page's checks leave for the end of the build."""

    report: numbers.Report
    claims: set[str]  # the keys of the claims it states, each checked
    derivations: checks.DerivationEntry | None  # its entry for the derivations' cache
    exercises: Counter[str]  # by kind


NotebookSource = tuple[str, dict[str, bytes]]  # its Markdown, and the files its cells attach


@dataclass
class Memos:
    """What a build made of its pages, for the next (``mkdocs serve``)."""

    checked: Memo[CheckedPage] = field(default_factory=Memo)
    expanded: Memo[tuple[str, NotebookSource | None]] = field(default_factory=Memo)
    notebooks: Memo[tuple[str, tuple[int, int]]] = field(default_factory=Memo)
    # each formula's MathML: kept while the code that renders it stands (renderer_key)
    renderer: str = ""
    mathml: dict[math_page.Formula, math_page.Rendered] = field(default_factory=dict)

    def for_next_build(self) -> Memos:
        renderer = math_page.renderer_key()
        return Memos(
            self.checked.for_next_build(),
            self.expanded.for_next_build(),
            self.notebooks.for_next_build(),
            renderer,
            self.mathml if renderer == self.renderer else {},
        )


def declared() -> placing.Declared:
    """What the pages may place."""
    return placing.Declared(
        figure=figures.named,
        table=tables.named,
        tables=tables.TABLES,
        titles=tables.TITLES,
        widget=widgets.named,
        widget_texts=widgets.texts,
        glossary_table=glossary.markdown_table,
        translated_figure=translations.figure,
        translated_table=translations.table,
        phrase=translations.phrase,
        value=lambda name, page, language: numbers.value_text(
            name, values.by_name(), page, language
        ),
        expand=lambda text, page, language: numbers.expand_values(
            text, values.by_name(), page, language
        ),
    )


class Build:
    """One build of the site from the sources in ``docs``, published at ``site_url`` (or
    nowhere); ``before``: what the previous build of the same modules made (serve);
    ``error``: what a refusal raises; ``links_from_source``: whether the engine resolves the
    links in a page's HTML from its source file (Zensical), not from its address (MkDocs)."""

    def __init__(
        self,
        docs: Path,
        site_url: str | None,
        before: Memos | None = None,
        error: type[Exception] = SiteError,
        links_from_source: bool = False,
    ) -> None:
        self.docs, self.site_url, self.error = docs, site_url, error
        self.links_from_source = links_from_source
        self.memos = before.for_next_build() if before else Memos()
        self.skip = cache.generation_skipped()
        self.declared = declared()
        self.claims: tuple[Claim, ...] = claims.all_claims()
        self.claim_context = cache.claim_context()
        self.derivation_context = cache.derivation_context()
        self.claims_passed: set[str] = set(cache.load_json(cache.CLAIM_CACHE) or [])
        self.derivations_passed: dict[str, checks.DerivationEntry] = cache.load_json(
            cache.DERIVATION_CACHE
        )
        self.claims_used: set[str] = set()
        self.derivations_used: dict[str, checks.DerivationEntry] = {}
        self.reports: dict[str, numbers.Report] = {}
        self.exercises: dict[str, Counter[str]] = {}
        self.drawn: set[str] = set()  # the characters the formulas draw
        self.pages: dict[str, Page] = {}  # each page prepared, by URL
        self.notebook_sources: dict[str, NotebookSource] = {}
        self.notebooks: dict[str, str] = {}  # each notebook's JSON, by its path in the site
        self.notebook_counts: dict[str, tuple[int, int]] = {}  # (cells, code cells), by page
        code_blocks.new_build()

    # --- the pages ---------------------------------------------------------------------------

    def check_pages(self, pages: set[str]) -> None:
        """Every claim and definition names one of the English ``pages``."""
        try:
            checks.refuse_unknown_pages(pages, self.claims, definitions.DEFINITIONS)
        except checks.PageError as exc:
            raise self.error(str(exc)) from exc

    def prepare(self, page: Page, markdown: str) -> str:
        """The page's Markdown, checked, with its placeholders expanded."""
        self.pages[page.url] = page
        try:
            checks.refuse_malformed_placeholders(page.src_path, markdown)
            if not self.skip:
                self._check(page, markdown)
            key = cache.key(
                page.src_path, markdown, page.language, page.url, self.site_url, self.skip
            )
            expanded, notebook_source = self.memos.expanded.get(
                key, lambda: self._expanded(page, markdown)
            )
        except (checks.PageError, placing.PlacingError) as exc:
            raise self.error(str(exc)) from exc
        code_blocks.take_printed()  # from here on: this page's
        self.notebook_sources.pop(page.src_path, None)
        if notebook_source is not None:
            self.notebook_sources[page.src_path] = notebook_source
        return expanded

    def _expanded(self, page: Page, markdown: str) -> tuple[str, NotebookSource | None]:
        """The page's Markdown with its placeholders expanded, and its notebook's Markdown and
        attachments if it has Python code."""
        written, language, expand = page.src_path, page.language, placeholders.expand
        replace = placing.replacements(
            self.declared, written, language, page.url, addresses.relative, self.skip,
            written if self.links_from_source else None,
        )  # fmt: skip
        expanded = expand(markdown, written, replace)
        if not notebook.python_blocks(markdown):
            return expanded, None
        replace, attached = placing.notebook_replacements(
            self.declared, written, language, self.site_url, self.skip
        )
        return expanded, (expand(markdown, written, replace), attached)

    def _check(self, page: Page, markdown: str) -> None:
        """The page's checks (``_checked``), or what they left when serve's previous build
        checked the same page under the same modules."""
        english = ""
        if page.language != translations.DEFAULT:
            english = (self.docs / page.english).read_text(encoding="utf-8")
        key = cache.key(
            page.src_path, markdown, english, page.description, self.claim_context,
            self.derivation_context,
        )  # fmt: skip
        checked = self.memos.checked.get(key, lambda: self._checked(page, markdown, english))
        self.reports[page.src_path] = checked.report
        self.claims_used |= checked.claims
        if checked.derivations is not None:
            self.derivations_used[page.src_path] = checked.derivations
        self.exercises[page.src_path] = checked.exercises

    def _checked(self, page: Page, markdown: str, english: str) -> CheckedPage:
        """The page's checks, in order: its edition in step, every number accounted for (first,
        so that a changed number is named even where it breaks a claim's text), claims,
        derivations, exercises."""
        written, source, language = page.src_path, page.english, page.language
        if language != translations.DEFAULT:
            checks.check_in_step(written, markdown, source, english)
        stated_claims = checks.stated_claims(
            self.claims, source, lambda c: translations.claim_text(c, language)
        )
        placed = placing.typed_texts(self.declared, markdown, language, written)
        texts = [markdown, page.description, *placed]
        report = checks.account_numbers(
            written, source, texts, stated_claims.values(), definitions.DEFINITIONS,
            values.by_name(), definitions.FORMULA_DIGITS, definitions.PROSE_DIGITS,
        )  # fmt: skip
        stated: set[str] = set()
        checks.check_claims(
            written, stated_claims, texts,
            lambda c: cache.key(c.page, c.text, self.claim_context), self.claims_passed, stated,
        )  # fmt: skip
        found = checks.check_derivations(
            written, markdown, derivations.names(source),
            lambda *parts: cache.key(*parts, self.derivation_context), self.derivations_passed,
        )  # fmt: skip
        counts = checks.check_exercises(
            written, markdown, translations.exercise_words(language),
            source in exercises.PAGES, exercises.MINIMUM,
        )  # fmt: skip
        return CheckedPage(report, stated, found, counts)

    def finish_content(self, page: Page, content: str) -> str:
        """The page's converted HTML: formulas as MathML, signatures without copy buttons, and
        the link to its notebook."""
        try:
            content = math_page.with_mathml(content, page.src_path, self.memos.mathml, self.drawn)
        except ValueError as exc:  # a formula KaTeX refuses; the message names the page
            raise self.error(str(exc)) from exc
        try:
            content = markup.signatures_without_copy_button(content)
        except markup.MarkupError as exc:
            raise self.error(f"{page.src_path}: {exc}") from exc
        printed = code_blocks.take_printed()
        if page.src_path in self.notebook_sources:
            content = self._with_notebook(page, content, printed)
        return content

    def _with_notebook(self, page: Page, content: str, printed: list[str]) -> str:
        """The page's notebook, kept for ``finish``, and the link that downloads it."""
        markdown, attached = self.notebook_sources.pop(page.src_path)
        words = translations.notebook_words(page.language)
        root = addresses.edition_root(page.language)
        address = addresses.full_address(self.site_url, page.url)
        key = cache.key(
            markdown, printed, [words.note, words.html_note], self.site_url, root, address,
            sorted(attached.items()),
        )  # fmt: skip

        def make() -> tuple[str, tuple[int, int]]:
            try:
                made = notebook.notebook(
                    markdown, printed, note=words.note, address=address,
                    html_note=words.html_note, attachments=attached,
                    link=notebook.site_links(self.site_url, root),
                )  # fmt: skip
            except notebook.NotebookError as exc:
                raise self.error(f"{page.src_path}: its notebook: {exc}") from exc
            return notebook.dumps(made), notebook.counts(made)

        name = notebook.file_name(page.src_path)
        made, self.notebook_counts[page.src_path] = self.memos.notebooks.get(key, make)
        self.notebooks[page.url + name] = made
        href = name  # beside the page, or as a link from its source file (links_from_source)
        if self.links_from_source:
            href = addresses.relative(page.url + name, page.src_path)
        return markup.with_notebook_link(content, href, name, words.link, notebook.MEDIA_TYPE)

    # --- the built site ----------------------------------------------------------------------

    def finish(self, site: Path, reading_order: Mapping[str, list[str]]) -> None:
        """The built ``site``: each page finished (``finish_page``), each edition's print page
        (its pages in ``reading_order``, their URLs by language), the notebooks, the math font
        and the caches."""
        printed = {}
        for url, page in sorted(self.pages.items()):
            path = site / url / "index.html"
            printed[url] = self.finish_page(page, path.read_text(encoding="utf-8"))
            path.write_text(printed[url], encoding="utf-8")
        titles = {code: interface.name(code, "print") for code in reading_order}
        key_titles = {code: interface.name(code, "answers") for code in reading_order}
        try:
            print_page.write(
                site, printed, reading_order, translations.DEFAULT, titles, addresses.relative,
                key_titles,
            )  # fmt: skip
        except markup.MarkupError as exc:
            raise self.error(str(exc)) from exc
        for notebook_path, text in sorted(self.notebooks.items()):
            (site / notebook_path).write_text(text, encoding="utf-8")
        if self.drawn:
            math_page.write_font(site, self.drawn)
        if not self.skip:
            cache.write_check_caches(self.claims_used, self.derivations_used)

    def finish_page(self, page: Page, output: str) -> str:
        """A built page: no mistranslation; the math font preloaded where it draws formulas,
        the widgets' script where it has widgets."""
        try:
            checks.refuse_mistranslations(
                page.src_path, page.english, output, glossary.mistranslations(),
                glossary.MISTRANSLATIONS_EXPLAINED_ON,
            )  # fmt: skip
        except checks.PageError as exc:
            raise self.error(str(exc)) from exc
        font, script, style = (
            addresses.relative(path, page.url)
            for path in (formulas.FONT_URL, WIDGET_SCRIPT, WIDGET_STYLE)
        )
        try:
            output = markup.with_head_links(output, font, script, style)
            if page.english in exercises.PAGES:
                key = addresses.relative(
                    addresses.edition_root(page.language) + ANSWER_KEY, page.url
                )
                text = interface.name(page.language, "answers link")
                output = markup.with_answer_key_link(output, key, text)
            return output
        except markup.MarkupError as exc:
            raise self.error(f"{page.src_path}: {exc}") from exc

    def report(self) -> list[str]:
        """The per-page report: derivations, numbers, notebooks and exercises, a line each."""
        lines = [
            f"derivations: {source:<28} {counts[0]} derivations, {counts[1]} steps, "
            f"{counts[2]} statements in the prose"
            for source, (_, counts) in sorted(self.derivations_used.items())
        ]
        lines += [f"numbers: {self.reports[source].line()}" for source in sorted(self.reports)]
        lines += [
            f"notebooks: {source:<28} {cells} cells, {code} of them code"
            for source, (cells, code) in sorted(self.notebook_counts.items())
        ]
        for source, counts in sorted(self.exercises.items()):
            if counts:
                shown = ", ".join(f"{counts[k]} {k.lower()}" for k in exercises.KINDS)
                lines.append(f"exercises: {source:<28} {counts.total()} ({shown})")
        return lines
