"""Soft-label files: round trip, and one clear message per malformed case (no torch needed)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from grader_app.distill.softlabels import SoftLabelError, read_soft_labels, text_hash, write_soft_labels

ANSWERS = {"11": "Ice is LESS dense ^p than water.", "12": "It is cold.", "13": "Hydrogen bonds make a lattice."}
PROBS = np.array([[0.1, 0.2, 0.7], [0.8, 0.15, 0.05], [0.2, 0.3, 0.5]])


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_round_trip_keeps_ids_and_probabilities(tmp_path, suffix):
    path = write_soft_labels(tmp_path / f"labels{suffix}", list(ANSWERS), list(ANSWERS.values()), PROBS,
                             parts=["train", "valid", "transfer"])
    got = read_soft_labels(path, answers=ANSWERS, n_classes=3)
    assert got.ids == ["11", "12", "13"]
    assert got.parts == ["train", "valid", "transfer"]
    np.testing.assert_allclose(got.probs, PROBS, atol=1e-8)


def test_hash_is_of_the_normalised_text():
    assert text_hash("Ice is LESS dense ^p than water.") == text_hash("ice is less dense than water.")
    assert text_hash("ice") != text_hash("ice.")


def _write_csv(path, rows, header="id,sha256,p_0,p_1,p_2"):
    path.write_text(header + "\n" + "\n".join(",".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    return path


def _good_rows():
    return [[i, text_hash(t)] + list(p) for (i, t), p in zip(ANSWERS.items(), PROBS)]


def test_missing_id_is_named(tmp_path):
    path = _write_csv(tmp_path / "l.csv", _good_rows()[:2])
    with pytest.raises(SoftLabelError, match=r"lacks soft labels for 1 of the 3 answers \(first missing id: 13\)"):
        read_soft_labels(path, answers=ANSWERS, n_classes=3)


def test_row_without_id_is_refused(tmp_path):
    rows = _good_rows()
    rows[1][0] = ""
    path = _write_csv(tmp_path / "l.csv", rows)
    with pytest.raises(SoftLabelError, match=r"line 3 has no answer id"):
        read_soft_labels(path, answers=ANSWERS, n_classes=3)


def test_probabilities_not_summing_to_one(tmp_path):
    rows = _good_rows()
    rows[0][2:] = [0.1, 0.2, 0.6]
    path = _write_csv(tmp_path / "l.csv", rows)
    with pytest.raises(SoftLabelError, match=r"answer id 11 sum to 0\.9000, not 1 \(tolerance 0\.001\); normalise"):
        read_soft_labels(path, answers=ANSWERS, n_classes=3)


def test_sum_within_tolerance_is_accepted(tmp_path):
    rows = _good_rows()
    rows[0][2:] = [0.1, 0.2, 0.7005]
    got = read_soft_labels(_write_csv(tmp_path / "l.csv", rows), answers=ANSWERS, n_classes=3)
    assert abs(got.probs[0].sum() - 1) < 1e-12


def test_wrong_number_of_classes(tmp_path):
    path = _write_csv(tmp_path / "l.csv", _good_rows())
    with pytest.raises(SoftLabelError, match=r"answer id 11 has 3 probabilities but the item has 4 scores"):
        read_soft_labels(path, answers=ANSWERS, n_classes=4)


def test_text_hash_mismatch(tmp_path):
    rows = _good_rows()
    rows[2][1] = text_hash("a different answer")
    path = _write_csv(tmp_path / "l.csv", rows)
    with pytest.raises(SoftLabelError, match=r"text hash of answer id 13 does not match that answer"):
        read_soft_labels(path, answers=ANSWERS, n_classes=3)


def test_jsonl_from_an_llm_with_p_keys(tmp_path):
    path = tmp_path / "llm.jsonl"
    lines = [json.dumps({"id": int(i), "sha256": text_hash(t), "p_0": p[0], "p_1": p[1], "p_2": p[2]})
             for (i, t), p in zip(ANSWERS.items(), PROBS)]
    lines.append(json.dumps({"id": 99, "sha256": text_hash("other"), "p_0": 1.0, "p_1": 0.0, "p_2": 0.0}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = read_soft_labels(path, answers=ANSWERS, n_classes=3)
    assert got.ids == ["11", "12", "13"]  # the extra id 99 is ignored
    np.testing.assert_allclose(got.probs, PROBS)


def test_jsonl_wrong_classes_and_bad_json(tmp_path):
    path = tmp_path / "llm.jsonl"
    path.write_text(json.dumps({"id": "11", "sha256": text_hash(ANSWERS["11"]), "probabilities": [0.5, 0.5]}) + "\n")
    with pytest.raises(SoftLabelError, match=r"has 2 probabilities but the item has 3 scores"):
        read_soft_labels(path, answers=ANSWERS, n_classes=3)
    path.write_text("{not json\n")
    with pytest.raises(SoftLabelError, match=r"line 1 is not valid JSON"):
        read_soft_labels(path)


def test_logits_and_duplicates_are_refused(tmp_path):
    rows = _good_rows()
    rows[0][2:] = [2.0, -1.0, 0.0]
    with pytest.raises(SoftLabelError, match=r"outside 0\.\.1; write probabilities, not logits"):
        read_soft_labels(_write_csv(tmp_path / "a.csv", rows), answers=ANSWERS, n_classes=3)
    rows = _good_rows() + [_good_rows()[0]]
    with pytest.raises(SoftLabelError, match=r"answer id 11 appears twice"):
        read_soft_labels(_write_csv(tmp_path / "b.csv", rows), answers=ANSWERS, n_classes=3)


def test_missing_file_and_wrong_suffix(tmp_path):
    with pytest.raises(SoftLabelError, match=r"no soft-label file at"):
        read_soft_labels(tmp_path / "none.csv")
    (tmp_path / "x.txt").write_text("id\n")
    with pytest.raises(SoftLabelError, match=r"must be a \.csv, \.jsonl or \.json file"):
        read_soft_labels(tmp_path / "x.txt")


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_spreadsheet_saved_with_semicolons_or_tabs_is_read_with_its_decimal_commas(tmp_path, sep):
    """Excel in a German or Spanish locale saves CSV with ';' and writes 0,25 for 0.25; the file was refused as
    having "no 'id' column" (the whole header read as one column name)."""
    rows = [[i, text_hash(t)] + [f"{x:.2f}".replace(".", ",") for x in p] for (i, t), p in zip(ANSWERS.items(), PROBS)]
    path = tmp_path / "l.csv"
    path.write_text(sep.join(["id", "sha256", "p_0", "p_1", "p_2"]) + "\n"
                    + "\n".join(sep.join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    got = read_soft_labels(path, answers=ANSWERS, n_classes=3)
    assert got.ids == ["11", "12", "13"]
    np.testing.assert_allclose(got.probs, PROBS, atol=1e-8)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_nan_is_called_nan_not_a_logit(tmp_path, suffix):
    """A NaN (an LLM reply that was not parsed) was refused as "outside 0..1; write probabilities, not logits or
    percentages", which sends the user to rescale a file that holds probabilities."""
    path = tmp_path / f"l{suffix}"
    if suffix == ".csv":
        _write_csv(path, [r if r[0] != "12" else r[:2] + ["nan", 0.5, 0.5] for r in _good_rows()])
    else:
        path.write_text("\n".join(json.dumps({"id": i, "sha256": text_hash(t), "probabilities": [float("nan"), .5, .5]
                                              if i == "12" else list(p)}) for (i, t), p in zip(ANSWERS.items(), PROBS)),
                        encoding="utf-8")
    with pytest.raises(SoftLabelError) as e:
        read_soft_labels(path, answers=ANSWERS, n_classes=3)
    assert "answer id 12 has a probability that is NaN" in str(e.value) and "logits" not in str(e.value)


