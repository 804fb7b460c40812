"""Reading a teacher's answer sheet (CSV or XLSX) into a :class:`~grader_app.core.sheet.Sheet`.

Every cell comes out as text, exactly as the teacher typed it: "007" stays "007", a number stored
in a workbook as a number comes out as its natural text (3 -> "3", 2.5 -> "2.5"; under a number format as Excel
shows it, 0.75 -> "3/4" as a student's "0 3/4" is stored, 0.5 -> "50%" as a typed "50%" is, 3.5 -> "3.50" under
"0.00", 1200 -> "$1,200.00" under a currency format (:mod:`.number_formats` lists the formats understood; any other
reads as the stored number); a teacher's marks are read as the numbers themselves, ``Sheet.stored_values``), a date as ISO
text, an empty cell as "". Nothing is guessed from the cell types, so writing the sheet back
changes nothing: a workbook's cells that held numbers, dates or truth values are also kept as they were
(``Sheet.typed``), and the graded workbook writes them back so; a CSV's cells are all text.

What the readers cope with:

* CSV (also ``.tsv`` and ``.txt``): UTF-8 with or without BOM, UTF-16/UTF-32 with a BOM (and
  UTF-16 without one), else Windows-1252, or Mac Roman or MS-DOS 850 when the letters read as text only in
  those (:mod:`.code_pages`: Excel for Mac's and "CSV (MS-DOS)"; a note says so); the delimiter (``,`` ``;``, tab,
  or a bar as some school systems' exports have) is chosen by which one splits the rows most consistently; a web
  page or XML file under a CSV name (an LMS's "Excel" download renamed) is refused, saying what it is; quoted fields
  may hold newlines; a file whose end is blank filler (zero bytes: a copy not finished, a save cut short) is refused,
  saying it is not complete, as is one cut off in the middle of a letter; a Ctrl+Z ending the text (MS-DOS's
  end-of-file mark) is no row.
  A row with more fields than the header keeps its extra fields in extra columns ("Column N") and
  a note names the rows; a quote that is never closed (which swallows every row after it into one
  cell) is read as it stands, with a note saying which row opened it; so is a stray quote that only a later line's
  quote closes (the lines between, another student's row, read into one cell), with a note naming the row and how many
  lines it took (:func:`~.csv_reader.quotes_closed_late`).
* XLSX/XLSM (openpyxl in read-only mode, ``data_only=True`` so a formula gives its cached value; a formula
  in the table without one, as programs write them, refuses the sheet, naming the cells, since it might hold
  a name or an answer that would read as empty; rows hidden or filtered out are read, with a note; so are the table's
  cells showing an Excel error, "#NAME?" where a student's answer began with "-"):
  every part of the zip is first inflated in chunks under a hard byte cap (the bytes actually
  produced count, not the sizes the zip claims), so a tiny file padded with a gigabyte of
  whitespace is refused in a fraction of a second. Only non-empty cells are kept (a lone cell at
  A1048576 costs one cell, not a million rows). The data area is the block of cells with the most
  in it; a few cells far away from it (more than 1,000 empty rows or 100 empty columns) are left
  out with a note. The worksheet holding the most text is used unless one is named; title rows
  above the header are skipped; a merged range gives its top-left value to its cells inside the
  data area only (rows that hold data, columns of the table), so a merge reaching to XFD1048576
  costs no more than the table itself; a range merged down over several of the table's rows below its header (an
  answer cell merged over two students) is named in a note, since each of those rows reads its text. Dates shown
  without their year (a "3/4" typed into Excel, which made it a date) are read as dates, with a note naming them and
  what they may have been typed as (:mod:`.excel_dates`).
* Either way: rows that are entirely empty are dropped, columns with neither header nor data are
  dropped, a header of two rows (group titles such as "Student" merged over "ID" and "Name", or written
  once followed by empty cells in a CSV) is read as one ("Student ID", "Student Name": see
  :func:`~.sheet_detection.two_row_header`), an empty header over data becomes "Column N", duplicate headers become "Answer",
  "Answer (2)", ...; a header's stray spaces are tidied in the column's name ("Answer " is
  "Answer") and its own text is kept for writing the graded sheet (:mod:`.sheet_detection`).
* Grader's own graded CSV, read again, loses the quotes its formula guard added (:mod:`.csv_reader`).
* A ``.xls`` is read by what it holds, not by its name: a real Excel 97-2003 workbook (a compound file)
  is refused with a sentence saying to save it as .xlsx, and to take its password off first when it has one
  (:mod:`.old_excel`); an .xlsx renamed .xls is read as a workbook, and one saved with a password (a compound file
  holding ``EncryptedPackage``) is told to take its password off, under any name;
  text saved as .xls (or renamed .xlsx), as Blackboard's Grade Center downloads are (tab-separated, usually UTF-16 with a
  BOM), is read as a CSV; anything else (binary data, a web page or XML saved as .xls) is refused as
  "not a real Excel workbook". An OpenDocument spreadsheet (.ods) is told how to save it, under any name.

Anything else raises :class:`SheetError` whose message is one plain sentence naming the file.

This module says what a file is and hands it on: :mod:`.csv_reader` and :mod:`.xlsx_reader` read
the cells, :mod:`.sheet_detection` finds the table in them and builds the Sheet.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..core.sheet import Sheet
from .csv_reader import read_csv
from .errors import SheetError
from .old_excel import encrypted_package, encrypted_xls
from .sheet_detection import OLE2, ZIP_HEADS, no_permission
from .xlsx_reader import read_xlsx

XLSX_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
SUPPORTED_SUFFIXES = XLSX_SUFFIXES + TEXT_SUFFIXES

# Files people drop by mistake, by suffix: what they are (a part of the sentence read.foreign, translated with it)
_FOREIGN = {
    ".pdf": "read.what_pdf", ".doc": "read.what_word", ".docx": "read.what_word", ".odt": "read.what_text",
    ".rtf": "read.what_text", ".pptx": "read.what_slides", ".ppt": "read.what_slides", ".json": "read.what_json",
    ".xml": "read.what_xml", ".html": "read.what_web_page", ".htm": "read.what_web_page", ".zip": "read.what_zip",
    ".png": "read.what_image", ".jpg": "read.what_image", ".jpeg": "read.what_image", ".gif": "read.what_image",
}
# spreadsheets of other programs: told how to save them there (an OpenDocument one under any name)
_ODS_TYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_OTHER_SPREADSHEETS = {".ods": "read.ods", ".fods": "read.ods", ".numbers": "read.numbers"}


def read_sheet(path, sheet_name: str | None = None) -> Sheet:
    """Read a CSV/TSV/TXT or XLSX/XLSM sheet (or a .xls that is text or a renamed .xlsx); every cell as exact text.

    ``sheet_name`` picks the worksheet of a workbook; without it the sheet with the most text is
    used. Raises :class:`SheetError` with one plain sentence when the file cannot be read.
    """
    p = Path(path)
    name = p.name or str(path)
    try:
        st = os.stat(p)
    except (FileNotFoundError, NotADirectoryError, ValueError):
        raise SheetError.said("read.not_found", name=name) from None
    except PermissionError:
        raise SheetError.said("read.folder_forbidden", name=name) from None
    except OSError as exc:
        raise SheetError.said("read.failed", name=name, why=exc.strerror or "input/output error") from None
    if stat.S_ISDIR(st.st_mode):
        raise SheetError.said("read.is_folder", name=name)
    suffix = p.suffix.lower()
    if suffix in _OTHER_SPREADSHEETS:
        raise SheetError.said(_OTHER_SPREADSHEETS[suffix], name=name)
    if suffix not in SUPPORTED_SUFFIXES and suffix not in (".xls", ""):
        what = SheetError.said(_FOREIGN[suffix]) if suffix in _FOREIGN else SheetError.said("read.what_suffix",
                                                                                             suffix=suffix)
        raise SheetError.said("read.foreign", name=name, what=what)
    head = _read_head(p, name)
    if not head:
        raise SheetError.said("read.empty", name=name)
    if head.startswith(ZIP_HEADS) and _ODS_TYPE in head:   # an .ods renamed: its first part, stored, names its type
        raise SheetError.said("read.ods", name=name)

    if head.startswith(OLE2):
        # a password-protected .xlsx is a compound file too, under any name: its directory says so (a file named .xls is
        # not searched byte by byte, where an old workbook's cells could hold the words)
        if encrypted_package(p) or (suffix != ".xls" and _is_encrypted_ole(p)):
            raise SheetError.said("read.password", name=name)
        # an old workbook: with its password said at once, if it has one
        raise SheetError.said("read.old_excel_password" if encrypted_xls(p) else "read.old_excel", name=name)
    if head.startswith(ZIP_HEADS) and suffix in XLSX_SUFFIXES + (".xls", ""):
        return read_xlsx(p, name, sheet_name)
    # any other .xls, .xlsx or .xlsm is text or nothing (a CSV renamed, an LMS's text download): read as a text .xls
    # is, and read_csv refuses what is not text with read.not_real_xls
    return read_csv(p, name, ".xls" if suffix in XLSX_SUFFIXES else suffix)


def _read_head(p: Path, name: str, n: int = 128) -> bytes:
    try:
        with open(p, "rb") as f:
            return f.read(n)
    except PermissionError:
        raise no_permission(name) from None
    except OSError as exc:
        raise SheetError.said("read.failed", name=name, why=exc.strerror or "input/output error") from None


def _is_encrypted_ole(p: Path) -> bool:
    """An Office file encrypted with a password is a compound file holding ``EncryptedPackage``.

    The stream names sit in the compound file's directory, which may come after the (large)
    encrypted data, so the whole file is searched (compound files of answer sheets are small).
    """
    names = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
    try:
        with open(p, "rb") as f:
            data = f.read(256 * 1024 * 1024)
    except OSError:
        return False
    return any(n in data for n in names)
