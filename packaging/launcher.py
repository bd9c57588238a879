"""Entry point of the PyInstaller bundle: the same ``reader-app`` command as the installed script."""

import sys

from reader_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
