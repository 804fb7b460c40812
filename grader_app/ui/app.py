"""Start the desktop app: ``run_app(argv)`` (``grader`` and ``grader SHEET``)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from .. import __version__

USAGE = "usage: grader [SHEET.xlsx|SHEET.csv]"


def _sheet_arg(argv: list[str]) -> Path | None:
    for a in argv:
        if not a.startswith("-"):
            return Path(a)
    return None


def missing_sheet_sentence(sheet: Path, subcommands: tuple[str, ...] = ()) -> str:
    """What to say when the app is asked to open a file that is not there. A word without a file ending
    that looks like one of the command line's ``subcommands`` ("grader scroe answers.csv") is more likely a
    mistyped command than a file."""
    import difflib

    from ..errors import sentence

    commands = ", ".join(subcommands)
    if subcommands and not sheet.suffix and len(sheet.parts) == 1:
        close = difflib.get_close_matches(sheet.name.lower(), subcommands, n=1, cutoff=0.6)
        if close:
            return sentence(f"{sheet.name!r} is neither a file nor a command; did you mean 'grader {close[0]}'? "
                            f"The commands are {commands} (grader --help says more)")
        return sentence(f"there is no file {sheet.name!r} and no command of that name; give a sheet of answers "
                        f"(.xlsx or .csv) or one of the commands {commands} (grader --help says more)")
    return sentence(f"there is no file {sheet}; check the name and the folder")


def make_application(argv: list[str]):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from ..paths import assets_dir

    app = cast(QApplication, QApplication.instance())   # one made here, or the caller's QApplication
    if app is None:
        # Fractional scaling (125 %, 150 %) drawn as is rather than rounded: crisp on school laptops.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication([sys.argv[0] if sys.argv else "grader", *argv])
    from . import binding_check, gc_guard

    gc_guard.install(app, freeze_startup=True)   # cycles are collected on this (the GUI) thread only
    binding_check.warn_if_dropping()   # a PySide6 that drops references to None and True: said in the log
    app.setApplicationName("Grader")
    app.setApplicationDisplayName("Grader")
    app.setOrganizationName("Grader")
    app.setApplicationVersion(__version__)
    icon_dir = assets_dir() / "icons"
    if icon_dir.is_dir():
        icon = QIcon()
        for p in sorted(icon_dir.glob("grader-*.png")):
            icon.addFile(str(p))
        if not icon.isNull():
            app.setWindowIcon(icon)
    return app


def run_app(argv: list[str] | None = None, subcommands: tuple[str, ...] = ()) -> int:
    """The window (``grader [SHEET]``); ``subcommands``: the command line's, named when a missing "sheet" looks
    like one of them (the entry point passes them: this package may not import the command line)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    sheet = _sheet_arg(argv)
    if sheet is not None and not sheet.exists():
        print(f"grader: {missing_sheet_sentence(sheet, subcommands)}", file=sys.stderr)
        return 2
    app = make_application(argv)
    from . import i18n
    from .settings import Settings

    # read once, before any widget (the language is needed first): bounded in time and size (settings_read)
    settings = Settings()
    i18n.install(i18n.chosen_language(settings))   # the settings' language, else the system's
    window = open_main_window(argv, settings=settings)
    from .startup_probe import install as install_startup_probe  # GRADER_STARTUP_PROBE (scripts/bench_build.py)
    install_startup_probe(window)
    code = app.exec()
    del window
    return code


def open_main_window(argv: list[str], **window_kwargs):
    """Show the main window; with a sheet path in ``argv``, open it once the event loop runs."""
    from PySide6.QtCore import QTimer

    from .main_window import MainWindow

    sheet = _sheet_arg(argv)
    window = MainWindow(**window_kwargs)
    window.show()
    if sheet is not None:
        QTimer.singleShot(0, lambda: window.open_path(sheet.resolve()))  # sheet, project or model
    return window
