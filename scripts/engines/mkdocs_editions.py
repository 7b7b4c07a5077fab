"""The glue between the two editions that mkdocs-static-i18n 1.3.1 and Material 9 leave to the
site, as pure functions of the built pages' HTML and files. One behaviour of the plugin or the
theme each:

* the plugin makes the home pages' links of the language menu absolute ("/" and "/zh/"):
  ``alternates`` gives the menu relative links and the head its hreflang addresses;
* the theme writes hreflang links to the editions' roots: ``hreflang_links`` writes the page's;
* the theme resolves its search index against its ``base``, the site's root:
  ``edition_base`` points a page of another edition at that edition's root;
* the plugin merges the editions' search entries into the root's index:
  ``split_search_index`` gives each edition its own;
* the plugin's sitemap has no ``x-default`` and lies at the root only, while the theme's script
  fetches ``sitemap.xml`` beside every hreflang link: ``sitemaps``;
* the theme leaves the search dialog unnamed and names the permanent links and the code
  blocks' buttons in English: ``interface_names``.

Each edit of the theme's markup is made exactly once on a page, or the build fails
(``replace_once``): a theme whose markup has changed is noticed, never passed over.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from scripts.addresses import relative
from scripts.catalogue import DEFAULT, LANGUAGES
from scripts.content import interface
from scripts.rendering.markup import MarkupError, replace_once

THEME_CONFIG = re.compile(
    r'<script id="__config" type="application/json">(.*?)</script>', re.DOTALL
)
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*)</article>', re.DOTALL)
THEME_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')
SITEMAP_URL = re.compile(r"<url>.*?</url>", re.DOTALL)


def finished(
    output: str,
    language: str,
    url: str,
    html_lang: str,
    hreflang: list[tuple[str, str]],
    address: str | None,
) -> str:
    """A built page of the edition ``language`` (at ``url``, its full ``address`` when the
    site has one) as the reader gets it: another edition's search base and ``<html lang>``
    (``html_lang``), the page's own hreflang links, the interface's names in its language,
    and each article link's full address (which print shows)."""
    if language != DEFAULT:
        output = edition_base(output, language, url)
        output = replace_once(output, f'<html lang="{language}"', f'<html lang="{html_lang}"', url)
    output = hreflang_links(output, hreflang)
    output = interface_names(output, language, url)
    return addresses(output, address) if address else output


def alternates(
    found: list[dict[str, str]], site_url: str | None
) -> tuple[list[dict[str, str]], list[tuple[str, str]]]:
    """The page's links to its editions, from the i18n plugin's ``extra.alternate``:

    * for the language menu (overrides/partials/alternate.html), the same page in each
      language, relative, so that it works below a path (the plugin makes the home pages'
      links absolute, "/" and "/zh/", below site_url's path when it has one);
    * for the head's ``<link rel="alternate" hreflang>`` tags (written by ``hreflang_links``
      in place of the theme's), (language, address) of the same page in each language and,
      as ``x-default``, the default language's, by absolute address under site_url, as the
      sitemap does; a build with no site_url has no address to give, so it writes none.
    """
    base = urlsplit(site_url or "/").path
    menu = [{**alternate, "link": _below(alternate["link"], base) or "."} for alternate in found]
    links = []
    if site_url:
        root = site_url.rstrip("/") + "/"
        for alternate in menu:
            href = root + alternate["link"].removeprefix(".")
            links.append((alternate["lang"], href))
            if alternate["lang"] == DEFAULT:
                links.append(("x-default", href))
    return menu, sorted(links, key=lambda link: link[0] == "x-default")


def _below(link: str, base: str) -> str:
    """A link of the i18n plugin's, as a path from the site's root: absolute ones begin with
    the path of site_url."""
    if link.startswith("/"):
        link = "/" + link.removeprefix(base.rstrip("/")).lstrip("/")
    return link.lstrip("/")


def addresses(output: str, address: str) -> str:
    """Each link of the article to a page of the site carries that page's full address (the
    page itself is at ``address``), which print shows after the link (site.css)."""
    match = ARTICLE.search(output)
    if match is None:
        raise MarkupError(f"{address}: the page has no article where the theme puts it")

    def add(link: re.Match[str]) -> str:
        target = html.unescape(link[1])
        if target.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:|^//", target):
            return link[0]
        return f'{link[0]} data-address="{html.escape(urljoin(address, target))}"'

    article = re.sub(r'<a href="([^"]*)"', add, match[1])
    return output[: match.start(1)] + article + output[match.end(1) :]


