"""The graded CSV comes back in the form of the teacher's CSV: semicolon-separated (with a decimal comma in the
scores and confidences added) when the sheet was, as German or French Excel saves and expects a CSV; it came back
comma-separated, which that Excel opens as one column. Still UTF-8 with a BOM, so Excel reads the accents. Real
files written and read back."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import openpyxl
import pytest

from grader_app.core.sheet import LONG, ColumnMapping
from grader_app.io import read_sheet, write_graded

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_writers import _session  # noqa: E402

HEADER = ["Matrikelnr", "Name", "Frage", "Antwort"]
ROWS = [["000001", "Zoë Ångström", "asap-sas-1", "Größe, café € und Essig; viel Essig"],
        ["000002", "José Ñúñez", "asap-sas-5", "Die mRNA verlässt den Zellkern"],
        ["000003", "Åsa O'Brien", "asap-sas-1", "=1+1"]]
MAPPING = ColumnMapping(layout=LONG, id_column="Matrikelnr", name_column="Name", item_column="Frage",
                        answer_column="Antwort")


def _graded(tmp_path: Path, sheet_path: Path) -> tuple[bytes, list[list[str]]]:
    """The graded CSV of ``sheet_path`` (scored, one answer decided): its bytes and its rows as Grader reads them."""
    session = _session(read_sheet(sheet_path), MAPPING)
    session.decide(0, 2, comment="gut; weiter so")
    out = write_graded(session, tmp_path / "out" / "graded.csv")
    back = read_sheet(out)
    return out.read_bytes(), [list(back.frame.columns)] + back.frame.astype(str).values.tolist()


@pytest.fixture
def out_folder(tmp_path):
    (tmp_path / "out").mkdir()
    return tmp_path


def test_a_semicolon_windows_1252_sheet_comes_back_semicolon_separated(out_folder):
    sheet = out_folder / "klasse.csv"
    text = "\r\n".join(";".join(f'"{c}"' if ";" in c else c for c in row) for row in [HEADER, *ROWS]) + "\r\n"
    sheet.write_bytes(text.encode("cp1252"))
    assert any(n.kind == "read_as" and n.values == {"encoding": "Windows-1252", "separator": ";"}
               for n in read_sheet(sheet).notes)
    data, back = _graded(out_folder, sheet)
    assert data.startswith(b"\xef\xbb\xbf")           # UTF-8 with its BOM: Excel reads the accents
    text = data[3:].decode("utf-8")
    lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert lines[0] == HEADER + ["model_score", "confidence", "status", "flags", "final_score", "comment"]
    assert [r[:4] for r in lines[1:]] == [[*r[:3], "'=1+1" if r[3] == "=1+1" else r[3]] for r in ROWS]
    confidences = [r[5] for r in lines[1:] if r[5]]
    assert confidences and all("," in c and "." not in c for c in confidences), confidences   # 0,954
    assert lines[1][-1] == "gut; weiter so" and lines[1][-2] == "2"
    assert "," not in text.splitlines()[0]
    # Grader reads its own graded CSV back as it was
    assert back[0] == lines[0]
    assert [r[:4] for r in back[1:]] == ROWS


@pytest.mark.parametrize("kind", ["comma", "tab", "xlsx"])
def test_other_sheets_come_back_comma_separated(out_folder, kind):
    if kind == "xlsx":
        sheet = out_folder / "klasse.xlsx"
        wb = openpyxl.Workbook()
        for row in [HEADER, *ROWS]:
            wb.active.append(row)
        for (cell,) in wb.active.iter_rows(min_row=2, min_col=4, max_col=4):
            cell.data_type = "s"
        wb.save(sheet)
    else:
        sheet = out_folder / ("klasse.csv" if kind == "comma" else "klasse.tsv")
        with open(sheet, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh, delimiter="," if kind == "comma" else "\t").writerows([HEADER, *ROWS])
    data, back = _graded(out_folder, sheet)
    assert data.startswith(b"\xef\xbb\xbf")
    first = data[3:].decode("utf-8").splitlines()[0]
    assert first.split(",")[:4] == HEADER
    confidences = [r[5] for r in csv.reader(io.StringIO(data[3:].decode("utf-8")))][1:]
    assert any("." in c for c in confidences)
    assert [r[:4] for r in back[1:]] == ROWS
