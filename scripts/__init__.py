"""Build-time code of the site, by role. Importing any of it computes nothing.

    content/     what authors edit: figures, tables, claims, values, definitions, widgets,
                 the names each proof introduces, the glossary, the interface's names, the
                 translation catalogues (locales/LANGUAGE/LC_MESSAGES/site.po)
    checks/      what the build verifies on a page: numbers, derivation steps, editions,
                 exercises, and every check of a page as one function each (page)
    rendering/   figures to SVG and alt text, tables to CSV and Markdown, widgets to HTML,
                 what each placeholder becomes (placing, markup), a page's formulas to
                 MathML (math_page), its notebook, the print page
    pipeline/    the build's steps for every engine: the assets, the Markdown extension over
                 one Build, the python fence, the end of the build; the translations
    engines/     what knows an engine: MkDocs' hooks and serve, the editions' glue, the
                 gen-files entry, the Zensical build; the only modules that import one
    model.py, cache.py, experiments/, symbolic.py, placeholders.py, markdown_parts.py,
    addresses.py, formatting.py, catalogue.py, formulas.py: the base every role uses

Imports run one way, with no exception (tests/test_build_guarantees.py checks every module):
the base imports no folder; content, checks and rendering import the base and themselves;
pipeline imports those; engines import anything.
"""
