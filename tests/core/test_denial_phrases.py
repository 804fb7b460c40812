"""Negations that deny nothing of what the answer says (grader_app/core/denial.py, ``_AFFIRMING``): "Diffusion not only
moves particles from high to low concentration but also ..." says that diffusion moves them, so the "denies or
negates" flag must not send such a full-credit answer to the teacher; nor "no doubt", "nothing but bamboo", "doesn't
just", "last but not least"; "nicht nur … sondern auch", "kein Zweifel", "nichts als"; "no solo … sino también", "no
cabe duda", "no obstante". A real denial next to one still counts, read as the cues are (look-alike letters, spelled
out), and a phrase is one only when its words follow each other with spaces between: "not. Only" denies.

"It is not only wrong, it's backwards" is a denial: its "not only" says what follows it ("wrong") and more, and
"wrong" is a cue of its own. The phrase lifts only its own cue. "You can't just move it" says one cannot: a modal keeps
"just" a denial (the two such answers in ASAP-SAS both deny), while "would not only absorb light but also ..." affirms.

The answers here are written for the tests in the way the ASAP-SAS students write (set 3: "pandas eat nothing but
bamboo", sets 8-9: "last but not least", "isn't just"); the real answers are read at the end."""
from __future__ import annotations

import pandas as pd
import pytest

from grader_app.core import flags as F
from grader_app.core import review
from grader_app.core.class_language import DE, ES
from grader_app.core.denial import denial_cues, denies
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping, Sheet

