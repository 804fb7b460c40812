"""``grader learn``: one model bundle per question from a sheet of scored answers, added to the teacher's models or
written into a folder (``--out``). A bad input is a :class:`~grader_app.cli.UserError`, said as every command's is.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from . import UserError
from .said import quoted


def _check_writable_folder(folder: Path) -> None:
    """Make ``folder`` (and its parents) and check a file can be written in it; UserError saying what to do."""
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UserError(f"cannot write into the folder {folder} ({exc.strerror or type(exc).__name__}); "
                        "give --out a folder you may write in, such as one in your Documents") from None


def _folders_to_make(folder: Path) -> list[Path]:
    """The folders that do not exist yet on the way to ``folder``, innermost first."""
    missing = []
    for p in (folder, *folder.parents):
        if p.exists() or p == p.parent:
            break
        missing.append(p)
    return missing


def _remove_if_empty(folders: list[Path]) -> None:
    for p in folders:   # innermost first; one that holds anything stays
        try:
            p.rmdir()
        except OSError:
            break


def cmd_learn(args) -> int:
    """One .gradebundle per question from a sheet of scored answers (grader_app.learn.from_sheet), added to the user's
    models as the window's "Make models from a marked sheet…" adds them (verified, then copied in), so the next
    ``grader score`` and the app find each for its question; with ``--out``, written into that folder instead."""
    if args.out is None:
        return _learn_into_library(args)
    from ..learn.from_sheet import learn_from_sheet

    if not args.out.strip():
        raise UserError("--out needs the name of the folder to write the bundles into")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UserError(f"--out must be a folder for the bundles, and {out.name} is a file")
    made = _folders_to_make(out)
    t0 = time.perf_counter()
    try:
        _check_writable_folder(out)   # before the learning, not after it
        result = learn_from_sheet(args.sheet, args.score_column, out, item_column=args.item_column,  # LearnError
                                  answer_column=args.answer_column, sheet_name=args.sheet_name)
    except BaseException:
        _remove_if_empty(made)        # a failed run leaves no empty folder behind
        raise
    _say_learned(args, result, t0, f"-> {out}")
    if result.items and not args.quiet:
        print(f"To score a sheet with them: grader score SHEET --models {out} --out GRADED.xlsx "
              "(or learn without --out to add them to your models).")
    return 0


def _learn_into_library(args) -> int:
    import tempfile

    from .. import workflow
    from ..bundles.library import Library
    from ..learn.from_sheet import learn_from_sheet
    from ..paths import user_bundles_dir

    t0 = time.perf_counter()
    library = Library.default()
    with tempfile.TemporaryDirectory(prefix="grader-learn-") as tmp:
        result = learn_from_sheet(args.sheet, args.score_column, tmp, item_column=args.item_column,  # LearnError
                                  answer_column=args.answer_column, sheet_name=args.sheet_name, library=library)
        # each verified and copied into the user's models; one refused as it is tried is said as the teacher's own
        workflow.add_learned(library, result, args.sheet, add=workflow.install_bundle)
    _say_learned(args, result, t0, f"and added {'it' if len(result.items) == 1 else 'them'} to your models in "
                 f"{user_bundles_dir()}; grader score and the app use each for its question")
    return 0


def _say_learned(args, result, t0: float, where: str) -> None:
    for item, why in result.skipped.items():
        print(f"grader: question {quoted(item)} was skipped: {why}.", file=sys.stderr)
    for note in result.notes:   # rows left out for a word in place of a score are said even with --quiet
        if not args.quiet or getattr(note, "kind", "") in ("words_not_scores", "off_scale"):
            print("grader: " + " ".join(note.split()), file=sys.stderr)
    if not args.quiet:
        secs = time.perf_counter() - t0
        print(f"Learned {len(result.items)} bundle{'' if len(result.items) == 1 else 's'} in {secs:.1f} s {where}")
        for learned in result.items:
            print("  " + learned.summary())
        if result.items:   # student data kept on this computer (grader_app.bundles.kept_marks)
            print("Each keeps the answers and marks it learned from beside it (NAME.marks.json), so the marks given in "
                  "the app on a later sheet of its question go on teaching it; they are deleted with the model.")
