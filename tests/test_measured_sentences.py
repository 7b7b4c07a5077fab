"""A sentence made from a measurement that depends on the machine (which `exp` numpy runs:
its own AVX-512 loop or the C library's) reads right for every outcome: the value is a clause
chosen from what was measured. Each case feeds the page's own sentence, in each edition, a
made-up measurement, and reads what it becomes; no build."""

from __future__ import annotations

import dataclasses
import re

import pytest

from scripts import formatting
from scripts.checks import numbers
from scripts.content import values
from scripts.model import Phrase, Value
from tests.conftest import DOCS

CLAUSES = [v for v in values.VALUES if v.phrases]


def sentence(page: str, measured: dict[str, object], language: str) -> str:
    """The sentence of ``page`` that places the values named in ``measured``, with each of
    them computed as ``measured`` says, whitespace as the reader sees it."""
    text = (DOCS / page).read_text(encoding="utf-8")
    first = min(text.index(f"<!-- site:value {name} -->") for name in measured)
    start = max(text.rfind(stop, 0, first) for stop in (". ", "。", "\n\n")) + 1
    end = re.compile(r"\.\s|。").search(text, max(text.index(f"{n} -->") for n in measured))
    assert end is not None
    shown = {
        name: dataclasses.replace(values.by_name()[name], compute=lambda m=m: m)
        for name, m in measured.items()
    }
    expanded = numbers.expand_values(text[start : end.end()], shown, page, language)
    return " ".join(expanded.split())


EXPIT = {
    "avx512, some identical": (
        {"numpy_exp_loop": True, "expit_agreement": (0.98131, 3.0)},
        "On the machine that built this page numpy ran that `exp`, and on random inputs in "
        "$[-709, 745]$ 98.1 % of `sigmoid`'s results are identical to `expit`'s, the rest "
        "differing by at most 3 ulp.",
        "在构建本页的机器上，NumPy 用的正是这个 `exp`；对 $[-709, 745]$ 中的随机输入，"
        "`sigmoid` 的结果有 98.1% 与 `expit` 的完全相同，其余的相差至多 3 ulp。",
    ),
    "no avx512, all identical": (
        {"numpy_exp_loop": False, "expit_agreement": (1.0, 0.0)},
        "On the machine that built this page numpy did not run it, and on random inputs in "
        "$[-709, 745]$ every result of `sigmoid` is identical to `expit`'s.",
        "在构建本页的机器上，NumPy 没有用它；对 $[-709, 745]$ 中的随机输入，"
        "`sigmoid` 的每个结果都与 `expit` 的完全相同。",
    ),
    "avx512, all identical": (
        {"numpy_exp_loop": True, "expit_agreement": (1.0, 0.0)},
        "On the machine that built this page numpy ran that `exp`, and on random inputs in "
        "$[-709, 745]$ every result of `sigmoid` is identical to `expit`'s.",
        "在构建本页的机器上，NumPy 用的正是这个 `exp`；对 $[-709, 745]$ 中的随机输入，"
        "`sigmoid` 的每个结果都与 `expit` 的完全相同。",
    ),
    "no avx512, none identical": (
        {"numpy_exp_loop": False, "expit_agreement": (0.0, 1.5)},
        "On the machine that built this page numpy did not run it, and on random inputs in "
        "$[-709, 745]$ no result of `sigmoid` is identical to `expit`'s; they differ by at "
        "most 2 ulp.",
        "在构建本页的机器上，NumPy 没有用它；对 $[-709, 745]$ 中的随机输入，"
        "`sigmoid` 的结果没有一个与 `expit` 的完全相同，相差至多 2 ulp。",
    ),
    "nearly all identical": (
        {"numpy_exp_loop": True, "expit_agreement": (0.99999, 1.0)},
        "On the machine that built this page numpy ran that `exp`, and on random inputs in "
        "$[-709, 745]$ 99.999 % of `sigmoid`'s results are identical to `expit`'s, the rest "
        "differing by at most 1 ulp.",
        "在构建本页的机器上，NumPy 用的正是这个 `exp`；对 $[-709, 745]$ 中的随机输入，"
        "`sigmoid` 的结果有 99.999% 与 `expit` 的完全相同，其余的相差至多 1 ulp。",
    ),
}
ROUNDING_EN = (
    "That is a bound of a few ulp, not a proof of 2 ulp; `sigmoid`'s tests against 60-digit "
    "mpmath values observe at most 2 ulp over the whole float64 range, and for random $x$ in "
    "$[-40, 40]$, on the machine that built this page, "
)
ROUNDING_ZH = (
    "这是一个几个 ulp 的上界，而不是 2 ulp 的证明；`sigmoid` 以 60 位十进制有效数字的 mpmath "
    "值为参照的测试，在整个 float64 范围内观察到的误差至多为 2 ulp；对 $[-40, 40]$ 中随机取的 "
    "$x$，在构建本页的机器上，"
)
ROUNDING = {
    "some correctly rounded": (
        {"sigmoid_rounding": (0.6292, 1.63)},
        ROUNDING_EN + "63 % of the results are correctly rounded, the rest at most 2 ulp off.",
        ROUNDING_ZH + "63% 的结果是正确舍入的，其余的至多差 2 ulp。",
    ),
    "all correctly rounded": (
        {"sigmoid_rounding": (1.0, 0.5)},
        ROUNDING_EN + "every result is correctly rounded.",
        ROUNDING_ZH + "每个结果都是正确舍入的。",
    ),
    "none correctly rounded": (
        {"sigmoid_rounding": (0.0, 1.2)},
        ROUNDING_EN + "no result is correctly rounded; all are at most 2 ulp off.",
        ROUNDING_ZH + "没有一个结果是正确舍入的，都至多差 2 ulp。",
    ),
}
CASES = {**EXPIT, **ROUNDING}


@pytest.mark.parametrize("case", CASES)
def test_each_outcome_reads_right_in_each_edition(case: str) -> None:
    measured, english, chinese = CASES[case]
    assert sentence("python.md", measured, "en") == english
    assert sentence("python.zh.md", measured, "zh") == chinese


def test_every_clause_is_read_by_some_case() -> None:
    """Every template of every clause value, in both languages, is one a case above shows."""
    shown = {
        values.by_name()[name].format(m).template
        for measured, _, _ in CASES.values()
        for name, m in measured.items()
    }
    assert shown == {phrase for v in CLAUSES for phrase in v.phrases}


def test_a_clause_holds_no_number_of_its_own() -> None:
    """A clause's numbers are its fields, computed; every other number stays in the page's
    prose, where the accounting sees it (scripts/checks/numbers.py)."""
    assert {v.name for v in CLAUSES} == {"numpy_exp_loop", "expit_agreement", "sigmoid_rounding"}
    for value in CLAUSES:
        for phrase in value.phrases:
            assert not re.search(r"\d", re.sub(r"\{\w+\}", "", phrase)), (value.name, phrase)


def test_a_clause_the_value_did_not_declare_is_refused() -> None:
    stray = Value("stray", lambda: 1.0, lambda _: Phrase("a clause of no value"), phrases=("x",))
    with pytest.raises(ValueError, match="not one of its phrases"):
        numbers.value_text("stray", {"stray": stray}, "python.md", "en")


def test_a_share_reads_neither_none_nor_all_unless_it_is() -> None:
    percent = formatting.percentage(1)
    assert [percent(s) for s in (0.0, 1e-6, 0.5, 0.98131, 0.99999, 1.0)] == [
        "0.0",
        "0.0001",
        "50.0",
        "98.1",
        "99.999",
        "100.0",
    ]
