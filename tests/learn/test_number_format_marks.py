"""A marked sheet whose marks column a teacher formatted with decimals, thousands, a unit or brackets for negatives
("0.00" shows 2 as "2.00"): since a number reads as its format shows it (an answer "3.50" as the student typed it,
tests/io/test_number_format_answers.py), the marks must still be the numbers the cells hold, found and learned from as
before. A real workbook, a real fit."""
from __future__ import annotations

import pytest

from formatted_marks import learned_from_marks_under


@pytest.mark.parametrize("fmt, shown", [("0.00", {"0.00", "1.00", "2.00"}), ("#,##0.0", {"0.0", "1.0", "2.0"}),
                                        ('0" pts"', {"0 pts", "1 pts", "2 pts"}),
                                        ("0.0_);(0.0)", {"0.0", "1.0", "2.0"}),
                                        ("0.0E+00", {"0.0E+00", "1.0E+00", "2.0E+00"})])
def test_a_marks_column_under_a_number_format_is_still_learned_from(tmp_path, fmt, shown):
    res, _rows = learned_from_marks_under(tmp_path, fmt, shown)
    assert sorted(res.items[0].model.labels) == [0, 1, 2]
