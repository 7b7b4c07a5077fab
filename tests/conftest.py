"""Shared helpers for the tests."""

from __future__ import annotations

import fcntl
import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from babel.messages.pofile import read_po, write_po

# the build's environment and the browser, as the benchmarks have them
from benchmarks._site import CHROMIUM, CHROMIUM_FLAGS, build_environment
from scripts.cache import ROOT


def ulp_distance(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """How many representable numbers lie between ``actual`` and ``expected`` (same dtype).

    Floats are mapped to integers in the order of their values (the sign-magnitude bit pattern
    becomes two's complement), so the distance counts ulps across 0 and across binades alike;
    +0 and -0 are the same point. Equal infinities are at distance 0, NaN against NaN too.
    """
    actual, expected = np.broadcast_arrays(np.asarray(actual), np.asarray(expected))
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    if actual.dtype.itemsize > 8:
        return _wide_ulp_distance(actual, expected)
    bits = {2: np.int16, 4: np.int32, 8: np.int64}[actual.dtype.itemsize]
    magnitude = np.iinfo(bits).max

    def ordered(a: np.ndarray) -> list[int]:
        i = a.view(bits)
        return np.where(i < 0, -(i & magnitude), i).tolist()

    distance = np.array(
        [abs(p - q) for p, q in zip(ordered(actual), ordered(expected), strict=True)],
        dtype=np.float64,
    )
    both_nan = np.isnan(actual) & np.isnan(expected)
    distance[both_nan] = 0
    distance[np.isnan(actual) != np.isnan(expected)] = np.inf
    return distance


def spacing(x: np.ndarray) -> np.ndarray:
    """The gap from |x| to the next float of its dtype, from the exponent alone.

    ``np.spacing`` returns NaN for long doubles whose mantissa bits are all ones (such as the
    float just below 1/2) on x86-64 with numpy 2.4, so the tests use this instead.
    """
    x = np.asarray(x)
    finfo = np.finfo(x.dtype)
    _, exponent = np.frexp(np.abs(x))  # |x| in [2^(e-1), 2^e)
    lowest = finfo.minexp - finfo.nmant  # the exponent of the smallest subnormal
    gap = np.ldexp(x.dtype.type(1), np.maximum(exponent - 1 - finfo.nmant, lowest))
    return np.where(x == 0, finfo.smallest_subnormal, gap)


def _wide_ulp_distance(actual: np.ndarray, expected: np.ndarray) -> np.ndarray:
    """ulp_distance for long double, whose bit pattern has padding: |a - e| in units of the
    spacing at the smaller magnitude, exact within a binade and an upper bound across one."""
    with np.errstate(invalid="ignore", over="ignore"):
        smaller = np.minimum(np.abs(actual), np.abs(expected))
        distance = (np.abs(actual - expected) / spacing(smaller)).astype(np.float64)
    same = (actual == expected) | (np.isnan(actual) & np.isnan(expected))
    distance[same] = 0
    distance[~same & ~(np.isfinite(actual) & np.isfinite(expected))] = np.inf
    return distance


# --- the tiers: a test is marked by what it needs ------------------------------------------------

# the fixtures that make a test a build test (a whole build of the site) or a browser test
BUILD_FIXTURES, BROWSER_FIXTURES = {"built_site"}, {"browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the fixtures it uses (directly or through others), so that the fast
    tier (``-m "not build and not browser and not exhaustive"``) leaves out exactly the tests
    that need a built site or Chromium; a test that builds the site itself says so with
    ``@pytest.mark.build``. Then order them for a run on several workers: the float32 walk,
    the longest, first; the tests that need no site while the site is built in the background
    (``pytest_sessionstart``); the builds; the browser last."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & BUILD_FIXTURES:
            item.add_marker(pytest.mark.build)
        if used & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
    items.sort(key=_run_order)


RUN_ORDER = ((0, "exhaustive"), (3, "browser"), (2, "build"))  # a browser test is a build's too


def _run_order(item: pytest.Item) -> int:
    marks = {mark.name for mark in item.iter_markers()}
    return next((rank for rank, mark in RUN_ORDER if mark in marks), 1)


# --- the built site, shared by the site, page and browser tests ----------------------------------

DOCS = ROOT / "docs"
LANGUAGES = ("en", "zh")  # English at the root of the site, each other edition below its code


def language_of(source: Path) -> str:
    """docs/sigmoid.zh.md: "zh"; docs/sigmoid.md: "en"."""
    return source.suffixes[0][1:] if len(source.suffixes) > 1 else "en"


def english_name(source: Path) -> str:
    """The English page a page translates (docs/sigmoid.zh.md: "sigmoid.md")."""
    return source.name.split(".")[0] + ".md"


def page_url(source: Path) -> str:
    """The URL path of a page of docs/: index.md "/", sigmoid.zh.md "/zh/sigmoid/"."""
    language, name = language_of(source), source.name.split(".")[0]
    prefix = "" if language == "en" else f"/{language}"
    return f"{prefix}/" if name == "index" else f"{prefix}/{name}/"


def all_pages() -> list[Path]:
    """Every page of every edition."""
    return sorted(DOCS.glob("*.md"))


def english_pages() -> list[Path]:
    return [p for p in all_pages() if language_of(p) == "en"]


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``; output captured."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=build_environment(),
        capture_output=True,
        text=True,
        check=False,
    )


def copy_project(destination: Path, warm: bool = True, docs: bool = True) -> Path:
    """A throwaway copy of what the build reads, to break things in; ``warm`` copies the
    build caches too, so that a build of the copy redraws only what the breakage changes."""
    names = ("docs",) * docs + ("overrides", "scripts") + ((".cache",) if warm else ())
    for name in names:
        if (ROOT / name).exists():
            shutil.copytree(
                ROOT / name, destination / name, ignore=shutil.ignore_patterns("__pycache__")
            )
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    for shared in ("node_modules", "sigmoid_core"):  # read, never changed
        (destination / shared).symlink_to(ROOT / shared)
    return destination


TINY_SITE = ROOT / "tests" / "tinysite"


def tiny_project(destination: Path) -> Path:
    """The fixture site, in the style of sphinx-gallery's tinybuild: the real build code
    (scripts/, overrides/, mkdocs.yml with its own nav) over tests/tinysite/: a home page and
    one page in English and Chinese, the page with one figure, two claims, one value, a
    derivation, a code block and exercises. Its declarations (tests/tinysite/content/) replace
    those of scripts/content/ that name the real pages; the others (glossary, derivations,
    exercises, notebooks) are the real ones. Its catalogue is the site's with the fixture's
    own entries added (tests/tinysite/content/locales/)."""
    copy_project(destination, warm=False, docs=False)
    content = destination / "scripts" / "content"
    shutil.rmtree(content / "claims")
    fixture = TINY_SITE / "content"
    shutil.copytree(fixture, content, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.po"))
    catalogue = Path("locales", "zh", "LC_MESSAGES", "site.po")
    with (content / catalogue).open("rb") as site_po, (fixture / catalogue).open("rb") as own:
        merged = read_po(site_po)
        for message in read_po(own):
            if message.id:
                merged[message.id] = message
    with (content / catalogue).open("wb") as out:
        write_po(out, merged)
    shutil.copytree(TINY_SITE / "docs", destination / "docs")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config[: config.index("\nnav:\n")] + "\nnav:\n  - index.md\n  - page.md\n"
    (destination / "mkdocs.yml").write_text(config, encoding="utf-8")
    return destination


def _site_build(shared: Path) -> None:
    """Build the site into ``shared``/site, holding ``shared``/site.lock meanwhile, and leave
    the build's log and return code beside it."""
    with (shared / "site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "site.status").exists():
            result = build_site(ROOT, shared / "site")
            (shared / "site.log").write_text(result.stdout + result.stderr, encoding="utf-8")
            (shared / "site.status").write_text(str(result.returncode), encoding="utf-8")


def pytest_sessionstart(session: pytest.Session) -> None:
    """A run of every test (no selection: ./dev test, CI) starts building the site at once,
    in the background, while the tests that need no site run; ``built_site`` waits for it."""
    config = session.config
    if hasattr(config, "workerinput") or config.option.markexpr or config.option.keyword:
        return
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return
    shared = config._tmp_path_factory.getbasetemp()  # the run's folder: the workers' parent
    threading.Thread(target=_site_build, args=(shared,), daemon=True).start()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> tuple[Path, str]:
    """The site built once per test run from the working tree, and the build's log. Under
    pytest-xdist the workers share it: it is built by whoever takes the lock in the run's
    temporary folder first (the run itself, when it selects every test), and read by all."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # each worker's folder is inside the run's
        shared = shared.parent
    _site_build(shared)
    log = (shared / "site.log").read_text(encoding="utf-8")
    assert (shared / "site.status").read_text(encoding="utf-8") == "0", log
    return shared / "site", log


# --- the built site in Debian's Chromium, shared by the browser tests ---------------------------


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep pytest's output clean
        pass


@pytest.fixture(scope="session")
def server(built_site: tuple[Path, str]) -> Iterator[str]:
    site, _ = built_site
    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole session: Playwright's sync API allows one at a time."""
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is pinned in requirements.txt"
    )
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: ./dev test installs it with apt-get")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()
