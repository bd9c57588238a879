"""What a wheel or bundle ships: every code folder is a listed package, data resolves through one helper."""

import tomllib
from pathlib import Path

from reader_app.resource_files import resource_path

REPO = Path(__file__).resolve().parent.parent


def listed_packages() -> set[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_code_folder_is_a_listed_package():
    code_dirs = {
        ".".join(path.parent.relative_to(REPO).parts)
        for path in (REPO / "reader_app").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    missing = code_dirs - listed_packages()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_resources_and_seeds_resolve():
    assert resource_path("palette.toml").is_file()
    from reader_app.store.samples import default_seeds_dir

    seeds = default_seeds_dir()
    assert (seeds / "collection.toml").is_file()
    assert len(list(seeds.glob("*.txt"))) == 5
