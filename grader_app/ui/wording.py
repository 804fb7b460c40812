"""Plain words for figures the screens show: the question a long prompt asks, how well a model agrees
with teachers, how much it may take on its own, and the sentence at the top of the results. Every
sentence is translated (context "wording"); the figures are in the interface's locale."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..bundles.manifest import DIGEST_FIELD, bundle_takes_alone
from ..core.review import AUTO, NEEDS_REVIEW, TEACHERS, UNSCORED, RiskPoint, expected_accuracy
from .i18n import percent, percent_against, percent_down
from .i18n import score as fmt_score
from .learning_words import with_question

translate = QCoreApplication.translate

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
    if not first:
        return title or "—"
    return translate("wording", "a question on the reading “{passage}” (%n words)", "", before).format(passage=first[:60])


def agreement_words(student: float | None, humans: float | None = None) -> str:
    """How well the model's scores agree with teachers', in words under the column "Agrees with teachers": "well, but
    not as well as a second teacher". From the quadratic weighted kappa on answers it never saw (1 is perfect, 0.70 is
    the usual bar), against two teachers' agreement with each other when the bundle knows it: the model beside a second
    teacher scoring the same answers (it said "well. Two teachers agree more closely with each other.", which a
    teacher had to read twice to see that it meant the model does worse than a colleague)."""
    if student is None:
        return translate("wording", "not measured")
    words = ((0.8, translate("wording", "closely")), (0.7, translate("wording", "well")),
             (0.6, translate("wording", "fairly well")), (0.4, translate("wording", "weakly")))
    word = next((w for bar, w in words if student >= bar), translate("wording", "poorly"))
    if humans is None:
        return word
    if student >= humans - 0.05:
        return translate("wording", "{how}, about as well as a second teacher").format(how=word)
    return translate("wording", "{how}, but not as well as a second teacher").format(how=word)


def takes_words(point: RiskPoint | None) -> str:
    """'the model takes 56 % of answers, at most 4 % wrong', or that it takes none on its own."""
    if point is None or point.coverage <= 0:
        return translate("wording", "the model takes no answer on its own: every answer comes to you")
    return translate("wording", "the model takes {share} of answers, at most {wrong} wrong").format(
        share=percent(point.coverage), wrong=percent(point.error_upper))


def takes_below_table_words(taken: int, total: int, lowest: float) -> str:
    """Below the lowest threshold the model was checked at: how many answers it takes here, and that no error
    rate was measured for such a threshold (its table says nothing about it)."""
    return translate("wording", "the model takes {taken} of this question's %n answers on its own, but no error "
                     "rate was measured for a threshold this low (the lowest it was checked at is {lowest})", "",
                     total).format(taken=taken, lowest=percent(lowest))


def bundle_takes(manifest: dict) -> str:
    """What a bundle takes on its own at its own threshold, in words: the figure ``grader bundles`` prints too
    (:func:`grader_app.bundles.review_rules.takes_alone`, read as scoring reads the threshold)."""
    if DIGEST_FIELD not in manifest:
        return translate("wording", "none on its own: its file carries no seal of its settings")
    takes = bundle_takes_alone(manifest)
    if takes is None:
        return translate("wording", "none on its own: every answer comes to you")
    if takes.share is None or takes.wrong is None:
        return translate("wording", "some answers on its own; its risk table does not say how many")
    return translate("wording", "{share} of answers, at most {wrong} wrong").format(share=percent(takes.share),
                                                                                    wrong=percent(takes.wrong))


def learned_agreement(manifest: dict) -> str:
    """How often a model learned from the teacher's marks gave her mark, out of fold (on answers it had not learned
    from, as the learning line says it), in words; "" for any other model, or one whose figures do not say."""
    figures = _learned_figures(manifest)
    if figures is None:
        return ""
    agreed, n, _ = figures
    return translate("wording", "on answers it had not learned from, it agreed with {agreed} of your %n marks", "",
                     n).format(agreed=agreed)


def learned_agreement_forms(manifest: dict) -> list[str]:
    """For a model learned from the teacher's marks, what was measured, under the column "Agrees with teachers": how
    often it gave her mark on answers it had not learned from ("gave your mark on 67 of 100 answers it had not learned
    from"), then shorter forms for a narrow column ("your mark on 67 of 100 answers", "67 %"); [] for any other model, or one
    whose figures do not say. The word for a QWK ("closely", at 0.82) said nothing of the 33 marks of 100 it did not
    give, and "teachers" were the teacher herself."""
    figures = _learned_figures(manifest)
    if figures is None:
        return []
    agreed, n, share = figures
    return list(dict.fromkeys([
        translate("wording", "gave your mark on {agreed} of %n answers it had not learned from", "", n).format(
            agreed=agreed),
        translate("wording", "your mark on {agreed} of %n answers", "", n).format(agreed=agreed),
        percent(share)]))


def _learned_figures(manifest: dict) -> tuple[int, int, float] | None:
    """(marks it gave, marks checked, their share) out of fold, for a model learned from the teacher's marks."""
    student = (manifest.get("metrics") or {}).get("student") or {}
    share, n = student.get("accuracy"), student.get("n")
    if not (manifest.get("provenance") or {}).get("learned_from") or not isinstance(share, (int, float)) \
            or isinstance(n, bool) or not isinstance(n, int) or n <= 0:
        return None
    return round(share * n), n, float(share)


def bundle_agreement_forms(student: float | None, humans: float | None = None) -> list[str]:
    """:func:`agreement_words` for a bundle in the model library, then a shorter form for a narrow column (the word
    alone, "closely"); the whole is in the tooltip. A model that takes no answer on its own says it in the same words:
    the column beside says "none on its own: every answer comes to you" (it said "closely, but sure of no single answer"
    here too, the next column's news again in words a teacher could not read at a glance)."""
    return list(dict.fromkeys([agreement_words(student, humans), agreement_words(student)]))


def bundle_takes_forms(manifest: dict) -> list[str]:
    """:func:`bundle_takes`'s words, then shorter forms for a narrow column of the model library (longest first):
    "none", "some", or "56 %, at most 4 % wrong" then "56 %" (under the column's title "Takes on its own"). The whole is
    in the tooltip."""
    forms = [bundle_takes(manifest)]
    takes = bundle_takes_alone(manifest) if DIGEST_FIELD in manifest else None
    if takes is None:
        forms.append(translate("wording", "none", "answers a model takes on its own, in a narrow column"))
    elif takes.share is None or takes.wrong is None:
        forms.append(translate("wording", "some", "answers a model takes on its own, in a narrow column"))
    else:
        forms += [translate("wording", "{share}, at most {wrong} wrong").format(share=percent(takes.share),
                                                                               wrong=percent(takes.wrong)),
                  percent(takes.share)]
    return list(dict.fromkeys(forms))


def takes_none(session, item: str) -> bool:
    """A model scores ``item``, but at its threshold (100 % or more) it is never sure enough to take an answer on its
    own: every answer comes to the teacher, the model's score a suggestion. A model learned from the teacher's marks
    that cannot vouch for any answer yet (``takes_nothing_yet``) has its own words (:mod:`.learning_words`)."""
    info = session.items.get(item)
    return info is not None and bool(info.bundle_id) and not info.takes_nothing_yet and session.threshold(item) >= 1.0


def takes_none_note(session, item: str, question: str) -> str:
    """Once for a question whose model takes no answer on its own (:func:`takes_none`), why every answer comes to the
    teacher: its model qualified no threshold, or the teacher asked for 100 %; "" for any other question.
    ``question`` names it as the screen does."""
    if not takes_none(session, item):
        return ""
    if session.items[item].unsealed:   # nothing tells whether its threshold or calibration were edited
        text = translate("wording", "Question {question}: its model's file carries no seal of its settings (a model "
                         "file of an older Grader, or one whose seal was removed), so Grader cannot tell whether its "
                         "thresholds were changed and does not let it score any answer without you; the model's score is "
                         "only a suggestion. Install a fresh copy of the model, or learn it again, to have it take "
                         "answers.")
    elif session.items[item].default_threshold >= 1.0:   # its model's own: no threshold kept its mistakes in bounds
        text = translate("wording", "Question {question}: its model is not sure enough of any answer to score it "
                         "without you, so every answer to this question is yours to check; the model's score is "
                         "only a suggestion.")
    else:
        text = translate("wording", "Question {question}: at the {needed} you asked for, the model scores no answer "
                         "to this question without you, so every answer is yours to check; the model's score is only "
                         "a suggestion.")
    return with_question(text, question, needed=percent(min(1.0, session.threshold(item))))


def takes_none_short(session, item: str) -> str:
    """:func:`takes_none_note` in one short sentence, for a page too short for it whole (the whole note is its tooltip
    there): that every answer is the teacher's to check, and the reason in a few words; "" for any other question."""
    if not takes_none(session, item):
        return ""
    if session.items[item].unsealed:
        return translate("wording", "Every answer here is yours to check: the model's file has no seal.")
    if session.items[item].default_threshold >= 1.0:
        return translate("wording", "Every answer here is yours to check: the model is not sure enough.")
    return translate("wording", "Every answer here is yours to check at the {needed} you asked for.").format(
        needed=percent(min(1.0, session.threshold(item))))


def spread_out(session, key: int) -> bool:
    """Does the answer come to the teacher only for its model's decision rule? Its likeliest score (the one shown)
    reaches the threshold, but the rule's score, whose probability the threshold reads (``docs/bundle-format.md``), does
    not: the rest of the probability lies on scores far from the likeliest. No flag, and a model that takes answers."""
    pred, said = session.predictions.get(key), session.model_row(key)
    item = session.answers[key].item
    if pred is None or said is None or session.flags.get(key) or takes_none(session, item):
        return False
    return pred.confidence < session.threshold(item) <= said.confidence


def fitted_to_mark() -> str:
    """Why the review shows no score of the model on an answer the teacher marked, on a question whose model learns
    from her marks (``GradingSession.learned_from_mark``: the results table and the exports show none either)."""
    return translate("wording", "This question's model learned from your mark on this answer: its score for it is "
                     "fitted to that mark and checks nothing, so it is not shown.")


def why(session, key: int) -> str:
    """Why an answer came to the teacher, in words."""
    a = session.answers[key]
    pred = session.predictions.get(key)
    if pred is None:
        return translate("wording", "No model scores this question yet.")
    if session.learned_from_mark(key):   # her mark: the model's certainty about it is its fit to that mark
        return fitted_to_mark()
    if session.flags.get(key):
        return translate("wording", "Flagged answers always come to you.")
    need = session.threshold(a.item)
    if takes_none(session, a.item):   # no confidence passes it: "below the 100 % it needs" would ask the impossible
        if session.items[a.item].unsealed:
            return translate("wording", "Every answer to this question comes to you: its model's file carries no seal "
                             "of its settings, so Grader does not let it score alone.")
        if session.items[a.item].default_threshold >= 1.0:
            return translate("wording", "Every answer to this question comes to you: its model is not sure enough of "
                             "any answer to score it alone.")
        return translate("wording", "At the {needed} you asked for, the model scores no answer to this question "
                         "alone.").format(needed=percent(min(1.0, need)))
    said = session.model_says(key) or pred   # the likeliest score, unless the model takes the answer alone
    if spread_out(session, key):
        shown, needed = percent_against(said.confidence, need)   # the two figures agree with "reaches"
        return translate("wording", "Though {confidence} reaches the {needed} it needs, the model does not score "
                         "this answer alone: the rest of its probability lies on scores far from {score}.").format(
            confidence=shown, needed=needed, score=fmt_score(said.score))
    if pred.confidence < need:   # the threshold reads the decision rule's score (what its risk table is measured on)
        if need > 1.0:
            return translate("wording", "The model learned from your marks cannot vouch for any answer yet, so it "
                             "takes none.")
        shown, needed = percent_against(said.confidence, need)   # the two figures agree with "below"
        return translate("wording", "The model is unsure: {confidence} is below the {needed} it needs to score "
                         "alone.").format(confidence=shown, needed=needed)
    if not pred.rule_is_likeliest:   # taken alone with its rule's score, not the tallest bar (a threshold under 50 %)
        return translate("wording", "The model scores this answer alone: at a threshold this low, it gives the score "
                         "that weighs all its probabilities, not always the likeliest one; you may still change it.")
    return translate("wording", "The model is confident; you may still change its score.")


def decision_text(session, key: int, group: bool = False, still_open: int = 0) -> str:
    """The line under the model's bars: the teacher's score, or what the model says and why it is here.
    A blank answer's confidence is said as any other's (the bars above, the table and the graded sheet give it).
    ``group``: ``key`` is the typical answer of a group whose ``still_open`` members (one or more) have no score yet."""
    # the score the model gives: the likeliest one (the ◀ model bar, what Enter accepts), unless it takes the answer alone
    pred, dec = session.model_says(key), session.decisions.get(key)
    # why the bars are gone (answer_card): the model's score for it is fitted to that very mark
    fitted = " " + fitted_to_mark() if dec is not None and session.learned_from_mark(key) else ""
    if dec is not None and not group:
        mine = translate("wording", "Your score: {score}").format(score=fmt_score(dec.score))
        return mine + "." + fitted if fitted else mine
    if dec is not None:   # the typical answer scored, members that differ left open: not "Not decided yet"
        return translate("wording", "Your score for the typical answer: {score}. %n answers of the group are still "
                         "open.", "", max(1, still_open)).format(score=fmt_score(dec.score)) + fitted
    if pred is not None and pred.valid:   # an invalid model output is no score: type it (its flag says why)
        score = translate("wording", "{score} ({percent} sure)").format(score=fmt_score(pred.score),
                                                                     percent=percent_down(pred.confidence))
        if takes_none(session, session.answers[key].item):   # why: said once, above the card (takes_none_note)
            if group:
                text = translate("wording", "Not decided yet. The model suggests {score} for the typical answer.")
            else:
                text = translate("wording", "Not decided yet. The model suggests {score}.")
            flagged = session.flags.get(key)
            return text.format(score=score) + (" " + why(session, key) if flagged else "")
        if group:
            text = translate("wording", "Not decided yet. The model says {score} for the typical answer.")
        else:
            text = translate("wording", "Not decided yet. The model says {score}.")
        text = text.format(score=score)
    else:
        text = translate("wording", "Not decided yet. Type the score.")
    return text + " " + why(session, key)


@dataclass(frozen=True)
class Unestimated:
    """The auto-accepted answers with no accuracy estimate (their question's threshold has no row in its model's
    risk table): how many, their questions, how many models took them and whether the sheet has other models."""

    count: int
    questions: tuple[str, ...] = ()
    models: int = 1
    only_model: bool = True


def unestimated_model(u: Unestimated) -> str:
    """Which model(s) the answers without an estimate come from, for the sentence at the top."""
    if u.models > 1:
        return translate("wording", "their models")
    if u.only_model:
        return translate("wording", "this model")
    return translate("wording", "the model of {questions}").format(questions=", ".join(u.questions))


def plain_sentence(need: int, auto: int, expected: float | None, unscored: int = 0, decided: int = 0,
                   unestimated: Unestimated | None = None) -> str:
    """:func:`grader_app.core.review.plain_sentence` in the interface's language: '38 answers need you;
    the other 212 are expected to be at least 95 % right.', 'You decided 60 answers and 24 need you; the other
    6 ...' (the same words in English). The answers no model scores are among those that need the teacher:
    '26 answers need you (2 with no model to score them); the other ...', so the numbers add up. ``unestimated``:
    the auto-accepted answers with no accuracy estimate (:func:`session_sentence` works it out); ``expected``
    is then the estimate for the others. Without it, ``expected`` None means no estimate for any of them."""
    if need == 0 and auto == 0 and not unscored:
        if decided:
            return translate("wording", "Every answer has its score: you decided %n.", "", decided)
        return translate("wording", "No answers to grade yet.")
    if decided:   # the teacher's decisions come first, so that "the other ..." counts every answer there is
        head = translate("wording", "You decided %n answers", "", decided)
        if need:   # the answers no model scores need the teacher too: counted here, so the numbers add up
            head += translate("wording", " and %n need you", "", need + unscored)
        elif unscored:
            head += translate("wording", " and %n need you: no model scores them", "", unscored)
    elif need:
        head = translate("wording", "%n answers need you", "", need + unscored)
    elif unscored:   # every answer left is one no model scores: they are the ones that need the teacher
        head = translate("wording", "%n answers need you: no model scores them", "", unscored)
    else:
        head = translate("wording", "No answer needs you")
    if need and unscored:
        head += translate("wording", " (%n with no model to score them)", "", unscored)
    u = unestimated if unestimated is not None else Unestimated(auto if expected is None else 0)
    without = min(auto, u.count)
    known = auto - without
    if auto == 0:
        tail = ""
    elif known == 0 and u.models == 1 and u.only_model:
        tail = translate("wording", "; the other %n are accepted with no accuracy estimate for this model", "", auto)
    elif known == 0:
        tail = translate("wording", "; the other %n are accepted with no accuracy estimate for {model}", "", auto).format(
            model=unestimated_model(u))
    elif without == 0:
        tail = translate("wording", "; the other %n are expected to be at least {percent} right", "", auto).format(
            percent=_floor_percent(expected))
    else:   # some answers with an estimate, some without: each part says its own
        tail = (translate("wording", "; of the other {total}, %n are expected to be at least {percent} right", "",
                          known).format(total=auto, percent=_floor_percent(expected))
                + translate("wording", " and %n are accepted with no accuracy estimate for {model}", "", without).format(
                    model=unestimated_model(u)))
    return head + tail + "."


def _floor_percent(expected: float | None) -> str:
    pct = int((expected or 0.0) * 100 + 1e-9)   # rounded down, as the command line says it
    return percent(pct / 100)


def session_sentence(session, counts: dict[str, int] | None = None) -> str:
    """The sentence at the top of the results for ``session`` (pure; may run on a worker thread). Unlike
    ``session.expected_accuracy()``, which has no estimate as soon as one question lacks it, each question's
    auto-accepted answers count where they belong: with an estimate, or without one (and whose model)."""
    c = counts if counts is not None else session.counts()
    known = total = 0.0
    without: dict[str, int] = {}   # question -> its auto-accepted answers without an estimate
    for item in session.item_keys():
        n = sum(1 for k in session.keys_for(item) if session.status(k) == AUTO)
        if not n:
            continue
        acc = expected_accuracy(list(session.items[item].risk), session.threshold(item))
        if acc is None:
            without[item] = n
        else:
            known += n * acc
            total += n
    unestimated = None
    if without:
        model_of = {it: session.items[it].bundle_id or it for it in session.item_keys() if session.items[it].bundle_id}
        unestimated = Unestimated(count=sum(without.values()), questions=tuple(without),
                                  models=len({model_of.get(it, it) for it in without}),
                                  only_model=len(set(model_of.values())) <= 1)
    return plain_sentence(c[NEEDS_REVIEW], c[AUTO], known / total if total else None,
                          unscored=c[UNSCORED], decided=sum(c[t] for t in TEACHERS),
                          unestimated=unestimated)
