"""What is said once a sheet is open (:func:`opened_notes`): decisions restored, taken over from the sheet or not
restored, the sheet's own problems (students sharing a name, second attempts), models missing or unsealed, and
where the work is kept; and whether that is only news that may go at the next decision (:func:`opened_is_news`).
The sheet is opened by :class:`.sheet_opener.SheetOpener`; these sentences are its, in its translation context.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import workflow
from ..io.lms.export_notes import visible
from ..io.notes import shared_names
from ..io.project_places import kept_in_data_folder
from .i18n import quoted, score_list
from .learning_words import question_name
from .project_readback_words import answers_named as answers_in_session
from .project_readback_words import left_out_notes
from .sheet_notes import model_unlike, note_words, twice_words
from .wording import takes_none_note

translate = QCoreApplication.translate


SHOWN_DROPPED = 3   # the edited answers named in the status bar; the rest are counted


def opened_note(prepared: workflow.Prepared, project_name: str, blind: bool = False) -> str:
    """What the status bar says once a sheet is open: :func:`opened_notes`, one after the other ("" if none)."""
    return " ".join(text for text, _warning in opened_notes(prepared, project_name, blind))


def opened_notes(prepared: workflow.Prepared, project_name: str, blind: bool = False) -> list[tuple[str, bool]]:
    """What is said once a sheet is open, each with whether it is a warning (the results page keeps those whole above
    the table: :mod:`.sheet_notices`): decisions restored, decisions that could not be (their
    answers were edited in the sheet since), decisions set aside (made on a row that is no student), students who share
    a name (:mod:`grader_app.core.namesakes`; named only while names are shown: ``blind``, the window's switch, or the
    project's), students in the sheet more than once (a second attempt: :mod:`grader_app.io.lms.attempts`), a
    download's random questions, each graded as one question (:func:`grader_app.io.lms.recognition.drawn_note`), models
    missing, a graded workbook's models missing or another version now (on the opening that makes its project:
    :attr:`workflow.Prepared.unlike`), models whose file carries no seal (why every answer to their question comes to
    the teacher: said above the results too, not first above the review's card); none if none."""
    notes: list[tuple[str, bool]] = []
    if prepared.elsewhere:   # a project file opened by itself, with no sheet of its name beside it
        notes.append((translate("SheetOpener", "There is no {sheet} beside {file}, so Grader opened the one in {folder}.")
                      .format(sheet=prepared.path.name, file=project_name, folder=str(prepared.path.parent)), True))
    if kept_in_data_folder(prepared.path, prepared.store.path):   # QA: she looked beside the sheet and thought it lost
        notes.append((translate("SheetOpener", "The sheet's folder cannot be written to, so Grader keeps your decisions "
                                "in its own folder: {file}. They come back when you open the sheet from here again.")
                      .format(file=str(prepared.store.path)), True))
    if prepared.reopened is not None:   # a workbook graded worksheet by worksheet: where, and the others' work kept
        notes.append((reopened_note(prepared.reopened), True))
    if prepared.repaired is not None:   # a damaged project: refused whole before, and every decision in it lost
        notes.append((repaired_note(prepared.repaired, project_name), True))
    if prepared.restored.get("decisions"):
        notes.append((translate("SheetOpener", "Restored %n decisions from {file}.", "",
                                int(prepared.restored["decisions"])).format(file=project_name), False))
    earlier = prepared.earlier
    if earlier.kept:
        notes.append((translate("SheetOpener", "Took over your %n earlier decisions from the sheet.", "", earlier.kept), False))
    if earlier.not_scores:
        notes.append((translate("SheetOpener", "%n earlier decisions in the sheet were not taken over because their "
                               "final score is not a score of their question; score those answers again.", "",
                               len(earlier.not_scores)), True))
    if earlier.typed:
        notes.append((translate("SheetOpener", "Took %n final scores typed into the sheet as your decisions, with "
                                "their comments.", "", earlier.typed), True))
    if earlier.typed_not_scores:
        notes.append((typed_not_scores_note(prepared), True))
    if earlier.commented:
        notes.append((translate("SheetOpener", "Took %n comments typed into the sheet beside the model's score as your "
                                "decisions, with that score.", "", earlier.commented), True))
    if earlier.waiting:
        notes.append((translate("SheetOpener", "Kept %n comments typed into the sheet on answers with no score yet: each "
                                "waits for its answer's score, shown with ◷ in the comment column ({answers}).", "",
                                len(earlier.waiting)).format(answers=answers_named(prepared, earlier.waiting)), True))
    if edited := [k for k in earlier.edited if k not in earlier.given_back and k not in earlier.taken_back]:
        notes.append((translate("SheetOpener", "Took %n final scores or comments changed in the sheet since Grader last "
                                "saved or read it as your decisions ({answers}).", "", len(edited)).format(
                                    answers=answers_named(prepared, edited)), True))
    if earlier.taken_back:   # no decision of the teacher's any more: said apart, as grader score says it
        notes.append((translate("SheetOpener", "%n final scores of your decisions were cleared in the sheet since Grader "
                                "last saved or read it, so those decisions are taken back ({answers}); their answers "
                                "are scored by the model as ones you have not decided.", "", len(earlier.taken_back))
                      .format(answers=answers_named(prepared, earlier.taken_back)), True))
    if earlier.given_back:
        notes.append((translate("SheetOpener", "%n answers are the model's again, not your decisions: what you had added "
                                "to the model's score was cleared in the sheet since Grader last saved or read it "
                                "({answers}).", "", len(earlier.given_back)).format(
                                    answers=answers_named(prepared, earlier.given_back)), True))
    if earlier.unsure:
        notes.append((translate("SheetOpener", "%n final scores or comments in the sheet differ from what {file} holds, "
                                "and Grader cannot tell which are newer, so it kept the project's ({answers}); check "
                                "those answers.", "", len(earlier.unsure)).format(
                                    file=project_name, answers=answers_named(prepared, earlier.unsure)), True))
    if earlier.no_answer:
        notes.append((translate("SheetOpener", "%n earlier decisions in the sheet were not taken over because they "
                               "belong to no answer of the columns chosen.", "", earlier.no_answer), True))
    if prepared.restored.get("dropped"):
        notes.append((dropped_note(prepared), True))
    notes += [(note, True) for note in left_out_notes(prepared.session, prepared.store.left_out, project_name)]
    if prepared.restored.get("set_aside"):
        notes.append((set_aside_note(prepared.store.set_aside, project_name), True))
    if prepared.session.namesakes:
        if (blind or prepared.blind or prepared.store.blind_marking()) and prepared.unused_ids:
            notes.append((translate("SheetOpener", "Some students in this sheet share a name, and the sheet's column "
                                    "“{column}” is not chosen for the student ids: Grader keeps them apart by the row "
                                    "where each one's answers start. Choose it for the student ids (File ▸ Choose "
                                    "columns…) before you upload grades to a learning platform.").format(
                                        column=prepared.unused_ids), True))
        elif blind or prepared.blind or prepared.store.blind_marking():
            notes.append((translate("SheetOpener", "Some students in this sheet share a name, and the sheet has no "
                                    "student id column: Grader keeps them apart by the row where each one's answers "
                                    "start. Add a column of student ids to the sheet before you upload grades to a "
                                    "learning platform."), True))
        else:
            notes.append((note_words(shared_names(prepared.session.namesakes, prepared.unused_ids)), True))
    if prepared.twice is not None:   # a second attempt: said before any marking, not first at the export (io.lms.attempts)
        hidden = bool(blind or prepared.blind or prepared.store.blind_marking())
        notes.append((twice_words(prepared.twice, hidden), True))
    if prepared.drawn is not None:   # random questions, each graded as one: said before any marking
        notes.append((note_words(prepared.drawn), True))
    unloaded = prepared.unloaded
    if unloaded:   # there, but its file did not load: said so, with what puts it right
        notes.append((unloaded_words(list(unloaded.values())), True))
    if absent := [m for m in prepared.missing if m not in unloaded]:
        notes.append((translate("SheetOpener", "Models {models} not installed; those questions are yours to score.", "",
                                len(absent)).format(models=", ".join(absent)), True))
    notes += [(model_unlike(*u), True) for u in prepared.unlike]   # a graded workbook's, as the columns dialog says
    session = prepared.session
    for item in session.item_keys():   # why all its answers come to the teacher, above the results, not only the review
        if session.items[item].unsealed and (note := takes_none_note(session, item, question_name(item, session.mapping))):
            notes.append((note, True))
    return notes


def unloaded_words(files: list[str]) -> str:
    """The sentence on model ``files`` that are there but could not be loaded (damaged): their questions are the
    teacher's to score until a good copy is back (said above the results and in the columns dialog)."""
    return translate("SheetOpener", "%n model files could not be loaded ({files}), so their questions are yours to "
                     "score for now; replace them with good copies (install Grader again for models that came with it) "
                     "and open this sheet again.", "", len(files)).format(files=", ".join(files))


def opened_is_news(prepared: workflow.Prepared) -> bool:
    """True when the opening note only says what went well ("Opened …", "Restored 60 decisions …"): it may go at the
    next decision. Decisions not restored or set aside, models missing or unsealed, are warnings that keep their time; so are
    final scores typed into the sheet and taken as decisions (taken or not), which Grader read from what the teacher
    did in another program: "Scored 90 answers" does not hide them."""
    earlier = prepared.earlier
    return not (prepared.elsewhere or prepared.reopened or prepared.restored.get("dropped") or prepared.restored.get("set_aside")
                or prepared.restored.get("left_out") or kept_in_data_folder(prepared.path, prepared.store.path)
                or prepared.repaired
                or prepared.missing or earlier.not_scores or earlier.typed or earlier.typed_not_scores or earlier.no_answer
                or earlier.commented or earlier.waiting or earlier.edited or earlier.unsure or prepared.session.namesakes
                or prepared.unlike or prepared.twice is not None or prepared.drawn is not None
                or any(info.unsealed for info in prepared.session.items.values()))


def repaired_note(repaired: workflow.Repaired, project_name: str) -> str:
    """The project file was damaged (:mod:`grader_app.io.project_repair`): where it is kept, how many decisions the new
    one holds, and, if some could not be read, for how many answers."""
    said = translate("SheetOpener", "{file} was damaged, so Grader kept it as {kept} and made a new {file} of the %n "
                     "decisions it could still read.", "", repaired.decisions).format(
                         file=project_name, kept=repaired.kept.name)
    if repaired.unread:
        said += " " + translate("SheetOpener", "What was saved for %n answers could not be read: if you had scored "
                                "them, score them again.", "", repaired.unread)
    return said


def reopened_note(reopened: workflow.Reopened) -> str:
    """The worksheet a workbook opened at, being the one the teacher worked on last, and its other worksheets with saved
    work of their own (each has its project file), with how to go on there. QA: the workbook always opened at the
    worksheet of its first project, and a teacher who graded another one the day before thought that work lost."""
    if not reopened.others:
        return translate("SheetOpener", "Opened the worksheet {sheet}, the one you worked on last; to grade another "
                         "worksheet of this workbook, choose File ▸ Choose columns… and pick it.").format(
                             sheet=quoted(reopened.sheet))
    return translate("SheetOpener", "Opened the worksheet {sheet}, the one you worked on last. Your work on %n other "
                     "worksheets is saved too ({others}): to go on there, choose File ▸ Choose columns… and pick the "
                     "worksheet.", "", len(reopened.others)).format(
                         sheet=quoted(reopened.sheet), others=", ".join(quoted(o) for o in reopened.others))


def answers_named(prepared: workflow.Prepared, keys) -> str:
    """The sheet's row and question of the first answers of ``keys`` ("row 4, Q2"), the rest counted."""
    return answers_in_session(prepared.session, keys)


def typed_not_scores_note(prepared: workflow.Prepared) -> str:
    """One sentence: final scores typed into the sheet (in Excel, say) that were not taken because they are not scores
    of their questions; which (the sheet's row, what it said, the question and its scores) and what to do."""
    session = prepared.session
    named = []
    for key, said in prepared.earlier.typed_not_scores[:SHOWN_DROPPED]:
        a = session.answers[key]
        labels = score_list(session.items[a.item].labels)
        named.append(translate("SheetOpener", "row {row}: “{said}” for {item}, whose scores are {labels}").format(
            row=session.sheet.row_number(a.row), said=said, item=question_name(a.item, session.mapping),
            labels=labels))
    more = len(prepared.earlier.typed_not_scores) - len(named)
    if more:
        named.append(translate("SheetOpener", "%n more", "", more))
    return translate("SheetOpener", "%n final scores typed into the sheet were not taken because they are not scores "
                     "of their questions ({answers}); score those answers in the review.", "",
                     len(prepared.earlier.typed_not_scores)).format(answers="; ".join(named))


def dropped_note(prepared: workflow.Prepared) -> str:
    """How many stored decisions were not restored, in up to two sentences. Those whose answer the project can tell
    was edited in place (:attr:`workflow.Prepared.dropped`: their neighbours are where they were) "changed in the
    sheet", named (only the question while names are hidden), to be scored again. Of the rest the project knows only
    that no answer in the sheet is theirs as it was (it keeps a hash of each answer, not its student): their rows were
    deleted, or their student, question or answer changed. A QA pass found 6 deleted rows said as "changed in the
    sheet; score them again", and the teacher went looking for answers that were no longer there."""
    n = int(prepared.restored["dropped"])
    session = prepared.session
    named = []
    for key in prepared.dropped[:SHOWN_DROPPED]:
        a = session.answers[key]
        item = question_name(a.item, session.mapping)   # a question the sheet does not name: its answer column's header
        named.append(translate("SheetOpener", "an answer to {item}").format(item=item) if prepared.blind else
                     translate("SheetOpener", "{student} on {item}").format(student=a.student, item=item))
    more = len(prepared.dropped) - len(named)
    if more:
        named.append(translate("SheetOpener", "%n more", "", more))
    notes = []
    if named:
        notes.append(translate("SheetOpener", "%n decisions could not be restored because their answers changed in the "
                               "sheet ({answers}); score them again.", "", len(prepared.dropped)).format(
                                   answers="; ".join(named)))
    gone = n - len(prepared.dropped)
    if gone > 0:
        notes.append(translate("SheetOpener", "%n decisions could not be restored because their answers are no longer "
                               "in the sheet as they were: their rows were deleted, or their student, question or "
                               "answer was changed.", "", gone))
    return " ".join(notes)


def set_aside_note(set_aside: list[dict], project_name: str) -> str:
    """One sentence: a project saved by an older Grader held decisions or comments on rows that are no student
    (Moodle's "Overall average"), which are set aside in the project file (:mod:`grader_app.io.project_upgrade`)."""
    rows = list(dict.fromkeys(quoted(visible(e["student"])) for e in set_aside))   # as the export's notes quote rows
    n = len(set_aside)
    if len(rows) == 1:
        text = translate("SheetOpener", "The row {rows} of the downloaded report is not a student, so Grader no longer "
                         "grades it or puts it in any file; what you marked on it (%n decisions or comments) is kept "
                         "aside in {file}.", "", n)
    else:
        text = translate("SheetOpener", "The rows {rows} of the downloaded report are not students, so Grader no longer "
                         "grades them or puts them in any file; what you marked on them (%n decisions or comments) is "
                         "kept aside in {file}.", "", n)
    return text.format(rows=", ".join(rows), file=project_name)
