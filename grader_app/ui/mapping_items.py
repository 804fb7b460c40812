"""The columns dialog's table of questions and the model that scores each one (:class:`~.mapping_dialog.MappingDialog`):
made, filled for the questions of the mapping chosen (each row's model the one chosen before, else the one the library
proposes: :func:`grader_app.learn.library_names.proposed_model`), read back, and the note under it saying which
questions have no model and which have a learned one that is not proposed. In the dialog's translation context
("MappingDialog")."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QComboBox, QHeaderView, QTableWidget, QWidget

from .. import workflow
from ..bundles.library import Library
from ..core import review
from ..core.grading import goes_on
from ..core.question_match import similar
from ..learn.library_names import QuestionModels
from . import style
from .control_glyph import StatusGlyph
from .i18n import QT_TRANSLATE_NOOP
from .learning_words import question_name
from .opening_notes import unloaded_words
from .mapping_layout import NOTE_CHARS, QUESTION_EM, item_cell, model_combo, model_entries, short, snug_rows
from grader_app.ui.plain_tip import plain_tip

translate = QCoreApplication.translate

# the question stays in the session and a model learns from the teacher's marks on it (learn.in_session): said here
NO_MODEL = QT_TRANSLATE_NOOP("MappingDialog", "No model — you score it, and a model learns from your marks")


def select(combo: QComboBox, value) -> None:
    """Choose the entry of ``combo`` whose data is ``value`` (the first entry when none is)."""
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def items_table(fm: QFontMetrics) -> QTableWidget:
    """The empty table: question, number of answers, the model that scores it (a combo box per row)."""
    table = QTableWidget(0, 4)   # the last column: what each question is out of (mapping_scales)
    table.setHorizontalHeaderLabels([translate("MappingDialog", "Question"), translate("MappingDialog", "Answers"),
                                     translate("MappingDialog", "Scored by"), translate("MappingDialog", "Out of")])
    head = table.horizontalHeader()
    head.setTextElideMode(Qt.TextElideMode.ElideRight)   # a title cut short (Spanish at 16 pt) ends in "…" ...
    for c in range(table.columnCount()):
        cell = table.horizontalHeaderItem(c)
        if cell is not None:
            cell.setToolTip(cell.text())                    # ... and is whole in its tooltip
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)   # to its need: mapping_item_widths
    table.horizontalHeader().setMinimumSectionSize(fm.horizontalAdvance("M") * 6)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAccessibleName(translate("MappingDialog", "Which model scores each question"))
    # as high as its rows (the dialog asks the screen for that room), and any room left under the columns' choice
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    return table


def fill_items(table: QTableWidget, items: list[tuple[str, int]], library: Library, chosen: dict[str, str | None],
               fm: QFontMetrics, on_change: Callable, mapping=None, earlier: dict[str, str] | None = None,
               blanks: dict[str, int] | None = None, models: QuestionModels | None = None) -> list[QWidget]:
    """One row per (question, number of answers) of ``items``, its model the one in ``chosen``, else the one that
    scored it before (``earlier``: a graded workbook's, installed and the same: :mod:`.mapping_earlier`), else the one
    proposed; ``on_change`` is told when a model is chosen; ``mapping``: the columns chosen, which title a question the
    sheet does not name (:func:`~.learning_words.question_name`); ``blanks``: how many of each question's answers are
    blank (counted apart from those written); ``models``: the library's match of each question, kept from fill to fill
    (:class:`~grader_app.learn.library_names.QuestionModels`). Returns the rows' combo boxes."""
    earlier, blanks = earlier or {}, blanks or {}
    models = models if models is not None else QuestionModels(library)
    entries = model_entries(library)   # each model's words and tooltip, once for every row
    table.setRowCount(0)
    combos: list[QWidget] = []
    for item, n in items:
        r = table.rowCount()
        table.insertRow(r)
        cell = item_cell(item)
        cell.setText(question_name(item, mapping))   # the key stays its data; a question the sheet does not name: its
        # answer column's header
        cell.setToolTip(plain_tip(cell.text()))   # a whole question as its id is cut short here
        table.setItem(r, 0, cell)
        table.setItem(r, 1, item_cell(answers_count(n, blanks.get(item, 0))))
        combo = model_combo(entries, style.status_icon(review.UNSCORED), translate("MappingDialog", NO_MODEL))
        StatusGlyph(combo, review.UNSCORED, 0)   # its icon, on a dark face too (a child of the combo box)
        found = None if item in chosen or item in earlier else models.proposed(item)
        select(combo, chosen[item] if item in chosen else earlier.get(item) or (found.id if found else None))
        combo.setAccessibleName(translate("MappingDialog", "Model for question {question}").format(
            question=question_name(item, mapping)))
        combo.currentIndexChanged.connect(on_change)
        whole_name_tip(combo)
        table.setCellWidget(r, 2, combo)
        combos.append(combo)
    table.setColumnWidth(0, min(max(table.sizeHintForColumn(0), fm.horizontalAdvance("M") * 6),
                                fm.horizontalAdvance("M") * QUESTION_EM))
    snug_rows(table, combos)
    return combos


def answers_count(n: int, blank: int) -> str:
    """The "Answers" cell of a question with ``n`` answers of which ``blank`` are blank: those written, and the blank
    ones apart ("3 + 2 blank"), so that a question answered by few does not look answered by all."""
    if not blank:
        return str(n)
    # short, so that the "Scored by" column keeps its room for the models' names (Spanish at 16 pt): "29 + 1 vacía"
    return translate("MappingDialog", "{written} + %n blank", None, blank).format(written=n - blank)


def whole_name_tip(combo: QComboBox) -> None:
    """``combo``'s tooltip: the chosen model's whole name, its id and agreement (the choice is cut where it is narrow)."""
    def tip(_i: int = 0) -> None:
        combo.setToolTip(combo.currentData(Qt.ItemDataRole.ToolTipRole) or plain_tip(combo.currentText()))
    combo.currentIndexChanged.connect(tip)
    tip()


def chosen_models(table: QTableWidget) -> dict[str, str | None]:
    """Question -> bundle id (None: no model, the teacher scores it), for every row of ``table``."""
    out = {}
    for r in range(table.rowCount()):
        cell, combo = table.item(r, 0), table.cellWidget(r, 2)
        if cell is not None and isinstance(combo, QComboBox):   # every row has both (fill_items)
            out[cell.data(Qt.ItemDataRole.UserRole)] = combo.currentData()
    return out


def combo_of(table: QTableWidget, item: str) -> QComboBox | None:
    """The model combo box of question ``item`` (None when it has no row)."""
    for r in range(table.rowCount()):
        cell, combo = table.item(r, 0), table.cellWidget(r, 2)
        if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == item and isinstance(combo, QComboBox):
            return combo
    return None


def items_note(chosen: dict[str, str | None], library: Library, mapping=None, models: QuestionModels | None = None) -> str:
    """The note under the table: the questions without a model (and those of them with a learned model not proposed,
    :func:`grader_app.learn.library_names.turned_down`), or that every question has one; ``mapping`` as for
    :func:`fill_items`, and ``models``."""
    none = [k for k, v in chosen.items() if v is None]
    if none:
        text = "⚠ " + translate("MappingDialog", "%n questions without a model ({questions}): their answers stay in the "
                                "results, marked for you to score; a model learns from your marks as you go.", "",
                                len(none)).format(questions=_named(none, mapping))
        # a model there whose file did not load (damaged): said here too, as the list of models is not in sight
        if unloaded := workflow.unloaded_files(none, library):
            text += " " + unloaded_words(list(unloaded.values()))
        models = models if models is not None else QuestionModels(library)
        learned = [k for k in none if models.turned_down(k) is not None]   # not proposed (learn.library_names)
        if learned:
            text += " " + translate("MappingDialog", "Models learned from your marks exist for %n questions ({questions}) "
                                    "but cannot take any answer on their own yet, so here these questions learn from "
                                    "your marks instead. To have a question's learned model suggest scores for you to "
                                    "confirm, choose it in that question's model list.", "", len(learned)).format(
                                        questions=_named(learned, mapping))
        return text + _alike(chosen, none, library, mapping) + _goes_on(chosen, library, mapping)
    return "✓ " + translate("MappingDialog", "Every question has a model.") + _goes_on(chosen, library, mapping) \
        if chosen else ""


def points_note(column: str | None) -> str:
    """The sentence (after a space; "" for none) saying that the graded sheet writes the final scores into the
    teacher's own points column too, which she left empty for them (:mod:`grader_app.io.own_points`)."""
    if not column:
        return ""
    return " " + translate("MappingDialog", "The final scores also go into your column “{column}” in the graded "
                           "sheet.").format(column=column)


SHOWN_ALIKE = 3   # the questions a hint names a model of the teacher's like theirs for, at most


def own_alike(item: str, library: Library):
    """The first model of the teacher's own (their models folder) whose question is like ``item`` without being it
    (:func:`grader_app.core.question_match.similar`: most words shared), or None: worth a hint, never a match."""
    for b in library.bundles.values():
        if library.is_users(b.id) and any(similar(item, text) for text in dict.fromkeys((own_question(b), b.prompt))
                                          if text):
            return b
    return None


def own_question(bundle) -> str:
    """The question a model of the teacher's was made for: a learned one's as its sheet wrote it, else its title."""
    prov = bundle.manifest.get("provenance")
    question = prov.get("question") if isinstance(prov, dict) else None
    return question if isinstance(question, str) and question.strip() else bundle.title


def cut_at_word(text: str, chars: int = NOTE_CHARS) -> str:
    """``text`` (a question) whole, or cut after its last whole word within ``chars`` characters, then " …"."""
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    head = text[:chars + 1]
    cut = head.rsplit(" ", 1)[0].rstrip(" ,;:") if " " in head else ""
    return (cut or text[:chars]) + " …"


def _alike(chosen: dict[str, str | None], none: list[str], library: Library, mapping=None) -> str:
    """The hints (after a space, "" for none) on the questions without a model that a model of the teacher's own has a
    question like (QA s52a #10: last year's model, its question worded slightly differently, went unmentioned)."""
    hints = []
    for item in none:
        b = own_alike(item, library)
        if b is None:
            continue
        model = cut_at_word(own_question(b))
        if len(chosen) == 1:
            hints.append(translate("MappingDialog", "A model of yours, “{model}”, has a similar question: choose it if "
                                   "it is the same question.").format(model=model))
        else:
            hints.append(translate("MappingDialog", "A model of yours, “{model}”, has a question like “{question}”: "
                                   "choose it for that question if it is the same question.").format(
                                       model=model, question=cut_at_word(question_name(item, mapping))))
        if len(hints) == SHOWN_ALIKE:
            break
    return "".join(" " + h for h in hints)


def _goes_on(chosen: dict[str, str | None], library: Library, mapping=None) -> str:
    """The sentence (after a space, "" for none) on the questions whose model's whole question the sheet's question
    holds followed by more text (:func:`grader_app.core.grading.goes_on`): that text may ask for more."""
    more = [k for k, v in chosen.items() if v and (b := library.get(v)) is not None and goes_on(k, b)]
    if not more:
        return ""
    return " " + translate("MappingDialog", "%n questions hold their model's whole question, followed by more text "
                           "({questions}): check that this text asks for nothing more, as the model scores only what "
                           "its own question asks.", "", len(more)).format(questions=_named(more, mapping))


def _named(items: list[str], mapping=None) -> str:
    """The first few questions of ``items``, each cut short, for a sentence."""
    return ", ".join(short(question_name(it, mapping)) for it in items[:5]) + ("…" if len(items) > 5 else "")
