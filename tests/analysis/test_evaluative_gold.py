"""Issue acceptance on the seed collection: gold evaluative phrases flagged, plain ones not, voice right."""

from pathlib import Path

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences


@pytest.fixture(scope="module")
def seed_flags():
    from reader_app.analysis.attribution import find_attributions
    from reader_app.analysis.attribution import quoted_regions
    from reader_app.ingest import load_path

    out = {}
    for path in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")):
        article = load_path(path)
        sentences = split_sentences(article.text)
        regions = quoted_regions(find_attributions(article.text, sentences, article.meta))
        out[path.name] = (article.text, find_flags(article.text, sentences, regions))
    return out


def _hits(seed_flags, item):
    text, flags = seed_flags[item["file"]]
    start = text.find(item["text"])
    assert start >= 0, f"gold text not in cleaned text: {item['text']!r}"
    end = start + len(item["text"])
    return [f for f in flags if f.start < end and start < f.end]


def test_gold_evaluative_phrases_are_flagged_with_the_right_voice(gold, seed_flags):
    flagged = voice_right = 0
    for item in gold["evaluative"]:
        hits = _hits(seed_flags, item)
        flagged += bool(hits)
        voice_right += bool(hits) and (
            item["voice"] == "either" or any(f.voice == item["voice"] for f in hits)
        )
    assert flagged >= 32, f"{flagged}/{len(gold['evaluative'])} gold phrases flagged"
    assert voice_right >= 0.8 * flagged, f"voice right for {voice_right}/{flagged}"


def test_plain_reporting_in_the_seeds_is_not_flagged(gold, seed_flags):
    plain = [item["text"] for item in gold["not_evaluative"] if _hits(seed_flags, item)]
    assert len(plain) <= 2, plain
