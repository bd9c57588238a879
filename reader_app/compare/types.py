"""Frozen result types of a cross-source comparison: entities, events, variants, discrepancies, profiles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = ("person", "place", "organisation", "date", "quantity", "other")


@dataclass(frozen=True)
class Spelling:
    """One occurrence of an entity as written: ``article text[start:end] == text``."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    """One referent across the collection; spellings hold every variant that was merged into it."""

    canonical: str
    kind: str  # one of ENTITY_KINDS
    spellings: tuple[Spelling, ...]
    value: str | None = None  # normalised value for dates ("2020-11-09") and quantities

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.article for s in self.spellings))


@dataclass(frozen=True)
class Mention:
    """A sentence or clause of one article that reports an event."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Event:
    """Mentions from at least two articles that report the same happening."""

    id: str
    label: str
    mentions: tuple[Mention, ...]
    key_terms: tuple[str, ...] = ()
    score: float = 0.0  # mean similarity of the links that built the group

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article for m in self.mentions))


@dataclass(frozen=True)
class TermVariantGroup:
    """The words each outlet uses for one referent (``referent`` = the shared head or neutral variant)."""

    referent: str
    variants: tuple[Spelling, ...]
    reasons: tuple[str, ...] = ()  # why each variant was picked, parallel to variants
    event: str | None = None


@dataclass(frozen=True)
class Discrepancy:
    """Aligned mentions whose dates, numbers or durations disagree."""

    event: str
    detail: str
    values: tuple[Spelling, ...]
    kind: str = "date"  # "date", "duration", "quantity"


@dataclass(frozen=True)
class Profile:
    """How one article (or, aggregated, one outlet) writes: flags, tone, readability, sources."""

    article: str | None  # None for an outlet aggregate
    outlet: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Comparison:
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    coverage: dict[str, tuple[str, ...]] = field(default_factory=dict)
    term_variants: tuple[TermVariantGroup, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    profiles: tuple[Profile, ...] = ()
    outlet_profiles: tuple[Profile, ...] = ()
