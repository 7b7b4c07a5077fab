"""The build's guarantees: no stale cached figure, every number on every page accounted for,
loud placeholders, one name per declaration, and a layout whose imports run one way."""

from __future__ import annotations

import ast
import functools
import re
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from scripts import cache, model, placeholders
from scripts.checks import numbers
from scripts.content import claims, definitions, figures, tables, values
from scripts.pipeline import translations
from scripts.rendering import render
from tests.conftest import ROOT, all_pages

DECLARATIONS = ("figures", "tables", "claims", "values", "definitions")
EXPERIMENTS = ROOT / "scripts" / "experiments"  # the computations, one module a topic


def test_the_build_reports_every_page_numbers(built_site: tuple[Path, str]) -> None:
    _, log = built_site
    reported = dict(
        re.findall(r"numbers: (\S+\.md) +(\d+ computed +\d+ checked +\d+ declared)", log)
    )
    assert set(reported) == {p.name for p in all_pages()}  # both editions
    counted = sum(int(n) for line in reported.values() for n in re.findall(r"\d+", line))
    assert counted > 500


@functools.cache
def mutation_targets() -> dict[str, tuple[str, str]]:
    """For each page, its first number that is not a single digit, and the same text with the
    number's last digit changed."""
    targets = {}
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        body = numbers.scannable(placeholders.blanked(text))
        for match in numbers.NUMBER.finditer(body):
            number = match.group(0)
            if len(number) > 1:
                changed = number[:-1] + str((int(number[-1]) + 1) % 10)
                targets[page.name] = (number, text[: match.start()] + changed + text[match.end() :])
                break
    return targets


def test_accounting_names_the_page_and_the_number() -> None:
    with pytest.raises(numbers.UnaccountedNumberError, match=r"page\.md: 1 number\(s\).*\b1\.23\b"):
        numbers.account("page.md", ["Some prose with 1.23 in it."], (), (), {})
    report = numbers.account(
        "page.md",
        ["$1 + e^{-x}$ at 0.5, <!-- site:value v -->", "2.5"],
        (claims.Claim("page.md", "at 0.5", lambda: True),),
        (definitions.Definition("page.md", "2.5", "a choice"),),
        {},
        definitions.FORMULA_DIGITS,
        definitions.PROSE_DIGITS,
    )
    assert (report.computed, report.checked, report.declared) == (1, 1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "is within <!-- site:value gap --> of",
        "at most\n<!-- site:value gap -->",
        "differ by less than $\n<!-- site:value gap -->",
        "for every $x$ below $x = -<!-- site:value gap -->$",
        "for $|x| \\le <!-- site:value gap -->$",
        "when $x < -<!-- site:value gap -->$",
        "之差不超过 <!-- site:value gap -->",
        "两者之差至多为 <!-- site:value gap -->（在",
        "差值在 <!-- site:value gap --> 以内",
    ],
)
def test_a_value_placed_as_a_bound_must_be_declared_one(text: str) -> None:
    nearest = values.Value("gap", lambda: 0.0025407, values.fixed(4))
    with pytest.raises(numbers.UnboundedValueError, match=r"page\.md: 1 value\(s\).*\bgap in"):
        numbers.check_bounds("page.md", ["Prose.", text], {"gap": nearest})
    numbers.check_bounds("page.md", [text], {"gap": values.upper_bound("gap", lambda: 0.0, 4)})


def test_a_value_not_placed_as_a_bound_may_be_rounded_to_nearest() -> None:
    nearest = {"gap": values.Value("gap", lambda: 0.0025407, values.fixed(4))}
    for text in (
        "the gap is <!-- site:value gap -->",
        "about <!-- site:value gap -->, well within the bound",
        "<!-- within <!-- site:value gap --> -->",
        "```\nbelow <!-- site:value gap -->\n```",
    ):
        numbers.check_bounds("page.md", [text], nearest)


def test_bounds_are_rounded_outward() -> None:
    up, down = values.outward(4, "upper"), values.outward(4, "lower")
    assert (up(0.0025407), down(0.0025407)) == ("0.0026", "0.0025")
    assert (up(-0.0025407), down(-0.0025407)) == ("\u22120.0025", "\u22120.0026")
    assert up(0.25) == down(0.25) == "0.2500"  # exact: nothing to round
    assert (up(-0.00001), values.outward(0, "upper")(2.0)) == ("0.0000", "2")


def test_every_declared_bound_is_a_bound_as_printed() -> None:
    bounds = [v for v in values.VALUES if v.bound]
    assert {"linear_regime_error", "gelu_sigmoid_gap"} <= {v.name for v in bounds}
    for value in bounds:
        true = value.compute()
        printed = float(value.format(true).replace("\u2212", "-"))
        assert printed >= true if value.bound == "upper" else printed <= true, value.name


