"""The people an article names, and resolving later mentions (surname, role, spelling variant) to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reader_app.analysis.attribution_descriptors import descriptor_run
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import Phrase, may_be_full_name, read_phrase


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern[str]:
    """A run of capitalised words on one line, with title prepositions and name particles (from
    function_words.tsv, one or more: 'van der') between them; 'al-Assad' counts as capitalised."""
    return re.compile(_run_source("*"))


@lru_cache(maxsize=1)
def _multi_run_pattern() -> re.Pattern[str]:
    """The runs of ``_run_pattern`` that hold two words or more: a lone capitalised word names
    nobody by first name and surname, and most runs are lone words."""
    return re.compile(_run_source("+"))


def _run_source(repeat: str) -> str:
    links = sorted({"of", "to", "for"} | lexicon().words.get("particle", frozenset()), key=len)
    link = "|".join(re.escape(w) for w in reversed(links))
    word = r"(?:[A-Z]|(?:al|el)-[A-Z])[\w\u2019'.-]*"
    return rf"(?<![\w\u2019']){word}(?:[ \t]+(?:(?:{link})[ \t]+)*{word}){repeat}"


@lru_cache(maxsize=1)
def _capital_run_pattern() -> re.Pattern[str]:
    """``_multi_run_pattern`` opening on its first capital: a run that opens with 'al-'/'el-' is
    found from the capital after it, and ``_runs`` moves its start back. The check that no word
    character comes before follows the capital (a leading lookbehind or alternation is tried at
    every position of the article; a plain class lets `re` skip to capitals)."""
    links = sorted({"of", "to", "for"} | lexicon().words.get("particle", frozenset()), key=len)
    link = "|".join(re.escape(w) for w in reversed(links))
    word = r"(?:[A-Z]|(?:al|el)-[A-Z])[\w\u2019'.-]*"
    lead = r"[A-Z](?<![\w\u2019'][A-Z])[\w\u2019'.-]*"
    return re.compile(rf"{lead}(?:[ \t]+(?:(?:{link})[ \t]+)*{word})+")


_HOLDERS = ("document", "group")  # phrases that may end in a person's possessive name
_NAME_CHAR = re.compile(r"[\w\u2019']")


def _runs(text: str) -> list[tuple[int, int]]:
    """The spans of ``_multi_run_pattern().finditer(text)``."""
    out = []
    for m in _capital_run_pattern().finditer(text):
        start = m.start()
        if (
            start >= 3
            and text[start - 3 : start] in ("al-", "el-")
            and (start == 3 or not _NAME_CHAR.match(text, start - 4))
        ):
            start -= 3  # 'al-Assad Smith': the glued article opens the run
        out.append((start, m.end()))
    return out


_RUN_STOP = re.compile(r"\.(?<=[a-z]{2}\.)\s+")  # the dot first: `re` skips to it
_CLAUSE_BREAK = re.compile(r"[.!?;:,\u201c\u201d\"()\u2014\u2013\n]|\s-\s")
_SPACE = re.compile(r"\s")
_PERSON_AFTER = re.compile(r"\s*,\s*who\b|\s*(?:,\s*(?:aged\s+)?|\()\d{1,3}\s*[,)]")
_CAPITALISED = re.compile(r"[A-Z][\w\u2019'-]+")
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


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_surname(a: str, b: str) -> bool:
    """Equal, or a near-identical spelling of one name: same first letter, 5+ letters, and one edit
    (Jonson/Johnson) or two letters swapped (Kowalcyzk/Kowalczyk); Peterson/Patterson stay apart."""
    return _same_surname(a.lower(), b.lower())


@lru_cache(maxsize=4096)
def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1] or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    d = edit_distance(a, b)
    return d <= 1 or (d == 2 and sorted(a) == sorted(b))  # two edits only as swapped letters


def _qualifiers_match(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """'iranian' ~ 'iran', 'azerbaijani' ~ 'azerbaijan's': a shared stem of 4+ letters."""
    for x in a:
        for y in b:
            n = min(len(x), len(y))
            if n >= 4 and x[: max(4, n - 1)] == y[: max(4, n - 1)]:
                return True
    return False


def role_matches(mention_role: str, person_roles: set[str]) -> bool:
    lex = lexicon()
    entry = lex.noun(mention_role, "role")
    classes = entry.classes if entry else frozenset()
    for role in person_roles:
        if role == mention_role or role.endswith(" " + mention_role):
            return True
        other = lex.noun(role, "role")
        if other and classes & other.classes:
            return True
    return False


