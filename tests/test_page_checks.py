"""Every failure a build catches on a page, caught in-process by the pure modules the hooks call
(scripts/checks/page.py, scripts/placeholders.py, scripts/rendering/placing.py), without MkDocs:
each raises an error that names the page. The build tests keep one end-to-end build per family."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import numpy as np
import pytest

from scripts import model, placeholders
from scripts.checks import editions, numbers, page
from scripts.checks import exercises as exercises_check
from scripts.content import claims, definitions, figures, glossary, tables, values, widgets
from scripts.content import exercises as exercises_content
from scripts.pipeline import translations
from scripts.rendering import markup, placing
from tests.conftest import ROOT, all_pages

PAGES = all_pages()  # both editions


def declared() -> placing.Declared:
    """What the pages may place, as the hooks assemble it (scripts/hooks.py: _declared)."""
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
        value=lambda name, where, language: numbers.value_text(
            name, values.by_name(), where, language
        ),
        expand=lambda text, where, language: numbers.expand_values(
            text, values.by_name(), where, language
        ),
    )


def account(written: str, markdown: str, description: str = "") -> numbers.Report:
    """The number accounting of one page, with the texts the build gives it."""
    lang = "zh" if written.endswith(".zh.md") else "en"
    source = written.replace(".zh.md", ".md")
    stated = page.stated_claims(
        claims.all_claims(), source, lambda c: translations.claim_text(c, lang)
    )
    texts = [markdown, description, *placing.typed_texts(declared(), markdown, lang, written)]
    return page.account_numbers(
        written,
        source,
        texts,
        stated.values(),
        definitions.DEFINITIONS,
        values.by_name(),
        definitions.FORMULA_DIGITS,
        definitions.PROSE_DIGITS,
    )


def description_of(markdown: str) -> str:
    found = re.match(r"---\n.*?^description: (.*?)$.*?^---\n", markdown, re.DOTALL | re.MULTILINE)
    return found[1] if found else ""


# --- placeholders -------------------------------------------------------------------------------


def test_one_regex_for_every_reader_of_the_syntax() -> None:
    assert numbers.PLACEHOLDER is placeholders.PLACEHOLDER
    assert editions.PLACEHOLDER is placeholders.PLACEHOLDER


@pytest.mark.parametrize(
    "text",
    [
        "$e^{{-x}}$ is valid TeX",
        "<!-- Table of contents -->",
        "<!-- figure out the constant later -->",
        "<!-- a note for the translator -->",
        "Prose with <!-- site:value gelu_tanh_gap --> in it, and $x = <!-- site:value v -->$.",
        "<!-- site:figure sigmoid -->",
        "before\n\n<!-- site:tables -->\n\nafter",
        "<!-- site:glossary -->",
        "`<!-- site:figure in code -->` and\n```\n<!-- figure: old -->\n```",
    ],
)
def test_valid_text_passes_the_net(text: str) -> None:
    page.refuse_malformed_placeholders("page.md", text)


@pytest.mark.parametrize(
    "text",
    [
        "<!-- site:figure -->",  # no name
        "<!--site:figure sigmoid-->",  # no spaces
        "<!-- site:figure two names -->",
        "<!-- site:tables all -->",  # takes no argument
        "<!-- site:figures sigmoid -->",  # unknown kind
        "<!-- site: figure sigmoid -->",
        "text <!-- site:figure sigmoid --> on a line with prose",
        "<!-- figure: sigmoid -->",  # the syntax before this one
        "<!-- table:nope -->",
        "<!-- glossary -->",
        "{{ value: gap }}",
        "{{value:gap}}",
    ],
)
def test_a_malformed_placeholder_is_refused_with_the_page(text: str) -> None:
    with pytest.raises(page.PageError, match=r"^docs/page\.md: placeholder"):
        page.refuse_malformed_placeholders("docs/page.md", f"Prose.\n\n{text}\n")


def test_an_unknown_name_fails_with_the_page() -> None:
    replace = placing.replacements(declared(), "tanh.md", "en", "tanh/", lambda u, _: u, True)
    for text in ("<!-- site:figure nope -->", "<!-- site:table nope -->"):
        with pytest.raises(placing.PlacingError, match=r"^tanh\.md: .*no (figure|table) named"):
            placeholders.expand(text, "tanh.md", replace)
    with pytest.raises(placing.PlacingError, match=r"^tanh\.md: unknown value"):
        placeholders.expand("<!-- site:value nope -->", "tanh.md", replace)
    with pytest.raises(placing.PlacingError, match=r"^tanh\.md: .*no widget named"):
        placeholders.expand("<!-- site:widget nope -->", "tanh.md", replace)


def test_the_dispatcher_refuses_an_unknown_kind_with_the_page() -> None:
    with pytest.raises(placeholders.PlaceholderError, match=r"^tanh\.md: unknown .*'chart'"):
        placeholders.expand("<!-- site:chart x -->", "tanh.md", {"figure": str})


def test_a_value_inside_a_formula_is_expanded_before_the_math() -> None:
    replace = placing.replacements(declared(), "activations.md", "en", "a/", lambda u, _: u, True)
    text = "near $x = -<!-- site:value gelu_sigmoid_gap_at -->$."
    expanded = placeholders.expand(text, "activations.md", replace)
    number = values.by_name()["gelu_sigmoid_gap_at"]
    assert expanded == f"near $x = -{number.format(number.compute())}$."


def test_a_figure_is_html_with_its_alt_text_as_written() -> None:
    html = markup.figure_html(
        'E[f′(z)²]ⁿ & "x" < 1', "A caption & more", {"light": "a", "dark": "b"}
    )
    assert 'alt="E[f′(z)²]ⁿ &amp; &quot;x&quot; &lt; 1"' in html
    assert f'width="{markup.FIGURE_PX[0]}"' in html and 'src="b#only-dark"' in html
    assert "<figcaption>A caption &amp; more</figcaption>" in html
    assert markup.FIGURE_PX == (538, 346)  # 5.6 x 3.6 inches at 96 CSS px per inch


def test_the_tables_page_heads_each_table_with_its_title() -> None:
    replace = placing.replacements(declared(), "tables.md", "en", "tables/", lambda u, _: u, True)
    text = placeholders.expand("<!-- site:tables -->", "tables.md", replace)
    for table in tables.TABLES:
        assert f"## {tables.TITLES[table.name]} {{ #{table.name} }}" in text


# --- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_page_accounts_for_its_numbers(path: Path) -> None:
    markdown = path.read_text(encoding="utf-8")
    report = account(path.name, markdown, description_of(markdown))
    assert report.page == path.name


def first_number(markdown: str) -> re.Match[str] | None:
    """The first number of a page's Markdown that is not a single digit."""
    body = numbers.scannable(placeholders.blanked(markdown))
    return next((m for m in numbers.NUMBER.finditer(body) if len(m[0]) > 1), None)


