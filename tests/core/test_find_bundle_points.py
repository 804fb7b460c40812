"""A question's header that is a model's id or title followed by its points ("asap-sas-5 (2 points)",
"ASAP-SAS-5 – 2 Punkte") finds that model; a bare position with points ("Q1 (2 points)") still finds none."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from grader_app.core.grading import fill_default_item, find_bundle_for
from grader_app.core.sheet import ColumnMapping


@dataclass
class FakeBundle:
    bundle_id: str
    title: str


class FakeLibrary:
    """What find_bundle_for reads of a Library: ``get`` by id and ``bundles``."""

    def __init__(self, *bundles: FakeBundle) -> None:
        self.bundles = {b.bundle_id: b for b in bundles}

    def get(self, bundle_id: str):
        return self.bundles.get(str(bundle_id).strip().lower())


MEMBRANE = FakeBundle("asap-sas-1", "Science: cell membrane")
PROTEIN = FakeBundle("asap-sas-5", "Biology: protein synthesis")
ODD_TITLE = FakeBundle("physics-7", "Forces (2 points)")   # a title that itself ends like a points annotation
LIBRARY = FakeLibrary(MEMBRANE, PROTEIN, ODD_TITLE)


@pytest.mark.parametrize("header", [
    "asap-sas-5 (2 points)", "asap-sas-5 (2 marks)", "ASAP-SAS-5 – 2 Punkte", "asap-sas-5 [4 pts]", "asap-sas-5 (1 point)",
    "asap-sas-5 - 3 marks", "asap-sas-5 (out of 3)", "asap-sas-5 (max. 2)", "asap-sas-5 (/3)", "asap-sas-5 /3",
    "asap-sas-5 (2 puntos)", "asap-sas-5: 2.5 points", "  asap-sas-5 (2 Pkt.)  ",
])
def test_an_id_followed_by_its_points_finds_the_model(header):
    assert find_bundle_for(header, LIBRARY) is PROTEIN


@pytest.mark.parametrize("header", ["Science: cell membrane (3 marks)", "science: cell membrane – 3 Punkte",
                                    "Science: cell membrane [3 pts]"])
def test_a_title_followed_by_its_points_finds_the_model(header):
    assert find_bundle_for(header, LIBRARY) is MEMBRANE


def test_plain_ids_and_titles_still_match_and_a_title_with_points_in_it_is_itself():
    assert find_bundle_for("asap-sas-5", LIBRARY) is PROTEIN
    assert find_bundle_for(" ASAP-SAS-1 ", LIBRARY) is MEMBRANE
    assert find_bundle_for("Biology: protein synthesis", LIBRARY) is PROTEIN
    assert find_bundle_for("Forces (2 points)", LIBRARY) is ODD_TITLE
    assert find_bundle_for("Forces", LIBRARY) is None            # points are taken off the header, not the title


@pytest.mark.parametrize("header", [
    "Q1 (2 points)", "Q1", "Question 2 (3 marks)", "Frage 5 – 2 Punkte", "Response 1 [2 pts]", "5 (2 points)",
    "(2 points)", "2 points", "", "   ", "asap-sas-5 extra (2 points)", "asap-sas-50 (2 points)",
    "asap-sas (5 points)",
])
def test_a_bare_position_or_anything_else_with_points_matches_nothing(header):
    assert find_bundle_for(header, LIBRARY) is None


def test_a_long_sheets_answer_header_with_points_names_its_question():
    mapping = ColumnMapping(id_column="Student", answer_column="asap-sas-5 (2 points)")
    assert fill_default_item(mapping, LIBRARY) is True
    assert mapping.default_item == "asap-sas-5 (2 points)"
    assert find_bundle_for(mapping.default_item, LIBRARY) is PROTEIN
    q = ColumnMapping(id_column="Student", answer_column="Q1 (2 points)")
    assert fill_default_item(q, LIBRARY) is False and q.default_item is None
