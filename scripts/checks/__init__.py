"""What the build verifies on each page: every number accounted for (numbers), every
derivation step (steps, reading TeX with tex), a translation in step with its source
(editions), the translated words of each declaration and the catalogues' update
(translations), and each of them as one function of a page that names the page when it
fails (page). Which text of a page is prose, math, code or a comment, all of them ask
markdown_parts, which follows the renderer."""
