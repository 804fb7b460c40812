"""A list of independent jobs with their inputs and outputs on disk, run by a pool of workers.

A job is a plain, picklable description: an id, the name of a function in this package
(``"module:function"``), keyword arguments, and the folder it writes. The function writes its
results into that folder and returns a small JSON-able record; the runner then writes
``done.json`` there. A job whose ``done.json`` exists is never run again, so an interrupted list
resumes where it stopped, on this machine or on another one that shares the folder.

Executors: ``process`` (a local process pool, the default), ``serial`` (in this process, for
tests and debugging) and ``ray`` (``--executor ray``; the optional ``cluster`` extra). With Ray,
``ray.init(address=...)`` connects to an existing cluster when ``RAY_ADDRESS`` is set (or
``--ray-address`` is given), otherwise it starts a local instance.
"""
from __future__ import annotations

import importlib
import json
import os
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

DONE = "done.json"
EXECUTORS = ("process", "serial", "ray")
# the libraries whose version can move a job's figures (solvers, kernels, tokenizers): each done.json records them,
# so a rebuild on another machine can tell a library's change from a change of the recipe
RESULT_LIBRARIES = ("numpy", "scipy", "scikit-learn", "onnx", "onnxruntime", "skl2onnx", "torch", "transformers")


def library_versions() -> dict[str, str]:
    """``{distribution: version}`` of :data:`RESULT_LIBRARIES` installed here (absent ones left out)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in RESULT_LIBRARIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            continue
    return out


@dataclass(frozen=True)
class Job:
    id: str
    func: str                      # "module:function" inside grader_app.distill
    out: str                       # the folder the job writes (done.json lands there)
    kwargs: dict = field(default_factory=dict)
    threads: int = 1               # CPU threads the job may use (Ray reserves that many)

    def is_done(self) -> bool:
        return (Path(self.out) / DONE).is_file()

    def result(self) -> dict:
        return json.loads((Path(self.out) / DONE).read_text(encoding="utf-8"))


def _resolve(func: str) -> Callable:
    module, _, name = func.partition(":")
    mod = importlib.import_module(f"{__package__}.{module}")
    return getattr(mod, name)


def run_one(job: Job) -> dict:
    """Run one job in this process and write its ``done.json`` (atomically); returns the record."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    out = Path(job.out)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    record = _resolve(job.func)(out=out, threads=job.threads, **job.kwargs) or {}
    record = {"job": asdict(job), "seconds": round(time.time() - t0, 1), "libraries": library_versions(), **record}
    tmp = out / f".{DONE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(record, indent=2, default=str), encoding="utf-8")
    os.replace(tmp, out / DONE)
    return record


def _run_guarded(job: Job) -> tuple[str, dict | None, str | None]:
    try:
        if job.is_done():  # another runner finished it since this one listed its jobs
            return job.id, job.result(), None
        return job.id, run_one(job), None
    except Exception:  # reported by the runner, the other jobs go on
        return job.id, None, traceback.format_exc()


def run_jobs(jobs: Iterable[Job], executor: str = "process", workers: int = 1,
             log: Callable[[str], None] = print, ray_address: str | None = None) -> dict[str, dict]:
    """Run every job that is not done yet; returns ``{job id: record}`` for all jobs that finished.

    A failing job is logged with its traceback and left undone (it runs again next time); the
    others go on. Raises ``RuntimeError`` at the end if any job failed.
    """
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    jobs = list(jobs)
    results = {j.id: j.result() for j in jobs if j.is_done()}
    todo = [j for j in jobs if not j.is_done()]
    log(f"{len(jobs)} jobs: {len(results)} already done, {len(todo)} to run ({executor}, {workers} at a time)")
    failed: list[str] = []

    def finished(job_id, record, error):
        if error:
            failed.append(job_id)
            log(f"job {job_id} failed:\n{error}")
        else:
            results[job_id] = record
            log(f"job {job_id} done in {record['seconds']} s ({len(results)}/{len(jobs)})")

    if executor == "serial" or (executor == "process" and workers <= 1):
        for job in todo:
            finished(*_run_guarded(job))
    elif executor == "process":
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(_run_guarded, j) for j in todo]
            for fut in as_completed(futures):
                finished(*fut.result())
    else:
        for job_id, record, error in _run_ray(todo, workers, ray_address):
            finished(job_id, record, error)
    if failed:
        raise RuntimeError(f"{len(failed)} of {len(jobs)} jobs failed: {', '.join(failed)}")
    return results


def _run_ray(todo: list[Job], workers: int, address: str | None):
    try:
        import ray
    except ImportError:
        raise RuntimeError("the ray executor needs the 'cluster' extra: pip install -e '.[distill,cluster]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        address = address or os.environ.get("RAY_ADDRESS")
        if address:
            ray.init(address=address, include_dashboard=False, log_to_driver=False)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"ORT_DISABLE_TELEMETRY": "1"}})
    try:
        remote = ray.remote(_run_guarded)
        pending = {remote.options(num_cpus=j.threads).remote(j): j for j in todo}
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            for ref in ready:
                pending.pop(ref)
                yield ray.get(ref)
    finally:
        if started_here:
            ray.shutdown()
