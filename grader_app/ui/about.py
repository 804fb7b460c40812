"""The About box: what Grader is, that no data leaves the computer, the models in use, the version."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from .. import __version__
from ..bundles.library import Library
from ..core.session import GradingSession

PRIVACY = ("No data leaves this computer. Grader opens no network connection: your sheets, the scores, "
           "your decisions and comments stay in files on this computer (the project file sits beside your sheet).")

SHORTCUTS = [
    ("Ctrl+O", "open a sheet"), ("Ctrl+E", "export the graded sheet or a report"),
    ("Ctrl+S", "save (every decision is already saved the moment you make it)"),
    ("Enter", "review the answers that need you / accept the model's score"),
    ("0–9", "give a score while reviewing (a group: every answer in it)"), ("← → or K J", "previous / next answer"),
    ("↑ ↓ / P", "choose an answer in a group / pull it out to score it on its own"),
    ("N", "the answers Grader suggests marking next (a question whose model learns from you)"),
    ("Ctrl+G", "give the score to the identical answers"), ("C", "comment on the answer"),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo"),
    ("Ctrl+F", "search the results"), ("Esc", "back to the results table"), ("F1", "this window"),
    ("Ctrl+Q", "quit"),
]


def about_html(library: Library | None, session: GradingSession | None) -> str:
    e = html.escape
    parts = [f"<h2>Grader {e(__version__)}</h2>",
             "<p>Scores students' short written answers with small models that run on this computer's "
             "processor, and puts only the answers the models are unsure of in front of you.</p>",
             f"<p><b>{e(PRIVACY)}</b></p>"]
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
            rows.append(f"<li><b>{e(title or bid)}</b> ({e(bid)}) for {e(', '.join(items))}"
                        + (f" — agreement with teachers on held-out answers (QWK) {qwk:.2f}" if qwk is not None else "")
                        + "</li>")
        heading = "Models scoring this sheet"
        if not rows:
            rows.append("<li>None: you score every answer of this sheet.</li>")
    else:
        heading = "Models installed"
        installed = library.bundles if library else {}
        for bid in (library.ids() if library else []):
            b = installed[bid]
            qwk = b.qwk()
            rows.append(f"<li><b>{e(b.title)}</b> ({e(bid)})" + (f" — QWK {qwk:.2f}" if qwk is not None else "") + "</li>")
        if not rows:
            rows.append("<li>None installed yet.</li>")
    parts.append(f"<h3>{heading}</h3><ul>{''.join(rows)}</ul>")
    parts.append("<h3>Keyboard</h3><table>" + "".join(
        f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in SHORTCUTS) + "</table>")
    parts.append("<p>Made with Qt for Python (PySide6) and ONNX Runtime. Models trained on public data "
                 "(ASAP Short Answer Scoring, Hewlett Foundation); see each model's card for its provenance.</p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, library: Library | None = None, session: GradingSession | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Grader")
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html(library, session))
        self.privacy = QLabel(PRIVACY)
        self.privacy.setWordWrap(True)
        self.privacy.setVisible(False)  # kept for tests/accessibility; the text above shows it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.horizontalAdvance("M") * 45, fm.height() * 34)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def plain_text(self) -> str:
        return self.text.toPlainText()
