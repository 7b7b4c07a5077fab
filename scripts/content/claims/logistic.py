"""The claims of docs/logistic.md."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments.curves import (
    PROBIT_SCALE,
    logistic_variance,
    logit_probit_gap,
    probit,
    probit_matched,
)
from scripts.experiments.floats import EPS64
from scripts.experiments.search import holds_on_grid
from scripts.model import ArrayFunction, Claim
from scripts.symbolic import SIGMA, X, symbolic_identity

from . import P, close, value_claim


def third_derivative_range() -> tuple[sp.Expr, sp.Expr]:
    """The least and the largest value of the third derivative, u(1 - 6u) with
    u = sigma(1 - sigma) in (0, 1/4]: at the ends of the interval or the critical point."""
    u = sp.Symbol("u", positive=True)
    polynomial = u * (1 - 6 * u)
    candidates = [sp.Rational(1, 4), *sp.solve(sp.diff(polynomial, u), u)]
    assert all(0 < c <= sp.Rational(1, 4) for c in candidates)
    found = [polynomial.subs(u, c) for c in candidates] + [sp.Integer(0)]  # u -> 0
    return min(found), max(found)


def tanh_coefficients_by_recursion() -> list[sp.Expr]:
    """a_1, a_3, a_5, a_7 of tanh y = sum a_n y^n, from t' = 1 - t^2 compared power by power."""
    y = sp.Symbol("y")
    a = sp.symbols("a1 a3 a5 a7")
    t = sum(c * y**n for c, n in zip(a, (1, 3, 5, 7), strict=True))
    residual = sp.expand(sp.diff(t, y) - (1 - t**2))
    equations = [residual.coeff(y, n) for n in (0, 2, 4, 6)]
    solution = sp.solve(equations, a, dict=True)[0]
    return [solution[c] for c in a]


def holds_below(lhs: ArrayFunction, rhs: ArrayFunction, slack: float = EPS64) -> bool:
    """lhs(x) <= rhs(x) + slack (rounding of lhs) on a dense grid of [-40, 40]."""
    x = np.linspace(-40.0, 40.0, 160_001)
    return bool(np.all(lhs(x) <= rhs(x) + slack))


