"""The terms of the Chinese edition: each English term, the Chinese term the pages use (those
of Chinese textbooks such as 《动手学深度学习》), and a note. ``<!-- glossary -->`` places the
table on a page in the page's language.

Some machine-translated tutorials render "sigmoid" as 乙状结肠 (the sigmoid colon) and "ReLU"
as 继电器 (an electrical relay). These mistranslations may appear only on the page that says
so (MISTRANSLATIONS_EXPLAINED_ON); the build fails if one appears anywhere else."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    english: str
    chinese: str
    note_en: str
    note_zh: str
    mistranslations: tuple[str, ...] = ()  # renderings the site never uses


MISTRANSLATIONS_EXPLAINED_ON = "sigmoid.md"  # the sigmoid page, in either language

TERMS: tuple[Term, ...] = (
    Term(
        "sigmoid function",
        "sigmoid 函数",
        "Usually left in English; 'S 型函数' also occurs. Never the anatomical term.",
        "通常保留英文；也有人写作“S 型函数”。不是解剖学名词。",
        ("乙状结肠",),
    ),
    Term(
        "logistic function",
        "logistic 函数（逻辑斯谛函数）",
        "The sigmoid's older name, from Verhulst's growth model.",
        "sigmoid 的旧名，来自 Verhulst 的增长模型。",
    ),
    Term("activation function", "激活函数", "", ""),
    Term("derivative", "导数", "", ""),
    Term("gradient", "梯度", "", ""),
    Term("vanishing gradient", "梯度消失", "", ""),
    Term("chain rule", "链式法则", "", ""),
    Term("quotient rule", "商法则", "", ""),
    Term("hyperbolic tangent (tanh)", "双曲正切（tanh）", "", ""),
    Term("logit", "logit（对数几率）", "The inverse of the sigmoid.", "sigmoid 的反函数。"),
    Term("log-sigmoid", "log-sigmoid（对数 sigmoid）", "", ""),
    Term("softplus", "softplus", "", ""),
    Term(
        "ReLU (rectified linear unit)",
        "ReLU（修正线性单元）",
        "Usually left in English. Never the word for an electrical relay.",
        "通常保留英文。与电器元件无关。",
        ("继电器",),
    ),
    Term("softmax", "softmax", "", ""),
    Term("cross-entropy", "交叉熵", "", ""),
    Term("logistic regression", "逻辑回归", "", ""),
    Term("gradient descent", "梯度下降", "", ""),
    Term("neural network", "神经网络", "", ""),
    Term("overflow / underflow", "上溢 / 下溢", "", ""),
    Term("floating-point number", "浮点数", "", ""),
    Term("ulp (unit in the last place)", "ulp（最后一位上的单位）", "", ""),
    Term("numerically stable", "数值稳定", "", ""),
    Term("finite difference", "有限差分", "", ""),
    Term("calibration", "校准", "", ""),
)


def mistranslations() -> tuple[str, ...]:
    return tuple(m for term in TERMS for m in term.mistranslations)


def markdown_table(language: str) -> str:
    """The glossary as a Markdown table, its header and notes in ``language``."""
    if language == "zh":
        lines = ["| 英文 | 中文 | 说明 |", "|:--|:--|:--|"]
        lines += [f"| {t.english} | {t.chinese} | {t.note_zh} |" for t in TERMS]
    else:
        lines = ["| English | Chinese | Note |", "|:--|:--|:--|"]
        lines += [f"| {t.english} | {t.chinese} | {t.note_en} |" for t in TERMS]
    return "\n".join(lines) + "\n"
