"""Chinese for the page's claims and for the words of the figures and tables it places.

The tables page places every table of scripts/content/tables.py, so the words of all of them are
here (and only here: the other pages that place a table share these entries)."""

PHRASES: dict[str, str] = {
    # the tables' headings on the tables page (tables.TITLES)
    "Values of the sigmoid": "sigmoid 的函数值",
    "σ′(x) and σ″(x)": "一阶与二阶导数",
    "tanh and the sigmoid, each from the other": "tanh 与 sigmoid 的换算",
    "Cancellation in 1 − σ(x)": "1 − σ(x) 的相消误差",
    "Saturation points in float64 and float32": "float64 与 float32 中的饱和点",
    "Errors of finite differences": "有限差分的误差",
    "Activation functions compared": "激活函数比较",
    # table: sigmoid
    "σ(x), 1 − σ(x) computed as σ(−x), and log σ(x) at selected points.": (
        "σ(x)、按 σ(−x) 计算的 1 − σ(x)，以及 log σ(x) 在若干选定点处的值。"
    ),
    "sigmoid(x)": "sigmoid(x)",  # sigmoid_core's functions: names, the same in Chinese
    "sigmoid(-x)": "sigmoid(-x)",
    "log_sigmoid(x)": "log_sigmoid(x)",
    # table: sigmoid_derivative
    "σ′(x) and σ″(x) at selected points.": "σ′(x) 与 σ″(x) 在若干选定点处的值。",
    "sigmoid_derivative(x)": "sigmoid_derivative(x)",
    "sigmoid_second_derivative(x)": "sigmoid_second_derivative(x)",
    # table: tanh_relation
    "tanh(x) against 2σ(2x) − 1, and σ(x) against (1 + tanh(x/2))/2.": (
        "tanh(x) 与 2σ(2x) − 1 的对照，以及 σ(x) 与 (1 + tanh(x/2))/2 的对照。"
    ),
    "tanh(x)": "tanh(x)",  # also a legend label of the figure tanh_vs_sigmoid (tanh.py)
    "(1 + tanh(x/2))/2": "(1 + tanh(x/2))/2",
    # table: cancellation
    "1 − σ(x) computed by subtraction against σ(−x), in float64.": (
        "用减法算出的 1 − σ(x) 与 σ(−x) 的对照（float64）。"
    ),
    "1 - sigmoid(x)": "1 - sigmoid(x)",
    # table: float_thresholds
    "Where the exponential and the sigmoid saturate, per float type.": (
        "指数函数和 sigmoid 在各种浮点类型下饱和的位置。"
    ),
    "saturation point": "饱和点",
    "float64": "float64",
    "float32": "float32",
    "exp(x) overflows above": "x 大于此值时，exp(x) 上溢",
    "naive 1/(1 + exp(−x)) is exactly 1 from": "从此值起，朴素的 1/(1 + exp(−x)) 恰好等于 1",
    "sigmoid(x) is exactly 1 from": "从此值起，sigmoid(x) 恰好等于 1",
    "the exact σ(x) rounds to 1 from (a real threshold)": "从此值起，精确的 σ(x) 舍入后为 1（实数阈值）",
    "σ(x) is subnormal below": "x 小于此值时，σ(x) 是次正规数",
    "naive 1/(1 + exp(−x)) is exactly 0 below": "x 小于此值时，朴素的 1/(1 + exp(−x)) 恰好为 0",
    "sigmoid(x) is exactly 0 below": "x 小于此值时，sigmoid(x) 恰好为 0",
    # table: finite_differences
    "Error of finite differences of sigmoid at x = 1, against σ′(1).": (
        "sigmoid 在 x = 1 处的有限差分相对于 σ′(1) 的误差。"
    ),
    "forward error": "前向差分误差",
    "central error": "中心差分误差",
    # table: activations
    "Activation functions compared; the maximum derivative is measured on a "
    "dense grid in [−<!-- site:value grid_edge -->, <!-- site:value grid_edge -->] with sigmoid_core.": (
        "激活函数的比较；导数的最大值用 sigmoid_core 在 "
        "[−<!-- site:value grid_edge -->, <!-- site:value grid_edge -->] 内的密集网格上测得。"
    ),
    "activation": "激活函数",
    "range": "值域",
    "zero-centred": "以零为中心",
    "monotonic": "单调",
    "max derivative": "导数最大值",
    "cost": "计算量",
    "sigmoid": "sigmoid",  # the functions' names stay in English
    "tanh": "tanh",
    "ReLU": "ReLU",
    "leaky ReLU (α = 0.01)": "带泄露的 ReLU（α = 0.01）",
    "SiLU": "SiLU",
    "yes": "是",
    "no": "否",
    "1 exp, 1 division": "1 次 exp、1 次除法",
    "1 tanh (≈ 2 exp)": "1 次 tanh（≈ 2 次 exp）",
    "1 comparison": "1 次比较",
    "1 comparison, 1 multiply": "1 次比较、1 次乘法",
    "1 exp, 1 division, 1 multiply": "1 次 exp、1 次除法、1 次乘法",
}
