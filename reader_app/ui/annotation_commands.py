"""Undoable annotation edits: each command writes through the library at once, undo writes back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from reader_app.model import Annotation


class AnnotationCommand(QUndoCommand):
    """Turn ``before`` into ``after`` (either may be None: add or delete) and back.

    The library hands out a new id when an annotation is re-added (undoing a delete,
    redoing an add), so every command on the stack looks ids up in one shared map from
    the annotation's first id to the id its row has now.
    """

    def __init__(
        self,
        library: Callable[[], Any],
        refresh: Callable[[str], None],
        ids: dict[int, int],
        before: Annotation | None,
        after: Annotation | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self._library, self._refresh, self._ids = library, refresh, ids
        self.before, self.after = before, after
        self.key: int | None = before.id if before is not None else None

    @property
    def live_id(self) -> int | None:
        return None if self.key is None else self._ids.get(self.key, self.key)

    def redo(self) -> None:
        self._apply(self.before, self.after)

    def undo(self) -> None:
        self._apply(self.after, self.before)

    def _apply(self, old: Annotation | None, new: Annotation | None) -> None:
        library = self._library()
        if new is None:
            library.delete_annotation(self.live_id)
        elif old is None:
            saved = library.add_annotation(replace(new, id=None))
            if self.key is None:
                self.key = saved.id
            self._ids[self.key] = saved.id
        else:
            library.update_annotation(replace(new, id=self.live_id))
        self._refresh((new or old).article_id)


class AnnotationEditor:
    """The window's annotation edits on one undo stack (Ctrl+Z / Ctrl+Shift+Z)."""

    def __init__(self, library: Callable[[], Any], refresh: Callable[[str], None], parent) -> None:
        self.stack = QUndoStack(parent)
        self._library, self._refresh = library, refresh
        self._ids: dict[int, int] = {}

    def original_id(self, live_id: int) -> int:
        """The id an annotation had when first seen (commands address it by that)."""
        return next((key for key, now in self._ids.items() if now == live_id), live_id)

    def _push(self, before: Annotation | None, after: Annotation | None, text: str) -> None:
        if before is not None:
            before = replace(before, id=self.original_id(before.id))
        command = AnnotationCommand(self._library, self._refresh, self._ids, before, after, text)
        self.stack.push(command)

    def add(self, annotation: Annotation) -> None:
        self._push(None, annotation, f"add annotation “{_short(annotation.quote)}”")

    def edit(self, before: Annotation, after: Annotation) -> None:
        self._push(
            before, replace(after, id=before.id), f"edit annotation “{_short(before.quote)}”"
        )

    def delete(self, annotation: Annotation) -> None:
        self._push(annotation, None, f"delete annotation “{_short(annotation.quote)}”")


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
