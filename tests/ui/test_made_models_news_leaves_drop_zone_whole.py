"""The news of models made from a marked sheet leaves the drop zone its room, and is readable whole.

QA (a Spanish teacher at 1024×600 and a 16 pt font): after "Make models from a marked sheet…" the start screen said
"✓ Se creó 1 modelo y se añadió a la biblioteca: «Lluvia ácida» (…). Aún no acepta ninguna respuesta por sí solo: …"
in nine lines under the Open button, 200 px high; the heading and the drop zone above it were left some 270 px and the
drop zone's title was shown cut in half at the bottom of that room. The status bar said the same news cut short
("…(ninguna por sí solo: todas te l…"). Now the message takes no more than the room the heading and the drop zone
leave (three lines at the least) and scrolls there (whole in its tooltip too), and the bar says the news in a few
words, whole in its tooltip.

The real window, the real learning on its worker, from a marked sheet written here; in Spanish, German and English."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, QRect

from grader_app.ui import i18n
from grader_app.ui.plain_tip import plain_tip
from test_learning_window import marked
from ui_helpers import learn_dialog_for

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BRIEF = {"es": "Se creó 1 modelo y se añadió a la biblioteca.",
         "de": "1 Modell erstellt und der Bibliothek hinzugefügt.",
         "en": "Made 1 model and added it to the library."}


def _shown_height(label, viewport) -> int:
    """How much of ``label``'s height is inside ``viewport`` (the scrolled room it is shown in)."""
    top_left = label.mapTo(viewport, QPoint(0, 0))
    return QRect(top_left, label.size()).intersected(viewport.rect()).height()


@pytest.mark.parametrize("lang", ["es", "de", "en"])
def test_the_news_of_models_made_leaves_the_drop_zone_whole_and_is_readable_whole_at_16_pt(
        qtbot, make_window, tmp_path, monkeypatch, font_16, lang):
    assert i18n.install(lang)
    window = make_window((1024, 600))
    sheet = tmp_path / "last-year.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Alumno", "Pregunta", "Respuesta", "Nota"])
        w.writerows([f"A{i}", "Lluvia ácida", text, mark] for i, (text, mark) in enumerate(marked(60, 5)))
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    start = window.start
    message = start.message
    qtbot.waitUntil(lambda: message.text().startswith("✓ " + BRIEF[lang][:-1]), timeout=60000)
    said = message.text()
    assert said.startswith("✓ " + BRIEF[lang][:-1]) and "Lluvia ácida" in said and len(said) > 3 * len(BRIEF[lang])

    # the drop zone's words are drawn whole: each of its labels has the height its text needs at its width, and all
    # of that height is in the room the heading and the drop zone are shown in (scrolled to its top)
    def drop_zone_whole() -> bool:
        viewport = start.above.viewport()
        return start.above.verticalScrollBar().value() == 0 and all(
            _shown_height(label, viewport) >= label.heightForWidth(label.width()) > 0
            for label in (start.drop_zone.title, start.drop_zone.hint))
    qtbot.waitUntil(lambda: message.isVisible() and drop_zone_whole(), timeout=3000)

    # the status bar says it in a few words, whole, and the whole news is its tooltip
    bar = window.statusBar()
    assert bar.currentMessage() == BRIEF[lang]
    assert bar.shown_message() == BRIEF[lang]
    assert bar.toolTip() == plain_tip(said[2:])

    # the whole message can be read: in its label whole at its width, every line of which scrolls into sight, and
    # in the tooltip where it does not all show at once
    box = start.message_box   # laid out once the box has taken the height of the news, and its scroll bar shown
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()), timeout=3000)
    assert box.verticalScrollBar().maximum() + box.viewport().height() >= message.height()
    assert box.height() < message.height()    # so long a message at 16 pt does scroll in its box
    assert box.toolTip() == plain_tip(said)
