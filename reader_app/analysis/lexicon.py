"""Evaluative word lists: the shipped TSVs plus the user's own additions and silences, compiled once."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from reader_app.analysis.evaluative_files import (
    ADDED_FILE,
    SILENCED_FILE,
    read_rows,
    shipped_dir,
    write_rows,
)
from reader_app.analysis.evaluative_match import PhraseIndex, compile_variant
from reader_app.model import FLAG_CATEGORIES

# Bump when matching code changes what a list entry matches, so cached analyses re-run.
ENGINE_VERSION = "evaluative-2"  # 2: commas written in an entry match commas in text
NEUTRAL = "neutral"


def entry_key(entry: str) -> str:
    """The identity of an entry for silencing: lowercase, markers and extra spaces removed."""
    variants = (v.strip().removeprefix("+").removesuffix("+") for v in entry.split("|"))
    return "|".join(" ".join(v.lower().split()) for v in variants)


@dataclass(frozen=True)
class LexiconEntry:
    """One list row. ``entry`` keeps its markers: ``"brutal +"`` also takes the noun after it,
    ``"+ occupation"`` the modifiers before it; ``"a|b"`` lists spellings; ``"plunder*"`` a prefix."""

    entry: str
    category: str
    note: str
    source: str  # shipped file name ("puffery.tsv") or "user"
    silenced: bool = False

    # Cached: the flags step reads them for every match (entries live as long as the lexicon).
    @cached_property
    def key(self) -> str:
        return entry_key(self.entry)

    @cached_property
    def extends_right(self) -> bool:
        return self.entry.rstrip().endswith("+")

    @cached_property
    def extends_left(self) -> bool:
        return self.entry.lstrip().startswith("+")

    def variants(self) -> list[str]:
        return [v.strip() for v in entry_key(self.entry).split("|") if v.strip()]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything the evaluative step needs; ``version`` changes whenever any list changes."""

    entries: tuple[LexiconEntry, ...]  # every entry, silenced ones too (for the settings view)
    neutral: tuple[LexiconEntry, ...]
    silenced: frozenset[str]
    version: str
    index: PhraseIndex = field(repr=False)
    neutral_index: PhraseIndex = field(repr=False)

    def is_silenced(self, key_or_text: str) -> bool:
        return bool(self.silenced) and entry_key(key_or_text) in self.silenced


def _parse_entries(path: Path, source: str, categories: tuple[str, ...]) -> list[LexiconEntry]:
    out = []
    for line_no, row in read_rows(path):
        if len(row) < 2:
            raise ValueError(f"{path}: line {line_no}: need 'entry<TAB>category<TAB>note'")
        entry, category, note = row[0], row[1].strip(), (row[2] if len(row) > 2 else "")
        if category not in categories:
            raise ValueError(f"{path}: line {line_no}: unknown category {category!r}")
        item = LexiconEntry(entry.strip(), category, note.strip(), source)
        try:
            for variant in item.variants():
                compile_variant(variant, item)
        except ValueError as exc:
            raise ValueError(f"{path}: line {line_no}: {exc}") from None
        out.append(item)
    return out


def _index(entries: list[LexiconEntry]) -> PhraseIndex:
    return PhraseIndex(compile_variant(v, e) for e in entries for v in e.variants())


def _user_files(user_dir: Path) -> list[Path]:
    return sorted(p for p in user_dir.glob("*.tsv") if p.name != SILENCED_FILE)


def _read_silenced(user_dir: Path) -> set[str]:
    return {entry_key(row[0]) for _, row in read_rows(user_dir / SILENCED_FILE) if row[0].strip()}


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256(ENGINE_VERSION.encode())
    for p in paths:
        if p.exists():
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def _build(user_dir: Path) -> Lexicon:
    base = shipped_dir()
    shipped: list[LexiconEntry] = []
    for category in FLAG_CATEGORIES:
        name = f"{category}.tsv"
        shipped += _parse_entries(base / name, name, FLAG_CATEGORIES)
    neutral = _parse_entries(base / "neutral.tsv", "neutral.tsv", (NEUTRAL,))
    user = [e for p in _user_files(user_dir) for e in _parse_entries(p, "user", FLAG_CATEGORIES)]
    silenced = frozenset(_read_silenced(user_dir))
    everything = [
        LexiconEntry(e.entry, e.category, e.note, e.source, e.key in silenced)
        for e in shipped + user
    ]
    active = [e for e in everything if not e.silenced]
    rule_files = sorted(base.glob("*.tsv")) + sorted(base.glob("*.toml"))
    version = _digest(rule_files + _user_files(user_dir) + [user_dir / SILENCED_FILE])
    return Lexicon(
        tuple(everything), tuple(neutral), silenced, version, _index(active), _index(neutral)
    )


@lru_cache(maxsize=8)
def _cached(user_dir: str, signature: tuple) -> Lexicon:
    return _build(Path(user_dir))


def _stamp(paths: list[Path]) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in paths if p.is_file())


@lru_cache(maxsize=1)
def _shipped_signature() -> tuple:
    """The shipped lists' stamps, read once per process: they change with a new release, not while
    the app runs, and stat-ing ~15 files for every article was a tenth of the flagging time.
    Condensed to one string, so the cache key is cheap to hash."""
    stamps = _stamp(sorted(shipped_dir().glob("*")))
    return (hashlib.sha256(repr(stamps).encode()).hexdigest(),)


