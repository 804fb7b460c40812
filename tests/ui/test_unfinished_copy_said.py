"""A sheet opened while it is still being copied (its end blank filler, zero bytes) is refused on the start screen in
the teacher's language, saying it is not complete and to wait for the copy (tests/io/test_text_cut_short.py: a UTF-16
one was read without a word, the students after the cut left out); where the sheet has a project with decisions, the
sentence goes on to say they are kept. The real window, a real file, in English, German and Spanish."""
from __future__ import annotations

import pytest
from project_edits import made_in_the_window

from grader_app.bundles.library import Library
from in_language import in_language
from test_damaged_sheet_work_kept_said import KEPT, _refused
from ui_helpers import make_long_csv

SAID = {"en": "class.csv is not complete: its end is blank filler (zero bytes) instead of text, as in a file still "
              "being copied or cut short while it was saved; wait until the copy has finished, or save or copy the "
              "file again, then open it again.",
        "de": "class.csv ist unvollständig: am Ende stehen Null-Bytes (leere Füllung) statt Text, wie bei einer Datei, "
              "die noch kopiert wird oder beim Speichern abgebrochen wurde; warten Sie, bis das Kopieren abgeschlossen "
              "ist, oder speichern oder kopieren Sie die Datei erneut und öffnen Sie sie dann wieder.",
        "es": "class.csv no está completo: su final es relleno vacío (bytes cero) en lugar de texto, como en un archivo "
              "que aún se está copiando o que se cortó mientras se guardaba; espera a que termine la copia, o vuelve a "
              "guardar o copiar el archivo, y después ábrelo de nuevo."}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_sheet_still_being_copied_is_said_so_with_its_decisions_kept(qtbot, make_window, shipped_bundles, tmp_path,
                                                                       lang):
    sheet = make_long_csv(tmp_path / "class.csv", n_students=4)
    made_in_the_window(sheet, Library.default(), {0: (2, "mine"), 3: (1, "")})
    text = sheet.read_text(encoding="utf-8")
    data = b"\xff\xfe" + text.encode("utf-16-le")        # saved again as Unicode text, and being copied back
    cut = len(data) // 2 // 2 * 2
    sheet.write_bytes(data[:cut] + bytes(len(data) - cut))
    with in_language(lang):
        said = _refused(qtbot, make_window(), sheet)
    assert said == KEPT[lang].format(before=SAID[lang])
