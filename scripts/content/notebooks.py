"""The words of each page's Jupyter notebook and of the link that downloads it, in English (the
Chinese edition's are in the catalogue, scripts/content/locales/zh/LC_MESSAGES/site.po).

Every page with Python code that the build runs offers its notebook: the link stands under the
page's title; the note follows the title in the notebook; the HTML note comes before a cell
whose output is HTML (a figure the code draws), which Jupyter shows drawn and prints as text
when the cell is run again. scripts/rendering/notebook.py makes the notebook.
"""

from __future__ import annotations

LINK = "Download this page as a Jupyter notebook"
NOTE = (
    "Made from a page of the site: its text, its code, and what the code printed when the site "
    "was built. Run the cells from the top to print the same; the code needs the packages it "
    "imports, among them sigmoid_core, the site's own package."
)
HTML_NOTE = (
    "What the next cell prints is HTML, a figure: on the page, and below the cell, it is drawn; "
    "run here, print shows it as text."
)
