"""``grader-distill teacher-outputs``: keep what the cross-fitted teachers worked out, without their weights, in the
repository (``teacher_outputs/set-<S>.tar.xz``), and put it back under ``runs/crossfit`` on another machine.

``runs/`` is not part of the repository, and this project's machines are replaced now and then: every time, hours
of teacher training went with them (a five-epoch mpnet fold takes over an hour on one core). What the students
learn from is a few kilobytes a fold: the fold teacher's probabilities on its held-out answers and the transfer set
(``probs.npz``), on its own training answers (``train_probs.npz``), on the augmented copies (``aug_probs.npz``), its
inner-validation logits (``model/valid_logits.npy``, which the teacher rules weigh) and its ``done.json``, which
tells the job lists the job is finished. Those five kinds of file are kept; nothing else (no weights, no
tokenizer, no configuration that may hold a scoring key's text).

Kept files hold numbers and ids, never an answer's text: a string array whose longest value is over
:data:`MAX_ID_CHARS` characters is refused when saving. Each archive carries the SHA-256 of every file; restoring
checks them, takes only regular files under ``crossfit/`` with those five names (nothing outside ``runs/crossfit``,
no links) and never overwrites a file that differs: it keeps the one on disk and says so.

Archives are written byte for byte the same from the same files (sorted names, no times, no owners), so saving
again after nothing changed leaves git with nothing to commit.
"""
from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path, PurePosixPath

import numpy as np

from .common import DistillError, parse_sets

KEPT_NAMES = ("done.json", "probs.npz", "train_probs.npz", "aug_probs.npz", "valid_logits.npy")
MAX_ID_CHARS = 40          # answer ids, fold parts ("oof", "transfer"): longer strings could be answers' text
MANIFEST = "MANIFEST.json"
TOP = "crossfit"           # every kept file's path starts here (the folder under runs/)


def archive_path(folder: Path, essay_set: int) -> Path:
    return Path(folder) / f"set-{int(essay_set)}.tar.xz"


