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


HEADER = ("English", "Chinese", "Note")  # the table's columns


def markdown_table(language: str) -> str:
    """The glossary as a Markdown table, its header and notes in ``language``."""

    def said(text: str) -> str:
        return gettext(text, language, "the glossary")

    lines = ["| " + " | ".join(said(h) for h in HEADER) + " |", "|:--|:--|:--|"]
    lines += [f"| {t.english} | {t.chinese} | {said(t.note)} |" for t in TERMS]
    return "\n".join(lines) + "\n"
