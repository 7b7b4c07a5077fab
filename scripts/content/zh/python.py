"""Chinese for the page's claims and for the words of the figures and tables it places.

The tables this page places (float_thresholds, cancellation) have their words in tables.py, the
module of the tables page, which places every table."""

PHRASES: dict[str, str] = {
    "for every $x < -709.79$": "对每一个 $x < -709.79$",
    "overflows above 88.73": "在输入大于 88.73 时上溢",
    # claims
    "often uses 16-bit floats": "常常使用 16 位浮点数",
    "float16 keeps 11 significant bits and its largest number is 65504": (
        "float16 有 11 个有效位，最大的有限数是 65504"
    ),
    "overflows from\n$x \\approx 11.09$": "从 $x \\approx 11.09$ 起就会上溢",
    "exactly 1 from\n$x \\approx 8.32$ on": "从 $x \\approx 8.32$ 起恰好等于 1",
    "but only 8 significant bits: the sigmoid\nrounds to 1 from $x \\approx 6.24$": (
        "但只有 8 个有效位：sigmoid 从 $x \\approx 6.24$ 起就舍入为 1"
    ),
    "about 63 % of them are correctly rounded": "约 63% 是正确舍入的",
    "below $x \\approx -708.4$": "$x \\approx -708.4$ 以下",
    "$1.8 \\times 10^{308}$, that is for $t > \\ln(1.8 \\times 10^{308}) \\approx 709.78$": (
        "$1.8 \\times 10^{308}$，也就是当 $t > \\ln(1.8 \\times 10^{308}) \\approx 709.78$"
    ),
    "for $x \\ge -709$, $e^{-x} \\le e^{709}": "对 $x \\ge -709$，$e^{-x} \\le e^{709}",
    "Below $-709$": "在 $-709$ 以下",
    "`np.exp(720.0)` becomes `inf`": "`np.exp(720.0)` 变成 `inf`",
    "$\\sigma(-720)$, about `2.0322e-313`": "$\\sigma(-720)$ 的真实值约为 `2.0322e-313`",
    "A float64 carries 53 significant bits": "float64 有 53 个有效位",
    "At $x = 20$ the subtraction keeps about 7 correct digits": (
        "在 $x = 20$ 处，减法保留了大约 7 位正确数字"
    ),
    "from $x \\approx 36.74$ on it returns\nexactly 0": "从 $x \\approx 36.74$ 起它恰好返回 0",
    "about `8.53e-17` at $x = 37$": "在 $x = 37$ 处约为 `8.53e-17`",
    "For $z = 40$ with label 0 the true loss is about 40": (
        "当 $z = 40$、标签为 0 时，真实的损失约为 40"
    ),
    "near x = 37": "在 x = 37 附近",
    "near x = 17": "在 x = 17 附近",
    "above about 37 in\n    float64 (about 17 in float32)": (
        "在 float64 中大于约 37（float32 中约为 17）"
    ),
    "at 36.74 in float64 and 17.33 in float32": "在 float64 中位于 36.74，在 float32 中位于 17.33",
    "$1 + e^{-|x|}$ rounds to 1 from $|x| \\approx 36.74$ on": (
        "$1 + e^{-|x|}$ 从 $|x| \\approx 36.74$ 起就舍入为 1"
    ),
    "4. $1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$: what `sigmoid_core.sigmoid_derivative`": (
        "4. $1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$：`sigmoid_core.sigmoid_derivative`"
    ),
    "and `sigmoid_derivative` stays positive up to x = 745": (
        "而且 `sigmoid_derivative` 直到 x = 745 都保持为正"
    ),
    "$\\sigma'(x) = 1/(e^{a} + 2 + e^{-a})$ and $e^{a} + 2 + e^{-a} = 4 + (e^{a} - 1)(1 - e^{-a})$": (
        "$\\sigma'(x) = 1/(e^{a} + 2 + e^{-a})$，且 $e^{a} + 2 + e^{-a} = 4 + (e^{a} - 1)(1 - e^{-a})$"
    ),
    "$u = 2^{-53}$ bounds the relative error of one correct rounding": (
        "$u = 2^{-53}$ 是一次正确舍入的相对误差上界"
    ),
    "`np.finfo(float).eps` $= 2^{-52} = 2u$": "`np.finfo(float).eps` $= 2^{-52} = 2u$",
    "observe at most 2 ulp over the whole float64 range": (
        "在整个 float64 范围内观察到的误差至多为 2 ulp"
    ),
    "rounded with relative error up to $2^{-24}$": "在舍入时带有至多 $2^{-24}$ 的相对误差",
    "$|x| \\cdot 2^{-24}$": "$|x| \\cdot 2^{-24}$",
    "near $x = 16$": "在 $x = 16$ 附近",
    "in the same order, with the C library's `exp`": (
        "按同样的顺序计算 $1/(1 + e^{-x})$，用的是 C 函数库的 `exp`"
    ),
    "Below $x = -709$ `expit` returns 0\nfrom $x \\approx -709.78$ on": (
        "在 $x = -709$ 以下，`expit` 从 $x \\approx -709.78$ 起返回 0"
    ),
    "random inputs in $[-709, 745]$": "$[-709, 745]$ 中的随机输入",
    "for $x \\ge -709$. numpy has its own\n`exp` for CPUs with AVX-512": (
        "对 $x \\ge -709$ 返回与它完全相同的值。NumPy 对带 AVX-512 的 CPU 有自己的 `exp`"
    ),
    # figure: derivative_error_float64
    "Relative error of four ways of computing σ′(x) in float64, against mpmath.": (
        "在 float64 中计算 σ′(x) 的四种方法相对于 mpmath 的相对误差。"
    ),
    "Log-scale relative error against x from 0 to 45 for four formulas. The two that "
    "multiply by 1 − σ(x) or 1 − y grow with x and jump to 1 (total loss: the result is 0) "
    "near x = 37; σ(x)σ(−x) and sigmoid_derivative stay at rounding level everywhere.": (
        "四种公式的相对误差（对数坐标）随 x 从 0 到 45 的变化。乘以 1 − σ(x) 或 1 − y 的两种"
        "随 x 增大而增大，并在 x = 37 附近跳到 1（精度全部丧失：结果为 0）；"
        "σ(x)σ(−x) 和 sigmoid_derivative 处处保持在舍入误差的水平。"
    ),
    "σ(1 − σ), naive σ": "σ(1 − σ)，朴素的 σ",
    "y(1 − y), stored y": "y(1 − y)，保存的 y",
    "σ(x)σ(−x)": "σ(x)σ(−x)",
    "sigmoid_derivative": "sigmoid_derivative",
    "relative error": "相对误差",
    # figure: derivative_error_float32 (same series and axis labels)
    "The same comparison in float32: the textbook forms collapse to 0 near x = 17.": (
        "float32 中的同样比较：教科书式的写法在 x = 17 附近骤降为 0。"
    ),
    "Log-scale relative error against x from 0 to 20 in float32, each form measured at its "
    "input rounded to float32. The forms using 1 − σ(x) or 1 − y lose precision as x grows "
    "and reach relative error 1 near x = 17; σ(x)σ(−x) and sigmoid_derivative stay at "
    "float32 rounding level.": (
        "float32 中相对误差（对数坐标）随 x 从 0 到 20 的变化，每种写法都在舍入到 float32 "
        "之后的输入处衡量。使用 1 − σ(x) 或 1 − y 的写法随 x 增大而损失精度，并在 x = 17 "
        "附近相对误差达到 1；σ(x)σ(−x) 和 sigmoid_derivative 保持在 float32 舍入误差的水平。"
    ),
}
