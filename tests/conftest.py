"""Test-wide setup: Qt offscreen, and user data kept out of the real home directory."""

import os
from pathlib import Path

import pytest

# Qt aborts without a display unless a platform is chosen before it is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
GOLD = REPO.parent / "shared" / "gold" / "seeds-gold.json"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Every test gets its own data and config dirs, so no test reads or writes the user's library."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("READER_APP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("READER_APP_CONFIG_DIR", str(base / "config"))
    monkeypatch.delenv("READER_APP_DB", raising=False)


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def gold() -> dict:
    import json

    if not GOLD.exists():
        pytest.skip(f"gold file not found at {GOLD} (../shared is not beside the checkout)")
    return json.loads(GOLD.read_text(encoding="utf-8"))