STATING = [p for p in PAGES if first_number(p.read_text(encoding="utf-8"))]


def test_most_pages_state_numbers() -> None:
    assert len(STATING) >= 16  # all but the glossary and the tables page, in both editions


@pytest.mark.parametrize("path", STATING, ids=lambda p: p.name)
def test_a_changed_digit_on_any_page_is_named(path: Path) -> None:
    """The page's first number that is not a single digit, its last digit changed."""
    markdown = path.read_text(encoding="utf-8")
    found = first_number(markdown)
    assert found is not None
    changed = found[0][:-1] + str((int(found[0][-1]) + 1) % 10)
    mutated = markdown[: found.start()] + changed + markdown[found.end() :]
    with pytest.raises(page.PageError, match=rf"^{re.escape(path.name)}: \d+ number\(s\)"):
        account(path.name, mutated, description_of(markdown))


# a collapsed answer: its first line (??? success "Answer") and the lines indented under it,
# up to the next item of the list or the end of the page
ANSWER = re.compile(r"^[ \t]+\?\?\? .*\n(?:(?:[ \t]+.*)?\n)*", re.MULTILINE)
EXERCISE_PAGES = [
    ROOT / "docs" / name.replace(".md", suffix)
    for name in exercises_content.PAGES
    for suffix in (".md", ".zh.md")
]


