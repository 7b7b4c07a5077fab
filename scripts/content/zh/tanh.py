"""Chinese for the page's claims and for the words of the figures and tables it places."""

PHRASES: dict[str, str] = {
    # The page's claims are all formulas: they appear unchanged.
    # a formula whose function name (sech) reads as a word: unchanged
    "\\tanh'(x) = 1/\\cosh^2 x = \\operatorname{sech}^2 x": (
        "\\tanh'(x) = 1/\\cosh^2 x = \\operatorname{sech}^2 x"
    ),
    # figure: tanh_vs_sigmoid
    "tanh(x) and σ(x): the same S-shape, but tanh spans (−1, 1) and is centred on 0.": (
        "tanh(x) 与 σ(x)：同样的 S 形，但 tanh 的取值范围是 (−1, 1)，并以 0 为中心。"
    ),
    "Two S-curves: tanh from −1 to 1 through the origin, steeper; the sigmoid from 0 to 1 "
    "through (0, 1/2); the dotted curve 2σ(2x) − 1 lies exactly on tanh.": (
        "两条 S 形曲线：tanh 从 −1 升到 1，经过原点，更陡；sigmoid 从 0 升到 1，经过 (0, 1/2)；"
        "点线画出的曲线 2σ(2x) − 1 与 tanh 完全重合。"
    ),
    "tanh(x)": "tanh(x)",  # a legend label; also a header of the table tanh_relation (tables.py)
    # table: tanh_relation -- its words are in tables.py (the tables page places it too)
}
