"""Build-time code of the site: the declarations and their rendering (assets/), the math
(formulas.py), the MkDocs hooks and the gen-files entry."""
