"""One onnxruntime session per bundle, and batched scoring that can be cancelled, each batch within a time limit."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterator, Sequence

import numpy as np

from ..bundles.archive import Bundle
from ..bundles.errors import BundleError
from ..bundles.manifest import unknown_normalisation
from ..paths import bundled_models_dir
from ..text import get_normaliser, read_part
from . import run_limit
from .outputs import check_shape, valid_rows
from .run_limit import Cancelled, CancelToken, RunFailed, TooLong, run_each_within  # the tokens live there
from .runtime import BATCH, RUN_MEMORY, import_onnxruntime, new_session, over_budget, release_memory

ort = import_onnxruntime()  # its log lines never reach stderr (one-sentence rule); the app's memory budget set up

DEFAULT_BATCH = BATCH
# characters: a batch refused memory with an answer this long (as the model reads it: at most text.READ_CHARS) is
# said as that answer's doing; twice the longest of the 22,143 ASAP-SAS answers (2,083), so only a paste reaches it
LONG_ANSWER = 5_000
WINDOW = 1024   # answers normalised, then scored in order of length, together (see Scorer.iter_batches)


@dataclass
class BatchResult:
    start: int          # index of the first answer of this batch in the input
    probabilities: np.ndarray  # calibrated, shape [n, K]; an all-zero row where the model's row was unusable
    done: int           # answers scored so far
    total: int
    valid: np.ndarray | None = None  # bool [n]: the model gave a probability row (see outputs.valid_rows)


def apply_temperature(probs: np.ndarray, temperature: float) -> np.ndarray:
    """Temperature-scale probabilities (softmax(log p / T)); T = 1 leaves them as they are.

    Meant for rows that are probabilities (``outputs.valid_rows``): it would turn a negative or
    too-large value into a plausible-looking row, so the scorer never gives it any other row.
    """
    if temperature == 1.0:
        return probs.astype(np.float32, copy=False)
    logp = np.log(np.clip(np.asarray(probs, dtype=np.float64), 1e-12, 1.0)) / temperature
    logp -= logp.max(axis=1, keepdims=True)
    e = np.exp(logp)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)


class Scorer:
    """Scores answer texts with a verified bundle's ONNX model on the CPU."""

    def __init__(self, bundle: Bundle, threads: int = 1, batch_seconds: float | None = None) -> None:
        """``threads``: how many batches the graph runs at once (one onnxruntime thread each). The graphs are
        string work that onnxruntime's own intra-op threads barely share (+8 % from a second one, measured on
        set 1), while two batches side by side run nearly twice as fast (scripts/bench_score.py --threads).
        ``batch_seconds``: how long one batch may run (``run_limit.BATCH_SECONDS`` unless given)."""
        self.bundle = bundle
        self.threads = max(1, int(threads))
        self.batch_seconds = run_limit.BATCH_SECONDS if batch_seconds is None else float(batch_seconds)
        # onnxruntime's constant folding runs outside the memory budget: only for a model that came with Grader
        self.folded = came_with_grader(bundle)
        self.name = bundle.path.name if bundle.path is not None else bundle.id   # the bundle file, as the teacher knows it
        try:   # one onnxruntime thread, within the app's memory budget (scoring.runtime)
            self._session = new_session(ort, bundle.model_bytes, fold=self.folded)
        except Exception as exc:  # onnxruntime raises several private types
            raise BundleError.said("bundle.model_unloadable", name=self.name, detail=_first_line(exc)) from None
        try:
            self._normalise = get_normaliser(bundle.manifest["normalisation"])
        except ValueError:  # read_bundle refuses these; a Bundle built by hand may not have been read
            raise unknown_normalisation(self.name, bundle.manifest["normalisation"]) from None
        self.labels = bundle.labels
        self.temperature = bundle.temperature

    def raw_probabilities(self, texts: Sequence[str], cancel: CancelToken | None = None) -> np.ndarray:
        """Uncalibrated model output for already-normalised texts, shape [len(texts), K] (float32).

        Whatever the graph declares, the output actually given must have one row per text and one
        column per label; anything else is a BundleError (one sentence), never an IndexError later
        or a score silently dropped. The values themselves are not checked here (see iter_batches). A run
        refused memory by the app's budget (``scoring.runtime.RUN_MEMORY``) is a BundleError that says so; so is one
        that goes past :attr:`batch_seconds` (``scoring.run_limit``), which is stopped there. Cancelled once
        ``cancel`` is set, the run under way ended.
        """
        return self._raw_each([texts], cancel)[0]

    def _raw_each(self, batches: Sequence[Sequence[str]], cancel: CancelToken | None) -> list[np.ndarray]:
        """:meth:`raw_probabilities` of each batch, run one after another on one lane (``run_limit.run_each_within``:
        handed over once, not once a batch); the first batch's problem, in their order, is the one raised."""
        k = len(self.labels)
        todo = [b for b in batches if len(b)]
        failed: BaseException | None = None
        try:
            runs = run_each_within(ort, self._session, ["probabilities"],
                                   [{"text": np.array(list(b), dtype=object)} for b in todo], self.batch_seconds, cancel)
        except Cancelled:
            raise
        except (TooLong, RunFailed) as exc:
            runs, failed = exc.done, exc
        given = iter(runs)
        out = []
        for texts in batches:
            if not len(texts):
                out.append(np.zeros((0, k), dtype=np.float32))
                continue
            got = next(given, None)
            if got is None:   # the batch whose run failed: those before it were fine
                if isinstance(failed, TooLong):
                    raise BundleError.said("bundle.run_slow", name=self.name, seconds=f"{self.batch_seconds:g}")
                error = failed.error if isinstance(failed, RunFailed) else failed
                if error is not None and over_budget(error):
                    raise memory_problem(self.name, texts)
                raise BundleError.said("bundle.run_failed", name=self.name, detail=_first_line(error))
            try:
                probs = np.asarray(got[0], dtype=np.float32)
            except Exception as exc:  # a non-numeric output
                raise BundleError.said("bundle.run_failed", name=self.name, detail=_first_line(exc)) from None
            check_shape(probs.shape, len(texts), k, self.name)
            out.append(probs)
        return out

    def predict_proba(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        out = [b.probabilities for b in self.iter_batches(texts, batch_size=batch_size)]
        return np.concatenate(out) if out else np.zeros((0, len(self.labels)), dtype=np.float32)

    def iter_batches(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH,
                     cancel: CancelToken | None = None) -> Iterator[BatchResult]:
        """Yield calibrated probabilities batch by batch, in the input's order; raise Cancelled once ``cancel`` is set
        (a batch under way is ended: ``scoring.run_limit``).

        The graphs tokenize a batch into a [batch, longest answer] table, so one long answer makes every
        answer of its batch cost as much. Within each window of :data:`WINDOW` answers the graph therefore
        sees them in order of length, in batches of ``batch_size`` (set 6's character graph: 2.6× the answers
        per second on its real answers); the results are put back in the input's order before they are
        yielded. A row's probabilities do not depend on its batch beyond float rounding (~1e-7).

        The memory the job's runs took is given back once its last window is scored, or once it stops (cancelled,
        failed, or left unfinished by its caller): ``runtime.release_memory``.
        """
        total = len(texts)
        normalise = self._normalise
        window = max(1, WINDOW // batch_size) * batch_size
        released = False
        try:
            for w0 in range(0, total, window):
                normed = [normalise(read_part(t)) for t in texts[w0:w0 + window]]   # a paste: its start (READ_CHARS)
                order = sorted(range(len(normed)), key=lambda i: len(normed[i]))
                raw_window = np.zeros((len(normed), len(self.labels)), dtype=np.float32)
                batches = [order[b:b + batch_size] for b in range(0, len(order), batch_size)]
                for rows, raw in zip(batches, self._raw_batches([[normed[i] for i in rows] for rows in batches], cancel)):
                    raw_window[rows] = raw
                if w0 + window >= total:   # the last runs are made: before its batches are given out
                    released = True
                    release_memory(ort)
                for offset in range(0, len(normed), batch_size):
                    if cancel is not None and cancel.cancelled:   # before each batch given out, as without windows
                        raise Cancelled()
                    yield self._calibrated(raw_window[offset:offset + batch_size], w0 + offset, total)
        finally:
            if not released:
                release_memory(ort)

    def _raw_batches(self, batches: list[list[str]], cancel: CancelToken | None) -> list[np.ndarray]:
        """Each batch's raw probabilities, in the batches' order, on up to ``self.threads`` threads (onnxruntime
        releases the GIL while it runs; one session serves them all). A cancel ends the batches under way and stops every
        one not yet started; the first error is raised once the running batches have finished."""
        def run(texts: list[str]) -> np.ndarray:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            return self.raw_probabilities(texts, cancel)
        if self.threads == 1 or len(batches) < 2:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            return self._raw_each(batches, cancel)
        # longest first: the batches come in order of length, and the longest one started last would leave the
        # other threads idle while it runs alone
        order = sorted(range(len(batches)), key=lambda i: -max(map(len, batches[i])))
        with ThreadPoolExecutor(min(self.threads, len(batches)), thread_name_prefix="grader-score") as pool:
            futures = {i: pool.submit(run, batches[i]) for i in order}
            try:
                return [futures[i].result() for i in range(len(batches))]
            finally:
                for f in futures.values():
                    f.cancel()

    def _calibrated(self, raw: np.ndarray, start: int, total: int) -> BatchResult:
        """One batch of raw rows, checked and temperature-scaled, as a BatchResult."""
        ok = valid_rows(raw)
        if ok.all():  # the usual case: no zero array to fill, no rows to pick out and put back
            probs = apply_temperature(raw, self.temperature)
        else:
            probs = np.zeros(raw.shape, dtype=np.float32)  # an unusable row stays all zero: confidence 0, no NaN
            if ok.any():
                probs[ok] = apply_temperature(raw[ok], self.temperature)
        return BatchResult(start=start, probabilities=probs, done=start + len(raw), total=total, valid=ok)


def came_with_grader(bundle: Bundle) -> bool:
    """Whether ``bundle`` was read from the folder of the models that came with Grader (installed with the program)."""
    if bundle.path is None:
        return False
    try:
        return bundle.path.resolve().parent == bundled_models_dir().resolve()
    except OSError:
        return False


def memory_problem(name: str, texts: Sequence[str]) -> BundleError:
    """A batch refused memory: the model's doing, unless one of its answers is extremely long (a pasted document), when
    a legitimate model needs that much too and the answer is what the teacher can change. ``name``: the bundle's file."""
    long = max(map(len, texts), default=0) >= LONG_ANSWER
    return BundleError.said("bundle.answer_memory" if long else "bundle.run_memory", name=name,
                            mb=RUN_MEMORY >> 20)


def _first_line(exc: BaseException | None) -> str:
    s = str(exc).strip().splitlines()
    return s[0][:200] if s else type(exc).__name__
