"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    # claims (those that are pure formulas appear unchanged)
    "below $x \\approx -354.9$": "在 $x \\approx -354.9$ 以下",
    "below $x \\approx -709.78$": "在 $x \\approx -709.78$ 以下",
    "which is accurate at $x = 40$ where\n$y(1 - y)$ gives 0": (
        "它在 $x = 40$ 处是准确的，而 $y(1 - y)$ 在那里得到 0"
    ),
    "which overflows below $x \\approx -354.9$ (an `OverflowError` in this code": (
        "这个平方在 $x \\approx -354.9$ 以下就会上溢（在这段代码中是 `OverflowError`"
    ),
    "fine down to $x \\approx -709.78$": "一直到 $x \\approx -709.78$ 都没有问题",
    "With $h = 10^{-13}$ the": "取 $h = 10^{-13}$ 时",
    "magnitude worse than with $h = 10^{-8}$": "比 $h = 10^{-8}$ 时大了四个数量级",
    "about $5 \\times 10^{-9}$ at $h = 10^{-8}$": "约为 $5 \\times 10^{-9}$（在 $h = 10^{-8}$ 处）",
    "about $2 \\times 10^{-12}$ at $h = 10^{-5}$": (
        "约为 $2 \\times 10^{-12}$（在 $h = 10^{-5}$ 处）"
    ),
    # figure: finite_difference_error
    "Error of forward and central differences for σ′(1) against the step h (log–log).": (
        "用前向差分和中心差分计算 σ′(1) 的误差随步长 h 的变化（双对数坐标）。"
    ),
    "A V-shaped log-log plot for each method: the error falls as h shrinks (slope 1 for "
    "the forward difference, 2 for the central one) until rounding error, growing like "
    "1/h, takes over; the central difference reaches its minimum at a larger h.": (
        "双对数坐标图，每种方法各是一条 V 形曲线：误差随 h 减小而下降（前向差分的斜率为 1，"
        "中心差分的为 2），直到按 1/h 增长的舍入误差占了上风；中心差分在更大的 h 处达到最小值。"
    ),
    "forward (f(x+h) − f(x))/h": "前向差分 (f(x+h) − f(x))/h",
    "central (f(x+h) − f(x−h))/2h": "中心差分 (f(x+h) − f(x−h))/2h",
    "step h": "步长 h",
    "|error| at x = 1": "x = 1 处的绝对误差",
    # table: finite_differences -- its words are in tables.py (the tables page places it too)
}
