"""Runs the comparison steps in order and assembles the Comparison result."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader_app.compare.discrepancies import find_discrepancies
from reader_app.compare.entity_index import build_entity_index
from reader_app.compare.events import Alignment, align_events
from reader_app.compare.labels import event_label
from reader_app.compare.profiles import article_profile, outlet_profiles
from reader_app.compare.tfidf import cosine
from reader_app.compare.types import Comparison, Entity, Event, Mention
from reader_app.compare.units import article_units, sentence_spans
from reader_app.compare.variants import find_term_variants
from reader_app.model import Analysis, Article

_STEPS = 5


def run_comparison(
    items: Sequence[tuple[Article, Analysis]],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Comparison:
    """Entities first (events use them), then events, then what is read off the events."""
    _check(items)
    step = _stepper(progress, cancel)
    items = [(art, an if an is not None else Analysis(art.id)) for art, an in items]
    sentences = {art.id: sentence_spans(art, an) for art, an in items}
    index = build_entity_index(items, sentences)
    step(1)
    texts = {art.id: art.text for art, _ in items}
    units = [u for art, an in items for u in article_units(art, an)]
    alignment = align_events(units, texts, index, cancel=cancel)
    events = build_events(alignment, index)
    step(2)
    coverage = {e.id: e.articles for e in events}
    variants = find_term_variants(items, events, alignment.related)
    step(3)
    discrepancies = find_discrepancies(
        events, index, mention_centrality(alignment), doubted_spans(items)
    )
    step(4)
    profiles = [article_profile(art, an) for art, an in items]
    outlets = outlet_profiles(items)
    step(5)
    return Comparison(
        entities=values_by_story(index.entities, alignment.related),
        events=tuple(events),
        coverage=coverage,
        term_variants=tuple(variants),
        discrepancies=tuple(discrepancies),
        profiles=tuple(profiles),
        outlet_profiles=tuple(outlets),
    )


def doubted_spans(items: Sequence[tuple[Article, Analysis]]) -> dict[str, list[tuple[int, int]]]:
    """Per article, the sentences where it reports a figure at a distance ("a website has claimed
    that 21 people died"): the evaluative engine flagged their reporting verb (claimed, alleged)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for art, an in items:
        cues = [f.start for f in an.flags if f.category == "reporting_verb"]
        out[art.id] = [
            (s.start, s.end) for s in an.sentences if any(s.start <= c < s.end for c in cues)
        ]
    return out


def build_events(al: Alignment, index) -> list[Event]:
    events = []
    for n, group in enumerate(al.groups, 1):
        label, terms = event_label(group, al, index)
        mentions = tuple(
            Mention(al.units[u].article, al.units[u].start, al.units[u].end, al.units[u].text)
            for u in group.units
        )
        events.append(Event(f"event-{n}", label, mentions, terms, round(group.score, 3)))
    return events


def values_by_story(entities, related: set[tuple[str, str]]) -> tuple[Entity, ...]:
    """Dates and quantities split per story: "15 years" in a bank report and in a press release
    is a coincidence, not one referent. Names are left as merged."""
    out = []
    for e in entities:
        if e.kind not in ("date", "quantity"):
            out.append(e)
            continue
        story: dict[str, int] = {}
        for art in e.articles:
            story[art] = next(
                (story[o] for o in story if (o, art) in related or (art, o) in related), len(story)
            )
        for n in dict.fromkeys(story.values()):
            spellings = tuple(s for s in e.spellings if story[s.article] == n)
            out.append(Entity(e.canonical, e.kind, spellings, e.value))
    return tuple(out)


def mention_centrality(al: Alignment) -> dict[tuple[str, int], float]:
    """(article, start) of each grouped clause -> its mean similarity to other articles' clauses."""
    out = {}
    for group in al.groups:
        for u in group.units:
            others = [v for v in group.units if al.units[v].article != al.units[u].article]
            sims = [cosine(al.vectors[u], al.vectors[v]) for v in others]
            out[(al.units[u].article, al.units[u].start)] = sum(sims) / max(1, len(sims))
    return out


def _check(items) -> None:
    seen = set()
    for art, an in items:
        if art.id in seen:
            raise ValueError(f"article id {art.id!r} appears twice in the comparison")
        if an is not None and an.article_id and an.article_id != art.id:
            raise ValueError(f"analysis for {an.article_id!r} was paired with article {art.id!r}")
        seen.add(art.id)


def _stepper(progress, cancel):
    def step(n: int) -> None:
        if cancel is not None and cancel():
            raise InterruptedError("comparison cancelled")
        if progress is not None:
            progress(n, _STEPS)

    return step
