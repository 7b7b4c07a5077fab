"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    "`expit` returns 0 from $x \\approx -709.78$ on": "`expit` 从 $x \\approx -709.78$ 起返回 0",
    "$x \\ge -709$ wherever numpy's `exp` is the C library's": (
        "只要 NumPy 的 `exp` 就是 C 函数库的 `exp`，它对 $x \\ge -709$"
    ),
    "own AVX-512 `exp`": "自己的 AVX-512 `exp`",
    "$x = -745.13$": "$x = -745.13$",
}
