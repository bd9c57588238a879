"""The sample articles, read raw (no manifest), against the hand-made gold file."""

import pytest

from reader_app.ingest import load_path

FIELDS = ("title", "author", "date", "dateline", "genre", "interviewee")


def _by_file(gold):
    return {entry["file"]: entry for entry in gold["articles"]}


def test_issue_acceptance(seed_files):
    """The figures issue 2 names, exactly."""
    meta = {p.name[:3]: load_path(p).meta for p in seed_files}
    assert meta["001"].title == "Azerbaijan towards National Prosperity: Building Smart Cities in Liberated Regions"
    assert meta["001"].author == "Khalid Taimur Akram"
    assert meta["001"].date == "2021-12-20"
    assert meta["002"].author == "Vafa Ismayilova"
    assert meta["002"].date == "2021-01-06"
    assert meta["003"].title == "Azerbaijani leader promises ‘life will return’ to region ceded by Armenia"
    assert meta["004"].date == "2022-05-31"
    assert (meta["004"].outlet or "").lower() == "azernews"
    assert meta["000"].dateline == "TEHRAN"
    assert meta["000"].genre == "interview"
    assert meta["000"].outlet == "Tehran Times"
    assert "tells the Tehran Times" in meta["000"].evidence_for("outlet").evidence


def test_metadata_agrees_with_gold(gold, seed_files):
    """Every field the gold states from the text (no *_note saying it is inferred) is found, nulls stay null."""
    entries = _by_file(gold)
    wrong = []
    for path in seed_files:
        entry, meta = entries[path.name], load_path(path).meta
        for field in FIELDS:
            if field in entry and f"{field}_note" not in entry and getattr(meta, field) != entry[field]:
                wrong.append(f"{path.name[:3]} {field}: {getattr(meta, field)!r} != gold {entry[field]!r}")
    assert not wrong, wrong


def test_detected_outlet_is_gold_outlet_or_alias(gold, seed_files):
    entries = _by_file(gold)
    for path in seed_files:
        entry, outlet = entries[path.name], load_path(path).meta.outlet
        if outlet:
            allowed = {entry.get("outlet") or ""} | set(entry.get("outlet_aliases", []))
            assert outlet.lower() in {a.lower() for a in allowed}, (path.name, outlet)


def test_relay_agency_is_not_the_outlet(gold, seed_files):
    """'..., X has reported' names the agency relayed, never the outlet."""
    for path in seed_files:
        article = load_path(path)
        if " has reported" in article.text[:1000]:
            assert article.meta.outlet is None or article.meta.outlet not in article.text[:300]


def test_boilerplate_removed_and_kept_for_restoring(gold, seed_files):
    entries = _by_file(gold)
    checked = 0
    for path in seed_files:
        article = load_path(path)
        for line in entries[path.name]["boilerplate"]:
            assert line not in article.text, (path.name, line)
            assert any(line in r.text for r in article.removed), (path.name, line)
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize("index", range(5))
def test_removed_offsets_point_into_raw_text(seed_files, index):
    article = load_path(seed_files[index])
    for piece in article.removed:
        assert article.raw_text[piece.raw_start:piece.raw_end] == piece.text
        assert piece.reason


def test_mid_sentence_breaks_rejoined(seed_files):
    """Blank lines in the middle of a sentence (a PDF copied as text) are joined back."""
    text = load_path(next(p for p in seed_files if p.name.startswith("001"))).text
    assert "have been massively damaged by the urbicidal" in text
    assert "\n\n\n" not in text


def test_seed_ids_and_hashes(seed_files):
    import hashlib
    import unicodedata

    for path in seed_files:
        article = load_path(path)
        assert article.id == path.stem
        assert article.path == str(path)
        assert article.source_format == "txt"
        raw = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        assert article.content_hash == hashlib.sha256(raw.encode()).hexdigest()
