"""Everything the site computes, declared as data, and its rendering. Importing computes nothing.

Imports run one way: the declarations (figures, tables, claims, values, definitions) use the
model and the computations; rendering and the number accounting take declarations as arguments
and import none; nothing here imports MkDocs (scripts/hooks.py and scripts/gen_assets.py do).

    cache.py         paths of the build's files and the one hashing helper every cache uses
    model.py         the data types: Figure, Series, Table, Claim, Value, Definition
    experiments.py   the computations behind the pages (saturation points, training, errors)
    symbolic.py      SymPy helpers for the identities
    figures.py       every figure          tables.py   every value table
    claims.py        every checked statement, page by page
    values.py        every number a page shows that the build computes
    definitions.py   every number a page states that is a choice, with its reason
    numbers.py       the accounting: each number on a page is computed, checked or declared
    steps.py         the derivation checker: every step of every derivation, with SymPy
    derivations.py   the names each page's proofs introduce (u, v, g), one place per page
    render.py        figures to SVG and alt text, tables to CSV and Markdown
    write.py         the same files into a plain folder: python -m scripts.assets.write OUTDIR
"""
