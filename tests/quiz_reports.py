"""A Canvas quiz report (Student Analysis) of ten students written to disk, with a multiple-choice, a true/false and a
written question: tests/io/lms/test_closed_answers.py and tests/test_cli_quiz_columns_left_out.py read it."""
from __future__ import annotations

import csv

MC = ["Mitochondria"] * 6 + ["Nucleus"] * 3 + ["Ribosome"]            # ten students, one took "Ribosome" alone
TF = ["True"] * 7 + ["False"] * 3
WRITTEN = ["Ice is less dense than water.", "because it is lighter", "The molecules form a lattice with gaps.",
           "density", "Ice has air in it", "less dense", "it is cold", "Hydrogen bonds hold the molecules apart.",
           "It is lighter than the water under it.", "The water expands when it freezes."]

Q1 = "1001: <p>Which organelle releases energy in a cell?</p>"
Q2 = "1002: <p>Ice floats on water.</p>"
Q3 = "1003: <p>Why does ice float on water?</p>"
SHORT_ANSWER = "1003: Why does ice float on water?"


def canvas_report(folder, written=WRITTEN):
    """A Canvas Student Analysis report of ten students: two questions Canvas marked (a multiple choice and a
    true/false), one written, each followed by its points column."""
    path = folder / "Week 6 quiz Quiz Student Analysis Report.csv"
    head = ["name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt", Q1, "1.0", Q2,
            "1.0", Q3, "2.0", "n correct", "n incorrect", "score"]
    rows = [head] + [[f"Student {i}", str(17000 + i), f"S{i:03}", "Period 3", "4411", "S3", "2024-03-04 10:00:00 UTC",
                      "1", MC[i], "1.0", TF[i], "1.0", f"<p>{written[i]}</p>", "0.0", "2", "0", "2.0"]
                     for i in range(10)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    return path
