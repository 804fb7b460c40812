"""Which of the teacher's columns the graded sheet fills with the final scores (:mod:`grader_app.io.own_points`): an
empty one whose header names an answer's points, in a sheet of one answer per row; never what the points are out of,
a column of remarks, a column she typed a mark in, nor one of two such columns."""
from __future__ import annotations

import pandas as pd
import pytest

from grader_app.core.sheet import ColumnMapping, Sheet
from grader_app.io.own_points import own_points_column

MAPPING = ColumnMapping(id_column="ID", answer_column="Answer", default_item="q1")


def _sheet(**extra) -> Sheet:
    columns = {"ID": ["S1", "S2", "S3"], "Answer": ["Ice floats.", "It is cold.", ""], **extra}
    return Sheet(frame=pd.DataFrame(columns, dtype=object))


@pytest.mark.parametrize("header", ["Punkte (0-2)", "Score", "Marks", "Points Q1", "Puntos", "Nota", "Puntuación",
                                    "pts"])
def test_an_empty_column_naming_the_points_is_filled(header):
    assert own_points_column(_sheet(**{header: ["", None, ""]}), MAPPING) == header


@pytest.mark.parametrize("header", ["Max points", "Höchstpunktzahl", "Points possible", "Remarks", "Notes",
                                    "Scoreboard", "Model score", "Total points", "Comment"])
def test_a_column_of_another_kind_is_not(header):
    assert own_points_column(_sheet(**{header: ["", "", ""]}), MAPPING) is None


def test_a_mark_she_typed_makes_it_hers():
    assert own_points_column(_sheet(Score=["", "1", ""]), MAPPING) is None


def test_two_such_columns_leave_both_as_they_are():
    assert own_points_column(_sheet(Score=["", "", ""], Punkte=["", "", ""]), MAPPING) is None


def test_a_sheet_of_one_column_per_question_is_left_alone():
    sheet = Sheet(frame=pd.DataFrame({"ID": ["S1"], "Q1": ["Ice floats."], "Score": [""]}, dtype=object))
    assert own_points_column(sheet, ColumnMapping(layout="wide", id_column="ID", answer_columns={"Q1": "Q1"})) is None
