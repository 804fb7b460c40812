"""A group's card on a question of the teacher's own, once a model learned from her marks, read "model 2 (97 % sure) ·
your score 2" on each member she had marked, and counted those members in "The model's scores: ...": the learned
model's score for an answer it learned from agrees with her mark by construction (the results table shows a dash for
it). A marked member's line now says her score alone and the model's line counts only the members not marked yet; a
member not marked keeps the model's score. The real window, a real learned model fitted to real marks."""
from __future__ import annotations

import re

from grader_app.ui.i18n import percent_down
from grader_app.ui.style import fmt_score
from learned_from_marks import window_with_a_learned_model
from test_learning_window import OWN


def test_a_group_card_shows_no_score_of_the_model_fitted_to_the_teachers_mark(qtbot, make_window, tmp_path,
                                                                              monkeypatch):
    window, s = window_with_a_learned_model(qtbot, make_window, tmp_path, monkeypatch)
    keys = s.keys_for(OWN)
    decided = [k for k in keys if k in s.decisions][:3]
    open_ = [k for k in keys if k not in s.decisions and s.model_row(k) is not None][:2]
    assert len(decided) == 3 and len(open_) == 2 and all(s.model_row(k) is not None for k in decided)
    members = decided + open_
    panel = window.review_view.group_panel
    panel.set_group(s, members, open_[0], open_[0])
    lines = {m.key: m.head.text() for m in panel.members}
    for k in decided:   # her score, not the model's that learned from it
        assert "model " not in lines[k] and "sure" not in lines[k], lines[k]
        assert "your score " + fmt_score(s.decisions[k].score) in lines[k], lines[k]
    for k in open_:   # not marked: the model's own score, as before
        p = s.model_row(k)
        assert f"model {fmt_score(p.score)} ({percent_down(p.confidence)} sure)" in lines[k], lines[k]
    said = panel.models_label.text()
    line = re.search(r"The model's scores: (.*?)\.", said)
    assert line is not None, said
    assert sum(int(n) for n in re.findall(r"for (\d+)", line.group(1))) == len(open_), said   # the open ones alone
    for k in open_:
        assert fmt_score(s.model_row(k).score) + " for " in line.group(1), said
    # a mark the card is shown again after (the card's facts are kept per group): that member is no longer counted
    s.decide(open_[1], s.model_row(open_[1]).score)
    panel.set_group(s, members, open_[0], open_[0])
    line = re.search(r"The model's scores: (.*?)\.", panel.models_label.text())
    assert line is not None and sum(int(n) for n in re.findall(r"for (\d+)", line.group(1))) == 1, line
    assert "model " not in next(m.head.text() for m in panel.members if m.key == open_[1])
