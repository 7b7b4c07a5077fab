"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    "overflows for $x < -709.79$": "会在 $x < -709.79$ 时上溢",
    # figure: sigmoid
    "The logistic sigmoid σ(x) = 1 / (1 + e^−x), with its centre (0, 1/2) marked.": (
        "logistic sigmoid 函数 σ(x) = 1 / (1 + e^−x)，标出了它的中心 (0, 1/2)。"
    ),
    "An S-shaped curve that rises from the asymptote y = 0 on the left to the asymptote "
    "y = 1 on the right, passing through (0, 1/2).": (
        "一条 S 形曲线，从左侧的渐近线 y = 0 上升到右侧的渐近线 y = 1，经过点 (0, 1/2)。"
    ),
    "returns 0 from $x \\approx 36.7$ on": "从 $x \\approx 36.7$ 起会悄无声息地返回 0",
}
