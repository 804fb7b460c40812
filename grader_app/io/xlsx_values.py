"""How a workbook's cell reads (:mod:`.xlsx_reader`): its value as the text a teacher sees in Excel (:func:`cell_text`;
a number as its format shows it, :func:`shown_text`: a fraction, :func:`fraction_text`, a percent, :func:`percent_text`,
any other number format understood, :func:`~.number_formats.number_format_text`),
its number format (:func:`format_codes`; which reader shows it, :func:`format_kind`), the zeros such a format pads a
student id with (:func:`zero_pad`, :func:`padded`), and a number as Graders read it before any format was shown
(:func:`stored_text`)."""
from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Callable

from ..core.numbers import whole_number_text
from .number_formats import number_format_text


def format_codes(ws) -> Callable[[int], str]:
    """``style id -> number format code`` ("0.00", "yyyy-mm-dd", "General"), looked up once per style."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    wb = ws.parent
    styles: Any = getattr(wb, "_cell_styles", None)
    custom: Any = getattr(wb, "_number_formats", None)
    known: dict[int, str] = {}

    def code(style_id: int) -> str:
        if style_id not in known:
            try:
                fmt_id = styles[style_id].numFmtId
                known[style_id] = str(custom[fmt_id - 164] if fmt_id >= 164 else BUILTIN_FORMATS.get(fmt_id, "General"))
            except (TypeError, IndexError, AttributeError):
                known[style_id] = "General"
        return known[style_id]
    return code


def zero_pad(code: str) -> int:
    """The width a number format pads a whole number to with zeros ("000000": Excel shows 123 as 000123), else 0.
    Student ids are often stored that way."""
    code = code.split(";")[0]
    return code.count("0") if _ZERO_PAD.fullmatch(code) else 0


_ZERO_PAD = re.compile(r"0{2,}")


# ECMA-376's ST_Xstring: "_xHHHH_" is U+HHHH, whatever it is, read from the left ("_x005F_" an underscore, so the
# text "_x000D_" is stored "_x005F_x000D_"); Excel shows "CAG_x6904_2" as "CAG椄2". Only control characters were
# decoded, after openpyxl took every "x005F_" out of the shared strings: a typed "_x000D_" became a carriage return.
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _unescape(m: re.Match) -> str:
    """Excel stores a carriage return (and other control characters) in a cell as ``_x000D_``, an underscore that
    begins such a pattern as ``_x005F_`` (:func:`~.xlsx_cells.xlsx_text` writes them so)."""
    return chr(int(m.group(1), 16))


def cell_text(v) -> str:
    """A workbook value as the text a teacher sees: 3 -> "3", 2.5 -> "2.5", dates as ISO."""
    if v is None:
        return ""
    if isinstance(v, str):
        return _EXCEL_ESCAPE.sub(_unescape, v) if "_x" in v else v
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):   # a whole number (a student id stored as a number) as its digits, however long
        whole = whole_number_text(v)
        return whole if whole is not None else format(v, ".15g")
    if isinstance(v, _dt.datetime):
        if v.time() == _dt.time(0) and v.tzinfo is None:
            return v.date().isoformat()
        return v.isoformat(sep=" ", timespec="seconds")
    if isinstance(v, (_dt.date, _dt.time)):
        return v.isoformat()
    return str(v)


def shown_text(v, code: str) -> str | None:
    """Number ``v`` as Excel shows it under number format ``code`` ("3/4", "50%", "3.50", "$1,200.00", "1.20E+03"), or
    None where the format is General or not understood, or ``v`` is no number: the cell then reads as
    :func:`cell_text` has it. The number itself stays in the sheet's typed cells (``Sheet.typed``): the graded workbook
    writes it back with its format, and a teacher's marks are read from it (``Sheet.stored_values``)."""
    kind = format_kind(code)
    if kind is None:
        return None
    text = (fraction_text if kind == FRACTION else percent_text if kind == PERCENT else number_format_text)(v, code)
    if kind == NUMBER and text is not None and text.replace(",", "") == cell_text(v):
        # a whole number whose format only groups its thousands ("#,##0": 123456 shown "123,456") reads as its digits,
        # as before: such a cell is as often a student id as an answer, and an id must stay what the learning platform
        # and the project know ("123456"); an answer "1,200" read "1200" means the same to a scorer
        return None
    return text


