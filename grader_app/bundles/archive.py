"""Reading, verifying and writing ``NAME.gradebundle`` files.

A bundle is a zip holding exactly ``manifest.json`` and ``model.onnx``. Nothing in it is ever
executed or unpickled; the model's hash is checked against the manifest; member names that could
escape a folder are refused; the ONNX graph is checked for external data and for an output width
that matches the labels.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import BundleError
from .manifest import validate_manifest

SUFFIX = ".gradebundle"
MANIFEST = "manifest.json"
MODEL = "model.onnx"
ALLOWED_MEMBERS = {MANIFEST, MODEL}
MAX_MODEL_BYTES = 200 * 1024 * 1024
MAX_MANIFEST_BYTES = 2 * 1024 * 1024


@dataclass
class Bundle:
    """A verified bundle held in memory."""

    manifest: dict
    model_bytes: bytes = field(repr=False)
    path: Path | None = None

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
    def threshold(self) -> float:
        return float(self.manifest["review"]["threshold"])

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
        student = self.manifest.get("metrics", {}).get("student", {})
        q = student.get("qwk")
        return float(q) if isinstance(q, (int, float)) else None


def _check_member_name(name: str) -> None:
    p = PurePosixPath(name)
    if name.startswith(("/", "\\")) or ".." in p.parts or "\\" in name or ":" in name:
        raise BundleError(f"the bundle holds a file named {name!r} that points outside the bundle; it was refused")
    if name not in ALLOWED_MEMBERS:
        raise BundleError(f"the bundle holds an unexpected file {name!r}; a bundle holds only manifest.json and model.onnx")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_onnx(model_bytes: bytes, n_labels: int) -> None:
    import onnx  # the protobuf reader only; nothing is executed

    try:
        model = onnx.load_from_string(model_bytes)
    except Exception:
        raise BundleError("the bundle's model.onnx is not a readable ONNX model; rebuild the bundle") from None
    for init in model.graph.initializer:
        if init.data_location == onnx.TensorProto.EXTERNAL:
            raise BundleError("the bundle's model refers to external data files, which bundles may not use")
    inputs = [i.name for i in model.graph.input if i.name not in {t.name for t in model.graph.initializer}]
    if inputs != ["text"]:
        raise BundleError(f"the bundle's model should take one input named 'text', it takes {inputs}")
    outs = {o.name: o for o in model.graph.output}
    if "probabilities" not in outs:
        raise BundleError("the bundle's model has no output named 'probabilities'")
    dims = outs["probabilities"].type.tensor_type.shape.dim
    if len(dims) == 2 and dims[1].HasField("dim_value") and dims[1].dim_value != n_labels:
        raise BundleError(
            f"the bundle's model gives {dims[1].dim_value} scores per answer but its manifest lists {n_labels} labels")


def read_bundle(path: str | os.PathLike) -> Bundle:
    """Open and verify a bundle; raise BundleError with one sentence if anything is wrong."""
    path = Path(path)
    if not path.exists():
        raise BundleError(f"no bundle at {path.name}; check the file name")
    if path.is_dir():
        raise BundleError(f"{path.name} is a folder, not a bundle file")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise BundleError(f"{path.name} is not a readable bundle (not a zip file); get a fresh copy") from None
    with zf:
        infos = zf.infolist()
        for info in infos:
            _check_member_name(info.filename)
        names = {i.filename for i in infos}
        for needed in (MANIFEST, MODEL):
            if needed not in names:
                raise BundleError(f"{path.name} has no {needed}; it is not a complete bundle")
        sizes = {i.filename: i.file_size for i in infos}
        if sizes[MODEL] > MAX_MODEL_BYTES or sizes[MANIFEST] > MAX_MANIFEST_BYTES:
            raise BundleError(f"{path.name} is larger than any bundle should be; it was refused")
        try:
            manifest_raw = zf.read(MANIFEST)
            model_bytes = zf.read(MODEL)
        except (zipfile.BadZipFile, OSError, RuntimeError):
            raise BundleError(f"{path.name} is damaged (a file inside cannot be read); get a fresh copy") from None
    try:
        manifest = json.loads(manifest_raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"the manifest in {path.name} is not valid JSON; rebuild the bundle") from None
    validate_manifest(manifest)
    if sha256_hex(model_bytes) != manifest["sha256"]:
        raise BundleError(f"the model in {path.name} does not match its recorded hash; the file is damaged or was altered")
    _check_onnx(model_bytes, len(manifest["labels"]))
    return Bundle(manifest=manifest, model_bytes=model_bytes, path=path)


def write_bundle(path: str | os.PathLike, manifest: dict, model_bytes: bytes) -> Path:
    """Write a bundle atomically; the sha256 field is set from the model bytes."""
    path = Path(path)
    manifest = dict(manifest)
    manifest["sha256"] = sha256_hex(model_bytes)
    validate_manifest(manifest)
    _check_onnx(model_bytes, len(manifest["labels"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    # a plain exclusive open (not mkstemp) so the bundle gets the user's normal permissions
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "xb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
                zf.writestr(MODEL, model_bytes)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path
