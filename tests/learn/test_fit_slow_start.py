"""A fitting child slow to start on a busy machine is waited for, not given up.

A walkthrough on a loaded laptop: the child's imports (numpy, scipy, scikit-learn) took longer than the fixed 120 s
from its start to "ready", so the fitter was given up for the session ("the fitting process is not used: it was not
ready after 120 s" in the log) and every fit ran in the app's own process, taking the interpreter lock from the window.
Now only the child's first word ("started": it runs) has a limit; its imports are waited for while it is alive.

The child here is really slow: one of the modules it imports before "ready" (the fitter's ``modules``) waits until the
test lets it go, so the start lasts as long as the test wants, without a mock. The fit is then done in the child.
"""
from __future__ import annotations

import logging
import threading
import time

from grader_app.learn import fit_process
from grader_app.learn.fit_job import fit_job
from test_fit_process import _assistant, _same, fitter  # noqa: F401  (the fixture)

HELD = "grader_held_start"   # the module the child imports last before "ready": it waits for the test's word


def _held_module(folder, gate) -> None:
    (folder / f"{HELD}.py").write_text(
        "import pathlib, time\n"
        f"while not pathlib.Path({str(gate)!r}).exists():\n"
        "    time.sleep(0.02)\n", encoding="utf-8")


def test_a_child_slow_to_start_is_waited_for_and_fits(ice_class, fitter, tmp_path, monkeypatch, caplog):  # noqa: F811
    gate = tmp_path / "go"
    _held_module(tmp_path, gate)
    monkeypatch.syspath_prepend(str(tmp_path))   # the spawned child gets this process's sys.path
    monkeypatch.setattr(fit_process, "SLOW_START_S", 1.0, raising=False)
    fp = fitter(start_timeout=3.0, modules=("numpy", HELD))
    a = _assistant(ice_class, 30)
    got: list = []

    def work():
        try:
            got.append(fp.fit(a.fit_job()))
        except BaseException as exc:   # noqa: BLE001  (said below)
            got.append(exc)
    with caplog.at_level(logging.INFO, logger="grader_app.learn.fit_process"):
        t = threading.Thread(target=work)
        t.start()
        end = time.monotonic() + 2 * fp.start_timeout   # the old limit from start to "ready", twice over
        while time.monotonic() < end and t.is_alive():
            time.sleep(0.05)
        # still waiting for the child's imports: not given up, nothing fitted in this process
        assert fp.usable and fp.alive and fp.stats.thread_fits == 0 and not got
        assert t.is_alive() and fp.starting_slowly and fp.starting_for >= 2 * fp.start_timeout
        gate.touch()   # the child's imports go on
        t.join(120)
    assert len(got) == 1 and not isinstance(got[0], BaseException), got
    assert fp.stats.child_fits == 1 and fp.stats.thread_fits == 0 and fp.usable
    assert fp.starting_for is None and not fp.starting_slowly   # ready now
    _same(got[0], fit_job(a.fit_job()))
    said = [r for r in caplog.records if "fitting process" in r.getMessage()]
    assert len(said) == 1 and said[0].levelno == logging.INFO and "still starting" in said[0].getMessage()
