#!/usr/bin/env bash
# Set up Grader with its test dependencies only (no torch: the distill tests that need it are
# skipped with the reason) and run the whole test suite offscreen. Arguments go to pytest.
# CI (.ci/run) installs the distill extra first, so there they run too.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-venv.sh "test" || { echo "setup failed"; exit 1; }
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$rc"