AFFIRMING = [
    "Diffusion not only moves particles from high to low concentration but also spreads them out evenly.",
    "Active transport doesn't only use energy, it also needs protein pumps in the membrane.",
    "Active transport doesn’t only use energy (ATP), it needs carrier proteins too.",        # a curly apostrophe
    "The cell doesnt just let water in, it pumps ions out with ATP.",
    "Osmosis isn't just diffusion, it is the diffusion of water through a membrane.",
    "Pandas and koalas are specialists: the panda eats nothing but bamboo.",
    "There is no doubt that osmosis moves water across the membrane.",
    "No matter how much energy the cell has, passive transport goes from high to low concentration.",
    "Last but not least, the author explains how debris can harm spacecraft.",
    "Pythons eat many kinds of animals, not just one.",
    "Pythons are generalists, not to mention good swimmers.",
    "The dark lid would not only absorb light but would also make heat.",                    # a modal, then "only"
    "Not only did the plastic stretch, it broke.",
    "Diffusion NOT ONLY moves particles but also spreads them.",                              # capitals
    "Diffusion n\u043et \u043enly moves particles but also spreads them.",                   # Cyrillic o's
    "Diffusion n0t 0nly moves particles but also spreads them.",                              # zeros for the o's
    "Diffusion n o t only moves particles but also spreads them.",                            # spelled out
    "Diffusion N.O.T. only moves particles but also spreads them.",
    "Diffusion nottt only moves particles but also spreads them.",                            # stretched
    "Diffusion not   only moves particles but also spreads them.",                            # spaces
    "Diffusion not\u00a0only moves particles but also spreads them.",                         # a no-break space
    "Diffusion not on\u200bly moves particles but also spreads them.",                        # a zero-width space
]
DENYING = {
    # a real denial next to them still counts
    "It is not only wrong, it's backwards.": ["wrong"],
    "Diffusion not only moves particles but also does not need energy.": ["not"],
    "Not only did it not stretch, it got 1mm shorter.": ["not"],
    "Osmosis moves water. No doubt none of this is true.": ["none"],
    "Pandas eat nothing but lies about bamboo.": ["lies"],
    "Osmosis doesn't only move water, it isn't real.": ["isn't"],
    # the words of the phrase, but not one: punctuation or a new line between them
    "Osmosis does not. Only water moves.": ["not"],
    "Osmosis does not, only water moves.": ["not"],
    "Osmosis does not\nonly water moves.": ["not"],
    "Osmosis does n o t. Only water moves.": ["not"],
    "Osmosis moves water? No. Doubt it.": ["no"],
    "Pandas eat nothing, but koalas eat leaves.": ["nothing"],
    "Osmosis isn't. Just diffusion.": ["isn't"],
    # a modal keeps "just" a denial: one cannot
    "Pandas can't just move to another habitat.": ["can't"],
    "Pandas cannot just move to another habitat.": ["cannot"],
    "Pandas can not just move to another habitat.": ["not"],
    "You couldn't just let it go into the wild.": ["couldn't"],
    # restrictions that are denials, not phrases: "not always", "no longer"
    "Active transport does not always need ATP.": ["not"],
    "The cell no longer takes in water.": ["no"],
}
AFFIRMING_DE = [
    "Osmose bewegt nicht nur Wasser, sondern auch gelöste Teilchen in kleinen Mengen.",
    "Aktiver Transport braucht nicht bloß Energie, sondern auch Trägerproteine.",
    "Aktiver Transport braucht nicht bloss Energie, sondern auch Trägerproteine.",
    "Es gibt keinen Zweifel: Osmose ist die Diffusion von Wasser.",
    "Ohne Zweifel ist Osmose die Diffusion von Wasser.",                         # no cue in it at all
    "Pandas fressen nichts als Bambus.",
    "Nicht zuletzt braucht die Zelle Energie für den aktiven Transport.",
    "Osmose bewegt n\u0456cht nur Wasser, sondern auch Ionen.",                  # a Cyrillic і
]
DENYING_DE = {
    "Osmose bewegt nicht nur kein Wasser, sie existiert nicht.": ["kein", "nicht"],
    "Das ist nicht nur falsch, das ist Unsinn.": ["falsch", "unsinn"],
    "Osmose bewegt nicht. Nur Wasser bewegt sich.": ["nicht"],
}
AFFIRMING_ES = [
    "La ósmosis no solo mueve el agua sino también algunas sales.",
    "La ósmosis no sólo mueve el agua, sino también algunas sales.",
    "El transporte activo no solamente usa energía sino también proteínas.",
    "El transporte activo no únicamente usa energía, también usa bombas.",
    "No cabe duda de que la ósmosis mueve el agua.",
    "No hay duda: la ósmosis mueve el agua.",
    "Sin duda la ósmosis mueve el agua.",                                        # no cue in it at all
    "No obstante, la ósmosis mueve el agua a través de la membrana.",
    "La ósmosis n\u043e solo mueve el agua sino también sales.",                 # a Cyrillic о
]
DENYING_ES = {
    "La ósmosis no solo no mueve el agua, tampoco existe.": ["no", "tampoco"],
    "La ósmosis no mueve sal sino agua.": ["no"],                                # "no … sino" corrects: it denies
    "La ósmosis no. Solo el agua se mueve.": ["no"],
}


@pytest.mark.parametrize("text", AFFIRMING)
def test_a_negation_that_denies_nothing_is_no_cue(text):
    assert denial_cues(text) == [] and not denies(text)


@pytest.mark.parametrize("text", list(DENYING))
def test_a_real_denial_beside_or_like_them_still_counts(text):
    assert denial_cues(text) == DENYING[text] and denies(text)


@pytest.mark.parametrize("lang, text", [(DE, t) for t in AFFIRMING_DE] + [(ES, t) for t in AFFIRMING_ES])
def test_german_and_spanish_phrases_that_deny_nothing(lang, text):
    assert denial_cues(text, lang) == [] and not denies(text, lang)


@pytest.mark.parametrize("lang, text", [(DE, t) for t in DENYING_DE] + [(ES, t) for t in DENYING_ES])
def test_german_and_spanish_denials_beside_them_still_count(lang, text):
    assert denial_cues(text, lang) == {**DENYING_DE, **DENYING_ES}[text]


# ---- through the flags, with the shipped set-6 model ----------------------------------------------------------------

GOOD6 = ("Osmosis is the diffusion of water across the cell membrane. Active transport uses energy (ATP) and protein "
         "pumps to move substances against the concentration gradient, from low to high concentration. Passive "
         "transport moves substances from high to low concentration.")
