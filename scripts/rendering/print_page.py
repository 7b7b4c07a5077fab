"""Each edition's print page: its pages in reading order on one page, at ``print/`` below the
edition's root, to print or save as a PDF. Pure text processing of the built pages' HTML;
``relative`` is MkDocs' ``get_relative_url``, passed in (this module imports no MkDocs)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .markup import MarkupError

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.DOTALL)
WIDGET_START = re.compile(r'<div class="widget"')
TOC_START = re.compile(r'<div class="md-sidebar md-sidebar--secondary"')
DIV_TAG = re.compile(r"<div\b|</div>")
ID_ATTRIBUTE = re.compile(r'\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"')
LINK_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')
Relative = Callable[[str, str], str]  # (url, from) -> url relative to from


def write(
    site: Path,
    printed: dict[str, str],
    reading_order: Mapping[str, list[str]],
    default: str,
    titles: Mapping[str, str],
    relative: Relative,
) -> None:
    """Each edition's print page into ``site``: the pages of ``reading_order[language]``,
    titled ``titles[language]``, at ``print/`` below the edition's root."""
    for language, order in reading_order.items():
        edition = "" if language == default else f"{language}/"
        url, markup = print_page(printed, order, edition, titles[language], relative)
        (site / url).mkdir(parents=True, exist_ok=True)
        (site / url / "index.html").write_text(markup, encoding="utf-8")


def print_page(
    printed: dict[str, str], order: list[str], edition: str, title: str, relative: Relative
) -> tuple[str, str]:
    """The edition's whole site on one page, in reading order, at ``print/`` below its root,
    so that a reader can print it or save it as a PDF. Each page's article becomes a section
    whose ids are prefixed with the page's name; links between the pages become links within
    the print page, the others are made relative to it. The interactive figures are left out
    (their static figures stay), so are the table of contents and the head's canonical and
    hreflang links: the page is not for search engines. ``printed`` holds each built page's
    HTML by its URL, ``order`` the edition's URLs, ``edition`` its root ("" or "zh/"), ``title``
    the page's title in its language. Returns the print page's URL and its HTML."""
    url = f"{edition}print/"
    names = {page: page.removeprefix(edition).strip("/") or "index" for page in order}
    sections = []
    for page in order:
        article = _found(ARTICLE, printed[page], page)[1]
        sections.append(
            f'<section class="print-section" id="{names[page]}">'
            f"{relinked(without(article, WIDGET_START), page, url, names, relative)}</section>"
        )
    # the shell of a page as deep as the print page, so that its relative links hold
    shell_url = next(p for p in order if p.count("/") == url.count("/"))
    shell = printed[shell_url]
    _found(TOC_START, shell, shell_url)
    shell = without(shell, TOC_START)
    shell = re.sub(
        r'<link rel="(?:canonical|alternate)" href="[^"]*"(?: hreflang="[^"]*")?>\s*', "", shell
    )
    shell = re.sub(r'<script src="[^"]*widgets\.js"[^>]*></script>', "", shell)
    site_name = _found(re.compile(r"<title>.* - (.*?)</title>"), shell, shell_url)[1]
    shell = re.sub(
        r"<title>.*?</title>",
        f'<title>{title} - {site_name}</title>\n<meta name="robots" content="noindex">',
        shell,
        count=1,
    )
    match = _found(ARTICLE, shell, shell_url)
    combined = "".join(sections).replace(' loading="lazy"', "")  # printed at once, all of it
    html_out = shell[: match.start(1)] + combined + shell[match.end(1) :]
    # the shell's own links to its page's headings (skip link, navigation) lead to its section
    ids = set(re.findall(r'\bid="([^"]*)"', html_out))
    prefix = f"{names[shell_url]}--"

    def within(link: re.Match[str]) -> str:
        target = link[1]
        return (
            f'href="#{prefix}{target}"' if target not in ids and prefix + target in ids else link[0]
        )

    return url, re.sub(r'href="#([^"]+)"', within, html_out)


def _found(pattern: re.Pattern[str], page: str, url: str) -> re.Match[str]:
    """``pattern``'s one match in the built page at ``url``; a MarkupError if it has none, or
    more than one."""
    found = pattern.findall(page)
    if len(found) != 1:
        raise MarkupError(f"{url}: {len(found)} matches of {pattern.pattern!r}, not 1")
    match = pattern.search(page)
    assert match is not None  # it has one: counted above
    return match


def without(markup: str, start: re.Pattern[str]) -> str:
    """``markup`` without each div that ``start`` finds the opening tag of."""
    while found := start.search(markup):
        depth, position = 0, found.start()
        for tag in DIV_TAG.finditer(markup, found.start()):
            depth += 1 if tag[0] == "<div" else -1
            if depth == 0:
                position = tag.end()
                break
        markup = markup[: found.start()] + markup[position:]
    return markup


def relinked(article: str, page: str, url: str, names: dict[str, str], relative: Relative) -> str:
    """A page's article as part of the print page at ``url``: its ids prefixed with its name,
    its links to the edition's pages turned into links to their sections."""
    name = names[page]

    def ids(match: re.Match[str]) -> str:
        values = " ".join(f"{name}--{v}" for v in match[2].split())
        return f'{match[1]}="{values}"'

    def link(match: re.Match[str]) -> str:
        attribute, target = match[1], html.unescape(match[2])
        if target.startswith("#"):
            return f'{attribute}="#{name}--{html.escape(target[1:])}"'
        if re.match(r"^[a-z][a-z0-9+.-]*:|^//", target):
            return match[0]
        path, _, fragment = urljoin(f"http://site/{page}", target).partition("#")
        path = urlsplit(path).path.lstrip("/")
        if attribute == "href" and path in names:
            anchor = f"{names[path]}--{fragment}" if fragment else names[path]
            return f'href="#{html.escape(anchor)}"'
        moved = relative(path, url) + (f"#{fragment}" if fragment else "")
        return f'{attribute}="{html.escape(moved)}"'

    article = ID_ATTRIBUTE.sub(ids, article)
    return LINK_ATTRIBUTE.sub(link, article)
