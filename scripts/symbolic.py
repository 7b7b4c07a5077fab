"""SymPy helpers for the claims: the symbol x, sigma as an expression, and an identity test."""

from __future__ import annotations

import sympy as sp

X = sp.Symbol("x", real=True)
SIGMA = 1 / (1 + sp.exp(-X))


def symbolic_identity(lhs: sp.Expr, rhs: sp.Expr) -> bool:
    """SymPy proves lhs = rhs: the difference simplifies to 0 (rewritten in exp if needed)."""
    difference = sp.simplify((lhs - rhs).doit().rewrite(sp.exp))
    return difference == 0 or sp.simplify(sp.expand(difference)) == 0


def at_zero(expression: sp.Expr) -> sp.Expr:
    return sp.nsimplify(sp.simplify(expression.subs(X, 0)))
