"""Spelling keys for names and the blocked fuzzy matching that merges transliteration variants."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from reader_app.compare.lexicon import lexicon

_VOWEL_RUN = re.compile(r"[aeiou]+")
_DOUBLED = re.compile(r"(.)\1+")
_MIN_FUZZY_KEY = 7  # keys shorter than this must match exactly (Iran/Iraq, Gaza/Giza stay apart)
_MAX_FOLDED_DISTANCE = 0.25
_MIN_LOOSE = 5  # names at least this long may differ by h/g alone ('Cahul' / 'Kagul')
# Letters whose sound accent-stripping would lose: Romanian ț is 'ts' (Bălți / Beltsy), ș and
# Turkish ş are 'sh' (Chișinău / Chishinau).
_SOUNDS = str.maketrans(
    {"ț": "ts", "ţ": "ts", "Ț": "Ts", "Ţ": "Ts", "ș": "sh", "ş": "sh", "Ș": "Sh", "Ş": "Sh"}
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII letters only: accents removed, apostrophes and hyphens dropped."""
    nfkd = unicodedata.normalize("NFKD", text.translate(_SOUNDS).lower())
    return "".join(c for c in nfkd if "a" <= c <= "z" or c == " ")


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """A transliteration key: romanisation rules applied, vowel runs merged into one class."""
    w = fold(word).replace(" ", "")
    for pattern, replacement in lexicon().translit:
        w = w.replace(pattern, replacement)
    w = _DOUBLED.sub(r"\1", w)  # doubled letters are a spelling choice
    return _VOWEL_RUN.sub("a", w)


@lru_cache(maxsize=65536)
def loose_key(word: str) -> str:
    """The spelling key with h read as g (Ukrainian and Belarusian h for Russian g: Velhrad /
    Belgrad, Hlukhiv / Glukhov); only trusted on longer names."""
    return spelling_key(word).replace("h", "g")


def levenshtein(a: str, b: str, limit: int = 3) -> int:
    """Edit distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word: equal keys, or keys one edit apart on long words."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) >= 5 and _DOUBLED.sub(r"\1", fa) == _DOUBLED.sub(r"\1", fb):
        return True  # "Karasuu" / "Karasu", "Mohammed" / "Mohamed": doubling is a spelling choice
    if not fa or not fb or fa.startswith(fb) or fb.startswith(fa):
        return False  # "Pakistan"/"Pakistani": a suffix makes another word
    ka, kb = spelling_key(a), spelling_key(b)
    if ka[:1] != kb[:1] and loose_key(a)[:1] != loose_key(b)[:1]:
        return False
    if ka == kb:
        return min(len(fa), len(fb)) >= 5
    if loose_key(a) == loose_key(b):
        return min(len(fa), len(fb)) >= _MIN_LOOSE  # "Hall" / "Gall" stay two names
    # Otherwise only an inserted or dropped vowel may differ ("Tashkent"/"Tashkient"):
    # a changed consonant makes another name ("Slovenia"/"Slovakia").
    if min(len(ka), len(kb)) < _MIN_FUZZY_KEY or ka.replace("a", "") != kb.replace("a", ""):
        return False
    return levenshtein(fa, fb, 3) / max(len(fa), len(fb)) <= _MAX_FOLDED_DISTANCE


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a multi-word name as compared: hyphens split words, articles ("al-", "El")
    dropped, generic heads read as one word ("Oued"/"Wadi"); a one-word name stays as written."""
    words = name.split()
    if len(words) < 2 and "-" not in name:
        return tuple(words)
    out = [
        same_as if category == "generic_head" else part
        for token in words
        for part, same_as, category in _name_parts(token)
    ]
    return tuple(out) if out else tuple(words)


def _name_parts(token: str) -> list[tuple[str, str | None, str]]:
    """(part, same_as, category) for each hyphen-separated part of one word of a name, Arabic
    articles ("al-", "El") dropped."""
    particles = lexicon().name_particles
    parts = token.split("-")
    out = []
    for i, part in enumerate(parts):
        same_as, category = particles.get(fold(part), (None, ""))
        if category == "article" or (category == "article_hyphen" and i < len(parts) - 1):
            continue
        out.append((part, same_as, category))
    return out


@lru_cache(maxsize=65536)
def joined_words(name: str) -> tuple[str, ...]:
    """The words with each hyphenated word written solid ("Kok-Jar" -> "KokJar", "Kara-Suu River"
    -> "KaraSuu River"), articles dropped: one outlet hyphenates the parts of a name another
    writes as one word ("Ak-Bulak" / "Akbulak")."""
    return tuple("".join(p for p, _, _ in _name_parts(token)) or token for token in name.split())


def _skeleton(word: str) -> str:
    """Consonants only, q read as k: "Qalaa" and "Kalaa" differ only in where the vowel sits."""
    return re.sub(r"[aeiouy]", "", fold(word).replace("q", "k"))


def same_name(a: str, b: str) -> bool:
    """Multi-word names match word by word (same number of words, each a spelling variant); in a
    name of two or more words one word may differ in vowel placement alone ("Qalaat al-Nur" /
    "Kalaat El Nur") when another word agrees. Names with hyphens also match written solid."""
    if _same_words(name_words(a), name_words(b)):
        return True
    if "-" not in a and "-" not in b:
        return False
    ja, jb = joined_words(a), joined_words(b)
    return len(ja) == len(jb) and all(same_word(x, y) for x, y in zip(ja, jb))


def _same_words(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    if len(wa) != len(wb) or not wa:
        return False
    loose = 0
    for x, y in zip(wa, wb):
        if same_word(x, y):
            continue
        if len(wa) < 2 or len(_skeleton(x)) < 3 or _skeleton(x) != _skeleton(y):
            return False
        loose += 1
    return loose < len(wa)


def block_key(name: str) -> str:
    """Blocking: names are compared only with names of the same word count and the same consonant
    skeleton of the last word (every match ``same_name`` accepts has both), so blocks stay tiny."""
    return _block(name_words(name), name)


def _block(words: tuple[str, ...], name: str) -> str:
    last = words[-1] if words else name
    return f"{len(words)} " + (loose_key(last).replace("a", "") or "a")


def fuzzy_pairs(names: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of distinct names that are spelling variants, compared only within blocks (a name
    with a hyphen sits in a second block too, under its solid spelling)."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in dict.fromkeys(names):
        key = block_key(name)
        blocks[key].append(name)
        if "-" in name and (solid := _block(joined_words(name), name)) != key:
            blocks[solid].append(name)
    pairs = []
    for members in blocks.values():
        members.sort(key=len)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if len(b) - len(a) > 3:
                    break  # sorted by length: the rest are longer still
                if a != b and (_case_variant(a, b) if fold(a) == fold(b) else same_name(a, b)):
                    pairs.append((a, b))
    return list(dict.fromkeys(pairs))


def _case_variant(a: str, b: str) -> bool:
    """ "KALAAT EL NUR" in a dateline and "Kalaat El Nur" in the text: one name; short forms
    ("US" / "Us") stay apart."""
    return fold(a) == fold(b) and len(fold(a).replace(" ", "")) >= 4
