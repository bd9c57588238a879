"""The sample collection, imported into a new library once (a flag remembers it, even after deletes)."""

from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path

from reader_app.model import Article

log = logging.getLogger(__name__)
MANIFEST = "collection.toml"


def default_seeds_dir() -> Path | None:
    """Where the sample articles are: a ``reader_app.seeds`` package (wheel), the checkout, a bundle."""
    candidates = []
    try:
        candidates.append(Path(str(resources.files("reader_app.seeds"))))
    except ModuleNotFoundError:
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "seeds")  # running from a checkout
    if hasattr(sys, "_MEIPASS"):
        candidates.append(Path(sys._MEIPASS) / "seeds")  # PyInstaller bundle
    return next((c for c in candidates if (c / MANIFEST).is_file()), None)


def load_sample_articles(seeds_dir: Path) -> tuple[str, str, list[Article]]:
    """(collection name, description, articles) for the files the seeds folder's manifest lists."""
    from reader_app.ingest import apply_manifest, load_manifest, load_path

    manifest = load_manifest(seeds_dir)
    if manifest is None:
        return "", "", []
    articles = []
    for file_name in manifest.entries:
        path = seeds_dir / file_name
        try:
            articles.append(apply_manifest(load_path(path), manifest))
        except Exception as error:  # noqa: BLE001 - one unreadable sample must not cost the others
            log.warning("sample %s not imported: %s", path, error)
    return manifest.name, manifest.description, articles


def ensure_sample_collection(library, seeds_dir: Path | str | None = None) -> bool:
    """Import the sample collection unless it was imported before; True when it was imported now."""
    if library.is_sample_imported():
        return False
    folder = Path(seeds_dir) if seeds_dir is not None else default_seeds_dir()
    if folder is None or not (folder / MANIFEST).is_file():
        log.warning("no sample collection found (looked for %s)", folder or "seeds/collection.toml")
        return False
    name, description, articles = load_sample_articles(folder)
    if not articles:
        return False
    library.ensure_collection(name, description)
    library.add_articles(articles, collection=name)
    library.mark_sample_imported()
    return True
