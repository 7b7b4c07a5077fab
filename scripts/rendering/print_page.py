"""Each edition's print page: its pages in reading order on one page, at ``print/`` below the
edition's root, to print or save as a PDF; and beside it, at ``answers/``, its answer key:
every page's exercises with their answers shown. Pure text processing of the built pages'
HTML; ``relative`` is MkDocs' ``get_relative_url``, passed in (this module imports no
MkDocs)."""

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
EXERCISES = re.compile(r'<h2 id="exercises">.*?</h2>', re.DOTALL)  # a teaching page's last section
TITLE = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
ANSWER = re.compile(r'<details class="success">')  # an answer, collapsed (??? success)
KEY_LINK = re.compile(r'<p class="answer-key-link">.*?</p>', re.DOTALL)
Relative = Callable[[str, str], str]  # (url, from) -> url relative to from


def write(
    site: Path,
    printed: dict[str, str],
    reading_order: Mapping[str, list[str]],
    default: str,
    titles: Mapping[str, str],
    relative: Relative,
    key_titles: Mapping[str, str],
) -> None:
    """Each edition's print page into ``site``: the pages of ``reading_order[language]``,
    titled ``titles[language]``, at ``print/`` below the edition's root; and its answer key,
    titled ``key_titles[language]``, at ``answers/``."""
    for language, order in reading_order.items():
        edition = "" if language == default else f"{language}/"
        url, markup = print_page(printed, order, edition, titles[language], relative)
        (site / url).mkdir(parents=True, exist_ok=True)
        (site / url / "index.html").write_text(markup, encoding="utf-8")
        url, markup = answer_key(printed, order, edition, key_titles[language], relative)
        (site / url).mkdir(parents=True, exist_ok=True)
        (site / url / "index.html").write_text(markup, encoding="utf-8")


def print_page(
    printed: dict[str, str], order: list[str], edition: str, title: str, relative: Relative
) -> tuple[str, str]:
    """The edition's whole site on one page, in reading order, at ``print/`` below its root,
    so that a reader can print it or save it as a PDF. Each page's article becomes a section
    whose ids are prefixed with the page's name; links between the pages become links within
    the print page, the others are made relative to it. Left out: the interactive figures
    (their static figures stay), the links to the answer key (printed on its own), the table
    of contents and the head's canonical and hreflang links: the page is not for search
    engines. ``printed`` holds each built page's
    HTML by its URL, ``order`` the edition's URLs, ``edition`` its root ("" or "zh/"), ``title``
    the page's title in its language. Returns the print page's URL and its HTML."""
    url = f"{edition}print/"
    names = {page: page.removeprefix(edition).strip("/") or "index" for page in order}
    sections = []
    for page in order:
        article = _found(ARTICLE, printed[page], page)[1]
        article = KEY_LINK.sub("", without(article, WIDGET_START))  # the key is printed apart
        sections.append(
            f'<section class="print-section" id="{names[page]}">'
            f"{relinked(article, page, url, names, relative)}</section>"
        )
    combined = "".join(sections).replace(' loading="lazy"', "")  # printed at once, all of it
    return url, in_shell(printed, order, url, title, combined, names)


def in_shell(
    printed: dict[str, str],
    order: list[str],
    url: str,
    title: str,
    combined: str,
    names: dict[str, str],
    relative: Relative | None = None,
) -> str:
    """``combined`` as the article of a page at ``url`` titled ``title``, in the shell of a
    built page as deep (its relative links hold), without its table of contents, canonical
    and hreflang links, or widgets' script, and marked noindex. With ``relative``, a link of
    the shell to a heading of its page that ``combined`` leaves out leads to that page."""
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
    html_out = shell[: match.start(1)] + combined + shell[match.end(1) :]
    # the shell's own links to its page's headings (skip link, navigation) lead to its section
    ids = set(re.findall(r'\bid="([^"]*)"', html_out))
    prefix = f"{names[shell_url]}--"

    def within(link: re.Match[str]) -> str:
        target = link[1]
        if target in ids:
            return link[0]
        if prefix + target in ids:
            return f'href="#{prefix}{target}"'
        if relative is not None:
            return f'href="{html.escape(relative(shell_url, url))}#{target}"'
        return link[0]

    return re.sub(r'href="#([^"]+)"', within, html_out)


def answer_key(
    printed: dict[str, str], order: list[str], edition: str, title: str, relative: Relative
) -> tuple[str, str]:
    """The edition's answer key, at ``answers/`` below its root, beside the print page: for
    each page in ``order`` that ends with exercises, its title (a link to the page) and its
    exercises with every answer shown (each collapsed block opened). Ids are prefixed with the
    page's name; a link to a part of a page that the key leaves out leads to that page.
    Returns the key's URL and its HTML."""
    url = f"{edition}answers/"
    names = {page: page.removeprefix(edition).strip("/") or "index" for page in order}
    sections = []
    for page in order:
        article = _found(ARTICLE, printed[page], page)[1]
        heading = EXERCISES.search(article)
        if heading is None:
            continue
        name = names[page]
        page_title = HEADERLINK.sub("", _found(TITLE, article, page)[1]).strip()
        exercises = KEY_LINK.sub("", article[heading.end() :])
        exercises, opened = ANSWER.subn('<details class="success" open>', exercises)
        if not opened:
            raise MarkupError(f"{page}: its exercises show no collapsed answer to open")
        body = relinked(exercises, page, url, {page: name}, relative)
        kept = set(re.findall(r'\bid="([^"]*)"', body))

        def outside(link: re.Match[str], page: str = page, kept: set[str] = kept) -> str:
            target = html.unescape(link[1])
            if target in kept:
                return link[0]
            fragment = target.removeprefix(f"{names[page]}--")
            return f'href="{html.escape(relative(page, url))}#{html.escape(fragment)}"'

        body = re.sub(r'href="#([^"]+)"', outside, body)
        sections.append(
            f'<section class="print-section" id="{name}"><h2 id="{name}--exercises">'
            f'<a href="{html.escape(relative(page, url))}">{page_title}</a></h2>{body}</section>'
        )
    combined = "".join(sections).replace(' loading="lazy"', "")
    key = f"<h1>{html.escape(title)}</h1>{combined}"
    return url, in_shell(printed, order, url, title, key, names, relative)


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
