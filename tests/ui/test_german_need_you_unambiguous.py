"""German said "80 brauchen Sie" for "80 need you" (the results headline, the counts under it, the status bar): with
the object "Sie" first-placed it reads as well as "you need 80", and "die Antworten, die Sie brauchen" (the review
button's tip, the View menu) means "the answers you need". Every German text that says the answers need the teacher
now says they wait for the teacher ("80 warten auf Sie", "die Antworten, die auf Sie warten"), as the review screen
already did ("Hier wartet keine Antwort auf Sie")."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from counts_text import spaced
from grader_app.bundles.library import Library
from grader_app.ui import i18n
from grader_app.ui.main_window import MainWindow
from test_translations import _open_and_review
from ui_helpers import make_long_csv

CATALOGUE = Path(__file__).resolve().parents[2] / "translations" / "grader_de.ts"
NEEDS_YOU = re.compile(r"\bneed(s|ed)? you\b")


def _need_you_messages() -> list[tuple[str, str, bool]]:
    """(context, source, plural) of every message of the German catalogue whose English says "need(s) you"."""
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            if NEEDS_YOU.search(source):
                found.append((name, source, message.get("numerus") == "yes"))
    return found


def test_every_german_text_that_says_need_you_says_wait_for_you(qapp):
    messages = _need_you_messages()
    assert len(messages) >= 10          # the headline, counts, status bar, menu, tips, review end, learning line
    assert i18n.install("de")
    for context, source, plural in messages:
        for n in ((1, 80) if plural else (-1,)):
            said = QCoreApplication.translate(context, source, "", n)
            assert said != source, (context, source)
            assert "brauch" not in said and "auf Sie" in said, (source, said)


def test_the_german_results_page_and_status_bar_say_warten_auf_sie(qtbot, shipped_bundles, task_manager, tmp_path):
    assert i18n.install("de")
    window = MainWindow(library=Library.default(), tasks=task_manager)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _open_and_review(qtbot, window, make_long_csv(tmp_path / "answers.csv", n_students=8))
    need = window.results.need
    assert need > 1
    headline, counts = window.results.sentence.text(), spaced(window.results.counts.text())
    assert f"{need} Antworten warten auf Sie" in headline, headline
    assert counts.startswith(f"{need} zu prüfen · ") or re.match(rf"{need}\s+warten\s+auf\s+Sie", counts), counts
    assert re.search(rf"\b{need}\s+warten\s+auf\s+Sie\b", window.status_label.text()), window.status_label.text()
    for text in (headline, counts, window.status_label.text(), window.review_action.text()):
        assert "brauch" not in text, text
    assert window.review_action.text().replace("&", "") == "Antworten prüfen, die auf Sie warten"
    window.close()
