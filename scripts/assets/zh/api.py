"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    "(SciPy's `expit` returns 0 below $x \\approx -709.78$)": (
        "（SciPy 的 `expit` 在 $x \\approx -709.78$ 以下返回 0）"
    ),
}
