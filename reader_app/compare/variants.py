"""Term variants: the words each outlet chooses for one referent ("liberated city" / "city seized by")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from reader_app.compare.lexicon import Lexicon, lexicon, stem
from reader_app.compare.loaded import loaded_matcher
from reader_app.compare.types import Event, Spelling, TermVariantGroup
from reader_app.compare.variant_phrases import PRIORITY, Candidate, candidates
from reader_app.model import Analysis, Article

MAX_PER_ARTICLE = 3


def find_term_variants(
    items: Sequence[tuple[Article, Analysis]],
    events: Sequence[Event],
    related: set[tuple[str, str]] | None = None,
) -> list[TermVariantGroup]:
    """``related``: article pairs known to be about one story (they name a common person, place or
    organisation); pairs that report a common event are related too."""
    lex = lexicon()
    in_event = _event_spans(events)
    by_group: dict[str, list[Candidate]] = defaultdict(list)
    for art, analysis in items:
        loaded = _loaded_spans(art, analysis, lex)
        for cand in candidates(art, loaded, lex):
            by_group[cand.group].append(cand)
    groups = []
    related = _related(events) | {frozenset(p) for p in related or ()}
    for group, cands in by_group.items():
        made = _group(group, cands, in_event)
        if made is not None:
            groups.extend(_by_story(made, related))
    groups.sort(key=lambda g: -len({v.article for v in g.variants}))
    return groups


def _related(events: Sequence[Event]) -> set[frozenset[str]]:
    """Article pairs that report at least one common event."""
    return {frozenset((a, b)) for e in events for a in e.articles for b in e.articles if a != b}


def _by_story(group: TermVariantGroup, related: set[frozenset[str]]) -> list[TermVariantGroup]:
    """The group split into stories (articles linked by related pairs); a story needs two articles.

    Wording from unrelated stories is no variant of one referent ("zone" in a flood report and
    "territories" in a war report)."""
    arts = list(dict.fromkeys(v.article for v in group.variants))
    story = {a: a for a in arts}

    def root(a: str) -> str:
        while story[a] != a:
            a = story[a]
        return a

    for i, a in enumerate(arts):
        for b in arts[i + 1 :]:
            if frozenset((a, b)) in related:
                story[root(b)] = root(a)
    out = []
    for top in dict.fromkeys(root(a) for a in arts):
        keep = [i for i, v in enumerate(group.variants) if root(v.article) == top]
        words = {group.variants[i].text.lower() for i in keep}
        if len({group.variants[i].article for i in keep}) >= 2 and len(words) >= 2:
            variants = tuple(group.variants[i] for i in keep)
            reasons = tuple(group.reasons[i] for i in keep)
            out.append(TermVariantGroup(group.referent, variants, reasons, group.event))
    return out


def _event_spans(events: Sequence[Event]) -> dict[str, list[tuple[int, int, str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in events:
        for m in e.mentions:
            spans[m.article].append((m.start, m.end, e.id))
    return spans


def _loaded_spans(art: Article, analysis: Analysis, lex: Lexicon) -> list[tuple[int, int]]:
    """Loaded wording: the analysis's "loaded" flags when the evaluative engine ran (it reads the
    same lexicon, with context rules), else the loaded-lexicon entries found in the text."""
    if analysis.flags:
        return [(f.start, f.end) for f in analysis.flags if f.category == "loaded"]
    return loaded_matcher(lex.loaded_terms).spans(art.text) if lex.loaded_terms else []


def _group(group: str, cands: list[Candidate], in_event) -> TermVariantGroup | None:
    """Keep a referent when two articles frame it with different modifiers, one of them loaded or a status."""
    framed_heads = {c.head for c in cands if c.reason != "plain"}
    # A bare head counts only as a different word for the referent ("protesters" vs "rioters").
    cands = [c for c in cands if c.reason != "plain" or c.head not in framed_heads]
    main = _main_event(cands, in_event)
    chosen: list[Candidate] = []
    for article in dict.fromkeys(c.article for c in cands):
        chosen.extend(_pick(article, cands, in_event, main))
    articles = {c.article for c in chosen}
    modifiers = {c.modifier for c in chosen}
    reasons = {c.reason for c in chosen}
    framing = reasons & {"loaded", "status"} or len(reasons) > 1 or _other_words(chosen, in_event)
    if len(articles) < 2 or len(modifiers) < 2 or not framing:
        return None
    variants = tuple(Spelling(c.article, c.start, c.end, c.text) for c in chosen)
    reasons_out = tuple(c.reason for c in chosen)
    return TermVariantGroup(_referent(chosen), variants, reasons_out, _event_of(chosen, in_event))


def _other_words(chosen: list[Candidate], in_event) -> bool:
    """Plain words count as variants when outlets name one thing in one aligned event with
    different head nouns ("embankment" / "dam")."""
    events = {_event_of([c], in_event) for c in chosen}
    heads_by_article = {c.article: c.head for c in chosen}
    return len(events) == 1 and None not in events and len(set(heads_by_article.values())) > 1


def _pick(article: str, cands: list[Candidate], in_event, main: str | None) -> list[Candidate]:
    """One article's variants: framed before bare, the main event first, no nested spans, up to 3."""
    own = sorted(
        (c for c in cands if c.article == article),
        key=lambda c: (
            c.reason == "plain",
            _event_of([c], in_event) != main,  # the event most articles frame this way
            not _inside(c, in_event),
            PRIORITY[c.reason],
            c.start,
        ),
    )
    in_main = [c for c in own if main is not None and _event_of([c], in_event) == main]
    own = in_main or own  # an article that frames the main event: only those variants
    kept: list[Candidate] = []
    for c in sorted(own, key=lambda c: c.start - c.end):  # longest first: no nested variants
        if not any(k.start <= c.start and c.end <= k.end for k in kept):
            kept.append(c)
    seen: set[str] = set()
    picked = []
    for c in sorted(kept, key=own.index):
        if c.modifier not in seen and len(seen) < MAX_PER_ARTICLE:
            seen.add(c.modifier)
            picked.append(c)
    return picked


def _main_event(cands: list[Candidate], in_event) -> str | None:
    """The aligned event in which the most articles use a variant of this referent."""
    articles_by_event: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        event = _event_of([c], in_event)
        if event is not None:
            articles_by_event[event].add(c.article)
    if not articles_by_event:
        return None
    best = max(articles_by_event, key=lambda e: len(articles_by_event[e]))
    return best if len(articles_by_event[best]) >= 2 else None


def _inside(c: Candidate, in_event) -> bool:
    return any(s <= c.start and c.end <= e for s, e, _ in in_event.get(c.article, ()))


def _event_of(chosen: list[Candidate], in_event) -> str | None:
    for c in chosen:
        for s, e, eid in in_event.get(c.article, ()):
            if s <= c.start and c.end <= e:
                return eid
    return None


def _referent(chosen: list[Candidate]) -> str:
    """The shared head nouns, most used first ("region / territories"): the most neutral name."""
    heads: dict[str, list[str]] = defaultdict(list)
    for c in chosen:
        words = re.findall(r"[A-Za-z]+", c.text)
        written = next((w for w in words if stem(w) == c.head), c.head)
        heads[c.head].append(written.lower())
    ranked = sorted(heads.values(), key=len, reverse=True)[:3]
    return " / ".join(max(set(ws), key=ws.count) for ws in ranked)
