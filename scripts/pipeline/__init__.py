"""The build's steps, for every engine: the assets written before the pages (assets.py), the
page work as a Python-Markdown extension (extension.py, over build.py), the site's ``python``
fence (code_blocks.py), and the end of the build over the built site (build.py: ``finish``)."""
