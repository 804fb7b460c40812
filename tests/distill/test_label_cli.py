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


def test_rows_of_other_answers_are_said_in_one_sentence_not_refused(tmp_path, answers, capsys):
    """Rows the check ignores (another set's, the test split's, an id written differently) are counted, named and
    sorted by where their ids are; the check still passes: the rows it keeps are matched to their answers by id
    and text hash, so an ignored row labels no answer."""
    from grader_app.distill import asap
    from grader_app.distill.cli import main
    from grader_app.distill.softlabels import write_soft_labels

    train = asap.load_train()
    ten = set(answers["ids"])
    test_id = next(str(i) for i in train.loc[train["EssaySet"] == 10, "Id"] if str(i) not in ten)
    other_id = str(train.loc[train["EssaySet"] == 1, "Id"].iloc[0])
    ids = answers["ids"] + [test_id, other_id, "0" + answers["ids"][0]]
    texts = answers["texts"] + ["an answer"] * 3
    write_soft_labels(tmp_path / "llm.csv", ids, texts, np.tile([0.2, 0.5, 0.3], (len(ids), 1)))
    assert main(["label", "--set", "10", "--check", str(tmp_path / "llm.csv")]) == 0
    said = capsys.readouterr().out.strip().splitlines()
    assert len(said) == 2
    assert said[1].startswith(f"llm.csv: 3 row(s) are ignored, their ids not among set 10's train, valid and "
                              f"transfer answers (ids {test_id}, {other_id}, 0{answers['ids'][0]}: 1 of set 10's "
                              "test split, 1 of other sets, 1 of no ASAP-SAS answer)")
    assert f"ids of no answer (0{answers['ids'][0]}) are probably written differently" in said[1]
