"""The text Excel shows for a number under a number format code (:func:`number_format_text`): "3.50" for 3.5 under
"0.00", "1,200" under "#,##0", "$3.50" under '"$"#,##0.00', "3.50 €" under '#,##0.00\\ "€"' or "#,##0.00 [$€-407]",
"1.20E+03" under "0.00E+00", "(3.50)" for -3.5 under "#,##0.00;(#,##0.00)". A student's answer reads as the teacher
saw it in the cell (:func:`grader_app.io.xlsx_values.shown_text`; percents and fractions have their own readers there).

What is understood, section by section (up to four sections split by ";": positive and zero, negative, zero, text):

- digit placeholders "0" (a digit, zero-padded), "#" (a digit if any) and "?" (a digit or a space) in one run, with a
  decimal point (always shown when the code has one: 3 under "0.##" is "3."), a thousands comma between placeholders,
  and commas after the last placeholder, each dividing by 1,000 ("#,##0," shows 1,200,000 as "1,200");
- a scientific exponent after a mantissa of one "0": "0.00E+00" ("E-" shows the sign of negative exponents only);
- "General" with literal text around it ('General" kg"');
- literal text: quoted ("..."), escaped (\\x), the characters Excel shows as themselves ($ - + ( ) : ! ^ & ' ~ { } < > =
  and space) and currency signs; a locale's currency "[$€-407]" as its sign, "[$-409]" as nothing; colours ([Red],
  [Color10]) as nothing; "_x" (space as wide as x) and "?" padding as one space, "*x" (repeat x to fill) as nothing,
  those spaces trimmed at both ends.

Rounding is Excel's: half away from zero, a number taken to its 15 significant digits (whole numbers to all theirs,
as the reader keeps a long student id). One section: a negative number gets a minus in front of it all ("-$3.50").
Two or more: a negative number is shown by the second without a minus of its own, zero by the third.

Anything else reads as the stored number (None here): a condition ([>100]), dates and times (any other letter),
"@" (Excel shows a number in a text-formatted cell as General does: its stored number), engineering notation
("##0.0E+0"), a second run of digits ("000-00-0000"), "%" and "/" (:mod:`.xlsx_values`), a locale's other numerals
([$-D000409]), more than 30 decimals, more than 21 digits before the point; the codes built into Excel whose currency
is the computer's (ids 5-8, 41-44, which a workbook names by number and each Excel shows with its own region's currency
sign); a section that would show nothing (the cell would read empty), a negative number that would show no minus nor
bracket (a colour alone: its sign would be lost) or would round to zero under one section (whether Excel writes "-0"
is not known here).

The decimal point and the thousands comma are written as the code has them, as a number in General reads ("2.5"),
though an Excel in a region with a decimal comma shows "2,5" (the workbook does not say which region showed it).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from functools import lru_cache

from ..core.numbers import WHOLE_DIGITS, whole_number_text

__all__ = ["number_format_text"]

_MAX_DECIMALS = 30
_LITERAL_CHARS = set("$-+():!^&'~{}<>= ")
_COLOURS = {"black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"}
_COLOUR_N = re.compile(r"color\s*\d{1,2}", re.IGNORECASE)
_LOCALE = re.compile(r"\$([^-]*)(?:-([0-9A-Fa-f]{1,8}))?")
_PAD = "\x00"   # a space Excel leaves for alignment ("_)", "?"), made one space and trimmed at the ends
_PADS = re.compile(f"[ {_PAD}]*{_PAD}[ {_PAD}]*")
_WIDE = Context(prec=400, rounding=ROUND_HALF_UP)   # digits enough for any float's, and 30 decimals


@lru_cache(maxsize=1)
def _by_region() -> frozenset[str]:
    """The codes of Excel's built-in formats 5-8 and 41-44, as openpyxl names them: each Excel shows its own region's
    currency sign under these, whatever the code says."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS

    return frozenset(BUILTIN_FORMATS[i] for i in (5, 6, 7, 8, 41, 42, 43, 44))


@dataclass
class _Section:
    """One section of a format code: the tokens around its number, in order: ("lit", text), ("num", None),
    ("general", None); the number's placeholders (``whole``: the integer part's, commas removed; ``decimals``),
    ``grouped`` (a thousands comma), ``scale`` (how many times divided by 1,000), ``point`` (a decimal point shown),
    ``exponent`` (None, or the sign shown ("+" or "-") and the exponent's least digits)."""

    tokens: list
    whole: str = ""
    decimals: str = ""
    grouped: bool = False
    scale: int = 0
    point: bool = False
    exponent: tuple[str, int] | None = None
    # worked out once the section is read (:func:`_section`)
    digits: bool = False       # a run of digit placeholders
    general: bool = False      # "General"
    zeros: int = 0             # the integer part's "0"s: the least digits shown
    keep: int = 0              # the decimals always shown
    quantum: Decimal = Decimal(1)


