"""The reader's library: articles, collections, annotations, labels and cached analyses in a database.

``Library(url)`` opens (and migrates) a library; see ``library.py`` for the calls.
"""

from reader_app.store.articles_repo import NotFoundError
from reader_app.store.engine import LibraryError
from reader_app.store.errors import ConflictError, LibraryOffline, NotAllowedError
from reader_app.store.library import Library, text_hash
from reader_app.store.library_people import ALL
from reader_app.store.types import (
    DEFAULT_LABELS,
    HIT_CLOSE,
    HIT_OPEN,
    ArticleInfo,
    CollectionInfo,
    Label,
    SearchHit,
)

__all__ = [
    "ALL",
    "DEFAULT_LABELS",
    "HIT_CLOSE",
    "HIT_OPEN",
    "ArticleInfo",
    "CollectionInfo",
    "ConflictError",
    "Label",
    "Library",
    "LibraryError",
    "LibraryOffline",
    "NotAllowedError",
    "NotFoundError",
    "SearchHit",
    "text_hash",
]
