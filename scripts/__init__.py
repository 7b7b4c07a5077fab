"""Build-time code of the site, by role. Importing any of it computes nothing.

    content/     what authors edit: figures, tables, claims, values, definitions, widgets,
                 the names each proof introduces, the glossary, the translation
                 catalogues (locales/LANGUAGE/LC_MESSAGES/site.po)
    checks/      what the build verifies on a page: numbers, derivation steps, editions,
                 translations, and every check of a page as one function each (page)
    rendering/   figures to SVG and alt text, tables to CSV and Markdown, widgets to HTML,
                 the writer of those files, what each placeholder becomes (placing, markup),
                 a page's formulas to MathML (math_page), the print page
    model.py, cache.py, experiments/, symbolic.py, placeholders.py, editions_site.py,
    catalogue.py: the base every role uses: the data types, the build's paths, hashing and
                 caches, the computations behind the pages, the SymPy helpers, the one
                 placeholder syntax, the editions' glue (hreflang, search indexes, sitemaps,
                 names), the translation catalogues' reader
    formulas.py  TeX to MathML and the cut-down math font
    hooks.py, gen_assets.py: the MkDocs hooks (a thin dispatcher) and the gen-files entry, the
                 only modules that import MkDocs

Imports run one way (tests/test_build_guarantees.py checks every module): content uses the
base and itself; checks and rendering take declarations as arguments and import no content,
except the edges that test lists with their reasons.
"""