def applications_claims(page: str) -> tuple[Claim, ...]:
    """The logistic page's curves outside machine learning, each related to sigma."""
    energy, mu, r_a, r_b, b_i, b_j, theta, b = sp.symbols(
        "E mu R_A R_B beta_i beta_j theta b", real=True
    )
    k_b, temperature, level, half, n, nu, u = sp.symbols("k_B T L K n nu u", positive=True)
    elo = 1 / (1 + 10 ** ((r_b - r_a) / 400))
    gompertz_curve = sp.exp(-sp.exp(-X))
    y = sp.Symbol("y", positive=True)
    return (
        Claim(
            page,
            r"\frac{1}{e^{(E - \mu)/(k_B T)} + 1} = \sigma\bigl(-(E - \mu)/(k_B T)\bigr)",
            lambda: symbolic_identity(
                1 / (sp.exp((energy - mu) / (k_b * temperature)) + 1),
                SIGMA.subs(X, -(energy - mu) / (k_b * temperature)),
            ),
        ),
        Claim(
            page,
            r"\frac{1}{1 + 10^{(R_B - R_A)/400}} = \sigma\bigl((R_A - R_B)\ln 10/400\bigr)",
            lambda: symbolic_identity(elo, SIGMA.subs(X, (r_a - r_b) * sp.log(10) / 400)),
        ),
        Claim(
            page,
            "with base 10 and scale 400",  # a 400-point edge is odds of 10 to 1
            lambda: sp.simplify(elo.subs({r_a: 400, r_b: 0})) == sp.Rational(10, 11),
        ),
        Claim(
            page,
            r"$\sigma(\beta_i - \beta_j)$",
            lambda: symbolic_identity(
                sp.exp(b_i) / (sp.exp(b_i) + sp.exp(b_j)), SIGMA.subs(X, b_i - b_j)
            ),
        ),
        Claim(
            page,
            r"\frac{e^{\theta - b}}{1 + e^{\theta - b}} = \sigma(\theta - b)",
            lambda: symbolic_identity(
                sp.exp(theta - b) / (1 + sp.exp(theta - b)), SIGMA.subs(X, theta - b)
            ),
        ),
        Claim(
            page,
            r"\frac{L^n}{K^n + L^n} = \sigma\bigl(n(\ln L - \ln K)\bigr)",
            lambda: (
                sp.simplify(
                    sp.expand_log(SIGMA.subs(X, n * (sp.log(level) - sp.log(half))), force=True)
                    - level**n / (half**n + level**n)
                )
                == 0
            ),
        ),
        Claim(
            page,
            r"(1 + e^{-x})^{-1/\nu} = \sigma(x)^{1/\nu}",
            # u stands for 1 + e^-x, which is positive
            lambda: sp.simplify(u ** (-1 / nu) - (1 / u) ** (1 / nu)) == 0,
        ),
        Claim(
            page,
            r"any other $\nu$ makes the curve asymmetric",
            # point symmetry about (0, 1/2) needs the value 1/2 at 0: 2^(-1/nu) = 1/2 only at 1
            lambda: sp.solve(sp.Eq(2 ** (-1 / nu), sp.Rational(1, 2)), nu) == [1],
        ),
        Claim(
            page,
            r"$y' = -y\ln y$",
            lambda: symbolic_identity(
                sp.diff(gompertz_curve, X), -gompertz_curve * sp.log(gompertz_curve)
            ),
        ),
        Claim(
            page,
            "the two right-hand sides agree to first order near $y = 1$",
            lambda: (
                sp.series(-y * sp.log(y) - y * (1 - y), y, 1, 2).removeO() == 0
                and sp.series(-y * sp.log(y) - y * (1 - y), y, 1, 3).removeO() != 0
            ),
        ),
        value_claim(
            page,
            r"$y = 1/e \approx 0.368$",
            lambda: math.exp(-1),
            also=lambda: (
                sp.diff(gompertz_curve, X, 2).subs(X, 0) == 0
                and gompertz_curve.subs(X, 0) == sp.exp(-1)
            ),
        ),
        Claim(
            page,
            "it approaches 0 far faster than 1",
            lambda: (
                sp.limit((1 - gompertz_curve) / sp.exp(-X), X, sp.oo) == 1
                and sp.limit(gompertz_curve / sp.exp(X), X, -sp.oo) == 0
            ),
        ),
    )


