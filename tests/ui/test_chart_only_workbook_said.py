"""A workbook holding only charts (chart sheets, no worksheet), opened in the window: said in the teacher's language
what it holds and what to do (before, it was "damaged or not a complete Excel workbook", or "has no worksheets"). The
real window, a real workbook written with openpyxl; the file is left as it was."""
from __future__ import annotations

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from grader_app.ui.start_screen import ERROR
from in_language import in_language

# words of each language's sentence: what the workbook holds, and what to do
WORDS = {"de": ("nur Diagramme", "Arbeitsmappe mit den Antworten"),
         "es": ("solo contiene gráficos", "libro que contiene las respuestas")}


@pytest.mark.parametrize("lang", ["de", "es"])
def test_a_workbook_of_charts_alone_is_said_in_the_teachers_language(qtbot, window, tmp_path, lang):
    wb = openpyxl.Workbook()
    data = wb.active
    for row in (["Name", "Points"], ["Ann", 2], ["Bo", 0]):
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("Punkte").add_chart(chart)
    wb.remove(data)
    p = tmp_path / "Diagramme.xlsx"
    wb.save(p)
    before = p.read_bytes()
    with in_language(lang):
        window.open_sheet(p)
        qtbot.waitUntil(lambda: window.start.message_kind == ERROR and p.name in window.start.message.text(),
                        timeout=10000)
        said = window.start.message.text()
    assert all(w in said for w in WORDS[lang]) and "{" not in said
    assert "charts" not in said                      # not the English sentence
    assert window.session is None and p.read_bytes() == before