def number_format_text(v, code: str) -> str | None:
    """Number ``v`` as Excel shows it under format ``code``, or None where the code is not one understood here (see
    the module's text) or ``v`` is no finite number: the reader then reads the stored number."""
    if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and not math.isfinite(v)):
        return None
    sections = _sections(code)
    if sections is None:
        return None
    if len(sections) == 1:
        chosen, negative_sign, which = sections[0], v < 0, 0
    elif v < 0:
        chosen, negative_sign, which = sections[1], False, 1
    elif v == 0 and len(sections) >= 3:
        chosen, negative_sign, which = sections[2], False, 2
    else:
        chosen, negative_sign, which = sections[0], False, 0
    if not (chosen.digits or chosen.general) and which != 2:   # a section of text alone, but the zero section ("-" for zero)
        return None
    number = _general(abs(v)) if chosen.general else _number_text(chosen, _decimal(abs(v)))
    if number is None:
        return None
    if negative_sign and not any(ch in "123456789" for ch in number):
        return None                             # -0.001 under "0.00": "-0.00" or "0.00", not known
    out = []
    for kind, text in chosen.tokens:
        out.append(text if kind == "lit" else number)
    shown = "".join(out)
    shown = (_PADS.sub(" ", shown) if _PAD in shown else shown).strip(f" {_PAD}")
    if not shown.strip():
        return None
    if negative_sign:
        shown = "-" + shown
    elif v < 0 and not any(ch in shown for ch in "-(\u2212"):
        return None                             # a negative shown by its colour alone: its sign would be lost
    return shown


@lru_cache(maxsize=256)
def _sections(code: str) -> tuple[_Section, ...] | None:
    """The sections of ``code`` that numbers are shown by (the text section left out), read once per code; None for a
    code not understood."""
    if not code or code == "General" or "%" in code or "/" in code or code in _by_region():
        return None
    parts = _split(code)
    if parts is None or len(parts) > 4:
        return None
    sections = [_section(p) for p in parts[:3]]
    if any(s is None for s in sections):
        return None
    return tuple(s for s in sections if s is not None)


def _split(code: str) -> list[str] | None:
    """``code``'s sections, split at each ";" outside quotes, brackets and escapes; None for an unclosed quote."""
    parts, start, i, n = [], 0, 0, len(code)
    while i < n:
        ch = code[i]
        if ch == '"':
            end = code.find('"', i + 1)
            if end < 0:
                return None
            i = end
        elif ch == "[":
            end = code.find("]", i + 1)
            if end < 0:
                return None
            i = end
        elif ch in "\\_*":
            i += 1
        elif ch == ";":
            parts.append(code[start:i])
            start = i + 1
        i += 1
    parts.append(code[start:])
    return parts


def _section(text: str) -> _Section | None:
    """One section read into tokens, or None when it holds anything not understood."""
    s = _Section(tokens=[])
    lit: list[str] = []
    run = ""
    ran = False    # the digit run was read (a second one is not understood)
    i, n = 0, len(text)

    def flush() -> None:
        if lit:
            s.tokens.append(("lit", "".join(lit)))
            lit.clear()
    while i < n:
        ch = text[i]
        if ch == '"':
            end = text.index('"', i + 1)
            lit.append(text[i + 1:end])
            i = end + 1
        elif ch == "\\" and i + 1 < n:
            lit.append(text[i + 1])
            i += 2
        elif ch == "_" and i + 1 < n:
            lit.append(_PAD)
            i += 2
        elif ch == "*" and i + 1 < n:
            i += 2
        elif ch == "[":
            end = text.index("]", i + 1)
            shown = _bracket(text[i + 1:end])
            if shown is None:
                return None
            lit.append(shown)
            i = end + 1
        elif ch in "0#?" or (ch == "." and i + 1 < n and text[i + 1] in "0#?" and not ran):
            if ran:
                return None
            j = i
            while j < n and text[j] in "0#?.,":
                j += 1
            run, ran = text[i:j], True
            flush()
            s.tokens.append(("num", None))
            i = j
            if i + 1 < n and text[i] in "Ee" and text[i + 1] in "+-":
                k = i + 2
                while k < n and text[k] == "0":
                    k += 1
                if k == i + 2:
                    return None
                s.exponent = (text[i + 1], k - i - 2)
                i = k
        elif text[i:i + 7].lower() == "general" and not ran:
            ran = True
            flush()
            s.tokens.append(("general", None))
            i += 7
        elif ch in _LITERAL_CHARS or unicodedata.category(ch) == "Sc":
            lit.append(ch)
            i += 1
        else:
            return None          # a date or time letter, "@", "%", "/", or anything else
    flush()
    if run and not _placeholders(s, run):
        return None
    s.digits, s.general = bool(run), any(kind == "general" for kind, _ in s.tokens)
    s.zeros, s.keep = s.whole.count("0"), len(s.decimals) - len(s.decimals.lstrip("0"))
    s.quantum = Decimal(1).scaleb(-len(s.decimals))
    return s


