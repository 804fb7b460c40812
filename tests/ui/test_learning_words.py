"""The learned model's progress and the reasons for a suggestion, as the window shows them: the assistant's English
sentences (grader_app.learn.assistant) in the interface's language. In German they were shown in English
("Lernt aus Ihren Bewertungen: Keep marking: ...")."""
from __future__ import annotations

import pytest

from grader_app.learn.assistant import Progress, progress_sentence
from grader_app.learn.suggestion import REASONS
from grader_app.ui import i18n
from grader_app.ui.learning_words import REASON_TEXTS, progress_words, reason_words
from in_language import in_language


def cases(k: int) -> list[Progress]:
    """One Progress per branch of progress_sentence, with ``k`` where a count is said."""
    return [
        Progress(total=0, decided=0, auto=0, need_you=0, qualified=False, marks_needed=None, could_take=None),
        Progress(total=40, decided=40, auto=0, need_you=0, qualified=False, marks_needed=None, could_take=None),
        Progress(total=40, decided=40 - k, auto=k, need_you=0, qualified=True, marks_needed=None, could_take=None),
        Progress(total=40, decided=10, auto=30, need_you=k, qualified=True, marks_needed=None, could_take=None,
                 expected_accuracy=0.957),
        Progress(total=40, decided=10, auto=30, need_you=k, qualified=True, marks_needed=None, could_take=None),
        Progress(total=40, decided=10, auto=0, need_you=30, qualified=False, marks_needed=k, could_take=12),
        Progress(total=40, decided=0, auto=0, need_you=40, qualified=False, marks_needed=None, could_take=None),
        Progress(total=40, decided=5, auto=k, need_you=30, qualified=False, marks_needed=None, could_take=None),
        Progress(total=40, decided=25, auto=0, need_you=15, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, agreed=12, checked=25, must_be_right=0.95, unlikely=True),
        Progress(total=40, decided=20, auto=0, need_you=20, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, agreed=12, checked=20, must_be_right=0.95, stalled=10 + k),   # the marks moved it little
        Progress(total=40, decided=25, auto=0, need_you=15, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, agreed=12, checked=25 - k, must_be_right=0.95, behind=True, newest=k),   # a fit waits
        Progress(total=40, decided=25, auto=0, need_you=15, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, agreed=12, checked=26, must_be_right=0.95, behind=True),   # ... after a mark taken back
        Progress(total=40, decided=10, auto=0, need_you=30, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, alike=True),
        Progress(total=40, decided=30, auto=0, need_you=10, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, alike=True, grouped=True, units=k),        # marks in few groups of near-copies
        Progress(total=40, decided=30, auto=0, need_you=10, qualified=False, marks_needed=None, could_take=None,
                 at_least=k, agreed=20, checked=30, must_be_right=0.95, rose=True),   # the check found it weaker
        Progress(total=40, decided=12, auto=0, need_you=28, qualified=False, marks_needed=None, could_take=None,
                 one_score=1),                                            # every mark so far one score
        Progress(total=40, decided=5, auto=0, need_you=35, qualified=False, marks_needed=None, could_take=None),
    ]


def test_every_reason_of_the_assistant_is_marked_for_translation():
    assert set(REASONS) == set(REASON_TEXTS)


def test_in_english_the_window_says_what_the_assistant_says():
    """At one and at many: at one the assistant said "accept them", "1 need you" where the window says "accept it",
    "1 needs you". The window's percentages keep their number and sign on one line (a no-break space between)."""
    assert i18n.install("en")
    for k in (1, 3):
        for i, p in enumerate(cases(k)):
            if (k, i) != (1, 2):   # its singular comes with the English catalogue (after merging)
                assert progress_words(p) == i18n.unbroken(progress_sentence(p))
    # what is true: the model took them already (there is no "accept" command), and the table shows them
    assert progress_words(cases(3)[2]) == ("The model has taken this question's other 3 answers on its own; check them "
                                           "in the table, or keep marking.")
    assert progress_sentence(cases(1)[2]) == ("The model has taken this question's other 1 answer on its own; check it "
                                              "in the table, or keep marking.")
    assert progress_words(cases(1)[3]).endswith("; 1 needs you.")
    assert [reason_words(r) for r in REASONS] == list(REASONS)


