"""The interactive figures (scripts/content/widgets.py, docs/javascripts/widgets.js) in Chromium:
the script's numerics and rounding against sigmoid_core and Python, each control driven by the
keyboard and by filling it in with every readout compared with the core, the state in the
address (bad values included), the static palettes, and the page without JavaScript."""

from __future__ import annotations

import math
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import mpmath
import numpy as np
import pytest

import sigmoid_core as sc
from scripts.content import figures, widgets
from scripts.experiments import classification, differentiation
from scripts.rendering import render, widget_html
from tests.conftest import ulp_distance
from tests.test_accuracy import MAX_ULP as CORE_MAX_ULP
from tests.test_accuracy import expected, p_sweep, x_sweep

PAGES = {
    "steepness": "/logistic/",
    "floating_point": "/python/",
    "finite_differences": "/numerical-derivatives/",
    "logistic_regression": "/neural-networks/",
    "tangent": "/derivative/",
}
# The script against sigmoid_core, in ulp: float64, float32. IEEE +, -, *, / and the float32
# rounding agree bit for bit, but V8's Math.exp and Math.log1p may differ from numpy's exp and
# log1p by an ulp. Against the exact value the script keeps the core's own budgets
# (tests/test_accuracy.py::MAX_ULP), so the two may be those budgets apart in opposite
# directions; measured: 4, 3, 2 and 1 ulp in float64 over the grid below, 0 in float32, where
# both round the float64 result once (a tie can still fall differently: 1).
MAX_ULP = {
    "sigmoid": (4, 1),
    "sigmoid_derivative": (6, 1),
    "log_sigmoid": (2, 1),
    "logit": (2, 1),
}
SPECIAL = [800, 37, 709.78, 745.13, 708.4, 36.7, 16.6, 88.72, 103.97, 1e-300, 5e-324, 0.0]


class Console:
    """Every console error and uncaught exception of a page."""

    def __init__(self, page: object) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))


@pytest.fixture
def open_widget(browser: object, server: str) -> Iterator[object]:
    """Opens a widget's page (with a query string, a width, a palette) and checks, once the
    test is done, that no page it opened logged an error."""
    contexts, consoles = [], []

    def open_(name: str, query: str = "", width: int = 1280, dark: bool = False):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme="dark" if dark else "light"
        )
        contexts.append(context)
        page = context.new_page()
        consoles.append(Console(page))
        page.goto(f"{server}{PAGES[name]}{query}", wait_until="networkidle")
        root = page.locator(f"#widget-{name}")
        root.wait_for(state="visible")
        root.scroll_into_view_if_needed()
        return page, root

    yield open_
    for context in contexts:
        context.close()
    assert [e for c in consoles for e in c.errors] == []


# --- numerics and rounding ------------------------------------------------------------------


@pytest.fixture(scope="module")
def numerics(browser: object, server: str) -> Iterator[object]:
    """One page with the widgets' script, whose pure functions (numerics, formatting) the tests
    below call; it must log no error."""
    context = browser.new_context()
    page = context.new_page()
    console = Console(page)
    page.goto(f"{server}{PAGES['steepness']}", wait_until="networkidle")
    page.wait_for_function("typeof sigmoidWidgets === 'object'")
    yield page
    context.close()
    assert console.errors == []


def evaluate_grid() -> tuple[np.ndarray, np.ndarray]:
    """The inputs: the accuracy tests' sweeps, the named points with both signs, NaN and the
    infinities; for logit, the sweep of probabilities and values outside [0, 1]."""
    special = np.array([*SPECIAL, *(-v for v in SPECIAL), math.nan, math.inf, -math.inf])
    xs = np.concatenate([x_sweep(np.float64), special])
    ps = np.concatenate(
        [p_sweep(np.float64), sc.sigmoid(special), [0.0, 1.0, -1.0, 2.0, 5e-324, 1e-310]]
    )
    return xs, ps


def script_values(page: object, name: str, inputs: np.ndarray, single: bool) -> np.ndarray:
    table = "numerics32" if single else "numerics"
    out = page.evaluate(f"xs => xs.map(sigmoidWidgets.{table}.{name})", [float(v) for v in inputs])
    return np.array(out, dtype=np.float32 if single else np.float64)


