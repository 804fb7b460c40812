"""The LMS formats' words on the export dialog follow the interface's language: each format's name, system and
upload sentence (English in grader_app.io.lms) is marked for translation in grader_app.ui.export_formats, and a
German teacher sees them in German (they were shown in English, beside German choices)."""
from __future__ import annotations

import pytest

from grader_app.io.lms import FORMATS
from grader_app.ui import export_formats
from grader_app.ui.export_formats import BY_KEY, FormatChooser
from in_language import in_language


def test_every_lms_format_word_is_marked_for_translation():
    marked = set(export_formats._LMS_WORDS)
    for f in FORMATS:
        assert {f.name, f.upload} <= marked, f.key
        assert f.system in marked or f.system[:1].isupper(), f.key   # a system's own name is not translated


def test_every_default_file_name_ending_is_marked_for_translation():
    """Each choice's ending ("-graded", an LMS format's "-" and key) is in the catalogue: an ending added without it
    would stay English in a German window."""
    assert {c.ending for c in export_formats.CHOICES} <= set(export_formats._ENDINGS)


@pytest.mark.parametrize("lang, points, system", [("de", "Punkte pro Frage (CSV)", "Jedes System"),
                                                  ("es", "Puntos por pregunta (CSV)", "Cualquier sistema")])
def test_the_chooser_shows_the_lms_formats_in_the_interface_language(qtbot, lang, points, system):
    with in_language(lang):
        chooser = FormatChooser()
        qtbot.addWidget(chooser)
        for f in FORMATS:
            button = chooser.buttons[f.key]
            assert button.text() != f.name and button.toolTip() and not button.toolTip().startswith(f.upload), f.key
            assert button.accessibleDescription() == BY_KEY[f.key].upload != f.upload
        assert chooser.buttons["points"].text() == points
        assert f"<b>{system}</b>" in chooser.system_labels["any system"].text()
        assert "<b>Canvas</b>" in chooser.system_labels["Canvas"].text()     # a system's own name stays
    chooser = FormatChooser()
    qtbot.addWidget(chooser)
    assert chooser.buttons["points"].text() == "Points per question (CSV)"
    assert "<b>Any system</b>" in chooser.system_labels["any system"].text()
