"""Reading, verifying and writing ``NAME.gradebundle`` files.

A bundle is a zip holding exactly ``manifest.json`` and ``model.onnx``. Nothing in it is ever
executed or unpickled; the model's hash is checked against the manifest, and the manifest against its
own digest (``manifest_sha256``, where it has one: every bundle this writer makes); member names that could
escape a folder are refused; the ONNX graph is checked for external data, for an output width
that matches the labels (where the graph declares one: ``grader_app.scoring.probe`` checks the
width the model actually gives), and for what the app's memory budget cannot see: sparse tables and text copied
(``graph_rules``).

Members are read with a hard byte cap, never trusting the sizes the zip declares: only stored or
deflated members (zipfile inflates those a bounded chunk at a time), read in chunks and counted,
so a small file that inflates to gigabytes is refused after at most the cap.
"""
from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..atomic import write_atomically
from ..errors import Quoted
from ..zipread import TooLarge, read_capped
from .errors import BundleError
from .manifest import (DIGEST_FIELD, RULE_ARGMAX, RULE_EXPECTED, finite_or_none, manifest_digest, parse_manifest,
                       validate_manifest)

SUFFIX = ".gradebundle"
MANIFEST = "manifest.json"
MODEL = "model.onnx"
ALLOWED_MEMBERS = {MANIFEST, MODEL}
MAX_MODEL_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
MAX_FILE_BYTES = MAX_MODEL_BYTES + MAX_MANIFEST_BYTES + 1024 * 1024   # the zip on disk (stored members, headers)
CAPS = {MANIFEST: MAX_MANIFEST_BYTES, MODEL: MAX_MODEL_BYTES}
READ_CHUNK = 1024 * 1024
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


@dataclass
class Bundle:
    """A verified bundle held in memory."""

    manifest: dict
    model_bytes: bytes = field(repr=False)
    path: Path | None = None
    replaces: "Bundle | None" = field(default=None, repr=False, compare=False)   # a shipped bundle it overrides
    # added with the id of a model the teacher made (learned from their marks), kept under a free id beside it:
    # that model (``Library.copy_in``)
    beside: "Bundle | None" = field(default=None, repr=False, compare=False)
    replaced_own: "Bundle | None" = field(default=None, repr=False, compare=False)   # the user's model it replaced
    listed_for: str | None = field(default=None, compare=False)   # its file's id, where listed under another (learned)

    @property
    def id(self) -> str:
        return self.manifest["id"]

    @property
    def title(self) -> str:
        return self.manifest["title"]

    @property
    def labels(self) -> list:
        return list(self.manifest["labels"])

    @property
    def temperature(self) -> float:
        return float(self.manifest["calibration"].get("temperature", 1.0))

    @property
    def sealed(self) -> bool:
        """The manifest carries its own digest (checked when read). One without it, of an older Grader or with the
        digest deleted, is read, but its model takes no answer on its own (``core.session_records.ItemInfo``)."""
        return DIGEST_FIELD in self.manifest

    @property
    def threshold(self) -> float:
        return float(self.manifest["review"]["threshold"])

    @property
    def rule(self) -> str:
        """The decision rule that turns a row of calibrated probabilities into a score (``argmax`` when
        the manifest names none); see ``grader_app.core.decision``."""
        decision = self.manifest.get("decision") or {}
        return str(decision.get("rule", RULE_ARGMAX))

    @property
    def cutpoints(self) -> tuple[float, ...] | None:
        """The expected-score rule's cutpoints (K − 1, increasing), or None for the arg-max."""
        if self.rule != RULE_EXPECTED:
            return None
        return tuple(float(c) for c in self.manifest["decision"]["cutpoints"])

    @property
    def prompt(self) -> str:
        return self.manifest["item"].get("prompt", "")

    @property
    def rubric(self) -> dict:
        return dict(self.manifest["item"].get("rubric", {}))

    @property
    def size_bytes(self) -> int:
        return len(self.model_bytes)

    def qwk(self) -> float | None:
        student = self.manifest.get("metrics", {}).get("student") or {}
        q = student.get("qwk") if isinstance(student, dict) else None
        return float(q) if isinstance(q, (int, float)) and not isinstance(q, bool) else None


def _check_member_name(name: str, bundle: str) -> None:
    """BundleError naming the bundle file ``bundle`` and the member ``name`` unless it is one a bundle holds."""
    p = PurePosixPath(name)
    if name.startswith(("/", "\\")) or ".." in p.parts or "\\" in name or ":" in name:
        raise BundleError.said("bundle.member_outside", name=bundle, member=_shown(name))
    if name not in ALLOWED_MEMBERS:
        raise BundleError.said("bundle.member_unexpected", name=bundle, member=_shown(name))


