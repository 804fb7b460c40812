#!/usr/bin/env bash
# Set up Grader with its test dependencies only (no torch: the distill tests that need it are
# skipped with the reason) and run the whole test suite offscreen, in two processes. Arguments go to pytest.
# CI (.ci/run) installs the distill extra first, so there they run too.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh "test" || { echo "setup failed"; exit 1; }
export QT_QPA_PLATFORM=offscreen
# Two test processes where there are two cores (pytest-xdist; one where there is one): each runs its files' tests in
# order with one thread, the suite takes about half the time, and a test that kills its process (a native crash) is
# named and failed while the rest run on. GRADER_TEST_WORKERS sets the number.
workers=${GRADER_TEST_WORKERS:-$(.venv/bin/python -c 'import os; print(min(2, len(os.sched_getaffinity(0))))')}
.venv/bin/python -m pytest -n "$workers" --dist loadfile "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
