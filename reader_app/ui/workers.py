"""Background work: run a plain function on the thread pool; it reports only through signals.

The function gets ``progress(done, total)`` and ``cancel() -> bool`` callables (the core's
convention) and never sees a widget. Signals are queued back to the GUI thread.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    """What a task tells the GUI: progress, a result or an error, then finished (always)."""

    progress = Signal(int, int)
    result = Signal(object)
    error = Signal(object)  # the exception instance
    cancelled = Signal()
    finished = Signal()


class Task:
    """One job on the pool; ``cancel()`` sets a flag the job polls through its ``cancel`` callable.

    Not a QRunnable: the pool runs ``task.run`` as a plain callable, so Qt never deletes a
    Python object that the GUI thread may still hold (that raced and crashed).
    """

    def __init__(self, job: Job, name: str = "") -> None:
        self.job = job
        self.name = name
        self.signals = TaskSignals()  # created on the GUI thread, so slots run there
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        # A tight loop can report thousands of times a second; the GUI needs ~20 updates a second.
        now = time.monotonic()
        if done >= total or now - self._last_progress >= 0.05:
            self._last_progress = now
            self.signals.progress.emit(done, total)

    def run(self) -> None:  # worker thread: emit only, touch nothing else
        try:
            outcome = self._outcome()
            for signal, args in outcome:
                signal.emit(*args)
        except RuntimeError:
            pass  # the GUI side was torn down (app quitting): nobody is left to tell
        finally:
            try:
                self.signals.finished.emit()
            except RuntimeError:
                pass

    def _outcome(self) -> list[tuple[Any, tuple]]:
        """Run the job; the signals to send about it (sent outside the job's try)."""
        try:
            value = self.job(self._progress, self._cancel.is_set)
        except Exception as error:  # noqa: BLE001 - every failure must reach the GUI as a signal
            if self._cancel.is_set() or type(error).__name__ == "Cancelled":
                return [(self.signals.cancelled, ())]
            error.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            return [(self.signals.error, (error,))]
        if self._cancel.is_set():
            return [(self.signals.cancelled, ())]
        return [(self.signals.result, (value,))]


class Tasks(QObject):
    """Starts tasks on a pool and keeps them alive until they finish; can cancel them all."""

    running_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        # Analysis is pure Python: more threads than cores only fight over the GIL.
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()

    def start(
        self,
        job: Job,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        name: str = "",
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``job`` on the pool. Pass every callback here: a slot connected after ``start``
        can miss a fast job's signals (they are queued only to slots connected when emitted)."""
        task = Task(job, name)
        if on_result:
            task.signals.result.connect(on_result)
        if on_error:
            task.signals.error.connect(on_error)
        if on_progress:
            task.signals.progress.connect(on_progress)
        if on_cancelled:
            task.signals.cancelled.connect(on_cancelled)
        if on_finished:
            task.signals.finished.connect(on_finished)
        task.signals.finished.connect(lambda t=task: self._finish(t))
        self._running.add(task)
        self.pool.start(task.run)
        self.running_changed.emit(len(self._running))
        return task

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        self.running_changed.emit(len(self._running))

    @property
    def running(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (shutdown only: tests and window close)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10000) -> None:
        """Cancel, wait, then deliver the tasks' last queued signals now, while their receivers
        still exist (delivered later they would reach torn-down objects)."""
        self.cancel_all()
        self.wait(msecs)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
