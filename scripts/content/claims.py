"""Every statement the pages make that the build checks, page by page: identities (proved
with SymPy and tested on sigmoid_core), and numbers typed in the prose. ``all_claims()`` builds
them; building one runs nothing (each check runs when the build asks)."""

from __future__ import annotations

import inspect
import math

import numpy as np
import sympy as sp

import sigmoid_core as sc
from scripts.experiments import (
    BOUNDARY_LEVELS,
    DATA_SEED,
    EPS64,
    EXPIT_RANGE,
    FD_STEPS,
    GELU_SIGMOID_SCALE,
    GELU_TANH_CUBIC,
    L2_PENALTY,
    SEPARABLE_STEPS,
    TEST_POINTS,
    UNIT_ROUNDOFF,
    bayes_rule,
    best_step,
    calibration_study,
    classification_data,
    collapse_point,
    correctly_rounded_share,
    derivative_forms,
    dual_number_overflow,
    expit_comparison,
    finite_difference_errors,
    finite_difference_rows,
    first_x_where,
    float32_unrounded_error,
    gaussian_mean,
    gelu_tanh_gap,
    grid_max,
    half_precision_points,
    holds_on_grid,
    lambdified_derivative_failures,
    logistic_variance,
    logit_probit_gap,
    max_margin_separator,
    naive_overflow,
    probit,
    probit_matched,
    probit_minimax_scale,
    round_to_bfloat16,
    sample_clouds,
    saturation_points,
    separable_angle,
    separable_data,
    separable_norm,
    sigmoid_ulp_errors,
    squared_gaussian_mean,
    train_logistic_regression,
)
from scripts.model import ArrayFunction, Claim
from scripts.symbolic import SIGMA, X, at_zero, symbolic_identity
from sigmoid_core._array import exp_limit

P = sp.Symbol("p", positive=True)  # a probability


def close(value: float, target: float, tolerance: float = 5e-13) -> bool:
    return abs(value - target) <= tolerance * max(1.0, abs(target))


