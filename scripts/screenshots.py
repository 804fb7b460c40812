"""Take the README's screenshots of the real app, offscreen, on the sample sheet.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--bundles DIR] [--sheet FILE] [--language de]
        [--width 1024 --height 600] [--font-size 16]

Opens a copy of assets/sample-class.xlsx (so no project file is written into assets/) in the real
main window with the installed models, confirms the guessed columns, waits for scoring, makes a
few review decisions, and saves PNGs (QWidget.grab) of: the start screen, the column dialog, the
results table, the review screen, a group of answers that look alike on the review screen and the
export dialog. Then it opens a second copy in which one question is renamed so that no model matches
it, marks a few of its answers (as the shipped model would score them, standing in for a teacher)
and saves the review screen of a question whose model learns from the teacher's marks.

--width/--height set the window's size and the offscreen screen's; --font-size sets the application's font to that many
points (as a teacher who set a large system font: 16 on a 1024×600 laptop is the size the layouts are made to fit).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--bundles", help="folder of .gradebundle files to use instead of model_bundles/")
    ap.add_argument("--sheet", default=str(ROOT / "assets" / "sample-class.xlsx"))
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=800)
    ap.add_argument("--language", default="en", help="the interface's language: en, es or de (default en)")
    ap.add_argument("--font-size", type=float, help="the application's font in points (default: the system's)")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="grader-shots-"))
    # offscreen, on a screen of the window's size (Qt's own is 800x800), so a dialog sizes itself as it would on that
    # screen; a plain QT_QPA_PLATFORM=offscreen gets that screen too (only another platform, or one configured, is kept)
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        screen = tmp / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "shots", "x": 0, "y": 0, "width": args.width,
                                                   "height": args.height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                                   "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["GRADER_DATA_DIR"] = str(tmp / "data")
    os.environ["GRADER_SETTINGS_DIR"] = str(tmp / "settings")
    if args.bundles:
        os.environ["GRADER_BUNDLES_DIR"] = str(Path(args.bundles).resolve())
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sheet = tmp / "Documents" / "Science 9B" / Path(args.sheet).name
    sheet.parent.mkdir(parents=True)
    shutil.copyfile(args.sheet, sheet)

    from PySide6.QtCore import QEventLoop, Qt

    from grader_app.bundles.library import Library
    from grader_app.ui.app import make_application
    from grader_app.ui.main_window import MainWindow
    from grader_app.ui.settings import Settings

    app = make_application([])
    if args.font_size:
        from PySide6.QtGui import QFont

        font = QFont(app.font())
        font.setPointSizeF(args.font_size)
        app.setFont(font)
    from grader_app.ui import i18n

    if not i18n.install(args.language):
        print(f"no translation for {args.language!r}; the screenshots are in English", file=sys.stderr)
    library = Library.default()
    if not library.bundles:
        print("no models installed: build the bundles into model_bundles/ or pass --bundles DIR", file=sys.stderr)
        return 2
    settings = Settings()
    for name in ("term-2-quiz.xlsx", "year-9-biology.csv"):  # plausible recent entries for the start screen
        fake = sheet.parent / name
        fake.write_text("")
        settings.add_recent(fake)
    window = MainWindow(library=library, settings=settings)
    window.resize(args.width, args.height)
    window.show()

    def wait(cond, timeout=60.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise SystemExit(f"timed out waiting for {cond.__doc__ or 'the app'}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)

    def save(widget, name: str) -> None:
        settle()
        path = out / name
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def finish() -> int:
        window.close()
        settle()
        shutil.rmtree(tmp, ignore_errors=True)
        return 0

    settle()
    save(window, "start-screen.png")

    window.open_sheet(sheet)
    wait(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible())
    save(window.mapping_dialog, "column-mapping.png")
    scored = []
    window.scoringFinished.connect(lambda: scored.append(True))   # "not busy" also holds before scoring starts
    window.mapping_dialog.accept()
    wait(lambda: bool(scored) and window.session is not None and not window.strip.isVisible())
    s = window.session
    queue = s.review_queue()
    # a teacher's first few decisions, so the table shows every status
    for key in queue[:3]:
        pred = s.predictions.get(key)
        if pred is not None:
            s.accept(key)
    if len(queue) > 3 and s.predictions.get(queue[3]) is not None:
        labels = s.items[s.answers[queue[3]].item].labels
        other = next(v for v in labels if v != s.predictions[queue[3]].score)
        s.decide(queue[3], other, comment="Names the variable but not how to measure it")
    window.results.decisions_changed()
    window.results.refresh()
    save(window, "results.png")

    wait(lambda: window.learning.ready)
    window.results.request_review()
    wait(lambda: window.pages.currentIndex() == 2)
    rv = window.review_view
    if rv is not None and rv.current_key() is not None:
        rv.setFocus()
    save(window, "review.png")
    group = max(rv.queue.units, key=len) if rv is not None else []
    if len(group) > 1:
        rv.queue.go_to(group[0])   # as the review comes to it (rv.go_to chooses the member, as a click in the table)
        rv.refresh()
        save(window, "review-group.png")
    else:
        print("no group of answers that look alike in the sheet; no review-group.png", file=sys.stderr)
    teacher = {a.text: s.predictions[a.key].score for a in s.answers
               if s.answers[a.key].item == "asap-sas-10" and a.key in s.predictions}

    window.show_page(1)
    window.show_export()
    dlg = window.export_dialog
    if dlg is not None:
        wait(lambda: dlg.isVisible() and not dlg.counting)   # the LMS files' counts in (a worker's)
        # the picture shows where the file would go as on a teacher's laptop ("~/Documents/..."), not the temporary
        # folder this script works in: no path of the machine that took it goes into the README. Only the text shown
        # changes (setText, not an edit: the dialog's choice of file is not touched), and the dialog is then closed.
        shown = Path(dlg.path_edit.text())
        if shown.is_relative_to(tmp):
            dlg.path_edit.setText(str(Path("~") / shown.relative_to(tmp)))
        save(dlg, "export-dialog.png")
        dlg.reject()
    else:
        print("export dialog not available; no export-dialog.png", file=sys.stderr)

    # a question no model matches: its model learns from the marks
    if "asap-sas-10" not in s.items:
        print("no question asap-sas-10 in the sheet to rename; no review-learning.png", file=sys.stderr)
        return finish()
    from grader_app import workflow

    frame = workflow.read_sheet(sheet).frame.copy()
    if "Question" in frame.columns:     # a long sheet: one row an answer, the question named in a column
        frame.loc[frame["Question"] == "asap-sas-10", "Question"] = "Doghouse paint"
    else:                               # a wide sheet: one column a question, named by its header
        frame = frame.rename(columns={"asap-sas-10": "Doghouse paint"})
    own = sheet.parent.parent / "Week 3" / "science-9b-week-3.csv"   # its own folder: beside the first sheet, whose
    own.parent.mkdir()                                                 # project holds most of its answers, Grader would
    #                                                                    offer that project's decisions (io.project_places)
    frame.to_csv(own, index=False)
    window.open_sheet(own)
    wait(lambda: window.mapping_dialog is not None and window.mapping_dialog.isVisible())
    answers = window.mapping_dialog.answer_list   # a wide sheet: the renamed column is a question, ticked as she would
    for it in map(answers.item, range(answers.count())):
        if it.data(Qt.ItemDataRole.UserRole) == "Doghouse paint":
            it.setCheckState(Qt.CheckState.Checked)
    window.mapping_dialog.accept()
    wait(lambda: window.session is not None and window.session.answers[0].text and not window.scoring.busy
         and window.learning.ready)
    s = window.session
    # the review goes question by question in the sheet's order (the renamed question comes last): open it at the
    # renamed question's first answer, as a teacher who double-clicks that answer in the table does
    queue = s.review_queue()
    window.results.reviewRequested.emit(queue, next(k for k in queue if s.answers[k].item == "Doghouse paint"))
    wait(lambda: window.pages.currentIndex() == 2)
    rv = window.review_view
    for _ in range(5):
        unit = rv.current_unit()
        if not unit or s.answers[unit[0]].item != "Doghouse paint":
            break
        rv.decide(teacher.get(s.answers[unit[0]].text, 1))
        wait(lambda: not window.learning.busy)
    rv.setFocus()
    save(window, "review-learning.png")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
