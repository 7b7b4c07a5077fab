"""Every float32 input, through benchmarks/exhaustive_float32.py: it takes a few minutes on two
cores, well inside CI's time, so CI runs it in full."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.exhaustive
def test_every_float32_input_is_within_one_ulp_and_monotone() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "exhaustive_float32.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""  # no warning either
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[2:-1]}
    assert set(rows) == {"sigmoid", "log_sigmoid", "logit"}
    assert int(rows["sigmoid"][1]) == 2**32 - 2 * (2**23 - 1) - 1  # all but NaNs and -0
    assert int(rows["logit"][1]) == 0x3F800000 + 1  # every float in [0, 1]
    for name, row in rows.items():
        assert row[4] == "0" and row[6] == "0", name  # nothing > 1 ulp, no wrong-way step
