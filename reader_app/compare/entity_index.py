"""Builds the collection's entities: names merged across articles, plus normalised dates and quantities."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader_app.compare.entities import RawMention, decide_kind, demonym_base, find_names
from reader_app.compare.entity_values import add_values
from reader_app.compare.lexicon import lexicon
from reader_app.compare.quantities import Value
from reader_app.compare.spelling import fold, fuzzy_pairs, same_word
from reader_app.compare.types import Entity, Spelling
from reader_app.model import Analysis, Article

_LOWER_WORD = re.compile(r"(?<![\w.] )(?<!^)\b[a-z][a-z-]+\b")


@dataclass
class EntityIndex:
    """Entities plus, per article, which text ranges mention which entity (for alignment)."""

    entities: tuple[Entity, ...] = ()
    mentions: dict[str, list[tuple[int, int, int]]] = field(
        default_factory=dict
    )  # (start, end, entity)
    link: dict[int, int] = field(default_factory=dict)  # nationality word -> the place it names
    values: dict[str, list[Value]] = field(default_factory=dict)
    nationality: set[int] = field(default_factory=set)

    def key(self, entity: int) -> int:
        return self.link.get(entity, entity)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def build_entity_index(
    items: Sequence[tuple[Article, Analysis]], sentences: dict[str, list[tuple[int, int]]]
) -> EntityIndex:
    raw = [m for art, _ in items for m in find_names(art.id, art.text, sentences[art.id])]
    lower = _lowercase_words(art.text for art, _ in items)
    raw = _split_leading_names(_drop_sentence_case(raw, lower))
    speakers = _speaker_cues(items)
    clusters = _cluster(raw, lower)
    index = _entities_from_clusters(clusters, speakers, lower)
    for mentions in index.mentions.values():
        mentions.sort()  # features look names up by position
    spread_kinds_in_lists(index, {art.id: art.text for art, _ in items})
    add_values(index, items)
    return index


def _lowercase_words(texts) -> set[str]:
    words: set[str] = set()
    for text in texts:
        words.update(_LOWER_WORD.findall(text))
    return words


def _drop_sentence_case(raw: list[RawMention], lower: set[str]) -> list[RawMention]:
    """A sentence-initial capital is kept only if the word is a name elsewhere or never lower-case."""
    named = {fold(m.text) for m in raw if not m.initial}
    surnames = {
        (m.article, fold(m.text.split()[-1])) for m in raw if not m.initial and " " in m.text
    }
    kept = []
    for m in raw:
        first, _, rest = m.text.partition(" ")
        if not m.initial or fold(m.text) in named or (m.article, fold(m.text)) in surnames:
            kept.append(m)
        elif first.lower() in lower or first.lower().rstrip("s") in lower:
            if rest and rest[:1].isupper():
                cut = len(first) + 1
                kept.append(RawMention(m.article, m.start + cut, m.end, rest, m.cues, False))
        elif rest or m.cues:
            kept.append(m)
    return kept


def _split_leading_names(raw: list[RawMention]) -> list[RawMention]:
    """ "France Anne Marie Dubois" (from "President of France Anne Marie Dubois") is two names when its
    first word is a name used alone elsewhere and the rest is a name of two or more words."""
    alone = Counter(m.text for m in raw if " " not in m.text)
    lex = lexicon()
    heads = lex.place_heads | lex.org_heads
    out = []
    for m in raw:
        first, _, rest = m.text.partition(" ")
        named = (
            len(rest.split()) >= 2 and rest[:1].isupper() and rest.split()[-1].lower() not in heads
        )
        if named and alone[first] >= 2 and not first.endswith("s"):
            cut = len(first) + 1
            out.append(RawMention(m.article, m.start, m.start + len(first), first, (), m.initial))
            out.append(RawMention(m.article, m.start + cut, m.end, rest, m.cues, False))
        else:
            out.append(m)
    return out


def _speaker_cues(items) -> dict[tuple[str, int, int], str]:
    """(article, start, end) of attributed speaker spans -> "person"/"organisation"/"place"...

    Only a name that is the whole speaker span takes its kind ("Russia" in "Russia's Defence
    Ministry said" does not become an organisation).
    """
    kinds = {"person": "person", "group": "", "document": "", "outlet": "organisation"}
    cues = {}
    for art, analysis in items:
        for a in analysis.attributions:
            if a.speaker_span is not None:
                kind = kinds.get(a.speaker_kind, "organisation")
                cues[(art.id, a.speaker_span.start, a.speaker_span.end)] = kind
    return cues


def _cluster(raw: list[RawMention], lower: set[str]) -> list[list[RawMention]]:
    """Mentions grouped by (article, form); forms join across articles by exact or fuzzy spelling."""
    uf = _UnionFind()
    by_node: dict[tuple[str, str], list[RawMention]] = defaultdict(list)
    for m in raw:
        by_node[(m.article, m.text)].append(m)
    surnames = _surname_aliases(by_node, lower)
    by_form: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node in by_node:
        uf.find(node)
        if node not in surnames:
            by_form[node[1]].append(node)
    for nodes in by_form.values():
        for other in nodes[1:]:
            uf.union(nodes[0], other)
    for a, b in fuzzy_pairs(by_form):
        uf.union(by_form[a][0], by_form[b][0])
    for alias, full in surnames.items():
        uf.union(full, alias)
    for form, single in _place_cores(list(by_form)):
        uf.union(by_form[single][0], by_form[form][0])
    groups: dict = defaultdict(list)
    for node, mentions in by_node.items():
        groups[uf.find(node)].extend(mentions)
    return list(groups.values())


def _place_cores(forms: list[str]) -> list[tuple[str, str]]:
    """ "X Autonomous Republic", "Republic of X" name the place "X" when X is named alone too."""
    heads = lexicon().place_heads
    singles = [f for f in forms if " " not in f]
    folded = {fold(f) for f in singles}
    pairs = []
    for form in forms:
        words = form.split()
        if len(words) < 2:
            continue
        if words[-1].lower() in heads:
            core = words[0]
        elif len(words) == 3 and words[0].lower() in heads and words[1] == "of":
            core = words[2]
        else:
            continue
        if demonym_base(core, folded) is not None:
            continue  # "Brazilian Parana State" is not Brazil
        match = next((f for f in singles if f[:1] == core[:1] and same_word(f, core)), None)
        if match is not None:
            pairs.append((form, match))
    return pairs


def _surname_aliases(by_node, lower: set[str]) -> dict[tuple[str, str], tuple[str, str]]:
    """A lone surname joins the one full name in the same article that ends with it, when the
    full name looks like a person's (title or speech cue, or an uncommon first word and a surname
    that no other article uses alone)."""
    out = {}
    per_article: dict[str, list[str]] = defaultdict(list)
    standalone: dict[str, set[str]] = defaultdict(set)
    for art, form in by_node:
        per_article[art].append(form)
        standalone[form].add(art)
    for art, forms in per_article.items():
        multi = [f for f in forms if len(f.split()) in (2, 3, 4) and _plain_name(f)]
        for form in forms:
            if " " in form:
                continue
            owners = [
                f
                for f in multi
                if same_word(f.split()[-1], form)
                and (
                    _personish(by_node[(art, f)] + by_node[(art, form)])
                    or (standalone[form] == {art} and f.split()[0].lower() not in lower)
                )
            ]
            if len(owners) == 1:
                out[(art, form)] = (art, owners[0])
    return out


def _plain_name(form: str) -> bool:
    return all(w[:1].isupper() for w in form.split()) and not form.startswith("The ")


def _personish(mentions: list[RawMention]) -> bool:
    cues = {c for m in mentions for c in m.cues}
    return bool(cues & {"title", "speech"}) and not cues & {"org_head", "place_head", "acronym"}


def _entities_from_clusters(clusters, speakers, lower: set[str]) -> EntityIndex:
    index = EntityIndex(mentions=defaultdict(list))
    clusters.sort(key=lambda ms: (-len(ms), ms[0].text))
    singles = {fold(ms[0].text): i for i, ms in enumerate(clusters) if " " not in ms[0].text}
    entities = []
    for i, ms in enumerate(clusters):
        ms.sort(key=lambda m: (m.article, m.start))
        cues = Counter(c for m in ms for c in m.cues)
        cues.update(speakers.get((m.article, m.start, m.end), "") for m in ms)
        canonical = _canonical(ms)
        base = demonym_base(canonical, set(singles)) if " " not in canonical else None
        if base is not None:
            index.link[i] = singles[base]
        kind = "other" if base else _kind(cues, canonical, lower)
        if base:
            index.nationality.add(i)
        spellings = tuple(Spelling(m.article, m.start, m.end, m.text) for m in ms)
        entities.append(Entity(canonical, kind, spellings))
        for m in ms:
            index.mentions[m.article].append((m.start, m.end, i))
    _mark_named_places(entities, index)
    index.entities = tuple(entities)
    return index


_LIST_GLUE = frozenset({",", "and", ", and", "or", ", or", "/"})


def spread_kinds_in_lists(index: EntityIndex, texts: dict[str, str]) -> None:
    """Names listed together ("X, Y and Z") share a kind: unknowns in a list of places are places."""
    entities = list(index.entities)
    for art, mentions in index.mentions.items():
        text = texts[art]
        ordered = sorted(mentions)
        run: list[int] = [ordered[0][2]] if ordered else []
        for (s1, e1, a), (s2, e2, b) in itertools.pairwise(ordered):
            if text[e1:s2].strip() in _LIST_GLUE:
                run.append(b)
                continue
            _spread(entities, run, index.nationality)
            run = [b]
        _spread(entities, run, index.nationality)
    index.entities = tuple(entities)


def _spread(entities: list[Entity], run: list[int], nationality: set[int]) -> None:
    kinds = {entities[i].kind for i in run}
    if len(run) < 2 or "place" not in kinds or "person" in kinds or "organisation" in kinds:
        return
    for i in run:
        if entities[i].kind == "other" and i not in nationality:
            e = entities[i]
            entities[i] = Entity(e.canonical, "place", e.spellings)


def _kind(cues: Counter, canonical: str, lower: set[str]) -> str:
    if cues["person"]:
        cues["title"] += 1
    if cues["organisation"] or canonical.startswith("The "):
        cues["org_head"] += 1
    words = canonical.split()
    if any(w.lower() in lower for w in words):
        cues["common_word"] += 1  # "Smart Cities", "Patriotic War": capitalised phrases, not people
    return decide_kind(cues, len(words))


def _mark_named_places(entities: list[Entity], index: EntityIndex) -> None:
    """A name that has a nationality word in the collection ("Iranian" -> Iran) is a place."""
    for target in set(index.link.values()):
        e = entities[target]
        if e.kind in ("other", "person"):
            entities[target] = Entity(e.canonical, "place", e.spellings)


def _canonical(mentions: list[RawMention]) -> str:
    """Most frequent spelling, counting a dateline's capitals as its Title Case form; ties go to
    the longest, then the first seen; an ALL-CAPS form is shown only when nothing else is written."""
    counts = Counter(m.text for m in mentions)
    order = {t: i for i, t in reversed(list(enumerate(m.text for m in mentions)))}
    caps = Counter(fold(t) for t in counts for _ in range(counts[t]))
    return max(counts, key=lambda t: (not _all_caps(t), caps[fold(t)], counts[t], len(t), -order[t]))


def _all_caps(text: str) -> bool:
    return " " in text and text.isupper()
