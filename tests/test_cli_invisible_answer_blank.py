"""An answer of invisible characters only (a zero-width space, joiners, a word joiner, a byte-order mark, among no-break
spaces) shows the teacher nothing: `grader score` flags it blank, as an empty one, not "too short" or "hidden
characters"; the marking assistant puts it with the blank answers (one decision). Real sheets, the real tiny bundle."""
import csv

import openpyxl

from grader_app.cli import run_cli
from grader_app.core.flags import BLANK, is_blank
from grader_app.core.groups import BLANK as BLANK_GROUP
from grader_app.learn.assistant import MarkingAssistant

INVISIBLE = ["\u200b", "\u200c\u200d", "\u2060", "\ufeff", "\u00a0\u200b\u00a0"]
ANSWERS = [
    ("S01", "Ice is less dense than water because the molecules form an open lattice, so it floats."),
    ("S02", ""),
    *((f"S{i + 3:02d}", t) for i, t in enumerate(INVISIBLE)),
    ("S08", "Ice\u200b floats because it is less dense than water."),   # a hidden character in a real answer
]


def _flags_by_id(rows):
    header = rows[0]
    sid, flags = header.index("Student ID"), header.index("flags")
    return {str(r[sid]): str(r[flags] or "") for r in rows[1:]}


def test_invisible_only_answers_are_flagged_blank_by_grader_score(tmp_path, tiny_shipped, capsys):
    sheet = tmp_path / "answers.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Question", "Answer"])
        w.writerows([sid, "tiny-ice", text] for sid, text in ANSWERS)
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"graded.{suffix}"
        assert run_cli(["score", str(sheet), "--out", str(out)]) == 0, capsys.readouterr().err
        if suffix == "csv":
            with open(out, newline="", encoding="utf-8-sig") as fh:
                rows = list(csv.reader(fh))
        else:
            rows = [list(r) for r in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True)]
        flags = _flags_by_id(rows)
        assert flags["S02"] == BLANK
        for sid, _ in ANSWERS[2:-1]:
            assert flags[sid] == flags["S02"], (suffix, sid, flags[sid])
        assert BLANK not in flags["S08"] and "hidden" in flags["S08"]


def test_invisible_only_answers_join_the_blank_answers_group():
    texts = ["Ice floats.", "", "ice floats", *INVISIBLE, "Fish swim in water."]
    a = MarkingAssistant(texts, labels=[0, 1, 2])
    s = a.suggest_next()
    assert a.groups[s.group].kind == BLANK_GROUP and s.members == (1, 3, 4, 5, 6, 7)


def test_is_blank_keeps_a_visible_character_among_invisible_ones():
    assert all(is_blank(t) for t in INVISIBLE)
    for t in ("\u200bx", "\u00ad-", "\u200b.\u200b", "👩\u200d🔬"):
        assert not is_blank(t), repr(t)
