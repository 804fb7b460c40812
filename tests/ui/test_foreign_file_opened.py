"""A file Grader cannot read, opened in the window by name rather than dropped (File > Open with "All files", a
recent sheet, the command line): an OpenDocument or Numbers spreadsheet is told how to save it from its own program,
and any other kind is named, in the teacher's language (before, the sentence stayed English in the German and Spanish
window, and an .ods or .numbers was only told to be saved "as an Excel workbook"). The file is left as it was."""
from __future__ import annotations

import pytest

from grader_app.io.errors import SheetError
from grader_app.ui.start_screen import ERROR
from grader_app.workflow import read_sheet
from in_language import in_language

CASES = [("Antworten.ods", "read.ods", {"de": "LibreOffice", "es": "LibreOffice"}),
         ("Antworten.numbers", "read.numbers", {"de": "Exportieren", "es": "Exportar"}),
         ("Aufsatz.pdf", "read.foreign", {"de": "PDF-Dokument", "es": "documento PDF"}),
         ("Daten.parquet", "read.foreign", {"de": ".parquet-Datei", "es": "archivo .parquet"})]


@pytest.mark.parametrize("name,kind,words", CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_file_grader_cannot_read_is_said_in_the_teachers_language(qtbot, window, tmp_path, name, kind, words, lang):
    p = tmp_path / name
    p.write_bytes(b"PK\x03\x04 not a sheet")
    with pytest.raises(SheetError) as info:
        read_sheet(p)
    assert info.value.kind == kind and str(info.value).startswith(name)
    with in_language(lang):
        window.open_sheet(p)
        qtbot.waitUntil(lambda: window.start.message_kind == ERROR and name in window.start.message.text(),
                        timeout=10000)
        said = window.start.message.text()
    assert words[lang] in said and "Grader cannot read" not in said and "{" not in said
    assert window.session is None and p.read_bytes() == b"PK\x03\x04 not a sheet"
