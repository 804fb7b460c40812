"""What ``grader score`` says on stderr about the sheet it scored, beside the file it wrote: the sheet's earlier
decisions it did or did not take over (a graded sheet opened again: :func:`earlier_lines`, :func:`counted_again`),
and a learned model that takes no answer on its own (:func:`held_back_text`). One plain sentence each, in English
(the command line's language), a text from the sheet in the quotation marks the window's English uses (“Quiz”).
The name after ``--sheet-name`` stays as it is typed on a command line ('Period 1'), since it is to be typed there."""
from __future__ import annotations

import shlex


def quoted(text: object) -> str:
    """A text from the sheet (a worksheet's or a question's name, a score typed in) as the command line's sentence
    quotes it: in the English quotation marks the window's English quotes it in, “Quiz”, not as Python does ('Quiz')."""
    return f"“{text}”"


def command_line_notes(notes, mapping) -> list:
    """The sheet's ``notes`` as the command line says them: the columns of a sheet of one column per question that the
    column guess left out (a quiz report's closed questions, a column of text not headed like one), said with the option
    that grades them (the window's "tick them" is nothing a command can do), and only those ``mapping`` still leaves
    out."""
    from ..io.lms.closed_answers import still_unticked

    out = []
    for note in still_unticked(notes, mapping):
        kind, values = getattr(note, "kind", ""), getattr(note, "values", {})
        if kind == "closed_not_ticked":
            names, n = values["names"], len(values["names"])
            why = "not written answers" if values.get("own") else "which your learning platform marks itself"
            out.append(f"{n} question column{' is' if n == 1 else 's are'} not graded ({', '.join(map(quoted, names))}): "
                       f"{'its' if n == 1 else 'their'} answers are only choices or numbers (multiple choice, true/false, "
                       f"numeric), {why}; to grade "
                       f"{'it' if n == 1 else 'them'} here too, add --closed-questions.")
        elif kind == "closed_left_out":
            shown, n = ", ".join(map(quoted, values["questions"])), len(values["questions"])
            out.append(f"{n} question{' is' if n == 1 else 's are'} not graded ({shown}): {'its' if n == 1 else 'their'} "
                       "answers are only choices or numbers (multiple choice, true/false, numeric), which your learning "
                       f"platform marks itself; to grade {'it' if n == 1 else 'them'} here too, add --closed-questions.")
        elif kind == "text_not_taken":
            if left := [c for c in values["columns"] if c not in mapping.answer_columns]:
                n = len(left)
                out.append(f"{n} column{' holds' if n == 1 else 's hold'} text but {'is' if n == 1 else 'are'} not "
                           f"taken as {'a question' if n == 1 else 'questions'} ({', '.join(map(quoted, left))}); to "
                           f"grade {'its' if n == 1 else 'their'} answers, add "
                           + " ".join(f"--question-column {shlex.quote(c)}" for c in left) + ".")
        else:
            out.append(note)
    return out


def reopened_line(reopened, name: str) -> str:
    """The worksheet of the workbook ``name`` scored without ``--sheet-name`` because the teacher graded it last in the
    window, and its other worksheets with saved work of their own (``workflow.Reopened``), as the window says it."""
    line = f"scored the worksheet {quoted(reopened.sheet)} of {name}, the one graded last in the window"
    others, n = reopened.others, len(reopened.others)
    if not others:
        return line + "; to score another worksheet, give --sheet-name and its name."
    return line + (f"; the worksheet{'' if n == 1 else 's'} {', '.join(quoted(o) for o in others)} "
                   f"{'has its' if n == 1 else 'have their'} own saved work: to score "
                   + (f"it, give --sheet-name {others[0]!r}." if n == 1 else "one, give --sheet-name and its name."))