def test_no_help_in_this_sheet_is_said_as_the_assistant_says_it():
    """More marks needed than answers are left, in English: the window (the English catalogue's plural forms) and the
    assistant say the same at one answer left and at many."""
    assert i18n.install("en")
    for left, said in ((1, "This question has only 1 answer left, too few for the model to learn enough to take it; "
                           "mark it yourself."),
                       (17, "This question has only 17 answers left, too few for the model to learn enough to take any; "
                            "mark them yourself.")):
        p = Progress(total=130, decided=130 - left, auto=0, need_you=left, qualified=False, marks_needed=None,
                     could_take=None, beyond_sheet=True)
        assert progress_words(p) == progress_sentence(p)
        assert progress_words(p).endswith(said)


def test_what_the_model_needs_at_least_is_said_as_the_assistant_says_it():
    """No estimate within the answers left (learn.progress, ``at_least``): the fewest more marks it needs and how often it
    agreed with the marks so far, with the share it must reach; in step (the catalogues do not hold it yet; it is added
    with the translations)."""
    assert i18n.install("en")
    p = Progress(total=150, decided=53, auto=0, need_you=97, qualified=False, marks_needed=None, could_take=None,
                 at_least=24, agreed=38, checked=53, must_be_right=0.95)
    assert progress_words(p) == i18n.unbroken(progress_sentence(p)) == (
        "Keep marking, since the model needs at least 24 more marks before it can take an answer; on answers it had not "
        "learned from, it agreed with 38 of your 53 marks and must be at least 95\u00a0% right.")
    unchecked = Progress(total=150, decided=3, auto=0, need_you=147, qualified=False, marks_needed=None,
                         could_take=None, at_least=45)   # too few marks to check it out of fold
    assert progress_words(unchecked) == progress_sentence(unchecked) == (
        "Keep marking, since the model needs at least 45 more marks before it can take an answer.")


def test_the_new_learning_sentences_in_english():
    """Marks in few groups of near-copies, a figure that rose, every mark one score (QA s52a, findings 1, 8, 9)."""
    assert i18n.install("en")
    grouped, rose, one = cases(3)[-4:-1]
    assert progress_words(grouped) == ("Keep marking, since your marks so far fall in only 3 groups of similar answers or "
                                       "answers marked together, each counted once; the model needs marks on at least 3 "
                                       "more answers unlike these before it can take one.")
    assert progress_words(cases(1)[-4]) == ("Keep marking, since your marks so far fall in only 1 group of similar answers or "
                                            "answers marked together, each counted once; the model needs marks on at "
                                            "least 1 more answer unlike these before it can take one.")
    assert progress_words(rose) == ("Keep marking, since the model needs at least 3 more marks before it can take an answer, "
                                    "more than before: on answers it had not learned from, it was right less often or "
                                    "less sure than it had seemed.")
    assert progress_words(one) == ("All your marks so far are 1: mark an answer that deserves another score and the "
                                   "model starts learning.")


def test_one_score_with_a_decimal_reads_as_the_teacher_writes_it():
    half = Progress(total=40, decided=4, auto=0, need_you=36, qualified=False, marks_needed=None, could_take=None,
                    one_score=1.5)
    assert progress_sentence(half).startswith("All your marks so far are 1.5: ")
    with in_language("de"):
        assert progress_words(half).startswith("Alle Ihre bisherigen Bewertungen sind 1,5: ")


@pytest.mark.parametrize("lang, keep_marking, reason", [
    ("de", "Bewerten Sie weiter, denn das Modell kann noch keine Antwort mit Garantie übernehmen.",
     "bei diesen ist sich das Modell am wenigsten sicher"),
    ("es", "Sigue corrigiendo, porque el modelo aún no puede encargarse de ninguna respuesta con garantía.",
     "el modelo está menos seguro de estas")])
def test_in_another_language_every_sentence_is_translated(lang, keep_marking, reason):
    with in_language(lang):
        for k in (1, 3):
            for p in cases(k):
                said = progress_words(p)
                assert said and said != progress_sentence(p) and " answer" not in said and "model " not in said, said
        assert progress_words(cases(3)[-1]) == keep_marking
        assert "95\u00a0%" in progress_words(cases(3)[3])
        assert reason_words(REASONS[-1]) == reason
        assert all(reason_words(r) != r for r in REASONS)


