"""Data files resolve inside an installed wheel, not the checkout: resources, seeds, migrations, lexicons."""

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "reader_app", "resources", "seeds")

# Runs in a fresh interpreter with the unzipped wheel first on sys.path and no site hooks,
# so the checkout's editable install cannot answer instead of the wheel.
PROBE = r"""
import json, sys
from pathlib import Path
import reader_app
from reader_app.resource_files import resource_path
from reader_app.store.samples import default_seeds_dir
from reader_app.store.migrate import MIGRATIONS_DIR
from reader_app.ingest import load_path
from reader_app.analysis.pipeline import analyze
from reader_app.store import Library

seeds = default_seeds_dir()
article = load_path(sorted(seeds.glob("*.txt"))[0])
analysis = analyze(article)
library = Library("sqlite:///" + sys.argv[1])
library.close()
print(json.dumps({
    "package": reader_app.__file__,
    "palette": str(resource_path("palette.toml")),
    "palette_exists": resource_path("palette.toml").is_file(),
    "seeds": str(seeds),
    "seed_files": len(list(seeds.glob("*.txt"))),
    "migrations": str(MIGRATIONS_DIR),
    "revisions": len(list((MIGRATIONS_DIR / "versions").glob("*.py"))),
    "flags": len(analysis.flags),
    "claims": len(analysis.claims),
    "reading_ease": analysis.readability.get("flesch_reading_ease")
        if isinstance(getattr(analysis, "readability", None), dict) else "n/a",
}))
"""


def _build_wheel(workdir: Path) -> Path:
    """pip wheel from a copy of the sources (setuptools writes build/ beside them), offline."""
    src = workdir / "src"
    src.mkdir()
    for name in SOURCES:
        source = REPO / name
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                    if source.is_dir() else {}))
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(workdir / "wheel"), str(src)],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        if "setuptools" in result.stderr and ("77" in result.stderr or "license" in result.stderr):
            pytest.skip("this venv's setuptools is older than pyproject's build requirement (>=77)")
        raise AssertionError(f"pip wheel failed:\n{result.stderr[-3000:]}")
    return next((workdir / "wheel").glob("reader_app-*.whl"))


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory) -> Path:
    pytest.importorskip("setuptools", minversion="77")
    workdir = tmp_path_factory.mktemp("wheel")
    target = workdir / "installed"
    with zipfile.ZipFile(_build_wheel(workdir)) as wheel:
        wheel.extractall(target)
    return target


@pytest.fixture(scope="module")
def probe(unpacked_wheel, tmp_path_factory) -> dict:
    site_packages = sysconfig.get_paths()["purelib"]
    env = {"PYTHONPATH": f"{unpacked_wheel}:{site_packages}", "PYTHONNOUSERSITE": "1",
           "READER_APP_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    db = tmp_path_factory.mktemp("db") / "library.sqlite3"
    result = subprocess.run([sys.executable, "-S", "-c", PROBE, str(db)], capture_output=True,
                            text=True, env=env, cwd=unpacked_wheel)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("key", ["package", "palette", "seeds", "migrations"])
def test_paths_resolve_inside_the_wheel(probe, unpacked_wheel, key):
    path = Path(probe[key]).resolve()
    assert path.is_relative_to(unpacked_wheel.resolve()), f"{key} resolved to {path}"


def test_wheel_carries_the_data_the_app_loads(probe):
    assert probe["palette_exists"]
    assert probe["seed_files"] == len(list((REPO / "seeds").glob("*.txt")))
    assert probe["revisions"] == len(list((REPO / "reader_app/store/migrations/versions").glob("*.py")))


def test_lexicons_load_from_the_wheel(probe):
    # A news sample always has claims and some flagged wording once the word lists are read.
    assert probe["claims"] > 0
    assert probe["flags"] > 0


def test_wheel_carries_the_icons(unpacked_wheel):
    icons = unpacked_wheel / "reader_app" / "resources" / "icons"
    assert (icons / "reader-app.svg").is_file()
    assert (icons / "hicolor" / "256x256" / "apps" / "reader-app.png").is_file()
