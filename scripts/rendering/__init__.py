"""Declarations to files and markup: figures to SVG and alt text, tables to CSV and Markdown
(render), widgets to HTML and JSON (widget_html), the writer of those files (write), what each
placeholder becomes on a page (placing, markup), a page's formulas to MathML and the cut math
font (math_page), and each edition's print page (print_page)."""