def rounds_to(value: float, text: str) -> bool:
    """``value`` printed with as many decimals as ``text`` has is ``text``."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    return f"{value:.{decimals}f}" == text


def claims_for_sigmoid_page() -> tuple[Claim, ...]:
    page = "sigmoid.md"
    return (
        Claim(
            page,
            "what `sigmoid_core` returns below $x = -709$",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and sc.sigmoid(-709.5) == np.exp(-709.5)
            ),
        ),
        Claim(
            page,
            r"$\sigma(\operatorname{logit}(p)) = p$ for every $p$ in $(0, 1)$",
            lambda: symbolic_identity(SIGMA.subs(X, sp.log(P / (1 - P))), P),
        ),
        Claim(page, r"\sigma(0) = \frac{1}{2}", lambda: sc.sigmoid(0.0) == 0.5),
        Claim(
            page,
            r"\sigma(-x) = 1 - \sigma(x)",
            lambda: (
                symbolic_identity(SIGMA.subs(X, -X), 1 - SIGMA)
                and holds_on_grid(
                    lambda x: sc.sigmoid(-x), lambda x: 1 - sc.sigmoid(x), 2.5 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\lim_{x \to \infty} \sigma(x) = 1",
            lambda: sp.limit(SIGMA, X, sp.oo) == 1 and sc.sigmoid(np.inf) == 1,
        ),
        Claim(
            page,
            r"\lim_{x \to -\infty} \sigma(x) = 0",
            lambda: sp.limit(SIGMA, X, -sp.oo) == 0 and sc.sigmoid(-np.inf) == 0,
        ),
        Claim(
            page,
            r"\operatorname{logit}(p) = \ln\frac{p}{1 - p}",
            lambda: symbolic_identity(sp.log(SIGMA / (1 - SIGMA)), X),
        ),
        Claim(
            page,
            r"\sigma(\operatorname{logit}(p)) = p",
            lambda: holds_on_grid(
                lambda p: sc.sigmoid(sc.logit(p)), lambda p: p, 1e-13, 1e-6, 1 - 1e-6
            ),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{e^{x}}{1 + e^{x}}",
            lambda: symbolic_identity(sp.exp(X) / (1 + sp.exp(X)), SIGMA),
        ),
        Claim(
            page,
            r"\sigma'(x) > 0",
            lambda: bool(np.all(sc.sigmoid_derivative(np.linspace(-700, 700, 100_001)) > 0)),
        ),
        Claim(page, "0.7310585786", lambda: rounds_to(float(sc.sigmoid(1.0)), "0.7310585786")),
        Claim(
            page,
            r"\sigma(10) \approx 0.9999546021",
            lambda: rounds_to(float(sc.sigmoid(10.0)), "0.9999546021"),
        ),
        Claim(page, r"e \approx 2.71828", lambda: rounds_to(math.e, "2.71828")),
        Claim(
            page,
            r"within $5 \times 10^{-5}$ of its" + "\n" + "asymptote at $x = 10$",
            lambda: 1 - float(sc.sigmoid(10.0)) < 5e-5 < 1 - float(sc.sigmoid(9.0)),
        ),
        Claim(
            page,
            "with the exponent clipped at 709 and $e^{x}$ itself below $x = -709$",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and sc.sigmoid(-709.5) == np.exp(-709.5)
            ),
        ),
    )


def claims_for_derivative_page() -> tuple[Claim, ...]:
    page = "derivative.md"
    derivative = sp.Derivative(SIGMA, X)  # unevaluated: SymPy differentiates when a check runs
    return (
        Claim(
            page,
            r"\sigma'(x)\bigl(1 - 6\sigma(x) + 6\sigma(x)^2\bigr)",
            lambda: symbolic_identity(
                sp.diff(SIGMA, X, 3), sp.diff(SIGMA, X) * (1 - 6 * SIGMA + 6 * SIGMA**2)
            ),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{1}{2} \pm \frac{\sqrt{3}}{6}",
            lambda: all(
                sp.simplify(root - sp.Rational(1, 2)) in (sp.sqrt(3) / 6, -sp.sqrt(3) / 6)
                for root in sp.solve(1 - 6 * sp.Symbol("s") + 6 * sp.Symbol("s") ** 2)
            ),
        ),
        Claim(
            page,
            r"once $\sigma'$ is subnormal ($\lvert x \rvert > 708.4$)",
            lambda: rounds_to(
                first_x_where(
                    lambda t: sc.sigmoid_derivative(t) < np.finfo(np.float64).smallest_normal,
                    1.0,
                    1000.0,
                ),
                "708.4",
            ),
        ),
        Claim(
            page,
            r"$\sigma'(x) = 1 / \bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\bigr)$",
            lambda: (
                symbolic_identity(
                    sp.Derivative(SIGMA, X), 1 / (4 + (sp.exp(X) - 1) * (1 - sp.exp(-X)))
                )
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.sigmoid(x) * sc.sigmoid(-x), 8 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"overflows below $x \approx -354.9$",
            lambda: rounds_to(lambdified_derivative_failures()["zero_below"], "-354.9"),
        ),
        Claim(
            page,
            r"\sigma'(x) = \sigma(x)\bigl(1 - \sigma(x)\bigr)",
            lambda: symbolic_identity(derivative, SIGMA * (1 - SIGMA)),
        ),
        Claim(
            page,
            r"\sigma'(x) = \sigma(x)\,\sigma(-x)",
            lambda: (
                symbolic_identity(derivative, SIGMA * SIGMA.subs(X, -X))
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.sigmoid(x) * sc.sigmoid(-x), 8 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\sigma'(x) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2}",
            lambda: symbolic_identity(derivative, sp.exp(-X) / (1 + sp.exp(-X)) ** 2),
        ),
        Claim(
            page,
            r"\sigma'(x) = \frac{1}{4}\operatorname{sech}^2\frac{x}{2}",
            lambda: (
                symbolic_identity(derivative, sp.sech(X / 2) ** 2 / 4)
                and holds_on_grid(
                    sc.sigmoid_derivative, lambda x: sc.tanh_derivative(x / 2) / 4, 8 * EPS64
                )
            ),
        ),
        Claim(
            page,
            r"\sigma'(0) = \frac{1}{4}",
            lambda: at_zero(derivative) == sp.Rational(1, 4) and sc.sigmoid_derivative(0.0) == 0.25,
        ),
        Claim(
            page,
            r"\sigma'(-x) = \sigma'(x)",
            lambda: symbolic_identity(derivative.subs(X, -X), derivative),
        ),
        Claim(
            page,
            r"\sigma''(x) = \sigma'(x)\bigl(1 - 2\sigma(x)\bigr)",
            lambda: symbolic_identity(sp.diff(SIGMA, X, 2), derivative * (1 - 2 * SIGMA)),
        ),
        Claim(
            page,
            r"x = \pm\ln\bigl(2 + \sqrt{3}\bigr) \approx \pm 1.317",
            lambda: (
                symbolic_identity(sp.diff(SIGMA, X, 3).subs(X, sp.log(2 + sp.sqrt(3))), 0)
                and rounds_to(math.log(2 + math.sqrt(3)), "1.317")
            ),
        ),
        Claim(
            page,
            r"\pm\frac{1}{6\sqrt{3}} \approx \pm 0.0962",
            lambda: (
                symbolic_identity(
                    sp.diff(SIGMA, X, 2).subs(X, -sp.log(2 + sp.sqrt(3))), 1 / (6 * sp.sqrt(3))
                )
                and rounds_to(grid_max(sc.sigmoid_second_derivative), "0.0962")
            ),
        ),
        Claim(
            page,
            "0.1966119332",
            lambda: rounds_to(float(sc.sigmoid_derivative(1.0)), "0.1966119332"),
        ),
        Claim(
            page,
            r"\sigma'(10) \approx 0.0000453958",
            lambda: rounds_to(float(sc.sigmoid_derivative(10.0)), "0.0000453958"),
        ),
        *(
            Claim(
                page,
                text,
                lambda: (
                    grid_max(sc.sigmoid_derivative) == 0.25 and sc.sigmoid_derivative(0.0) == 0.25
                ),
            )
            for text in (
                "its maximum 1/4",
                "The maximum slope is 1/4, at 0",
                "a bell with its maximum 1/4 at x = 0",
                "x = 0 with value 1/4",
            )
        ),
    )


def claims_for_api_page() -> tuple[Claim, ...]:
    page = "api.md"
    return (
        Claim(
            page,
            "`expit` returns 0 from $x \\approx -709.78$ on",
            lambda: rounds_to(
                -first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000), "-709.78"
            ),
        ),
        Claim(
            page,
            "$x \\ge -709$ wherever numpy's `exp` is the C library's",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and expit_comparison()["expit_is_libm_steps"]
            ),
        ),
        Claim(
            page,
            "own AVX-512 `exp`",
            lambda: numpy_exp_uses_avx512() == (expit_comparison()["identical_share"] < 1),
        ),
        Claim(
            page,
            "$x = -745.13$",
            lambda: rounds_to(-saturation_points()["core_zero_float64"], "745.13"),
        ),
    )


def numpy_exp_uses_avx512() -> bool:
    """numpy's float64 exp runs its AVX-512 (x86-64-v4) loop on this machine."""
    from numpy.lib.introspect import opt_func_info

    current = opt_func_info(func_name="^exp$", signature="float64")["exp"]["dd"]["current"]
    return current.startswith(("X86_V4", "AVX512"))


def scipy_expit_quiet(x: float) -> float:
    from scipy.special import expit

    with np.errstate(over="ignore"):
        return float(expit(x))


