"""The marks a model learned from a teacher's marks learned from, kept beside it so that later marks add to them.

A model made from a marked sheet ("Make models from a marked sheet…", ``grader learn``) or saved from the review ("Save
as model…") keeps the answers it learned from and their marks in a plain JSON file beside its bundle:
``<bundle file name without .gradebundle>.marks.json``. When a later sheet's question is scored with it, the marks given
there go on teaching it together with these (:mod:`grader_app.learn.continuing`), instead of starting from nothing or
not learning at all.

Student data kept on this machine: the file holds the answers' texts and their marks, nothing else (no names, no ids,
no rows), as does the teacher's marked sheet it came from. It lives in the teacher's model folder beside its model and
goes with it: copied in with it (:meth:`grader_app.bundles.library.Library.copy_in`), deleted with it
(:meth:`~grader_app.bundles.library.Library.remove_file`). The bundle itself never holds it, so a model file passed
on to a colleague carries no answer of a student (docs/bundle-format.md).

Trust. The bundle's manifest names the file's SHA-256 (``provenance.kept_marks``), and the manifest is sealed by its
own digest, so a file changed or swapped after the model was made is refused (:func:`read_kept`), as a changed model
is; it is JSON read with a byte cap, never unpickled, and every entry is checked (a text and a finite number).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from ..atomic import write_atomically
from .errors import BundleError

SUFFIX = ".marks.json"
FORMAT = "grader kept marks"
VERSION = 1
FIELD = "kept_marks"                 # the manifest's provenance field: {"sha256": ..., "answers": n}
MAX_BYTES = 64 * 1024 * 1024         # a file larger than this is refused unread


@dataclass(frozen=True)
class KeptMarks:
    """The answers (their texts) a model learned from and the mark each was given, in the order learned."""

    texts: tuple[str, ...]
    scores: tuple
    source: tuple[str, ...] = ()     # the sheets the marks came from (file names, never a full path)

    def __post_init__(self) -> None:
        if len(self.texts) != len(self.scores):
            raise ValueError(f"{len(self.texts)} answers for {len(self.scores)} marks")

    def __len__(self) -> int:
        return len(self.texts)

    def to_bytes(self) -> bytes:
        """The file's JSON: an object with one answer and its mark a line (``["text", 2]``), readable in any editor."""
        head = json.dumps({"format": FORMAT, "version": VERSION, "source": list(self.source)}, ensure_ascii=False)
        lines = ",\n".join(json.dumps([t, _number(s)], ensure_ascii=False) for t, s in zip(self.texts, self.scores))
        return (head[:-1] + ', "answers": [\n' + lines + "\n]}\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, name: str = SUFFIX) -> "KeptMarks":
        """The marks ``data`` holds; BundleError (one sentence naming ``name``) for anything else."""
        bad = BundleError.said("marks.not_marks", name=name)
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise bad
        answers, source = raw.get("answers"), raw.get("source", [])
        if not isinstance(answers, list) or not isinstance(source, list) or not all(isinstance(s, str) for s in source):
            raise bad
        texts, scores = [], []
        for entry in answers:
            if (not isinstance(entry, list) or len(entry) != 2 or not isinstance(entry[0], str)
                    or not _is_number(entry[1])):
                raise bad
            texts.append(entry[0])
            scores.append(_number(entry[1]))
        return cls(tuple(texts), tuple(scores), tuple(source))


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _number(v):
    f = float(v)
    return int(f) if f.is_integer() else f


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def marks_path(bundle_path: str | os.PathLike) -> Path:
    """Where the marks of the bundle file ``bundle_path`` are kept: beside it, ``<name>.marks.json``."""
    p = Path(bundle_path)
    stem = p.name[:-len(".gradebundle")] if p.name.endswith(".gradebundle") else p.stem
    return p.with_name(stem + SUFFIX)


def named(manifest: Mapping) -> str | None:
    """The SHA-256 of the marks file a manifest names (a model learned from marks, made with them kept), else None."""
    prov = manifest.get("provenance")
    kept = prov.get(FIELD) if isinstance(prov, Mapping) else None
    value = kept.get("sha256") if isinstance(kept, Mapping) else None
    return value if isinstance(value, str) and len(value) == 64 else None


def kept_count(manifest: Mapping) -> int | None:
    """How many marks the manifest says its marks file holds (None: it names none)."""
    prov = manifest.get("provenance")
    kept = prov.get(FIELD) if isinstance(prov, Mapping) else None
    n = kept.get("answers") if isinstance(kept, Mapping) and named(manifest) else None
    return n if isinstance(n, int) and not isinstance(n, bool) and n >= 0 else None


def manifest_field(data: bytes, marks: KeptMarks) -> dict:
    """The manifest's ``provenance.kept_marks`` for the marks file ``data`` (of ``marks``)."""
    return {"sha256": digest(data), "answers": len(marks)}


def write_kept(bundle_path: str | os.PathLike, data: bytes) -> Path:
    """Write the marks file's ``data`` beside the bundle file ``bundle_path`` (atomically); its path."""
    target = marks_path(bundle_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_atomically(target, lambda fh: fh.write(data))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, read with the cap (BundleError: missing, too large, unreadable)."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise BundleError.said("marks.too_big", name=path.name)
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BundleError.said("marks.missing", name=path.name) from None
    except OSError:
        raise BundleError.said("marks.unreadable", name=path.name) from None


def read_kept(bundle) -> KeptMarks | None:
    """The marks ``bundle`` (read from a file: ``bundle.path``) learned from, checked against the SHA-256 its manifest
    names; None when it names none. BundleError (one sentence) when the file is missing, changed or not marks."""
    want = named(bundle.manifest)
    if want is None:
        return None
    if bundle.path is None:
        raise BundleError.said("marks.missing", name=f"{bundle.id}{SUFFIX}")
    path = marks_path(bundle.path)
    data = read_bytes(path)
    if digest(data) != want:
        raise BundleError.said("marks.changed", name=path.name, id=bundle.id)
    return KeptMarks.from_bytes(data, path.name)


def copy_kept(bundle, source: str | os.PathLike, dest: str | os.PathLike) -> bool:
    """Copy the marks of the bundle file ``source`` beside ``dest`` (where ``bundle``, read from ``source``, is put),
    only if they are the ones its manifest names; True if copied. A bundle without them is put there without them (a
    model a colleague passed on without its marks: it scores as it is, and no marks go on teaching it), and the marks
    of a model it replaces there are deleted: they go with that model."""
    if marks_path(source) == marks_path(dest):
        return False
    want, data = named(bundle.manifest), None
    if want is not None:
        try:
            data = read_bytes(marks_path(source))
        except BundleError:
            data = None
    if data is None or digest(data) != want:
        remove_kept(dest)
        return False
    write_kept(dest, data)
    return True


def remove_kept(bundle_path: str | os.PathLike) -> None:
    """Delete the marks kept beside the bundle file ``bundle_path``, if there are any (OSError if they cannot be)."""
    marks_path(bundle_path).unlink(missing_ok=True)
