"""Answers written for the tests to ASAP-SAS set 6 ("List and describe three processes used by cells to control the
movement of substances across the cell membrane"), scored by the shipped set-6 bundle through onnxruntime: its decision
rule (expected-score cutpoints) picks another score than the likeliest on several of them (``parted``); and a class's
answers to it as a teacher's sheet holds them (``CLASS_ANSWERS``)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from grader_app.bundles.library import Library
from grader_app.core import review
from grader_app.core.grading import match_bundles
from grader_app.core.session import GradingSession
from grader_app.core.sheet import LONG, ColumnMapping, Sheet
from grader_app.workflow import score_all

SHIPPED = Path(__file__).resolve().parents[1] / "model_bundles"
TEXTS = [
    "Diffusion is when molecules spread out. Osmosis is water. Active transport needs ATP.",
    "One process is diffusion, where molecules move from high concentration to low concentration. Another is osmosis.",
    "Diffusion moves molecules from high to low concentration without energy. Osmosis is the diffusion of water. "
    "Active transport uses ATP to pump against the gradient.",
    "Cells use diffusion where things go from an area of high concentration to low concentration, and the membrane is "
    "selectively permeable.",
    "Diffusion moves things from high to low.",
    "Osmosis moves water from high to low. Diffusion moves particles from high to low.",
    "The cell wall controls what comes in.",
]

# a class's answers as a teacher's sheet holds them: from full marks to none, one left blank
CLASS_ANSWERS = [
    "Osmosis is the diffusion of water across the membrane. Active transport uses energy to pump substances against "
    "the concentration gradient. Facilitated diffusion uses channel proteins to let molecules through.",
    "Diffusion, osmosis and active transport.",
    "The cell membrane is selectively permeable so it only lets some things in.",
    "I don't know.",
    "Endocytosis engulfs large molecules, exocytosis releases them through vesicles, and pumps use ATP to move ions.",
    "The mitochondria makes energy.",
    "Passive transport moves substances from high to low concentration without energy.",
    "",
]


def scored(texts=TEXTS) -> GradingSession:
    """A session of ``texts`` to the question asap-sas-6, scored by the shipped bundle at its own threshold."""
    frame = pd.DataFrame({"Student ID": [f"S{i}" for i in range(len(texts))], "Question": ["asap-sas-6"] * len(texts),
                          "Answer": list(texts)}, dtype=object)
    session = GradingSession(Sheet(frame), ColumnMapping(layout=LONG, id_column="Student ID", item_column="Question",
                                                         answer_column="Answer"))
    score_all(session, match_bundles(session, Library.load([SHIPPED])))
    return session


def likeliest(session: GradingSession, key: int) -> tuple:
    """(the likeliest score of the answer's row, its probability), worked out here from the row itself."""
    p = session.predictions[key]
    return p.labels[int(np.argmax(p.probabilities))], max(p.probabilities)


def parted(session: GradingSession) -> list[int]:
    """The answers that need the teacher where the rule's pick is not the likeliest score."""
    return [k for k in range(len(session.answers)) if session.status(k) == review.NEEDS_REVIEW
            and session.predictions[k].score != likeliest(session, k)[0]]
