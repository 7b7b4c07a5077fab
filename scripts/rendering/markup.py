"""What a placeholder becomes on a page: a figure's ``<figure>`` (both palettes' SVGs, alt text
and caption), a table's Markdown with its CSV link, the tables page's sections. Takes the
declarations, already in the page's language, and the links, already relative to the page;
imports no declaration."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from .render import FIGURE_SIZE, THEMES


class MarkupError(ValueError):
    """The theme's or a plugin's markup is not what the site edits: it has changed."""


def replace_once(text: str, old: str, new: str, where: str) -> str:
    """``text`` with its one ``old`` replaced by ``new``; a MarkupError naming ``where`` when
    ``text`` does not hold ``old`` exactly once, never a silent miss."""
    if text.count(old) != 1:
        raise MarkupError(
            f"{where}: {text.count(old)} of {old!r} where the site expects 1 (the theme's or a "
            "plugin's markup has changed)"
        )
    return text.replace(old, new)


CSS_PX_PER_INCH = 96  # CSS defines 1in as 96px
# the <img> size, so that the page keeps the figure's place before the SVG arrives:
# FIGURE_SIZE in inches x 96, the size at which the SVG is drawn at 100 %
FIGURE_PX = tuple(round(CSS_PX_PER_INCH * inches) for inches in FIGURE_SIZE)


def figure_html(alt: str, caption: str, sources: dict[str, str]) -> str:
    """The figure: one ``<img>`` per palette (``sources[theme]``, relative to the page; the
    theme shows the one of the reader's palette), the alt text written as it is, and the
    caption. Lazy: the other palette's image is ``display: none`` and so is never fetched, and
    figures below the fold load when the reader gets there."""
    width, height = FIGURE_PX
    escaped = html.escape(alt, quote=False).replace('"', "&quot;")  # written as it is, [ ] too
    images = "\n".join(
        f'<img alt="{escaped}" height="{height}" loading="lazy" '
        f'src="{html.escape(sources[theme], quote=True)}#only-{theme}" width="{width}" />'
        for theme in THEMES
    )
    return f"<figure>\n{images}\n\n<figcaption>{html.escape(caption)}</figcaption>\n</figure>"


def caption_only(caption: str) -> str:
    """A figure's place on a page built without figures: its caption."""
    return f"<p>{html.escape(caption)}</p>"


def table_sections(sections: Iterable[tuple[str, str, str]]) -> str:
    """The tables page: for each (name, title, table Markdown) a heading with the title, its
    anchor the table's name, then the table."""
    return "\n".join(f"## {title} {{ #{name} }}\n\n{table}" for name, title, table in sections)


def with_head_links(output: str, font: str, script: str, style: str) -> str:
    """A built page that draws formulas preloads the math font (``font``, relative to it); a
    page with a widget gets the widgets' deferred ``script``, which loads their ``style`` (no
    render-blocking request: the widgets are hidden until the script starts them)."""
    head = []
    if "<math" in output:
        head.append(f'<link rel="preload" href="{font}" as="font" type="font/woff2" crossorigin>')
    if 'class="widget"' in output:  # the widgets' script and style, on their pages only
        head.append(f'<script src="{script}" data-stylesheet="{style}" defer></script>')
    if not head:
        return output
    return replace_once(output, "</head>", "\n".join([*head, "</head>"]), "the page's head")


EXERCISES_HEADING = re.compile(r'<h2 id="exercises">.*?</h2>', re.DOTALL)


def with_answer_key_link(output: str, key: str, text: str) -> str:
    """A built teaching page with, under its exercises' heading, ``text``, whose words in
    braces link the edition's answer key at ``key``."""
    found = EXERCISES_HEADING.findall(output)
    if len(found) != 1:
        raise MarkupError(f"{len(found)} exercises headings where the site expects 1")
    before, name, after = re.fullmatch(r"([^{]*)\{([^}]*)\}(.*)", text, re.DOTALL).groups()  # type: ignore[union-attr]
    link = (
        f'<p class="answer-key-link">{html.escape(before)}'
        f'<a href="{html.escape(key)}">{html.escape(name)}</a>{html.escape(after)}</p>'
    )
    return replace_once(output, found[0], found[0] + link, "the exercises' heading")


# the block mkdocstrings writes for an API object's signature (mkdocstrings-python's
# separate_signature)
SIGNATURE = '<div class="doc-signature highlight">'


def signatures_without_copy_button(content: str) -> str:
    """The page's API signatures marked ``no-copy``, which the theme gives no copy button: a
    signature is read rather than pasted (the examples keep theirs), and at a phone's width
    the button covered the end of a long one. As the theme's script starts, it inserts a
    block's button bar and then reads the block's width, a layout of the page for each
    block; a block with no bar costs no layout."""
    marked = content.replace(SIGNATURE, SIGNATURE.replace("highlight", "highlight no-copy"))
    if "doc-signature" in marked.replace("doc-signature highlight no-copy", ""):
        raise MarkupError(f"an API signature not written as {SIGNATURE!r} (mkdocstrings' markup)")
    return marked


# the theme's material/download icon (Material Design Icons, Apache 2.0)
DOWNLOAD_ICON = (
    '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24">'
    '<path d="M5 20h14v-2H5m14-9h-4V3H9v6H5l7 7z"/></svg>'
)


def with_notebook_link(content: str, href: str, name: str, text: str, media_type: str) -> str:
    """The page's content with the link that downloads its notebook (``href``, saved as
    ``name``) under its title, the first heading; left out of the search index."""
    link = (
        f'<p class="notebook-link" data-search-exclude><a href="{html.escape(href)}" '
        f'download="{html.escape(name)}" type="{media_type}">{DOWNLOAD_ICON}'
        f"{html.escape(text)}</a></p>"
    )
    end = content.find("</h1>")
    if end < 0:
        return link + content
    end += len("</h1>")
    return content[:end] + "\n" + link + content[end:]