@pytest.mark.parametrize("single", [False, True], ids=["float64", "float32"])
@pytest.mark.parametrize("name", sorted(MAX_ULP))
def test_script_numerics_match_the_core(numerics: object, name: str, single: bool) -> None:
    page = numerics
    xs, ps = evaluate_grid()
    inputs = ps if name == "logit" else xs
    dtype = np.float32 if single else np.float64
    with np.errstate(over="ignore"):  # float32 of the largest float64 inputs is inf
        typed = inputs.astype(dtype)
    expected = getattr(sc, name)(typed)
    distance = ulp_distance(script_values(page, name, inputs, single), expected)
    budget = MAX_ULP[name][single]
    worst = int(np.argmax(distance))
    assert distance.max() <= budget, (name, typed[worst], distance.max(), len(inputs))


@pytest.mark.parametrize("name", sorted(MAX_ULP))
def test_script_numerics_keep_the_core_budget_against_mpmath(numerics: object, name: str) -> None:
    page = numerics
    sweep = p_sweep(np.float64) if name == "logit" else x_sweep(np.float64)
    distance = ulp_distance(script_values(page, name, sweep, False), expected(name, np.float64))
    assert distance.max() <= CORE_MAX_ULP[name][0], (name, sweep[int(np.argmax(distance))])


def test_script_numerics_are_monotone(numerics: object) -> None:
    page = numerics
    x = np.concatenate([np.linspace(-745.5, 745.5, 20001), np.linspace(-40, 40, 20001)])
    x = np.sort(x)
    for name in ("sigmoid", "log_sigmoid"):
        assert np.all(np.diff(script_values(page, name, x, False)) >= 0), name
    derivative = script_values(page, "sigmoid_derivative", x[x >= 0], False)
    assert np.all(np.diff(derivative) <= 0)
    p = np.unique(np.concatenate([np.linspace(0, 1, 20001), sc.sigmoid(x)]))
    p = p[(p > 0) & (p < 1)]  # logit's infinities at the ends: inf - inf is no step
    assert np.all(np.diff(script_values(page, "logit", p, False)) >= 0)


def format_cases() -> list[float]:
    rng = np.random.default_rng(20261201)
    random = rng.standard_normal(300) * 10.0 ** rng.integers(-12, 12, 300)
    ties = [0.125, 0.375, 2.5, 1.5, 0.5, -0.5, 0.0625, 1234.5, 0.25, 1e22, 9.995, 0.9999995]
    edges = [0.0, -0.0, 1.0, 99999.5, 0.00001, 0.0001, 1e16, 5e-324, 1.7976931348623157e308]
    return [*random.tolist(), *ties, *edges, math.nan, math.inf, -math.inf]


def test_script_rounds_as_the_static_pages(numerics: object) -> None:
    page = numerics
    specs = [f"f{n}" for n in range(5)] + [f"g{n}" for n in (1, 2, 3, 4, 6, 9, 17)]
    values = format_cases()
    shown = page.evaluate(
        "([vs, specs]) => specs.map((s) => vs.map((v) => sigmoidWidgets.format(v, s)))",
        [values, specs],
    )
    for spec, texts in zip(specs, shown, strict=True):
        expected = [widget_html.readout_text(v, spec) for v in values]
        assert texts == expected, spec


# --- every control, against the core ---------------------------------------------------------


def readouts(root: object) -> dict[str, str]:
    return root.evaluate(
        "r => Object.fromEntries([...r.querySelectorAll('[data-readout]')]"
        ".map((o) => [o.dataset.readout, o.textContent]))"
    )


def settings(root: object) -> dict[str, object]:
    return root.evaluate(
        "r => Object.fromEntries([...r.querySelectorAll('input[data-control]:not([type=number])')]"
        ".filter((i) => i.type !== 'radio' || i.checked)"
        ".map((i) => [i.dataset.control, i.type === 'radio' ? i.value : Number(i.value)]))"
    )


def fill_range(root: object, control: str, value: str) -> None:
    """What Playwright's fill() does for a text box, for a slider, which it cannot fill: set
    the value and send the input event."""
    root.locator(f'input[type="range"][data-control="{control}"]').evaluate(
        "(i, v) => { i.value = v; i.dispatchEvent(new Event('input', { bubbles: true })); }",
        value,
    )


def expected_steepness(s: dict[str, float]) -> dict[str, str]:
    z = s["k"] * s["x0"] + s["b"]
    text = widget_html.readout_text
    return {
        "sigma": text(float(sc.sigmoid(z)), "g6"),
        "slope": text(s["k"] * float(sc.sigmoid_derivative(z)), "g4"),
        "logit": text(float(sc.logit(sc.sigmoid(z))), "g6"),
    }


