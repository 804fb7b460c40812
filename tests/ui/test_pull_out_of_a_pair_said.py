"""Keyboard audit: P on a member of a group of two said "(← goes back to the group)", but what is left there is one
answer on its own, no group. Now the line says ← goes back to the other answer; a larger group still says the group.
The real window on the sheet of test_group_split (its four "because it is cold" answers form a group)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from grader_app.ui import i18n

from test_group_split import COLD, _keys, _on_group_of, reviewing  # noqa: F401  (the fixture)


def _pull_out_a_member(qtbot, rv, key):
    group = _on_group_of(rv, key)
    rv.choose_member(next(k for k in group if k != key))
    member = rv.current_key()
    qtbot.keyClick(rv, Qt.Key.Key_P)
    assert rv.current_unit() == [member]
    return group, member, rv.message_label.text()


def test_p_on_a_group_of_two_says_the_other_answer_is_left(qtbot, reviewing):  # noqa: F811
    _window, s, rv = reviewing
    cold = _keys(s, COLD)
    kept = cold[0]
    group, _member, said = _pull_out_a_member(qtbot, rv, kept)
    assert sorted(group) == sorted(cold)
    assert said.endswith("type its own score (← goes back to the group)."), said   # three are left: a group
    group, _member, said = _pull_out_a_member(qtbot, rv, kept)
    assert len(group) == 3 and said.endswith("(← goes back to the group)."), said
    group, member, said = _pull_out_a_member(qtbot, rv, kept)
    assert len(group) == 2
    assert said.endswith("type its own score (← goes back to the other answer)."), said
    assert "group)" not in said
    qtbot.keyClick(rv, Qt.Key.Key_Left)                                  # and ← does go back to that one answer
    assert rv.current_unit() == [k for k in group if k != member]


@pytest.mark.parametrize("lang, end", [("de", "(← geht zurück zur anderen Antwort)."),
                                       ("es", "(← vuelve a la otra respuesta).")])
def test_the_other_answer_in_german_and_spanish(qtbot, reviewing, lang, end):  # noqa: F811
    _window, s, rv = reviewing
    assert i18n.install(lang)
    kept = _keys(s, COLD)[0]
    for _ in range(3):
        group, _member, said = _pull_out_a_member(qtbot, rv, kept)
    assert len(group) == 2 and said.endswith(end), said
