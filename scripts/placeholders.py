"""The one placeholder syntax of the pages: ``<!-- site:KIND ARGUMENT -->``, as Material's
``<!-- md:KIND ... -->`` shortcodes.

    <!-- site:figure NAME -->     a figure, on a line of its own
    <!-- site:table NAME -->      a table, on a line of its own
    <!-- site:tables -->          every table, each under its title (the tables page)
    <!-- site:widget NAME -->     an interactive figure, on a line of its own
    <!-- site:glossary -->        the glossary's table
    <!-- site:value NAME -->      a computed number, anywhere in the prose or in a formula

Values are replaced in the Markdown, before it is converted, so one inside ``$...$`` becomes
part of the formula's TeX. An HTML comment that is not one of these stays a comment; one that
looks like a placeholder but is not (``<!-- site:figure -->``, ``<!--site:table x-->``, an
unknown kind, the old ``<!-- figure: NAME -->`` and ``{{ value: NAME }}``) fails the build with
its page. Pure text processing, at the base of scripts/ because every role reads it: the
number accounting, the editions check and markdown_parts in checks/, the placing in rendering/
(``expand`` with its replacements), the hooks. ``expand`` replaces placeholders inside code
too (no page shows the syntax in code); ``refuse_malformed`` is given the page with its code
blanked, so code may show a malformed one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

PLACEHOLDER = re.compile(r"<!-- site:(\w+)(.*?) -->")
NAMED = ("figure", "table", "widget", "value")  # the kinds that take a NAME
BARE = ("tables", "glossary")  # the kinds that take none
BLOCKS = ("figure", "table", "tables", "widget", "glossary")  # each on a line of its own
NAME = re.compile(r"[\w-]+")
# what an author may have meant as a placeholder: anything in the site: namespace, and the
# forms of the syntax before this one (a colon after the kind); never TeX's {{ }} or an
# ordinary comment such as <!-- Table of contents --> or <!-- figure out the constant -->
NEAR_MISS = re.compile(
    r"<!--\s*site\s*:.*?-->"
    r"|<!--\s*(?:figures?|tables?|widgets?|glossary|values?)\s*(?::.*?)?-->"
    r"|\{\{\s*value\s*:.*?\}\}",
    re.DOTALL | re.IGNORECASE,
)
USAGE = (
    "write '<!-- site:figure NAME -->', '<!-- site:table NAME -->', '<!-- site:widget NAME -->', "
    "'<!-- site:tables -->' or '<!-- site:glossary -->' on a line of its own, or "
    "'<!-- site:value NAME -->'"
)


class PlaceholderError(ValueError):
    """A malformed placeholder, one of an unknown kind, or one naming nothing declared."""


def found(text: str) -> Iterator[tuple[str, str]]:
    """Each placeholder of ``text`` as (kind, argument), in order."""
    for match in PLACEHOLDER.finditer(text):
        yield match[1], match[2].strip()


def names(text: str, kind: str) -> list[str]:
    """The arguments of the placeholders of ``kind`` in ``text``, in order."""
    return [argument for k, argument in found(text) if k == kind]


def blanked(text: str, kind: str | None = None) -> str:
    """``text`` with its placeholders (of ``kind``, or all) blanked, positions kept."""
    return PLACEHOLDER.sub(
        lambda m: " " * len(m[0]) if kind in (None, m[1]) else m[0],
        text,
    )


def _problem(match: re.Match[str], text: str) -> str | None:
    kind, argument = match[1], match[2]
    if kind not in NAMED + BARE:
        return f"unknown kind {kind!r} (known: {', '.join(NAMED + BARE)})"
    if kind in NAMED and not (argument.startswith(" ") and NAME.fullmatch(argument[1:])):
        return f"'<!-- site:{kind} NAME -->' takes one name"
    if kind in BARE and argument:
        return f"'<!-- site:{kind} -->' takes no argument"
    if kind in BLOCKS:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        if text[start : end if end >= 0 else len(text)] != match[0]:
            return "it must stand on a line of its own"
    return None


def refuse_malformed(page: str, text: str) -> None:
    """PlaceholderError naming ``page`` for the first near miss or malformed placeholder of
    ``text`` (the page's Markdown with its code blanked: code may show a placeholder)."""
    for near in NEAR_MISS.finditer(text):
        match = PLACEHOLDER.fullmatch(near[0])
        problem: str | None
        if match is None:
            problem = "malformed"
        else:
            match = PLACEHOLDER.match(text, near.start())
            assert match is not None
            problem = _problem(match, text)
        if problem:
            raise PlaceholderError(f"{page}: placeholder {near[0]!r}: {problem}; {USAGE}")


def expand(text: str, page: str, replace: Mapping[str, Callable[[str], str]]) -> str:
    """``text`` with each placeholder replaced by ``replace[kind](argument)``; a kind with no
    replacement raises PlaceholderError naming ``page``."""

    def dispatch(match: re.Match[str]) -> str:
        kind, argument = match[1], match[2].strip()
        if kind not in replace:
            raise PlaceholderError(f"{page}: unknown placeholder kind {kind!r}; {USAGE}")
        return replace[kind](argument)

    return PLACEHOLDER.sub(dispatch, text)
