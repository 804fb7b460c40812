"""The warning that the project file could not take the latest decisions itself (a full disk refused SQLite's
checkpoint: "… they are safe in the file answers.grader-project-wal beside it; keep the two files together …") stood in
the notes above the results for as long as the sheet was open, though the disk had room again and the next decision's
checkpoint had copied everything into the file: the teacher went on keeping two files together and freeing space for
nothing. Now, once the file holds everything itself again, the news says so in the warning's place (the notes, the
status bar). The real window on a real sheet and project file, and a process whose files may not grow past the project
file's size (``RLIMIT_FSIZE``), as on a full disk, then room again."""
from __future__ import annotations

import signal
import sys

import pytest

from test_failures_readable import opened

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
              pytest.mark.skipif(sys.platform == "win32" or not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")]

LONG = "x" * 3000   # a comment that needs a new page of the file: the checkpoint must make it grow
BEHIND = ("answers.grader-project could not take your latest decisions itself (", "): they are safe in the file "
          "answers.grader-project-wal beside it; keep the two files together (copy both if you copy the project) and "
          "free some space on the disk.")
CAUGHT_UP = ("answers.grader-project holds all your decisions itself again: it no longer needs the file "
             "answers.grader-project-wal beside it.")


def test_the_file_behind_warning_is_withdrawn_once_the_disk_has_room_again(qtbot, window, tmp_path):
    import resource

    session = opened(qtbot, window, tmp_path)
    store, notices, bar = window.scoring.store, window.notices, window.statusBar()
    if store.journal_mode != "wal":
        pytest.skip("this file system takes no WAL journal: every commit is in the file already")
    notices.dismiss()
    old = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (store.path.stat().st_size, old[1]))   # the file may not grow
    try:
        for key in (0, 1):   # the first may still find a free page in the file
            session.decide(key, 1, comment=LONG + str(key))
            assert store.flush(timeout=10)                          # in the -wal: nothing held
        qtbot.waitUntil(lambda: len(notices.problems) == 1, timeout=5000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old)
    behind = notices.problems[0]
    assert behind.startswith(BEHIND[0]) and behind.endswith(BEHIND[1]) and store.last_error is None

    session.decide(2, 0)                                            # room again: its checkpoint takes in everything
    assert store.flush(timeout=10)
    qtbot.waitUntil(lambda: notices.problems == [], timeout=5000)   # the warning withdrawn...
    assert notices.infos == [CAUGHT_UP] and notices.isVisible()     # ...the news in its place
    assert bar.currentMessage() == CAUGHT_UP
    assert store.path.stat().st_size > 0 and store.last_error is None
