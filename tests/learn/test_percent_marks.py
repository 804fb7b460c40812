"""A marked sheet whose marks column a teacher formatted as percent (2 of 3 stored as 0.67, shown "67%"): since a
percent-formatted cell reads as Excel shows it (an answer "50%" as the student typed it, tests/io/test_percent_answers.py),
the marks must still be the numbers the cells hold, each one found and learned from as before. A real workbook, a real
fit."""
from __future__ import annotations

import pytest

from formatted_marks import learned_from_marks_under


@pytest.mark.parametrize("fmt, shown", [("0%", {"0%", "33%", "67%"}), ("0.0%", {"0.0%", "33.0%", "67.0%"}),
                                        ("# ?/?", {"0", "1/3", "2/3"})])   # a fraction format reads as shown too
def test_a_marks_column_formatted_as_percent_is_still_learned_from(tmp_path, fmt, shown):
    # each mark held as a share of 3, as a teacher's percent (2 of 3 is 0.67, shown "67%")
    res, rows = learned_from_marks_under(tmp_path, fmt, shown, mark=lambda score: round(score / 3, 2))
    assert sorted(res.items[0].model.labels) == sorted({row[3] for row in rows})
