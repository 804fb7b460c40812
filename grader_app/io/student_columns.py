"""Which columns of a sheet say who the student is, for the column guess (:mod:`.columns`): the student id
(never the rows' numbers beside email addresses: :func:`.response_numbers.id_instead`), the name, and the first
name when the name column holds the surname ("Nachname" and "Vorname", "Nom" and "Prénom")."""
from __future__ import annotations

from ..core.sheet import Sheet
from .column_stats import ColumnStats
from .header_words import BARE_NAMES, FIRST_NAME_WORDS, ID_WORDS, LAST_NAME_WORDS, NAME_WORDS
from .response_numbers import id_instead


def pick_id(stats: list[ColumnStats], used: set, sheet: Sheet, item: str | None = None) -> str | None:
    """The student id column (:func:`_id_column`), but never one numbering the rows 1..n beside a column of email
    addresses, which is proposed instead (:func:`.response_numbers.id_instead`: Microsoft Forms' response "ID")."""
    chosen = _id_column(stats, used, sheet, item)
    return id_instead(sheet, chosen, [s.name for s in stats if s.name not in used and s.filled])


def _id_column(stats: list[ColumnStats], used: set, sheet: Sheet, item: str | None = None) -> str | None:
    free = [s for s in stats if s.name not in used and s.filled and not s.question]
    named = [s for s in free if s.says(ID_WORDS) and s.mean_len <= 40]
    if named:
        # "Student ID" before "Email"; id words beat a bare "number"; one value on every row (a survey's "Collector
        # ID", the link it was sent by, beside its "Respondent ID") names no student while another column may
        named.sort(key=lambda s: (s.distinct == 1 < s.filled, not ({"id", "sid", "studentid"} & set(s.words)),
                                  s.mean_len))
        return named[0].name
    df = sheet.frame
    for s in free:
        if s.mean_len > 20 or s.mean_words > 1.5 or s.fill < 0.9 or s.has(NAME_WORDS - {"student"}) or s.sentence:
            continue   # a question's wording heads its answers, never the students' ids
        values = [str(v).strip() for v in df[s.name].tolist()]
        if sum(1 for v in values if any(ch.isdigit() for ch in v)) < 0.5 * len(values):
            continue   # plain words (classes, groups) are not ids unless the header says so
        keys = list(zip(df[item].tolist(), values)) if item else values
        if s.distinct >= 2 and len(set(keys)) == len(keys):
            return s.name
    return None


def _last(s: ColumnStats) -> bool:
    return bool(set(s.words) & LAST_NAME_WORDS) and not set(s.words) & FIRST_NAME_WORDS


def _first(s: ColumnStats) -> bool:
    return bool(set(s.words) & FIRST_NAME_WORDS) and not set(s.words) & LAST_NAME_WORDS and not s.has(ID_WORDS)


def _bare(s: ColumnStats) -> bool:
    """A column headed "Name" (or "Nom") alone and holding one word each: beside a first name it is the surname
    ("Name", "Vorname": a German class list; "Nom", "Prénom": a French one); beside a surname, the first name ("Name",
    "Surname"). Full names ("Ann Lee") under "Name" are the whole name, whatever the columns beside."""
    return len(s.words) == 1 and s.words[0] in BARE_NAMES and s.mean_words < 1.5


def pick_first_name(stats: list[ColumnStats], used: set, name_col: str | None) -> str | None:
    """The first-name column ("First name", "Vorname", "Nombre", or "Name" beside "Surname") when the name column
    is a surname ("Surname", "Last name", "Nachname", "Apellidos", or "Name" beside "Vorname" with no surname
    column): the student is then shown as "First Last"."""
    named = {s.name: s for s in stats}
    if name_col is None:
        return None
    chosen = named[name_col]
    free = [s for s in stats if s.name not in used | {name_col} and s.filled and not s.question and s.says(NAME_WORDS)]
    firsts = [s for s in free if _first(s)]
    if _last(chosen):
        bare = [s for s in free if _bare(s)]
        return firsts[0].name if firsts else bare[0].name if bare else None
    if _bare(chosen) and firsts and not any(_last(s) for s in free):
        return firsts[0].name
    return None


def pick_name(stats: list[ColumnStats], used: set) -> str | None:
    free = [s for s in stats if s.name not in used and s.filled and s.says(NAME_WORDS) and not s.says(ID_WORDS)
            and not s.question]
    if not free:
        return None
    # "Name" beside "Surname" and no first-name column: "Name" is the first name, so the surname is the name
    surname_only = any(_bare(s) for s in free) and any(_last(s) for s in free) and not any(_first(s) for s in free)

    def rank(s: ColumnStats) -> tuple:
        w = set(s.words)
        last, first = LAST_NAME_WORDS, FIRST_NAME_WORDS
        if w & {"names", "fullname", "noms", *BARE_NAMES} and not w & (first | last) and not surname_only:
            return (0, s.name)
        if w & last:
            return (1, s.name)
        if w & first:
            return (2, s.name)
        return (3, s.name)

    free.sort(key=rank)
    return free[0].name