def exact_text(x: float) -> str:
    """The true sigma(x), six digits, from mpmath: m e-E below 0, 1 - m e-E from 0 up."""
    with mpmath.workdps(50):
        tail = 1 / (1 + mpmath.exp(abs(mpmath.mpf(x))))
        e = int(mpmath.floor(mpmath.log10(tail)))
        mantissa = f"{float(tail / mpmath.mpf(10) ** e):.6g}"
    if mantissa == "10":
        mantissa, e = "1", e + 1
    sci = f"{mantissa}e{'−' if e < 0 else '+'}{abs(e):02d}"
    return sci if x < 0 else f"1 − {sci}"


def naive_in(dtype: type, x: float) -> tuple[np.floating, np.floating]:
    """e^-x and 1 / (1 + e^-x) in ``dtype``, e^-x rounded once from float64 as the script
    rounds Math.exp: numpy's float32 exp is not correctly rounded (at x = -20 it is off by
    more than an ulp), so it would test numpy, not the formula."""
    with np.errstate(over="ignore"):
        e = dtype(np.exp(-np.float64(dtype(x))))
    return e, dtype(1) / (dtype(1) + e)


def expected_floating_point(s: dict[str, object]) -> dict[str, str]:
    dtype = np.float32 if s["precision"] == "float32" else np.float64
    digits = "g9" if dtype is np.float32 else "g17"
    x = dtype(s["x"])
    text = widget_html.readout_text
    return {
        "x": text(float(x), digits),
        "naive": text(float(naive_in(dtype, s["x"])[1]), digits),
        "stable": text(float(sc.sigmoid(x)), digits),
        "exact": exact_text(float(x)),
    }


def expected_finite_differences(s: dict[str, float]) -> dict[str, str]:
    index = round((s["log_h"] - widgets.LOG_STEP[0]) / widgets.LOG_STEP[2])
    h, x = differentiation.FD_STEPS[index], s["x"]
    exact = float(sc.sigmoid_derivative(x))
    text = widget_html.readout_text
    return {
        "h": text(float(h), "g3"),
        "forward": text(abs(float(sc.forward_difference(sc.sigmoid, x, h)) - exact), "g2"),
        "central": text(abs(float(sc.central_difference(sc.sigmoid, x, h)) - exact), "g2"),
        "exact": text(exact, "g6"),
    }


def expected_logistic_regression(s: dict[str, float]) -> dict[str, str]:
    features, labels = classification.classification_data()
    logits = features @ np.array([s["w1"], s["w2"]]) + s["b"]
    trained = classification.train_logistic_regression()
    weights = trained["weights"]
    trained_loss = classification.logistic_loss(features @ weights[:2] + weights[2], labels)
    text = widget_html.readout_text
    return {
        "loss": text(classification.logistic_loss(logits, labels), "f3"),
        "accuracy": text(100 * float(np.mean((logits > 0) == (labels == 1))), "f1"),
        "trained_loss": text(trained_loss, "f3"),
        "trained_accuracy": text(100 * trained["accuracy"], "f1"),
    }


def expected_tangent(s: dict[str, float]) -> dict[str, str]:
    y = float(sc.sigmoid(s["x0"]))
    text = widget_html.readout_text
    return {
        "sigma": text(y, "g6"),
        "slope": text(float(sc.sigmoid_derivative(s["x0"])), "g6"),
        "from_output": text(y * (1 - y), "g6"),
    }


EXPECTED = {
    "steepness": expected_steepness,
    "floating_point": expected_floating_point,
    "finite_differences": expected_finite_differences,
    "logistic_regression": expected_logistic_regression,
    "tangent": expected_tangent,
}
FILLED = {  # a value to fill in for each slider
    "steepness": {"k": "12.3", "b": "-2.7", "x0": "0.3"},
    "finite_differences": {"log_h": "-12.35", "x": "-3.5"},
    "logistic_regression": {"w1": "2.35", "w2": "-0.8", "b": "1.15"},
    "tangent": {"x0": "-2.7"},
}


def assert_readouts_match(name: str, root: object) -> None:
    shown = readouts(root)
    expected = EXPECTED[name](settings(root))
    assert {k: shown[k] for k in expected} == expected


