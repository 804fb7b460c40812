"""After "Make models from a marked sheet…" the model made is chosen in the library's list and in sight.

QA (a Spanish teacher at 1024×600 and a 16 pt font, eleven models on the computer): she made a model from last year's
marked sheet; the list ends with the teacher's own models, and the one just made was the eleventh row, below the fold:
the message beside it named it, but the list did not show it. The real window, the real learning on its worker, from
a marked sheet written here."""
from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from test_learning_window import marked
from ui_helpers import learn_dialog_for, make_bundle


def test_the_model_made_from_a_marked_sheet_is_chosen_and_in_sight_at_1024_by_600(qtbot, make_window, shipped_bundles,
                                                                                   tmp_path, monkeypatch, font_16):
    for n in range(2, 11):   # as many models as Grader ships: the list is longer than its pane
        if n != 5:
            make_bundle(shipped_bundles, f"asap-sas-{n}", title=f"Question {n} of a shipped model")
    window = make_window((1024, 600))
    sheet = tmp_path / "last-year.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Alumno", "Pregunta", "Respuesta", "Nota"])
        w.writerows([f"A{i}", "Lluvia ácida", text, mark] for i, (text, mark) in enumerate(marked(60, 5)))
    learn_dialog_for(qtbot, window, sheet, monkeypatch).ok_button.click()
    qtbot.waitUntil(lambda: "Made 1 model" in window.start.message.text(), timeout=60000)
    library = window.start.library
    tree = library.tree
    assert len(library.bundle_ids()) == 11 and library.bundle_ids()[-1] != "asap-sas-10"
    made = next(bid for bid in library.bundle_ids() if bid not in {f"asap-sas-{n}" for n in range(1, 11)})
    assert library.chosen_id() == made                                # chosen: Remove… acts on it
    item = tree.currentItem()
    assert item is not None and item.data(0, Qt.ItemDataRole.UserRole) == made
    qtbot.waitUntil(lambda: tree.viewport().rect().contains(tree.visualItemRect(item)), timeout=3000)   # whole in sight
