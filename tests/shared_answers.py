"""Real answers: the shared ASAP-SAS and SemEval-2013 data read in place (../shared/data), for the tests that check a
reading against a plain one on them (a whole class's at once, or each answer's); such a test is skipped where the data
are not there."""
from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest

from grader_app.distill.asap import shared_data_dir


def _rows() -> Iterator[tuple[str, str]]:
    """(the answer's question, the answer) of every row of the two files, in their order; the calling test skipped
    without the data."""
    data = shared_data_dir()
    asap, semeval = data / "asap_sas" / "train_rel_2.tsv", data / "semeval2013_sra" / "sra_train_and_unseen_answers.csv"
    if not asap.is_file() or not semeval.is_file():
        pytest.skip("the shared ASAP-SAS and SemEval-2013 data are not at ../shared/data")
    with open(asap, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield f"asap {row['EssaySet']}", row["EssayText"]
    with open(semeval, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield f"semeval {row['question_id']}", row["answer"]


def real_answers() -> list[str]:
    """Every answer of the two files, in their order."""
    return [text for _, text in _rows()]


def real_classes() -> dict[str, list[str]]:
    """Each question's answers ("asap 1", "semeval <question id>")."""
    classes: dict[str, list[str]] = {}
    for question, text in _rows():
        classes.setdefault(question, []).append(text)
    return classes
