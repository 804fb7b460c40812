"""Whether an answer denies or negates (core.denial.denies) is read only for an answer with a model's row: DENIES
comes with the row (core.model_flags), and no other answer needs it. Opening a sheet read it for every answer (on a
Canvas report of 10,000 students x 6 questions, 60,000 readings and seconds of the opening, none of them used before
the answers were scored). The flags stay those of reading every answer at once: the class's language decides (a
German class's "nicht"), a threshold changed weighs the row again, and a question's text changed reads it anew."""
from __future__ import annotations

import random
from collections import Counter

import pandas as pd
import pytest

from grader_app.core import flags as F
from grader_app.core import session_readings
from grader_app.core.denial import denies
from grader_app.core.model_flags import with_model_flags
from grader_app.core.session import GradingSession, ItemInfo
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from plain_classes import ENGLISH, GERMAN

DENIAL = "Osmosis does not move water and active transport does not use energy."
NICHT = "Osmose bewegt kein Wasser, und aktiver Transport braucht nicht Energie."


@pytest.fixture
def readings(monkeypatch):
    """How many times each answer's text was read for a denial."""
    counts: Counter = Counter()
    real = session_readings.denies

    def counted(text, language="en"):
        counts[text] += 1
        return real(text, language)
    monkeypatch.setattr(session_readings, "denies", counted)
    return counts


def _session(classes: dict[str, list[str]]) -> GradingSession:
    rows = [(f"S{i}", item, text) for item, texts in classes.items() for i, text in enumerate(texts)]
    frame = pd.DataFrame(rows, columns=["id", "item", "answer"], dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="id", item_column="item",
                                                         answer_column="answer"))
    for item in classes:
        session.set_item_info(ItemInfo(item=item, bundle_id=item, labels=(0, 1, 2), default_threshold=0.6))
    return session


def _every_answer_read(session: GradingSession) -> dict[int, list[str]]:
    """The flags as they were worked out before: every answer read for a denial, its row weighed with it."""
    out = {}
    for a in session.answers:
        said = denies(a.text, session.languages[a.item])
        out[a.key] = with_model_flags(session.flags[a.key], a.text, session.lists_ok[a.item],
                                      session.predictions.get(a.key), denies=said, threshold=session.threshold(a.item))
    return out


def test_opening_reads_no_answer_for_a_denial_and_a_row_reads_its_own_once(readings):
    session = _session({"en": ENGLISH + [DENIAL], "de": GERMAN + [NICHT, DENIAL]})
    assert readings == Counter()          # no answer has a row yet: nothing read
    english, german = session.keys_for("en"), session.keys_for("de")
    session.set_predictions([english[5], german[5], german[6]], [(0.05, 0.05, 0.9)] * 3)
    assert readings == Counter({DENIAL: 2, NICHT: 1})     # the three answers with a row, once each
    assert session.flags[english[5]] == [F.DENIES]        # an English class reads "not"
    assert session.flags[german[5]] == [F.DENIES] and session.flags[german[6]] == []   # a German class, "nicht" only
    session.set_threshold(0.95)
    session.set_threshold(0.8)
    assert session.flags[english[5]] == [F.DENIES] and readings == Counter({DENIAL: 2, NICHT: 1})   # kept
    assert _every_answer_read(session) == dict(session.flags)


def test_a_question_given_a_new_text_reads_its_rows_again(readings):
    session = _session({"en": ENGLISH + [DENIAL]})
    keys = session.keys_for("en")
    session.set_predictions(keys, [(0.05, 0.05, 0.9)] * len(keys))
    assert readings[DENIAL] == 1 and sum(readings.values()) == len(keys)
    session.set_item_info(ItemInfo(item="en", bundle_id="en", labels=(0, 1, 2), default_threshold=0.6,
                                   prompt="Explain osmosis."))
    session.set_predictions(keys, [(0.05, 0.05, 0.9)] * len(keys))
    assert readings[DENIAL] == 2 and session.flags[keys[5]] == [F.DENIES]
    assert _every_answer_read(session) == dict(session.flags)


def test_on_real_answers_the_flags_are_those_of_reading_every_answer():
    from grader_app.distill.asap import asap_dir, load_train

    if not (asap_dir() / "train_rel_2.tsv").is_file():
        pytest.skip("the shared ASAP-SAS data is not at ../shared/data")
    train = load_train()
    classes = {f"set {s}": train[train["EssaySet"] == s]["EssayText"].tolist()[:600] for s in (1, 5, 6)}
    session = _session(classes)
    rng = random.Random(3)
    keys = [a.key for a in session.answers if rng.random() < 0.7]   # most answers scored, some not yet
    rows = []
    for _ in keys:
        top = rng.choice((0.5, 0.7, 0.9, 0.99))
        at = rng.randrange(3)
        rows.append(tuple(top if i == at else (1 - top) / 2 for i in range(3)))
    session.set_predictions(keys, rows)
    session.set_threshold(0.65, "set 5")
    held = sum(F.DENIES in f for f in session.flags.values())
    assert held > 50     # real answers deny: the comparison below weighs many rows
    assert _every_answer_read(session) == dict(session.flags)
