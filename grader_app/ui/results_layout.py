"""How the results page fits a narrow window or a large font: the filter row wraps (:mod:`.flow_layout`), and the table's
narrow columns give way before the Answer column becomes unreadable, keeping their titles whole (or short:
:mod:`.results_titles`), the question ids apart (:mod:`.results_ids`) and the students' names readable."""
from __future__ import annotations

import math
import weakref
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QFrame, QHeaderView, QScrollArea, QStyle,
                               QStyleOptionViewItem, QTableView, QWidget)

from .filter_guard import passes_when_collected
from .learning_words import question_name
from ..core import flags, review
from . import results_model as rm
from . import style
from .results_ids import IdElide, ids_width, telling_ends
from .results_titles import short_title, title_room

ANSWER_MIN_CHARS = 26   # the Answer column keeps at least this many average characters while the others fit,
ANSWER_SHARE = 0.2   # then gives way down to this share of the table before the others' titles or names are cut
ANSWER_WANTED = 0.4   # the others give up their spare room, down to their snug widths, for this share of the table
# the Status column says its telling words ("Automatisch…", the whole in the cell's tooltip) before the Answer column
# has fewer average characters than this: at 1280×720 and 12 pt in German "Automatisch übernommen" kept 243 px whole,
# the widest column, while the answers showed 24 characters (median), a few words of what the teacher reads
ANSWER_READ_CHARS = 40


class PanelScroll(QScrollArea):
    """The threshold panel in a page too short for it (600 px high at a large font): it scrolls up and down
    rather than squeezing its risk plot flat, and is never narrower than its widest line (nothing is cut at the
    side, there is no horizontal scroll bar)."""

    def __init__(self, panel: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # no stop of its own for Tab (nothing shows it has the focus): Tab goes on to the panel's first control, and
        # a control reached with Tab is scrolled into view all the same
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:
        inner = self.panel.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), min(inner.height(), self.fontMetrics().height() * 8))

    def sizeHint(self) -> QSize:
        inner = self.panel.sizeHint()
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(), inner.height())


def telling_words(texts: frozenset[str]) -> dict[str, str]:
    """Each of ``texts`` cut at its end after every word up to the first that tells it from all the others ("Von Ihnen
    bewertet" / "Von Ihnen zu…"), or whole: texts that differ only in their last words stay told apart in every
    language, by the word that says what they mean."""
    return dict(_telling(texts))


@lru_cache(maxsize=8)
def _telling(texts: frozenset[str]) -> tuple[tuple[str, str], ...]:
    split = {t: t.split(" ") for t in texts}
    out = []
    for t, words in split.items():
        k = next((k for k in range(1, len(words) + 1)
                  if all(other[:k] != words[:k] for o, other in split.items() if o != t)), len(words))
        out.append((t, " ".join(words[:k]) + ("" if k == len(words) else "\u2026")))
    return tuple(out)


def telling_width(fm: QFontMetrics, texts: set[str] | frozenset[str]) -> int:
    """The narrowest width in which each of ``texts`` keeps its telling words (:func:`telling_words`)."""
    return max((fm.horizontalAdvance(kept) + 1 for kept in telling_words(frozenset(texts)).values()), default=0)


def status_texts() -> frozenset[str]:
    """Every status's words in the interface's language."""
    return frozenset(map(style.status_text, review.STATUSES))


STUDENT_TOLD_CHARS = 12   # "Amara Okafor…": a student's name (QA: at 1024 px only "S01 · …" showed; at 16 pt "Amara Oka…")
# a question named by a text too long for its column: this many average characters of it, cut as .results_ids cuts
# it ("Experiment: Ess…", whole in the cell's tooltip). At 1280×720 and 12 pt in German such a column took 168 px, as
# wide as the students' names and near the Answer column's 209, all of it for a text cut anyway.
QUESTION_TOLD_CHARS = 14


