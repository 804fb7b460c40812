"""The start of a crash test's child script (see tests/kill_runner.py): the sheet given as its first argument opened
as the window opens it (workflow.prepare_session: the project restored and attached) with the bundles in the folder
given as its second, and scored. Each test's child goes on from there with its own steps."""
from __future__ import annotations

import textwrap

OPENS_SHEET = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from grader_app import workflow
    from grader_app.bundles.library import Library
    from grader_app.core.sheet import ColumnMapping
    from grader_app.ui.review_view import ReviewView

    sheet_path, bundles = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication([])
    mapping = ColumnMapping(id_column="Student ID", name_column="Name", item_column="Question", answer_column="Answer")
    prepared = workflow.prepare_session(sheet_path, workflow.read_sheet(sheet_path), mapping, {},
                                        Library.load([bundles]))
    workflow.score_all(prepared.session, prepared.bundles)
""")
