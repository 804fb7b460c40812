"""On a group, the review screen's top line names the student of the answer chosen whole, at 16 pt on a 1024×600 screen,
in English, German and Spanish, in a review of a question with a shipped model and in one of a question whose model
learns from the teacher's marks.

What was wrong (QA): in the learning review a group's line read "8 of 8 left   A group of 4 answers · ▶ Noah Schmi…"
and then about 50 pixels of nothing before "0 of 4 scored": the count beside the student is empty there (the place
says the answers left), but its label and the spacing around it still took their room. In German the normal review's
group line read "52–54 von 80   Eine Gruppe aus 3 Antworten · ▶ Noah …": the group's words stayed whole while the
student's name, which the teacher needs to see, was cut. Now a label with nothing to say takes no room and no spacing,
and the group's words say themselves short (or give way) before the student's name is cut.

The real main window on a real sheet; the normal review's groups from a real model (onnxruntime), the learning review's
from its real LearningController."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication

from grader_app.ui import mapping_layout
from in_language import in_language
from review_windows import review_grouped, window_in
from test_fits_netbook_at_16_pt import NETBOOK
from test_group_list_room import ALIKE, OTHERS
from ui_helpers import make_bundle, one_question_session, review_view

# the group (ALIKE) holds the second to the eleventh; long names among them, and the one of the report
NAMES = ["Emily Nguyen", "Lukas Hoffmann", "Noah Schmidt", "Maximiliane Schwarzenberger", "Olivia Bennett",
         "Konstantin Oberhuber", "Amara Okafor", "Sofia Rossi", "Mateo García", "Hannah Weber", "Jonas Keller",
         "Chloe Martin", "Zoe Clarke"]
TEXTS = [OTHERS[0], *ALIKE, *OTHERS[1:]]
QUIET = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def settle() -> None:
    """The layouts laid out again for the texts just set (they are, on the events they posted)."""
    for _ in range(3):
        QApplication.processEvents()


def _drawn(label) -> str:
    return label.shown() if callable(getattr(label, "shown", None)) else label.text()


def _line(view) -> list:
    return [view.progress_label, view.student_label, view.left_label, view.status_label]


def empty_room(view) -> list[str]:
    """The labels of the top line that draw nothing but take room (their width, or spacing beside them): the gaps
    between the labels that draw something, left to right, are not all the same."""
    drawn = [w for w in _line(view) if w.isVisible() and _drawn(w)]
    found = [f"{w.objectName() or type(w).__name__} draws nothing in {w.width()} px" for w in _line(view)
             if w.isVisible() and not _drawn(w) and w.width() > 0]
    gaps = [b.geometry().left() - a.geometry().right() for a, b in zip(drawn, drawn[1:])]
    if len(set(gaps)) > 1:
        found.append(f"gaps between the words {gaps}")
    return found


@QUIET
@pytest.mark.parametrize("learns", [False, True], ids=["shipped-model", "learning"])
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_group_at_16_pt_on_1024_by_600_names_its_chosen_student_whole(qtbot, task_manager, tmp_path, monkeypatch,
                                                                         font_16, lang, learns):
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-1")
    monkeypatch.setattr(mapping_layout, "available_geometry", lambda _w: NETBOOK)
    question = "Our own question" if learns else "asap-sas-1"   # no model is named so: it learns from the marks
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Student ID", "Name", "Question", "Answer"])
        w.writerows([f"S{i + 1:02d}", NAMES[i], question, t] for i, t in enumerate(TEXTS))
    with window_in(qtbot, task_manager, lang, NETBOOK.width(), NETBOOK.height()) as window:
        view = review_grouped(qtbot, window, sheet, 0)
        assert window.size() == NETBOOK.size()
        qtbot.waitUntil(lambda: any(len(u) > 1 for u in view.queue.units), timeout=30000)
        group = next(u for u in view.queue.units if len(u) > 1)
        assert window.learning.learns(question) == learns
        seen = []
        for member in group:   # each member chosen in turn: its student on the line
            view.go_to(member)
            settle()
            assert view.current_unit() == group and view.current_key() == member
            assert (view.left_label.text() == "") == learns   # the learning review: the place says the answers left
            name, drawn = NAMES[window.session.answers[member].row], _drawn(view.student_label)
            seen.append(name)
            window.grab().save(str(tmp_path / f"group-{lang}-{learns}-{len(seen)}.png"))
            assert f"▶ {name}" in drawn, (name, drawn, [_drawn(w) for w in _line(view)])
            assert empty_room(view) == [], [(_drawn(w), w.geometry().getRect()) for w in _line(view)]
            assert view.progress_label.text() and _drawn(view.progress_label)   # the place (or answers left) is there
        assert {"Noah Schmidt", "Maximiliane Schwarzenberger"} <= set(seen)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_student_is_cut_only_once_all_else_on_the_line_has_given_way(qtbot, app_font, lang):
    """The review screen narrowed step by step at 16 pt, on a group whose chosen student has a long name: wherever the
    student's label ends in "…", the place and the count beside it say themselves short and the group's words have
    given way; and at some width the student is whole only because they have."""
    app_font(16)
    with in_language(lang):
        rows = [(f"S{i + 1:02d}", NAMES[i], t) for i, t in enumerate([*ALIKE, *OTHERS])]
        view = review_view(qtbot, one_question_session(rows), width=1100, height=600,
                           groups=dict.fromkeys(range(len(ALIKE)), 0), typical=(3,))   # Maximiliane Schwarzenberger
        view.go_to(3)   # chosen, as in the table (the group comes with a member that differs from her answer chosen)
        assert view.current_unit() == list(range(len(ALIKE))) and view.current_key() == 3
        student, place, left = view.student_label, view.progress_label, view.left_label
        cut_at, saved_at = [], []
        for width in range(1100, 500, -10):
            view.resize(width, 600)
            settle()
            drawn = _drawn(student)
            assert "▶" in drawn, drawn   # never cut before the mark of the member chosen
            if drawn.endswith("…"):
                cut_at.append(view.width())
                assert _drawn(place) == place.short and _drawn(left) == left.short, (_drawn(place), _drawn(left))
                assert drawn.startswith("▶"), drawn   # the group's words gave way first
            elif drawn.startswith("▶"):
                saved_at.append(view.width())
                assert "▶ Maximiliane Schwarzenberger · S04" in drawn
        assert cut_at and saved_at and min(saved_at) > max(cut_at), (saved_at, cut_at)
