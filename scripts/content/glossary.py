"""The terms of the Chinese edition: each English term, the Chinese term the pages use (those
of Chinese textbooks such as 《动手学深度学习》), and a note, in English (each language's
catalogue translates it). ``<!-- site:glossary -->`` places the table on a page in the page's
language.

Some machine-translated tutorials render "sigmoid" as 乙状结肠 (the sigmoid colon) and "ReLU"
as 继电器 (an electrical relay). These mistranslations may appear only on the page that says
so (MISTRANSLATIONS_EXPLAINED_ON); the build fails if one appears anywhere else."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scripts.catalogue import gettext


@dataclass(frozen=True)
class Term:
    english: str
    chinese: str
    note: str = ""  # in English: each language's catalogue translates it
    mistranslations: tuple[str, ...] = ()  # renderings the site never uses


MISTRANSLATIONS_EXPLAINED_ON = "sigmoid.md"  # the sigmoid page, in either language

TERMS: tuple[Term, ...] = (
    Term(
        "sigmoid function",
        "sigmoid 函数",
        "Usually left in English; 'S 形函数' also occurs. Never the anatomical term.",
        ("乙状结肠",),
    ),
    Term(
        "logistic function",
        "logistic 函数（逻辑斯谛函数）",
        "The sigmoid's older name, from Verhulst's growth model.",
    ),
    Term("activation function", "激活函数"),
    Term(
        "score",
        "得分",
        "The real number a model turns into a probability; never 分数, which means a fraction. "
        "Attention scores keep D2L's 注意力分数.",
    ),
    Term(
        "odds",
        "几率",
        "p / (1 − p); the logit is its logarithm.",
    ),
    Term("derivative", "导数"),
    Term("gradient", "梯度"),
    Term("vanishing gradient", "梯度消失"),
    Term("saturation", "饱和"),
    Term("zero-centred", "以零为中心"),
    Term("zig-zag (of gradient steps)", "之字形"),
    Term("fan-in", "扇入"),
    Term("pre-activation", "预激活"),
    Term("chain rule", "链式法则"),
    Term("quotient rule", "商法则"),
    Term("hyperbolic tangent (tanh)", "双曲正切（tanh）"),
    Term("logit", "logit（对数几率）", "The inverse of the sigmoid."),
    Term("log-sigmoid", "log-sigmoid（对数 sigmoid）"),
    Term("softplus", "softplus"),
    Term(
        "ReLU (rectified linear unit)",
        "ReLU（修正线性单元）",
        "Usually left in English. Never the word for an electrical relay.",
        ("继电器",),
    ),
    Term("leaky ReLU", "带泄露的 ReLU（leaky ReLU）"),
    Term("SiLU (swish)", "SiLU（swish）", "Usually left in English."),
    Term("GELU", "GELU", "Usually left in English."),
    Term("subgradient", "次梯度"),
    Term("softmax", "softmax"),
    Term("cross-entropy", "交叉熵"),
    Term("binary cross-entropy", "二元交叉熵"),
    Term(
        "logistic regression",
        "逻辑回归",
        "Also logistic 回归 or 逻辑斯谛回归; Zhou Zhihua's 《机器学习》 says 对数几率回归.",
    ),
    Term("gradient descent", "梯度下降"),
    Term("neural network", "神经网络"),
    Term("overflow / underflow", "上溢 / 下溢"),
    Term("floating-point number", "浮点数"),
    Term("subnormal number", "次正规数"),
    Term("rounding error", "舍入误差"),
    Term("truncation error", "截断误差"),
    Term("cancellation (error)", "相消误差"),
    Term("correctly rounded", "正确舍入"),
    Term("ulp (unit in the last place)", "ulp（末位单位）"),
    Term("numerically stable", "数值稳定"),
    Term("finite difference", "有限差分"),
    Term("automatic differentiation", "自动微分"),
    Term("forward / reverse mode", "前向模式 / 反向模式"),
    Term("dual numbers", "对偶数"),
    Term("calibration", "校准"),
    Term("temperature scaling", "温度缩放"),
    Term("reliability diagram", "可靠性图"),
    Term("expected calibration error (ECE)", "期望校准误差（ECE）"),
    Term(
        "universal approximation theorem",
        "通用近似定理",
        "Also 万能近似定理.",
    ),
)


# compounds of the Chinese headings that are no glossary term; search keeps them whole too
HEADING_WORDS = (
    "商法则",
    "乘积法则",
    "二阶导数",
    "拐点",
    "阶跃函数",
    "原函数",
    "反函数",
    "贝叶斯决策规则",
    "决策边界",
    "饱和点",
    "半精度",
    "符号微分",
    "数值微分",
    "损失函数",
    "反向传播",
    "最大斜率",
)
CHINESE_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def search_words() -> tuple[str, ...]:
    """The words the Chinese search index keeps whole (jieba splits 梯度消失 into 梯度 and
    消失, so the query 梯度消失 matched only pages with 梯度): each run of Chinese characters in
    the glossary's terms, and HEADING_WORDS."""
    words = [w for term in TERMS for w in CHINESE_WORD.findall(term.chinese)]
    return tuple(dict.fromkeys([*words, *HEADING_WORDS]))