def test_a_space_after_each_comma_is_read(tmp_path):
    """'id, sha256, p_0, p_1, p_2' (a header written by hand or by a script joining with ', ') was refused as having
    "no probability columns p_0, p_1, ...", the columns being ' p_0' and so on."""
    path = tmp_path / "l.csv"
    path.write_text("id, sha256, p_0, p_1, p_2\n" + "\n".join(", ".join(map(str, r)) for r in _good_rows()) + "\n",
                    encoding="utf-8")
    got = read_soft_labels(path, answers=ANSWERS, n_classes=3)
    np.testing.assert_allclose(got.probs, PROBS, atol=1e-8)


def test_a_json_document_is_read_as_a_list_or_as_a_mapping_of_ids(tmp_path):
    """An LLM script's json.dump gives a list of records or {id: probabilities}; a .json file was refused outright."""
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([{"id": i, "sha256": text_hash(t), "probabilities": list(p)}
                                  for (i, t), p in zip(ANSWERS.items(), PROBS)]), encoding="utf-8")
    np.testing.assert_allclose(read_soft_labels(listed, answers=ANSWERS, n_classes=3).probs, PROBS, atol=1e-8)
    mapped = tmp_path / "map.json"
    mapped.write_text(json.dumps({i: list(p) for i, p in zip(reversed(list(ANSWERS)), PROBS[::-1])}), encoding="utf-8")
    got = read_soft_labels(mapped, n_classes=3)
    assert got.ids == ["13", "12", "11"]
    np.testing.assert_allclose(got.as_dict()["11"], PROBS[0], atol=1e-8)
    (tmp_path / "bad.json").write_text('{"11": [0.5, 0.5,', encoding="utf-8")
    with pytest.raises(SoftLabelError, match=r"bad\.json is not valid JSON \(line 1: "):
        read_soft_labels(tmp_path / "bad.json")
    (tmp_path / "one.json").write_text('{"11": 0.5}', encoding="utf-8")
    with pytest.raises(SoftLabelError, match=r"the value of id 11 is not a list of probabilities"):
        read_soft_labels(tmp_path / "one.json")
