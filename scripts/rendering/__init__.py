"""Declarations to files and markup: figures to SVG and alt text, tables to CSV and Markdown
(render), widgets to HTML and JSON (widget_html), and the writer of those files (write)."""
