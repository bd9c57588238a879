"""The sample collection is imported once, on first start, and never comes back after a delete."""

from __future__ import annotations

from pathlib import Path
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
        name="Demo", description="two short items", entries={n: {} for n in texts}
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
    manifest = ingest.load_manifest(seeds_dir)
    assert ensure_sample_collection(library, seeds_dir) is True
    [collection] = library.collections()
    assert (collection.name, collection.article_count) == (manifest.name, len(manifest.entries))
    by_file = {Path(info.path).name: info for info in library.articles()}
    assert set(by_file) == set(manifest.entries)
    for file_name, fields in manifest.entries.items():
        article = library.article(by_file[file_name].id)
        assert by_file[file_name].word_count > 100
        for field_name, value in fields.items():  # manifest values win, with their evidence
            assert getattr(article.meta, field_name) == value
            assert article.meta.evidence_for(field_name).source == "manifest"
