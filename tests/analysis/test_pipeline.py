"""The analysis pipeline end to end: every step's output, progress, cancel, and the claim chain."""

from pathlib import Path

import pytest

from reader_app.analysis import Cancelled
from reader_app.analysis.claim_chain import claim_chain
from reader_app.analysis.pipeline import ANALYZER_VERSION, STEPS, analyze, analyze_many
from reader_app.model import Analysis, Article, Attribution, Claim, Evidence, Metadata, span_of

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
STORY = (
    "Council approves flood plan\n\n"
    "The city council approved a $12 million flood defence plan on Tuesday, after the river "
    "burst its banks twice in 2023. \u201cThis plan will protect 4,000 homes,\u201d Mayor Ann Lee "
    "said. Critics called the scheme a disgraceful waste of money. What happens next?"
)


def article(text: str, meta: Metadata | None = None, id: str = "a1") -> Article:
    return Article(id=id, path=None, raw_text=text, text=text, meta=meta or Metadata())


@pytest.fixture(scope="module")
def seed_analyses():
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append((path.name, text, analyze(article(text, id=path.name))))
    return out


def test_analysis_of_a_story_has_every_part():
    a = analyze(article(STORY))
    assert isinstance(a, Analysis) and a.article_id == "a1" and a.version.startswith(ANALYZER_VERSION + "+lex-")
    assert len(a.sentences) == 5
    assert any(s.tone != 0.0 for s in a.sentences)
    assert [c.text[:30] for c in a.claims][:1] == ["The city council approved a $1"]
    assert all(STORY[c.start : c.end] == c.text for c in a.claims)
    assert a.tone["sentences"] == 5 and a.readability["words"] > 40


def test_progress_reports_every_step_in_order():
    seen = []
    analyze(article(STORY), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, len(STEPS)) for i in range(1, len(STEPS) + 1)]


@pytest.mark.parametrize("after", [0, 1, 3, len(STEPS) - 1])
def test_cancel_stops_the_analysis(after):
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > after

    with pytest.raises(Cancelled):
        analyze(article(STORY), cancel=cancel)


def test_analyze_many_counts_articles_and_cancels():
    arts = [article(STORY, id=f"a{i}") for i in range(3)]
    seen = []
    out = analyze_many(arts, progress=lambda d, t: seen.append((d, t)))
    assert [a.article_id for a in out] == ["a0", "a1", "a2"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        analyze_many(arts, cancel=lambda: True)


def test_seeds_get_attributions_flags_and_claims(seed_analyses):
    for name, text, a in seed_analyses:
        assert a.sentences and a.claims, name
        for c in a.claims:
            assert c.attribution is None or 0 <= c.attribution < len(a.attributions), name
        for f in a.flags:
            assert text[f.start : f.end] == f.text, name
    assert sum(len(a.attributions) for _, _, a in seed_analyses) >= 10
    assert sum(len(a.flags) for _, _, a in seed_analyses) >= 10


def test_claims_inside_quotes_point_at_their_speaker(seed_analyses):
    attributed = [c for _, _, a in seed_analyses for c in a.claims if c.attribution is not None]
    assert attributed
    assert all("attributed" in c.kinds for c in attributed)


def _claim(attribution=None) -> Claim:
    return Claim(0, 10, "x" * 10, 0.8, ("event",), ("past-tense event verb: signed",), attribution)


def test_claim_chain_runs_from_outlet_to_speaker():
    text = '"We signed," Ann Lee said.'
    attr = Attribution(
        speaker="Ann Lee",
        speaker_span=span_of(text, 13, 20),
        cue=span_of(text, 21, 25),
        content=(span_of(text, 1, 10),),
        kind="direct",
    )
    meta = Metadata(
        outlet="The Daily Bugle",
        author="J. Jonah",
        reporting_by="Reuters",
        evidence=(Evidence("outlet", "The Daily Bugle", "(c) The Daily Bugle", "text"),),
    )
    chain = claim_chain(meta, Analysis("a", attributions=(attr,)), _claim(0))
    assert [link["role"] for link in chain] == ["outlet", "agency", "author", "speaker"]
    assert chain[0]["evidence"] == "(c) The Daily Bugle"
    assert chain[-1]["name"] == "Ann Lee" and chain[-1]["cue"] == "said"
    assert text[chain[-1]["start"] : chain[-1]["end"]] == "Ann Lee"


@pytest.mark.parametrize(
    "meta,voice",
    [
        (Metadata(outlet="The Daily Bugle", author="J. Jonah"), "J. Jonah"),
        (Metadata(outlet="The Daily Bugle"), "The Daily Bugle"),
        (Metadata(), "the article"),
    ],
)
def test_unattributed_claim_is_in_the_publication_own_voice(meta, voice):
    chain = claim_chain(meta, Analysis("a"), _claim())
    assert chain[-1] == {"role": "own voice", "name": voice, "evidence": None}
    assert len(chain) == 1 + bool(meta.outlet) + bool(meta.author)
