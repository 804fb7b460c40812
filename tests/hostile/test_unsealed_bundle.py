"""A bundle whose manifest carries no digest of itself (``manifest_sha256``) is read, but its model takes no answer on
its own, at any threshold. Before, deleting the digest turned an edited manifest back into "a bundle of an older
Grader", read without the check: set 5's shipped bundle, its temperature set to 0.01 and its digest deleted, sent
every answer of a class past the teacher. Now its scores are suggestions, and the window, the model library and the
command line say why."""
from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest
from scored_answers import scored_by
from test_cli_learn import env  # noqa: F401  (the fixture: an empty shipped folder, a user folder of its own)

from grader_app.bundles import read_bundle
from grader_app.bundles.manifest import bundle_takes_alone
from grader_app.cli import run_cli
from grader_app.core import review

ROOT = Path(__file__).resolve().parents[2]
FIVE = ROOT / "model_bundles" / "asap-sas-5.gradebundle"
ITEM = "asap-sas-5"


def _answers(n: int = 60) -> list[str]:
    from grader_app.distill.asap import asap_dir, load_train, split_set

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return split_set(load_train(), 5).test["EssayText"].tolist()[:n]


def _unsealed(folder: Path, temperature: float | None = 0.01) -> Path:
    """Set 5's shipped bundle with its digest deleted (and its temperature edited), zipped by hand as an editor
    of manifest.json would leave it; the model's bytes untouched."""
    with zipfile.ZipFile(FIVE) as z:
        m, model = json.loads(z.read("manifest.json")), z.read("model.onnx")
    del m["manifest_sha256"]
    if temperature is not None:
        m["calibration"]["temperature"] = temperature
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FIVE.name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(m, indent=2))
        z.writestr("model.onnx", model)
    return path


def test_the_shipped_sealed_bundle_takes_answers_and_the_unsealed_copy_takes_none(tmp_path):
    texts = _answers()
    sealed = scored_by(ROOT / "model_bundles", texts, item=ITEM)
    taken = [k for k in range(len(texts)) if sealed.status(k) == review.AUTO]
    assert taken                                           # the sealed model takes some on its own (set 5: ~68 %)

    _unsealed(tmp_path / "models")
    session = scored_by(tmp_path / "models", texts, item=ITEM)
    info = session.items[ITEM]
    assert info.unsealed and info.takes_no_threshold and info.risk == ()
    assert all(session.predictions[k] is not None for k in range(len(texts)))     # scored: its scores are suggestions
    need = sealed.threshold(ITEM)
    sure = [k for k in range(len(texts)) if session.predictions[k].confidence >= need]
    assert len(sure) > len(taken)                          # the edit made it surer: sealed, it would take more
    assert {session.status(k) for k in range(len(texts))} == {review.NEEDS_REVIEW}
    assert session.threshold(ITEM) > 1.0
    session.set_threshold(0.5)                             # the teacher's own threshold does not open it either
    session.set_threshold(0.5, ITEM)
    assert session.threshold(ITEM) > 1.0
    assert {session.status(k) for k in range(len(texts))} == {review.NEEDS_REVIEW}


def test_what_an_unsealed_bundle_takes_is_none_in_the_library_figure(tmp_path):
    sealed = read_bundle(FIVE)
    assert sealed.sealed and bundle_takes_alone(sealed.manifest) is not None
    old = read_bundle(_unsealed(tmp_path, temperature=None))   # only the digest gone: an older Grader's bundle
    assert not old.sealed and old.manifest["review"] == sealed.manifest["review"]
    assert bundle_takes_alone(old.manifest) is None


def test_grader_score_marks_every_answer_for_review_and_says_why_even_with_threshold(tmp_path, env, capsys):  # noqa: F811
    texts = _answers(30)
    bundle = _unsealed(tmp_path / "given")
    sheet = tmp_path / "class.csv"
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Student", "Question", "Answer"])
        w.writerows((f"S{i}", ITEM, t) for i, t in enumerate(texts))
    out = tmp_path / "graded.csv"
    code = run_cli(["score", str(sheet), "--out", str(out), "--answer-column", "Answer", "--item-column", "Question",
                    "--bundle", str(bundle), "--threshold", "0.5"])
    got = capsys.readouterr()
    assert code == 0, got.err
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 30 and all(r["model_score"] != "" for r in rows)
    assert {r["status"] for r in rows} == {"needs review"} and all(r["final_score"] == "" for r in rows)
    lines = [ln for ln in got.err.splitlines() if "carries no seal" in ln]
    assert lines == ["grader: model asap-sas-5's file carries no seal of its settings (no manifest_sha256: a model of "
                     "an older Grader, or one whose seal was removed), so nothing tells whether its threshold or "
                     "calibration were changed: its answers are marked “needs review”, its score a suggestion "
                     "(--threshold does not change that). Get a fresh copy from whoever made it, or learn it again "
                     "(grader learn)."], got.err


def test_grader_bundles_lists_an_unsealed_bundle_as_taking_none(tmp_path, env, capsys):  # noqa: F811
    _unsealed(env)
    assert run_cli(["bundles"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "asap-sas-5" in ln)
    assert "takes none on its own: its file carries no seal of its settings (manifest_sha256)" in line, out
