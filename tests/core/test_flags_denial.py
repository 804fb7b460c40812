"""The "denies or negates" flag (grader_app/core/denial.py, set with the model's row by core/model_flags.py): the cues
it reads as a teacher reads them, the words it leaves alone, when it is set (credit, a confidence the threshold takes,
the class's language), and on the real ASAP-SAS answers what it costs the shipped set 5 and 6 models
(scripts/denial_rates.py prints the figures)."""
from __future__ import annotations

import pytest

from grader_app.core import flags as F
from grader_app.core import review
from grader_app.core.denial import denial_cues, denies
from grader_app.core.model_flags import text_flags, with_model_flags
from grader_app.core.session import GradingSession, Prediction
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from long_sheets import sure_session
from plain_classes import ENGLISH, GERMAN

import pandas as pd

DENYING = {
    "Active transport does not use energy.": ["not"],
    "Osmosis isn't the diffusion of water.": ["isn't"],
    "Osmosis isn’t the diffusion of water.": ["isn't"],                 # a curly apostrophe
    "Osmosis isnt the diffusion of water and it doesnt need energy.": ["isnt", "doesnt"],
    "Diffusion dosen't go from high to low.": ["dosen't"],                # misspelt, still n't
    "None of these are true: osmosis moves water.": ["none"],
    "It is false that osmosis moves water.": ["false"],
    "Wrong: osmosis moves water.": ["wrong"],
    "The opposite of this is true: osmosis moves water.": ["opposite"],
    "Osmosis moves water (just kidding).": ["kidding"],
    "Osmosis moves water jk": ["jk"],
    "Osmosis NEVER moves water.": ["never"],
    "Osmosis does n0t move water.": ["not"],                              # a zero for the o
    "Osmosis does n\u043et move water.": ["not"],                         # a Cyrillic o
    "Osmosis does n\u03bft move water.": ["not"],                         # a Greek omicron
    "Osmosis does n o t move water.": ["not"],                            # spelled out
    "Osmosis does N.O.T. move water.": ["not"],
    "Osmosis does nottt move water.": ["not"],                            # stretched
    "Osmosis donot move water, we don`t know.": ["donot", "don't"],         # glued on, a backtick
    "Osmosis does n\u200bot move water.": ["not"],                        # a zero-width space inside
    "\u274c osmosis moves water": ["\u274c"],
    "Osmosis moves water. I disagree with all of it.": ["disagree"],
    "Osmosis moves water, but that is a myth.": ["myth"],
    "Osmosis cannot move water, nor can diffusion.": ["cannot", "nor"],
}
PLAIN = [
    "Osmosis is the diffusion of water across the membrane.",
    "Reverse osmosis pushes water the other way.",                 # a term, not a denial
    "Take note: another knot in the nucleotide chain.",            # words that only contain a cue
    "The notebook shows the cannon and a Nobel prize.",
    "T cells and the t-test, protein T.",
    "Active transport works without energy from outside.",         # a fact, as any other (not a denial of what is said)
    "",
]


@pytest.mark.parametrize("text", list(DENYING))
def test_a_denial_is_read_as_a_teacher_reads_it(text):
    assert denial_cues(text) == DENYING[text] and denies(text)


@pytest.mark.parametrize("text", PLAIN)
def test_words_that_only_look_like_a_cue_are_left_alone(text):
    assert denial_cues(text) == [] and not denies(text)


def _row(scale, score, confidence=0.9):
    rest = (1 - confidence) / (len(scale) - 1)
    return Prediction(tuple(confidence if v == score else rest for v in scale), tuple(scale))


