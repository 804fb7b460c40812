"""What the results table's model gives for each role Qt asks of a cell (:func:`value`), and all the roles a painted
cell asks for at once (:func:`fill`).

Qt's item delegate asks seven roles of every cell it paints. Through the filter proxy each was a call into Python's
``data()``, and the proxy's mapping of the cell asked the model's row and column counts (two calls more) for each: some
3,000 calls into Python per paint of the table, and each had to take the interpreter lock back from the worker that
held it (the scoring's, the figures'): at the moment the results appeared, the window froze 150–330 ms, most of it
waiting for that lock. :meth:`.ResultsModel.multiData` and :meth:`.ResultsFilterModel.multiData` answer a cell in one
call, the row's status colour worked out once for its three roles; what a cell shows is what ``data()`` gives role by
role (:func:`value` for both)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from . import comment_cell, style
from . import results_cells as cells
from .plain_tip import plain_tip
from .results_cells import COMMENT, CONFIDENCE, FINAL, MODEL_SCORE

SortRole = Qt.ItemDataRole.UserRole + 1     # a value that sorts naturally (numbers as numbers)
KeyRole = Qt.ItemDataRole.UserRole + 2      # the answer's key in the session
StatusRole = Qt.ItemDataRole.UserRole + 3   # the status shown: review.* status string, or style.SCORING
FlagsRole = Qt.ItemDataRole.UserRole + 4    # list of flag names

NUMERIC = (MODEL_SCORE, CONFIDENCE, FINAL)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DIM_TEXT = style.QColor(90, 90, 90)    # a note in a cell, not a figure (on the light status colours too)
DARK_TEXT = style.QColor(20, 20, 20)   # on the light status colours (in a dark palette: its dark tints, its words)
UNWEIGHED = object()   # the row's status colour not worked out yet
_COLOURED = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole)
# the roles as plain numbers: Qt's role enum's members are looked up through a descriptor each time, and a painted cell
# compared its roles with a dozen of them
(_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, _DECORATION, _ALIGNMENT, _FONT, _ACCESSIBLE) = map(int, (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.AccessibleTextRole))
_COLOURED_INTS = frozenset((_BACKGROUND, _FOREGROUND, _DECORATION))
_RIGHT = int(RIGHT)


def value(model, s, key: int, col: int, role: int, light=UNWEIGHED):
    """Answer ``key``'s cell in column ``col`` for ``role`` (``model``: the :class:`.ResultsModel`, for its names,
    the questions being scored and a dark palette's tints); ``light``: the row's status colour in the light look
    (:func:`.results_cells.background`), if worked out already."""
    scoring = model.scoring()
    if role == _DISPLAY:
        return cells.display(s, model.names, key, col, scoring)
    if role == SortRole:
        return cells.sort_value(s, model.names, key, col, scoring)
    if role == KeyRole:
        return key
    if role == StatusRole:
        return cells.status(s, key, scoring)
    if role == FlagsRole:
        return list(s.flags.get(key, []))
    if role == _TOOLTIP:
        return plain_tip(cells.tooltip(s, key, col, scoring))
    dark = model.dark_tints()
    if role in _COLOURED_INTS and light is UNWEIGHED:
        light = cells.background(s, key, scoring)
    if role == _BACKGROUND:
        return light if dark is None or light is None else dark.fill(light)
    if role == _FOREGROUND:   # a dark palette's words are its own
        if dark is None and col == MODEL_SCORE and cells.learned_from_mark(s, key):
            return DIM_TEXT   # "(learned)": a note, not a score
        return DARK_TEXT if dark is None and light is not None else None
    if role == _DECORATION:
        if dark is None:
            return cells.icon(s, key, col, scoring)
        return cells.icon(s, key, col, scoring, dark.ground if light is None else dark.fill(light))
    if role == _ALIGNMENT and col in NUMERIC:
        return _RIGHT
    if role == _FONT and col == COMMENT:   # a comment waiting for its score: in italics
        return comment_cell.font(s, key)
    if role == _ACCESSIBLE:
        return cells.tooltip(s, key, col, scoring) or cells.display(s, model.names, key, col, scoring)
    return None


_ANY_COLUMN = frozenset((_DISPLAY, SortRole, KeyRole, StatusRole, FlagsRole, _TOOLTIP, *_COLOURED_INTS, _ACCESSIBLE))
# per column, the roles :func:`value` may answer with something (all others: nothing, whatever the cell): of the seven
# roles the delegate asks of a painted cell, the Font, TextAlignment, CheckState and (but for two columns) Decoration
# roles are none in most columns
ANSWERED = tuple(_ANY_COLUMN - ({_DECORATION} if col not in (cells.STATUS, cells.FLAGS) else set())
                 | ({_ALIGNMENT} if col in NUMERIC else set()) | ({_FONT} if col == COMMENT else set())
                 for col in range(cells.COMMENT + 1))


def fill(model, s, key: int, col: int, roles) -> None:
    """Every role of ``roles`` (a ``QModelRoleDataSpan``) for answer ``key``'s cell in column ``col``, as :func:`value`
    gives each; a role the column never has (:data:`ANSWERED`) cleared without asking, the row's status colour worked
    out once, where a role of it is asked."""
    answered = ANSWERED[col] if 0 <= col < len(ANSWERED) else _ANY_COLUMN
    light = UNWEIGHED
    for rd in roles:
        role = rd.role()
        if role not in answered:
            rd.clearData()
            continue
        if light is UNWEIGHED and role in _COLOURED_INTS:
            light = cells.background(s, key, model.scoring())
        rd.setData(value(model, s, key, col, role, light))
