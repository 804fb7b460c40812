"""News on the status bar ("Opened answers.csv", "Restored 60 decisions from …", "Scored 120 answers"): it says what
just happened, so it goes once the teacher moves on, at the next decision (a mark, an undo or a redo), or after its
time, whichever comes first. A warning or failure shown since is left for its own time, and news never replaces a
warning given here while it is still shown ("1 decision could not be restored…" matters more than "Scored 90
answers", which the table shows anyway). Closing the sheet takes whatever the bar says about it away. A failure that
says what to do (:meth:`StatusNews.fail`) is kept whole in the notes above the results as well: the bar cuts a long
message to its width (:mod:`.message_bar`); so is news that tells the teacher what to do next
(:meth:`StatusNews.advise`), marked as information."""
from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QStatusBar, QWidget

from .message_bar import MessageBar


class StatusNews(QObject):
    def __init__(self, bar: QStatusBar, keep: Callable[..., object] | None = None,
                 inform: Callable[..., object] | None = None) -> None:
        super().__init__(bar)
        self.bar = bar
        self.keep = keep     # where a failure is kept whole (with those it takes the place of: the notes), or None
        self.inform = inform   # where news on what to do next is kept whole (with the failure it resolves), or None
        self._shown = ""     # the news last shown ("" when none)
        self._warning = ""   # the warning last given here ("" when none)

    def show(self, text: str, ms: int, room: bool = False) -> None:
        """``room``: the counts beside the news give it their room while it is shown, as for news said in a few words
        (a score's "…; undo with Ctrl+Z or Edit ▸ Undo." lost the menu's name at 16 pt in German and Spanish)."""
        if self._warning and self.bar.currentMessage() == self._warning:
            return   # the warning keeps its time; the news is not worth hiding it
        self._shown = text
        if room and isinstance(self.bar, MessageBar):
            self.bar.show_in_brief(text, ms, text)
        else:
            self.bar.showMessage(text, ms)

    def warn(self, text: str, ms: int, detail: str = "") -> None:
        """A warning or failure: it stays for its time, through later decisions and later news; ``detail``, if any, is
        the whole of news said in a few words, the bar's tooltip while they are shown."""
        self._warning = text
        if detail and isinstance(self.bar, MessageBar):
            self.bar.show_in_brief(text, ms, detail)
        else:
            self.bar.showMessage(text, ms)

    def fail(self, text: str, ms: int, replaces: Iterable[str] = ()) -> None:
        """A failure that says what went wrong and what to do: a warning, and kept whole where the teacher reads it, in
        the place of the failures ``replaces`` said before, if any (it says them again, up to date: the decisions'
        failure counts every decision left unsaved)."""
        self.warn(text, ms)
        if self.keep is not None and replaces:
            self.keep(text, replaces)
        elif self.keep is not None:
            self.keep(text)

    def advise(self, text: str, ms: int) -> None:
        """News that tells the teacher what to do next: news, and kept whole where the teacher reads it."""
        self.show(text, ms)
        if self.inform is not None:
            self.inform(text)

    def notify(self, text: str, ms: int, resolves: str | Iterable[str] = ()) -> None:
        """News the teacher must not miss though they go on deciding (answers the model had taken, back with them): it
        stays for its time, as a warning does, and is kept whole where the teacher reads it, as information; in the
        place of the failures ``resolves`` said before (the scores or decisions saved after all), no longer true."""
        self.warn(text, ms)
        if self.inform is not None and resolves:
            self.inform(text, resolves)
        elif self.inform is not None:
            self.inform(text)

    def decided(self) -> None:
        """The teacher made, undid or redid a decision: the news still shown is old news."""
        if self._shown and self.bar.currentMessage() == self._shown:
            self.bar.clearMessage()
        self._shown = ""


    def sheet_closed(self) -> None:
        """The sheet was closed: what the bar says is about that sheet (its opening, its scoring, a warning on it), so
        it goes; a problem closing it brings is said afterwards."""
        self.bar.clearMessage()
        self._shown = self._warning = ""


def warn_in(window: QWidget, text: str, ms: int) -> None:
    """``text`` said as a warning on ``window``'s status bar (a page finds its window with ``self.window()``)."""
    news = getattr(window, "news", None)
    if isinstance(news, StatusNews):
        news.warn(text, ms)
    elif isinstance(window, QMainWindow):   # a page shown in a window of its own has no news
        window.statusBar().showMessage(text, ms)
