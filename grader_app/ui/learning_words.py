"""What the window says about a model that learns from the teacher's marks, in the interface's language.

:mod:`grader_app.learn.assistant` words its progress and its reasons for a suggestion in English (the
command line and the tests read them there); the window shows the same sentences through Qt's
translations: :func:`progress_words` follows :func:`grader_app.learn.assistant.progress_sentence` case by
case, and :func:`reason_words` translates the assistant's reasons (:data:`grader_app.learn.assistant.REASONS`).
:func:`bundle_title` says the title of a model learned beside another (:mod:`grader_app.learn.library_names`, whose
title is English in the file) in the interface's language, and :func:`question_name` the question of a sheet that names
none by its answer column's header (its key, :data:`~grader_app.learn.library_names.WHOLE_SHEET`, is data and stays
English).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..bundles.learned import fit_title
from ..bundles.manifest import MAX_TITLE
from ..io.headers import question_titles, question_words
from ..io.report import named_question
from ..learn.library_names import WHOLE_SHEET, learned_beside
from .i18n import QT_TRANSLATE_NOOP, percent, quoted, score

if TYPE_CHECKING:   # the assistant brings scipy and scikit-learn: not for the dialogs that show a model's title
    from ..learn.assistant import Progress

translate = QCoreApplication.translate
CONTEXT = "LearningWords"

# the assistant's reasons (grader_app.learn.assistant.REASONS), marked for translation
REASON_TEXTS = (
    QT_TRANSLATE_NOOP("LearningWords", "blank answers: one decision for all of them"),
    QT_TRANSLATE_NOOP("LearningWords", "the biggest group still open"),
    QT_TRANSLATE_NOOP("LearningWords", "a fair sample, so the model's guarantee can be checked"),
    QT_TRANSLATE_NOOP("LearningWords", "the model is least sure of these"),
)


# grader_app.learn.library_names.TITLE: a model learned from the teacher's marks for a question another model scores
LEARNED_TITLE = QT_TRANSLATE_NOOP("LearningWords", "{question} (learned from your marks)")


def bundle_title(bundle) -> str:
    """A model's title as the window shows it: a learned model's beside another in the interface's language."""
    question = learned_beside(bundle.manifest)
    if question is None:
        return bundle.title
    template = translate(CONTEXT, LEARNED_TITLE)   # its question cut as the file's title cuts it (fit_title)
    return template.format(question=fit_title(question, MAX_TITLE - len(template.format(question=""))))


def question_name(item: str, mapping=None) -> str:
    """A question's key as the window shows it: the one question of a sheet that names none by its answer column's
    header (:func:`~grader_app.io.headers.question_titles` of the sheet's ``mapping``: "Cell membrane"); where that
    header names no question ("Answer"), or without a ``mapping``, its key
    (:data:`~grader_app.learn.library_names.WHOLE_SHEET`) in the interface's language; a question headed by an LMS's
    question id and its words ("3318801: Use the results…", Canvas's Student Analysis) by its words
    (:func:`~grader_app.io.headers.question_words`: the id only where two questions would read the same); any other
    as it is."""
    if mapping is not None and (title := question_titles(mapping, generic=False).get(str(item))
                                or question_words(mapping).get(str(item))):
        return title
    return translate("LearningWords", "whole sheet") if item == WHOLE_SHEET else item


def with_question(template: str, question: str, **values) -> str:
    """``template`` (translated, with ``{question}``) filled with ``question``, a question's name as the window shows
    it (:func:`question_name`), and ``values``. The word just before ``{question}`` ("Question", "Pregunta", "question")
    is left out when the name begins with it or with the English "Question" (:func:`grader_app.io.report.named_question`):
    "Pregunta propia: ¿Qué opinas?", never "Pregunta Pregunta propia: ¿Qué opinas?".

    A name that is a whole sentence (it ends in ".", "?", "!" or "…", as a column headed by the question itself does)
    stands in the interface's quotation marks where the sentence goes on after it: "Question “Why does ice float?”:
    its model learns…", never "Question Why does ice float?: its model learns…" nor "…jar data. (no shipped model):"."""
    at = template.find("{question}")
    before = template[:at].rstrip() if at > 0 else ""
    words = before.split()
    if words and named_question(question, (words[-1], "Question")):
        template = before[:len(before) - len(words[-1])] + template[at:]
    return template.format(question=_sentence_quoted(template, question), **values)


