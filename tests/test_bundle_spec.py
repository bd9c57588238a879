"""The PyInstaller spec leaves out only what reader-app never imports, and ships the data folders it reads."""

import ast
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "reader-app.spec"


def _spec_list(name: str) -> list:
    """A list literal assigned at the top of the spec (excludes, hiddenimports, datas)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return node.value.elts
    raise AssertionError(f"no `{name} = [...]` in {SPEC}")


@cache
def _imported_modules() -> dict[str, str]:
    """Every module reader_app imports (module name -> first file importing it)."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "reader_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                found.setdefault(name, str(path.relative_to(REPO)))
    return found


EXCLUDES = [ast.literal_eval(e) for e in _spec_list("excludes")]


@pytest.mark.parametrize("excluded", EXCLUDES)
def test_excluded_module_is_not_imported_by_the_app(excluded):
    offenders = {name: where for name, where in _imported_modules().items()
                 if name == excluded or name.startswith(excluded + ".")}
    assert not offenders, f"the bundle leaves out {excluded}, but the app imports it: {offenders}"


def test_spec_ships_the_folders_the_code_reads():
    datas = {ast.literal_eval(pair.elts[1]) for pair in _spec_list("datas")}
    assert {"reader_app/resources", "reader_app/seeds", "reader_app/store/migrations"} <= datas


@pytest.mark.parametrize("module", [ast.literal_eval(e) for e in _spec_list("hiddenimports")
                                    if ast.literal_eval(e).startswith("reader_app")])
def test_hidden_imports_of_the_app_exist(module):
    assert (REPO / Path(*module.split("."))).with_suffix(".py").is_file()
