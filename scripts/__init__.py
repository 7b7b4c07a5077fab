"""Build-time code of the site, by role. Importing any of it computes nothing.

    content/     what authors edit: figures, tables, claims, values, definitions, widgets,
                 the names each proof introduces, the glossary, the Chinese phrasebook (zh/)
    checks/      what the build verifies on a page: numbers, derivation steps, editions,
                 translations
    rendering/   figures to SVG and alt text, tables to CSV and Markdown, widgets to HTML,
                 and the writer of those files
    model.py, cache.py, experiments.py, symbolic.py: the data types, the build's paths and
                 hashing, the computations behind the pages, the SymPy helpers
    formulas.py  TeX to MathML and the cut-down math font
    hooks.py, gen_assets.py: the MkDocs hooks and the gen-files entry, the only modules that
                 import MkDocs

Imports run one way (tests/test_build_guarantees.py checks every module): content uses the
base and itself; checks and rendering take declarations as arguments and import no content,
except the edges that test lists with their reasons.
"""
