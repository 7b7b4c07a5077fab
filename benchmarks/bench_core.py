"""Throughput and memory of sigmoid_core against naive numpy, scipy.special.expit and np.exp.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_core.py [--repeats N]
[--without-avx512]``. ``--without-avx512`` runs the same measurement with numpy's AVX-512 loops
switched off (``NPY_DISABLE_CPU_FEATURES``, read when numpy starts), so a machine that has
AVX-512 also measures the AVX2 path a CPU without it takes.

Every contender is timed in this one run on the same arrays (uniform in [-20, 20], fixed seed),
and the script prints the median of the repeats and ratios against the baselines measured in
this run, never against a stored number. ``np.exp`` alone is the floor: one pass over memory
with the exponential, which any sigmoid has to compute. Peak extra memory is measured with
numpy's allocation tracing (tracemalloc sees numpy's data buffers) and reported in units of
the input array's size; the result array itself counts as one.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable

import numpy as np
from scipy.special import expit

import sigmoid_core
from sigmoid_core import naive


def naive_derivative(x: np.ndarray) -> np.ndarray:
    s = 1.0 / (1.0 + np.exp(-x))
    return s * (1.0 - s)


def expit_derivative(x: np.ndarray) -> np.ndarray:
    s = expit(x)
    return s * (1.0 - s)


CONTENDERS: dict[str, dict[str, Callable[[np.ndarray], np.ndarray]]] = {
    "sigmoid": {
        "sigmoid_core.sigmoid": sigmoid_core.sigmoid,
        "naive 1/(1+np.exp(-x))": naive.sigmoid_naive,
        "scipy.special.expit": expit,
        "np.exp alone (floor)": np.exp,
    },
    "sigmoid_derivative": {
        "sigmoid_core.sigmoid_derivative": sigmoid_core.sigmoid_derivative,
        "naive s*(1-s)": naive_derivative,
        "expit(x)*(1-expit(x))": expit_derivative,
        "np.exp alone (floor)": np.exp,
    },
}


def median_seconds(
    contenders: dict[str, Callable[[np.ndarray], object]], x: np.ndarray, repeats: int
) -> dict[str, float]:
    """Median time of each contender; the repeats are interleaved (one call of each contender
    per round) so that a slow phase of a shared machine hits all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for function in contenders.values():
        function(x)  # warm-up: page in memory, load code paths
    for _ in range(repeats):
        for name, function in contenders.items():
            start = time.perf_counter()
            function(x)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def peak_arrays(function: Callable[[np.ndarray], object], x: np.ndarray) -> float:
    tracemalloc.start()
    tracemalloc.reset_peak()
    function(x)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / x.nbytes


def cpu_model() -> str:
    """The CPU's model name with its family and model numbers (a virtual machine may report
    only a generic name), from /proc/cpuinfo where there is one."""
    fields: dict[str, str] = {}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                key, _, value = line.partition(":")
                fields.setdefault(key.strip(), value.strip())
    except OSError:
        return platform.processor() or platform.machine()
    return (
        f"{fields.get('model name', '?')} (family {fields.get('cpu family', '?')}, "
        f"model {fields.get('model', '?')})"
    )


WITHOUT_AVX512 = "X86_V4 AVX512_ICL"  # numpy 2's dispatch groups that hold its AVX-512 loops


def exp_loop() -> str:
    """The SIMD target of numpy's float64 exp on this machine (its AVX-512 loop is its own
    exp; otherwise it calls the C library's, as scipy.special.expit does)."""
    from numpy.lib.introspect import opt_func_info

    return opt_func_info(func_name="^exp$", signature="float64")["exp"]["dd"]["current"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--without-avx512", action="store_true")
    args = parser.parse_args()
    if args.without_avx512 and WITHOUT_AVX512 not in os.environ.get("NPY_DISABLE_CPU_FEATURES", ""):
        env = dict(os.environ, NPY_DISABLE_CPU_FEATURES=WITHOUT_AVX512)
        os.execve(sys.executable, [sys.executable, *sys.argv], env)  # numpy must start anew
    rng = np.random.default_rng(20261123)
    print(f"CPU: {cpu_model()}; numpy's float64 exp loop: {exp_loop()}")
    print(f"numpy {np.__version__}; median of {args.repeats} repeats; x uniform in [-20, 20]")
    summary: list[str] = []
    for size in (10**6, 10**7):
        for dtype in (np.float64, np.float32):
            x = rng.uniform(-20.0, 20.0, size).astype(dtype)
            for family, contenders in CONTENDERS.items():
                ours_name = f"sigmoid_core.{family}"
                with np.errstate(over="ignore"):  # the naive contenders overflow by design
                    seconds = median_seconds(contenders, x, args.repeats)
                    ours_peak = peak_arrays(contenders[ours_name], x)
                print(f"\n{family}, n = {size:.0e}, {np.dtype(dtype).name}")
                print(f"  {'contender':34} {'median ms':>10} {'ours / it':>10}")
                for name, value in seconds.items():
                    ratio = seconds[ours_name] / value
                    print(f"  {name:34} {value * 1e3:10.2f} {ratio:10.2f}")
                print(
                    f"  peak memory of {ours_name}: {ours_peak:.2f} x the input (result included)"
                )
                if family == "sigmoid" and dtype is np.float64:
                    ours = seconds[ours_name]
                    summary.append(
                        f"  n = {size:.0e}: sigmoid / expit = "
                        f"{ours / seconds['scipy.special.expit']:.2f}, sigmoid / np.exp = "
                        f"{ours / seconds['np.exp alone (floor)']:.2f}"
                    )
    print("\nsigmoid_core.sigmoid on float64, this run:")
    print("\n".join(summary))


if __name__ == "__main__":
    main()
