"""What ``mkdocs serve`` keeps between builds (scripts/engines/mkdocs_serve.py) is keyed on what
it depends on; each library it wraps is the version it was written for, or it steps aside; a
served site is the site a fresh build makes from the same sources; and ``mkdocs build``
patches nothing."""

from __future__ import annotations

import filecmp
import importlib
import inspect
import json
import logging
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from xml.etree.ElementTree import Element

import jinja2
import markdown
import pytest
from markdown_exec._internal import rendering as markdown_exec_rendering
from markdown_exec._internal.formatters import base as markdown_exec_base

from scripts import cache
from scripts.engines import mkdocs_serve as reload
from scripts.pipeline.build import Memo
from tests.conftest import ROOT, build_environment, copy_project, tiny_project


def test_the_sources_key_follows_the_files_the_modules_compute_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, core, docs = tmp_path / "scripts", tmp_path / "sigmoid_core", tmp_path / "docs"
    for folder in (code, core, docs):
        folder.mkdir()
    (code / "locales" / "zh").mkdir(parents=True)
    files = {
        "declaration": code / "figures.py",
        "core": core / "_sigmoid.py",
        "page read": docs / "numerical-derivatives.md",
        "catalogue": code / "locales" / "zh" / "site.po",
        "prose": docs / "tanh.md",
    }
    for path in files.values():
        path.write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(reload, "COMPUTED_FROM", (code, core))
    monkeypatch.setattr(reload, "PAGES_READ", (files["page read"],))
    monkeypatch.setattr(reload, "CATALOGUES", code / "locales")
    for name, path in files.items():
        before = reload.sources_key()
        path.write_text(path.read_text(encoding="utf-8") + "y = 2\n", encoding="utf-8")
        assert (reload.sources_key() == before) == (name == "prose"), name


def test_every_page_a_computation_reads_is_in_the_sources_key() -> None:
    """A module that reads a page (``DOCS / "NAME.md"``) computes from it: the page must be in
    PAGES_READ, or serve would keep that module's results across an edit of the page."""
    read = set()
    for path in (ROOT / "scripts").rglob("*.py"):
        if path.name in ("cache.py", "mkdocs_serve.py"):
            continue  # cache.py defines DOCS; mkdocs_serve.py lists the pages read
        text = path.read_text(encoding="utf-8")
        uses = len(re.findall(r"\bDOCS\b(?!\s*[,)])", text)) - text.count("import DOCS")
        pages = re.findall(r'\bDOCS\s*/\s*"([^"]+)"', text)
        assert uses == len(pages), f"{path}: DOCS read other than as DOCS / 'NAME.md'"
        read |= {cache.DOCS / page for page in pages}
    assert read and read == set(reload.PAGES_READ)


def test_markdown_exec_converts_each_block_s_markdown_as_remember_conversions_expects() -> None:
    """The internals of the markdown-exec remember_conversions was written for."""
    converter = markdown_exec_rendering.MarkdownConverter
    assert list(inspect.signature(converter.convert).parameters) == [
        "self",
        "text",
        "stash",
        "id_prefix",
    ]
    assert isinstance(converter.counter, int)
    assert "MarkdownConverter" in markdown_exec_base.base_format.__code__.co_names


def test_a_block_s_markdown_is_converted_once_unless_its_html_numbers_ids_or_has_headings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    converter = markdown_exec_rendering.MarkdownConverter
    html = {"plain": "<pre>42</pre>", "id": '<pre id="exec-3--x">x</pre>', "h": "<h2>x</h2>"}
    made = []

    def convert(self: object, text: str, stash: object = None, id_prefix: object = None) -> str:
        made.append(text)
        return html[text]

    monkeypatch.setattr(converter, "convert", convert)
    monkeypatch.setattr(converter, "counter", 0)
    block = converter(markdown.Markdown())
    for settings in ("settings", "settings", "edited settings"):
        reload.remember_conversions(settings)
        assert [block.convert(text) for text in html] == list(html.values())
    assert made == ["plain", "id", "h", "id", "h", "plain", "id", "h"]
    assert converter.counter == 1  # a reuse advances markdown-exec's numbering as a conversion does


def test_the_search_terms_are_learnt_from_jieba_s_own_dictionary_at_each_build() -> None:
    import jieba

    text = "反向传播中的梯度消失与饱和区"
    reload.forget_terms()
    jieba.add_word("梯度消失")
    once = (jieba.dt.total, list(jieba.cut_for_search(text)))
    for _ in range(5):
        reload.forget_terms()
        jieba.add_word("梯度消失")
    assert (jieba.dt.total, list(jieba.cut_for_search(text))) == once
    assert "梯度消失" in once[1]


