"""Numbers the pages state that are choices, not results, each with its reason. Every
occurrence of a declared number on its page is covered; page "*" covers every page.

A single digit inside a formula or an inline code span is the formula's own constant (the 1 in
$1 + e^{-x}$, the 2 in $\\sigma(2x)$), and 0, 1 and 2 in prose are the limits and the constants
of the identities: the formulas that state results are claims (scripts/content/claims/)."""

from __future__ import annotations

from scripts.experiments.classification import LEARNING_RATE, POINTS_PER_CLASS, TRAINING_STEPS
from scripts.experiments.networks import BATCH, WIDTH, XOR_RATE, XOR_STEPS, XOR_TRIALS
from scripts.model import Definition

FORMULA_DIGITS = frozenset("0123456789")
PROSE_DIGITS = frozenset("012")

DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        "numerical-derivatives.md", "1.10", "SciPy release: scipy.misc.derivative deprecated"
    ),
    Definition(
        "numerical-derivatives.md",
        "1.12",
        "SciPy release for which scipy.misc.derivative's deprecation announced its removal",
    ),
    Definition(
        "numerical-derivatives.md",
        "1.15",
        "SciPy release: scipy.misc.derivative removed (present in the 1.14.1 wheel, absent from "
        "1.15.0's), scipy.differentiate added",
    ),
    *(
        Definition(
            "numerical-derivatives.md",
            number,
            "an exercise's test inputs, -400 (beyond the dual numbers' overflow) and -700 "
            "(near the value's)",
        )
        for number in ("400", "700")
    ),
    Definition(
        "numerical-derivatives.md",
        "1e-13",
        "the pitfall's step, too small on purpose (experiments.differentiation.TINY_STEP, one "
        "of FD_STEPS)",
    ),
    # the example's settings, written from the constants the training runs with: change one
    # there and the page's old number is no longer declared, so the build names it
    Definition("neural-networks.md", f"{POINTS_PER_CLASS}", "the example's points per class"),
    Definition("neural-networks.md", f"{LEARNING_RATE}", "the example's learning rate"),
    Definition("neural-networks.md", f"{TRAINING_STEPS}", "the example's gradient-descent steps"),
    Definition("neural-networks.md", "2010", "the year of Glorot and Bengio's paper"),
    Definition(
        "neural-networks.md", "2015", "the year of Jozefowicz, Zaremba and Sutskever's study"
    ),
    Definition(
        "neural-networks.md", "1989", "the year of Cybenko's and of Hornik et al.'s theorems"
    ),
    *(
        Definition("neural-networks.md", number, "a section number of the book cited beside it")
        for number in ("6.2", "4.3")
    ),
    *(
        Definition("neural-networks.md", year, "a year of publication of a paper cited beside it")
        for year in ("1998", "2014", "2020", "2023", "2025")
    ),
    Definition("neural-networks.md", "2018", "the year of Soudry et al.'s paper"),
    Definition(
        "neural-networks.md",
        f"{2 * POINTS_PER_CLASS}",
        "the example's training points, two classes",
    ),
    Definition(
        "neural-networks.md", "2017", "the year of Guo et al.'s and Pennington et al.'s papers"
    ),
    Definition("activations.md", "1.702", "the constant of the GELU paper's sigmoid approximation"),
    *(
        Definition("logistic.md", year, "a year of publication in the history of the curve")
        for year in ("1838", "1845", "1944")
    ),
    *(
        Definition("logistic.md", number, "the hard sigmoids as the libraries document them")
        for number in ("6", "0.2", "0.5", "3", "2.15")
    ),
    Definition("python.md", "801", "the grid of a plotting example: np.linspace(-8, 8, 801)"),
    Definition("python.md", "720", "an example input, -720, in the subnormal tail"),
    Definition("python.md", "720.0", "the same example input, as a float in code"),
    Definition("python.md", "10", "as in 10^7: the benchmark's array size"),
    Definition("python.md", "60", "the precision of the test references: mpmath at 60 digits"),
    Definition(
        "python.md",
        "40",
        "the sample range [-40, 40], the 40-digit mpmath reference of the "
        "figures and the example logit z = 40",
    ),
    Definition("python.md", "20", "example inputs: x = 20, and the float32 figure's range"),
    Definition("python.md", "45", "the float64 figure's range of x"),
    Definition("python.md", "3", "the third item of a numbered list"),
    Definition("python.md", "0.999999", "a probability near 1, the conditioning example of logit"),
    *(
        Definition("python.md", number, "an issue or pull-request number (the link beside it)")
        for number in ("40385", "40825", "126060", "127010")
    ),
    Definition("python.md", "2026", "the year of the reports cited and of the benchmark's runs"),
    *(
        Definition("python.md", number, "the month and day of the benchmark's runs, 2026-12-02")
        for number in ("12", "02")
    ),
    Definition("activations.md", "0.3", "Keras's LeakyReLU layer's default slope, from its docs"),
    Definition(
        "activations.md",
        "0.2",
        "the default slope of keras.activations.leaky_relu and tf.nn.leaky_relu, from their docs",
    ),
    Definition("python.md", "2018", "the year of the mixed-precision paper cited"),
    Definition(
        "python.md",
        "800",
        "an exercise's test inputs, -800 and 800: beyond where sigma underflows to 0 (-745.13) "
        "and rounds to 1",
    ),
    Definition(
        "python.md",
        "0.37",
        "bench_core.py, five runs on 2026-12-02: a timing, not computed at build",
    ),
    Definition(
        "python.md",
        "0.54",
        "bench_core.py, five runs on 2026-12-02: a timing, not computed at build",
    ),
    Definition(
        "python.md",
        "1.41",
        "bench_core.py, five runs on 2026-12-02: a timing, not computed at build",
    ),
    Definition(
        "python.md",
        "1.91",
        "bench_core.py, five runs on 2026-12-02: a timing, not computed at build",
    ),
    Definition("python.md", "26", "the CPU family number of the benchmark's machine"),
    Definition("python.md", "512", "as in AVX-512, the instruction set's name"),
    *(
        Definition("tanh.md", number, "fastbook's chapter, issue and pull-request numbers")
        for number in ("12", "273", "276")
    ),
    *(
        Definition(
            "sigmoid.md", number, "an output given in exercise 1, whose score and odds it asks"
        )
        for number in ("0.5", "0.6", "0.8", "0.9")
    ),
    Definition("derivative.md", "0.9", "the output given in exercise 1, whose slope it asks"),
    Definition(
        "derivative.md", "40", "exercise 4's input past the point where sigma(x) rounds to 1"
    ),
    Definition(
        "derivative.md",
        "400",
        "exercise 4's input -400, past the overflow of the squared denominator",
    ),
    *(
        Definition("logistic.md", number, "an expected score given in exercise 1")
        for number in ("0.75", "0.9")
    ),
    Definition(
        "logistic.md", "3.5", "exercise 5's point just outside the series' radius of convergence"
    ),
    Definition("derivative.md", "0.1", "exercise 5's slope, which the reader looks for"),
    Definition("derivative.md", "2.1", "exercise 5's step of the slider past the answer"),
)


