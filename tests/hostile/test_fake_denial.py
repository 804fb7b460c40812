"""Answers that deny the key facts they name, through the real scoring path (the shipped bundles, onnxruntime): the
set-6 model counts words, so "Diffusion does not move substances from high to low concentration ..." or a top
answer followed by "(just kidding, none of this is true)" got full marks, confident enough to be auto-accepted with
no flag (QA s51b #1). The "denies or negates" flag (grader_app/core/denial.py) sends such an answer to the teacher at
the model's score: it is not scored down, and an answer that denies and gets no credit ("i do not know") is left
alone. The flag holds only what the threshold would take; set 5's model, unsure of these answers at its own
threshold, holds them too at a teacher's lower one."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from scored_answers import session_over

from grader_app.bundles.library import Library
from grader_app.core import flags as F
from grader_app.core import review
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.io import write_graded
from grader_app.paths import bundled_models_dir
from grader_app.workflow import score_all

SET6, SET5 = "asap-sas-6", "asap-sas-5"
GOOD6 = ("Osmosis is the diffusion of water across the cell membrane. Active transport uses energy (ATP) and protein "
         "pumps to move substances against the concentration gradient, from low to high concentration. Passive "
         "transport moves substances from high to low concentration.")
HONEST6 = [  # the shipped model accepts each of them on its own, with no flag
    GOOD6,
    "Diffusion moves molecules from an area of high concentration to an area of low concentration. Osmosis is the "
    "movement of water across the membrane. Active transport uses energy and protein pumps to move molecules against "
    "the gradient.",
    "Protein channels let specific molecules into or out of the cell. Osmosis is the diffusion of water through the "
    "membrane. Active transport uses energy to pump substances from low to high concentration.",
    "the cell membrane controls what enters and leaves the cell",
    "i do not know the answer to this",   # denies, but the model gives it no credit: nothing is faked
]
# QA s51b's five answers: each denies every fact it names (a rater gives 0)
QA6 = [
    "Diffusion does not move substances from high to low concentration. Osmosis is not the movement of water across "
    "the membrane. Active transport does not use energy or ATP and there are no protein pumps or channels in the cell "
    "membrane.",
    "Cells do not use diffusion, osmosis or active transport. Substances never move from an area of high concentration "
    "to an area of low concentration, water never crosses the cell membrane, and the cell never uses energy to pump "
    "anything.",
    "None of these are true: diffusion moves molecules from high concentration to low concentration, osmosis moves "
    "water across the membrane, active transport uses energy and protein pumps. The cell membrane lets nothing through.",
    "Osmosis isn't the diffusion of water through the cell membrane. Passive transport doesn't go from high to low "
    "concentration. Active transport doesn't need ATP energy. Protein channels don't exist.",
    "It is false that active transport uses energy to move things against the concentration gradient, false that "
    "osmosis is water moving across the membrane, and false that diffusion goes from high to low concentration.",
]


def family(good: str) -> dict[str, str]:
    """A top answer turned against itself in the ways a student would try: a denial before or after it, a "not"
    (or "never", "isn't") put in, written so that a word list misses it."""
    def put(pattern: str, repl: str, count: int = 0) -> str:
        return re.sub(pattern, repl, good, count=count)

    verbs = r"\b(is|uses|moves|exits|travels|are|pairs)\b"
    return {
        "wrong: before it": "Wrong: " + good,
        "just kidding after it": good + " (just kidding, none of this is true)",
        "jk after it": good + " jk",
        "the opposite is true": "The opposite of this is true: " + good,
        "it is false that": "It is false that " + good[0].lower() + good[1:],
        "one not": put(verbs, r"\1 not", 1),
        "not everywhere": put(verbs, r"\1 not"),
        "never everywhere": put(verbs, r"never \1"),
        "isn't": put(r"\b(is|are)\b", r"\1n't"),
        "isnt without the apostrophe": put(r"\b(is|are)\b", r"\1nt"),
        "isn’t with a curly apostrophe": put(r"\b(is|are)\b", "\\1n\u2019t"),
        "NOT in capitals": put(verbs, r"\1 NOT"),
        "n0t with a zero": put(verbs, r"\1 n0t"),
        "nоt with a Cyrillic o": put(verbs, "\\1 n\u043et"),
        "n o t spelled out": put(verbs, r"\1 n o t"),
        "nottt stretched": put(verbs, r"\1 nottt"),
        "cross marks": "\u274c " + good.replace(". ", ". \u274c "),
        "I disagree": "My book says: " + good + " I disagree with all of it.",
        "untrue": good + " All of the above is untrue.",
        "a myth": "A common myth: " + good,
    }


@pytest.fixture(scope="module")
def library() -> Library:
    lib = Library.load([bundled_models_dir()])
    if not (lib.get(SET6) and lib.get(SET5)):
        pytest.skip("the shipped models are not installed")
    return lib


def scored(library: Library, texts, item: str) -> GradingSession:
    session = session_over(texts, item)
    score_all(session, match_bundles(session, library))
    return session


def without_the_flag(session: GradingSession, key: int) -> str:
    item, pred = session.answers[key].item, session.predictions[key]
    rest = [f for f in session.flags[key] if f != F.DENIES]
    return review.status_for(True, pred.confidence, rest, session.threshold(item), valid=pred.valid)


def test_answers_that_deny_the_key_go_to_the_teacher_at_the_models_score(library, tmp_path):
    session = scored(library, HONEST6 + QA6, SET6)
    assert session.threshold(SET6) < 1.0        # the shipped set-6 model takes answers on its own
    honest, denials = range(len(HONEST6)), range(len(HONEST6), len(HONEST6) + len(QA6))
    assert all(session.flags[k] == [] and session.status(k) == review.AUTO for k in honest)
    assert session.predictions[len(HONEST6) - 1].score == 0          # "i do not know": no credit, no flag
    would_take = [k for k in denials if without_the_flag(session, k) == review.AUTO]
    assert len(would_take) >= 3                  # the hole it closes: full marks, accepted unread
    for k in denials:
        pred = session.predictions[k]
        assert pred.score > 0 and session.status(k) != review.AUTO, (k, pred, session.flags[k])
        assert (F.DENIES in session.flags[k]) == (k in would_take)   # held where the threshold would take it
    for k in would_take:
        assert session.flags[k] == [F.DENIES] and session.predictions[k].score == 3   # not scored down
        assert session.final_score(k) is None and session.needs_teacher(k)
    frame = pd.read_csv(write_graded(session, tmp_path / "graded.csv"), dtype=str, keep_default_na=False)
    assert [frame["flags"][k] for k in would_take] == [F.DENIES] * len(would_take)
    assert [frame["status"][k] for k in would_take] == [review.NEEDS_REVIEW] * len(would_take)


@pytest.mark.parametrize("name", list(family(GOOD6)))
def test_a_top_answer_turned_against_itself_is_held(library, name):
    """Each alone beside the honest answers but the one it is made of (several would be copies of each other, or of it,
    which a flag holds anyway: "identical to another answer" sets punctuation and look-alike letters aside)."""
    honest = HONEST6[1:]
    session = scored(library, honest + [family(GOOD6)[name]], SET6)
    k = len(honest)
    assert session.predictions[k].score == 3 and without_the_flag(session, k) == review.AUTO   # the hole is real
    assert session.flags[k] == [F.DENIES] and session.status(k) == review.NEEDS_REVIEW
    assert all(session.status(i) == review.AUTO for i in range(len(honest)))


def test_the_flag_holds_only_what_the_threshold_would_take(library):
    session = scored(library, HONEST6 + QA6[:1], SET6)
    k = len(HONEST6)
    assert session.flags[k] == [F.DENIES]
    conf = session.predictions[k].confidence
    session.set_threshold(min(1.0, conf + 0.01), SET6)   # the teacher asks for more: it needs them anyway, unflagged
    assert session.flags[k] == [] and session.status(k) == review.NEEDS_REVIEW
    session.set_threshold(0.3, SET6)
    assert session.flags[k] == [F.DENIES] and session.status(k) == review.NEEDS_REVIEW
    session.forget_threshold(SET6)                        # the model's own threshold again
    assert session.flags[k] == [F.DENIES] and session.status(k) == review.NEEDS_REVIEW
    session.clear_predictions()
    assert session.flags[k] == [] and session.status(k) == review.UNSCORED


def test_set_5_holds_them_at_a_teachers_lower_threshold(library):
    good5 = ("mRNA exits the nucleus through the nuclear pore and travels to the ribosome. The codons on the mRNA are "
             "read, and the tRNA anticodon pairs with the complementary codon. The amino acids are joined by peptide "
             "bonds, starting at a start codon and ending at a stop codon.")
    qa5 = ["It is not true that mRNA exits the nucleus via the nuclear pore, that mRNA travels through the cytoplasm to "
           "the ribosome, that codons are read, that the tRNA anticodon recognizes the codon, or that amino acids are "
           "bonded with peptide bonds.",
           "mRNA never exits the nucleus via the nuclear pore. mRNA never travels through the cytoplasm to the ribosome. "
           "Codons are never read by rRNA. No tRNA anticodon recognizes a codon. Amino acids are never bonded together "
           "with peptide bonds."]
    attacks = qa5 + [family(good5)[n] for n in ("wrong: before it", "just kidding after it", "one not", "isn't")]
    for text in attacks:
        session = scored(library, [good5, "plants need light and water to grow well", text], SET5)
        assert session.status(2) == review.NEEDS_REVIEW and F.DENIES not in session.flags[2]   # unsure at 0.817
        session.set_threshold(0.15, SET5)
        assert session.status(0) == review.AUTO and session.predictions[0].score == 3
        assert session.predictions[2].score > 0 and session.flags[2] == [F.DENIES], text
        assert session.status(2) == review.NEEDS_REVIEW