def interface_names(output: str, language: str, url: str) -> str:
    """Names, in the page's language, for what the theme leaves unnamed or names in English:
    the search dialog, the headings' permanent links, and (through the body's data attribute,
    which javascripts/a11y.js reads) the button bar the theme's script gives each code block."""
    name = lambda what: interface.name(language, what)  # noqa: E731
    output = replace_once(
        output,
        '<div class="md-search" data-md-component="search" role="dialog">',
        f'<div class="md-search" data-md-component="search" role="dialog" '
        f'aria-label="{name("search")}">',
        url,
    )
    output = output.replace('title="Permanent link"', f'title="{name("permalink")}"')
    return replace_once(output, "<body ", f'<body data-code-buttons="{name("code buttons")}" ', url)


def hreflang_links(output: str, links: list[tuple[str, str]]) -> str:
    """The theme's hreflang links (the editions' roots, relative) replaced by the page's own
    (``alternates``), or by none."""
    found = THEME_ALTERNATE.search(output)
    if not found:
        return output
    tags = "".join(
        f'<link rel="alternate" href="{html.escape(href)}" hreflang="{lang}">\n'
        for lang, href in links
    )
    output = THEME_ALTERNATE.sub("", output)
    return output[: found.start()] + tags + output[found.start() :]


def edition_base(output: str, language: str, url: str) -> str:
    """The theme's base for a page of another edition: that edition's root, where its search
    index is (the theme resolves the index and the results' links against the base)."""
    if len(THEME_CONFIG.findall(output)) != 1:
        raise MarkupError(f"{url}: the theme's configuration is not on the page once")
    match = THEME_CONFIG.search(output)
    assert match is not None  # found once, above
    theme = json.loads(match.group(1))
    theme["base"] = relative(f"{language}/", url)
    replaced = json.dumps(theme, ensure_ascii=False, separators=(",", ":"))
    return output[: match.start(1)] + replaced + output[match.end(1) :]


def sitemaps(site: Path, site_url: str | None) -> None:
    """The sitemap gets each page's ``x-default`` alternate (the default language's page, as
    in the head), and is written at each edition's root and, cut to the one page, in each
    page's folder: the theme's script fetches ``sitemap.xml`` beside every hreflang link of a
    page, and a sitemap may list only addresses below its own folder."""
    path = site / "sitemap.xml"
    text = path.read_text(encoding="utf-8")

    root = (site_url or "").rstrip("/") + "/"

    def with_default(block: re.Match[str]) -> str:
        link = re.search(
            rf'\n(\s*)<xhtml:link rel="alternate" hreflang="{DEFAULT}" [^>]*/>', block[0]
        )
        if not link:
            return block[0]
        last = block[0].rindex("/>") + 2
        extra = link[0].replace(f'hreflang="{DEFAULT}"', 'hreflang="x-default"')
        return block[0][:last] + extra + block[0][last:]

    text = SITEMAP_URL.sub(with_default, text)
    editions = ["", *(f"{code}/" for code in LANGUAGES if code != DEFAULT)]
    head, tail = text[: text.index("<url>")] if "<url>" in text else text, "\n</urlset>\n"
    for block in SITEMAP_URL.findall(text):
        loc = re.search(r"<loc>(.*?)</loc>", block)
        assert loc is not None  # every <url> of a sitemap has its <loc>
        folder = loc[1].removeprefix(root)
        if folder not in editions:
            (site / folder / "sitemap.xml").write_text(head + block + tail, encoding="utf-8")
    for folder in editions:
        (site / folder / "sitemap.xml").write_text(text, encoding="utf-8")
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))


def split_search_index(site: Path) -> None:
    """One search index per edition. The i18n plugin merges the editions' entries into the
    root's index, so an English search would list Chinese pages too (the names of functions
    are the same words in both). Each edition's entries go to its own root, their locations
    relative to it; the hooks point the edition's pages there."""
    path = site / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))

    for language in LANGUAGES:
        if language == DEFAULT:
            continue
        prefix = f"{language}/"
        own = [
            {**entry, "location": entry["location"][len(prefix) :]}
            for entry in index["docs"]
            if entry["location"].startswith(prefix)
        ]
        index["docs"] = [e for e in index["docs"] if not e["location"].startswith(prefix)]
        target = site / language / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            json.dumps({**index, "docs": own}, ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8",
        )
    # English words alone: the default edition's index is searched with its language only
    index["config"] = {**index["config"], "lang": [DEFAULT]}
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
