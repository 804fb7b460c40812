"""The mail-merge feedback sheet names each student by their name alone (it held the app's "id · name" label, so
"Dear «Student»" read "Dear S01 · Ann Lee"), gives the id in a column of its own where the sheet has ids, and speaks
the words it is given (:class:`~grader_app.io.feedback.FeedbackWords`; the window's language, English without).
Real files written as XLSX and CSV and read back."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

import lms_sheets as L
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.feedback import FeedbackWords, feedback_header, write_feedback
from grader_app.io.readers import read_sheet
from test_feedback import as_text, read_back

GERMAN = FeedbackWords(sheet="Rückmeldung", name="Name", student_id="Schüler-ID", email="E-Mail",
                       first_name="Vorname", last_name="Nachname", row="Zeile", question="F{n} Frage",
                       answer="F{n} Antwort", score="F{n} Punkte", out_of="F{n} Höchstpunktzahl",
                       rubric="F{n} Bewertungsraster", comment="F{n} Kommentar", total="Summe",
                       total_out_of="Höchstpunktzahl")


def wide_session(tmp_path, columns: dict[str, list[str]], id_column=None, name_column=None, name="class.csv",
                 delimiter=","):
    """A wide sheet written to ``name`` and read back as the app reads it, two questions scored 0-2."""
    frame = pd.DataFrame({**columns, "Q1": ["Ice floats.", "It is cold.", "Less dense."],
                          "Q2": ["Light.", "Sun.", "Photosynthesis."]}, dtype=object)
    path = tmp_path / name
    frame.to_csv(path, index=False, sep=delimiter)
    sheet = read_sheet(path)
    s = GradingSession(sheet, ColumnMapping(layout=WIDE, id_column=id_column, name_column=name_column,
                                            answer_columns={"Q1": "Q1", "Q2": "Q2"}))
    for q in ("Q1", "Q2"):
        s.items[q] = ItemInfo(item=q, title=f"Question {q}", labels=(0, 1, 2), rubric=dict(L.RUBRIC))
    return s


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_name_column_holds_the_name_alone_and_the_id_its_own(tmp_path, suffix):
    s = wide_session(tmp_path, {"Student ID": ["S01", "S02", "S03"], "Name": ["Ann Lee", "Ben Okafor", "Cara Diaz"]},
                     id_column="Student ID", name_column="Name")
    assert s.answers[0].student == "Ann Lee · S01"          # the label the window shows: not what a letter says
    rows = read_back(write_feedback(s, tmp_path / f"feedback{suffix}"))
    assert list(rows[0])[:4] == ["Name", "Student ID", "First name", "Last name"]   # no email in this sheet
    assert [(r["Name"], r["Student ID"], r["First name"], r["Last name"]) for r in rows] == [
        ("Ann Lee", "S01", "Ann", "Lee"), ("Ben Okafor", "S02", "Ben", "Okafor"), ("Cara Diaz", "S03", "Cara", "Diaz")]
    assert "Student" not in rows[0] and "Email" not in rows[0]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_names_only_ids_only_and_neither(tmp_path, suffix):
    names = wide_session(tmp_path, {"Name": ["Ann Lee", "Ben Okafor", "Cara Diaz"]}, name_column="Name",
                         name="names.csv")
    rows = read_back(write_feedback(names, tmp_path / f"names-feedback{suffix}"))
    assert list(rows[0])[:3] == ["Name", "First name", "Last name"] and "Student ID" not in rows[0]
    assert [r["Name"] for r in rows] == ["Ann Lee", "Ben Okafor", "Cara Diaz"]

    ids = wide_session(tmp_path, {"Student ID": ["S01", "S02", "S03"]}, id_column="Student ID", name="ids.csv")
    rows = read_back(write_feedback(ids, tmp_path / f"ids-feedback{suffix}"))
    assert list(rows[0])[:2] == ["Student ID", "Q1 question"]       # no empty name column for a merge to fill
    assert [r["Student ID"] for r in rows] == ["S01", "S02", "S03"]

    nobody = wide_session(tmp_path, {"Class": ["7B", "7B", "7B"]}, name="nobody.csv")
    rows = read_back(write_feedback(nobody, tmp_path / f"nobody-feedback{suffix}"))
    assert list(rows[0])[:2] == ["Row", "Q1 question"]               # the file's row: something tells them apart
    assert [as_text(r["Row"]) for r in rows] == ["2", "3", "4"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_headers_are_the_words_given(tmp_path, suffix):
    s = wide_session(tmp_path, {"Student ID": ["S01", "S02", "S03"], "Name": ["Ann Lee", "Ben Okafor", "Cara Diaz"]},
                     id_column="Student ID", name_column="Name")
    s.decide(s.answers[0].key, 2, comment="Gut erklärt.")
    out = write_feedback(s, tmp_path / f"rueckmeldung{suffix}", words=GERMAN, open_word="offen")
    rows = read_back(out)
    assert list(rows[0]) == ["Name", "Schüler-ID", "Vorname", "Nachname",
                             "F1 Frage", "F1 Antwort", "F1 Punkte", "F1 Höchstpunktzahl", "F1 Bewertungsraster",
                             "F1 Kommentar", "F2 Frage", "F2 Antwort", "F2 Punkte", "F2 Höchstpunktzahl",
                             "F2 Bewertungsraster", "F2 Kommentar", "Summe", "Höchstpunktzahl"]
    ann = rows[0]
    assert (ann["Name"], as_text(ann["F1 Punkte"]), ann["F1 Kommentar"], ann["F1 Bewertungsraster"]) == (
        "Ann Lee", "2", "Gut erklärt.", L.RUBRIC["2"])
    if suffix == ".xlsx":
        assert load_workbook(out).sheetnames == ["Rückmeldung"]


def test_a_semicolon_csv_keeps_decimal_commas_in_the_score_columns_with_fewer_name_columns(tmp_path):
    """The score columns are found after however many columns name the student (ids only here: one)."""
    s = wide_session(tmp_path, {"Student ID": ["S01", "S02", "S03"]}, id_column="Student ID", delimiter=";")
    s.items["Q1"] = ItemInfo(item="Q1", title="Question Q1", labels=(0, 0.5, 1, 1.5, 2))
    s.decide(s.answers_for("Q1")[0].key, 1.5)
    s.decide(s.answers_for("Q2")[0].key, 2)
    raw = (tmp_path / "fb.csv")
    write_feedback(s, raw, words=GERMAN)
    text = raw.read_text(encoding="utf-8-sig").splitlines()
    head, first = text[0].split(";"), text[1].split(";")
    assert head[0] == "Schüler-ID"
    assert first[head.index("F1 Punkte")] == "1,5" and first[head.index("Summe")] == "3,5"
    assert first[head.index("F1 Antwort")] == "Ice floats."


def test_a_header_without_its_number_or_a_sheet_name_excel_refuses_falls_back_to_english(tmp_path):
    words = FeedbackWords(answer="Antwort", sheet="Rück/meldung")
    assert feedback_header(2, words, ("name",))[1:7] == ["Q1 question", "Q1 answer", "Q1 score", "Q1 out of",
                                                         "Q1 rubric", "Q1 comment"]
    s = wide_session(tmp_path, {"Name": ["Ann Lee", "Ben Okafor", "Cara Diaz"]}, name_column="Name")
    out = write_feedback(s, tmp_path / "fb.xlsx", words=words)
    assert load_workbook(out).sheetnames == ["Feedback"]
    assert len(set(read_back(out)[0])) == len(read_back(out)[0])     # every column its own merge field
