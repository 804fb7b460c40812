"""A CSV that is not UTF-8 is read in the code page it was saved in (QA s53f finding 1): Excel for Mac's plain "CSV"
is Mac Roman with bare-CR line ends and "CSV (MS-DOS)" is code page 850. Before, both were read as Latin-1: every
"ü", "é", "ñ" became a control character or another letter ("Molekle", "ÀPor qu", "¨Por qu") in the answers, the
names and the questions, and the note said "Read as Latin-1" with nothing to do about it. A Windows file stays
Windows-1252, its typographic quotes and signs included."""
from __future__ import annotations

import csv
import io

import pytest

from grader_app.io.notes import code_page_guessed
from grader_app.io.readers import read_sheet

ROWS = [["Student ID", "Name", "Question", "Answer"],
        ["00123", "Jürgen Müller", "¿Por qué flota el hielo?", "Eis ist weniger dicht, weil die Moleküle ein Gitter bilden."],
        ["00124", "María José Núñez", "¿Por qué flota el hielo?", "Las moléculas forman una red; ¡niño, año, señal! más espacio"],
        ["00125", "Zoë Groß", "¿Por qué flota el hielo?", "C'est la façade naïve: à côté de l'élève"]]


def _csv(rows, newline: str, delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buf.getvalue()


def _notes(sheet) -> dict:
    return {n.kind: n.values for n in sheet.notes if hasattr(n, "kind")}


@pytest.mark.parametrize("codec, newline, name", [("mac_roman", "\r", "MacRoman"), ("mac_roman", "\n", "MacRoman"),
                                                  ("cp850", "\r\n", "MS-DOS 850")])
def test_a_mac_or_dos_csv_keeps_every_accented_letter(tmp_path, codec, newline, name):
    path = tmp_path / "answers.csv"
    path.write_bytes(_csv(ROWS, newline).encode(codec))
    sheet = read_sheet(path)
    assert [list(r) for r in sheet.frame.itertuples(index=False, name=None)] == ROWS[1:]
    notes = _notes(sheet)
    assert notes["read_as"] == {"encoding": name, "separator": ",", "guessed": True}
    assert notes["code_page_guessed"] == {"encoding": name}
    # the code page is said once, by the guess (QA s53f finding 10: "Read as MacRoman text, comma-separated." before it)
    said = [str(n) for n in sheet.notes]
    assert said[:2] == ["Read as comma-separated text.", str(code_page_guessed(name))]
    assert sum(name in s for s in said) == 1


def test_a_german_excel_csv_stays_windows_1252_with_its_quotes_and_signs(tmp_path):
    rows = [["Schüler-ID", "Nachname", "Antwort"],
            ["1", "Müller", "Eis ist leichter: „offenes“ Gitter – Dichte 0,92 g/cm³ (5 €)"],
            ["2", "O’Brien", "It’s “less dense” … that’s all"],
            ["3", "Šimek", "Größe × 2 ± 1"]]
    path = tmp_path / "antworten.csv"
    path.write_bytes(_csv(rows, "\r\n", ";").encode("cp1252"))
    sheet = read_sheet(path)
    assert [list(r) for r in sheet.frame.itertuples(index=False, name=None)] == rows[1:]
    notes = _notes(sheet)
    assert notes["read_as"] == {"encoding": "Windows-1252", "separator": ";"}
    assert "code_page_guessed" not in notes


def test_a_mac_csv_of_english_answers_with_curly_quotes_reads_them(tmp_path):
    rows = [["Name", "Answer"], ["Oliver Smith", "It’s “less dense” – so it floats"], ["Ana Lee", "Ice’s density is lower"]]
    path = tmp_path / "answers.csv"
    path.write_bytes(_csv(rows, "\r").encode("mac_roman"))
    sheet = read_sheet(path)
    assert [list(r) for r in sheet.frame.itertuples(index=False, name=None)] == rows[1:]
