"""Resolving speaker mentions to canonical names: people by name, role or pronoun, organisations
named before ('the company'), documents by their fullest mention."""

from __future__ import annotations

import re

from reader_app.analysis.attribution_antecedents import named_organisation, organisation_antecedent
from reader_app.analysis.attribution_clauses import Candidate
from reader_app.analysis.attribution_documents import fuller_mentions
from reader_app.analysis.attribution_gender import (
    better_fit,
    gender_split,
    genders,
    pronoun_marks,
)
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import Phrase
from reader_app.analysis.speakers import Registry

_INVERTED = re.compile(
    r"\b(?:would|do|did|does|will|can|could|should|shall|might|may|have|has)\s+$", re.IGNORECASE
)
_DEFINITE = re.compile(r"(?:the|its|this)\s", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?:a|an|one|another|some|any)\s", re.IGNORECASE)
_LEADING_DET = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _bare(phrase: Phrase) -> str:
    return _LEADING_DET.sub("", phrase.text).strip()


class Resolver:
    """Turns speaker mentions into canonical names, in text order (pronouns need the speaker before)."""

    def __init__(self, text: str):
        self.text = text
        self.registry = Registry(text)
        self.done: dict[int, tuple[str, str]] = {}  # id(candidate) -> (speaker, kind)
        self.history: list[tuple[int, str, str, int]] = []  # (position, speaker, kind, content end)
        # In an interview answer 'she' is never the interviewee (who speaks as 'I').
        self.interviewee: str | None = None
        self.answers: list[tuple[int, int]] = []
        self.questions: list[tuple[int, int]] = []
        self._genders: tuple[int, dict[str, str]] = (0, {})  # (people counted, name -> gender)
        self._marks: tuple[list[int], list[str]] | None = None  # the article's gendered pronouns

    def resolve(self, cand: Candidate) -> tuple[str, str] | None:
        pos = cand.cue[0] if cand.cue else cand.content[0][0]
        if cand.fixed and any(a <= pos < b for a, b in self.questions):
            found = None  # 'Q: X is said to be ...': the interviewer's framing, nobody's claim
        elif cand.fixed:
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
        self,
        pos: int,
        kinds: tuple[str, ...],
        avoid: str | None = None,
        skip: frozenset = frozenset(),
    ) -> tuple[int, str, str, int] | None:
        return next(
            (
                h
                for h in reversed(self.history)
                if h[0] < pos and h[2] in kinds and h[1] != avoid and h[1] not in skip
            ),
            None,
        )

    def _last(self, pos: int, kinds: tuple[str, ...]) -> tuple[str, str] | None:
        entry = self._last_entry(pos, kinds)
        return (entry[1], entry[2]) if entry else None

    def _pronoun_person(self, pos: int, word: str = "") -> tuple[str, str] | None:
        """'he'/'she' (``word``): as ``_pronoun_choice``, unless the article genders the people
        so that another one fits better (``attribution_gender.better_fit``)."""
        avoid = self.interviewee if any(a <= pos < b for a, b in self.answers) else None
        plain = self._pronoun_choice(pos, avoid)
        if plain is None or not word:
            return plain
        people = self.registry.people
        if self._genders[0] != len(people):  # people are added as names are resolved
            self._marks = self._marks or pronoun_marks(self.text)
            self._genders = (len(people), genders(self.text, people, self._marks))
        names = {p.canonical for p in people} | {h[1] for h in self.history}
        skip, same = gender_split(self._genders[1], word, names)
        fitted = self._pronoun_choice(pos, avoid, skip, same) if skip or same else None
        return (
            fitted if fitted and better_fit(self, pos, plain[0], fitted[0], skip, same) else plain
        )

    def _pronoun_choice(
        self,
        pos: int,
        avoid: str | None,
        skip: frozenset = frozenset(),
        also: frozenset = frozenset(),
    ) -> tuple[str, str] | None:
        """'he'/'she': the last person quoted, unless the narrative has since named someone else
        outside that quote ('Smith said Jones ... He added' stays Smith). ``skip``: names it cannot
        be; ``also``: names known to be people though nothing else shows it."""
        last = self._last_entry(pos, ("person",), avoid, skip)
        person = self.registry.recent_person(pos, skip, also)
        if person is not None and person.canonical != avoid:
            seen = self.registry.last_mention(person, pos)
            if last is None or (seen > last[0] and seen >= last[3]):
                return person.canonical, "person"
        if last is None:  # nobody quoted yet: a person named in this or the two paragraphs before
            para = pos  # (a quote may run over a paragraph between the name and 'she said')
            for _ in range(3):
                para = self.text.rfind("\n\n", 0, max(para, 0))
            near = [
                p
                for p in self.registry.people
                if p.canonical != avoid
                and p.canonical not in skip
                and self.registry.last_mention(p, pos) > para
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
                return self._pronoun_person(pos, phrase.head)
            if lex.is_word(phrase.head, "pronoun_addressee"):  # 'You said ...' in a question
                asked = any(a <= pos < b for a, b in self.questions)
                inverted = _INVERTED.search(self.text, max(0, phrase.start - 12), phrase.start)
                if asked and self.interviewee and not inverted:  # not 'What would you say ...?'
                    return self.interviewee, "person"
                return None
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
        # the word first (a literal `re` can skip to), then what stands before it
        escaped = re.escape(word)
        return bool(re.search(rf"{escaped}(?<=[\w,;:(]\s{escaped})\b", self.text))

    def _document(self, phrase: Phrase) -> str:
        """A readable name for a document mention: its own words when they say more than the bare
        noun ('the Paris Agreement', 'a report by the audit office'), else the most recent fuller
        mention ('a new safety report' for 'the report', or for 'the third section of the report')."""
        bare = _bare(phrase)
        part_of = re.search(rf"\bof\s+(?:the|this|that|its)\s+{re.escape(phrase.head)}$", bare)
        if bare.lower() != phrase.head and not part_of:
            return bare
        lex = lexicon()
        best = None
        for m in fuller_mentions(self.text, phrase.head, phrase.start):
            words = m.group(1).split()[:-1]
            if not any(lex.is_word(w, "opener") or lex.is_word(w, "auxiliary") for w in words):
                best = m.group(1)
        return re.sub(r"\s+", " ", best) if best else "the " + phrase.head


def _honorific(phrase: Phrase) -> bool:
    words = phrase.text.split()
    return len(words) > 1 and lexicon().noun(words[-2].rstrip(".").lower(), "honorific") is not None