def answer_results(path: Path) -> list[re.Match[str]]:
    """The numbers in the answers of a page's exercises that are results: neither code, nor a
    single digit, nor a choice the page declares (an exercise's given data)."""
    markdown = path.read_text(encoding="utf-8")
    words = translations.exercise_words("zh" if path.name.endswith(".zh.md") else "en")
    found = exercises_check.section(markdown, words)
    assert found is not None, path.name
    body = numbers.scannable(placeholders.blanked(markdown))
    source = path.name.replace(".zh.md", ".md")
    declared = {d.number for d in definitions.DEFINITIONS if d.page in (source, "*")}
    return [
        number
        for answer in ANSWER.finditer(body, found[0])
        for number in numbers.NUMBER.finditer(body, answer.start(), answer.end())
        if len(number[0]) > 1 and number[0] not in declared
    ]


@pytest.mark.parametrize("path", EXERCISE_PAGES, ids=lambda p: p.name)
def test_a_changed_digit_in_an_exercises_answer_is_named(path: Path) -> None:
    """The first and the last result in the page's answers, each with its last digit changed:
    the accounting names the page and the changed number."""
    markdown = path.read_text(encoding="utf-8")
    results = answer_results(path)
    assert len(results) >= 3, path.name  # every page's answers compute something
    for found in (results[0], results[-1]):
        changed = found[0][:-1] + str((int(found[0][-1]) + 1) % 10)
        mutated = markdown[: found.start()] + changed + markdown[found.end() :]
        with pytest.raises(
            page.PageError,
            match=rf"^{re.escape(path.name)}: \d+ number\(s\).*\b{re.escape(changed)} in",
        ):
            account(path.name, mutated, description_of(markdown))
            pytest.fail(f"{path.name}: {found[0]} changed to {changed} went unnoticed")


def test_a_wrong_number_in_a_figure_caption_or_description_is_named() -> None:
    figure = figures.named("sigmoid")
    for field in ("caption", "description"):
        wrong = dataclasses.replace(figure, **{field: getattr(figure, field) + " It is 4.2."})
        lookup = {**vars(declared()), "figure": lambda name, wrong=wrong: wrong}
        texts = placing.typed_texts(
            placing.Declared(**lookup), "<!-- site:figure sigmoid -->", "en", "sigmoid.md"
        )
        with pytest.raises(page.PageError, match=r"^sigmoid\.md: 1 number\(s\).*4\.2 in"):
            page.account_numbers(
                "sigmoid.md",
                "sigmoid.md",
                texts,
                claims.all_claims(),
                definitions.DEFINITIONS,
                values.by_name(),
                definitions.FORMULA_DIGITS,
                definitions.PROSE_DIGITS,
            )


def test_a_number_in_a_widget_label_is_named() -> None:
    def texts(widget: model.Widget, lang: str) -> dict[str, str]:
        return {**widgets.texts(widget, lang), "label": "steepness up to 17"}

    lookup = {**vars(declared()), "widget_texts": texts}
    typed = placing.typed_texts(
        placing.Declared(**lookup), "<!-- site:widget steepness -->", "en", "logistic.md"
    )
    with pytest.raises(page.PageError, match=r"^logistic\.md: .*\b17\b"):
        page.account_numbers(
            "logistic.md", "logistic.md", typed, (), (), {}, frozenset(), frozenset()
        )


def test_a_value_placed_as_a_bound_must_be_declared_one() -> None:
    nearest = values.Value("gap", lambda: 0.0025407, values.fixed(4))
    text = "is within <!-- site:value gap --> of"
    with pytest.raises(page.PageError, match=r"^docs/x\.zh\.md: 1 value\(s\).*\bgap in"):
        page.account_numbers(
            "docs/x.zh.md", "x.md", [text], (), (), {"gap": nearest}, frozenset(), frozenset()
        )


# --- claims -------------------------------------------------------------------------------------


def check(claim: model.Claim, text: str) -> None:
    page.check_claims("x.zh.md", {claim: claim}, [text], lambda c: c.text, set(), set())