@pytest.mark.parametrize("name", sorted(FILLED))
def test_every_slider_by_keyboard_and_by_filling(open_widget: object, name: str) -> None:
    page, root = open_widget(name)
    assert_readouts_match(name, root)
    for control, value in FILLED[name].items():
        before = settings(root)[control]
        slider = root.locator(f'input[type="range"][data-control="{control}"]')
        slider.focus()
        for key in ("ArrowRight", "ArrowRight", "ArrowUp", "ArrowLeft"):
            page.keyboard.press(key)
        step = float(slider.get_attribute("step"))
        assert settings(root)[control] == pytest.approx(before + 2 * step)
        assert_readouts_match(name, root)
        fill_range(root, control, value)
        assert settings(root)[control] == float(value)
        assert_readouts_match(name, root)
        output = root.locator(f'output[data-value-of="{control}"]')
        assert float(output.inner_text().replace("−", "-")) == float(value)
        assert output.get_attribute("aria-live") == "polite"


# the inputs typed, past each threshold of exp in either precision
FLOATING_POINT_X = [
    "-800",
    "-745.2",
    "-709.78",
    "-708.5",
    "-103.9",
    "-88.5",
    "-20",
    "0",
    "16.7",
    "37",
    "800",
]


@pytest.mark.parametrize("precision", ["float64", "float32"])
def test_floating_point_readouts(open_widget: object, precision: str) -> None:
    """Each x typed in turn on one page: the readouts are the core's, and the naive formula's
    status says what happens to e^-x in that precision."""
    page, root = open_widget("floating_point")
    root.get_by_label(precision, exact=True).check()
    status = widgets.texts(widgets.named("floating_point"), "en")
    dtype = np.float32 if precision == "float32" else np.float64
    for x in FLOATING_POINT_X:
        root.locator('input[type="number"]').fill(x)
        assert settings(root) == {"x": float(x), "precision": precision}
        assert_readouts_match("floating_point", root)
        naive = readouts(root)["naive_status"]
        e, value = naive_in(dtype, float(x))
        if np.isinf(e):
            assert naive == status["status.overflow"], x
        elif value == 1:
            assert naive == status["status.saturated"], x
        elif value < np.finfo(dtype).smallest_normal:
            bits = int(value / np.finfo(dtype).smallest_subnormal).bit_length()
            assert naive == status["status.subnormal"].format(bits=bits), x
        else:
            assert naive == status["status.ok"], x


def test_floating_point_keyboard(open_widget: object) -> None:
    page, root = open_widget("floating_point", "?floating_point.x=-709.8")
    root.locator('input[type="range"]').focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert settings(root)["x"] == pytest.approx(-709.78)
    assert root.locator('input[type="number"]').input_value() == "-709.78"
    assert_readouts_match("floating_point", root)


# --- the address, bad input, palettes, no JavaScript ------------------------------------------


def test_the_state_is_in_the_address_and_restored(open_widget: object) -> None:
    page, root = open_widget("steepness")
    fill_range(root, "k", "7.5")
    page.wait_for_function("location.search.includes('steepness.k=7.5')")
    query = urlsplit(page.url).query
    assert parse_qs(query)["steepness.k"] == ["7.5"]
    again, restored = open_widget("steepness", f"?{query}")
    assert settings(restored) == settings(root)
    assert readouts(restored) == readouts(root)


def test_bad_values_in_the_address_are_clamped_or_refused(open_widget: object) -> None:
    query = "?steepness.k=abc&steepness.b=99&steepness.x0=NaN"
    page, root = open_widget("steepness", query)
    start = {c.name: c.start for c in widgets.named("steepness").controls}
    assert settings(root) == {"k": start["k"], "b": 5.0, "x0": start["x0"]}
    assert_readouts_match("steepness", root)
    notice = root.locator("[data-notice]").inner_text()
    assert "“abc”" in notice and "“NaN”" in notice and "99" in notice


