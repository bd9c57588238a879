"""The shared-library half of the facade: the reader's name, others' annotations, roles, answer keys."""

from __future__ import annotations

import getpass

from sqlalchemy import text

from reader_app.model import Annotation
from reader_app.store import people_repo as people
from reader_app.store.retry import retrying

ALL = "*"  # annotations(article_id, author=ALL): everyone's


class PeopleMixin:
    """Mixed into ``Library``; relies on its ``_read``/``_write`` sessions and ``_engine``."""

    _user: str | None

    @property
    def user(self) -> str:
        """Who this library writes as: the given name, else the database role, else the login."""
        if self._user is None:
            self._user = self._database_user()
        return self._user

    @retrying
    def _database_user(self) -> str:
        if self._engine.dialect.name == "postgresql":
            with self._read() as s:
                return str(s.scalar(text("SELECT current_user")))
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no login name (some containers): still a stable name
            return "reader"

    @retrying
    def authors(self, article_id: str | None = None) -> list[str]:
        """Everyone who annotated the article (or anything in the library), sorted."""
        with self._read() as s:
            return people.authors(s, article_id)

    @retrying
    def annotations_since(self, article_id: str, since: str) -> list[Annotation]:
        """Everyone's annotations of the article changed at ``since`` (ISO) or a little before.

        Pass the newest ``updated`` seen so far; merge the result by ``id`` keeping the higher
        ``version`` (the overlap in ``people_repo.SINCE_OVERLAP`` re-sends some rows).
        """
        with self._read() as s:
            return people.annotations_since(s, article_id, since)

    @retrying
    def roles(self) -> dict[str, str]:
        with self._read() as s:
            return people.roles(s)

    @retrying
    def role(self, name: str | None = None) -> str:
        """``name``'s role (default: this library's user); people without a row are students."""
        with self._read() as s:
            return people.role_of(s, name or self.user) or "student"

    @retrying
    def set_role(self, name: str, role: str) -> None:
        """Assign a role; only a teacher may, except a first teacher naming themselves."""
        with self._write() as s:
            people.set_role(s, self.user, name, role)

    @retrying
    def set_answer_key(self, article_id: str, author: str) -> None:
        """Mark ``author``'s annotations of the article as its answer key (teachers only)."""
        with self._write() as s:
            people.set_answer_key(s, self.user, article_id, author)

    @retrying
    def clear_answer_key(self, article_id: str) -> None:
        with self._write() as s:
            people.clear_answer_key(s, self.user, article_id)

    @retrying
    def answer_key(self, article_id: str) -> str | None:
        """The author whose annotations are the article's answer key, if one was set."""
        with self._read() as s:
            return people.answer_key(s, article_id)
