"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    "like $e^{-\\pi x^2/16}$": "按 $e^{-\\pi x^2/16}$ 衰减",
    "with slope 1/4 at 0": "在 0 处斜率均为 1/4",
    "with the same slope $\\frac14$ at 0": "在 0 处斜率同为 $\\frac14$",
    "the slope at the centre is $k/4$": "中心处的斜率为 $k/4$",
    "the slope at the centre is k/4": "中心处的斜率为 k/4",
    "to within 0.0177 everywhere, the largest gap\nbeing near $x = \\pm 2.76$": (
        "误差处处不超过 0.0177，最大差距出现在 $x = \\pm 2.76$ 附近"
    ),
    "the algebraic curve\nlike $1/x^2$ and the arctangent only like $1/x$": (
        "代数曲线按 $1/x^2$ 衰减，反正切曲线只按 $1/x$ 衰减"
    ),
    # formulas whose function names (erf, softplus) read as words: unchanged
    "$\\Phi(y) = \\frac12\\bigl(1 + \\operatorname{erf}(y/\\sqrt2)\\bigr)$": (
        "$\\Phi(y) = \\frac12\\bigl(1 + \\operatorname{erf}(y/\\sqrt2)\\bigr)$"
    ),
    "$\\ln\\sigma(x) = -\\ln\\left(1 + e^{-x}\\right) = -\\operatorname{softplus}(-x)$": (
        "$\\ln\\sigma(x) = -\\ln\\left(1 + e^{-x}\\right) = -\\operatorname{softplus}(-x)$"
    ),
    # formulas listed with the Chinese enumeration comma
    "$a_1 = 1$, $3a_3 = -a_1^2$, $5a_5 = -2a_1a_3$, $7a_7 = -2a_1a_5 - a_3^2$": (
        "$a_1 = 1$、$3a_3 = -a_1^2$、$5a_5 = -2a_1a_3$、$7a_7 = -2a_1a_5 - a_3^2$"
    ),
    "$\\frac{1}{3 \\cdot 16}$, $\\frac{2}{15 \\cdot 64}$": (
        "$\\frac{1}{3 \\cdot 16}$、$\\frac{2}{15 \\cdot 64}$"
    ),
    "at $x = \\pm i\\pi, \\pm 3i\\pi, \\ldots$": "位于 $x = \\pm i\\pi, \\pm 3i\\pi, \\ldots$",
    # a formula whose function name (erf) reads as a word: unchanged
    "\\frac{1 + \\operatorname{erf}\\bigl(\\sqrt{\\pi}\\,x/4\\bigr)}{2}": (
        "\\frac{1 + \\operatorname{erf}\\bigl(\\sqrt{\\pi}\\,x/4\\bigr)}{2}"
    ),
    # figure: sigmoid_steepness
    "σ(kx) for several weights k: the slope at the centre is k/4, and large k approach the "
    "step function.": ("几种权重 k 下的 σ(kx)：中心处的斜率为 k/4，k 越大，曲线越接近阶跃函数。"),
    "Four S-curves through (0, 1/2), from a gentle one to one that is almost a vertical step "
    "at x = 0, with the step function itself drawn dashed.": (
        "四条经过 (0, 1/2) 的 S 形曲线，从平缓的一条到在 x = 0 处几乎成为竖直台阶的一条；"
        "阶跃函数本身用虚线画出。"
    ),
    "step": "阶跃函数",
    # figure: logit_minus_probit
    "The difference σ(x) − Φ(x√(π/8)) between the logistic and the slope-matched probit "
    "curve.": "logistic 曲线与斜率匹配后的 probit 曲线之差 σ(x) − Φ(x√(π/8))。",
    "An odd curve: positive for negative x, zero at x = 0 and far out in both tails, "
    "negative for positive x, with its largest deviations, about <!-- site:value logit_probit_gap -->, "
    "near x = ±<!-- site:value logit_probit_gap_at -->.": (
        "一条奇函数曲线：x 为负时取正值，在 x = 0 处以及两侧远端为零，x 为正时取负值；"
        "最大偏差约为 <!-- site:value logit_probit_gap -->，出现在 x = ±<!-- site:value logit_probit_gap_at --> 附近。"
    ),
    "difference": "差值",
    # figure: sigmoid_family
    "Four S-shaped curves with slope 1/4 at 0: logistic, probit (erf), arctangent and "
    "algebraic.": "四条在 0 处斜率均为 1/4 的 S 形曲线：logistic、probit（erf）、反正切曲线与代数曲线。",
    "Four curves through (0, 1/2) that agree near 0; the probit curve reaches 0 and 1 first, "
    "the logistic next, while the arctangent and algebraic curves approach them slowly.": (
        "四条经过 (0, 1/2) 的曲线，在 0 附近彼此吻合；probit 曲线最先到达 0 和 1，"
        "logistic 曲线其次，而反正切曲线和代数曲线趋近得很慢。"
    ),
    # legend labels: the curves' names and formulas, as in English
    "logistic σ(x)": "logistic σ(x)",
    "probit Φ(x√(π/8))": "probit Φ(x√(π/8))",
    "1/2 + arctan(πx/4)/π": "1/2 + arctan(πx/4)/π",
    # the identity box
    "at most $\\ln 2/k$": "至多为 $\\ln 2/k$",
    # applications
    "with base 10 and scale 400": "以底数 10 和尺度 400",
    "any other $\\nu$ makes the curve asymmetric": "取其他任何 $\\nu$ 都会使曲线不对称",
    "the two right-hand sides agree to first order near $y = 1$": (
        "两个右端在 $y = 1$ 附近一阶一致"
    ),
    "it approaches 0 far faster than 1": "它趋近 0 比趋近 1 快得多",
    # figure: growth_curves
    "Three S-curves from 0 to 1: the logistic σ(x), Richards' curve σ(x)² (ν = 1/2) and "
    "the Gompertz curve exp(−e⁻ˣ).": (
        "三条从 0 升到 1 的 S 形曲线：logistic 曲线 σ(x)、Richards 曲线 σ(x)²（ν = 1/2）"
        "和 Gompertz 曲线 exp(−e⁻ˣ)。"
    ),
    "The logistic curve is symmetric about (0, 1/2); the Richards and Gompertz curves lie "
    "below it everywhere, leave 0 later and turn below 1/2: asymmetric S-curves.": (
        "logistic 曲线关于 (0, 1/2) 对称；Richards 曲线和 Gompertz 曲线处处位于它的下方，"
        "离开 0 更晚，拐点低于 1/2：它们是不对称的 S 形曲线。"
    ),
    "Richards σ(x)², ν = 1/2": "Richards 曲线 σ(x)²，ν = 1/2",
    "Gompertz exp(−e⁻ˣ)": "Gompertz 曲线 exp(−e⁻ˣ)",
}
