"""What authors edit: the declarations of every figure, table, claim, value, definition and
widget, the names each proof introduces, the glossary, and the translation catalogues
(locales/LANGUAGE/LC_MESSAGES/site.po, read by scripts/catalogue.py)."""
