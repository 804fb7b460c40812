"""The list separator of the teacher's spreadsheet as the window knows it: ";" where the numbers it shows have a decimal
comma (German, Spanish), else ",". The window sets it with its language (:func:`grader_app.ui.i18n.install`); without a
window (the command line) it is ",". A CSV made from a sheet that was no CSV is separated so
(:func:`grader_app.io.csv_locale.csv_delimiter`). Kept here, not in :mod:`grader_app.io`, so that the window sets it
without importing the readers (and pandas with them) before it shows."""
from __future__ import annotations

__all__ = ["region_separator", "set_region_separator"]

_region = [","]


def set_region_separator(separator: str) -> None:
    """";" where the window's numbers have a decimal comma, else "," (anything else is taken as ",")."""
    _region[0] = ";" if separator == ";" else ","


def region_separator() -> str:
    return _region[0]
