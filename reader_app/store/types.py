"""Plain records the library hands out besides the model's dataclasses: listings, labels, search hits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CollectionInfo:
    id: int
    name: str
    description: str
    article_count: int


@dataclass(frozen=True)
class ArticleInfo:
    """One row of a library listing: enough to show and sort articles without loading their text."""

    id: str
    title: str | None
    outlet: str | None
    author: str | None
    date: str | None
    genre: str | None
    path: str | None
    word_count: int
    collection_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Label:
    """A codebook entry readers tag annotations with (``Annotation.label`` holds the name)."""

    name: str
    colour: str = "#ffd54f"
    description: str = ""
    examples: tuple[str, ...] = ()  # example phrases that show the label, for the codebook


@dataclass(frozen=True)
class SearchHit:
    """A search result; ``snippet`` wraps each matched word in HIT_OPEN ... HIT_CLOSE."""

    article_id: str
    title: str | None
    snippet: str
    rank: float  # higher is better; only comparable within one result list


# Marks around matched words in snippets: characters news text never uses, easy to swap for markup.
HIT_OPEN = "\u27e6"
HIT_CLOSE = "\u27e7"

DEFAULT_LABELS = (
    Label("Evidence needed", "#ffb74d", "A claim that needs a source or a check."),
    Label("Misleading framing", "#e57373", "True parts arranged to suggest something false."),
    Label("Loaded language", "#ba68c8", "Wording that judges instead of describing."),
    Label("Good sourcing", "#81c784", "Named, checkable sources backing the claim."),
    Label("Question", "#64b5f6", "Something to ask or look up."),
)
