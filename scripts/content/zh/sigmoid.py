"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    # claims
    "what `sigmoid_core` returns below $x = -709$": "`sigmoid_core` 在 $x = -709$ 以下返回的值",
    "$\\sigma(\\operatorname{logit}(p)) = p$ for every $p$ in $(0, 1)$": (
        "对 $(0, 1)$ 中的每个 $p$，都有 $\\sigma(\\operatorname{logit}(p)) = p$"
    ),
    "within $5 \\times 10^{-5}$ of its\nasymptote at $x = 10$": (
        "在 $x = 10$ 处与渐近线相差已不到 $5 \\times 10^{-5}$"
    ),
    "with the exponent clipped at 709 and $e^{x}$ itself below $x = -709$": (
        "其中指数被截断在 709，在 $x = -709$ 以下则直接返回 $e^{x}$"
    ),
    # figure: sigmoid -- its words are in index.py (the home page places it too)
    # figure: sigmoid_reflection
    "σ(x) and σ(−x) are mirror images; at every x they add up to 1.": (
        "σ(x) 与 σ(−x) 互为镜像；在每个 x 处，两者之和都是 1。"
    ),
    "Two S-curves mirrored in the vertical axis, crossing at (0, 1/2); the dotted curve "
    "1 − σ(x) lies exactly on σ(−x).": (
        "两条关于纵轴互为镜像的 S 形曲线，相交于 (0, 1/2)；点线画出的曲线 1 − σ(x) "
        "与 σ(−x) 完全重合。"
    ),
    # figure: logit
    "The logit, the inverse of the sigmoid, maps (0, 1) onto the whole real line.": (
        "logit 是 sigmoid 的反函数，它把 (0, 1) 映射到整条实数轴上。"
    ),
    "A curve rising from minus infinity near p = 0 to plus infinity near p = 1, through "
    "(1/2, 0): the sigmoid's graph reflected in the line y = x.": (
        "一条上升的曲线：在 p = 0 附近从负无穷出发，经过 (1/2, 0)，在 p = 1 附近趋于正无穷；"
        "它就是 sigmoid 的图像关于直线 y = x 的镜像。"
    ),
    "logit(p)": "logit(p)",
}
