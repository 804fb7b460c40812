"""The shipped sample class sheet (assets/sample-class.xlsx), a copy of it opened in the real main window and scored
for real: for the tests of what the results page shows of a real class."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from grader_app.paths import assets_dir
from grader_app.ui import i18n
from ui_helpers import make_bundle, open_and_score

SAMPLE = assets_dir() / "sample-class.xlsx"


def sample_scored(qtbot, make_window, tmp_path: Path, language: str, size: tuple[int, int]):
    """A copy of :data:`SAMPLE` (in ``tmp_path``: its project file is written beside it) opened and scored in the real
    main window (``make_window``'s) in ``language`` (installed) at ``size``, by the shipped-bundles folder's tiny bundles
    with one for its doghouse question (asap-sas-10, scores 0–2) added. Skips the test where the sample is not in the
    checkout. Returns (the window, its session)."""
    if not SAMPLE.exists():
        pytest.skip("assets/sample-class.xlsx is not in this checkout")
    make_bundle(tmp_path / "shipped_bundles", "asap-sas-10", labels=(0, 1, 2), title="Science: doghouse")
    assert i18n.install(language)
    window = make_window(size)
    sheet = tmp_path / "Science 9B" / SAMPLE.name
    sheet.parent.mkdir()
    shutil.copyfile(SAMPLE, sheet)
    return window, open_and_score(qtbot, window, sheet)

