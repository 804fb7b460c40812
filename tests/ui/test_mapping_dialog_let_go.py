"""A columns dialog closed and let go of is collected, with the sheet it shows: each question's "Out of" field told the
note under the questions' table of a change through a slot (a lambda) that held the dialog's own method, and Qt holds
a slot where Python's collector cannot see it, so a dialog not inside a window stayed alive, its sheet with it, until
the app quit. The note is now told through a slot that holds the dialog weakly, and still follows the field while the
dialog lives."""
from __future__ import annotations

import weakref

import pandas as pd

from grader_app.bundles.library import Library
from grader_app.core.sheet import WIDE, ColumnMapping, Sheet
from grader_app.ui.mapping_dialog import MappingDialog
from grader_app.ui.mapping_scales import COLUMN
from ui_helpers import collect_let_go

GUESSED = "Grader takes 3 until you set it"


def test_a_columns_dialog_let_go_of_is_collected_and_its_out_of_field_tells_the_note_while_it_lives(qtbot,
                                                                                                     shipped_bundles):
    frame = pd.DataFrame({"ID": ["1", "2"], "Name": ["Ann", "Bo"], "Homework 3": ["the membrane", "water"]},
                         dtype=object)
    sheet = Sheet(frame=frame)
    dlg = MappingDialog(sheet, Library.load([shipped_bundles]),
                        ColumnMapping(layout=WIDE, id_column="ID", name_column="Name",
                                      answer_columns={"Homework 3": "Homework 3"}))
    dlg.show()
    qtbot.waitExposed(dlg)
    field = dlg.items_table.cellWidget(0, COLUMN)   # no model scores the question: what it is out of may be set
    assert field.isEnabled() and GUESSED in dlg.items_note.text()
    field.spin.setValue(field.spin.value() + 2)   # set by the teacher: the note no longer says Grader guesses it
    assert GUESSED not in dlg.items_note.text()

    page, shown = weakref.ref(dlg), weakref.ref(sheet)
    dlg.close()
    del dlg, field, sheet
    collect_let_go()
    assert page() is None, "the columns dialog was closed and let go of but is still alive"
    assert shown() is None, "the sheet of a columns dialog let go of is still alive"
