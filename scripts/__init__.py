"""Build-time code of the site: declarations in site_assets, MkDocs hooks, gen-files entry."""
