"""Whether a scored answer denies or negates (core.denial, a fifth of a millisecond per answer) was read on the GUI
thread as each scored batch was stored, one of the things that stalled the window as scoring started after the columns
were confirmed. Now the scoring worker reads it with the batch, and the session takes it from there: the real window, a
real sheet scored by the shipped models, the real denial reading watched for the thread it runs on."""
from __future__ import annotations

import threading

from grader_app.core import denial
from grader_app.core import session_readings
from ui_helpers import open_and_score, write_csv

DENYING = "mrna does not leave the nucleus and trna never brings amino acids to the ribosome"
PLAIN = "the cell membrane controls what enters and leaves the cell"


def test_scoring_reads_denials_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    rows = [(f"S{i:03d}", f"Student {i}", "asap-sas-1", DENYING if i % 3 == 0 else f"{PLAIN} {i}") for i in range(60)]
    sheet = write_csv(tmp_path / "class.csv", ["Student ID", "Name", "Question", "Answer"], rows)
    read_on: list[int] = []

    def watched(text, language):
        read_on.append(threading.get_ident())
        return denial.denies(text, language)

    monkeypatch.setattr(session_readings, "denies", watched)
    session = open_and_score(qtbot, window, sheet)
    scored = [k for k in session.keys_for("asap-sas-1") if k in session.predictions]
    assert len(scored) == 60 and len(read_on) >= 60
    assert threading.get_ident() not in read_on                  # every answer read on the worker
    language = session._languages["asap-sas-1"]
    for k in scored:   # and what the session holds is what reading it gives
        assert session._denial(k) is denial.denies(session.answers[k].text, language)
    assert sum(session._denial(k) for k in scored) == 20
