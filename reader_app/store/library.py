"""The library facade: one object the GUI and CLI call; every write is one transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Self

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from reader_app.model import Analysis, Annotation, Article
from reader_app.store import annotations_repo as notes
from reader_app.store import articles_repo as repo
from reader_app.store import migrate
from reader_app.store.convert import row_to_article
from reader_app.store.engine import LibraryError, make_engine, make_session_factory, mask_secret
from reader_app.store.library_people import ALL, PeopleMixin
from reader_app.store.orm import ArticleRow, Setting
from reader_app.store.retry import DELAYS, retrying
from reader_app.store.search import search as run_search
from reader_app.store.types import ArticleInfo, CollectionInfo, Label, SearchHit

SAMPLES_KEY = "samples_imported"


def text_hash(text: str) -> str:
    """The analysis cache key of a cleaned text (what the analyser reads)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Library(PeopleMixin):
    """A reader's library at a SQLAlchemy URL; opening it brings the schema up to date.

    ``user`` names the reader (the settings name); without it, PostgreSQL's ``current_user`` or
    the login name. ``url`` keeps the address with any password masked: the real one lives only
    inside the engine, never in settings, logs or messages.
    """

    def __init__(
        self, url: str | None = None, user: str | None = None, retry_delays: tuple = DELAYS
    ) -> None:
        if url is None:
            from reader_app.paths import resolve_db_url

            url = resolve_db_url()
        self._engine = make_engine(url)
        self.url = self._safe_url()
        self.retry_delays = tuple(retry_delays)
        self._user = " ".join((user or "").split()) or None
        try:
            migrate.upgrade(self._engine)
        except LibraryError:
            self._engine.dispose()
            raise
        except SQLAlchemyError as error:
            self._engine.dispose()
            reason = (
                getattr(error, "orig", None) or error
            )  # the driver's words, without SQLAlchemy's links
            message = mask_secret(f"{self.url}: cannot open the library ({reason})", url)
            raise LibraryError(message) from None  # the chained error would show the password
        self._sessions = make_session_factory(self._engine)
        self._write_sessions = make_session_factory(self._engine, writes=True)

    def _safe_url(self) -> str:
        return self._engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A session in a transaction: committed at the end, rolled back entirely on any error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    # --- collections and articles ---------------------------------------------------

    @retrying
    def collections(self) -> list[CollectionInfo]:
        with self._read() as s:
            return repo.collections(s)

    @retrying
    def ensure_collection(self, name: str, description: str = "") -> int:
        with self._write() as s:
            return repo.ensure_collection(s, name, description).id

    def add_article(self, article: Article, collection: str | None = None) -> tuple[str, bool]:
        return self.add_articles([article], collection)[0]

    @retrying
    def add_articles(
        self, articles: Iterable[Article], collection: str | None = None
    ) -> list[tuple[str, bool]]:
        """Store articles (a known content hash is not stored twice), all or none of them."""
        results = []
        with self._write() as s:
            target = repo.ensure_collection(s, collection) if collection else None
            for article in articles:
                try:
                    results.append(repo.add_article(s, article, target))
                except (SQLAlchemyError, TypeError, ValueError, AttributeError) as error:
                    reason = getattr(error, "orig", None) or error
                    raise LibraryError(
                        f"{article.path or 'pasted article'}: cannot store it in the "
                        f"library ({reason}); nothing was imported"
                    ) from error
        return results

    @retrying
    def articles(self, collection_id: int | None = None) -> list[ArticleInfo]:
        with self._read() as s:
            return repo.article_infos(s, collection_id)

    @retrying
    def article(self, article_id: str) -> Article:
        with self._read() as s:
            return row_to_article(repo.article_row(s, article_id))

    @retrying
    def update_metadata(self, article_id: str, field: str, value: str | None) -> Article:
        with self._write() as s:
            row = repo.article_row(s, article_id)
            repo.update_metadata(s, row, field, value)
            return row_to_article(row)

    @retrying
    def replace_article_text(self, article_id: str, article: Article) -> list[int]:
        """New cleaned text (e.g. furniture restored); annotations move along. Returns ids that lost their quote."""
        with self._write() as s:
            row = repo.article_row(s, article_id)
            repo.replace_text(s, row, article)
            return notes.moved_annotations(s, row.id, article.text)

    @retrying
    def delete_article(self, article_id: str) -> None:
        """Remove an article with its annotations and evidence; its cached analysis goes unless shared."""
        with self._write() as s:
            row = repo.article_row(s, article_id)
            text = row.text
            s.delete(row)
            s.flush()
            if s.scalar(select(ArticleRow.id).where(ArticleRow.text == text).limit(1)) is None:
                notes.drop_analyses(s, text_hash(text))

    # --- analysis cache ---------------------------------------------------------------

    @retrying
    def cached_analysis(self, text_hash: str, version: str) -> Analysis | None:
        with self._read() as s:
            return notes.cached_analysis(s, text_hash, version)

    @retrying
    def save_analysis(self, text_hash: str, version: str, analysis: Analysis) -> None:
        try:
            with self._write() as s:
                notes.save_analysis(s, text_hash, version, analysis)
        except IntegrityError:
            pass  # another worker stored the same analysis a moment earlier

    # --- annotations and labels -------------------------------------------------------

    @retrying
    def add_annotation(self, ann: Annotation) -> Annotation:
        """Store a new annotation; one without an author becomes the library user's."""
        if not ann.author:
            ann = replace(ann, author=self.user)
        with self._write() as s:
            return notes.add_annotation(s, ann)

    @retrying
    def update_annotation(self, ann: Annotation) -> Annotation:
        """Save an edit; ``ConflictError`` when ``ann.version`` is stale (someone else saved first)."""
        with self._write() as s:
            return notes.update_annotation(s, ann)

    @retrying
    def add_annotations(self, anns: Iterable[Annotation]) -> list[Annotation]:
        """Store several annotations (an imported export), all or none of them."""
        with self._write() as s:
            return [
                notes.add_annotation(s, a if a.author else replace(a, author=self.user))
                for a in anns
            ]

    @retrying
    def find_article(self, content_hash: str = "", text: str = "") -> str | None:
        """The id of the stored article with this content hash, else with exactly this text."""
        with self._read() as s:
            return repo.find_article(s, content_hash, text)

    @retrying
    def delete_annotation(self, ann_id: int) -> None:
        with self._write() as s:
            s.delete(notes.annotation_row(s, ann_id))

    @retrying
    def annotations(self, article_id: str, author: str | None = None) -> list[Annotation]:
        """The reader's own annotations (and unattributed ones); ``author=NAME`` for someone
        else's, ``author=ALL`` for everyone's."""
        if author == ALL:
            authors = None
        elif author is None:
            authors = (self.user, "")
        else:
            authors = (author,)
        with self._read() as s:
            return notes.annotations(s, article_id, authors)

    @retrying
    def labels(self) -> list[Label]:
        with self._read() as s:
            return notes.labels(s)

    @retrying
    def save_label(self, label: Label) -> Label:
        with self._write() as s:
            return notes.save_label(s, label)

    @retrying
    def save_labels(self, labels: Iterable[Label]) -> list[Label]:
        """Save several labels (an imported codebook), all or none of them."""
        with self._write() as s:
            return [notes.save_label(s, label) for label in labels]

    @retrying
    def rename_label(self, old: str, new: str) -> tuple[Label, int]:
        """Rename a label and relabel its annotations (everyone's); returns (label, annotations moved)."""
        with self._write() as s:
            return notes.rename_label(s, old, new)

    @retrying
    def delete_label(self, name: str) -> None:
        with self._write() as s:
            notes.delete_label(s, name)

    # --- search and settings ----------------------------------------------------------

    @retrying
    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        with self._read() as s:
            return run_search(s, query, limit)

    @retrying
    def get_value(self, key: str, default: str | None = None) -> str | None:
        with self._read() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    @retrying
    def set_value(self, key: str, value: str) -> None:
        with self._write() as s:
            s.merge(Setting(key=key, value=value))

    def is_sample_imported(self) -> bool:
        return self.get_value(SAMPLES_KEY) == "1"

    def mark_sample_imported(self) -> None:
        self.set_value(SAMPLES_KEY, "1")
