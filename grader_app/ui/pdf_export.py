"""A printable export in three steps, none of which holds up the window.

1. ``prepare()`` on a worker of the :class:`~grader_app.ui.tasks.TaskManager`: the checks and the
   pure-Python content (the report's HTML pieces, each student's page); no Qt painting.
2. ``paint(content)`` on the GUI thread, a generator run by :class:`~grader_app.ui.paced.Paced` a
   slice at a time: the text layout and the PDF's pages (:mod:`.pdf_pages` says why not on a worker), each of its
   steps at most one layout of a piece (:meth:`~.pdf_pages.PdfPages.place_steps`).
3. ``write(painted)`` on a worker (what the painting returned: the PDF's bytes, ...): the atomic write,
   so a full disk or a locked file gives the writer's one sentence.

``on_done(path)`` or ``on_error(exc)`` follows on the GUI thread, once.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Generator

from PySide6.QtCore import QObject

from .paced import Paced
from .tasks import TaskManager

__all__ = ["PdfExport", "PdfRecipe"]


@dataclass(frozen=True)
class PdfRecipe:
    """The three steps of one printable export (the module's docstring)."""
    prepare: Callable[[], Any]
    paint: Callable[[Any], Generator[Any, None, Any]]    # returns what ``write`` takes (the PDF's bytes, ...)
    write: Callable[[Any], Path]


class PdfExport(QObject):
    def __init__(self, tasks: TaskManager, prepare: Callable[[], Any],
                 paint: Callable[[Any], Generator[Any, None, Any]], write: Callable[[Any], Path],
                 on_done: Callable[[Path], None], on_error: Callable[[BaseException], None],
                 on_progress: Callable[[int, int], None] | None = None, name: str = "PDF",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._prepare, self._paint, self._write = tasks, prepare, paint, write
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.name = name
        self.step = ""                       # "prepare", "paint", "write", then "" again
        self.paced: Paced | None = None      # the painting step (its slices, for the benchmark)

    @property
    def busy(self) -> bool:
        return bool(self.step)

    def start(self) -> "PdfExport":
        self.step = "prepare"
        self._tasks.run(self._prepare, on_done=self._prepared, on_error=self._failed, name=f"{self.name}: prepare")
        return self

    def _prepared(self, content: Any) -> None:
        self.step = "paint"
        try:
            steps = self._paint(content)
        except Exception as exc:  # reported like any step's failure
            self._failed(exc)
            return
        self.paced = Paced(steps, on_done=self._painted, on_error=self._failed, on_progress=self._on_progress,
                           parent=self).start()

    def _painted(self, painted: Any) -> None:
        self.step = "write"
        self._tasks.run(self._write, painted, on_done=self._written, on_error=self._failed, name=f"{self.name}: write")

    def _written(self, path: Path) -> None:
        self.step = ""
        self._on_done(path)

    def _failed(self, exc: BaseException) -> None:
        self.step = ""
        self._on_error(exc)
