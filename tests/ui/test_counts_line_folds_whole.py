"""The line of counts under the results headline folds between its counts, never inside one: at 1024×600 and 16 pt it
read "… · 3 / confirmadas por ti" in Spanish and "3 von Ihnen / bestätigt" in German. Each count of up to
results_words.WHOLE_COUNT characters is now written with no-break spaces (a longer one, "3 waiting for the model that
learns from your marks", keeps at least its number with its first word). The real results view, scored for real, and
Qt's own line breaking (QTextLayout, as the word-wrapping label lays out its text) at every width."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from grader_app.core import review
from grader_app.ui import i18n
from grader_app.ui.results_words import WHOLE_COUNT, counts_line
from word_wrap import wrapped_lines
from ui_helpers import results_view, scored_session

ENDS_IN_NUMBER = re.compile(r"\d\s*$")


def _counts(text: str) -> list[str]:
    """Each count of the line, as a reader reads it: "80 need you", "3 need review", "77 without a model", ..."""
    return [c.strip("() ") for c in re.split(r" · |, (?=\d)| \(", text.replace("\u00a0", " ").replace("\u2011", "-"))]


def _widths_breaking_a_count(text: str, font) -> list[int]:
    """The widths at which a line of ``text`` ends with a number, parts a short count's words or starts with the "·"
    between two counts (from the width of its widest short count, below which that count cannot be whole)."""
    short = [c for c in _counts(text) if len(c) <= WHOLE_COUNT]
    least = max(QFontMetrics(font).horizontalAdvance(c + " ·") for c in short)
    found = []
    for w in range(least, 1400, 3):
        lines = [ln.replace("\u00a0", " ").replace("\u2011", "-") for ln in wrapped_lines(text, font, w)]
        if (any(ENDS_IN_NUMBER.search(ln) for ln in lines[:-1]) or any(all(c not in ln for ln in lines) for c in short)
                or any(ln.startswith("·") for ln in lines)):
            found.append(w)
    return found


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_no_count_of_the_line_is_parted_when_it_folds(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    queue = session.review_queue()
    for k in queue[:3]:                                      # 3 confirmed by the teacher, 1 changed
        session.decide(k, session.predictions[k].score)
    changed = queue[3]
    session.decide(changed, 0 if session.predictions[changed].score else 1)
    view = results_view(qtbot, session, 1024, 600)
    big = QFont(view.counts.font())
    big.setPointSize(16)
    view.counts.setFont(big)
    qtbot.waitUntil(lambda: not view.figures_pending(), timeout=5000)
    counts = session.counts()
    assert counts[review.REVIEWED] == 3 and counts[review.OVERRIDDEN] == 1
    text = view.counts.text()
    assert len(_counts(text)) == 4 and all(len(c) <= WHOLE_COUNT for c in _counts(text)), text
    assert " " not in text.replace("\u00a0· ", "")          # only after the separators may it break
    assert _widths_breaking_a_count(text, big) == []
    # with plain spaces Qt does part a count at some width (the bug)
    assert _widths_breaking_a_count(text.replace("\u00a0", " "), big)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_long_count_keeps_its_number_with_its_first_word(qapp, lang):
    """Answers waiting for the model learned from the teacher's marks: a count too long to hold whole still never ends
    a line with its number, and the short ones beside it stay whole."""
    assert i18n.install(lang)
    text = counts_line({review.NEEDS_REVIEW: 3, review.UNSCORED: 80, review.AUTO: 6, review.DECIDED: 2}, waiting=70)
    parts = _counts(text)
    assert len(parts) == 8 and any(len(c) > WHOLE_COUNT for c in parts), parts
    long = next(c for c in re.split(r"\u00a0· |, (?=\d)", text) if len(c) > WHOLE_COUNT)
    assert re.match(r"70\u00a0\S+ ", long), long
    font = QFont(qapp.font())
    font.setPointSize(16)
    assert _widths_breaking_a_count(text, font) == []
