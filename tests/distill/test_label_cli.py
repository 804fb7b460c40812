"""``grader-distill label --check``: soft labels from another source (e.g. an LLM) for a real ASAP set."""
from __future__ import annotations

import numpy as np
import pytest

from grader_app.distill.asap import shared_data_dir

pytestmark = pytest.mark.skipif(not (shared_data_dir() / "asap_sas" / "train_rel_2.tsv").is_file(),
                                reason="the shared ASAP-SAS data is not available")


@pytest.fixture(scope="module")
def answers():
    from grader_app.distill.softlabels import set_answers

    return set_answers(10)


def test_llm_labels_for_set_10_pass_the_check(tmp_path, answers, capsys):
    from grader_app.distill.cli import main
    from grader_app.distill.softlabels import write_soft_labels

    n = len(answers["ids"])
    probs = np.tile([0.2, 0.5, 0.3], (n, 1))
    write_soft_labels(tmp_path / "llm.jsonl", answers["ids"], answers["texts"], probs)
    assert main(["label", "--set", "10", "--check", str(tmp_path / "llm.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "soft labels valid for all" in out and "training answers" in out
    assert set(answers["parts"]) == {"train", "valid", "transfer"}  # the test split is never labelled


def test_wrong_class_count_for_set_10_is_one_line(tmp_path, answers, capsys):
    from grader_app.distill.cli import main
    from grader_app.distill.softlabels import write_soft_labels

    n = len(answers["ids"])
    write_soft_labels(tmp_path / "llm.csv", answers["ids"], answers["texts"], np.tile([0.25] * 4, (n, 1)))
    assert main(["label", "--set", "10", "--check", str(tmp_path / "llm.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "has 4 probabilities but the item has 3 scores" in err
