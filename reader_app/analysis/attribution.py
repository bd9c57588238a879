"""Who said what: direct quotes, indirect speech, interview answers and relayed reports, with speakers resolved."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from operator import le

from reader_app.analysis.attribution_clauses import DATELINE, Candidate
from reader_app.analysis.attribution_cues import cue_starts, cues_in
from reader_app.analysis.attribution_direct import direct_candidates, untagged_followers
from reader_app.analysis.attribution_indirect import sentence_candidates
from reader_app.analysis.attribution_interview import (
    Turn,
    guess_interviewee,
    interview_candidates,
    label_names,
    turns,
)
from reader_app.analysis.attribution_resolver import Resolver
from reader_app.analysis.attribution_scan import Regions
from reader_app.analysis.attribution_untagged import untagged_blocks
from reader_app.analysis.quotes import find_quotes
from reader_app.analysis.sentences import paragraphs
from reader_app.model import Attribution, Metadata, Sentence, span_of


def _span_start(cand: Candidate) -> int:
    return cand.cue[0] if cand.cue else cand.content[0][0]


def _trim_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    m = DATELINE.match(text, span[0], span[1])
    return (m.end(), span[1]) if m and m.end() < span[1] else span


def _trim_marker(span: tuple[int, int], all_turns: Sequence[Turn]) -> tuple[int, int]:
    """Content that starts at an interview turn marker ('A: There are ...') starts after it."""
    for t in all_turns:
        if t.start <= span[0] < t.marker_end < span[1]:
            return (t.marker_end, span[1])
    return span


def _build(
    text: str, cand: Candidate, speaker: tuple[str, str], all_turns: Sequence[Turn] = ()
) -> Attribution:
    phrase = cand.phrase if not cand.fixed and cand.follows is None else None
    spans = [_trim_marker(_trim_dateline(text, c), all_turns) for c in cand.content]
    return Attribution(
        speaker=speaker[0],
        speaker_span=span_of(text, phrase.start, phrase.end) if phrase else None,
        cue=span_of(text, *cand.cue) if cand.cue else None,
        content=tuple(span_of(text, *c) for c in spans),
        kind=cand.kind,
        speaker_kind=speaker[1],
    )


def find_attributions(
    text: str,
    sentences: Sequence[Sentence],
    meta: Metadata | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[Attribution, ...]:
    """Every attribution in ``text`` (the cleaned article text), ordered by content position."""
    meta = meta or Metadata()
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    cues = cue_starts(text)  # where a reporting verb or another cue can start
    direct = direct_candidates(text, quotes, paras, cues)
    all_turns = turns(text, meta.author)
    # Verbs inside any quotation are the quoted person's words, not a new attribution.
    quoted = [seg for q in quotes for seg in q.segments]
    skip = Regions([c.cue for c in direct if c.cue] + quoted)
    cands = list(direct)
    cue_sentences = None if progress or cancel else _cue_sentences(sentences, cues)
    if cue_sentences is not None:  # most sentences have no cue and report nothing
        for s, here in cue_sentences:
            cands += sentence_candidates(text, (s.start, s.end), skip, here)
    for i, s in enumerate(sentences if cue_sentences is None else ()):
        if cancel is not None and cancel():
            return ()
        here = cues_in(cues, s.start, s.end)
        if here is None or here:
            cands += sentence_candidates(text, (s.start, s.end), skip, here)
        if progress is not None:
            progress(i + 1, len(sentences))
    resolver = Resolver(text)
    out: list[tuple[int, Attribution]] = []
    first_q = next((t.start for t in all_turns if t.asks), None)
    ordered = sorted(cands, key=_span_start)
    intro = [c for c in ordered if first_q is None or _span_start(c) < first_q]
    out += _resolve_all(text, resolver, intro, all_turns)
    if first_q is not None:
        interviewee = meta.interviewee or _guess(text, first_q, out, resolver, meta.author)
        resolver.interviewee = interviewee
        resolver.answers = [(t.start, t.end) for t in all_turns if not t.asks]
        resolver.questions = [(t.start, t.end) for t in all_turns if t.asks]
        out += _resolve_all(text, resolver, ordered[len(intro) :], all_turns)
        speaker_of = label_names([p.canonical for p in resolver.registry.people])
        for cand in interview_candidates(text, all_turns, interviewee, speaker_of):
            out.append((cand.content[0][0], _build(text, cand, (cand.fixed or "", "person"))))
    out += [(a.content[0].start, a) for a in untagged_followers(text, quotes, [a for _, a in out])]
    blocks = untagged_blocks(text, paras, quotes, sentences, [a for _, a in out], resolver)
    out += [(a.content[0].start, a) for a in blocks]
    return _dedupe([a for _, a in sorted(out, key=lambda x: x[0])])


def _cue_sentences(
    sentences: Sequence[Sentence], cues: Sequence[int] | None
) -> list[tuple[Sentence, Sequence[int]]] | None:
    """The sentences holding a cue position, in order, each with its positions (``cues_in``): each
    cue looked up among the sentences instead of every sentence among the cues. None when the
    sentences overlap or are out of order (or every position may be a cue): then ask each one."""
    if cues is None:
        return None
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    if not (all(map(le, starts, ends)) and all(map(le, ends[:-1], starts[1:]))):
        return None
    out: list[tuple[Sentence, Sequence[int]]] = []
    k, n = 0, len(cues)
    while k < n:  # cues[k] is the first cue of its sentence, if any holds it
        i = bisect_right(starts, cues[k]) - 1
        if i >= 0 and cues[k] < ends[i]:
            stop = bisect_left(cues, ends[i], k)
            out.append((sentences[i], cues[k:stop]))
            k = stop
        else:
            k += 1
    return out


def _resolve_all(
    text: str, resolver: Resolver, cands: Sequence[Candidate], all_turns: Sequence[Turn]
) -> list[tuple[int, Attribution]]:
    out = []
    for cand in cands:
        if not cand.content:
            continue  # nothing reported (the resolver reads the content's end)
        speaker = resolver.resolve(cand)
        if speaker:
            att = _build(text, cand, speaker, all_turns)
            out.append((att.content[0].start, att))
    return out


def _guess(
    text: str,
    first_q: int,
    found: Sequence[tuple[int, Attribution]],
    resolver: Resolver,
    author: str | None,
) -> str | None:
    earlier = [(a.speaker, a.speaker_kind) for _, a in found if a.content[-1].end <= first_q]
    named = [
        (p.canonical, len([m for m in p.mentions if m < first_q]), p.first)
        for p in resolver.registry.people
        if p.first < first_q
    ]
    return guess_interviewee(text, first_q, earlier, named, author)


def _dedupe(items: list[Attribution]) -> tuple[Attribution, ...]:
    seen, out = set(), []
    for a in items:
        key = (a.speaker.lower(), tuple((c.start, c.end) for c in a.content))
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)


def quoted_regions(attributions: Sequence[Attribution]) -> list[tuple[int, int]]:
    """Merged (start, end) of all attributed content: text in a quoted voice, not the author's."""
    spans = sorted((c.start, c.end) for a in attributions for c in a.content)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
