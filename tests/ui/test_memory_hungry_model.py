"""A model that asks for gigabytes at the scorer's batch of 64 (QA s51b, finding 9), in the real window: dropped on it,
it is refused with what to do and not copied; already in the models folder (an earlier Grader added it), opening a
sheet of its question stops scoring with the sentence, and the window stays, where the OOM killer used to end it."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from grader_app.paths import user_bundles_dir
from grader_app.ui.start_screen import ERROR
from test_drop_checks_off_thread import drop_files
from ui_helpers import accept_mapping, make_long_csv

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bundles"))
from test_model_memory import REFUSED_WHEN_ADDED, STOPPED_WHILE_SCORING, trojan  # noqa: E402


def test_a_dropped_model_that_asks_for_gigabytes_is_refused_with_what_to_do(qtbot, make_window, tmp_path):
    window = make_window()
    drop_files(window.start, [trojan(tmp_path / "drops", 1000)])
    qtbot.waitUntil(lambda: window.start.message_kind == ERROR, timeout=30000)
    assert window.start.message.text() == "⚠ " + REFUSED_WHEN_ADDED.format(name="cell-transport-1000.gradebundle") + "."
    assert window.library.get("cell-transport") is None
    assert not (user_bundles_dir() / "cell-transport.gradebundle").exists()


def test_one_in_the_models_folder_stops_scoring_with_the_sentence(qtbot, make_window, tmp_path):
    user_bundles_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy(trojan(tmp_path, 4000), user_bundles_dir() / "cell-transport.gradebundle")
    window = make_window()
    assert window.library.get("cell-transport") is not None   # nothing in the file itself says what it will ask for
    window.open_sheet(make_long_csv(tmp_path / "class.csv", n_students=64, items=("cell-transport",)))
    accept_mapping(qtbot, window)
    qtbot.waitUntil(lambda: not window.scoring.busy and bool(window.last_error), timeout=60000)
    assert window.last_error == STOPPED_WHILE_SCORING.format(name="cell-transport.gradebundle") + "."
    assert window.session.predictions == {}