SENTENCE_ENDS = (".", "?", "!", "…")
QUOTES = "“”„«»\"'‘’‚"


def sentence_name(name: str) -> str:
    """A question's ``name`` before a colon or more words of a sentence: in the interface's quotation marks where it
    ends as a sentence does ("“Why does ice float?”: 2", never "Why does ice float?: 2"), else as it is."""
    return quoted(name) if name.rstrip().endswith(SENTENCE_ENDS) else name


def _sentence_quoted(template: str, question: str) -> str:
    """``question`` in quotation marks where it ends as a sentence does and ``template`` goes on after it with more
    than a full stop, unless the template quotes it itself."""
    at = template.find("{question}")
    if at < 0 or not question.rstrip().endswith(SENTENCE_ENDS):
        return question
    end = at + len("{question}")
    before, after = template[at - 1:at], template[end:end + 1]
    if (before and before in QUOTES) or (after and after in QUOTES):
        return question
    return sentence_name(question) if template[end:].strip(" .") else question


def reason_words(reason: str) -> str:
    """Why Grader suggests a group, in the interface's language (an unknown reason as it is)."""
    return translate(CONTEXT, reason) if reason else ""


def progress_words(p: Progress) -> str:
    """:func:`grader_app.learn.assistant.progress_sentence` in the interface's language."""
    said = _progress_words(p)
    if p.own_marks_said:
        said += " " + translate("LearningWords", "Only marks on the answers Grader suggests count towards that; the %n "
                                                 "answers you chose yourself teach the model but do not.", "", p.uncounted)
    if not p.behind_said:   # the figures are the last fit's: the marks since it are not in them yet
        return said
    if p.newest == 0:
        return said + " " + translate("LearningWords", "The model has not learned from your latest changes to your marks "
                                                       "yet; it does when you pause.")
    return said + " " + translate("LearningWords", "The model has not learned from your newest %n marks yet; it does "
                                                   "when you pause.", "", p.newest)