HONEST6 = [
    "Diffusion moves molecules from an area of high concentration to an area of low concentration. Osmosis is the "
    "movement of water across the membrane. Active transport uses energy and protein pumps to move molecules against "
    "the gradient.",
    "Protein channels let specific molecules into or out of the cell. Osmosis is the diffusion of water through the "
    "membrane. Active transport uses energy to pump substances from low to high concentration.",
    "the cell membrane controls what enters and leaves the cell",
]
FULL_CREDIT = [   # each a full-credit answer the model accepts on its own
    "Diffusion not only moves particles from high to low concentration but also spreads them out evenly. Osmosis is "
    "the diffusion of water across the cell membrane. Active transport uses energy (ATP) and protein pumps to move "
    "substances against the concentration gradient.",
    GOOD6.replace("Active transport uses energy (ATP) and protein pumps to move",
                  "Active transport doesn't only use energy (ATP), it also uses protein pumps to move"),
    GOOD6.replace("Osmosis is the", "Osmosis is no doubt the"),
    GOOD6.replace("Osmosis is the", "Osmosis is nothing but the").replace("Passive", "Last but not least, passive"),
    GOOD6.replace("and protein pumps", "and protein pumps, not just channels,"),
]
HELD = [          # and beside them, real denials the model would accept
    GOOD6 + " All of this is not only wrong, it's backwards.",
    GOOD6 + " No doubt none of this is true.",
    GOOD6 + " Not. Only kidding.",
    FULL_CREDIT[0].replace("Osmosis is the", "Osmosis is not the"),
]


@pytest.fixture(scope="module")
def library():
    from grader_app.bundles.library import Library
    from grader_app.paths import bundled_models_dir

    lib = Library.load([bundled_models_dir()])
    if not lib.get("asap-sas-6"):
        pytest.skip("the shipped models are not installed")
    return lib


def _scored(library, text):
    from grader_app.core.grading import match_bundles
    from grader_app.workflow import score_all

    texts = HONEST6 + [text]
    frame = pd.DataFrame({"id": [f"S{i}" for i in range(len(texts))], "item": ["asap-sas-6"] * len(texts),
                          "answer": texts}, dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    score_all(session, match_bundles(session, library))
    return session, len(HONEST6)


@pytest.mark.parametrize("text", FULL_CREDIT)
def test_a_full_credit_answer_that_says_not_only_is_accepted(library, text):
    session, k = _scored(library, text)
    pred = session.predictions[k]
    assert pred.score == 3 and pred.confidence >= session.threshold("asap-sas-6")
    assert session.flags[k] == [] and session.status(k) == review.AUTO


@pytest.mark.parametrize("text", HELD)
def test_a_denial_beside_them_is_still_held(library, text):
    session, k = _scored(library, text)
    assert session.predictions[k].score == 3 and session.flags[k] == [F.DENIES]
    assert session.status(k) == review.NEEDS_REVIEW


def test_on_the_real_answers_the_phrases_take_no_cue():
    """ASAP-SAS set 3 asks how pandas and koalas differ from pythons; its article says the panda "eats almost nothing
    but bamboo", and 436 answers say it after it; the phrases took the only cue of 326. A cue is left in 608 of its 1,808
    answers (33.6 %; 934, 51.7 %, before), and every answer that says "not only" or "not just" and has a cue has
    another one (scripts/denial_rates.py prints the figures of every set)."""
    import re

    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    frame = load_train()
    set3 = frame[frame["EssaySet"] == 3]["EssayText"].tolist()
    assert sum(denies(t) for t in set3) < 0.4 * len(set3)
    assert not any("nothing" in denial_cues(t) for t in set3 if re.search(r"\bnothing but\b", t, re.I)
                   and not re.search(r"\bnothing\b(?! but\b)", t, re.I))
    texts = frame["EssayText"].tolist()
    for t in texts:
        if re.search(r"\bnot (only|just)\b", t, re.I) and not re.search(r"\bnot\b(?! (only|just)\b)", t, re.I):
            assert "not" not in denial_cues(t), t
