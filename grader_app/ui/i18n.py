"""The interface's language: Qt's own translation machinery (``tr()``, ``.qm`` files) and the locale
used for numbers.

:func:`chosen_language` reads the "language" setting (a language code, or empty for the system's
language); :func:`install` loads ``grader_<code>.qm`` from ``grader_app/ui/translations/`` (package
data: the same path from the source tree and in the PyInstaller build) and Qt's own
``qtbase_<code>.qm`` (standard buttons such as Cancel and Close), and makes that language's
QLocale the default, so :func:`number` and :func:`percent` write "0,82" and "56 %" the way the
teacher reads them. English ships a ``.qm`` too: it holds only the plural forms ("1 answer",
"2 answers"). The sources are ``translations/*.ts`` at the top of the repository
(``scripts/update_translations.sh``; docs/translations.md).
"""
from __future__ import annotations

import math
import numbers
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import namesakes
from ..core.list_separator import set_region_separator
from .weak_slots import held_weakly

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``text`` for translation in ``context`` and give it back unchanged (Qt's marker, typed as a
    str for mypy); translate it where it is shown: ``translate(context, text)``."""
    return text


class Numerus:
    """The marker of a plural text: ``Numerus.translate(context, text, "", "count")`` gives ``text`` back unchanged.

    Qt's C++ marks one with QT_TRANSLATE_N_NOOP, which pyside6-lupdate does not know (it drops such a text without a
    word); it takes any call named ``translate`` with four arguments, the last being n, for a plural (numerus)
    text. The last argument names the value that is n."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str, n: str) -> str:
        return text


DEFAULT = "en"
# (code, the name shown in the menu): each language by its own name, so anyone can find theirs
LANGUAGES = (("", QT_TRANSLATE_NOOP("i18n", "System")), ("en", "English"), ("es", "Español"), ("de", "Deutsch"))
SUPPORTED = tuple(code for code, _ in LANGUAGES if code)

_installed: list[QTranslator] = []
_current = DEFAULT


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are (beside this module, in the source tree and when frozen)."""
    return Path(__file__).resolve().parent / "translations"


def system_language() -> str:
    """The first of the system's preferred languages that Grader speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return DEFAULT


def chosen_language(settings=None) -> str:
    """The language to start in: the setting if it names one Grader speaks, else the system's."""
    code = settings.language() if settings is not None else ""
    return code if code in SUPPORTED else system_language()


def current_language() -> str:
    return _current


def after_colon(sentence: str) -> str:
    """A sentence joined after a colon ("Learning from your marks: the model can take..."): its first letter in lower
    case in English and Spanish; German keeps it (a noun is capitalised there, and so is a whole sentence after a
    colon). A word in capitals (an abbreviation) stays as it is."""
    if current_language() not in ("en", "es") or not sentence[:1].isupper() or sentence[1:2].isupper():
        return sentence
    return sentence[0].lower() + sentence[1:]


def _locale_for(code: str) -> QLocale:
    """The system's locale when it speaks ``code`` (its region's habits stay), else the language's own."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(code)


def install(code: str) -> bool:
    """Use ``code``'s translations and number formats from now on (widgets made afterwards show them).

    Returns False when Grader's ``.qm`` for it could not be loaded (the interface is then English)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("make the QApplication before installing a language")
    uninstall()
    code = code if code in SUPPORTED else DEFAULT
    ok = True
    ours = QTranslator(app)
    if ours.load(f"grader_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    if code != DEFAULT:
        qt = QTranslator(app)
        for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_dir())):
            if qt.load(f"qtbase_{code}", folder):
                app.installTranslator(qt)
                _installed.append(qt)
                break
    QLocale.setDefault(_locale_for(code))
    # a CSV made from a workbook is separated as its numbers are written: "0,5; 1" where the decimal point is a comma
    set_region_separator(";" if QLocale().decimalPoint() == "," else ",")
    _current = code if ok else DEFAULT
    # students who share a name, told apart by their row: "Emily Nguyen (row 14)"; a translation that lost {name} or
    # {row} is not taken (the English one is)
    namesakes.set_label_template(translate("i18n", "{name} (row {row})"))
    return ok


