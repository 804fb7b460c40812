"""The teacher's model files, with no Qt: a bundle verified, installed or copied into the user's models, removed; a
model learned from the teacher's marks saved as a bundle; models made from a marked sheet (``grader learn`` for the
window). Slow ones are a worker's jobs; the window lists what they return on its own thread (``library.add``,
``library.forget``). :mod:`grader_app.workflow` hands them on under their names there.
"""
from __future__ import annotations

from pathlib import Path

from .bundles.archive import Bundle, read_bundle
from .bundles.errors import BundleError
from .bundles.library import Library
from .core.sheet import Sheet
from .learn.in_session import not_kept
from .learn.library_names import names_no_question
from .problem_texts_bundles import refuses_own


# ----- bundles ------------------------------------------------------------------------------------------
def verify_bundle(path) -> Bundle:
    """Read a bundle file and run its model once on test answers in a capped child process (output
    width and values checked); BundleError (one sentence) if it cannot be used. Slow: a worker's job."""
    from .scoring.probe import probe_bundle

    bundle = read_bundle(path)
    probe_bundle(bundle)
    return bundle


def install_bundle(library: Library, path, relearned: bool = False) -> Bundle:
    """Verify a bundle file as :func:`verify_bundle` does and copy it into the user's model folder (a model the teacher
    made under its id is kept, the added one beside it, unless this is that model ``relearned``: ``Library.copy_in``)."""
    from .scoring.probe import probe_bundle

    return library.install(path, verify=probe_bundle, relearned=relearned)


def copy_bundle_in(library: Library, path, relearned: bool = False) -> Bundle:
    """:func:`install_bundle` without listing it: safe on a worker while the window reads the library;
    the window lists the result with ``library.add`` on its own thread."""
    from .scoring.probe import probe_bundle

    return library.copy_in(path, verify=probe_bundle, relearned=relearned)



# ----- learning from the teacher's marks ------------------------------------------------------------------
# a question without a model learns in the open session: grader_app.learn.in_session (LEARNED, QuestionLearner,
# group_questions, learns, use_learned_model, unsaved_because), whose names the window takes from here
def save_learned_model(library: Library, model, item: str, path, source: str = "", answers: int | None = None,
                       name: str | None = None, scale=None, kept=None) -> Bundle:
    """Write a learned model as a bundle at ``path`` (titled with the question's name, so the next sheet
    with that question finds it, unless another model scores that question: ``learn.library_names``) and copy it
    into the user's models as any bundle is (verified); the caller lists it with ``library.add``
    (:func:`copy_bundle_in`). A model learned from too few marks to take any answer on its own (the question has
    ``answers`` answers here) is not written: NotEnoughMarks, :func:`~grader_app.learn.in_session.not_kept`, which
    the window asks first (:func:`unsaved_because`). A question the sheet does not name ("whole sheet") is saved under
    the ``name`` the teacher gives it: without one, NamelessQuestion (a model titled "whole sheet" would take every later
    sheet that names no question, whatever its question). ``scale``: what the question is out of (core.scale), which
    a later sheet marks it on. ``kept``: the answers and marks it learned from (``QuestionLearner.kept_marks``), written
    beside it (and copied in with it), so later marks go on teaching it."""
    from .learn.export import write_learned_bundle
    from .learn.library_names import learned_name

    question = " ".join((name or "").split()) or item
    if names_no_question(question):
        raise nameless_problem()
    problem = not_kept(model, question, answers)
    if problem is not None:
        raise problem
    named = learned_name(question, library)
    try:
        written = write_learned_bundle(path, model, bundle_id=named.bundle_id, title=named.title, prompt=named.prompt,
                                       source=source, question=question, scale=scale, kept=kept)
        return copy_bundle_in(library, written, relearned=True)   # the question's own learned again: it takes its place
    except BundleError as refused:
        if not refuses_own(refused):
            raise
        raise own_refused(refused, question, path) from None


def own_refused(refused: BundleError, question: str, path) -> BundleError:
    """A learned model refused as it is saved (its manifest, its graph, or its scores on test answers: ``problem_texts_
    bundles.refuses_own``), said as the teacher's own: what was wrong, without "get a fresh copy from whoever made it"
    (no one else has one), and what she can do instead (save it again, if a second try can pass: ``one_off``)."""
    from .problem_texts_bundles import one_off, own_fault

    name = refused.values.get("name") or Path(path).name
    kind = "bundle.own_refused_once" if one_off(refused) else "bundle.own_refused"   # save it again / mark one more
    return BundleError.said(kind, name=name, question=question, detail=own_fault(refused))


def nameless_problem() -> Exception:
    """Why a model learned for a question the sheet does not name is not saved without a name (one sentence)."""
    from .learn.library_names import NamelessQuestion

    return NamelessQuestion.said("learn.nameless_question")


def guess_score_column(sheet: Sheet) -> str | None:
    from .learn.score_column import guess_score_column as guess   # not from_sheet, whose import loads scipy

    return guess(sheet)


def make_models_from_sheet(library: Library, path, score_column: str, sheet_name: str | None = None,
                           answer_column: str | None = None, graph_in_child: bool = False) -> tuple[list[Bundle], object]:
    """``grader learn`` for the window: a bundle per question of a marked sheet (its worksheet ``sheet_name``; the
    answers in ``answer_column``, else guessed), each installed into the user's models beside the library's (verified;
    the caller lists them with ``library.add``, :func:`copy_bundle_in`). Returns (the bundles, the LearnResult);
    LearnError if none. ``graph_in_child``: the models' ONNX graphs are made in a child process, so that onnx is never
    imported here (the window: :mod:`grader_app.learn.graph_child`)."""
    import tempfile
    from contextlib import nullcontext

    from .learn.from_sheet import learn_from_sheet
    from .learn.graph_child import GraphChild

    with tempfile.TemporaryDirectory(prefix="grader-learn-") as out, \
            (GraphChild() if graph_in_child else nullcontext(None)) as graph:
        if graph is not None:
            graph.warm()   # the child starts while the sheet is read and the models fitted
        result = learn_from_sheet(path, score_column, out, sheet_name=sheet_name, answer_column=answer_column,
                                  library=library, graph=graph)
        return add_learned(library, result, path), result


def add_learned(library: Library, result, sheet, add=copy_bundle_in) -> list[Bundle]:
    """The models learned from the marked sheet ``sheet`` (``result``, a LearnResult), each added to the user's models
    with ``add`` (:func:`copy_bundle_in` for the window, which lists them; :func:`install_bundle` for ``grader learn``):
    one Grader refuses as it tries it (its scores on Grader's test answers) is said as hers and skipped, the others
    kept; LearnError if none is left."""
    bundles = []
    for it in list(result.items):
        try:
            bundles.append(add(library, it.path, relearned=True))
        except BundleError as refused:
            if not refuses_own(refused):
                raise
            result.skip(it.item, refused)
    if not bundles:
        raise result.nothing_learned(Path(sheet).name)
    return bundles


def remove_bundle(library: Library, bundle_id: str, path) -> Bundle | None:
    """Delete a model file of the user's own (a worker's job: ``library.remove_file``); the model that came with
    Grader under the same id, which is listed again, or None. The caller lists the change with ``library.forget``."""
    return library.remove_file(bundle_id, path)
