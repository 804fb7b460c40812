"""What a teacher does, one plain function per action, with no Qt: open a sheet (read it and guess
its columns), prepare the session (its models, and its project file restored and attached), score
it, export it, close it.

This is Anki's operations layer in small. ``grader score`` (:mod:`grader_app.cli`) calls these in a
row on one thread; the window runs the slow ones on its task manager's workers and handles their
result on the GUI thread. None of them touches a widget.

Threads and ownership. :func:`open_sheet`, :func:`prepare_session`, :func:`save_predictions` and
:func:`close_project` may run on a worker: what they build is theirs until they return it. Once a
session is handed over, its owner (the GUI thread in the app) is the only one that changes it.
:func:`score` only *reads* the session and yields :class:`Batch`es of (answer keys,
probabilities); the owner applies each one with :func:`apply_batch`, which returns the
:class:`~grader_app.core.session.Change` a view needs to repaint just those rows.

Other sources of predictions. :func:`score` scores each question with its bundle unless
``sources`` names another source for it: anything with ``iter_batches(texts, batch_size=,
cancel=)`` yielding ``scoring.model.BatchResult`` rows over the question's labels. A model learned
from the teacher's own decisions plugs in there, per question, and everything after it (applying,
the table, the project file, the exports) stays as it is. Give such a question an ``ItemInfo`` with
its own ``bundle_id`` (say ``learned:<id>``) so a project file never mixes its rows up with the
bundle's.

Opening a sheet (:func:`open_sheet` and the reading and guessing it does) is :mod:`.sheet_opening`'s, and the
model files' actions are :mod:`.model_files`'; both are handed on here under their names.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from .bundles.archive import Bundle
from .core.earlier import TakenOver
from .core.grading import Batch, PredictionSource, batch_rows, match_bundles
from .core.scored_before import check, choices
from .core.session import Change, GradingSession, ItemInfo
from .core.sheet import ColumnMapping, Sheet
from .io.header_words import sentence, shape
from .io.lms.attempts import twice_note
from .io.lms.recognition import drawn_note
from .io.notes import Note
from .io.project_columns import ChangedColumns, ids_unchosen
from .io.project_places import (EarlierProject, NoSheetForProject, ProjectSheet, earlier_project, project_sheet,
                                take_over_project)
from .io.project_store import ProjectError, ProjectStore, project_path_for
from .io.section_rows import above_note, section_note
from .io.project_repair import DAMAGED, Repaired, repair
from .io.worksheet_projects import Reopened, worksheet_project
from .learn.library_names import names_no_question, proposed_model
from .learn.own_marks import hold_own_sheets, undecided
from .learn.in_session import (LEARNED, NOT_YET, QuestionLearner, group_questions, learns, not_kept, unsaved_because,
                               use_learned_model)
from .model_files import (add_learned, copy_bundle_in, guess_score_column, install_bundle, make_models_from_sheet,
                          nameless_problem, remove_bundle, save_learned_model, verify_bundle)
from .scoring.model import DEFAULT_BATCH, CancelToken, Scorer
from .sheet_opening import (OpenedSheet, decisions_kept, guess_columns, open_sheet, read_for_grading, read_sheet,
                            sheet_of_project)

__all__ = [
    "Batch", "ChangedColumns", "NoSheetForProject", "OpenedSheet", "Prepared", "PredictionSource", "apply_batch", "close_project",
    "add_learned", "copy_bundle_in", "end_project", "export_graded", "guess_columns", "install_bundle", "open_sheet",
    "prepare_session",
    "read_for_grading", "read_sheet", "remove_bundle", "save_predictions", "save_thresholds", "score", "score_all",
    "sheet_of_project", "project_sheet", "ProjectSheet", "EarlierProject", "earlier_project", "take_over_project",
    "start_session", "take_over_earlier", "TakenOver", "verify_bundle", "worksheet_project", "Reopened", "Repaired",
    "LEARNED", "NOT_YET", "QuestionLearner", "group_questions", "guess_score_column", "learns", "make_models_from_sheet",
    "not_kept", "save_learned_model", "unsaved_because", "use_learned_model", "nameless_problem", "hold_own_sheets",
    "decisions_kept",
]


# ----- prepare -----------------------------------------------------------------------------------------
def start_session(sheet: Sheet, mapping: ColumnMapping, library=None, chosen: dict | None = None,
                  forced=None, learning: bool = False) -> tuple[GradingSession, dict]:
    """A session over the sheet (an LMS export's answers as ``io.lms.reading_for`` reads them) with a model per question:
    ``forced`` for all, the teacher's ``chosen`` ids, the model a graded workbook says scored the question where it is
    installed and the same (``Sheet.scored_by``: :mod:`~grader_app.core.scored_before`), or the library's match, never
    for a sheet that names no question;
    where the window ``learning`` from the teacher's marks goes on, never a learned model that takes nothing: with it the
    question would learn nothing from the marks given here (why, and how the columns dialog says such a model is there
    to choose: :func:`~grader_app.learn.library_names.proposed_model`). The command line learns nothing, so it scores
    with such a model, its scores suggestions the teacher confirms (:mod:`~grader_app.learn.held_back`), as the window
    does where the teacher chooses it. Returns (session, question -> bundle or None)."""
    from .io.lms import question_texts, reading_for, recognise
    chosen = chosen or {}
    # the flags (which read the prompts) are worked out once, at the end, when every question has its prompt
    session = GradingSession(sheet, mapping, reading=reading_for(sheet, mapping), flagged=False)
    if forced is None and library is not None and sheet.scored_by:   # a graded workbook: the models that scored it
        chosen = {**choices(check(sheet.scored_by, library), question_names(session, chosen)), **chosen}
    if forced is None and library is not None:   # what the teacher did not choose: learn.library_names.proposed_model
        proposed = {item: proposed_model(item, library) if learning else None for item in session.item_keys()
                    if item not in chosen and (learning or names_no_question(item))}
        chosen = {**{item: (b.id if b is not None else None) for item, b in proposed.items()}, **chosen}
    bundles = match_bundles(session, library, forced=forced, chosen=chosen)
    texts = question_texts(sheet, recognise(sheet), mapping, session.answers)   # a download's text of "q_1"
    for item, b in bundles.items():   # a question without a model: its text there, else its wording heading it, which
        #                               asks ("Why does ice float?") or instructs ("Explain why ice floats.", "Erkläre, …");
        #                               so too one whose model carries no text (one learned from the teacher's marks), so
        #                               that an answer copying the question back is flagged as it was without the model
        worded = shape(item)[2] or sentence(item)
        info = session.items[item]
        if not info.prompt and (text := texts.get(item) or (worded and item)):
            session.set_item_info(ItemInfo(item=item, prompt=text) if b is None else replace(info, prompt=text))
    session.compute_flags()
    return session, bundles


def question_names(session: GradingSession, leave: dict | None = None) -> dict[str, str]:
    """Question -> its name in the files written (:func:`~grader_app.io.headers.shown_question`), but those in
    ``leave``."""
    from .io.headers import shown_question
    return {item: shown_question(session.mapping, item) for item in session.item_keys() if item not in (leave or {})}


def scored_before(session: GradingSession, bundles: dict, library) -> tuple[str, tuple]:
    """How the answers the teacher did not decide are scored with ``bundles`` (question -> bundle or None), and the
    questions whose model that scored them before (as the graded workbook says: ``Sheet.scored_by``) is missing or
    differs now: :func:`~grader_app.core.scored_before.scoring` and :func:`~grader_app.core.scored_before.unlike`, for
    the opening note (:func:`grader_app.io.notes.graded_before`). Without a ``library`` (one model given for all: ``grader
    score --bundle``) only ``bundles`` are known, so no model is said to be missing."""
    from .core.scored_before import scoring, unlike
    names, models = question_names(session), {item: (b.id if b is not None else None) for item, b in bundles.items()}
    known = library if library is not None else {b.id: b for b in bundles.values() if b is not None}
    checked = check(session.sheet.scored_by, known)
    return scoring(models, checked, names), unlike(checked, models, names) if library is not None else ()


@dataclass
class Prepared:
    path: Path
    session: GradingSession
    bundles: dict
    store: ProjectStore
    restored: dict = field(default_factory=dict)   # how many predictions, decisions, thresholds came back
    missing: list = field(default_factory=list)    # chosen model ids that are not installed
    unloaded: dict = field(default_factory=dict)   # of those, id -> its file, there but not loaded (damaged)
    to_score: int = 0                              # answers with a model and no prediction yet
    dropped: list = field(default_factory=list)    # answers edited in the sheet whose decisions were dropped (keys)
    blind: bool = False                            # the project hides names on screen (blind marking)
    earlier: TakenOver = field(default_factory=TakenOver)   # the sheet's earlier decisions taken over (or not)
    elsewhere: bool = False   # a project file opened by itself whose sheet is not beside it (its stored place)
    unused_ids: str | None = None   # students share a name, and the sheet has a column of ids not chosen: its name
    reopened: Reopened | None = None   # a workbook opened at the worksheet worked on last (OpenedSheet.reopened)
    repaired: Repaired | None = None   # its project was damaged and made anew of what could be read (OpenedSheet.repaired)
    # questions whose model that scored the graded workbook is missing or another version now (scored_before's), said
    # above the results on the opening that makes the workbook's project; not again at each later opening
    unlike: tuple = ()
    # students in the sheet more than once (a second attempt), whom no LMS file can take: said at the opening, before
    # any marking (grader_app.io.lms.attempts)
    twice: Note | None = None
    # a download's random questions, each graded as one question: said at the opening (io.lms.recognition.drawn_note)
    drawn: Note | None = None
    own_marks: list = field(default_factory=list)   # a sheet her own model was made from: her marks (learn.own_marks)
    damaged: frozenset = frozenset()   # questions with no model because their model's file is there but did not load
    # the rows the columns chosen leave out (a section's heading) and those whose question is the one above, said above
    # the results as information (io.section_rows): worked out here, off the GUI thread (each a pass over every row)
    row_notes: tuple = ()


def prepare_session(path, sheet: Sheet, mapping: ColumnMapping, chosen: dict, library,
                    store: ProjectStore | None = None, project=None, scales: dict | None = None,
                    repaired: Repaired | None = None) -> Prepared:
    """The session, its models and its project file: opened (unless given), checked, its setup
    recorded, everything it holds restored into the session (thresholds included, clamped), and
    attached so each decision is written the moment it is made (``project``: the project file the teacher opened,
    else the sheet's own; ``scales``: what the teacher set questions to be out of in the columns dialog, kept in it).
    Closes the store if it fails (and removes its file if this call created it). A project found damaged here (its
    setup read, a later page not) is kept aside and made anew of what can be read (:mod:`.io.project_repair`), once:
    ``repaired`` says so."""
    path = Path(path)
    session, bundles = start_session(sheet, mapping, library, chosen=chosen, learning=True)
    own = hold_own_sheets(session, bundles)   # the sheet a model of the teacher's was made from: her marks are there
    missing = sorted({bid for bid in chosen.values() if bid and library.get(bid) is None})
    unloaded = unloaded_files(missing, library)
    store = store or ProjectStore.open(project if project is not None else project_path_for(path))
    try:
        store.change_columns(session)   # a project whose sheet lost a column: its decisions go with the columns chosen
        store.check(session)
        # a model chosen before and missing now stays chosen: its file may only be damaged or away for now, and the
        # question is scored by it again once it loads (else the project would forget it for good)
        item_bundles = {item: (b.id if b else chosen.get(item) if chosen.get(item) in missing else None)
                        for item, b in bundles.items()}
        store.save_setup(path, mapping, item_bundles, sheet_name=sheet.sheet_name, columns=list(sheet.columns))
        restored = store.restore(session)
        for item, scale in (scales or {}).items():
            if item in session.items and session.items[item].own_scale:
                session.set_scale(item, scale)
                store.save_scale(item, scale)
        store.attach(session)
        earlier = take_over_earlier(session, store, path)
        # read here, on the worker, and kept by the store: the window asks for both on the GUI thread
        stored_blind, _seed = store.blind_marking(), store.blind_seed()
        blind = bool(stored_blind) if restored.get("dropped") else False
    except BaseException as exc:
        problem = store.give_up(exc)   # closed; a file it had just created removed; a full disk said as such
        if repaired is None and getattr(problem, "kind", None) in DAMAGED and (fixed := repair(store.path)) is not None:
            return prepare_session(path, sheet, mapping, chosen, library, None, store.path, scales, fixed)
        if problem is exc:
            raise
        raise problem from None
    to_score = sum(1 for it, b in bundles.items() if b is not None
                   for k in session.keys_for(it) if k not in session.predictions)
    return Prepared(path, session, bundles, store, restored, missing, unloaded, to_score, list(store.dropped_answers),
                    blind, earlier, unused_ids=ids_unchosen(sheet, mapping) if session.namesakes else None,
                    unlike=scored_before(session, bundles, library)[1] if store.created and sheet.scored_by else (),
                    twice=twice_note(session), drawn=drawn_note(session), own_marks=undecided(session, own),
                    damaged=damaged_questions(bundles, chosen, unloaded, library),
                    row_notes=row_notes(session), repaired=repaired)


def row_notes(session: GradingSession) -> tuple[Note, ...]:
    """The notes on the rows the session's columns leave out (a section's heading) and on those whose empty question
    cell took the question above (:mod:`grader_app.io.section_rows`): :attr:`Prepared.row_notes`."""
    sheet, mapping = session.sheet, session.mapping
    return tuple(n for n in (section_note(sheet, mapping), above_note(sheet, mapping)) if n is not None)


def unloaded_files(missing: list, library) -> dict[str, str]:
    """Of the ``missing`` model ids, those whose file (named for the id) is in the model folders but could not be
    loaded (``Library.problems``): id -> the file's name."""
    problems = getattr(library, "problems", None) or {}
    by_id = {Path(name).stem.lower(): name for name in problems}
    return {bid: by_id[str(bid).lower()] for bid in missing if str(bid).lower() in by_id}


def damaged_questions(bundles: dict, chosen: dict, unloaded: dict, library) -> frozenset:
    """The questions scored by no model because the file of theirs did not load: the one chosen for it in its project
    (``unloaded``), or, as the columns dialog says, the one named for it."""
    named = unloaded_files([it for it, b in bundles.items() if b is None], library)
    return frozenset(it for it, b in bundles.items() if b is None and (chosen.get(it) in unloaded or it in named))


def take_over_earlier(session: GradingSession, store: ProjectStore | None = None, path=None) -> TakenOver:
    """The teacher's decisions of a sheet Grader graded before (``Sheet.earlier``) made the session's decisions
    (:func:`~grader_app.core.earlier.take_over`; with ``store`` attached, each is written to the project file at once).

    With a project file (``path``: the sheet's, whose name the project remembers it by), the sheet's earlier decisions
    are weighed against the project's (:mod:`grader_app.io.sheet_said`): one changed in the sheet since Grader last
    wrote or read it is taken over the project's, one the sheet holds as it did then leaves the project's as it is (a
    decision undone or changed in Grader stays so), and where Grader cannot tell which is newer the project's stands
    and the opening note names them. What the sheet holds is then remembered for the next opening."""
    from .core.earlier import take_over
    from .io.sheet_said import chooser, read_in_sheet

    if store is None or not (session.sheet.earlier or session.sheet.plain):
        return take_over(session) if session.sheet.earlier else TakenOver()
    name = Path(path).name if path is not None else ""
    said = store.sheet_said(name) if name else None
    if not session.sheet.earlier and not said:   # nothing of the teacher's in the sheet, now or when last seen
        return TakenOver()
    result = take_over(session, choose=chooser(session, said, first=not store.earlier_taken()))
    store.save_earlier_taken()
    if name:
        store.save_sheet_said(name, read_in_sheet(session))
    return result


# ----- score -------------------------------------------------------------------------------------------
def score(session: GradingSession, bundles: dict[str, Bundle | None], threads: int = 1,
          cancel: CancelToken | None = None, sources: dict[str, PredictionSource] | None = None,
          batch_size: int = DEFAULT_BATCH, scorers: dict[str, Scorer] | None = None) -> Iterator[Batch]:
    """Score every answer whose question has a bundle (or a source), batch by batch; the session is
    only read (see the module note): apply each batch with :func:`apply_batch`.

    ``scorers`` (bundle id -> Scorer) is filled as bundles are loaded, so a caller may keep them for
    the next run; ``sources`` (question -> PredictionSource) scores those questions instead of their
    bundles (the question's ItemInfo must name the labels its rows stand for). The first batch is
    empty and gives the total. Raises ``Cancelled`` once ``cancel`` is set (a batch under way is ended); the
    batches yielded before keep their rows once applied. A batch that runs past its time limit
    (``scoring.run_limit.BATCH_SECONDS``) is ended there and raises a BundleError that says so.
    """
    scorers = {} if scorers is None else scorers
    sources = sources or {}
    todo = [(item, b) for item, b in bundles.items() if b is not None or item in sources]
    total = sum(len(session.keys_for(item)) for item, _ in todo)
    done = 0
    yield Batch(0, total, "")
    for item, bundle in todo:
        source = sources.get(item)
        if source is None:
            assert bundle is not None   # todo holds only questions with a bundle or a source
            source = scorers.get(bundle.id)
            if source is None:
                source = scorers[bundle.id] = Scorer(bundle, threads=threads)
        answers = session.answers_for(item)
        keys = [a.key for a in answers]
        texts = [a.text for a in answers]
        for batch in source.iter_batches(texts, batch_size=batch_size, cancel=cancel):
            n = len(batch.probabilities)
            done += n
            scored = keys[batch.start:batch.start + n]
            # whether they deny and are bare lists of terms, and the rows themselves, made here (a worker in the app),
            # not by the thread that applies the batch
            yield Batch(done, total, item, scored, batch.probabilities, session.denials_of(scored),
                        session.term_lists_of(scored), batch_rows(session.items[item], batch.probabilities))


def apply_batch(session: GradingSession, batch: Batch) -> Change:
    """Store a scored batch in the session (on the thread that owns it); what changed."""
    return batch.apply(session)


def score_all(session: GradingSession, bundles: dict, **kw) -> Change:
    """Score and apply in one loop, on this thread; every answer that got a row."""
    change = Change()
    for batch in score(session, bundles, **kw):
        change = change | apply_batch(session, batch)
    return change


# ----- save, export, close ------------------------------------------------------------------------------
def save_predictions(store: ProjectStore, session: GradingSession) -> None:
    """The model's rows into the project file (may run on a worker, given a snapshot of the session)."""
    store.save_predictions(session)


def save_thresholds(store: ProjectStore, session: GradingSession, items=None) -> None:
    """The thresholds of ``items`` (default: every one the teacher set) into the project file."""
    values = dict(session.thresholds)
    if items is not None:
        values = {it: session.threshold(it) for it in items if it in session.items}
    if values:
        store.save_thresholds(values)


def export_graded(session: GradingSession, out) -> Path:
    """The graded sheet (XLSX or CSV by the file's suffix); the path written."""
    from .io.writers import write_graded

    return write_graded(session, out)


def close_project(store: ProjectStore, session: GradingSession | None = None, save: bool = False) -> str:
    """Save the scores (if asked) and close the project file, releasing its lock. Returns "" or the
    reason the scores could not be saved (nothing is lost: the sheet is scored again on reopening)."""
    return str(end_project(store, session, save) or "")


def end_project(store: ProjectStore, session: GradingSession | None = None, save: bool = False) -> ProjectError | None:
    """:func:`close_project` returning the problem itself (its kind: the window says it in the teacher's language)."""
    try:
        if save and session is not None:
            try:
                store.save_predictions(session)
            except ProjectError as exc:
                return exc
    finally:
        store.close()
    return None
