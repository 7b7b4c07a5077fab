"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    "overflows below $x \\approx -354.9$": "在 $x \\approx -354.9$ 以下会上溢",
    "once $\\sigma'$ is subnormal ($\\lvert x \\rvert > 708.4$)": (
        "一旦 $\\sigma'$ 成为次正规数（$\\lvert x \\rvert > 708.4$）"
    ),
    "$\\sigma'(x) = 1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$": (
        "$\\sigma'(x) = 1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$"
    ),
    "its maximum 1/4": "最大值 1/4",
    # a formula whose operator name (sech) reads as a word: unchanged
    "\\sigma'(x) = \\frac{1}{4}\\operatorname{sech}^2\\frac{x}{2}": (
        "\\sigma'(x) = \\frac{1}{4}\\operatorname{sech}^2\\frac{x}{2}"
    ),
    "The maximum slope is 1/4, at 0": "最大斜率为 1/4，位于 0 处",
    "a bell with its maximum 1/4 at x = 0": "一条钟形曲线，在 x = 0 处取得最大值 1/4",
    "x = 0 with value 1/4": "x = 0 处最高，其值为 1/4",
    # figure: sigmoid_derivative
    "The derivative σ′(x) = σ(x)σ(−x): a bell with its maximum 1/4 at x = 0.": (
        "导数 σ′(x) = σ(x)σ(−x)：一条钟形曲线，在 x = 0 处取得最大值 1/4。"
    ),
    "A symmetric bell-shaped curve, highest at x = 0 with value 1/4 and falling towards 0 "
    "on both sides.": "一条对称的钟形曲线，在 x = 0 处最高，其值为 1/4，向两侧逐渐降向 0。",
    # figure: sigmoid_and_derivative
    "σ and σ′ on one axis: the slope is steepest where σ crosses 1/2.": (
        "σ 与 σ′ 画在同一坐标系中：σ 穿过 1/2 的地方斜率最大。"
    ),
    "The S-shaped sigmoid and its bell-shaped derivative on the same axes; the bell peaks at "
    "x = 0, exactly where the S-curve crosses 1/2.": (
        "S 形的 sigmoid 曲线与它钟形的导数画在同一坐标系中；钟形曲线在 x = 0 处达到峰值，"
        "恰好是 S 形曲线穿过 1/2 的地方。"
    ),
    # figure: sigmoid_second_derivative
    "The second derivative σ″(x) = σ′(x)(1 − 2σ(x)) changes sign at the inflection point "
    "x = 0.": "二阶导数 σ″(x) = σ′(x)(1 − 2σ(x)) 在拐点 x = 0 处变号。",
    "An odd curve: positive for negative x with a peak near "
    "x = −<!-- site:value second_derivative_extremum -->, zero at x = 0, negative for positive x "
    "with a trough near x = <!-- site:value second_derivative_extremum -->.": (
        "一条奇函数曲线：x 为负时取正值，在 x = −<!-- site:value second_derivative_extremum --> "
        "附近达到峰值；在 x = 0 处为零；x 为正时取负值，"
        "在 x = <!-- site:value second_derivative_extremum --> 附近达到谷值。"
    ),
    "extrema at ±ln(2 + √3)": "极值点 ±ln(2 + √3)",
    # table sigmoid_derivative: its words are in tables.py (the tables page places every table)
}
