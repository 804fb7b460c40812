"""The error of ``grader_app.io``'s readers and writers (a :class:`grader_app.errors.GraderError`).

``str(SheetError(...))`` is a single plain sentence for the teacher: what is wrong with the file and
what to do about it. It names the file by its name only, never by its full path, and never carries
traceback text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..errors import GraderError

if TYPE_CHECKING:
    from ..core.sheet import ColumnMapping


class SheetError(GraderError):
    """A sheet cannot be read or written; the message says why and what to do."""

    # the columns guessed all the same, when only the answers' column is missing ("columns.empty_answers")
    guess: ColumnMapping | None = None
    # the students left out of an import file that was written when its list of them could not be (lms.export_files)
    unmatched: Sequence = ()
    # and the result of that import file (an lms.ExportResult without a list): saved, said as the export it is
    result: Any = None
    # a sheet that could not be read: its project file's name and how many decisions it keeps (said with the problem)
    work_kept: tuple[str, int] | None = None
