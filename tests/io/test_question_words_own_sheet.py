"""The window names an LMS's questions by their words without the LMS's question id ("3318801: Use the results…"),
but a teacher's own headings keep theirs: a year before a colon, or a sheet where not every question carries an id."""
from grader_app.core.sheet import WIDE, ColumnMapping
from grader_app.io.headers import question_words


def _wide(*headers: str) -> ColumnMapping:
    return ColumnMapping(layout=WIDE, name_column="Name", answer_columns={h: h for h in headers})


def test_canvas_ids_dropped_and_alike_questions_keep_theirs():
    words = question_words(_wide("3318801: Use the results of the experiment", "3318802: Explain why",
                                 "3318803: Explain why"))
    assert words == {"3318801: Use the results of the experiment": "Use the results of the experiment"}


def test_a_year_heading_is_the_teachers_own():
    assert question_words(_wide("2024: Reflection on the year", "1999: What changed since")) == {}


def test_a_sheet_with_one_question_not_headed_by_an_id_keeps_every_heading():
    assert question_words(_wide("3318801: Use the results of the experiment", "Q2 Osmosis")) == {}
