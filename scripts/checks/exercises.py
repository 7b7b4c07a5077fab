"""The exercises that end a page: found, counted and held to their shape
(scripts/content/exercises.py says what it is, in English; ``Words`` carries the words of the
page's language).

A page must end with them when it is one of the teaching pages; any page that has the section
is checked the same way. The section is the page's last ``## `` heading; each exercise is an
item of its numbered list, beginning with its kind in bold, and holds exactly one collapsed
block (``???``, never ``???+``, which would show the answer) titled with the answer's word.
The answer to a code exercise holds a Python block that the build runs (``exec="on"``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from scripts import markdown_parts
from scripts.markdown_parts import CONTAINER, HEADING

_ITEM = re.compile(r"^(?P<number>\d+)\.[ \t]+(?P<rest>.*)$", re.MULTILINE)
_KIND = re.compile(r"\*\*(?P<kind>[^*]+?)[.。:：]?\*\*")


class ExerciseError(ValueError):
    """A page's exercises not in their shape; the message names the page and the exercise."""


@dataclass(frozen=True)
class Words:
    """The words that mark exercises, in one language."""

    heading: str
    answer: str
    kinds: dict[str, str]  # each kind as written, to its English name
    code: str  # the kind whose answer runs code, as written


@dataclass(frozen=True)
class Exercise:
    number: int
    line: int
    kind: str  # as written, in the page's language
    answers: int  # collapsed blocks with the answer's title
    shown: int  # blocks with that title open from the start (???+)
    runs: int  # Python blocks in it that the build runs


def section(markdown: str, words: Words) -> tuple[int, str] | None:
    """(offset, text) of the exercises section, from its heading to the page's end; None if
    the page has none. ExerciseError if another ``## `` section follows it."""
    headings = [h for h in HEADING.finditer(_outside_code(markdown)) if h["marks"] == "##"]
    for index, heading in enumerate(headings):
        if heading["title"].strip() == words.heading:
            if index + 1 < len(headings):
                raise ExerciseError(
                    f"the {words.heading!r} section must end the page, and "
                    f"{headings[index + 1]['title']!r} follows it"
                )
            return heading.start(), markdown[heading.start() :]
    return None


def exercises(markdown: str, words: Words) -> list[Exercise]:
    """The exercises of the page's section, in order (none without a section)."""
    found = section(markdown, words)
    if found is None:
        return []
    offset, text = found
    visible = _outside_code(text)
    items = list(_ITEM.finditer(visible))
    out = []
    for index, item in enumerate(items):
        end = items[index + 1].start() if index + 1 < len(items) else len(text)
        body = text[item.start() : end]
        kind = _KIND.match(item["rest"])
        blocks = [
            b
            for b in CONTAINER.finditer(visible, item.start(), end)
            if b["indent"] and (b["mark"] or "").startswith("???") and b["title"] == words.answer
        ]
        fences = markdown_parts.of_kind(body, markdown_parts.FENCE)
        out.append(
            Exercise(
                number=int(item["number"]),
                line=markdown_parts.line_of(markdown, offset + item.start()),
                kind=kind["kind"].strip() if kind else "",
                answers=sum(b["mark"] == "???" for b in blocks),
                shown=sum(b["mark"] == "???+" for b in blocks),
                runs=sum(f.info.startswith("python") and 'exec="on"' in f.info for f in fences),
            )
        )
    return out


def check(written: str, markdown: str, words: Words, required: bool, minimum: int) -> Counter[str]:
    """The page's exercises counted by kind (by its English name); an ExerciseError naming
    the page if they are missing where ``required`` or out of shape."""
    try:
        found = exercises(markdown, words)
    except ExerciseError as exc:
        raise ExerciseError(f"{written}: {exc}") from exc
    if not found:
        if required:
            raise ExerciseError(
                f"{written}: a teaching page ends with a '## {words.heading}' section of at "
                f"least {minimum} exercises"
            )
        return Counter()
    where = lambda e: f"{written}: exercise {e.number} (line {e.line})"  # noqa: E731
    for exercise in found:
        if exercise.kind not in words.kinds:
            raise ExerciseError(
                f"{where(exercise)} must begin with its kind in bold, one of "
                f"{', '.join(f'**{k}**' for k in words.kinds)}"
            )
        if exercise.shown:
            raise ExerciseError(
                f"{where(exercise)}: its answer is open from the start (???+); write ??? so "
                "that the reader opens it"
            )
        if exercise.answers != 1:
            raise ExerciseError(
                f'{where(exercise)} needs one collapsed block ??? success "{words.answer}" '
                f"indented under it, and has {exercise.answers}"
            )
        if exercise.kind == words.code and not exercise.runs:
            raise ExerciseError(
                f'{where(exercise)}: the answer to a code exercise runs its code (exec="on")'
            )
    counts = Counter(words.kinds[e.kind] for e in found)
    missing = [k for k in words.kinds if not counts[words.kinds[k]]]
    if required and (len(found) < minimum or missing):
        raise ExerciseError(
            f"{written}: {len(found)} exercises; a teaching page has at least {minimum}, "
            f"among them one of each kind ({', '.join(missing) or 'all there'} missing)"
        )
    return counts


def _outside_code(text: str) -> str:
    """``text`` with its fenced code blanked (offsets kept): a heading or a list item inside
    code is none."""
    return markdown_parts.blank(text, (markdown_parts.FENCE,))
