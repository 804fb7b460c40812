"""The columns dialog's "Out of" column: what each question is out of (:mod:`grader_app.core.scale`), shown and, for a
question no shipped model scores, set there as the teacher confirms the columns. In the dialog's translation context
("MappingDialog").

A row shows what applies without the teacher: its shipped model's scale (not to be changed: the model scores on it),
else the points the sheet gives the question ("(10 marks)", an "Out of" column: :func:`grader_app.io.lms_points.
sheet_points`), else the scale of the model learned from a marked sheet chosen for it, else Grader's guess, 3, which
the note under the table names. What the teacher changes there (``ScaleField.touched``) is kept in the project file
(:func:`grader_app.workflow.prepare_session`); what she did not change follows the sheet and the model as they are.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QTableWidget

from ..bundles.library import Library
from ..core.scale import DEFAULT_TOP, GUESS, SHEET, Scale, is_half, learned_scale
from .learning_words import question_name
from .mapping_layout import short
from .scale_dialog import ScaleField
from .scale_words import out_of, source

translate = QCoreApplication.translate
COLUMN = 3   # the table's column of "Out of" fields


def shown_scale(bundle_id: str | None, library: Library, points, stored: Scale | None) -> Scale:
    """What a question is out of with model ``bundle_id`` (None: none) chosen, ``points`` the sheet gives it (None:
    none) and ``stored`` the scale the teacher set (None: not set)."""
    bundle = library.get(bundle_id) if bundle_id else None
    learned = learned_scale(bundle.manifest) if bundle is not None else None
    if bundle is not None and learned is None:
        return Scale.of_labels(bundle.labels)
    if stored is not None:
        return stored
    if points:
        return Scale(top=points, half=is_half(points), source=SHEET)
    return learned or Scale(top=DEFAULT_TOP, source=GUESS)


def add_scale_fields(table: QTableWidget, combos: list, library: Library, points: dict,
                     stored: dict[str, Scale], on_change) -> list[ScaleField]:
    """An "Out of" field in each row of ``table`` (beside its model combo in ``combos``), following the model chosen;
    ``on_change`` is told when one changes. The column shows only while a question's may be set (one that no shipped
    model scores): a sheet of shipped models keeps its room for their names."""
    fields: list[ScaleField] = []
    for r, combo in enumerate(combos):
        cell = table.item(r, 0)
        assert cell is not None and isinstance(combo, QComboBox)   # every row has both (mapping_items.fill_items)
        item = cell.data(Qt.ItemDataRole.UserRole)
        field = ScaleField(shown_scale(combo.currentData(), library, points.get(item), stored.get(item)), compact=True)
        field.touched, field.mine = item in stored, stored.get(item)
        field.setAccessibleName(translate("MappingDialog", "What question {question} is out of").format(
            question=cell.text()))

        def follow(_i=0, field=field, combo=combo, item=item) -> None:
            scale = shown_scale(combo.currentData(), library, points.get(item), field.mine)
            field.show_scale(scale)
            field.setEnabled(scale.settable)
            field.setToolTip(translate("MappingDialog", "{out_of} ({source})").format(out_of=out_of(scale),
                                                                                       source=source(scale)))
            field.guess = scale.source == GUESS and not field.touched
            # the column only where a question may be set (a sheet of shipped models keeps the room for their names)
            table.setColumnHidden(COLUMN, not any(f.isEnabled() for f in fields + [field]))
        # then the note (connected before this, it read what the field said of the model chosen before)
        combo.currentIndexChanged.connect(lambda _i, follow=follow: (follow(), on_change()))
        field.spin.valueChanged.connect(lambda _v, follow=follow: (follow(), on_change()))
        field.half.toggled.connect(lambda _v, follow=follow: (follow(), on_change()))
        follow()
        table.setCellWidget(r, COLUMN, field)
        fields.append(field)
    return fields


def chosen_scales(table: QTableWidget) -> dict[str, Scale]:
    """Question -> what the teacher set it to be out of, for each row whose "Out of" she changed."""
    out = {}
    for r in range(table.rowCount()):
        cell, field = table.item(r, 0), table.cellWidget(r, COLUMN)
        if cell is not None and isinstance(field, ScaleField) and field.mine is not None and field.isEnabled():
            out[cell.data(Qt.ItemDataRole.UserRole)] = field.mine
    return out


def guess_note(table: QTableWidget, chosen: dict, mapping=None) -> str:
    """The sentence (after a space, "" for none) on the questions that nothing says the scale of: Grader takes 3. When
    they are the questions without a model (``chosen``: question -> model), which the note names already, not again."""
    guessed = [cell.data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())
               if (cell := table.item(r, 0)) is not None and getattr(table.cellWidget(r, COLUMN), "guess", False)]
    if not guessed:
        return ""
    if guessed == [k for k, v in chosen.items() if v is None]:
        return " " + translate("MappingDialog", "“Out of”: nothing in the sheet says, so Grader takes {top} until you "
                               "set it.").format(top=DEFAULT_TOP)
    named = ", ".join(short(question_name(it, mapping)) for it in guessed[:5]) + ("…" if len(guessed) > 5 else "")
    return " " + translate("MappingDialog", "Nothing in the sheet says what %n questions are out of ({questions}): "
                           "Grader takes {top} until you set it under “Out of”.", "", len(guessed)).format(
        questions=named, top=DEFAULT_TOP)