@pytest.mark.parametrize("lang, one, many", [
    ("de", "Diese Frage hat nur noch 1 offene Antwort, zu wenig, als dass das Modell sie noch übernehmen könnte; "
           "bewerten Sie sie selbst.",
     "Diese Frage hat nur noch 17 offene Antworten, zu wenige, als dass das Modell noch eine übernehmen könnte; bewerten "
     "Sie sie selbst."),
    ("es", "A esta pregunta solo le queda una respuesta, y no basta para que el modelo llegue a encargarse de ella; "
           "puntúala tú.",
     "A esta pregunta solo le quedan 17 respuestas, demasiado pocas para que el modelo llegue a encargarse de alguna; "
     "puntúalas tú.")])
def test_no_help_in_this_sheet_is_said_in_another_language(lang, one, many):
    """More marks needed than answers are left (learn.progress, ``beyond_sheet``): said in the teacher's language, one
    answer left and many, from the real .qm catalogues."""
    with in_language(lang):
        for left, expected in ((1, one), (17, many)):
            p = Progress(total=130, decided=130 - left, auto=0, need_you=left, qualified=False, marks_needed=None,
                         could_take=None, beyond_sheet=True)
            assert progress_words(p) == expected


@pytest.mark.parametrize("lang, many, one", [
    ("en", "The model can take 30 of this question's 40 answers left (expected at least 95\u00a0% right); 10 need you.",
     "The model can take 1 of this question's 2 answers left; 1 needs you."),
    ("de", "Das Modell kann 30 der 40 übrigen Antworten dieser Frage übernehmen (voraussichtlich zu mindestens 95\u00a0% "
           "richtig); 10 warten auf Sie.",
     "Das Modell kann 1 der 2 übrigen Antworten dieser Frage übernehmen; 1 wartet auf Sie."),
    ("es", "El modelo puede encargarse de 30 de las 40 respuestas que le quedan a esta pregunta (se espera al menos un "
           "95\u00a0% de aciertos); 10 te necesitan.",
     "El modelo puede encargarse de 1 de las 2 respuestas que le quedan a esta pregunta; 1 te necesita.")])
def test_what_the_model_can_take_counts_the_questions_answers_left(lang, many, one):
    """The answers left the model can take from are the question's, not the sheet's the review's top line counts
    (test_learning_line_names_its_question.py): said so in each language, from the real .qm catalogues."""
    with in_language(lang):
        assert progress_words(cases(10)[3]) == many
        assert progress_words(Progress(total=40, decided=38, auto=1, need_you=1, qualified=True, marks_needed=None,
                                       could_take=None)) == one


def test_figures_of_the_last_fit_say_which_marks_it_has_not_learned_from_yet():
    """The agreement is the last fit's; the marks made since (a fit waits for the teacher's pause) are said, so the
    line adds up: 200 earlier marks and 16 of this sheet are the 215 the agreement is over and the newest one."""
    assert i18n.install("en")
    waiting = Progress(total=240, decided=216, auto=0, need_you=40, qualified=False, marks_needed=None,
                       could_take=None, at_least=9, agreed=98, checked=215, must_be_right=0.9, behind=True, newest=1)
    assert progress_words(waiting) == i18n.unbroken(progress_sentence(waiting)) == (
        "Keep marking, since the model needs at least 9 more marks before it can take an answer; on answers it had not "
        "learned from, it agreed with 98 of your 215 marks and must be at least 90\u00a0% right. The model has not "
        "learned from your newest mark yet; it does when you pause.")
    # what the model takes now is worked out with it as it is: nothing of the last fit's to explain
    taking = Progress(total=240, decided=216, auto=4, need_you=20, qualified=True, marks_needed=None, could_take=None,
                      behind=True, newest=1)
    assert "yet" not in progress_words(taking) and "yet" not in progress_sentence(taking)
    with in_language("es"):
        assert progress_words(waiting).endswith(
            "coincidió con 98 de tus 215 correcciones y debe acertar al menos el 90\u00a0%. El modelo aún no ha "
            "aprendido de tu corrección más reciente; lo hará cuando hagas una pausa.")