class Registry:
    """Everyone named with a first name and surname, in order of first mention."""

    def __init__(self, text: str):
        self.text = text
        self.people: list[Person] = []
        self._reversed = text[::-1]
        for start, end in _runs(text):
            # A full stop after a word of 2+ lowercase letters ends a sentence inside the run.
            if text.find(".", start, end) < 0:
                self._consider(start, end)  # (most runs hold no dot)
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
        m = _CLAUSE_BREAK.search(self._reversed, n - pos, n - lo)
        if m is None:
            return lo
        if m.end() - m.start() == 1:
            return n - m.start()
        starts = [m.end() for m in _CLAUSE_BREAK.finditer(self.text, lo, pos)]
        return starts[-1] if starts else lo

    def _consider(self, start: int, end: int) -> None:
        if not _SPACE.search(self.text[start:end].strip()):
            return  # one capitalised word names nobody by first name and surname (and is most runs)
        end -= self.text[start:end].endswith(".")
        lo = self._clause_start(start)
        joined = self.text.rfind(" and ", lo, start)  # "X and Y met": each name is its own phrase
        lo = joined + 5 if joined >= 0 else lo
        if not may_be_full_name(self.text, lo, end):
            return  # (most runs: 'The Foreign Ministry', 'Smart City'; read_phrase is the costly part)
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
        person.roles |= set(phrase.roles)
        person.qualifiers |= set(phrase.qualifiers)
        after = self.text[phrase.end : phrase.end + 14]
        # a 'who' clause or an age ('Tom Reed, 41, of Leeds' / 'Tom Reed (41)') shows a person
        person.evidenced |= bool(phrase.roles) or bool(_PERSON_AFTER.match(after))
        return person

    def _record_mentions(self) -> None:
        """Every capitalised word (``_CAPITALISED`` match) that is a known surname or a near spelling
        of one, as a mention of that person."""
        by_initial: dict[str, list[tuple[int, str]]] = {}  # initial -> (person, surname lowercased)
        for i, person in enumerate(self.people):
            key = person.surname[:1].lower()
            by_initial.setdefault(key, []).append((i, person.surname.lower()))
        if not by_initial:
            return
        text = self.text
        found: list[tuple[int, int]] = []  # (offset, index of the person)
        # each distinct word once, then its occurrences by str.find (most words are nobody)
        for word in set(_CAPITALISED.findall(text)):
            if word[0].lower() not in by_initial:
                continue  # (the usual case: nobody's surname starts with that letter)
            owner = _surname_owner(word, by_initial)
            if owner is None:
                continue
            at = text.find(word)
            while at >= 0:
                if _whole_capitalised(text, at, len(word)):
                    found.append((at, owner))
                at = text.find(word, at + 1)
        for at, i in sorted(found):
            self.people[i].mentions.append(at)

    def find_name(
        self, name: tuple[str, ...], pos: int, any_position: bool = False
    ) -> Person | None:
        """The person a name (or surname alone) refers to: exact surname first, then a near spelling;
        the most recent one introduced before ``pos``, else the first one after it."""
        surname = name[-1]
        for exact in (True, False):
            cands = [
                p
                for p in self.people
                if (
                    p.surname.lower() == surname.lower()
                    if exact
                    else same_surname(p.surname, surname)
                )
                and (len(name) < 2 or _first_names_agree(p.canonical, name))
            ]
            if cands:
                before = [p for p in cands if p.first <= pos or any_position]
                return max(before, key=lambda p: p.first) if before else cands[0]
        return None

    def find_role(self, phrase: Phrase, pos: int) -> Person | None:
        """The person a role mention ("the ambassador", "the country's leader") refers to: the most
        recently mentioned person holding that role (qualifiers break ties), else the next one."""
        role = phrase.head
        cands = [p for p in self.people if p.roles and role_matches(role, p.roles)]
        # 'the city manager' is the manager named before, not a chair of the same class
        cands = [p for p in cands if role in p.roles] or cands
        if phrase.qualifiers:
            qualified = [p for p in cands if _qualifiers_match(phrase.qualifiers, p.qualifiers)]
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
        return max(
            [m for m in person.mentions if m < pos] + [person.first if person.first < pos else -1]
        )

    def _nearest(self, cands: list[Person], pos: int, forward: bool = True) -> Person | None:
        if not cands:
            return None
        before = [p for p in cands if self.last_mention(p, pos) >= 0]
        if before:
            return max(before, key=lambda p: self.last_mention(p, pos))
        return min(cands, key=lambda p: p.first) if forward else None


def _surname_owner(word: str, by_initial: dict[str, list[tuple[int, str]]]) -> int | None:
    """The first person (in order of first mention) whose surname ``word`` is, or spells nearly:
    ``same_surname`` with the surnames lowercased once and its cheap refusals inline."""
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    low = word.lower()
    # a surname and its near spellings share the first letter: test only those people
    for i, surname in by_initial.get(word[:1].lower(), ()):
        if low == surname:
            return i
        if (
            low[:1] == surname[:1]
            and max(len(low), len(surname)) >= 5
            and abs(len(low) - len(surname)) <= 1
            and _same_surname(low, surname)
        ):
            return i
    return None


def _whole_capitalised(text: str, at: int, size: int) -> bool:
    """Whether ``_CAPITALISED.finditer`` over the text yields exactly text[at:at + size]: the word
    runs to the end of its stretch of word characters, and no earlier capital in that stretch
    opened a match that swallowed it ('McCain' holds no match 'Cain')."""
    end = at + size
    if end < len(text) and _is_word_char(text[end]):
        return False
    before = at - 1
    while before >= 0 and _is_word_char(text[before]):
        if "A" <= text[before] <= "Z":
            return False
        before -= 1
    return True


def _is_word_char(char: str) -> bool:
    """``[\\w\u2019'-]`` for one character (``re``'s \\w is str.isalnum() or '_')."""
    return char.isalnum() or char in "_\u2019'-"


def _first_names_agree(canonical: str, name: tuple[str, ...]) -> bool:
    first = canonical.split()[0].lower()
    if canonical.lower().endswith(" " + " ".join(name).lower()):
        return True  # 'de Vries', 'Van Beethoven', 'Ortega y Gasset': the end of the full name
    return len(name) < 2 or name[0].lower() == first or name[0][:1].lower() == first[:1]