def test_a_memo_reuses_what_the_build_before_made_and_forgets_what_it_did_not_ask_for() -> None:
    made: list[str] = []

    def make(text: str):
        return lambda: made.append(text) or text.upper()

    first: Memo[str] = Memo()
    assert [first.get("a", make("a")), first.get("b", make("b"))] == ["A", "B"]
    assert first.get("a", make("a again")) == "A" and made == ["a", "b"]
    second = first.for_next_build()
    assert second.found("a") and second.get("a", make("a, next build")) == "A"
    assert not second.found("c") and second.get("c", make("c")) == "C"
    third = second.for_next_build()  # b was not asked for in the second build
    assert third.found("a") and third.found("c") and not third.found("b")
    assert third.get("b", make("b again")) == "B AGAIN"
    assert made == ["a", "b", "c", "b again"]


def test_mkdocstrings_formats_each_signature_once_per_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rendering = importlib.import_module("mkdocstrings_handlers.python._internal.rendering")
    formatted: list[tuple[str, int]] = []

    def formatter(code: str, line_length: int) -> str:
        formatted.append((code, line_length))
        return code

    monkeypatch.setattr(rendering, "_get_formatter", lambda: formatter)
    for _ in range(2):  # each build asks; the first one's memory stands
        reload.remember_signature_formats()
    signature = "(x: numpy.ndarray, steepness: float = 1.0, midpoint: float = 0.0)"
    once = rendering._format_signature("logistic", signature, 40)  # looked up at each call
    assert rendering._format_signature("logistic", signature, 40) == once
    assert rendering._format_signature("logistic", signature, 50) == once
    assert formatted == [
        (f"def {'x' * len('logistic')}{signature}: pass", 40),
        (f"def {'x' * len('logistic')}{signature}: pass", 50),
    ]


def test_mkdocstrings_renders_each_object_once_with_its_headings_unless_it_warned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    python_handler = importlib.import_module(
        "mkdocstrings_handlers.python._internal.handler"
    ).PythonHandler
    assert list(inspect.signature(python_handler.render).parameters) == [
        "self", "data", "options", "locale"
    ]  # fmt: skip
    rendered = []

    def render(self: Any, data: Any, options: Any, locale: str | None = None) -> str:
        rendered.append(data.path)
        heading = Element("h2", {"id": data.path})
        heading.text = data.path
        self._headings.append(heading)
        if data.path == "warns":
            logging.getLogger("mkdocs.plugins.griffe").warning("no type for x")
        return f"<div>{data.path} {options} {locale}</div>"

    monkeypatch.setattr(python_handler, "render", render)
    handler = SimpleNamespace(_md=markdown.Markdown(), _headings=[])
    for settings in ("settings", "settings", "edited settings"):
        reload.remember_api_renders(settings)
        for path in ("sigmoid", "warns"):
            data = SimpleNamespace(path=path)
            html = python_handler.render(handler, data, "options", "zh")
            assert html == f"<div>{path} options zh</div>"
            assert [(h.tag, h.get("id"), h.text) for h in handler._headings] == [("h2", path, path)]
            handler._headings.clear()
    assert rendered == ["sigmoid", "warns", "warns", "sigmoid", "warns"]


def test_the_theme_s_files_are_listed_once_unless_a_project_folder_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = Path(sysconfig.get_paths()["purelib"]) / "material" / "templates"
    overrides = tmp_path / "overrides"
    (overrides / "stylesheets").mkdir(parents=True)
    (overrides / "stylesheets" / "site.css").write_text("", encoding="utf-8")
    listed = []

    class Loader(jinja2.FileSystemLoader):
        def list_templates(self) -> list[str]:
            listed.append(1)
            return super().list_templates()

    theme = SimpleNamespace(dirs=[str(overrides), str(installed)], static_templates=["404.html"])
    config = SimpleNamespace(theme=theme, site_dir=str(tmp_path / "site"), use_directory_urls=True)
    files = importlib.import_module("mkdocs.structure.files").Files
    unremembered = getattr(files.add_files_from_theme, "__wrapped__", files.add_files_from_theme)
    monkeypatch.setattr(files, "add_files_from_theme", unremembered)
    reload.remember_theme_listing()

    def found(add: Any) -> list[tuple[str, str]]:
        theme_files = files([])
        add(theme_files, jinja2.Environment(loader=Loader(theme.dirs)), config)
        return sorted((f.src_uri, f.abs_src_path) for f in theme_files)

    assert found(files.add_files_from_theme) == found(unremembered)
    assert ("stylesheets/site.css", str(overrides / "stylesheets" / "site.css")) in found(
        files.add_files_from_theme
    )
    assert len(listed) == 2  # the first remembered call, and the unremembered one
    (overrides / "extra.js").write_text("", encoding="utf-8")
    assert ("extra.js", str(overrides / "extra.js")) in found(files.add_files_from_theme)
    assert len(listed) == 3


