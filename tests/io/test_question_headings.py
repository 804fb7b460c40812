"""The rule for a question's name in a heading and in a table's column (grader_app/io/question_headings.py): a name
that is the whole question (a sheet's question column, a form's header: 30–80 words) is headed by its first words,
cut at a word with "…" within one line, and read whole once below, unless the prompt shown there says it; a table's
column names it by the id it begins with, else its first words; a title or a short question is left as it is."""
from __future__ import annotations

import pytest

from grader_app.io.question_headings import (COLUMN_CHARS, HEADING_CHARS, WHOLE_CHARS, column_name, column_names,
                                             heading_name, is_cut, said_in, whole_below)

# a whole question as a teacher's question column holds it (our own wording)
WHOLE = ("Q3. After reading how the group ran its test, say what more you would need to know to run the same test "
         "yourself. Name at least three things you would need, and say why each of them matters for the result.")
UNNUMBERED = WHOLE[4:]


def test_a_whole_question_is_headed_by_its_first_words_on_one_line():
    heading = heading_name(WHOLE)
    assert heading == "Q3. After reading how the group ran its test, say…"
    assert len(heading) <= HEADING_CHARS + 1 and heading.endswith("…") and "\n" not in heading
    assert WHOLE.startswith(heading[:-1])                       # its first words, cut after a whole word
    assert is_cut(WHOLE) and whole_below(WHOLE)


@pytest.mark.parametrize("name", ["Q1", "asap-sas-3", "Cells: osmosis",
                                  "ASAP-SAS 3 — English: pandas, koalas and pythons (invasive species article)",
                                  "Explain how the structure of the cell membrane relates to what it does."])
def test_a_title_or_a_short_question_is_left_as_it_is(name):
    assert len(name) <= WHOLE_CHARS
    assert heading_name(name) == name and not is_cut(name) and not whole_below(name)


def test_the_cut_drops_the_punctuation_before_the_ellipsis_and_puts_the_name_on_one_line():
    name = "Describe the experiment, step by step:\nwhat was measured, how often, and with which instruments; " + "x " * 30
    heading = heading_name(name)
    assert heading == "Describe the experiment, step by step: what was…"
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3          # no space to cut at: cut within it
    assert heading_name(word) == word[:HEADING_CHARS - 1] + "…"


@pytest.mark.parametrize("name, column", [(WHOLE, "Q3"), ("4) " + UNNUMBERED, "Q4"), ("Question 2 - " + UNNUMBERED, "Question 2"),
                                          ("Frage 5: " + UNNUMBERED, "Frage 5"), (UNNUMBERED, "After reading how the…"),
                                          ("Q1", "Q1"), ("Cells: osmosis", "Cells: osmosis")])
def test_a_column_names_a_long_question_by_its_id_else_its_first_words(name, column):
    assert column_name(name) == column and len(column) <= COLUMN_CHARS


def test_two_columns_never_read_alike():
    first = "After reading how the group ran its test, name the first thing you would change and say why it helps."
    second = "After reading how the group ran its test, name the second thing you would change and say why it helps."
    columns = column_names([first, second, "Q1", "Q1. " + UNNUMBERED])
    assert len(set(columns)) == 4
    assert columns[0].startswith("After reading how the group ran its test, name the first")
    assert columns[2] == "Q1" and columns[3] != "Q1"


def test_the_whole_question_is_not_said_twice_where_the_prompt_says_it():
    prompt = "The group tested four samples.\n\nAfter reading how the group ran its test, say what more you would " \
             "need to know to run the same test yourself. Name at least three things you would need, and say why " \
             "each of them matters for the result."
    assert said_in(WHOLE, prompt) and not whole_below(WHOLE, prompt)   # its id, case and punctuation aside
    assert not said_in(WHOLE, "Describe the best paint colour for the doghouse.") and whole_below(WHOLE, "Other.")
