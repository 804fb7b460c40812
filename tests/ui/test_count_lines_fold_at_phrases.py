"""A line that counts a sheet of thousands of answers, the results page's "1234 von 2400 Antworten bewertet" while the
answers are scored and the review's "1187 von 1200 Antworten noch zu entscheiden", folds at 16 pt only between its
phrases and never leaves its last word alone on a line: the review's line read "1187 von 1200 Antworten noch zu" /
"entscheiden", and the scoring line "12345 von 20000 Antworten" / "bewertet". Each text as the wording functions make
it, in the real label at its real width on a 1024×600 window and at every narrower width down to the narrowest the
label allows, broken into lines by Qt's own line breaking (QTextLayout), in English, German and Spanish."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from counts_text import spaced
from grader_app.ui import i18n
from grader_app.ui.results_words import scoring_line
from ui_helpers import results_view, review_view, scored_session
from word_wrap import wrapped_lines

COUNT = re.compile(r"^\d+ \S+ \d+")    # "1187 of 1200", "1187 von 1200", "1187 de 1200"


def _big(label) -> QFont:
    font = QFont(label.font())
    font.setPointSize(16)
    label.setFont(font)
    return font


def _bad_folds(text: str, font, widths) -> list[tuple[int, list[str]]]:
    """The widths (of ``widths``) at which ``text`` folds with a line ending in a number (but for the count itself,
    "12345 von 20000" / "Antworten bewertet"), its count ("1187 of 1200")
    parted, its last word alone on a line, or the words after the count's own word ("noch zu entscheiden") parted."""
    words = spaced(text)
    count = COUNT.match(words).group(0)
    tail = words.split(" ")[4:]    # after "1187 von 1200 Antworten"
    found = []
    for w in widths:
        lines = [spaced(ln).strip() for ln in wrapped_lines(text, font, w)]
        if (any(re.search(r"\d$", ln) and ln != count for ln in lines[:-1]) or not any(ln.startswith(count) for ln in lines)
                or (len(lines) > 1 and " " not in lines[-1])
                or (len(tail) > 1 and not any(ln.endswith(" ".join(tail)) for ln in lines))):
            found.append((w, lines))
    return found


def _widths(text: str, font, real: int) -> list[int]:
    narrowest = max(QFontMetrics(font).horizontalAdvance(ln.rstrip()) for ln in wrapped_lines(text, font, 1))
    return [real, *range(narrowest, 1024, 2)]


def _left_words(left: int, total: int) -> str:
    """The review's count, as review_counts.show_counts makes it."""
    return i18n.counted(i18n.translate("ReviewView", "{left} of %n answers left to decide", "", total).format(left=left))


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_sheet_of_thousands_scoring_line_folds_between_its_phrases(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    view = results_view(qtbot, scored_session(shipped_bundles, n_students=4), 1024, 600)
    big = _big(view.counts)
    for scored, total in ((1234, 2400), (2399, 2400), (12345, 20000)):
        text = scoring_line(scored, total)
        view.counts.setText(text)
        assert view.counts.text() == text
        real = view.counts.contentsRect().width()
        assert real > 200
        assert _bad_folds(text, big, _widths(text, big, real)) == [], text


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_sheet_of_thousands_review_count_folds_between_its_phrases(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    view = review_view(qtbot, scored_session(shipped_bundles, n_students=4), width=1024, height=600)
    label = view.left_label
    big = _big(label)
    for left, total in ((1187, 1200), (13, 1200), (2400, 2400)):
        text = _left_words(left, total)
        label.setText(text)
        real = label.contentsRect().width()
        assert _bad_folds(text, big, _widths(text, big, real)) == [], text
        short = i18n.counted(i18n.translate("ReviewView", "{left} of %n left", "", total).format(left=left))
        assert " " not in short   # said short, it is whole on one line


def test_counted_parts_only_whole_phrases():
    nb = "\u00a0"
    assert i18n.counted("1187 von 1200 Antworten noch zu entscheiden") == \
        f"1187{nb}von{nb}1200{nb}Antworten noch{nb}zu{nb}entscheiden"
    assert i18n.counted("12345 von 20000 Antworten bewertet") == f"12345{nb}von{nb}20000 Antworten{nb}bewertet"
    assert i18n.counted("13 of 80 left") == f"13{nb}of{nb}80{nb}left"
