"""``grader score``: the models the teacher chose in the window for each question, read from the sheet's project file.

The window keeps the model chosen for each question of a sheet in its project (``item_bundles`` of
:meth:`~grader_app.io.project_store.ProjectStore.load_setup`) and scores each question with it when the sheet is opened
again. The command matched every question by name instead, so a question she had matched to a model by hand (a quiz
report's written question, named by its words) was scored by none: unscored, or the whole sheet refused with "no
installed model matches". Now, on a sheet whose project is its own (:func:`.saved_columns.saved_columns`), each question
is scored by the model chosen for it there when that model is installed (by its id, as the library loads it, its hash
checked), as in the window.

The command line's choice goes first: ``--bundle`` scores every question with its model, and a model of the ``--models``
folder matched to a question by name scores it; the command then says that its own choice was used over the window's. A
model chosen there that is not installed (or whose file did not load) is said, with what to do, and the question is
matched as before.

A question she chose there to score herself ("No model — you score it", kept as no model in ``item_bundles``) is scored
by no model here either, and the command says so (:func:`no_model_lines`): it was matched to a model by its name, so the
file held that model's scores, and the answers it accepts on its own, where the window shows none. The command line's
choice goes first here too.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.grading import find_bundle_for
from .said import quoted

if TYPE_CHECKING:
    from ..bundles.archive import Bundle


def window_models(saved, library, args) -> dict[str, str]:
    """Question -> the id of the installed model chosen for it in the window (``saved``: the project's, or None), but
    where the command line chose otherwise (``--bundle``; a ``--models`` model matched to it by name)."""
    if saved is None or library is None or args.bundle:
        return {}
    return {**{item: bid for item, bid in saved.models.items()
               if library.get(bid) is not None and _folders(item, bid, library, args) is None},
            **{item: None for item in saved.no_model if _folders(item, None, library, args) is None}}


def _folders(item: str, bid: str | None, library, args) -> Bundle | None:
    """The model of the ``--models`` folder matched to ``item`` by name, when it is not ``bid``; else None."""
    if not args.models:
        return None
    named = find_bundle_for(item, library)
    folder = Path(args.models).resolve()
    if named is None or named.id == bid or named.path is None or named.path.resolve().parent != folder:
        return None
    return named


def said(saved, library, args, bundles: dict) -> list[str]:
    """What the command says of the models chosen in the window for the questions of ``bundles`` (question -> the
    model scoring it) that it did not use: the command line's own choice, or a model not installed."""
    from ..workflow import unloaded_files

    chosen = {item: bid for item, bid in (saved.models if saved is not None else {}).items() if item in bundles}
    mine = [item for item in (saved.no_model if saved is not None else ()) if item in bundles]
    if not chosen and not mine:
        return []
    where = saved.name
    if args.bundle:
        return [f"--bundle {Path(args.bundle).name} was used for every question over the models chosen in the window, "
                f"which {where} holds; leave --bundle out to score each question with the model chosen there."]
    lines = []
    for item, bid in chosen.items():
        if library.get(bid) is None:
            damaged = unloaded_files([bid], library).get(bid)
            why = (f"its file {damaged} is in the models folder but did not load (see grader bundles)" if damaged
                   else "it is not installed")
            lines.append(f"the model chosen in the window for question {quoted(item)}, {bid} (which {where} holds), "
                         f"was not used: {why}. Add it to your models again (Add a model… in the window), or score the "
                         "question with a model using --bundle FILE; the question was matched by its name instead.")
            continue
        named = _folders(item, bid, library, args)
        if bundles.get(item) is named and named is not None:
            lines.append(f"the model {named.id} of --models was used for question {quoted(item)} over {bid}, the model "
                         f"chosen for it in the window, which {where} holds; leave --models out to score it with the "
                         "model chosen there.")
    for item in mine:
        own = _folders(item, None, library, args)
        if bundles.get(item) is own and own is not None:
            lines.append(f"the model {own.id} of --models was used for question {quoted(item)}, which was chosen in "
                         f"the window to be scored by no model ({where} holds that choice); leave --models out to score "
                         "it yourself, as chosen there.")
    return lines


def no_model_lines(saved, chosen: dict, session, written: str) -> list[str]:
    """What the command says of the questions scored by no model because the teacher chose so in the window (``chosen``:
    :func:`window_models`), their answers marked for her in the file ``written``."""
    lines = []
    for item in (item for item, bid in chosen.items() if bid is None and item in session.items):
        n = len(session.answers_for(item))
        lines.append(f"question {quoted(item)} is scored by no model, as chosen in the window (which {saved.name} "
                     f"holds), so its {n} answer{'' if n == 1 else 's'} {'is' if n == 1 else 'are'} marked for you to "
                     f"score (status “unscored”, no model score) in {written}; to score it with a model, give --bundle "
                     "FILE, or --models DIR with a model named for it.")
    return lines
