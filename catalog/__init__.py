"""The bundled catalog: YAML data read at run time (shipped in the package as bot.catalog)."""
