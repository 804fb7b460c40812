"""The lines that count before their words, on the results page while scoring ("5 of 80 answers scored") and on the
review screen's top line ("13 of 80 answers left to decide"), never part a number from its words when a narrow window
folds them at 16 pt: squeezed to its longest word, as a word-wrapping label may be, the results line read "20 von /
20 / Antworten bewertet" and the review's "13 von / 20 / Antworten …". The progress line is held whole when it is as
short as a count of the counts line kept whole (results_words.WHOLE_COUNT), else, as the review's count always, it
never ends a line in a number nor parts "13 of 80" (i18n.counted). The real views, scored for real, and Qt's own line
breaking (QTextLayout, as a word-wrapping label lays out its text) at every width, in English, German and Spanish."""
from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from counts_text import spaced
from grader_app.ui import i18n
from grader_app.ui.results_words import WHOLE_COUNT, scoring_line
from word_wrap import wrapped_lines
from ui_helpers import results_view, review_view, scored_session

ENDS_IN_NUMBER = re.compile(r"\d\s*$")
COUNT = re.compile(r"^\d+ \S+ \d+")     # "13 of 80", "5 von 80", "5 de 80"


def _narrowest(text: str, font) -> int:
    """The narrowest a word-wrapping label lets a layout make it for ``text``: its widest run that cannot break (as
    QLabel's minimum size lays the text out at no width at all)."""
    return max(QFontMetrics(font).horizontalAdvance(ln.rstrip()) for ln in wrapped_lines(text, font, 1))


def _widths_parting_a_number(text: str, font, whole: bool = False) -> list[int]:
    """From the narrowest the label can be up, the widths at which a line of ``text`` ends in a number (but for a line
    that is the count alone: "12345 von 20000" / "Antworten bewertet", test_count_lines_fold_at_phrases.py), or the
    count at its start ("13 of 80") is not on one line, or its last word is alone on a line, or (``whole``: the results
    page's line) a text of up to WHOLE_COUNT characters takes more than one line."""
    words = spaced(text)
    count = COUNT.match(words).group(0)
    short = whole and len(words) <= WHOLE_COUNT
    found = []
    for w in range(_narrowest(text, font), 1400, 3):
        lines = [spaced(ln) for ln in wrapped_lines(text, font, w)]
        if (any(ENDS_IN_NUMBER.search(ln) and ln.strip() != count for ln in lines[:-1])
                or (len(lines) > 1 and " " not in lines[-1].strip()) or not any(count in ln for ln in lines)
                or (short and len(lines) > 1)):
            found.append(w)
    return found


def _big(widget) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(16)
    widget.setFont(font)
    return font


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_scoring_line_keeps_its_numbers_with_their_words(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    view = results_view(qtbot, session, 1024, 600)
    big = _big(view.counts)
    view.set_scoring(True, ["asap-sas-1", "asap-sas-5"])
    text = view.counts.text()
    assert spaced(text) == {"en": "20 of 20 answers scored", "de": "20 von 20 Antworten bewertet",
                            "es": "20 de 20 respuestas puntuadas"}[lang]
    assert _widths_parting_a_number(text, big, whole=True) == []
    assert view.counts.minimumSizeHint().width() >= _narrowest(text, big)   # the label is never made narrower
    assert _widths_parting_a_number(spaced(text), big, whole=True)          # with plain spaces Qt parts it (the bug)
    # a sheet of thousands: in German and Spanish too long to hold whole, it still never ends a line in a number
    longer = scoring_line(12345, 20000)
    assert (len(spaced(longer)) > WHOLE_COUNT) == (lang != "en") == (" " in longer), repr(longer)
    assert _widths_parting_a_number(longer, big, whole=True) == []
    assert _widths_parting_a_number(spaced(longer), big, whole=True)


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_review_count_keeps_its_numbers_with_their_words(qtbot, shipped_bundles, lang):
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    keys = [a.key for a in session.answers]
    for k in keys[:7]:
        session.decide(k, session.predictions[k].score)
    view = review_view(qtbot, session, 1024, 600)
    big = _big(view.left_label)
    label = view.left_label
    whole = label.text()
    assert re.match(r"13\u00a0\S+\u00a020\u00a0\S+ ", whole), repr(whole)   # 13 of 20 left; its words may still fold
    assert re.fullmatch(r"13\u00a0\S+\u00a020\u00a0\S+", label.short), repr(label.short)   # "13 of 20 left": whole
    # a model accepted some of the answers left: beside them, those that need the teacher, said short too while the
    # line has room ("13 of 20 left · 9 need you", tests/ui/test_review_of_all_says_need_you.py)
    need = sum(1 for k in keys if session.needs_teacher(k))
    assert 0 < need < 13 and label.fuller.startswith(label.short + "\u00a0· ") and f"· {need}\u00a0" in whole
    for level, said in enumerate((whole, label.fuller, label.short)):   # said whole, then shorter (the line short of
        label.set_level(level)                                           # room), as it is drawn
        text = label.shown()
        assert text == said
        assert _widths_parting_a_number(text, big) == []
        assert label.minimumSizeHint().width() >= _narrowest(text, big)   # the label is never made narrower
        assert _widths_parting_a_number(spaced(text), big)          # with plain spaces Qt parts it (the bug)


def test_counted_holds_only_the_count_and_the_word_after_each_number():
    # a line that starts with its count folds between its phrases only (test_count_lines_fold_at_phrases.py)
    assert i18n.counted("13 of 80 answers left to decide") == "13\u00a0of\u00a080\u00a0answers left\u00a0to\u00a0decide"
    assert i18n.counted("Noch offen: 5") == "Noch offen:\u00a05"     # a number last keeps the word before it
    assert i18n.counted("3 need review, 9 without a model") == "3\u00a0need review, 9\u00a0without a model"
    assert i18n.counted("Question 5B0 of the sheet") == "Question 5B0 of the sheet"   # no number alone: as it is


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_groups_count_of_scored_members_keeps_its_numbers_with_their_words(qtbot, shipped_bundles, lang):
    """The status beside it on a group's top line, "2 of 4 scored" ("2 von 4 bewertet"), wraps as the last resort too."""
    assert i18n.install(lang)
    session = scored_session(shipped_bundles, n_students=10)
    view = review_view(qtbot, session, 1024, 600, groups=dict.fromkeys(range(4), 0), typical=(0,))
    assert view.card.showing_group()
    big = _big(view.status_label)
    text = view.status_label.shown()
    assert spaced(text) == {"en": "0 of 4 scored", "de": "0 von 4 bewertet", "es": "0 de 4 puntuadas"}[lang]
    assert _widths_parting_a_number(text, big) == []
    assert view.status_label.minimumSizeHint().width() >= _narrowest(text, big)
    assert _widths_parting_a_number(spaced(text), big)          # with plain spaces Qt parts it (the bug)
