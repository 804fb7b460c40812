"""QA (Spanish): on a class list with the first name in a column of its own ("Nombre" beside "Apellidos"), the columns
dialog said "Nombre del estudiante: Apellidos", as if the surname were the student's whole name. With a first-name
column chosen, the name column's row now says it is the surname ("Apellidos del estudiante:"), on both layouts' pages;
with "(none)" (or the same column) it is the student's name again. The real window and dialog on a real sheet."""
from __future__ import annotations

import pytest

from in_language import in_language
from test_mapping_doubts_and_first_name import _choose, _classe
from test_mapping_fit_and_keys import _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROW = {"es": ("&Nombre del estudiante:", "Ap&ellidos del estudiante:", "Nombre del estudiante:",
              "Apellidos del estudiante:"),
       "de": ("Schüler&name:", "Nach&name:", "Schülername:", "Nachname:"),
       "en": ("Student &name:", "Student sur&name:", "Student name:", "Student surname:")}


@pytest.mark.parametrize("lang", ["es", "de", "en"])
def test_the_name_row_says_surname_once_a_first_name_column_is_chosen(qtbot, window, tmp_path, lang):
    whole, surname, wide_whole, wide_surname = ROW[lang]
    with in_language(lang):
        dlg = _open(qtbot, window, _classe(tmp_path / "Classe 4B.csv", first="Prénom"))
        c = dlg.columns
        label = c.pages.widget(0).layout().labelForField(c.name_combo)
        wide_label = c.pages.widget(1).layout().labelForField(c.wide_name_combo)
        assert dlg.mapping().first_name_column == "Prénom"              # guessed
        assert (label.text(), wide_label.text()) == (surname, wide_surname)
        _choose(c.first_name_combo, None)                               # "(none)": the name column is the whole name
        assert label.text() == whole
        _choose(c.first_name_combo, "Nom")                              # the name column itself: its whole name too
        assert label.text() == whole
        _choose(c.wide_first_name_combo, None)
        assert wide_label.text() == wide_whole
        _choose(c.wide_first_name_combo, "Prénom")
        assert wide_label.text() == wide_surname
        dlg.reject()
