"""Names the theme leaves out or gives in English, in each edition's language: the search
dialog's, the headings' permanent links', the code blocks' button bars' (N: the block's number
on the page), the link to the edition's print page (the whole edition on one page), and the
answer key's title and the sentence that links it from each exercises section."""

from __future__ import annotations

NAMES = {
    "en": {
        "search": "Search",
        "permalink": "Permanent link",
        "code buttons": "Code block N buttons",
        "print": "The whole site",
        "answers": "Every exercise with its answer",
        # the words in braces are the link
        "answers link": "Every exercise of the site with its answer shown, on one page to "
        "print: {the answer key}.",
    },
    "zh": {
        "search": "搜索",
        "permalink": "永久链接",
        "code buttons": "代码块 N 的按钮",
        "print": "全站",
        "answers": "全部练习及答案",
        "answers link": "本站的全部练习及其答案都展开在同一页上，便于打印：{答案页}。",
    },
}


def name(language: str, what: str) -> str:
    """The name of ``what`` in ``language`` (in English for a language it lacks)."""
    return NAMES.get(language, NAMES["en"])[what]
