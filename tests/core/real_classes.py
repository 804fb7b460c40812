"""Real classes of answers: the shared ASAP-SAS and SemEval-2013 data read in place (../shared/data), one class a
question, for the tests that check a class-wide reading against the plain one on them; such a test is skipped where the
data are not there."""
from __future__ import annotations

import csv

import pytest

from grader_app.distill.asap import shared_data_dir


def real_classes() -> dict[str, list[str]]:
    """Each question's answers ("asap 1", "semeval <question id>"), or the calling test skipped without the data."""
    data = shared_data_dir()
    asap, semeval = data / "asap_sas" / "train_rel_2.tsv", data / "semeval2013_sra" / "sra_train_and_unseen_answers.csv"
    if not asap.is_file() or not semeval.is_file():
        pytest.skip("the shared ASAP-SAS and SemEval-2013 data are not at ../shared/data")
    classes: dict[str, list[str]] = {}
    with open(asap, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            classes.setdefault(f"asap {row['EssaySet']}", []).append(row["EssayText"])
    with open(semeval, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            classes.setdefault(f"semeval {row['question_id']}", []).append(row["answer"])
    return classes