def softplus_box_claims(page: str) -> tuple[Claim, ...]:
    """The logistic page's box of sigmoid and softplus identities (zeta is softplus)."""
    zeta = sp.log(1 + sp.exp(X))
    y = sp.Symbol("y", positive=True)
    k = sp.Symbol("k", positive=True)
    positive = sp.Symbol("x", positive=True)
    gap = sp.log(1 + sp.exp(-k * positive)) / k  # zeta(kx)/k - max(0, x) at x and at -x
    return (
        Claim(
            page,
            r"$1 - \sigma(x) = \sigma(-x)$",
            lambda: symbolic_identity(1 - SIGMA, SIGMA.subs(X, -X)),
        ),
        Claim(
            page,
            r"$\sigma' = \sigma(1 - \sigma)$",
            lambda: symbolic_identity(sp.diff(SIGMA, X), SIGMA * (1 - SIGMA)),
        ),
        Claim(
            page,
            r"$\sigma^{-1}(p) = \ln\frac{p}{1 - p}$",
            lambda: symbolic_identity(SIGMA.subs(X, sp.log(P / (1 - P))), P),
        ),
        Claim(
            page,
            r"$\zeta' = \sigma$",
            lambda: symbolic_identity(sp.diff(zeta, X), SIGMA),
        ),
        Claim(
            page,
            r"$\zeta(x) = \int_{-\infty}^{x} \sigma(t)\,dt$",
            lambda: sp.limit(zeta, X, -sp.oo) == 0 and symbolic_identity(sp.diff(zeta, X), SIGMA),
        ),
        Claim(
            page,
            r"$\ln\sigma(x) = -\zeta(-x)$",
            lambda: symbolic_identity(sp.log(SIGMA), -zeta.subs(X, -X)),
        ),
        Claim(
            page,
            r"$\zeta(x) - \zeta(-x) = x$",
            lambda: (
                (
                    symbolic_identity(sp.expand_log(zeta - zeta.subs(X, -X), force=True), X)
                    or sp.simplify(sp.exp(zeta - zeta.subs(X, -X)) - sp.exp(X)) == 0
                )
                and holds_on_grid(
                    lambda x: sc.softplus(x) - sc.softplus(-x), lambda x: x, 4 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"$\frac{1 + e^{x}}{1 + e^{-x}} = e^{x}$",
            lambda: symbolic_identity((1 + sp.exp(X)) / (1 + sp.exp(-X)), sp.exp(X)),
        ),
        Claim(
            page,
            r"$\zeta^{-1}(y) = \ln\left(e^{y} - 1\right)$",
            lambda: sp.simplify(zeta.subs(X, sp.log(sp.exp(y) - 1)) - y) == 0,
        ),
        Claim(
            page,
            r"$\zeta(kx)/k - \max(0, x) = \ln\bigl(1 + e^{-k|x|}\bigr)/k$",
            lambda: (
                sp.simplify(zeta.subs(X, k * positive) / k - positive - gap) == 0
                and sp.simplify(zeta.subs(X, -k * positive) / k - gap) == 0
            ),
        ),
        Claim(
            page,
            r"at most $\ln 2/k$",
            lambda: (
                sp.limit(gap, positive, 0) == sp.log(2) / k
                and sp.simplify(sp.diff(gap, positive)).is_negative
            ),
        ),
    )


def uniform_logit_share(x: float, count: int = 100_000) -> float:
    """The share of an even grid of (0, 1), u = (k + 1/2)/count, whose logit is at most x: what
    P(logit(U) <= x) is for U uniform, up to 1/count."""
    u = (np.arange(count) + 0.5) / count
    return float(np.mean(sc.logit(u) <= x))


def exercise_claims(page: str) -> tuple[Claim, ...]:
    """The numbers and identities of the page's exercises and their answers."""
    from scipy.special import ndtri

    lead, score = sp.Symbol("d", real=True), sp.Symbol("E", positive=True)
    expected = 1 / (1 + 10 ** (-lead / 400))  # the Elo formula, R_A - R_B = d
    positive = sp.Symbol("x", positive=True)
    gap = sp.log(1 + sp.exp(-positive))  # zeta(x) - max(0, x) at x and at -x
    zeta = sp.log(1 + sp.exp(X))

    def elo_lead(p: float) -> float:
        return 400 * float(sc.logit(p)) / math.log(10)

    return (
        # exercise 1: the Elo lead for an expected score
        Claim(
            page,
            r"E = \sigma\bigl(d\ln 10/400\bigr)",
            lambda: symbolic_identity(expected, SIGMA.subs(X, lead * sp.log(10) / 400)),
        ),
        Claim(
            page,
            r"d\ln 10/400 = \operatorname{logit}(E)",
            lambda: symbolic_identity(sp.log(expected / (1 - expected)), lead * sp.log(10) / 400),
        ),
        Claim(
            page,
            r"d = 400\log_{10}\frac{E}{1 - E}",
            lambda: symbolic_identity(
                (400 * sp.log(score / (1 - score)) / sp.log(10)).subs(score, expected), lead
            ),
        ),
        value_claim(
            page,
            r"400\log_{10} 3 \approx 190.8",
            lambda: elo_lead(0.75),
            also=lambda: close(1 / (1 + 10 ** (-elo_lead(0.75) / 400)), 0.75),
        ),
        value_claim(
            page,
            r"400\log_{10} 9 \approx 381.7",
            lambda: elo_lead(0.9),
            also=lambda: close(elo_lead(0.9), 2 * elo_lead(0.75)),
        ),
        # exercise 2: logit(U) is logistic; its median and quartiles
        Claim(
            page,
            r"$P\bigl(\operatorname{logit}(U) \le x\bigr) = P\bigl(U \le \sigma(x)\bigr)"
            r" = \sigma(x)$",
            lambda: all(
                abs(uniform_logit_share(x) - float(sc.sigmoid(x))) <= 1e-5
                for x in (-6.0, -2.0, -0.5, 0.3, 1.0, 4.0)
            ),
        ),
        Claim(
            page,
            r"$\operatorname{logit}\bigl(\frac12\bigr) = 0$",
            lambda: sc.logit(0.5) == 0 and sp.log(sp.Rational(1, 2) / (1 - sp.Rational(1, 2))) == 0,
        ),
        value_claim(
            page,
            r"\pm\ln 3 \approx \pm 1.0986",
            lambda: (float(sc.logit(0.75)), -float(sc.logit(0.25))),
            also=lambda: close(float(sc.logit(0.75)), math.log(3), 4 * EPS64),
        ),
        Claim(
            page,
            r"\sigma(\ln 3) = \frac{3}{4}",
            lambda: sp.simplify(SIGMA.subs(X, sp.log(3))) == sp.Rational(3, 4),
        ),
        value_claim(
            page,
            r"\pm\Phi^{-1}\bigl(\frac34\bigr)/\sqrt{\pi/8} \approx \pm 1.076",
            lambda: float(ndtri(0.75)) / PROBIT_SCALE,
            also=lambda: close(
                float(probit_matched(np.array(ndtri(0.75) / PROBIT_SCALE))), 0.75, 1e-14
            ),
        ),
        # exercise 4: softplus lies above max(0, x) by at most ln 2
        *(
            Claim(
                page,
                text,
                lambda: (
                    symbolic_identity(zeta.subs(X, positive) - positive, gap)
                    and symbolic_identity(zeta.subs(X, -positive), gap)
                    and bool(gap.is_positive)
                    and bool(sp.simplify(sp.diff(gap, positive)).is_negative)
                    and sp.limit(gap, positive, 0) == sp.log(2)
                    and zeta.subs(X, 0) == sp.log(2)
                ),
            )
            for text in (
                r"\max(0, x) < \zeta(x) \le \max(0, x) + \ln 2",
                r"\zeta(x) - \max(0, x) = \ln\bigl(1 + e^{-|x|}\bigr)",
            )
        ),
    )


def claims() -> tuple[Claim, ...]:
    page = "logistic.md"
    t, t0 = sp.symbols("t t_0", real=True)
    k, r, capacity = sp.symbols("k r K", positive=True)
    growth = capacity * SIGMA.subs(X, r * (t - t0))
    erf_curve = (1 + sp.erf(sp.sqrt(sp.pi) * X / 4)) / 2
    arctan_curve = sp.Rational(1, 2) + sp.atan(sp.pi * X / 4) / sp.pi
    algebraic_curve = sp.Rational(1, 2) + X / (4 * sp.sqrt(1 + X**2 / 4))
    slope_at_zero = sp.Rational(1, 4)
    x_pos, y_pos, tail_t = sp.symbols("x y t", positive=True)

    def normal_density(v: sp.Expr) -> sp.Expr:
        return sp.exp(-(v**2) / 2) / sp.sqrt(2 * sp.pi)

    q = sp.Symbol("q", positive=True)
    n_ = sp.Symbol("n", integer=True, positive=True)
    return (
        *exercise_claims(page),
        Claim(
            page,
            r"y' = y(1 - y), \qquad y(0) = \frac{1}{2}",
            lambda: (
                symbolic_identity(sp.diff(SIGMA, X), SIGMA * (1 - SIGMA))
                and SIGMA.subs(X, 0) == sp.Rational(1, 2)
            ),
        ),
        Claim(
            page,
            r"P(t) = \frac{K}{1 + e^{-r(t - t_0)}} = K\,\sigma\bigl(r(t - t_0)\bigr)",
            lambda: symbolic_identity(sp.diff(growth, t), r * growth * (1 - growth / capacity)),
        ),
        Claim(
            page,
            r"= rP(t)\Bigl(1 - \frac{P(t)}{K}\Bigr)",
            lambda: (
                symbolic_identity(
                    sp.diff(growth, t), capacity * r * sp.diff(SIGMA, X).subs(X, r * (t - t0))
                )
                and symbolic_identity(sp.diff(growth, t), r * growth * (1 - growth / capacity))
            ),
        ),
        Claim(
            page,
            r"$\int_y^\infty \varphi(t)\,dt < \int_y^\infty \frac{t}{y}\varphi(t)\,dt"
            r" = \frac{\varphi(y)}{y}$",
            lambda: (
                sp.simplify(
                    sp.integrate(tail_t / y_pos * normal_density(tail_t), (tail_t, y_pos, sp.oo))
                    - normal_density(y_pos) / y_pos
                )
                == 0
                and bool(
                    np.all(
                        probit(-np.linspace(0.1, 30, 3000))  # 1 - Phi(y), uncancelled
                        < np.exp(-(np.linspace(0.1, 30, 3000) ** 2) / 2)
                        / (np.linspace(0.1, 30, 3000) * math.sqrt(2 * math.pi))
                    )
                )
            ),
        ),
        Claim(
            page,
            r"$x\sqrt{\pi/8}/\sqrt2 = \sqrt{\pi}\,x/4$",
            lambda: sp.simplify(X * sp.sqrt(sp.pi / 8) / sp.sqrt(2) - sp.sqrt(sp.pi) * X / 4) == 0,
        ),
        Claim(
            page,
            r"$\Phi(y) = \frac12\bigl(1 + \operatorname{erf}(y/\sqrt2)\bigr)$",
            lambda: (
                sp.simplify(
                    sp.integrate(normal_density(X), (X, -sp.oo, y_pos)).rewrite(sp.erf)
                    - (1 + sp.erf(y_pos / sp.sqrt(2))) / 2
                )
                == 0
            ),
        ),
        Claim(
            page,
            r"$y^2/2 = \pi x^2/16$",
            lambda: sp.simplify((X * sp.sqrt(sp.pi / 8)) ** 2 / 2 - sp.pi * X**2 / 16) == 0,
        ),
        Claim(
            page,
            r"$\frac12\bigl(1 - (1 + 4/x^2)^{-1/2}\bigr) \approx 1/x^2$",
            lambda: (
                sp.simplify(
                    (1 - algebraic_curve).subs(X, x_pos)
                    - (1 - (1 + 4 / x_pos**2) ** sp.Rational(-1, 2)) / 2
                )
                == 0
                and sp.limit(X**2 * (1 - algebraic_curve), X, sp.oo) == 1
            ),
        ),
        Claim(
            page,
            r"$\frac12 - \frac1\pi\arctan\frac{\pi x}{4} = \frac1\pi\arctan\frac{4}{\pi x}"
            r" \approx \frac{4}{\pi^2 x}$",
            lambda: (
                holds_on_grid(
                    lambda x: 0.5 - np.arctan(np.pi * x / 4) / np.pi,
                    lambda x: np.arctan(4 / (np.pi * x)) / np.pi,
                    4 * EPS64,
                    0.01,
                    40.0,
                )
                and sp.limit(X * (1 - arctan_curve), X, sp.oo) == 4 / sp.pi**2
            ),
        ),
        Claim(
            page,
            "like $e^{-\\pi x^2/16}$",
            lambda: sp.simplify((sp.sqrt(sp.pi) * X / 4) ** 2 - sp.pi * X**2 / 16) == 0,
        ),
        Claim(
            page,
            "σ(x) − Φ(x√(π/8))",
            lambda: (
                sp.simplify(
                    sp.diff((1 + sp.erf(X * sp.sqrt(sp.pi / 8) / sp.sqrt(2))) / 2, X).subs(X, 0)
                )
                == slope_at_zero
            ),
        ),
        *(
            Claim(
                page,
                text,
                lambda: all(
                    sp.simplify(sp.diff(curve, X).subs(X, 0)) == slope_at_zero
                    for curve in (SIGMA, erf_curve, arctan_curve, algebraic_curve)
                ),
            )
            for text in ("with slope 1/4 at 0", "with the same slope $\\frac14$ at 0")
        ),
        *(
            Claim(
                page,
                text,
                lambda: (
                    sp.simplify(
                        sp.diff(SIGMA.subs(X, k * X + sp.Symbol("b")), X).subs(
                            X, -sp.Symbol("b") / k
                        )
                    )
                    == k / 4
                ),
            )
            for text in ("the slope at the centre is $k/4$", "the slope at the centre is k/4")
        ),
        value_claim(
            page,
            r"\int_{-\infty}^{\infty} x^2\,\sigma'(x)\,dx = \frac{\pi^2}{3} \approx 3.29",
            lambda: math.pi**2 / 3,
            also=lambda: close(logistic_variance(), math.pi**2 / 3, 1e-12),
        ),
        Claim(
            page,
            r"$\Phi'(0) = 1/\sqrt{2\pi}$",
            lambda: (
                sp.diff((1 + sp.erf(X / sp.sqrt(2))) / 2, X).subs(X, 0) == 1 / sp.sqrt(2 * sp.pi)
            ),
        ),
        value_claim(  # the gap itself is a bound: within 0.0177, not 0.0177 to nearest
            page,
            r"to within 0.0177 everywhere, the largest gap" + "\n" + r"being near $x = \pm 2.76$",
            lambda: logit_probit_gap()[1],
            also=lambda: 0.0176 < logit_probit_gap()[0] <= 0.0177,
        ),
        Claim(
            page,
            r"\frac{1}{2} + \frac{x}{4} - \frac{x^3}{48} + \frac{x^5}{480} - \frac{17x^7}{80640}",
            lambda: symbolic_identity(
                sp.series(SIGMA, X, 0, 8).removeO(),
                sp.Rational(1, 2) + X / 4 - X**3 / 48 + X**5 / 480 - 17 * X**7 / 80640,
            ),
        ),
        Claim(
            page,
            r"at $x = \pm i\pi, \pm 3i\pi, \ldots$",
            lambda: all(
                sp.simplify(1 + sp.exp(-(2 * n + 1) * sp.pi * sp.I)) == 0 for n in range(-2, 2)
            ),
        ),
        Claim(
            page,
            "the algebraic curve\nlike $1/x^2$ and the arctangent only like $1/x$",
            lambda: (
                sp.limit(X**2 * (1 - algebraic_curve), X, sp.oo) == 1
                and sp.limit(X * (1 - arctan_curve), X, sp.oo) == 4 / sp.pi**2
            ),
        ),
        Claim(
            page,
            r"$\sigma'(x) = q/(1 + q)^2 = \sum_{k \ge 1} (-1)^{k+1} k\,q^k$",
            lambda: (
                symbolic_identity(sp.diff(SIGMA, X), (q / (1 + q) ** 2).subs(q, sp.exp(-X)))
                and sp.series(q / (1 + q) ** 2, q, 0, 12).removeO()
                == sum((-1) ** (n + 1) * n * q**n for n in range(1, 12))
            ),
        ),
        Claim(
            page,
            r"$\int_0^\infty x^2 e^{-kx}\,dx = 2/k^3$",
            lambda: sp.integrate(X**2 * sp.exp(-k * X), (X, 0, sp.oo)) == 2 / k**3,
        ),
        Claim(
            page,
            r"$\pi^2/6 - \pi^2/12 = \pi^2/12$",
            lambda: (
                sp.summation(1 / n_**2, (n_, 1, sp.oo)) == sp.pi**2 / 6
                and sp.summation((-1) ** (n_ + 1) / n_**2, (n_, 1, sp.oo)) == sp.pi**2 / 12
                and sp.summation(1 / (2 * n_) ** 2, (n_, 1, sp.oo)) == sp.pi**2 / 24
                and 4 * sp.pi**2 / 12 == sp.pi**2 / 3
            ),
        ),
        Claim(
            page,
            r"$a_1 = 1$, $3a_3 = -a_1^2$, $5a_5 = -2a_1a_3$, $7a_7 = -2a_1a_5 - a_3^2$",
            lambda: (
                tanh_coefficients_by_recursion()
                == [1, -sp.Rational(1, 3), sp.Rational(2, 15), -sp.Rational(17, 315)]
            ),
        ),
        Claim(
            page,
            r"\tanh y = y - \frac{y^3}{3} + \frac{2y^5}{15} - \frac{17y^7}{315} + \cdots",
            lambda: symbolic_identity(
                sp.series(sp.tanh(X), X, 0, 8).removeO(),
                X - X**3 / 3 + 2 * X**5 / 15 - 17 * X**7 / 315,
            ),
        ),
        Claim(
            page,
            r"$\frac{1}{3 \cdot 16}$, $\frac{2}{15 \cdot 64}$",
            lambda: (
                [
                    abs(a) / 2 ** (n + 1)
                    for a, n in zip(tanh_coefficients_by_recursion(), (1, 3, 5, 7), strict=True)
                ]
                == [
                    sp.Rational(1, 4),
                    sp.Rational(1, 48),
                    sp.Rational(1, 480),
                    sp.Rational(17, 80640),
                ]
                and (3 * 16, 15 * 64, 315 * 256) == (2**4 * 3, 2**6 * 15, 2**8 * 315)
            ),
        ),
        Claim(
            page,
            r"$\frac{17}{315 \cdot 256}$",
            lambda: sp.Rational(17, 315 * 256) == sp.Rational(17, 80640),
        ),
        Claim(
            page,
            r"\frac{d}{dx}\ln\left(1 + e^{x}\right) = \frac{e^{x}}{1 + e^{x}} = \sigma(x)",
            lambda: (
                symbolic_identity(sp.diff(sp.log(1 + sp.exp(X)), X), sp.exp(X) / (1 + sp.exp(X)))
                and symbolic_identity(sp.exp(X) / (1 + sp.exp(X)), SIGMA)
            ),
        ),
        Claim(
            page,
            r"$\ln\sigma(x) = -\ln\left(1 + e^{-x}\right) = -\operatorname{softplus}(-x)$",
            lambda: (
                symbolic_identity(sp.log(SIGMA), -sp.log(1 + sp.exp(-X)))
                and holds_on_grid(sc.log_sigmoid, lambda x: -sc.softplus(-x), 2 * EPS64)
            ),
        ),
        Claim(
            page,
            r"$x = (2n + 1)i\pi$",
            lambda: all(
                sp.simplify(1 + sp.exp(-(2 * n + 1) * sp.I * sp.pi)) == 0
                and sp.simplify(sp.diff(1 + sp.exp(-X), X).subs(X, (2 * n + 1) * sp.I * sp.pi)) == 1
                for n in range(-3, 3)
            ),
        ),
        *applications_claims(page),
        *softplus_box_claims(page),
        Claim(
            page,
            r"\sigma'(1 - 6\sigma + 6\sigma^2) = u(1 - 6u)",
            lambda: symbolic_identity(
                sp.diff(SIGMA, X, 3), (SIGMA * (1 - SIGMA)) * (1 - 6 * SIGMA * (1 - SIGMA))
            ),
        ),
        Claim(
            page,
            r"$\sigma''(0) = 0$",
            lambda: sp.diff(SIGMA, X, 2).subs(X, 0) == 0 and sc.sigmoid_second_derivative(0.0) == 0,
        ),
        Claim(
            page,
            r"$\frac{1}{24}$",
            lambda: third_derivative_range() == (-sp.Rational(1, 8), sp.Rational(1, 24)),
        ),
        Claim(
            page,
            "$|x|^3/48$",
            lambda: (
                sp.Rational(1, 6) * third_derivative_range()[0] == -sp.Rational(1, 48)
                and holds_below(
                    lambda x: np.abs(sc.sigmoid(x) - (0.5 + x / 4)), lambda x: np.abs(x) ** 3 / 48
                )
            ),
        ),
        Claim(
            page,
            r"\int \sigma(x)\,dx = \ln\left(1 + e^{x}\right) + C",
            lambda: symbolic_identity(sp.diff(sp.log(1 + sp.exp(X)), X), SIGMA),
        ),
        Claim(
            page,
            r"\frac{1 + \operatorname{erf}\bigl(\sqrt{\pi}\,x/4\bigr)}{2}",
            lambda: bool(
                np.allclose(
                    probit_matched(np.linspace(-5, 5, 101)),
                    [float(erf_curve.subs(X, v)) for v in np.linspace(-5, 5, 101)],
                    atol=1e-14,
                )
            ),
        ),
    )
