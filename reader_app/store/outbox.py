"""Pending writes kept on disk while the library is offline, replayed when it is back.

One JSON object per line in ``outbox.jsonl`` in the data dir, appended and flushed as soon as a
write fails, so what the reader typed survives a crash as well as a dropped connection.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from reader_app.model import Annotation
from reader_app.store.errors import ConflictError, LibraryOffline

OPS = ("add", "update")


@dataclass
class Replay:
    sent: list[Annotation] = field(default_factory=list)
    conflicts: list[Annotation] = field(default_factory=list)  # kept in outbox-conflicts.jsonl
    pending: int = 0  # still queued (the library went offline again)


def annotation_to_dict(ann: Annotation) -> dict:
    return dataclasses.asdict(ann)


def annotation_from_dict(data: dict) -> Annotation:
    names = {f.name for f in dataclasses.fields(Annotation)}
    values = {k: v for k, v in data.items() if k in names}
    values["tags"] = tuple(values.get("tags") or ())
    values["sources"] = tuple(values.get("sources") or ())
    return Annotation(**values)


class Outbox:
    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            from reader_app.paths import data_dir

            path = data_dir() / "outbox.jsonl"
        self.path = Path(path)

    def add(self, ann: Annotation, op: str = "add") -> None:
        """Queue one write; on disk (flushed and synced) before this returns."""
        if op not in OPS:
            raise ValueError(f"unknown outbox operation {op!r}")
        self._append(self.path, {"op": op, "annotation": annotation_to_dict(ann)})

    def entries(self) -> list[tuple[str, Annotation]]:
        if not self.path.exists():
            return []
        out = []
        for n, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                out.append((item["op"], annotation_from_dict(item["annotation"])))
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(
                    f"{self.path}: line {n} is not a pending write ({error})"
                ) from error
        return out

    def __len__(self) -> int:
        return len(self.entries())

    def save(self, library, ann: Annotation) -> Annotation | None:
        """Add or update through ``library``; offline, queue it and return None."""
        op = "update" if ann.id is not None else "add"
        try:
            return library.update_annotation(ann) if op == "update" else library.add_annotation(ann)
        except LibraryOffline:
            self.add(ann, op)
            return None

    def replay(self, library) -> Replay:
        """Send queued writes in order; stop at the first offline error, keeping the rest."""
        result = Replay()
        entries = self.entries()
        for index, (op, ann) in enumerate(entries):
            try:
                if op == "update":
                    result.sent.append(library.update_annotation(ann))
                else:
                    result.sent.append(library.add_annotation(ann))
            except ConflictError:
                result.conflicts.append(ann)
                self._append(
                    self.path.with_name("outbox-conflicts.jsonl"),
                    {"op": op, "annotation": annotation_to_dict(ann)},
                )
            except LibraryOffline:
                self._rewrite(entries[index:])
                result.pending = len(entries) - index
                return result
        self._rewrite([])
        return result

    @staticmethod
    def _append(path: Path, item: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())

    def _rewrite(self, entries: list[tuple[str, Annotation]]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        temp = self.path.with_suffix(".tmp")
        temp.write_text(
            "".join(
                json.dumps({"op": op, "annotation": annotation_to_dict(a)}, ensure_ascii=False)
                + "\n"
                for op, a in entries
            ),
            encoding="utf-8",
        )
        os.replace(temp, self.path)
