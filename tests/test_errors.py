"""One error base (GraderError) and one way to show it (errors.sentence), used by the CLI and the window."""
import pytest

from grader_app import cli
from grader_app.bundles import BundleError
from grader_app.errors import GraderError, sentence
from grader_app.io import SheetError
from grader_app.io.project_store import ProjectError, ProjectLocked


@pytest.mark.parametrize("cls", [SheetError, BundleError, ProjectError, ProjectLocked, cli.UserError])
def test_every_user_facing_error_is_a_grader_error_with_one_line(cls):
    exc = cls("the file  is\n  damaged; get a fresh copy")
    assert isinstance(exc, GraderError)
    assert str(exc) == "the file is damaged; get a fresh copy"


@pytest.mark.parametrize("problem, shown", [
    (SheetError("the sheet is empty; add answers"), "The sheet is empty; add answers."),
    ("graded.xlsx is open in another program", "graded.xlsx is open in another program."),   # a file name keeps its case
    ("data/class.csv was not found", "data/class.csv was not found."),
    ("Done already!", "Done already!"),
    ("wait…", "Wait…"),
    (ValueError("7 is not a score"), "7 is not a score."),
    ("", "Something went wrong."),
])
def test_sentence(problem, shown):
    assert sentence(problem) == shown


def test_the_window_and_the_cli_show_problems_through_the_same_function(qapp, tmp_path, capsys):
    """In English the window says a problem exactly as the command line does (in German and Spanish it says the same
    sentence translated, tests/ui/test_problem_words.py)."""
    from grader_app.ui import i18n, messages

    assert i18n.install("en")
    code = cli.run_cli(["verify", str(tmp_path / "missing.gradebundle")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BAD_INPUT
    try:
        from grader_app.workflow import verify_bundle

        verify_bundle(tmp_path / "missing.gradebundle")
    except GraderError as exc:
        expected = sentence(exc)
        assert messages.plain(exc) == expected
    else:
        pytest.fail("a missing bundle file was verified")
    assert err == f"grader: {expected}\n"


def test_learning_problems_are_grader_errors_too(tmp_path, capsys):
    """The learn layer's problems (a sheet that cannot teach, too few marks, a model that cannot be
    written) are GraderErrors like every other, and still ValueErrors for the callers that catch those."""
    from grader_app.learn.export import ExportError
    from grader_app.learn.from_sheet import LearnError
    from grader_app.learn.marks_model import NotEnoughMarks

    for cls in (LearnError, NotEnoughMarks, ExportError):
        assert issubclass(cls, GraderError) and issubclass(cls, ValueError), cls
    sheet = tmp_path / "marked.csv"
    sheet.write_text("Answer,Score\nIce floats,1\nIt is cold,1\n", encoding="utf-8")
    code = cli.run_cli(["learn", str(sheet), "--score-column", "Score", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BAD_INPUT
    assert err.startswith("grader: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("problem, shown", [
    ("assets is a folder, not a sheet; choose a file inside it", "assets is a folder, not a sheet; choose a file inside it."),
    ("models is a folder, not a bundle file", "models is a folder, not a bundle file."),
    ("klasse-9b was not found", "klasse-9b was not found."),
    ("Assets is a folder", "Assets is a folder."),             # a name spelled with a capital keeps it too
    ("ñandú is a folder", "ñandú is a folder."),
    ("cannot write g.csv: its folder does not exist", "Cannot write g.csv: its folder does not exist."),
    ("no bundle at x; check the file name", "No bundle at x; check the file name."),
    ("the sheet is empty", "The sheet is empty."),
    ("unknown: what", "Unknown: what."),
])
def test_a_first_word_that_is_a_name_is_shown_exactly_as_it_is(problem, shown):
    assert sentence(problem) == shown


def test_the_cli_shows_a_folder_without_a_dot_by_its_own_name(tmp_path, capsys):
    folder = tmp_path / "assets"
    folder.mkdir()
    code = cli.run_cli(["score", str(folder), "--out", str(tmp_path / "graded.csv")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BAD_INPUT
    assert err.startswith("grader: assets is a folder"), err      # was "grader: Assets is a folder"


def test_a_problem_that_counts_reads_right_in_english_without_qt():
    """The command line and the logs say a counted problem in English without Qt: "1 decision", "3 decisions"."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from grader_app.errors import sentence\n"
        "from grader_app.io.project_store import ProjectError\n"
        "for n in (1, 3):\n"
        "    print(sentence(ProjectError.said('project.decisions_unsaved_at_close', count=n, name='p.grader-project',\n"
        "                                     why='database or disk is full')))\n"
        "print(str(ProjectError.said('project.still_writing', name='p.grader-project', count=1)))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == [
        "1 decision could not be saved to p.grader-project before it was closed (database or disk is full); check the "
        "disk has room and the file is not read-only, then open the sheet again and redo it.",
        "3 decisions could not be saved to p.grader-project before it was closed (database or disk is full); check the "
        "disk has room and the file is not read-only, then open the sheet again and redo them.",
        "Grader was still writing to p.grader-project when it closed (1 change waiting); check the disk, and open the "
        "sheet again later to see what was saved",
        "[]"]


@pytest.mark.parametrize("n, unsaved, waiting", [
    (0, "0 decisions could not be saved", "(0 changes waiting)"),
    (1, "1 decision could not be saved", "(1 change waiting)"),
    (2, "2 decisions could not be saved", "(2 changes waiting)"),
    (11, "11 decisions could not be saved", "(11 changes waiting)"),
])
def test_a_counted_problem_is_singular_only_for_one_and_keeps_its_count_and_kind(n, unsaved, waiting):
    import pickle

    problem = ProjectError.said("project.decisions_unsaved_at_close", count=n, name="p.grader-project", why="disk full")
    assert str(problem).startswith(unsaved + " to p.grader-project before it was closed (disk full)")
    assert str(problem).endswith("redo it" if n == 1 else "redo them")
    assert problem.kind == "project.decisions_unsaved_at_close" and problem.values["count"] == n
    again = pickle.loads(pickle.dumps(problem))
    assert str(again) == str(problem) and again.values == problem.values
    assert waiting in str(ProjectError.said("project.still_writing", name="p.grader-project", count=n))
    unsaved = str(ProjectError.said("project.decisions_unsaved", name="p.grader-project", count=n))
    assert unsaved.startswith("your decision is kept but could not be saved to p.grader-project (1 unsaved)" if n == 1
                              else f"{n} of your decisions are kept but could not be saved to p.grader-project; check")


def test_every_counted_text_has_its_english_for_one_with_the_same_values():
    """A text with %n counts (its value ``count``): it has a singular English sentence beside it, with %n and the same
    {placeholders}, and no text writes its count as {count} (it would not be said with plural forms)."""
    import re

    from grader_app.problem_texts import COUNT, SINGULAR, TEXTS, counted

    kinds = {kind for kind in TEXTS if counted(kind)}
    assert kinds == set(SINGULAR) == {"project.decisions_unsaved", "project.decisions_and_more_unsaved",
                                      "project.decisions_unsaved_at_close",
                                      "project.decisions_and_more_unsaved_at_close",
                                      "project.still_writing", "learn.scores_not_numbers", "learn.too_few_marks",
                                      "learn.too_few_to_save", "learn.too_few_answers_to_save",
                                      "project.columns_renamed", "project.columns_gone", "project.columns_lose",
                                      "project.ids_new", "project.ids_question_new", "project.ids_questions_new",
                                      "project.none_in_sheet", "project.few_in_sheet",
                                      "read.formulas_without_results", "columns.formulas_without_results",
                                      "project.decided_other_columns", "bundle.model_labels", "bundle.output_labels"}
    for kind in kinds:
        assert COUNT in SINGULAR[kind], kind
        assert sorted(re.findall(r"\{\w*\}", SINGULAR[kind])) == sorted(re.findall(r"\{\w*\}", TEXTS[kind])), kind
    assert not [kind for kind, text in {**TEXTS, **SINGULAR}.items() if "{count}" in text]
    with pytest.raises(KeyError):   # a counted problem needs its count
        ProjectError.said("project.still_writing", name="p.grader-project")


def test_every_english_problem_that_begins_with_an_ordinary_word_is_said_with_a_capital():
    """A sentence of the catalogue whose first word is an ordinary word ("question “Ice” of marks.csv cannot teach a
    model…", "almost none of the decisions…") begins with a capital, as any sentence does; one that begins with a value
    (a file's name), a count or Grader's name is left as it is."""
    from grader_app.learn.from_sheet import LearnError
    from grader_app.problem_texts import TEXTS, WINDOW

    ordinary = {k: t for k, t in {**TEXTS, **WINDOW}.items()
                if t[:1].islower() and not t.startswith(("{", "%n", "“{")) and t.split(" ", 1)[0] != "Grader"}
    lower = {k: t.split(" ", 1)[0] for k, t in ordinary.items() if not sentence(t)[:1].isupper()}
    assert lower == {}
    said = LearnError.said("learn.question_cannot_teach", question="Ice", name="marks.csv", why="it has 2 marks")
    assert sentence(said) == "Question “Ice” of marks.csv cannot teach a model: it has 2 marks."
