"""The sample collection is imported once, on first start, and never comes back after a delete."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from store_helpers import make_article

from reader_app import ingest
from reader_app.store.samples import default_seeds_dir, ensure_sample_collection


@pytest.fixture
def fake_seeds(tmp_path, monkeypatch):
    """A seeds folder and a stand-in for the ingest API (load_manifest, load_path, apply_manifest)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    texts = {"a.txt": "Harbour workers strike over pay.", "b.txt": "Museum reopens after repairs."}
    for name, text in texts.items():
        (folder / name).write_text(text)
    (folder / "collection.toml").write_text('name = "Demo"\n')
    manifest = SimpleNamespace(
        name="Demo",
        description="two short items",
        articles=[SimpleNamespace(file=name) for name in texts],
    )
    monkeypatch.setattr(ingest, "load_manifest", lambda d: manifest, raising=False)
    monkeypatch.setattr(
        ingest, "load_path", lambda p: make_article(p.read_text(), path=str(p)), raising=False
    )
    monkeypatch.setattr(ingest, "apply_manifest", lambda article, m: article, raising=False)
    return folder


def test_samples_imported_once_and_not_again_after_deleting_them(library, fake_seeds):
    assert ensure_sample_collection(library, fake_seeds) is True
    [collection] = library.collections()
    assert (collection.name, collection.description, collection.article_count) == (
        "Demo",
        "two short items",
        2,
    )
    assert library.is_sample_imported()
    for info in library.articles():
        library.delete_article(info.id)
    assert ensure_sample_collection(library, fake_seeds) is False
    assert library.articles() == []


def test_missing_seeds_folder_imports_nothing_and_sets_no_flag(library, tmp_path):
    assert ensure_sample_collection(library, tmp_path / "nowhere") is False
    assert not library.is_sample_imported()


def test_default_seeds_dir_finds_the_checkout_seeds(seeds_dir):
    found = default_seeds_dir()
    assert found is not None and (found / "collection.toml").is_file()
    assert found.resolve() == seeds_dir.resolve()


def test_real_sample_collection(library, seeds_dir):
    if not all(hasattr(ingest, name) for name in ("load_manifest", "load_path", "apply_manifest")):
        pytest.skip("reader_app.ingest does not provide the manifest API yet")
    assert ensure_sample_collection(library, seeds_dir) is True
    infos = library.articles()
    assert len(infos) == len(list(seeds_dir.glob("*.txt")))
    assert all(info.word_count > 100 for info in infos)
