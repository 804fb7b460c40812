"""QA (a teacher at 16 pt): a group member whose whole answer is the word that differs ("Anaphase" in a group of
"Metaphase") said it in its heading ("differs: Anaphase instead of Metaphase") and then again, highlighted, as its
text on the next line. Where every word the answer has that counts is marked in its text, the heading names only
what the text cannot show, the typical answer's word it lacks ("differs: instead of Metaphase"); an answer that has
other words too still names its own ("differs: also says Anaphase, not"; tests/ui/test_group_member_words.py), and a
screen reader still hears them all. The real review screen, in English, German and Spanish."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n
from ui_helpers import one_question_session, review_view

TEXTS = ["Metaphase.", "metaphase", "Metaphase", "Metaphase!", "Anaphase.", "Anaphase, not metaphase."]
ALONE, LONGER = 4, 5
HEAD = {"en": ("differs: instead of Metaphase", "differs: also says Anaphase, not"),
        "de": ("unterscheidet sich: statt Metaphase", "unterscheidet sich: sagt auch Anaphase, not"),
        "es": ("se distingue: en lugar de Metaphase", "se distingue: también dice Anaphase, not")}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_an_answer_that_is_only_its_differing_word_is_not_said_twice(qtbot, lang):
    session = one_question_session([(f"S{i:02d}", f"Pupil {i:02d}", t) for i, t in enumerate(TEXTS)])
    assert i18n.install(lang)
    view = review_view(qtbot, session, width=1024, height=600, groups={k: 0 for k in range(len(TEXTS))},
                       typical=(0,))
    assert view.card.showing_group()
    panel = view.group_panel
    assert sorted(panel.words) == [ALONE, LONGER]
    alone, longer = (next(m for m in panel.members if m.key == k) for k in (ALONE, LONGER))
    for m in (alone, longer):
        panel.show_member(m.key)
        assert m.text.textFormat() == Qt.TextFormat.RichText and "Anaphase</span></u></b>" in m.text.text()
    assert HEAD[lang][0] in alone.head.text() and "Anaphase" not in alone.head.text()
    assert HEAD[lang][1] in longer.head.text()
    assert "Anaphase" in alone.accessibleDescription()        # a screen reader does not see the highlight