def uninstall() -> None:
    """Remove the translators :func:`install` added and go back to English number formats."""
    global _current
    app = QCoreApplication.instance()
    while _installed:
        t = _installed.pop()
        if app is not None:
            app.removeTranslator(t)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_region_separator(",")
    namesakes.set_label_template(namesakes.ENGLISH_LABEL)
    _current = DEFAULT


# ----- numbers as the teacher reads them ---------------------------------------------------------------
def number(value: float, decimals: int = 2) -> str:
    """``value`` with ``decimals`` places in the current locale: 0.82 / 0,82."""
    rounded = float(format(float(value), f".{decimals}f"))   # Python's rounding, as the rest of Grader rounds
    return QLocale().toString(rounded, "f", decimals)


NO_BREAK_SPACE = "\u00a0"   # between a number and its "%": a line never wraps between them


def percent(share: float | None) -> str:
    """A share 0–1 as a whole percentage in the current locale, with a no-break space (U+00A0) before the sign:
    '56 %' with U+00A0 between, so a wrapping label, a tooltip or a report never leaves the sign alone at the start of a line."""
    if share is None:
        return ""
    return number(float(share) * 100, 0) + NO_BREAK_SPACE + "%"


def percent_down(share: float | None) -> str:
    """A confidence as :func:`percent` writes it, but rounded down to the whole percent: shown beside a threshold, a
    confidence below it never shows the threshold's number (0.988 under a 99 % threshold read "99 %"), and no model
    is ever "100 % sure" short of 1; within a float32's precision of a whole percent, it is that percent. Every
    probability of a model the teacher reads is written by this one function (the results table's cell and tooltip,
    the review's bars, the line under them and what a screen reader hears, a group member's line), so one answer
    shows one figure everywhere."""
    if share is None or not math.isfinite(float(share)):
        return percent(share)
    return percent(whole_percent_down(share) / 100)


def whole_percent_down(share: float) -> int:
    """The whole percent :func:`percent_down` writes for ``share`` (a finite share 0–1), as a number: what a probability
    bar's value is, so a screen reader hears the figure its label shows."""
    return math.floor(float(share) * 100 + 1e-5)   # a model's float32 0.9 (0.89999998) is 90 %


def _places(share: float, places: int, up: bool) -> str:
    """A share as a percentage to ``places`` decimals (1: a tenth, 2: a hundredth), rounded down (or up), in the current
    locale: 0.8236 -> '82.3 %' (1, down), '82.37 %' (2, up)."""
    scaled = float(share) * 10 ** (places + 2)
    whole = math.ceil(scaled - 1e-6) if up else math.floor(scaled + 1e-6)
    return number(whole / 10 ** places, places) + NO_BREAK_SPACE + "%"


def needed_tenths(needed: float) -> float:
    """A threshold 0–1 in percent to a tenth, to the nearest (0.824 -> 82.4, 0.9 -> 90.0): what the threshold panel's
    spin box holds and :func:`percent_needed` writes."""
    return round(float(needed) * 1000) / 10


def percent_needed(needed: float) -> str:
    """A threshold as the threshold panel shows it: a whole percent when it is one (0.9 -> '90 %'), else to a tenth (a
    model's own threshold, chosen on its calibration answers, 0.824 -> '82.4 %'): a whole '82 %' misled, for an answer
    the table shows 82 % sure (0.821, rounded down) is below it, and one a teacher set to 82 % would take answers the
    model's own 82.4 % did not. The review's sentence writes it so too (:func:`percent_against`)."""
    tenths = needed_tenths(needed)
    if tenths == round(tenths):
        return percent(tenths / 100)
    return number(tenths, 1) + NO_BREAK_SPACE + "%"


