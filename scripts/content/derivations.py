"""The objects the pages' proofs introduce by name, one declared place per page.

Each entry gives a name as written in the page's TeX and its definition; the derivatives the
proofs use (``u'``, ``v'(x)``, ``g'(v(x))``) are computed from these by SymPy, never typed. The
steps themselves are checked by scripts/checks/steps.py.
"""

from __future__ import annotations

import functools

import sympy as sp

from scripts.symbolic import X

T = sp.Symbol("t")  # the argument of an outer function such as g
Z, LABEL = sp.Symbol("z", real=True), sp.Symbol("y", real=True)  # a score and its label
LOSS = -(LABEL * sp.log(1 / (1 + sp.exp(-Z))) + (1 - LABEL) * sp.log(1 - 1 / (1 + sp.exp(-Z))))
SQUARED_ERROR = (1 / (1 + sp.exp(-Z)) - LABEL) ** 2 / 2
RATE, TIME, CENTRE = (sp.Symbol(name, real=True) for name in ("r", "t", "t_0"))
GROWTH = sp.Symbol("K", real=True) / (1 + sp.exp(-RATE * (TIME - CENTRE)))

# page -> {name: definition}: functions of x, or (for outer functions) of t
OBJECTS: dict[str, dict[str, sp.Expr]] = {
    "derivative.md": {
        "u": sp.Integer(1),  # the quotient-rule proof: sigma = u / v
        "v": 1 + sp.exp(-X),
        "g": T**-1,  # the chain-rule proof: sigma = g(v(x))
    },
    "neural-networks.md": {
        # the binary cross-entropy of a score z with label y; its derivative is computed
        "\\frac{\\partial L}{\\partial z}": sp.diff(LOSS, Z),
        # the squared error of the same score, and the Bernoulli's log-partition function
        "\\frac{\\partial E}{\\partial z}": sp.diff(SQUARED_ERROR, Z),
        "A(z)": sp.log(1 + sp.exp(Z)),
        "A'(z)": sp.diff(sp.log(1 + sp.exp(Z)), Z),
    },
    "logistic.md": {
        "P(t)": GROWTH,  # the logistic growth curve the page defines
        "P'(t)": sp.diff(GROWTH, TIME),  # its derivative, computed
    },
    "activations.md": {
        "\\operatorname{softmax}(x)_1": sp.exp(sp.Symbol("x_1", real=True))
        / (sp.exp(sp.Symbol("x_1", real=True)) + sp.exp(sp.Symbol("x_2", real=True))),
    },
}


@functools.cache
def names(page: str) -> dict[str, str]:
    """Each name the page's TeX may use, with the TeX of its value: the declared objects, their
    derivatives (``u'``, ``v'(x)``) and an outer function's derivative at the inner one
    (``g'(v(x))``)."""
    objects = OBJECTS.get(page, {})
    out: dict[str, str] = {}
    inner = objects.get("v")
    for name, value in objects.items():
        if name.startswith("\\") or "(" in name:  # written out in full: used as it stands
            out[name] = sp.latex(value)
            continue
        if T in value.free_symbols:
            if inner is not None:
                out[f"{name}'(v(x))"] = sp.latex(sp.diff(value, T).subs(T, inner))
                out[f"{name}(v(x))"] = sp.latex(value.subs(T, inner))
            continue
        out[name] = sp.latex(value)
        if len(name) == 1:
            out[f"{name}'(x)"] = out[f"{name}'"] = sp.latex(sp.diff(value, X))
            out[f"{name}(x)"] = out[name]
    return out
