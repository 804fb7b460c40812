"""How statuses look: a soft background colour AND an icon AND words (never colour alone)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ..core import flags, review
from . import i18n
from .i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# Not a review status: an answer whose question's model is scoring the sheet and has not scored it yet (the results
# table says so while scoring, instead of "Yours to score (no model)"; uncoloured, since it is nobody's to score yet)
SCORING = "scoring"
SCORING_TEXT = QT_TRANSLATE_NOOP("style", "Scoring…")

# marked for translation here, translated when shown (status_text, status_word, flag_text; a flag's short form for
# the results table: flag_short, below)
# A score the teacher kept is "Confirmed by you", as the counts under the results' headline and the Summary sheet
# (which takes these words) say it, beside "Changed by you" and "Scored by you": "Reviewed" was true of a changed
# score too, and the window and the exported workbook named the one status two ways.
STATUS_TEXT = {
    review.NEEDS_REVIEW: QT_TRANSLATE_NOOP("style", "Needs review"),
    review.AUTO: QT_TRANSLATE_NOOP("style", "Auto-accepted"),
    review.REVIEWED: QT_TRANSLATE_NOOP("style", "Confirmed by you"),
    review.OVERRIDDEN: QT_TRANSLATE_NOOP("style", "Changed by you"),
    review.DECIDED: QT_TRANSLATE_NOOP("style", "Scored by you"),
    review.UNSCORED: QT_TRANSLATE_NOOP("style", "Yours to score (no model)"),
}
STATUS_WORD = {   # the status inside a sentence ("Status: needs review"): the table's words (STATUS_TEXT), small
    review.NEEDS_REVIEW: QT_TRANSLATE_NOOP("style", "needs review"),
    review.AUTO: QT_TRANSLATE_NOOP("style", "auto-accepted"),
    review.REVIEWED: QT_TRANSLATE_NOOP("style", "confirmed by you"),
    review.OVERRIDDEN: QT_TRANSLATE_NOOP("style", "changed by you"),
    review.DECIDED: QT_TRANSLATE_NOOP("style", "scored by you"),
    review.UNSCORED: QT_TRANSLATE_NOOP("style", "yours to score (no model)"),
}
FLAG_TEXT = {
    flags.UNSAVED: QT_TRANSLATE_NOOP("style", "formula without a saved value"),
    flags.BLANK: QT_TRANSLATE_NOOP("style", "blank"),
    flags.TOO_SHORT: QT_TRANSLATE_NOOP("style", "too short"),
    flags.COPIED: QT_TRANSLATE_NOOP("style", "copied from prompt"),
    flags.DUPLICATE: QT_TRANSLATE_NOOP("style", "identical to another answer"),
    flags.NOT_PROSE: QT_TRANSLATE_NOOP("style", "not prose or another language"),
    flags.HIDDEN: QT_TRANSLATE_NOOP("style", "hidden characters"),
    flags.REPEATED: QT_TRANSLATE_NOOP("style", "repeats itself"),
    flags.TOO_LONG: QT_TRANSLATE_NOOP("style", "much longer than the others"),
    flags.TERM_LIST: QT_TRANSLATE_NOOP("style", "only a list of terms"),
    flags.DENIES: QT_TRANSLATE_NOOP("style", "denies or negates"),
    flags.INVALID_OUTPUT: QT_TRANSLATE_NOOP("style", "invalid model output"),
}

# Light backgrounds that keep dark text readable; the icon and the words carry the meaning too.
STATUS_COLOUR = {
    review.NEEDS_REVIEW: QColor(255, 226, 160),
    review.UNSCORED: QColor(255, 226, 160),
    review.OVERRIDDEN: QColor(206, 224, 255),
    review.REVIEWED: QColor(214, 240, 214),
    review.DECIDED: QColor(214, 240, 214),
}

FLAG_COLOUR = QColor(255, 205, 190)

# A glyph in a filled circle, drawn here so it looks the same on every platform and style. The needs-review orange
# stands out 3.7:1 from its row's colour (WCAG 1.4.11 asks 3:1; the lighter one was 2.94:1), its white glyph 4.6:1.
_GLYPHS = {
    review.NEEDS_REVIEW: ("!", QColor(176, 96, 0)),
    review.UNSCORED: ("?", QColor(176, 96, 0)),
    review.OVERRIDDEN: ("\u270e", QColor(40, 90, 200)),
    review.REVIEWED: ("\u2713", QColor(30, 130, 60)),
    review.DECIDED: ("\u2713", QColor(30, 130, 60)),
    review.AUTO: ("\u2713", QColor(120, 120, 120)),
    SCORING: ("\u2026", QColor(120, 120, 120)),
    "flag": ("\u2691", QColor(190, 50, 30)),
}

_icon_cache: dict[str, QIcon] = {}


WHITE = QColor(255, 255, 255)   # a glyph in its circle (in a dark palette's lighter circle: dark where white no longer reads)


def _glyph_icon(glyph: str, colour: QColor, ink: QColor = WHITE) -> QIcon:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPixmap

    icon = QIcon()
    for size in (16, 32, 64):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        f = QFont()
        f.setPixelSize(max(8, int(size * 0.7)))  # an icon's own pixels, not a UI font
        f.setBold(True)
        p.setFont(f)
        p.setPen(ink)
        p.drawText(QRectF(0, 0, size, size), int(Qt.AlignmentFlag.AlignCenter), glyph)
        p.end()
        icon.addPixmap(pm)
    return icon


def _icon(name: str, on: QColor | None = None, glyph: str | None = None) -> QIcon:
    """The icon ``name`` (its glyph, or ``glyph``) as the light look draws it, or on a dark ``on`` (a dark palette's
    row) its circle lighter until it stands 3:1 from it (WCAG 1.4.11), its glyph dark where white no longer reads."""
    glyph = glyph or _GLYPHS.get(name, ("",))[0]
    key = name + glyph if on is None else f"{name}{glyph} on {on.name()}"
    if key not in _icon_cache:
        if QApplication.instance() is None or name not in _GLYPHS:
            return QIcon()
        colour = _GLYPHS[name][1]
        if on is None:
            _icon_cache[key] = _glyph_icon(glyph, colour)
        else:
            circle = behind_text(colour, on, 3.0)
            ink = max((WHITE, QColor(20, 20, 20)), key=lambda c: contrast(c, circle))
            _icon_cache[key] = _glyph_icon(glyph, circle, ink)
    return _icon_cache[key]


def status_text(status: str) -> str:
    """A status's words in the table (also :data:`SCORING`'s)."""
    if status == SCORING:
        return translate("style", SCORING_TEXT)
    return translate("style", STATUS_TEXT[status]) if status in STATUS_TEXT else status


def status_short(status: str) -> str:
    """A status in a short word or two, where the table's column is too narrow for its words (a 16 pt font on a small
    screen; being scored: its words, short already). A status left to the teacher and one done never begin alike, as
    they are drawn side by side: "Review" beside "Reviewed" (Spanish "Revisar" beside "Revisada", German "Bewerten"
    beside "Bewertet") read as one status at a glance (tests/ui/test_results_status_look_apart.py)."""
    words = {   # each comment says which status it shortens (lupdate reads literal strings only)
        review.NEEDS_REVIEW: translate("style", "To review", "status in a word or two, for “Needs review”"),
        review.AUTO: translate("style", "Auto", "status in one short word, for “Auto-accepted”"),
        review.REVIEWED: translate("style", "Confirmed", "status in one short word, for “Confirmed by you”"),
        review.OVERRIDDEN: translate("style", "Changed", "status in one short word, for “Changed by you”"),
        review.DECIDED: translate("style", "Scored", "status in one short word, for “Scored by you”"),
        review.UNSCORED: translate("style", "To score", "status in one short word, for “Yours to score (no model)”"),
    }
    return words.get(status, status_text(status))


def status_word(status: str) -> str:
    return translate("style", STATUS_WORD[status]) if status in STATUS_WORD else status


def flag_text(flag: str) -> str:
    """A flag's name in the interface's language (an unknown one as it is)."""
    return translate("style", FLAG_TEXT[flag]) if flag in FLAG_TEXT else flag


def flags_text(names) -> str:
    return ", ".join(flag_text(f) for f in names)


def flag_short(flag: str) -> str:
    """A flag in a word or two, for the results table's narrow Flags column (an unknown one: :func:`flag_text`). The
    cell's tooltip, the review, the group's notes and the legend say it whole (:func:`flag_text`, from
    :data:`FLAG_TEXT` beside these). At 1366×768 the column has room for about ten characters beside its icon, left
    by the Answer column's share (tests/ui/test_results_answer_room.py): "identical to another answer" was cut to
    "identica…"."""
    words = {   # each comment says which flag it shortens (lupdate reads literal strings only)
        flags.UNSAVED: translate("style", "no value",
                                 "flag in a word or two (results table), for “formula without a saved value”"),
        flags.BLANK: translate("style", "blank", "flag in a word or two (results table), for “blank”"),
        flags.TOO_SHORT: translate("style", "too short", "flag in a word or two (results table), for “too short”"),
        flags.COPIED: translate("style", "copies task",
                                "flag in a word or two (results table), for “copied from prompt”"),
        flags.DUPLICATE: translate("style", "identical",
                                   "flag in a word or two (results table), for “identical to another answer”"),
        flags.NOT_PROSE: translate("style", "not prose",
                                   "flag in a word or two (results table), for “not prose or another language”"),
        flags.HIDDEN: translate("style", "hidden", "flag in a word or two (results table), for “hidden characters”"),
        flags.REPEATED: translate("style", "repetitive", "flag in a word or two (results table), for “repeats itself”"),
        flags.TOO_LONG: translate("style", "very long",
                                  "flag in a word or two (results table), for “much longer than the others”"),
        flags.TERM_LIST: translate("style", "just terms",
                                   "flag in a word or two (results table), for “only a list of terms”"),
        flags.DENIES: translate("style", "negates", "flag in a word or two (results table), for “denies or negates”"),
        flags.INVALID_OUTPUT: translate("style", "model fault",
                                        "flag in a word or two (results table), for “invalid model output”"),
    }
    return words.get(flag) or flag_text(flag)


def flags_cell(names) -> str:
    """The results table's Flags cell: the most serious flag's short form (:func:`flag_short`;
    :func:`.core.flags.most_serious_first`) and how many more there are ("not prose +1"), which the cell's tooltip
    says whole. Two short forms side by side did not fit the column in English or German: "not prose…" showed no sign
    of a second flag, "keine Pro…" cut even the first."""
    ordered = flags.most_serious_first(names)
    if not ordered:
        return ""
    return flag_short(ordered[0]) if len(ordered) == 1 else flags_more(flag_short(ordered[0]), len(ordered) - 1)


def flags_more(first: str, more: int) -> str:
    """``first`` (a flag's short form, or its start) and the count of ``more`` flags after it: "not prose +1"."""
    return translate("style", "{flag} +{more}",
                     "results table's Flags cell: the most serious flag in a word or two, and how many more flags the "
                     "answer has (the cell's tooltip names them all)").format(flag=first, more=more)


def status_icon(status: str, on: QColor | None = None) -> QIcon:
    """A status's icon (on a dark palette's row or control face ``on``: made to stand out from it, see :func:`_icon`
    and :mod:`.control_glyph`)."""
    return _icon(status, on)


def flag_icon(on: QColor | None = None) -> QIcon:
    return _icon("flag", on)


def flag_count_icon(count: int, on: QColor | None = None) -> QIcon:
    """The Flags cell's icon for an answer with ``count`` flags where its text has no room for the count ("+1": see
    :mod:`.results_flags`): the flag's red circle with the number of flags in it, as the statuses' circles hold their
    glyph."""
    return _icon("flag", on, str(count))


def status_colour(status: str) -> QColor | None:
    return STATUS_COLOUR.get(status)


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of ``colour``."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def behind_text(fill: QColor, text: QColor, least: float = 4.5) -> QColor:
    """``fill``, darkened under light ``text`` (lightened under dark text) until the text on it has a contrast of at
    least ``least`` (WCAG 1.4.3's 4.5:1 for text of ordinary size)."""
    colour = QColor(fill)
    darker = luminance(text) > luminance(fill)
    for _ in range(40):
        if contrast(colour, text) >= least:
            break
        colour = colour.darker(108) if darker else colour.lighter(108)
    return colour


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the platform size (no fixed pixel sizes: high-DPI safe)."""
    f = QFont(widget.font())
    size = f.pointSizeF() if f.pointSizeF() > 0 else 10.0
    f.setPointSizeF(size * factor)
    f.setBold(bold)
    return f


USUAL_POINTS = 10.0   # a usual desktop font (Windows' 9 pt, KDE's 10 pt): up to it a title is ``factor`` times the text


def title_font(widget: QWidget, factor: float, keep: float = 0.0, bold: bool = True) -> QFont:
    """A title's font: ``factor`` times the widget's font up to a :data:`USUAL_POINTS` font (as :func:`scaled_font`),
    that size at a larger font (a teacher who needs large type) until the text is as large or the part ``keep`` of
    the title's lead over it is more. Large type is for reading: a title needs only to stand out, by its weight where
    the text is large, and kept at 1.8 times a 16 pt font the start screen's heading took three lines of a narrow
    column and pushed what it heads out of sight."""
    f = QFont(widget.font())
    size = f.pointSizeF() if f.pointSizeF() > 0 else 10.0
    f.setPointSizeF(max(size * (1 + (factor - 1) * keep), min(size, USUAL_POINTS) * factor))
    f.setBold(bold)
    return f


fmt_score = i18n.score   # a score as the teacher reads it (core.numbers' text, in the locale's digits)
fmt_percent = i18n.percent   # 0.56 -> "56 %" in the locale's digits