def _bracket(inside: str) -> str | None:
    """What a bracketed part shows: a colour nothing, a locale's currency its sign; None for a condition, an elapsed
    time, a locale's other numerals or calendar, or anything else."""
    if inside.lower() in _COLOURS or _COLOUR_N.fullmatch(inside):
        return ""
    m = _LOCALE.fullmatch(inside)
    if m is None or (m.group(2) is not None and int(m.group(2), 16) > 0xFFFF):
        return None
    return m.group(1)


_WHOLE = re.compile(r"[#?]*0*")


def _placeholders(s: _Section, run: str) -> bool:
    """The digit run's parts into ``s``; False for a run not understood."""
    whole, point, decimals = run.partition(".")
    if "." in decimals or "," in decimals or not re.fullmatch(r"0*[#?]*", decimals) or len(decimals) > _MAX_DECIMALS:
        return False
    stripped = whole.rstrip(",")
    s.scale = len(whole) - len(stripped)
    if stripped.startswith(","):
        return False
    s.grouped = "," in stripped
    s.whole, s.decimals, s.point = stripped.replace(",", ""), decimals, bool(point)
    if not _WHOLE.fullmatch(s.whole):
        return False
    if s.exponent is not None:
        return s.whole == "0" and not s.grouped and not s.scale and "?" not in decimals
    return True


def _general(v: int | float) -> str:
    """``v`` (not negative) as a cell in General reads (:func:`~.xlsx_values.cell_text`): 3 -> "3", 2.5 -> "2.5"."""
    if isinstance(v, int):
        return str(v)
    return whole_number_text(v) or format(v, ".15g")


def _decimal(v: int | float) -> Decimal:
    """``v`` as Excel holds it: a whole number with the digits it reads with in General, any other number to 15
    significant digits."""
    if isinstance(v, int):
        return Decimal(v)
    return Decimal(repr(v) if v.is_integer() else format(v, ".15g"))


def _number_text(s: _Section, d: Decimal) -> str | None:
    """The number part of section ``s`` for ``d`` (not negative); None when nothing would be shown."""
    if not s.digits:
        return ""
    if s.scale:
        d = d.scaleb(-3 * s.scale, _WIDE)
    exp_text = ""
    if s.exponent is not None:
        e = d.adjusted() if d else 0
        m = d.scaleb(-e, _WIDE).quantize(s.quantum, context=_WIDE)
        if m >= 10:
            e += 1
            m = d.scaleb(-e, _WIDE).quantize(s.quantum, context=_WIDE)
        sign = "-" if e < 0 else ("+" if s.exponent[0] == "+" else "")
        exp_text = f"E{sign}{str(abs(e)).zfill(s.exponent[1])}"
        d = m
    whole, _, frac = format(d.quantize(s.quantum, context=_WIDE), "f").partition(".")
    if len(whole) > WHOLE_DIGITS:
        return None                     # as a number in General reads then (:func:`~grader_app.core.numbers.whole_number_text`)
    shown_frac = frac.rstrip("0")
    if len(shown_frac) < s.keep:
        shown_frac = frac[:s.keep]
    pads = _PAD if "?" in s.decimals[len(shown_frac):] else ""
    if whole == "0" and s.zeros == 0:
        whole = ""
    spare = s.whole.count("?") - max(0, len(whole) - s.zeros)
    whole = whole.zfill(s.zeros)
    if s.grouped and whole:
        whole = _group(whole)
    lead = _PAD if spare > 0 else ""
    return lead + whole + ("." if s.point else "") + shown_frac + pads + exp_text


def _group(digits: str) -> str:
    """``digits`` in groups of three from the right: "1200" -> "1,200", "001200" -> "001,200"."""
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)])