def percent_against(confidence: float, needed: float) -> tuple[str, str]:
    """A confidence and the threshold it is measured against, written so that the two figures say what the comparison
    says, the threshold as the threshold panel shows it (:func:`percent_needed`: '90 %', a model's own '82.4 %'), so
    the review's sentence and the panel give one figure for one threshold. The confidence is a whole percent rounded
    down (:func:`percent_down`, the figure of the bars and the table: '81 % is below the 82.4 % it needs'), unless that
    would contradict the comparison: 0.8245 against 0.824 would read "82 % reaches the 82.4 % it needs"; then to a
    tenth, rounded down ('82.4 % reaches the 82.4 %'). A confidence that lies between the threshold and the panel's
    rounded figure of it (0.8201 against 0.8203, shown '82 %'; 0.8236 against 0.82351, shown '82.4 %') is told from
    that figure by no tenth: then both are written to a hundredth, the confidence rounded down and the threshold up
    where the confidence is below it, down where it reaches it, which always agree ('82.01 % is below the 82.03 % it
    needs'), and which the panel's figure is the tenth of, give or take its last rounding."""
    c, t = float(confidence), float(needed)
    below, shown = c < t, needed_tenths(t)
    if (whole_percent_down(c) < shown) == below:
        return percent_down(c), percent_needed(t)
    if (math.floor(c * 1000 + 1e-6) / 10 < shown) == below:
        return _places(c, 1, up=False), percent_needed(t)
    return _places(c, 2, up=False), _places(t, 2, up=below)


_SPACE_BEFORE_PERCENT = re.compile(r"(?<=\d) (?=%)")


def unbroken(text: str) -> str:
    """``text`` with each number and its percent sign joined by a no-break space (U+00A0), so a label that wraps
    never leaves the sign alone at the start of a line ("… at least 95 / % right"). Applied where a wrapping label
    is given its text: :func:`percent` writes the no-break space itself, but a sentence may also hold a percentage
    written with a plain space elsewhere (the learning assistant's English words, a translator's "95 %")."""
    return _SPACE_BEFORE_PERCENT.sub(NO_BREAK_SPACE, text)


_NUMBER_WORD_NUMBER = re.compile(r"(?<!\S)(\d+) (\S+) (?=\d+(?!\S))")   # "13 of 80", "5 von 80", "5 de 80"
_NUMBER_THEN_WORD = re.compile(r"(?<!\S)(\d+) (?=\S)")
_WORD_THEN_LAST_NUMBER = re.compile(r" (?=\d+$)")


_COUNT_FIRST = re.compile(r"(\d+ \S+ \d+) (\S+)((?: \S+)*)")   # "13 of 80" "answers" " left to decide"


def _held(text: str) -> str:
    return text.replace(" ", NO_BREAK_SPACE)


def counted(text: str) -> str:
    """``text``, a line that counts ("13 of 80 answers left to decide", "5 von 80 Antworten bewertet"), with no-break
    spaces where a wrapping label must not break it: inside "13 of 80" and after each number (before a number that
    ends the text, in a language that puts it last), so no line ends in a number parted from its words.

    A line that starts with its count folds only between its phrases, and never leaves its last word alone on a line:
    "13 of 80 answers / left to decide", "1187 von 1200 Antworten / noch zu entscheiden" (it read "… noch zu /
    entscheiden" at 16 pt), and where only one word follows the count's own, "12345 von 20000 / Antworten bewertet"
    (not "… Antworten / bewertet"); "13 of 80 left" is held whole."""
    whole = _COUNT_FIRST.fullmatch(text)
    if whole is not None:
        count, noun, rest = whole.groups()
        if not rest:
            return _held(text)
        if rest.count(" ") == 1:   # one word after the count's: it stays with that word
            return _held(count) + " " + _held(noun + rest)
        return _held(f"{count} {noun}") + " " + _held(rest.lstrip())
    text = _NUMBER_WORD_NUMBER.sub("\\1" + NO_BREAK_SPACE + "\\2" + NO_BREAK_SPACE, text)
    text = _NUMBER_THEN_WORD.sub("\\1" + NO_BREAK_SPACE, text)
    return _WORD_THEN_LAST_NUMBER.sub(NO_BREAK_SPACE, text)


# what only keeps a line from breaking: a no-break space (U+00A0), a narrow one (U+202F), a no-break hyphen (U+2011)
# and a word joiner (U+2060)
_HELD_SPACE = re.compile("[\u00a0\u202f]")
_HELD_SPACE_NOT_BEFORE_PERCENT = re.compile("[\u00a0\u202f](?!%)")


def plain_spaces(text: str, keep_percent: bool = False) -> str:
    """``text`` (a label's, held whole by :func:`counted` or :func:`unbroken`) as a tooltip or a screen reader is given
    it: plain spaces and hyphens where the label has no-break ones, no word joiners. A tooltip that cannot wrap at
    "13\u00a0of\u00a080\u00a0answers" ran wide, and some screen readers read a no-break space out oddly.
    ``keep_percent``: a no-break space before a "%" stays (a tooltip that wraps never leaves the sign alone)."""
    spaces = _HELD_SPACE_NOT_BEFORE_PERCENT if keep_percent else _HELD_SPACE
    return spaces.sub(" ", text).replace("\u2011", "-").replace("\u2060", "")


