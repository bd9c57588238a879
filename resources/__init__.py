"""Data files shipped with reader_app (lexicons, icons, styles): loaded via reader_app.resources_path."""
