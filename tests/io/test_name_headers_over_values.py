"""A column whose header names the student's first name or surname holds a name, whatever its values look like: a
French class list whose "Prénom" cells carry digits (pseudonymised "Élève12", or "Marie2" to tell two Maries apart)
had that column taken for the students' ids, and its "Nom" beside it too, so no student had a name. The same holds
for the other languages' headers. Real files, the real reader, guess and session."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, WIDE
from grader_app.io import guess_columns

sys.path.insert(0, str(Path(__file__).resolve().parent))   # the neighbouring tests' sheets
from test_columns_qa2 import LONG_ANSWERS, _csv, _xlsx  # noqa: E402

FIRSTS = {"pseudonyms": "Élève{i}", "numbered": "Marie{i}"}


def _rows(names, first_cells, ids=None, layout=LONG):
    """A class list: an optional id column, the two name columns (``names``: the surname's header, then the first
    name's) in that order, then the answers."""
    qs = ["Question", "Réponse"] if layout == LONG else ["Q1", "Q2"]
    rows = [([ids] if ids else []) + list(names) + qs]
    for i in range(1, 9):
        rows.append(([f"{20240100 + i}"] if ids else []) + [f"Martin{i % 3}" if i % 2 else "Dupont",
                                                            first_cells.format(i=i)]
                    + (["Q1", LONG_ANSWERS[i % 6]] if layout == LONG else [LONG_ANSWERS[i % 6], LONG_ANSWERS[(i + 1) % 6]]))
    return rows


@pytest.mark.parametrize("first, last", [("Prénom", "Nom"), ("Prénom", "Nom de famille"), ("Prénoms", "Nom"),
                                         ("Vorname", "Nachname"), ("Vorname", "Familienname"),
                                         ("Nombre", "Apellidos"), ("Nombres", "Apellidos"),
                                         ("First name", "Surname"), ("Given name", "Last name"),
                                         ("Forename", "Family name")])
@pytest.mark.parametrize("values", sorted(FIRSTS))
def test_a_first_name_with_digits_is_the_first_name_not_the_id(tmp_path, first, last, values):
    rows = _rows((last, first), FIRSTS[values])
    m = guess_columns(_csv(tmp_path / "classe.csv", rows))
    assert (m.id_column, m.name_column, m.first_name_column) == (None, last, first)


@pytest.mark.parametrize("ids", ["Numéro", "Matricule", "Identifiant", "N° élève"])
@pytest.mark.parametrize("layout", [LONG, WIDE])
def test_a_french_class_list_names_its_students_in_full_and_finds_their_number(tmp_path, ids, layout):
    sheet = _xlsx(tmp_path / "classe.xlsx", _rows(("Nom", "Prénom"), FIRSTS["pseudonyms"], ids=ids, layout=layout))
    m = guess_columns(sheet)
    assert (m.layout, m.id_column, m.name_column, m.first_name_column) == (layout, ids, "Nom", "Prénom")
    assert GradingSession(sheet, m).answers[0].student == "Élève1 Martin1 · 20240101"


@pytest.mark.parametrize("header", ["Prénom", "Vorname", "Nombre", "First name", "Given name",
                                    unicodedata.normalize("NFD", "Prénom")])   # as a Mac writes it
def test_a_lone_first_name_column_with_digits_is_the_name(tmp_path, header):
    rows = [[header, "Question", "Réponse"]] + [[f"Marie{i}", "Q1", LONG_ANSWERS[i % 6]] for i in range(8)]
    m = guess_columns(_csv(tmp_path / "classe.csv", rows))
    assert (m.id_column, m.name_column, m.first_name_column) == (None, header, None)


def test_codes_under_a_header_that_names_no_name_are_still_the_id(tmp_path):
    """The header decides only where it names a name: unnamed codes such as "Élève12" under "Code" stay the id."""
    rows = [["Code", "Question", "Réponse"]] + [[f"Élève{i}", "Q1", LONG_ANSWERS[i % 6]] for i in range(8)]
    m = guess_columns(_csv(tmp_path / "classe.csv", rows))
    assert (m.id_column, m.name_column) == ("Code", None)
