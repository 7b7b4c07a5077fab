"""Every float32 input: monotonicity and the 1-ulp budget of sigmoid, log_sigmoid and logit.

Run: ``.venv/bin/python benchmarks/exhaustive_float32.py [--workers N] [--block N]``
(``tests/test_exhaustive.py`` runs it in full).

The script walks all 2^32 bit patterns but NaN, in increasing order of value, in blocks spread
over worker processes. Each result is compared with a float64 reference from SciPy
(``expit``, ``log_expit``, ``logit``) rounded to float32: the error is counted in float32 ulps
(0 = the correctly rounded value, 1 = its neighbour), and the largest error of a result that
is not the correctly rounded one is also reported as a real number of ulps against the
unrounded float64 reference (0 when every result is correctly rounded). Monotonicity is checked
between every pair of consecutive inputs, across block boundaries too. logit is walked over
[0, 1], its domain. Exits with status 1 if any result is more than 1 ulp off or any step goes
the wrong way.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from dataclasses import dataclass

import numpy as np
from scipy import special

import sigmoid_core

INF_ORDER = 0x7F800000  # the bit pattern of +inf: the largest order of a non-NaN float32
ONE_ORDER = 0x3F800000  # the bit pattern of 1.0
SIGN = np.int64(0x80000000)

# name -> (sigmoid_core function, float64 reference, first and last order walked)
CHECKS = {
    "sigmoid": ("sigmoid", special.expit, -INF_ORDER, INF_ORDER),
    "log_sigmoid": ("log_sigmoid", special.log_expit, -INF_ORDER, INF_ORDER),
    "logit": ("logit", special.logit, 0, ONE_ORDER),
}


def floats(first: int, stop: int) -> np.ndarray:
    """The float32 values whose order is in [first, stop): order k < 0 is -(float with bits -k),
    so increasing orders are increasing values (-0 is left out: it equals +0)."""
    if first >= 0:  # bit patterns counted up: 32-bit arithmetic, no conversion
        return np.arange(first, stop, dtype=np.uint32).view(np.float32)
    if stop <= 0:  # negative floats, from the largest magnitude down
        bits = np.arange(-first, -stop, -1, dtype=np.uint32) | np.uint32(SIGN)
        return bits.view(np.float32)
    return np.concatenate((floats(first, 0), floats(0, stop)))


def orders(x: np.ndarray) -> np.ndarray:
    """The order of each float32 (as in `floats`), as an int32."""
    bits = x.view(np.int32)
    return np.where(bits < 0, -(bits & np.int32(0x7FFFFFFF)), bits)


def float32_ulp(x: np.ndarray) -> np.ndarray:
    """The gap above |x| in float32, in float64, from its exponent bits (np.spacing overflows
    at the largest float32)."""
    exponent = (x.view(np.uint32) >> 23) & 0xFF  # 0 for 0 and the subnormals
    return np.ldexp(1.0, np.maximum(exponent.astype(np.int32), 1) - 150)


@dataclass
class Tally:
    count: int = 0
    exact: int = 0
    one_ulp: int = 0
    worse: int = 0
    max_ulp: float = 0.0
    wrong_steps: int = 0
    first: float = np.nan
    last: float = np.nan

    def merge(self, other: Tally) -> None:
        if self.count and other.count and other.first < self.last:
            self.wrong_steps += 1  # the step across the two blocks
        self.count += other.count
        self.exact += other.exact
        self.one_ulp += other.one_ulp
        self.worse += other.worse
        self.max_ulp = max(self.max_ulp, other.max_ulp)
        self.wrong_steps += other.wrong_steps
        if np.isnan(self.first):
            self.first = other.first
        self.last = other.last


def check_block(job: tuple[str, int, int]) -> Tally:
    """One block's tally. The error in real ulps is measured where the result is not the
    correctly rounded one (where it is, the error is at most half an ulp): the largest error
    reported is the largest of those, and 0 where every result is correctly rounded."""
    name, first, stop = job
    function_name, reference, _, _ = CHECKS[name]
    x = floats(first, stop)
    y = getattr(sigmoid_core, function_name)(x)
    wide = reference(x.astype(np.float64))
    nearest = wide.astype(np.float32)
    off = np.flatnonzero(y != nearest)  # few: the rest are the correctly rounded value
    distance = np.abs(np.subtract(orders(y[off]), orders(nearest[off]), dtype=np.int64))
    finite = np.isfinite(wide[off])  # a reference's infinity missed (logit at 0 and 1) is worse
    distance[~finite] = np.maximum(distance[~finite], 2)
    error = np.abs(y[off][finite].astype(np.float64) - wide[off][finite])
    error /= float32_ulp(nearest[off][finite])
    return Tally(
        count=x.size,
        exact=x.size - off.size,
        one_ulp=int(np.count_nonzero(distance == 1)),
        worse=int(np.count_nonzero(distance > 1)),
        max_ulp=float(error.max(initial=0.0)),
        wrong_steps=int(np.count_nonzero(y[1:] < y[:-1])),
        first=float(y[0]),
        last=float(y[-1]),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--block", type=int, default=2**22, help="inputs per block")
    args = parser.parse_args()
    print(f"numpy {np.__version__}; {args.workers} workers, blocks of {args.block} inputs")
    print(
        f"{'function':12} {'inputs':>11} {'exact':>11} {'1 ulp':>10} {'>1 ulp':>7} "
        f"{'max ulp':>8} {'wrong steps':>11} {'seconds':>8}"
    )
    failed = False
    with multiprocessing.Pool(args.workers) as pool:
        for name, (_, _, low, high) in CHECKS.items():
            start = time.perf_counter()
            jobs = [
                (name, first, min(first + args.block, high + 1))
                for first in range(low, high + 1, args.block)
            ]
            total = Tally()
            for tally in pool.imap(check_block, jobs):  # in order: merge checks the joins
                total.merge(tally)
            seconds = time.perf_counter() - start
            print(
                f"{name:12} {total.count:11d} {total.exact:11d} {total.one_ulp:10d} "
                f"{total.worse:7d} {total.max_ulp:8.4f} {total.wrong_steps:11d} {seconds:8.1f}",
                flush=True,
            )
            failed |= total.worse > 0 or total.wrong_steps > 0
    print("FAILED" if failed else "every input within 1 ulp, no wrong-way step")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