def _progress_words(p: Progress) -> str:
    if p.total == 0:
        return translate("LearningWords", "No answers to this question.")
    if p.need_you == 0 and p.auto == 0:
        return translate("LearningWords", "Every answer to this question is decided.")
    if p.need_you == 0:
        return translate("LearningWords", "The model has taken this question's other %n answers on its own; check them in "
                                          "the table, or keep marking.", "", p.auto)
    if p.qualified and p.auto:
        left = p.auto + p.need_you
        if p.expected_accuracy:
            head = translate("LearningWords", "The model can take {auto} of this question's %n answers left (expected at "
                                              "least {percent} right)", "", left).format(
                auto=p.auto, percent=percent(int(p.expected_accuracy * 100 + 1e-9) / 100))
        else:
            head = translate("LearningWords", "The model can take {auto} of this question's %n answers left", "",
                             left).format(auto=p.auto)
        return head + translate("LearningWords", "; %n need you.", "", p.need_you)
    if p.beyond_sheet:
        return translate("LearningWords", "This question has only %n answers left, too few for the model to learn enough "
                                          "to take any; mark them yourself.", "", p.need_you + p.auto)
    if p.marks_needed is not None and p.could_take:
        return translate("LearningWords", "Mark at least %n more answers to this question; if the model agrees with you on "
                                          "them, it can take about {take} of the rest.", "",
                         p.marks_needed).format(take=p.could_take)
    if p.decided == 0:
        return translate("LearningWords", "Mark a few answers with different scores and the model starts learning from them.")
    if p.auto:
        return translate("LearningWords", "%n answers can be taken by the shipped model; keep marking and the model learns "
                                  "from you.", "", p.auto)
    if p.one_score is not None:
        return translate("LearningWords", "All your marks so far are {score}: mark an answer that deserves another score "
                                          "and the model starts learning.").format(score=score(p.one_score))
    if p.unlikely and p.agreed is not None and p.checked and p.must_be_right is not None:
        return translate("LearningWords", "The model will probably not take answers to this question: on answers it had "
                                          "not learned from, it agreed with {agreed} of your {checked} marks, and what it "
                                          "takes must be at least {percent} right. You will most likely mark the rest "
                                          "yourself; the model keeps learning from your marks and will take answers if "
                                          "it gets good enough.").format(
            agreed=p.agreed, checked=p.checked, percent=percent(int(p.must_be_right * 100 + 1e-9) / 100))
    if p.at_least is not None:
        if p.alike and p.grouped and p.units:
            return (translate("LearningWords", "Keep marking, since your marks so far fall in only %n groups of similar answers "
                                               "or answers marked together, each counted once", "", p.units)
                    + translate("LearningWords", "; the model needs marks on at least %n more answers unlike these before "
                                                 "it can take one.", "", p.at_least))
        if p.stalled and not p.rose:
            return (translate("LearningWords", "Keep marking, but the model cannot promise when it will take an answer: "
                                               "your last %n marks brought it little or no closer", "", p.stalled)
                    + translate("LearningWords", "; even if every further mark helps, it needs at least %n more marks.", "",
                                p.at_least))
        if p.rose:
            return translate("LearningWords", "Keep marking, since the model needs at least %n more marks before it can take an "
                                              "answer, more than before: on answers it had not learned from, it was right "
                                              "less often or less sure than it had seemed.", "", p.at_least)
        if p.alike:
            return translate("LearningWords", "Keep marking, since the model needs at least %n more marks before it can take an "
                                              "answer, and marks on more answers unlike each other, with more than one "
                                              "score, before it can tell how often it agrees with you.", "", p.at_least)
        if p.agreed is None or not p.checked or p.must_be_right is None:
            return translate("LearningWords", "Keep marking, since the model needs at least %n more marks before it can take an "
                                              "answer.", "", p.at_least)
        return translate("LearningWords", "Keep marking, since the model needs at least %n more marks before it can take "
                                          "an answer; on answers it had not learned from, it agreed with {agreed} of your "
                                          "{checked} marks and must be at least {percent} right.", "", p.at_least).format(
            agreed=p.agreed, checked=p.checked, percent=percent(int(p.must_be_right * 100 + 1e-9) / 100))
    return translate("LearningWords", "Keep marking, since the model cannot yet take any answer with a guarantee.")


def learning_now_words(scored: bool = False, starting: bool = False) -> str:
    """What a question says while its first model learns from marks that can teach it (a sheet opened again with its
    marks, or the second score just given), before that model scores its answers; ``scored``: the model it goes on
    from (made from a marked sheet) scores them meanwhile, and the table shows those scores; ``starting``: learning
    itself is still starting, slowly (the fitting process's first start on a busy computer: it is waited for)."""
    if starting and scored:
        return translate("LearningWords", "Learning is still starting, which takes longer on a busy computer; your "
                                          "marks are kept, and until the model has learned from them, the scores "
                                          "shown are those of the model learned before.")
    if starting:
        return translate("LearningWords", "Learning is still starting, which takes longer on a busy computer; your "
                                          "marks are kept, and the model scores the answers once it has learned from "
                                          "them.")
    if scored:
        return translate("LearningWords", "The model is learning again from your marks; until it is done, the scores "
                                          "shown are those of the model learned before.")
    return translate("LearningWords", "The model is learning from your marks; it scores the answers when it is done.")
