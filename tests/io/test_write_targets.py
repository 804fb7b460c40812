"""Export targets that cannot be written say what is wrong with them: a name longer than the system allows (it
was "an unexpected problem (OSError) ... try exporting again", for every format) and a file where the folder
should be (it was "its folder does not exist"). Real files and folders; nothing is written."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader_app.io import SheetError, write_graded
from grader_app.io.writers import atomic_write

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_writers import long_session  # noqa: E402, F401  (the fixture)


def _nothing_written(folder: Path, before: set[str]) -> None:
    assert {p.name for p in folder.iterdir()} == before, "a file or a temporary file was left behind"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_name_too_long_says_so_and_to_choose_a_shorter_one(long_session, tmp_path, suffix):  # noqa: F811
    s, _ = long_session
    before = {p.name for p in tmp_path.iterdir()}
    target = tmp_path / ("x" * 300 + suffix)
    with pytest.raises(SheetError) as caught:
        write_graded(s, target)
    assert caught.value.kind == "write.name_too_long"
    said = str(caught.value)
    assert said.endswith("the file name is too long; choose a shorter name")
    assert "unexpected" not in said and "OSError" not in said
    shown = caught.value.values["name"]
    assert len(shown) < 100 and shown.endswith(suffix) and "…" in shown   # the name, shortened to be read
    _nothing_written(tmp_path, before)


def test_a_name_that_fits_but_leaves_no_room_for_the_temporary_file_says_the_same(tmp_path):
    """255 bytes is the longest name; the temporary file beside it (".<name>.<hex>.tmp") would be longer."""
    target = tmp_path / ("y" * 250 + ".csv")
    with pytest.raises(SheetError) as caught:
        atomic_write(target, lambda f: f.write(b"x"))
    assert caught.value.kind == "write.name_too_long"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("below", [(), ("sub",), ("sub", "deeper")])
def test_a_file_where_the_folder_should_be_is_named(long_session, tmp_path, below):  # noqa: F811
    s, _ = long_session
    (tmp_path / "Exports").write_text("a file, not a folder")
    before = {p.name for p in tmp_path.iterdir()}
    target = tmp_path.joinpath("Exports", *below, "graded.csv")
    with pytest.raises(SheetError) as caught:
        write_graded(s, target)
    assert caught.value.kind == "write.folder_is_file"
    assert str(caught.value) == ("cannot write graded.csv: there is a file named Exports where its folder should be; "
                                 "choose another folder")
    assert (tmp_path / "Exports").read_text() == "a file, not a folder"
    _nothing_written(tmp_path, before)


def test_a_missing_folder_is_still_said_as_missing(long_session, tmp_path):  # noqa: F811
    s, _ = long_session
    with pytest.raises(SheetError) as caught:
        write_graded(s, tmp_path / "nope" / "deeper" / "graded.xlsx")
    assert caught.value.kind == "write.no_folder"