def counted_again(notes, earlier, weighed: bool = False, scored: str | None = None, unlike=()) -> list:
    """The sheet's notes, the one on its earlier grading (``graded_before``, counted as the sheet was read) counted
    again from what was taken over (``earlier``): a final score typed in that is no score of its question is not
    taken, and ``earlier_lines`` says so, so it is not counted as taken. ``weighed``: the project beside the sheet took
    its decisions over before and holds them (``project_beside.weigh_earlier``), so the decisions are counted once, in
    the lines on the project, not again here as the sheet's. ``scored`` and ``unlike``: how the other answers are scored,
    and the questions whose model that scored them before is missing or differs (``workflow.scored_before``)."""
    from ..io.notes import SCORED, graded_before, model_unlike

    if weighed:
        again = " ".join(["This sheet was graded with Grader before: the decisions in this file are those of its project "
                          "(said above).", *([SCORED[(scored, True)]] if scored else []),
                          *(model_unlike(*u) for u in unlike)])
    else:
        again = graded_before(earlier.kept + earlier.newer, earlier.typed, earlier.commented, len(earlier.waiting),
                              scored, unlike)
    return [again if getattr(n, "kind", "") == "graded_before" else n for n in notes]


def earlier_lines(earlier, session, waiting=None) -> list[str]:
    """What the command says about earlier decisions in the sheet it did not take over (``workflow.TakenOver``), and
    about final scores typed into the sheet that are no scores of their questions: which (row, cell, scores) and why.
    ``waiting``: the answers whose comment typed into the sheet waits for a score to say (``earlier.waiting`` unless
    given; a project beside the sheet says all its waiting comments: ``project_beside.after_weighing``)."""
    from ..core.numbers import score_text

    def decisions(n: int) -> str:
        return f"{n} earlier decision{'' if n == 1 else 's'} in the sheet {'was' if n == 1 else 'were'} not taken over"

    def rows(keys) -> str:
        named = [f"row {session.sheet.row_number(session.answers[k].row)}" for k in keys[:5]]
        return ", ".join(named) + (f" and {len(keys) - 5} more" if len(keys) > 5 else "")

    lines = []
    waiting = earlier.waiting if waiting is None else list(waiting)
    if waiting:
        n = len(waiting)
        lines.append(f"{n} comment{'' if n == 1 else 's'} typed into the sheet on {'an answer' if n == 1 else 'answers'} "
                     f"with no score {'is' if n == 1 else 'are'} not in this file ({rows(waiting)}): a comment "
                     "waits for its answer's score, and this file holds the comments of scored answers only; give "
                     f"{'that answer' if n == 1 else 'those answers'} a final score in the sheet, or open the sheet in "
                     "the window, which keeps such comments until you score the answer.")
    taken_back = earlier.taken_back
    edited = [k for k in earlier.edited if k not in taken_back and k not in earlier.given_back]
    if edited:
        n = len(edited)
        lines.append(f"{n} final score{'' if n == 1 else 's'} or comment{'' if n == 1 else 's'} changed in the sheet "
                     f"since Grader last saved or read it {'is' if n == 1 else 'are'} in this file as your "
                     f"decision{'' if n == 1 else 's'} ({rows(edited)}); the project is not changed: open the "
                     f"sheet in the window to keep {'it' if n == 1 else 'them'} there.")
    if taken_back:
        n = len(taken_back)
        lines.append(f"{n} final score{'' if n == 1 else 's'} of your decision{'' if n == 1 else 's'} "
                     f"{'was' if n == 1 else 'were'} cleared in the sheet since Grader last saved or read it, so "
                     f"{'that decision is' if n == 1 else 'those decisions are'} taken back in this file "
                     f"({rows(taken_back)}) and scored by the model as {'an answer' if n == 1 else 'answers'} you have not "
                     "decided; the project is not changed: open the sheet in the window to take "
                     f"{'it' if n == 1 else 'them'} back there too.")
    if earlier.given_back:
        n = len(earlier.given_back)
        lines.append(f"{n} answer{' is' if n == 1 else 's are'} the model's again in this file, not your "
                     f"decision{'' if n == 1 else 's'}: what you had added to the model's score was cleared in the sheet "
                     f"since Grader last saved or read it ({rows(earlier.given_back)}); the project is not changed: open "
                     f"the sheet in the window to give {'it' if n == 1 else 'them'} back there too.")
    if earlier.unsure:
        n = len(earlier.unsure)
        lines.append(f"{n} final score{'' if n == 1 else 's'} or comment{'' if n == 1 else 's'} in the sheet "
                     f"differ{'s' if n == 1 else ''} from what the project holds, and Grader cannot tell which is newer, "
                     f"so this file has the project's ({rows(earlier.unsure)}); check "
                     f"{'that answer' if n == 1 else 'those answers'}.")
    if earlier.not_scores:
        lines.append(decisions(len(earlier.not_scores)) + " because the final score is not a score of the question; "
                     "those answers are scored again.")
    if earlier.no_answer:
        lines.append(decisions(earlier.no_answer) + " because they belong to no answer of the columns chosen.")
    if earlier.typed_not_scores:
        n = len(earlier.typed_not_scores)
        which = []
        for key, said in earlier.typed_not_scores[:5]:
            a = session.answers[key]
            scores = ", ".join(score_text(v) for v in session.items[a.item].labels)
            which.append(f"row {session.sheet.row_number(a.row)}: {quoted(said)} for {quoted(a.item)}, whose scores are {scores}")
        if n > len(which):
            which.append(f"{n - len(which)} more")
        lines.append(f"{n} final score{'' if n == 1 else 's'} typed into the sheet {'was' if n == 1 else 'were'} not "
                     f"taken because {'it is not a score' if n == 1 else 'they are not scores'} of "
                     f"{'its question' if n == 1 else 'their questions'} ({'; '.join(which)}); "
                     f"{'that answer is' if n == 1 else 'those answers are'} scored by the model again.")
    return lines