FRACTION, PERCENT, NUMBER = "fraction", "percent", "number"


def format_kind(code: str) -> str | None:
    """Which reader of :func:`shown_text` a number format goes to: FRACTION, PERCENT or NUMBER (any other), or None for
    General. Graders read them as shown from different commits (a project saved before keeps the stored number's text:
    :mod:`.project_numbers`)."""
    if code == "General":
        return None
    return FRACTION if "/" in code else PERCENT if "%" in code else NUMBER


def padded(t: str, v, code: str) -> str:
    """Text ``t`` of cell value ``v`` zero-padded as ``code`` pads a whole number (:func:`zero_pad`; "000123")."""
    pad = zero_pad(code) if code != "General" else 0
    if pad and isinstance(v, (int, float)) and not isinstance(v, bool) and t.isdigit():
        return t.zfill(pad)
    return t


def stored_text(v, code: str) -> str:
    """Cell value ``v`` under number format ``code`` as a Grader that showed no number format read it: the stored
    number's own text (:func:`cell_text`), zero-padded as the format pads (0.5 under "0%" -> "0.5", 7 under "000" ->
    "007"), as Graders read every number before c70a905."""
    return padded(cell_text(v), v, code)


# a fraction format: "# ?/?", "# ??/??", "?/8", "???/???" (a whole part first, or none), literal text and colours aside
_FRACTION = re.compile(r"(?:([#0?]+)\s+)?\?+/(\?+|[1-9]\d*)")
_LITERAL = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def fraction_text(v, code: str) -> str | None:
    """A number under a fraction format as Excel shows it (0.75 in "# ?/?" -> "3/4", 1.5 -> "1 1/2", 0.5 in "?/8" ->
    "4/8"); None for any other format or value. Students type "0 3/4" so that Excel keeps a fraction (not a date)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    m = _FRACTION.fullmatch(_LITERAL.sub("", code.split(";")[0]).strip())
    if m is None:
        return None
    whole_part, den = m.group(1) is not None, m.group(2)
    if den.isdigit():      # a fixed denominator, kept as it is ("4/8")
        d = int(den)
        n = round(abs(v) * d)
    else:                  # the nearest fraction with at most as many digits below as there are "?"
        f = Fraction(abs(v)).limit_denominator(10 ** len(den) - 1)
        n, d = f.numerator, f.denominator
    w, n = divmod(n, d) if whole_part else (0, n)
    sign = "-" if v < 0 and (w or n) else ""
    if not n:
        return f"{sign}{w}"
    return f"{sign}{w} {n}/{d}" if w else f"{sign}{n}/{d}"


# a percent format: "0%", "0.00%", "#,##0.0%" (literal text and colours aside)
_PERCENT = re.compile(r"[#0]*(,)?[#0]*0(?:\.(0+))?%")


def percent_text(v, code: str) -> str | None:
    """A number under a percent format as Excel shows it (0.5 in "0%" -> "50%", 0.125 in "0.0%" -> "12.5%", 12.34
    in "#,##0%" -> "1,234%"); None for any other format or value. Excel stores a student's typed "50%" as 0.5 under
    such a format. The number itself stays in the sheet's typed cells (``Sheet.typed``), where a teacher's marks
    column formatted as percent is read from (:func:`grader_app.core.sheet.Sheet.stored_texts`)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    m = _PERCENT.fullmatch(_LITERAL.sub("", code.split(";")[0]).strip())
    if m is None:
        return None
    places = len(m.group(2) or "")
    shown = (Decimal(repr(v)) * 100).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)   # as Excel rounds: 12.5 -> 13
    if not shown:
        shown = abs(shown)   # no "-0%"
    return format(shown, f"{',' if m.group(1) else ''}.{places}f") + "%"
