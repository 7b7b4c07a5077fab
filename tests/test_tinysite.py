"""The build's guarantees end to end, on the fixture site (tests/tinysite/, built by the real
build code: tests/conftest.py's ``tiny_project``): it builds, and each family of breakage fails
its build with a message that names the page and what is wrong. A build of the fixture takes a
few seconds, so these run in the fast tier; the pure checks behind each family are tested
in-process in tests/test_page_checks.py, on every page of the real site."""

from __future__ import annotations

import filecmp
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import build_site, tiny_project

PAGE, CHINESE = Path("docs/page.md"), Path("docs/page.zh.md")
CLAIMS, FIGURES = Path("scripts/content/claims.py"), Path("scripts/content/figures.py")


def edit(project: Path, path: Path, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) by ``new`` in the project's file."""
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, (path, old)
    file.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("tiny")
    project = tiny_project(root / "project")
    result = build_site(project, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site", result.stderr


def test_the_fixture_builds_with_every_check_and_both_editions(tiny_site: tuple[Path, str]) -> None:
    site, log = tiny_site
    for page in ("page.md", "page.zh.md"):
        assert re.search(rf"numbers: {re.escape(page)} +1 computed +\d+ checked", log), log
        assert re.search(rf"derivations: {re.escape(page)} +1 derivations", log), log
        assert re.search(rf"exercises: {re.escape(page)} +3 \(1 compute, 1 prove, 1 code\)", log)
    english = (site / "page" / "index.html").read_text(encoding="utf-8")
    chinese = (site / "zh" / "page" / "index.html").read_text(encoding="utf-8")
    for html in (english, chinese):
        assert "<math" in html and "$" not in re.sub(
            r"<(script|code)\b.*?</\1>", "", html, flags=re.S
        )
        assert "0.25" in html  # the computed value
        assert '<details class="success"' in html  # the answers, collapsed
        outputs = re.findall(r'<div class="result">.*?<code>(.*?)</code>', html, re.DOTALL)
        assert [re.sub("<[^>]+>", "", o).strip() for o in outputs] == ["0.5", "0.5"]
    assert "一条经过 (0, 1/2) 的 S 形曲线" in chinese  # the figure's words from the catalogue
    for path in ("figures/sigmoid-light.svg", "figures/sigmoid-dark.svg", "zh/print/index.html"):
        assert (site / path).is_file(), path


BREAKAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "a changed number": (
        lambda p: edit(p, PAGE, r"\approx 0.8808$", r"\approx 0.8809$"),
        r"page\.md: 1 number\(s\) .*0\.8809",
    ),
    "a changed number in Chinese": (
        lambda p: edit(p, CHINESE, r"\approx 0.8808$", r"\approx 0.8809$"),
        r"page\.zh\.md: 1 number\(s\) .*0\.8809",
    ),
    "an unknown placeholder": (
        lambda p: edit(p, PAGE, "<!-- site:figure sigmoid -->", "<!-- site:figure sigmod -->"),
        r"page\.md.*sigmod",
    ),
    "a malformed placeholder": (
        lambda p: edit(p, PAGE, "<!-- site:figure sigmoid -->", "<!-- figure:sigmoid -->"),
        r"page\.md.*figure:sigmoid",
    ),
    "a false claim": (
        lambda p: edit(p, CLAIMS, "sc.sigmoid(0.0) == 0.5", "sc.sigmoid(0.0) == 0.4"),
        r"page\.md: the claim '\\\\sigma\(0\) = \\\\frac\{1\}\{2\}' is false",
    ),
    "a claim missing from its page": (
        lambda p: edit(p, PAGE, r", and $\sigma(2) \approx 0.8808$.", "."),
        r"page\.md: the claim .*0\.8808.* does not appear on the page",
    ),
    "a claim of no page": (
        lambda p: edit(p, CLAIMS, 'Claim("page.md", r"\\sigma(0)', 'Claim("nope.md", r"\\sigma(0)'),
        r"names page 'nope\.md', which does not exist",
    ),
    "a malformed formula": (
        lambda p: edit(p, PAGE, "## Symmetry", "Broken: $\\frac{1}{2$.\n\n## Symmetry"),
        r"page\.md: cannot render the formula '\\\\frac\{1\}\{2'",
    ),
    "a false derivation step": (
        lambda p: [edit(p, f, r"&= 1 - \sigma(x)", r"&= 1 + \sigma(x)") for f in (PAGE, CHINESE)],
        r"page\.md: the derivation at line \d+: the step to '1 \+ \\\\sigma\(x\)' does not follow",
    ),
    "a Chinese page out of step": (
        lambda p: edit(p, CHINESE, "<!-- site:figure sigmoid -->\n", ""),
        r"page\.zh\.md is not in step .*figures",
    ),
    "an answer shown from the start": (
        lambda p: edit(
            p,
            PAGE,
            '??? success "Answer"\n        Multiply',
            '???+ success "Answer"\n        Multiply',
        ),
        r"page\.md: exercise 2 .*open from the start",
    ),  # fmt: skip
    "two declarations with one name": (
        lambda p: edit(p, FIGURES, "unique(FIGURES", "FIGURES = FIGURES * 2\nunique(FIGURES"),
        r"two figures are named 'sigmoid'",
    ),
    "a mistranslation": (
        lambda p: edit(p, CHINESE, "满足", "（不是乙状结肠）满足"),
        r"page\.zh\.md: 乙状结肠 is a mistranslation",
    ),
    "an English text without its translation": (
        lambda p: edit(p, FIGURES, '"The sigmoid on [−8, 8]."', '"The sigmoid from −8 to 8."'),
        r"'The sigmoid from −8 to 8\.' has no entry in .*site\.po",
    ),
    "a wrong number in a figure's description": (
        lambda p: edit(p, FIGURES, "through (0, 1/2)", "through (0, 1/3)"),
        r"page\.md: 1 number\(s\) .*3 in",
    ),
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=list(BREAKAGES))
def test_each_breakage_fails_the_build_and_names_it(tmp_path: Path, breakage: str) -> None:
    project = tiny_project(tmp_path / "project")
    change, message = BREAKAGES[breakage]
    change(project)
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0, result.stderr
    assert re.search(message, result.stderr), result.stderr[-3000:]


def test_an_edited_figure_is_redrawn_not_served_from_the_cache(tmp_path: Path) -> None:
    """Edit the code a figure's closure calls (not the figure's declaration), rebuild with the
    previous build's cache, and compare with a build from no cache, byte for byte."""
    project = tiny_project(tmp_path / "project")
    assert build_site(project, tmp_path / "before").returncode == 0
    edit(project, FIGURES, "return sc.sigmoid(x)", "return sc.sigmoid(x - 1)")
    cached = build_site(project, tmp_path / "cached")
    shutil.rmtree(project / ".cache")
    clean = build_site(project, tmp_path / "clean")
    assert cached.returncode == 0 and clean.returncode == 0, cached.stderr + clean.stderr
    comparison = filecmp.dircmp(tmp_path / "cached" / "figures", tmp_path / "clean" / "figures")
    _, mismatch, errors = filecmp.cmpfiles(
        comparison.left, comparison.right, comparison.common_files, shallow=False
    )
    assert comparison.common_files and comparison.left_only == comparison.right_only == []
    assert mismatch == errors == []
    name = "figures/sigmoid-light.svg"
    assert (tmp_path / "before" / name).read_bytes() != (tmp_path / "cached" / name).read_bytes()