# Per user directory: its mtime when it was listed, and the list files' names then.
_LISTINGS: dict[str, tuple[int, tuple[str, ...]]] = {}


def _user_stamp(user_dir: Path) -> tuple:
    """(name, mtime, size) of the user's list files.

    Adding, removing or renaming a file changes the directory's mtime, so its names are read
    again only then (one stat per article instead of a directory read); a file edited in place
    changes its own stamp. File times are coarse, so a listing taken within a second of the
    directory's last change is not kept: a file added in the same tick could be missed.
    """
    key = str(user_dir)
    try:
        mtime = os.stat(key).st_mtime_ns
    except FileNotFoundError:
        return ()
    listed = _LISTINGS.get(key)
    if listed is None or listed[0] != mtime:
        with os.scandir(key) as found:
            names = tuple(sorted(e.name for e in found if e.name.endswith(".tsv") and e.is_file()))
        listed = (mtime, names)
        if time.time_ns() - mtime > 1_000_000_000:
            _LISTINGS[key] = listed
    stamps = []
    for name in listed[1]:
        try:
            st = os.stat(os.path.join(key, name))
        except FileNotFoundError:
            continue
        stamps.append((name, st.st_mtime_ns, st.st_size))
    return tuple(stamps)


def _signature(user_dir: Path) -> tuple:
    return _shipped_signature() + _user_stamp(user_dir)


@lru_cache(maxsize=8)
def _default_dir(*environment: str | None) -> Path:
    from reader_app.paths import user_lexicon_dir

    return user_lexicon_dir()


# What the default user directory depends on (paths.data_dir and platformdirs on Linux).
_DIR_VARIABLES = ("READER_APP_DATA_DIR", "XDG_DATA_HOME", "HOME")


def _user_dir(user_dir: Path | str | None) -> Path:
    if user_dir is None:
        # Resolved (and created) once per environment: platformdirs and two mkdir calls for
        # every article were most of what loading the (cached) lists cost.
        return _default_dir(*(os.environ.get(v) for v in _DIR_VARIABLES))
    path = Path(user_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def load_lexicon(user_dir: Path | str | None = None) -> Lexicon:
    """The shipped lists plus the user's (``paths.user_lexicon_dir()`` by default); cached until a
    user list changes (shipped lists are stamped once per process). Raises ValueError naming the
    file and line of a malformed row."""
    path = _user_dir(user_dir)
    return _cached(str(path), _signature(path))


# --- the user's own lists ------------------------------------------------------------------


def user_entries(user_dir: Path | str | None = None) -> tuple[LexiconEntry, ...]:
    """The user's added entries and silenced entries (``silenced=True``), for the settings view."""
    lex = load_lexicon(user_dir)
    added = tuple(e for e in lex.entries if e.source == "user")
    known = {e.key: e for e in lex.entries}
    # A silenced key may name no entry: a rule ("rule:superlative") or an exact flagged text.
    quiet = tuple(
        known.get(k, LexiconEntry(k, "", "", "silenced", True)) for k in sorted(lex.silenced)
    )
    return added + tuple(e for e in quiet if e.source != "user")


def add_user_entry(
    phrase: str, category: str, note: str = "", user_dir: Path | str | None = None
) -> LexiconEntry:
    """Add (or replace) a user entry; it is flagged from the next analysis on."""
    if category not in FLAG_CATEGORIES:
        raise ValueError(f"unknown category {category!r}; expected one of {FLAG_CATEGORIES}")
    entry = LexiconEntry(" ".join(phrase.split()), category, " ".join(note.split()), "user")
    for variant in entry.variants():
        compile_variant(variant, entry)  # raises on an empty phrase or a too-short prefix
    path = _user_dir(user_dir) / ADDED_FILE
    rows = [r for _, r in read_rows(path) if entry_key(r[0]) != entry.key]
    write_rows(path, rows + [[entry.entry, category, entry.note]])
    return entry


def remove_user_entry(phrase: str, user_dir: Path | str | None = None) -> bool:
    """Delete a user-added entry; True when there was one."""
    path = _user_dir(user_dir) / ADDED_FILE
    rows = [r for _, r in read_rows(path)]
    kept = [r for r in rows if entry_key(r[0]) != entry_key(phrase)]
    if len(kept) != len(rows):
        write_rows(path, kept)
    return len(kept) != len(rows)


def silence_entry(phrase: str, user_dir: Path | str | None = None) -> None:
    """Stop flagging an entry (shipped or user), a rule (``"rule:superlative"``) or an exact text."""
    path = _user_dir(user_dir) / SILENCED_FILE
    rows = [r for _, r in read_rows(path)]
    if entry_key(phrase) and all(entry_key(r[0]) != entry_key(phrase) for r in rows):
        write_rows(path, rows + [[entry_key(phrase)]])


def unsilence_entry(phrase: str, user_dir: Path | str | None = None) -> bool:
    """Flag a silenced entry again; True when it was silenced."""
    path = _user_dir(user_dir) / SILENCED_FILE
    rows = [r for _, r in read_rows(path)]
    kept = [r for r in rows if entry_key(r[0]) != entry_key(phrase)]
    if len(kept) != len(rows):
        write_rows(path, kept)
    return len(kept) != len(rows)
