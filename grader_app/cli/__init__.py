"""Headless commands: ``grader score`` and friends (``grader learn``: :mod:`.learn`; ``grader bundles`` and
``grader verify``: :mod:`.bundle_commands`).

Every bad input ends with exit status 2 and one plain sentence on stderr (what is wrong, what to
do), never a traceback: any :class:`~grader_app.errors.GraderError`, shown by
:func:`grader_app.errors.sentence` as the window shows it.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import GraderError, sentence
from .said import (command_line_notes, counted_again, earlier_lines, goes_on_lines, held_back_text, own_marks_line,
                   quoted, reopened_line)

if TYPE_CHECKING:
    from ..bundles.library import Library
    from ..core.sheet import ColumnMapping, Sheet
    from .saved_columns import Guess

SUBCOMMANDS = ("score", "bundles", "verify", "learn")
EXIT_BAD_INPUT = 2


class UserError(GraderError):
    """A problem with the command's arguments or inputs; the message is one sentence."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="grader", description="Grade short written answers offline. "
                                "Run with no arguments (or a sheet path) to open the app.")
    p.add_argument("--version", action="version", version=f"grader {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("score", help="score a sheet of answers and write a graded sheet")
    s.add_argument("sheet", help="CSV or XLSX file of student answers")
    s.add_argument("--out", required=True, help="graded sheet to write (.xlsx or .csv)")
    models = s.add_mutually_exclusive_group()
    models.add_argument("--bundle", help="score the answers with this .gradebundle instead of matching by question (on a "
                        "sheet of several questions, those it was not made for all go to review)")
    models.add_argument("--models", metavar="DIR", help="also use the .gradebundle files in this folder (such as one "
                        "grader learn --out wrote), matched to the questions by name")
    s.add_argument("--sheet-name", help="the worksheet to read (XLSX); default: the one graded last in the window (each "
                   "worksheet graded there has its own project file), else the one holding the answers")
    s.add_argument("--id-column", help="column holding the student id")
    s.add_argument("--name-column", help="column holding the student name")
    s.add_argument("--item-column", help="column holding the question / item id (one row per answer)")
    s.add_argument("--answer-column", help="column holding the answer text (one row per answer)")
    s.add_argument("--question-column", action="append", metavar="COLUMN", help="also grade this column as a question "
                   "(one column per question; repeat it for several), such as a column of text not taken as one")
    s.add_argument("--leave-out-column", action="append", metavar="COLUMN", help="leave this question column out of "
                   "the grading (one column per question; repeat it for several), for this run only: a project's "
                   "columns chosen in the window stay as they are")
    s.add_argument("--one-column-per-question", action="store_true", help="read the sheet as one row per student and "
                   "one column per question, when it was taken for one row per answer: the columns of text are the "
                   "questions, with those named by --question-column")
    s.add_argument("--closed-questions", action="store_true", help="also grade the question columns of a quiz report "
                   "(or of a sheet of one column per question) whose answers are only choices or numbers (multiple "
                   "choice, true/false, numeric), left out otherwise")
    s.add_argument("--threshold", type=float, help="confidence needed to accept a score without review (0-1); "
                   "default: each model's own")
    s.add_argument("--threads", type=int, default=1, help="CPU threads for scoring: batches scored side by side (default 1)")
    s.add_argument("--quiet", action="store_true", help="print nothing on success")

    b = sub.add_parser("bundles", help="list the installed model bundles")
    b.add_argument("--quiet", action="store_true", help="say nothing when no bundle is installed")
    v = sub.add_parser("verify", help="verify a .gradebundle file")
    v.add_argument("bundle", help=".gradebundle file to check: read it, check its hash and run its model once on "
                   "test answers")

    lp = sub.add_parser("learn", help="learn one model bundle per question from a sheet of scored answers")
    lp.add_argument("sheet", help="CSV or XLSX file with one row per answer and a column of scores "
                    "(a graded sheet exported by Grader works: its final_score column)")
    lp.add_argument("--score-column", required=True, help="column holding each answer's score (empty cells are skipped)")
    lp.add_argument("--item-column", help="column holding the question / item id (default: guessed; none means one question)")
    lp.add_argument("--answer-column", help="column holding the answer text (default: guessed)")
    lp.add_argument("--sheet-name", help="the worksheet to read (XLSX)")
    lp.add_argument("--out", metavar="DIR", help="write the .gradebundle files into this folder instead of adding them "
                    "to your models (then score with grader score SHEET --models DIR)")
    lp.add_argument("--quiet", action="store_true", help="print nothing on success")
    return p


def run_cli(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "score":
            return cmd_score(args)
        if args.command in ("bundles", "verify"):
            from .bundle_commands import cmd_bundles, cmd_verify

            return (cmd_bundles if args.command == "bundles" else cmd_verify)(args)
        if args.command == "learn":
            from .learn import cmd_learn

            return cmd_learn(args)
    except GraderError as exc:   # UserError, SheetError, BundleError, ...
        print(f"grader: {sentence(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("grader: stopped; nothing was written.", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `grader bundles | head`: the reader left; say nothing more
        _silence_stdout()
        return 128 + 13      # as a process killed by SIGPIPE, which is what a shell expects
    return 1


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's flush at exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def build_mapping(sheet: Sheet, args: argparse.Namespace, library: Library | None = None,
                  saved: ColumnMapping | None = None, guess: Guess | None = None) -> ColumnMapping:
    """The guessed mapping (``guess``: the sheet's columns guessed already; ``saved``: the columns chosen in the window
    instead), with the user's column choices laid over it."""
    from ..core.grading import fill_default_item
    from ..core.sheet import LONG, ColumnMapping
    from ..io.headers import find_column
    from .layout import one_column_per_question
    from .saved_columns import Guess

    def column(col: str, flag: str) -> str:
        found = find_column(sheet.columns, col)   # "answer" or "Answer " finds the column "Answer"
        if found is None:
            raise UserError(f"the sheet has no column named {quoted(col)} (given by {flag}); its columns are: "
                            f"{', '.join(sheet.columns)}")
        return found

    for flag, attr in (("--id-column", "id_column"), ("--name-column", "name_column"),
                       ("--item-column", "item_column"), ("--answer-column", "answer_column")):
        if col := getattr(args, attr):
            setattr(args, attr, column(col, flag))
    args.question_column = [column(c, "--question-column") for c in args.question_column or ()]
    # the question is settled below; guessed for the guess's notes on the sheet when no guess is given
    guess = guess if guess is not None else Guess.of(sheet)
    mapping: ColumnMapping = guess.copy() if saved is None else ColumnMapping.from_dict(saved.to_dict())
    if args.one_column_per_question:   # a sheet of one row per student taken for one row per answer
        mapping = one_column_per_question(sheet, mapping, args, UserError)
    if args.question_column or args.closed_questions:
        mapping = more_questions(sheet, mapping, args)
    if args.leave_out_column:
        mapping = left_out(sheet, mapping, args)
    if args.answer_column or args.item_column:
        mapping.layout = LONG
        mapping.answer_columns = {}
        if args.answer_column:
            mapping.answer_column = args.answer_column
        if args.item_column:
            mapping.item_column = args.item_column
    if args.id_column:
        mapping.id_column = args.id_column
    if args.name_column:
        mapping.name_column = args.name_column
    if mapping.layout == LONG and not mapping.item_column and not fill_default_item(mapping, library):
        if args.bundle:
            mapping.default_item = mapping.default_item or "bundle"
        else:
            raise UserError("the sheet has no column naming the question of each answer; give it with "
                            "--item-column, or score all answers with one model using --bundle FILE")
    try:
        mapping.validate(sheet)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    return mapping


def more_questions(sheet: Sheet, mapping: ColumnMapping, args: argparse.Namespace) -> ColumnMapping:
    """The guessed ``mapping`` with the question columns it leaves out that the command was told to grade too: a quiz
    report's closed ones (``--closed-questions``, :mod:`grader_app.io.lms.closed_answers`), named by the questions the
    report gives them, and those named (``--question-column``)."""
    from dataclasses import replace

    from ..core.sheet import WIDE
    from ..io.headers import question_items
    from ..io.lms import recognise
    from ..io.lms.closed_answers import own_closed_columns

    flag = "--question-column" if args.question_column else "--closed-questions"
    if args.answer_column or args.item_column:
        raise UserError(f"{flag} grades more columns of a sheet of one column per question, and --answer-column or "
                        f"--item-column reads the sheet as one row per answer; give one or the other")
    if mapping.layout != WIDE and mapping.left_out and not args.question_column:   # a download's closed questions
        return replace(mapping, left_out=[])
    if mapping.layout != WIDE:
        raise UserError(f"{flag} grades more columns of a sheet of one column per question, and this sheet holds one "
                        f"row per answer (the answers in {quoted(mapping.answer_column)}); leave {flag} out, or add "
                       "--one-column-per-question if each row is a student")
    known = recognise(sheet)   # a quiz report's closed columns, each with its question; a teacher's sheet's, by header
    closed = known.closed if known is not None else question_items(own_closed_columns(sheet.notes))
    wanted = {*mapping.answer_columns, *(closed if args.closed_questions else ()), *args.question_column}
    order = {c: i for i, c in enumerate(sheet.columns)}
    return replace(mapping, answer_columns=question_items(sorted(wanted, key=order.__getitem__),
                                                          {**closed, **mapping.answer_columns}))


def left_out(sheet: Sheet, mapping: ColumnMapping, args: argparse.Namespace) -> ColumnMapping:
    """``mapping`` without the question columns ``--leave-out-column`` names (as the other column options find them:
    "q3 " finds "Q3"), for this run: the project is only read. A name that is not a question column graded here is
    refused, naming those that are; so are a sheet of one row per answer (:func:`not_on_long_sheets`), a column also
    given by --question-column, and leaving every question out."""
    from dataclasses import replace

    from ..core.sheet import WIDE
    from ..io.headers import find_column

    flag = "--leave-out-column"
    if args.answer_column or args.item_column or mapping.layout != WIDE:
        raise not_on_long_sheets(sheet, mapping, args)
    graded = list(mapping.answer_columns)
    which = ", ".join(quoted(c) for c in graded)
    leave = []
    for name in args.leave_out_column:
        found = find_column(sheet.columns, name)
        if found not in graded:
            why = "the sheet has no column of that name" if found is None else "that column is not graded as a question"
            raise UserError(f"{flag} {quoted(name)}: {why}; the question columns graded are {which}")
        if found in args.question_column:
            raise UserError(f"{quoted(found)} is given by both --question-column and {flag}; give one or the other")
        leave.append(found)
    if not set(graded) - set(leave):
        raise UserError(f"{flag} leaves out every question column graded ({which}), so there is nothing to grade; "
                        "leave at least one")
    args.leave_out_column = leave
    return replace(mapping, answer_columns={c: q for c, q in mapping.answer_columns.items() if c not in leave})


def not_on_long_sheets(sheet: Sheet, mapping: ColumnMapping, args: argparse.Namespace) -> UserError:
    """The refusal of ``--leave-out-column`` on a sheet read as one row per answer: its questions are not columns but
    the values of its question column, and the command grades them all (the mapping's own way of leaving a question of
    such a sheet out is for a quiz's closed questions, and says so). Said for the first name given: whether it is one
    of those questions, and what to do instead: score a copy without its rows, or read the sheet as one row per student
    where it is one (not offered when --answer-column or --item-column says it is read as one row per answer)."""
    flag, name = "--leave-out-column", args.leave_out_column[0]
    item = args.item_column or mapping.item_column
    where = f"the answers in {quoted(args.answer_column or mapping.answer_column)}"
    if item and item in sheet.columns:
        where += f", their questions in {quoted(item)}"
        asked = {str(q).strip().casefold(): str(q).strip() for q in sheet.frame[item].unique()}
    else:
        asked = {}
    question = asked.get(name.strip().casefold())   # as the sheet spells it
    which, without = ((f"and {quoted(question)} is one of those questions, not a column", quoted(question))
                      if question else ("so it has no question columns to leave out", "a question"))
    instead = "" if args.answer_column or args.item_column else (
        "; if each row is one student, add --one-column-per-question instead")
    return UserError(f"{flag} {quoted(name)}: this sheet is read as one row per answer ({where}), {which}: grader score "
                     f"grades every question of such a sheet. To grade it without {without}, score a copy of the sheet "
                     f"without that question's rows{instead}")


def cmd_score(args) -> int:
    """Read → columns → session → score → export: the workflow's functions, in one loop on this thread."""
    from .. import workflow
    from ..bundles.archive import read_bundle
    from ..bundles.library import Library
    from ..io.lms.attempts import twice_note
    from ..io.lms.recognition import drawn_note
    from ..io.notes import shared_names
    from ..io.paths_check import refuse_overwriting_input
    from ..learn.held_back import hold_back
    from ..io.worksheet_projects import open_where_worked, project_of_worksheet
    from .project_beside import after_weighing, model_lines, restore_beside, weigh_earlier, workbook_project
    from .saved_columns import said as columns_said
    from .saved_columns import Guess, added_lines, options_given, saved_columns
    from .saved_models import no_model_lines, window_models
    from .saved_models import said as models_said

    if not args.out.strip():
        raise UserError("--out needs the name of the graded sheet to write, ending in .xlsx or .csv")
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise UserError(f"cannot write {out.name}: the graded sheet must end in .xlsx or .csv")
    refuse_overwriting_input(out, [args.sheet])   # never replace the teacher's own workbook
    if args.threshold is not None and not 0.0 <= args.threshold <= 1.0:
        raise UserError(f"--threshold must be between 0 and 1, not {args.threshold}")
    max_threads = os.cpu_count() or 1
    if not 1 <= args.threads <= max_threads:
        raise UserError(f"--threads must be a whole number from 1 to {max_threads} (this computer's processor "
                        f"count), not {args.threads}")
    t0 = time.perf_counter()
    # a sheet graded before: one set of columns; a workbook, at the worksheet graded last in the window (said below)
    project, worksheet, reopened = workbook_project(args.sheet), args.sheet_name, None
    if worksheet is None:
        sheet, worksheet, reopened = open_where_worked(
            project, lambda name: workflow.read_for_grading(args.sheet, sheet_name=name), Path(args.sheet).name)
    else:
        sheet = workflow.read_for_grading(args.sheet, sheet_name=worksheet)
    forced = read_bundle(args.bundle) if args.bundle else None
    library = None if forced is not None else Library.default() if args.models is None else models_library(args.models)
    # the columns chosen in the window, kept in the worksheet's project, unless the command line's say otherwise
    where = project_of_worksheet(project, sheet.sheet_name if worksheet else None)
    guess = Guess.of(sheet)   # once, for the project's columns (what the sheet gained since) and for the command's
    saved = saved_columns(where, sheet, guess)
    mapping = build_mapping(sheet, args, library, saved.mapping if saved is not None else None, guess)
    # the model chosen in the window for each question (installed; none where she chose to score it herself), unless
    # the command line's say otherwise
    chosen = window_models(saved, library, args)
    session, bundles = workflow.start_session(sheet, mapping, library, forced=forced, chosen=chosen)
    for line in models_said(saved, library, args, bundles):   # before a refusal below: what to do about it
        print("grader: " + line, file=sys.stderr)
    # questions with no model are left for the teacher (unscored: no model score, always reviewed);
    # only a sheet where no question has a model is refused
    missing = [item for item, b in bundles.items() if b is None and item not in chosen]   # not hers: said below
    shown = ", ".join(quoted(m) for m in missing[:5]) + (" …" if len(missing) > 5 else "")
    if missing and len(missing) == len(bundles):
        known = ", ".join(library.ids()) if library and library.bundles else "none"
        before = "".join(f" ({model}, which scored it before, is not installed)" if state == "missing" else
                         f" (the installed {model} is not the version that scored it before)"
                         for state, model, _q, _c in workflow.scored_before(session, bundles, library)[1])
        raise UserError(f"no installed model matches question {shown}{before}; installed models: {known}. "
                        "Name the question by a model id (or write out the model's own question), learn a model from "
                        "marked answers (grader learn), or choose a model with --bundle FILE")
    # the decisions made in the window on this worksheet (read only; said below)
    beside = restore_beside(args.sheet, session, where, options_given(args))
    # the teacher's decisions of an earlier grading (sheet.notes says so), unless the project took them over already
    earlier = weigh_earlier(session, beside) if beside.earlier_taken else workflow.take_over_earlier(session)
    held = hold_back(session, bundles)   # a learned model that takes nothing: its scores are suggestions only
    own = workflow.hold_own_sheets(session, bundles)   # the sheet its model was made from: it vouches for none of it
    strange = not_made_for(session, bundles, forced) if forced is not None else []
    if args.threshold is not None:   # as the window's threshold for every question: not for a model that takes nothing
        session.set_thresholds({it: args.threshold for it in session.item_keys()
                                if session.items[it].default_threshold <= 1.0})
    for batch in workflow.score(session, bundles, threads=args.threads):
        workflow.apply_batch(session, batch)   # no other thread: applied as it comes
    written = workflow.export_graded(session, out)
    if missing:
        left = sum(len(session.answers_for(m)) for m in missing)
        what = f"question {shown}" if len(missing) == 1 else f"questions {shown}"
        print(f"grader: no installed model matches {what}, so {left} answer{'' if left == 1 else 's'} "
              f"{'is' if left == 1 else 'are'} marked for you to score (status “unscored”, no model score) in "
              f"{Path(written).name}.", file=sys.stderr)
    for line in no_model_lines(saved, chosen, session, Path(written).name):
        print("grader: " + line, file=sys.stderr)
    waited = () if beside.name else earlier.waiting   # with a project: every waiting comment said as the project's
    opened = [reopened_line(reopened, Path(args.sheet).name)] if reopened is not None else []
    for line in [*opened, *added_lines(saved, mapping), *columns_said(saved, mapping, args), *beside.lines,
                 *model_lines(beside, session), *after_weighing(beside, session), *earlier_lines(earlier, session, waited)]:
        print("grader: " + line, file=sys.stderr)
    for h in held:
        print("grader: " + held_back_text(h, args.threshold is not None, h.bundle_id in {o.bundle_id for o in own}),
              file=sys.stderr)
    for o in own:
        print("grader: " + own_marks_line(o), file=sys.stderr)
    for bid in sorted({info.bundle_id for info in session.items.values() if info.unsealed and info.bundle_id}):
        print(f"grader: model {bid}'s file carries no seal of its settings (no manifest_sha256: a model of an older "
              "Grader, or one whose seal was removed), so nothing tells whether its threshold or calibration were "
              "changed: its answers are marked “needs review”, its score a suggestion (--threshold does not change "
              "that). Get a fresh copy from whoever made it, or learn it again (grader learn).", file=sys.stderr)
    for line in goes_on_lines(bundles) if forced is None else ():   # a question matched with more text after it
        print("grader: " + line, file=sys.stderr)
    for item in strange:
        n = len(session.answers_for(item))
        print(f"grader: {Path(args.bundle).name} was made for {quoted(bundle_question(forced))}, not for question "
              f"{quoted(item)}, so its {n} answer{'' if n == 1 else 's'} {'is' if n == 1 else 'are'} marked “needs review”, "
              "the model's score a suggestion; score that question with its own model (leave out --bundle).", file=sys.stderr)
    if session.namesakes:   # students of one name, kept apart by their rows: said even with --quiet
        print("grader: " + shared_names(session.namesakes), file=sys.stderr)
    if (twice := twice_note(session)) is not None:   # a second attempt, which no LMS file can take: said even with --quiet
        print("grader: " + twice, file=sys.stderr)
    if (drawn := drawn_note(session)) is not None:   # random questions, each graded as one: said even with --quiet
        print("grader: " + drawn, file=sys.stderr)
    if not args.quiet:
        # what the reader did or found (encoding, skipped rows…)
        # which worksheet, said above already when it is the one graded last
        notes = [n for n in sheet.notes if reopened is None or getattr(n, "kind", "") != "used_sheet"]
        notes = command_line_notes(notes, mapping)   # the columns left out: said with the option that grades them
        for note in counted_again(notes, earlier, beside.earlier_taken, *workflow.scored_before(session, bundles, library)):
            print("grader: " + " ".join(note.split()), file=sys.stderr)
        for note in workflow.row_notes(session):   # a heading's row left out, a question taken from above: as the window
            print("grader: " + " ".join(note.split()), file=sys.stderr)
        c = session.counts()
        secs = time.perf_counter() - t0
        n = len(session.answers)
        print(f"Scored {n} answer{'' if n == 1 else 's'} in {secs:.1f} s -> {written}")
        print("  " + ", ".join(f"{k}: {v}" for k, v in c.items() if v))
        print("  " + session.sentence())
    return 0


def models_library(folder: str) -> Library:
    """The installed models and those of ``folder`` (``--models``), which take the place of installed ones of their ids."""
    from ..bundles.library import Library
    from ..paths import bundled_models_dir, user_bundles_dir

    if not Path(folder).is_dir():
        raise UserError(f"--models needs a folder of .gradebundle files, and {folder} is not one; give the folder "
                        "grader learn --out wrote")
    return Library.load([bundled_models_dir(), user_bundles_dir(), Path(folder)])


def bundle_question(bundle) -> str:
    """The question a bundle was made for, in the words its manifest gives (a learned one: its sheet's question)."""
    prov = bundle.manifest.get("provenance")
    question = prov.get("question") if isinstance(prov, dict) else None
    return question if isinstance(question, str) and question.strip() else bundle.title


def not_made_for(session, bundles: dict, forced) -> list[str]:
    """The questions of a sheet of several that ``forced`` (``--bundle``) was not made for (:func:`made_for`): each
    held back as a learned model that takes nothing is (its threshold one no confidence reaches), so no answer of
    another question is accepted without the teacher. A sheet of one question: none (the teacher chose the model)."""
    import dataclasses

    from ..core.grading import made_for
    from ..learn.in_session import NOT_YET

    if len(bundles) < 2:
        return []
    off = [item for item in bundles if not made_for(item, forced, bundle_question(forced))]
    for item in off:
        session.set_item_info(dataclasses.replace(session.items[item], default_threshold=NOT_YET, risk=(), check=()))
    return off
