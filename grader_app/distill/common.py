"""What several ``grader_app.distill`` modules share, so none of them imports another's internals.

:mod:`grader_app.distill.cli` and every subcommand module import from here (never the other way
round), which keeps the package's import graph acyclic: the user-facing error type, the ``--sets``
and ``--data`` argument parsers, the student's parameter budget (used by the student and by its
exporter), a label-to-number helper and the progress bars of the long steps.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

PARAMETER_BUDGET = 50_000  # numbers and strings a student's exported graph may store (head included)


class DistillError(Exception):
    """A problem the user can fix; the message is one sentence saying what is wrong and what to do."""


def resolve_data_dir(value: str | None) -> Path:
    """The shared data folder (``--data DIR`` or ``../shared/data``); DistillError if it is missing."""
    from .asap import shared_data_dir

    path = Path(value) if value else shared_data_dir()
    if not (path / "asap_sas" / "train_rel_2.tsv").is_file():
        where = f"'{value}'" if value else "../shared/data (next to the repository)"
        raise DistillError(f"no ASAP-SAS data found at {where}: expected asap_sas/train_rel_2.tsv "
                           "inside it; put the shared data there or pass --data DIR")
    return path


def parse_sets(value: str) -> list[int]:
    """``"1,2,5-6"`` → ``[1, 2, 5, 6]``; every set must be 1..10."""
    out: list[int] = []
    for part in str(value).split(","):
        part = part.strip()
        if not part:
            continue
        try:
            if "-" in part:
                a, b = (int(x) for x in part.split("-", 1))
                out.extend(range(a, b + 1))
            else:
                out.append(int(part))
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{value}' is not a list of essay sets; write e.g. 1,2,5-6") from None
    bad = [s for s in out if not 1 <= s <= 10]
    if bad or not out:
        raise argparse.ArgumentTypeError(f"ASAP-SAS essay sets are 1 to 10, got '{value}'")
    return sorted(set(out))


def as_number(v) -> int | float:
    """A score label (a number, a numpy scalar or its text) as a plain ``int`` when whole, else ``float``.

    ValueError/TypeError if ``v`` is not a number.
    """
    f = float(v)
    return int(f) if f.is_integer() else f


def progress_bar(total: int, label: str = "", enabled: bool = True, file=None):
    """A tqdm bar on stderr (count, elapsed and time left); ``enabled=False`` draws nothing.

    Use as a context manager and call ``update(n)``. On a terminal it redraws every half second;
    written to a log file it redraws at most every 10 s so the log stays short.
    """
    from tqdm import tqdm

    stream = file if file is not None else sys.stderr
    tty = bool(getattr(stream, "isatty", lambda: False)())
    return tqdm(total=max(0, int(total)), desc=label, file=stream, disable=not enabled, unit="step",
                dynamic_ncols=tty, mininterval=0.5 if tty else 10.0, leave=True)
