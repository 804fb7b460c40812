"""The first time a model learned from the teacher's marks scored its question, the window read every answer of it for
a denial (core.denial: a fifth of a millisecond per answer, 0.7 s on a 10,000-answer question) on the GUI thread as
the model's rows were stored. The assistant reads them once where the question's answers are grouped, on a worker,
and the session now takes them from there. The real window, a real sheet, real marks and fits; the real denial
reading watched for the thread it runs on."""
from __future__ import annotations

import threading

from grader_app.core import denial
from grader_app.core import session_readings
from grader_app.learn import assistant as assistant_module
from learned_from_marks import window_with_a_learned_model
from test_learning_window import OWN


def test_a_learned_model_put_to_use_reads_no_denial_on_the_gui_thread(qtbot, make_window, tmp_path, monkeypatch):
    read_on: list[int] = []

    def watched(text, language):
        read_on.append(threading.get_ident())
        return denial.denies(text, language)

    monkeypatch.setattr(session_readings, "denies", watched)
    monkeypatch.setattr(assistant_module, "denies", watched)
    _window, s = window_with_a_learned_model(qtbot, make_window, tmp_path, monkeypatch)
    keys = s.keys_for(OWN)
    assert len(keys) == 30 and all(k in s.predictions for k in keys)
    assert len(read_on) >= 30                                    # every answer of the question read ...
    assert threading.get_ident() not in read_on                  # ... on a worker
    language = s.languages[OWN]
    assert all(s._denial(k) is denial.denies(s.answers[k].text, language) for k in keys)   # and held as read
