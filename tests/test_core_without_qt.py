"""The core must import and run with PySide6 unavailable: only reader_app.ui may use Qt."""

import subprocess
import sys
from pathlib import Path

import reader_app

PACKAGE = Path(reader_app.__file__).resolve().parent

# A meta-path hook that makes every PySide6 import fail, as on a machine without Qt.
BLOCK_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked for this test")
        return None
sys.meta_path.insert(0, _NoQt())
"""


def core_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if "ui" in parts[1:2] or "migrations" in parts:
            continue
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_core_modules_import_with_pyside6_blocked():
    modules = core_modules()
    assert "reader_app.model" in modules and "reader_app.cli" in modules
    script = BLOCK_QT + "\nimport importlib\n" + "".join(
        f"importlib.import_module({m!r})\n" for m in modules
    )
    script += "assert not any(k.startswith('PySide6') for k in sys.modules), 'Qt leaked in'\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_block_hook_really_blocks_qt():
    """Guards the guard: the same hook must make a Qt import fail."""
    script = BLOCK_QT + "\nimport PySide6.QtCore\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode != 0 and "blocked" in result.stderr
