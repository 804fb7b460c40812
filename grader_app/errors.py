"""The one error base of the app, and the one way to show a problem to the teacher.

A :class:`GraderError` is a problem the user can fix: its ``str()`` is one plain sentence, what is
wrong and what to do, naming a file by its name only, never with traceback text. Each part of the
app has its own subclass (``io.SheetError``, ``io.project_store.ProjectError``,
``bundles.BundleError``, the command line's ``UserError``, ...), so a caller that only shows the
problem catches ``GraderError``. :func:`sentence` is how every problem reaches the teacher: the
command line prints it after ``grader: ``, the window's messages (``ui.messages``) show it.
"""
from __future__ import annotations

# The ordinary words a problem's sentence begins with ("the sheet is empty", "cannot write ...",
# "no bundle at ..."): only such a first word gets a capital letter. Any other first word is shown
# exactly as written, since it may be a file or folder name ("assets is a folder"), an id, a flag.
# A sentence that begins with a word missing here keeps its small letter: harmless, unlike a file
# name shown with a capital it does not have.
OPENERS = frozenset("""
    a an the this that these those there here it its no not none nothing nobody only every each some all any both
    either neither another other one two several many more most less fewer too so still already also yet
    cannot can can't could couldn't do does don't doesn't did didn't is isn't are aren't was wasn't were weren't
    has hasn't have haven't had will won't would wouldn't should shouldn't must may might need needs
    please give choose make set open close check add remove delete rename save enter pick use try drop select
    type wait keep move copy run start stop restart install update export import read write load
    unknown unexpected missing empty invalid unreadable expected something someone your you we our they their
    in on at for from to with without after before while when where which what who whom whose why how if
    since because unless until although though and or but nor as by of out over under about between
    almost question
    """.split()) | frozenset("""
    der die das den dem des ein eine einen einem einer eines kein keine keinen diese dieser dieses es sie ihre ihr
    bitte nicht nur jede jeder jedes wählen prüfen öffnen speichern
    el la los las un una unos unas ningún ninguna ninguno este esta estos estas esto hay tu tus su sus solo cada
    elige comprueba abre guarda
    """.split())   # the window's German and Spanish sentences begin with these too ("die Spalte …", "la columna …")


class Quoted(str):
    """A value from a file (a manifest's text, a model's input names) as the command line's English sentence shows it,
    in the English quotation marks the window's English uses too (“Week 3!”, “tokens”), with ``texts``, the texts it
    quotes: the window says each in the interface's quotation marks (“Week 3!”, „Week 3!“, «Week 3!»:
    ``ui.problem_values``), as its translated sentence quotes."""

    texts: tuple[str, ...] = ()

    @classmethod
    def of(cls, english: str, texts) -> "Quoted":
        shown = cls(english)
        shown.texts = tuple(str(t) for t in texts)
        return shown


class GraderError(Exception):
    """A problem the user can fix; ``str()`` is one sentence (what is wrong, what to do)."""

    kind: str | None = None        # a key of grader_app.problem_texts.TEXTS when raised with said()
    values: dict = {}

    def __init__(self, message: object = "") -> None:
        super().__init__(" ".join(str(message).split()))

    @classmethod
    def said(cls, kind: str, /, **values: object):
        """The problem ``kind`` of :data:`grader_app.problem_texts.TEXTS` with its values filled in: its
        ``str()`` is the English sentence (:func:`grader_app.problem_texts.english`: "1 decision", "3 decisions"
        for a text that counts), and the window says it in the teacher's language."""
        from .problem_texts import english
        # another library's exception is kept as its text (it has no translation, and a problem stays picklable)
        kept = {k: v if isinstance(v, GraderError) or not isinstance(v, BaseException) else str(v)
                for k, v in values.items()}
        problem = cls(english(kind, kept))
        problem.kind, problem.values = kind, kept
        return problem


def sentence(problem: object) -> str:
    """A problem (a GraderError, another exception whose text is a sentence, or text) as one plain
    sentence: whitespace runs collapsed, a full stop at the end, and a capital first letter when the
    first word is one of the ordinary words of :data:`OPENERS`. Any other first word (a file or
    folder name such as ``assets`` or ``graded.xlsx``, an id, a number, a ``--flag``) is left exactly
    as it is spelled."""
    s = " ".join(str(problem).split()) or "Something went wrong."
    first = s.split(" ", 1)[0].rstrip(".:;,!?…")
    if first in OPENERS:        # compared as written: "The" is already capitalised, "Assets" is a name
        s = s[0].upper() + s[1:]
    return s if s.endswith((".", "!", "?", "…")) else s + "."
