"""The comment bank: comments a teacher keeps per question and inserts again with a key (no Qt).

Two places hold a bank, and every change goes to both at once:

* the project file, per question of that project (``ProjectStore.bank_*``; it travels with the
  project to another computer), and
* the teacher's own bank, ``comment-bank.json`` in the user's data folder (:func:`user_bank_path`),
  so the comments are offered again next time the same question is marked, next year's class
  included. It is keyed by the question's identity (:func:`question_identity`), not by the project.

What the teacher is offered is both merged (:meth:`CommentBank.entries`), the most used first: each
time a comment from the bank goes into a saved comment it counts as one use (:meth:`CommentBank.use`).
The user's file is small JSON, rewritten whole through :func:`grader_app.atomic.write_atomically`
(never half written); a file that cannot be read is moved aside, not overwritten.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Protocol

from ..atomic import write_atomically
from ..errors import GraderError
from ..paths import user_data_dir
from ..text import normalise

if TYPE_CHECKING:
    from .session import GradingSession

BANK_FILE = "comment-bank.json"
FORMAT = 1
MAX_CHARS = 2000   # a bank comment is a comment, not an essay


class BankError(GraderError):
    """The comment bank could not be read or written; the message is one plain sentence."""


@dataclass(frozen=True)
class BankEntry:
    text: str
    uses: int = 0
    added: str = ""   # ISO 8601 UTC times; "" when not known
    used: str = ""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def clean(text: str) -> str:
    """A comment as the bank keeps it: trimmed, at most MAX_CHARS characters."""
    return (text or "").strip()[:MAX_CHARS]


def question_identity(item: str, prompt: str = "") -> str:
    """What makes two questions the same one, across projects and years: the question's text when
    Grader knows it (a model's prompt), else the question's id as the sheet names it (a Google Form's
    column header is the question itself), both normalised (case, spaces, Unicode forms)."""
    text = normalise(prompt or "")
    return f"text:{text}" if text else f"item:{normalise(item or '')}"


def ordered(entries: Iterable[BankEntry]) -> list[BankEntry]:
    """The most used first; equal uses: the most recently used first, then in the order they were added."""
    out = sorted(entries, key=lambda e: e.added)
    out.sort(key=lambda e: e.used, reverse=True)
    out.sort(key=lambda e: e.uses, reverse=True)
    return out


def merged(*sources: Iterable[BankEntry]) -> list[BankEntry]:
    """One entry per text from several banks: the highest use count, the latest use, the first addition."""
    by_text: dict[str, BankEntry] = {}
    for source in sources:
        for e in source:
            old = by_text.get(e.text)
            if old is None:
                by_text[e.text] = e
            else:
                added = min((t for t in (old.added, e.added) if t), default="")
                by_text[e.text] = BankEntry(e.text, max(old.uses, e.uses), added, max(old.used, e.used))
    return ordered(by_text.values())


def _count(value) -> int:
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def user_bank_path() -> Path:
    """The teacher's own bank, in the user's data folder (``GRADER_DATA_DIR`` moves it, as in tests)."""
    return user_data_dir() / BANK_FILE


class UserBank:
    """The teacher's bank across projects: ``{"format": 1, "questions": {identity: {"item": ...,
    "comments": [{"text", "uses", "added", "used"}, ...]}}}``. Each change reads the file, changes
    it and writes it back whole, atomically, before returning (another window's changes are kept)."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else user_bank_path()

    def _read(self) -> dict:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {"format": FORMAT, "questions": {}}
        except OSError as exc:
            raise BankError.said("bank.unreadable", name=self.path.name, why=exc.strerror or exc) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("questions"), dict):
                raise ValueError("not a comment bank")
            return data
        except ValueError:
            return {"format": FORMAT, "questions": {}, "damaged": True}

    def entries(self, identity: str) -> list[BankEntry]:
        return self.entries_of(self._read()["questions"].get(identity) or {})

    def _change(self, identity: str, item: str, change) -> None:
        data = self._read()
        if data.pop("damaged", False):   # keep what could not be read, beside the new file
            aside = self.path.with_name(f"{self.path.stem}.unreadable-{now().replace(':', '')}{self.path.suffix}")
            try:
                os.replace(self.path, aside)
            except OSError:
                pass
        q = data["questions"].setdefault(identity, {"item": item, "comments": []})
        entries = {e.text: e for e in self.entries_of(q)}
        entries = change(entries)
        q["comments"] = [{"text": e.text, "uses": e.uses, "added": e.added, "used": e.used} for e in entries.values()]
        if not q["comments"]:
            del data["questions"][identity]
        data["format"] = FORMAT
        body = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, lambda f: f.write(body))
        except OSError as exc:
            raise BankError.said("bank.not_saved", folder=str(self.path.parent), why=exc.strerror or exc) from None

    @staticmethod
    def entries_of(q: dict) -> list[BankEntry]:
        return [BankEntry(clean(c["text"]), _count(c.get("uses")), str(c.get("added") or ""), str(c.get("used") or ""))
                for c in q.get("comments", []) if isinstance(c, dict) and isinstance(c.get("text"), str) and clean(c["text"])]

    def add(self, identity: str, text: str, item: str = "", at: str = "") -> None:
        text, at = clean(text), at or now()

        def change(entries: dict) -> dict:
            entries.setdefault(text, BankEntry(text, 0, at, ""))
            return entries
        if text:
            self._change(identity, item, change)

    def remove(self, identity: str, text: str) -> None:
        text = clean(text)

        def change(entries: dict) -> dict:
            entries.pop(text, None)
            return entries
        self._change(identity, "", change)

    def use(self, identity: str, texts: Iterable[str], item: str = "", at: str = "") -> None:
        texts, at = [t for t in map(clean, texts) if t], at or now()

        def change(entries: dict) -> dict:
            for t in texts:
                e = entries.get(t, BankEntry(t, 0, at, ""))
                entries[t] = replace(e, uses=e.uses + 1, used=at)
            return entries
        if texts:
            self._change(identity, item, change)


