"""The people an article names, and resolving later mentions (surname, role, spelling variant) to them."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from reader_app.analysis.attribution_descriptors import descriptor_run
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import (
    Phrase,
    last_words,
    may_be_full_name,
    plain_words_may_end_full_name,
    read_phrase,
    words_may_end_full_name,
)
from reader_app.analysis.attribution_runs import capitalised_occurrences, runs
from reader_app.analysis.attribution_tokens import word_sets
from reader_app.analysis.speaker_matching import (  # noqa: F401 (edit_distance, same_surname: public here)
    edit_distance,
    first_names_agree,
    near_surname,
    qualifiers_match,
    role_matches,
    same_surname,
    surname_owner,
)

_HOLDERS = ("document", "group")  # phrases that may end in a person's possessive name
_RUN_STOP = re.compile(r"\.(?<=[a-z]{2}\.)\s+")  # the dot first: `re` skips to it
_CLAUSE_BREAK = re.compile(r"[.!?;:,\u201c\u201d\"()\u2014\u2013\n]|\s-\s")
# The same matches opening with one class (so `re` skips to candidates), for the reversed text:
# a break character, else a space that opens ' - ' (the pattern reads the same both ways).
_BREAK_CHARS = r".!?;:,\u201c\u201d\"()\u2014\u2013\n"
_CLAUSE_BREAK_BACK = re.compile(rf"[{_BREAK_CHARS}\s](?:(?<=[{_BREAK_CHARS}])|-\s)")
_SPACE = re.compile(r"\s")
_PERSON_AFTER = re.compile(r"\s*,\s*who\b|\s*(?:,\s*(?:aged\s+)?|\()\d{1,3}\s*[,)]")
_ROLE_AFTER = re.compile(r"\s*,\s*(?:the|a|an)\s+((?:[\w\u2019'-]+\s+){0,4}?[\w-]+)\s*[,.]")


@dataclass
class Person:
    canonical: str  # the full name at first mention
    surname: str
    first: int  # offset of the first mention
    roles: set[str] = field(default_factory=set)
    qualifiers: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)
    evidenced: bool = False  # a title, an apposition or a reporting verb shows it is a person


class Registry:
    """Everyone named with a first name and surname, in order of first mention."""

    def __init__(self, text: str):
        self.text = text
        self.people: list[Person] = []
        # people by lowercased surname and by its first letter (see _index_surnames)
        self._by_surname: dict[str, list[tuple[str, Person]]] = {}
        self._by_initial: dict[str, list[tuple[str, Person]]] = {}
        self._indexed = 0
        self._reversed = text[::-1]
        self._sets = word_sets(lexicon())
        sets = self._sets
        for start, end in runs(text):
            # A full stop after a word of 2+ lowercase letters ends a sentence inside the run.
            if text.find(".", start, end) < 0:
                # (most runs: no dot, two words or more; _consider's first test inline)
                parts = text[start:end].rsplit(None, 2)
                if parts[-1].isalnum() and parts[-2].isalnum() and _clean_start(text, start):
                    if plain_words_may_end_full_name(sets, parts[-2], parts[-1]):
                        self._read_run(start, end, parts[-2:])
                else:
                    self._consider(start, end)
                continue
            for stop in _RUN_STOP.finditer(text, start, end):
                self._consider(start, stop.start())
                start = stop.end()
            self._consider(start, end)
        self._record_mentions()

    def _clause_start(self, pos: int) -> int:
        """The end of the last clause break in the 200 characters before ``pos``."""
        lo = max(0, pos - 200)
        # The first break searching the reversed text from ``pos`` is the break ending last; a
        # three-character ' - ' could overlap another one ('a - - b') and is left to the scan.
        n = len(self.text)
        m = _CLAUSE_BREAK_BACK.search(self._reversed, n - pos, n - lo)
        if m is None:
            return lo
        if m.end() - m.start() == 1:
            return n - m.start()
        starts = [m.end() for m in _CLAUSE_BREAK.finditer(self.text, lo, pos)]
        return starts[-1] if starts else lo

    def _consider(self, start: int, end: int) -> None:
        run = self.text[start:end]
        if not _SPACE.search(run.strip()):
            return  # one capitalised word names nobody by first name and surname (and is most runs)
        if run.endswith("."):
            end -= 1
            run = run[:-1]
        # Most runs cannot end a full name ('The Foreign Ministry', 'Smart City'): when the run
        # holds two words and no word runs into it from before, its last two words are those of
        # the phrase read below, so that is settled before finding the clause start.
        words: list[str] = []
        if _clean_start(self.text, start):
            parts = run.rsplit(None, 2)
            if len(parts) >= 2 and parts[-1].isalnum() and parts[-2].isalnum():
                # each part is one token with no dot: the run's last two words
                if not plain_words_may_end_full_name(self._sets, parts[-2], parts[-1]):
                    return
                words = parts[-2:]
            else:
                words = last_words(self.text, start, end)
                if len(words) == 2 and not words_may_end_full_name(words):
                    return
        self._read_run(start, end, words)

    def _read_run(self, start: int, end: int, words: list[str]) -> None:
        """``_consider`` once the run's last two words (``words``, if known) may end a name."""
        lo = self._clause_start(start)
        joined = self.text.rfind(" and ", lo, start)  # "X and Y met": each name is its own phrase
        lo = joined + 5 if joined >= 0 else lo
        if len(words) < 2 and not may_be_full_name(self.text, lo, end):
            return  # (read_phrase is the costly part)
        if descriptor_run(self.text, start, end):
            return  # 'Former Olympic' in 'Former Olympic marathoner Jane Roe' describes her
        phrase = read_phrase(self.text, lo, end, max_tokens=14)
        if phrase is not None and phrase.kind in _HOLDERS and lo < start:
            # "a memo from City Manager Jane Roe's office": the words after the link name a person
            links = [
                (self.text.rfind(f" {w} ", lo, start), len(w) + 2) for w in ("from", "by", "of")
            ]
            named_from = max([lo] + [k + n for k, n in links if k >= 0])
            phrase = read_phrase(self.text, named_from, end, max_tokens=14)
        if phrase is None or phrase.kind != "name" or len(phrase.name) < 2:
            return
        person = self.add(phrase)
        after = _ROLE_AFTER.match(self.text, end)
        if after:
            role = read_phrase(self.text, after.start(1), after.end(1))
            if role is not None and role.kind == "role":
                person.roles |= set(role.roles) | {role.head}
                person.qualifiers |= set(role.qualifiers)
                person.evidenced = True
        before = self.text[max(0, start - 3) : start]
        if before.rstrip().endswith(","):
            comma = self.text.rfind(",", 0, start)
            role = read_phrase(self.text, self._clause_start(comma), comma)
            if role is not None and role.kind == "role":
                person.roles |= set(role.roles) | {role.head}
                person.qualifiers |= set(role.qualifiers)
                person.evidenced = True

    def add(self, phrase: Phrase) -> Person:
        """Register (or merge into an earlier spelling of) the person a name phrase names."""
        person = self.find_name(phrase.name, phrase.start, any_position=True)
        if person is None:
            person = Person(" ".join(phrase.name), phrase.name[-1], phrase.start)
            self.people.append(person)
        if phrase.roles:
            person.roles |= phrase.roles
            person.evidenced = True
        if phrase.qualifiers:
            person.qualifiers |= phrase.qualifiers
        if not person.evidenced:
            # a 'who' clause or an age ('Tom Reed, 41, of Leeds' / 'Tom Reed (41)') shows a person
            after = self.text[phrase.end : phrase.end + 14]
            person.evidenced = bool(_PERSON_AFTER.match(after))
        return person

    def _record_mentions(self) -> None:
        """Every capitalised word (``_CAPITALISED`` match) that is a known surname or a near spelling
        of one, as a mention of that person."""
        # initial -> length of the lowercased surname -> (person, surname lowercased), in order
        by_initial: dict[str, dict[int, list[tuple[int, str]]]] = {}
        for i, person in enumerate(self.people):
            low = person.surname.lower()
            by_size = by_initial.setdefault(person.surname[:1].lower(), {})
            by_size.setdefault(len(low), []).append((i, low))
        for at, i in capitalised_occurrences(self.text, by_initial, surname_owner):
            self.people[i].mentions.append(at)

    def find_name(
        self, name: tuple[str, ...], pos: int, any_position: bool = False
    ) -> Person | None:
        """The person a name (or surname alone) refers to: exact surname first, then a near spelling;
        the most recent one introduced before ``pos``, else the first one after it."""
        low = name[-1].lower()
        if self._indexed != len(self.people):
            self._index_surnames()
        # exact surnames first, then near spellings (which share the first letter), each in order
        for exact, group in ((True, self._by_surname), (False, self._by_initial)):
            cands = [
                p
                for surname, p in group.get(low if exact else low[:1], ())
                if (exact or near_surname(surname, low))
                and (len(name) < 2 or first_names_agree(p.canonical, name))
            ]
            if cands:
                before = [p for p in cands if p.first <= pos or any_position]
                return max(before, key=lambda p: p.first) if before else cands[0]
        return None

    def _index_surnames(self) -> None:
        """Index people added since the last call by lowercased surname and by its first letter
        (lists in order of ``people``)."""
        for person in self.people[self._indexed :]:
            low = person.surname.lower()
            self._by_surname.setdefault(low, []).append((low, person))
            self._by_initial.setdefault(low[:1], []).append((low, person))
        self._indexed = len(self.people)

    def find_role(self, phrase: Phrase, pos: int) -> Person | None:
        """The person a role mention ("the ambassador", "the country's leader") refers to: the most
        recently mentioned person holding that role (qualifiers break ties), else the next one."""
        role = phrase.head
        cands = [p for p in self.people if p.roles and role_matches(role, p.roles)]
        # 'the city manager' is the manager named before, not a chair of the same class
        cands = [p for p in cands if role in p.roles] or cands
        if phrase.qualifiers:
            qualified = [p for p in cands if qualifiers_match(phrase.qualifiers, p.qualifiers)]
            cands = qualified or cands
        return self._nearest(cands, pos)

    def recent_person(
        self, pos: int, skip: frozenset[str] = frozenset(), also: frozenset[str] = frozenset()
    ) -> Person | None:
        """The evidenced person mentioned last before ``pos`` (``skip``: canonical names to pass;
        ``also``: names to take as evidenced)."""
        people = [
            p
            for p in self.people
            if (p.evidenced or p.canonical in also) and p.canonical not in skip
        ]
        return self._nearest(people, pos, forward=False)

    @staticmethod
    def last_mention(person: Person, pos: int) -> int:
        """Offset of the person's last mention before ``pos`` (-1 if none)."""
        k = bisect_left(person.mentions, pos)  # (mentions are recorded in text order)
        last = person.mentions[k - 1] if k else -1
        return max(last, person.first if person.first < pos else -1)

    def _nearest(self, cands: list[Person], pos: int, forward: bool = True) -> Person | None:
        if not cands:
            return None
        before = [p for p in cands if self.last_mention(p, pos) >= 0]
        if before:
            return max(before, key=lambda p: self.last_mention(p, pos))
        return min(cands, key=lambda p: p.first) if forward else None


def _clean_start(text: str, pos: int) -> bool:
    """Whether no token (``TOKEN`` match) can run across ``pos`` from before it: the character
    before is none a token holds (letters, digits, '_', joiners -\u2019'.&, a thousands comma)."""
    if pos == 0:
        return True
    prev = text[pos - 1]
    return not (prev.isalnum() or prev in "_\u2019'-.&,")
