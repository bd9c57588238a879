"""Who said what: direct quotes, indirect speech, interview answers and relayed reports, with speakers resolved."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader_app.analysis.attribution_antecedents import named_organisation, organisation_antecedent
from reader_app.analysis.attribution_clauses import DATELINE, Candidate
from reader_app.analysis.attribution_direct import direct_candidates
from reader_app.analysis.attribution_indirect import sentence_candidates
from reader_app.analysis.attribution_interview import (
    Turn,
    guess_interviewee,
    interview_candidates,
    label_names,
    turns,
)
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import Phrase
from reader_app.analysis.quotes import find_quotes
from reader_app.analysis.sentences import paragraphs
from reader_app.analysis.speakers import Registry
from reader_app.model import Attribution, Metadata, Sentence, span_of

_DEFINITE = re.compile(r"(?:the|its|this)\s", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?:a|an|one|another|some|any)\s", re.IGNORECASE)
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_DOC_MODIFIER = r"(?:[\w\u2019'-]+\s+){1,3}"


def _bare(phrase: Phrase) -> str:
    return _LEADING_DET.sub("", phrase.text).strip()


class _Resolver:
    """Turns speaker mentions into canonical names, in text order (pronouns need the speaker before)."""

    def __init__(self, text: str):
        self.text = text
        self.registry = Registry(text)
        self.done: dict[int, tuple[str, str]] = {}  # id(candidate) -> (speaker, kind)
        self.history: list[tuple[int, str, str, int]] = []  # (position, speaker, kind, content end)
        # In an interview answer 'she' is never the interviewee (who speaks as 'I').
        self.interviewee: str | None = None
        self.answers: list[tuple[int, int]] = []

    def resolve(self, cand: Candidate) -> tuple[str, str] | None:
        pos = cand.cue[0] if cand.cue else cand.content[0][0]
        if cand.fixed:
            found = (cand.fixed, cand.fixed_kind or "person")
        elif cand.follows is not None:
            found = self.done.get(id(cand.follows))
        elif cand.phrase is not None:
            found = self._phrase(cand.phrase, pos, cand.kind)
        else:
            found = None
        if found:
            self.done[id(cand)] = found
            self.history.append((pos, *found, cand.content[-1][1]))
        return found

    def _last_entry(
        self, pos: int, kinds: tuple[str, ...], avoid: str | None = None
    ) -> tuple[int, str, str, int] | None:
        return next(
            (h for h in reversed(self.history) if h[0] < pos and h[2] in kinds and h[1] != avoid),
            None,
        )

    def _last(self, pos: int, kinds: tuple[str, ...]) -> tuple[str, str] | None:
        entry = self._last_entry(pos, kinds)
        return (entry[1], entry[2]) if entry else None

    def _pronoun_person(self, pos: int) -> tuple[str, str] | None:
        """'he'/'she': the last person quoted, unless the narrative has since named someone else
        outside that quote ('Smith said Jones ... He added' stays Smith)."""
        avoid = self.interviewee if any(a <= pos < b for a, b in self.answers) else None
        last = self._last_entry(pos, ("person",), avoid)
        person = self.registry.recent_person(pos)
        if person is not None and person.canonical != avoid:
            seen = self.registry.last_mention(person, pos)
            if last is None or (seen > last[0] and seen >= last[3]):
                return person.canonical, "person"
        if last is None:  # nobody quoted yet: a person named earlier in the same paragraph
            para = self.text.rfind("\n\n", 0, pos)
            near = [
                p
                for p in self.registry.people
                if p.canonical != avoid and self.registry.last_mention(p, pos) > para
            ]
            if near:
                return max(
                    near, key=lambda p: self.registry.last_mention(p, pos)
                ).canonical, "person"
        return (last[1], last[2]) if last else None

    def _phrase(self, phrase: Phrase, pos: int, kind: str) -> tuple[str, str] | None:
        lex = lexicon()
        if phrase.kind == "pronoun":
            if lex.is_word(phrase.head, "pronoun_author"):
                return None  # 'I argue', 'we reported': the author's own voice
            if lex.is_word(phrase.head, "pronoun_person"):
                return self._pronoun_person(pos)
            if lex.is_word(phrase.head, "pronoun_group"):
                return self._last(pos, ("group", "organisation"))
            return self._last(pos, ("organisation", "document", "outlet"))
        if phrase.kind == "name":
            return self._name(phrase, pos, kind)
        if phrase.kind == "role" and _INDEFINITE.match(phrase.text):
            # 'one scout', 'a senior official' is nobody named before; at most someone named
            # later ('an expert tells X ... The expert, Jane Roe, ...')
            person = self.registry.find_role(phrase, pos)
            if person is not None and person.first > pos:
                person.evidenced = True
                return person.canonical, "person"
            return _bare(phrase), "person"
        if phrase.kind in ("role", "descriptor"):
            person = (
                self.registry.find_role(phrase, pos)
                if phrase.kind == "role"
                else self.registry.recent_person(pos)
            )
            if person is not None:
                person.evidenced = True
                return person.canonical, "person"
            return _bare(phrase), "person"
        if phrase.kind == "document":
            return self._document(phrase), "document"
        if phrase.kind == "organisation":
            named = self._organisation(phrase, pos)
            if named:
                return named, "organisation"
        if phrase.kind in ("group", "organisation", "outlet"):
            return _bare(phrase), phrase.kind
        return _bare(phrase), "outlet" if kind == "relay" else "organisation"

    def _organisation(self, phrase: Phrase, pos: int) -> str | None:
        """The named organisation an unnamed mention means: "Norland's central bank" -> 'National
        Bank of Norland'; 'the company' -> the company named before."""
        owner = re.match(r"([A-Z][\w-]*)['\u2019]s\s", phrase.text)
        if owner:
            return named_organisation(self.text, phrase.head, owner.group(1))
        if _bare(phrase).lower() != phrase.head:
            return None
        return self._generic_organisation(phrase, pos)

    def _generic_organisation(self, phrase: Phrase, pos: int) -> str | None:
        """'the company' -> the company named earlier (only for generic nouns, after 'the'/'its')."""
        entry = lexicon().noun(phrase.head, "organisation")
        if entry is None or "generic" not in entry.classes or not _DEFINITE.match(phrase.text):
            return None
        known = [p for p in self.registry.people if p.evidenced]  # two capitals may be a firm
        people = frozenset(p.canonical for p in known) | frozenset(p.surname for p in known)
        speakers = tuple(
            (h[0], h[1])
            for h in self.history
            if h[2] == "organisation" and h[1][:1].isupper() and h[1].lower() != phrase.head
        )
        return organisation_antecedent(self.text, phrase.head, phrase.start, people, speakers)

    def _name(self, phrase: Phrase, pos: int, kind: str) -> tuple[str, str] | None:
        person = self.registry.find_name(phrase.name, pos)
        if person is not None:
            person.evidenced = True
            return person.canonical, "person"
        if len(phrase.name) >= 2:
            person = self.registry.add(phrase)
            person.evidenced = True
            return person.canonical, "person"
        if kind == "relay" or lexicon().noun(phrase.name[0].lower(), "outlet"):
            return phrase.name[0], "outlet"
        if phrase.roles or _honorific(phrase):  # 'Ms Chen', 'coach Ortiz': a person
            return phrase.name[0], "person"
        if self._sentence_initial(phrase.start) and not self._proper_elsewhere(phrase.name[0]):
            return None  # "Insurance claims rose": a capital only because the sentence starts
        # News introduces people by full name; a lone unknown capitalised word is mostly an
        # organisation, a country or a data provider ("according to Opta").
        return phrase.name[0], "organisation"

    def _sentence_initial(self, pos: int) -> bool:
        before = self.text[:pos].rstrip()
        return not before or before[-1] in '.!?\n\u201d"' or self.text[pos - 1 : pos] == "\n"

    def _proper_elsewhere(self, word: str) -> bool:
        """Whether ``word`` is capitalised somewhere a sentence does not start (a proper noun)."""
        return bool(re.search(rf"(?<=[\w,;:(]\s){re.escape(word)}\b", self.text))

    def _document(self, phrase: Phrase) -> str:
        """A readable name for a document mention: its own words when they say more than the bare
        noun ('the Paris Agreement', 'a report by the audit office'), else the most recent fuller
        mention ('a new safety report' for 'the report', or for 'the third section of the report')."""
        bare = _bare(phrase)
        part_of = re.search(rf"\bof\s+(?:the|this|that|its)\s+{re.escape(phrase.head)}$", bare)
        if bare.lower() != phrase.head and not part_of:
            return bare
        head = re.escape(phrase.head)
        pattern = re.compile(
            rf"\b(?:a|an|the|its|their|this|his|her)\s+({_DOC_MODIFIER}{head})\b", re.IGNORECASE
        )
        lex = lexicon()
        best = None
        for m in pattern.finditer(self.text, 0, phrase.start):
            words = m.group(1).split()[:-1]
            if not any(lex.is_word(w, "opener") or lex.is_word(w, "auxiliary") for w in words):
                best = m.group(1)
        return re.sub(r"\s+", " ", best) if best else "the " + phrase.head


