"""Characters the fonts cannot draw in the feedback PDF (grader_app/ui/pdf_glyphs.py, feedback_pdf.undrawn_words): a
student who wrote in Chinese, or a comment with a hieroglyph, prints with holes on a machine with no font for them.
The export still writes every page, and the dialog says, after saving, how many students' pages have such holes and
which characters, with their codes, and that the feedback sheet keeps them; a class without any says nothing.

Which characters a machine's fonts lack depends on the machine: the expectation is taken from Qt's font database
(no installed family has the character), a different path from the layout's glyphs the code reads."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextDocument

from grader_app.ui.export_dialog import FEEDBACK_PDF, ExportDialog
from grader_app.ui.feedback_pdf import undrawn_words
from grader_app.ui.pdf_glyphs import undrawn
from test_feedback_pdf import class_session, read_pdf, squeeze

HOLES = "你好𓀀"          # CJK, and an Egyptian hieroglyph (outside the BMP: two UTF-16 units)


def no_font_has(chars: str) -> str:
    """The characters of ``chars`` that no installed font family has, each once."""
    families = QFontDatabase.families()
    return "".join(ch for ch in dict.fromkeys(chars)
                   if not any(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for f in families))


def lacking(chars: str = HOLES) -> str:
    missing = no_font_has(chars)
    if not missing:
        pytest.skip(f"this machine has fonts for all of {chars!r}, so nothing prints as a blank")
    return missing


def test_the_layout_names_exactly_the_characters_no_font_draws_once_each_in_order(qtbot):
    missing = lacking()
    doc = QTextDocument()
    doc.setHtml("<p>Ice floats, 你好, e\u0301 naïve ß € ‘q’ — 😀 \u200d\ufe0f</p>"
                "<table><tr><td>in a cell: 𓀀 你</td></tr></table><p style='white-space: pre-wrap'>a\n  b</p>")
    found = undrawn(doc)
    assert found == no_font_has("Ice floats, 你好, e\u0301 naïve ß € ‘q’ — 😀 in a cell: 𓀀 你 a b")   # nothing else
    assert [ch for ch in found if ch in HOLES] == list(missing)     # each once, in the order they come
    plain = QTextDocument()
    plain.setHtml("<p>Ice floats: it is less dense than water. Wärme &amp; Kälte, ñandú.</p>")
    assert undrawn(plain) == ""


def test_the_words_count_students_and_name_each_character_with_its_code():
    assert undrawn_words(["", ""]) == ""
    text = undrawn_words(["你好", "", "你\U00013000"])
    assert text == ("2 students' pages have characters that the PDF's fonts cannot show (for example 你 (U+4F60), "
                    "好 (U+597D), 𓀀 (U+13000)): they print as empty boxes or blanks. Your graded sheet (XLSX or CSV) "
                    "keeps them.")
    many = undrawn_words(["".join(chr(0x4E00 + k) for k in range(9))])
    assert many.startswith("One student's page") and "一 (U+4E00)" in many and "(U+4E05), …)" in many and "U+4E06" not in many


def export_feedback_pdf(qtbot, session, out, task_manager) -> ExportDialog:
    dlg = ExportDialog(session, session.sheet.source, task_manager)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.set_format(FEEDBACK_PDF)
    dlg.set_destination(out)
    with qtbot.waitSignal(dlg.exported, timeout=60000):
        assert dlg.export() is True
    return dlg


def test_the_export_writes_every_page_and_says_which_characters_print_as_blanks(qtbot, tmp_path, task_manager):
    missing = lacking()
    students = {("S01", "Ann Lee"): ("Ice floats 你好 because it is lighter.", "The moon reflects sunlight."),
                ("S02", "Ben Okafor"): ("Ice is less dense.", "Light from the sun."),
                ("S03", "Cara Díaz"): ("Ice floats (S03).", "It reflects the sun (S03)."),
                ("S04", "Dev Rao"): ("Ice floats (S04), 你.", "Moon (S04).")}
    session = class_session(tmp_path, students)
    for a in session.answers:
        sid = session.sheet.frame.iat[a.row, 0]
        session.decide(a.key, 1, comment="Look at 𓀀 again." if sid == "S02" else f"Good ({sid}).")
    out = tmp_path / "feedback.pdf"
    dlg = export_feedback_pdf(qtbot, session, out, task_manager)

    holed = sum(1 for chars in ("你好", "𓀀", "", "你") if set(chars) & set(missing))
    said = dlg.done_label.text()
    assert said.startswith("✔ Saved feedback.pdf") and not dlg.error_label.text()
    assert f" ⚠ {holed} students' pages have characters that the PDF's fonts cannot show (for example " in said
    assert all(f"{ch} (U+{ord(ch):04X})" in said for ch in missing)
    assert said.endswith("Your graded sheet (XLSX or CSV) keeps them.")

    doc, texts = read_pdf(out)                        # the export itself still works: a page per student
    assert doc.pageCount() == 4
    assert squeeze("It reflects the sun (S03).") in squeeze(texts[2]) and "Cara Díaz" in texts[2]
    doc.close()

    plain = {("S01", "Ann Lee"): ("Ice floats.", "It reflects."), ("S02", "Ben Okafor"): ("Less dense.", "Sunlight.")}
    (tmp_path / "plain").mkdir()
    other = class_session(tmp_path / "plain", plain)
    for a in other.answers:
        other.decide(a.key, 2, comment="Well done.")
    dlg = export_feedback_pdf(qtbot, other, tmp_path / "plain" / "feedback.pdf", task_manager)
    assert dlg.done_label.text().startswith("✔ Saved feedback.pdf") and "⚠" not in dlg.done_label.text()
