"""The settings file written off the GUI thread: one writer thread for the process, started at the first change.

QSettings writes a change to its file by itself soon after ``setValue``, on the thread its object lives in; on the GUI
thread that was a write of the file in the window's event loop (and ``sync()`` a write right there), which a slow
share or a roaming profile makes the window wait for. Here the QSettings objects that write live on a QThread of their
own (QSettings is reentrant: one object per thread on the same file is how Qt has it shared); the GUI thread hands it
each change in order, as a queued call, and never calls ``setValue``, ``remove`` or ``sync`` itself.

The writing is left to QSettings' own update on the writer's event loop, which is Qt's code with no Python on the
thread: the interpreter's lock is free meanwhile. A ``sync()`` called from Python there would hold it for the whole
write, stalling the GUI thread's Python just the same (a 10 MB value took ~0.8 s to write and the GUI thread's
Python did not run for as long).

Each change (or set of changes) has a ticket; the writer reports it, on the GUI thread, once QSettings has written it
(the report is queued behind QSettings' own update), with the folder the file could not be written to, if so.
:func:`wait_written` waits for every change handed over so far to be on disk: for the window's close, and for a new
:class:`~grader_app.ui.settings.Settings` (which reads the file) to read what was written before it.
"""
from __future__ import annotations

import atexit
import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThread, Signal, Slot

ORGANISATION = "Grader"
APPLICATION = "Grader"


def open_settings(location: str) -> QSettings:
    """The settings at ``location``: an INI file's path, or "" for the system's own place for Grader's."""
    if location:
        return QSettings(location, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def folder_of(settings: QSettings) -> str:
    return str(Path(settings.fileName()).parent)


class _Writer(QObject):
    """Lives on the writer thread: applies changes, and reports each ticket once QSettings has written it."""
    written = Signal(int, str)       # ticket, the folder the file could not be written to ("" when written)
    _then = Signal(int, str)         # to itself, queued behind the update QSettings posted for the changes

    def __init__(self) -> None:
        super().__init__()
        self._files: dict[str, QSettings] = {}
        self._then.connect(self._report, Qt.ConnectionType.QueuedConnection)   # never direct: after the update

    @Slot(str, object, int)
    def apply(self, location: str, changes: list, ticket: int) -> None:
        q = self._files.get(location)
        if q is None:
            q = self._files[location] = open_settings(location)
        for key, value, remove in changes:
            q.remove(key) if remove else q.setValue(key, value)   # in memory; QSettings posts itself an update
        self._then.emit(ticket, location)   # (same thread: queued, so after that update has written the file)

    @Slot(int, str)
    def _report(self, ticket: int, location: str) -> None:
        q = self._files[location]
        failed = "" if q.status() == QSettings.Status.NoError else folder_of(q)
        with _line.done_changed:
            _line.failed[location] = failed or None
            _line.done = max(_line.done, ticket)
            _line.done_changed.notify_all()
        self.written.emit(ticket, failed)

    @Slot()
    def finish(self) -> None:
        """Let go of the files (everything is written: nothing left for QSettings to write as it goes) and stop."""
        self._files.clear()
        thread = self.thread()
        thread.quit()


class _Post(QObject):
    """On the GUI thread: hands changes to the writer, and calls back when they are written."""
    send = Signal(str, object, int)
    stop = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, Callable[[str | None], Any]] = {}

    @Slot(int, str)
    def written(self, ticket: int, failed: str) -> None:
        callback = self.callbacks.pop(ticket, None)
        if callback is not None:
            callback(failed or None)


class _Line:
    """The writer thread and what was handed to it (one for the process; tickets count up from 1)."""
    def __init__(self) -> None:
        self.done_changed = threading.Condition()
        self.queued = 0
        self.done = 0
        self.failed: dict[str, str | None] = {}   # a location -> the folder it could not be written to, else None
        self.thread: QThread | None = None
        self.writer: _Writer | None = None
        self.post: _Post | None = None

    def start(self) -> _Post:
        if self.post is None:
            self.thread = QThread()
            self.thread.setObjectName("settings writer")
            self.writer = _Writer()
            self.writer.moveToThread(self.thread)
            self.post = _Post()
            self.post.send.connect(self.writer.apply)
            self.post.stop.connect(self.writer.finish)
            self.writer.written.connect(self.post.written)
            self.thread.start()
        return self.post


_line = _Line()


def hand_over(location: str, changes: list[tuple[str, Any, bool]],
              then: Callable[[str | None], Any] | None = None) -> int:
    """Give the writer ``changes`` ((key, value, remove) each, in order) to the settings at ``location``; ``then``
    is called on this (the GUI) thread once they are written, with the folder they could not be written to, else
    None. Returns the ticket (0: written here, as there is no Qt application, so no window, and no event loop a
    writer thread could run)."""
    if QCoreApplication.instance() is None:
        q = open_settings(location)
        for key, value, remove in changes:
            q.remove(key) if remove else q.setValue(key, value)
        q.sync()
        failed = None if q.status() == QSettings.Status.NoError else folder_of(q)
        with _line.done_changed:
            _line.failed[location] = failed
        if then is not None:
            then(failed)
        return 0
    post = _line.start()
    with _line.done_changed:
        _line.queued += 1
        ticket = _line.queued
    if then is not None:
        post.callbacks[ticket] = then
    post.send.emit(location, changes, ticket)
    return ticket


WAIT_S = 60.0   # the longest a close (or a new Settings) waits for the writer: a share that never answers


def wait_written(timeout: float | None = None) -> bool:
    """Wait (this thread) until every change handed over so far is written, at most ``timeout`` seconds
    (:data:`WAIT_S` unless given): False if they were not all written by then (the window closes all the same,
    as it did before when a write hung; the writer goes on while the process lives)."""
    with _line.done_changed:
        return _line.done_changed.wait_for(lambda: _line.done >= _line.queued,
                                           timeout=WAIT_S if timeout is None else timeout)


def failed(location: str) -> str | None:
    """The folder the settings at ``location`` could not be written to when last written, else None."""
    with _line.done_changed:
        return _line.failed.get(location)


def stop() -> None:
    """Wait for every change to be written, then stop the writer thread (it starts again at the next change)."""
    if _line.thread is None or _line.post is None:
        return
    if not wait_written():
        return   # a write that does not end: left to the process's end rather than hanging the close
    thread, writer, post = _line.thread, _line.writer, _line.post   # held here until the thread has stopped
    _line.thread = _line.writer = _line.post = None   # (a change made from a report below starts a writer anew)
    post.stop.emit()
    thread.wait()
    if QCoreApplication.instance() is not None:   # the reports still on their way: their callbacks are called
        QCoreApplication.sendPostedEvents(post)
    del thread, writer, post


atexit.register(stop)   # a window never closed (a test's): its last changes are written all the same
