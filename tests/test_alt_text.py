"""The figures' alt text as a pure function of their data: every figure in both languages, and
the traps of rounding (a false equality with a limit, NaN, a saturated maximum) on data made
to fall into them; and the fonts a Chinese figure is drawn with."""

from __future__ import annotations

import re

import numpy as np
import pytest

import sigmoid_core as sc
from scripts.content import figures
from scripts.model import Figure, Series
from scripts.pipeline import translations
from scripts.rendering import render

LANGUAGES = ("en", "zh")
# series whose function stays strictly inside (−1, 1) or (0, 1): their alt text names no ±1
BOUNDED_BY_ONE = {
    "sigmoid": ("σ(x)",),
    "sigmoid_reflection": ("σ(x)", "σ(−x)", "1 − σ(x)"),
    "sigmoid_and_derivative": ("σ(x)",),
    "sigmoid_steepness": ("k = 0.5", "k = 1", "k = 2", "k = 8"),
    "sigmoid_family": (
        "logistic σ(x)",
        "probit Φ(x√(π/8))",
        "1/2 + arctan(πx/4)/π",
        "1/2 + x/(4√(1 + x²/4))",
    ),
    "tanh_vs_sigmoid": ("tanh(x)", "σ(x)", "2σ(2x) − 1"),
}
ONE = re.compile(r"(?<![\d.])[−-]?1(?![\d.e])(?! \w+ =)")  # the number ±1, not 1.5, 10 or "1 ="


def summaries(figure: Figure, language: str) -> list[str]:
    """The alt text's sentence for each series, in order."""
    shown = translations.figure(figure, language)
    text = render.alt_text(shown, render.drawn_data(figure), "", language)
    labels = [s.label for s in shown.series]
    starts = [text.index(f"{label}{'：' if language == 'zh' else ':'}") for label in labels]
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def figure_of(*series: Series, xlabel: str = "x") -> Figure:
    return Figure("test", "", "", series, xlabel=xlabel)


def test_every_figure_has_numbers_in_both_languages_without_nan_or_hyphen_minus() -> None:
    for figure in figures.FIGURES:
        for language in LANGUAGES:
            text = "".join(summaries(figure, language))
            assert "nan" not in text.lower() and "inf" not in text.lower(), (figure.name, text)
            numbers = re.findall(r"[−-]?\d[\d.e−-]*", text)
            assert numbers, (figure.name, text)
            labels = "".join(s.label for s in translations.figure(figure, language).series)
            hyphens = re.findall(r"(?<![A-Za-z])-\d", text)
            assert len(hyphens) == len(re.findall(r"(?<![A-Za-z])-\d", labels)), (
                figure.name,
                text,
            )


def test_no_series_inside_the_unit_interval_is_said_to_reach_one() -> None:
    for name, labels in BOUNDED_BY_ONE.items():
        figure = figures.named(name)
        declared = [s.label for s in figure.series]
        for language in LANGUAGES:
            for label, sentence in zip(declared, summaries(figure, language), strict=True):
                if label not in labels:
                    continue
                values = sentence.split("：" if language == "zh" else ":", 1)[1]
                values = re.sub(r"(?:略小于|略大于|just below|just above) [−-]?1", "", values)
                assert not ONE.search(re.sub(r"\w+ = [−\d.e]+", "", values)), (name, sentence)


def test_chinese_alt_text_joins_marked_points_with_the_enumeration_comma() -> None:
    zh = summaries(figures.named("sigmoid_second_derivative"), "zh")[-1]
    assert "(−1.32, 0.0962)、(1.32, −0.0962)" in zh, zh
    en = summaries(figures.named("sigmoid_second_derivative"), "en")[-1]
    assert "(−1.32, 0.0962), (1.32, −0.0962)" in en, en


@pytest.mark.parametrize(("language", "below"), [("en", "just below 1"), ("zh", "略小于 1")])
def test_a_saturated_end_is_a_bound_not_the_limit(language: str, below: str) -> None:
    x = np.linspace(-6, 6, 121)
    steep = Series("k = 8", lambda: (x, sc.sigmoid(8 * x)))
    data = render.drawn_data(figure_of(steep))
    assert data[0][1][-1] == 1.0  # float64 has run out of digits: the test's premise
    text = render.alt_text(figure_of(steep), data, "", language)
    assert below in text and "x = 6 处的 1" not in text and "to 1 at x = 6" not in text, text
    assert "4.6" not in text and "最大值" not in text and "largest" not in text, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_value_exactly_one_is_one(language: str) -> None:
    x = np.linspace(-6, 6, 121)
    step = Series("step", lambda: (x, np.where(x < 0, 0.0, 1.0)))
    text = render.alt_text(figure_of(step), render.drawn_data(figure_of(step)), "", language)
    assert ("1 at x = 6" if language == "en" else "x = 6 处的 1。") in text, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_end_near_a_limit_gets_the_digits_that_tell_it_apart(language: str) -> None:
    p = np.linspace(0.0005, 0.9995, 200)
    logit = Series("logit(p)", lambda: (p, sc.logit(p)))
    text = render.alt_text(
        figure_of(logit, xlabel="p"), render.drawn_data(figure_of(logit)), "", language
    )
    assert "p = 0.9995" in text and "p = 1" not in text, text
    assert "7.6004" in text and "−7.6004" in text, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_nan_is_skipped_and_a_tied_maximum_has_no_place(language: str) -> None:
    h = np.logspace(-16, -1, 50)
    y = np.where(h < 2e-16, np.nan, np.minimum(0.2, h * 1e14))  # undefined, then 0.2 tied
    tied = Series("error", lambda: (h, y[::-1].copy()))
    text = render.alt_text(figure_of(tied), render.drawn_data(figure_of(tied)), "", language)
    assert "nan" not in text and "largest" not in text and "最大值" not in text, text
    assert text.count("0.2") == 1, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_decimal_off_by_an_ulp_is_that_decimal(language: str) -> None:
    n = np.arange(1.0, 4.0)
    moment = Series("ReLU", lambda: (n, np.nextafter(0.5, 1.0) ** n))
    text = render.alt_text(figure_of(moment), render.drawn_data(figure_of(moment)), "", language)
    assert "0.5 at x = 1" in text or "x = 1 处的 0.5" in text, text
    assert "just" not in text and "略" not in text, text


def test_an_interior_maximum_is_placed_in_each_language() -> None:
    figure = figures.named("sigmoid_derivative")
    en, zh = (summaries(figure, language)[0] for language in LANGUAGES)
    assert "largest 0.25 at x = 0" in en, en
    assert "在 x = 0 处取最大值 0.25" in zh and "最大值 0.25 在 0 处" not in zh, zh


def test_chinese_figures_are_measured_and_named_with_chinese_fonts() -> None:
    import warnings

    declared = figures.named("gradient_through_layers")
    data = render.drawn_data(declared)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        zh = render.render_svg(translations.figure(declared, "zh"), "light", data)
    assert not [w for w in caught if "missing from font" in str(w.message)], caught
    assert b"'DejaVu Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'" in zh
    assert b"CJK" not in render.render_svg(declared, "light", data)