def given_way(upper: dict[int, int], lower: dict[int, int], over: int) -> dict[int, int]:
    """The ``upper`` widths less ``over`` pixels in all (no more than they can give down to the ``lower`` widths), each
    column giving its share in proportion to what it can give: its share's whole pixels, then the pixels left one each
    to the columns whose shares' fractions are largest. The columns together take exactly the room, and none gives more
    than a pixel beyond its share; each share rounded up made every column give a pixel for one missing (seven for
    one), a title or a name cut for room the table had."""
    slack = sum(upper[c] - lower[c] for c in upper)
    gives = {c: (upper[c] - lower[c]) * over // slack for c in upper}
    left = over - sum(gives.values())
    for c in sorted(upper, key=lambda c: (upper[c] - lower[c]) * over % slack, reverse=True)[:left]:
        gives[c] += 1
    return {c: upper[c] - gives[c] for c in upper}


class ColumnFitter(QObject):
    """Sizes the results table's narrow columns to their header and first rows' text; when the table is too
    narrow for them and a readable Answer column, they give way in steps (their text is elided, the cells' tooltips
    keep what they kept): first down to what keeps every title whole, every question id whole, the words that tell
    each status from the others ("Von Ihnen bewertet", "Von Ihnen zu…") and a student's name's first
    :data:`STUDENT_TOLD_CHARS` characters (their id comes after it). Then the Answer column gives way, from
    :data:`ANSWER_MIN_CHARS` down to :data:`ANSWER_SHARE` of the table: the review screen shows each answer whole.
    Then the questions are cut keeping the parts in which they differ (an id's end, "as…-10"; a name's start, "Explain
    why…": :mod:`.results_ids`), the statuses say their
    short words ("To review", "Prüfen"), the titles still whole; then, one column after another (the one that gives most
    first), a title is drawn in its short form ("Conf.": :mod:`.results_titles`). Only in a narrower table still do the
    columns give way to a floor each, where the titles are cut, a status is its icon and a name its start. A column
    the teacher resizes keeps the width chosen.

    At a 16 pt font on a 1024 px screen the titles were cut to "Que…", "Confi…", "Fl…" and the names to "Amara Oka…"
    while the status took 200 px for "Needs review"."""

    NARROW = (rm.STUDENT, rm.QUESTION, rm.MODEL_SCORE, rm.CONFIDENCE, rm.FLAGS, rm.STATUS, rm.FINAL, rm.COMMENT)

    def __init__(self, table: QTableView, model: rm.ResultsModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        self._natural: dict[int, int] = {}
        self._snug: dict[int, int] = {}    # every title and text whole, without the natural widths' spare room
        self._soft: dict[int, int] = {}    # the ids whole, the statuses' telling words, the names' start
        self._least: dict[int, int] = {}   # the ids apart, the statuses' short words, the names' start
        self._floor: dict[int, int] = {}
        self._by_hand: set[int] = set()   # the columns the teacher resized: their width as chosen
        self._applying = False
        self._names_seen: tuple | None = None   # (the session, {what the names' look depends on: their widths})
        self._fitted: tuple | None = None   # (the session last fitted to, weakly; its names' look and the font then)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._ids = IdElide(table)   # an id cut keeps the end that tells it: "as…-10"
        table.setItemDelegateForColumn(rm.QUESTION, self._ids)
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)
        table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.apply())   # room for the arrow
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)   # its width changes with the window and the splitter

    def answer_min(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * ANSWER_MIN_CHARS

    def answer_least(self, width: int) -> int:
        """What the Answer column keeps at the least of a table ``width`` wide before a title is shortened."""
        return min(self.answer_min(), math.ceil(width * ANSWER_SHARE))

    def natural_width(self) -> int:
        """The shown narrow columns' natural widths together (what the table needs beside the Answer column)."""
        return sum(w for c, w in self._natural.items() if not self.table.isColumnHidden(c))

    def header_width(self, col: int) -> int:
        """The width in which the column's title is drawn whole (in bold, beside the sort arrow in the column sorted by)."""
        return title_room(self.table.horizontalHeader(), col, str(self.model.headerData(col, Qt.Orientation.Horizontal)))

    def short_width(self, col: int) -> int:
        """The width in which the column's short title is drawn whole (:func:`.results_titles.short_title`)."""
        return min(self.header_width(col), title_room(self.table.horizontalHeader(), col, short_title(col)))

    def text_margin(self, icon: bool) -> int:
        """How much wider than its text a cell is where the text is drawn whole (beside its icon)."""
        table = self.table
        opt = QStyleOptionViewItem()
        table.initViewItemOption(opt)
        opt.rect = QRect(0, 0, 1000, table.verticalHeader().defaultSectionSize())
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        if icon:
            opt.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
        qstyle = table.style()
        room = qstyle.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, table).width()
        focus = qstyle.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        return 1000 - room + 2 * (focus + 1) + (1 if table.showGrid() else 0) + 1

    def fit(self, sample: int = 30) -> None:
        """Work out each narrow column's width from its text (the first rows only: fast on 10,000), then apply."""
        fm = self.table.fontMetrics()
        m, ch = fm.horizontalAdvance("M"), fm.averageCharWidth()
        pad = m * 2
        icon = self.table.iconSize().width() if self.table.iconSize().width() > 0 else fm.height()
        rows = min(sample, self.model.rowCount())
        self._by_hand.clear()   # each column's width from its text again
        session = self.model.session
        # the questions as the column names them (by their words, not an LMS's ids: learning_words.question_name)
        items = {question_name(i, session.mapping) for i in session.item_keys()} if session is not None else set()
        caps = {rm.STUDENT: 18, rm.QUESTION: 12, rm.FLAGS: 11, rm.COMMENT: 12}
        # what each column keeps when the Answer column needs the room, in average characters (and its icon):
        # the student's name's start, the question's start; the status and flags by their icon (the cell's tooltip says it)
        floors = {rm.STUDENT: 6, rm.QUESTION: 5, rm.FLAGS: 0, rm.STATUS: 0, rm.COMMENT: 2}
        figure_margin = self.text_margin(icon=False) + ch // 2   # right-aligned: beside the next column's text
        samples = {rm.MODEL_SCORE: style.fmt_score(0), rm.FINAL: style.fmt_score(0), rm.CONFIDENCE: style.fmt_percent(1.0)}
        for col in self.NARROW:
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            cells = [str(self.model.data(self.model.index(r, col)) or "") for r in range(rows)]
            texts = [title]
            if col == rm.STATUS:   # the usual statuses are never cut while there is room (German ones are long)
                texts += [style.status_text(st) for st in review.STATUSES if st != review.UNSCORED]
            elif col == rm.QUESTION:   # every question, not only those in the first rows
                texts += sorted(items)
            else:
                texts += cells
            w = max(fm.horizontalAdvance(t) for t in texts) + pad
            extra = icon + fm.horizontalAdvance(" ") if col in (rm.STATUS, rm.FLAGS) else 0
            w += extra
            # snug: the texts whole in the margin their cells keep (the title: levels); the flags: each one's short
            # form (not the count beside it: .results_flags says why; the cell's tooltip says every flag whole)
            margin = figure_margin if col in samples else self.text_margin(icon=col == rm.STATUS)
            self._snug[col] = max((fm.horizontalAdvance(t) for t in texts[1:]), default=0) + margin
            if col in caps:
                w = min(w, m * caps[col])
            if col in floors:   # a tighter margin than the natural width's
                floor = ch * floors[col] + m + extra
            else:   # the figures themselves are never cut (scored or not yet), only their header
                floor = max(fm.horizontalAdvance(t) for t in [*cells, samples[col]]) + figure_margin
            if col == rm.QUESTION:   # the ids stay apart (up to twice the cap: longer ones are in the cells' tooltips)
                self._ids.ends = telling_ends(items)
                floor = min(ids_width(fm, items, self.text_margin(icon=False)), m * caps[col] * 2)
                w = max(w, floor)
            floor = min(w, floor)
            self._natural[col], self._floor[col] = int(w), int(floor)
            self._soft[col] = self._least[col] = 0
            if col == rm.QUESTION and items:   # whole, then apart
                widest = max(fm.horizontalAdvance(t) for t in items)
                self._soft[col], self._least[col] = widest + m, floor
                if widest + m > self._natural[col]:   # cut at its widest anyway: its start and end, not the others' room
                    told = ch * QUESTION_TOLD_CHARS + self.text_margin(icon=False)
                    self._natural[col] = max(self._floor[col], min(self._natural[col], told))
            if col == rm.STUDENT:   # whose answer it is: every name's start (the id after it), kept as long as the titles
                told, whole = self._name_widths(fm)
                name = told + self.text_margin(icon=False)
                self._soft[col] = self._least[col] = name
                self._natural[col] = max(self._natural[col], name)
                self._snug[col] = max(self._snug[col], whole + self.text_margin(icon=False))
            if col == rm.STATUS:   # told apart by their words: "Von Ihnen geändert" and "… bewertet" are not both "Von Ihn…"
                self._soft[col] = min(w, telling_width(fm, status_texts()) + m + extra)
                shorts = (style.status_short(st) for st in review.STATUSES)
                self._least[col] = min(self._soft[col], max(map(fm.horizontalAdvance, shorts)) + self.text_margin(icon=True))
            if col == rm.FLAGS:   # every flag's short form whole, alone in its cell (beside a count: .results_flags)
                self._snug[col] = self._flags_width(fm)
                self._natural[col] = max(self._natural[col], self._snug[col])
        self._fitted = (weakref.ref(session) if session is not None else None, self._look())
        self.apply()

    def _look(self) -> tuple:
        return self.model.names.shown_as(), self.table.font().key()

    def fitted_to_names(self) -> bool:
        """The columns were last fitted to this session with its names shown as they are now, in this font: fitting
        them again would give the same widths (and forget those the teacher set by hand)."""
        session, fitted = self.model.session, self._fitted
        return (session is not None and fitted is not None and fitted[0] is not None and fitted[0]() is session
                and fitted[1] == self._look())

    def _flags_width(self, fm: QFontMetrics) -> int:
        """The width in which each flag's short form (:func:`.style.flag_short`) is drawn whole beside its icon, every
        flag's, not only those in the first rows (0: the sheet has none)."""
        session = self.model.session
        if session is None or not any(session.flags.values()):
            return 0
        return max(fm.horizontalAdvance(style.flag_short(f)) for f in flags.ALL_FLAGS) + self.text_margin(icon=True)

    def _name_widths(self, fm: QFontMetrics) -> tuple[int, int]:
        """The widths of the widest name's start (:data:`STUDENT_TOLD_CHARS` characters) and of the widest name whole,
        as the student column shows them. Worked out over every student once for a sheet, the names' look (shown, or
        blind marking's labels) and the font: the table is fitted when a sheet is shown and again when blind marking
        follows its project, and on 10,000 answers each pass over the names held the GUI thread."""
        session = self.model.session
        if session is None:
            self._names_seen = None
            return 0, 0
        look = (self.model.names.shown_as(), self.table.font().key(), fm.horizontalAdvance("M"), fm.averageCharWidth())
        if self._names_seen is None or self._names_seen[0]() is not session:
            self._names_seen = (weakref.ref(session), {})   # (weakly: a closed sheet's session is freed)
        widths = self._names_seen[1]
        if look not in widths:
            names = self._whose()
            told = {t if len(t) <= STUDENT_TOLD_CHARS else t[:STUDENT_TOLD_CHARS] + "\u2026" for t in names}
            widths[look] = (max(map(fm.horizontalAdvance, told), default=0),
                            max(map(fm.horizontalAdvance, names), default=0))
        return widths[look]

    def _whose(self) -> list[str]:
        """The student column's text for each student of the sheet (not only those in the first rows: once a sheet)."""
        session = self.model.session
        if session is None:
            return []
        first: dict[str, int] = {}
        for a in session.answers:
            first.setdefault(a.student, a.key)
        return [self.model.names.who(session, key) for key in first.values()]

    def levels(self) -> list[dict[int, int]]:
        """The shown narrow columns' widths at each step as they give way (:class:`ColumnFitter`): natural, soft
        (every title whole, the ids whole, the statuses' telling words), titled (the ids apart, the statuses' short
        words), short (every title's short form) and floor; and between natural and soft, snug (every title and every
        text whole, without the natural widths' spare room; the names whole; each flag's short form whole)."""
        cols = [c for c in self.NARROW if c in self._natural and not self.table.isColumnHidden(c)]
        least = self.table.horizontalHeader().minimumSectionSize()   # no column is drawn narrower
        base = {c: max(self._floor[c], least) for c in cols}
        whole = {c: self.header_width(c) for c in cols}
        natural = {c: self._natural[c] if c in self._by_hand else max(self._natural[c], whole[c]) for c in cols}
        soft = {c: min(natural[c], max(base[c], self._soft[c], whole[c])) for c in cols}
        titled = {c: min(soft[c], max(base[c], self._least[c], whole[c])) for c in cols}
        short = {c: min(titled[c], max(base[c], self._least[c], self.short_width(c))) for c in cols}
        kept = self._by_hand   # a width the teacher chose
        snug = {c: natural[c] if c in kept else min(natural[c], max(soft[c], whole[c], self._snug[c])) for c in cols}
        return [natural, snug, soft, titled, short, {c: min(short[c], base[c]) for c in cols}]

    def widths(self, room: int, spare: int = 0, roomy: int | None = None, reading: int | None = None) -> dict[int, int]:
        """Each shown narrow column's width when ``room`` is left beside the Answer column's readable width and the
        Answer column can give up ``spare`` more: the natural widths, else the columns give way together down to the
        soft widths; then the Answer column gives up its spare; then the columns give way further, level by level, but
        for the titles, shortened one column after another. Where ``roomy`` is left beside the Answer column's wanted
        share (:data:`ANSWER_WANTED`), the columns give way first toward their snug widths (no further) to leave it;
        where less than ``reading`` is left beside the Answer column's :data:`ANSWER_READ_CHARS`, the Status column
        then takes the width of its telling words (its short words: no further)."""
        natural, snug, soft, titled, short, floor = self.levels()
        over = sum(natural.values()) - (room if roomy is None else roomy)
        slack = sum(natural[c] - snug[c] for c in natural)
        if over > 0 and slack > 0:   # at 1366×768 the Answer column had a third of the table, the others spare room
            natural = snug if over >= slack else given_way(natural, snug, over)
        if reading is not None and sum(natural.values()) > reading and rm.STATUS in natural:
            # the answers before a status's last words: it says its short word (.results_controls.StatusWords, the
            # whole in its tooltip) in the room of its telling words, not a few pixels short of its whole words
            natural = {**natural, rm.STATUS: min(natural[rm.STATUS], soft[rm.STATUS])}
        if sum(soft.values()) > room:
            room = min(room + spare, sum(soft.values()))
        widths = natural
        for upper, lower in ((natural, soft), (soft, titled), (titled, short), (short, floor)):
            over = sum(upper.values()) - room
            if over <= 0:
                return upper
            if upper is titled:   # the titles that save the most first: as few short titles as can be
                widths = dict(upper)
                for c in sorted(upper, key=lambda c: (upper[c] - lower[c], -c), reverse=True):
                    give = min(over, upper[c] - lower[c])
                    widths[c] -= give
                    over -= give
                if over <= 0:
                    return widths
                continue
            if over <= sum(upper[c] - lower[c] for c in upper):
                return given_way(upper, lower, over)
            widths = lower
        return widths

    def apply(self) -> None:
        """Give each narrow column its width, less what the Answer column needs to stay readable."""
        width = self.table.viewport().width()
        ideal = self.answer_min()
        widths = self.widths(width - ideal, max(0, ideal - self.answer_least(width)),
                             width - max(ideal, math.ceil(width * ANSWER_WANTED)),
                             width - max(ideal, self.table.fontMetrics().averageCharWidth() * ANSWER_READ_CHARS))
        self._applying = True
        try:
            for c, w in widths.items():
                if self.table.columnWidth(c) != w:
                    self.table.setColumnWidth(c, w)
        finally:
            self._applying = False

    def _resized_by_hand(self, col: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if self._applying or col not in self._natural or header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch:
            return
        self._natural[col] = new
        self._floor[col] = min(self._floor[col], new)
        self._by_hand.add(col)

    @passes_when_collected
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self._viewport:
            self.apply()
        return False
