"""QA at 1024×600: a group's header said "1 of them differ from the typical answer by a word (shown in bold,
underlined, in the list below): S02 …: leaves out absorbs, less, energy, doghouse. Read them before one key scores
all", while its member list, a few lines high, showed the typical member with S02 above it cut in half. Now, on the
real review screen, the first member the header asks to read is chosen and whole in the list as the group comes (↑/↓
then show the member chosen, and a list the teacher scrolled stays where they put it), and the header says "in words",
in the singular for one member, and claims bold only for words a member has (words it leaves out cannot be shown in
it)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from test_review_decision_in_view import _settle, _whole_on_screen
from ui_helpers import one_question_session, review_view

TYPICAL = "White, because it reflects the sunlight and keeps the doghouse cool."
COPIES = ["white because it reflects the sunlight and keeps the dog house cool",
          "White because it reflects sunlight and keeps the doghouse cool.",
          "White, because it reflects the sun light and keeps the doghouse cool",
          "white, because it reflects the sunlight and keeps the doghouse cooler.",
          "White because it reflects the sunlight and keeps the doghouse cool!!"]
BLACK = "Black, because it reflects the sunlight and keeps the doghouse cool."
SHORTER = "White because it keeps cool."   # leaves out words, has none of its own


def group_screen(qtbot, texts, lang="en"):
    """The real review screen in ``lang`` at 1024×600 on one group of ``texts`` (the first the typical answer), as the
    review comes to the group."""
    assert i18n.install(lang)
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t) for i, t in enumerate(texts)])
    view = review_view(qtbot, session, width=1024, height=600, groups={k: 0 for k in range(len(texts))},
                       typical=(0,))
    assert view.card.showing_group()
    return view


def _group(qtbot, texts, lang="en"):
    """:func:`group_screen`, laid out."""
    view = group_screen(qtbot, texts, lang)
    _settle(qtbot, view)
    return view


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_member_to_read_is_whole_in_the_list_as_the_group_comes(qtbot, tmp_path, lang):
    view = _group(qtbot, [TYPICAL, *COPIES, BLACK], lang)
    panel = view.group_panel
    black = panel.member(6)
    assert list(panel.words) == [6] and panel.to_read() == 6 == view.current_key()   # chosen: ▶ on the top line
    bar = panel.list_area.verticalScrollBar()
    assert bar.maximum() > 0   # the list scrolls: not every member fits at 1024×600
    view.grab().save(str(tmp_path / f"to-read-{lang}.png"))
    # whole in sight, and the header that asks to read it too
    qtbot.waitUntil(lambda: _whole_on_screen(black) and _whole_on_screen(black.pull_button)
                    and _whole_on_screen(panel.words_label), timeout=3000)

    # ↑ chooses the member above it: it is the one in sight now, whole
    qtbot.keyClick(view, Qt.Key.Key_Up)
    chosen = panel.member(5)
    assert view.current_key() == 5
    qtbot.waitUntil(lambda: _whole_on_screen(chosen) and _whole_on_screen(chosen.pull_button), timeout=3000)


def test_a_member_list_the_teacher_scrolled_stays_where_they_put_it(qtbot):
    view = _group(qtbot, [TYPICAL, *COPIES, BLACK, *COPIES])
    bar = view.group_panel.list_area.verticalScrollBar()
    qtbot.waitUntil(lambda: _whole_on_screen(view.group_panel.member(6)), timeout=3000)
    bar.triggerAction(bar.SliderAction.SliderToMaximum)   # as the wheel or a drag does
    end = bar.value()
    assert end == bar.maximum() > 0
    view.resize(1024, 590)   # the card is placed again
    qtbot.waitUntil(lambda: view.height() == 590, timeout=3000)
    _settle(qtbot, view)
    view.resize(1024, 600)
    qtbot.waitUntil(lambda: view.height() == 600, timeout=3000)
    _settle(qtbot, view)
    assert bar.value() == end


@pytest.mark.parametrize("lang, one_short, two_bold", [
    ("en", "1 of them differs from the typical answer in words: Pupil 06 · S06: leaves out reflects, sunlight, "
           "doghouse. One key scores the others and leaves that answer open, to read and score next.",
     "2 of them differ from the typical answer in words (their own words shown in bold, underlined, in the list "
     "below): "),
    ("de", "1 davon unterscheidet sich im Wortlaut von der typischen Antwort: Pupil 06 · S06: lässt reflects, "
           "sunlight, doghouse weg. Eine Taste bewertet die anderen und lässt diese Antwort offen, damit Sie sie als "
           "Nächstes lesen und bewerten.",
     "2 davon unterscheiden sich im Wortlaut von der typischen Antwort (ihre eigenen Wörter in der Liste unten fett "
     "und unterstrichen): "),
    ("es", "1 de ellas se distingue de la respuesta típica en sus palabras: Pupil 06 · S06: omite reflects, sunlight, "
           "doghouse. Una tecla puntúa las demás y deja abierta esa respuesta, para que la leas y la puntúes "
           "a continuación.",
     "2 de ellas se distinguen de la respuesta típica en sus palabras (las suyas propias, en negrita y subrayadas en "
     "la lista de abajo): "),
])
def test_the_header_counts_in_words_and_claims_bold_only_for_words_a_member_has(qtbot, lang, one_short, two_bold):
    view = _group(qtbot, [TYPICAL, *COPIES, SHORTER], lang)
    panel = view.group_panel
    assert panel.words[6].missing and not panel.words[6].extra
    assert panel.words_label.text().startswith(one_short), panel.words_label.text()
    assert panel.member(6).text.textFormat() == Qt.TextFormat.PlainText   # nothing of it in bold

    view = _group(qtbot, [TYPICAL, *COPIES, SHORTER, BLACK], lang)
    assert view.group_panel.words_label.text().startswith(two_bold), view.group_panel.words_label.text()
