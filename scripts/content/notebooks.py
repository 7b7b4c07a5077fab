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
    "This notebook is a page of the site: its text, its code, and what the code printed when "
    "the site was built. Run the cells from the top and they print the same. The code needs the "
    "packages it imports, sigmoid_core (the site's own package) among them."
)
HTML_NOTE = (
    "The next cell prints a figure as HTML. The page shows it drawn, and so does the output "
    "saved under the cell; run the cell again and Jupyter shows the printed HTML as text."
)
