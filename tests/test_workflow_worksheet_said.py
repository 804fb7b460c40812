"""A workbook's project whose graded worksheet can no longer be read is said with a kind (problem_texts.TEXTS), so that
the window can say it in the teacher's language; why the worksheet could not be read is a problem of its own, said
inside it. The English, what the command line prints, is the sentence raised before, its worksheet quoted “…”."""
from __future__ import annotations

import pytest

from grader_app import workflow
from grader_app.bundles.library import Library
from grader_app.errors import GraderError, sentence
from grader_app.io.errors import SheetError
from grader_app.io.project_store import ProjectError
from test_workflow import quiz_workbook



@pytest.fixture
def library(tiny_bundle):
    return Library.load([tiny_bundle.parent])


def _graded_workbook(path, library):
    """A workbook whose second worksheet, "Quiz", was graded (a decision saved), then renamed in Excel."""
    import openpyxl

    quiz_workbook(path)
    opened = workflow.open_sheet(path, library, sheet_name="Quiz")
    prepared = workflow.prepare_session(path, opened.sheet, opened.mapping, {"tiny-ice": "tiny-ice"}, library)
    prepared.session.decide(0, 2)
    assert workflow.close_project(prepared.store, prepared.session, save=True) == ""
    wb = openpyxl.load_workbook(path)
    wb["Quiz"].title = "Quiz (old)"
    wb.save(path)


def test_a_graded_worksheet_that_cannot_be_read_is_said_with_its_kind_values_and_the_same_english(tmp_path, library):
    path = tmp_path / "class.xlsx"
    _graded_workbook(path, library)
    opened = workflow.open_sheet(path, library)
    problem = opened.project_error
    assert opened.store is None and opened.setup is None
    assert isinstance(problem, ProjectError) and isinstance(problem, GraderError)
    assert problem.kind == "project.worksheet_unreadable"
    assert set(problem.values) == {"name", "sheet", "why"}
    assert problem.values["name"] == "class.grader-project" and problem.values["sheet"] == "Quiz"
    why = problem.values["why"]
    assert isinstance(why, SheetError) and why.kind == "read.no_such_sheet"   # said in the teacher's language too
    # the English is the sentence raised before, word for word (its worksheet quoted “…” as the window quotes it)
    before = ProjectError(f"class.grader-project graded the worksheet “Quiz”, which could not be read ({why}); put "
                          "it back, or move the project file aside to start again")
    assert str(problem) == str(before)
    assert str(problem) == ("class.grader-project graded the worksheet “Quiz”, which could not be read (class.xlsx has "
                            "no sheet named “Quiz”; choose one of " + str(why.values["titles"]) + "); put it back, or "
                            "move the project file aside to start again")
    assert sentence(problem) == str(problem) + "."      # a file name first: left as it is spelled


@pytest.mark.parametrize("lang,opening,closing", [("de", "„", "“"), ("es", "«", "»")])
def test_the_worksheets_to_choose_from_are_quoted_as_the_languages_sentence_quotes(qapp, tmp_path, library, lang,
                                                                                    opening, closing):
    """The worksheets the workbook has were listed as Python writes strings ('Notes', 'Quiz (old)') inside the German
    or Spanish sentence that quotes the worksheet it lacks „Quiz“ / «Quiz»: now each is in the sentence's own marks."""
    from grader_app.ui.messages import plain
    from in_language import in_language

    path = tmp_path / "class.xlsx"
    _graded_workbook(path, library)
    problem = workflow.open_sheet(path, library).project_error
    with in_language(lang):
        said = plain(problem)
    assert f"{opening}Quiz{closing}" in said and f"{opening}Notes{closing}, {opening}Quiz (old){closing}" in said, said
    assert "'" not in said, said
    assert "choose one of “Notes”, “Quiz (old)”)" in str(problem)   # the command line's English quotes as the window's
