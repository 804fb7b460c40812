"""What the main window says of the open sheet: its title, the counts beside the status bar, the sentence of
File ▸ Save and the note when scoring ends. Plain functions of a few values (no widget), in the window's translation
context ("MainWindow")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import settings_read
from .messages import plain_after_colon
from .scoring_controller import CANCELLED, DONE, FAILED

translate = QCoreApplication.translate

SCORING_NOTE_MS = {DONE: 8000, CANCELLED: 10000, FAILED: 15000}   # how long the note on how scoring ended stays


def scoring_note(how: str, sentence: str) -> tuple[str, int]:
    """The status bar's note when scoring ended ``how`` (done, cancelled, failed), and how long it stays."""
    if how == FAILED:
        sentence = translate("MainWindow", "Scoring failed: {problem}").format(problem=plain_after_colon(sentence))
    return sentence, SCORING_NOTE_MS.get(how, 8000)


def window_title(sheet_name: str | None) -> str:
    """The window's title: the sheet's name before the app's (the app's alone without a sheet)."""
    if sheet_name is None:
        return translate("MainWindow", "Grader")
    return translate("MainWindow", "{sheet} — Grader").format(sheet=sheet_name)


def status_counts(decided: int, need: int, unsaved: int = 0, others_held: bool = False) -> str:
    """'2 decided by you · 3 need you · saved': each count its own plural text (Spanish "1 decidida", "3 decididas"),
    joined; '… · 6 not saved' instead while ``unsaved`` decisions could not be written to the project file, and
    '… · changes not saved' while only other changes are held (``others_held``: a threshold, a comment), which the
    bar said "saved" beside."""
    if unsaved:
        on_disk = translate("MainWindow", "%n not saved", "status bar: decisions the project file could not take yet",
                            unsaved)
    elif others_held:
        on_disk = translate("MainWindow", "changes not saved",
                            "status bar: no decision, but a threshold, a comment… the project file could not take yet")
    else:
        on_disk = translate("MainWindow", "saved", "status bar: every decision is on disk")
    return " · ".join((translate("MainWindow", "%n decided by you", "", decided),
                       translate("MainWindow", "%n need you", "", need), on_disk))


def saved_sentence(decisions: int, file_name: str) -> str:
    """File ▸ Save: every decision is already on disk, in the project file beside the sheet (none yet: no "All 0")."""
    if not decisions:
        return translate("MainWindow", "No decisions yet; Grader saves each one in {file}, beside your sheet, the moment "
                         "you make it.").format(file=file_name)
    return translate("MainWindow", "All %n decisions are saved in {file}, beside your sheet; Grader saves each one the "
                     "moment you make it.", "", decisions).format(file=file_name)


def settings_refused_sentence(settings) -> str:
    """The start screen's sentence when the settings file was not read (settings_read: too large, or no answer)."""
    if settings.refused == settings_read.TOO_LARGE:
        return translate("MainWindow", "Grader's settings file {file} is {size} MB, far larger than any Grader writes, "
                                       "so it was not read: Grader starts with its usual settings, leaves that file "
                                       "as it is and forgets what you set now when it closes. Move or delete that "
                                       "file to have Grader keep its settings again.").format(
            file=settings.refused_file, size=f"{settings.refused_size / (1024 * 1024):.0f}")
    return translate("MainWindow", "Grader's settings file {file} did not answer within {seconds} seconds (a network "
                                   "drive that is slow or gone?), so Grader starts with its usual settings and forgets "
                                   "what you set now when it closes. Start Grader again once that drive answers.").format(
        file=settings.refused_file or translate("MainWindow", "(the system's)"),
        seconds=f"{settings_read.READ_WAIT_S:g}")
