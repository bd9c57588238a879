"""Whether two mentions name the same person: near spellings of a surname, agreeing first names,
matching roles and qualifiers."""

from __future__ import annotations

from functools import lru_cache

from reader_app.analysis.attribution_lexicon import lexicon


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


def qualifiers_match(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
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


def near_surname(a: str, b: str) -> bool:
    """``_same_surname`` of two lowercased names, its cheap refusals first (no cache look-up)."""
    if a == b:
        return True
    if a[:1] != b[:1] or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    return _same_surname(a, b)


def surname_owner(word: str, by_initial: dict[str, dict[int, list[tuple[int, str]]]]) -> int | None:
    """The first person (in order of first mention) whose surname ``word`` is, or spells nearly:
    ``same_surname`` with the surnames lowercased once and its cheap refusals inline."""
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    # a surname and its near spellings share the first letter and differ in length by one at most
    by_size = by_initial.get(word[:1].lower())
    if not by_size:
        return None
    low = word.lower()
    size = len(low)
    best = None
    for near_size in (size - 1, size, size + 1):
        for i, surname in by_size.get(near_size, ()):
            if best is not None and i > best:
                break  # (each list is in order of first mention)
            if near_surname(low, surname):
                best = i
                break
    return best


def first_names_agree(canonical: str, name: tuple[str, ...]) -> bool:
    first = canonical.split()[0].lower()
    if canonical.lower().endswith(" " + " ".join(name).lower()):
        return True  # 'de Vries', 'Van Beethoven', 'Ortega y Gasset': the end of the full name
    return len(name) < 2 or name[0].lower() == first or name[0][:1].lower() == first[:1]
