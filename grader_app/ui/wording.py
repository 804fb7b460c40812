"""Plain words for figures the screens show (no Qt): the question a long prompt asks, how well a
model agrees with teachers, and how much it may take on its own."""
from __future__ import annotations

import re

from ..core.review import RiskPoint, point_at, risk_table

LONG_PROMPT = 400          # characters: a prompt this long carries a reading passage or a procedure
_ASKS = re.compile(r"\?|(^|[.,;:]\s+)(explain|describe|list|identify|use|compare|give|name|state|discuss|predict|"
                   r"justify|tell|write|how|what|why|which)\b", re.IGNORECASE)


def question_of(prompt: str) -> tuple[str, int]:
    """(the question a prompt asks, words of reading before it). A short prompt is the question; a
    long one (a passage or a procedure, then the task) gives its last paragraph that asks something,
    or "" when none of its last two paragraphs does (the model holds only the passage)."""
    text = (prompt or "").strip()
    paras = [p.strip() for p in text.splitlines() if p.strip()]
    if len(text) <= LONG_PROMPT or len(paras) < 2:
        return text, 0
    for i in range(len(paras) - 1, max(-1, len(paras) - 3), -1):
        if _ASKS.search(paras[i]):
            return paras[i], len(" ".join(paras[:i]).split())
    return "", len(text.split())


def short_question(prompt: str, title: str = "") -> str:
    """One line for a list of models: the question, or what the passage is when there is none."""
    q, before = question_of(prompt)
    if q:
        return q
    first = next((p.strip() for p in (prompt or "").splitlines() if p.strip()), "")
    return f"a question on the reading “{first[:60]}” ({before} words)" if first else (title or "—")


def agreement_words(student: float | None, humans: float | None = None) -> str:
    """How well the model's scores agree with teachers', in words: 'well (two teachers agree more
    closely)'. From the quadratic weighted kappa on answers it never saw (1 is perfect, 0.70 is the
    usual bar), against two teachers' agreement with each other when the bundle knows it."""
    if student is None:
        return "not measured"
    word = next((w for bar, w in ((0.8, "closely"), (0.7, "well"), (0.6, "fairly well"), (0.4, "weakly"))
                 if student >= bar), "poorly")
    if humans is None:
        return word
    if student >= humans - 0.05:
        return f"{word}, about as well as two teachers agree"
    return f"{word} (two teachers agree more closely)"


def takes_words(point: RiskPoint | None) -> str:
    """'the model takes 56 % of answers, at most 4 % wrong', or that it takes none on its own."""
    if point is None or point.coverage <= 0:
        return "the model takes no answer on its own: every answer comes to you"
    return (f"the model takes {point.coverage * 100:.0f} % of answers, at most "
            f"{point.error_upper * 100:.0f} % wrong")


def bundle_takes(manifest: dict) -> str:
    """What a bundle takes on its own at its own threshold (its calibration table), in words."""
    review = manifest.get("review", {}) or {}
    threshold = float(review.get("threshold", 1.0))
    pt = point_at(risk_table(review), threshold)
    if review.get("qualified") is False or threshold >= 1.0 or pt is None or pt.coverage <= 0:
        return "none on its own: every answer comes to you"
    return f"{pt.coverage * 100:.0f} % of answers, at most {pt.error_upper * 100:.0f} % wrong"


def why(session, key: int) -> str:
    """Why an answer came to the teacher, in words."""
    a = session.answers[key]
    pred = session.predictions.get(key)
    if pred is None:
        return "No model scores this question yet."
    if session.flags.get(key):
        return "Flagged answers always come to you."
    need = session.threshold(a.item)
    if pred.confidence < need:
        if need > 1.0:
            return "The model learned from your marks cannot vouch for any answer yet, so it takes none."
        return f"The model is unsure: {pred.confidence * 100:.0f} % is below the {need * 100:.0f} % it needs to score alone."
    return "The model is confident; you may still change its score."


def decision_text(session, key: int, group: bool = False) -> str:
    """The line under the model's bars: the teacher's score, or what the model says and why it is here.
    A blank answer gets no confidence figure (the model is sure of nothing there; the flag decides)."""
    from ..core.flags import BLANK
    from .score_buttons import fmt_score

    pred, dec = session.predictions.get(key), session.decisions.get(key)
    if dec is not None and not group:
        return f"Your score: {fmt_score(dec.score)}"
    if pred is not None:
        sure = "" if BLANK in session.flags.get(key, []) or not pred.valid else f" ({pred.confidence * 100:.0f} % sure)"
        text = f"Not decided yet. The model says {fmt_score(pred.score)}{sure}" + (" for the typical answer." if group else ".")
    else:
        text = "Not decided yet. Type the score."
    return text + " " + why(session, key)