def _kept(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    if path.is_symlink() or not path.is_file() or path.name not in KEPT_NAMES:
        return False
    # valid_logits.npy only in a teacher's model/ folder, and only once its fold is done (a fold still training
    # rewrites them after every epoch); the others anywhere in a run's fold folder
    return path.name != "valid_logits.npy" or (rel.parent.name == "model" and (path.parent.parent / "done.json").is_file())


def _check_numbers_only(path: Path, data: bytes) -> None:
    """DistillError if a kept array file could hold text (a long string) or a pickled object."""
    if path.suffix not in (".npz", ".npy"):
        return
    try:
        loaded = np.load(io.BytesIO(data), allow_pickle=False)
        arrays = [loaded[k] for k in loaded.files] if isinstance(loaded, np.lib.npyio.NpzFile) else [loaded]
    except ValueError as exc:
        raise DistillError(f"{path} holds Python objects ({exc}); only numbers and ids are kept") from exc
    for a in arrays:
        if a.dtype.kind in "US" and a.size and int(np.vectorize(len)(a).max()) > MAX_ID_CHARS:
            raise DistillError(f"{path} holds strings longer than {MAX_ID_CHARS} characters (answers' text?); "
                               "only numbers and ids are kept, so it is not saved")


def collect(runs: Path, essay_set: int) -> dict[str, bytes]:
    """``{path under runs/: bytes}`` of the kept files of every teacher run of ``essay_set`` under ``runs/crossfit``."""
    root = Path(runs) / TOP
    out: dict[str, bytes] = {}
    if not root.is_dir():
        return out
    for p in sorted(root.rglob("*")):
        if f"set-{int(essay_set)}" not in p.relative_to(root).parts or not _kept(p, root):
            continue
        data = p.read_bytes()
        _check_numbers_only(p, data)
        out[p.relative_to(Path(runs)).as_posix()] = data
    return out


def _member(name: str, data: bytes) -> tuple[tarfile.TarInfo, io.BytesIO]:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o644, 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info, io.BytesIO(data)


def save(runs: Path, essay_set: int, folder: Path) -> tuple[Path, int]:
    """Write ``folder/set-<S>.tar.xz`` from ``runs/crossfit``; returns the archive and its number of files."""
    files = collect(runs, essay_set)
    if not files:
        raise DistillError(f"no finished teacher run of set {essay_set} under {Path(runs) / TOP}; "
                           "run `grader-distill crossfit-teacher` first")
    manifest = {"set": int(essay_set), "files": {n: hashlib.sha256(d).hexdigest() for n, d in sorted(files.items())}}
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:xz") as tar:
        tar.addfile(*_member(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")))
        for name in sorted(files):
            tar.addfile(*_member(name, files[name]))
    target = archive_path(folder, essay_set)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(target)
    return target, len(files)


def _safe_name(name: str) -> bool:
    p = PurePosixPath(name)
    return (not p.is_absolute() and ".." not in p.parts and len(p.parts) >= 3 and p.parts[0] == TOP
            and p.name in KEPT_NAMES)


def read_archive(archive: Path) -> dict[str, bytes]:
    """The archive's files, checked: DistillError (nothing returned) if any member is not a kept file under
    ``crossfit/``, is a link, or does not match the manifest's SHA-256."""
    try:
        with tarfile.open(archive, mode="r:xz") as tar:
            members = tar.getmembers()
            bad = [m.name for m in members if m.name != MANIFEST and not (m.isfile() and _safe_name(m.name))]
            if bad:
                raise DistillError(f"{archive} holds {bad[0]!r}, which is not a teacher output under {TOP}/; "
                                   "it was not made by `teacher-outputs --save`, so nothing was restored")
            data = {}
            for m in members:
                f = tar.extractfile(m)
                data[m.name] = f.read() if f is not None else b""
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise DistillError(f"{archive} cannot be read ({exc}); take it again from the repository") from exc
    try:
        manifest = json.loads(data.pop(MANIFEST))["files"]
    except (KeyError, ValueError, TypeError) as exc:
        raise DistillError(f"{archive} has no readable {MANIFEST}; take it again from the repository") from exc
    if set(manifest) != set(data):
        raise DistillError(f"{archive}'s files do not match its {MANIFEST}; take it again from the repository")
    for name, blob in data.items():
        if hashlib.sha256(blob).hexdigest() != manifest[name]:
            raise DistillError(f"{archive}: {name} does not match its SHA-256; take the archive again from the "
                               "repository (nothing was restored)")
    return data


def restore(archive: Path, runs: Path) -> dict[str, list[str]]:
    """Write the archive's files under ``runs`` (checked first, all or nothing); a file already there is left as
    it is. Returns ``{"written": [...], "same": [...], "kept": [...]}`` (kept: on disk and different)."""
    data = read_archive(archive)
    out: dict[str, list[str]] = {"written": [], "same": [], "kept": []}
    for name in sorted(data):
        target = Path(runs).joinpath(*PurePosixPath(name).parts)
        if target.is_file():
            out["same" if target.read_bytes() == data[name] else "kept"].append(name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(data[name])
        tmp.replace(target)
        out["written"].append(name)
    return out


def run(args) -> int:
    folder, runs = Path(args.folder), Path(args.runs)
    for s in args.sets:
        if args.restore:
            archive = archive_path(folder, s)
            if not archive.is_file():
                print(f"set {s}: no {archive}; nothing to restore")
                continue
            r = restore(archive, runs)
            print(f"set {s}: {len(r['written'])} files restored under {runs}, {len(r['same'])} already there")
            for name in r["kept"]:
                print(f"  kept the file on disk, which differs from the archive's: {name}")
        else:
            target, n = save(runs, s, folder)
            print(f"set {s}: {n} files kept in {target} ({target.stat().st_size / 1024:.0f} KB)")
    return 0


def add_parser(subparsers) -> None:
    """``grader-distill teacher-outputs``."""
    p = subparsers.add_parser(
        "teacher-outputs", help="keep the cross-fitted teachers' outputs (not their weights) in the repository, "
                                "or restore them under runs/",
        description="--save packs, for each set, every finished teacher run's probabilities, inner-validation "
                    "logits and done.json under RUNS/crossfit into FOLDER/set-S.tar.xz (no weights, no text); "
                    "--restore puts them back, so the students can be refit on a new machine without training "
                    "the teachers again.")
    p.add_argument("--sets", type=parse_sets, required=True)
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", action="store_true", help="pack RUNS/crossfit's teacher outputs into FOLDER")
    mode.add_argument("--restore", action="store_true", help="unpack FOLDER's archives under RUNS")
    p.add_argument("--runs", default="runs", help="the runs folder (default: runs)")
    p.add_argument("--folder", default="teacher_outputs", help="where the archives are (default: teacher_outputs)")
    p.set_defaults(func=run)
