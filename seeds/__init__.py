"""The sample collection, shipped inside the package as reader_app.seeds (see pyproject's package-dir)."""