def test_bad_typed_values_are_clamped_and_shown(open_widget: object) -> None:
    page, root = open_widget("floating_point", "?floating_point.precision=float128")
    assert "float128" in root.locator("[data-notice]").inner_text()
    assert settings(root)["precision"] == "float64"
    box = root.locator('input[type="number"]')
    box.fill("5000")
    box.press("Enter")
    assert settings(root)["x"] == 800.0
    assert box.input_value() == "800"
    assert "5000" in root.locator("[data-notice]").inner_text()
    assert_readouts_match("floating_point", root)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_palettes_are_those_of_the_static_figures(open_widget: object, dark: bool) -> None:
    page, root = open_widget("steepness", dark=dark)
    theme = "dark" if dark else "light"
    colours = root.evaluate(
        "r => [...r.querySelectorAll('svg.widget__plot path.widget__line')]"
        ".map((p) => [p.classList[1], getComputedStyle(p).stroke])"
    )
    drawn = {look: stroke for look, stroke in colours}
    for _, index, _ in widgets.named("steepness").series:
        hex_colour = render.PALETTES[theme][index].lstrip("#")
        rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
        assert drawn[f"c{index}"] == f"rgb({rgb[0]}, {rgb[1]}, {rgb[2]})"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_without_javascript_the_static_figure_remains(
    browser: object, server: str, name: str
) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 900})
    try:
        page = context.new_page()
        page.goto(server + PAGES[name], wait_until="networkidle")
        assert page.locator(f"#widget-{name}").is_hidden()
        assert page.locator("article figure img:visible").count() >= 1
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
    finally:
        context.close()


def test_the_script_loads_only_where_a_widget_is(built_site: tuple[object, str]) -> None:
    site, _ = built_site
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        has_widget = 'class="widget"' in html
        assert ("javascripts/widgets.js" in html) == has_widget, page
        assert ('widgets.js" data-stylesheet=' in html) == has_widget, page
        assert '<link rel="stylesheet" href="../stylesheets/widgets.css"' not in html, page
    with_widgets = sum('class="widget"' in p.read_text() for p in site.rglob("index.html"))
    assert with_widgets == 2 * len(PAGES)  # each page in English and in Chinese


def test_every_string_in_every_language() -> None:
    for widget in widgets.WIDGETS:
        english, chinese = (widgets.texts(widget, language) for language in ("en", "zh"))
        assert english.keys() == chinese.keys(), widget.name
        needed = {"title", "plot", "xlabel", "ylabel"}
        needed |= {f"control.{c.name}" for c in widget.controls}
        needed |= {f"readout.{r.name}" for r in widget.readouts}
        needed |= {f"series.{name}" for name, _, _ in widget.series}
        needed |= {f"action.{name}" for name in widget.actions}
        assert needed <= english.keys(), widget.name
        markup = widget_html.widget_html(widget, chinese, "data.json")
        assert chinese["title"] in markup and english["title"] not in markup


def test_the_tangent_touches_the_curve_at_the_point(open_widget: object) -> None:
    """The drawn tangent runs through the marked point with the slope the readout shows, in
    the plot's own coordinates (a line clipped at the plot's edge would bend)."""
    page, root = open_widget("steepness", "?steepness.k=2.5&steepness.b=-1&steepness.x0=1.5")
    look = root.locator('[data-series="tangent"]').get_attribute("data-look")
    selector = "path.widget__line." + look.replace(" ", ".")
    ends = root.evaluate(
        "(r, selector) => r.querySelector(selector).getAttribute('d').slice(1).split('L')"
        ".map((s) => s.split(' ').map(Number))",
        selector,
    )
    dot = root.evaluate(
        "r => { const c = r.querySelector('circle.widget__dot');"
        "return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]; }"
    )
    (x0, y0), (x1, y1) = ends
    across = (x1 - x0) * (dot[1] - y0) - (y1 - y0) * (dot[0] - x0)  # zero when collinear
    assert abs(across) / math.hypot(x1 - x0, y1 - y0) < 0.5  # within half a unit of the SVG


def test_the_step_is_drawn_at_the_curves_centre(open_widget: object) -> None:
    """The step jumps where sigma(kx + b) crosses 1/2, at -b/k (here 0.4, not 0), as its label
    says: the limit of sigma(c(kx + b)) as c grows."""
    page, root = open_widget("steepness", "?steepness.k=2.5&steepness.b=-1&steepness.x0=1.5")

    def drawn(series: str) -> list[list[float]]:
        look = root.locator(f'[data-series="{series}"]').get_attribute("data-look")
        return root.evaluate(
            "(r, selector) => r.querySelector(selector).getAttribute('d').slice(1).split('L')"
            ".map((s) => s.split(' ').map(Number))",
            "path.widget__line." + look.replace(" ", "."),
        )

    step, curve = drawn("step"), drawn("curve")
    (_, low), (jump, _), (also, high) = step[0], step[1], step[2]
    assert jump == also and low != high
    half = (low + high) / 2
    i = next(
        i for i in range(len(curve) - 1) if (curve[i][1] - half) * (curve[i + 1][1] - half) <= 0
    )
    (xa, ya), (xb, yb) = curve[i], curve[i + 1]
    crossing = xa + (half - ya) * (xb - xa) / (yb - ya)
    assert abs(crossing - jump) < 0.5  # within half a unit of the SVG
    left, right = widgets.steepness_data()["x"]  # the step runs across the whole axis
    zero = step[0][0] + (0 - left) / (right - left) * (step[-1][0] - step[0][0])
    assert abs(zero - jump) > 5  # not the step at 0 (the limit of sigma(kx + b) with b fixed)


