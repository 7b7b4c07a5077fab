"""The computations behind the pages: pure functions of sigmoid_core, one module a topic, cached
(``functools.cache``) where a page uses a result more than once. Importing any of them defines
constants (FD_STEPS and LAYERS are small grids) and computes nothing else.

    search           the first float where a predicate holds, extremes and identities on grids
    floats           the formats' limits, where each form of sigma reaches 0 or 1, per dtype
    forms            the other ways of computing sigma, sigma' and tanh that the pages compare
    accuracy         rounding errors against mpmath, sigmoid against scipy.special.expit
    curves           probit, GELU and other S-curves beside the sigmoid
    differentiation  finite differences, the page's dual numbers, SymPy's lambdified sigma'
    classification   the worked logistic regression on two Gaussian clouds
    calibration      that model's calibration, temperature and Platt scaling
    separable        gradient descent on separable data, with and without an L2 penalty
    deep_networks    gradients through depth: Gaussian expectations, the variance fixed point

One computation reads a page: differentiation.dual_number_overflow runs the Dual class of
docs/numerical-derivatives.md (which is why scripts/engines/mkdocs_serve.py lists that page in
PAGES_READ).
"""

DATA_SEED = 20261123  # every random sample the pages use: DATA_SEED, or DATA_SEED + k for another