_SCORE_TEXTS: dict = {}   # (type, value) -> the score's text before the locale's decimal point (a table repaints them)
_SCORE_TEXTS_MAX = 4096
_DECIMAL = re.compile(r"-?\d+\.\d+")


def _itself(value) -> bool:
    """``value`` equals itself (not NaN): a key that can be found again."""
    try:
        return bool(value == value)
    except (TypeError, ValueError, ArithmeticError):
        return False


def score(value) -> str:
    """A score as the teacher reads it: '2', '1.5' (English) or '1,5' (Spanish, German)."""
    key = (type(value), value) if isinstance(value, (numbers.Number, str)) and _itself(value) else None
    text = _SCORE_TEXTS.get(key) if key is not None else None
    if text is None:
        from ..core.numbers import score_text

        text = score_text(value)
        if key is not None:
            if len(_SCORE_TEXTS) >= _SCORE_TEXTS_MAX:
                _SCORE_TEXTS.clear()
            _SCORE_TEXTS[key] = text
    if "." in text and _DECIMAL.fullmatch(text):
        return text.replace(".", QLocale().decimalPoint())
    return text


def score_list(values) -> str:
    """Scores in a list as the teacher reads them: "0, 4.5, 10" in English; where the decimal point is a comma
    (German, Spanish) the scores are set apart by semicolons, "0; 4,5; 10", so a half is never read as two scores."""
    return list_separator().join(score(v) for v in values)


def list_separator() -> str:
    """What sets apart the items of a list that holds scores: ", ", or "; " where the decimal point is a comma."""
    return "; " if QLocale().decimalPoint() == "," else ", "


def quoted(text: str) -> str:
    """``text`` (a column's or a model's name) in the interface's quotation marks: “Email” in English, „Email“ in
    German, «Email» in Spanish. For a name quoted before it goes into a translated sentence, whose own quotation
    marks are its translator's: quoted in English there, it stood in English marks among German or Spanish ones."""
    return translate("i18n", "“{text}”").format(text=text)


# ----- the Language menu -----------------------------------------------------------------------------
def language_menu(window, menu) -> None:
    """Fill ``menu`` with the languages (System, English, Español, Deutsch); a choice is saved in the
    settings and applies when Grader starts again."""
    from PySide6.QtGui import QAction, QActionGroup

    group = QActionGroup(menu)
    group.setExclusive(True)
    saved = window.settings.language()
    window.language_actions = {}
    for code, name in LANGUAGES:
        a = QAction(translate("i18n", name) if not code else name, menu)
        a.setCheckable(True)
        a.setChecked(code == (saved if saved in SUPPORTED else ""))
        a.triggered.connect(held_weakly(window, choose_language, code))   # the window held weakly
        group.addAction(a)
        menu.addAction(a)
        window.language_actions[code] = a
    menu.addSeparator()
    note = menu.addAction(translate("i18n", "A new language applies when Grader starts again"))
    note.setEnabled(False)


def choose_language(window, code: str) -> None:
    """Save ``code`` ("" for the system's language) and say when it applies (or, when the settings cannot be saved,
    that it does not: at once when that is known from the start, else once the writer thread found it out)."""
    window.settings.set_language(code)
    if window.settings.unkept:   # in memory only: the next start reads the language it read before, or none
        _language_forgotten(window, window.settings.unkept)
        return
    window.settings.after_written(held_weakly(window, _language_forgotten, takes=1))   # the file written off this thread
    if code:
        text = translate("i18n", "Grader will be in {language} the next time it starts.").format(language=dict(LANGUAGES)[code])
    else:
        text = translate("i18n", "Grader will follow the system's language the next time it starts.")
    window.statusBar().showMessage(text, 10000)


def _language_forgotten(window, unkept: str | None) -> None:
    if unkept:
        window.news.warn(translate("i18n", "Grader cannot save its settings in {folder}, so the language you chose is "
                                           "forgotten when it closes and does not apply the next time it starts.").format(
                                               folder=unkept), 10000)