def test_the_figure_cache_holds_only_what_the_last_build_used(built_site: tuple[Path, str]) -> None:
    entries = list(cache.FIGURE_CACHE.glob("*.svg"))
    variants = {  # each figure once, and again where the Chinese edition draws other words
        (f.name, render.figure_folder(translations.figure(f, language), f, language))
        for f in figures.FIGURES
        for language in translations.LANGUAGES
    }
    assert len(variants) > len(figures.FIGURES)
    assert len(entries) == 2 * len(variants)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """The absolute names of the modules ``path`` (a module below ``root``) imports: by import
    statement, or by ``importlib.import_module`` of a constant name."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(filter(None, (base, node.module)))
            found |= {f"{module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif (
            isinstance(node, ast.Call)
            and ast.unparse(node.func) in ("importlib.import_module", "import_module")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


# each folder of scripts/, and what it may import of the others (every one may import the base,
# the modules at the top of scripts/, and itself)
ROLES = {
    "scripts.content": set(),  # what authors edit: declarations and translations
    "scripts.checks": set(),  # the checks take declarations as arguments
    "scripts.rendering": set(),  # so does rendering
    "scripts.pipeline": {"scripts.content", "scripts.checks", "scripts.rendering"},
    "scripts.engines": {"scripts.content", "scripts.pipeline", "scripts.rendering"},
    "scripts": set(),  # the base: model, cache, experiments, symbolic, addresses, the tokeniser
}
ENGINES = ("mkdocs", "mkdocs_gen_files", "material", "mkdocs_static_i18n", "zensical", "properdocs")


def import_rule_violations(root: Path) -> list[tuple[str, str]]:
    """(module, what it imports against the rule) for every module of ``root``/scripts: only
    scripts.engines imports an engine, and each folder imports only what ROLES lets it."""
    found = []
    for path in sorted((root / "scripts").rglob("*.py")):
        name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        role = max((r for r in ROLES if name == r or name.startswith(r + ".")), key=len)
        for module in sorted(imported_modules(path, root)):
            if module.split(".")[0] in ENGINES and role != "scripts.engines":
                found.append((name, module))
            target = max(
                (r for r in ROLES if module == r or module.startswith(r + ".")),
                key=len,
                default=None,
            )
            if target not in (None, "scripts", role) and target not in ROLES[role]:
                found.append((name, module))
    return found


def test_imports_run_one_way() -> None:
    assert import_rule_violations(ROOT) == []


@pytest.mark.parametrize(
    ("module", "source", "against"),
    [
        ("rendering/figure.py", "from scripts.content import figures\n", "scripts.content.figures"),
        ("checks/x.py", "from ..rendering import render\n", "scripts.rendering.render"),
        ("pipeline/x.py", "import mkdocs.plugins\n", "mkdocs.plugins"),
        ("x.py", "importlib.import_module('scripts.pipeline.build')\n", "scripts.pipeline.build"),
        (
            "content/x.py",
            "from scripts.engines import mkdocs_hooks\n",
            "scripts.engines.mkdocs_hooks",
        ),
    ],
)
def test_the_import_rule_finds_each_kind_of_breach(
    tmp_path: Path, module: str, source: str, against: str
) -> None:
    """The rule's checker, on a tree with one breach: an import of a folder the module's may
    not import (by name, relative, or through importlib), or of an engine outside engines/."""
    for folder in ROLES:
        (tmp_path / folder.replace(".", "/")).mkdir(parents=True, exist_ok=True)
    (tmp_path / "scripts" / module).write_text(source, encoding="utf-8")
    name = "scripts." + module.removesuffix(".py").replace("/", ".")
    assert import_rule_violations(tmp_path) == [(name, against)]


def test_importing_the_declarations_computes_nothing() -> None:
    """In a fresh interpreter (this session's modules stay as they are): importing the
    declarations, the renderers and the accounting fills none of the experiments' caches."""
    experiments = [f"scripts.experiments.{p.stem}" for p in sorted(EXPERIMENTS.glob("[!_]*.py"))]
    imported = [*experiments, *(f"scripts.content.{m}" for m in DECLARATIONS)]
    imported += ["scripts.rendering.render", "scripts.checks.numbers", "scripts.pipeline.assets"]
    script = (
        f"import importlib\nfor m in {imported!r}: importlib.import_module(m)\n"
        f"cached = [f for m in {experiments!r} for f in vars(importlib.import_module(m)).values()"
        " if hasattr(f, 'cache_info')]\n"
        "assert cached and all(f.cache_info().currsize == 0 for f in cached), cached\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_a_series_is_drawn_in_a_kind_and_a_colour_the_renderer_has() -> None:
    assert all(len(p) == len(get_args(model.Colour)) for p in render.PALETTES.values())
    assert set(get_args(model.LineKind)) == {*render.LINESTYLES, "points", "scatter"}
    with pytest.raises(ValueError, match="no line kind 'dashdot'"):
        model.Series("s", tuple, "dashdot")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no palette colour 5"):
        model.Series("s", tuple, "line", 5)  # type: ignore[arg-type]


def test_every_value_and_definition_is_used_and_unique() -> None:
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    typed = (
        pages
        + "".join(f.caption + f.description for f in figures.FIGURES)
        + "".join(t.caption for t in tables.TABLES)
    )
    for value in values.VALUES:
        assert f"<!-- site:value {value.name} -->" in typed, value.name
    names = [(d.page, d.number) for d in definitions.DEFINITIONS]
    assert len(names) == len(set(names))
    stated = [(c.page, c.text) for c in claims.all_claims()]
    assert len(stated) == len(set(stated))
