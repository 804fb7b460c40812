"""core.numbers: the one copy of the score conversions (writers, reports, LMS files, project file, screens)."""
import numpy as np
import pytest

from grader_app.core.numbers import as_number, number_or_text, plain, score_text, tidy, whole_number_text


@pytest.mark.parametrize("v, expected", [
    (np.int64(3), 3), (np.float32(2.0), 2.0), ("2", "2"), (None, None), (True, True),
])
def test_plain_unwraps_numpy_scalars_only(v, expected):
    out = plain(v)
    assert out == expected and type(out) is type(expected)


@pytest.mark.parametrize("v, expected", [
    (2.0, 2), (np.float64(2.0), 2), (2.5, 2.5), (np.int32(1), 1), ("2.0", "2.0"), (None, None),
])
def test_tidy_makes_whole_floats_ints(v, expected):
    out = tidy(v)
    assert out == expected and type(out) is type(expected)


@pytest.mark.parametrize("v, expected", [
    (" 2 ", 2), ("1.5", 1.5), ("A", "A"), (2.0, 2.0), (np.int64(4), 4), (None, None),
])
def test_number_or_text_parses_number_text(v, expected):
    out = number_or_text(v)
    assert out == expected and type(out) is type(expected)


@pytest.mark.parametrize("v, expected", [
    (None, None), (True, 1), (np.float32(3.0), 3), (2.5, 2.5), ("3", 3), (" 1.50 ", 1.5), ("B+", "B+"),
])
def test_as_number_for_spreadsheet_cells(v, expected):
    out = as_number(v)
    assert out == expected and type(out) is type(expected)


@pytest.mark.parametrize("v, expected", [
    (None, ""), (2.0, "2"), (np.float64(2.5), "2.5"), (np.int64(7), "7"), ("A", "A"), (0, "0"),
])
def test_score_text(v, expected):
    assert score_text(v) == expected


def test_score_text_empty_placeholder():
    assert score_text(None, empty="—") == "—" and score_text(1.0, empty="—") == "1"


@pytest.mark.parametrize("v, expected", [
    (7.0, "7"), (-5.0, "-5"), (0.0, "0"), (-0.0, "0"), (123456789012.0, "123456789012"),
    (2.02312345678901e16, "20231234567890100"),      # as Excel saves a 17-digit id: 15 significant digits kept
    (2.023123456789012e16, "20231234567890120"),     # as a program saves one: the digits the file holds
    (1e20, "100000000000000000000"),
    (2.5, None), (1e21, None), (float("nan"), None), (float("inf"), None), ("7", None), (7, None),
])
def test_whole_number_text_gives_the_digits_never_scientific_notation(v, expected):
    assert whole_number_text(v) == expected
