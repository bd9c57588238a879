"""``python -m reader_app`` runs the same entry point as ``reader-app``."""

from reader_app.cli import main

raise SystemExit(main())
