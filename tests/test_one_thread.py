"""The suite runs its numeric libraries on one thread (tests/conftest.py sets the thread counts before they load):
the machine's cores are shared (a CI runner, a teacher's training run), and BLAS threads that spin-wait beside other
work made a distill test's solver take minutes instead of seconds."""
import numpy as np
import scipy.optimize  # noqa: F401  (loads scipy's own BLAS)
from threadpoolctl import threadpool_info


def test_every_blas_and_openmp_pool_loaded_has_one_thread():
    assert float(np.ones(4096) @ np.ones(4096)) == 4096.0   # BLAS loaded and used
    pools = threadpool_info()
    assert pools, "no BLAS or OpenMP library loaded"
    assert {(p["internal_api"], p["num_threads"]) for p in pools} == {(p["internal_api"], 1) for p in pools}, pools