def held_back_text(h, threshold_given: bool = False, own_sheet: bool = False) -> str:
    """One line on a learned model that takes no answer on its own (:mod:`grader_app.learn.held_back`): why, and
    about how many more marks could change that, where its out-of-fold table tells (not where the sheet is the one it
    was made from, ``own_sheet``: more marks of answers it learned from are no hope, :func:`own_marks_line`)."""
    from ..learn.held_back import FEW_MARKS
    from ..learn.library_names import names_no_question
    from ..learn.limits import MIN_MARKS

    def marks(k: int) -> str:
        return f"{k} mark{'' if k == 1 else 's'}"

    named = [q for q in h.questions if not names_no_question(q)]
    listed = ", ".join(quoted(q) for q in named[:5]) + (" …" if len(named) > 5 else "")
    who = (f"the model for question{'' if len(named) == 1 else 's'} {listed} ({h.bundle_id})" if named
           else f"model {h.bundle_id}")
    also = " (--threshold does not change that)" if threshold_given else ""
    if h.why == FEW_MARKS:
        why = f"it learned from {marks(h.marks or 0)}, fewer than the {MIN_MARKS} a model needs before it can accept any"
    else:
        on = f"on the {marks(h.marks)} it learned from" if h.marks is not None else "on the marks it learned from"
        why = f"{on}, no confidence level kept its errors under {h.target_error * 100:g} % (checked out of fold)"
    text = (f"{who} accepts no answer on its own{also}: {why}, so every answer it scored is marked “needs review”, "
            "its score a suggestion.")
    if h.more is not None and not own_sheet:
        some = "more mark of its question" if h.more == 1 else "more marks of its question"
        text += (f" It needs at least {h.more} {some}" if h.at_least else f" About {h.more} {some} could let it take "
                 "some") + ": learn it again from a sheet that holds them (grader learn)."
    return text


def goes_on_lines(bundles: dict) -> list[str]:
    """One line per question whose model was found because the question holds that model's whole question followed by
    more text (:func:`grader_app.core.grading.goes_on`), as the columns dialog says it: that text may ask for more."""
    from ..core.grading import goes_on

    lines = []
    for item, b in bundles.items():
        if b is not None and goes_on(item, b):
            shown = " ".join(str(item).split())
            shown = shown if len(shown) <= 60 else shown[:59].rstrip() + "…"
            lines.append(f"question {quoted(shown)} holds the whole question model {b.id} was made for, followed by more "
                         f"text, so {b.id} scores it; check that this text asks for nothing more, as the model scores "
                         "only what its own question asks.")
    return lines


def own_marks_line(own) -> str:
    """One line on a question whose answers are those its model learned from (:mod:`grader_app.learn.own_marks`):
    said plainly, with no claim that the model vouches for them."""
    return (f"{own.matched} of the {own.answers} answers of question {quoted(own.item)} are word for word answers model "
            f"{own.bundle_id} learned from (the marks kept beside it): this sheet looks like the one it was made from, "
            "so its scores of them are the marks it learned, not a check of it, and it accepts none of them on its own "
            "(marked “needs review”, its score a suggestion: your own mark).")
