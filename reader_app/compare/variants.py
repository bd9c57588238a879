"""Term variants: the words each outlet chooses for one referent ("liberated city" / "city seized by")."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.compare.lexicon import Lexicon, lexicon, stem
from reader_app.compare.loaded import loaded_matcher
from reader_app.compare.types import Event, Spelling, TermVariantGroup
from reader_app.model import Analysis, Article

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:-[A-Za-z]+)*|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[^\sA-Za-z\d]|\n")
_PREPS = frozenset({"by", "to", "from", "of"})
_STOP_AFTER = frozenset(
    {"since", "until", "in", "for", "and", "but", "that", "which", "who", "when"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that"}
)
MAX_PER_ARTICLE = 3
PRIORITY = {"loaded": 0, "status": 1, "name": 2, "length": 3, "plain": 4}


@dataclass(frozen=True)
class Candidate:
    article: str
    start: int
    end: int
    text: str
    group: str  # referent group of the head noun
    head: str
    modifier: str  # normalised modifier key, to tell variants apart
    reason: str  # "loaded", "status", "name", "length"


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
        for cand in _candidates(art, loaded, lex):
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


def _candidates(art: Article, loaded: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(art.text)]
    out = []
    for k, (s, e, word) in enumerate(toks):
        group = lex.heads.get(word.lower())
        if group is None:
            continue
        head_loaded = _reason(toks, k, loaded, lex) == "loaded"
        plain = (
            k,
            k,
            "loaded"
            if head_loaded
            else ("plain" if word.islower() or _starts_sentence(toks, k) else ""),
            stem(word),
        )
        for a, b, reason, mod in (
            _before(toks, k, loaded, lex),
            _after(toks, k, loaded, lex),
            plain,
        ):
            if reason == "name" and not head_loaded and lex.head_kinds.get(group) == "place":
                continue  # "Kent county" names a place; "Patriotic War", "X occupation" frame it
            if head_loaded and reason in ("name", "length"):
                reason = "loaded"
            if reason:
                start, end = toks[a][0], toks[b][1]
                out.append(
                    Candidate(
                        art.id, start, end, art.text[start:end], group, stem(word), mod, reason
                    )
                )
    return out


def _starts_sentence(toks, k) -> bool:
    """ "Protesters gathered ...": capitalised only because a sentence starts there."""
    return k == 0 or toks[k - 1][2] in (".", "!", "?", "\n", '"', "“")


def _reason(toks, k, loaded, lex: Lexicon) -> str:
    """Why the word at k frames its head: loaded wording, a status verb, a proper name, a length."""
    s, e, word = toks[k]
    low = word.lower()
    if any(a <= s and e <= b or s <= a < e for a, b in loaded):
        return "loaded"
    if lex.concept.get(low, lex.concept.get(stem(low))) in ("capture", "handover", "control", "incumbent"):
        return "status"
    if _is_length(toks, k, lex):
        return "length"
    if word[:1].isupper() and k > 0 and (toks[k - 1][2][:1].isalpha() or toks[k - 1][2] == ","):
        return "name"  # a capital after a word or comma, not at a sentence or bullet start
    return ""


def _is_length(toks, k, lex: Lexicon) -> bool:
    """ "44-day", "six weeks", "30 years": a duration, which frames how long something lasted."""
    word = toks[k][2].lower()
    number = word[:1].isdigit() or word in lex.numbers
    unit_next = k + 1 < len(toks) and lex.units.get(toks[k + 1][2].lower(), ("",))[0] == "duration"
    if number and (
        "-" in word and lex.units.get(word.split("-")[-1], ("",))[0] == "duration" or unit_next
    ):
        return True
    prev = toks[k - 1][2].lower() if k > 0 else ""
    return lex.units.get(word, ("",))[0] == "duration" and (
        prev[:1].isdigit() or prev in lex.numbers
    )


def _before(toks, k, loaded, lex):
    """Premodifiers: "occupied Syrian territories", "Great Patriotic War", "six weeks of fighting"."""
    start, reasons, j = k, [], k - 1
    while j >= 0 and k - j <= 4:
        word = toks[j][2]
        if not word[:1].isalnum() or word.lower() in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        why = _reason(toks, j, loaded, lex)
        if why:
            start = j
            reasons.append(why)
        elif word.lower() in lex.stopwords and word.lower() != "of":
            break
        j -= 1
    if not reasons:
        return k, k, "", ""
    mod = " ".join(stem(t[2]) for t in toks[start:k] if t[2].lower() != "of")
    return start, k, min(reasons, key=PRIORITY.__getitem__), mod


def _after(toks, k, loaded, lex):
    """Postmodifiers: "city seized by rebels", "town handed over to X", "control of X forces"."""
    j = k + 1
    if j >= len(toks):
        return k, k, "", ""
    if lex.heads.get(toks[k][2].lower()) == "control" and toks[j][2] == "of":
        end = _phrase_end(toks, j + 1, 7)
        start = k - 2 if k >= 2 and toks[k - 2][2].lower() == "under" else k
        return start, end, "status", "control of " + stem(toks[end][2])
    owner = _owner_title(toks, j, lex)
    if owner:
        return k, owner, "status", "of " + stem(toks[owner][2])
    aim = _loaded_object(toks, j, loaded, lex)
    if aim:
        return k, aim, "loaded", "for " + stem(toks[aim][2])
    why = _reason(toks, j, loaded, lex)
    word = toks[j][2]
    participle = why == "status" or (
        why == "loaded" and word.islower() and word.endswith(("ed", "en"))
    )
    if not participle:
        return k, k, "", ""  # only "town seized by ...", "city freed from ...": a verb form
    end = j + 1 if j + 1 < len(toks) and toks[j + 1][2].lower() in ("over", "out", "up") else j
    if end + 1 < len(toks) and toks[end + 1][2].lower() in _PREPS:
        end = _phrase_end(toks, end + 2, 3)
    return k, end, why, stem(toks[j][2])


def _owner_title(toks, j, lex) -> int:
    """ "party of the president", "forces of the minister": the referent framed by whose it is;
    the index of the title word, or 0."""
    if j + 2 >= len(toks) or toks[j][2].lower() != "of":
        return 0
    det, title = toks[j + 1][2].lower(), toks[j + 2][2].lower()
    return j + 2 if det in _DETERMINERS and title in lex.titles else 0


def _loaded_object(toks, j, loaded, lex) -> int:
    """ "calls for chaos", "campaign of lies": a loaded noun right after "for"/"of" frames the
    referent; the index of that noun, or 0."""
    if j + 1 >= len(toks) or toks[j][2].lower() not in ("for", "of"):
        return 0
    n = j + 2 if toks[j + 1][2].lower() in _DETERMINERS else j + 1
    return n if n < len(toks) and _reason(toks, n, loaded, lex) == "loaded" else 0


def _phrase_end(toks, j, limit) -> int:
    """Last token of a short noun phrase starting at j ("the rebels"): stops at punctuation,
    a function word after the first content word, or a clause word."""
    last, content = j - 1, 0
    while j < len(toks) and content < limit and toks[j][2][:1].isalnum():
        low = toks[j][2].lower()
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        joins = low in _PREPS and (
            nxt[:1].isupper() or nxt.lower() in _DETERMINERS
        )  # "backed by X"
        if low in _STOP_AFTER or (content and low in lexicon().stopwords and not joins):
            break
        if low not in _DETERMINERS:
            content += 1
        last, j = j, j + 1
    return last


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