class ProjectBank(Protocol):
    """The project file's side of the bank (:class:`grader_app.io.project_store.ProjectStore`)."""

    def bank_entries(self, item: str) -> list[BankEntry]: ...

    def bank_add(self, item: str, text: str, at: str) -> None: ...

    def bank_remove(self, item: str, text: str) -> None: ...

    def bank_use(self, item: str, texts: list[str], at: str) -> None: ...


class CommentBank:
    """The bank the review screen offers for each question of ``session``: the project's and the
    teacher's own, merged; each change written to both before it returns (either may be None)."""

    def __init__(self, session: "GradingSession", project: ProjectBank | None, user: UserBank | None) -> None:
        self.session = session
        self.project = project
        self.user = user

    def identity(self, item: str) -> str:
        info = self.session.items.get(item)
        return question_identity(item, info.prompt if info is not None else "")

    def _identities(self, item: str) -> list[str]:
        """The question's identity, then its id's where its text is its own wording (a Google Form's header): a
        question known by that wording before only as its id (scored by a model that carried no text) kept its
        comments under the id."""
        first, by_id = self.identity(item), question_identity(item)
        return [first, by_id] if first != by_id and first == question_identity(item, item) else [first]

    def entries(self, item: str) -> list[BankEntry]:
        sources: list[list[BankEntry]] = []
        if self.project is not None:
            sources.append(self.project.bank_entries(item))
        if self.user is not None:
            sources.extend(self.user.entries(identity) for identity in self._identities(item))
        return merged(*sources)

    def texts(self, item: str) -> list[str]:
        return [e.text for e in self.entries(item)]

    def add(self, item: str, text: str) -> bool:
        """Keep ``text`` in the question's bank; False if it is empty or already there."""
        text = clean(text)
        if not text or text in self.texts(item):
            return False
        at = now()
        if self.project is not None:
            self.project.bank_add(item, text, at)
        if self.user is not None:
            self.user.add(self.identity(item), text, item, at)
        return True

    def remove(self, item: str, text: str) -> None:
        """Take ``text`` out of the question's bank, in this project and for later ones."""
        if self.project is not None:
            self.project.bank_remove(item, clean(text))
        if self.user is not None:
            first, *others = self._identities(item)
            self.user.remove(first, text)
            for identity in others:   # kept under its id before: taken out there too, the file not written for nothing
                if clean(text) in {e.text for e in self.user.entries(identity)}:
                    self.user.remove(identity, text)

    def use(self, item: str, texts: Iterable[str]) -> None:
        """Count one use of each of ``texts`` (bank comments that went into a saved comment)."""
        texts = list(dict.fromkeys(t for t in map(clean, texts) if t))
        if not texts:
            return
        at = now()
        if self.project is not None:
            self.project.bank_use(item, texts, at)
        if self.user is not None:
            self.user.use(self.identity(item), texts, item, at)