def once(page: str, choices: list[tuple[str, str]]) -> tuple[Definition, ...]:
    """A definition on ``page`` for each number of ``choices`` (number, why) that DEFINITIONS
    does not declare there already, with the reasons of equal numbers joined: two settings
    that happen to be equal are one declared number."""
    declared = {d.number for d in DEFINITIONS if d.page == page}
    reasons: dict[str, list[str]] = {}
    for number, why in choices:
        if number not in declared:
            reasons.setdefault(number, []).append(why)
    return tuple(Definition(page, number, "; ".join(why)) for number, why in reasons.items())


# the XOR network's and the depth study's settings, written from the constants the computations
# run with (scripts/experiments/networks.py), and the given data of the page's new exercises
DEFINITIONS += once(
    "neural-networks.md",
    [
        (f"{XOR_RATE:g}", "the XOR network's learning rate"),
        (f"{XOR_STEPS}", "the XOR network's gradient-descent steps"),
        (f"{XOR_TRIALS}", "initialisations in the XOR study"),
        (f"{WIDTH}", "units in each layer of the depth study"),
        (f"{BATCH}", "random inputs of the depth study"),
        ("0.9", "exercise 5's given h_j"),
        ("0.3", "exercise 5's given p - y"),
        ("8", "exercise 7's largest gain, twice the sigmoid's 4"),
    ],
)