def test_a_false_claim_is_named() -> None:
    with pytest.raises(page.PageError, match=r"^x\.zh\.md: the claim 'one is two' is false"):
        check(model.Claim("x.md", "one is two", lambda: 1 == 2), "So one is two.")


def test_a_claim_whose_check_is_not_a_bool_proves_nothing() -> None:
    for result in (np.array([True, True]), 1, "yes", None):
        with pytest.raises(page.PageError, match="is false"):
            check(model.Claim("x.md", "it holds", lambda r=result: r), "it holds")
    check(model.Claim("x.md", "it holds", lambda: np.bool_(True)), "it holds")


def test_a_claim_whose_check_raises_is_named() -> None:
    with pytest.raises(page.PageError, match=r"^x\.zh\.md: checking the claim .* raised"):
        check(model.Claim("x.md", "it holds", lambda: 1 / 0), "it holds")


def test_a_claim_missing_from_its_page_is_named() -> None:
    with pytest.raises(page.PageError, match=r"^x\.zh\.md: the claim 'it holds' .* not appear"):
        check(model.Claim("x.md", "it holds", lambda: True), "something else")


def test_a_claim_with_no_translation_is_named() -> None:
    claim = model.Claim("x.md", "An English sentence with no Chinese yet.", lambda: True)
    with pytest.raises(
        page.PageError, match=r"the claim of x\.md: 'An English .*' has no entry in"
    ):
        page.stated_claims([claim], "x.md", lambda c: translations.claim_text(c, "zh"))


def test_a_claim_checked_once_is_not_checked_again() -> None:
    calls = []
    claim = model.Claim("x.md", "it holds", lambda: calls.append(1) or True)
    passed: set[str] = set()
    for _ in range(2):
        page.check_claims("x.md", {claim: claim}, ["it holds"], lambda c: c.text, passed, set())
    assert calls == [1] and passed == {"it holds"}


# --- editions, derivations, names ---------------------------------------------------------------


def test_an_edition_out_of_step_is_named() -> None:
    english = (ROOT / "docs" / "sigmoid.md").read_text(encoding="utf-8")
    chinese = (ROOT / "docs" / "sigmoid.zh.md").read_text(encoding="utf-8")
    page.check_in_step("sigmoid.zh.md", chinese, "sigmoid.md", english)
    broken = chinese.replace("<!-- site:figure sigmoid -->\n", "", 1)
    assert broken != chinese
    with pytest.raises(page.PageError, match=r"^sigmoid\.zh\.md is not in step .*figures"):
        page.check_in_step("sigmoid.zh.md", broken, "sigmoid.md", english)
    typed = re.sub(r"<!-- site:value \w+ -->", "0.5", chinese, count=1)  # a number typed in
    assert typed != chinese
    with pytest.raises(page.PageError, match=r"^sigmoid\.zh\.md is not in step .*computed values"):
        page.check_in_step("sigmoid.zh.md", typed, "sigmoid.md", english)


def test_a_false_derivation_step_is_named() -> None:
    markdown = (
        "$$\n\\begin{aligned}\n(x + 1)^2 &= x^2 + 2x + 1 \\\\\n&= x^2 + 3x + 1\n"
        "\\end{aligned}\n$$\n"
    )
    with pytest.raises(page.PageError, match=r"^x\.md"):
        page.check_derivations("x.md", markdown, {}, lambda *p: "k", {})
    good = markdown.replace("3x", "2x")
    entry = page.check_derivations("x.md", good, {}, lambda *p: "k", {})
    assert entry == ["k", [1, 2, 0]]  # one derivation, two steps, no statement
    assert page.check_derivations("x.md", good, {}, lambda *p: "k", {"x.md": ["k", [9]]}) == [
        "k",
        [9],
    ]


def test_two_declarations_with_one_name_are_refused() -> None:
    with pytest.raises(ValueError, match="two tables are named 'sigmoid'"):
        model.unique((tables.named("sigmoid"), tables.named("sigmoid")), "table")


