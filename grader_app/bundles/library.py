"""The installed bundles: the shipped ``model_bundles/`` plus the user's own folder.

A bundle that cannot be used is never fatal: it is left out of ``bundles`` and listed in
``problems`` with its one-sentence reason, which ``grader bundles`` and the start screen show.

The shipped bundles are listed before the user's, so a question whose name is the title of one of each finds the
shipped one. A bundle of the user's folder with a shipped bundle's id takes its place, unless it was learned from the
teacher's marks (installed so by an earlier version): the shipped bundle keeps its id, and the learned one is listed
beside it under an id of its own (:func:`~grader_app.bundles.learned.listed_beside`; its file is left as it is).
Nor does an unsealed one (no ``manifest_sha256``: it takes no answer on its own) take the place of a sealed shipped one:
every later answer to that question would come to the teacher, who only dropped a copy of a model Grader already had.
Such a file is refused when added (:meth:`Library.copy_in`) and, found in the user's folder, not loaded: listed in
``problems`` with what to do, removable like any file not loaded (:func:`unsealed_copy`). A
bundle of the user's folder can be removed (:meth:`Library.remove_file` on a worker, then :meth:`Library.forget`): a
shipped bundle it had replaced (the same id) is listed again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..atomic import temporary_path
from ..paths import bundled_models_dir, user_bundles_dir
from .archive import MAX_FILE_BYTES, SUFFIX, Bundle, read_bundle, write_bundle
from .errors import BundleError
from .kept_marks import copy_kept, remove_kept
from .learned import MAX_ID, is_learned, listed_beside
from .manifest import DIGEST_FIELD


@dataclass
class Library:
    folders: list[Path]
    bundles: dict[str, Bundle] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # file name -> one-sentence reason
    shadowed: dict[str, Bundle] = field(default_factory=dict)  # id -> the earlier folder's bundle a user's one replaces
    refused: dict[str, Path] = field(default_factory=dict)   # file name -> the file of a problem (for removing it)
    said: dict[str, BundleError] = field(default_factory=dict)   # file name -> its problem (said in the window's language)

    @classmethod
    def default(cls) -> "Library":
        return cls.load([bundled_models_dir(), user_bundles_dir()])

    @classmethod
    def load(cls, folders) -> "Library":
        lib = cls(folders=[Path(f) for f in folders])
        learned: list[Bundle] = []   # learned bundles of a later folder with an earlier folder's (a shipped) id
        for folder in lib.folders:
            if not folder.is_dir():
                continue
            for p in sorted(folder.glob("*" + SUFFIX)):
                try:
                    b = read_bundle(p)
                except BundleError as exc:
                    lib._refuse(p, exc)
                    continue
                except Exception as exc:  # a reader bug must not stop the app from starting
                    lib.problems[p.name] = (f"it could not be read ({type(exc).__name__}); get a fresh copy from whoever "
                                            "made it")
                    lib.refused[p.name] = p
                    continue
                earlier = lib._earlier(b.id, folder)
                if earlier is not None and is_learned(b.manifest) and not is_learned(earlier.manifest):
                    learned.append(b)   # listed beside the shipped one once every id is known
                    continue
                refusal = unsealed_copy(p.name, b, earlier)
                if refusal is not None:   # the shipped, sealed one stays listed
                    lib._refuse(p, refusal)
                    continue
                if earlier is not None:
                    lib.shadowed[b.id] = earlier
                lib.bundles[b.id] = b  # later folders (the user's) override shipped ones
        for b in learned:
            listed = listed_beside(b, lambda bid: bid in lib.bundles)
            lib.bundles[listed.id] = listed
        return lib

    def _refuse(self, path: Path, problem: BundleError) -> None:
        self.problems[path.name] = str(problem)
        self.said[path.name] = problem
        self.refused[path.name] = path

    def _earlier(self, bundle_id: str, folder: Path) -> Bundle | None:
        """The bundle listed under ``bundle_id`` from a folder before ``folder`` (one a bundle of ``folder`` replaces)."""
        earlier = self.bundles.get(bundle_id)
        if earlier is None or earlier.path is None or earlier.path.parent == folder:
            return self.shadowed.get(bundle_id)
        return earlier

    def get(self, bundle_id: str) -> Bundle | None:
        return self.bundles.get(str(bundle_id).strip().lower())

    def ids(self) -> list[str]:
        return sorted(self.bundles, key=_natural)

    def install(self, source: str | os.PathLike, verify: Callable[[Bundle], object], relearned: bool = False) -> Bundle:
        """:meth:`copy_in` then :meth:`add`: for one thread (the CLI, tests)."""
        return self.add(self.copy_in(source, verify, relearned))

    def copy_in(self, source: str | os.PathLike, verify: Callable[[Bundle], object], relearned: bool = False) -> Bundle:
        """Read a bundle file, ``verify`` it (BundleError if it may not be used; the workflow passes
        ``scoring.probe.probe_bundle``, which runs it once in a capped child process) and copy it
        into the user's folder (the last folder), atomically. The library itself is not changed, so a
        worker may do this while the window reads the library; the window then lists it with :meth:`add`.

        What lands in the folder is what was checked: the file is copied beside its destination first
        and that copy read again, and it must hold the manifest and model read before (a file changed
        meanwhile is refused). A bundle with the id of a shipped one takes its place; ``replaces`` on
        the result names that shipped bundle, for the caller to say so. One learned from the teacher's marks does not:
        it comes back listed beside the shipped one, as when the library is loaded. An unsealed copy of a sealed shipped
        one is refused (:func:`unsealed_copy`), before it is run or copied.

        A model the teacher made (learned from their marks, in their folder under the same id) is never replaced by one
        added (:meth:`_kept_beside`): the added one is kept beside it under a free id, ``beside`` naming the teacher's;
        unless the added one is ``relearned``, the teacher's own model learned again for its question, which takes the
        earlier one's place as it always did. Another model of the user's folder it replaces (one the teacher added
        before) is ``replaced_own``, for the caller to say so."""
        bundle = read_bundle(source)
        refusal = unsealed_copy(Path(source).name, bundle, self.shipped(bundle.id))
        if refusal is not None:
            raise refusal
        verify(bundle)
        dest_dir = self.folders[-1]
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = dest_dir / f"{bundle.id}{SUFFIX}"
        own = _readable(dest) if len(self.folders) > 1 else None
        if own is not None and own.manifest == bundle.manifest:
            own = None   # the same model added again: nothing of the teacher's is replaced
        if own is not None and is_learned(own.manifest) and not relearned:
            return self._kept_beside(bundle, own)
        tmp = temporary_path(dest)
        try:
            with open(source, "rb") as src, open(tmp, "xb") as out:
                data = src.read(MAX_FILE_BYTES + 1)
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            try:
                again = read_bundle(tmp)
            except BundleError:
                again = None
            if again is None or again.manifest != bundle.manifest:
                raise BundleError.said("bundle.changed_while_added", name=Path(source).name)
            copy_kept(bundle, source, dest)   # the marks it learned from, if they came with it: before it, so it finds them
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        bundle.path = dest
        shipped = self.shipped(bundle.id)
        if shipped is not None and is_learned(bundle.manifest) and not is_learned(shipped.manifest):
            listed = dict(self.bundles)   # in one step: the window's thread may list another model meanwhile
            return listed_beside(bundle, lambda bid: bid in listed and listed[bid].path != dest)
        bundle.replaces = shipped if shipped is not None and shipped.path != dest else None
        bundle.replaced_own = own
        return bundle

    def _kept_beside(self, bundle: Bundle, own: Bundle) -> Bundle:
        """``bundle`` (verified) written into the user's folder under a free id of its own (``<id>-2``, ...), beside
        ``own``, the teacher's model of its id, which is left as it is (QA s51b #7: it was replaced without a word).
        Its manifest differs only in the id; a sealed one is sealed again, an unsealed one stays unsealed."""
        listed = dict(self.bundles)   # in one step: the window's thread may list another model meanwhile
        folder = self.folders[-1]
        base, k = bundle.id[:MAX_ID - 4].rstrip("-._"), 2
        while (bid := f"{base}-{k}") in listed or (folder / f"{bid}{SUFFIX}").exists() or self.shipped(bid) is not None:
            k += 1
        if bundle.path is not None:
            copy_kept(bundle, bundle.path, folder / f"{bid}{SUFFIX}")
        path = write_bundle(folder / f"{bid}{SUFFIX}", {**bundle.manifest, "id": bid}, bundle.model_bytes,
                            sealed=bundle.sealed)
        kept = read_bundle(path)
        if kept.model_bytes != bundle.model_bytes or {**kept.manifest, "id": bundle.id, DIGEST_FIELD: None} != {
                **bundle.manifest, DIGEST_FIELD: None}:
            path.unlink(missing_ok=True)
            raise BundleError.said("bundle.not_kept_beside", name=bundle.path.name if bundle.path else bundle.id)
        kept.beside = own
        return kept

    def shipped(self, bundle_id: str) -> Bundle | None:
        """The bundle of this id in a folder before the user's (the shipped models), if one is read."""
        for folder in self.folders[:-1]:
            p = folder / f"{bundle_id}{SUFFIX}"
            if p.is_file():
                try:
                    b = read_bundle(p)
                except BundleError:
                    continue
                if b.id == bundle_id:
                    return b
        return None

    def add(self, bundle: Bundle) -> Bundle:
        """List a bundle already in the user's folder (replacing one with the same id, and whatever its file held)."""
        for bid, b in list(self.bundles.items()):   # its file held a bundle listed under another id: no longer
            if bid != bundle.id and bundle.path is not None and b.path == bundle.path:
                self.forget(bid, self.shadowed.get(bid))
        old = self.bundles.get(bundle.id)
        if old is not None and old.listed_for is not None and old.path != bundle.path:   # its file is still there
            again = listed_beside(old, lambda bid: bid in self.bundles or bid == bundle.id)
            self.bundles[again.id] = again
        self.bundles[bundle.id] = bundle
        if bundle.replaces is not None:
            self.shadowed[bundle.id] = bundle.replaces
        self.forget_refused(bundle.path.name if bundle.path is not None else "")
        self._shipped_first()
        return bundle

    def users_folder(self) -> Path | None:
        """The folder of the teacher's own models (the last one), or None when only one folder is read."""
        return self.folders[-1] if len(self.folders) > 1 else None

    def replaced(self, bundle_id: str) -> Bundle | None:
        """The shipped bundle that the user's file listed under ``bundle_id`` takes the place of (the same id), if any:
        the teacher is told, wherever the models are listed, that a file of their own is used instead."""
        b = self.get(bundle_id)
        if b is None or not self.is_users(bundle_id):
            return None
        return self.shadowed.get(b.id)

    def refused_in_users(self, name: str) -> bool:
        """Whether the file ``name`` that could not be loaded is in the user's folder: one the teacher may remove."""
        p = self.refused.get(name)
        return p is not None and self.users_folder() is not None and p.parent == self.users_folder()

    def remove_refused(self, name: str) -> None:
        """Delete the file ``name`` of the user's folder that could not be loaded (BundleError for one elsewhere;
        OSError if it cannot be deleted). Deletes only, so a worker may do it; the window then calls
        :meth:`forget_refused`."""
        p = self.refused.get(name)
        if p is None or not self.refused_in_users(name):
            raise BundleError.said("bundle.not_own", name=name)
        p.unlink(missing_ok=True)

    def forget_refused(self, name: str) -> None:
        self.problems.pop(name, None)
        self.refused.pop(name, None)
        self.said.pop(name, None)

    def is_users(self, bundle_id: str) -> bool:
        """Whether the bundle listed under this id is a file in the user's folder: one the teacher may remove."""
        b = self.get(bundle_id)
        return b is not None and b.path is not None and len(self.folders) > 1 and b.path.parent == self.folders[-1]

    def remove_file(self, bundle_id: str, path: str | os.PathLike) -> Bundle | None:
        """Delete the file ``path`` of bundle ``bundle_id`` from the user's folder (BundleError for a file elsewhere;
        OSError if it cannot be deleted) and return the bundle of that id in a folder before the user's, if one is
        read: the one that came with Grader, which takes its place again. Reads and deletes only, so a worker may do
        it; the window then lists the change with :meth:`forget`."""
        path = Path(path)
        if len(self.folders) < 2 or path.parent != self.folders[-1] or path.suffix != SUFFIX:
            raise BundleError.said("bundle.not_own", name=path.name)
        path.unlink(missing_ok=True)
        remove_kept(path)   # the marks it learned from go with it (student data: kept only while the model is)
        return self.shipped(bundle_id)

    def forget(self, bundle_id: str, back: Bundle | None = None) -> None:
        """Stop listing a removed bundle; ``back`` (from :meth:`remove_file`) is listed under its id again."""
        self.bundles.pop(bundle_id, None)
        self.shadowed.pop(bundle_id, None)
        if back is not None:
            self.bundles[back.id] = back
        self._shipped_first()

    def _shipped_first(self) -> None:
        """The shipped bundles before the user's: a question whose name is the title of one of each finds the shipped
        one (``core.grading.find_bundle_for`` takes the first title that matches), as when the library is loaded."""
        user = self.folders[-1] if len(self.folders) > 1 else None
        self.bundles = dict(sorted(self.bundles.items(),
                                   key=lambda kv: kv[1].path is not None and kv[1].path.parent == user))


def _readable(path: Path) -> Bundle | None:
    """The bundle ``path`` holds, if there is one that can be read."""
    if not path.is_file():
        return None
    try:
        return read_bundle(path)
    except BundleError:
        return None


def unsealed_copy(name: str, bundle: Bundle, shipped: Bundle | None) -> BundleError | None:
    """Why ``bundle`` (its file ``name``) may not take the place of ``shipped``, the sealed model of its id that came
    with Grader: it is unsealed, so it would take no answer on its own where the shipped one takes many; None when it
    may (no shipped one, a sealed bundle, an unsealed shipped one, or one learned from the teacher's marks, which is
    listed beside the shipped one instead). The teacher keeps the shipped model and is told to get a sealed copy."""
    if shipped is None or bundle.sealed or not shipped.sealed or is_learned(bundle.manifest):
        return None
    return BundleError.said("bundle.unsealed_copy", name=name, id=shipped.id)


def _natural(s: str):
    import re

    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]