def test_templates_are_compiled_once_and_again_after_an_edit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled = []
    compile_source = jinja2.Environment.compile

    def counting(self: jinja2.Environment, source: str, *args: object, **kwargs: object) -> object:
        compiled.append(source)
        return compile_source(self, source, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    monkeypatch.setattr(reload, "_COMPILED", {})
    templates = {"page.html": "{{ 6 * 7 }}"}

    def render() -> str:  # a new environment for each build, as MkDocs makes one
        env = reload.keep_compiled(jinja2.Environment(loader=jinja2.DictLoader(templates)))
        return env.get_template("page.html").render()

    assert [render(), render()] == ["42", "42"]
    assert len(compiled) == 1
    templates["page.html"] = "{{ 6 * 8 }}"
    assert render() == "48"
    assert len(compiled) == 2


@pytest.mark.build
def test_a_served_site_is_the_site_a_fresh_process_builds(tmp_path: Path) -> None:
    """mkdocs serve's builds in one process (benchmarks/bench_build.py --serve-child), after a
    prose edit to each edition and an edit to a figure's declaration, give the files a fresh
    process builds from the edited sources; the figure edit draws that figure's SVGs only."""
    project = copy_project(tmp_path / "project")

    def serve(site: Path, edits: str) -> dict[str, object]:
        env = build_environment()
        env.pop("PYTHONPATH", None)
        command = [sys.executable, str(ROOT / "benchmarks" / "bench_build.py"), "--serve-child"]
        done = subprocess.run(
            [*command, str(project), "mkdocs.yml", str(site), "1" if edits else "0", edits],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    served = serve(tmp_path / "served", "figure")
    assert served["frozen"] > 100_000  # what outlives serve's first build: the libraries too
    assert served["drawn"] and all(n.startswith("logit-") for n in served["drawn"])
    serve(tmp_path / "built", "")
    served_site, built_site = tmp_path / "served", tmp_path / "built"
    files = {p.relative_to(served_site) for p in served_site.rglob("*") if p.is_file()}
    assert files == {p.relative_to(built_site) for p in built_site.rglob("*") if p.is_file()}
    assert [
        f for f in sorted(files) if not filecmp.cmp(served_site / f, built_site / f, False)
    ] == []


# the libraries a build runs: no attribute of their modules or classes may be the site's code
LIBRARIES = (
    *("mkdocs", "markdown", "markdown_exec", "mkdocstrings", "mkdocstrings_handlers"),
    *("material", "mkdocs_static_i18n", "mkdocs_gen_files", "jinja2", "jieba", "pymdownx"),
    "griffe",
)
PATCHES_FOUND = """
import json, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config("mkdocs.yml", site_dir=sys.argv[2])
config.plugins.on_startup(command=sys.argv[1], dirty=False)
build(config)
project = str(Path.cwd())

def ours(value):
    function = getattr(value, "__func__", value)
    code = getattr(function, "__code__", None)
    if code is not None:
        return code.co_filename.startswith(project)
    return type(value).__module__.split(".")[0] == "scripts"

found = set()
for name, module in list(sys.modules.items()):
    if name.split(".")[0] not in LIBRARIES:
        continue
    for attribute, value in list(vars(module).items()):
        if ours(value):
            found.add(f"{name}.{attribute}")
        if isinstance(value, type) and value.__module__ == name:
            found |= {f"{name}.{attribute}.{a}" for a, v in vars(value).items() if ours(v)}
print(json.dumps(sorted(found)))
"""


@pytest.mark.parametrize("command", ["build", "serve"])
def test_mkdocs_build_patches_nothing_serve_its_four_functions(
    tmp_path: Path, command: str
) -> None:
    """After a build of the fixture site, no function or class attribute of the libraries the
    build ran is code of the site's: ``mkdocs build`` runs them as installed. A serve build
    (the same process, started as ``mkdocs serve`` starts) wraps the four functions
    scripts/engines/mkdocs_serve.py names, which shows that the search sees a wrapper."""
    project = tiny_project(tmp_path / "project")
    script = f"LIBRARIES = {LIBRARIES!r}\n{PATCHES_FOUND}"
    done = subprocess.run(
        [sys.executable, "-c", script, command, str(tmp_path / "site")],
        cwd=project,
        env=build_environment(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    if command == "build":
        assert found == []
    else:
        assert found == [
            "markdown_exec._internal.rendering.MarkdownConverter.convert",
            "mkdocs.structure.files.Files.add_files_from_theme",
            "mkdocstrings_handlers.python._internal.handler.PythonHandler.render",
            "mkdocstrings_handlers.python._internal.rendering._get_formatter",
        ]


def test_a_wrapper_written_for_another_version_steps_aside(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A library at another version than the one a wrapper was written for is left as it is,
    with one log line per process; serve still builds, without that speed-up."""
    converter = markdown_exec_rendering.MarkdownConverter
    convert = converter.convert
    monkeypatch.setitem(reload.WRITTEN_FOR, "remember_conversions", ("markdown-exec", "0.0.1"))
    monkeypatch.setattr(reload, "_stepped_aside", set())
    with caplog.at_level(logging.INFO, logger="mkdocs.hooks.sigmoid"):
        for _ in range(2):
            assert not reload._fits("remember_conversions")
    assert converter.convert is convert
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "markdown-exec 0.0.1" in lines[0], lines
    assert all(reload._fits(name) for name in reload.WRITTEN_FOR if name != "remember_conversions")