def _honorific(phrase: Phrase) -> bool:
    words = phrase.text.split()
    return len(words) > 1 and lexicon().noun(words[-2].rstrip(".").lower(), "honorific") is not None


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
    quotes = find_quotes(text)
    direct = direct_candidates(text, quotes, paragraphs(text))
    all_turns = turns(text, meta.author)
    # Verbs inside any quotation are the quoted person's words, not a new attribution.
    quoted = [seg for q in quotes for seg in q.segments]
    skip = [c.cue for c in direct if c.cue] + quoted
    cands = list(direct)
    for i, s in enumerate(sentences):
        if cancel is not None and cancel():
            return ()
        cands += sentence_candidates(text, (s.start, s.end), skip)
        if progress is not None:
            progress(i + 1, len(sentences))
    resolver = _Resolver(text)
    out: list[tuple[int, Attribution]] = []
    first_q = next((t.start for t in all_turns if t.asks), None)
    ordered = sorted(cands, key=_span_start)
    intro = [c for c in ordered if first_q is None or _span_start(c) < first_q]
    out += _resolve_all(text, resolver, intro, all_turns)
    if first_q is not None:
        interviewee = meta.interviewee or _guess(text, first_q, out, resolver, meta.author)
        resolver.interviewee = interviewee
        resolver.answers = [(t.start, t.end) for t in all_turns if not t.asks]
        out += _resolve_all(text, resolver, ordered[len(intro) :], all_turns)
        speaker_of = label_names([p.canonical for p in resolver.registry.people])
        for cand in interview_candidates(text, all_turns, interviewee, speaker_of):
            out.append((cand.content[0][0], _build(text, cand, (cand.fixed or "", "person"))))
    return _dedupe([a for _, a in sorted(out, key=lambda x: x[0])])


def _resolve_all(
    text: str, resolver: _Resolver, cands: Sequence[Candidate], all_turns: Sequence[Turn]
) -> list[tuple[int, Attribution]]:
    out = []
    for cand in cands:
        speaker = resolver.resolve(cand)
        if speaker:
            att = _build(text, cand, speaker, all_turns)
            out.append((att.content[0].start, att))
    return out


def _guess(
    text: str,
    first_q: int,
    found: Sequence[tuple[int, Attribution]],
    resolver: _Resolver,
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