def test_the_flag_needs_credit_and_a_confidence_the_threshold_takes():
    text, scale = "Osmosis is not the diffusion of water.", (0, 1, 2, 3)
    assert with_model_flags([], text, False, _row(scale, 3), denies=True, threshold=0.8) == [F.DENIES]
    assert with_model_flags([], text, False, _row(scale, 1), denies=True, threshold=0.8) == [F.DENIES]   # any credit
    assert with_model_flags([], text, False, _row(scale, 0), denies=True, threshold=0.8) == []   # 0: nothing faked
    assert with_model_flags([], text, False, _row(scale, 3, 0.7), denies=True, threshold=0.8) == []   # unsure anyway
    assert with_model_flags([], text, False, _row(scale, 3, 1.0), denies=True, threshold=1.0) == []   # takes nothing
    assert with_model_flags([], text, False, _row(scale, 3), denies=False, threshold=0.8) == []   # no cue, or not English
    assert with_model_flags([], text, False, _row(scale, 3)) == []        # by default nothing is weighed
    bad = Prediction((float("nan"), 0.5, 0.5, 0.0), scale)
    assert with_model_flags([F.DENIES], text, False, bad, denies=True, threshold=0.0) == [F.INVALID_OUTPUT]
    listed = "false: diffusion, osmosis, active transport"
    assert with_model_flags([], listed, False, _row(scale, 3), denies=True, threshold=0.5) == [F.TERM_LIST, F.DENIES]
    assert text_flags([F.DUPLICATE, F.DENIES, F.TERM_LIST, F.INVALID_OUTPUT]) == [F.DUPLICATE]
    assert F.DENIES in F.ALL_FLAGS and len(set(F.ALL_FLAGS)) == len(F.ALL_FLAGS)
    assert F.scored_alone([F.DENIES])        # never in a group whose score would reach it unread


DENIAL = "Osmosis does not move water and active transport does not use energy."


def test_a_class_is_read_for_the_denials_of_its_own_language():
    english = sure_session(ENGLISH + [DENIAL])
    assert english.english["q"] and english.flags[5] == [F.DENIES] and english.status(5) == review.NEEDS_REVIEW
    assert all(english.status(k) == review.AUTO for k in range(5))
    german = sure_session(GERMAN + ["Osmose bewegt kein Wasser, und aktiver Transport braucht nicht Energie.", DENIAL])
    assert not german.english["q"] and german.languages["q"] == "de"   # German cues (tests/core/test_denial_de_es.py)
    assert german.flags[5] == [F.DENIES] and german.flags[6] == [] and german.status(6) == review.AUTO


def test_the_flag_follows_the_threshold_and_the_row():
    session = sure_session(ENGLISH + [DENIAL], threshold=0.95)
    assert session.flags[5] == [] and session.status(5) == review.NEEDS_REVIEW     # unsure: it comes anyway
    change = session.set_threshold(0.8)
    assert session.flags[5] == [F.DENIES] and 5 in session.affected_keys(change)
    session.forget_threshold("q")
    assert session.flags[5] == []
    session.set_threshold(0.5, "q")
    session.set_predictions([5], [(0.9, 0.05, 0.05)])                                # scored 0 now: nothing faked
    assert session.flags[5] == [] and session.status(5) == review.AUTO


# ---- real answers ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def asap_sets():
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    return load_train()


@pytest.mark.parametrize("essay_set, most", [(5, 0), (6, 23)])   # 23: 1.3 % of set 6
def test_on_the_real_answers_it_holds_what_the_docs_say(asap_sets, essay_set, most):
    """README ("How answers are routed to the teacher"): of the answers the model would accept, the flag holds none of
    set 5's and 21 of set 6's 1,797 (1.2 %), every one scored right by the model (the installed students learned from
    most of these answers: in-sample)."""
    from grader_app.bundles.library import Library
    from grader_app.core.grading import match_bundles
    from grader_app.paths import bundled_models_dir
    from grader_app.workflow import score_all

    library = Library.load([bundled_models_dir()])
    item = f"asap-sas-{essay_set}"
    if not library.get(item):
        pytest.skip("the shipped models are not installed")
    part = asap_sets[asap_sets["EssaySet"] == essay_set]
    texts, raters = part["EssayText"].tolist(), part["Score1"].tolist()
    frame = pd.DataFrame({"id": [str(i) for i in range(len(texts))], "item": [item] * len(texts), "answer": texts},
                         dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    score_all(session, match_bundles(session, library))
    flagged = [k for k in range(len(texts)) if F.DENIES in session.flags[k]]
    pred = session.predictions
    rest = {k: [f for f in session.flags[k] if f != F.DENIES] for k in flagged}       # held anyway if any
    held = [k for k in flagged if review.status_for(True, pred[k].confidence, rest[k], session.threshold(item)) == review.AUTO]
    assert len(held) <= most
    assert all(session.predictions[k].score == raters[k] for k in held)
    assert sum(session.status(k) == review.AUTO for k in range(len(texts))) > 0.55 * len(texts)