def claims_for_index_page() -> tuple[Claim, ...]:
    page = "index.md"
    textbook = derivative_forms(np.float64)["textbook"].function
    return (
        Claim(
            page,
            "overflows for $x < -709.79$",
            lambda: 709.78 < -saturation_points()["naive_zero_float64"] < 709.79,
        ),
        Claim(
            page,
            r"returns 0 from $x \approx 36.7$ on",
            lambda: rounds_to(collapse_point(textbook, np.float64), "36.7"),
        ),
    )


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
        Claim(
            page,
            r"$y = 1/e \approx 0.368$",
            lambda: (
                sp.diff(gompertz_curve, X, 2).subs(X, 0) == 0
                and gompertz_curve.subs(X, 0) == sp.exp(-1)
                and rounds_to(math.exp(-1), "0.368")
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


def claims_for_logistic_page() -> tuple[Claim, ...]:
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
        Claim(
            page,
            r"\int_{-\infty}^{\infty} x^2\,\sigma'(x)\,dx = \frac{\pi^2}{3} \approx 3.29",
            lambda: (
                close(logistic_variance(), math.pi**2 / 3, 1e-12)
                and rounds_to(math.pi**2 / 3, "3.29")
            ),
        ),
        Claim(
            page,
            r"$\Phi'(0) = 1/\sqrt{2\pi}$",
            lambda: (
                sp.diff((1 + sp.erf(X / sp.sqrt(2))) / 2, X).subs(X, 0) == 1 / sp.sqrt(2 * sp.pi)
            ),
        ),
        Claim(
            page,
            r"to within 0.0177 everywhere, the largest gap" + "\n" + r"being near $x = \pm 2.76$",
            lambda: (
                0.0176 < logit_probit_gap()[0] <= 0.0177
                and rounds_to(logit_probit_gap()[1], "2.76")
            ),
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


def claims_for_tanh_page() -> tuple[Claim, ...]:
    page = "tanh.md"
    return (
        Claim(
            page,
            r"\tanh x = 2\sigma(2x) - 1",
            lambda: (
                symbolic_identity(sp.tanh(X), 2 * SIGMA.subs(X, 2 * X) - 1)
                and holds_on_grid(sc.tanh_from_sigmoid, np.tanh, 4 * EPS64)
            ),
        ),
        Claim(
            page,
            r"\sigma(2x) = \frac{1}{1 + e^{-2x}} = \frac{e^{x}}{e^{x} + e^{-x}}",
            lambda: symbolic_identity(SIGMA.subs(X, 2 * X), sp.exp(X) / (sp.exp(X) + sp.exp(-X))),
        ),
        Claim(
            page,
            r"\sigma(x) = \frac{1 + \tanh(x/2)}{2}",
            lambda: (
                symbolic_identity(SIGMA, (1 + sp.tanh(X / 2)) / 2)
                and holds_on_grid(sc.sigmoid_from_tanh, sc.sigmoid, 2 * EPS64)
            ),
        ),
        Claim(
            page,
            r"\tanh'(x) = 1 - \tanh^2 x",
            lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 1 - sp.tanh(X) ** 2),
        ),
        Claim(page, r"\tanh'(0) = 1", lambda: sc.tanh_derivative(0.0) == 1.0),
        Claim(
            page,
            r"\cosh^2 x - \sinh^2 x = \frac14\bigl((e^{x} + e^{-x})^2 - (e^{x} - e^{-x})^2\bigr)"
            r" = \frac14 \cdot 4 = 1",
            lambda: (
                symbolic_identity(
                    sp.cosh(X) ** 2 - sp.sinh(X) ** 2,
                    ((sp.exp(X) + sp.exp(-X)) ** 2 - (sp.exp(X) - sp.exp(-X)) ** 2) / 4,
                )
                and sp.expand((sp.exp(X) + sp.exp(-X)) ** 2 - (sp.exp(X) - sp.exp(-X)) ** 2) == 4
            ),
        ),
        Claim(
            page,
            r"\tanh'(x) = 1/\cosh^2 x = \operatorname{sech}^2 x",
            lambda: (
                symbolic_identity(sp.diff(sp.tanh(X), X), 1 / sp.cosh(X) ** 2)
                and symbolic_identity(1 / sp.cosh(X) ** 2, sp.sech(X) ** 2)
            ),
        ),
        Claim(
            page,
            r"2^{-52} \approx 2.2 \times 10^{-16}",
            lambda: EPS64 == 2.0**-52 and f"{EPS64:.1e}" == "2.2e-16",
        ),
        Claim(
            page,
            r"\tanh'(x) = 4\,\sigma'(2x)",
            lambda: symbolic_identity(sp.diff(sp.tanh(X), X), 4 * sp.diff(SIGMA, X).subs(X, 2 * X)),
        ),
    )


def claims_for_python_page() -> tuple[Claim, ...]:
    page = "python.md"

    def points() -> dict[str, float]:
        return saturation_points()

    forms = derivative_forms(np.float64)
    forms32 = derivative_forms(np.float32)
    textbook = forms["textbook"].function
    core = forms["core"].function
    d0, d1, d2 = sp.symbols("delta_0 delta_1 delta_2", real=True)  # the three roundings
    perturbed_sum = 1 + sp.exp(-X) * (1 + d0)
    return (
        Claim(  # the standard model's error of sigmoid's three steps, as the page writes it
            page,
            r"\sigma(x)\,\frac{1 + \delta_2}{\bigl(1 + \delta_0\bigl(1 - \sigma(x)\bigr)\bigr)"
            r"(1 + \delta_1)}",
            lambda: symbolic_identity(
                (1 + d2) / (perturbed_sum * (1 + d1)),
                SIGMA * (1 + d2) / ((1 + d0 * (1 - SIGMA)) * (1 + d1)),
            ),
        ),
        Claim(
            page,
            r"(1 + e^{-x})\bigl(1 + \delta_0\,e^{-x}/(1 + e^{-x})\bigr)",
            lambda: symbolic_identity(
                perturbed_sum, (1 + sp.exp(-X)) * (1 + d0 * sp.exp(-X) / (1 + sp.exp(-X)))
            ),
        ),
        *(
            Claim(
                page,
                text,
                lambda: UNIT_ROUNDOFF == 2.0**-53 and EPS64 == 2.0**-52 == 2 * UNIT_ROUNDOFF,
            )
            for text in (
                "$u = 2^{-53}$ bounds the relative error of one correct rounding",
                "`np.finfo(float).eps` $= 2^{-52} = 2u$",
            )
        ),
        Claim(
            page,
            "observe at most 2 ulp over the whole float64 range",
            lambda: float(np.max(sigmoid_ulp_errors())) <= 2,
        ),
        *(
            Claim(page, text, lambda: float(np.finfo(np.float32).eps) / 2 == 2.0**-24)
            for text in ("rounded with relative error up to $2^{-24}$", "$|x| \\cdot 2^{-24}$")
        ),
        Claim(page, "near $x = 16$", lambda: rounds_to(float32_unrounded_error()[1], "16")),
        Claim(
            page,
            "in the same order, with the C library's `exp`",
            lambda: expit_comparison()["expit_is_libm_steps"],
        ),
        Claim(
            page,
            "Below $x = -709$ `expit` returns 0\nfrom $x \\approx -709.78$ on",
            lambda: (
                rounds_to(-first_x_where(lambda t: scipy_expit_quiet(-t) == 0, 1, 1000), "-709.78")
                and scipy_expit_quiet(-709.5) > 0
            ),
        ),
        Claim(
            page,
            "for $x \\ge -709$. numpy has its own\n`exp` for CPUs with AVX-512",
            lambda: (
                float(exp_limit(np.dtype(np.float64))) == 709.0
                and numpy_exp_uses_avx512() == (expit_comparison()["identical_share"] < 1)
            ),
        ),
        Claim(page, "random inputs in $[-709, 745]$", lambda: EXPIT_RANGE == (-709.0, 745.0)),
        Claim(page, "often uses 16-bit floats", lambda: np.dtype(np.float16).itemsize * 8 == 16),
        Claim(
            page,
            "float16 keeps 11 significant bits and its largest number is 65504",
            lambda: (
                half_precision_points()["float16_bits"] == 11
                and half_precision_points()["float16_max"] == 65504
            ),
        ),
        Claim(
            page,
            "overflows from\n$x \\approx 11.09$",
            lambda: rounds_to(half_precision_points()["float16_exp_overflow"], "11.09"),
        ),
        Claim(
            page,
            "exactly 1 from\n$x \\approx 8.32$ on",
            lambda: rounds_to(half_precision_points()["float16_one"], "8.32"),
        ),
        Claim(
            page,
            "but only 8 significant bits: the sigmoid\nrounds to 1 from $x \\approx 6.24$",
            lambda: (
                rounds_to(half_precision_points()["bfloat16_one"], "6.24")
                and round_to_bfloat16(np.float64(1 + 2.0**-7)) == 1 + 2.0**-7
                and round_to_bfloat16(np.float64(1 + 2.0**-8)) == 1
            ),
        ),
        Claim(page, "709.78", lambda: rounds_to(points()["exp_overflow_float64"], "709.78")),
        Claim(  # a bound: every x below it overflows, and -709.78 itself does not
            page,
            "for every $x < -709.79$",
            lambda: 709.78 < points()["exp_overflow_float64"] < 709.79,
        ),
        Claim(page, "745.13", lambda: rounds_to(-points()["core_zero_float64"], "745.13")),
        Claim(
            page,
            "36.74",
            lambda: (
                rounds_to(points()["naive_one_float64"], "36.74")
                and rounds_to(points()["core_one_float64"], "36.74")
            ),
        ),
        Claim(page, "37.43", lambda: rounds_to(points()["exact_one_float64"], "37.43")),
        Claim(
            page,
            "17.33",
            lambda: (
                rounds_to(points()["core_one_float32"], "17.33")
                and rounds_to(points()["exact_one_float32"], "17.33")
            ),
        ),
        Claim(
            page,
            "about 63 % of them are correctly rounded",
            lambda: rounds_to(100 * correctly_rounded_share(), "63"),
        ),
        Claim(
            page,
            "below $x \\approx -708.4$",
            lambda: rounds_to(points()["subnormal_from_float64"], "-708.4"),
        ),
        Claim(
            page,
            "2.2 \\times 10^{-308}",
            lambda: f"{np.finfo(np.float64).smallest_normal:.1e}" == "2.2e-308",
        ),
        Claim(
            page,
            "4.9 \\times 10^{-324}",
            lambda: f"{np.finfo(np.float64).smallest_subnormal:.1e}" == "4.9e-324",
        ),
        Claim(
            page,
            "e^{709} < 1.8 \\times 10^{308}",
            lambda: math.exp(709) < 1.8e308 and f"{np.finfo(np.float64).max:.1e}" == "1.8e+308",
        ),
        Claim(
            page, "2^{-53} \\approx 1.1 \\times 10^{-16}", lambda: f"{2.0**-53:.1e}" == "1.1e-16"
        ),
        Claim(
            page,
            r"$1.8 \times 10^{308}$, that is for $t > \ln(1.8 \times 10^{308}) \approx 709.78$",
            lambda: (
                f"{np.finfo(np.float64).max:.1e}" == "1.8e+308"
                and rounds_to(math.log(np.finfo(np.float64).max), "709.78")
            ),
        ),
        Claim(
            page,
            r"for $x \ge -709$, $e^{-x} \le e^{709}",
            lambda: float(exp_limit(np.dtype(np.float64))) == 709.0,
        ),
        Claim(page, "Below $-709$", lambda: sc.sigmoid(-709.5) == np.exp(-709.5)),
        Claim(page, "`np.exp(720.0)` becomes `inf`", lambda: bool(np.isinf(naive_overflow(720.0)))),
        Claim(
            page,
            r"$\sigma(-720)$, about `2.0322e-313`",
            lambda: f"{float(sc.sigmoid(-720.0)):.4e}" == "2.0322e-313",
        ),
        Claim(
            page,
            "A float64 carries 53 significant bits",
            lambda: np.finfo(np.float64).nmant + 1 == 53,
        ),
        Claim(
            page,
            "At $x = 20$ the subtraction keeps about 7 correct digits",
            lambda: (
                round(
                    -math.log10(abs((1 - float(sc.sigmoid(20.0))) / float(sc.sigmoid(-20.0)) - 1))
                )
                == 7
            ),
        ),
        Claim(
            page,
            "from $x \\approx 36.74$ on it returns\nexactly 0",
            lambda: rounds_to(first_x_where(lambda t: 1 - sc.sigmoid(t) == 0, 1.0, 100.0), "36.74"),
        ),
        Claim(
            page,
            "about `8.53e-17` at $x = 37$",
            lambda: f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17",
        ),
        Claim(
            page,
            "For $z = 40$ with label 0 the true loss is about 40",
            lambda: rounds_to(-float(sc.log_sigmoid(-40.0)), "40"),
        ),
        Claim(page, "near x = 37", lambda: rounds_to(points()["naive_one_float64"], "37")),
        Claim(page, "near x = 17", lambda: rounds_to(points()["naive_one_float32"], "17")),
        Claim(
            page,
            "above about 37 in\n    float64 (about 17 in float32)",
            lambda: (
                rounds_to(points()["naive_one_float64"], "37")
                and rounds_to(points()["naive_one_float32"], "17")
            ),
        ),
        Claim(page, "16.64", lambda: rounds_to(points()["naive_one_float32"], "16.64")),
        Claim(  # a bound: 88.72 itself does not overflow
            page, "overflows above 88.73", lambda: 88.72 < points()["exp_overflow_float32"] < 88.73
        ),
        Claim(page, "103.97", lambda: rounds_to(-points()["core_zero_float32"], "103.97")),
        Claim(page, "2.0322e-313", lambda: f"{float(sc.sigmoid(-720.0)):.4e}" == "2.0322e-313"),
        Claim(
            page,
            "x \\approx 36.74",
            lambda: rounds_to(collapse_point(textbook, np.float64), "36.74"),
        ),
        Claim(
            page,
            "x \\approx 16.64",
            lambda: rounds_to(collapse_point(forms32["textbook"].function, np.float32), "16.64"),
        ),
        Claim(
            page,
            "at 36.74 in float64 and 17.33 in float32",
            lambda: (
                rounds_to(collapse_point(forms["from_output"].function, np.float64), "36.74")
                and rounds_to(collapse_point(forms32["from_output"].function, np.float32), "17.33")
            ),
        ),
        Claim(
            page,
            r"$1 + e^{-|x|}$ rounds to 1 from $|x| \approx 36.74$ on",
            lambda: rounds_to(first_x_where(lambda t: 1 + np.exp(-t) == 1, 1.0, 100.0), "36.74"),
        ),
        Claim(
            page,
            "8.53e-17",
            lambda: (
                f"{float(sc.sigmoid_derivative(37.0)):.2e}" == "8.53e-17"
                and textbook(np.array([37.0]))[0] == 0
            ),
        ),
        Claim(
            page,
            "4. $1 / \\bigl(4 + (e^{|x|} - 1)(1 - e^{-|x|})\\bigr)$: "
            "what `sigmoid_core.sigmoid_derivative`",
            lambda: holds_on_grid(
                sc.sigmoid_derivative,
                lambda x: 1 / (4 + np.expm1(np.abs(x)) * -np.expm1(-np.abs(x))),
                4 * EPS64,
            ),
        ),
        Claim(
            page,
            "and `sigmoid_derivative` stays positive up to x = 745",
            lambda: bool(core(np.array([745.0]))[0] > 0),
        ),
        Claim(
            page,
            r"$\sigma'(x) = 1/(e^{a} + 2 + e^{-a})$ and "
            r"$e^{a} + 2 + e^{-a} = 4 + (e^{a} - 1)(1 - e^{-a})$",
            lambda: (
                symbolic_identity(sp.diff(SIGMA, X), 1 / (sp.exp(X) + 2 + sp.exp(-X)))
                and sp.expand(4 + (sp.exp(X) - 1) * (1 - sp.exp(-X)) - sp.exp(X) - 2 - sp.exp(-X))
                == 0
            ),
        ),
        Claim(
            page,
            r"\operatorname{softplus}(x) = \ln\left(1 + e^{x}\right)",
            lambda: symbolic_identity(-sp.log(SIGMA.subs(X, -X)), sp.log(1 + sp.exp(X))),
        ),
        Claim(
            page,
            r"-\ln\left(1 + e^{-x}\right) = -\operatorname{softplus}(-x)",
            lambda: holds_on_grid(sc.log_sigmoid, lambda x: -sc.softplus(-x), 2 * EPS64, -700, 700),
        ),
    )


def claims_for_numerical_page() -> tuple[Claim, ...]:
    page = "numerical-derivatives.md"
    return (
        Claim(
            page,
            r"below $x \approx -354.9$",
            lambda: rounds_to(lambdified_derivative_failures()["zero_below"], "-354.9"),
        ),
        Claim(
            page,
            r"below $x \approx -709.78$",
            lambda: rounds_to(lambdified_derivative_failures()["nan_below"], "-709.78"),
        ),
        Claim(
            page,
            r"u = 2^{-53} \approx 1.1 \times 10^{-16}",
            lambda: UNIT_ROUNDOFF == 2.0**-53 == EPS64 / 2 and f"{UNIT_ROUNDOFF:.1e}" == "1.1e-16",
        ),
        Claim(
            page,
            r"2^{-52} \approx 2.2 \times 10^{-16}",
            lambda: EPS64 == 2.0**-52 and f"{EPS64:.1e}" == "2.2e-16",
        ),
        Claim(
            page,
            "which is accurate at $x = 40$ where\n$y(1 - y)$ gives 0",
            lambda: (
                close(
                    math.exp(-40.0) / (1 + math.exp(-40.0)) ** 2,
                    float(sc.sigmoid_derivative(40.0)),
                    1e-15,
                )
                and float(sc.sigmoid(40.0)) * (1 - float(sc.sigmoid(40.0))) == 0
            ),
        ),
        Claim(
            page,
            "which overflows below $x \\approx -354.9$ (an `OverflowError` in this code",
            lambda: rounds_to(dual_number_overflow(), "-354.9"),
        ),
        Claim(
            page,
            "fine down to $x \\approx -709.78$",
            lambda: (
                rounds_to(-math.log(np.finfo(np.float64).max), "-709.78")
                and 1 / (1 + math.exp(709.78)) > 0
            ),
        ),
        Claim(page, "h = 1e-13", lambda: bool(np.any(np.isclose(FD_STEPS, 1e-13)))),
        Claim(page, r"With $h = 10^{-13}$ the", lambda: bool(np.any(np.isclose(FD_STEPS, 1e-13)))),
        Claim(
            page,
            r"magnitude worse than with $h = 10^{-8}$",
            lambda: (
                1e3
                < finite_difference_errors(sc.forward_difference)[
                    np.argmin(np.abs(FD_STEPS - 1e-13))
                ]
                / finite_difference_errors(sc.forward_difference)[
                    np.argmin(np.abs(FD_STEPS - 1e-8))
                ]
                < 1e5
            ),
        ),
        Claim(
            page,
            r"h \approx \sqrt{\varepsilon} \approx 1.5 \times 10^{-8}",
            lambda: (
                rounds_to(math.sqrt(EPS64) * 1e8, "1.5")
                and 1e-9 <= best_step("forward_difference")[0] <= 1e-7
            ),
        ),
        Claim(
            page,
            r"h \approx \sqrt[3]{\varepsilon} \approx 6 \times 10^{-6}",
            lambda: (
                rounds_to(EPS64 ** (1 / 3) * 1e6, "6")
                and 1e-6 <= best_step("central_difference")[0] <= 1e-4
            ),
        ),
        Claim(
            page,
            r"about $5 \times 10^{-9}$ at $h = 10^{-8}$",
            lambda: f"{finite_difference_rows()[5][1]:.0e}" == "5e-09",
        ),
        Claim(
            page,
            r"about $2 \times 10^{-12}$ at $h = 10^{-5}$",
            lambda: f"{finite_difference_rows()[3][2]:.0e}" == "2e-12",
        ),
        Claim(
            page,
            "$5 \\times 10^{-5}$",
            lambda: rounds_to(
                float(
                    finite_difference_errors(sc.forward_difference)[
                        np.argmin(np.abs(FD_STEPS - 1e-13))
                    ]
                )
                * 1e5,
                "5",
            ),
        ),
    )


def gaussian_posterior_is_logistic() -> bool:
    """log N(x; mu1, s^2 I) - log N(x; mu0, s^2 I) = w*.x + b* in two dimensions, symbolically,
    and the posterior with equal priors is sigma of that log-ratio."""
    x1, x2, a0, a1, c0, c1 = sp.symbols("x1 x2 a0 a1 c0 c1", real=True)
    s = sp.Symbol("s", positive=True)

    def log_density(m1: sp.Expr, m2: sp.Expr) -> sp.Expr:
        return -((x1 - m1) ** 2 + (x2 - m2) ** 2) / (2 * s**2)  # the normalisation cancels

    log_ratio = log_density(a1, c1) - log_density(a0, c0)
    linear = ((a1 - a0) * x1 + (c1 - c0) * x2) / s**2 + (a0**2 + c0**2 - a1**2 - c1**2) / (2 * s**2)
    ratio = sp.exp(log_density(a1, c1)) / (
        sp.exp(log_density(a0, c0)) + sp.exp(log_density(a1, c1))
    )
    return sp.expand(log_ratio - linear) == 0 and symbolic_identity(ratio, SIGMA.subs(X, log_ratio))


def uniform_variance_is_a_squared_over_3() -> bool:
    a = sp.Symbol("a", positive=True)
    return symbolic_identity(sp.integrate(X**2 / (2 * a), (X, -a, a)), a**2 / 3)


def logistic_hessian_holds() -> bool:
    """At the trained weights, (1/n) X^T diag(s(1 - s)) X equals the central-difference
    Jacobian of the mean loss's gradient (1/n) X^T (s - y), and its eigenvalues are >= 0."""
    features, labels = classification_data()
    design = np.hstack([features, np.ones((len(labels), 1))])
    n = len(labels)

    def gradient(w: np.ndarray) -> np.ndarray:
        return design.T @ (sc.sigmoid(design @ w) - labels) / n

    w = train_logistic_regression()["weights"]
    s = sc.sigmoid(design @ w)
    hessian = design.T @ (design * (s * (1 - s))[:, None]) / n
    h = 1e-6
    numeric = np.column_stack(
        [(gradient(w + h * e) - gradient(w - h * e)) / (2 * h) for e in np.eye(len(w))]
    )
    return bool(
        np.allclose(hessian, numeric, rtol=1e-6, atol=1e-8)
        and np.all(np.linalg.eigvalsh(hessian) >= 0)
    )


def trained_scores_mostly_lower() -> bool:
    """On new points from the clouds, the trained model's score w.x + b is below the Bayes
    posterior's for more than half of them."""
    features, _ = sample_clouds(DATA_SEED + 2, TEST_POINTS)
    w = train_logistic_regression()["weights"]
    bayes_weights, bayes_bias = bayes_rule()
    lower = features @ w[:2] + w[2] < features @ bayes_weights + bayes_bias
    return bool(np.mean(lower) > 0.5)


def separable_margins() -> np.ndarray:
    """(2t - 1) w.x for every point, w the max-margin separator: all >= 1 when it separates."""
    features, labels = separable_data()
    return (2 * labels - 1) * (features @ max_margin_separator())


def separable_growth_approaches_margin() -> bool:
    """|w(t)| grows, decade by decade from 10^2 to 10^5 steps, by increasing amounts, the last
    within 15 % of |w_hat| ln 10, Soudry et al.'s asymptotic slope; and the angle to w_hat
    shrinks."""
    norms = [separable_norm(10**k) for k in (2, 3, 4, 5)]
    growth = np.diff(norms)
    slope = math.log(10) * float(np.linalg.norm(max_margin_separator()))
    angles = [separable_angle(10**k) for k in (2, 3, 4, 5)]
    return bool(
        np.all(np.diff(growth) > 0)
        and 0.85 * slope < growth[-1] < 1.05 * slope
        and np.all(np.diff(angles) < 0)
    )


def claims_for_networks_page() -> tuple[Claim, ...]:
    page = "neural-networks.md"
    return (
        *(
            Claim(
                page,
                text,
                lambda: all(
                    observed > predicted
                    for predicted, observed, _ in calibration_study()["curves"]["trained"]
                ),
            )
            for text in ("runs above it in every bin", "under-predicts class 1 in every bin")
        ),
        Claim(page, "lower the scores of most points", trained_scores_mostly_lower),
        Claim(
            page,
            "After Platt scaling its curve lies on the diagonal too",
            lambda: calibration_study()["gap"]["Platt-scaled"] < 0.02,
        ),
        Claim(
            page,
            "with about 2 % of the points",
            lambda: all(
                0.015 < calibration_study()["curves"][model][i][2] < 0.03
                for model in ("trained", "Bayes")
                for i in (3, 4, 5, 6)  # the bins from 0.3 to 0.7
            ),
        ),
        Claim(page, r"$\sigma(1) \approx 0.73$", lambda: rounds_to(float(sc.sigmoid(1.0)), "0.73")),
        Claim(
            page,
            r"\frac{\partial L}{\partial z} = \sigma(z) - y",
            lambda: symbolic_identity(
                sp.diff(
                    -(sp.Symbol("y") * sp.log(SIGMA) + (1 - sp.Symbol("y")) * sp.log(1 - SIGMA)), X
                ),
                SIGMA - sp.Symbol("y"),
            ),
        ),
        Claim(
            page,
            r"w^{*} = \frac{\mu_1 - \mu_0}{\tau^2}, \quad "
            r"b^{*} = \frac{|\mu_0|^2 - |\mu_1|^2}{2 \tau^2}",
            gaussian_posterior_is_logistic,
        ),
        Claim(
            page,
            r"\ln\frac{p_1(x)}{p_0(x)} = \frac{|x - \mu_0|^2 - |x - \mu_1|^2}{2\tau^2}",
            gaussian_posterior_is_logistic,
        ),
        Claim(
            page,
            r"$\sigma(\ln r) = \frac{r}{1 + r}$",
            lambda: symbolic_identity(
                SIGMA.subs(X, sp.log(sp.Symbol("r", positive=True))),
                sp.Symbol("r", positive=True) / (1 + sp.Symbol("r", positive=True)),
            ),
        ),
        Claim(
            page,
            r"\nabla^2 J(w) = \frac{1}{n} X^{\mathsf T} \operatorname{diag}\bigl(\sigma(z_i)(1 - "
            r"\sigma(z_i))\bigr) X",
            logistic_hessian_holds,
        ),
        Claim(
            page,
            "clouds that a line through the origin separates",
            lambda: bool(np.all(separable_margins() >= 1 - 1e-9)),
        ),
        Claim(
            page,
            r"approaching the $\lVert \hat w \rVert \ln 10 =$",
            separable_growth_approaches_margin,
        ),
        Claim(
            page,
            "the norm levels off at",
            lambda: (
                abs(
                    separable_norm(SEPARABLE_STEPS, L2_PENALTY) - separable_norm(10_000, L2_PENALTY)
                )
                < 1e-9
            ),
        ),
        Claim(
            page,
            "the norm climbs without end, its curve straightening on the log",
            separable_growth_approaches_margin,
        ),
        Claim(
            page,
            "0.693",
            lambda: rounds_to(float(train_logistic_regression()["losses"][0]), "0.693"),
        ),
        Claim(
            page, "91.5 %", lambda: rounds_to(100 * train_logistic_regression()["accuracy"], "91.5")
        ),
        Claim(
            page,
            "0.218",
            lambda: rounds_to(float(train_logistic_regression()["losses"][-1]), "0.218"),
        ),
        Claim(
            page,
            r"a little more than the square of $E[\sigma'(z)] \approx 0.207$",
            lambda: (
                rounds_to(gaussian_mean(sc.sigmoid_derivative), "0.207")
                and 1
                < squared_gaussian_mean(sc.sigmoid_derivative)
                / gaussian_mean(sc.sigmoid_derivative) ** 2
                < 1.1
            ),
        ),
        Claim(
            page,
            r"$\sigma(x) \approx \frac{1}{2} + \frac{x}{4}$",
            lambda: symbolic_identity(
                sp.series(SIGMA, X, 0, 2).removeO(), sp.Rational(1, 2) + X / 4
            ),
        ),
        Claim(page, "$U(-a, a)$ has variance $a^2/3$", uniform_variance_is_a_squared_over_3),
        Claim(page, "(1/4)^{10} \\approx 10^{-6}", lambda: 0.5e-6 < 0.25**10 < 1.5e-6),
        Claim(
            page,
            "below its bound (1/16)ⁿ",
            lambda: (
                grid_max(sc.sigmoid_derivative) ** 2 == 1 / 16
                and squared_gaussian_mean(sc.sigmoid_derivative) < 1 / 16
            ),
        ),
        Claim(
            page,
            r"the model is 90 % sure of either class, $w \cdot x + b = \pm\ln 9$",
            lambda: (
                close(float(sc.sigmoid(math.log(9))), 0.9)
                and 0.9 in BOUNDARY_LEVELS
                and 0.1 in BOUNDARY_LEVELS
            ),
        ),
        *(
            Claim(page, text, lambda: BOUNDARY_LEVELS == (0.1, 0.5, 0.9))
            for text in (
                "the 0.1 and 0.9 levels",
                "where it is 0.1 and a dotted one where it is 0.9",
            )
        ),
    )


def softmax_jacobian_holds() -> bool:
    """For three scores, SymPy's derivatives of softmax equal s_i (delta_ij - s_j), which equals
    the quotient rule's (delta_ij e^x_i S - e^x_i e^x_j) / S^2."""
    xs = sp.symbols("x_1:4", real=True)
    total = sum(sp.exp(x) for x in xs)
    s = [sp.exp(x) / total for x in xs]
    return all(
        symbolic_identity(sp.diff(s[i], xs[j]), s[i] * (int(i == j) - s[j]))
        and symbolic_identity(
            (int(i == j) * sp.exp(xs[i]) * total - sp.exp(xs[i]) * sp.exp(xs[j])) / total**2,
            s[i] * (int(i == j) - s[j]),
        )
        for i in range(3)
        for j in range(3)
    )


def claims_for_activations_page() -> tuple[Claim, ...]:
    page = "activations.md"
    x0 = sp.Symbol("x_0", real=True)
    two_class = sp.exp(x0) / (sp.exp(x0) + sp.exp(0))
    inner = sp.sqrt(2 / sp.pi) * (X + sp.Rational(44715, 10**6) * X**3)

    def gelu_tanh_form() -> bool:
        return (
            GELU_TANH_CUBIC == 0.044715
            and symbolic_identity(X / 2 * (1 + sp.tanh(inner)), X * SIGMA.subs(X, 2 * inner))
            and gelu_tanh_gap() < 5e-4
        )

    return (
        *(
            Claim(page, text, gelu_tanh_form)
            for text in (
                r"\tanh\bigl(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)",
                r"\sigma\bigl(2\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)",
            )
        ),
        Claim(
            page,
            r"$\frac12(1 + \tanh u) = \sigma(2u)$",
            lambda: symbolic_identity((1 + sp.tanh(X)) / 2, SIGMA.subs(X, 2 * X)),
        ),
        Claim(
            page,
            "the constant that makes the largest gap smallest",
            lambda: rounds_to(probit_minimax_scale(), f"{GELU_SIGMOID_SCALE:.3f}"),
        ),
        Claim(
            page,
            r"$\Phi(x) \approx \sigma(1.702\,x)$",
            lambda: bool(
                np.max(
                    np.abs(
                        probit(np.linspace(-10, 10, 20001))
                        - sc.sigmoid(GELU_SIGMOID_SCALE * np.linspace(-10, 10, 20001))
                    )
                )
                < 0.01
            ),
        ),
        Claim(
            page,
            r"\frac{e^{x_1}}{e^{x_1} + e^{x_2}} = \sigma(x_1 - x_2)",
            lambda: (
                symbolic_identity(two_class.subs(x0, X), SIGMA)
                and holds_on_grid(
                    lambda x: sc.softmax(np.stack([x, np.zeros_like(x)], -1))[..., 0],
                    sc.sigmoid,
                    4 * EPS64,
                    -700,
                    700,
                )
            ),
        ),
        Claim(
            page,
            r"\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)",
            lambda: symbolic_identity(sp.diff(X * SIGMA, X), SIGMA * (1 + X * (1 - SIGMA))),
        ),
        Claim(
            page,
            r"\frac{\partial\,\operatorname{softmax}(x)_i}{\partial x_j} = "
            r"s_i\,(\delta_{ij} - s_j)",
            softmax_jacobian_holds,
        ),
        Claim(
            page,
            r"\frac{\partial s_i}{\partial x_j} = "
            r"\frac{\delta_{ij}\, e^{x_i} S - e^{x_i} e^{x_j}}{S^2}",
            softmax_jacobian_holds,
        ),
        Claim(page, "1.0998", lambda: rounds_to(grid_max(sc.silu_derivative), "1.0998")),
        Claim(
            page,
            "x \\approx 2.40",
            lambda: rounds_to(
                float(
                    np.linspace(-20, 20, 400_001)[
                        np.argmax(sc.silu_derivative(np.linspace(-20, 20, 400_001)))
                    ]
                ),
                "2.40",
            ),
        ),
        Claim(
            page,
            "-0.278",
            lambda: rounds_to(float(np.min(sc.silu(np.linspace(-5, 0, 500_001)))), "-0.278"),
        ),
        Claim(page, r"\tanh'(0) = 1", lambda: sc.tanh_derivative(0.0) == 1.0),
        Claim(
            page,
            "(0.01 by default",
            lambda: inspect.signature(sc.leaky_relu).parameters["negative_slope"].default == 0.01,
        ),
        Claim(
            page,
            r"($\alpha = 0.01$)",
            lambda: inspect.signature(sc.leaky_relu).parameters["negative_slope"].default == 0.01,
        ),
        *(
            Claim(page, text, lambda: grid_max(sc.sigmoid_derivative) == 0.25)
            for text in ("stays at or below 1/4", "bell peaks at 1/4")
        ),
    )


def all_claims() -> tuple[Claim, ...]:
    return (
        *claims_for_api_page(),
        *claims_for_index_page(),
        *claims_for_sigmoid_page(),
        *claims_for_derivative_page(),
        *claims_for_logistic_page(),
        *claims_for_tanh_page(),
        *claims_for_python_page(),
        *claims_for_numerical_page(),
        *claims_for_networks_page(),
        *claims_for_activations_page(),
    )
