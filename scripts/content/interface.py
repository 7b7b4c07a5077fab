"""Names the theme leaves out or gives in English, in each edition's language: the search
dialog's, the headings' permanent links', the code blocks' button bars' (N: the block's number
on the page), and the link to the edition's print page (the whole edition on one page)."""

from __future__ import annotations

NAMES = {
    "en": {
        "search": "Search",
        "permalink": "Permanent link",
        "code buttons": "Code block N buttons",
        "print": "The whole site",
    },
    "zh": {
        "search": "搜索",
        "permalink": "永久链接",
        "code buttons": "代码块 N 的按钮",
        "print": "全站",
    },
}


def name(language: str, what: str) -> str:
    """The name of ``what`` in ``language`` (in English for a language it lacks)."""
    return NAMES.get(language, NAMES["en"])[what]
