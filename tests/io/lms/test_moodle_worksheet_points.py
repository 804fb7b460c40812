"""A Moodle grading worksheet downloaded from a German or Spanish site gives its questions' points as the English one
does (QA s52b, finding 1): its maximum-grade column, ``Bestwertung`` / ``Calificación máxima``, was read only by its
English name ``Maximum Grade``, so a 2 on a 0-3 model went up as 2 out of the assignment's 100, with no note; the
review offered 0-3 instead of the worksheet's 100; and the uploaded worksheet wrote ``Bestwertung`` 3.

Each worksheet is written as Moodle writes it (CSV in UTF-8 with a BOM, commas; a German or Spanish site writes the
maximum grade with a decimal comma, "100,00"), read as the app reads it, exported as the Moodle worksheet and the
points sheet, and read back. Students and answers invented.
"""
from __future__ import annotations

import pytest

import lms_sheets as L
from grader_app.io.lms import export_format
from grader_app.io.lms_points import question_top, source_points
from test_moodle_languages import DE_WORKSHEET, ES_WORKSHEET, write

WORKSHEETS = {   # language: (its header, the participant's word, status, yes, last modified, maximum grade as written)
    "en": (L.WORKSHEET_HEAD, "Participant ", "Submitted for grading", "Yes", "Monday, 4 March 2024, 10:12 AM",
           "100.00"),
    "de": (DE_WORKSHEET, "Teilnehmer/in", "Zur Bewertung abgegeben", "Ja", "Montag, 4. März 2024, 10:12", "100,00"),
    "es": (ES_WORKSHEET, "Participante", "Enviado para calificar", "Sí", "lunes, 4 de marzo de 2024, 10:12", "100,00"),
}


def worksheet_out_of_100(tmp_path, lang: str):
    head, participant, status, yes, when, maximum = WORKSHEETS[lang]
    rows = [head]
    for n, (name, email, text) in enumerate((("Ann Lee", "ann.lee@schule.example", L.A_GOOD),
                                             ("Ben Okafor", "ben.okafor@schule.example", L.A_SOME))):
        rows.append([f"{participant}{5101 + n}", name, email, status, "", maximum, yes, when, text, "-", ""])
    return write(tmp_path / f"worksheet-{lang}.csv", rows)


def uploaded_header(head) -> bytes:
    """The first line of the uploaded worksheet: the downloaded worksheet's names, less the online text."""
    return (",".join(h for h in head if h != head[8]) + "\r\n").encode("utf-8-sig")   # a BOM first, as Moodle writes it


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_0_to_3_score_goes_up_scaled_to_the_worksheets_maximum_grade_in_every_language(tmp_path, lang):
    head = WORKSHEETS[lang][0]
    s = L.session_for(worksheet_out_of_100(tmp_path, lang), lambda a: 2 if a.row == 0 else 3, labels=(0, 1, 2, 3))
    item = s.item_keys()[0]
    assert source_points(s) == {item: 100}                 # was {} for German and Spanish
    result = export_format("moodle-worksheet").write(s, tmp_path / "upload.csv")
    raw = result.path.read_bytes()
    assert raw.startswith(uploaded_header(head))            # the names the site's upload looks for, as downloaded
    rows = L.read_csv(result.path)
    grade, maximum = head.index(head[4]), head.index(head[5])
    assert [(r[0], r[grade], r[maximum]) for r in rows[1:]] == [
        (f"{WORKSHEETS[lang][1]}5101", "66.67", "100"), (f"{WORKSHEETS[lang][1]}5102", "100", "100")]   # was 2, 3; 3
    said = result.notes[-1]
    assert said.kind == "scores_scaled" and said.values["system"] == "Moodle"
    assert said.values["scaled"] == [(head[8], "3", "100", "2", "66.67")]   # named by the worksheet's own header
    # the points sheet declares the same points, and so writes the same scores
    points = L.read_csv(export_format("points").write(s, tmp_path / "points.csv").path)
    assert [r[-2:] for r in points[1:3]] == [["66.67", "100"], ["100", "100"]]
    # another LMS's file keeps the scores on their own scale, as for the English worksheet
    classroom = L.read_csv(export_format("google-classroom").write(s, tmp_path / "classroom.csv").path)
    assert [r[3:] for r in classroom[1:]] == [["2"], ["3"]]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_question_marked_without_a_model_is_marked_out_of_the_worksheets_maximum_grade(tmp_path, lang):
    s = L.session_for(worksheet_out_of_100(tmp_path, lang), labels=())      # no model: the teacher's own scale
    item = s.item_keys()[0]
    assert question_top(s, item) == 100                     # the review's scale: was 0-3 for German and Spanish
    for a in s.answers:
        s.decide(a.key, 60 if a.row == 0 else 85)
    result = export_format("moodle-worksheet").write(s, tmp_path / "upload.csv")
    rows = L.read_csv(result.path)
    head = WORKSHEETS[lang][0]
    assert [(r[head.index(head[4])], r[head.index(head[5])]) for r in rows[1:]] == [("60", "100"), ("85", "100")]
    assert all(n.kind != "scores_scaled" for n in result.notes)    # marked in Moodle's points: as they are
