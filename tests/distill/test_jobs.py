"""The job list: finished jobs are never redone, a failing job is reported and left undone, and the
process pool and Ray give byte-identical outputs to a serial run."""
import json
import os
from pathlib import Path

import pytest

pytest.importorskip("scipy")

from grader_app.distill.jobs import DONE, RESULT_LIBRARIES, Job, run_jobs  # noqa: E402

TEXTS = ["plants need light", "cells divide", "i do not know", "light and water make food",
         "the cell wall", "no idea", "photosynthesis uses light", "mitosis splits cells"]
Y = [2, 1, 0, 2, 1, 0, 2, 1]


def two_jobs(root: Path) -> list[Job]:
    return [Job(id=f"fit-{i}", func="hashed:fit_job", out=str(root / f"job-{i}"),
                kwargs={"texts": TEXTS[i:] + TEXTS[:i], "y": Y[i:] + Y[:i], "n_labels": 3, "buckets": 509 + i})
            for i in range(2)]


def outputs(root: Path) -> list[bytes]:
    return [(root / f"job-{i}" / "model.onnx").read_bytes() for i in range(2)]


def test_a_finished_job_is_not_run_again(tmp_path):
    jobs = two_jobs(tmp_path)
    first = run_jobs(jobs, executor="serial", log=lambda s: None)
    assert set(first) == {"fit-0", "fit-1"}
    stamp = [(Path(j.out) / DONE).stat().st_mtime_ns for j in jobs]
    (tmp_path / "job-0" / "model.onnx").write_bytes(b"kept")  # would be overwritten by a rerun
    again = run_jobs(jobs, executor="serial", log=lambda s: None)
    assert again["fit-0"]["n"] == len(TEXTS)
    assert (tmp_path / "job-0" / "model.onnx").read_bytes() == b"kept"
    assert [(Path(j.out) / DONE).stat().st_mtime_ns for j in jobs] == stamp


def test_a_job_another_runner_finished_after_the_list_was_made_is_not_run_again(tmp_path):
    """Two runners started on overlapping job lists: when the second reaches a job the first has finished
    meanwhile, it reads the result instead of running the job again."""
    jobs = two_jobs(tmp_path)
    seen = []

    def log(line: str) -> None:
        seen.append(line)
        if line.startswith("job fit-0 done"):  # the "other runner" finishes fit-1 while this one runs fit-0
            run_jobs([jobs[1]], executor="serial", log=lambda s: None)
            (tmp_path / "job-1" / "model.onnx").write_bytes(b"theirs")

    results = run_jobs(jobs, executor="serial", log=log)
    assert seen[0].startswith("2 jobs: 0 already done, 2 to run")
    assert results["fit-1"]["n"] == len(TEXTS)
    assert (tmp_path / "job-1" / "model.onnx").read_bytes() == b"theirs"  # not overwritten by a second run


def test_a_failing_job_is_reported_and_the_others_finish(tmp_path):
    good, = two_jobs(tmp_path)[:1]
    bad = Job(id="bad", func="hashed:fit_job", out=str(tmp_path / "bad"),
              kwargs={"texts": ["a"], "y": [5], "n_labels": 3})  # label 5 of 3: IndexError
    lines = []
    with pytest.raises(RuntimeError, match="1 of 2 jobs failed: bad"):
        run_jobs([bad, good], executor="serial", log=lines.append)
    assert good.is_done() and not bad.is_done()
    assert any("IndexError" in line for line in lines)


def test_the_process_pool_gives_the_serial_outputs(tmp_path):
    run_jobs(two_jobs(tmp_path / "serial"), executor="serial", log=lambda s: None)
    run_jobs(two_jobs(tmp_path / "pool"), executor="process", workers=2, log=lambda s: None)
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "pool")
    record = json.loads((tmp_path / "pool" / "job-1" / DONE).read_text())
    assert record["job"]["id"] == "fit-1" and record["bytes"] > 0


def test_ray_on_local_cores_gives_the_serial_outputs(tmp_path):
    if os.environ.get("GRADER_REQUIRE_RAY"):   # CI installs the cluster extra: the Ray path must run there
        import ray  # noqa: F401
    else:
        pytest.importorskip("ray", reason="the 'cluster' extra (ray) is not installed")
    run_jobs(two_jobs(tmp_path / "serial"), executor="serial", log=lambda s: None)
    done = run_jobs(two_jobs(tmp_path / "ray"), executor="ray", workers=2, log=lambda s: None)
    assert set(done) == {"fit-0", "fit-1"}
    assert outputs(tmp_path / "serial") == outputs(tmp_path / "ray")


def test_a_finished_job_records_the_versions_of_the_libraries_that_shape_its_figures(tmp_path):
    """A rebuild on another machine must be able to tell a library's change from a change of the recipe."""
    import numpy
    import sklearn

    job = two_jobs(tmp_path)[0]
    run_jobs([job], executor="serial", log=lambda s: None)
    on_disk = json.loads((Path(job.out) / DONE).read_text(encoding="utf-8"))
    assert on_disk["libraries"]["numpy"] == numpy.__version__
    assert on_disk["libraries"]["scikit-learn"] == sklearn.__version__
    assert set(on_disk["libraries"]) <= set(RESULT_LIBRARIES)
