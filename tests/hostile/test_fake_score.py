"""Students who fake a score from a key-word model, through the real scoring path: a real .gradebundle
(tests/bundle_factory.py: a bag of words in an ONNX graph, run by onnxruntime), the library, the session.

Each faked answer gets the top score with a confidence above the bundle's threshold, so without a flag
it would be auto-accepted; with one it goes to the teacher. The honest answers beside them are still
auto-accepted, and the graded file names the flag. With the shipped model of ASAP-SAS set 5, the same."""
from __future__ import annotations

import pandas as pd
import pytest
from bundle_factory import make_bundle

from grader_app.core import flags as F
from grader_app.core import review
from grader_app.io import write_graded
from grader_app.paths import bundled_models_dir
from scored_answers import HONEST, ITEM, scored_by

EVERYTHING = ("mrna leaves the nucleus and trna brings amino acids to the ribosome, the ribosome reads codons of mrna "
              "and trna anticodons pair with them, and then the cell membrane controls what enters and leaves the cell "
              "while osmosis moves water across the membrane from high to low and plants need light and water to grow "
              "well so proteins form at the ribosome from amino acids brought by trna")
FAKES = {
    # the model reads "mrna leaves ... ribosome"; U+202E shows the teacher the letters backwards
    F.HIDDEN: "\u202emrna leaves the nucleus and trna brings amino acids to the ribosome",
    # another student's answer with Cyrillic е and о: the same to the eye, new to basic-v1
    F.DUPLICATE: "mrna lеaves the nucleus and trna brings amino acids tо the ribosome!",
    F.REPEATED: "it is the ribosome and the trna and the mrna, the ribosome and the trna and the mrna, "
                "the ribosome and the trna and the mrna",
    F.TOO_LONG: EVERYTHING,
}


@pytest.fixture
def scored(tmp_path):
    make_bundle(tmp_path, ITEM)
    return scored_by(tmp_path, HONEST + list(FAKES.values()))


def test_faked_answers_would_pass_the_model_but_go_to_the_teacher(scored):
    session = scored
    top = max(session.items[ITEM].labels)
    threshold = session.threshold(ITEM)
    for offset, flag in enumerate(FAKES):
        key = len(HONEST) + offset
        pred = session.predictions[key]
        assert pred.valid and pred.score == top and pred.confidence >= threshold, (flag, pred)   # the hole
        assert flag in session.flags[key], (flag, session.flags[key])
        assert session.status(key) == review.NEEDS_REVIEW and session.needs_teacher(key), flag
    # the copied student's own answer is flagged with its copy; the other honest answers are untouched
    assert session.flags[0] == [F.DUPLICATE]
    auto = [k for k in range(1, len(HONEST)) if session.status(k) == review.AUTO]
    assert auto and all(session.flags[k] == [] for k in range(1, len(HONEST)))


def test_the_graded_file_names_the_new_flags(scored, tmp_path):
    written = write_graded(scored, tmp_path / "graded.csv")
    frame = pd.read_csv(written, dtype=str, keep_default_na=False)
    flagged = frame["flags"].tolist()[len(HONEST):]
    for (flag, _), cell in zip(FAKES.items(), flagged):
        assert flag in cell.split("; ")


KEY_5 = ("mRNA exits the nucleus via the nuclear pore. mRNA travels through the cytoplasm to the ribosome. Codons are "
         "read by rRNA. tRNA anticodon recognizes the complementary codon. Amino acids are bonded together with peptide "
         "bonds. A start codon begins and a stop codon ends.")


def test_the_shipped_set_5_model_too():
    """The real set-5 bundle gives the scoring key's steps, once, the top score below its threshold (the teacher
    sees it), and the same text pasted twice the top score far above it (when measured: 0.61 and 0.95 against
    0.82). Pasted twice, or shown backwards, the answer goes to the teacher whatever the model says."""
    path = bundled_models_dir() / "asap-sas-5.gradebundle"
    if not path.is_file():
        pytest.skip("no shipped model for ASAP-SAS set 5")
    texts = ["mRNA leaves the nucleus through a pore and goes to the ribosome.",
             "The tRNA anticodon pairs with the mRNA codon and brings an amino acid.",
             "I think the cell makes proteins.",
             KEY_5,
             KEY_5 + " " + KEY_5,
             "\u202emRNA leaves the nucleus, goes to the ribosome, codons pair with tRNA anticodons, amino acids join"]
    session = scored_by(bundled_models_dir(), texts, item="asap-sas-5")
    assert all(session.predictions[k].valid for k in range(len(texts)))
    assert all(session.flags[k] == [] for k in range(4))
    assert F.REPEATED in session.flags[4] and session.status(4) == review.NEEDS_REVIEW
    assert F.HIDDEN in session.flags[5] and session.status(5) == review.NEEDS_REVIEW
