"""The About box: what Grader is, that no data leaves the computer, the models in use, the version."""
from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import __version__
from ..bundles.library import Library
from ..core.session import GradingSession
from .export_layout import room
from .i18n import QT_TRANSLATE_NOOP, number

translate = QCoreApplication.translate

PRIVACY = QT_TRANSLATE_NOOP("about", "No data leaves this computer. Grader opens no network connection: your sheets, "
                            "the scores, your decisions and comments stay in files on this computer (the project file "
                            "sits beside your sheet).")

SHORTCUTS = [   # (key, what it does), each translated where it is shown
    (QT_TRANSLATE_NOOP("about", "Ctrl+O"), QT_TRANSLATE_NOOP("about", "open a sheet")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+E"), QT_TRANSLATE_NOOP("about", "export the graded sheet or a report")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+S"),
     QT_TRANSLATE_NOOP("about", "save (every decision is already saved the moment you make it)")),
    (QT_TRANSLATE_NOOP("about", "Enter"),
     QT_TRANSLATE_NOOP("about", "review the answers that need you / accept the model's score")),
    (QT_TRANSLATE_NOOP("about", "0–9"),
     QT_TRANSLATE_NOOP("about", "give a score while reviewing (in a group: to every answer except those that differ "
                                "from the typical answer, which stay open to read)")),
    (QT_TRANSLATE_NOOP("about", "← → or K J"), QT_TRANSLATE_NOOP("about", "previous / next answer")),
    (QT_TRANSLATE_NOOP("about", "↑ ↓ / P"),
     QT_TRANSLATE_NOOP("about", "choose an answer in a group / pull it out to score it on its own")),
    (QT_TRANSLATE_NOOP("about", "N"),
     QT_TRANSLATE_NOOP("about", "the answers Grader suggests marking next (a question whose model learns from you)")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+G"), QT_TRANSLATE_NOOP("about", "give the score to the identical answers")),
    (QT_TRANSLATE_NOOP("about", "C"), QT_TRANSLATE_NOOP("about", "comment on the answer")),
    (QT_TRANSLATE_NOOP("about", "Q"),
     QT_TRANSLATE_NOOP("about", "show the question's whole text while reviewing (Q again: only the question)")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+Z / Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("about", "undo / redo")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+F"), QT_TRANSLATE_NOOP("about", "search the results")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+1 / Ctrl+2 / Ctrl+0"),
     QT_TRANSLATE_NOOP("about", "the results table / the review / the start screen")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+Shift+B"), QT_TRANSLATE_NOOP("about", "hide student names (blind marking)")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+W"), QT_TRANSLATE_NOOP("about", "close the sheet")),
    (QT_TRANSLATE_NOOP("about", "Esc"),
     QT_TRANSLATE_NOOP("about", "back to the results table (in its search box: clear the search)")),
    (QT_TRANSLATE_NOOP("about", "F1"), QT_TRANSLATE_NOOP("about", "this window")),
    (QT_TRANSLATE_NOOP("about", "Ctrl+Q"), QT_TRANSLATE_NOOP("about", "quit")),
]


def about_html(library: Library | None, session: GradingSession | None) -> str:
    e = html.escape
    parts = [f"<h2>Grader {e(__version__)}</h2>",
             "<p>" + e(translate("about", "Scores students' short written answers with small models that run on this "
                                 "computer's processor, and puts only the answers the models are unsure of in front "
                                 "of you.")) + "</p>",
             "<p><b>" + e(translate("about", PRIVACY)) + "</b></p>"]
    rows = []
    if session is not None:
        used: dict[str, tuple[str, list[str]]] = {}
        for item in session.item_keys():
            info = session.items[item]
            if info.bundle_id:
                used.setdefault(info.bundle_id, (info.title, []))[1].append(item)
        for bid, (title, items) in used.items():
            b = library.get(bid) if library else None
            qwk = b.qwk() if b else None
            what = translate("about", "{model} ({id}) for {questions}").format(
                model=f"<b>{e(title or bid)}</b>", id=e(bid), questions=e(", ".join(items)))
            if qwk is not None:
                what += " — " + e(translate("about", "agreement with teachers on held-out answers (QWK) {qwk}").format(
                    qwk=number(qwk)))
            rows.append(f"<li>{what}</li>")
        heading = translate("about", "Models scoring this sheet")
        if not rows:
            rows.append("<li>" + e(translate("about", "None: you score every answer of this sheet.")) + "</li>")
    else:
        heading = translate("about", "Models installed")
        installed = library.bundles if library else {}
        for bid in (library.ids() if library else []):
            b = installed[bid]
            qwk = b.qwk()
            rows.append(f"<li><b>{e(b.title)}</b> ({e(bid)})" + (f" — QWK {number(qwk)}" if qwk is not None else "") + "</li>")
        if not rows:
            rows.append("<li>" + e(translate("about", "None installed yet.")) + "</li>")
    parts.append(f"<h3>{e(heading)}</h3><ul>{''.join(rows)}</ul>")
    keys = [(e(translate("about", k)), e(translate("about", v))) for k, v in SHORTCUTS]
    parts.append("<h3>" + e(translate("about", "Keyboard")) + "</h3><table>" + "".join(
        f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in keys) + "</table>")
    parts.append("<p>" + e(translate("about", "Made with Qt for Python (PySide6) and ONNX Runtime. Models trained on "
                                     "public data (ASAP Short Answer Scoring, Hewlett Foundation); see each model's "
                                     "card for its provenance.")) + "</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    """Its text (:func:`about_html`) is shown whole where the screen has room (:meth:`fitted_size`), and scrolls in a
    dialog that keeps to the free area of the screen where it has not (at a 150 % font it was 718 px tall on a 600 px
    screen, Close below its edge); a screen reader hears what the text is."""

    def __init__(self, library: Library | None = None, session: GradingSession | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Grader"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html(library, session))
        self.text.setAccessibleName(self.tr("About Grader and keyboard keys"))
        self.text.setAccessibleDescription(self.tr("What Grader is, the models it uses, and every keyboard key"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.buttons = buttons
        self.box = lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        free = room(self)   # the screen's free area, less the window's frame and title bar
        self.setMaximumSize(free)
        self.resize(self.fitted_size(free))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def fitted_size(self, free: QSize) -> QSize:
        """The narrowest size, from 45 to 80 letters "M" wide in steps of 5, that shows the whole text within
        ``free``; where none does, the widest of them (or ``free``'s width) and ``free``'s height, the text scrolling.
        At a fixed 45 × 34 lines the box was 450 × 476 px on a 1366 × 768 screen, the list of keys below its edge."""
        lay = self.box
        margins = lay.contentsMargins()
        frame = 2 * self.text.frameWidth()
        across = margins.left() + margins.right() + frame   # a text that fits shows no scroll bar
        down = margins.top() + margins.bottom() + lay.spacing() + frame + self.buttons.sizeHint().height()
        doc = self.text.document().clone(self)
        letter = self.fontMetrics().horizontalAdvance("M")
        width = height = 0
        for letters in range(45, 81, 5):
            width = min(letter * letters, free.width())
            doc.setTextWidth(width - across)
            height = math.ceil(doc.size().height()) + down
            if height <= free.height() or width == free.width():
                break
        doc.deleteLater()
        return QSize(width, min(height, free.height()))

    def plain_text(self) -> str:
        return self.text.toPlainText()