def test_a_mistranslation_is_named() -> None:
    with pytest.raises(page.PageError, match=r"^x\.zh\.md: 乙状结肠 is a mistranslation"):
        page.refuse_mistranslations(
            "x.zh.md", "x.md", "<p>乙状结肠函数</p>", glossary.mistranslations(), "sigmoid.md"
        )
    page.refuse_mistranslations(
        "sigmoid.zh.md", "sigmoid.md", "<p>乙状结肠</p>", glossary.mistranslations(), "sigmoid.md"
    )


# --- exercises ----------------------------------------------------------------------------------

EXERCISES = """# Page

Prose.

## Exercises

1. **Compute.** The value at 0.

    ??? success "Answer"
        It is one half.

2. **Prove.** The symmetry.

    ??? success "Answer"
        By the definition.

3. **Code.** Print it.

    ??? success "Answer"
        ```python exec="on" source="block" result="text"
        print(0.5)
        ```
"""


def test_a_teaching_page_ends_with_its_exercises_each_with_a_collapsed_answer() -> None:
    words = translations.exercise_words("en")
    assert page.check_exercises("x.md", EXERCISES, words, True, 3) == {
        "Compute": 1, "Prove": 1, "Code": 1,
    }  # fmt: skip
    assert page.check_exercises("x.md", "# Page\n\nProse.\n", words, False, 3) == {}
    broken = {
        "no section": ("# Page\n\nProse.\n", "ends with a '## Exercises' section"),
        "too few": (EXERCISES.split("3. **Code.**")[0], r"2 exercises; .* \(Code missing\)"),
        "a section after": (EXERCISES + "\n## More\n\nText.\n", "'More' follows it"),
        "no kind": (EXERCISES.replace("**Prove.**", "Prove"), r"exercise 2 \(line 12\) must"),
        "an unknown kind": (EXERCISES.replace("**Prove.**", "**Show.**"), "exercise 2"),
        "an open answer": (EXERCISES.replace('??? success "Answer"\n        By', '???+ success '
                           '"Answer"\n        By'), r"exercise 2 .*open from the start"),
        "no answer": (EXERCISES.replace('??? success "Answer"\n        By', "By"), "has 0"),
        "code not run": (EXERCISES.replace('exec="on" ', ""), r"exercise 3 .*runs its code"),
    }  # fmt: skip
    for name, (markdown, message) in broken.items():
        with pytest.raises(page.PageError, match=rf"^x\.md: .*{message}"):
            page.check_exercises("x.md", markdown, words, True, 3)
            pytest.fail(name)


def test_the_chinese_exercises_are_marked_with_the_catalogues_words() -> None:
    words = translations.exercise_words("zh")
    chinese = (
        EXERCISES.replace("## Exercises", "## 练习 { #exercises }")
        .replace('"Answer"', '"答案"')
        .replace("**Compute.**", "**计算。**")
        .replace("**Prove.**", "**证明。**")
        .replace("**Code.**", "**编程。**")
    )
    counts = page.check_exercises("x.zh.md", chinese, words, True, 3)
    assert counts == {"Compute": 1, "Prove": 1, "Code": 1}
    with pytest.raises(page.PageError, match=r"^x\.zh\.md: .*exercise 1"):
        page.check_exercises(
            "x.zh.md", chinese.replace("**计算。**", "**Compute.**"), words, True, 3
        )


def test_every_teaching_page_and_its_translation_has_its_exercises() -> None:
    for source in exercises_content.PAGES:
        for language in ("en", "zh"):
            written = source if language == "en" else source.replace(".md", ".zh.md")
            markdown = (ROOT / "docs" / written).read_text(encoding="utf-8")
            words = translations.exercise_words(language)
            counts = page.check_exercises(written, markdown, words, True, 3)
            assert counts.total() >= 3, written


def test_a_numbered_items_number_is_structure_and_a_number_in_its_paragraph_is_not() -> None:
    items = "3. **Compute.** a\n\n    4. **Prove.** b\n"
    assert numbers.account("x.md", [items], (), (), {}).declared == 0
    with pytest.raises(numbers.UnaccountedNumberError, match=r"1 number\(s\).*\b5 in"):
        numbers.account("x.md", ["3. item\nwrapped\n5. x"], (), (), {})