def mistranslations() -> tuple[str, ...]:
    return tuple(m for term in TERMS for m in term.mistranslations)


# --- what each term means, and where the site treats it -------------------------------------
# A term added to TERMS needs its meaning here (tests/test_glossary.py). Appended rather than
# written into each Term, so that the terms and their notes stay as they are.

TERMS += (
    Term("forward pass", "前向传播"),
    Term("backward pass (backpropagation)", "反向传播"),
    Term("hidden layer", "隐藏层"),
    Term("gradient check", "梯度检验"),
    Term("initialisation (Glorot, He)", "初始化（Glorot、He）"),
    Term("decision boundary", "决策边界"),
    Term("XOR (exclusive or)", "异或（XOR）"),
)


@dataclass(frozen=True)
class Meaning:
    text: str  # one or two sentences, in English: each language's catalogue translates it
    where: str  # the page, and the section, that treats the term: "derivative.md#values"


MEANINGS: dict[str, Meaning] = {
    "sigmoid function": Meaning(
        "The function σ(x) = 1 / (1 + e⁻ˣ), which maps every real number into (0, 1) along an "
        "S-shaped curve.",
        "sigmoid.md#definition-and-names",
    ),
    "logistic function": Meaning(
        "The curve of logistic growth: slow, then fast, then levelling off. The sigmoid is its "
        "standard form, with level, rate and centre 1, 1 and 0.",
        "logistic.md#logistic-equation",
    ),
    "activation function": Meaning(
        "The non-linear function a unit applies to its score. Without one, a stack of layers "
        "computes a single linear map.",
        "neural-networks.md#hidden-layer",
    ),
    "score": Meaning(
        "The real number z = w · x + b that a unit computes from its inputs, before its "
        "activation; for a sigmoid output it is the log-odds of the class.",
        "neural-networks.md#outputs-that-are-probabilities",
    ),
    "odds": Meaning(
        "The probability of an event divided by the probability that it does not happen, "
        "p / (1 − p).",
        "sigmoid.md#the-inverse-the-logit",
    ),
    "derivative": Meaning(
        "The slope of a function at a point, the limit of the slopes of its chords; the "
        "sigmoid's is σ′ = σ(1 − σ).",
        "derivative.md",
    ),
    "gradient": Meaning(
        "The vector of a function's partial derivatives, one per parameter. It points where "
        "the function grows fastest, so training steps against it.",
        "neural-networks.md#training-the-gradient-is-prediction-minus-label",
    ),
    "vanishing gradient": Meaning(
        "A gradient that shrinks layer by layer on its way back through a deep network, so "
        "that the first layers barely learn.",
        "neural-networks.md#vanishing-gradients-measured",
    ),
    "saturation": Meaning(
        "The flat tails of an S-curve, where the output barely changes and the slope is nearly "
        "0; in floating point the output may even round to exactly 0 or 1.",
        "derivative.md#the-maximum-slope-is-14-at-0",
    ),
    "zero-centred": Meaning(
        "Having outputs whose mean is 0 for inputs centred on 0, as tanh's are and the "
        "sigmoid's, whose mean is a half, are not.",
        "tanh.md#range-and-zero-centring",
    ),
    "zig-zag (of gradient steps)": Meaning(
        "The path gradient descent takes when all the weights of a unit must move the same "
        "way at each step, as they must when its inputs are all positive.",
        "neural-networks.md#not-zero-centred",
    ),
    "fan-in": Meaning(
        "The number of inputs a unit sums; its fan-out is the number of units that read its "
        "output. Initialisation rules scale the weights by them.",
        "neural-networks.md#vanishing-gradients",
    ),
    "pre-activation": Meaning(
        "A unit's score before its activation is applied, z = w · x + b.",
        "neural-networks.md#vanishing-gradients",
    ),
    "chain rule": Meaning(
        "The derivative of a composition: (f(g(x)))′ = f′(g(x)) g′(x). The backward pass "
        "applies it layer by layer.",
        "derivative.md#proof-by-the-chain-rule",
    ),
    "quotient rule": Meaning(
        "The derivative of a quotient: (u / v)′ = (u′v − uv′) / v².",
        "derivative.md#proof-by-the-quotient-rule",
    ),
    "hyperbolic tangent (tanh)": Meaning(
        "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), an S-curve from −1 to 1: the sigmoid stretched "
        "and shifted, tanh(x) = 2σ(2x) − 1.",
        "tanh.md",
    ),
    "logit": Meaning(
        "The logarithm of the odds, logit(p) = ln(p / (1 − p)): the inverse of the sigmoid, "
        "which turns a probability back into a score.",
        "sigmoid.md#the-inverse-the-logit",
    ),
    "log-sigmoid": Meaning(
        "ln σ(x) = −softplus(−x), computed without forming σ(x) first, so that a loss "
        "computed from a score neither overflows nor loses its digits.",
        "python.md#log-sigmoid-and-why-losses-take-logits",
    ),
    "softplus": Meaning(
        "softplus(x) = ln(1 + eˣ), a smooth ReLU whose derivative is the sigmoid.",
        "python.md#log-sigmoid-and-why-losses-take-logits",
    ),
    "ReLU (rectified linear unit)": Meaning(
        "max(x, 0): the usual activation of hidden layers, with slope 1 wherever it is active.",
        "activations.md#relu-and-leaky-relu",
    ),
    "leaky ReLU": Meaning(
        "ReLU with a small slope instead of 0 for negative inputs, so that an inactive unit "
        "still passes some gradient back.",
        "activations.md#relu-and-leaky-relu",
    ),
    "SiLU (swish)": Meaning(
        "x σ(x): the input scaled by its own sigmoid; smooth, and slightly negative for "
        "negative inputs.",
        "activations.md#silu-swish",
    ),
    "GELU": Meaning(
        "x Φ(x): the input scaled by the normal distribution's cumulative probability at it, "
        "close to SiLU with a steeper sigmoid.",
        "activations.md#gelu-and-the-sigmoid",
    ),
    "subgradient": Meaning(
        "The slope of a line that touches a convex function at a kink and stays below it; at "
        "ReLU's kink every slope from 0 to 1 is one.",
        "activations.md#relu-and-leaky-relu",
    ),
    "softmax": Meaning(
        "Turns a vector of scores into probabilities that sum to 1, each proportional to the "
        "exponential of its score; for two classes it is the sigmoid of the difference.",
        "activations.md#softmax-and-why-two-class-softmax-is-the-sigmoid",
    ),
    "cross-entropy": Meaning(
        "The loss −ln of the probability a model gives the true class. With a sigmoid output, "
        "its derivative in the score is the prediction minus the label.",
        "neural-networks.md#why-cross-entropy",
    ),
    "binary cross-entropy": Meaning(
        "The cross-entropy of a yes-or-no label y: −(y ln p + (1 − y) ln(1 − p)).",
        "neural-networks.md#training-the-gradient-is-prediction-minus-label",
    ),
    "logistic regression": Meaning(
        "The model that predicts the probability σ(w · x + b), fitted by minimising the "
        "cross-entropy; it separates the classes by a straight line (a hyperplane).",
        "neural-networks.md#a-worked-example-logistic-regression-by-gradient-descent",
    ),
    "gradient descent": Meaning(
        "Training by repeated small steps against the gradient of the loss, w ← w − η ∇J(w), "
        "with the learning rate η.",
        "neural-networks.md#a-worked-example-logistic-regression-by-gradient-descent",
    ),
    "neural network": Meaning(
        "Layers of units, each applying an activation to a weighted sum of the previous "
        "layer's outputs. With a hidden layer of sigmoids it learns what one unit cannot, such "
        "as XOR.",
        "neural-networks.md#hidden-layer",
    ),
    "overflow / underflow": Meaning(
        "A result too large for its floating-point format (it becomes infinity, or Python "
        "raises an error), or too small (it becomes subnormal or 0).",
        "python.md#the-mathexp-loop-overflows",
    ),
    "floating-point number": Meaning(
        "A number stored as a sign, a fixed count of significant binary digits and an "
        "exponent: scientific notation in base two. float64 keeps about sixteen decimal digits.",
        "python.md#how-accurate-is-accurate",
    ),
    "subnormal number": Meaning(
        "A floating-point number below the smallest normal one, stored with fewer significant "
        "digits; the sigmoid of a very negative input is one.",
        "python.md#saturation-points-in-float64-and-float32",
    ),
    "rounding error": Meaning(
        "The difference between a computed result and the exact one that comes from storing "
        "numbers with finitely many digits.",
        "numerical-derivatives.md#numerical-finite-differences",
    ),
    "truncation error": Meaning(
        "The error of a formula that approximates, such as a finite difference for a "
        "derivative, even in exact arithmetic. It shrinks with the step, while rounding error "
        "grows.",
        "numerical-derivatives.md#numerical-finite-differences",
    ),
    "cancellation (error)": Meaning(
        "The loss of relative precision when two nearly equal numbers are subtracted, as in "
        "1 − σ(x) for a large x.",
        "python.md#cancellation",
    ),
    "correctly rounded": Meaning(
        "Equal to the exact result rounded to the nearest floating-point number: the best a "
        "floating-point function can do.",
        "python.md#how-accurate-is-accurate",
    ),
    "ulp (unit in the last place)": Meaning(
        "The gap between a floating-point number and the next one. The errors of library "
        "functions are counted in ulps.",
        "python.md#how-accurate-is-accurate",
    ),
    "numerically stable": Meaning(
        "Computed so that rounding errors stay small for every input: no overflow, and no "
        "cancellation, where the exact result is representable.",
        "python.md#the-stable-form",
    ),
    "finite difference": Meaning(
        "An approximation of a derivative by the slope of a chord, (f(x + h) − f(x)) / h, or "
        "the central (f(x + h) − f(x − h)) / 2h.",
        "numerical-derivatives.md#numerical-finite-differences",
    ),
    "automatic differentiation": Meaning(
        "Computing exact derivatives of a program by applying the chain rule to each operation "
        "it performs, as deep-learning frameworks do.",
        "numerical-derivatives.md#automatic-differentiating-the-program",
    ),
    "forward / reverse mode": Meaning(
        "The two orders of automatic differentiation: forward mode carries derivatives along "
        "with the values from the inputs, reverse mode carries them back from the output.",
        "numerical-derivatives.md#automatic-differentiating-the-program",
    ),
    "dual numbers": Meaning(
        "Numbers a + bε with ε² = 0. A function evaluated at x + ε gives f(x) + f′(x)ε: "
        "forward-mode automatic differentiation.",
        "numerical-derivatives.md#automatic-differentiating-the-program",
    ),
    "calibration": Meaning(
        "A model is calibrated when, among the cases where it predicts a probability p, a "
        "share p are positive.",
        "neural-networks.md#calibration",
    ),
    "temperature scaling": Meaning(
        "Dividing a model's scores by one number T, fitted on held-out data: it repairs the "
        "model's confidence and changes none of its decisions.",
        "neural-networks.md#calibration",
    ),
    "reliability diagram": Meaning(
        "The observed frequency of the positive class against the predicted probability, in "
        "bins; a calibrated model's points lie on the diagonal.",
        "neural-networks.md#calibration",
    ),
    "expected calibration error (ECE)": Meaning(
        "The gaps between observed frequency and mean prediction of a reliability diagram's "
        "bins, averaged with the bins' shares of the points as weights.",
        "neural-networks.md#calibration",
    ),
    "universal approximation theorem": Meaning(
        "A network with one hidden layer of sigmoid units can approximate any continuous "
        "function on a closed and bounded region as closely as wanted, given enough units.",
        "neural-networks.md#where-relu-replaced-it-and-where-the-sigmoid-stays",
    ),
    "forward pass": Meaning(
        "Computing a network's output from its input, layer by layer, keeping each unit's "
        "output for the backward pass.",
        "neural-networks.md#hidden-layer",
    ),
    "backward pass (backpropagation)": Meaning(
        "Computing the gradient of the loss with respect to every weight by the chain rule, "
        "from the output back to the input, reusing what the forward pass kept.",
        "neural-networks.md#hidden-layer",
    ),
    "hidden layer": Meaning(
        "A layer of units between a network's input and its output; its outputs are features "
        "the network learns.",
        "neural-networks.md#hidden-layer",
    ),
    "gradient check": Meaning(
        "Comparing a hand-written gradient with finite differences of the loss: a relative "
        "error near the differences' own precision passes.",
        "neural-networks.md#hidden-layer",
    ),
    "initialisation (Glorot, He)": Meaning(
        "The random choice of a network's first weights. Glorot's and He's scale their variance "
        "to the layer's size, so that gradients neither vanish nor explode.",
        "neural-networks.md#vanishing-gradients",
    ),
    "decision boundary": Meaning(
        "Where a classifier's predicted probability is a half: the points on one side are given "
        "one class, those on the other side the other.",
        "neural-networks.md#hidden-layer",
    ),
    "XOR (exclusive or)": Meaning(
        "The function of two binary inputs that is 1 when exactly one of them is 1; no single "
        "line separates its two classes.",
        "neural-networks.md#hidden-layer",
    ),
}

HEADER = ("English", "Chinese", "Meaning")  # the table's columns


def markdown_table(language: str) -> str:
    """The glossary as a Markdown table in ``language``: each English term linked to where the
    site treats it, its Chinese term, and its meaning, followed by its note if it has one."""

    def said(text: str) -> str:
        return gettext(text, language, "the glossary")

    lines = ["| " + " | ".join(said(h) for h in HEADER) + " |", "|:--|:--|:--|"]
    for t in TERMS:
        meaning = MEANINGS[t.english]
        parts = [said(part) for part in (meaning.text, t.note) if part]
        # sentences follow each other with a space, but not after a Chinese full stop
        text = "".join(
            p if i == 0 or parts[i - 1].endswith("。") else " " + p for i, p in enumerate(parts)
        )
        lines.append(f"| [{t.english}]({meaning.where}) | {t.chinese} | {text} |")
    return "\n".join(lines) + "\n"
