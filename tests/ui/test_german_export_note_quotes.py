"""A German export note mixed quotation marks: its translator's „Bewertungen > Import > CSV-Datei“ beside the values
Grader put in quotes itself, the sheet's ids and rows in English single quotes ("die Zeile 'Overall average' des
heruntergeladenen Berichts", "die ID '9B 001' der Tabelle"), and look-alike names in Python's ('Ana Lee' / 'Ana  Lee').
Now every quotation in the export notes is German („…“). Checked over the German catalogue's export notes and over
every kind of note said in German (:mod:`grader_app.ui.export_notes`), made by the export's own note makers."""
from __future__ import annotations

import re

from grader_app.io.lms import export_notes as made
from grader_app.ui import export_notes
from in_language import in_language
from test_spanish_wording_qa import translations

NOTES = [made.canvas_gradebook(), made.canvas_email_ids(), made.canvas_unlikely_ids(["9B 001"]),
         made.canvas_unlikely_ids(["9B 001", "9B 002"]), made.canvas_different_scores([("Kid 1", "Ice floats", ["1", "2"])]),
         made.canvas_lookalike_ids("names", [["Ana Lee", "Ana  Lee"], ["Bo\u200bKim", "BoKim"]]),
         made.canvas_lookalike_ids("ids", [["9B001", "9B001 "]]), made.moodle_gradebook("Username"),
         made.moodle_gradebook("ID number"), made.moodle_gradebook("Email address"),
         made.moodle_maximum_grades([("Q1", "1.5")]), made.moodle_maximum_grades([]), made.moodle_worksheet(),
         made.brightspace_grades("OrgDefinedId"), made.google_classroom(), made.points_sheet(2), made.blackboard_upload(),
         made.blackboard_points([("Q1", "2")]), made.blackboard_unknown_points(["Q1"]),
         made.scores_scaled("Canvas", [("Q1", "3", "10", "1", "3.33")]), made.not_students_left_out(["Overall average"]),
         made.not_students_left_out(["Overall average", "Range"]), made.stale_report_deleted("left-out.csv"),
         made.stale_report_kept("left-out.csv")]
GERMAN_QUOTE = re.compile(r"„[^„“”\"']*“")
OTHER_QUOTES = re.compile(r"[\"'‘’”«»‚]")


def _unquoted(text: str) -> str:
    """``text`` without its German quotations: what is left must hold no other quotation mark."""
    return GERMAN_QUOTE.sub("", text)


def test_the_german_export_notes_of_the_catalogue_quote_only_in_german():
    found = [t for c, _s, t in translations("de") if c == "ExportNotes" and OTHER_QUOTES.search(_unquoted(t))]
    assert found == []


def test_every_export_note_said_in_german_quotes_only_in_german(qapp):
    assert set(export_notes.SAYERS) == {n.kind for n in NOTES}   # every kind of note, and each one a known kind
    with in_language("de"):
        said = [export_notes.note_words(n) for n in NOTES]
    assert all(s != str(n) for s, n in zip(said, NOTES))           # said in German, not as the export wrote it
    mixed = [s for s in said if OTHER_QUOTES.search(_unquoted(s))]
    assert mixed == []
    assert "„Overall average“" in said[-4] and "„9B 001“" in said[2]
    assert "„Ana Lee“ / „Ana  Lee“; „Bo\\u200bKim“ / „BoKim“" in said[5]   # the space twice, the invisible one named
