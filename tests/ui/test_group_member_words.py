"""QA: answers of opposite meaning were grouped as look-alikes ("Black, because it reflects the sunlight…" and
"White, because it absorbs the sunlight…" with six "White, because it reflects the sunlight…"), one digit scored all
eight, and on a question without a model nothing pointed at the two. The real review screen's group card now says
how many members differ from the typical answer in words, and each such member shows its own words in bold,
underlined and tinted in its text, and says them ("Black instead of White"), to a screen reader too; the retyped
copies are shown as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app import workflow
from grader_app.ui import i18n
from ui_helpers import one_question_session, review_view

GROUP = ["White, because it reflects the sunlight and keeps the doghouse cool.",
         "white because it reflects the sunlight and keeps the dog house cool",
         "White because it reflects sunlight and keeps the doghouse cool.",
         "White, because it reflects the sun light and keeps the doghouse cool",
         "white, because it reflects the sunlight and keeps the doghouse cooler.",
         "Black, because it reflects the sunlight and keeps the doghouse cool.",
         "White because it reflects the sunlight and keeps the doghouse cool!!",
         "White, because it absorbs the sunlight and keeps the doghouse cool."]
OTHERS = ["Plants need light to grow tall.", "Mitochondria release energy from food.",
          "Osmosis moves water through a membrane."]
BLACK, ABSORBS = 6, 8    # keys: OTHERS[0] is 0, the group 1..8


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_group_card_points_at_the_members_that_say_another_thing(qtbot, tmp_path, lang):
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t)
                                    for i, t in enumerate([OTHERS[0], *GROUP, *OTHERS[1:]])])
    found, _ = workflow.group_questions({"q1": (session.keys_for("q1"), [a.text for a in session.answers])})
    assert i18n.install(lang)
    view = review_view(qtbot, session, width=1024, height=600, groups=found["groups"], typical=found["typical"])
    keys = list(range(1, 9))
    assert view.queue.go_to(1)
    view.refresh()
    assert view.card.showing_group() and sorted(view.current_unit()) == keys
    panel = view.group_panel
    assert panel.typical_label.text().startswith("White") and "reflects" in panel.typical_label.text()
    said = {"en": "2 of them differ from the typical answer in words (their own words shown in bold",
            "de": "2 davon unterscheiden sich im Wortlaut von der typischen Antwort (ihre eigenen Wörter"}[lang]
    assert panel.words_label.isVisible() and panel.words_label.text().startswith(said), panel.words_label.text()
    assert panel.words_label.font().bold()
    assert sorted(panel.words) == [BLACK, ABSORBS]
    for m in panel.members:
        view.group_panel.show_member(m.key)
        if m.key in (BLACK, ABSORBS):
            word = {BLACK: "Black", ABSORBS: "absorbs"}[m.key]
            assert m.text.textFormat() == Qt.TextFormat.RichText
            assert f"<b><u><span style=\"background-color:#ffe08a; color:#000000\">{word}</span></u></b>" \
                in m.text.text()
            instead = {BLACK: "Black instead of White", ABSORBS: "absorbs instead of reflects"}[m.key]
            if lang == "en":
                assert f"differs: {instead}" in m.head.text()
                assert f"It differs from the typical answer in words: {instead}." in m.accessibleDescription()
            else:
                assert "unterscheidet sich: " + instead.replace("instead of", "statt") in m.head.text(), m.head.text()
        else:
            assert m.text.textFormat() == Qt.TextFormat.PlainText
            assert m.text.text() == session.answers[m.key].text
            assert "differs" not in m.head.text() and "unterscheidet" not in m.head.text()
    view.grab().save(str(tmp_path / f"group-words-{lang}.png"))


def test_a_group_of_retyped_copies_says_nothing_more(qtbot):
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t) for i, t in enumerate(GROUP[:5])])
    view = review_view(qtbot, session, width=1024, height=600, groups={k: 0 for k in range(5)}, typical=(0,))
    assert view.card.showing_group()
    assert view.group_panel.words == {} and not view.group_panel.words_label.isVisible()
