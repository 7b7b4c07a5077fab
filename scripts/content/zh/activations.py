"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    # claims (those that are pure formulas appear unchanged)
    "(0.01 by default": "默认取 0.01",
    "($\\alpha = 0.01$)": "（$\\alpha = 0.01$）",
    "stays at or below 1/4": "始终不超过 1/4",
    "bell peaks at 1/4": "钟形曲线的峰值为 1/4",
    # figure: activations
    "The sigmoid and its relatives: tanh, ReLU, leaky ReLU "
    "(α = <!-- site:value leaky_slope_shown --> for visibility) and SiLU.": (
        "sigmoid 函数及相关的激活函数：tanh、ReLU、带泄露的 ReLU"
        "（为了看得清楚，取 α = <!-- site:value leaky_slope_shown -->）和 SiLU。"
    ),
    "Five activation functions over x from −<!-- site:value activations_x_max --> to "
    "<!-- site:value activations_x_max -->: the sigmoid between 0 and 1, tanh "
    "between −1 and 1, ReLU zero then linear, leaky ReLU with a small negative slope, and "
    "SiLU dipping slightly below 0 before becoming nearly linear.": (
        "五个激活函数在 x 从 −<!-- site:value activations_x_max --> 到 "
        "<!-- site:value activations_x_max --> 上的图像：sigmoid 介于 0 和 1 之间，tanh 介于 −1 和 1 "
        "之间，ReLU 先为零、后为线性，带泄露的 ReLU 在负半轴有一个小斜率，SiLU 先略微下探到 0 "
        "以下，然后变得接近线性。"
    ),
    # the labels sigmoid, tanh, ReLU and SiLU: in tables.py (cells of the table activations)
    "leaky ReLU": "带泄露的 ReLU",
    # figure: activation_derivatives
    "Their derivatives: only the sigmoid's stays at or below 1/4.": (
        "它们的导数：只有 sigmoid 的导数始终不超过 1/4。"
    ),
    "Derivatives over x from −<!-- site:value activations_x_max --> to "
    "<!-- site:value activations_x_max -->: the sigmoid's bell peaks at 1/4, tanh's at 1; ReLU's "
    "is a step from 0 to 1; leaky ReLU's a step from <!-- site:value leaky_slope_shown --> to 1; "
    "SiLU's rises from slightly "
    "below 0 to about <!-- site:value silu_derivative_peak --> near "
    "x = <!-- site:value silu_derivative_peak_at --> and settles at 1.": (
        "各导数在 x 从 −<!-- site:value activations_x_max --> 到 <!-- site:value activations_x_max --> "
        "上的图像：sigmoid 导数的钟形曲线的峰值为 1/4，tanh 导数的峰值为 1；ReLU 的导数是从 0 "
        "到 1 的阶跃；带泄露的 ReLU 的导数是从 <!-- site:value leaky_slope_shown --> 到 1 的阶跃；"
        "SiLU 的导数从略低于 0 处上升，在 x = <!-- site:value silu_derivative_peak_at --> 附近达到约 "
        "<!-- site:value silu_derivative_peak -->，最后稳定在 1。"
    ),
    "sigmoid′": "sigmoid′",
    "tanh′": "tanh′",
    "ReLU′": "ReLU′",
    "leaky ReLU′": "带泄露的 ReLU′",
    "SiLU′": "SiLU′",
    # table: activations -- its words are in tables.py (the tables page places it too)
    "the constant that makes the largest gap smallest": "这个常数使最大差距最小",
}
