"""What authors edit: the declarations of every figure, table, claim, value, definition and
widget, the names each proof introduces, the glossary and the Chinese phrasebook (zh/)."""