def _shown(member: str, most: int = 80) -> str:
    """A member's name as a sentence may show it: a character that is not printable as a '?', cut after ``most``."""
    shown = "".join(c if c.isprintable() else "?" for c in member)
    return shown if len(shown) <= most else shown[:most - 1] + "…"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_onnx(model_bytes: bytes, n_labels: int, name: str) -> None:
    from .graph_rules import check_graph
    from .onnx_fields import EXTERNAL, parse_model  # the protobuf reader only, without the onnx package

    try:
        model = parse_model(model_bytes)
    except Exception:
        raise BundleError.said("bundle.not_onnx", name=name) from None
    for init in model.graph.initializer:
        if init.data_location == EXTERNAL:
            raise BundleError.said("bundle.external_data", name=name)
    inputs = [i.name for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    if inputs != ["text"]:
        names = [_shown(i) for i in inputs]   # each in the sentence's marks: “tokens” (the window's own: „tokens“)
        shown = Quoted.of(", ".join(f"“{n}”" for n in names) or "[]", names)
        raise BundleError.said("bundle.model_input", name=name, inputs=shown)
    outs = {o.name: o for o in model.graph.output}
    if "probabilities" not in outs:
        raise BundleError.said("bundle.model_output", name=name)
    dims = outs["probabilities"].type.tensor_type.shape.dim
    if len(dims) == 2 and dims[1].HasField("dim_value") and dims[1].dim_value != n_labels:
        raise BundleError.said("bundle.model_labels", name=name, count=dims[1].dim_value, labels=n_labels)
    check_graph(model, name)   # no sparse tables, and text only read (what the run's memory budget cannot see)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, name: str) -> bytes:
    """A member's bytes, at most ``cap`` of them whatever the zip declares; BundleError past the cap."""
    try:
        return read_capped(zf, info, cap, READ_CHUNK)
    except TooLarge:
        raise BundleError.said("bundle.member_too_large", name=name, member=_shown(info.filename)) from None


MAX_ENTRIES = 8   # a bundle holds two files; its zip's directory is read only after this check


def _refuse_many_entries(path: Path) -> None:
    """Refuse a zip whose end record lists more entries than a bundle could hold, before the zip's
    directory is read: a directory of millions of entries costs zipfile a gigabyte to list."""
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - (65535 + 22)))
            tail = f.read()
    except OSError:
        raise BundleError.said("bundle.unreadable", name=path.name) from None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return   # no end record: zipfile says it is no zip, in the usual sentence
    on_disk, total = struct.unpack("<HH", tail[at + 8:at + 12])
    zip64 = at >= 20 and tail[at - 20:at - 16] == b"PK\x06\x07"   # its locator sits right before the end record
    if on_disk > MAX_ENTRIES or total > MAX_ENTRIES or zip64:
        raise BundleError.said("bundle.too_many_files", name=path.name)


def read_bundle(path: str | os.PathLike) -> Bundle:
    """Open and verify a bundle; raise BundleError with one sentence if anything is wrong."""
    path = Path(path)
    if not path.exists():
        raise BundleError.said("bundle.missing", name=path.name)
    if path.is_dir():
        raise BundleError.said("bundle.is_folder", name=path.name)
    try:
        too_big = path.stat().st_size > MAX_FILE_BYTES
    except OSError:
        raise BundleError.said("bundle.unreadable", name=path.name) from None
    if too_big:
        raise BundleError.said("bundle.too_big", name=path.name)
    _refuse_many_entries(path)
    try:
        zf = zipfile.ZipFile(path)
    except Exception:  # a hostile central directory can raise BadZipFile, OSError, ValueError, EOFError, struct.error…
        raise BundleError.said("bundle.not_zip", name=path.name) from None
    with zf:
        infos = zf.infolist()
        for info in infos:
            _check_member_name(info.filename, path.name)
        names = [i.filename for i in infos]
        for needed in (MANIFEST, MODEL):
            if needed not in names:
                raise BundleError.said("bundle.incomplete", name=path.name, member=needed)
            if names.count(needed) > 1:
                raise BundleError.said("bundle.member_twice", name=path.name, member=needed)
        for info in infos:
            if info.compress_type not in COMPRESSIONS:
                raise BundleError.said("bundle.compression", name=path.name)
            if info.file_size > CAPS[info.filename]:
                raise BundleError.said("bundle.too_big", name=path.name)
        by_name = {i.filename: i for i in infos}
        try:
            manifest_raw = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST_BYTES, path.name)
            model_bytes = _read_member(zf, by_name[MODEL], MAX_MODEL_BYTES, path.name)
        except BundleError:
            raise
        except Exception:  # BadZipFile (CRC), zlib.error, RuntimeError (encrypted), OSError, EOFError…
            raise BundleError.said("bundle.damaged", name=path.name) from None
    manifest = parse_manifest(manifest_raw, path.name)
    if sha256_hex(model_bytes) != manifest["sha256"]:
        raise BundleError.said("bundle.altered", name=path.name)
    # a bundle of an older Grader has no digest of its manifest and is read as before (docs/bundle-format.md)
    if DIGEST_FIELD in manifest and manifest_digest(manifest) != manifest[DIGEST_FIELD]:
        raise BundleError.said("bundle.manifest_altered", name=path.name)
    _check_onnx(model_bytes, len(manifest["labels"]), path.name)
    return Bundle(manifest=manifest, model_bytes=model_bytes, path=path)


def write_bundle(path: str | os.PathLike, manifest: dict, model_bytes: bytes, sealed: bool = True) -> Path:
    """Write a bundle atomically; the sha256 field is set from the model bytes and manifest_sha256 from the
    manifest (:func:`manifest_digest`, over every other field), NaN figures become null. ``sealed`` False writes no
    manifest_sha256 (a copy of an unsealed bundle under another id stays unsealed: it never gains the trust of a seal)."""
    path = Path(path)
    manifest = finite_or_none(dict(manifest))   # a metric that could not be measured (NaN) is written as null
    manifest["sha256"] = sha256_hex(model_bytes)
    manifest.pop(DIGEST_FIELD, None)   # a digest carried over from a bundle read before is never trusted
    try:
        validate_manifest(manifest)
    except BundleError as wrong:   # named as the reader names it (manifest.parse_manifest): which model is meant
        raise BundleError.said("bundle.bad_manifest", name=path.name, detail=wrong) from None
    if sealed:
        manifest[DIGEST_FIELD] = manifest_digest(manifest)
    _check_onnx(model_bytes, len(manifest["labels"]), path.name)
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(fh) -> None:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
            zf.writestr(MODEL, model_bytes)

    return write_atomically(path, write)