# --- dragging along the plot, and the step of gradient descent ------------------------------


def drag_to(page: object, root: object, xs: list[float], data_x: tuple[float, float]) -> None:
    """Press on the plot at the first x (in the data's units), move through the others and
    release, at the plot's mid-height."""
    box = root.locator("svg.widget__plot").bounding_box()
    scale = box["width"] / 560  # the plot's viewBox is 560 wide; margins 64 and 14

    def pixel(x: float) -> float:
        share = (x - data_x[0]) / (data_x[1] - data_x[0])
        return box["x"] + (64 + share * (560 - 64 - 14)) * scale

    y = box["y"] + box["height"] / 2
    page.mouse.move(pixel(xs[0]), y)
    page.mouse.down()
    for x in xs[1:]:
        page.mouse.move(pixel(x), y, steps=4)
    page.mouse.up()


@pytest.mark.parametrize("name", ["tangent", "steepness"])
def test_dragging_along_the_plot_moves_the_point(open_widget: object, name: str) -> None:
    """The point follows the pointer to the slider's nearest step, and the readouts are the
    core's there; the slider, the address and the drawn tangent follow."""
    page, root = open_widget(name)
    data_x = figures.named("sigmoid_tangent" if name == "tangent" else "sigmoid_steepness").x_range
    drag_to(page, root, [-3.0, 0.5, 2.5], data_x)
    x0 = settings(root)["x0"]
    assert abs(x0 - 2.5) <= 0.1 + 1e-9  # the pointer's pixel, to a step of the slider
    assert_readouts_match(name, root)
    page.wait_for_function(f"location.search.includes('{name}.x0=')")
    assert float(parse_qs(urlsplit(page.url).query)[f"{name}.x0"][0]) == x0


def exact_state(page: object) -> tuple[float, float, float]:
    """The logistic-regression widget's weights as the address keeps them, every digit."""
    query = parse_qs(urlsplit(page.url).query)
    return tuple(float(query[f"logistic_regression.{k}"][0]) for k in ("w1", "w2", "b"))


def test_one_step_of_gradient_descent_lowers_the_loss(open_widget: object) -> None:
    """The button, pressed from the keyboard, takes the worked example's step from the weights
    shown: the new weights are the core's step (to summation order), the loss readout is the
    core's loss at them and falls at every step, and the change readout is that fall. Setting
    a weight by hand starts the count again; the address keeps the weights between the
    slider's steps, and a reload restores them without a notice."""
    page, root = open_widget("logistic_regression")
    text = widget_html.readout_text
    features, labels = classification.classification_data()
    assert readouts(root)["steps"] == "0" and readouts(root)["change"] == "\u2013"
    button = root.get_by_role(
        "button", name=widgets.named("logistic_regression").text["action.step"]
    )
    weights = (1.0, 1.0, 0.0)
    for step in range(1, 4):
        before = classification.descent_step(weights)
        button.focus()
        page.keyboard.press("Enter" if step % 2 else "Space")
        page.wait_for_function(
            f"new URLSearchParams(location.search).get('logistic_regression.w1') !== "
            f"'{weights[0]!r}'"
        )
        shown = exact_state(page)
        assert np.allclose(shown, before[0], rtol=1e-13, atol=1e-15), step
        design = np.hstack([features, np.ones((len(labels), 1))])
        loss_then = classification.logistic_loss(design @ np.array(weights), labels)
        loss_now = classification.logistic_loss(design @ np.array(shown), labels)
        assert loss_now < loss_then
        out = readouts(root)
        assert out["steps"] == str(step)
        assert out["loss"] == text(loss_now, "f3")
        assert out["change"] == text(loss_now - loss_then, "g3")
        weights = shown
    again, restored = open_widget("logistic_regression", "?" + urlsplit(page.url).query)
    assert exact_state(again) == weights
    assert restored.locator("[data-notice]").inner_text() == ""
    fill_range(root, "b", "0.5")
    assert readouts(root)["steps"] == "0" and readouts(root)["change"] == "\u2013"
